"""Task tables of any notice or plan, whatever its topic → `tasks` and `task_departments`.

A task table is found by its header labels, curated in sources/vocab/task_headers.csv (printed
label → role): a table is a task table when its header has a task-text column (role `task` or
`group`) and a units column (`lead_units`, `responsible_units`, `cooperating_units`). Of the
text columns, the rightmost `task` column holds the task; the one left of it (or a `group`
column, left of it or else right of it: … | 完成时间 | 所属环节) is the task's campaign/key
task, a third one between them its work item. So
专项行动 | 工作任务 | 工作内容 | 责任单位, 重点任务 | 具体工作 | 牵头单位 | 配合单位 | 完成时限 and
序号 | 工作任务 | 责任单位 read the same way; a header label nobody curated is reported with a
suggested row, and a table with no task-text label reads its uncurated columns left of its units
as task text (when that is its only uncurated label, or it has a 序号 or deadline column).

Rows: empty group cells carry the cell above down; a row printing only a group's name (一、…)
names the group of the rows below it; a group cell may name its lead in brackets
(…行动(牵头单位:区消防救援支队)); the number is the 序号 column, else a printed "N." at the start
of the task text, else the row's position; a row without a number (or, where tasks are numbered
in their text, without "N.") continues the task above; a table crossing a page break prints its
header again, and a cell cut by the break continues on the new page's first row. Units are
linked to `departments` with a role: 牵头 (the group's lead, a 牵头单位 cell, or — where a table
names neither — the first unit of its 责任单位 cell, the gazette's order), 责任, 配合; two
units columns whose labels print no role (统筹部门 | 落实单位) are the lead and the supporting
units, in that order.
A table with a task header that yields no task is reported, never silently empty.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..documents import Document
from ..recognise import Claim, Outline, recogniser
from ..sources import SourceText
from ..tables import ExtractionContext
from ..text import (
    BRACKETED_ORDINAL,
    LETTER_ORDINAL,
    ORDINAL_NUMERAL,
    deadline_year,
    parse_deadline,
    squeeze_recorded,
    strip_bullet,
    unspaced,
)
from ..vocab import LabelMap, label_map
from . import parser
from .tabbed import Table, TableRow, labels, merge_wrapped_rows, read_table_at, table_starts

VOCAB = "task_headers.csv"
VOCAB_FIELDS = ("label", "role", "note")
TEXT_ROLES = ("group", "task")
UNIT_ROLES = ("lead_units", "responsible_units", "cooperating_units")
# `not_task`: a label that marks another kind of table (事项名称 of a catalogue).
# `name`: a task's short name printed before its text (任务名称 | 工作要求), joined to it.
ROLES = ("number", *TEXT_ROLES, "name", *UNIT_ROLES, "deadline", "ignore", "not_task")
_ROLE_NAMES = {"lead_units": "牵头", "responsible_units": "责任", "cooperating_units": "配合"}

_TASK_NUMBER = re.compile(r"^(\d+)\s*[.．、]\s*")
_NUMERAL = ORDINAL_NUMERAL
_ORDINAL = re.compile(rf"^(?:{BRACKETED_ORDINAL}|(?:{_NUMERAL}|{LETTER_ORDINAL})\s*[、.．]"
                      rf"|第{_NUMERAL}(?:板块|部分|方面|类)"  # 第一板块　源头减量
                      rf"|[\u4e00-\u9fff]{{1,4}}?{_NUMERAL}[：:])\s*")  # 专项一：隐患排查
# A printed task number in a 序号 cell: 3, 3., （3）.
_CELL_NUMBER = re.compile(r"^[（(]?\s*(\d+)\s*[)）.．、]?$")
# A deadline inside a task's text: 2021年6月底前, 2021年4月30日前, 2021年底前.
_DEADLINE = re.compile(r"\d{4}\s*年\s*(?:\d{1,2}\s*月\s*(?:底|\d{1,2}\s*日)|底)前?")
_UNIT_SEPARATORS = re.compile(r"[、，,\s]+")


def header_roles(sources_dir: Path | None) -> LabelMap:
    """Printed header label → role, from the curated file (roles checked)."""
    return label_map(sources_dir, VOCAB, "role", ROLES)


@dataclass(frozen=True)
class TaskColumns:
    """Which column of a task table holds what (indexes into its cells)."""

    content: int
    campaign: int | None
    work_item: int | None
    number: int | None
    units: dict[str, int]  # role → column
    deadline: int | None
    unknown: list[str]  # header labels not in the curated vocabulary
    name: int | None = None  # the task's short name, printed before its text


def task_columns(labels: list[str], roles: LabelMap) -> TaskColumns | None:
    """The columns of a task-table header, or None when the header is no task table's."""
    column_roles = [roles.role_of(label) if label else "ignore" for label in labels]
    # 任务名称 | 工作要求: the name column is read apart when a task column follows it, else
    # it holds the task itself
    name = column_roles.index("name") if "name" in column_roles else None
    if name is not None:
        column_roles[name] = "ignore" if "task" in column_roles[name + 1:] else "task"
        name = name if column_roles[name] == "ignore" else None
    units = unit_columns(column_roles)
    if not units or len(labels) < 2 or "not_task" in column_roles:
        return None
    text = [index for index, role in enumerate(column_roles) if role in TEXT_ROLES]
    unknown = [label for label, role in zip(labels, column_roles, strict=True) if role is None]
    if not any(column_roles[index] == "task" for index in text):
        # The task text whatever its header: the uncurated columns left of the units.
        uncurated = [index for index, role in enumerate(column_roles)
                     if role is None and index < min(units.values())]
        numbered = "number" in column_roles or "deadline" in column_roles
        if not text and (not uncurated or (len(unknown) > 1 and not numbered)):
            return None  # several uncurated labels and no 序号 or deadline: maybe no task table
        text = sorted(text + uncurated)
    else:
        # An uncurated column left of the task text groups it (整治环节, 工作板块 …).
        rightmost_task = max(index for index in text if column_roles[index] == "task")
        text = sorted(text + [index for index, role in enumerate(column_roles)
                              if role is None and index < rightmost_task])
    curated_tasks = [index for index in text if column_roles[index] == "task"]
    # the rightmost curated task column; without one, the rightmost text column (a 主要任务
    # column right of an uncurated 生产环节 holds the task, the other groups it)
    content = curated_tasks[-1] if curated_tasks else text[-1]
    before = [index for index in text if index < content]
    # a group column printed right of the task text (… | 完成时间 | 所属环节) groups it as well
    after = [index for index in text if index > content and column_roles[index] == "group"]
    campaign = (before or after or [None])[0]
    work_item = before[-1] if len(before) > 1 else None
    number = column_roles.index("number") if "number" in column_roles else None
    deadline = column_roles.index("deadline") if "deadline" in column_roles else None
    return TaskColumns(content, campaign, work_item, number, units, deadline, unknown, name)


