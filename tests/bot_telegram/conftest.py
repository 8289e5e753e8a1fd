"""Fixtures: a fake Bot API server, the real answering core over a fresh database, bot runners."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.answer_worker import AnswererLike
from scripts.build_db import build
from tests.bot_telegram.fake_bot_api import FakeBotApi
from tests.bot_telegram.harness import TOKEN, BotRunner, bot_config


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi(TOKEN) as server:
        yield server


@pytest.fixture(scope="session")
def gazette_db(tmp_path_factory) -> Path:
    """The package database, built from datapackage/ as `make build` builds it."""
    return build(target=tmp_path_factory.mktemp("bot-db") / "dazu-gazette.db", progress=False)


@pytest.fixture(scope="session")
def core_factory(gazette_db) -> Callable[[], AnswererLike]:
    """Makes the real `bot.core.Answerer` over the freshly built database."""
    from bot.core import Answerer

    def make() -> AnswererLike:
        previous = os.environ.get("DAZU_DB")
        os.environ["DAZU_DB"] = str(gazette_db)
        try:
            return Answerer.from_env()
        finally:
            if previous is None:
                del os.environ["DAZU_DB"]
            else:
                os.environ["DAZU_DB"] = previous

    return make


@pytest.fixture
def start_bot(api, tmp_path) -> Iterator[Callable[..., BotRunner]]:
    """start_bot(answerer_factory, **config overrides) → a running bot; all stopped at the end."""
    runners: list[BotRunner] = []

    def start(answerer_factory: Callable[[], AnswererLike], **overrides) -> BotRunner:
        runner = BotRunner(bot_config(api, tmp_path, **overrides), answerer_factory).start()
        runners.append(runner)
        return runner

    yield start
    for runner in runners:
        if runner.application is not None and runner.application.running:
            runner.stop()
