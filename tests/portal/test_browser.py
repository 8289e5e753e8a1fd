"""The portal in real headless Chromium: front door, table search, foreign keys, forms, CSV."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pytest

from scripts.build_db import BUILD_DIR

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = BUILD_DIR / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="module")
def page():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run `make browser-deps`")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(accept_downloads=True, locale="zh-CN")
        yield context.new_page()
        browser.close()


def test_front_door_presents_the_datasets_in_chinese(page, portal):
    page.goto(portal)
    assert "开放数据" in page.title()
    cards = page.locator(".card")
    assert cards.count() >= 20
    service_card = page.locator('.card[data-table="service_items"]')
    assert "政务服务事项" in service_card.locator("h3").inner_text()
    assert "大足府办发〔2021〕37号" in service_card.locator(".card-source").inner_text()
    assert "数据版本" in page.locator("footer").inner_text()
    page.screenshot(path=SCREENSHOTS / "front-door.png", full_page=True)
    page.fill('input[name="q"]', "不动产登记")
    page.click('.front-search input[type="submit"]')
    assert page.locator('.search-result[data-table="service_items"]').count() == 1
    page.screenshot(path=SCREENSHOTS / "search-all.png", full_page=True)


def test_table_search_box_finds_passport_items(page, portal):
    page.goto(f"{portal}/dazu-gazette/service_items")
    page.fill('input[name="_search"]', "护照")
    page.locator('input[name="_search"]').press("Enter")
    page.wait_for_url("**_search=**")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == 1
    assert "普通护照签发" in rows.first.inner_text()
    page.screenshot(path=SCREENSHOTS / "table-search.png", full_page=True)


def test_foreign_key_link_leads_to_the_department(page, portal):
    page.goto(f"{portal}/dazu-gazette/service_item_departments?department_id=public-security")
    page.locator("table.rows-and-columns tbody tr td.col-department_id a").first.click()
    page.wait_for_url("**/departments/public-security")
    assert "重庆市大足区公安局" in page.content()
    page.screenshot(path=SCREENSHOTS / "foreign-key.png", full_page=True)


def test_canned_query_form_answers_a_chinese_keyword(page, portal):
    page.goto(f"{portal}/dazu-gazette/service_by_keyword")
    page.fill('input[name="keyword"]', "婚姻")
    page.locator('form.sql input[type="submit"]').click()
    page.wait_for_url("**keyword=**")
    assert "婚姻登记预约" in page.locator("table.rows-and-columns").inner_text()
    page.screenshot(path=SCREENSHOTS / "canned-query.png", full_page=True)


def test_csv_download_is_utf8_chinese(page, portal, tmp_path):
    url = (
        f"{portal}/dazu-gazette/service_items.csv?_stream=on&_size=max&_dl=1&catalogue="
        + urllib.parse.quote("就近办")
    )
    with page.expect_download() as download_info:
        page.evaluate("url => { window.location.href = url; }", url)
    target = tmp_path / "service_items.csv"
    download_info.value.save_as(target)
    text = target.read_text(encoding="utf-8")
    assert text.count("\n") == 11
    assert "村民自治章程、村规民约备案" in text