def unit_columns(column_roles: list[str | None]) -> dict[str, int]:
    """Role → column of a header's units columns (the leftmost of a role).

    Two columns whose labels print no role (统筹部门 | 落实单位: each read as merely responsible)
    where no column is headed lead or supporting are the lead and the supporting units, in the
    gazette's order: the lead first."""
    units = {role: index for index, role in reversed(list(enumerate(column_roles)))
             if role in UNIT_ROLES}
    responsible = [index for index, role in enumerate(column_roles)
                   if role == "responsible_units"]
    if len(responsible) == 2 and list(units) == ["responsible_units"]:
        return {"lead_units": responsible[0], "cooperating_units": responsible[1]}
    return units


def has_task_table(outline: Outline) -> tuple[int, list[str]] | None:
    """(line, labels) of the first task-table header in the document, if any (a header wrapped
    over two lines read as its joined labels)."""
    roles = header_roles(outline.sources_dir)
    lines = dict(outline.headers)
    for line, header in outline.headers:
        if task_columns(header, roles) is not None:
            return line, header
        second = two_line_header(header, lines.get(line + 1, []), roles)
        if second is not None and task_columns(second, roles) is not None:
            return line, second
    return None


@recogniser("task_plan", data=(f"vocab/{VOCAB}",))
def task_plan(outline: Outline) -> Claim | None:
    """Any notice or plan holding a task table (whatever its topic)."""
    found = has_task_table(outline)
    if found is None:
        return None
    line, header = found
    return Claim("task_plan", f"task table header {' | '.join(header)} at line {line}", line)


