"""A database with issue 1 and the synthetic fixture issues, for the fixture questions.

The fixtures (tests/fixtures/*.txt) are never sources of the published package; to ask the bot
about them, `fixture_database` registers them with add-source in a copy of sources/, extracts
every issue together into a copy of datapackage/ and builds a SQLite database from it, all in
a temporary directory the caller owns.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from scripts.add_source import add_source
from scripts.build_db import build
from scripts.extract import extract_issues
from scripts.package import PACKAGE_DIR, ROOT, load_descriptor, write_resources
from scripts.sources import SOURCES_DIR

FIXTURES_DIR = ROOT / "tests" / "fixtures"


def fixture_issues(split: str | None = None) -> list[Path]:
    """The fixture issues listed in tests/fixtures/expected.json: all of them, or those of
    one split (dev, heldout)."""
    expected = json.loads((FIXTURES_DIR / "expected.json").read_text(encoding="utf-8"))
    return [
        FIXTURES_DIR / facts["file"]
        for facts in expected["fixtures"].values()
        if split is None or facts.get("split") == split
    ]


def fixture_databases(directory: Path, asked: set[str] | None = None) -> dict[str, Path]:
    """One database per fixture issue (by source id; only those `asked` about, when given),
    holding issue 1 and every fixture published up to it: a fixture's questions are asked of
    the gazette as it stood when that issue was the latest, so a question naming no project
    means that issue's project, not a later one's. The issues are extracted once; each
    database keeps its issues' rows."""
    sources = directory / "sources"
    shutil.copytree(SOURCES_DIR, sources)
    for path in sorted(fixture_issues()):
        add_source(path, sources)
    tables = extract_issues(sources).tables
    published = {row["source_id"]: row["published"] for row in tables["sources"]}
    databases = {}
    for path in sorted(fixture_issues()):
        source_id = path.stem
        if asked is not None and source_id not in asked:
            continue
        issued = {other for other, date in published.items()
                  if (date, other) <= (published[source_id], source_id)}
        package = directory / source_id
        shutil.copytree(PACKAGE_DIR, package)
        kept = {name: [row for row in rows if row.get("source_id", source_id) in issued]
                for name, rows in tables.items()}
        write_resources(kept, load_descriptor(package / "datapackage.json"), package)
        databases[source_id] = build(package_dir=package, target=directory / f"{source_id}.db",
                                     progress=False)
    return databases


def fixture_database(directory: Path, split: str | None = None) -> Path:
    """Issue 1 and the fixture issues (all, or one split's) extracted together and built into
    one database."""
    sources = directory / "sources"
    package = directory / "datapackage"
    shutil.copytree(SOURCES_DIR, sources)
    shutil.copytree(PACKAGE_DIR, package)
    for path in sorted(fixture_issues(split)):
        add_source(path, sources)
    extraction = extract_issues(sources)
    write_resources(extraction.tables, load_descriptor(package / "datapackage.json"), package)
    return build(package_dir=package, target=directory / "gazette-with-fixtures.db", progress=False)
