"""Tables of a structured document that no parser read, for the review report.

A table is found by its header label files (task_headers.csv, standards_headers.csv,
service_headers.csv …); a header worded in a way none of them knows leaves the table in the full
text only, silently. After the parsers have run over an issue, every table of a recognised
document (a header line and the table rows after it, from `paragraphs`) is checked: when no
structured row comes from any of its lines, the table goes into the review report with its
header, so a curator can add the labels that make it read.
"""

from __future__ import annotations

from collections.abc import Iterator

from .recognise import OTHER
from .tables import ExtractionContext, Row

# The header file a curator would extend, by the kind of the document holding the table.
HEADER_FILES = {"task_plan": "task_headers.csv", "standards_annex": "standards_headers.csv",
                "service_catalogue": "service_headers.csv",
                "expropriation_notice": "compensation_terms.csv",
                "expropriation_decision": "compensation_terms.csv",
                "insurance": "insurance_labels.csv"}
# Resources that hold the text itself or its bookkeeping, not rows read from a table.
NOT_STRUCTURED = frozenset({"sources", "documents", "paragraphs", "departments",
                            "department_aliases", "corrections", "errata"})


def flag_unread_tables(context: ExtractionContext) -> None:
    """One review item per distinct table header of a document whose tables gave no row."""
    source_id = context.source_text.source.source_id
    structured = {row["source_line"] for resource, rows in context.tables.items()
                  if resource not in NOT_STRUCTURED
                  for row in rows if row.get("source_id") == source_id}
    kinds = {document.document_id: document.kind for document in context.documents}
    paragraphs = [row for row in context.tables["paragraphs"]
                  if row["source_id"] == source_id and row["document_id"]
                  and kinds.get(row["document_id"]) not in (None, OTHER)]
    read: dict[tuple[str, str], bool] = {}
    first_line: dict[tuple[str, str], int] = {}
    for header, lines in _tables(paragraphs):
        if header["text"].split("\t")[0].strip().isdigit():
            continue  # a numbered row printed after a text line, not a header
        key = (header["document_id"], header["text"])
        first_line.setdefault(key, header["source_line"])
        read[key] = read.get(key, False) or not structured.isdisjoint(lines)
    for (document_id, header), was_read in read.items():
        if not was_read:
            labels = " | ".join(cell.strip() for cell in header.split("\t"))
            header_file = HEADER_FILES.get(kinds[document_id], "README.md")
            context.flag(first_line[document_id, header],
                         f"table with header {labels} gave no structured row",
                         expected="a table header whose labels a curated header file knows",
                         curated_file=f"sources/vocab/{header_file}",
                         suggested_row="<label as printed>,<role>,")


def _tables(paragraphs: list[Row]) -> Iterator[tuple[Row, set[int]]]:
    """(header row, lines of the header and its table rows) of each table, in order."""
    header: Row | None = None
    lines: set[int] = set()
    for row in paragraphs:
        if row["style"] == "table_header":
            if header is not None:
                yield header, lines
            header, lines = row, {row["source_line"]}
        elif row["style"] == "table_row" and header is not None \
                and row["document_id"] == header["document_id"]:
            lines.add(row["source_line"])
        elif header is not None:
            yield header, lines
            header, lines = None, set()
    if header is not None:
        yield header, lines
