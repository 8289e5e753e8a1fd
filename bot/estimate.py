"""Personal compensation estimate from a project's rate table, with its arithmetic spelled out.

Every amount, threshold, step and cap comes from the `compensation_rates` rows (via the
`compensation_rates_of_project` query); this module only knows how each `basis` is applied:

- per_m2: amount × area (pre-assessed value by structure, decoration)
- per_household / per_household_per_time with threshold_m2, plus per_step_above_threshold with
  step_m2: base + ⌊(area − threshold) / step⌋ × increment (only whole steps count)
- per_m2_per_time / per_m2_per_day: amount × area (× times, × days) for non-residential uses
- per_household_per_day with max_days: amount × min(days, max_days)
- percent_of_assessed_value with a minimum_amount floor (non-residential cash subsidy)
- times: how many times the relocation subsidy is paid (monetary resettlement)

Rows are matched to the question by the gazette's own vocabulary: the fee's category name
(搬迁补助费, 货币补偿补助费, 提前签约搬迁奖励, 装饰装修补偿) and the property use (住宅/非住宅).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

RESIDENTIAL = "住宅"
NO_DECORATION = "无装修（不计）"
# Fee categories as the compensation scheme names them (substrings of `category`).
DECORATION = "装修"
RELOCATION = "搬迁补助"
CASH_SUBSIDY = "货币补偿补助"
EARLY_SIGNING = "提前签约"
UTILITIES = "附属设施"
SPECIAL = "特别安置"
MONETARY_RESETTLEMENT = "货币"


class EstimateError(ValueError):
    """The estimate cannot be made (unknown structure or decoration, no rates)."""


@dataclass(frozen=True)
class Line:
    """One component of the estimate: what it is, how it was computed, the amount in 元."""

    label: str
    formula: str
    amount: float


@dataclass
class Estimate:
    area_m2: float
    structure: str
    decoration: str
    days_early: int
    lines: list[Line]
    notes: list[str]
    rows_used: list[dict[str, Any]] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(line.amount for line in self.lines)


def money(value: float) -> str:
    """12345.0 → '12345', 12345.5 → '12345.5' (元, no thousands separator)."""
    rounded = round(value, 2)
    return f"{rounded:.2f}".rstrip("0").rstrip(".")


def number(value: float) -> str:
    return money(value)


class RateTable:
    """The rate rows of one project, with the look-ups the estimate needs."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            raise EstimateError("没有找到该项目的补偿标准")
        self.rows = rows

    def of_category(self, category: str) -> list[dict[str, Any]]:
        return [row for row in self.rows if category in (row.get("category") or "")]

    def structures(self) -> list[dict[str, Any]]:
        """Pre-assessed prices: the rows that name a building structure."""
        return [row for row in self.rows if row.get("structure")]

    def decorations(self) -> list[dict[str, Any]]:
        return self.of_category(DECORATION)

    def structure_names(self) -> list[str]:
        return [row["item"] for row in self.structures()]

    def decoration_names(self) -> list[str]:
        return [row["item"] for row in self.decorations()]


def estimate(
    table: RateTable, area_m2: float, structure: str, decoration: str = "", days_early: int = 0
) -> Estimate:
    """The estimate for one house; raises EstimateError for an unknown structure/decoration."""
    if area_m2 <= 0:
        raise EstimateError("面积要大于0")
    structure_row = _one(table.structures(), structure, "房屋结构")
    residential = structure_row.get("property_use") == RESIDENTIAL
    result = Estimate(area_m2, structure_row["item"], "", max(0, days_early), [], [])
    use = (structure_row.get("property_use"), _use_word(structure_row["item"]))
    _assessed_value(result, structure_row)
    _decoration(result, table, decoration)
    _relocation(result, table, use, residential)
    _cash_subsidy(result, table, residential)
    _early_signing(result, table, use, residential)
    _notes(result, table, residential)
    return result


def _one(rows: list[dict[str, Any]], name: str, what: str) -> dict[str, Any]:
    exact = [row for row in rows if row["item"] == name]
    if exact:
        return exact[0]
    partial = [row for row in rows if name and name in row["item"]]
    if len(partial) == 1:
        return partial[0]
    choices = "、".join(row["item"] for row in rows)
    raise EstimateError(f"{what}“{name}”不在补偿标准中，可选：{choices}")


