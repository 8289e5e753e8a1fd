"""The clauses and table cells of an insurance notice's section, each with the label its
figures are filed under.

A paragraph gives its clauses (split at 。；) under the section's label. A table gives one item
per figure cell, the clause being its row as printed (tabs kept), read under its column:

- 品种 | 保险金额（元/亩） | 费率: a bracketed unit in the header belongs to every cell of its
  column (1000 reads 每亩1000元);
- 项目 | 能繁母猪 | 育肥猪: the insured across, each row naming the figure and its unit
  (保险金额（元/头） | 1500 | 800): a cell is labelled with both (能繁母猪保险金额);
- a header wrapped onto a second line of units (保险金额 over （元/亩）) is one header;
- 保险要素 | 具体内容: each row a label and its text (保险金额 | 每箱400元), read as a labelled
  clause;
- a group printed on a row of its own (保险责任范围内死亡 | | ) over rows whose first cell is
  empty: each row is read with its group; a row stating its term in words alone (不分体重 |
  保险金额扣除…的差额) is a term of its last column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..documents import is_running_head
from ..text import label_and_unit, squeeze

_CLAUSE = re.compile(r"[^。；;]+[。；;]?")


def clauses_and_cells(section_label: str, lines: list[tuple[int, str]]
                       ) -> Iterator[tuple[int, str, str, str]]:
    """(line, label, clause, text its figures are read from) of a section: each clause of its
    paragraphs under the section's label, and each cell of a table in it, the clause being
    the row as printed.

    A table's first row names its columns; a unit in brackets there belongs to every cell of
    the column (保险金额（元/亩） over 1000 reads 每亩1000元). A table listing the insured across
    (项目 | 能繁母猪 | 育肥猪) names the figure and its unit at the start of each row (保险金额
    （元/头） | 1500 | 800): a cell is labelled with both (能繁母猪保险金额).
    """
    table: list[tuple[int, list[str]]] = []
    for line_no, text in [*lines, (0, "")]:
        if _page_furniture(text):
            continue  # a page break: its number and running head are no clause
        if "\t" in text:
            cells = [squeeze(cell).replace(" ", "").replace("\u3000", "")
                     for cell in text.split("\t")]
            if table and cells == table[0][1]:
                continue  # the header printed again after a page break
            if len(table) > 1 and _wraps(table[-1][1], cells):
                table[-1] = (table[-1][0], _continued(table[-1][1], cells))
                continue  # a row's cell wrapped onto a line of its own
            table.append((line_no, cells))
            continue
        yield from _table_cells(table)
        table = []
        for clause in (match[0].strip() for match in _CLAUSE.finditer(text)):
            yield line_no, section_label, clause, clause


_PAGE_NUMBER = re.compile(r"^[\s·•\-—－]*\d{1,4}[\s·•\-—－]*$")


def _page_furniture(text: str) -> bool:
    """A page's number (· 15 ·) or running head (…公报　　2024年第5期), printed at a break."""
    return bool(_PAGE_NUMBER.match(text)) or is_running_head(text)


def _wraps(above: list[str], below: list[str]) -> bool:
    """A line printing one cell alone, under a cell of the row above that stops mid-sentence
    (…2万元至5万元（含）的部分 over 按60%赔付): that cell wrapped. A row printing several cells
    under an empty first one is a row of its own, its group carried down from above."""
    filled = [index for index, cell in enumerate(below) if cell]
    if len(filled) != 1 or filled[0] == 0 or filled[0] >= len(above):
        return False
    return bool(above[filled[0]]) and not above[filled[0]].endswith(("。", "；", ";"))


def _continued(above: list[str], below: list[str]) -> list[str]:
    """A row whose cells go on in the line below (…2万元至5万元（含）的部分 | over 按60%赔付)."""
    width = max(len(above), len(below))
    above, below = above + [""] * (width - len(above)), below + [""] * (width - len(below))
    return [f"{upper}{lower}" for upper, lower in zip(above, below, strict=True)]


