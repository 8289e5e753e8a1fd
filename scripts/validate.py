"""Validation: the package against its schemas (frictionless) and against the gazette itself.

Cross-checks take their expected figures from the gazette text at validation time (共413项,
the 全区合计 row, 43户, 4966.95平方米), never from constants in code, so they hold for later
issues too. Every problem names file, row, field and what was expected; all are reported.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from frictionless import FrictionlessException, Package

from .errors import command
from .package import PACKAGE_DIR, load_descriptor
from .sources import SOURCES_DIR, SourceText, load_corrections, load_registry, read_source
from .text import squeeze


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None
    field: str | None
    message: str
    expected: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.field:
            where += f", field {self.field}"
        text = f"{where}: {self.message}"
        return f"{text} (expected {self.expected})" if self.expected else text


class PackageData:
    """The package's CSVs as lists of dicts (strings), with the gazette texts beside them."""

    def __init__(self, package_dir: Path, sources_dir: Path):
        self.package_dir = package_dir
        self.descriptor = load_descriptor(package_dir / "datapackage.json")
        self.paths = {
            resource["name"]: resource["path"] for resource in self.descriptor["resources"]
        }
        self._rows: dict[str, list[dict[str, str]]] = {}
        corrections = load_corrections(sources_dir)
        self.texts: dict[str, SourceText] = {
            source.source_id: read_source(source, corrections)
            for source in load_registry(sources_dir)
        }

    def rows(self, resource: str) -> list[dict[str, str]]:
        if resource not in self._rows:
            with (self.package_dir / self.paths[resource]).open(
                encoding="utf-8", newline=""
            ) as handle:
                self._rows[resource] = list(csv.DictReader(handle))
        return self._rows[resource]

    def file(self, resource: str) -> str:
        return f"datapackage/{self.paths[resource]}"

    def line(self, row: dict[str, str]) -> str:
        return self.texts[row["source_id"]][int(row["source_line"])]

    def document_text(self, document: dict[str, str]) -> str:
        text = self.texts[document["source_id"]]
        start, end = int(document["source_line"]), int(document["end_line"])
        return "\n".join(line for _, line in text.numbered(start, end))


Check = Callable[[PackageData], Iterator[Problem]]
CHECKS: list[Check] = []


def check(function: Check) -> Check:
    CHECKS.append(function)
    return function


def frictionless_problems(package_dir: Path) -> Iterator[Problem]:
    """Schema, type, constraint and foreign-key errors found by frictionless."""
    report = Package(str(package_dir / "datapackage.json")).validate()
    for error in report.errors:
        yield Problem("datapackage/datapackage.json", None, None, error.message)
    for task in report.tasks:
        for error in task.errors:
            yield Problem(
                f"datapackage/{task.place}",
                getattr(error, "row_number", None),
                getattr(error, "field_name", None),
                error.message,
            )


@check
def catalogue_totals(data: PackageData) -> Iterator[Problem]:
    """A catalogue stating 涉及N个部门，共M项 has M items and N implementing organisations."""
    items_by_document = defaultdict(list)
    for item in data.rows("service_items"):
        items_by_document[item["document_id"]].append(item)
    departments_by_item = defaultdict(set)
    for link in data.rows("service_item_departments"):
        departments_by_item[link["item_id"]].add(link["department_id"])
    for document in data.rows("documents"):
        match = re.search(
            r"涉及\s*(\d+)\s*个部门[，,]\s*共\s*(\d+)\s*项", data.document_text(document)
        )
        if document["kind"] != "service_catalogue" or not match:
            continue
        items = items_by_document[document["document_id"]]
        departments = set().union(*(departments_by_item[item["item_id"]] for item in items))
        stated_departments, stated_items = int(match[1]), int(match[2])
        if len(items) != stated_items:
            yield Problem(
                data.file("service_items"),
                None,
                "document_id",
                f"{document['doc_number']} has {len(items)} items",
                f"{stated_items} as the gazette states (共{stated_items}项)",
            )
        if len(departments) != stated_departments:
            yield Problem(
                data.file("service_item_departments"),
                None,
                "department_id",
                f"{document['doc_number']} items name {len(departments)} organisations",
                f"{stated_departments} (涉及{stated_departments}个部门)",
            )


