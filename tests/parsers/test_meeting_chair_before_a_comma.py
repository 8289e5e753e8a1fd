"""A report's opening naming its chair in the clause before a comma and the verb (副区长X受区长Y
委托，主持召开…): the chair is the deputy, not the head on whose behalf he chairs; topics open
with verbs such as 议定, 核准, 批转 and after 另行."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.parsers.meetings import parse_meeting_report, read_opening
from tests.parsers.synthetic import synthetic_context

TITLE = "区政府召开2021年第12次常务会议"
REPORT = [
    TITLE,
    "2021年11月3日下午，区政府党组成员、副区长秦  川受区长王小明委托，"
    "主持召开区第二届人民政府2021年第12次常务会议。",
    "会议议定了冬季供暖补贴办法。",
    "会议核准了区市场监管局拟定的年度抽检计划。",
    "会议批转了区审计局关于专项资金审计情况的报告。",
    "会议另行研究了年终安全生产检查等工作。",
]


def test_the_chair_is_named_in_the_clause_before_the_comma():
    opening = read_opening("2021年11月3日，区政府副区长秦川受区长王小明委托，"
                           "主持召开区第二届人民政府2021年第12次常务会议。")
    assert opening is not None
    assert (opening.chair, opening.chair_title) == ("秦川", "区政府副区长")


def test_the_report_gets_its_chair_and_topics_of_curated_verbs(tmp_path: Path):
    document, context = synthetic_context(tmp_path, REPORT, kind="executive_meeting",
                                          title=TITLE, doc_number=None, issuer=None)
    parse_meeting_report(document, context)
    [meeting] = context.tables["meetings"]
    assert (meeting["date"], meeting["chair"]) == (dt.date(2021, 11, 3), "秦川")
    assert [topic["kind"] for topic in context.tables["meeting_topics"]] == [
        "审议", "审议", "审议", "研究"]
    assert context.review == []
