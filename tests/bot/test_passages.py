"""Passages of the full text: quoted with 文号, date and a link to the paragraph."""

from __future__ import annotations

import re
import sqlite3

from bot.domains.passages import bigrams, key_text, search_expression
from scripts.portal import links


def test_a_sentence_of_a_document_is_quoted_with_its_number_date_and_link(answerer):
    answer = answerer.ask("集中照护中心服务人员按什么比例配备")
    assert answer.tool == "passages" and answer.kind == "tool"
    assert "1:3" in answer.answer and "大足府办发〔2021〕18号" in answer.answer
    quoted = answer.rows[0]
    assert "1:3" in quoted["text"]
    assert answer.portal_url == links.document_link(
        quoted["document_id"], seq=quoted["seq"], base="http://portal.test"
    )  # the reading room, at the quoted paragraph
    assert answer.portal_url.startswith("http://portal.test/dazu-gazette/-/doc/")
    assert answer.citations and answer.citations[0].sign_date == "2021-03-12"


def test_question_words_are_not_searched_for():
    key = key_text("请问集中照护中心服务人员按什么比例配备")
    assert "请问" not in key and "什么" not in key
    assert "照护" in bigrams(key)


def test_any_text_is_a_safe_search_argument(answerer):
    for text in ('"; drop table paragraphs; --', "a OR b NEAR(c)", '护照"护照'):
        tool = answerer.tools["passages"]
        assert isinstance(tool.invoke({"terms": search_expression(text) or "x"})["rows"], list)


def test_a_shared_character_pair_is_not_a_passage(answerer):
    question = "量子计算机补贴怎么申请"
    passages = answerer.registry.owner("passages")
    rows = answerer.tools["passages"].invoke({"terms": search_expression(key_text(question))})
    assert rows["rows"]  # 补贴 alone occurs in the gazette …
    assert passages.quotes(question, rows["rows"]) == []  # … but answers nothing here


def test_a_particle_that_is_a_character_of_a_name_stays_in_the_key_terms():
    assert "地质" in bigrams(key_text("地质灾害评估备案在哪办"))
    assert "和平" in bigrams(key_text("和平街拆迁电话是好多"))
    assert "没得" not in bigrams(key_text("五保供养办法还有效没得"))




def test_a_passage_about_another_project_does_not_answer_a_named_project(seen_answerer):
    """A question naming a project by a piece of its name (not its town) is answered only
    from documents that name it: another project's phone number is no answer."""
    numbers = re.compile(r"大足府\S{0,3}〔\d{4}〕\d+号")
    # the invented issues reuse numbers (two fixtures' 大足府发〔2025〕9号): a number cited
    # stands for every document printed under it
    titles_of: dict[str, list[str]] = {}
    with sqlite3.connect(seen_answerer.database.path) as connection:
        for number, title in connection.execute("select doc_number, title from documents"):
            titles_of.setdefault(number, []).append(title)
    for name in seen_answerer.lexicon.projects:
        own = re.sub(r"^.{2}(?:镇|街道)", "", name)[:3]  # the street or area after the town
        answer = seen_answerer.ask(f"{own}拆迁现场办公电话是多少")
        cited = [titles_of.get(n, [""]) for n in numbers.findall(answer.answer)]
        assert all(any(own in title for title in titles) for titles in cited), (
            own, answer.answer)


def test_a_price_of_a_project_is_no_sum_it_was_not_asked_about(seen_answerer):
    # the fixture's scheme prices a swap's settlement; nothing says what the project costs
    answer = seen_answerer.ask("中敖中学扩建总共投资好多钱")
    assert answer.kind == "not_stated" and answer.answer.startswith("公报没有写明")
