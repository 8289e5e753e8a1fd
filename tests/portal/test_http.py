"""The portal over HTTP: pages, JSON/CSV downloads, counts, canned queries, Chinese search."""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.parse
import urllib.request

import pytest
import yaml

from scripts.build_db import SEARCHABLE
from scripts.package import PACKAGE_DIR, load_descriptor
from scripts.portal.metadata import METADATA_YML

DB = "dazu-gazette"
RESOURCES = [resource["name"] for resource in load_descriptor()["resources"]]
QUERIES = yaml.safe_load(METADATA_YML.read_text(encoding="utf-8"))["databases"][DB]["queries"]
PARAMETERISED = sorted(name for name, q in QUERIES.items() if re.search(r":\w+", q["sql"]))
# Queries that aggregate over many rows and so cannot name one source line.
AGGREGATES = {"service_counts_by_department", "elderly_plan_totals", "names_of_kind"}


def get(url: str) -> tuple[int, dict, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def get_json(url: str):
    return json.loads(get(url)[2])


def query(portal: str, name: str, **params: str) -> list[dict]:
    encoded = urllib.parse.urlencode({**params, "_shape": "array"})
    return get_json(f"{portal}/{DB}/{name}.json?{encoded}")


def package_count(resource: str) -> int:
    with (PACKAGE_DIR / "data" / f"{resource}.csv").open(encoding="utf-8") as handle:
        return sum(1 for _ in csv.DictReader(handle))


@pytest.mark.parametrize("resource", RESOURCES)
def test_every_table_page_and_download_responds_with_the_package_count(portal, resource):
    status, _, html = get(f"{portal}/{DB}/{resource}")
    assert status == 200 and b"<table" in html
    data = get_json(f"{portal}/{DB}/{resource}.json?_size=1")
    assert data["filtered_table_rows_count"] == package_count(resource)
    status, _, body = get(f"{portal}/{DB}/{resource}.csv?_stream=on&_size=max")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert len(rows) == package_count(resource)


def test_csv_and_json_carry_chinese_as_utf8(portal):
    _, _, body = get(f"{portal}/{DB}/service_items.csv?_stream=on&_size=max")
    assert "普通护照签发" in body.decode("utf-8")
    rows = get_json(
        f"{portal}/{DB}/service_items.json?_shape=array&seq=359"
        "&catalogue=%E6%9C%80%E5%A4%9A%E8%B7%91%E4%B8%80%E6%AC%A1"
    )
    assert rows[0]["name"] == "普通护照签发"


def test_excel_download_is_offered(portal):
    status, headers, body = get(f"{portal}/{DB}/service_items.xlsx")
    assert status == 200
    assert headers["content-type"].startswith("application/vnd.openxmlformats")
    assert body[:2] == b"PK"


@pytest.mark.parametrize(
    ("table", "word", "expected"),
    [
        ("service_items", "护照", "普通护照签发"),
        ("service_items", "签注", "内地居民往来港澳通行证和签注签发"),
        ("service_items", "公安", None),
        ("service_items", "不动产", "不动产登记"),
        ("service_items", "公安局", None),
        ("service_items", "普通护照", "普通护照签发"),
        ("service_items", "不动产登记", "不动产登记资料查询"),
        ("service_items", "不动产登记资料查询", "不动产登记资料查询"),
        ("service_items", "内地居民往来港澳通行证和签注签发", "内地居民往来港澳通行证和签注签发"),
        ("appointments", "应急管理局", None),
        ("tasks", "消防", None),
        ("documents", "大足府办发〔2021〕37号", None),
    ],
)
def test_table_search_finds_2_3_and_4_character_words(portal, table, word, expected):
    rows = get_json(
        f"{portal}/{DB}/{table}.json?_shape=array&_size=max&_search=" + urllib.parse.quote(word)
    )
    assert rows, word
    label = {"service_items": "name", "appointments": "post", "tasks": "content"}.get(table)
    assert all(word in " ".join(str(value) for value in row.values()) for row in rows)
    if expected:
        assert expected in [row[label] for row in rows]


@pytest.mark.parametrize("table", sorted(SEARCHABLE))
def test_search_really_filters_every_searchable_table(portal, table):
    rows = get_json(
        f"{portal}/{DB}/{table}.json?_shape=array&_search=" + urllib.parse.quote("火星探测器")
    )
    assert rows == []


def test_search_across_all_tables(portal):
    _, _, html = get(f"{portal}/-/search?q=" + urllib.parse.quote("公安局"))
    text = html.decode("utf-8")
    assert 'data-table="service_items"' in text
    assert 'data-table="insurance_duties"' in text
    _, _, html = get(f"{portal}/-/search?q=" + urllib.parse.quote("火星探测器"))
    assert "没有找到" in html.decode("utf-8")


def test_search_across_all_tables_links_to_rows_and_filtered_tables(portal):
    _, _, html = get(f"{portal}/-/search?q=" + urllib.parse.quote("普通护照"))
    result = html.decode("utf-8").split('data-table="service_items"', 1)[1].split("</div>", 1)[0]
    table_url, row_url = re.findall(r'href="([^"]+)"', result)[:2]
    rows = get_json(
        portal + table_url.replace("service_items?", "service_items.json?_shape=array&")
    )
    assert [row["name"] for row in rows] == ["普通护照签发"]
    _, _, row_page = get(portal + row_url)
    assert "普通护照签发" in row_page.decode("utf-8")


def test_front_door_cards_name_their_documents_and_the_data_version(portal):
    _, _, html = get(portal + "/")
    text = html.decode("utf-8")
    card = text.split('data-table="appointments"', 1)[1].split('class="card"', 1)[0]
    assert "大足府人〔2021〕1号" in card and "等 4 件" in card, card
    assert "更新 updated 2021-04-01" in card
    assert f"数据版本 Data version {load_descriptor()['version']}" in text
    _, _, query_page = get(
        f"{portal}/{DB}/service_by_keyword?keyword=" + urllib.parse.quote("护照")
    )
    assert "数据版本 Data version" in query_page.decode("utf-8")


def test_canned_queries_answer_chinese_parameters(portal):
    passports = query(portal, "service_by_keyword", keyword="护照")
    assert [row["name"] for row in passports] == ["普通护照签发"]
    assert passports[0]["departments"] == "重庆市大足区公安局"
    assert passports[0]["doc_number"] == "大足府办发〔2021〕37号"
    by_alias = query(portal, "services_of_department", department="区城管局")
    assert len(by_alias) == package_items_of("urban-management")
    person = query(portal, "appointments_of_person", person="胡建伟")
    assert {(row["action"], row["post"]) for row in person} == {
        ("任命", "重庆市大足区司法局副局长"),
        ("免去", "重庆市大足区应急管理局副局长"),
    }
    rates = query(portal, "compensation_rates_of_project", project="龙岗")
    assert any(row["category"] == "货币补偿补助费" and row["amount"] == 21000 for row in rates)
    town = query(portal, "elderly_facilities_of_town", town="龙水镇")
    assert {(row["facility_kind"], row["planned_count"]) for row in town} >= {
        ("村级互助养老点建设", 12)
    }
    due = query(portal, "tasks_due_by", date="2021-04-30")
    assert due and all(row["deadline"] <= "2021-04-30" for row in due)


def package_items_of(department_id: str) -> int:
    with (PACKAGE_DIR / "data" / "service_item_departments.csv").open(encoding="utf-8") as h:
        return sum(1 for row in csv.DictReader(h) if row["department_id"] == department_id)


@pytest.mark.parametrize("name", PARAMETERISED)
def test_a_missing_parameter_returns_nothing_not_everything(portal, name):
    assert query(portal, name) == []
    blank = dict.fromkeys(re.findall(r":(\w+)", QUERIES[name]["sql"]), "  ")
    assert query(portal, name, **blank) == []


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_canned_query_cites_its_source(portal, name):
    columns = get_json(f"{portal}/{DB}/{name}.json")["columns"]
    assert {"doc_number", "document_title"} & set(columns) or name == "names_of_kind", columns
    assert "source_line" in columns or name in AGGREGATES, columns


def test_towns_see_tasks_given_to_every_town(portal):
    tasks = query(portal, "tasks_of_unit", unit="龙水镇")
    assert tasks and all(row["unit"] == "各镇街" for row in tasks)


def test_portal_is_read_only_and_time_limited(portal):
    settings = get_json(f"{portal}/-/settings.json")
    assert settings["sql_time_limit_ms"] == 1000
    sql = urllib.parse.quote("delete from service_items")
    with pytest.raises(urllib.error.HTTPError):
        get(f"{portal}/{DB}.json?sql={sql}")
    assert get_json(f"{portal}/{DB}/service_items.json?_size=1")["filtered_table_rows_count"] == 423


def test_robots_policy_is_served(portal):
    _, _, body = get(f"{portal}/robots.txt")
    assert b"User-agent" in body