@dataclass
class PrintedTask:
    """One task as printed, before its units are linked."""

    number: int
    line: int
    content: str
    campaign: str | None = None
    campaign_lead: str | None = None
    work_item: str | None = None
    lead_units: str | None = None
    responsible_units: str | None = None
    cooperating_units: str | None = None
    deadline_text: str | None = None


@parser("task_plan")
def parse_task_tables(document: Document, context: ExtractionContext) -> None:
    """Every task table of the document, each read by its header labels."""
    source_text = context.source_text
    roles = header_roles(source_text.source.path.parent)
    found = 0
    for header_line, header in table_starts(source_text, document):
        second = _second_header_line(source_text, header_line, header, roles)
        columns = task_columns(header, roles)
        if columns is None and second is not None:  # 主责 | 协同 over 单位 | 单位
            header, columns = second, task_columns(second, roles)
        if columns is None:
            continue
        found += 1
        for index, label in enumerate(header):
            if label in columns.unknown:
                role = ("task" if index == columns.content else
                        "group" if index in (columns.campaign, columns.work_item) else "ignore")
                context.flag(header_line, f"task-table header label {label!r} is not curated",
                             expected=f"a label of sources/vocab/{VOCAB} ({' | '.join(ROLES)})",
                             curated_file=f"sources/vocab/{VOCAB}",
                             suggested_row=f"{label},{role},")
        if second is not None:  # 责任部门 over 牵头 | 配合
            header = second
            columns = task_columns(header, roles) or columns
        table = read_table_at(source_text, document, header_line, 1 + (second is not None))
        prefix = document.document_id if found == 1 else f"{document.document_id}-{found}"
        added = _read_tasks(context, document, table, columns, prefix, roles)
        if not added:
            context.flag(header_line, f"task table {' | '.join(header)} yields no task",
                         expected="task rows below the header",
                         curated_file=f"sources/vocab/{VOCAB}",
                         suggested_row="(check the header's roles)")


def _second_header_line(source_text: SourceText, header_line: int, header: list[str],
                        roles: LabelMap) -> list[str] | None:
    """The header's labels with its second line's in their columns (see `two_line_header`),
    or None when the line below is no second header line."""
    if header_line + 1 > len(source_text) or "\t" not in source_text[header_line + 1]:
        return None
    return two_line_header(header, labels(source_text[header_line + 1].split("\t")), roles)


def two_line_header(header: list[str], below: list[str], roles: LabelMap) -> list[str] | None:
    """A header's labels completed by its second line, a line printing curated labels only
    with its first cell empty; None when `below` is no such line.

    Under a spanning label and the empty cell beside it the second line names the columns
    (责任部门 over 牵头 | 配合); under a label naming no role alone it ends that label, wrapped
    in a narrow column (主责 over 单位, 办结 over 时限)."""
    printed = [label for label in below if label]
    if below[:1] != [""] or not printed or any(
            roles.role_of(label) in (None, "ignore") for label in printed):
        return None
    return [_completed_label(high, low, roles)
            for high, low in zip(header, below + [""] * len(header), strict=False)]


def _completed_label(high: str, low: str, roles: LabelMap) -> str:
    """A column's label from its header's two lines (see `two_line_header`)."""
    if high and low and roles.role_of(high) is None:
        return high + low
    return low or high


