"""Task-breakdown tables of work plans → `tasks` and `task_departments`.

Three table shapes share one resource:

* 专项行动任务 (high-rise fire safety plan): 专项行动 | 工作任务 | 工作内容 | 责任单位. The campaign
  cell names its lead unit in brackets, tasks are numbered "1." … at the start of the content,
  empty campaign and work-item cells carry down from the row above.
* 重点工作 (government-service work points): 重点任务 | 具体工作 | 牵头单位 | 配合单位 | 完成时限.
  Rows carry no number; the number is the row's position in the table.
* 责任分工 (rural elderly-care plan): 序号 | 工作任务 | 责任单位; the first unit named leads.

Units in the responsibility cells are linked to `departments` with a role: 牵头 (the campaign's
lead, a 牵头单位 cell, or the first of the elderly-care 责任单位), 责任 (责任单位), 配合 (配合单位).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents import Document
from ..errors import PipelineError
from ..sources import SourceText
from ..tables import ExtractionContext
from ..text import parse_deadline, squeeze_recorded
from . import parser
from .tabbed import Table, merge_wrapped_rows, read_table

_TASK_NUMBER = re.compile(r"^(\d+)\s*[.．、]\s*")
_CAMPAIGN_LEAD = re.compile(
    r"^(?P<name>.*?)\s*[（(]\s*牵头单位\s*[:：]\s*(?P<lead>.+?)\s*[)）]$")
_ORDINAL = re.compile(r"^[（(]\s*[一二三四五六七八九十]+\s*[)）]\s*")
# A deadline inside a task's text: 2021年6月底前, 2021年4月30日前, 2021年底前.
_DEADLINE = re.compile(r"\d{4}\s*年\s*(?:\d{1,2}\s*月\s*(?:底|\d{1,2}\s*日)|底)前?")
_UNIT_SEPARATORS = re.compile(r"[、，,\s]+")


@dataclass
class Plan:
    """The plan a task table belongs to: its document, title and which attachment holds it."""

    document: Document
    title: str
    attachment: int
    table_kind: str


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


@parser("fire_safety_plan")
def parse_campaign_tasks(document: Document, context: ExtractionContext) -> None:
    """专项行动 | 工作任务 | 工作内容 | 责任单位, tasks numbered inside the content cell."""
    source_text = context.source_text
    table = read_table(source_text, document, ["专项行动", "工作任务", "工作内容", "责任单位"])
    plan = _plan(source_text, document, table, "专项行动任务")
    campaign = campaign_lead = work_item = None
    for row in merge_wrapped_rows(source_text, table.rows, content_column=2):
        campaign_cell, work_cell, content_cell, units_cell = row.cells
        if campaign_cell:
            campaign, campaign_lead = _campaign(source_text, row.line, campaign_cell,
                                                campaign, campaign_lead)
        if work_cell:
            work_item = squeeze_recorded(source_text, row.line, work_cell)
        number, content = _numbered_content(context, row.line, content_cell)
        _add_task(context, plan, PrintedTask(
            number, row.line, content, campaign=campaign, campaign_lead=campaign_lead,
            work_item=work_item, responsible_units=units_cell or None,
            deadline_text=_deadline_text(content)))


@parser("work_points")
def parse_work_point_tasks(document: Document, context: ExtractionContext) -> None:
    """重点任务 | 具体工作 | 牵头单位 | 配合单位 | 完成时限, numbered by row order."""
    source_text = context.source_text
    table = read_table(source_text, document, ["重点任务", "具体工作", "牵头单位", "配合单位",
                                               "完成时限"])
    plan = _plan(source_text, document, table, "重点工作")
    key_task = None
    rows = merge_wrapped_rows(source_text, table.rows, content_column=1)
    for number, row in enumerate(rows, start=1):
        key_cell, content_cell, lead_cell, cooperating_cell, deadline_cell = row.cells
        if key_cell:
            key_task = squeeze_recorded(source_text, row.line, _ORDINAL.sub("", key_cell))
        if key_task is None:
            raise PipelineError(context.path, "first row has no 重点任务", line=row.line,
                                column="重点任务", expected="a key task to carry down")
        _add_task(context, plan, PrintedTask(
            number, row.line, squeeze_recorded(source_text, row.line, content_cell),
            campaign=key_task, lead_units=lead_cell or None,
            cooperating_units=cooperating_cell or None, deadline_text=deadline_cell or None))


@parser("elderly_care_plan")
def parse_duty_tasks(document: Document, context: ExtractionContext) -> None:
    """序号 | 工作任务 | 责任单位, the first unit named leads the duty."""
    source_text = context.source_text
    table = read_table(source_text, document, ["序号", "工作任务", "责任单位"])
    plan = _plan(source_text, document, table, "责任分工")
    for row in merge_wrapped_rows(source_text, table.rows, content_column=1):
        seq_cell, content_cell, units_cell = row.cells
        if not seq_cell.isdigit():
            raise PipelineError(context.path, f"序号 {seq_cell!r} is not a number", line=row.line,
                                column="序号", expected="the duty's number")
        content = squeeze_recorded(source_text, row.line, content_cell)
        _add_task(context, plan, PrintedTask(
            int(seq_cell), row.line, content, lead_units=_first_unit(units_cell),
            responsible_units=units_cell or None, deadline_text=_deadline_text(content)))


def _plan(source_text: SourceText, document: Document, table: Table, table_kind: str) -> Plan:
    """The plan's title is the first line after the covering notice's signature date."""
    for line_no, text in source_text.numbered((document.sign_line or document.start_line) + 1,
                                              document.end_line):
        if text.strip():
            return Plan(document, squeeze_recorded(source_text, line_no, text), table.attachment,
                        table_kind)
    raise PipelineError(f"sources/{source_text.source.path.name}", "no plan title",
                        line=document.sign_line, expected="the plan's title below the notice")


def _campaign(source_text: SourceText, line: int, cell: str, carried: str | None,
              carried_lead: str | None) -> tuple[str, str | None]:
    """(name, printed lead) of a 专项行动 cell: 建筑消防设施整治攻坚行动(牵头单位:区消防救援支队).

    A merged campaign cell split by a page break prints its tail on the new page (动（牵头单位：
    区商务委） under 油气类安全隐患整治行动): a name that ends the carried one, with the same
    lead, is that campaign.
    """
    match = _CAMPAIGN_LEAD.match(cell)
    name = squeeze_recorded(source_text, line, match["name"] if match else cell)
    lead = match["lead"] if match else None
    if carried and name != carried and carried.endswith(name) and lead == carried_lead:
        source_text.record(line, cell, carried[: -len(name)] + cell, "join-lines",
                           "campaign cell continued from the previous page")
        return carried, carried_lead
    return name, lead


def _numbered_content(context: ExtractionContext, line: int, content_cell: str) -> tuple[int, str]:
    """'10. 制定工作方案…' → (10, '制定工作方案…')."""
    match = _TASK_NUMBER.match(content_cell)
    if not match:
        raise PipelineError(context.path, f"工作内容 {content_cell[:20]!r} has no task number",
                            line=line, column="工作内容", expected="'N.' before the content")
    content = squeeze_recorded(context.source_text, line, content_cell[match.end():])
    return int(match[1]), content


def _deadline_text(content: str) -> str | None:
    """Every distinct deadline phrase the task's text names, in printed order."""
    phrases = list(dict.fromkeys(_DEADLINE.findall(content)))
    return "；".join(phrases) if phrases else None


