"""Answers that say what residents ask of a notice or a meeting: whom a 任免 notice named by its
文号 appoints, the day a meeting sat as the gazette prints dates, where a relieved official
went (a removal alone does not say), units written as symbols holding the words residents type,
and an insurance known by the short name its notice gives it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot import asked
from bot.domains.base import Match
from bot.domains.passages import unanswered
from bot.lexicon import Entry, _insured


def test_a_personnel_notice_named_by_its_number_lists_its_people(answerer, database: Path):
    with sqlite3.connect(database) as connection:
        number, people = connection.execute(
            "select doc_number, group_concat(distinct person) from appointments "
            "group by doc_number order by count(*) limit 1").fetchone()
    answer = answerer.ask(f"{number}是啥子文件").answer
    assert all(person in answer for person in people.split(","))


def test_a_meetings_day_is_printed_as_the_gazette_prints_dates(answerer, database: Path):
    with sqlite3.connect(database) as connection:
        number, date = connection.execute(
            "select number, date from meetings order by date limit 1").fetchone()
    answer = answerer.ask(f"第{number}次常务会议是哪天开的，哪个主持的").answer
    year, month, day = (int(part) for part in date.split("-"))
    assert f"{year}年{month}月{day}日" in answer


@pytest.mark.parametrize("question", ["张某不当副局长了，调到哪里去了", "王某调去哪个单位了"])
def test_where_a_relieved_official_went_is_a_new_post_a_removal_does_not_hold(question):
    attribute = asked.asked(question)
    assert attribute is not None and attribute.name == "new_post"
    assert not attribute.found_in("免去王某的区水利局副局长职务（另有任用）")
    assert attribute.found_in("任命王某为区林业局副局长")


def test_units_written_as_symbols_hold_the_words_residents_type():
    longest, held = unanswered("高档装修每平方米好多", "高档装修340元/m²", lambda pair: True)
    assert longest < 3 and held > 0.5


def test_an_insurance_is_known_by_the_short_name_its_notice_gives_it():
    paragraphs = [Entry("insured", "城市定制型商业补充医疗保险（以下简称“惠民保”）是普惠型保险。",
                        "doc-1", None, None)]
    assert _insured(paragraphs) == {"惠民保": "doc-1"}


def test_what_the_gazette_prints_about_itself_is_quoted_from_its_back_page(
        answerer, database: Path):
    with sqlite3.connect(database) as connection:
        (colophon,) = connection.execute(
            "select group_concat(text, '；') from paragraphs where part = 'back_matter'").fetchone()
    answer = answerer.ask("这个公报是哪个单位主办的？有联系电话没得")
    assert answer.tool == "issue_metadata"
    assert all(line.replace(" ", "") in answer.answer.replace(" ", "")
               for line in colophon.split("；") if "电话" in line or "主办" in line)


def test_a_units_telephone_is_no_question_about_the_gazette(answerer):
    assert answerer.ask("公报里头区民政局的电话是好多").tool != "issue_metadata"


def test_a_telephone_number_in_full_width_brackets_is_a_value_of_its_kind():
    assert asked.asked("电话是好多").found_in("联系电话：（023）43769896")


def test_the_one_meeting_topic_found_is_quoted_whole(answerer, database: Path):
    """Who carries a topic out may be its last words: one topic found is not cut."""
    with sqlite3.connect(database) as connection:
        texts = [text for (text,) in connection.execute(
            "select text from meeting_topics where length(text) > 150")]
    for text in texts:
        piece = text[20:28]
        if (sum(piece in other for other in texts) == 1 and "，" not in piece
                and asked.asked(piece) is None):
            break
    answer = answerer.tools["meeting_topics_by_keyword"].invoke({"keyword": piece})
    assert len(answer["rows"]) == 1
    match = Match("tool", tool="meeting_topics_by_keyword", args={"keyword": piece},
                  question=piece, domain="meeting")
    assert text[-20:] in answerer.answer(match).answer
