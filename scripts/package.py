"""The data package on disk: descriptor, schemas, and writing resource CSVs atomically."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import PipelineError

HOME_VARIABLE = "DAZU_HOME"


def project_home(environ: Mapping[str, str] = os.environ) -> Path:
    """The directory holding metadata.yml, datapackage/, schemas/, sources/ and build/.

    $DAZU_HOME when set; else the source tree this module lives in (a checkout, or an editable
    install); else the current directory (an installed copy run from a checkout or release).
    """
    if configured := environ.get(HOME_VARIABLE):
        return Path(configured).resolve()
    tree = Path(__file__).resolve().parent.parent
    return tree if (tree / "metadata.yml").is_file() else Path.cwd()


ROOT = project_home()
PACKAGE_DIR = ROOT / "datapackage"
DESCRIPTOR = PACKAGE_DIR / "datapackage.json"
SCHEMAS_DIR = ROOT / "schemas"


def load_descriptor(path: Path = DESCRIPTOR) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def load_schema(resource: dict[str, Any], package_dir: Path = PACKAGE_DIR) -> dict[str, Any]:
    schema = resource["schema"]
    if isinstance(schema, str):
        schema = json.loads((package_dir / schema).read_text(encoding="utf-8"))
    return schema


def editable_schema(resource: dict[str, Any], schemas_dir: Path = SCHEMAS_DIR) -> str:
    """The text of a resource's schema in schemas/, the one place schemas are edited.

    The package carries a copy under datapackage/schemas/ (written by `write_resources`), so
    that the descriptor references nothing outside its own directory.
    """
    path = schemas_dir / Path(resource["schema"]).name
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PipelineError(
            str(path),
            f"no schema for resource {resource['name']!r}",
            expected="a Table Schema file named in datapackage.json",
        ) from None


def resources(descriptor: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return (descriptor or load_descriptor())["resources"]


def field_names(resource: dict[str, Any], package_dir: Path = PACKAGE_DIR) -> list[str]:
    return [field["name"] for field in load_schema(resource, package_dir)["fields"]]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def render_csv(rows: list[dict[str, Any]], fields: list[str], resource_name: str) -> str:
    """CSV text of rows in schema field order; an unknown or missing field is an error."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(fields)
    for index, row in enumerate(rows, start=1):
        unknown = set(row) - set(fields)
        missing = set(fields) - set(row)
        if unknown or missing:
            raise PipelineError(
                f"schemas/{resource_name}.schema.json",
                f"row {index} of {resource_name} has fields "
                f"{sorted(unknown)} not in the schema and lacks {sorted(missing)}",
                expected=", ".join(fields),
            )
        writer.writerow([_cell(row[name]) for name in fields])
    return buffer.getvalue()


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file through a temporary file beside it: readers see the old or the new, whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    os.replace(temporary, path)


def write_resources(
    tables: dict[str, list[dict[str, Any]]],
    descriptor: dict[str, Any],
    package_dir: Path = PACKAGE_DIR,
    schemas_dir: Path = SCHEMAS_DIR,
) -> list[Path]:
    """Write every resource's CSV and a copy of its schema; nothing is replaced unless all render.

    Rendering happens in memory first (any error leaves the old files untouched), then the
    files go to a temporary directory beside the data directory and are moved into place.
    """
    rendered: dict[str, str] = {}
    for resource in descriptor["resources"]:
        name = resource["name"]
        if name not in tables:
            raise PipelineError(
                str(package_dir / "datapackage.json"),
                f"extraction produced no rows for resource {name!r}",
                expected="every declared resource to be extracted",
            )
        if resource["schema"] != f"schemas/{Path(resource['schema']).name}":
            raise PipelineError(
                str(package_dir / "datapackage.json"),
                f"resource {name!r} references schema {resource['schema']!r}",
                column="schema",
                expected="schemas/<name>.schema.json, inside the package directory",
            )
        schema_text = editable_schema(resource, schemas_dir)
        fields = [field["name"] for field in json.loads(schema_text)["fields"]]
        rendered[resource["path"]] = render_csv(tables[name], fields, name)
        rendered[resource["schema"]] = schema_text
    undeclared = set(tables) - {resource["name"] for resource in descriptor["resources"]}
    if undeclared:
        raise PipelineError(
            str(package_dir / "datapackage.json"),
            f"extraction produced undeclared resources {sorted(undeclared)}",
            expected="a resource entry for each",
        )
    staging = Path(tempfile.mkdtemp(prefix=".extract-", dir=package_dir))
    try:
        for relative_path, text in rendered.items():
            target = staging / relative_path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        written = []
        for relative_path in rendered:
            final = package_dir / relative_path
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / relative_path, final)
            written.append(final)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
