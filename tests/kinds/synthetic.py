"""Small synthetic gazette issues, in the gazette's layout but other wording, run through the
real splitter, recognisers and parsers (issue 1's departments and the repository's vocabulary)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from scripts import parsers
from scripts.departments import DepartmentIndex
from scripts.documents import Document, split_documents
from scripts.sources import Source, SourceText
from scripts.tables import ExtractionContext

COLOPHON = "主管单位：重庆市大足区人民政府"


@dataclass(frozen=True)
class Doc:
    """One document of a synthetic issue: its 目录 section and title, and its printed body."""

    section: str
    toc_title: str
    body: str


def issue_text(*documents: Doc, toc_lines: list[str] | None = None) -> str:
    """Cover, 目录 (one entry per document, by section) and the bodies, then the colophon."""
    lines = ["重庆市大足区人民政府公报", "", "2021 年第 9 期", "", "目 录", ""]
    if toc_lines is not None:
        lines += toc_lines
    else:
        section = None
        for page, document in enumerate(documents, start=1):
            if document.section != section:
                section = document.section
                lines += [f"【{section}】", ""]
            lines += [f"{document.toc_title}·····{page}", ""]
    for document in documents:
        lines += ["", *document.body.strip("\n").splitlines(), ""]
    lines += ["", COLOPHON, ""]
    return "\n".join(lines)


def source_text(text: str, directory: Path) -> SourceText:
    path = directory / "dazu-gongbao-2021-09.txt"
    path.write_text(text, encoding="utf-8")
    source = Source("synthetic-2021-09", path, "synthetic", "test", dt.date(2021, 9, 1),
                    hashlib.sha256(text.encode()).hexdigest(), "")
    return SourceText(source, text.splitlines())


def extract_text(text: str, directory: Path) -> ExtractionContext:
    """Split, recognise and parse one synthetic issue; the context holds rows and review items."""
    parsers.load_all()
    issue = source_text(text, directory)
    context = ExtractionContext(issue, split_documents(issue), DepartmentIndex.load(),
                                defaultdict(list), [])
    for document in context.documents:
        for parse in parsers.parsers_for(document.kind):
            parse(document, context)
    return context


def kinds(context: ExtractionContext) -> list[str]:
    return [document.kind for document in context.documents]


def by_title(context: ExtractionContext, fragment: str) -> Document:
    return next(document for document in context.documents if fragment in document.title)
