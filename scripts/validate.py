"""Validation: the package against its schemas (frictionless) and against the gazette itself.

Cross-checks take their expected figures from the gazette text at validation time (共413项 or
共计36项, the 全区合计 row and each town's row, the labelled 43户 and 4966.95平方米, the rows of
every task table, each row's whole text on its lines), never from constants in code, so they
hold for later issues too. Each check has a test that corrupts a copy (tests/validate/).
Every problem names file, row, field and what was expected; all are reported.
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

from .departments import DepartmentIndex
from .errors import command
from .package import PACKAGE_DIR, load_descriptor
from .parsers.compensation import read_floor_area, read_households
from .parsers.rate_terms import load_terms
from .parsers.service_items import stated_totals
from .sources import SOURCES_DIR, SourceText, load_corrections, load_registry, read_source
from .text import deadline_year, is_date_line, parse_date, parse_deadline, squeeze
from .vocab import read_vocab


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
        self.sources_dir = sources_dir
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
    """A catalogue stating 共M项 / 共计M项 / 合计M项 … has M items; 涉及N个部门 names N
    organisations (the wordings of sources/vocab/catalogue_totals.csv, as extraction reads them)."""
    items_by_document = defaultdict(list)
    for item in data.rows("service_items"):
        items_by_document[item["document_id"]].append(item)
    departments_by_item = defaultdict(set)
    for link in data.rows("service_item_departments"):
        departments_by_item[link["item_id"]].add(link["department_id"])
    for document in data.rows("documents"):
        items = items_by_document[document["document_id"]]
        if document["kind"] != "service_catalogue" and not items:
            continue
        stated = stated_totals(data.document_text(document), data.sources_dir)
        name = document["doc_number"] or document["title"]
        if "items" in stated and len(items) != stated["items"]:
            yield Problem(
                data.file("service_items"),
                None,
                "document_id",
                f"{name} has {len(items)} items",
                f"{stated['items']} as the gazette states (共{stated['items']}项)",
            )
        departments = set().union(*(departments_by_item[item["item_id"]] for item in items))
        if "departments" in stated and len(departments) != stated["departments"]:
            yield Problem(
                data.file("service_item_departments"),
                None,
                "department_id",
                f"{name} items name {len(departments)} organisations",
                f"{stated['departments']} (涉及{stated['departments']}个部门)",
            )


@check
def item_departments_as_printed(data: PackageData) -> Iterator[Problem]:
    """Each item's linked organisations are the ones its printed 实施主体 names.

    Moving an item to another department keeps the 涉及N个部门 count; re-reading the printed
    cell (which must itself be on the item's line) does not.
    """
    index = DepartmentIndex.load(data.sources_dir / "departments.csv")
    linked = defaultdict(set)
    for link in data.rows("service_item_departments"):
        linked[link["item_id"]].add(link["department_id"])
    for row_no, item in enumerate(data.rows("service_items"), start=2):
        named = index.link(
            item["implementer"], source_id=item["source_id"], line=int(item["source_line"])
        )
        printed = {department.department_id for department in named.departments}
        if printed != linked[item["item_id"]]:
            yield Problem(
                data.file("service_item_departments"),
                None,
                "department_id",
                f"item {item['item_id']} (row {row_no} of service_items) is linked to "
                f"{sorted(linked[item['item_id']])}",
                f"{sorted(printed)}, the organisations its printed 实施主体 "
                f"{item['implementer']!r} names",
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
def plan_rows_as_printed(data: PackageData) -> Iterator[Problem]:
    """Each town's planned counts are the numbers printed on its own row, column by column.

    Column sums survive two towns' numbers being swapped; the town's printed row does not.
    """
    by_line = defaultdict(list)
    for row_no, row in enumerate(data.rows("elderly_facility_plan"), start=2):
        by_line[(row["source_id"], int(row["source_line"]))].append((row_no, row))
    for (source_id, line), rows in by_line.items():
        printed_line = data.texts[source_id][line]
        cells = [squeeze(cell) for cell in printed_line.split("\t")]
        town = rows[0][1]["town"]
        if town not in cells:
            yield Problem(
                data.file("elderly_facility_plan"),
                rows[0][0],
                "town",
                f"{town} is not printed on line {line}",
                "the town's own row of the plan",
            )
            continue
        values = cells[cells.index(town) + 1 :]
        values += [""] * (len(rows) - len(values))
        printed = [int(value) if value.isdigit() else 0 for value in values[: len(rows)]]
        for (row_no, row), expected in zip(rows, printed, strict=True):
            if int(row["planned_count"]) != expected:
                yield Problem(
                    data.file("elderly_facility_plan"),
                    row_no,
                    "planned_count",
                    f"{town} {row['facility_kind']} {row['year']}: {row['planned_count']}",
                    f"{expected} as printed on line {line}",
                )


@check
def expropriation_totals(data: PackageData) -> Iterator[Problem]:
    """Households and floor area equal what the expropriation decision states after its labels.

    The count is the number printed after a curated label (征收总户数, 住户, 范围内 …), never the
    first number followed by 户: a decision may print other counts of households first.
    """
    terms = load_terms(data.sources_dir)
    documents = {document["document_id"]: document for document in data.rows("documents")}
    for row_no, project in enumerate(data.rows("compensation_projects"), start=2):
        decision = documents.get(project["decision_document_id"] or project["notice_document_id"])
        text = data.document_text(decision) if decision else ""
        households = read_households(terms, text)
        area = read_floor_area(terms, text)
        if households is None or households != int(project["households"]):
            yield Problem(
                data.file("compensation_projects"),
                row_no,
                "households",
                f"{project['households']}",
                f"{households if households is not None else '?'}户 as the decision states",
            )
        if area is None or area != float(project["floor_area_m2"]):
            yield Problem(
                data.file("compensation_projects"),
                row_no,
                "floor_area_m2",
                f"{project['floor_area_m2']}",
                f"{area if area is not None else '?'}平方米 as the decision states",
            )


# Per resource, the columns whose whole printed text must be on the row's lines (its first line
# up to the next row's); group cells printed once above their rows (campaign, work item) are not.
TRACED = {
    "documents": ("title",),
    "service_items": ("name", "implementer", "base_code"),
    "appointments": ("person",),
    "tasks": ("content", "lead_units", "responsible_units", "cooperating_units", "deadline_text"),
    "elderly_facility_plan": ("town",),
    "elderly_standards": ("requirement",),
    "leading_group_members": ("title", "name"),
    "insurance_claims": ("peril",),
    "insurance_duties": ("department",),
    "meeting_topics": ("text",),
    "errata": ("printed",),
    "compensation_rates": ("rule_text",),
}
MAX_ROW_LINES = 30
MIN_PIECE = 6


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", squeeze(text))


def printed_in(value: str, block: str, pieces: int = 4) -> bool:
    """`value` is printed in `block`, whole or as a few long pieces in order.

    A cell wrapped across a page break is printed in pieces with other cells between them;
    each piece is at least MIN_PIECE characters (or the rest of the value), so a changed
    digit (2021年6月底前 → 2021年9月底前) is never matched by stray characters.
    """
    if value in block:
        return True
    position = 0
    for _ in range(pieces):
        if not value:
            return True
        length = len(value)
        while length >= min(MIN_PIECE, len(value)):
            found = block.find(value[:length], position)
            if found >= 0:
                position, value = found + length, value[length:]
                break
            length -= 1
        else:
            return False
    return not value


def _blocks(data: PackageData, resource: str) -> dict[tuple[str, int], str]:
    """(source, first line) → the flattened text from that line up to the next row's line."""
    starts = sorted({(row["source_id"], int(row["source_line"])) for row in data.rows(resource)})
    blocks = {}
    for here, after in zip(starts, [*starts[1:], None], strict=True):
        source_id, line = here
        text = data.texts[source_id]
        end = after[1] - 1 if after and after[0] == source_id else line + MAX_ROW_LINES
        end = min(max(end, line), line + MAX_ROW_LINES, len(text))
        blocks[here] = _flat("".join(text[n] for n in range(line, end + 1)))
    return blocks


@check
def rows_trace_to_their_lines(data: PackageData) -> Iterator[Problem]:
    """The whole text of every traced column is printed on the row's lines."""
    for resource, columns in TRACED.items():
        blocks = _blocks(data, resource)
        for row_no, row in enumerate(data.rows(resource), start=2):
            block = blocks[(row["source_id"], int(row["source_line"]))]
            for column in columns:
                parts = _flat(row.get(column) or "").split("；")  # 2021年6月底前；2021年12月底前
                if any(part and not printed_in(part, block) for part in parts):
                    yield Problem(
                        data.file(resource),
                        row_no,
                        column,
                        f"{row[column][:40]!r} is not printed on line {row['source_line']} "
                        "or the lines of its row",
                        f"the {column} as printed where the row starts",
                    )


@check
def deadlines_as_printed(data: PackageData) -> Iterator[Problem]:
    """A task's deadline is the date its printed deadline text names."""
    signed = {row["document_id"]: row["sign_date"] for row in data.rows("documents")}
    for row_no, task in enumerate(data.rows("tasks"), start=2):
        sign_date = signed.get(task["document_id"])
        year = deadline_year(task["plan"], dt.date.fromisoformat(sign_date) if sign_date else None)
        named = parse_deadline(task["deadline_text"] or "", year)
        stated = dt.date.fromisoformat(task["deadline"]) if task["deadline"] else None
        if named != stated:
            yield Problem(
                data.file("tasks"),
                row_no,
                "deadline",
                f"{task['deadline']}",
                f"{named or 'empty'}, the date {task['deadline_text']!r} names",
            )


def _unbracketed(text: str) -> str:
    """Flattened text without its bracketed notes (a campaign cell's (牵头单位:…))."""
    return re.sub(r"[（(][^（()）]*[）)]", "", _flat(text))


TASK_TABLE_ROLES = ("lead_units", "responsible_units", "cooperating_units", "deadline")
_NUMBERING = re.compile(r"^(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）])")


def _task_tables(data: PackageData, document: dict[str, str]) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) of the data rows of each task table in a document.

    A table starts at a header row with a units or deadline cell (sources/vocab/task_headers.csv)
    and runs over the rows with cells (page breaks and repeated headers included) to prose.
    """
    labels = {
        row["label"]
        for row in read_vocab(data.sources_dir, "task_headers.csv", ("label", "role", "note"))
        if row["role"] in TASK_TABLE_ROLES
    }
    text = data.texts[document["source_id"]]
    inside = False
    for line, printed in text.numbered(int(document["source_line"]), int(document["end_line"])):
        cells = [_flat(cell) for cell in printed.split("\t")]
        if "\t" in printed and labels & set(cells):
            inside = True
        elif "\t" in printed and inside:
            yield line, cells
        elif printed.strip():
            inside = False


@check
def task_tables_fully_held(data: PackageData) -> Iterator[Problem]:
    """Every row printed in a document's task table is held by one of its tasks.

    Catches the last task of a plan dropped (the numbering has no gap) and a document whose
    tasks are all gone.
    """
    held = defaultdict(list)
    for task in data.rows("tasks"):
        held[task["document_id"]].append(
            "\n".join(_unbracketed(value) for value in task.values() if value)
        )
    for document in data.rows("documents"):
        joined = "\n".join(held[document["document_id"]])
        missing = []
        for line, cells in _task_tables(data, document):
            longest = max((_unbracketed(_NUMBERING.sub("", cell)) for cell in cells), key=len)
            if len(longest) >= MIN_PIECE and longest not in joined:
                missing.append(line)
        if missing:
            yield Problem(
                data.file("tasks"),
                None,
                "document_id",
                f"{document['doc_number'] or document['title']}: task table rows on line(s) "
                f"{missing[:10]} are held by no task ({len(held[document['document_id']])} tasks)",
                "one task per printed row",
            )


_FULL_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


@check
def sign_dates_as_printed(data: PackageData) -> Iterator[Problem]:
    """A document's sign date is printed on its date line (a meeting report, which has none,
    prints it in its text)."""
    for row_no, document in enumerate(data.rows("documents"), start=2):
        if not document["sign_date"]:
            continue
        text = data.texts[document["source_id"]]
        lines = [
            line
            for _, line in text.numbered(int(document["source_line"]), int(document["end_line"]))
        ]
        date_lines = [line for line in lines if is_date_line(line)] or lines
        printed = {parse_date(date) for line in date_lines for date in _FULL_DATE.findall(line)}
        if dt.date.fromisoformat(document["sign_date"]) not in printed:
            yield Problem(
                data.file("documents"),
                row_no,
                "sign_date",
                f"{document['sign_date']} is printed on no date line of the document",
                "the date printed under the issuer",
            )


@check
def plausible_dates(data: PackageData) -> Iterator[Problem]:
    """Documents are signed in their number's year and before the issue; an outlier needs an
    erratum of kind 'date' naming that very date inside the document."""
    published = {
        row["source_id"]: dt.date.fromisoformat(row["published"]) for row in data.rows("sources")
    }
    dated_errata = [
        (row["source_id"], int(row["source_line"]), parse_date(row["printed"]))
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
        # An erratum excuses only the date it names, printed inside this document.
        in_errata = any(
            source_id == document["source_id"]
            and int(document["source_line"]) <= line <= int(document["end_line"])
            and printed == signed
            for source_id, line, printed in dated_errata
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


def cross_check_problems(
    package_dir: Path = PACKAGE_DIR, sources_dir: Path = SOURCES_DIR
) -> list[Problem]:
    """The problems the gazette cross-checks find (a check that cannot run is one too)."""
    return run_cross_checks(PackageData(package_dir, sources_dir))


def run_cross_checks(data: PackageData) -> list[Problem]:
    """Every cross-check over package data already read."""
    problems: list[Problem] = []
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


def validate(package_dir: Path = PACKAGE_DIR, sources_dir: Path = SOURCES_DIR) -> list[Problem]:
    """Every problem of the package: frictionless first, then the gazette cross-checks."""
    return [*frictionless_problems(package_dir), *cross_check_problems(package_dir, sources_dir)]


@command("validate", FrictionlessException)
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts validate")
    parser.add_argument("--package", type=Path, default=PACKAGE_DIR, help="package directory")
    parser.add_argument("--sources", type=Path, default=SOURCES_DIR, help="sources directory")
    args = parser.parse_args(argv)
    data = PackageData(args.package, args.sources)
    problems = [*frictionless_problems(args.package), *run_cross_checks(data)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"validate: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("validate: package valid; cross-checks against the gazette pass")
    for source_id, (found, total) in text_kept(data).items():
        print(f"validate: {source_id}: text kept {found / total:.2%} ({found} of {total} chars)")
    return 0
