"""Personal compensation estimate from a project's rate table, with its arithmetic spelled out.

Every amount, threshold, step, floor, cap and count comes from the `compensation_rates` rows (via
the `compensation_rates_of_project` query, for any project); this module only knows how each
`basis` is applied, category by category:

- the house's value: the row naming its structure, amount × area (a minimum area of the same
  category, printed without conditions on the household, raises the area: 不足40平方米按40平方米)
- per_m2 / per_m3 / per_m2_per_time: amount × area (a choice among levels, e.g. decoration)
- per_household / per_household_per_time with threshold_m2, plus per_step_above_threshold with
  step_m2: base + ⌊(area − threshold) / step⌋ × increment (only whole steps count; ⌈…⌉ when an
  area_floor row of the category carries the step's step_m2: 不足10m²的按10m²计)
- a row with an area band (area_from_m2 … area_to_m2, bounds in area_bounds) applies only to a
  household whose area lies in it: each band's base, step and cap (分档计发)
- per_*_per_time × the times paid (`times` rows, chosen by the settlement: 货币补偿 / 产权调换)
- per_household_per_month × the months paid (`months` rows, chosen by the settlement); with
  threshold_m2 and a step row: (base + whole steps) × the months
- percent_of_assessed_value with signing_day_from/to: the house's value × percent, in that window
- per_household_per_day / per_m2_per_day × min(days early, max_days)
- per_household with signing_day_from/to: paid when signing on those days of the period;
  with min_days_early: paid when signing at least that many days early
- per_day_late beside a per_household reward: the first day's reward less the amount for each
  day later (第1日30000元，此后每晚1日减少600元), floored by the category's minimum
- percent_of_assessed_value: the house's value (or the value given) × percent
- minimum_amount / maximum_amount: floor and cap of the category's total for that use
- several per_household items of one category (天然气, 有线电视): the sum of those the household
  has (`fittings`); a minimum area by household size (min/max_persons) when its persons are known
- a row naming another kind of building of the household's use than its price row's (仓储用房…
  for a 临街营业用房) does not apply to it

Which categories add up to a household's compensation and which are only mentioned, and which
settlement mode a condition names, are curated (sources/vocab/compensation_terms.csv, roles
`estimate` and `settlement`) and arrive with each rate row (`estimate_role`, `settlement`). A
`conditional` category (困难补助, 整体签约奖励) is added only when the household says it meets
its condition (`qualified`), and mentioned otherwise.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from typing import Any

from bot.normalise import chinese_number

RESIDENTIAL = "住宅"
NON_RESIDENTIAL = "非住宅"
NO_DECORATION = "无装修（不计）"
DEFAULT_SETTLEMENT = "货币补偿"
CONDITIONAL = "conditional"  # a category's role: summed only when the household qualifies
Row = dict[str, Any]


class EstimateError(ValueError):
    """The estimate cannot be made (unknown structure or decoration, no rates)."""


@dataclass(frozen=True)
class Line:
    """One component of the estimate: what it is, how it was computed, the amount in 元."""

    label: str
    formula: str
    amount: float
    category: str = ""


@dataclass(frozen=True)
class Household:
    """What an estimate may depend on (see `inputs_of` for which ones an item uses).

    `settlement` chooses among conditions printed as settlement modes (货币补偿, 产权调换,
    产权调换（现房）); `signing_day` is the day of the signing period (1 = first day); when it
    is not given it is the period's length minus `days_early`.
    """

    area_m2: float = 0
    structure: str = ""
    decoration: str = ""
    days_early: int = 0
    signing_day: int | None = None
    settlement: str = DEFAULT_SETTLEMENT
    property_use: str | None = None
    assessed_value: float | None = None
    persons: int | None = None
    # the items it has of a list paid per household (天然气 …); an item paid per unit is
    # named once for each unit it has (空调移机 twice for 空调2台)
    fittings: tuple[str, ...] = ()
    # items of a note category priced by their size (混凝土晒坝 元/m², 片石挡墙 元/m³) that the
    # household measures (院坝40个平方): the item as the row names it, and its size
    measures: tuple[tuple[str, float], ...] = ()
    # a non-residential house named by its kind, not a price row (铺面 → 营业, 商业 …: the
    # words a table may print for it): the rows of that kind apply
    kind: tuple[str, ...] = ()
    # categories only mentioned otherwise whose condition the household says it meets: a
    # guaranteed minimum area raises the house's (特别安置 of 低收入、住房困难家庭), an amount
    # is added (困难补助 of 特困人员, 整体签约奖励 when every household signed)
    qualified: tuple[str, ...] = ()


@dataclass
class Estimate:
    area_m2: float
    structure: str
    decoration: str
    days_early: int
    lines: list[Line]
    notes: list[str]
    rows_used: list[Row] = field(default_factory=list)
    signing_day: int | None = None
    settlement: str = DEFAULT_SETTLEMENT

    @property
    def total(self) -> float:
        return sum(line.amount for line in self.lines)


def money(value: float) -> str:
    """12345.0 → '12345', 12345.5 → '12345.5' (元, no thousands separator)."""
    rounded = round(value, 2)
    return f"{rounded:.2f}".rstrip("0").rstrip(".")


def number(value: float) -> str:
    return money(value)


def _settlement(row: Row) -> str | None:
    """The settlement mode a rate's condition names (curated at extraction: 货币安置 → 货币补偿)."""
    return row.get("settlement") or None


