"""The full text: every non-blank line of an issue is a paragraph, in order, with its document."""

from __future__ import annotations

from pathlib import Path

from scripts.validate import validate
from tests.conftest import ISSUE_1
from tests.corruption import corrupt


def test_every_nonblank_line_is_a_paragraph_in_order(tables, source_text):
    lines = [(no, text.strip()) for no, text in source_text.numbered() if text.strip()]
    paragraphs = [(row["source_line"], row["text"]) for row in tables["paragraphs"]]
    assert paragraphs == lines


def test_paragraph_ids_and_order_follow_the_issue(tables):
    rows = tables["paragraphs"]
    assert [row["seq"] for row in rows] == list(range(1, len(rows) + 1))
    assert all(row["paragraph_id"] == f"{ISSUE_1}-p{row['seq']:05d}" for row in rows)


def test_each_document_opens_with_its_title_and_carries_its_number(tables):
    by_document: dict[str, list[dict]] = {}
    for row in tables["paragraphs"]:
        if row["document_id"]:
            by_document.setdefault(row["document_id"], []).append(row)
    assert set(by_document) == {row["document_id"] for row in tables["documents"]}
    for document in tables["documents"]:
        rows = by_document[document["document_id"]]
        assert rows[0]["style"] == "title" and rows[0]["doc_seq"] == 1
        assert [row["doc_seq"] for row in rows] == list(range(1, len(rows) + 1))
        numbers = [row["text"].replace(" ", "") for row in rows if row["style"] == "doc_number"]
        assert numbers == ([document["doc_number"]] if document["doc_number"] else [])


def test_cover_contents_and_back_matter_are_kept_outside_documents(tables):
    parts = [row["part"] for row in tables["paragraphs"]]
    assert parts[0] == "cover" and parts[-1] == "back_matter"
    assert "contents" in parts
    # Parts come in the order of the printed issue, each in one run.
    runs = [part for index, part in enumerate(parts) if index == 0 or parts[index - 1] != part]
    assert runs == ["cover", "contents", "document", "back_matter"]
    assert all(
        (row["document_id"] is None) == (row["part"] != "document")
        for row in tables["paragraphs"]
    )


def test_table_rows_keep_their_cells(tables):
    rows = [row for row in tables["paragraphs"] if row["style"] in ("table_header", "table_row")]
    assert rows and all("\t" in row["text"] for row in rows)
    headers = {row["text"] for row in rows if row["style"] == "table_header"}
    assert any(header.startswith("序号\t") for header in headers)


def test_losing_paragraphs_is_caught_by_validation(package_copy: Path):
    corrupt(package_copy, "paragraphs", lambda rows: rows[: len(rows) * 98 // 100])
    problems = [str(problem) for problem in validate(package_copy)]
    assert any("of the issue's text is kept" in problem for problem in problems), problems