def _read_tasks(context: ExtractionContext, document: Document, table: Table,
                columns: TaskColumns, prefix: str, roles: LabelMap) -> int:
    source_text = context.source_text
    plan = _plan_title(source_text, document, table.header_line)
    table_kind = " | ".join(label for label in labels(table.header[0]) if label)
    lead_labels = [label for label, role in roles.items() if role == "lead_units"]
    rows, headings = _task_rows(source_text, table.rows, columns, roles)
    if columns.campaign is not None:
        rows = _centred_groups(rows, headings, columns.campaign)
        prose = _prose(source_text, document, table)
        rows = _split_groups(rows, headings, columns.campaign, prose)
    if headings and columns.campaign is not None and columns.work_item is None and all(
            row.cells[columns.campaign] for row in rows if row.line not in headings):
        # groups printed as rows of their own: a text column filled on every task row left of
        # the task text names each task (工作任务 | 主要措施), it groups none
        columns = replace(columns, name=columns.campaign, campaign=None)
    numbered_in_text = columns.number is None and any(
        row.line not in headings for row in rows) and all(
        _TASK_NUMBER.match(row.cells[columns.content]) for row in rows if row.line not in headings)
    campaign = campaign_lead = work_item = None
    seen: set[int] = set()
    position = 0
    for row in rows:
        cells = row.cells
        if row.line in headings:
            heading = next(cell for index, cell in enumerate(cells)
                           if cell and (index != columns.number or sum(map(bool, cells)) == 1))
            campaign, campaign_lead = _campaign(source_text, row.line, heading, lead_labels,
                                                None, None)
            work_item = None
            continue
        position += 1
        if columns.campaign is not None and cells[columns.campaign]:
            name, lead = _campaign(source_text, row.line, cells[columns.campaign], lead_labels,
                                   campaign, campaign_lead)
            if name != campaign:
                work_item = None
            campaign, campaign_lead = name, lead
        if columns.work_item is not None and cells[columns.work_item]:
            work_item = squeeze_recorded(source_text, row.line, cells[columns.work_item])
        content = cells[columns.content]
        if columns.name is not None and cells[columns.name] and content:
            content = f"{cells[columns.name]}：{content}"  # 制定办事指南：编制…全流程办事指南
        if not content:
            context.flag(row.line, "task row without task text", expected="the task's text in "
                         f"column {columns.content + 1}", curated_file="sources/reviewed.csv",
                         suggested_row=f"{context.path},{row.line},…,kept as printed")
            continue
        if columns.number is not None:
            number = cell_number(cells[columns.number]) or position
        elif numbered_in_text:
            match = _TASK_NUMBER.match(content)
            number, content = int(match[1]), content[match.end():]
        else:
            number = position
        if number in seen:
            context.flag(row.line, f"task number {number} printed twice in one table",
                         expected="each task numbered once", curated_file="sources/corrections.csv",
                         suggested_row=f"{source_text.source.source_id},{row.line},…,…,why")
            continue
        seen.add(number)
        content = squeeze_recorded(source_text, row.line, content)
        units = {role: cells[index] if cells[index] not in _NO_UNIT else None
                 for role, index in columns.units.items()}
        if "lead_units" not in units and (roles := _units_by_role(units.get("responsible_units"))):
            units = {**units, **roles}  # 区教委牵头，区住房城乡建委配合 in one 责任单位 cell
        lead_units = units.get("lead_units")
        if lead_units is None and campaign_lead is None and "lead_units" not in columns.units:
            lead_units = _first_unit(units.get("responsible_units") or "")
        deadline_text = (cells[columns.deadline] or None if columns.deadline is not None
                         else _deadline_text(content))
        _add_task(context, document, plan, table, table_kind, prefix, PrintedTask(
            number, row.line, content, campaign=campaign, campaign_lead=campaign_lead,
            work_item=work_item, lead_units=lead_units,
            responsible_units=units.get("responsible_units"),
            cooperating_units=units.get("cooperating_units"), deadline_text=deadline_text))
    return len(seen)


def cell_number(cell: str) -> int | None:
    """The number a 序号 cell prints (3, 3., （3）), or None for an empty or other cell."""
    match = _CELL_NUMBER.match(cell.strip())
    return int(match[1]) if match else None


