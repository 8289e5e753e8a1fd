"""The answering core, called from asyncio without blocking the event loop.

The core is synchronous (SQLite, tokenising). It runs in one dedicated thread that also creates
it, so connections it opens are always used by the thread that opened them, and the event loop
keeps receiving updates and sending replies while an answer is being computed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

from bot.answers import Answer


class AnswererLike(Protocol):
    """What the adapter uses of `bot.core.Answerer`."""

    def ask(self, text: str) -> Answer: ...

    def choose(self, payload: str) -> Answer: ...

    def estimate(
        self, area_m2: float, structure: str, decoration: str, days_early: int
    ) -> Answer: ...

    def estimate_choices(self) -> dict[str, list[str]]: ...


class AnswerWorker:
    def __init__(self, factory: Callable[[], AnswererLike]) -> None:
        self._factory = factory
        self._executor: ThreadPoolExecutor | None = None
        self._answerer: AnswererLike | None = None
        self._choices: dict[str, list[str]] | None = None

    async def start(self) -> None:
        """Create the answerer in the worker thread; its errors (e.g. no database) surface here."""
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="answerer")
        self._answerer = await self._run(self._factory)
        self._choices = await self._run(self._answerer.estimate_choices)

    async def stop(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    async def ask(self, text: str) -> Answer:
        return await self._run(self._core.ask, text)

    async def choose(self, payload: str) -> Answer:
        return await self._run(self._core.choose, payload)

    async def estimate(
        self, area_m2: float, structure: str, decoration: str, days_early: int
    ) -> Answer:
        return await self._run(self._core.estimate, area_m2, structure, decoration, days_early)

    def estimate_choices(self) -> dict[str, list[str]]:
        """Structures and decorations the database knows; read once at start."""
        if self._choices is None:
            raise RuntimeError("AnswerWorker.start() has not run")
        return self._choices

    @property
    def _core(self) -> AnswererLike:
        if self._answerer is None:
            raise RuntimeError("AnswerWorker.start() has not run")
        return self._answerer

    async def _run(self, function: Callable[..., Any], *args: Any) -> Any:
        if self._executor is None:
            raise RuntimeError("AnswerWorker.start() has not run")
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)
