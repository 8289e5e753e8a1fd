"""Validation fails when a row uses a provisional organisation id the departments lack."""

from __future__ import annotations

import csv
from pathlib import Path

from scripts.validate import validate

PROVISIONAL = "provisional-0badc0de"


def _edit(path: Path, change) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _package(package: Path, *, with_department: bool) -> Path:
    data = package / "data"
    first_appointment: dict[str, str] = {}

    def use_provisional(rows):
        first_appointment.update(rows[0])
        rows[0]["department_id"] = PROVISIONAL

    _edit(data / "appointments.csv", use_provisional)
    if with_department:
        _edit(data / "departments.csv", lambda rows: rows.append({
            **rows[0], "department_id": PROVISIONAL, "name": "区低空经济发展局",
            "full_name": "区低空经济发展局", "kind": "区级部门", "status": "provisional",
            "source_id": first_appointment["source_id"],
            "source_line": first_appointment["source_line"]}))
    return package


def test_a_provisional_id_listed_in_departments_validates(package_copy: Path):
    problems = validate(_package(package_copy, with_department=True))
    assert [str(problem) for problem in problems] == []


def test_a_provisional_id_missing_from_departments_fails_validation(package_copy: Path):
    problems = [str(p) for p in validate(_package(package_copy, with_department=False))]
    assert any(PROVISIONAL in problem for problem in problems), problems
