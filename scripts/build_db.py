"""Build the portal database: the validated package → build/dazu-gazette.db with sqlite-utils.

Typed columns, primary and foreign keys from the Table Schemas, indexes on every foreign key and
facet column, helpful views, and an n-gram FTS5 table per searchable table (see search_index).
The database is written to a temporary file, checked (integrity_check, foreign_key_check) and
only then moved over the previous one.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from graphlib import TopologicalSorter
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.utils import sqlite3

from .errors import INPUT_ERRORS, PipelineError, describe
from .package import PACKAGE_DIR, ROOT, load_descriptor, load_schema
from .search_index import ngrams
from .search_words import short_forms

BUILD_DIR = ROOT / "build"
DATABASE_NAME = "dazu-gazette"
DATABASE_PATH = BUILD_DIR / f"{DATABASE_NAME}.db"
SQL_TYPES = {"integer": int, "number": float, "boolean": int, "date": str, "string": str}

# Table → the columns whose text the portal's search box finds (n-gram index "<table>_fts").
SEARCHABLE: dict[str, list[str]] = {
    "service_items": ["name", "implementer", "item_type", "catalogue"],
    "departments": ["name", "full_name"],
    "documents": ["title", "doc_number", "issuer"],
    "appointments": ["person", "post", "note"],
    "tasks": [
        "campaign",
        "work_item",
        "content",
        "lead_units",
        "responsible_units",
        "cooperating_units",
    ],
    "meeting_topics": ["text"],
    "leading_groups": ["name", "duty", "office_text"],
    "leading_group_members": ["name", "title"],
    "compensation_rates": ["category", "item", "condition", "rule_text"],
    "insurance_coverage": ["peril", "scope", "certified_by"],
    "insurance_duties": ["department", "duty"],
    "insurance_terms": ["label", "clause"],
    "elderly_standards": ["category", "requirement"],
    "errata": ["printed", "what"],
    "paragraphs": ["text"],
}
# Columns people filter or facet on, beyond foreign keys.
INDEXED: dict[str, list[str]] = {
    "service_items": ["catalogue", "item_type", "implementer"],
    "appointments": ["person", "action"],
    "tasks": ["campaign", "deadline", "table_kind"],
    "elderly_facility_plan": ["town", "facility_kind", "year"],
    "departments": ["kind", "name"],
    "documents": ["doc_number", "section"],
    "compensation_rates": ["category", "property_use", "basis"],
}
VIEWS = {
    "department_names": """
        select department_id, name from departments
        union select department_id, full_name from departments
        union select department_id, alias from department_aliases
        union select department_id, department_id from departments
        union select department_id, short_name from department_short_names""",
    "service_items_with_departments": """
        select s.item_id, s.catalogue, s.batch, s.seq, s.name, s.item_type, s.implementer,
               group_concat(d.full_name, '、') as departments, s.to_town, s.to_village,
               s.doc_number, doc.sign_date, s.source_line
        from service_items s
        join service_item_departments l on l.item_id = s.item_id
        join departments d on d.department_id = l.department_id
        join documents doc on doc.document_id = s.document_id
        group by s.item_id order by s.catalogue, s.seq""",
    "appointments_with_documents": """
        select a.appointment_id, a.person, a.action, a.post, d.name as department, a.position,
               a.note, a.doc_number, a.sign_date, doc.title as document_title,
               m.title as meeting, a.meeting_date, a.source_line
        from appointments a
        join documents doc on doc.document_id = a.document_id
        left join departments d on d.department_id = a.department_id
        left join meetings m on m.meeting_id = a.meeting_id
        order by a.sign_date, a.appointment_id""",
    "tasks_with_departments": """
        select t.task_id, t.plan, t.number, t.campaign, t.work_item, t.content, t.deadline_text,
               t.deadline, group_concat(distinct d.name) as units, t.doc_number, t.source_line
        from tasks t
        left join task_departments l on l.task_id = t.task_id
        left join departments d on d.department_id = l.department_id
        group by t.task_id order by t.document_id, t.number""",
}


def _typed(value: str, field: dict[str, Any]) -> Any:
    if value == "":
        return None
    if field["type"] == "boolean":
        return 1 if value == "true" else 0
    return SQL_TYPES.get(field["type"], str)(value)


def _read_rows(path: Path, fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The CSV's rows with schema types; a wrong header or value names its line and column."""
    names = [field["name"] for field in fields]
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != names:
            raise PipelineError(
                str(path), f"header is {reader.fieldnames}", line=1, expected=f"{names}"
            )
        rows = []
        for row in reader:
            typed = {}
            for field in fields:
                try:
                    typed[field["name"]] = _typed(row[field["name"]], field)
                except ValueError:
                    raise PipelineError(
                        str(path),
                        f"{row[field['name']]!r} is not a valid {field['type']}",
                        line=reader.line_num,
                        column=field["name"],
                        expected=f"a {field['type']} (validate the package first)",
                    ) from None
            rows.append(typed)
    return rows


def _resource_order(resources: list[dict[str, Any]], schemas: dict[str, dict]) -> list[str]:
    """Referenced tables before the tables whose foreign keys point at them."""
    graph = {
        name: {
            fk["reference"]["resource"]
            for fk in schema.get("foreignKeys", [])
            if fk["reference"]["resource"] not in ("", name)
        }
        for name, schema in schemas.items()
    }
    return list(TopologicalSorter(graph).static_order())