class RateTable:
    """The rate rows of one project, with the look-ups the estimate needs."""

    def __init__(self, rows: list[Row], project_id: str | None = None) -> None:
        if project_id is not None:
            rows = [row for row in rows if row.get("project_id") == project_id]
        if not rows:
            raise EstimateError("没有找到该项目的补偿标准")
        projects = {row.get("project_id") for row in rows}
        if len(projects) > 1:
            raise EstimateError(f"补偿标准来自{len(projects)}个项目，请先选定一个项目")
        self.rows = rows
        self.project_id = rows[0].get("project_id")
        self.signing_days = rows[0].get("signing_days")

    @staticmethod
    def projects(rows: list[Row]) -> list[str]:
        """Project ids among rows of the rates query, in order."""
        return list(dict.fromkeys(row.get("project_id") for row in rows if row.get("project_id")))

    def categories(self) -> list[str]:
        return list(dict.fromkeys(row["category"] for row in self.rows))

    def of_category(self, category: str) -> list[Row]:
        return [row for row in self.rows if row.get("category") == category]

    def structures(self) -> list[Row]:
        """Pre-assessed prices (see `is_price`)."""
        return [row for row in self.rows if is_price(row)]

    def value_category(self) -> str | None:
        return self.structures()[0]["category"] if self.structures() else None

    def decorations(self) -> list[Row]:
        return [r for r in self.rows if self.role(r["category"]) == "choice" and _per_area(r)]

    def role(self, category: str) -> str:
        """How a category enters the estimate: value, choice, sum or note (its rows'
        `estimate_role`, curated in sources/vocab/compensation_terms.csv; default sum)."""
        roles = {row.get("estimate_role") for row in self.of_category(category)} - {None, ""}
        return roles.pop() if len(roles) == 1 else "sum"

    def structure_names(self) -> list[str]:
        return [row["item"] for row in self.structures()]

    def fitting_names(self) -> list[str]:
        """Items of a category listing several amounts per household with no area or window
        (附属设施: 天然气, 有线电视): what a household may have one of each."""
        rows = [row for row in self.rows if row.get("basis") in ("per_household", "per_unit")
                and row.get("threshold_m2") is None and row.get("signing_day_from") is None]
        by_category: dict[str, list[str]] = {}
        for row in rows:
            by_category.setdefault(row["category"], []).append(row["item"])
        return list(dict.fromkeys(item for items in by_category.values() if len(items) > 1
                                  for item in items))

    def decoration_names(self) -> list[str]:
        return list(dict.fromkeys(row["item"] for row in self.decorations()))


def named_in(item: str, text: str) -> bool:
    """Whether a text names a rate's item by one of its `naming_pieces`, whatever is printed
    around the thing (已安装天然气, 天然气初装 ↔ 有天然气; 已装宽带 ↔ 宽带; 空调移机 ↔ 空调); of an
    item printed with its condition (水（一户一表）), the thing before the bracket."""
    return named_at(item, text) is not None


@functools.lru_cache(maxsize=4096)
def naming_pieces(item: str) -> frozenset[str]:
    """The pieces of a rate's item a text names it by: three characters in a row (the whole
    item when shorter), its last two, and the first two of a long one (空调 of 空调移机)."""
    thing = thing_of(item)
    size = min(3, len(thing))
    pieces = {thing[start:start + size] for start in range(len(thing) - size + 1)}
    return frozenset(pieces | {thing[-2:]} | ({thing[:2]} if len(thing) >= 4 else set()))


def named_at(item: str, text: str) -> int | None:
    """Where the text's first naming of a rate's item (as `named_in` reads it) ends, or None."""
    ends = [found + len(piece) for piece in naming_pieces(item)
            if piece and (found := text.find(piece)) >= 0]
    return min(ends) if ends else None


def units_named(item: str, text: str) -> int:
    """How many of an item the text has: 0 when it does not name it, else the count printed
    after it (空调2台 → 2), else 1."""
    end = named_at(item, text)
    return 0 if end is None else units_counted(text, end, end) or 1


_UNITS_AFTER = re.compile(r"[^，,。；;\d]{0,3}?(\d{1,2}|[两二三四五六七八九十])\s*[台部个]")
_UNITS_BEFORE = re.compile(r"(\d{1,2}|[两二三四五六七八九十一])\s*[台部个块]$")


def units_counted(text: str, start: int, end: int) -> int | None:
    """How many of a thing named at start…end the text counts, just before it (一个电表, 两台
    空调) or just after it (空调2台, 座机有两部); None when it prints no count. A count of a
    thing is having it; an item paid per unit (元/台) is paid that many times."""
    counted = _UNITS_BEFORE.search(text[:start]) or _UNITS_AFTER.match(text, end)
    return count_of(counted[1]) if counted else None


def count_of(printed: str) -> int:
    """A small count as printed, in digits or Chinese numerals (2, 两, 三)."""
    return int(printed) if printed.isdigit() else chinese_number(printed) or 0


@functools.lru_cache(maxsize=4096)
def thing_of(item: str) -> str:
    """An item without the condition printed in its brackets: 水（一户一表） → 水; a bracket
    inside the name is left out of it: 有线（数字）电视 → 有线电视."""
    thing = re.sub(r"[（(][^（）()]*[）)](?=.)", "", item)
    return thing.split("（")[0].split("(")[0] or item


# the bases of items priced by their size, and the unit of a size
MEASURED = {"per_m2": "m²", "per_m3": "m³", "per_metre": "m"}


def _per_area(row: Row) -> bool:
    return row.get("basis") in ("per_m2", "per_m3", "per_m2_per_time")


def inputs_of(table: RateTable, category: str) -> list[str]:
    """Which inputs an item (a category) depends on, from the bases of its rows."""
    needed: list[str] = []
    value_category = table.value_category()
    for row in table.of_category(category):
        basis = row.get("basis") or ""
        if row.get("structure"):
            needed += ["structure", "area_m2"]
        if row.get("property_use"):
            needed.append("property_use")
        if basis.startswith("per_m") or row.get("threshold_m2") is not None:
            needed.append("area_m2")
        if basis.endswith("_per_day") or row.get("min_days_early") is not None:
            needed.append("days_early")
        if row.get("signing_day_from") is not None or basis == "per_day_late":
            needed.append("signing_day")
        if basis in ("times", "months") or _settlement(row):
            needed.append("settlement")
        if basis == "percent_of_assessed_value":
            needed += ["assessed_value"] if not value_category else ["structure", "area_m2"]
        if basis.startswith("per_person"):
            needed.append("persons")
        if basis == "area_floor":
            needed.append("area_m2")
            if row.get("min_persons") is not None or row.get("max_persons") is not None:
                needed.append("persons")
        if table.role(category) == "choice" and _per_area(row):
            needed.append("decoration")
    return list(dict.fromkeys(needed))