def _use_word(item: str) -> str:
    """The use a structure row is priced for: the words before its first bracket or structure."""
    for stop in ("（", "(", "混合", "砖木", "类"):
        item = item.split(stop)[0]
    return item


def _matches_use(row: dict[str, Any], use: tuple[str | None, str], residential: bool) -> bool:
    property_use, word = use
    if row.get("property_use") != property_use:
        return False
    return residential or bool(word and word[:2] in (row.get("item") or ""))


def _per_area(row: dict[str, Any], area: float) -> tuple[float, str]:
    """amount × area: (amount, formula)."""
    amount = row["amount"] * area
    return amount, f"{number(row['amount'])}{row['unit']} × {number(area)}m² = {money(amount)}元"


def _assessed_value(result: Estimate, row: dict[str, Any]) -> None:
    amount, formula = _per_area(row, result.area_m2)
    result.lines.append(Line(f"房屋预评估价值（{row['item']}）", formula, amount))
    result.rows_used.append(row)


def _decoration(result: Estimate, table: RateTable, decoration: str) -> None:
    if not decoration or decoration == NO_DECORATION:
        result.decoration = NO_DECORATION
        levels = "、".join(
            f"{r['item']}{number(r['amount'])}{r['unit']}" for r in table.decorations()
        )
        if levels:
            result.notes.append(f"未计装饰装修补偿（{levels}）。")
        return
    row = _one(table.decorations(), decoration, "装饰装修")
    result.decoration = row["item"]
    amount, formula = _per_area(row, result.area_m2)
    result.lines.append(Line(f"装饰装修补偿（{row['item']}）", formula, amount))
    result.rows_used.append(row)


def _stepped(
    base: dict[str, Any], step: dict[str, Any] | None, area: float, unit: str
) -> tuple[float, str]:
    """Base amount plus whole steps above the threshold: (amount, how it was computed)."""
    amount = float(base["amount"])
    threshold = step and step.get("threshold_m2")
    if not (step and threshold is not None and step.get("step_m2") and area > threshold):
        condition = f"（{base['condition']}）" if base.get("condition") else ""
        return amount, f"{money(amount)}{unit}{condition}"
    steps = math.floor((area - threshold) / step["step_m2"])
    amount += steps * step["amount"]
    per = "" if step["step_m2"] == 1 else f"，每{number(step['step_m2'])}m²计"
    formula = (
        f"{number(base['amount'])} + {steps} × {number(step['amount'])}"
        f"（超出{number(threshold)}m²的{number(area - threshold)}m²{per}） = {money(amount)}{unit}"
    )
    return amount, formula


def _relocation(
    result: Estimate, table: RateTable, use: tuple[str | None, str], residential: bool
) -> None:
    rows = table.of_category(RELOCATION)
    times_rows = [r for r in rows if r.get("basis") == "times"]
    monetary = [r for r in times_rows if MONETARY_RESETTLEMENT in (r.get("condition") or "")]
    times = int(monetary[0]["amount"]) if monetary else 1
    times_text = f"（货币安置计发{times}次）" if monetary else ""
    if monetary:
        result.rows_used.append(monetary[0])
    if residential:
        base = _first(rows, "per_household_per_time", RESIDENTIAL)
        step = _first(rows, "per_step_above_threshold", RESIDENTIAL)
        if base is None:
            return
        amount, formula = _stepped(base, step, result.area_m2, "元/次")
        result.rows_used += [r for r in (base, step) if r]
        formula = f"{formula} × {times}次{times_text} = {money(amount * times)}元"
        result.lines.append(Line("搬迁补助费", formula, amount * times))
        return
    matched = [
        r for r in rows if r.get("basis") == "per_m2_per_time" and _matches_use(r, use, False)
    ]
    if len(matched) != 1:
        options = "、".join(
            f"{r['item']}{number(r['amount'])}{r['unit']}"
            for r in rows
            if r.get("basis") == "per_m2_per_time"
        )
        result.notes.append(f"非住宅搬迁补助费按用途计（{options}），请按实际用途另算。")
        return
    row = matched[0]
    amount = row["amount"] * result.area_m2 * times
    result.rows_used.append(row)
    result.lines.append(
        Line(
            f"搬迁补助费（{row['item']}）",
            f"{number(row['amount'])}{row['unit']} × {number(result.area_m2)}m² × {times}次"
            f"{times_text} = {money(amount)}元",
            amount,
        )
    )


