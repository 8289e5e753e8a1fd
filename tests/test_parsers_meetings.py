"""Executive meetings: one row per meeting, one topic per report paragraph after the opening."""

from __future__ import annotations

from collections import Counter

import pytest

from scripts.documents import split_documents
from scripts.parsers.appointments import parse_appointments
from scripts.parsers.meetings import parse_meeting_report
from scripts.sources import load_corrections, load_registry, read_source
from scripts.tables import ExtractionContext
from scripts.text import chinese_number
from tests.kinds.synthetic import Doc, extract_text, issue_text


@pytest.fixture
def fresh_text():
    """A source text of its own: these tests run parsers, which record repairs on it."""
    return read_source(load_registry()[0], load_corrections())


def test_one_meeting_per_report(tables):
    meetings = tables["meetings"]
    assert [row["meeting_id"] for row in meetings] == [
        "dazu-2-2021-01", "dazu-2-2021-02", "dazu-2-2021-03", "dazu-2-2021-04", "dazu-2-2021-05"]
    assert [row["date"].isoformat() for row in meetings] == [
        "2021-01-15", "2021-02-01", "2021-02-25", "2021-03-08", "2021-03-23"]
    assert {row["chair"] for row in meetings} == {"李步彬"}
    assert {row["chair_title"] for row in meetings} == {"区政府区长"}
    assert {row["term"] for row in meetings} == {"区第二届人民政府"}
    assert meetings[2]["title"] == "区第二届人民政府2021年第3次常务会议"
    assert (meetings[2]["year"], meetings[2]["number"]) == (2021, 3)


def test_meetings_link_their_reports(tables, source_text):
    documents = {row["document_id"]: row for row in tables["documents"]}
    for meeting in tables["meetings"]:
        report = documents[meeting["document_id"]]
        assert report["kind"] == "executive_meeting"
        assert report["sign_date"] == meeting["date"]
        assert report["title"] == f"区政府召开2021年第{meeting['number']}次常务会议"
        opening = source_text[meeting["source_line"]]
        assert meeting["title"] in opening and meeting["chair"] in opening


def test_topic_counts_per_meeting(tables):
    topics = tables["meeting_topics"]
    assert Counter(row["meeting_id"] for row in topics) == {
        "dazu-2-2021-01": 5, "dazu-2-2021-02": 3, "dazu-2-2021-03": 4, "dazu-2-2021-04": 3,
        "dazu-2-2021-05": 4}
    kinds = Counter(row["kind"] for row in topics)
    assert kinds == {"学习传达": 4, "审议": 5, "研究": 7, "要求": 3}


def test_topics_are_numbered_in_printed_order(tables):
    topics = [row for row in tables["meeting_topics"] if row["meeting_id"] == "dazu-2-2021-01"]
    assert [(row["seq"], row["kind"], row["source_line"]) for row in topics] == [
        (1, "学习传达", 1524), (2, "审议", 1526), (3, "要求", 1528), (4, "审议", 1530),
        (5, "研究", 1532)]
    assert topics[4]["topic_id"] == "dazu-2-2021-01-t05"
    assert topics[4]["text"].startswith("会议还研究了延伸大足城区至三驱万古两条公交线路")


def test_topics_named_in_the_opening_paragraph_are_a_topic(tables):
    first = next(row for row in tables["meeting_topics"] if row["topic_id"] == "dazu-2-2021-05-t01")
    assert first["kind"] == "研究"
    assert first["source_line"] == 1568
    assert first["text"] == "研究巩固拓展脱贫攻坚成果同乡村振兴有效衔接、消防安全等工作。"


def test_emphasis_counts_as_instruction(tables):
    row = next(row for row in tables["meeting_topics"] if row["source_line"] == 1572)
    assert row["text"].startswith("会议强调，")
    assert row["kind"] == "要求"


def test_topic_text_is_the_printed_paragraph(tables, source_text):
    for row in tables["meeting_topics"]:
        assert row["text"] in source_text[row["source_line"]], row["topic_id"]
    spaced = next(row for row in tables["meeting_topics"] if row["source_line"] == 1538)
    assert "《中共中央 国务院关于" in spaced["text"]  # the joint issuers' printed space is kept


@pytest.mark.parametrize(
    ("printed", "number"),
    [("一", 1), ("二", 2), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23)])
def test_chinese_term_numbers(printed, number):
    assert chinese_number(printed) == number


def test_meeting_known_only_from_a_notice_gets_a_row_a_later_report_completes(fresh_text,
                                                                            departments):
    documents = split_documents(fresh_text)
    notice = next(d for d in documents if d.doc_number == "大足府人〔2021〕1号")
    report = next(d for d in documents if d.title == "区政府召开2021年第1次常务会议")
    without_reports = [d for d in documents if d.kind != "executive_meeting"]
    context = ExtractionContext(fresh_text, without_reports, departments)

    parse_appointments(notice, context)
    (derived,) = context.tables["meetings"]
    assert derived["meeting_id"] == "dazu-2-2021-01"
    assert derived["date"].isoformat() == "2021-01-15"
    assert (derived["chair"], derived["document_id"]) == (None, None)
    assert derived["source_line"] == 59

    parse_meeting_report(report, context)
    (completed,) = context.tables["meetings"]
    assert completed["document_id"] == report.document_id
    assert completed["chair"] == "李步彬"
    assert completed["source_line"] == 1522


def test_notice_adds_no_meeting_when_the_issue_prints_its_report(fresh_text, departments):
    documents = split_documents(fresh_text)
    notice = next(d for d in documents if d.doc_number == "大足府人〔2021〕1号")
    context = ExtractionContext(fresh_text, documents, departments)
    parse_appointments(notice, context)
    assert context.tables["meetings"] == []
    assert len(context.tables["appointments"]) == 7


def test_numbered_topics_with_the_meeting_understood_are_one_topic_each(tmp_path):
    body = """
区第二届人民政府2039年第10次常务会议

2039年5月6日，区第二届人民政府2039年第10次常务会议召开，区长李明主持会议。

一、听取了区财政局关于一季度财政收支情况的汇报。

二、审定了《大足区老旧小区改造三年行动计划》。
"""
    doc = Doc("区政府常务会议", "区第二届人民政府2039年第10次常务会议", body)
    context = extract_text(issue_text(doc), tmp_path)
    assert [row["text"][:4] for row in context.tables["meeting_topics"]] == ["一、听取", "二、审定"]
