"""What the answering core returns: an answer with its evidence, or a question back.

This module is the contract between the core (bot.core) and its interfaces (CLI, Telegram):
interfaces render an `Answer`; they never look inside the database themselves.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Telegram limits callback data to 64 bytes; an option's payload must fit in it.
MAX_PAYLOAD_BYTES = 64


@dataclass(frozen=True)
class Citation:
    """The gazette document an answer rests on."""

    doc_number: str | None
    title: str
    sign_date: str | None
    source_id: str
    source_line: int | None = None


@dataclass(frozen=True)
class Option:
    """One reading of an ambiguous question; `payload` re-asks it unambiguously."""

    label: str
    payload: str

    def __post_init__(self) -> None:
        if len(self.payload.encode("utf-8")) > MAX_PAYLOAD_BYTES:
            raise ValueError(f"option payload over {MAX_PAYLOAD_BYTES} bytes: {self.payload!r}")


@dataclass
class Answer:
    """A short Chinese answer, the tool call behind it, its rows and where to verify it."""

    answer: str
    tool: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    portal_url: str | None = None
    options: list[Option] = field(default_factory=list)
    # What kind of answer this is: tool (rows answered it), help, clarify, no_data,
    # out_of_scope, not_stated (the gazette does not give the value asked), too_long, error.
    kind: str = "tool"

    def to_json(self) -> dict[str, Any]:
        """The `--json` form: answer, tool, args, rows, citations, portal_url (and options)."""
        return asdict(self)
