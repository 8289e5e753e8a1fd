"""The document-kind extension point: structural recognisers, declared here, registered by kinds.

A document is recognised by what it is and what it holds, never by its topic: the blocks of its
notice (任命/免去, a 组长/成员 list), the labels of its tables' headers, its genre (the title's
last word: 通知, 决定, 公告) and how its start was printed (a 文号 under the title, or a meeting
report). Each kind's module registers one recogniser:

    @recogniser("service_catalogue", data=("vocab/service_headers.csv",))
    def service_catalogue(outline: Outline) -> Claim | None: ...

A recogniser returns a `Claim` stating its reason, or None. One claim gives the kind; of several
claims the first registered kind wins and the others are its `rivals`, listed in the review
report (the recognisers disagree, which a curator or developer settles) — the rest of the issue
still extracts; no claim makes the document `other` — it is kept (documents row, full text) and
listed in the review report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import PipelineError

OTHER = "other"


@dataclass(frozen=True)
class Outline:
    """What a recogniser may read of a document: its title, how it starts, its lines and tables.

    `notice` holds the document's own lines (title to signature), `annex` what follows the
    signature (attachments, an appended plan or list); lines are (line number, stripped text).
    `headers` holds the labels (spaces removed) of every tab-separated line, with its line.
    """

    path: str
    start_line: int
    title: str
    section: str
    form: str  # "document" (title over a 文号) or "meeting_report"
    doc_number: str | None
    issuer: str | None
    notice: list[tuple[int, str]] = field(default_factory=list)
    annex: list[tuple[int, str]] = field(default_factory=list)
    headers: list[tuple[int, list[str]]] = field(default_factory=list)
    sources_dir: Path | None = None  # where the curated vocabulary lives

    @property
    def genre(self) -> str:
        """The title's last word after 的 (通知, 决定, 公告 …), or the whole tail if none."""
        match = re.search(r"的([^的]{1,6})$", self.title)
        return match[1] if match else self.title[-2:]

    @property
    def lines(self) -> list[tuple[int, str]]:
        return self.notice + self.annex


@dataclass(frozen=True)
class Claim:
    """A recogniser's answer: the kind, and why (the evidence, with its line)."""

    kind: str
    reason: str
    line: int | None = None
    rivals: tuple[str, ...] = ()  # other kinds that claimed the document: "kind (reason)"


Recogniser = Callable[[Outline], "Claim | None"]


@dataclass(frozen=True)
class Registration:
    kind: str
    function: Recogniser
    data: tuple[str, ...]


RECOGNISERS: list[Registration] = []


def recogniser(kind: str, *, data: tuple[str, ...] = ()) -> Callable[[Recogniser], Recogniser]:
    """Register a recogniser for `kind`; `data` names the curated files under sources/ it reads."""

    def register(function: Recogniser) -> Recogniser:
        RECOGNISERS.append(Registration(kind, function, data))
        return function

    return register


def registered_kinds() -> list[str]:
    """Every kind a recogniser can give, in registration order (and `other`)."""
    _load_builtins()
    return [*dict.fromkeys(registration.kind for registration in RECOGNISERS), OTHER]


def recognise(outline: Outline) -> Claim:
    """The one claim on a document, or `other` when no recogniser claims it."""
    _load_builtins()
    claims = []
    for registration in RECOGNISERS:
        claim = registration.function(outline)
        if claim is not None:
            if claim.kind != registration.kind:
                raise PipelineError(
                    registration.function.__module__,
                    f"recogniser {registration.function.__name__} claimed {claim.kind!r}",
                    expected=f"claims of its registered kind {registration.kind!r}",
                )
            claims.append(claim)
    if len(claims) > 1:  # the first registered kind; the others go to the review report
        rivals = tuple(f"{claim.kind} ({claim.reason})" for claim in claims[1:])
        return replace(claims[0], rivals=rivals)
    if claims:
        return claims[0]
    return Claim(OTHER, "no recogniser claimed it")


def _load_builtins() -> None:
    """The built-in kinds register from their parser modules (imported once)."""
    from . import parsers

    parsers.load_all()