def _load_table(
    db: sqlite_utils.Database, resource: dict[str, Any], schema: dict[str, Any], package_dir: Path
) -> int:
    name = resource["name"]
    fields = schema["fields"]
    columns = {field["name"]: SQL_TYPES.get(field["type"], str) for field in fields}
    foreign_keys = [
        (fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
        for fk in schema.get("foreignKeys", [])
    ]
    not_null = {field["name"] for field in fields if field.get("constraints", {}).get("required")}
    db[name].create(
        columns,
        pk=tuple(schema["primaryKey"])
        if len(schema["primaryKey"]) > 1
        else schema["primaryKey"][0],
        foreign_keys=foreign_keys,
        not_null=not_null,
    )
    rows = _read_rows(package_dir / resource["path"], fields)
    db[name].insert_all(rows, batch_size=1000)
    for column, _, _ in foreign_keys:
        db[name].create_index([column], if_not_exists=True)
    for column in INDEXED.get(name, []):
        db[name].create_index([column], if_not_exists=True)
    return len(rows)


def _add_search_index(db: sqlite_utils.Database, table: str, columns: list[str]) -> None:
    """`<table>_fts`: one row per base row (same rowid) holding the n-grams of its columns."""
    fts = f"{table}_fts"
    db.execute(f"create virtual table [{fts}] using fts5(ngrams, tokenize='unicode61')")
    rows = db.execute(f"select rowid, {', '.join(f'[{c}]' for c in columns)} from [{table}]")
    db.conn.executemany(
        f"insert into [{fts}] (rowid, ngrams) values (?, ?)",
        (
            (row[0], ngrams(" ".join(str(v) for v in row[1:] if v is not None)))
            for row in rows.fetchall()
        ),
    )


def add_short_names(db: sqlite_utils.Database) -> int:
    """`department_short_names`: 公安局 for 区公安局, 棠香 for 棠香街道 (see search_words).

    Only forms that name exactly one organisation and are no other organisation's name are kept;
    the `department_names` view includes them, so every canned query resolving a name accepts them.
    """
    names = db.execute(
        "select department_id, name from departments union select department_id, full_name "
        "from departments union select department_id, alias from department_aliases"
    ).fetchall()
    taken = {name for _, name in names}
    owners: dict[str, set[str]] = {}
    for department_id, name in names:
        for form in short_forms(name):
            owners.setdefault(form, set()).add(department_id)
    rows = [
        {"short_name": form, "department_id": next(iter(ids))}
        for form, ids in sorted(owners.items())
        if len(ids) == 1 and form not in taken
    ]
    db["department_short_names"].create(
        {"short_name": str, "department_id": str},
        pk="short_name",
        foreign_keys=[("department_id", "departments", "department_id")],
        not_null={"department_id"},
    )
    db["department_short_names"].insert_all(rows)
    db["department_short_names"].create_index(["department_id"])
    return len(rows)


def _check(db: sqlite_utils.Database, path: Path) -> None:
    integrity = db.execute("pragma integrity_check").fetchall()
    if integrity != [("ok",)]:
        raise PipelineError(str(path), f"integrity_check says {integrity[:5]}", expected="ok")
    dangling = db.execute("pragma foreign_key_check").fetchall()
    if dangling:
        table, rowid, parent, fk_id = dangling[0]
        fk = db.execute(f"pragma foreign_key_list([{table}])").fetchall()[fk_id]
        column, parent_column = fk[3], fk[4]
        value = db.execute(f"select [{column}] from [{table}] where rowid = ?", [rowid]).fetchone()
        raise PipelineError(
            f"datapackage/data/{table}.csv",
            f"data row {rowid}: {value[0]!r} is not a {parent}.{parent_column} "
            f"({len(dangling)} dangling reference(s) in all)",
            column=column,
            expected=f"an existing {parent}.{parent_column}",
        )


def build(
    package_dir: Path = PACKAGE_DIR, target: Path = DATABASE_PATH, progress: bool = True
) -> Path:
    """Build the database from the package; the old file is replaced only when all is well."""
    descriptor = load_descriptor(package_dir / "datapackage.json")
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    schemas = {name: load_schema(resource, package_dir) for name, resource in resources.items()}
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".db", dir=target.parent)
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        # Foreign keys are checked once everything is loaded, so a failure can name the value.
        db = sqlite_utils.Database(temporary_path)
        for name in _resource_order(list(resources.values()), schemas):
            started = time.perf_counter()
            count = _load_table(db, resources[name], schemas[name], package_dir)
            if progress:
                print(
                    f"  {name:<28} {count:>7} rows  {time.perf_counter() - started:6.2f} s",
                    flush=True,
                )
        for table, columns in SEARCHABLE.items():
            _add_search_index(db, table, columns)
        if progress:
            print(f"  search indexes for {len(SEARCHABLE)} tables", flush=True)
        short_names = add_short_names(db)
        if progress:
            print(f"  department_short_names       {short_names:>7} rows", flush=True)
        for view, sql in VIEWS.items():
            db.create_view(view, sql)
        db.conn.commit()
        _check(db, temporary_path)
        db.execute("vacuum")
        db.close()
        os.replace(temporary_path, target)
        return target
    finally:
        temporary_path.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    try:
        path = build()
    except (*INPUT_ERRORS, sqlite3.Error) as error:  # sqlite_utils may use pysqlite3
        print(f"build: {describe(error)} — {DATABASE_PATH} was left unchanged", file=sys.stderr)
        return 2
    size = path.stat().st_size / 1024
    print(
        f"built {path.relative_to(ROOT)} ({size:.0f} KiB) in {time.perf_counter() - started:.1f} s"
    )
    from .portal.metadata import write_portal_metadata  # it imports this module's tables

    metadata = write_portal_metadata(BUILD_DIR / "metadata.json")
    print(f"wrote {metadata.relative_to(ROOT)} (metadata.yml + schema descriptions)")
    return 0
