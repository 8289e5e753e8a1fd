"""Standards annexes and town-by-facility plans → `elderly_standards` and `elderly_facility_plan`.

Both tables are found by their header labels, curated in sources/vocab/standards_headers.csv
(序号 | 指标类别 | 指标要求 and variants: number, category, requirement) and
sources/vocab/facility_headers.csv (序号 | 镇街 and variants: number, town), in any document
that holds them (a standards annex on its own, or an annex of a task plan).

The facility plan is a town × facility grid with a two-line header: the first line names the
facility kind once over the year columns it spans (the cells to its right are empty), the second
gives the year (2021年 建设数) or nothing for a kind without a year split. It becomes one row per
town, facility kind and year; an empty cell plans 0. The 全区合计 row is not data: validation
and tests compare it with the column sums. Towns printed in other forms (龙水镇人民政府,
棠香街道办事处) are folded when linked (scripts/departments.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..documents import Document
from ..errors import PipelineError
from ..recognise import Claim, Outline, recogniser
from ..sources import SourceText
from ..tables import ExtractionContext
from ..text import chinese_number, squeeze_recorded, strip_bullet
from ..vocab import LabelMap, label_map
from . import parser
from .recognisers import find_cue
from .tabbed import Table, TableRow, merge_wrapped_rows, read_table_at, table_starts
from .tasks import cell_number, has_task_table, header_roles, task_columns

STANDARDS = "standards_headers.csv"
FACILITIES = "facility_headers.csv"
_ORDINAL = re.compile(r"^[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*")
_ITEM_NUMBER = re.compile(r"^(\d+)\s*[.．、]\s*")
_YEAR = re.compile(r"(\d{4})\s*年")
_TOTAL = "合计"
_POINTS = re.compile(r"\s*[（(]\d+(?:\.\d+)?分[)）]$")  # 组织管理（15分）


def _roles(sources_dir: Path | None, name: str, allowed: tuple[str, ...]) -> LabelMap:
    return label_map(sources_dir, name, "role", allowed)


def standards_columns(labels: list[str], sources_dir: Path | None) -> dict[str, int] | None:
    """role → column of a standards header (number, category, requirement, and a detail
    column such as 评分细则 read with the requirement), or None.

    A label is curated or ends with a curated label (基本要求 → 要求); with a requirement found
    and no category, the one uncurated column before it is the category (序号 | 环节 | 基本要求).
    A task table's header (its units and task columns) is none.
    """
    if task_columns(labels, header_roles(sources_dir)) is not None:
        return None
    roles = _roles(sources_dir, STANDARDS, ("number", "category", "requirement", "detail"))
    columns = {role: index for index, label in reversed(list(enumerate(labels)))
               if label and (role := roles.role_of(label))}
    if "requirement" not in columns:
        return None
    uncurated = [index for index, label in enumerate(labels)
                 if label and roles.role_of(label) is None and index < columns["requirement"]]
    if "category" not in columns and len(uncurated) == 1:
        columns["category"] = uncurated.pop()
    elif "category" in columns:
        # 业态类型 | 业态名称 | 配置属性 | 配置要求: the columns between name the item
        columns |= {f"item{number}": index for number, index in enumerate(
            (index for index in uncurated if index > columns["category"]), start=1)}
    return columns if "category" in columns else None


def facility_columns(labels: list[str], sources_dir: Path | None) -> dict[str, int] | None:
    """role → column of a town-by-facility grid's header (number, town), or None."""
    roles = _roles(sources_dir, FACILITIES, ("number", "town"))
    columns = {roles[label]: index for index, label in reversed(list(enumerate(labels)))
               if label in roles}
    return columns if "town" in columns and len(labels) > max(columns.values()) + 1 else None


@recogniser("standards_annex", data=(f"vocab/{STANDARDS}", "vocab/task_headers.csv"))
def standards_annex(outline: Outline) -> Claim | None:
    """A document holding a standards table (指标类别 | 指标要求 …) and no task table (a plan
    with both is a task plan whose annex the standards parser reads too), nor the clause labels
    of an insurance notice (保险期间, 保险责任 …: its table of triggers is the notice's)."""
    if find_cue(outline, "insurance", "label", outline.notice):
        return None
    for line, labels in outline.headers:
        if standards_columns(labels, outline.sources_dir) and not has_task_table(outline):
            return Claim("standards_annex",
                         f"standards header {' | '.join(label for label in labels if label)} "
                         f"at line {line}", line)
    return None


