"""A database built from the committed package once per session, and an answerer over it;
another with issue 1 and the dev fixture issues (tests/fixtures), for questions about them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core import Answerer
from bot.eval_database import fixture_database
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


@pytest.fixture(scope="session")
def dev_answerer(tmp_path_factory) -> Answerer:
    """Issue 1 and the dev fixture issues (never the held-out ones) in one database."""
    database = fixture_database(tmp_path_factory.mktemp("dev-fixtures"), split="dev")
    return Answerer(database_path=database, portal_url="http://portal.test")


@pytest.fixture(scope="session")
def seen_answerer(tmp_path_factory) -> Answerer:
    """Issue 1 and the seen fixture issues: many projects and notices side by side."""
    database = fixture_database(tmp_path_factory.mktemp("seen-fixtures"), split="seen")
    return Answerer(database_path=database, portal_url="http://portal.test")