def _first_unit(cell: str) -> str | None:
    units = [unit for unit in _UNIT_SEPARATORS.split(cell) if unit]
    return units[0] if units else None


def _add_task(context: ExtractionContext, plan: Plan, task: PrintedTask) -> None:
    document = plan.document
    task_id = f"{document.document_id}-t{task.number:02d}"
    lead_ids = _link_one(context, task.campaign_lead, task.line, "专项行动")
    context.add("tasks", {
        "task_id": task_id, "document_id": document.document_id,
        "doc_number": document.doc_number, "plan": plan.title, "attachment": plan.attachment,
        "table_kind": plan.table_kind, "number": task.number, "campaign": task.campaign,
        "campaign_lead": task.campaign_lead,
        "campaign_lead_department_id": lead_ids[0] if lead_ids else None,
        "work_item": task.work_item, "content": task.content, "lead_units": task.lead_units,
        "responsible_units": task.responsible_units, "cooperating_units": task.cooperating_units,
        "deadline_text": task.deadline_text,
        "deadline": parse_deadline(task.deadline_text) if task.deadline_text else None,
    }, line=task.line)
    links = [("牵头", department_id) for department_id in lead_ids]
    for role, cell, column in (("牵头", task.lead_units, "牵头单位"),
                               ("责任", task.responsible_units, "责任单位"),
                               ("配合", task.cooperating_units, "配合单位")):
        if cell:
            links += [(role, department_id) for department_id in
                      context.link_departments(cell, line=task.line, column=column)]
    for role, department_id in dict.fromkeys(links):
        context.add("task_departments", {"task_id": task_id, "department_id": department_id,
                                         "role": role}, line=task.line)


def _link_one(context: ExtractionContext, name: str | None, line: int, column: str) -> list[str]:
    """The department a campaign's lead names: none when there is no lead, else exactly one."""
    if name is None:
        return []
    department_ids = context.link_departments(name, line=line, column=column)
    if len(department_ids) != 1:
        raise PipelineError(context.path, f"lead {name!r} names {len(department_ids)} units",
                            line=line, column=column, expected="exactly one lead unit")
    return department_ids
