"""The development fixtures' expropriation projects, rates and worked examples (expected.json).

Only the expropriation parser runs here (over the documents each fixture splits into), so the
figures are checked whatever the other parsers make of the fixtures.
"""

from __future__ import annotations

import re

import pytest

from bot.estimate import Household, RateTable, estimate, item_amount
from scripts.departments import DepartmentIndex
from scripts.documents import split_documents
from scripts.parsers.compensation import parse_expropriation
from scripts.sources import load_corrections, load_registry, read_source
from scripts.tables import ExtractionContext

UNITS = {"平方米": "m²", "%评估价值": "%"}


@pytest.fixture(scope="module")
def with_projects(expected_facts, dev_issues) -> list[str]:
    """The development fixtures that print an expropriation project."""
    return [source_id for source_id in dev_issues if expected_facts[source_id]["compensation"]]


@pytest.fixture(scope="module")
def extracted(gazette_sources, with_projects):
    """Source id → the context (rows and review items) the expropriation parser filled."""
    departments = DepartmentIndex.load(gazette_sources / "departments.csv")
    corrections = load_corrections(gazette_sources)
    found = {}
    for source in load_registry(gazette_sources):
        if source.source_id not in with_projects:
            continue
        text = read_source(source, corrections)
        context = ExtractionContext(text, split_documents(text), departments)
        for document in context.document("expropriation_notice"):
            parse_expropriation(document, context)
        found[source.source_id] = context
    return found


def projects(expected_facts, dev_issues):
    return [
        (source_id, project)
        for source_id in dev_issues
        for project in expected_facts[source_id]["compensation"]
    ]


def cases(expected_facts, dev_issues):
    return [
        (source_id, project, example)
        for source_id, project in projects(expected_facts, dev_issues)
        for example in project["examples"]
    ]


def unit(printed: str) -> str:
    for word, canonical in UNITS.items():
        printed = printed.replace(word, canonical)
    return printed


def project_row(context, expected):
    rows = [r for r in context.tables["compensation_projects"] if r["name"] == expected["project"]]
    assert len(rows) == 1, (expected["project"], context.tables["compensation_projects"])
    return rows[0]


def rates_of(context, project):
    return [
        r for r in context.tables["compensation_rates"] if r["project_id"] == project["project_id"]
    ]


def test_every_fixture_yields_exactly_its_projects(extracted, expected_facts, with_projects):
    assert with_projects, "a development fixture prints an expropriation project"
    for source_id in with_projects:
        names = [r["name"] for r in extracted[source_id].tables["compensation_projects"]]
        assert names == [p["project"] for p in expected_facts[source_id]["compensation"]]


def test_project_facts(extracted, expected_facts, dev_issues):
    for source_id, expected in projects(expected_facts, dev_issues):
        row = project_row(extracted[source_id], expected)
        period = expected["signing_period"]
        assert row["households"] == expected["households"]
        assert row["floor_area_m2"] == expected["area_m2"]
        assert row["signing_start"].isoformat() == period["start"]
        assert row["signing_end"].isoformat() == period["end"]
        assert row["signing_days"] == period["days"]
        assert row["appeal_review_days"] == expected["appeal"]["review_days"]
        assert row["appeal_litigation_months"] == expected["appeal"]["litigation_months"]
        documents = {d.document_id: d for d in extracted[source_id].documents}
        decision = documents[row["decision_document_id"]]
        assert re.sub(r"\s+", "", decision.doc_number) == expected["decision_doc_number"]


def named(row, expected) -> bool:
    """The expected label is the rate's category or item (a minimum area: its basis)."""
    if expected.get("kind") == "area_floor":
        return row["basis"] == "area_floor"
    return expected["label"] in (row["category"], row["item"])


