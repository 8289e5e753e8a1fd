"""Organisations: one row each, aliases resolve, every printed name is traced."""

from __future__ import annotations

import pytest

from scripts.departments import NameVocabulary


@pytest.mark.parametrize(
    ("printed", "department_id"),
    [
        ("区城管局", "urban-management"),
        ("区城市管理局", "urban-management"),
        ("重庆市大足区城市管理局", "urban-management"),
        ("区住房城乡建委", "housing-urban-rural-development"),
        ("区住房城乡建设委", "housing-urban-rural-development"),
        ("区人力社保局", "human-resources-social-security"),
        ("区人社局", "human-resources-social-security"),
        ("各镇街人民政府(办事处)", "all-towns"),
    ],
)
def test_printed_forms_resolve_to_one_organisation(departments, printed, department_id):
    assert departments.resolve(printed).department_id == department_id


def test_a_word_printed_in_full_folds_to_its_curated_short_form():
    vocabulary = NameVocabulary(prefixes=(("重庆市大足区", "区"), ("区", "区")), suffixes=(),
                                fillers=(), endings=(("委", "区级部门"),),
                                short_words=(("卫生健康", "卫健"),))
    assert vocabulary.fold("重庆市大足区卫生健康委") == vocabulary.fold("区卫健委") == "卫健委"


def test_a_cell_naming_two_organisations_links_both(departments):
    linked = departments.link("区城管局/经开区建设局", source_id="x", line=1)
    assert [d.department_id for d in linked.departments] == ["urban-management",
                                                             "edz-construction"]
    assert linked.unknown_text == []


def test_departments_resource_has_unique_names_and_first_mentions(tables, source_text):
    rows = [row for row in tables["departments"]
            if row["status"] == "curated" and row["source_id"] == source_text.source.source_id]
    assert len({row["name"] for row in rows}) == len(rows)
    for row in rows:
        line = source_text[row["source_line"]]
        names = [row["name"], row["full_name"]] + [
            alias["alias"]
            for alias in tables["department_aliases"]
            if alias["department_id"] == row["department_id"]
        ]
        assert any(name in line for name in names), row


def test_every_alias_is_printed_where_it_says(tables, source_text):
    for alias in tables["department_aliases"]:
        assert alias["alias"] in source_text[alias["source_line"]]