def _task_rows(source_text: SourceText, rows: list[TableRow], columns: TaskColumns,
               roles: LabelMap) -> tuple[list[TableRow], set[int]]:
    """Rows with wrapped continuations joined: across page breaks, and within a page a row
    without its number (序号 empty, or no "N." where the table numbers tasks in their text).
    A line of curated header labels only (a header's second line) is no row.
    Also the lines of group heading rows (one cell printed, no number: 一、水资源保护)."""
    rows = [row for row in merge_wrapped_rows(source_text, rows, columns.content)
            if any(row.cells) and not all(label in roles for label in labels(row.cells) if label)]
    headings = {row.line for row in rows if _is_heading(row, columns)}
    tasks = [row for row in rows if row.line not in headings]
    numbered_in_text = columns.number is None and sum(
        bool(_TASK_NUMBER.match(row.cells[columns.content])) for row in tasks) > len(tasks) / 2
    joined: list[TableRow] = []
    for row in rows:
        if row.line in headings:
            joined.append(row)
            continue
        if columns.number is not None:
            continues = cell_number(row.cells[columns.number]) is None
        elif numbered_in_text:
            continues = not _TASK_NUMBER.match(row.cells[columns.content])
        else:
            continues = False
        if continues and joined and joined[-1].line not in headings:
            joined[-1] = _join(source_text, joined[-1], row)
        else:
            joined.append(row)
    return joined, headings


def _centred_groups(rows: list[TableRow], headings: set[int], column: int) -> list[TableRow]:
    """Rows with a group cell printed once in the middle of its rows (a merged cell's text, as
    the extraction gives it: the first row's cell empty, the name on a row further down) each
    given their group's name; a group printed on its first row (carried down by the reader) is
    left as it is."""
    tasks = [row for row in rows if row.line not in headings]
    printed = [index for index, row in enumerate(tasks) if row.cells[column]]
    if not tasks or not printed or tasks[0].cells[column]:
        return rows
    sizes = _centred_sizes(printed, len(tasks))
    if sizes is None:
        return rows
    names, start = {}, 0
    for at, size in zip(printed, sizes, strict=True):
        names |= {row.line: tasks[at].cells[column] for row in tasks[start:start + size]}
        start += size
    return [row if row.line in headings else
            replace(row, cells=[names[row.line] if at == column else cell
                                for at, cell in enumerate(row.cells)])
            for row in rows]


def _prose(source_text: SourceText, document: Document, table: Table) -> str:
    """The document's lines outside the table, joined without spacing."""
    inside = {row.line for row in table.rows} | {table.header_line}
    return unspaced("".join(
        source_text[line] for line in range(document.start_line, document.end_line + 1)
        if line not in inside))


def _split_groups(rows: list[TableRow], headings: set[int], column: int,
                  prose: str) -> list[TableRow]:
    """A group's name the PDF split over the group cells of two rows (硬件设施 | 改造提升),
    joined on the first and carried down from it, when the document's text names the whole
    (分规划布局、硬件设施改造提升、智慧监管…5类)."""
    tasks = [row for row in rows if row.line not in headings]
    joined: dict[int, str] = {}
    for upper, lower in itertools.pairwise(tasks):
        head, tail = upper.cells[column], lower.cells[column]
        if head and tail and upper.line not in joined and f"{head}{tail}" in prose and not (
                _names_group(prose, head) and _names_group(prose, tail)):
            joined[upper.line], joined[lower.line] = f"{head}{tail}", ""
    return [replace(row, cells=[joined[row.line] if at == column else cell
                                for at, cell in enumerate(row.cells)])
            if row.line in joined else row for row in rows]


def _names_group(prose: str, name: str) -> bool:
    """Whether the text lists the name as a whole item (、name、 / name、 / 、name5类)."""
    ends = r"(?=[、，,；;。）)]|\d|[一二三四五六七八九十]+类)"
    return bool(re.search(rf"(?:^|[、，,：:（(]){re.escape(name)}{ends}", prose))