def matching_rate(rates, expected):
    """The rate row for one expected rate: same amount, unit, label and conditions."""
    conditions = expected.get("conditions", {})
    use = re.split(r"[（(]", conditions.get("use", ""))[0]
    found = [
        r
        for r in rates
        if r["amount"] == expected["amount"]
        and r["unit"] == unit(expected["unit"])
        and named(r, expected)
        and (r["property_use"] or "") in ("", use)
        and all(
            r[column] in (None, conditions[key])
            for key, column in (("set", "suite"), ("structure", "structure"))
            if key in conditions
        )
    ]
    assert len(found) == 1, (expected, found)
    return found[0]


def test_every_expected_rate_is_a_structured_row(extracted, expected_facts, dev_issues):
    for source_id, expected in projects(expected_facts, dev_issues):
        context = extracted[source_id]
        rates = rates_of(context, project_row(context, expected))
        for rate in expected["rates"]:
            row = matching_rate(rates, rate)
            same = [r for r in rates if r["category"] == row["category"]]
            conditions = rate.get("conditions", {})
            if "area_within_m2" in conditions:
                assert row["threshold_m2"] == conditions["area_within_m2"]
            if "signed_on_day" in conditions:
                window = [row["signing_day_from"], row["signing_day_to"]]
                assert window == conditions["signed_on_day"]
            if "step" in rate:
                (step,) = [
                    r
                    for r in same
                    if r["basis"] == "per_step_above_threshold"
                    and r["property_use"] == row["property_use"]
                ]
                assert (step["step_m2"], step["amount"]) == (
                    rate["step"]["per_m2"],
                    rate["step"]["amount"],
                )
            for key, basis in (("floor", "minimum_amount"), ("cap", "maximum_amount")):
                if key in rate:
                    assert any(
                        r["basis"] == basis
                        and r["amount"] == rate[key]
                        and r["property_use"] == row["property_use"]
                        for r in same
                    ), (rate, key)
            if "times" in rate:
                times = {r["condition"]: r["amount"] for r in same if r["basis"] == "times"}
                assert times == rate["times"]
            if "months" in rate:
                months = {r["amount"] for r in same if r["basis"] == "months"}
                assert rate["months"] in months


def household_for(case: str, table: RateTable) -> tuple[Household, str | None]:
    """The inputs a worked example's case names, read from its wording."""
    structure = next((name for name in table.structure_names() if name in case), "")
    area = re.search(r"(\d+(?:\.\d+)?)平方米", case)
    day = re.search(r"第(\d+)日签约", case)
    value = re.search(r"评估价值(\d+)元", case)
    decoration = next((name for name in table.decoration_names() if name in case), None)
    settlement = "货币补偿"
    if "产权调换" in case:
        settlement = "产权调换（期房）" if "期房" in case else "产权调换"
    household = Household(
        area_m2=float(area[1]) if area else 0,
        structure=structure,
        decoration=decoration or "",
        signing_day=int(day[1]) if day else None,
        settlement=settlement,
        property_use="非住宅" if case.startswith("非住宅") else "住宅",
        assessed_value=float(value[1]) if value else None,
    )
    return household, decoration


def test_worked_examples_come_out_of_the_rates(extracted, expected_facts, dev_issues):
    for source_id, expected, example in cases(expected_facts, dev_issues):
        context = extracted[source_id]
        project = project_row(context, expected)
        table = RateTable(
            [{**r, "signing_days": project["signing_days"]} for r in rates_of(context, project)]
        )
        household, _ = household_for(example["case"], table)
        items = {category: item_amount(table, category, household) for category in example["items"]}
        assert all(line is not None for line in items.values()), (example, items)
        assert sum(line.amount for line in items.values()) == example["total"], (example, items)
        if len(items) > 1:
            whole = estimate(
                table,
                household.area_m2,
                household.structure,
                household.decoration,
                signing_day=household.signing_day,
                settlement=household.settlement,
            )
            assert {line.category: line.amount for line in whole.lines} == {
                category: line.amount for category, line in items.items()
            }
