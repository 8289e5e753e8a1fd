"""What every domain shares: the question, the match it proves, and the evidence compared.

A domain (one module of this package) reads a `Question` and returns a `Match` or None. The
match carries the tool call and the `Evidence` for it; the registry compares evidence as plain
tuples (no hand-tuned scores): a stronger kind of proof beats any number of cues, then more
names of the domain's kinds, then names not repaired from typos, then distinct cue words, then
question characters the match explains. Two domains with equal evidence at the top make a
clarification.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

from bot.answers import Option
from bot.asked import Attribute, asked
from bot.lexicon import Lexicon, Span

if TYPE_CHECKING:
    from bot.compose import Wording


class Proof(IntEnum):
    """Kinds of proof a domain can give for a reading, weakest first."""

    GUESS = 0  # a bare word found in several kinds of text
    HINT = 1  # weak cue words only
    TEXT = 2  # a piece of the domain's indexed texts
    CUED_TEXT = 3  # a piece of the domain's texts and a cue of the domain
    CUE = 4  # a cue word that belongs to this domain only
    NAME = 5  # a name of the domain's kinds (organisation, group, town …) with a cue
    STRONG = 6  # a cue word the domain owns together with a name or a second cue
    IDENTIFIER = 7  # a document number, a meeting number, a person, an area with a house


@dataclass(frozen=True, order=True)
class Evidence:
    """Why a domain claims a question; compared as a tuple, field by field."""

    proof: int = Proof.GUESS
    named: int = 0  # names of the domain's kinds found in the question
    exact: int = 0  # of those, names not repaired from a typo
    cues: int = 0  # distinct cue words of the domain
    covered: int = 0  # question characters the match explains


@dataclass
class Match:
    """A proven reading: a tool call, a question back, or a statement that data is missing."""

    kind: str  # tool | help | clarify | no_data | out_of_scope | not_stated
    tool: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    evidence: Evidence = field(default_factory=Evidence)
    domain: str = ""
    message: str = ""
    options: list[Option] = field(default_factory=list)
    focus: tuple[str, ...] = ()
    question: str = ""
    parts: list[Match] = field(default_factory=list)  # the message's other questions


def tool_match(
    tool: str, args: dict[str, Any], evidence: Evidence, domain: str, **extra: Any
) -> Match:
    return Match("tool", tool=tool, args=args, evidence=evidence, domain=domain, **extra)


@dataclass
class Question:
    """A normalised question and the names recognised in it."""

    text: str
    spans: list[Span]
    asked: str = ""

    @cached_property
    def attribute(self) -> Attribute | None:
        """The kind of value the question asks for (bot.asked), read once for all domains."""
        return asked(self.text)

    def has(self, cues: Iterable[str]) -> bool:
        return any(map(self.text.__contains__, cues))  # (a generator costs twice as much)

    def found(self, cues: Iterable[str]) -> list[str]:
        return [cue for cue in cues if cue in self.text]

    def of_kind(self, kind: str) -> list[str]:
        return list(dict.fromkeys(span.value for span in self.spans if span.kind == kind))

    def span_texts(self, kind: str) -> list[str]:
        return [span.text for span in self.spans if span.kind == kind]


class Domain(Protocol):
    """One kind of question: how it is recognised, which tool answers it, how it is worded."""

    name: str
    tools: tuple[str, ...]

    def match(self, question: Question) -> Match | None: ...

    def write(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str: ...


@dataclass
class Context:
    """Read-only state every domain may use: built once at start-up, never changed after."""

    lexicon: Lexicon
    titles: dict[str, str]
    wording: Wording
    # Every paragraph of one document, in order (the paragraphs_of_document query).
    paragraphs: Callable[[str], list[dict[str, Any]]] = lambda document_id: []
