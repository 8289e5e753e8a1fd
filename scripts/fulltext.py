"""The full text of an issue as paragraphs: every non-blank line, in order, nothing lost.

Structured parsers take what they understand from a document; this resource keeps all of it —
the cover, the table of contents, every document's paragraphs and table rows, the back matter —
so the portal can show a document whole and the bot can quote the sentence that answers a
question. Each paragraph is one printed line (the PDF extraction puts a paragraph on one line and
a table row on one tab-separated line), after the reviewed corrections.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .documents import Document, contents_heading
from .sources import SourceText
from .tables import Row

_SECTION_HEADING = re.compile(r"【.+】")
_ATTACHMENT = re.compile(r"附\s*件\s*\d*")
# A heading is a short line that does not end a sentence: 一、总体要求 / （三）保障措施 / 任命.
_SENTENCE_END = re.compile(r"[。；;，,：:）)]$")
_HEADING_MAX_CHARS = 30


def paragraphs(source_text: SourceText, documents: list[Document]) -> Iterator[tuple[int, Row]]:
    """(line, row) of the `paragraphs` resource for every non-blank line of one issue.

    Lines before the 目录 heading are the cover; from it to the first document, the contents;
    lines outside documents after that are back matter (the colophon).
    """
    source_id = source_text.source.source_id
    by_line = {
        line_no: document
        for document in documents
        for line_no in range(document.start_line, document.end_line + 1)
    }
    first_document_line = min((d.start_line for d in documents), default=len(source_text) + 1)
    contents_line = contents_heading(source_text) or first_document_line
    doc_seq: dict[str, int] = {}
    previous_style: dict[str, str] = {}
    headers: dict[str, set[str]] = {}
    seq = 0
    for line_no, line in source_text.numbered():
        text = line.strip()
        if not text:
            continue
        seq += 1
        document = by_line.get(line_no)
        row: Row = {
            "paragraph_id": f"{source_id}-p{seq:05d}",
            "document_id": None,
            "part": _part(line_no, contents_line, first_document_line, document),
            "seq": seq,
            "doc_seq": None,
            "style": "text",
            "text": text,
        }
        if document is None:
            if row["part"] == "contents" and _SECTION_HEADING.fullmatch(text):
                row["style"] = "heading"
        else:
            key = document.document_id
            doc_seq[key] = doc_seq.get(key, 0) + 1
            style = _style(
                line_no, text, document, previous_style.get(key), headers.setdefault(key, set())
            )
            previous_style[key] = style
            row.update(document_id=key, doc_seq=doc_seq[key], style=style)
        yield line_no, row


def _part(
    line_no: int, contents_line: int, first_document_line: int, document: Document | None
) -> str:
    if document is not None:
        return "document"
    if line_no < contents_line:
        return "cover"
    if line_no < first_document_line:
        return "contents"
    return "back_matter"


def _style(
    line_no: int, text: str, document: Document, previous: str | None, headers: set[str]
) -> str:
    """What a line is within its document, from its position and shape alone."""
    if line_no == document.start_line:
        return "title"
    if line_no == document.number_line:
        return "doc_number"
    if line_no == document.sign_line:
        return "date"
    if text == document.issuer and document.sign_line and 0 < document.sign_line - line_no <= 2:
        return "signature"
    if "\t" in text:
        if text in headers or previous not in ("table_header", "table_row"):
            headers.add(text)
            return "table_header"
        return "table_row"
    if _ATTACHMENT.fullmatch(text):
        return "attachment"
    if previous in ("title", "doc_number") and text.endswith("："):
        return "addressee"
    if len(text) <= _HEADING_MAX_CHARS and not _SENTENCE_END.search(text):
        return "heading"
    return "text"

