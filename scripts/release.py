"""`make release`: versioned, validated, reproducible artifacts in dist/<name>-<version>/.

Refuses unless the committed CSVs are exactly what extraction produces and the package
validates. Artifacts are byte-identical when re-run on the same commit: fixed zip timestamps,
sorted entries, fixed workbook properties.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from .errors import INPUT_ERRORS, PipelineError, describe
from .extract import Row, extract_issues
from .package import PACKAGE_DIR, ROOT, field_names, load_descriptor, load_schema, render_csv
from .release_docs import licence_text, readme_text
from .review import open_items
from .validate import validate

DIST_DIR = ROOT / "dist"
# Zip entries carry this timestamp so that the same inputs give the same bytes.
FIXED_ZIP_TIME = (2021, 4, 1, 0, 0, 0)
FIXED_WORKBOOK_TIME = dt.datetime(2021, 4, 1)
SEMVER = re.compile(r"^\d+\.\d+\.\d+$")


def extraction_drift(
    package_dir: Path = PACKAGE_DIR, tables: dict[str, list[Row]] | None = None
) -> list[str]:
    """Resources whose committed CSV differs from what extraction produces now."""
    if tables is None:
        tables = extract_issues().tables
    descriptor = load_descriptor(package_dir / "datapackage.json")
    drifted = []
    for resource in descriptor["resources"]:
        expected = render_csv(
            tables.get(resource["name"], []), field_names(resource, package_dir), resource["name"]
        )
        committed = package_dir / resource["path"]
        if not committed.exists() or committed.read_text(encoding="utf-8") != expected:
            drifted.append(resource["path"])
    return drifted


def _zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    return buffer.getvalue()


def package_zip(package_dir: Path = PACKAGE_DIR) -> bytes:
    """datapackage.json + CSVs + schemas (paths local to the zip), README.md and LICENSE."""
    descriptor = load_descriptor(package_dir / "datapackage.json")
    entries: dict[str, bytes] = {}
    for resource in descriptor["resources"]:
        schema_name = Path(resource["schema"]).name
        entries[f"schemas/{schema_name}"] = (package_dir / resource["schema"]).read_bytes()
        resource["schema"] = f"schemas/{schema_name}"
        entries[resource["path"]] = (package_dir / resource["path"]).read_bytes()
    entries["datapackage.json"] = (
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
    ).encode()
    entries["README.md"] = readme_text(package_dir).encode()
    entries["LICENSE"] = licence_text(package_dir).encode()
    return _zip_bytes(entries)


def _typed(value: str, field_type: str) -> Any:
    if value == "":
        return None
    if field_type == "integer":
        return int(value)
    if field_type == "number":
        return float(value)
    return value


def workbook_bytes(package_dir: Path = PACKAGE_DIR) -> bytes:
    """One sheet per resource with Chinese column headers, for Excel/WPS users."""
    descriptor = load_descriptor(package_dir / "datapackage.json")
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = descriptor["name"]
    workbook.properties.created = workbook.properties.modified = FIXED_WORKBOOK_TIME
    for resource in descriptor["resources"]:
        fields = load_schema(resource, package_dir)["fields"]
        sheet = workbook.create_sheet(resource["title"][:31])
        sheet.append([field["title"] for field in fields])
        with (package_dir / resource["path"]).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                sheet.append([_typed(row[field["name"]], field["type"]) for field in fields])
    raw = io.BytesIO()
    # Workbook.save would stamp "modified" with the current time; the writer keeps ours.
    ExcelWriter(workbook, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    # openpyxl stamps zip entries with the current time: rewrite them with the fixed one.
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as archive:
        return _zip_bytes({name: archive.read(name) for name in archive.namelist()})


def release(
    package_dir: Path = PACKAGE_DIR, dist_dir: Path = DIST_DIR, database: Path | None = None
) -> Path:
    """Check, then write dist/<name>-<version>/ atomically; returns its path."""
    descriptor = load_descriptor(package_dir / "datapackage.json")
    version = descriptor.get("version", "")
    if not SEMVER.match(version):
        raise PipelineError(
            "datapackage/datapackage.json",
            f"version {version!r}",
            column="version",
            expected="semantic version MAJOR.MINOR.PATCH",
        )
    extraction = extract_issues()
    drifted = extraction_drift(package_dir, extraction.tables)
    if drifted:
        raise PipelineError(
            "datapackage/data",
            f"committed CSVs differ from extraction: {drifted}",
            expected="run `make extract` and commit the result",
        )
    pending = open_items(extraction.review)
    if pending:
        listing = "\n  ".join(str(item) for item in pending[:20])
        raise PipelineError(
            "build/review.json",
            f"{len(pending)} review item(s) still open:\n  {listing}",
            expected="each settled by a curated row or recorded in sources/reviewed.csv",
        )
    problems = validate(package_dir)
    if problems:
        listing = "\n  ".join(str(problem) for problem in problems[:20])
        raise PipelineError(
            "datapackage",
            f"{len(problems)} validation problem(s):\n  {listing}",
            expected="a package that passes `make validate`",
        )
    name = f"{descriptor['name']}-{version}"
    artifacts = {
        f"{name}.zip": package_zip(package_dir),
        f"{name}.xlsx": workbook_bytes(package_dir),
    }
    if database is not None:
        artifacts[f"{name}.db"] = database.read_bytes()
    dist_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=dist_dir))
    try:
        for file_name, data in artifacts.items():
            (staging / file_name).write_bytes(data)
        sums = "".join(
            f"{hashlib.sha256(data).hexdigest()}  {file_name}\n"
            for file_name, data in sorted(artifacts.items())
        )
        (staging / "SHA256SUMS").write_text(sums, encoding="utf-8")
        target = dist_dir / name
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
        return target
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Check, build the database from the checked package, write dist/<name>-<version>/."""
    from .build_db import BUILD_DIR, build

    started = time.perf_counter()
    try:
        database = build(target=BUILD_DIR / "release" / "dazu-gazette.db", progress=False)
        target = release(database=database)
    except INPUT_ERRORS as error:
        print(f"release refused: {describe(error)}", file=sys.stderr)
        return 2
    for path in sorted(target.iterdir()):
        print(f"  {path.name:<32} {path.stat().st_size / 1024:9.1f} KiB")
    print(f"released {target.relative_to(ROOT)} in {time.perf_counter() - started:.1f} s")
    return 0
