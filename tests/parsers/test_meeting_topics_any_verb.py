"""A meeting report's topics open with any verb; an unlisted verb still opens a topic."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from scripts.parsers.meetings import parse_meeting_report
from tests.parsers.synthetic import synthetic_context

TITLE = "区政府召开2021年第9次常务会议"
REPORT = [
    TITLE,
    "2021年9月6日，区长王小明主持召开区第二届人民政府2021年第9次常务会议。",
    "会议听取了区水利局关于今年防汛抗旱工作情况的汇报。",
    "会议指出，汛期虽已过半，防汛形势依然严峻。",
    "一是压实防汛责任。二是加强隐患排查。",
    "会议部署了秋冬季森林防火工作。",
    "会议表彰了城市道路管理先进集体。",
    "会议还专题研究了城乡供水一体化等工作。",
]


def _topics(tmp_path: Path):
    document, context = synthetic_context(tmp_path, REPORT, kind="executive_meeting",
                                          title=TITLE, doc_number=None, issuer=None)
    parse_meeting_report(document, context)
    return context


def test_each_paragraph_opened_by_the_meeting_is_one_topic(tmp_path: Path):
    topics = _topics(tmp_path).tables["meeting_topics"]
    assert [topic["kind"] for topic in topics] == ["听取", "要求", "部署", "其他", "研究"]
    assert [topic["source_line"] for topic in topics] == [3, 4, 6, 7, 8]


def test_a_paragraph_not_opened_by_the_meeting_continues_the_topic_before(tmp_path: Path):
    topics = _topics(tmp_path).tables["meeting_topics"]
    assert topics[1]["text"] == f"{REPORT[3]}\n{REPORT[4]}"


def test_an_unlisted_verb_is_kept_and_put_in_the_review_report(tmp_path: Path):
    context = _topics(tmp_path)
    assert context.tables["meeting_topics"][3]["text"] == REPORT[6]
    [item] = context.review
    assert item.line == 7 and "会议表彰" in item.what
    assert item.curated_file == "sources/vocab/meeting_topic_words.csv"
    assert item.suggested_row.startswith("表彰,verb,")


def test_the_meeting_row_reads_a_chair_titled_without_the_government(tmp_path: Path):
    [meeting] = _topics(tmp_path).tables["meetings"]
    assert (meeting["chair"], meeting["chair_title"]) == ("王小明", "区长")
    assert (meeting["year"], meeting["number"], meeting["meeting_id"]) == (2021, 9,
                                                                         "dazu-2-2021-09")


def test_an_opening_naming_the_chair_before_the_title_and_no_year(tmp_path: Path):
    title = "区政府召开第10次常务会议"
    lines = [title,
             "2021年9月27日，张小平常务副区长受区长委托主持召开区第二届人民政府第10次常务会议。",
             "会议审议了《大足区城市道路挖掘管理办法》。"]
    document, context = synthetic_context(tmp_path, lines, kind="executive_meeting",
                                          title=title, doc_number=None, issuer=None)
    parse_meeting_report(document, context)
    [meeting] = context.tables["meetings"]
    assert (meeting["chair"], meeting["chair_title"]) == ("张小平", "常务副区长")
    assert (meeting["meeting_id"], meeting["year"]) == ("dazu-2-2021-10", 2021)
    assert [topic["kind"] for topic in context.tables["meeting_topics"]] == ["审议"]
    assert context.review == []


def test_numbered_topic_paragraphs_open_topics(tmp_path: Path):
    lines = [TITLE, REPORT[1], "一、会议听取了区民政局关于养老服务工作的汇报。",
             "二、会议研究了城乡供水一体化工作。", "要加快管网建设。"]
    document, context = synthetic_context(tmp_path, lines, kind="executive_meeting",
                                          title=TITLE, doc_number=None, issuer=None)
    parse_meeting_report(document, context)
    topics = context.tables["meeting_topics"]
    assert [(topic["kind"], topic["source_line"]) for topic in topics] == [("听取", 3),
                                                                           ("研究", 4)]
    assert topics[1]["text"].endswith("要加快管网建设。")


def test_a_meeting_printed_without_its_term_takes_the_last_term_and_is_flagged(tmp_path: Path):
    later_title = "区政府召开2021年第10次常务会议"
    lines = [*REPORT, later_title, "2021年9月20日下午，区长王小明主持召开区政府第10次常务会议。",
             "会议研究了秋季森林防火工作。"]
    first, context = synthetic_context(tmp_path, lines, kind="executive_meeting", title=TITLE,
                                       doc_number=None, issuer=None)
    first.end_line = len(REPORT)
    later = replace(first, document_id=f"{first.document_id}-2", title=later_title,
                    start_line=len(REPORT) + 1, end_line=len(lines))
    parse_meeting_report(first, context)  # 区第二届人民政府2021年第9次常务会议, 2021-09-06
    parse_meeting_report(later, context)
    meeting = context.tables["meetings"][-1]
    assert (meeting["meeting_id"], meeting["term"]) == ("dazu-2-2021-10", "区第二届人民政府")
    assert [topic["kind"] for topic in context.tables["meeting_topics"]][-1] == "研究"
    assert any("names no term" in item.what for item in context.review)


def _opened_by(tmp_path: Path, opening: str):
    """The report's first topics under another opening paragraph."""
    lines = [TITLE, opening, *REPORT[2:4]]
    document, context = synthetic_context(tmp_path, lines, kind="executive_meeting",
                                          title=TITLE, doc_number=None, issuer=None)
    parse_meeting_report(document, context)
    [meeting] = context.tables["meetings"]
    return meeting, context.tables["meeting_topics"]


def test_a_report_dated_without_its_year_chaired_on_behalf_of_the_head(tmp_path: Path):
    meeting, topics = _opened_by(tmp_path, "9月6日上午，受区长委托，区政府常务副区长陈  刚主持召开"
                                           "区第二届人民政府2021年第9次常务会议。")
    assert (str(meeting["date"]), meeting["chair"], meeting["chair_title"]) == (
        "2021-09-06", "陈刚", "区政府常务副区长")
    assert len(topics) == 2


@pytest.mark.parametrize("opening", [
    "9月6日，区政府召开区第二届人民政府2021年第9次常务会议，区长王小明主持会议。",
    "2021年9月6日，区第二届人民政府召开2021年第9次常务会议，会议由区长王小明主持。",
    "2021年9月6日下午，区长王小明在区政府三楼会议室主持召开区第二届人民政府2021年第9次常务会议。",
    "9月6日，区第二届人民政府2021年第9次常务会议召开。区政府副区长王小明受区长委托主持会议。",
])
def test_a_report_naming_its_chair_after_the_meeting(tmp_path: Path, opening):
    meeting, topics = _opened_by(tmp_path, opening)
    assert (str(meeting["date"]), meeting["chair"], meeting["number"]) == (
        "2021-09-06", "王小明", 9)
    assert len(topics) == 2


def test_a_report_dated_after_the_meeting_named_and_attendance_is_no_topic(tmp_path: Path):
    meeting, topics = _opened_by(tmp_path, "区第二届人民政府2021年第9次常务会议9月6日召开，"
                                           "区长王小明主持，区政府副区长赵四列席会议。")
    assert (str(meeting["date"]), meeting["chair"]) == ("2021-09-06", "王小明")
    assert [topic["source_line"] for topic in topics] == [3, 4]
