"""Shared fixtures: one extraction per test session, issue 1's text, the departments index.

Tests about issue 1 select its rows by source id, so they hold however many issues are
registered in sources/ (the gazette is a periodical: registering the next issue must not
break them).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.departments import DepartmentIndex
from scripts.extract import extract
from scripts.package import PACKAGE_DIR
from scripts.sources import load_corrections, load_registry, read_source

ISSUE_1 = "dazu-gongbao-2021-01"


@pytest.fixture(scope="session")
def all_tables():
    """Every resource's rows as extraction produces them from sources/, all issues."""
    return extract()


@pytest.fixture(scope="session")
def tables(all_tables):
    """Issue 1's rows of every resource."""
    return {
        name: [row for row in rows if row.get("source_id", ISSUE_1) == ISSUE_1]
        for name, rows in all_tables.items()
    }


@pytest.fixture(scope="session")
def source_text():
    (source,) = [source for source in load_registry() if source.source_id == ISSUE_1]
    return read_source(source, load_corrections())


@pytest.fixture(scope="session")
def departments():
    return DepartmentIndex.load()


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    """A copy of datapackage/ (self-contained: it carries its schemas)."""
    shutil.copytree(PACKAGE_DIR, tmp_path / "datapackage")
    return tmp_path / "datapackage"
