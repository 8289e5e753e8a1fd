"""build/metadata.json = metadata.yml + what the package already says, so nothing is written twice.

metadata.yml holds the portal texts, facets and canned queries; table titles and descriptions
come from datapackage.json and column descriptions from the Table Schemas. View columns reuse the
description of the schema field they copy, or `VIEW_COLUMNS` for computed ones.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from ..build_db import DATABASE_NAME, SEARCHABLE, VIEWS
from ..package import PACKAGE_DIR, ROOT, load_descriptor, load_schema

METADATA_YML = ROOT / "metadata.yml"
PORTAL_PLUGIN = "dazu-portal"  # settings our own plugins read (the footer's data version)
# Columns that views and canned queries compute rather than copy from a resource.
VIEW_COLUMNS = {
    "departments": "实施机构全称（以、分隔）/ Full names of the implementing organisations",
    "department": "机构简称 / Organisation (short name)",
    "document_title": "出处文件标题 / Title of the source document",
    "meeting": "决定任免的常务会议 / Executive meeting that decided it",
    "units": "全部牵头、责任、配合单位 / All lead, responsible and co-operating units",
}


def column_description(field: dict[str, Any]) -> str:
    unit = f"（单位 unit: {field['unit']}）" if field.get("unit") else ""
    return (
        f"{field['title']}：{field['description']}{unit} / "
        f"{field['titleEn']}: {field['descriptionEn']}"
    )


def _view_columns(view_sql: str, schemas: dict[str, dict[str, str]]) -> dict[str, str]:
    """Descriptions of a view's columns: the copied schema field's, or VIEW_COLUMNS if computed."""
    sql = " ".join(view_sql.split())
    aliases = {
        alias: table
        for table, alias in re.findall(
            r"(?:from|join) (\w+) (?!on\b|where\b|group\b|order\b|union\b)(\w+)", sql
        )
    }
    first_table = re.search(r" from (\w+)", sql)[1]
    select = sql.split("select ", 1)[1].split(" from ", 1)[0]
    described = {}
    for expression in _top_level_commas(select):
        expression = expression.strip()
        name = expression.split(" as ")[-1].strip().rpartition(".")[2]
        if name in VIEW_COLUMNS:
            described[name] = VIEW_COLUMNS[name]
            continue
        alias, _, column = expression.split(" as ")[0].rpartition(".")
        described[name] = schemas[aliases.get(alias, first_table)][column]
    return described


def _top_level_commas(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for character in text:
        depth += character == "("
        depth -= character == ")"
        if character == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += character
    return [*parts, current]


def portal_metadata(
    metadata_path: Path = METADATA_YML, package_dir: Path = PACKAGE_DIR
) -> dict[str, Any]:
    metadata = yaml.safe_load(metadata_path.read_text(encoding="utf-8"))
    descriptor = load_descriptor(package_dir / "datapackage.json")
    database = metadata["databases"][DATABASE_NAME]
    tables = database.setdefault("tables", {})
    schemas: dict[str, dict[str, str]] = {}
    for resource in descriptor["resources"]:
        schema = load_schema(resource, package_dir)
        table = tables.setdefault(resource["name"], {})
        table.setdefault("title", f"{resource['title']} / {resource['titleEn']}")
        table.setdefault("description", f"{resource['description']} {resource['descriptionEn']}")
        table.setdefault("source", database.get("source"))
        table.setdefault("source_url", database.get("source_url"))
        table.setdefault("license", database.get("license"))
        table.setdefault("license_url", database.get("license_url"))
        columns = {field["name"]: column_description(field) for field in schema["fields"]}
        table["columns"] = schemas[resource["name"]] = columns
        if resource["name"] in SEARCHABLE:
            table["fts_table"] = f"{resource['name']}_fts"
            table["fts_pk"] = "rowid"
            tables[f"{resource['name']}_fts"] = {"hidden": True}
    for view, sql in VIEWS.items():
        tables.setdefault(view, {})["columns"] = _view_columns(sql, schemas)
    metadata.setdefault("plugins", {})[PORTAL_PLUGIN] = {"data_version": descriptor["version"]}
    return metadata


def write_portal_metadata(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        json.dumps(portal_metadata(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return target
