"""Canned-query parameters are literal text on the portal: %, _ and \\ match only themselves.

Every LIKE in metadata.yml escapes its parameter (ESCAPE '\\'); nothing matches everything by
accident, and listing all rows is an explicit parameter (all=1), never a wildcard.
"""

from __future__ import annotations

import csv
import re

import pytest

from scripts.package import PACKAGE_DIR
from tests.portal.test_http import QUERIES, query

LIKE = re.compile(r"like\s+'%'\s*\|\|.*?trim\(:(\w+)\)", re.IGNORECASE)
LIKE_PARAMETERS = sorted(
    (name, parameter) for name, q in QUERIES.items() for parameter in set(LIKE.findall(q["sql"]))
)
PROBES = ["%", "_", "\\", "%%", "护%照", "护_照", "\\%", "%护照%", "_护照"]


def params_of(name: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r"(?<!:):(\w+)", QUERIES[name]["sql"])))


def test_every_like_in_the_canned_queries_escapes_its_parameter():
    assert len(LIKE_PARAMETERS) >= 12
    escaped = "replace(replace(replace(trim(:{0}), '\\', '\\\\'), '%', '\\%'), '_', '\\_')"
    for name, q in QUERIES.items():
        sql = q["sql"]
        assert len(re.findall(r"\blike\b", sql, re.I)) == sql.count("escape '\\'"), name
        for parameter in set(LIKE.findall(sql)):
            assert escaped.format(parameter) in sql, (name, parameter)


@pytest.mark.parametrize(("name", "parameter"), LIKE_PARAMETERS)
def test_wildcard_characters_match_only_themselves(portal, name, parameter):
    values = dict.fromkeys(params_of(name), "")
    for probe in PROBES:
        for row in query(portal, name, **{**values, parameter: probe}):
            text = " ".join(str(value) for value in row.values())
            assert probe in text, (name, probe, row)


def test_a_literal_percent_finds_exactly_the_tasks_that_print_one(portal):
    with (PACKAGE_DIR / "data" / "tasks.csv").open(encoding="utf-8") as handle:
        expected = [
            row
            for row in csv.DictReader(handle)
            if any("%" in row[c] for c in ("content", "work_item", "campaign", "plan"))
        ]
    assert expected, "the package prints percentages in task targets"
    rows = query(portal, "tasks_by_keyword", keyword="%")
    assert len(rows) == len(expected)
    assert {row["source_line"] for row in rows} == {int(row["source_line"]) for row in expected}


@pytest.mark.parametrize(
    ("name", "table"),
    [
        ("insurance_duties_by_keyword", "insurance_duties"),
        ("standards_by_keyword", "elderly_standards"),
    ],
)
def test_listing_everything_is_an_explicit_parameter(portal, name, table):
    with (PACKAGE_DIR / "data" / f"{table}.csv").open(encoding="utf-8") as handle:
        count = sum(1 for _ in csv.DictReader(handle))
    assert len(query(portal, name, keyword="", all="1")) == count
    assert query(portal, name, keyword="%", all="") == []
    assert query(portal, name, keyword="", all="") == []