# -- one item ------------------------------------------------------------------------------
def in_band(row: Row, area: float) -> bool:
    """Whether an area lies in a row's area band (area_from_m2 … area_to_m2, bounds in interval
    notation: ( ] by default); a row without a band holds for any area."""
    low, high = row.get("area_from_m2"), row.get("area_to_m2")
    bounds = row.get("area_bounds") or "(]"
    above = low is None or area > low or (bounds.startswith("[") and area == low)
    below = high is None or area < high or (bounds.endswith("]") and area == high)
    return above and below


def _applies(row: Row, household: Household, use: str | None, suite: str | None) -> bool:
    """A row applies to the household's use, 成套/非成套, area band and settlement mode."""
    if row.get("property_use") and use and row["property_use"] != use:
        return False
    if not in_band(row, household.area_m2):
        return False
    if row.get("suite") and suite and row["suite"] != suite:
        return False
    mode = _settlement(row)
    return not (
        mode
        and row.get("basis") not in ("times", "months")
        and not household.settlement.startswith(mode)
    )


_SHARED_BASES = ("times", "months", "minimum_amount", "maximum_amount", "ratio")


def _rows_of_kind(rows: list[Row], kinds: tuple[str, ...]) -> list[Row]:
    """Of a category's rows, those printed for the kind of building (the first of its words
    a row prints: 商业、营业用房 for 商业), and the counts and bounds printed for every kind."""
    for word in kinds:
        naming = [row for row in rows
                  if word in f"{row.get('item') or ''}{row.get('condition') or ''}"]
        if naming:
            return naming + [row for row in rows
                             if row not in naming and row.get("basis") in _SHARED_BASES]
    return rows


def _stepped(base: Row, step: Row | None, area: float, unit: str, *, part_counts: bool = False
             ) -> tuple[float, str]:
    """Base amount plus whole steps above the threshold: (amount, how it was computed); with
    `part_counts` (不足10m²的按10m²计) a part step counts as a whole one."""
    amount = float(base["amount"])
    threshold = step and step.get("threshold_m2")
    if not (step and threshold is not None and step.get("step_m2") and area > threshold):
        condition = f"（{base['condition']}）" if base.get("condition") else ""
        return amount, f"{money(amount)}{unit}{condition}"
    rounded = math.ceil if part_counts else math.floor
    steps = rounded((area - threshold) / step["step_m2"])
    amount += steps * step["amount"]
    per = "" if step["step_m2"] == 1 else f"，每{number(step['step_m2'])}m²计"
    per += "，不足一档按一档计" if part_counts and step["step_m2"] != 1 else ""
    formula = (
        f"{number(base['amount'])} + {steps} × {number(step['amount'])}"
        f"（超出{number(threshold)}m²的{number(area - threshold)}m²{per}） = {money(amount)}{unit}"
    )
    return amount, formula


