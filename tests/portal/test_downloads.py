"""Downloads are complete and Chinese: CSV gives every row, every Excel file has Chinese headers."""

from __future__ import annotations

import csv
import io
import re

import pytest
from openpyxl import load_workbook

from scripts.package import PACKAGE_DIR, load_descriptor, load_schema

from .client import DB, get, html, quote

RESOURCES = {resource["name"]: resource for resource in load_descriptor()["resources"]}


def package_rows(resource: str) -> int:
    with (PACKAGE_DIR / RESOURCES[resource]["path"]).open(encoding="utf-8") as handle:
        return sum(1 for _ in csv.DictReader(handle))


def titles(resource: str) -> list[str]:
    return [field["title"] for field in load_schema(RESOURCES[resource])["fields"]]


@pytest.mark.parametrize("resource", ["tasks", "service_items", "paragraphs"])
def test_plain_csv_url_gives_every_row(portal, resource):
    status, _, body = get(f"{portal}/{DB}/{resource}.csv")
    assert status == 200
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert len(rows) == package_rows(resource)


def test_csv_link_on_the_table_page_says_all_rows_and_gives_them(portal):
    page = html(f"{portal}/{DB}/tasks")
    link = re.search(r'<a class="download-csv" href="([^"]+)">([^<]+)</a>', page)
    assert f"全部 {package_rows('tasks')} 行" in link.group(2)
    _, _, body = get(portal + link.group(1).replace("&amp;", "&"))
    assert len(list(csv.DictReader(io.StringIO(body.decode("utf-8"))))) == package_rows("tasks")


def test_csv_of_a_canned_query_still_answers(portal):
    _, _, body = get(f"{portal}/{DB}/service_by_keyword.csv?keyword=" + quote("护照"))
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert [row["name"] for row in rows] == ["普通护照签发"]


def test_table_downloads_keep_the_columns_the_page_folds(portal):
    _, _, body = get(f"{portal}/{DB}/tasks.csv")
    header = next(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert {"task_id", "document_id", "source_id", "source_line", "plan"} <= set(header)


def workbook(portal: str, path: str):
    status, headers, body = get(portal + path)
    assert status == 200 and "spreadsheetml" in headers["content-type"]
    return load_workbook(io.BytesIO(body))


@pytest.mark.parametrize("resource", ["tasks", "service_items", "errata"])
def test_table_excel_has_the_release_workbooks_chinese_headers(portal, resource):
    book = workbook(portal, f"/{DB}/{resource}.xlsx")
    sheet = book.worksheets[0]
    assert [cell.value for cell in sheet[1]] == titles(resource)
    assert sheet.max_row == package_rows(resource) + 1
    for table in sheet.tables.values():
        assert [column.name for column in table.tableColumns] == titles(resource)


def test_canned_query_excel_has_chinese_headers_and_a_chinese_about_sheet(portal):
    book = workbook(portal, f"/{DB}/services_of_department.xlsx?department=" + quote("区公安局"))
    headers = [cell.value for cell in book.worksheets[0][1]]
    assert headers[:3] == ["机构简称", "全称", "事项名称"]
    assert not [header for header in headers if re.fullmatch(r"[a-z_]+", header)]
    assert "说明 About" in book.sheetnames
    about = [row[0].value for row in book["说明 About"].iter_rows()]
    assert "行数 Rows" in about
