"""Service catalogues (“最多跑一次”, “就近办” …) → `service_items` and `service_item_departments`.

A catalogue is a tab-separated list after the notice: 序号 | [基本编码] | 事项名称 | 事项类型 |
实施主体 (or 区级部门) | [是否下放到镇（街道） | 是否下放到村（社区）]. Columns are recognised by
their header labels, so either layout (and a later batch) parses without code changes. The header
is printed again after every page break; a name that wraps continues on a line whose 序号 cell
is empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..documents import Document
from ..errors import PipelineError
from ..tables import ExtractionContext
from ..text import squeeze, squeeze_recorded
from . import parser

# Header label → field. 区级部门 is the 就近办 list's name for the implementing department.
COLUMN_FIELDS = {
    "序号": "seq",
    "基本编码": "base_code",
    "事项名称": "name",
    "事项类型": "item_type",
    "实施主体": "implementer",
    "区级部门": "implementer",
    "是否下放到镇（街道）": "to_town",
    "是否下放到村（社区）": "to_village",
}
YES_NO = {"是": True, "否": False}
_CATALOGUE = re.compile(r"“([^”]+)”\s*事项清单")
_BATCH = re.compile(r"第([一二三四五六七八九十\d]+)批")


@dataclass
class ItemRow:
    line: int
    cells: dict[str, str] = field(default_factory=dict)


def _labels(text: str) -> list[str]:
    return [squeeze(cell).replace(" ", "") for cell in text.split("\t")]


def _header(context: ExtractionContext, document: Document) -> tuple[int, list[str | None]]:
    """(last header line, field per column) of the catalogue table in the document."""
    for line_no, text in context.source_text.numbered(document.start_line, document.end_line):
        labels = _labels(text)
        if labels[0] == "序号" and "事项名称" in labels:
            fields = [COLUMN_FIELDS.get(label) for label in labels]
            next_labels = _labels(context.source_text[line_no + 1])
            if len(next_labels) > 1 and not next_labels[0]:  # a second header line (下放层级)
                for index, label in enumerate(next_labels):
                    if label in COLUMN_FIELDS:
                        fields[index] = COLUMN_FIELDS[label]
                return line_no + 1, fields
            return line_no, fields
    raise PipelineError(
        context.path,
        "no catalogue table (序号 | … 事项名称 …) found",
        line=document.start_line,
        expected=f"a table in {document.doc_number}",
    )


def _item_rows(
    context: ExtractionContext, document: Document, header_end: int, fields: list[str | None]
) -> list[ItemRow]:
    """Printed rows with wrapped continuation lines joined and repeated headers dropped."""
    rows: list[ItemRow] = []
    source_text = context.source_text
    for line_no, text in source_text.numbered(header_end + 1, document.end_line):
        if "\t" not in text:
            if rows and text.strip():
                break  # the first line of prose after the table ends it
            continue
        labels = _labels(text)
        if labels[0] == "序号" or not any(labels[:2]):
            continue  # a header repeated after a page break (or its second line)
        cells = {
            name: cell.strip() for name, cell in zip(fields, text.split("\t"), strict=False) if name
        }
        if labels[0].isdigit():
            rows.append(ItemRow(line_no, cells))
            continue
        if not rows:
            raise PipelineError(
                context.path,
                "continuation line before the first item",
                line=line_no,
                column="序号",
                expected="an item number",
            )
        previous = rows[-1]
        for name, cell in cells.items():
            if cell:
                joined = previous.cells.get(name, "") + cell
                source_text.record(
                    line_no, cell, joined, "join-lines", f"{name} wrapped from line {previous.line}"
                )
                previous.cells[name] = joined
    return rows


def _implementer(context: ExtractionContext, line: int, printed: str) -> str:
    """The implementer cell without the spaces around its slash (区生态环境局 /经开区生态环境局)."""
    cleaned = re.sub(r"\s*/\s*", "/", squeeze(printed))
    if cleaned != printed:
        context.source_text.record(
            line, printed, cleaned, "squeeze-spaces", "spaces inserted by PDF extraction around '/'"
        )
    return cleaned


def _yes_no(context: ExtractionContext, row: ItemRow, name: str) -> bool | None:
    value = row.cells.get(name, "")
    if not value:
        return None
    if value not in YES_NO:
        raise PipelineError(
            context.path, f"{name} is {value!r}", line=row.line, column=name, expected="是 or 否"
        )
    return YES_NO[value]


@parser("service_catalogue")
def parse_catalogue(document: Document, context: ExtractionContext) -> None:
    catalogue = _CATALOGUE.search(document.title)
    batch = _BATCH.search(document.title)
    if not catalogue or not batch:
        raise PipelineError(
            context.path,
            f"cannot tell catalogue and batch from {document.title!r}",
            line=document.start_line,
            expected="a title naming “…”事项清单 and 第N批",
        )
    header_end, fields = _header(context, document)
    for row in _item_rows(context, document, header_end, fields):
        item_id = f"{document.document_id}-{int(row.cells['seq']):03d}"
        implementer = _implementer(context, row.line, row.cells["implementer"])
        context.add(
            "service_items",
            {
                "item_id": item_id,
                "catalogue": catalogue[1],
                "batch": f"第{batch[1]}批",
                "seq": int(row.cells["seq"]),
                "base_code": row.cells.get("base_code") or None,
                "name": squeeze_recorded(context.source_text, row.line, row.cells["name"]),
                "item_type": row.cells["item_type"],
                "implementer": implementer,
                "to_town": _yes_no(context, row, "to_town"),
                "to_village": _yes_no(context, row, "to_village"),
                "document_id": document.document_id,
                "doc_number": document.doc_number,
            },
            line=row.line,
        )
        department_ids = context.link_departments(implementer, line=row.line, column="实施主体")
        for position, department_id in enumerate(department_ids, start=1):
            context.add(
                "service_item_departments",
                {
                    "item_id": item_id,
                    "department_id": department_id,
                    "position": position,
                },
                line=row.line,
            )
