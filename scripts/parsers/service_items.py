"""Service catalogues (“最多跑一次”, “就近办” …) → `service_items` and `service_item_departments`.

A catalogue is a tab-separated list after the notice: 序号 | [基本编码] | 事项名称 | 事项类型 |
实施主体 (or 区级部门) | [是否下放到镇（街道） | 是否下放到村（社区）]. Columns are recognised by
their header labels, so either layout (and a later batch) parses without code changes. The header
is printed again after every page break; a name that wraps continues on a line whose 序号 cell
is empty. Where no column names the department, group rows printed across the table do
(二、区X局（4项）, or led by the implementer column's label: 主管部门　区X局、区Y局（2项）).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..documents import Document
from ..recognise import Claim, Outline, recogniser
from ..tables import ExtractionContext
from ..text import ORDINAL_NUMERAL, squeeze, squeeze_recorded, unspaced
from ..vocab import LabelMap, label_map, read_vocab
from . import parser
from .tabbed import page_furniture_before_header
from .tasks import cell_number

HEADERS = "service_headers.csv"
PRINTED = "printed:"  # a column's printed label, for a column no item field takes
TOTALS = "catalogue_totals.csv"
FIELDS = ("seq", "base_code", "name", "item_type", "implementer", "to_town", "to_village",
          "levels", "ignore")
YES_NO = {"是": True, "否": False, "√": True, "✓": True, "●": True,
          "×": False, "—": False, "-": False, "－": False, "/": False}
MARKS = ("√", "✓", "●")  # a delegation printed as a mark, its absence as a blank cell
# A delegation column named by its level (镇（街道）受理, 村（社区）代办), its label not curated.
_LEVEL_COLUMNS = (("to_town", ("镇", "乡", "街道")), ("to_village", ("村", "社区")))
_QUOTED = re.compile(r"“([^”]+)”")
_UNQUOTED = re.compile(r"(?:关于|印发|公布|发布|调整)([^关印公发调]+?)(?:事项)?清单")
# a batch's year printed before it (2024年第三批): numbering starts again each year
_BATCH = re.compile(r"(?:(?P<year>\d{4})\s*年度?\s*)?第?(?P<number>[一二三四五六七八九十\d]+)批")
# A heading row's ordinal, count and wording of a shared item: 一、区公安局（7项） → 区公安局;
# （九）区人力社保局、区医保局共同实施（2项） → 区人力社保局、区医保局.
_HEADING_LINE = re.compile(rf"^(?:{ORDINAL_NUMERAL}、|[（(][一二三四五六七八九十]+[)）])"
                           r"[^，。；\t]{2,40}?(?:[（(]\d+项[)）])?$")
# A group row led by a column label: 主管部门　区民政局（4项）, 实施部门：区残联（3项）
_LABELLED_GROUP = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,8})(?:\s+|[：:]\s*)"
                             r"(?P<departments>[^，。；\t]{2,40}?(?:[（(]\d+项[)）])?)$")
_HEADING_MARKS = re.compile(rf"^[（(]?(?:{ORDINAL_NUMERAL}|\d+)[)）、.．]\s*"
                            r"|(?:(?:共同|联合)实施)?(?:[（(]\d+项[)）])?$")


def column_fields(sources_dir: Path | None) -> dict[str, str]:
    """Printed header label → item field, from the curated file (fields checked)."""
    return label_map(sources_dir, HEADERS, "field", FIELDS)


def is_catalogue_header(labels: list[str], fields: LabelMap) -> bool:
    """序号 | … 事项名称 … with an item type or implementer column: a catalogue's header."""
    known = {fields.role_of(label) for label in labels}
    return {"seq", "name"} <= known and bool(known & {"item_type", "implementer"})


@recogniser("service_catalogue", data=(f"vocab/{HEADERS}",))
def service_catalogue(outline: Outline) -> Claim | None:
    """Any list of service items, found by its header labels."""
    fields = column_fields(outline.sources_dir)
    for line, labels in outline.headers:
        if is_catalogue_header(labels, fields):
            return Claim("service_catalogue",
                         f"catalogue header {' | '.join(label for label in labels if label)} "
                         f"at line {line}", line)
    return None


def stated_totals(text: str, sources_dir: Path | None = None) -> dict[str, int]:
    """What a catalogue's notice states: {"items": N, "departments": M} as worded in the
    curated patterns (共N项, 共计N项, 合计N项, 本批次…N项, 涉及N个部门 …); first statement wins."""
    found: dict[str, int] = {}
    plain = unspaced(text)
    for row in read_vocab(sources_dir, TOTALS, ("prefix", "unit", "measure", "note")):
        # 本批次梳理事项N项, 涉及区级部门（单位）N个: words between the prefix and the number
        words = r"[\u4e00-\u9fff“”（）()]{0,12}?"
        pattern = rf"{re.escape(row['prefix'])}{words}(\d+){re.escape(row['unit'])}"
        match = re.search(pattern, plain)
        if match and row["measure"] not in found:
            found[row["measure"]] = int(match[1])
    return found


