"""Catastrophe insurance: payouts per peril, certifiers, term as printed, claims table."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coverage(tables):
    return {row["peril"]: row for row in tables["insurance_coverage"]}


def test_five_perils_with_their_death_payouts(coverage):
    assert {peril: row["death_payout"] for peril, row in coverage.items()} == {
        "自然灾害": 100_000,
        "恐怖活动": 100_000,
        "公共场所安全": 100_000,
        "火灾、爆炸": 100_000,
        "见义勇为": 300_000,
    }


def test_term_contradiction_is_kept_as_printed(coverage):
    row = coverage["见义勇为"]
    assert row["effective_date"].isoformat() == "2021-01-01"
    assert (row["term_text"], row["term_text_leaflet"]) == ("协议期限为三年", "有效期限一年")


def test_certifiers_come_from_the_duties(coverage):
    assert coverage["见义勇为"]["certified_by"] == "区委政法委"
    assert coverage["恐怖活动"]["certified_by"] == "区公安局"
    assert coverage["公共场所安全"]["certified_by"] == "区公安局、区城市管理局、区卫生健康委"
    assert coverage["自然灾害"]["certified_by"].startswith("区气象局")


def test_claims_table_keeps_its_rows_and_typos(tables, source_text):
    claims = tables["insurance_claims"]
    assert [row["peril"] for row in claims] == ["自然灾害", "恐怖活动", "公共场所安全", "见义勇为"]
    assert "道街联络人" in claims[1]["process"]  # an erratum, kept as printed
    for row in claims:
        assert source_text[row["source_line"]].startswith(row["peril"])


def test_duties_link_every_organisation(tables):
    duties = {row["department_id"]: row["duty"] for row in tables["insurance_duties"]}
    assert len(tables["insurance_duties"]) == 10
    assert "见义勇为" in duties["party-political-legal"]
    assert "牵头组织协调" in duties["financial-development-center"]
    assert "宣传活动" in duties["all-towns"]


def test_death_payouts_are_the_printed_amounts(tables, coverage, source_text):
    for row in coverage.values():
        assert row["peril"].split("、")[0] in source_text[row["source_line"]]
    document = next(d for d in tables["documents"] if d["kind"] == "insurance")
    payout_line = next(
        line
        for line in range(document["source_line"], document["end_line"] + 1)
        if source_text[line].startswith("1. 死亡赔偿")
    )
    printed = source_text[payout_line]
    assert f"每人{coverage['自然灾害']['death_payout'] // 10_000}万元" in printed
    assert f"见义勇为按照每人{coverage['见义勇为']['death_payout'] // 10_000}万元" in printed


def test_one_duty_per_organisation_line_of_the_duties_section(tables, source_text):
    document = next(d for d in tables["documents"] if d["kind"] == "insurance")
    lines = [source_text[n].strip() for n in range(document["source_line"], document["end_line"])]
    start = lines.index("三、职责分工")
    end = next(i for i, text in enumerate(lines) if text.startswith("四、"))
    printed = [text for text in lines[start + 1 : end] if text]
    duties = tables["insurance_duties"]
    assert [row["department"] for row in duties] == [text.split("：")[0] for text in printed]
    for row in duties:
        assert source_text[row["source_line"]].startswith(row["department"] + "：" + row["duty"])


def test_collective_duty_lines_link_to_the_collectives(tables):
    by_department = {row["department"]: row["department_id"] for row in tables["insurance_duties"]}
    assert by_department["其他区级各部门、有关单位"] == "all-district-departments"
    assert by_department["各镇街人民政府（办事处）"] == "all-towns"
    assert by_department["区气象局等相关职能部门"] == "meteorology"


def test_heroism_is_certified_by_the_political_legal_committee(tables, coverage):
    certifying = [
        row["department_id"]
        for row in tables["insurance_duties"]
        if "认定" in row["duty"] and "见义勇为" in row["duty"]
    ]
    assert certifying == ["party-political-legal"]
    departments = {row["department_id"]: row["name"] for row in tables["departments"]}
    assert coverage["见义勇为"]["certified_by"] == departments["party-political-legal"]


def test_claims_contact_departments_are_known_organisations(tables, departments):
    linked = {
        row["peril"]: [
            department.department_id
            for department in departments.link(
                row["contact_departments"], source_id="test", line=row["source_line"]
            ).departments
        ]
        for row in tables["insurance_claims"]
    }
    assert linked == {
        "自然灾害": ["meteorology", "civil-affairs"],
        "恐怖活动": ["public-security"],
        "公共场所安全": ["urban-management", "public-security", "health"],
        "见义勇为": ["party-political-legal"],
    }
