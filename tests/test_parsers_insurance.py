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
