"""The portal database build: keys, indexes and views from the schemas; failures keep the old db."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from scripts.build_db import INDEXED, VIEWS, build
from scripts.errors import PipelineError
from scripts.package import PACKAGE_DIR, ROOT, load_descriptor, load_schema

OLD_DATABASE = b"the previous database"


@pytest.fixture
def package(tmp_path) -> Path:
    """A copy of the package (and its schemas) that a test may break."""
    shutil.copytree(PACKAGE_DIR, tmp_path / "datapackage")
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    return tmp_path / "datapackage"


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_foreign_keys_and_indexes_follow_the_schemas(portal_files):
    database, _, _ = portal_files
    with sqlite3.connect(database) as connection:
        for resource in load_descriptor()["resources"]:
            schema = load_schema(resource)
            name = resource["name"]
            declared = {
                (fk["fields"][0], fk["reference"]["resource"])
                for fk in schema.get("foreignKeys", [])
            }
            actual = {
                (row[3], row[2]) for row in connection.execute(f"pragma foreign_key_list([{name}])")
            }
            assert actual == declared, name
            indexed = {
                row[2]
                for index in connection.execute(f"pragma index_list([{name}])")
                for row in connection.execute(f"pragma index_info([{index[1]}])")
            }
            wanted = {column for column, _ in declared} | set(INDEXED.get(name, []))
            assert wanted <= indexed | set(schema["primaryKey"]), name
        for view in VIEWS:
            assert connection.execute(f"select count(*) from [{view}]").fetchone()[0] > 0, view


def test_a_dangling_foreign_key_names_the_value_and_keeps_the_old_database(package, tmp_path):
    replace_in(package / "data" / "service_item_departments.csv", ",public-security,", ",nowhere,")
    target = tmp_path / "portal.db"
    target.write_bytes(OLD_DATABASE)
    with pytest.raises(PipelineError) as error:
        build(package, target, progress=False)
    message = str(error.value)
    assert "service_item_departments" in message and "'nowhere'" in message
    assert "departments.department_id" in message
    assert target.read_bytes() == OLD_DATABASE
    assert [path.name for path in tmp_path.glob("*.db")] == ["portal.db"]


def test_a_malformed_number_names_its_line_and_column(package, tmp_path):
    replace_in(package / "data" / "service_items.csv", ",359,", ",三五九,")
    target = tmp_path / "portal.db"
    with pytest.raises(PipelineError) as error:
        build(package, target, progress=False)
    assert "[seq]" in str(error.value) and "'三五九'" in str(error.value)
    assert not target.exists()
