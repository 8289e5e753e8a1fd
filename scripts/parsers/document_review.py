"""What a curator should know about a document as a whole, in the review report: no recogniser
claims it (kept: documents row, full text), several do (read as the first claiming kind), no
signature line dates it, or a 目录 entry has no body title of its own (its text stays in the
document before it)."""

from __future__ import annotations

from collections.abc import Iterator

from ..documents import Document
from ..recognise import OTHER
from ..tables import ExtractionContext
from . import ANY_KIND, parser

KIND_CUES = "sources/vocab/kind_cues.csv"
CORRECTIONS = "sources/corrections.csv"


@parser(OTHER)
def report_unclaimed(document: Document, context: ExtractionContext) -> None:
    context.flag(document.start_line, f"document {document.title!r} is of no recognised kind",
                 expected="a document a recogniser claims (see scripts/recognise.py)",
                 curated_file=KIND_CUES,
                 suggested_row="kind,where,cue,note (or a new kind's module)")


@parser(ANY_KIND)
def report_document(document: Document, context: ExtractionContext) -> None:
    for what, expected, curated_file, suggested_row in _notes(document):
        context.flag(document.start_line, what, expected=expected, curated_file=curated_file,
                     suggested_row=suggested_row)


def _notes(document: Document) -> Iterator[tuple[str, str, str, str]]:
    """(what, expected, curated file, suggested row) of each thing to review."""
    if document.rival_kinds:
        yield (f"document {document.title!r} read as {document.kind} ({document.kind_reason}); "
               f"also claimed as {'; '.join(document.rival_kinds)}",
               "exactly one recogniser claiming a document", KIND_CUES,
               "(a cue settling the kind, or a fix to a recogniser)")
    if document.dated_by:
        yield (f"document {document.title!r} has no signature and date; dated "
               f"{document.sign_date} from {document.dated_by}",
               "an issuer line followed by a date line", CORRECTIONS,
               "(a correction adding the missing date, or a reviewed line)")
    for title in document.unlisted:
        yield (f"目录 entry {title!r} has no body title alike; its text stays within "
               f"{document.title!r}", "one body title per 目录 entry", CORRECTIONS,
               "(a correction of the printed title, or a reviewed line)")
