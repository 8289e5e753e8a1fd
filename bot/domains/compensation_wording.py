"""The sentences of compensation answers: estimates with their steps, a project's facts and
its rates, each naming the project and the notice (文号) they come from."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from bot.compose import amount, group_by, printed_date
from bot.domains import compensation_reading as reading
from bot.domains.base import Match
from bot.domains.compensation_projects import Project
from bot.estimate import (
    DEFAULT_SETTLEMENT,
    Estimate,
    EstimateError,
    Household,
    Line,
    item_amount,
    money,
)
from bot.swap import Swap

# The facets answered from the project's row, and the columns that hold them.
FACET_COLUMNS = {
    "office": ("office_address",),
    "phone": ("office_phone",),
    "hours": ("office_hours",),
    "appeal": ("appeal_text",),
    "valuation": ("valuation_firm",),
}
FACET_LABELS = {
    "office": "现场办公地址",
    "phone": "现场办公电话",
    "hours": "现场办公时间",
    "appeal": "不服征收决定的救济途径",
    "valuation": "评估机构",
}


def estimate_text(estimate: Estimate, project: Project | None = None) -> str:
    lines = [
        f"按{_source(project)}补偿标准估算（{money(estimate.area_m2)}平方米，"
        f"{estimate.structure}，{estimate.decoration}，{_signing(estimate)}"
        f"{_settled(estimate)}）："
    ]
    lines += [f"{i}. {line.label}：{line.formula}" for i, line in enumerate(estimate.lines, 1)]
    lines.append(f"合计约{money(estimate.total)}元。")
    lines += [f"注：{note}" for note in estimate.notes]
    lines.append("以上按公报公布的标准计算，仅供参考，不是正式补偿金额。")
    return "\n".join(lines)


def swap_text(settled: Swap, project: Project | None = None) -> str:
    """A swap's settlement: the new home's price by its parts, and against the old home's value
    what is paid back or paid in (多退少补)."""
    lines = [f"按{_source(project)}产权调换结算价格估算（被征收住宅{money(settled.area_m2)}"
             f"平方米，安置房{money(settled.new_area_m2)}平方米）："]
    lines += [f"{line.label}：{line.formula}" for line in settled.lines]
    lines.append(f"安置房价款合计{money(settled.price)}元。")
    lines += [f"注：{note}" for note in settled.notes]
    if settled.value is not None:
        difference = settled.value.amount - settled.price
        owed = (f"应退给被征收人{money(difference)}元" if difference >= 0
                else f"被征收人需补交{money(-difference)}元")
        lines.append(f"{settled.value.label}：{settled.value.formula}；多退少补，{owed}。")
    else:
        lines.append("房屋价值补偿与安置房价款结算差价，多退少补（说明房屋结构可算出差价）。")
    lines.append("以上按公报公布的标准计算，仅供参考，不是正式补偿金额。")
    return "\n".join(lines)


def items_text(estimate: Estimate, items: tuple[str, ...], project: Project | None = None) -> str:
    """Only the items asked for, each with its arithmetic, and their sum when several. An
    item the house's inputs leave out is shown for each level (装修档次) or for the settlement
    that pays it (选择产权调换的), beside the sum."""
    lines = [line for line in estimate.lines if line.category in items]
    found = {line.category for line in lines}
    others = [
        line
        for item in items
        if item not in found and project is not None
        for line in _alternatives(estimate, item, project)
    ]
    if not lines and not others:
        return estimate_text(estimate, project)
    depends = {i for item in items for i in (project.inputs(item) if project else [])}
    inputs = []
    if estimate.area_m2 and not (project and reading.timed(items, project)):
        inputs.append(f"{money(estimate.area_m2)}平方米")
    if not (project and project.value_category() in items):
        inputs.append(estimate.structure.split("（")[0])
    if {"days_early", "signing_day"} & depends:
        inputs.append(_signing(estimate))
    if "settlement" in depends and lines:
        inputs.append(estimate.settlement)
    given = "，".join(i for i in inputs if i)
    head = f"按{_source(project)}补偿标准" + (f"（{given}）：" if given else "：")
    body = [f"{line.label}：{line.formula}" for line in (*lines, *others)]
    if len(lines) > 1:
        total = sum(line.amount for line in lines)
        body.append(f"以上{len(lines)}项合计{money(total)}元。")
    body.append("以上按公报公布的标准计算，仅供参考。")
    return "\n".join([head, *body])


def _alternatives(estimate: Estimate, item: str, project: Project) -> list[Line]:
    """The item for each level it offers, or under each settlement mode that pays it."""
    table = project.table
    if table is None:
        return []
    house = Household(
        estimate.area_m2, estimate.structure, "", estimate.days_early, estimate.signing_day,
        estimate.settlement,
    )  # fmt: skip
    if project.role_of(item) == "choice":
        return [
            line
            for level in project.decorations()
            if (line := _amount(table, item, replace(house, decoration=level))) is not None
        ]
    paid = []
    for mode in sorted(project.settlements(), key=len):
        line = _amount(table, item, replace(house, settlement=mode))
        if mode == estimate.settlement or line is None or not line.amount:
            continue
        if not any(other.formula == line.formula for other in paid):
            paid.append(Line(f"{line.label}（选择{mode}的）", line.formula, line.amount, item))
    return paid


def _amount(table: Any, item: str, house: Household) -> Line | None:
    """An alternative's amount, or None when the house's inputs do not fit it (a use the
    estimate read whose rows print no price under another mode): the answer goes on without."""
    try:
        return item_amount(table, item, house)
    except EstimateError:
        return None


def project_text(match: Match, rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "数据中没有这个征收项目。"
    p = rows[0]
    facets = {
        "name": f"项目名称：{p['name']}（{p['document_title']}）",
        "households": f"征收总户数{p['households']}户",
        "area": f"征收房屋建筑面积共{amount(p['floor_area_m2'])}平方米",
        "signing": f"签约期限{printed_date(p['signing_start'])}至{printed_date(p['signing_end'])}"
        f"，共{p['signing_days']}天"
        f"（{p['signing_days']}日）",
        "department": (
            f"征收部门：{p['expropriating_department']}；具体实施单位：{p['implementer']}"
        ),
        "methods": f"补偿安置方式：{p['compensation_methods']}",
        "decision": (f"征收决定：{p['decision_number']}，{printed_date(p['decision_date'])}作出"
                     if p.get("decision_number") else ""),
    }
    for facet, (column,) in FACET_COLUMNS.items():
        value = str(p.get(column) or "").rstrip("。；;")
        facets[facet] = f"{FACET_LABELS[facet]}：{value}" if value else ""
    chosen = [f for f in match.focus if f in facets] or [
        "households", "area", "signing", "department", "office", "phone", "hours",
    ]  # fmt: skip
    firm_phone = asks_the_firms_phone(match.focus)
    if firm_phone:
        chosen = [f for f in chosen if f != "phone"]
    said = [facets[f] for f in chosen if facets[f]]
    missing = [FACET_LABELS[f] for f in chosen if f in FACET_LABELS and not facets[f]]
    if firm_phone:
        missing.insert(0, "评估机构的联系电话")
    head = f"{p['name']}（{p['doc_number']}）"
    text = f"{head}：" + "；".join(said) + "。" if said else ""
    if missing:
        text = f"公报没有写明{p['name']}的{'、'.join(missing)}（数据中没有这项信息）。" + text
    return text


def asks_the_firms_phone(focus: tuple[str, ...]) -> bool:
    """评估公司的电话: the valuation firm's number, which a notice does not print (the number
    it prints is the site office's)."""
    return {"phone", "valuation"} <= set(focus)


