"""An organisation dropped from departments.csv: extraction goes on, the name is provisional."""

from __future__ import annotations

import shutil
from pathlib import Path

from scripts.extract import extract_issues
from scripts.sources import SOURCES_DIR


def test_an_uncurated_organisation_is_extracted_with_a_provisional_id(tmp_path: Path, tables):
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, sources)
    departments = sources / "departments.csv"
    kept = [line for line in departments.read_text(encoding="utf-8").splitlines()
            if not line.startswith("archives,")]
    departments.write_text("\n".join(kept) + "\n", encoding="utf-8")

    extraction = extract_issues(sources)

    [provisional] = [row for row in extraction.tables["departments"]
                     if row["status"] == "provisional"]
    assert provisional["name"] == "区档案局"
    assert provisional["department_id"].startswith("provisional-")
    flagged = [item for item in extraction.review if "区档案局" in item.what]
    assert flagged and {item.curated_file for item in flagged} == {"sources/departments.csv"}
    assert provisional["source_line"] == min(item.line for item in flagged)
    # every other resource keeps its rows: the organisation's rows now carry the provisional id
    for resource, rows in tables.items():
        if resource not in ("departments", "department_aliases"):
            assert len(extraction.tables[resource]) == len(rows), resource
    used = [row for resource in ("task_departments", "service_item_departments", "appointments")
            for row in extraction.tables[resource]
            if row.get("department_id") == provisional["department_id"]]
    assert used