@dataclass
class ItemRow:
    line: int
    cells: dict[str, str] = field(default_factory=dict)
    heading: str | None = None  # the heading row above it, when the list is grouped


def _labels(text: str) -> list[str]:
    return [squeeze(cell).replace(" ", "") for cell in text.split("\t")]


def _header(context: ExtractionContext, document: Document,
            fields: LabelMap) -> tuple[int, list[str | None]] | None:
    """(last header line, field per column) of the catalogue table in the document."""
    for line_no, text in context.source_text.numbered(document.start_line, document.end_line):
        labels = _labels(text)
        if is_catalogue_header(labels, fields):
            columns = [_field(fields, label) or _printed(label) for label in labels]
            if line_no < document.end_line:
                next_labels = _labels(context.source_text[line_no + 1])
                if len(next_labels) > 1 and not next_labels[0]:  # a second header line (下放层级)
                    for index, label in enumerate(next_labels):
                        if _field(fields, label):
                            columns[index] = _field(fields, label)
                    return line_no + 1, columns
            return line_no, columns
    return None


def _printed(label: str) -> str | None:
    """A column no item field takes (办理渠道, 到现场次数, 备注): kept under its printed label."""
    return f"{PRINTED}{label}" if label else None


def _notes(cells: dict[str, str]) -> str | None:
    """The item's cells under printed columns, as 办理渠道：全程网办；到现场次数：0次."""
    notes = [f"{name.removeprefix(PRINTED)}：{value}" for name, value in cells.items()
             if name.startswith(PRINTED) and value.strip()]
    return "；".join(notes) or None


def _field(fields: LabelMap, label: str) -> str | None:
    value = fields.role_of(label) or next(
        (field for field, levels in _LEVEL_COLUMNS if label.startswith(levels)), None)
    return None if value == "ignore" else value


def _item_rows(
    context: ExtractionContext, document: Document, header_end: int, fields: list[str | None],
    vocabulary: LabelMap
) -> list[ItemRow]:
    """Printed rows with wrapped continuation lines joined and repeated headers dropped."""
    rows: list[ItemRow] = []
    source_text = context.source_text
    seq_column = fields.index("seq")
    heading = None
    for line_no, text in source_text.numbered(header_end + 1, document.end_line):
        if "\t" not in text:
            if (group := _group_heading(text.strip(), vocabulary)) is not None:
                heading = group
                continue
            if rows and text.strip() and not page_furniture_before_header(
                    source_text, line_no, document.end_line,
                    lambda found: is_catalogue_header(found, vocabulary)):
                break  # the first line of prose after the table ends it
            continue
        labels = _labels(text)
        cells = {
            name: cell.strip() for name, cell in zip(fields, text.split("\t"), strict=False) if name
        }
        seq = labels[seq_column] if seq_column < len(labels) else ""
        if cell_number(seq) is not None:
            cells["seq"] = str(cell_number(seq))
            rows.append(ItemRow(line_no, cells, heading))
            continue
        if is_catalogue_header(labels, vocabulary) or all(
                label in vocabulary for label in labels if label):
            continue  # a header repeated after a page break (or its second line)
        printed = [label for label in labels if label]
        if len(printed) == 1 and seq:  # a heading row over the items below it (一、区公安局)
            heading = _HEADING_MARKS.sub("", seq)
            continue
        if not rows:
            context.flag(line_no, "catalogue line before the first numbered item",
                         expected="an item number in the 序号 column",
                         curated_file="sources/reviewed.csv",
                         suggested_row=f"{context.path},{line_no},…,kept as printed")
            continue
        previous = rows[-1]
        for name, cell in cells.items():
            if cell and name != "seq":
                joined = previous.cells.get(name, "") + cell
                source_text.record(
                    line_no, cell, joined, "join-lines", f"{name} wrapped from line {previous.line}"
                )
                previous.cells[name] = joined
    return rows


def _group_heading(text: str, vocabulary: LabelMap) -> str | None:
    """The departments a group row printed across the table names, or None for another line:
    an ordinal heading (二、区人力社保局（4项）) or one opening with the implementer column's
    label (主管部门　区民政局、区残联（2项）) — the department then is on no item's row."""
    if _HEADING_LINE.match(text):
        return _HEADING_MARKS.sub("", text)
    labelled = _LABELLED_GROUP.match(text)
    if labelled and vocabulary.role_of(labelled["label"]) == "implementer":
        return _HEADING_MARKS.sub("", labelled["departments"]) or None
    return None


def _implementer(context: ExtractionContext, line: int, printed: str) -> str:
    """The implementer cell without the spaces around its slash (区生态环境局 /经开区生态环境局)."""
    cleaned = re.sub(r"\s*/\s*", "/", squeeze(printed))
    if cleaned != printed:
        context.source_text.record(
            line, printed, cleaned, "squeeze-spaces", "spaces inserted by PDF extraction around '/'"
        )
    return cleaned


