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


DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
CITIZEN_TABLES = ["service_items", "tasks", "appointments", "compensation_rates", "documents"]


def horizontal_overflow(page) -> int:
    """Pixels by which the page or any rows table is wider than its box."""
    return page.evaluate(
        """() => {
            const page = document.documentElement.scrollWidth - window.innerWidth;
            const tables = [...document.querySelectorAll('.table-wrapper')].map(
                w => w.scrollWidth - w.clientWidth);
            return Math.max(page, ...tables, 0);
        }"""
    )


def test_front_page_at_desktop_and_phone_width(page, portal):
    for name, viewport in [("1280", DESKTOP), ("390", PHONE)]:
        page.set_viewport_size(viewport)
        page.goto(portal)
        assert page.locator(".card").count() >= 20
        assert horizontal_overflow(page) == 0, name
        assert page.locator(".read-gazette a").is_visible()
        page.screenshot(path=SCREENSHOTS / f"front-page-{name}.png", full_page=True)
    page.set_viewport_size(DESKTOP)


def test_citizen_tables_fit_1280_pixels_and_show_data_on_the_first_screen(page, portal):
    page.set_viewport_size(DESKTOP)
    for table in CITIZEN_TABLES:
        page.goto(f"{portal}/dazu-gazette/{table}")
        assert horizontal_overflow(page) == 0, table
        first_row = page.locator("table.rows-and-columns tbody tr").first.bounding_box()
        assert first_row["y"] < DESKTOP["height"], f"{table}: no data on the first screen"
        assert page.locator("details.fields").get_attribute("open") is None
    page.goto(f"{portal}/dazu-gazette/service_items")
    header = page.locator("table.rows-and-columns thead").inner_text()
    assert "事项名称" in header and "item_id" not in header
    page.screenshot(path=SCREENSHOTS / "table-service-items-1280.png")
    page.goto(f"{portal}/dazu-gazette/tasks")
    assert "出处文件标题" not in page.locator("table.rows-and-columns thead").inner_text()
    page.screenshot(path=SCREENSHOTS / "table-tasks-1280.png")
    page.click("text=显示全部列")
    page.wait_for_url("**_allcols=1**")
    assert "方案" in page.locator("table.rows-and-columns thead").inner_text()


def test_table_on_a_phone_reads_as_labelled_cards(page, portal):
    page.set_viewport_size(PHONE)
    page.goto(f"{portal}/dazu-gazette/service_items")
    assert horizontal_overflow(page) == 0
    label = page.evaluate(
        "() => getComputedStyle(document.querySelector('td.col-name'), '::before').content"
    )
    assert "事项名称" in label
    page.screenshot(path=SCREENSHOTS / "table-service-items-390.png")
    page.set_viewport_size(DESKTOP)


def test_issue_page_leads_to_a_document(page, portal):
    page.set_viewport_size(DESKTOP)
    page.goto(f"{portal}/dazu-gazette/-/issues")
    page.locator("ul.issues a").first.click()
    page.wait_for_url("**/-/issue/**")
    assert "目录" in page.locator("h2#contents").inner_text()
    assert page.locator("ol.toc-documents li").count() >= 10
    page.screenshot(path=SCREENSHOTS / "issue-page.png", full_page=True)
    page.locator("ol.toc-documents a", has_text="高层建筑消防安全").click()
    page.wait_for_url("**/-/doc/**")
    assert "大足府办发〔2021〕12" in page.locator("dl.document-facts").inner_text()


def test_document_reading_page_shows_text_and_extracted_rows(page, portal):
    page.set_viewport_size(DESKTOP)
    page.goto(f"{portal}/dazu-gazette/-/doc/dazu-gongbao-2021-01-d08")
    assert page.locator("article.full-text .paragraph").count() > 50
    tasks = page.locator('details.extracted-table[data-table="tasks"]')
    assert tasks.get_attribute("open") is not None
    assert tasks.locator("li.extracted-row").count() == 49
    assert horizontal_overflow(page) == 0
    page.screenshot(path=SCREENSHOTS / "document-page.png")
    tasks.locator("li.extracted-row a.row-line").nth(5).click()
    target = page.evaluate("() => location.hash")
    assert page.locator(f"[id='{target[1:]}']").is_visible()
    page.screenshot(path=SCREENSHOTS / "document-page-anchor.png")
    page.locator("article.full-text h2").first.click()  # reading on keeps the rows open
    assert tasks.get_attribute("open") is not None


def test_canned_query_form_with_short_name(page, portal):
    page.set_viewport_size(DESKTOP)
    page.goto(f"{portal}/dazu-gazette/services_of_department")
    assert "机构名称" in page.locator("form.canned label").first.inner_text()
    assert not page.locator("#sql-query").is_visible()
    page.fill('form.canned input[name="department"]', "公安局")
    page.locator('form.canned input[type="submit"]').click()
    page.wait_for_url("**department=**")
    assert "普通护照签发" in page.locator("table.rows-and-columns").inner_text()
    assert "事项名称" in page.locator("table.rows-and-columns thead").inner_text()
    assert horizontal_overflow(page) == 0
    page.screenshot(path=SCREENSHOTS / "canned-query-form.png")


def test_searching_for_a_verb_phrase_finds_passports(page, portal):
    page.set_viewport_size(DESKTOP)
    page.goto(portal)
    page.fill('.front-search input[name="q"]', "办护照")
    page.click('.front-search input[type="submit"]')
    page.wait_for_url("**/-/search?q=**")
    result = page.locator('.search-result[data-table="service_items"]')
    assert "普通护照签发" in result.inner_text()
    page.screenshot(path=SCREENSHOTS / "search-ban-huzhao.png", full_page=True)
    result.locator("a", has_text="普通护照签发").first.click()
    page.wait_for_url("**/-/doc/**#L*")


def test_not_found_page_is_chinese(page, portal):
    page.set_viewport_size(PHONE)
    response = page.goto(f"{portal}/dazu-gazette/no_such_table")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "找不到这个页面"
    page.screenshot(path=SCREENSHOTS / "not-found-404.png")
    page.set_viewport_size(DESKTOP)