def _gaps(numbers: list[int]) -> list[int]:
    return sorted(set(range(1, max(numbers, default=0) + 1)) - set(numbers))


@check
def numbering_without_gaps(data: PackageData) -> Iterator[Problem]:
    """Printed sequence numbers run 1..N without gaps or repeats, per document."""
    for resource, column in (("service_items", "seq"), ("tasks", "number")):
        numbers = defaultdict(list)
        for row in data.rows(resource):
            numbers[row["document_id"]].append(int(row[column]))
        for document_id, values in numbers.items():
            repeated = sorted(number for number, count in Counter(values).items() if count > 1)
            if _gaps(values) or repeated:
                yield Problem(
                    data.file(resource),
                    None,
                    column,
                    f"{document_id}: missing {_gaps(values)}, repeated {repeated}",
                    f"1..{max(values)} each once",
                )


@check
def elderly_plan_totals(data: PackageData) -> Iterator[Problem]:
    """Per document, the facility plan's column sums equal its printed 全区合计 row."""
    sums: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
    for row in data.rows("elderly_facility_plan"):
        columns = sums[row["document_id"]]
        key = (row["facility_kind"], row["year"])
        columns[key] = columns.get(key, 0) + int(row["planned_count"])
    for document in data.rows("documents"):
        columns = sums.get(document["document_id"])
        if columns is None:
            continue
        match = re.search(r"全区合计([\d\s]+)", data.document_text(document))
        printed = [int(number) for number in match[1].split()] if match else []
        if printed != list(columns.values()):
            yield Problem(
                data.file("elderly_facility_plan"),
                None,
                "planned_count",
                f"{document['doc_number']}: column sums are {list(columns.values())}",
                f"the printed 全区合计 row {printed}",
            )


@check
def expropriation_totals(data: PackageData) -> Iterator[Problem]:
    """Households and floor area equal what the expropriation decision states."""
    documents = {document["document_id"]: document for document in data.rows("documents")}
    for row_no, project in enumerate(data.rows("compensation_projects"), start=2):
        text = data.document_text(documents[project["decision_document_id"]])
        households = re.search(r"(\d+)\s*户", text)
        area = re.search(r"([\d.]+)\s*平方米", text)
        if not households or int(households[1]) != int(project["households"]):
            yield Problem(
                data.file("compensation_projects"),
                row_no,
                "households",
                f"{project['households']}",
                f"{households[1] if households else '?'}户 as the decision states",
            )
        if not area or float(area[1]) != float(project["floor_area_m2"]):
            yield Problem(
                data.file("compensation_projects"),
                row_no,
                "floor_area_m2",
                f"{project['floor_area_m2']}",
                f"{area[1] if area else '?'}平方米 as the decision states",
            )


# Per resource, the column whose text must start on the row's source line.
KEY_TEXT = {
    "documents": "title",
    "service_items": "name",
    "appointments": "person",
    "tasks": "content",
    "elderly_standards": "requirement",
    "leading_group_members": "title",
    "insurance_claims": "peril",
    "insurance_duties": "department",
    "meeting_topics": "text",
    "errata": "printed",
}


@check
def rows_trace_to_their_line(data: PackageData) -> Iterator[Problem]:
    """The key text of every row is printed on the line the row says it starts on."""
    for resource, column in KEY_TEXT.items():
        for row_no, row in enumerate(data.rows(resource), start=2):
            key = squeeze(row[column]).replace(" ", "")[:6]
            if key and key not in squeeze(data.line(row)).replace(" ", ""):
                yield Problem(
                    data.file(resource),
                    row_no,
                    "source_line",
                    f"line {row['source_line']} does not contain {key!r}",
                    f"the line where {column} starts",
                )


