"""Issue 1 and synthetic issues in other wording extract together; each yields its documents.

Domain facts of the fixtures (tasks, items, appointments, rates …) are checked by the tests of
each domain; this file checks what every issue must yield whatever it holds.
"""

from __future__ import annotations

import pytest

from scripts.review import ReviewItem


def _rows(gazette, resource: str, source_id: str) -> list[dict]:
    return [row for row in gazette.tables[resource] if row["source_id"] == source_id]


def test_every_registered_issue_is_in_the_package(gazette, dev_issues):
    assert {row["source_id"] for row in gazette.tables["sources"]} >= {*dev_issues}


@pytest.mark.parametrize("index", [0, 1])
def test_each_fixture_yields_its_documents_with_number_and_date(
    gazette, expected_facts, dev_issues, index
):
    source_id = dev_issues[index]
    expected = expected_facts[source_id]["documents"]
    documents = _rows(gazette, "documents", source_id)
    assert len(documents) == expected["count"]
    for row, wanted in zip(documents, expected["items"], strict=True):
        assert all(word in row["title"] for word in wanted["title_keywords"]), row["title"]
        assert row["doc_number"] == wanted["doc_number"]
        assert str(row["sign_date"]) == wanted["sign_date"]


@pytest.mark.parametrize("index", [0, 1])
def test_each_fixture_keeps_all_of_its_text(gazette, expected_facts, dev_issues, index):
    source_id = dev_issues[index]
    paragraphs = _rows(gazette, "paragraphs", source_id)
    assert len(paragraphs) == expected_facts[source_id]["nonblank_lines"]


def test_what_is_not_structured_is_reported_with_file_and_line(gazette, dev_issues):
    for item in gazette.review:
        assert isinstance(item, ReviewItem)
        assert item.line >= 1 and item.path.startswith("sources/")
        assert item.curated_file and item.expected
