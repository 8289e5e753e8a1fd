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
    "short_name": "简称 / Short name",
    "group_name": "领导小组 / Leading group",
    "project": "征收项目 / Expropriation project",
    "unit": "单位 / Unit",
    "organisation": "组织或会议 / Organisation or meeting",
    "person": "姓名 / Person",
    "items": "事项数 / Items",
    "planned_total": "计划建设合计（个） / Planned in all",
    "towns": "镇街数 / Towns",
    "kind": "类别 / Kind",
    "ref": "编号 / Reference",
    "detail": "说明 / Detail",
    "note": "附注 / Note",
}
# Labels of query columns whose name alone is too generic for the first schema that uses it.
GENERIC_LABELS = {"name": "名称", "title": "名称", "kind": "类别"}
# Columns citizens do not need on a table page (HTML only; downloads keep every column): the
# source columns, document ids and titles repeated on every row. metadata.yml adds per-table ones
# under `hidden_columns`; a table's primary key is folded into a 详情 link when it has a label.
# Tables the build derives rather than loads from a resource, with their column descriptions.
DERIVED_TABLES = {
    "department_short_names": {
        "short_name": "简称：去掉“区”“重庆市大足区”等前缀或“街道”“镇”等后缀后只指一个机构的名称 / "
        "Short name: a name without its district prefix or town suffix that names one organisation",
        "department_id": "机构编号：见 departments 表 / Department id (see departments)",
    }
}
HIDDEN_EVERYWHERE = ("source_id", "source_line", "document_id", "document_title")


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


def column_label(description: str) -> str:
    """The Chinese label of a column: its description up to the first '：' or ' / '."""
    return re.split(r"：|\s?/ ", description, maxsplit=1)[0].strip()


def _query_labels(sql: str, schemas: dict[str, dict[str, str]]) -> dict[str, str]:
    """Chinese labels of a canned query's columns: the schema field it copies, else by name."""
    by_name: dict[str, str] = {}
    for columns in schemas.values():
        for name, description in columns.items():
            by_name.setdefault(name, column_label(description))
    by_name.update({name: column_label(text) for name, text in VIEW_COLUMNS.items()})
    flat = " ".join(sql.split())
    while re.match(r"select \* from \(", flat):  # select * from (select … union …)
        flat = flat.split("(", 1)[1]
    aliases: dict[str, str] = {}
    for table, alias in re.findall(r"(?:from|join) (\w+) (\w+)", flat):
        aliases.setdefault(alias, table)  # the first select of a union names the columns
    labels = {}
    for expression in _top_level_commas(_select_list(flat)):
        expression = expression.strip()
        name = expression.split(" as ")[-1].strip().rpartition(".")[2]
        if name in labels:
            continue
        alias, _, column = expression.split(" as ")[0].rpartition(".")
        copied = schemas.get(aliases.get(alias, ""), {}).get(column)
        if " as " not in expression and copied:
            labels[name] = column_label(copied)
        elif name in GENERIC_LABELS or name in by_name:
            labels[name] = GENERIC_LABELS.get(name) or by_name[name]
    return labels


def _select_list(sql: str) -> str:
    """The column list of the first select: up to its first ' from ' outside brackets."""
    text = sql.split("select ", 1)[1]
    depth = 0
    for index, character in enumerate(text):
        depth += (character == "(") - (character == ")")
        if depth == 0 and text.startswith(" from ", index):
            return text[:index]
    return text


def _hidden_columns(table: dict[str, Any], columns: list[str]) -> list[str]:
    extra = table.get("hidden_columns", [])
    return [column for column in columns if column in HIDDEN_EVERYWHERE or column in extra]


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
    boolean_names: set[str] = set()  # shown as 是/否 on pages
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
        table["column_labels"] = {field["name"]: field["title"] for field in schema["fields"]}
        table["hidden_columns"] = _hidden_columns(table, list(columns))
        booleans = [field["name"] for field in schema["fields"] if field["type"] == "boolean"]
        table["boolean_columns"] = booleans
        boolean_names.update(booleans)
        if resource["name"] in SEARCHABLE:
            table["fts_table"] = f"{resource['name']}_fts"
            table["fts_pk"] = "rowid"
            tables[f"{resource['name']}_fts"] = {"hidden": True}
    for name, columns in DERIVED_TABLES.items():
        tables.setdefault(name, {})["columns"] = columns
    for view, sql in VIEWS.items():
        view_meta = tables.setdefault(view, {})
        view_meta["columns"] = _view_columns(sql, schemas)
    for name in [*DERIVED_TABLES, *VIEWS]:
        meta = tables[name]
        meta["column_labels"] = {c: column_label(d) for c, d in meta["columns"].items()}
        meta["hidden_columns"] = _hidden_columns(meta, list(meta["columns"]))
    for query in database.get("queries", {}).values():
        query.setdefault("hide_sql", True)
        query["column_labels"] = _query_labels(query["sql"], schemas)
        query["boolean_columns"] = sorted(boolean_names & set(query["column_labels"]))
    portal = metadata.setdefault("plugins", {}).setdefault(PORTAL_PLUGIN, {})
    portal["data_version"] = descriptor["version"]
    return metadata


def write_portal_metadata(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        json.dumps(portal_metadata(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return target