@check
def plausible_dates(data: PackageData) -> Iterator[Problem]:
    """Documents are signed in their number's year and before the issue; outliers need errata."""
    published = {
        row["source_id"]: dt.date.fromisoformat(row["published"]) for row in data.rows("sources")
    }
    dated_errata = [
        (row["source_id"], int(row["source_line"]))
        for row in data.rows("errata")
        if row["kind"] == "date"
    ]
    for row_no, document in enumerate(data.rows("documents"), start=2):
        signed = dt.date.fromisoformat(document["sign_date"])
        number_year = re.search(r"〔(\d{4})〕", document["doc_number"] or "")
        expected_year = (
            int(number_year[1]) if number_year else published[document["source_id"]].year
        )
        plausible = signed.year == expected_year and signed <= published[document["source_id"]]
        in_errata = any(
            source_id == document["source_id"]
            and int(document["source_line"]) <= line <= int(document["end_line"])
            for source_id, line in dated_errata
        )
        if not plausible and not in_errata:
            yield Problem(
                data.file("documents"),
                row_no,
                "sign_date",
                f"{document['doc_number'] or document['title']} is dated {signed}",
                f"a date in {expected_year} on or before the issue's publication, "
                "or an erratum of kind 'date'",
            )
    for row_no, task in enumerate(data.rows("tasks"), start=2):
        if task["deadline"] and not (
            dt.date(2000, 1, 1)
            <= dt.date.fromisoformat(task["deadline"])
            <= published[task["source_id"]].replace(year=published[task["source_id"]].year + 5)
        ):
            yield Problem(
                data.file("tasks"),
                row_no,
                "deadline",
                f"{task['deadline']}",
                "a deadline within five years of the issue",
            )


TEXT_KEPT_MINIMUM = 0.99


def text_kept(data: PackageData) -> dict[str, tuple[int, int]]:
    """Per issue: characters of non-blank lines found verbatim in `paragraphs`, and all of them."""
    kept = {
        (row["source_id"], int(row["source_line"])): row["text"]
        for row in data.rows("paragraphs")
    }
    figures = {}
    for source_id, source_text in data.texts.items():
        total = found = 0
        for line_no, line in source_text.numbered():
            text = line.strip()
            total += len(text)
            if text and kept.get((source_id, line_no)) == text:
                found += len(text)
        figures[source_id] = (found, total)
    return figures


@check
def full_text_kept(data: PackageData) -> Iterator[Problem]:
    """At least 99% of each issue's non-blank text is in `paragraphs`, on its own line."""
    for source_id, (found, total) in text_kept(data).items():
        if total and found / total < TEXT_KEPT_MINIMUM:
            yield Problem(
                data.file("paragraphs"),
                None,
                "text",
                f"{source_id}: only {found / total:.1%} of the issue's text is kept "
                f"({found} of {total} characters)",
                f"at least {TEXT_KEPT_MINIMUM:.0%} of every issue's non-blank text",
            )


def validate(package_dir: Path = PACKAGE_DIR, sources_dir: Path = SOURCES_DIR) -> list[Problem]:
    """Every problem of the package: frictionless first, then the gazette cross-checks."""
    problems = list(frictionless_problems(package_dir))
    data = PackageData(package_dir, sources_dir)
    for cross_check in CHECKS:
        try:
            problems.extend(cross_check(data))
        except (KeyError, ValueError, TypeError) as error:
            problems.append(
                Problem(
                    "datapackage",
                    None,
                    None,
                    f"cross-check {cross_check.__name__} could not run: "
                    f"{type(error).__name__}: {error}",
                    "columns and values as the schemas declare",
                )
            )
    return problems


@command("validate", FrictionlessException)
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts validate")
    parser.add_argument("--package", type=Path, default=PACKAGE_DIR, help="package directory")
    parser.add_argument("--sources", type=Path, default=SOURCES_DIR, help="sources directory")
    args = parser.parse_args(argv)
    problems = validate(args.package, args.sources)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"validate: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("validate: package valid; cross-checks against the gazette pass")
    for source_id, (found, total) in text_kept(PackageData(args.package, args.sources)).items():
        print(f"validate: {source_id}: text kept {found / total:.2%} ({found} of {total} chars)")
    return 0
