"""The facts-landed measure (tests/facts_landed.py) counts what README.md's rule counts, finds
the development fixtures' facts in a whole extraction, and counts a fact that is missing."""

from __future__ import annotations

import pytest

from scripts.departments import DepartmentIndex
from tests.facts_landed import extract_with, facts_landed, report, rows_of
from tests.test_fixtures_wellformed import count_facts


@pytest.fixture(scope="module")
def index() -> DepartmentIndex:
    return DepartmentIndex.load()


def test_the_measure_counts_every_fact_of_the_rule(gazette, expected_facts, dev_issues, index):
    for source_id in dev_issues:
        facts = facts_landed(expected_facts[source_id], rows_of(gazette.tables, source_id), index)
        assert len(facts) == count_facts(expected_facts[source_id]) == \
            expected_facts[source_id]["facts_total"]


def test_every_development_fixture_fact_lands_structured(gazette, expected_facts, dev_issues,
                                                         index):
    for source_id in dev_issues:
        facts = facts_landed(expected_facts[source_id], rows_of(gazette.tables, source_id), index)
        assert [fact.what for fact in facts if not fact.ok] == []


@pytest.mark.parametrize("resource", ["appointments", "tasks", "compensation_rates",
                                      "meeting_topics", "service_item_departments"])
def test_a_row_taken_out_of_the_extraction_is_counted_as_a_miss(gazette, expected_facts,
                                                                dev_issues, index, resource):
    source_id = dev_issues[0]
    tables = rows_of(gazette.tables, source_id)
    whole = sum(fact.ok for fact in facts_landed(expected_facts[source_id], tables, index))
    rows = [row for row in tables[resource] if row.get("source_id") == source_id]
    cut = {**tables, resource: [row for row in tables[resource] if row is not rows[-1]]}
    assert sum(fact.ok for fact in facts_landed(expected_facts[source_id], cut, index)) < whole


def test_the_report_gives_the_figure_and_lists_misses_only_when_asked(gazette, expected_facts,
                                                                      dev_issues):
    source_id = dev_issues[0]
    tables = rows_of(gazette.tables, source_id)
    tables = {**tables, "appointments": []}
    quiet = report(source_id, expected_facts[source_id], tables, misses=False)
    loud = report(source_id, expected_facts[source_id], tables, misses=True)
    assert "facts structured" in quiet[0] and "lines kept" in quiet[0]
    assert not any("miss:" in line for line in quiet)
    assert sum("miss:" in line for line in loud) == len(expected_facts[source_id]["appointments"])


def test_each_seen_fixture_keeps_the_facts_it_landed(expected_facts, index):
    """A regression floor: the facts each seen fixture landed when last developed against."""
    seen = sorted(key for key, facts in expected_facts.items() if facts["split"] == "seen")
    assert seen
    tables = extract_with(seen, expected_facts)
    for source_id in seen:
        facts = facts_landed(expected_facts[source_id], rows_of(tables, source_id), index)
        assert sum(fact.ok for fact in facts) >= expected_facts[source_id]["landed_floor"], \
            source_id


def test_a_rate_with_no_count_for_its_use_is_paid_once():
    from tests.facts_landed import _times_agree
    shop = {"category": "搬迁费", "basis": "per_m2", "property_use": "非住宅", "amount": 25}
    home_counts = [{"category": "搬迁费", "basis": "times", "property_use": "住宅",
                    "settlement": mode, "condition": mode, "amount": times}
                   for mode, times in (("货币补偿", 1), ("产权调换", 2))]
    assert _times_agree([shop, *home_counts], shop, {"货币补偿": 1})
    assert not _times_agree([shop, *home_counts], shop, {"货币补偿": 2})


def test_a_payer_summary_lands_on_the_party_it_opens_with():
    from tests.facts_landed import _figure_landed
    rows = [{"party": "区民政局", "amount": None, "unit": None}]
    assert _figure_landed("区民政局全额承担，个人不缴费", "…", rows, [])
    assert not _figure_landed("区财政全额承担，个人不缴费", "…", rows, [])
    assert _figure_landed("区民政局", "…", rows, [])


def test_a_utility_named_only_by_a_piece_of_another_printed_whole_is_not_named():
    from tests.facts_landed import _fittings_named
    names = ["水表", "单相电表", "三相电表", "空调移机"]
    assert _fittings_named(names, "水表、单相电表，空调2台") == ("水表", "单相电表", "空调移机",
                                                               "空调移机")
    assert _fittings_named(names, "有个电表") == ("单相电表", "三相电表")  # either, as printed


def test_an_engagement_and_a_discharge_match_the_packages_appointment_and_removal(index):
    from tests.facts_landed import appointments
    row = {"person": "张三", "action": "任命", "position": "副院长",
           "department_id": "civil-affairs", "note": None}
    fact = {"person": "张三", "action": "聘任", "post": "副院长", "probation": False,
            "department_canonical": "区民政局"}
    (landed,) = appointments({"appointments": [fact]}, {"appointments": [row]}, index)
    assert landed.ok
    (other,) = appointments({"appointments": [{**fact, "action": "解聘"}]},
                            {"appointments": [row]}, index)
    assert not other.ok
