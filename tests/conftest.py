"""Shared fixtures: one extraction per test session, issue 1's text, the departments index.

Tests about issue 1 select its rows by source id, so they hold however many issues are
registered in sources/ (the gazette is a periodical: registering the next issue must not
break them).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from scripts.add_source import add_source
from scripts.departments import DepartmentIndex
from scripts.extract import Extraction, extract, extract_issues
from scripts.package import PACKAGE_DIR
from scripts.sources import SOURCES_DIR, load_corrections, load_registry, read_source

ISSUE_1 = "dazu-gongbao-2021-01"
FIXTURES_DIR = Path(__file__).parent / "fixtures"


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


@pytest.fixture(scope="session")
def expected_facts() -> dict[str, dict]:
    """What each synthetic issue must yield (tests/fixtures/expected.json), by source id."""
    return json.loads((FIXTURES_DIR / "expected.json").read_text(encoding="utf-8"))["fixtures"]


@pytest.fixture(scope="session")
def dev_issues(expected_facts) -> list[str]:
    """Source ids of the development fixtures (the held-out one is measured, never tuned on)."""
    return sorted(key for key, facts in expected_facts.items() if facts["split"] == "dev")


@pytest.fixture(scope="session")
def gazette_sources(tmp_path_factory, expected_facts, dev_issues) -> Path:
    """A sources/ directory with issue 1 and the development fixtures registered by add-source."""
    directory = tmp_path_factory.mktemp("gazette") / "sources"
    shutil.copytree(SOURCES_DIR, directory)
    for source_id in dev_issues:
        add_source(FIXTURES_DIR / expected_facts[source_id]["file"], directory)
    return directory


@pytest.fixture(scope="session")
def gazette(gazette_sources) -> Extraction:
    """Issue 1 and the development fixtures extracted together."""
    return extract_issues(gazette_sources)