def _cash_subsidy(result: Estimate, table: RateTable, residential: bool) -> None:
    rows = table.of_category(CASH_SUBSIDY)
    if residential:
        base = _first(rows, "per_household", RESIDENTIAL)
        step = _first(rows, "per_step_above_threshold", RESIDENTIAL)
        if base is None:
            return
        amount, formula = _stepped(base, step, result.area_m2, "元")
        result.rows_used += [r for r in (base, step) if r]
        result.lines.append(Line("货币补偿补助费", formula, amount))
        return
    percent = _first(rows, "percent_of_assessed_value", None)
    floor = _first(rows, "minimum_amount", None)
    if percent is None:
        return
    assessed = result.lines[0].amount
    amount = assessed * percent["amount"] / 100
    formula = f"{money(assessed)}元 × {number(percent['amount'])}% = {money(amount)}元"
    if floor and amount < floor["amount"]:
        formula += f"，不足{money(floor['amount'])}元按{money(floor['amount'])}元计"
        amount = float(floor["amount"])
    result.rows_used += [r for r in (percent, floor) if r]
    result.lines.append(Line("货币补偿补助费", formula, amount))


def _early_signing(
    result: Estimate, table: RateTable, use: tuple[str | None, str], residential: bool
) -> None:
    rows = table.of_category(EARLY_SIGNING)
    if residential:
        row = _first(rows, "per_household_per_day", RESIDENTIAL)
    else:
        matched = [r for r in rows if _matches_use(r, use, False)]
        row = matched[0] if len(matched) == 1 else None
    if row is None:
        if not residential and rows:
            result.notes.append("非住宅提前签约搬迁奖励按用途计，请按实际用途另算。")
        return
    cap = row.get("max_days")
    days = min(result.days_early, int(cap)) if cap else result.days_early
    capped = f"（最多计{int(cap)}天）" if cap and result.days_early > cap else ""
    if row.get("basis") == "per_m2_per_day":
        amount = row["amount"] * result.area_m2 * days
        formula = f"{number(row['amount'])}{row['unit']} × {number(result.area_m2)}m² × {days}天"
    else:
        amount = row["amount"] * days
        formula = f"{number(row['amount'])}{row['unit']} × {days}天"
    result.rows_used.append(row)
    if days == 0:
        limit = f"，不超过{int(cap)}天" if cap else ""
        result.notes.append(
            f"提前签约搬迁奖励：{row['item']}{number(row['amount'])}{row['unit']}{limit}；本次按0天计。"
        )
        return
    result.lines.append(Line("提前签约搬迁奖励", f"{formula}{capped} = {money(amount)}元", amount))


def _notes(result: Estimate, table: RateTable, residential: bool) -> None:
    utilities = table.of_category(UTILITIES)
    if utilities:
        listed = "、".join(
            f"{r['item']}{'（' + r['condition'] + '）' if r.get('condition') else ''}"
            f"{number(r['amount'])}{r['unit']}"
            for r in utilities
            if not r.get("property_use")
            or r.get("property_use") == ("住宅" if residential else "非住宅")
        )
        result.notes.append(f"另有附属设施补偿未计入：{listed}。")
    if residential:
        floors = [r for r in table.of_category(SPECIAL) if r.get("basis") == "area_floor"]
        below = [r for r in floors if result.area_m2 < r["amount"]]
        if below:
            sizes = "或".join(f"{number(r['amount'])}m²" for r in floors)
            result.notes.append(
                f"低收入、住房困难家庭经核查可按保底面积{sizes}补偿（按家庭人口），本估算未计。"
            )


def _first(rows: list[dict[str, Any]], basis: str, property_use: str | None) -> dict | None:
    for row in rows:
        if row.get("basis") == basis and (
            property_use is None or row.get("property_use") == property_use
        ):
            return row
    return None
