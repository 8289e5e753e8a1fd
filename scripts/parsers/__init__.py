"""Document-kind parsers. Each takes one Document and adds rows to the extraction context.

`PARSERS` maps a document kind (given by the recognisers, scripts.recognise) to its parsers; a
kind without a parser still appears in `documents`, it just yields no further rows. Each kind's
module registers both: its `@recogniser` (what the document is) and its `@parser` (its rows).
A parser registered for `ANY_KIND` reads every document (a part any kind may hold, such as an
attached leading-group member list).
"""

from __future__ import annotations

from collections.abc import Callable

from ..documents import Document
from ..tables import ExtractionContext

Parser = Callable[[Document, ExtractionContext], None]
PARSERS: dict[str, list[Parser]] = {}
ANY_KIND = "*"


def parser(*kinds: str) -> Callable[[Parser], Parser]:
    """Register a parser for one or more document kinds."""

    def register(function: Parser) -> Parser:
        for kind in kinds:
            PARSERS.setdefault(kind, []).append(function)
        return function

    return register


def parsers_for(kind: str) -> list[Parser]:
    """The parsers of a document kind, then those reading every document."""
    return PARSERS.get(kind, []) + PARSERS.get(ANY_KIND, [])


def load_all() -> None:
    """Import every parser module so that its @parser registrations run."""
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")