def _delegated(context: ExtractionContext, row: ItemRow, name: str,
               level: tuple[str, ...], marked: set[str]) -> bool | None:
    """Whether the item is delegated to a level: its own 是/否 column (blank in a column of
    marks: no), else a levels cell naming the levels (镇（街道）、村（社区）)."""
    if name in marked and not row.cells.get(name):
        return False
    if name in row.cells or "levels" not in row.cells:
        return _yes_no(context, row, name)
    return any(word in row.cells["levels"] for word in level)


def _yes_no(context: ExtractionContext, row: ItemRow, name: str) -> bool | None:
    value = row.cells.get(name, "")
    if not value:
        return None
    if value not in YES_NO:
        context.flag(row.line, f"{name} is {value!r}", expected=" or ".join(YES_NO),
                     curated_file="sources/corrections.csv",
                     suggested_row=f"{context.source_text.source.source_id},{row.line},{value},是|否,why")
        return None
    return YES_NO[value]


def catalogue_name(title: str) -> str | None:
    """The catalogue a title names: “就近办”事项清单 → 就近办; else the words before 清单."""
    quoted = _QUOTED.search(title)
    if quoted:
        return quoted[1]
    unquoted = _UNQUOTED.search(title)
    return unquoted[1] if unquoted else None


def batch_name(texts: list[str]) -> str | None:
    """第N批 from the first text naming a batch (第三批, （第三批）, 三批 → 第三批), with
    its year when one is printed before it (（2024年第三批） → 2024年第三批)."""
    for text in texts:
        if match := _BATCH.search(text):
            year = f"{match['year']}年" if match["year"] else ""
            return f"{year}第{match['number']}批"
    return None


@parser("service_catalogue")
def parse_catalogue(document: Document, context: ExtractionContext) -> None:
    """The catalogue table, named by the title (catalogue, batch) and checked against the
    totals its notice states."""
    source_text = context.source_text
    sources_dir = source_text.source.path.parent
    vocabulary = column_fields(sources_dir)
    lines = [text for _, text in source_text.numbered(document.start_line, document.end_line)]
    catalogue = catalogue_name(document.title) or catalogue_name(document.toc_title)
    batch = batch_name([document.title, document.toc_title, *lines])
    if catalogue is None:
        context.flag(document.start_line, f"cannot tell the catalogue from {document.title!r}",
                     expected="a title naming “…”事项清单 or …清单",
                     curated_file="sources/reviewed.csv",
                     suggested_row=f"{context.path},{document.start_line},…,kept as printed")
        catalogue = document.title
    found = _header(context, document, vocabulary)
    if found is None:
        context.flag(document.start_line, "no catalogue table (序号 | … 事项名称 …) found",
                     expected=f"a table in {document.doc_number}",
                     curated_file=f"sources/vocab/{HEADERS}", suggested_row="label,field,")
        return
    header_end, fields = found
    count = 0
    rows = _item_rows(context, document, header_end, fields, vocabulary)
    # a column of marks (✓ where delegated) leaves the other cells blank: there, blank is 否
    marked = {name for name in ("to_town", "to_village")
              if any(row.cells.get(name) in MARKS for row in rows)}
    for row in rows:
        count += 1
        item_id = f"{document.document_id}-{int(row.cells['seq']):03d}"
        implementer = _implementer(context, row.line,
                                   row.cells.get("implementer") or row.heading or "") or None
        if implementer is None:
            context.flag(row.line, f"item {row.cells['seq']} names no implementer",
                         expected="an implementer column or a heading row above the item",
                         curated_file=f"sources/vocab/{HEADERS}",
                         suggested_row="(the implementer column's label),implementer,")
        context.add(
            "service_items",
            {
                "item_id": item_id,
                "catalogue": catalogue,
                "batch": batch,
                "seq": int(row.cells["seq"]),
                "base_code": row.cells.get("base_code") or None,
                "name": squeeze_recorded(context.source_text, row.line, row.cells.get("name", "")),
                "item_type": row.cells.get("item_type") or None,
                "implementer": implementer,
                "to_town": _delegated(context, row, "to_town", ("镇", "街道"), marked),
                "to_village": _delegated(context, row, "to_village", ("村", "社区"), marked),
                "notes": _notes(row.cells),
                "document_id": document.document_id,
                "doc_number": document.doc_number,
            },
            line=row.line,
        )
        department_ids = context.link_departments(implementer or "", line=row.line,
                                      column="实施主体")
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
    stated = stated_totals(" ".join(lines[: header_end - document.start_line]), sources_dir)
    if "items" in stated and stated["items"] != count:
        context.flag(document.start_line, f"the notice states {stated['items']} items, "
                     f"the table lists {count}", expected="as many items as stated",
                     curated_file="sources/errata.csv",
                     suggested_row=f"{source_text.source.source_id},line,printed,count,…")
