"""The gazette bot's public surface: `Answerer` answers, `Answer` and `Option` are what it returns.

Interfaces (the CLI, the Telegram adapter) use only these names. `Answerer` is imported on first
use, so importing the answer types does not load the answering core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.answers import Answer, Option

if TYPE_CHECKING:
    from bot.core import Answerer

__all__ = ["Answer", "Answerer", "Option"]


def __getattr__(name: str) -> Any:
    if name == "Answerer":
        from bot.core import Answerer

        return Answerer
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
