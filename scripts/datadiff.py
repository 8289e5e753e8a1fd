"""Rows added, removed and changed per resource between two versions of the package.

Each side is a release zip or a directory holding datapackage.json; rows are matched by the
resource's primary key, so a release note can say 新增 N 行 per table.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import PipelineError, command


@dataclass
class ResourceDiff:
    name: str
    added: list[tuple[str, ...]] = field(default_factory=list)
    removed: list[tuple[str, ...]] = field(default_factory=list)
    changed: list[tuple[str, ...]] = field(default_factory=list)


class PackageVersion:
    """Read access to a package in a directory or a release zip."""

    def __init__(self, path: Path):
        self.path = path
        if not path.exists():
            raise PipelineError(
                str(path), "does not exist", expected="a package directory or a release zip"
            )
        self._zip = zipfile.ZipFile(path) if path.is_file() else None
        try:
            self.descriptor = json.loads(self.read("datapackage.json"))
        except ValueError as error:
            raise PipelineError(
                f"{path}/datapackage.json", f"not valid JSON: {error}", expected="a descriptor"
            ) from None
        if not isinstance(self.descriptor, dict) or not isinstance(
            self.descriptor.get("resources"), list
        ):
            raise PipelineError(
                f"{path}/datapackage.json", "has no list of resources", expected="a descriptor"
            )

    def read(self, relative: str) -> str:
        """A file of this version, by its path relative to the descriptor."""
        try:
            if self._zip is not None:
                return self._zip.read(relative).decode("utf-8")
            return (self.path / relative).read_text(encoding="utf-8")
        except (KeyError, FileNotFoundError, NotADirectoryError):
            expected = (
                "a package directory or a release zip"
                if relative == "datapackage.json"
                else "every file the descriptor names (a package directory as extraction "
                "writes it, with its schemas/, or a release zip)"
            )
            raise PipelineError(
                str(self.path), f"{relative} is missing", expected=expected
            ) from None
        except UnicodeDecodeError as error:
            raise PipelineError(
                f"{self.path}/{relative}", f"not valid UTF-8 ({error.reason})"
            ) from None

    def resources(self) -> dict[str, dict]:
        return {resource["name"]: resource for resource in self.descriptor["resources"]}

    def rows_by_key(self, resource: dict) -> dict[tuple[str, ...], dict[str, str]]:
        schema = json.loads(self.read(resource["schema"]))
        key = schema["primaryKey"]
        key = [key] if isinstance(key, str) else key
        path = resource["path"]
        rows = csv.DictReader(io.StringIO(self.read(path)))
        if rows.fieldnames is not None and set(key) - set(rows.fieldnames):
            raise PipelineError(
                f"{self.path}/{path}",
                f"lacks the key columns {sorted(set(key) - set(rows.fieldnames))}",
                expected=f"the primary key {key} of its schema",
            )
        return {tuple(row[column] for column in key): row for row in rows}


def diff(old: PackageVersion, new: PackageVersion) -> list[ResourceDiff]:
    old_resources, new_resources = old.resources(), new.resources()
    diffs = []
    for name in sorted(old_resources.keys() | new_resources.keys()):
        old_rows = old.rows_by_key(old_resources[name]) if name in old_resources else {}
        new_rows = new.rows_by_key(new_resources[name]) if name in new_resources else {}
        diffs.append(
            ResourceDiff(
                name,
                added=sorted(new_rows.keys() - old_rows.keys()),
                removed=sorted(old_rows.keys() - new_rows.keys()),
                changed=sorted(
                    key
                    for key in old_rows.keys() & new_rows.keys()
                    if old_rows[key] != new_rows[key]
                ),
            )
        )
    return diffs


def summary(diffs: list[ResourceDiff], old_version: str, new_version: str) -> str:
    lines = [
        f"数据变更 / Data changes {old_version} → {new_version}",
        "",
        "| resource | 新增 added | 删除 removed | 修改 changed |",
        "|---|---|---|---|",
    ]
    for resource in diffs:
        if resource.added or resource.removed or resource.changed:
            lines.append(
                f"| {resource.name} | {len(resource.added)} | {len(resource.removed)} "
                f"| {len(resource.changed)} |"
            )
    if len(lines) == 4:
        lines.append("| (no changes) | 0 | 0 | 0 |")
    return "\n".join(lines)


@command("diff")
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts diff", description="rows added/removed/changed per resource"
    )
    parser.add_argument("old", type=Path, help="old package directory or release zip")
    parser.add_argument("new", type=Path, help="new package directory or release zip")
    args = parser.parse_args(argv)
    old, new = PackageVersion(args.old), PackageVersion(args.new)
    print(
        summary(
            diff(old, new), old.descriptor.get("version", "?"), new.descriptor.get("version", "?")
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
