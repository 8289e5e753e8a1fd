"""The development fixtures' expropriation projects, rates and worked examples (expected.json),
extracted together with issue 1 (the `gazette` fixture). The rate and example checks are the
ones the facts-landed measure (tests/facts_landed.py) counts."""

from __future__ import annotations

import re

import pytest

from bot.estimate import RateTable, estimate, item_amount
from tests.facts_landed import (
    example_total,
    household_for,
    project_row,
    rate_problems,
    rates_of,
    rows_of,
)


@pytest.fixture(scope="module")
def extracted(gazette, dev_issues) -> dict[str, dict]:
    """Source id → that development fixture's rows of the whole extraction."""
    return {source_id: rows_of(gazette.tables, source_id) for source_id in dev_issues}


def projects(expected_facts, dev_issues):
    return [
        (source_id, project)
        for source_id in dev_issues
        for project in expected_facts[source_id]["compensation"]
    ]


def rate_table(tables, project) -> RateTable:
    return RateTable(
        [{**row, "signing_days": project["signing_days"]} for row in rates_of(tables, project)]
    )


def test_every_fixture_yields_exactly_its_projects(extracted, expected_facts, dev_issues):
    assert any(expected_facts[s]["compensation"] for s in dev_issues), "a fixture has a project"
    for source_id in dev_issues:
        names = [r["name"] for r in extracted[source_id]["compensation_projects"]]
        assert names == [p["project"] for p in expected_facts[source_id]["compensation"]]


def test_project_facts(extracted, expected_facts, dev_issues):
    for source_id, expected in projects(expected_facts, dev_issues):
        tables = extracted[source_id]
        row = project_row(tables, expected)
        period = expected["signing_period"]
        assert row["households"] == expected["households"]
        assert row["floor_area_m2"] == expected["area_m2"]
        assert row["signing_start"].isoformat() == period["start"]
        assert row["signing_end"].isoformat() == period["end"]
        assert row["signing_days"] == period["days"]
        assert row["appeal_review_days"] == expected["appeal"]["review_days"]
        assert row["appeal_litigation_months"] == expected["appeal"]["litigation_months"]
        (decision,) = [d for d in tables["documents"]
                       if d["document_id"] == row["decision_document_id"]]
        assert re.sub(r"\s+", "", decision["doc_number"]) == expected["decision_doc_number"]


def test_every_expected_rate_is_a_structured_row(extracted, expected_facts, dev_issues):
    for source_id, expected in projects(expected_facts, dev_issues):
        tables = extracted[source_id]
        rates = rates_of(tables, project_row(tables, expected))
        for rate in expected["rates"]:
            assert rate_problems(rates, rate) == [], rate


def test_worked_examples_come_out_of_the_rates(extracted, expected_facts, dev_issues):
    for source_id, expected in projects(expected_facts, dev_issues):
        tables = extracted[source_id]
        project = project_row(tables, expected)
        table = rate_table(tables, project)
        for example in expected["examples"]:
            assert example_total(table, example) == example["total"], example
            if len(example["items"]) > 1:
                household = household_for(example["case"], table)
                whole = estimate(table, household.area_m2, household.structure,
                                 household.decoration, signing_day=household.signing_day,
                                 settlement=household.settlement)
                items = {category: item_amount(table, category, household)
                         for category in example["items"]}
                assert {line.category: line.amount for line in whole.lines} == {
                    category: line.amount for category, line in items.items()}
