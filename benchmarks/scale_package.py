"""A package scaled ×N for benchmarks: every row copied N times with its keys made unique.

Primary-key, foreign-key and unique columns get a copy suffix (so copy k references copy k of
its parents and every key stays valid); the first free-text column gets a varied suffix so the
search index grows with realistic, different text.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from scripts.package import PACKAGE_DIR, ROOT, load_descriptor, load_schema


def _keyed_columns(schema: dict) -> set[str]:
    keyed = set(schema["primaryKey"])
    for foreign_key in schema.get("foreignKeys", []):
        keyed.update(foreign_key["fields"])
    keyed.update(
        field["name"] for field in schema["fields"] if field.get("constraints", {}).get("unique")
    )
    return keyed


def scale_package(factor: int, target: Path) -> Path:
    """Write datapackage/ and schemas/ for a ×factor copy under target; returns the package dir."""
    if target.exists():
        shutil.rmtree(target)
    package_dir = target / "datapackage"
    shutil.copytree(ROOT / "schemas", target / "schemas")
    if (PACKAGE_DIR / "schemas").is_dir():  # a self-contained package keeps its schemas inside
        shutil.copytree(PACKAGE_DIR / "schemas", package_dir / "schemas")
    (package_dir / "data").mkdir(parents=True)
    shutil.copy(PACKAGE_DIR / "datapackage.json", package_dir / "datapackage.json")
    for resource in load_descriptor()["resources"]:
        schema = load_schema(resource)
        keyed = _keyed_columns(schema)
        text_column = next(
            (
                field["name"]
                for field in schema["fields"]
                if field["type"] == "string" and field["name"] not in keyed
            ),
            None,
        )
        with (PACKAGE_DIR / resource["path"]).open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            fields, rows = reader.fieldnames, list(reader)
        with (package_dir / resource["path"]).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            for copy in range(factor):
                for row in rows:
                    scaled = dict(row)
                    for column in keyed:
                        if scaled[column] and copy:
                            scaled[column] = f"{scaled[column]}-x{copy}"
                    if text_column and scaled[text_column] and copy:
                        scaled[text_column] = f"{scaled[text_column]} 第{copy}号副本"
                    writer.writerow(scaled)
    return package_dir
