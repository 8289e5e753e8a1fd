"""Portal metadata: every table, view, column and canned query is described; names are ASCII."""

from __future__ import annotations

import re
import sqlite3

import pytest
import yaml

from scripts.portal.metadata import METADATA_YML, portal_metadata

ASCII_SLUG = re.compile(r"^[a-z][a-z0-9_]*$")


@pytest.fixture(scope="module")
def metadata():
    return portal_metadata()


@pytest.fixture(scope="module")
def database_objects(portal_files):
    database, _, _ = portal_files
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "select name, type from sqlite_master where type in ('table', 'view') "
            "and name not like 'sqlite_%' and name not like '%_fts%'"
        ).fetchall()
        columns = {
            name: [row[1] for row in connection.execute(f"pragma table_info([{name}])")]
            for name, _ in rows
        }
    return columns


def test_every_table_and_view_is_described_in_both_languages(metadata, database_objects):
    tables = metadata["databases"]["dazu-gazette"]["tables"]
    for name in database_objects:
        meta = tables.get(name, {})
        assert meta.get("title") and " / " in meta["title"], name
        assert re.search(r"[\u4e00-\u9fff]", meta.get("description", "")), name
        assert re.search(r"[A-Za-z]{4,}", meta.get("description", "")), name


def test_every_column_is_described(metadata, database_objects):
    tables = metadata["databases"]["dazu-gazette"]["tables"]
    for name, columns in database_objects.items():
        described = tables[name].get("columns", {})
        for column in columns:
            assert described.get(column), f"{name}.{column} has no description"


def test_every_canned_query_is_described_and_named_as_a_slug(metadata, database_objects):
    queries = metadata["databases"]["dazu-gazette"]["queries"]
    assert len(queries) >= 12
    for name, query in queries.items():
        assert ASCII_SLUG.match(name), name
        assert name not in database_objects, f"query {name} would hide the table of that name"
        assert query.get("title") and query.get("description"), name
        assert re.search(r"[\u4e00-\u9fff]", query["description"]), name


def test_table_and_view_names_are_ascii(database_objects):
    assert all(ASCII_SLUG.match(name) for name in database_objects)


def test_searchable_tables_declare_their_fts_table(metadata):
    tables = metadata["databases"]["dazu-gazette"]["tables"]
    assert tables["service_items"]["fts_table"] == "service_items_fts"
    assert tables["service_items_fts"]["hidden"] is True


def test_units_reach_column_descriptions(metadata):
    columns = metadata["databases"]["dazu-gazette"]["tables"]["compensation_projects"]["columns"]
    assert "m²" in columns["floor_area_m2"]


def test_metadata_yml_leaves_column_descriptions_to_the_schemas():
    written = yaml.safe_load(METADATA_YML.read_text(encoding="utf-8"))
    tables = written["databases"]["dazu-gazette"]["tables"]
    assert not [name for name, table in tables.items() if "columns" in table]


def test_canned_query_parameters_are_ascii_names(metadata):
    for name, query in metadata["databases"]["dazu-gazette"]["queries"].items():
        parameters = re.findall(r"(?<!:):(\w+)", query["sql"])
        assert all(ASCII_SLUG.match(parameter) for parameter in parameters), name