def _centred_sizes(printed: list[int], count: int, start: int = 0) -> list[int] | None:
    """The sizes of consecutive groups covering rows start…count-1, each name printed on its
    group's middle row (start + (size - 1) // 2), or None when no sizes fit."""
    if not printed:
        return [] if start == count else None
    at = printed[0]
    for size in (2 * (at - start) + 1, 2 * (at - start) + 2):
        rest = _centred_sizes(printed[1:], count, start + size) if at >= start else None
        if rest is not None:
            return [size, *rest]
    return None


def _is_heading(row: TableRow, columns: TaskColumns) -> bool:
    """A row printing only a group's name across the table (一、水资源保护: no number, no task
    text), or its ordinal in the 序号 column and its name in a text column (一 | 摸底规划,
    （二） | 设施补短板), or alone in the task column after an ordinal (一、排水管网提质). In a
    table with a group column, a lone cell there without an ordinal is the tail of a wrapped
    group cell instead."""
    printed = [index for index, cell in enumerate(row.cells) if cell]
    if (len(printed) == 2 and printed[0] == columns.number
            and re.fullmatch(rf"{_NUMERAL}[、.．]?|[（(]{_NUMERAL}[)）]",
                             row.cells[columns.number].strip())):
        return printed[1] in (columns.campaign, columns.name, columns.content)
    if len(printed) == 1 and printed[0] == columns.content and columns.number is not None:
        # 　| 一、排水管网提质（4项） |: a group named in the task column, its number cell empty
        return bool(_ORDINAL.match(row.cells[columns.content]))
    if len(printed) != 1 or printed[0] not in (0, columns.number, columns.campaign):
        return False
    cell = row.cells[printed[0]]
    return (printed[0] != columns.content and cell_number(cell) is None
            and (columns.campaign is None or bool(_ORDINAL.match(cell))))


def _join(source_text: SourceText, head: TableRow, tail: TableRow) -> TableRow:
    cells = []
    for above, below in zip(head.cells, tail.cells, strict=True):
        if above and below:
            source_text.record(tail.line, below, above + below, "join-lines",
                               f"table cell continued from line {head.line}")
        cells.append(above + below)
    return TableRow(head.line, cells, head.after_page_break)


def _plan_title(source_text: SourceText, document: Document, header_line: int) -> str:
    """The plan a table belongs to: the first line after the notice's signature that is no
    attachment heading; a table in the notice itself belongs to the document."""
    sign_line = document.sign_line or document.start_line
    if header_line > sign_line:
        for line_no, text in source_text.numbered(sign_line + 1, header_line - 1):
            stripped = text.strip()
            if stripped and not re.fullmatch(r"附件\s*\d*", stripped):
                return squeeze_recorded(source_text, line_no, text)
    return document.title


_NO_UNIT = ("", "—", "－", "-", "/", "／", "无")  # a units cell printed empty
_CONTINUED = re.compile(r"\s*[（(]续[)）]$")
_ITEM_COUNT = re.compile(r"[（(]\d+项[)）]$")  # a group's count of rows after its name

def _campaign(source_text: SourceText, line: int, cell: str, lead_labels: list[str],
              carried: str | None, carried_lead: str | None) -> tuple[str, str | None]:
    """(name, printed lead) of a group cell: 建筑消防设施整治攻坚行动(牵头单位:区消防救援支队).

    A merged group cell split by a page break prints its tail on the new page (动（牵头单位：
    区商务委） under 油气类安全隐患整治行动): a name that ends the carried one, with the same
    lead, is that group.
    """
    name = _ORDINAL.sub("", strip_bullet(cell))  # ▲ 设施建设: a name after a list mark
    name, lead = _ITEM_COUNT.sub("", name), None  # 设施建设（5项）: its count
    name = re.sub(r"^[【〖](.+)[】〗]$", r"\1", name.strip())  # 【宣传发动】
    name = _CONTINUED.sub("", name)  # 停车治理（续）: the group again after a page break
    if lead_labels:
        pattern = "|".join(re.escape(label) for label in lead_labels)
        bracket = rf"\s*[（(]\s*(?:{pattern})\s*[:：]\s*(?P<lead>.+?)\s*[)）]$"
        match = re.match(rf"^(?P<name>.*?){bracket}", name)
        if match:
            name, lead = match["name"], match["lead"]
    name = squeeze_recorded(source_text, line, name)
    if carried and name != carried and carried.endswith(name) and lead == carried_lead:
        source_text.record(line, cell, carried[: -len(name)] + cell, "join-lines",
                           "campaign cell continued from the previous page")
        return carried, carried_lead
    return name, lead


