"""Executive meetings of the district government (区政府常务会议) and the topics of each report.

A report ("区政府召开2021年第1次常务会议") opens with one paragraph naming the date, the chair and
the meeting ("2021年1月15日，区政府区长李步彬主持召开了区第二届人民政府2021年第1次常务会议。");
every further paragraph starts with 会议 and is one topic. Topic paragraphs are kept exactly as
printed: they are running prose, and the one space they hold is genuine ("《中共中央 国务院
关于…》", the joint issuers' conventional spacing), so squeezing would remove printed text.
Appointment notices name the meeting that decided them ("经…区第二届人民政府2021年第1次常务会议
决定"): `ensure_meeting` gives such a meeting a row even when no issue prints its report.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..documents import Document
from ..errors import PipelineError
from ..tables import ExtractionContext, Row
from ..text import parse_date, squeeze_recorded
from . import parser

_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MEETING_NAME = re.compile(
    r"(?P<term_name>区第(?P<term>[一二三四五六七八九十]+)届人民政府)"
    r"(?P<year>\d{4})年第(?P<number>\d+)次常务会议")
_REPORT_TITLE = re.compile(r"^区政府召开(?P<year>\d{4})年第(?P<number>\d+)次常务会议$")
_OPENING = re.compile(
    r"^(?P<date>\d{4}年\d{1,2}月\d{1,2}日)，(?P<chair_title>区政府(?:常务)?副?区长)"
    r"(?P<chair>[\u4e00-\u9fff]{2,4}?)主持召开了?(?P<meeting>[^，。]+)[，。](?P<topics>.*)$")
# Topic kinds by the paragraph's leading verb (after 会议 / 会议还). 强调 counts as 要求: both
# are the meeting's instructions.
TOPIC_KINDS: list[tuple[str, str]] = [
    (r"传达|学习", "学习传达"),
    (r"审议", "审议"),
    (r"研究", "研究"),
    (r"要求|强调", "要求"),
]


@dataclass(frozen=True)
class MeetingName:
    """A meeting as printed: 区第二届人民政府2021年第1次常务会议."""

    title: str
    term_name: str
    term: int
    year: int
    number: int

    @property
    def meeting_id(self) -> str:
        return f"dazu-{self.term}-{self.year}-{self.number:02d}"


def chinese_number(text: str) -> int:
    """一 … 九十九 as an integer (届次 are printed in Chinese numerals)."""
    if "十" not in text:
        return _CHINESE_DIGITS[text]
    tens, _, units = text.partition("十")
    return _CHINESE_DIGITS.get(tens, 1) * 10 + _CHINESE_DIGITS.get(units, 0)


def find_meeting_name(text: str) -> MeetingName | None:
    """The first executive meeting named in text, or None."""
    match = _MEETING_NAME.search(text)
    if not match:
        return None
    return MeetingName(match[0], match["term_name"], chinese_number(match["term"]),
                       int(match["year"]), int(match["number"]))


def _meeting_row(name: MeetingName, date: dt.date, chair: str | None, chair_title: str | None,
                 document_id: str | None) -> Row:
    return {"meeting_id": name.meeting_id, "term": name.term_name, "year": name.year,
            "number": name.number, "date": date, "chair": chair, "chair_title": chair_title,
            "title": name.title, "document_id": document_id}


def _existing_meeting(context: ExtractionContext, meeting_id: str) -> Row | None:
    return next((row for row in context.tables["meetings"] if row["meeting_id"] == meeting_id),
                None)


def _reported_in_issue(context: ExtractionContext, name: MeetingName) -> bool:
    for document in context.document("executive_meeting"):
        match = _REPORT_TITLE.match(document.title)
        if match and (int(match["year"]), int(match["number"])) == (name.year, name.number):
            return True
    return False


def ensure_meeting(context: ExtractionContext, name: MeetingName, date: dt.date, *,
                   line: int) -> None:
    """Give a meeting referenced by another document a row unless a report provides one.

    The row has no chair and no report document; a report printed in a later issue fills them in
    (see `parse_meeting_report`).
    """
    existing = _existing_meeting(context, name.meeting_id)
    if existing is not None:
        if existing["date"] != date:
            raise PipelineError(context.path, f"{name.title} is dated {date}, but "
                                              f"{existing['date']} elsewhere", line=line,
                                expected="one date per meeting")
        return
    if not _reported_in_issue(context, name):
        context.add("meetings", _meeting_row(name, date, None, None, None), line=line)


@parser("executive_meeting")
def parse_meeting_report(document: Document, context: ExtractionContext) -> None:
    paragraphs = [(line_no, text.strip()) for line_no, text
                  in context.source_text.numbered(document.start_line + 1, document.end_line)
                  if text.strip()]
    if not paragraphs:
        raise PipelineError(context.path, "meeting report has no text", line=document.start_line)
    opening_line, printed_opening = paragraphs[0]
    opening = squeeze_recorded(context.source_text, opening_line, printed_opening)
    match = _OPENING.match(opening)
    name = find_meeting_name(match["meeting"]) if match else None
    if match is None or name is None:
        raise PipelineError(context.path, f"cannot read the opening paragraph {opening[:40]!r}",
                            line=opening_line,
                            expected="日期，区政府区长XXX主持召开(了)区第N届人民政府YYYY年第N次常务会议")
    _check_title(context, document, name, opening_line)
    row = _meeting_row(name, parse_date(match["date"]), match["chair"], match["chair_title"],
                       document.document_id)
    _add_or_complete(context, row, opening_line)
    topics = [(opening_line, match["topics"])] if match["topics"] else []
    for seq, (line_no, text) in enumerate(topics + paragraphs[1:], start=1):
        context.add("meeting_topics", {
            "topic_id": f"{name.meeting_id}-t{seq:02d}", "meeting_id": name.meeting_id,
            "seq": seq, "kind": _topic_kind(context, text, line_no), "text": text}, line=line_no)


def _check_title(context: ExtractionContext, document: Document, name: MeetingName,
                 line: int) -> None:
    match = _REPORT_TITLE.match(document.title)
    if not match or (int(match["year"]), int(match["number"])) != (name.year, name.number):
        raise PipelineError(context.path, f"report titled {document.title!r} opens with "
                                          f"{name.title!r}", line=line,
                            expected="the meeting its title names")


def _add_or_complete(context: ExtractionContext, row: Row, line: int) -> None:
    """Add the report's meeting, or complete the row a notice in an earlier issue gave it."""
    existing = _existing_meeting(context, row["meeting_id"])
    if existing is None:
        context.add("meetings", row, line=line)
    elif existing["document_id"] is None and existing["date"] == row["date"]:
        existing.update(row, source_id=context.source_text.source.source_id, source_line=line)
    else:
        raise PipelineError(context.path, f"meeting {row['meeting_id']} is reported twice or "
                                          "dated differently", line=line,
                            expected="one report per meeting")


def _topic_kind(context: ExtractionContext, text: str, line: int) -> str:
    verb_text = re.sub(r"^会议还?", "", text)
    for pattern, kind in TOPIC_KINDS:
        if re.match(pattern, verb_text):
            return kind
    raise PipelineError(context.path, f"unknown topic verb in {text[:20]!r}", line=line,
                        expected="会议 + 学习/传达/审议/研究/要求/强调 "
                                 "(add new verbs to TOPIC_KINDS)")
