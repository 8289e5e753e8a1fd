"""Validation fails when a row uses a provisional organisation id the departments lack."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from scripts.package import PACKAGE_DIR, ROOT
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


def _package(tmp_path: Path, *, with_department: bool) -> Path:
    package = tmp_path / "datapackage"
    shutil.copytree(PACKAGE_DIR, package)
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
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


def test_a_provisional_id_listed_in_departments_validates(tmp_path: Path):
    problems = validate(_package(tmp_path, with_department=True))
    assert [str(problem) for problem in problems] == []


def test_a_provisional_id_missing_from_departments_fails_validation(tmp_path: Path):
    problems = [str(problem) for problem in validate(_package(tmp_path, with_department=False))]
    assert any(PROVISIONAL in problem for problem in problems), problems
