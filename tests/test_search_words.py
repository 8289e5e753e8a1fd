"""Curated search words: fillers leave the thing asked for; short forms drop affixes only."""

from __future__ import annotations

import pytest

from scripts.errors import PipelineError
from scripts.search_index import forgiving_query
from scripts.search_words import load_search_words, short_forms, strip_fillers


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("办护照", "护照"),
        ("怎么办理护照", "护照"),
        ("护照在哪里办", "护照"),
        ("办", "办"),
        ("不动产登记", "不动产登记"),
        ("办护照找哪个部门", "护照"),
    ],
)
def test_fillers_are_stripped_from_the_edges(query, expected):
    assert strip_fillers(query) == expected


def test_known_words_are_kept_as_typed():
    known = {"办", "公", "室", "办公", "公室", "办公室"}
    assert forgiving_query("办公室", known) == "办公室"
    assert forgiving_query("办护照", known | {"护照", "护", "照"}) == "护照"


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("区公安局", {"公安局"}),
        ("重庆市大足区公安局", {"公安局"}),
        ("棠香街道", {"棠香"}),
        ("龙水镇", {"龙水"}),
        ("经开区应急局", set()),
    ],
)
def test_short_forms_drop_district_prefixes_and_town_suffixes(name, forms):
    assert short_forms(name) == forms


def test_a_bad_role_names_its_line(tmp_path):
    path = tmp_path / "search_words.csv"
    path.write_text("word,role,why\n办,filler,verb\n区,prefix,typo\n", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"search_words.csv:3 \[role\]"):
        load_search_words(path)
