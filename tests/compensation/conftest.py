"""The synthetic scheme (synthetic.py) parsed once per session."""

from __future__ import annotations

import pytest

from .synthetic import DECISION, NOTICE, Scheme, parse


@pytest.fixture(scope="session")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))
