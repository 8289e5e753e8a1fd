"""The development fixtures (tests/fixtures/, other wording and layout than issue 1): every
document gets its expected kind, and their task tables, catalogues and standards annexes yield
what tests/fixtures/expected.json says. Runs the real splitter, recognisers and the table
parsers of this module's concern on each fixture's text."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest

from scripts import parsers
from scripts.departments import DepartmentIndex
from scripts.documents import split_documents
from scripts.parsers.document_review import report_unclaimed
from scripts.parsers.elderly import parse_standards
from scripts.parsers.service_items import parse_catalogue, stated_totals
from scripts.parsers.tasks import parse_task_tables
from scripts.sources import Source, SourceText
from scripts.tables import ExtractionContext

FIXTURES = Path(__file__).parent / "fixtures"
TABLE_PARSERS = {"task_plan": (parse_task_tables, parse_standards),
                 "service_catalogue": (parse_catalogue,), "other": (report_unclaimed,)}


@pytest.fixture(scope="module")
def fixtures(expected_facts, dev_issues) -> dict[str, ExtractionContext]:
    parsers.load_all()
    contexts = {}
    for source_id in dev_issues:
        path = FIXTURES / expected_facts[source_id]["file"]
        source = Source(source_id, path, "", "", dt.date(2021, 1, 1), "", "")
        text = SourceText(source, path.read_text(encoding="utf-8").splitlines())
        context = ExtractionContext(text, split_documents(text), DepartmentIndex.load(),
                                    defaultdict(list), [])
        for document in context.documents:
            for parse in TABLE_PARSERS.get(document.kind, ()):
                parse(document, context)
        contexts[source_id] = context
    return contexts


def _cases(expected_facts, dev_issues, key):
    return [(source_id, case) for source_id in dev_issues
            for case in expected_facts[source_id][key]]


def _document(context, doc_number):
    return next(document for document in context.documents if document.doc_number == doc_number)


def _rows(context, resource, doc_number):
    document = _document(context, doc_number)
    return [row for row in context.tables[resource] if row["document_id"] == document.document_id]


def test_every_fixture_document_gets_its_expected_kind(fixtures, expected_facts, dev_issues):
    for source_id in dev_issues:
        expected = [(item["doc_number"], item["kind"], item["sign_date"])
                    for item in expected_facts[source_id]["documents"]["items"]]
        found = [(document.doc_number, document.kind, str(document.sign_date))
                 for document in fixtures[source_id].documents]
        assert found == expected, source_id


def test_fixture_task_tables_yield_every_task_with_its_group_units_and_deadline(
        fixtures, expected_facts, dev_issues):
    for source_id, table in _cases(expected_facts, dev_issues, "tasks"):
        tasks = _rows(fixtures[source_id], "tasks", table["doc_number"])
        assert [task["number"] for task in tasks] == list(range(1, table["count"] + 1))
        assert {task["table_kind"] for task in tasks} == {table["header_printed"].replace("\t",
                                                                                          " | ")}
        for sample in table["samples"]:
            (task,) = [task for task in tasks if task["content"].startswith(sample["task_prefix"])]
            assert task["campaign"] == sample["group"]
            assert task["deadline"] == (dt.date.fromisoformat(sample["deadline"])
                                        if sample["deadline"] else None)
            assert task["deadline_text"] == sample["deadline_printed"]
            units = (task["lead_units"] or "") + (task["responsible_units"] or "")
            assert all(unit in units for unit in sample["lead_units"]), (sample, task)
            for unit in sample.get("support_units", []):
                assert unit in task["cooperating_units"]


def test_fixture_catalogues_yield_every_item_named_from_the_title(fixtures, expected_facts,
                                                                  dev_issues):
    for source_id, catalogue in _cases(expected_facts, dev_issues, "service_catalogues"):
        items = _rows(fixtures[source_id], "service_items", catalogue["doc_number"])
        assert len(items) == catalogue["item_count"]
        assert {(item["catalogue"], item["batch"]) for item in items} == {
            (catalogue["catalogue"], catalogue["batch"])}
        by_seq = {item["seq"]: item for item in items}
        for sample in catalogue["samples"]:
            item = by_seq[sample["seq"]]
            assert (item["name"], item["item_type"]) == (sample["name"], sample["item_type"])
            assert [name in item["implementer"] for name in sample["departments"]] == [True] * len(
                sample["departments"])
            for field in ("base_code", "to_town", "to_village"):
                if field in sample:
                    assert item[field] == sample[field], (field, sample)


def test_fixture_catalogue_totals_are_read_as_worded(fixtures, expected_facts, dev_issues):
    for source_id, catalogue in _cases(expected_facts, dev_issues, "service_catalogues"):
        context = fixtures[source_id]
        document = _document(context, catalogue["doc_number"])
        text = " ".join(line for _, line in context.source_text.numbered(document.start_line,
                                                                          document.end_line))
        stated = stated_totals(text)
        assert stated.get("items") == catalogue["stated_total"]
        assert stated.get("departments") == catalogue["stated_department_count"]


def test_fixture_standards_annexes_yield_their_rows_and_categories(fixtures, expected_facts,
                                                                   dev_issues):
    for source_id, annex in _cases(expected_facts, dev_issues, "standards"):
        rows = _rows(fixtures[source_id], "elderly_standards", annex["doc_number"])
        assert len(rows) == annex["rows_count"]
        assert len({row["category"] for row in rows}) == annex["categories_count"]
        for sample in annex["samples"]:
            assert any(row["category"] == sample["category"]
                       and sample["evidence"] in row["requirement"] for row in rows), sample


def test_fixture_documents_nobody_structures_are_kept_and_reviewed(fixtures, expected_facts,
                                                                   dev_issues):
    for source_id, unstructured in _cases(expected_facts, dev_issues, "unstructured"):
        context = fixtures[source_id]
        document = _document(context, unstructured["doc_number"])
        assert document.kind == "other"
        assert [item.line for item in context.review if "no recognised kind" in item.what] == [
            document.start_line]