def rates_text(match: Match, rows: list[dict[str, Any]], shown: list[dict[str, Any]]) -> str:
    if not rows:
        return "数据中没有这个项目的补偿标准。"
    first = rows[0]
    selected = shown
    lines = [f"{first['project']}补偿标准（{first['doc_number']}）："]
    for category, group in group_by(selected, "category").items():
        rules = list(dict.fromkeys(row["rule_text"] for row in group if row.get("rule_text")))
        if match.focus and all(len(rule) <= 140 for rule in rules):
            # the sentences themselves; a table cell (1200, 18元/平方米·次) names nothing: its
            # row's item and amount instead
            said = dict.fromkeys(
                row["rule_text"].rstrip("；;。") if _says_what(row.get("rule_text") or "")
                and not _derived(row) and not _bare_amount(row)
                else f"{row['item']}{_condition(row, True)}{amount(row['amount'])}{_unit(row)}"
                for row in group)
            lines.append(f"• {category}：{'；'.join(said)}")
        else:
            items = "；".join(
                f"{row['item']}{_condition(row, bool(match.focus))}"
                f"{amount(row['amount'])}{_unit(row)}"
                for row in group
            )
            lines.append(f"• {category}：{items}")
    return "\n".join(lines)


def _derived(row: dict[str, Any]) -> bool:
    """A rate its rule states as a share of another (…按一层单价的50%计算): its amount is not
    printed, so it is shown with the rule as its condition."""
    return row.get("unit") != "%" and "%" in (row.get("condition") or "") and \
        amount(row["amount"]) not in (row.get("rule_text") or "")


def _bare_amount(row: dict[str, Any]) -> bool:
    """A rate whose rule prints its amount without a unit (砖混结构4180 under a sentence
    stating 单位：元／㎡): shown as its row, with the unit."""
    printed = re.escape(amount(row["amount"]))
    return bool(re.search(rf"(?<![\d.]){printed}(?![\d.]|\s*{_UNIT_AFTER})",
                          row.get("rule_text") or ""))


_UNIT_AFTER = "[万元%％平㎡m个天日次户人月台部只亩]"  # what follows an amount printed with its unit


def _says_what(rule: str) -> bool:
    """Whether a rule's text names what it pays for, beyond an amount and its unit."""
    return len(re.sub(r"[\d.．元/·%％m²㎡每平方米户次月日人—\s]", "", rule)) >= 2


def _condition(row: dict[str, Any], detailed: bool) -> str:
    """A rate's condition: in full when the question is about it, else only if short."""
    condition = row.get("condition") or ""
    if condition in (row.get("item") or ""):
        return ""  # 钢混结构（1990—1999年建成）: the item prints it already
    return f"（{condition}）" if condition and (detailed or len(condition) <= 16) else ""


def _unit(row: dict[str, Any]) -> str:
    return "个月" if row.get("basis") == "months" else row["unit"]


def _source(project: Project | None) -> str:
    if project is None:
        return "征收项目"
    return f"{project.name}（{project.doc_number}）" if project.doc_number else project.name


def _signing(estimate: Estimate) -> str:
    if estimate.signing_day:
        return f"签约期第{estimate.signing_day}天签约"
    return f"提前{estimate.days_early}天签约"


def _settled(estimate: Estimate) -> str:
    return f"，{estimate.settlement}" if estimate.settlement != DEFAULT_SETTLEMENT else ""
