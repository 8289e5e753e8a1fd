"""Rural elderly-care plan → `elderly_standards` (its indicator table) and `elderly_facility_plan`.

The facility plan is a town × facility grid with a two-line header: the first line names the
facility kind once over the year columns it spans (the cells to its right are empty), the second
gives the year (2021年 建设数) or nothing for a kind without a year split. It becomes one row per
town, facility kind and year; an empty cell plans 0. The 全区合计 row is not data: validation
and tests compare it with the column sums.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents import Document
from ..errors import PipelineError
from ..tables import ExtractionContext
from ..text import squeeze_recorded
from . import parser
from .tabbed import Table, TableRow, merge_wrapped_rows, read_table

_CHINESE_DIGITS = "一二三四五六七八九"
_ORDINAL = re.compile(r"^[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*")
_ITEM_NUMBER = re.compile(r"^(\d+)\s*[.．、]\s*")
_YEAR = re.compile(r"(\d{4})\s*年")
_TOTAL = "合计"


@dataclass
class GridColumn:
    """A count column of the facility grid: which kind of facility, which year (or none)."""

    index: int
    facility_kind: str
    year: int | None


@parser("elderly_care_plan")
def parse_standards(document: Document, context: ExtractionContext) -> None:
    """序号 | 指标类别 | 指标要求; the category is printed on its first row and carries down."""
    source_text = context.source_text
    table = read_table(source_text, document, ["序号", "指标类别", "指标要求"])
    category = category_no = None
    for row in merge_wrapped_rows(source_text, table.rows, content_column=2):
        seq_cell, category_cell, requirement_cell = row.cells
        if category_cell:
            category_no, category = _ordinal_and_name(context, row, category_cell)
        if category is None:
            raise PipelineError(context.path, "first indicator has no 指标类别", line=row.line,
                                column="指标类别", expected="a category to carry down")
        item = _ITEM_NUMBER.match(requirement_cell)
        if not seq_cell.isdigit() or not item:
            raise PipelineError(context.path, f"indicator {seq_cell!r} {requirement_cell[:12]!r}",
                                line=row.line, column="序号",
                                expected="a number and a numbered requirement (1. …)")
        context.add("elderly_standards", {
            "standard_id": f"{document.document_id}-s{int(seq_cell):02d}",
            "document_id": document.document_id, "seq": int(seq_cell),
            "category_no": category_no, "category": category, "item_no": int(item[1]),
            "requirement": squeeze_recorded(source_text, row.line,
                                            requirement_cell[item.end():]),
        }, line=row.line)


@parser("elderly_care_plan")
def parse_facility_plan(document: Document, context: ExtractionContext) -> None:
    """序号 | 镇街 | one count column per facility kind and year, one row per town."""
    source_text = context.source_text
    table = read_table(source_text, document, ["序号", "镇街"], header_lines=2)
    columns = _grid_columns(context, table)
    for row in table.rows:
        seq_cell, town = row.cells[:2]
        if _TOTAL in seq_cell or _TOTAL in town:
            continue
        if not seq_cell.isdigit():
            raise PipelineError(context.path, f"序号 {seq_cell!r} is not a number", line=row.line,
                                column="序号", expected="a town's number or the 全区合计 row")
        department_ids = context.link_departments(town, line=row.line, column="镇街")
        if len(department_ids) != 1:
            raise PipelineError(context.path, f"{town!r} names {len(department_ids)} units",
                                line=row.line, column="镇街", expected="one town")
        for column in columns:
            context.add("elderly_facility_plan", {
                "plan_id": f"{document.document_id}-r{int(seq_cell):02d}-c{column.index - 1}",
                "document_id": document.document_id, "town_seq": int(seq_cell), "town": town,
                "department_id": department_ids[0], "facility_kind": column.facility_kind,
                "year": column.year,
                "planned_count": _count(context, row, column),
            }, line=row.line)


def _grid_columns(context: ExtractionContext, table: Table) -> list[GridColumn]:
    """Count columns (after 序号 and 镇街); an empty kind cell continues the kind to its left."""
    kind_cells, year_cells = table.header
    facility_kind = None
    columns = []
    for index in range(2, len(kind_cells)):
        if kind_cells[index]:
            facility_kind = squeeze_recorded(context.source_text, table.header_line,
                                             kind_cells[index])
        if facility_kind is None:
            raise PipelineError(context.path, f"count column {index + 1} has no facility kind",
                                line=table.header_line, expected="a kind over every column")
        year = _YEAR.search(year_cells[index])
        columns.append(GridColumn(index, facility_kind, int(year[1]) if year else None))
    return columns


def _count(context: ExtractionContext, row: TableRow, column: GridColumn) -> int:
    cell = row.cells[column.index]
    if not cell:
        return 0
    if not cell.isdigit():
        raise PipelineError(context.path, f"{cell!r} is not a count", line=row.line,
                            column=column.facility_kind, expected="a whole number or nothing")
    return int(cell)


def _ordinal_and_name(context: ExtractionContext, row: TableRow, cell: str) -> tuple[int, str]:
    """(一) 建筑标准 → (1, 建筑标准)."""
    match = _ORDINAL.match(cell)
    if not match:
        raise PipelineError(context.path, f"指标类别 {cell!r} has no ordinal", line=row.line,
                            column="指标类别", expected="(一) 类别")
    name = squeeze_recorded(context.source_text, row.line, cell[match.end():])
    return _chinese_number(match[1]), name


def _chinese_number(numeral: str) -> int:
    """一 … 九十九 as printed in ordinals (十一 = 11, 二十 = 20)."""
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _CHINESE_DIGITS.index(numeral) + 1
    tens_value = _CHINESE_DIGITS.index(tens) + 1 if tens else 1
    return tens_value * 10 + (_CHINESE_DIGITS.index(units) + 1 if units else 0)
