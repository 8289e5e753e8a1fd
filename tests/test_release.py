"""Releases: reproducible artifacts, refused for drifted or invalid packages; data diffs."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest
from frictionless import Package

from scripts.build_db import build
from scripts.datadiff import PackageVersion, diff, summary
from scripts.errors import PipelineError
from scripts.package import PACKAGE_DIR
from scripts.release import release


def test_release_twice_gives_byte_identical_artifacts(tmp_path: Path):
    first = release(
        dist_dir=tmp_path / "one", database=build(target=tmp_path / "a.db", progress=False)
    )
    second = release(
        dist_dir=tmp_path / "two", database=build(target=tmp_path / "b.db", progress=False)
    )
    names = sorted(path.name for path in first.iterdir())
    assert names == [
        "SHA256SUMS",
        "dazu-gazette-1.0.0.db",
        "dazu-gazette-1.0.0.xlsx",
        "dazu-gazette-1.0.0.zip",
    ]
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_released_zip_is_a_valid_self_contained_package(tmp_path: Path):
    target = release(dist_dir=tmp_path / "dist")
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(target / "dazu-gazette-1.0.0.zip") as archive:
        archive.extractall(unpacked)
    descriptor = json.loads((unpacked / "datapackage.json").read_text(encoding="utf-8"))
    assert all(resource["schema"].startswith("schemas/") for resource in descriptor["resources"])
    report = Package(str(unpacked / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])[:5]


def test_sums_match_the_artifacts(tmp_path: Path):
    import hashlib

    target = release(dist_dir=tmp_path / "dist")
    for line in (target / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        assert hashlib.sha256((target / name).read_bytes()).hexdigest() == digest


def test_drifted_csv_stops_the_release(package_copy: Path, tmp_path: Path):
    path = package_copy / "data" / "errata.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("卿勇", "卿男", 1), encoding="utf-8")
    with pytest.raises(PipelineError, match=r"differ from extraction: \['data/errata.csv'\]"):
        release(package_dir=package_copy, dist_dir=tmp_path / "dist")
    assert not (tmp_path / "dist" / "dazu-gazette-1.0.0").exists()


def test_invalid_package_stops_the_release_with_the_problem(package_copy: Path, tmp_path: Path):
    schema_path = package_copy / "schemas" / "documents.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    kind = next(field for field in schema["fields"] if field["name"] == "kind")
    kind["constraints"]["enum"].remove("task_plan")
    schema_path.write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(
        PipelineError,
        match=r"(?s)validation problem.*documents.csv, row \d+, "
        r"field kind",
    ):
        release(package_dir=package_copy, dist_dir=tmp_path / "dist")


def test_a_non_semver_version_is_refused(package_copy: Path, tmp_path: Path):
    descriptor_path = package_copy / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    descriptor["version"] = "2021-1"
    descriptor_path.write_text(json.dumps(descriptor, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(PipelineError, match="semantic version"):
        release(package_dir=package_copy, dist_dir=tmp_path / "dist")


def test_diff_counts_rows_added_removed_and_changed(package_copy: Path):
    path = package_copy / "data" / "service_items.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    removed = rows.pop(0)
    rows[0]["name"] = rows[0]["name"] + "（修订）"
    rows.append({**removed, "item_id": removed["item_id"] + "-new"})
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    diffs = {d.name: d for d in diff(PackageVersion(PACKAGE_DIR), PackageVersion(package_copy))}
    items = diffs["service_items"]
    assert (len(items.added), len(items.removed), len(items.changed)) == (1, 1, 1)
    assert not diffs["appointments"].added
    assert "| service_items | 1 | 1 | 1 |" in summary(list(diffs.values()), "1.0.0", "1.1.0")
