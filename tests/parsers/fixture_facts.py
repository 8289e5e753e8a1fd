"""The facts of the synthetic fixture issues that the label parsers must structure.

A fixture issue (tests/fixtures/, never a source of the package) is split into the documents
that tests/fixtures/expected.json lists (each found by its title line: the words of
`title_keywords`, outside the 目录), and the parsers of appointments, leading groups, meetings
and insurance run on them with the repository's curated lists. `label_facts` compares what they
yield with the expected facts of those kinds, counted as README.md's rule counts them:
1 per appointment; 4 per leading group (leader, deputies count, members count, office); per
meeting 3 (date, chair, topic count) + 1 per topic; 1 per insurance figure.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from scripts import parsers
from scripts.departments import DepartmentIndex
from scripts.documents import Document
from scripts.sources import Source, SourceText
from scripts.tables import ExtractionContext, Row
from scripts.text import squeeze

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DEV = ("dazu-gongbao-2021-02", "dazu-gongbao-2021-03")
KINDS = {"appointments": "appointments", "leading_group": "leading_group",
         "executive_meeting": "executive_meeting", "insurance": "insurance"}
_TOC_LINE = re.compile(r"(·{3,}|…{2,}|\.{4,})\s*\d+\s*$")
_COLOPHON = re.compile(r"^\s*主管单位")


@dataclass(frozen=True)
class Fact:
    kind: str
    what: str
    ok: bool


def expected(source_id: str) -> dict:
    data = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    return data["fixtures"][source_id]


def _title_line(lines: list[str], keywords: list[str]) -> int:
    for line_no, text in enumerate(lines, start=1):
        flat = squeeze(text).replace(" ", "")
        if not _TOC_LINE.search(text) and all(squeeze(word).replace(" ", "") in flat
                                                for word in keywords):
            return line_no
    raise AssertionError(f"no title line with {keywords}")


def extract_labels(source_id: str) -> dict[str, list[Row]]:
    """Rows of the label parsers' resources for one fixture issue."""
    facts = expected(source_id)
    path = FIXTURES / facts["file"]
    data = path.read_bytes()
    source = Source(source_id, path, source_id, "test", dt.date.fromisoformat(
        facts["issue"]["published"]), hashlib.sha256(data).hexdigest(), "")
    lines = data.decode("utf-8").splitlines()
    source_text = SourceText(source, lines)
    items = facts["documents"]["items"]
    starts = [_title_line(lines, item["title_keywords"]) for item in items]
    colophon = next((n for n, text in enumerate(lines, 1) if _COLOPHON.match(text)), len(lines))
    documents = []
    for seq, (item, start) in enumerate(sorted(zip(items, starts, strict=True),
                                               key=lambda pair: pair[1]), start=1):
        end = min([other for other in starts if other > start] + [colophon]) - 1
        issuer = next((squeeze(text) for text in reversed(lines[start:end])
                       if squeeze(text).startswith("重庆市大足区人民政府")), None)
        documents.append(Document(
            f"{source_id}-d{seq:02d}", source_id, seq, item["kind"], "", squeeze(lines[start - 1]),
            squeeze(lines[start - 1]), 1, item["doc_number"], issuer,
            dt.date.fromisoformat(item["sign_date"]), start, end))
    context = ExtractionContext(source_text, documents, DepartmentIndex.load())
    parsers.load_all()
    for document in documents:
        for parse in parsers.parsers_for(document.kind):
            if parse.__module__.rsplit(".", 1)[-1] in (
                    "appointments", "leading_groups", "meetings", "insurance"):
                parse(document, context)
    return context.tables


def label_facts(source_id: str, tables: dict[str, list[Row]] | None = None) -> list[Fact]:
    """The expected facts of the label kinds, each with whether it landed structured: in
    `tables` (a whole extraction, rows of other issues ignored) or else in `extract_labels`."""
    facts = expected(source_id)
    if tables is None:
        tables = extract_labels(source_id)
    else:
        tables = {name: [row for row in rows if row.get("source_id") == source_id]
                  for name, rows in tables.items()}
    index = DepartmentIndex.load()
    return [*_appointments(facts, tables, index), *_groups(facts, tables),
            *_meetings(facts, tables), *_insurance(facts, tables)]