@dataclass
class GridColumn:
    """A count column of the facility grid: which kind of facility, which year (or none)."""

    index: int
    facility_kind: str
    year: int | None


@parser("task_plan", "standards_annex")
def parse_standards(document: Document, context: ExtractionContext) -> None:
    """序号 | 指标类别 | 指标要求; the category is printed on its first row and carries down."""
    source_text = context.source_text
    sources_dir = source_text.source.path.parent
    for header_line, labels in table_starts(source_text, document):
        columns = standards_columns(labels, sources_dir)
        if columns is not None:
            _read_standards(context, document, read_table_at(source_text, document, header_line),
                            columns)


def _read_standards(context: ExtractionContext, document: Document, table: Table,
                    columns: dict[str, int]) -> None:
    source_text = context.source_text
    category = category_no = None
    grouped = False  # categories printed as lines of their own across the table ((一)排水设施)
    position = 0
    for row in merge_wrapped_rows(source_text, table.rows, content_column=columns["requirement"]):
        if _is_group_row(row, columns):
            category_no, category = _ordinal_and_name(context, row, row.cells[0], category_no)
            grouped = True
            continue
        seq_cell = row.cells[columns["number"]] if "number" in columns else ""
        category_cell = row.cells[columns["category"]]
        requirement_cell = row.cells[columns["requirement"]]
        if grouped and category_cell:  # under a group line the category column names an item
            requirement_cell, category_cell = f"{category_cell}：{requirement_cell}", ""
        item = _item_named(row.cells, columns)
        if item and requirement_cell:  # 便利店（必备）：每个生活圈不少于3个
            requirement_cell = f"{item}：{requirement_cell}"
        detail = row.cells[columns["detail"]] if "detail" in columns else ""
        if detail and requirement_cell:  # 考核内容 | 评分细则: the rule belongs to its content
            requirement_cell = f"{requirement_cell}；{detail}"
        if category_cell:
            category_no, category = _ordinal_and_name(context, row, category_cell,
                                                     category_no, category)
        position += 1
        seq = cell_number(seq_cell) or position
        item = _ITEM_NUMBER.match(requirement_cell)
        if category is None or not requirement_cell:
            context.flag(row.line, f"standard {seq_cell!r} {requirement_cell[:12]!r}",
                         expected="a category (carried down) and a requirement",
                         curated_file="sources/reviewed.csv",
                         suggested_row=f"{context.path},{row.line},…,kept as printed")
            continue
        context.add("elderly_standards", {
            "standard_id": f"{document.document_id}-s{seq:02d}",
            "document_id": document.document_id, "seq": seq,
            "category_no": category_no, "category": category,
            "item_no": int(item[1]) if item else None,
            "requirement": squeeze_recorded(source_text, row.line,
                                            requirement_cell[item.end():] if item
                                            else requirement_cell),
        }, line=row.line)


def _is_group_row(row: TableRow, columns: dict[str, int]) -> bool:
    """A row printing only its first cell, which names a group of the rows below it: after an
    ordinal ((一)排水设施), or in the 序号 column where a name is no row's number (水源防护 |
    | |)."""
    first = row.cells[0]
    if not first or any(row.cells[1:]):
        return False
    return bool(_ORDINAL.match(first)) or (columns.get("number") == 0
                                           and cell_number(first) is None)


def _item_named(cells: list[str], columns: dict[str, int]) -> str:
    """The item a row's item columns name, the later ones in brackets (便利店（必备）); a
    number (a score: 考核项目 | 分值 | 考核内容) names none."""
    names = [cells[index] for role, index in sorted(columns.items(), key=lambda pair: pair[1])
             if role.startswith("item") and cells[index]
             and not re.fullmatch(r"\d+(?:\.\d+)?", cells[index])]
    return names[0] + "".join(f"（{name}）" for name in names[1:]) if names else ""


@parser("task_plan", "standards_annex")
def parse_facility_plan(document: Document, context: ExtractionContext) -> None:
    """序号 | 镇街 | one count column per facility kind and year, one row per town."""
    source_text = context.source_text
    sources_dir = source_text.source.path.parent
    for header_line, labels in table_starts(source_text, document):
        columns = facility_columns(labels, sources_dir)
        if columns is not None:
            table = read_table_at(source_text, document, header_line,
                                  header_lines=_grid_header_lines(source_text, header_line,
                                                                  columns))
            _read_grid(context, document, table, columns)


