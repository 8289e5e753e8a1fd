"""Every value a curated label file assigns is one its resource's schema allows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from scripts.departments import DepartmentIndex
from scripts.errors import PipelineError
from scripts.package import SCHEMAS_DIR
from scripts.sources import SOURCES_DIR, read_csv


def _enum(resource: str, field: str) -> set[str]:
    schema = json.loads((SCHEMAS_DIR / f"{resource}.schema.json").read_text(encoding="utf-8"))
    [found] = [item for item in schema["fields"] if item["name"] == field]
    return set(found["constraints"]["enum"])


@pytest.mark.parametrize(("vocab", "fields", "role", "column", "resource", "field"), [
    ("meeting_topic_words.csv", ["word", "role", "kind", "note"], "verb", "kind",
     "meeting_topics", "kind"),
    ("appointment_labels.csv", ["label", "role", "action", "note"], "heading", "action",
     "appointments", "action"),
    ("appointment_labels.csv", ["label", "role", "action", "note"], "lapse", "action",
     "appointments", "action"),
    ("leading_group_labels.csv", ["label", "role", "value", "note"], "member_role", "value",
     "leading_group_members", "role"),
    ("organisation_names.csv", ["text", "role", "value", "note"], "ending", "value",
     "departments", "kind"),
])
def test_curated_values_are_allowed_by_the_schema(vocab, fields, role, column, resource, field):
    rows = [row for row in read_csv(SOURCES_DIR / "vocab" / vocab, fields) if row["role"] == role]
    assert rows
    assert {row[column] for row in rows} <= _enum(resource, field)


def test_a_bad_row_in_the_organisation_vocabulary_names_file_row_and_column(tmp_path: Path):
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, sources)
    vocab = sources / "vocab" / "organisation_names.csv"
    vocab.write_text(vocab.read_text(encoding="utf-8") + "署,ending,衙门,a kind nobody knows\n",
                     encoding="utf-8")
    rows = len(vocab.read_text(encoding="utf-8").splitlines())
    with pytest.raises(PipelineError, match=rf"organisation_names.csv:{rows} \[value\]"):
        DepartmentIndex.load(sources / "departments.csv")
