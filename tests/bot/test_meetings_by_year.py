"""Meetings are numbered afresh each year: a question names one by year and number, or by day;
without a year the latest applies and the same number of another year is mentioned."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from bot.core import Answerer

# An invented later meeting that reuses issue 1's meeting number 2.
LATER = {
    "meeting_id": "dazu-2-2030-02",
    "term": "区第二届人民政府",
    "year": 2030,
    "number": 2,
    "date": "2030-07-19",
    "chair": "柯远航",
    "chair_title": "区政府区长",
    "title": "区第二届人民政府2030年第2次常务会议",
    "document_id": None,
    "source_id": "dazu-gongbao-2021-01",
    "source_line": 1,
}
LATER_TOPIC = "会议审议通过了《大足区城区公共停车泊位优化方案》。"


@pytest.fixture(scope="module")
def two_years(database: Path, tmp_path_factory) -> Answerer:
    copy = tmp_path_factory.mktemp("meetings") / "two-years.db"
    shutil.copy(database, copy)
    with sqlite3.connect(copy) as connection:
        columns = ", ".join(LATER)
        marks = ", ".join(f":{name}" for name in LATER)
        connection.execute(f"insert into meetings ({columns}) values ({marks})", LATER)
        connection.execute(
            "insert into meeting_topics values (?, ?, 1, '审议', ?, 'dazu-gongbao-2021-01', 1)",
            (f"{LATER['meeting_id']}-t01", LATER["meeting_id"], LATER_TOPIC),
        )
    return Answerer(database_path=copy, portal_url="http://portal.test")


def test_a_number_without_a_year_is_the_latest_meeting_and_names_the_earlier_one(two_years):
    answer = two_years.ask("第2次常务会议研究了些啥")
    assert answer.tool == "topics_of_meeting"
    assert "2030-07-19" in answer.answer and "停车泊位" in answer.answer
    assert "2021年第2次常务会议" in answer.answer  # the other meeting of that number


def test_a_year_and_number_name_that_meeting(two_years):
    answer = two_years.ask("2021年的第二次常务会是哪个主持的")
    assert answer.tool == "topics_of_meeting"
    assert "2021-02-01" in answer.answer and "停车泊位" not in answer.answer


def test_a_meeting_named_by_its_day(two_years):
    answer = two_years.ask("7月19号那个常务会研究了些啥子")
    assert answer.tool == "topics_of_meeting"
    assert "停车泊位" in answer.answer


def test_a_number_the_named_year_does_not_have_is_not_found(two_years):
    answer = two_years.ask("2030年第5次常务会议研究了啥")
    assert answer.kind == "no_data"
    assert "2030年第2次" in answer.answer
    assert "停车泊位" not in answer.answer


def test_which_meeting_decided_a_topic_is_answered_with_its_date_as_printed(answerer):
    answer = answerer.ask("城市生活垃圾分类是哪次常务会定的")
    assert re.search(r"常务会议，\d{4}年\d{1,2}月\d{1,2}日（\d{4}-\d{2}-\d{2}）：", answer.answer)


def test_a_number_only_years_ago_held_is_not_this_years_meeting(two_years):
    """第5次 asked when the latest meetings are of 2030: 2021's fifth is years old, said as such."""
    answer = two_years.ask("第5次常务会议研究了啥")
    assert answer.kind == "no_data"
    assert "2030年第5次" in answer.answer and "2021年的" in answer.answer
