"""A synthetic document in a context of its own: parsers run on a few printed lines.

The lines are written in other wording than issue 1; the source file lives in a temporary
directory without vocabulary, so the repository's curated files (sources/vocab/) apply.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.departments import DepartmentIndex
from scripts.documents import Document
from scripts.parsers.appointments import parse_appointments
from scripts.parsers.tasks import parse_task_tables
from scripts.sources import Source, SourceText
from scripts.tables import ExtractionContext

SOURCE_ID = "synthetic-2021-09"


def synthetic_context(tmp_path: Path, lines: list[str], *, kind: str, title: str,
                      issuer: str | None = "重庆市大足区人民政府",
                      doc_number: str | None = "大足府人〔2021〕31号",
                      ) -> tuple[Document, ExtractionContext]:
    """The document of `lines` (its title first) and a fresh extraction context around it."""
    path = tmp_path / f"{SOURCE_ID}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = Source(SOURCE_ID, path, "synthetic", "test", dt.date(2021, 10, 1), "", "")
    source_text = SourceText(source, list(lines))
    document = Document(
        document_id=f"{SOURCE_ID}-d01", source_id=SOURCE_ID, seq=1, kind=kind,
        section="区政府文件", title=title, toc_title=title, toc_page=1, doc_number=doc_number,
        issuer=issuer, sign_date=dt.date(2021, 9, 20), start_line=1, end_line=len(lines))
    context = ExtractionContext(source_text, [document], DepartmentIndex.load())
    return document, context


def appointment_rows(tmp_path: Path, lines: list[str], title: str) -> list[tuple]:
    """(person, action, department_id, position, note) of each appointment read from a notice
    of `lines` (its title first)."""
    document, context = synthetic_context(tmp_path, lines, kind="appointments", title=title)
    parse_appointments(document, context)
    return [(row["person"], row["action"], row["department_id"], row["position"], row["note"])
            for row in context.tables["appointments"]]


def task_rows(tmp_path: Path, lines: list[str], title: str, doc_number: str) -> list[dict]:
    """The task rows read from a plan of `lines` (its title first) issued by the district
    government's office; its task tables leave nothing to review."""
    document, context = synthetic_context(tmp_path, lines, kind="task_plan", title=title,
                                          doc_number=doc_number,
                                          issuer="重庆市大足区人民政府办公室")
    parse_task_tables(document, context)
    assert not [item for item in context.review if "task" in item.what]
    return context.tables["tasks"]