def _deadline_text(content: str) -> str | None:
    """Every distinct deadline phrase the task's text names, in printed order."""
    phrases = list(dict.fromkeys(_DEADLINE.findall(content)))
    return "；".join(phrases) if phrases else None


# a cell naming each unit's part: X牵头，Y、Z配合 (the role word after its units)
_ROLE_WORDS = {"牵头": "lead_units", "配合": "cooperating_units", "协助": "cooperating_units",
               "协同": "cooperating_units", "参与": "cooperating_units"}
_WITH_ROLE = re.compile(rf"^(?P<units>.+?)(?P<role>{'|'.join(_ROLE_WORDS)})$")


def _units_by_role(cell: str | None) -> dict[str, str | None] | None:
    """The units of a 责任单位 cell that names their parts (区教委牵头，区住房城乡建委、各镇街
    配合): lead and cooperating units apart, none left merely responsible; None when every
    part of the cell names no role."""
    parts = [part for part in re.split(r"[，,；;]", cell or "") if part]
    matched = [_WITH_ROLE.match(part) for part in parts]
    if not parts or not all(matched):
        return None
    roles: dict[str, list[str]] = {}
    for found in matched:
        assert found is not None
        roles.setdefault(_ROLE_WORDS[found["role"]], []).append(found["units"])
    return {"responsible_units": None,
            **{role: "、".join(units) for role, units in roles.items()}}


def _first_unit(cell: str) -> str | None:
    units = [unit for unit in _UNIT_SEPARATORS.split(cell) if unit]
    return units[0] if units else None


def _add_task(context: ExtractionContext, document: Document, plan: str, table: Table,
              table_kind: str, prefix: str, task: PrintedTask) -> None:
    task_id = f"{prefix}-t{task.number:02d}"
    lead_ids = _link_one(context, task.campaign_lead, task.line)
    context.add("tasks", {
        "task_id": task_id, "document_id": document.document_id,
        "doc_number": document.doc_number, "plan": plan, "attachment": table.attachment,
        "table_kind": table_kind, "number": task.number, "campaign": task.campaign,
        "campaign_lead": task.campaign_lead,
        "campaign_lead_department_id": lead_ids[0] if lead_ids else None,
        "work_item": task.work_item, "content": task.content, "lead_units": task.lead_units,
        "responsible_units": task.responsible_units, "cooperating_units": task.cooperating_units,
        "deadline_text": task.deadline_text,
        "deadline": parse_deadline(task.deadline_text, deadline_year(plan, document.sign_date))
        if task.deadline_text else None,
    }, line=task.line)
    links = [("牵头", department_id) for department_id in lead_ids]
    for role, cell in (("lead_units", task.lead_units),
                       ("responsible_units", task.responsible_units),
                       ("cooperating_units", task.cooperating_units)):
        if cell:
            links += [(_ROLE_NAMES[role], department_id) for department_id in
                      context.link_departments(cell, line=task.line,
                                   column=_ROLE_NAMES[role] + "单位")]
    for role, department_id in dict.fromkeys(links):
        context.add("task_departments", {"task_id": task_id, "department_id": department_id,
                                         "role": role}, line=task.line)


def _link_one(context: ExtractionContext, name: str | None, line: int) -> list[str]:
    """The department a group's lead names: none when there is no lead, else exactly one."""
    if name is None:
        return []
    department_ids = context.link_departments(name, line=line, column="牵头单位")
    if len(department_ids) > 1:
        context.flag(line, f"lead {name!r} names {len(department_ids)} units",
                     expected="exactly one lead unit", curated_file="sources/departments.csv",
                     suggested_row=f"(an organisation row or alias for {name})")
        return []
    return department_ids