class _Item:
    """The arithmetic of one category for one household; `line()` gives its Line or None."""

    def __init__(self, table: RateTable, category: str, household: Household):
        self.table = table
        self.category = category
        self.household = household
        self.structure = structure_row(table, household.structure) if household.structure else None
        self.use = household.property_use or (self.structure or {}).get("property_use")
        self.suite = (self.structure or {}).get("suite")
        self.rows = [
            row
            for row in table.of_category(category)
            if _applies(row, household, self.use, self.suite)
        ]
        self.rows = [row for row in self.rows if not self._of_another_kind(row)]
        if household.kind and self.structure is None:
            self.rows = _rows_of_kind(self.rows, household.kind)
        self.used: list[Row] = []
        self.notes: list[str] = []
        self.bounded = False  # a floor or cap already applied to each time paid

    def _of_another_kind(self, row: Row) -> bool:
        """A row printed for another kind of building of the same use than the household's, as
        the price rows name the kinds (仓储用房按建筑面积每月每平方米15元 is no 临街营业用房's)."""
        if self.structure is None or row is self.structure:
            return False
        own = _use_word(self.structure)
        others = {_use_word(found) for found in self.table.structures()
                  if found.get("property_use") == self.use} - {own, ""}
        printed = f"{row.get('item') or ''}{row.get('condition') or ''}"
        return bool(own) and own not in printed and any(word in printed for word in others)

    def _basis(self, *bases: str) -> list[Row]:
        return [row for row in self.rows if row.get("basis") in bases]

    def _count(self, basis: str) -> tuple[int, str] | None:
        """Times or months paid for the household's settlement (a printed default otherwise)."""
        rows = self._basis(basis)
        mode = self.household.settlement
        exact = [r for r in rows if _settlement(r) == mode]
        loose = [r for r in rows if mode.startswith(_settlement(r) or "\0")]
        plain = [r for r in rows if not _settlement(r)]
        chosen = (exact or loose or plain or [None])[0]
        if chosen is None:
            return None
        self.used.append(chosen)
        word = "次" if basis == "times" else "个月"
        why = (
            f"（{chosen['condition']}计发{number(chosen['amount'])}{word}）"
            if chosen.get("condition")
            else ""
        )
        return int(chosen["amount"]), f"{number(chosen['amount'])}{word}{why}"

    def area(self) -> tuple[float, str]:
        """The household's area, raised to the largest minimum area of this category it qualifies
        for: an unconditional one, or one by household size when its persons are known (for the
        house's value: of any value category, 按35平方米计算房屋价值补偿 beside 预评估价格)."""
        area = self.household.area_m2
        floors = [row for row in self._basis("area_floor") if not row.get("step_m2")]
        if self.table.role(self.category) == "value":
            floors = [row for row in self.table.rows if row.get("basis") == "area_floor"
                      and (self.table.role(row["category"]) == "value"
                           or row["category"] in self.household.qualified)
                      and not row.get("step_m2")
                      and _applies(row, self.household, self.use, self.suite)]
        persons = self.household.persons
        held = [row for row in floors if area < row["amount"] and (
            (row.get("min_persons") is None and row.get("max_persons") is None) or (
                persons is not None and persons >= (row.get("min_persons") or 0)
                and persons <= (row.get("max_persons") or persons)))]
        if held:  # persons known: the largest minimum area it qualifies for (4人及以上: 50m²)
            row = max(held, key=lambda found: found["amount"]) if persons is not None else held[0]
            self.used.append(row)
            return float(row["amount"]), f"（不足{number(row['amount'])}m²按其计）"
        return area, ""

    def value(self) -> tuple[float, str] | None:
        """The house's value: structure price × area."""
        if self.structure is None:
            if self.household.assessed_value is not None:
                return self.household.assessed_value, f"{money(self.household.assessed_value)}元"
            return None
        area, why = _Item(self.table, self.structure["category"], self.household).area()
        price, floored = float(self.structure["amount"]), ""
        floor = self._price_floor()
        if floor is not None and price < floor["amount"]:
            self.used.append(floor)
            price = float(floor["amount"])
            floored = (f"{number(self.structure['amount'])}{self.structure['unit']}低于保底单价，"
                       f"按")
        amount = price * area
        return amount, (
            f"{floored}{number(price)}{self.structure['unit']} × {number(area)}m²{why}"
            f" = {money(amount)}元"
        )

    def _price_floor(self) -> Row | None:
        """A floor on the price per m² of the house's value (评估单价低于3000元/平方米的，按3000
        元/平方米计算) that applies to the household."""
        floors = [row for row in self.table.of_category(self.structure["category"])
                  if row.get("basis") == "minimum_amount" and row.get("unit") == "元/m²"
                  and _applies(row, self.household, self.use, self.suite)]
        return max(floors, key=lambda row: row["amount"]) if floors else None

    def line(self) -> Line | None:
        topped_up = self._topped_up()
        part = topped_up or self._part()
        if part is None:
            return None
        amount, formula = part if topped_up or self.bounded else self._bounds(*part)
        share = self._share_of_standard()
        if share is not None:  # 非住宅按上述标准的50%计发
            self.used.append(share)
            amount *= float(share["amount"]) / 100
            formula = f"({formula}) × {number(share['amount'])}%（{share['condition']}） = " \
                      f"{money(amount)}元"
        label = self.category
        chosen = [r for r in self.used if _per_area(r) and not r.get("structure")]
        if self.structure is not None and self.category == self.structure["category"]:
            label = f"{self.category}（{self.structure['item']}）"
        elif len(chosen) == 1 and len(self._basis(*_AREA_BASES)) > 1:
            label = f"{self.category}（{chosen[0]['item']}）"
        return Line(label, formula, amount, self.category)

    def _share_of_standard(self) -> Row | None:
        """A share of the category's rule printed for the household's use (非住宅…按上述标准的
        50%计发), read as `ratio` rows naming that use."""
        shares = [row for row in self._basis("ratio") if row.get("property_use") == self.use
                  and row.get("unit") == "%" and "标准" in (row.get("item") or "")]
        return shares[0] if shares else None

    def _topped_up(self) -> tuple[float, str] | None:
        """A guarantee over other items (房屋价值补偿与货币补偿奖励合计不足150000元的，按150000元
        计发): a category printing only a floor, whose rule names two or more other categories;
        it pays what tops their sum up to the floor."""
        floors = self._basis("minimum_amount")
        if not floors or len(floors) != len(self.rows):
            return None
        rule = floors[0].get("rule_text") or ""
        covered = [category for category in self.table.categories()
                   if category != self.category and category in rule]
        if len(covered) < 2:
            return None
        lines = [_Item(self.table, category, self.household).line() for category in covered]
        if any(line is None for line in lines):
            self.notes.append(f"{self.category}需先算出{'、'.join(covered)}。")
            return None
        total = sum(line.amount for line in lines)
        floor = float(floors[0]["amount"])
        self.used.append(floors[0])
        top_up = max(0.0, floor - total)
        return top_up, (f"{'+'.join(covered)}合计{money(total)}元，"
                        f"{'不足' if top_up else '不低于'}{money(floor)}元"
                        + (f"，补足{money(top_up)}元" if top_up else "，无需补足"))

    def _part(self) -> tuple[float, str] | None:
        if self.structure is not None and self.category == self.structure["category"]:
            self.used.append(self.structure)
            return self.value()
        return (
            self._stepped()
            or self._per_area()
            or self._monthly()
            or self._per_day()
            or self._per_day_late()
            or self._by_signing()
            or self._percent()
            or self._fitted()
            or self._flat()
        )

    def _times(self, amount: float, formula: str, unit: str) -> tuple[float, str]:
        """An amount per time paid × the times; a floor or cap of the category bounds each
        time (搬迁费每户每次…最高2000元, paid twice: up to 2000元 each time)."""
        if not unit.endswith("·次"):
            return amount, formula
        times = self._count("times")
        if times is None:
            return amount, formula
        once, formula = self._bounds(amount, formula)
        self.bounded = True
        if once != amount:  # bounded: the amount of one time, then the times
            formula = f"({formula}) "
        amount = once
        return amount * times[0], f"{formula} × {times[1]} = {money(amount * times[0])}元"

    def _stepped(self) -> tuple[float, str] | None:
        steps = self._basis("per_step_above_threshold")
        bases = [
            r
            for r in self._basis("per_household", "per_household_per_time")
            if r.get("threshold_m2") is not None
        ]
        if not bases and steps:
            # a table's two rows (70平方米以内 | 每户每次1200元 over 超过70平方米 | 每增加1平方米
            # 增加15元): the amount banded up to the step's threshold is its base
            bases = [
                {**r, "threshold_m2": r["area_to_m2"], "area_to_m2": None}
                for r in self.table.of_category(self.category)
                if r.get("basis") in ("per_household", "per_household_per_time")
                and r.get("area_to_m2") is not None and not r.get("area_from_m2")
                and r["area_to_m2"] == steps[0].get("threshold_m2")
                and r.get("property_use") in (None, "", self.use)
            ]
        if not bases:
            return None
        base, step = bases[0], (steps[0] if steps else None)
        self.used += [row for row in (base, step) if row]
        per_time = base["unit"].endswith("·次")
        amount, formula = _stepped(
            base, step, self.household.area_m2, "元/次" if per_time else "元",
            part_counts=self._part_step_counts(step),
        )
        return self._times(amount, formula, base["unit"])

    def _part_step_counts(self, step: Row | None) -> bool:
        """Whether a part of the step counts as a whole one: a minimum area of the step's size
        printed with it (不足10m²的按10m²计, read as an area_floor row carrying step_m2)."""
        return bool(step) and any(row.get("step_m2") == step.get("step_m2")
                                  for row in self._basis("area_floor"))

    def _per_area(self) -> tuple[float, str] | None:
        # a rate per m² of a signing window is paid by the day signed (_by_signing)
        rows = [row for row in self._basis(*_AREA_BASES) if row.get("signing_day_from") is None]
        if not rows:
            return None
        if len(rows) > 1:
            wanted = self.household.decoration if self.table.role(self.category) == "choice" else ""
            rows = _choose(rows, wanted, self.structure)
            if len(rows) != 1:
                options = "、".join(
                    f"{r['item']}{number(r['amount'])}{r['unit']}"
                    for r in self._basis(*_AREA_BASES)
                )
                self.notes.append(f"{self.category}按用途或档次计（{options}），请按实际情况另算。")
                return None
        row = rows[0]
        self.used.append(row)
        area = self.household.area_m2
        amount = row["amount"] * area
        formula = f"{number(row['amount'])}{row['unit']} × {number(area)}m²"
        if row["unit"].endswith("·次"):  # paid per time: a floor or cap bounds each time
            return self._times(amount, f"{formula} = {money(amount)}元", row["unit"])
        # the category counts its times (计发两次): a floor or cap bounds each time
        times = self._count("times") if self._basis("times") else None
        if times:
            once, bounded = self._bounds(amount, f"{formula} = {money(amount)}元")
            self.bounded = True
            formula = f"({bounded}) " if once != amount else formula
            return once * times[0], f"{formula} × {times[1]} = {money(once * times[0])}元"
        return amount, f"{formula} = {money(amount)}元"

    def _monthly(self) -> tuple[float, str] | None:
        rows = self._basis("per_household_per_month", "per_m2_per_month", "per_person_per_month")
        months = self._count("months") if rows else None
        if not rows or months is None:
            return None
        row = rows[0]
        steps = self._basis("per_step_above_threshold")
        thresholded = row.get("threshold_m2") is not None
        if row["basis"] == "per_household_per_month" and thresholded and steps:
            # 60平方米以下的每户每月800元；超过部分每平方米每月加发8元: a monthly base and step
            self.used += [row, steps[0]]
            plain, formula = _stepped(row, steps[0], self.household.area_m2, "元/月",
                                      part_counts=self._part_step_counts(steps[0]))
            monthly, formula = self._bounds(plain, formula, per="月")
            formula = f"({formula}) " if plain != row["amount"] else formula
        else:
            factor, factor_text = self._factor(row)
            if factor is None:
                return None
            self.used.append(row)
            plain = row["amount"] * factor
            monthly, formula = self._bounds(plain,
                                            f"{number(row['amount'])}{row['unit']}{factor_text}",
                                            per="月")
            if factor_text and monthly == plain:  # the month's amount asked as often as the sum
                formula = f"{formula} = {money(monthly)}元/月"
        amount = monthly * months[0]
        if monthly != plain:  # a monthly floor or cap applied
            formula = f"({formula}) "
        return amount, f"{formula} × {months[1]} = {money(amount)}元"

    def _factor(self, row: Row) -> tuple[float | None, str]:
        """What a monthly or flat amount is multiplied by: the area, the persons, or one."""
        if row["basis"].startswith("per_m2"):
            return self.household.area_m2, f" × {number(self.household.area_m2)}m²"
        if row["basis"].startswith("per_person"):
            if self.household.persons is None:
                self.notes.append(f"{self.category}按人计，需家庭人口。")
                return None, ""
            return self.household.persons, f" × {self.household.persons}人"
        return 1, ""

    def _per_day(self) -> tuple[float, str] | None:
        rows = self._basis("per_household_per_day", "per_m2_per_day")
        if not rows:
            return None
        if self.use == RESIDENTIAL or len(rows) == 1:
            rows = [r for r in rows if r.get("basis") == "per_household_per_day"] or rows
        else:
            rows = _choose(rows, "", self.structure)
        if len(rows) != 1:
            self.notes.append(f"非住宅{self.category}按用途计，请按实际用途另算。")
            return None
        row = rows[0]
        self.used.append(row)
        cap = row.get("max_days")
        days = min(self.household.days_early, int(cap)) if cap else self.household.days_early
        capped = f"（最多计{int(cap)}天）" if cap and self.household.days_early > cap else ""
        if days <= 0:
            limit = f"，不超过{int(cap)}天" if cap else ""
            self.notes.append(
                f"{self.category}：{row['item']}{number(row['amount'])}{row['unit']}{limit}；"
                "本次按0天计。"
            )
            return None
        if row["basis"] == "per_m2_per_day":
            amount = row["amount"] * self.household.area_m2 * days
            formula = f"{number(row['amount'])}{row['unit']} × {number(self.household.area_m2)}m²"
        else:
            amount = row["amount"] * days
            formula = f"{number(row['amount'])}{row['unit']}"
        formula = f"{formula} × {days}天{capped}"
        base = self._base_reward()
        if base is not None:  # 每户基础奖励5000元；另按提前天数每户每日200元
            self.used.append(base)
            amount += float(base["amount"])
            formula = f"{money(base['amount'])}元（{base['item']}） + {formula}"
        return amount, f"{formula} = {money(amount)}元"

    def _per_day_late(self) -> tuple[float, str] | None:
        """A reward for signing on the period's first day, less an amount for each day later
        (签约期第1日签约的每户奖励30000元；此后每晚1日，奖励减少600元, floored by the category's
        minimum in `_bounds`); nothing after the period."""
        steps = self._basis("per_day_late")
        base = self._base_reward()
        if not steps or base is None:
            return None
        day = self._signing_day()
        if day is None:
            self.notes.append(f"{self.category}按签约日计（第1日{money(base['amount'])}元，"
                              f"每晚1日减少{money(steps[0]['amount'])}元），需签约日期。")
            return None
        if self.table.signing_days and day > int(self.table.signing_days):
            self.bounded = True  # no floor of the reward applies
            return 0.0, f"签约期限第{day}日签约，已过签约期限 → 0元"
        self.used += [base, steps[0]]
        amount = float(base["amount"]) - (day - 1) * float(steps[0]["amount"])
        return amount, (f"签约期限第{day}日签约：{money(base['amount'])} − ({day} − 1) × "
                        f"{money(steps[0]['amount'])} = {money(amount)}元")

    def _base_reward(self) -> Row | None:
        """One amount per household printed beside a reward per day early, paid with it."""
        flat = [row for row in self._basis("per_household")
                if row.get("threshold_m2") is None and row.get("signing_day_from") is None
                and row.get("min_days_early") is None]
        return flat[0] if len(flat) == 1 else None

    def _signing_day(self) -> int | None:
        """The day of the signing period the household signs on (1 = its first day)."""
        day = self.household.signing_day
        if day is None and self.table.signing_days:
            day = int(self.table.signing_days) - self.household.days_early
        return day

    def _by_signing(self) -> tuple[float, str] | None:
        # a window's floor or cap bounds its amount (_bounds); it is no amount of its own
        bounds = ("minimum_amount", "maximum_amount")
        windows = [
            r for r in self.rows
            if r.get("signing_day_from") is not None and r.get("basis") not in bounds
        ]
        early = [r for r in self.rows if r.get("min_days_early") is not None]
        if not windows and not early:
            return None
        day = self._signing_day()
        for row in windows:
            if day is not None and row["signing_day_from"] <= day <= row["signing_day_to"]:
                if row.get("basis") == "percent_of_assessed_value":  # 房屋价值补偿金额的3%
                    part = self._percent([row])
                    return (part[0], f"签约期限第{day}日签约（{row['condition']}）→ {part[1]}"
                            ) if part else None
                if row.get("basis") in _BOUNDS:
                    continue
                self.used.append(row)
                if _per_area(row):  # 每平方米分别奖励…: per m² of the house
                    amount = float(row["amount"]) * self.household.area_m2
                    return amount, (
                        f"签约期限第{day}日签约（{row['condition']}）→ {number(row['amount'])}"
                        f"{row['unit']} × {number(self.household.area_m2)}m² = {money(amount)}元"
                    )
                return float(row["amount"]), (
                    f"签约期限第{day}日签约（{row['condition']}）→ {money(row['amount'])}元"
                )
        qualifying = [r for r in early if self.household.days_early >= r["min_days_early"]]
        if qualifying:
            row = max(qualifying, key=lambda r: r["min_days_early"])
            self.used.append(row)
            early = self.household.days_early
            return float(row["amount"]), (
                f"提前{early}天签约（{row['condition']}）→ {money(row['amount'])}元"
            )
        self.bounded = True  # nothing is paid: no floor of the reward applies
        return 0.0, "不在奖励期内签约 → 0元"

    def _percent(self, rows: list[Row] | None = None) -> tuple[float, str] | None:
        rows = rows or self._basis("percent_of_assessed_value")
        if not rows:
            return None
        value = _Item(self.table, self.table.value_category() or self.category, self.household)
        assessed = value.value()
        if assessed is None:
            self.notes.append(
                f"{self.category}按评估价值的{number(rows[0]['amount'])}%计，需评估价值。"
            )
            return None
        row = rows[0]
        self.used.append(row)
        base, _ = assessed
        if "补偿" in (row.get("condition") or ""):
            # 按房屋价值补偿金额的8%: of the value as compensated, after its floor or cap
            base, _ = value._bounds(*assessed)
            self.used += [used for used in value.used if used not in self.used]
        amount = base * row["amount"] / 100
        return amount, f"{money(base)}元 × {number(row['amount'])}% = {money(amount)}元"

    def _fitted(self) -> tuple[float, str] | None:
        """Items of a list paid per household (天然气按2800元/户、有线电视按400元/户): the sum of
        those the household has (`fittings`, as the table names them)."""
        rows = [row for row in self._basis("per_household", "per_unit")
                if row.get("threshold_m2") is None and row.get("signing_day_from") is None]
        had = [row for row in rows if row["item"] in self.household.fittings]
        # one amount per household is a list of one only where the table prints it as a note
        # (附属设施补偿: 天然气户表3200元/户), not as an item every household is paid
        if not had or (len(rows) < 2 and self.table.role(self.category) != "note"):
            return None
        self.used += had
        # an item paid per unit (空调移机每台200元) once for each the household has
        counts = [self.household.fittings.count(row["item"]) if row["basis"] == "per_unit"
                  else 1 for row in had]
        amount = sum(float(row["amount"]) * count for row, count in zip(had, counts, strict=True))
        parts = " + ".join(f"{row['item']}{money(row['amount'])}{row['unit']}"
                           + (f" × {count}" if count > 1 else "")
                           for row, count in zip(had, counts, strict=True))
        return amount, f"{parts} = {money(amount)}元"

    def measured(self) -> Line | None:
        """A note category's items the household measures (混凝土晒坝 40m²), each priced by its
        size, as a line."""
        sizes = dict(self.household.measures)
        had = [row for row in self._basis(*MEASURED) if row["item"] in sizes]
        if not had:
            return None
        self.used += had
        amounts = [float(row["amount"]) * sizes[row["item"]] for row in had]
        parts = "；".join(f"{row['item']}{money(row['amount'])}{row['unit']} × "
                         f"{number(sizes[row['item']])}{MEASURED[row['basis']]} = {money(amount)}元"
                         for row, amount in zip(had, amounts, strict=True))
        total = sum(amounts)
        formula = f"{parts}；共{money(total)}元" if len(had) > 1 else parts
        return Line(self.category, formula, total, self.category)

    def fitted(self) -> Line | None:
        """A note category's utilities the household has (天然气, 有线电视), as a line."""
        part = self._fitted()
        return Line(self.category, part[1], part[0], self.category) if part else None

    def _flat(self) -> tuple[float, str] | None:
        bases = ("per_household", "per_household_per_time", "per_unit", "per_person", "lump_sum")
        rows = self._basis(*bases)
        if len(rows) != 1:
            return None
        row = rows[0]
        factor, factor_text = self._factor(row)
        if factor is None:
            return None
        self.used.append(row)
        amount = float(row["amount"]) * factor
        formula = f"{money(row['amount'])}{row['unit']}{factor_text}"
        return self._times(amount, formula, row["unit"])

    def _bounds(self, amount: float, formula: str, per: str = "") -> tuple[float, str]:
        """Floor (不足N元的按N元) and cap (最高不超过N元) of this category for this use: on the
        whole item, or (`per` = 月) on a monthly amount (每户每月不足700元的按700元)."""
        day = self._signing_day()
        items = {row["item"] for row in self.rows if row.get("basis") not in _BOUNDS}

        def applies(row: Row) -> bool:
            if row.get("signing_day_from") is not None and not (
                    day is not None and row["signing_day_from"] <= day <= row["signing_day_to"]):
                return False  # a bound of another signing window
            if row.get("condition") in items and not any(
                    used["item"] == row["condition"] for used in self.used):
                return False  # a bound of another level (档次 | 单价 | 每户封顶: 精装 30000)
            return row["unit"].endswith(f"·{per}") if per else row["unit"] == "元"

        for row in filter(applies, self._basis("minimum_amount")):
            if amount < row["amount"]:
                self.used.append(row)
                formula += f"，不足{money(row['amount'])}元按{money(row['amount'])}元计"
                amount = float(row["amount"])
        for row in filter(applies, self._basis("maximum_amount")):
            if amount > row["amount"]:
                self.used.append(row)
                # the product above the cap is not paid: not printed as if it were
                formula = formula.removesuffix(f" = {money(amount)}元")
                formula += f"，超过最高{money(row['amount'])}元，按{money(row['amount'])}元计"
                amount = float(row["amount"])
        return amount, formula


