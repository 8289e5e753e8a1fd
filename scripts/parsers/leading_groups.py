"""Leading groups (领导小组): the group, its office and its member list.

A group is set up by a notice of its own ("关于成立…领导小组的通知") or by a plan that attaches its
member list ("附件1 大足区高层建筑消防安全综合治理工作领导小组成员名单"). The member list starts at
the 组长 label; labels are printed with spaces ("组 长：", "成 员："), in the attachment also as
extraction markup ("- 组 长：**苏一元 …"). A label applies to the lines below it until the next
label. A member line is a name and a title ("宋 伟 区政府副区长、区公安局局长": two-character names
carry a PDF space) or a list of organisations whose 分管负责人 are members (one row each, no name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents import Document
from ..errors import PipelineError
from ..tables import ExtractionContext, Row
from ..text import squeeze, squeeze_recorded
from . import parser

_MARKUP = re.compile(r"^-\s+|\*\*")  # a list bullet and bold markers left by the extraction
_ROLE_LABEL = re.compile(r"^(?P<role>组\s*长|副\s*组\s*长|成\s*员)\s*[：:]\s*(?P<rest>.*)$")
_PERSON = re.compile(r"^(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})\s+(?P<title>\S.*)$")
_DEPARTMENT_LIST = re.compile(
    r"^(?P<departments>.+?)(?P<title>分管负责人|主要负责人|负责人)[。；]?$")
_ROSTER_TITLE = re.compile(r"^(?P<name>.+领导小组)成员名单$")
_FOUNDED = re.compile(r"成立(?P<name>[^，。（]+?领导小组)（以下简称领导小组）")
_DUTY = re.compile(r"领导小组(?:（以下简称领导小组）)?，?(?P<duty>负责[^。]+。)")
_OFFICE = re.compile(r"领导小组(?:下设办公室在|办公室设在)(?P<location>[^，。]+)")
_DIRECTOR = re.compile(
    r"由(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?(?P<note>兼任)?(?:办公室)?主任")


@dataclass
class Member:
    role: str
    name: str | None
    title: str
    department_id: str | None
    line: int


@parser("leading_group", "task_plan",
        "insurance")
def parse_leading_group(document: Document, context: ExtractionContext) -> None:
    """A leading_group notice must hold a member list; other documents may attach one."""
    lines = [(line_no, text.strip()) for line_no, text
             in context.source_text.numbered(document.start_line, document.end_line)]
    starts = [index for index, (_, text) in enumerate(lines) if _is_leader_label(text)]
    if len(starts) > 1:
        raise PipelineError(context.path, "more than one leading-group member list in a document",
                            line=lines[starts[1]][0], expected="one group per document")
    if not starts:
        if document.kind == "leading_group":
            raise PipelineError(context.path, "no member list (组 长：…) found",
                                line=document.start_line, expected="a 组长 line")
        return
    members = _read_members(context, lines[starts[0]:])
    name, name_line = _group_name(context, document, lines[:starts[0]])
    group_id = f"{document.document_id}-g1"
    context.add("leading_groups", {
        "group_id": group_id, "name": name, "document_id": document.document_id,
        "doc_number": document.doc_number, "duty": _duty(lines),
        **_office(context, lines)}, line=name_line)
    for seq, member in enumerate(members, start=1):
        context.add("leading_group_members", {
            "member_id": f"{group_id}-m{seq:02d}", "group_id": group_id, "role": member.role,
            "seq": seq, "name": member.name, "title": member.title,
            "department_id": member.department_id}, line=member.line)


def _without_markup(text: str) -> str:
    return _MARKUP.sub("", text).strip()


def _is_leader_label(text: str) -> bool:
    match = _ROLE_LABEL.match(_without_markup(text))
    return match is not None and re.sub(r"\s", "", match["role"]) == "组长"


def _read_members(context: ExtractionContext, lines: list[tuple[int, str]]) -> list[Member]:
    """Members from the 组长 line on, until the first line that is no member line."""
    members: list[Member] = []
    role = ""
    for line_no, printed in lines:
        if not printed:
            continue
        unmarked = _without_markup(printed)
        text = unmarked
        if label := _ROLE_LABEL.match(unmarked):
            role = re.sub(r"\s", "", label["role"])
            text = label["rest"]
        member_line = _member_line(context, role, text, line_no)
        if member_line is None:
            break
        context.source_text.record(line_no, printed, unmarked, "strip-markup",
                                   "list bullet and bold markers added by the PDF extraction")
        members += member_line
    return members


def _member_line(context: ExtractionContext, role: str, text: str,
                 line_no: int) -> list[Member] | None:
    """The members one line names, or None when the line is no member line."""
    if person := _PERSON.match(text):
        name = squeeze_recorded(context.source_text, line_no, person["name"])
        title = person["title"].strip()
        found = context.departments.find_all(title)
        return [Member(role, name, title, found[0][1].department_id if found else None, line_no)]
    if listed := _DEPARTMENT_LIST.match(text):
        department_ids = context.link_departments(listed["departments"], line=line_no,
                                                  column="title")
        return [Member(role, None, listed["title"], department_id, line_no)
                for department_id in department_ids]
    return None


def _group_name(context: ExtractionContext, document: Document,
                before_roster: list[tuple[int, str]]) -> tuple[str, int]:
    """The group's name: the member list's own heading, else the sentence that sets it up."""
    heading = next(((line_no, text) for line_no, text in reversed(before_roster) if text), None)
    if heading and (match := _ROSTER_TITLE.match(squeeze(heading[1]))):
        squeeze_recorded(context.source_text, heading[0], heading[1])
        return match["name"], heading[0]
    for line_no, text in before_roster:
        if match := _FOUNDED.search(text):
            return match["name"], line_no
    raise PipelineError(context.path, "cannot find the leading group's name",
                        line=document.start_line,
                        expected="'成立…领导小组（以下简称领导小组）' or a '…成员名单' heading")


def _duty(lines: list[tuple[int, str]]) -> str | None:
    """What the group does: the first '领导小组负责…。' clause."""
    for _, text in lines:
        if match := _DUTY.search(text):
            return match["duty"]
    return None


def _office(context: ExtractionContext, lines: list[tuple[int, str]]) -> Row:
    """Where the group's office sits and who directs it, from the office paragraph."""
    for line_no, text in lines:
        if match := _OFFICE.search(text):
            office_text = text[match.start():]
            location = match["location"]
            department = context.departments.resolve(location)
            if department is None:
                raise PipelineError(context.path, f"unknown office location {location!r}",
                                    line=line_no, column="office_location",
                                    expected="a name or alias listed in sources/departments.csv")
            director = _DIRECTOR.search(office_text)
            return {"office_location": location, "office_department_id": department.department_id,
                    "office_director": director["name"] if director else None,
                    "office_director_note": director["note"] if director else None,
                    "office_text": office_text}
    return {"office_location": None, "office_department_id": None, "office_director": None,
            "office_director_note": None, "office_text": None}
