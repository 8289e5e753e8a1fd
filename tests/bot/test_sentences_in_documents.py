"""Facts that live only in sentences of a document, asked of issue 1 and the dev fixture issues.

Each question is worded differently from tests/bot/fixture_questions.jsonl: the behaviour is
checked, not one phrasing. Facts are the fixture issues' own sentences.
"""

from __future__ import annotations

import re
import sqlite3

import pytest

from bot.core import Answerer
from scripts.portal import links

INSURANCE_NOTICE = "大足府办发〔2021〕58号"


def _ask(answerer: Answerer, question: str):
    answer = answerer.ask(question)
    assert answer.kind != "error", answer.answer
    return answer


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("农村住房保险每户要交多少钱", ["20元", "农户不缴纳保费"]),  # fee, under 三、保险费
        ("农房保险什么时候到期", ["2022年6月30日"]),  # date; a meeting's date is not it
        ("农房保险赔款几天能到", ["10个工作日"]),  # duration in a long sentence
        ("镇街级河长多久巡一次河", ["每季度至少巡河2次"]),  # frequency
    ],
)
def test_a_sentence_holding_the_asked_value_is_quoted_from_the_document_it_names(
    dev_answerer, question, facts
):
    answer = _ask(dev_answerer, question)
    # quoted: as passages, or as the insurance question a notice's sentences answer
    assert answer.kind == "tool" and "公报原文" in answer.answer, answer.answer
    assert answer.tool == "passages" or answer.tool.startswith("insurance_"), answer.tool
    for fact in facts:
        assert fact in answer.answer
    assert not answer.answer.startswith("公报没有写明")


def test_a_quoted_sentence_carries_number_date_and_reading_room_link(dev_answerer):
    answer = _ask(dev_answerer, "农村住房保险每户要交多少钱")
    assert INSURANCE_NOTICE in answer.answer and "2021-05-25" in answer.answer
    quoted = answer.rows[0]
    assert "20元" in quoted["text"]
    assert answer.portal_url == links.document_link(
        quoted["document_id"], seq=quoted["seq"], base="http://portal.test"
    )


def test_beside_a_value_no_sentence_without_one_is_quoted(dev_answerer):
    answer = _ask(dev_answerer, "农房保险赔款几天能到")
    quotes = re.findall(r"“([^”]*)”", answer.answer)
    assert quotes and all(re.search(r"\d+\s*(个工作日|小时)", quote) for quote in quotes)


def test_a_list_of_other_values_gives_way_to_the_sentence_about_the_subject(dev_answerer):
    answer = _ask(dev_answerer, "到年底城市生活污水集中处理率要达到多少")
    assert answer.tool == "passages" and "96%" in answer.answer


def test_the_named_organisation_is_never_its_own_address(dev_answerer):
    # The gazette says which office sits in 区应急局, never where 区应急局 sits.
    answer = _ask(dev_answerer, "应急局的办公地址是哪里")
    assert answer.kind == "not_stated"
    assert answer.answer.startswith("公报没有写明区应急局的地址")


def test_an_office_set_up_in_an_organisation_is_answered(dev_answerer):
    answer = _ask(dev_answerer, "区总河长办公室设在哪个单位")
    assert "区水利局" in answer.answer and answer.kind == "tool"


def test_what_the_gazette_does_not_say_is_refused_without_an_invented_value(dev_answerer):
    answer = _ask(dev_answerer, "农房保险报案要带哪些材料")
    assert answer.kind in ("not_stated", "no_data")
    assert "身份证" not in answer.answer and "户口簿" not in answer.answer


def test_an_organisation_word_is_not_the_key_term(dev_answerer):
    answer = _ask(dev_answerer, "被收养的小孩落户口找公安还是民政")
    assert answer.tool == "service_by_keyword"
    assert "被收养人户口登记" in answer.answer and "区民政局" in answer.answer


def test_the_text_explaining_more_of_the_question_wins_over_a_service_name(dev_answerer):
    answer = _ask(dev_answerer, "从业人员多少人以上要设安全生产管理机构")
    assert answer.tool == "standards_by_keyword" and "100人" in answer.answer


def test_a_term_printed_in_other_words_finds_its_task(dev_answerer):
    answer = _ask(dev_answerer, "饭店燃气报警器啥时候要装好")
    assert answer.tool == "tasks_by_keyword"
    assert "区城市管理局" in answer.answer and "2021-07-31" in answer.answer


def test_a_short_story_is_reduced_to_its_question(dev_answerer):
    story = (
        "我奶奶今年82岁了，住在宝顶镇，身体还算硬朗，一直是我在照顾，"
        "上次回家听说满了80岁每个月有补贴，我们也没去办过，请问高龄津贴找哪个部门申请？"
    )
    answer = _ask(dev_answerer, story)
    assert answer.tool == "service_by_keyword"
    assert "80周岁以上高龄老人津贴申请受理" in answer.answer and "区民政局" in answer.answer


def test_a_reading_on_one_shared_pair_is_refused_with_the_closest_items(dev_answerer):
    answer = _ask(dev_answerer, "重大活动安保")  # 重大 is all it shares with any item
    assert answer.kind == "no_data" and answer.answer.startswith("数据中没有找到")
    assert answer.options and "1. " in answer.answer


def test_passages_without_the_asked_value_say_first_that_it_is_not_stated(dev_answerer):
    answer = _ask(dev_answerer, "先进集体奖励多少钱")  # the notice commends, it pays nothing
    assert answer.kind == "not_stated" and answer.answer.startswith("公报没有写明先进集体")
    assert "元" not in answer.answer


def test_a_task_sharing_a_piece_gives_way_to_the_sentence_holding_the_asked_rate(dev_answerer):
    answer = _ask(dev_answerer, "污水处理设施负荷率要达到多少")
    assert answer.tool == "passages" and "负荷率达到80%" in answer.answer


def test_a_plans_own_target_is_quoted_after_the_figures_of_its_table(answerer):
    answer = answerer.ask("农村养老那个方案 到2022年要建好多个互助养老点")
    assert answer.tool == "elderly_plan_totals"
    assert "58个" in answer.answer and "203个" in answer.answer  # scheduled, and the target


def test_a_sentence_about_another_catalogue_is_not_added(answerer):
    answer = answerer.ask("就近办第二批几项")
    assert "10项" in answer.answer and "413" not in answer.answer


def test_how_a_case_is_handled_is_the_schemes_sentence_not_its_rates(answerer, database):
    """抵押咋个处理: a rule of the scheme, quoted, not the rate table."""
    with sqlite3.connect(database) as connection:
        (sentence,) = connection.execute(
            "select text from paragraphs where text like '%抵押%' and document_id in "
            "(select notice_document_id from compensation_projects) limit 1").fetchone()
    answer = answerer.ask("征收的房子还有抵押咋个处理")
    assert "抵押" in answer.answer and "补偿标准（" not in answer.answer, answer.answer
    assert sentence.strip()[:12] in answer.answer
