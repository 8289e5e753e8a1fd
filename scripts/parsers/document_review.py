"""What a curator should know about a document as a whole, in the review report: no recogniser
claims it (kept: documents row, full text), several do (read as the first claiming kind), no
signature line dates it, or a 目录 entry has no body title of its own (its text stays in the
document before it)."""

from __future__ import annotations

from ..documents import Document
from ..recognise import OTHER
from ..tables import ExtractionContext
from . import ANY_KIND, parser


@parser(OTHER)
def report_unclaimed(document: Document, context: ExtractionContext) -> None:
    context.flag(document.start_line, f"document {document.title!r} is of no recognised kind",
                 expected="a document a recogniser claims (see scripts/recognise.py)",
                 curated_file="sources/vocab/kind_cues.csv",
                 suggested_row="kind,where,cue,note (or a new kind's module)")


@parser(ANY_KIND)
def report_rival_claims(document: Document, context: ExtractionContext) -> None:
    if document.rival_kinds:
        context.flag(document.start_line,
                     f"document {document.title!r} read as {document.kind} "
                     f"({document.kind_reason}); also claimed as {'; '.join(document.rival_kinds)}",
                     expected="exactly one recogniser claiming a document",
                     curated_file="sources/vocab/kind_cues.csv",
                     suggested_row="(a cue settling the kind, or a fix to a recogniser)")


@parser(ANY_KIND)
def report_undated(document: Document, context: ExtractionContext) -> None:
    if document.dated_by:
        context.flag(document.start_line,
                     f"document {document.title!r} has no signature and date; dated "
                     f"{document.sign_date} from {document.dated_by}",
                     expected="an issuer line followed by a date line",
                     curated_file="sources/corrections.csv",
                     suggested_row="(a correction adding the missing date, or a reviewed line)")


@parser(ANY_KIND)
def report_unlisted(document: Document, context: ExtractionContext) -> None:
    for title in document.unlisted:
        context.flag(document.start_line,
                     f"目录 entry {title!r} has no body title alike; its text stays within "
                     f"{document.title!r}",
                     expected="one body title per 目录 entry",
                     curated_file="sources/corrections.csv",
                     suggested_row="(a correction of the printed title, or a reviewed line)")
