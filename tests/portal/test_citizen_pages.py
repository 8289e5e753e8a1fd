"""Pages people see are Chinese; field descriptions are folded; the schema is for developers."""

from __future__ import annotations

import re

import pytest

from scripts.package import load_descriptor, load_schema

from .client import DB, get, html, quote

# Datasette's English interface, as a visitor met it on every page but the front door.
ENGLISH_CHROME = [
    ">home</a>",
    "<h3>Custom SQL query",
    "<h3>Advanced export",
    "This data as",
    "<h3>Query parameters</h3>",
    'value="Run SQL"',
    ">Next page</a>",
    "rows where",
    "Data license:",
    "Powered by",
]
RESOURCES = [resource["name"] for resource in load_descriptor()["resources"]]


def english_left(page: str) -> list[str]:
    return [phrase for phrase in ENGLISH_CHROME if phrase in page]


@pytest.mark.parametrize(
    "path",
    [
        "/dazu-gazette",
        "/dazu-gazette/tasks",
        "/dazu-gazette/service_items/dazu-gongbao-2021-01-d14-359",
        "/dazu-gazette/service_by_keyword?keyword=" + quote("护照"),
        "/-/search?q=" + quote("护照"),
    ],
)
def test_pages_people_see_speak_chinese(portal, path):
    page = html(portal + path)
    assert not english_left(page), path
    assert 'lang="zh-CN"' in page
    assert "首页" in page


@pytest.mark.parametrize("resource", RESOURCES)
def test_table_pages_fold_field_descriptions_and_dump_no_schema(portal, resource):
    page = html(f"{portal}/{DB}/{resource}")
    assert "CREATE TABLE" not in page
    folded = re.search(r'<details class="fields">(.*?)</details>', page, re.S)
    assert folded and "字段说明" in folded.group(1)
    outside = page.replace(folded.group(0), "")
    assert '<dl class="column-descriptions">' not in outside


def test_column_headers_are_the_schemas_chinese_titles(portal):
    fields = load_schema({"schema": "schemas/service_items.schema.json"})["fields"]
    titles = {field["name"]: field["title"] for field in fields}
    page = html(f"{portal}/{DB}/service_items")
    headers = re.findall(r'<th [^>]*data-column="(\w+)"[^>]*>\s*(?:<a [^>]*>)?([^<&]+)', page)
    assert len(headers) >= 8, headers
    for column, label in headers:
        if label.strip() == "详情":  # the folded primary key's link column
            continue
        assert label.strip() == titles[column], column


def test_the_schema_lives_on_the_developer_page(portal):
    page = html(f"{portal}/-/developers")
    for resource in RESOURCES:
        assert f'id="{resource}"' in page
    assert page.count("CREATE TABLE") >= len(RESOURCES)
    assert "CREATE VIEW" in page


def test_canned_query_is_a_form_with_chinese_labels_and_the_sql_folded(portal):
    page = html(f"{portal}/{DB}/services_of_department")
    form = re.search(r'<form class="canned sql".*?</form>', page, re.S).group(0)
    assert re.search(r"<label[^>]*>机构名称", form)
    assert "select" not in form
    sql = re.search(r'<details class="sql-toggle">(.*?)</details>', page, re.S).group(1)
    assert "select" in sql and page.index("<form") < page.index('<details class="sql-toggle">')


def test_canned_query_answers_have_chinese_headers(portal):
    page = html(f"{portal}/{DB}/services_of_department?department=" + quote("区公安局"))
    headers = re.findall(r'<th class="col-\w+" scope="col" title="(\w+)">([^<]+)</th>', page)
    assert dict(headers)["name"] == "事项名称"
    assert dict(headers)["department"] == "机构简称"
    assert not [label for column, label in headers if label == column]


def test_not_found_is_explained_in_chinese(portal):
    status, _, body = get(f"{portal}/{DB}/no_such_table")
    page = body.decode("utf-8")
    assert status == 404
    assert "找不到这个页面" in page and "返回首页" in page
    assert "<h1>Error 404" not in page