_AREA_BASES = ("per_m2", "per_m3", "per_m2_per_time")
_BOUNDS = ("minimum_amount", "maximum_amount")


def _choose(rows: list[Row], wanted: str, structure: Row | None) -> list[Row]:
    """Among levels or uses of one category: the one named, else the one the structure's use word
    names (办公 ↔ 办公（…）混合结构)."""
    if wanted:
        return _matching(rows, wanted)
    word = _use_word(structure) if structure else ""
    return [row for row in rows if word and word[:2] in (row.get("item") or "")]


def _matching(rows: list[Row], name: str) -> list[Row]:
    exact = [row for row in rows if row["item"] == name]
    return exact or [row for row in rows if name and name in row["item"]]


def is_price(row: Row) -> bool:
    """A pre-assessed house price: a row naming a building structure, or a house-value price
    per m² naming a kind of building instead (临街一层门面每平方米6380元)."""
    return bool(row.get("structure")) or (
        row.get("estimate_role") == "value" and row.get("basis") == "per_m2")


def _use_word(row: Row) -> str:
    """The use a structure row is priced for: the words before its first bracket or its
    structure (住宅 of 住宅钢筋混凝土结构)."""
    item = row["item"]
    structure = row.get("structure") or ""
    for stop in ("（", "(", *filter(None, (structure, structure.removesuffix("结构"))),
                 "混合", "砖木", "砖混", "钢混", "框架", "类"):
        item = item.split(stop)[0]
    return item


