"""Validation catches corrupted copies of the package and says where, listing every problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from scripts.validate import validate
from tests.corruption import Rows, corrupt


@pytest.fixture(scope="module")
def committed_problems():
    return validate()



def set_value(index: int, column: str, value: str) -> Callable[[Rows], Rows]:
    def change(rows: Rows) -> Rows:
        rows[index][column] = value
        return rows

    return change


def messages(package_dir: Path) -> list[str]:
    return [str(problem) for problem in validate(package_dir)]


def test_committed_package_is_valid(committed_problems):
    assert [str(problem) for problem in committed_problems] == []


def test_removing_a_service_item_breaks_the_stated_total(package_copy: Path):
    corrupt(package_copy, "service_items", lambda rows: rows[:-1])
    found = messages(package_copy)
    assert any("has 412 items" in message and "共413项" in message for message in found), found


def test_changing_a_planned_count_breaks_the_printed_district_total(package_copy: Path):
    def bump_first_nonzero(rows: Rows) -> Rows:
        row = next(row for row in rows if row["planned_count"] != "0")
        row["planned_count"] = str(int(row["planned_count"]) + 1)
        return rows

    corrupt(package_copy, "elderly_facility_plan", bump_first_nonzero)
    assert any("全区合计" in message for message in messages(package_copy))


def test_changing_households_breaks_the_decision_figure(package_copy: Path):
    corrupt(package_copy, "compensation_projects", set_value(0, "households", "44"))
    assert any("households" in message and "43户" in message for message in messages(package_copy))


def test_wrong_enum_names_file_row_and_field(package_copy: Path):
    corrupt(package_copy, "documents", set_value(4, "kind", "fire_safety_plan"))
    found = messages(package_copy)
    assert any(
        "datapackage/data/documents.csv, row 6, field kind" in message for message in found
    ), found


def test_dangling_foreign_key_names_the_missing_value(package_copy: Path):
    corrupt(package_copy, "service_item_departments", set_value(0, "department_id", "no-such-org"))
    found = messages(package_copy)
    assert any(
        "service_item_departments.csv" in message and "no-such-org" in message for message in found
    ), found


def test_a_shifted_source_line_is_caught(package_copy: Path):
    def shift(rows: Rows) -> Rows:
        rows[10]["source_line"] = str(int(rows[10]["source_line"]) + 1)
        return rows

    corrupt(package_copy, "service_items", shift)
    assert any(
        "is not printed on line" in message and "service_items.csv, row 12" in message
        for message in messages(package_copy)
    )


def test_a_task_number_gap_is_caught(package_copy: Path):
    corrupt(
        package_copy,
        "tasks",
        lambda rows: [
            row
            for row in rows
            if not (row["doc_number"].startswith("大足府办发〔2021〕12") and row["number"] == "17")
        ],
    )
    found = messages(package_copy)
    assert any("missing [17]" in message for message in found), found


def test_all_problems_are_reported_not_just_the_first(package_copy: Path):
    corrupt(package_copy, "service_items", lambda rows: rows[:-1])
    corrupt(package_copy, "compensation_projects", set_value(0, "households", "44"))
    found = messages(package_copy)
    assert any("共413项" in message for message in found)
    assert any("households" in message for message in found)


def test_an_undated_outlier_without_erratum_is_reported(package_copy: Path):
    corrupt(package_copy, "documents", set_value(0, "sign_date", "2019-01-26"))
    assert any(
        "sign_date" in message and "2019-01-26" in message for message in messages(package_copy)
    )
