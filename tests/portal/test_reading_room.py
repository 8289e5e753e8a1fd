"""The reading room: every issue and document readable in full, in order, with anchors to cite."""

from __future__ import annotations

import re
import sqlite3
import urllib.error
import urllib.request

import pytest

from scripts.portal.links import document_link, issue_link, line_link

from .client import get, html, query_rows, quote


@pytest.fixture(scope="module")
def gazette(portal_files) -> sqlite3.Connection:
    connection = sqlite3.connect(portal_files[0])
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


def documents(gazette) -> list[sqlite3.Row]:
    return gazette.execute("select * from documents order by source_id, seq").fetchall()


def test_issue_page_lists_cover_and_links_every_document_in_order(portal, gazette):
    for source in gazette.execute("select * from sources"):
        page = html(portal + issue_link(source["source_id"]))
        cover = gazette.execute(
            "select text from paragraphs where source_id = ? and part = 'cover'",
            [source["source_id"]],
        ).fetchall()
        assert all(row["text"] in page for row in cover)
        linked = re.findall(r'<li data-document="([^"]+)"><a href="([^"]+)"', page)
        expected = [
            row["document_id"]
            for row in documents(gazette)
            if row["source_id"] == source["source_id"]
        ]
        assert [document_id for document_id, _ in linked] == expected
        assert all(url == document_link(document_id) for document_id, url in linked)
    assert html(portal + "/dazu-gazette/-/issues").count("/dazu-gazette/-/issue/") >= 1


def test_every_document_page_prints_its_whole_text_in_order_with_anchors(portal, gazette):
    for document in documents(gazette):
        page = html(portal + document_link(document["document_id"]))
        paragraphs = gazette.execute(
            "select seq, source_line, text from paragraphs where document_id = ? order by seq",
            [document["document_id"]],
        ).fetchall()
        anchors = [int(seq) for seq in re.findall(r'id="p(\d+)"', page)]
        assert anchors == [row["seq"] for row in paragraphs], document["document_id"]
        for row in paragraphs:
            assert f'id="L{row["source_line"]}"' in page
        assert document["title"] in page
        if document["doc_number"]:
            assert document["doc_number"] in page


def test_document_page_shows_its_extracted_rows_each_linked_to_its_line(portal, gazette):
    page = html(portal + document_link("dazu-gongbao-2021-01-d08"))
    block = re.search(r'data-table="tasks"(.*?)</details>', page, re.S).group(1)
    tasks = gazette.execute(
        "select source_line from tasks where document_id = 'dazu-gongbao-2021-01-d08'"
    ).fetchall()
    assert f"{len(tasks)} 条" in block
    for row in tasks:
        assert f'href="#L{row["source_line"]}"' in block
        assert f'id="L{row["source_line"]}"' in page


def test_document_page_shows_its_errata(portal, gazette):
    erratum = gazette.execute("select * from errata where printed like '%卿勇%'").fetchone()
    document = gazette.execute(
        "select document_id from documents where title like '%卿勇%'"
    ).fetchone()
    page = html(portal + document_link(document["document_id"]))
    assert "勘误 Errata" in page and erratum["printed"] in page


def test_links_to_unknown_documents_answer_404_in_chinese(portal):
    status, _, body = get(portal + document_link("no-such-document"))
    assert status == 404 and "找不到这个页面" in body.decode("utf-8")


def test_search_results_open_the_printed_line(portal):
    page = html(portal + "/-/search?q=%E6%99%AE%E9%80%9A%E6%8A%A4%E7%85%A7")
    assert re.search(r'<a href="/dazu-gazette/-/doc/[\w-]+#L\d+">普通护照签发</a>', page)


def test_link_builder_adds_the_portal_address_and_anchor():
    assert document_link("d1", seq=7, base="https://example.org/") == (
        "https://example.org/dazu-gazette/-/doc/d1#p7"
    )
    assert document_link("d1", line=30) == "/dazu-gazette/-/doc/d1#L30"
    assert issue_link("issue-1") == "/dazu-gazette/-/issue/issue-1"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def location(url: str) -> str:
    try:
        urllib.request.build_opener(_NoRedirect).open(url, timeout=20)
    except urllib.error.HTTPError as error:
        assert error.code == 302, error.code
        return error.headers["location"]
    raise AssertionError(f"{url} did not redirect")


def test_every_canned_query_row_links_to_the_line_it_is_printed_on(portal, gazette):
    page = html(portal + "/dazu-gazette/services_of_department?department=" + quote("区公安局"))
    links = re.findall(r'<td class="col-printed" data-label="原文"><a href="([^"]+)">', page)
    rows = query_rows(portal, "services_of_department", department="区公安局")
    assert links == [line_link(row["source_id"], row["source_line"]) for row in rows]
    target = location(portal + links[0])
    document_id = gazette.execute(
        "select document_id from paragraphs where source_id = ? and source_line = ?",
        [rows[0]["source_id"], rows[0]["source_line"]],
    ).fetchone()[0]
    assert target.endswith(document_link(document_id, line=rows[0]["source_line"]))
    assert f'id="L{rows[0]["source_line"]}"' in html(portal + target.split("#")[0])


def test_table_rows_link_to_their_printed_line(portal):
    page = html(portal + "/dazu-gazette/tasks")
    assert len(re.findall(r'data-label="原文"><a href="/dazu-gazette/-/line/', page)) == 50
    status, _, _ = get(portal + line_link("no-such-issue", 1))
    assert status == 404
