"""Documents no recogniser claims: kept (documents row, full text) and listed for review."""

from __future__ import annotations

from ..documents import Document
from ..recognise import OTHER
from ..tables import ExtractionContext
from . import parser


@parser(OTHER)
def report_unclaimed(document: Document, context: ExtractionContext) -> None:
    context.flag(document.start_line, f"document {document.title!r} is of no recognised kind",
                 expected="a document a recogniser claims (see scripts/recognise.py)",
                 curated_file="sources/vocab/kind_cues.csv",
                 suggested_row="kind,where,cue,note (or a new kind's module)")
