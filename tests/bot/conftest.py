"""A database built from the committed package once per session, and an answerer over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core import Answerer
from scripts.build_db import build


@pytest.fixture(scope="session")
def database(tmp_path_factory) -> Path:
    return build(target=tmp_path_factory.mktemp("bot") / "dazu-gazette.db", progress=False)


@pytest.fixture(scope="session")
def answerer(database) -> Answerer:
    return Answerer(database_path=database, portal_url="http://portal.test")


@pytest.fixture(scope="session")
def lexicon(answerer):
    return answerer.lexicon


@pytest.fixture(scope="session")
def router(answerer):
    return answerer.router
