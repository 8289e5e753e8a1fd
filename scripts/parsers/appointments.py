"""Appointment notices (职务任免的通知): one row per person, post and decision.

A notice names the meeting that decided it ("经2021年1月15日区第二届人民政府2021年第1次常务会议
决定："), then lists entries under the headings 任命 ("殷光明为重庆市大足区应急管理局副局长；")
and 免去 ("覃家红的重庆市大足区经济信息中心副主任职务；"). One entry may name several people
("谢鹏、雷世骞为…") and several posts ("…副主任、…副主任职务"); a lapse by reorganisation
("因机构改革，喻其林同志原任的…职务自然免除。") may stand anywhere. Entries end with ； or 。 —
a printed 。 inside a list does not end it, the next heading or the signature does.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..departments import Department
from ..documents import Document
from ..errors import PipelineError
from ..tables import ExtractionContext
from ..text import parse_date, squeeze, squeeze_recorded
from . import parser
from .meetings import ensure_meeting, find_meeting_name

_DECIDED_BY = re.compile(r"^经(?P<date>\d{4}年\d{1,2}月\d{1,2}日)(?P<body>.+?)决定[：:]?$")
_HEADING = re.compile(r"^(?P<action>任命|免去)[：:]?$")
_PEOPLE = r"(?P<people>[\u4e00-\u9fff]+?(?:、[\u4e00-\u9fff]+?)*?)"
_ENTRY = {
    "任命": re.compile(rf"^{_PEOPLE}为(?P<posts>.+?)[；;。]?$"),
    "免去": re.compile(rf"^{_PEOPLE}的(?P<posts>.+?)职务[；;。]?$"),
}
_LAPSE = re.compile(
    rf"^(?:(?P<reason>因[^，]+)，)?{_PEOPLE}同志原任的(?P<posts>.+?)职务自然免除[；;。]?$")
_POST_SEPARATOR = re.compile(r"、(?![^（]*）)")  # a 、 outside brackets
_NOTE = re.compile(r"^(?P<post>.+?)（(?P<note>[^（）]+)）$")


@dataclass(frozen=True)
class Decision:
    """The meeting a notice's decisions were taken at (both None when the notice names none)."""

    meeting_id: str | None = None
    meeting_date: dt.date | None = None


@parser("appointments")
def parse_appointments(document: Document, context: ExtractionContext) -> None:
    decision = Decision()
    heading: str | None = None
    seq = 0
    for line_no, raw in context.source_text.numbered(document.start_line + 1, document.end_line):
        text = raw.strip()
        if not text:
            continue
        if text == document.issuer:
            break
        if match := _DECIDED_BY.match(squeeze(text)):
            decision = _decision(context, match, line_no)
        elif match := _HEADING.match(text):
            heading = match["action"]
        elif heading is not None or _LAPSE.match(squeeze(text)):
            entry = squeeze_recorded(context.source_text, line_no, text)
            action, match = _read_entry(context, heading, entry, line_no)
            seq = _add_entry(context, document, decision, action, match, line_no, seq)


def _read_entry(context: ExtractionContext, heading: str | None, entry: str,
                line: int) -> tuple[str, re.Match[str]]:
    """The decision an entry records and its parts; a lapse is recognised under any heading."""
    if match := _LAPSE.match(entry):
        return "自然免除", match
    if heading is not None and (match := _ENTRY[heading].match(entry)):
        return heading, match
    raise PipelineError(context.path, f"cannot read {heading} entry {entry[:30]!r}", line=line,
                        expected="XX为…； / XX的…职务； / 因…，XX同志原任的…职务自然免除。")


def _decision(context: ExtractionContext, match: re.Match[str], line: int) -> Decision:
    name = find_meeting_name(match["body"])
    if name is None:
        return Decision()
    date = parse_date(match["date"])
    ensure_meeting(context, name, date, line=line)
    return Decision(name.meeting_id, date)


def _add_entry(context: ExtractionContext, document: Document, decision: Decision, action: str,
               match: re.Match[str], line: int, seq: int) -> int:
    """Add one row per person and post of an entry; returns the last sequence number used.

    `note` is the bracketed remark after a post (正处级, 试用期一年) or a lapse's reason
    (因机构改革).
    """
    reason = match.groupdict().get("reason")
    for person in match["people"].split("、"):
        for printed_post in _POST_SEPARATOR.split(match["posts"]):
            post, post_note = _split_note(printed_post)
            department, position = _organisation_and_position(context, post, line)
            seq += 1
            context.add("appointments", {
                "appointment_id": f"{document.document_id}-a{seq:02d}",
                "document_id": document.document_id, "doc_number": document.doc_number,
                "sign_date": document.sign_date, "person": person, "action": action,
                "post": post, "department_id": department.department_id, "position": position,
                "note": post_note or reason, "meeting_id": decision.meeting_id,
                "meeting_date": decision.meeting_date}, line=line)
    return seq


def _split_note(printed_post: str) -> tuple[str, str | None]:
    """重庆市大足区科技局副局长（正处级） → (…副局长, 正处级)."""
    if match := _NOTE.match(printed_post):
        return match["post"], match["note"]
    return printed_post, None


def _organisation_and_position(context: ExtractionContext, post: str,
                               line: int) -> tuple[Department, str]:
    """The longest leading organisation name of a post and the title after it."""
    for end in range(len(post), 0, -1):
        department = context.departments.resolve(post[:end])
        if department is not None and post[end:]:
            return department, post[end:]
    raise PipelineError(context.path, f"no known organisation at the start of post {post!r}",
                        line=line, column="post",
                        expected="a name or alias listed in sources/departments.csv")