def _table_cells(table: list[tuple[int, list[str]]]) -> Iterator[tuple[int, str, str, str]]:
    if len(table) < 2:
        return
    header, rows = table[0][1], table[1:]
    if _is_key_value(header, rows):  # 保险要素 | 具体内容 over 保险金额 | 每箱400元
        for line_no, cells in rows:
            yield line_no, cells[0], "\t".join(cells), cells[1]
        return
    if len(rows) > 1 and _is_units_line(rows[0][1]):
        # a header printed on two lines (保险金额 over （元/亩）): one label a column
        second = rows[0][1] + [""] * len(header)
        header, rows = [f"{label}{second[index]}" for index, label in enumerate(header)], rows[1:]
    columns = [label_and_unit(cell) for cell in header]
    rows = _grouped(rows)
    across = not any(unit for _, unit in columns[1:]) and any(
        label_and_unit(cells[0])[1] for _, cells in rows)
    for line_no, cells in rows:
        clause = "\t".join(cells)
        row_label, row_unit = label_and_unit(cells[0])
        figures = [(label, unit, cell) for (label, unit), cell in zip(columns, cells, strict=False)
                   if label and re.search(r"\d", cell)]  # 每户40000元 / …每次事故最高20000元
        for label, unit, cell in figures:
            named = f"{label}{row_label}" if across else label
            yield line_no, named, clause, _with_unit(cell, unit or row_unit)
        if not figures and (last := _last_filled(columns, cells)):
            yield line_no, last[0], clause, last[1]  # a row stating its term in words


_BRACKETED = re.compile(r"[（(][^（）()]*[)）]")  # （元/亩）


def _is_units_line(cells: list[str]) -> bool:
    """A header's second line: its filled cells only the units or notes in brackets of the
    labels above them (| （元/亩） | | （市级／区级）). A first row stating its terms in words
    (全部损毁 | 按保险金额赔付) is a row, not part of the header."""
    filled = [cell for cell in cells if cell]
    return bool(filled) and all(_BRACKETED.fullmatch(cell) for cell in filled)


def _is_group_row(cells: list[str]) -> bool:
    """A row naming a group alone in its first cell (保险责任范围内死亡 | | ): the rows below
    it, their first cell empty, are of that group."""
    return len(cells) > 1 and bool(cells[0]) and not any(cells[1:])


def _grouped(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """The rows with each group row's name carried down into the empty first cell of the rows
    under it (政府强制扑杀 over  | 不分体重 | …), the group rows themselves left out."""
    grouped: list[tuple[int, list[str]]] = []
    group = ""
    for line_no, cells in rows:
        if _is_group_row(cells):
            group = cells[0]
            continue
        if group and not cells[0]:
            cells = [group, *cells[1:]]
        grouped.append((line_no, cells))
    return grouped


def _last_filled(columns: list[tuple[str, str]], cells: list[str]) -> tuple[str, str] | None:
    """(column label, cell) of a row's last filled cell under a labelled column."""
    return next(((label, cell) for (label, _), cell in reversed(
        list(zip(columns, cells, strict=False))) if label and cell), None)


def _is_key_value(header: list[str], rows: list[tuple[int, list[str]]]) -> bool:
    """A table of two columns, a label and its text (保险要素 | 具体内容): no figure or unit in
    its header or in its labels."""
    cells = [header, *(cells for _, cells in rows)]
    return all(len([cell for cell in row if cell]) == 2 and len(row) == 2 for row in cells) \
        and not any(re.search(r"\d|[（(]", row[0]) for row in cells) \
        and not re.search(r"\d|[（(]", header[1])


# a number printed without its unit, after words bounding it or none (30000, 最高30000)
_BARE_FIGURE = re.compile(r"(?P<lead>\D*?)(?P<number>\d+(?:\.\d+)?)")


def _with_unit(cell: str, unit: str) -> str:
    """A bare number with its column's unit, as a clause prints it: 1000 under 元/亩 →
    每亩1000元, 最高30000 under 元 → 最高30000元; a cell printing its own unit (2‰, 50%)
    stands as it is. A note after the unit (元，按伤残等级比例给付) is no part of it."""
    bare = _BARE_FIGURE.fullmatch(cell)
    if not unit or not bare:
        return cell
    amount_unit, _, per = re.split(r"[，,；;]", unit)[0].partition("/")
    return f"{'每' + per if per else ''}{bare['lead']}{bare['number']}{amount_unit}"
