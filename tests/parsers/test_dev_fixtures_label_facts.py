"""The dev fixture issues' appointments, groups, meetings and insurance facts land structured."""

from __future__ import annotations

import pytest

from tests.parsers.fixture_facts import DEV, label_facts


@pytest.fixture(scope="module", params=DEV)
def facts(request):
    return label_facts(request.param)


@pytest.mark.parametrize("kind", ["appointments", "leading_group", "meeting", "insurance"])
def test_every_expected_fact_of_the_kind_is_structured(facts, kind):
    of_kind = [fact for fact in facts if fact.kind == kind]
    assert of_kind or kind == "insurance"
    assert [fact.what for fact in of_kind if not fact.ok] == []