def _grid_header_lines(source_text: SourceText, header_line: int, roles: dict[str, int]) -> int:
    """2 when the line below the header carries years (its number and town cells empty)."""
    below = source_text[header_line + 1].split("\t") if header_line < len(source_text) else []
    leading = [below[index].strip() if index < len(below) else "" for index in roles.values()]
    return 2 if len(below) > 1 and not any(leading) else 1


def _read_grid(context: ExtractionContext, document: Document, table: Table,
               roles: dict[str, int]) -> None:
    columns = _grid_columns(context, table, max(roles.values()) + 1)
    for position, row in enumerate(table.rows, start=1):
        seq_cell = row.cells[roles["number"]] if "number" in roles else str(position)
        town = row.cells[roles["town"]]
        if _TOTAL in seq_cell or _TOTAL in town:
            continue
        if cell_number(seq_cell) is None:
            context.flag(row.line, f"序号 {seq_cell!r} is not a number",
                         expected="a town's number or the 全区合计 row",
                         curated_file="sources/reviewed.csv",
                         suggested_row=f"{context.path},{row.line},…,kept as printed")
            continue
        town_seq = cell_number(seq_cell)
        department_ids = context.link_departments(town, line=row.line, column="镇街")
        if len(department_ids) > 1:
            context.flag(row.line, f"{town!r} names {len(department_ids)} units",
                         expected="one town", curated_file="sources/departments.csv",
                         suggested_row=f"(a town row or alias for {town})")
        if len(department_ids) != 1:
            continue
        for column in columns:
            count = _count(context, row, column)
            if count is None:
                continue
            context.add("elderly_facility_plan", {
                "plan_id": f"{document.document_id}-r{town_seq:02d}-c{column.index - 1}",
                "document_id": document.document_id, "town_seq": town_seq, "town": town,
                "department_id": department_ids[0], "facility_kind": column.facility_kind,
                "year": column.year,
                "planned_count": count,
            }, line=row.line)


def _grid_columns(context: ExtractionContext, table: Table, first: int) -> list[GridColumn]:
    """Count columns (after 序号 and 镇街); an empty kind cell continues the kind to its left."""
    kind_cells = table.header[0]
    year_cells = table.header[1] if len(table.header) > 1 else [""] * len(kind_cells)
    facility_kind = None
    columns = []
    for index in range(first, len(kind_cells)):
        if kind_cells[index]:
            facility_kind = squeeze_recorded(context.source_text, table.header_line,
                                             kind_cells[index])
        if facility_kind is None:
            raise PipelineError(context.path, f"count column {index + 1} has no facility kind",
                                line=table.header_line, expected="a kind over every column")
        year = _YEAR.search(year_cells[index])
        columns.append(GridColumn(index, facility_kind, int(year[1]) if year else None))
    return columns


def _count(context: ExtractionContext, row: TableRow, column: GridColumn) -> int | None:
    cell = row.cells[column.index]
    if not cell:
        return 0
    if not cell.isdigit():
        context.flag(row.line, f"{column.facility_kind} count {cell!r} is not a count",
                     expected="a whole number or nothing", curated_file="sources/corrections.csv",
                     suggested_row=f"{context.source_text.source.source_id},{row.line},{cell},N,why")
        return None
    return int(cell)


def _ordinal_and_name(context: ExtractionContext, row: TableRow, cell: str,
                      previous: int | None, previous_name: str | None = None) -> tuple[int, str]:
    """(一) 建筑标准 → (1, 建筑标准); a category printed without an ordinal is numbered next,
    unless it is the category above printed again on its next row (a table printing its
    category on every row); a list mark before a category (■ 场所管理) and the points it
    carries in brackets (组织管理（15分）) are no part of its name."""
    cell = _POINTS.sub("", strip_bullet(cell))
    match = _ORDINAL.match(cell)
    if not match:
        name = squeeze_recorded(context.source_text, row.line, cell)
        if previous is not None and name == previous_name:
            return previous, name
        return (previous or 0) + 1, name
    name = squeeze_recorded(context.source_text, row.line, cell[match.end():])
    return chinese_number(match[1]), name

