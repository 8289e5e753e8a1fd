"""Extraction: every registered issue → rows of every resource → datapackage/data/*.csv.

Deterministic: the same sources, corrections and curated lists give byte-identical CSVs.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import parsers
from .departments import Department, DepartmentIndex
from .documents import Document, split_documents
from .errors import INPUT_ERRORS, PipelineError, command, describe
from .fulltext import paragraphs
from .package import PACKAGE_DIR, load_descriptor, write_resources
from .parsers.meetings import add_awaited_meetings
from .review import ReviewItem, summary, write_report
from .sources import (
    SOURCES_DIR,
    SourceText,
    load_corrections,
    load_registry,
    read_csv,
    read_source,
)
from .tables import ExtractionContext, Row
from .unread_tables import flag_unread_tables

ERRATA_FIELDS = ["source_id", "line", "kind", "printed", "what", "treatment"]


def document_row(document: Document) -> Row:
    return {
        "document_id": document.document_id,
        "seq": document.seq,
        "section": document.section,
        "kind": document.kind,
        "kind_reason": document.kind_reason,
        "doc_number": document.doc_number,
        "title": document.title,
        "toc_title": document.toc_title,
        "issuer": document.issuer,
        "sign_date": document.sign_date,
        "toc_page": document.toc_page,
        "end_line": document.end_line,
    }


@dataclass
class Extraction:
    """Every resource's rows, and the parts that could not be structured."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    review: list[ReviewItem] = field(default_factory=list)


def extract(sources_dir: Path = SOURCES_DIR) -> dict[str, list[Row]]:
    """All rows of all resources, from every issue in the registry."""
    return extract_issues(sources_dir).tables


def extract_issues(sources_dir: Path = SOURCES_DIR) -> Extraction:
    """Rows of every resource from every issue in the registry, with the review items."""
    parsers.load_all()
    departments = DepartmentIndex.load(sources_dir / "departments.csv")
    corrections = load_corrections(sources_dir)
    extraction = Extraction()
    tables = extraction.tables
    texts: list[SourceText] = []
    for source in load_registry(sources_dir):
        source_text = read_source(source, corrections)
        texts.append(source_text)
        context = ExtractionContext(
            source_text, split_documents(source_text), departments, tables, extraction.review
        )
        context.add(
            "sources",
            {
                "title": source.title,
                "publisher": source.publisher,
                "published": source.published,
                "sha256": source.sha256,
                "url": source.url,
                "file": f"sources/{source.path.name}",
            },
            line=1,
        )
        extract_documents(context)
    _add_departments(tables, departments, texts)
    _add_corrections(tables, texts)
    _add_errata(tables, texts, sources_dir / "errata.csv")
    return extraction


def extract_documents(context: ExtractionContext) -> None:
    """An issue's documents, its full text and every parser's rows; then the tables that
    gave no row go into the review report."""
    if any(document.toc_page is None for document in context.documents):
        context.flag(1, "no 目录 (table of contents) read: the documents were found by their "
                     "titles over a 文号 and meeting reports' titles",
                     expected="a 目 录 heading followed by 'title·····page' or 'page　title' lines",
                     curated_file="sources/reviewed.csv",
                     suggested_row=f"{context.path},1,…,kept as printed")
    for document in context.documents:
        context.add("documents", document_row(document), line=document.start_line)
    for line, paragraph in paragraphs(context.source_text, context.documents):
        context.add("paragraphs", paragraph, line=line)
    for document in context.documents:
        for parse in parsers.parsers_for(document.kind):
            parse(document, context)
    add_awaited_meetings(context)
    flag_unread_tables(context)


def _first_mention(texts: list[SourceText], names: tuple[str, ...]) -> tuple[str, int] | None:
    for source_text in texts:
        for line_no, line in source_text.numbered():
            if any(name in line for name in names):
                return source_text.source.source_id, line_no
    return None


def _department_row(department: Department, source_id: str, line: int) -> Row:
    return {
        "department_id": department.department_id,
        "name": department.name,
        "full_name": department.full_name,
        "kind": department.kind,
        "status": department.status,
        "source_id": source_id,
        "source_line": line,
    }


