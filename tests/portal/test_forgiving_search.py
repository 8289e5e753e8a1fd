"""Search forgives verbs and particles; canned queries accept short organisation and town names."""

from __future__ import annotations

import re

import pytest

from .client import DB, get_json, html, query_rows, quote

QUESTIONS = ["办护照", "怎么办理护照", "护照在哪里办", "我想办护照"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_table_search_forgives_verbs_and_particles(portal, question):
    rows = get_json(f"{portal}/{DB}/service_items.json?_shape=array&_search=" + quote(question))
    assert [row["name"] for row in rows] == ["普通护照签发"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_search_across_tables_forgives_verbs_and_particles(portal, question):
    page = html(f"{portal}/-/search?q=" + quote(question))
    assert 'data-table="service_items"' in page and "普通护照签发" in page


def count(portal: str, table: str, query: str) -> int:
    data = get_json(f"{portal}/{DB}/{table}.json?_size=1&_search=" + quote(query))
    return data["filtered_table_rows_count"]


def test_words_the_index_knows_are_searched_as_typed(portal):
    # 能力 and 查处 start with fillers (能, 查) but occur in the gazette: they stay whole.
    assert 0 < count(portal, "tasks", "能力") < count(portal, "tasks", "力")
    assert 0 < count(portal, "tasks", "查处") < count(portal, "tasks", "处")
    assert count(portal, "service_items", "火星探测器") == 0


def labels_shown(page: str, table: str) -> list[str]:
    block = re.search(rf'data-table="{table}">(.*?)</div>', page, re.S).group(1)
    return re.findall(r'<li><a href="[^"]+">([^<]+)</a>', block)


@pytest.mark.parametrize(
    ("query", "table", "expected"),
    [
        ("卿勇", "errata", "关于卿勇同志职务任免的通知"),
        ("见义勇为", "insurance_duties", "见义勇为"),
    ],
)
def test_search_across_tables_shows_words_not_ids(portal, query, table, expected):
    labels = labels_shown(html(f"{portal}/-/search?q=" + quote(query)), table)
    assert labels
    assert not [label for label in labels if re.fullmatch(r"[a-z0-9-]+", label)]
    assert any(expected in label for label in labels)


@pytest.mark.parametrize(
    ("query", "parameter", "short", "full"),
    [
        ("services_of_department", "department", "公安局", "区公安局"),
        ("services_of_department", "department", "城管局", "区城管局"),
        ("elderly_facilities_of_town", "town", "棠香", "棠香街道"),
        ("elderly_facilities_of_town", "town", "龙水", "龙水镇"),
        ("tasks_of_unit", "unit", "消防救援支队", "区消防救援支队"),
    ],
)
def test_canned_queries_accept_short_names(portal, query, parameter, short, full):
    expected = query_rows(portal, query, **{parameter: full})
    assert expected
    assert query_rows(portal, query, **{parameter: short}) == expected


def test_ambiguous_short_forms_resolve_to_nothing(portal_files):
    import sqlite3

    database, _, _ = portal_files
    with sqlite3.connect(database) as connection:
        owners = connection.execute(
            "select name, count(distinct department_id) from department_names group by name "
            "having count(distinct department_id) > 1"
        ).fetchall()
    assert owners == []
