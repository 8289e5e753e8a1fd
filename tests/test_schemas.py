"""The package descriptor and every Table Schema are complete, bilingual and well named."""

from __future__ import annotations

import re

import pytest

from scripts.package import load_descriptor, load_schema

CHINESE = re.compile(r"[\u4e00-\u9fff]")
ENGLISH = re.compile(r"[A-Za-z]{3,}")
SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
DESCRIPTOR = load_descriptor()
RESOURCES = DESCRIPTOR["resources"]


def bilingual(item: dict, where: str) -> None:
    assert CHINESE.search(item.get("title", "")), f"{where}: Chinese title"
    assert CHINESE.search(item.get("description", "")), f"{where}: Chinese description"
    assert ENGLISH.search(item.get("titleEn", "")), f"{where}: English title"
    assert ENGLISH.search(item.get("descriptionEn", "")), f"{where}: English description"


@pytest.mark.parametrize("resource", RESOURCES, ids=lambda resource: resource["name"])
def test_resource_is_bilingual_utf8_and_slug_named(resource):
    assert SLUG.match(resource["name"])
    assert resource["encoding"] == "utf-8"
    assert resource["path"] == f"data/{resource['name']}.csv"
    bilingual(resource, resource["name"])


@pytest.mark.parametrize("resource", RESOURCES, ids=lambda resource: resource["name"])
def test_every_field_is_bilingual_typed_and_traced(resource):
    schema = load_schema(resource)
    names = [field["name"] for field in schema["fields"]]
    assert names[-1] == "source_line" and "source_id" in names
    assert schema["primaryKey"]
    for field in schema["fields"]:
        assert SLUG.match(field["name"]), field["name"]
        assert field["type"] in {"string", "integer", "number", "boolean", "date"}
        bilingual(field, f"{resource['name']}.{field['name']}")


def test_amounts_declare_units():
    for resource in RESOURCES:
        for field in load_schema(resource)["fields"]:
            if field["type"] == "number" or field["name"].endswith(("_m2", "_payout")):
                assert field.get("unit") or field["name"] == "amount", field["name"]


def test_foreign_keys_point_at_declared_resources():
    names = {resource["name"] for resource in RESOURCES}
    for resource in RESOURCES:
        for foreign_key in load_schema(resource).get("foreignKeys", []):
            assert foreign_key["reference"]["resource"] in names


def test_package_metadata_for_open_data_portals():
    assert re.fullmatch(r"\d+\.\d+\.\d+", DESCRIPTOR["version"])
    assert DESCRIPTOR["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert DESCRIPTOR["licenses"][0]["name"] == "CC-BY-4.0"
    assert "著作权法" in DESCRIPTOR["licenseReasoning"]["zh"]
    assert DESCRIPTOR["sources"][0]["publisher"] == "重庆市大足区人民政府办公室"
    assert {"publisher", "curator"} <= {
        role for c in DESCRIPTOR["contributors"] for role in c["roles"]
    }
    for key in ("provider", "openness", "updateFrequency", "releaseDate"):
        assert DESCRIPTOR[f"opendata:{key}"]
    bilingual(DESCRIPTOR, "package")
