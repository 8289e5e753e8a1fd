"""Corrupted copies of the package (CSV side) and of the gazette text (source side).

A source-side copy edits one line of an issue in place (no line moves) and records the new
sha256 in the copy's registry, as a curator registering a changed file would.
"""

from __future__ import annotations

import csv
import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.package import PACKAGE_DIR, ROOT
from scripts.sources import SOURCES_DIR
from scripts.validate import cross_check_problems
from tests.corruption import Rows, corrupt


@dataclass
class Copy:
    """A package and sources copy that a test corrupts, then validates."""

    package: Path
    sources: Path

    def rows(self, resource: str) -> Rows:
        with (self.package / "data" / f"{resource}.csv").open(encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    def corrupt(self, resource: str, change: Callable[[Rows], Rows]) -> None:
        corrupt(self.package, resource, change)

    def line(self, source_id: str, line: int) -> str:
        return self._text(source_id).read_text(encoding="utf-8").split("\n")[line - 1]

    def edit_line(self, source_id: str, line: int, old: str, new: str) -> None:
        """Replace `old` by `new` on one line of an issue; the registry gets the new sha256."""
        path = self._text(source_id)
        lines = path.read_text(encoding="utf-8").split("\n")
        assert old in lines[line - 1], (line, old, lines[line - 1])
        lines[line - 1] = lines[line - 1].replace(old, new, 1)
        path.write_text("\n".join(lines), encoding="utf-8")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        registry = self.sources / "registry.csv"
        with registry.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            fields, rows = reader.fieldnames, list(reader)
        for row in rows:
            if row["source_id"] == source_id:
                row["sha256"] = digest
        with registry.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)

    def problems(self) -> list[str]:
        return [str(problem) for problem in cross_check_problems(self.package, self.sources)]

    def _text(self, source_id: str) -> Path:
        with (self.sources / "registry.csv").open(encoding="utf-8", newline="") as handle:
            row = next(row for row in csv.DictReader(handle) if row["source_id"] == source_id)
        return self.sources / row["file"]


@pytest.fixture
def copy(tmp_path: Path) -> Copy:
    shutil.copytree(PACKAGE_DIR, tmp_path / "datapackage")
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    shutil.copytree(SOURCES_DIR, tmp_path / "sources")
    return Copy(tmp_path / "datapackage", tmp_path / "sources")


@pytest.fixture(scope="session")
def clean_problems() -> list[str]:
    """The committed package passes every cross-check (so each corruption is what fails)."""
    return [str(problem) for problem in cross_check_problems()]