def _appointments(facts: dict, tables: dict[str, list[Row]], index: DepartmentIndex):
    for item in facts["appointments"]:
        canonical = index.resolve(item["department_canonical"] or "") \
            if item["department_canonical"] else None
        ok = any(row["person"] == item["person"] and row["action"] == item["action"]
                 and row["position"] == item["post"]
                 and (row["department_id"] == canonical.department_id if canonical
                      else row["department_id"].startswith("provisional-"))
                 and (("试用期" in (row["note"] or "")) == item["probation"])
                 for row in tables["appointments"])
        yield Fact("appointments", f"{item['person']} {item['action']} {item['post']}", ok)


def _groups(facts: dict, tables: dict[str, list[Row]]):
    for item in facts["leading_groups"]:
        group = next((row for row in tables["leading_groups"]
                      if row["doc_number"] == item["doc_number"]), None)
        members = [row for row in tables["leading_group_members"]
                   if group and row["group_id"] == group["group_id"]]
        roles = {role: [row for row in members if row["role"] == role]
                 for role in ("组长", "副组长", "成员")}
        yield Fact("leading_group", f"{item['name']} leader",
                   [row["name"] for row in roles["组长"]] == [item["leader"]])
        yield Fact("leading_group", f"{item['name']} deputies",
                   [row["name"] for row in roles["副组长"]] == item["deputies"])
        yield Fact("leading_group", f"{item['name']} members",
                   len(roles["成员"]) == item["members_count"])
        yield Fact("leading_group", f"{item['name']} office",
                   group is not None and group["office_location"] == item["office_location"]
                   and group["office_director"] == item["office_director"])


def _meetings(facts: dict, tables: dict[str, list[Row]]):
    for item in facts["meetings"]:
        meeting = next((row for row in tables["meetings"] if row["title"] == item["meeting"]),
                       None)
        topics = [row["text"] for row in tables["meeting_topics"]
                  if meeting and row["meeting_id"] == meeting["meeting_id"]]
        yield Fact("meeting", f"{item['meeting']} date",
                   meeting is not None and meeting["date"].isoformat() == item["date"])
        yield Fact("meeting", f"{item['meeting']} chair",
                   meeting is not None and meeting["chair"] == item["chair"])
        yield Fact("meeting", f"{item['meeting']} topics",
                   len(topics) == item["topics_count"])
        for words in item["first_words"]:
            yield Fact("meeting", f"topic {words}", any(text.startswith(words) for text in topics))


_FIGURE = re.compile(r"(\d+(?:\.\d+)?)(万元|元|万户|户|万人|人|小时|个工作日|%)")


def _insurance(facts: dict, tables: dict[str, list[Row]]):
    for notice in facts["insurance"]:
        terms = [row for row in tables["insurance_terms"]
                 if row["doc_number"] == notice["doc_number"]]
        duties = tables["insurance_duties"]
        for figure in notice["figures"]:
            evidence = squeeze(figure["evidence"])
            rows = [row for row in terms if evidence in row["clause"]
                    or row["clause"].rstrip("。；") in evidence]
            value = figure["value"]
            dates = re.findall(r"\d{4}-\d{2}-\d{2}", value)
            numbers = [(float(amount), unit) for amount, unit in _FIGURE.findall(value)]
            if dates:
                ok = any([row["start_date"].isoformat(), row["end_date"].isoformat()] == dates
                         for row in rows if row["start_date"] and row["end_date"])
            elif numbers:
                found = {(row["amount"], row["unit"]) for row in rows}
                ok = all(number in found for number in numbers)
            else:
                ok = any(row["party"] == value for row in rows) or any(
                    row["department"] == value
                    and squeeze(f"{row['department']}：{row['duty']}").startswith(evidence)
                    for row in duties)
            yield Fact("insurance", f"{figure['label']}: {value}", ok)