def structure_row(table: RateTable, name: str) -> Row:
    """The price row a house's structure names (raises EstimateError for none or several)."""
    return _one(table.structures(), name, "房屋结构")


def _one(rows: list[Row], name: str, what: str) -> Row:
    found = _matching(rows, name)
    if len(found) == 1 or (found and found[0]["item"] == name):
        return found[0]
    choices = "、".join(row["item"] for row in rows)
    raise EstimateError(f"{what}“{name}”不在补偿标准中，可选：{choices}")


def item_amount(table: RateTable, category: str, household: Household) -> Line | None:
    """One item (a category) for one household, with its steps; None when it does not apply."""
    return _Item(table, category, household).line()


# -- the whole estimate ----------------------------------------------------------------------
def estimate(
    table: RateTable,
    area_m2: float,
    structure: str,
    decoration: str = "",
    days_early: int = 0,
    *,
    signing_day: int | None = None,
    settlement: str = DEFAULT_SETTLEMENT,
    fittings: tuple[str, ...] = (),
    persons: int | None = None,
    kind: tuple[str, ...] = (),
    qualified: tuple[str, ...] = (),
    assessed_value: float | None = None,
    measures: tuple[tuple[str, float], ...] = (),
) -> Estimate:
    """The estimate for one house: every summed category, and the utilities it has (`fittings`,
    as the table names them) of a category only mentioned otherwise; raises EstimateError for
    an unknown structure or decoration. A non-residential house named by its `kind` alone (no
    structure) is estimated for the items its kind's rows price, not for its value; the
    `assessed_value` a household gives is the base of the items paid as a share of it."""
    settlement = settlement or DEFAULT_SETTLEMENT
    if area_m2 <= 0:
        if not fittings and not measures:
            raise EstimateError("面积要大于0")
        return _utilities_only(table, fittings, kind, settlement, measures)
    if signing_day and not days_early and table.signing_days:
        days_early = max(0, int(table.signing_days) - signing_day)
    if structure or not kind:
        price_row = structure_row(table, structure)
    else:  # a kind of building named, no price row: its value is not estimated
        price_row = {"item": kind[0], "category": "", "property_use": NON_RESIDENTIAL}
    if decoration and decoration != NO_DECORATION:
        decoration = _one(table.decorations(), decoration, "装饰装修")["item"]
    household = Household(
        area_m2,
        price_row["item"] if structure else "",
        "" if decoration == NO_DECORATION else decoration,
        max(0, days_early),
        signing_day,
        settlement,
        property_use=None if structure else NON_RESIDENTIAL,
        persons=persons,
        fittings=tuple(fittings),
        kind=() if structure else kind,
        qualified=qualified,
        assessed_value=assessed_value,
        measures=measures,
    )
    result = Estimate(
        area_m2, price_row["item"], decoration or NO_DECORATION, household.days_early, [], [],
        signing_day=signing_day, settlement=settlement,
    )  # fmt: skip
    for category in table.categories():
        if not structure and category == table.value_category():
            continue
        role = "value" if category == price_row["category"] else table.role(category)
        item = _Item(table, category, household)
        if role == CONDITIONAL:  # summed when the household says it meets the condition
            if category not in household.qualified:
                continue  # mentioned (_notes)
            role = "sum"
        if role == "note":
            _add_fitted(result, item)
            continue
        if role == "choice" and not household.decoration:
            levels = "、".join(
                f"{r['item']}{number(r['amount'])}{r['unit']}" for r in item.rows if _per_area(r)
            )
            if levels:
                result.notes.append(f"未计{category}（{levels}）。")
            continue
        line = item.line()
        result.notes += item.notes
        if line is not None and (line.amount or item.used):
            result.lines.append(line)
            result.rows_used += item.used
    _notes(result, table, household, price_row)
    return result


