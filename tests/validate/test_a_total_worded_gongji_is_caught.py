"""A catalogue total worded 共计N项 or 合计N项 is checked like 共N项 (it was skipped before)."""

from __future__ import annotations

import re

import pytest


def catalogue_total_line(copy):
    """The catalogue document whose text states its total, the line and the printed total."""
    documents = copy.rows("documents")
    for document in documents:
        if document["kind"] != "service_catalogue":
            continue
        for line in range(int(document["source_line"]), int(document["end_line"]) + 1):
            printed = copy.line(document["source_id"], line)
            if match := re.search(r"共(\d+)项", printed):
                return document, line, match
    raise AssertionError("no catalogue prints 共N项")


def test_the_committed_package_passes(clean_problems):
    assert clean_problems == []


@pytest.mark.parametrize("wording", ["共计", "合计"])
def test_an_item_dropped_under_a_total_worded_otherwise_is_caught(copy, wording):
    document, line, match = catalogue_total_line(copy)
    copy.edit_line(document["source_id"], line, match[0], f"{wording}{match[1]}项")
    items = [i for i in copy.rows("service_items") if i["document_id"] == document["document_id"]]
    dropped = items[-1]["item_id"]
    copy.corrupt("service_items", lambda rows: [r for r in rows if r["item_id"] != dropped])
    found = copy.problems()
    assert any(
        f"has {len(items) - 1} items" in p and f"{match[1]} as the gazette states" in p
        for p in found
    ), found


def test_a_printed_total_worded_gongji_that_differs_is_caught(copy):
    document, line, match = catalogue_total_line(copy)
    stated = int(match[1]) + 1
    copy.edit_line(document["source_id"], line, match[0], f"共计{stated}项")
    found = copy.problems()
    assert any(
        f"has {match[1]} items" in p and f"{stated} as the gazette states" in p for p in found
    ), found
