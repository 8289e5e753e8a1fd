"""Shared fixtures: one extraction per test session, the source text, the departments index."""

from __future__ import annotations

import pytest

from scripts.departments import DepartmentIndex
from scripts.extract import extract
from scripts.sources import load_corrections, load_registry, read_source


@pytest.fixture(scope="session")
def tables():
    """Every resource's rows as extraction produces them from sources/."""
    return extract()


@pytest.fixture(scope="session")
def source_text():
    source = load_registry()[0]
    return read_source(source, load_corrections())


@pytest.fixture(scope="session")
def departments():
    return DepartmentIndex.load()