def _add_departments(
    tables: dict[str, list[Row]], index: DepartmentIndex, texts: list[SourceText]
) -> None:
    path = "sources/departments.csv"
    for row_no, department in enumerate(index.departments, start=2):
        mention = _first_mention(texts, department.all_names)
        if mention is None:
            raise PipelineError(
                path,
                f"{department.name!r} is never printed in any issue",
                line=row_no,
                column="name",
                expected="only organisations that the gazette names",
            )
        tables["departments"].append(_department_row(department, *mention))
        for alias in department.aliases:
            alias_mention = _first_mention(texts, (alias,))
            if alias_mention is None:
                raise PipelineError(
                    path,
                    f"alias {alias!r} of {department.name!r} is never printed",
                    line=row_no,
                    column="aliases",
                    expected="aliases as the gazette prints them",
                )
            tables["department_aliases"].append(
                {
                    "alias": alias,
                    "department_id": department.department_id,
                    "source_id": alias_mention[0],
                    "source_line": alias_mention[1],
                }
            )
    for department in index.provisional:
        source_id, line = department.first_seen or ("", 0)
        tables["departments"].append(_department_row(department, source_id, line))
    for alias, department_id, source_id, line in index.provisional_aliases:
        tables["department_aliases"].append(
            {"alias": alias, "department_id": department_id, "source_id": source_id,
             "source_line": line}
        )


def _add_corrections(tables: dict[str, list[Row]], texts: list[SourceText]) -> None:
    for source_text in texts:
        seen = set()
        for repair in sorted(source_text.repairs, key=lambda repair: (repair.line, repair.rule)):
            key = (repair.line, repair.original, repair.corrected)
            if key in seen:
                continue
            seen.add(key)
            tables["corrections"].append(
                {
                    "correction_id": f"{repair.source_id}-c{len(seen):03d}",
                    "rule": repair.rule,
                    "original": repair.original,
                    "corrected": repair.corrected,
                    "why": repair.why,
                    "source_id": repair.source_id,
                    "source_line": repair.line,
                }
            )


def _add_errata(tables: dict[str, list[Row]], texts: list[SourceText], path: Path) -> None:
    by_source = {source_text.source.source_id: source_text for source_text in texts}
    for row_no, row in enumerate(read_csv(path, ERRATA_FIELDS), start=2):
        source_text = by_source.get(row["source_id"])
        if source_text is None:
            raise PipelineError(
                str(path),
                f"unknown source {row['source_id']!r}",
                line=row_no,
                column="source_id",
                expected="a source_id from sources/registry.csv",
            )
        line = int(row["line"])
        if not 1 <= line <= len(source_text) or row["printed"] not in source_text[line]:
            raise PipelineError(
                str(path),
                f"{row['printed']!r} is not printed on line {line}",
                line=row_no,
                column="printed",
                expected="the erroneous text exactly as printed on that line",
            )
        tables["errata"].append(
            {
                "erratum_id": f"{row['source_id']}-e{row_no - 1:03d}",
                "kind": row["kind"],
                "printed": row["printed"],
                "what": row["what"],
                "treatment": row["treatment"],
                "source_id": row["source_id"],
                "source_line": line,
            }
        )


@command("extract")
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts extract")
    parser.add_argument("--sources", type=Path, default=SOURCES_DIR, help="sources directory")
    parser.add_argument("--package", type=Path, default=PACKAGE_DIR, help="package directory")
    args = parser.parse_args(argv)
    try:
        descriptor = load_descriptor(args.package / "datapackage.json")
        extraction = extract_issues(args.sources)
        written = write_resources(extraction.tables, descriptor, args.package)
    except INPUT_ERRORS as error:
        print(
            f"extract: {describe(error)} — nothing was written; the previous CSVs are unchanged",
            file=sys.stderr,
        )
        return 2
    for path in written:
        print(f"wrote {path.relative_to(args.package.parent)}")
    report = write_report(extraction.review)
    print(summary(extraction.review))
    print(f"review report: {report}")
    return 0
