"""Corrupting a copy of the package: rewrite one resource's CSV through a function of its rows."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

Rows = list[dict[str, str]]


def corrupt(package_dir: Path, resource: str, change: Callable[[Rows], Rows]) -> None:
    """Replace data/<resource>.csv of a package copy with `change(rows)`, header kept."""
    path = package_dir / "data" / f"{resource}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    rows = change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
