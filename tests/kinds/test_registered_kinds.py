"""Every registered kind is allowed by the schema, documented, and declares files that exist."""

import json
from pathlib import Path

from scripts.recognise import RECOGNISERS, registered_kinds

ROOT = Path(__file__).resolve().parents[2]


def test_the_documents_schema_allows_exactly_the_registered_kinds():
    schema = json.loads((ROOT / "schemas" / "documents.schema.json").read_text(encoding="utf-8"))
    kind = next(field for field in schema["fields"] if field["name"] == "kind")
    assert sorted(kind["constraints"]["enum"]) == sorted(registered_kinds())


def test_architecture_lists_every_registered_kind():
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert [kind for kind in registered_kinds() if f"`{kind}`" not in text] == []


def test_each_recogniser_declares_curated_files_that_exist():
    registered_kinds()
    for registration in RECOGNISERS:
        for name in registration.data:
            assert (ROOT / "sources" / name).exists(), (registration.kind, name)


def test_every_vocabulary_file_has_a_readme_section():
    vocab = ROOT / "sources" / "vocab"
    readme = (vocab / "README.md").read_text(encoding="utf-8")
    assert [path.name for path in vocab.glob("*.csv") if f"## {path.name}" not in readme] == []