def _utilities_only(table: RateTable, fittings: tuple[str, ...], kind: tuple[str, ...],
                    settlement: str, measures: tuple[tuple[str, float], ...] = ()) -> Estimate:
    """The utilities a household has (有线、燃气和两部电话一共补多少) and the things it
    measures (地坝40平方、堡坎6方), added up: no area or structure is needed; a
    non-residential kind named (门市) takes its rows (商业)."""
    # by use alone: rows naming no kind (有线) apply to every house
    household = Household(settlement=settlement, fittings=fittings, measures=measures,
                          property_use=NON_RESIDENTIAL if kind else RESIDENTIAL)
    result = Estimate(0, "", NO_DECORATION, 0, [], [], settlement=settlement)
    for category in table.categories():
        _add_fitted(result, _Item(table, category, household))
    return result


def _add_fitted(result: Estimate, item: _Item) -> None:
    """A category's utilities the household has (天然气, 有线电视) and things it measures
    (混凝土晒坝 40m²), added to the estimate."""
    household = item.household
    lines = [item.fitted() if household.fittings else None,
             item.measured() if household.measures else None]
    result.lines += [line for line in lines if line is not None]
    result.rows_used += item.used


def _notes(result: Estimate, table: RateTable, household: Household, structure: Row) -> None:
    """Categories mentioned, not summed: utilities, guaranteed minimum areas …"""
    use = structure.get("property_use")
    summed = {line.category for line in result.lines}
    for category in table.categories():
        role = table.role(category)
        if role not in ("note", CONDITIONAL) or (role == CONDITIONAL and category in summed):
            continue  # summed, or a conditional amount the household qualified for
        rows = [
            r
            for r in table.of_category(category)
            if _applies(r, household, use, structure.get("suite"))
        ]
        floors = [r for r in rows if r.get("basis") == "area_floor" and not r.get("step_m2")]
        if floors and category in household.qualified and household.persons is not None:
            if any(household.area_m2 < row["amount"] for row in floors):  # see _Item.area
                result.notes.append(f"{category}的保底面积按您说的家庭情况计入，须经核查。")
            continue
        if floors:
            if any(household.area_m2 < r["amount"] for r in floors):
                sizes = "或".join(f"{number(r['amount'])}m²" for r in floors)
                result.notes.append(
                    f"{category}：符合条件的家庭经核查可按保底面积{sizes}补偿（按家庭人口），本估算未计。"
                )
            continue
        listed = "、".join(
            f"{r['item']}{'（' + r['condition'] + '）' if r.get('condition') else ''}"
            f"{number(r['amount'])}{r['unit']}"
            for r in rows
            if r.get("basis") not in ("ratio", "times", "months")
            and r["item"] not in household.fittings
            and r["item"] not in dict(household.measures)
        )
        if listed:
            result.notes.append(f"另有{category}未计入：{listed}。")


__all__ = [
    "MEASURED",
    "NO_DECORATION",
    "Estimate",
    "EstimateError",
    "Household",
    "Line",
    "RateTable",
    "estimate",
    "inputs_of",
    "item_amount",
    "money",
    "named_in",
    "thing_of",
]

