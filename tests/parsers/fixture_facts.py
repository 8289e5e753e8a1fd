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
from pathlib import Path

from scripts import parsers
from scripts.departments import DepartmentIndex
from scripts.documents import Document
from scripts.sources import Source, SourceText
from scripts.tables import ExtractionContext, Row
from scripts.text import squeeze
from tests.facts_landed import Fact, appointments, insurance, leading_groups, meetings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DEV = ("dazu-gongbao-2021-02", "dazu-gongbao-2021-03")
KINDS = {"appointments": "appointments", "leading_group": "leading_group",
         "executive_meeting": "executive_meeting", "insurance": "insurance"}
_TOC_LINE = re.compile(r"(·{3,}|…{2,}|\.{4,})\s*\d+\s*$")
_COLOPHON = re.compile(r"^\s*主管单位")


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
    return [*appointments(facts, tables, index), *leading_groups(facts, tables),
            *meetings(facts, tables), *insurance(facts, tables)]
