"""A swap's settlement (产权调换): what the new home costs at the scheme's prices for its parts
(equal to the old home's area, the part above it up to each bound, the part beyond), and the
old home's value to settle against it (多退少补)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.estimate import (
    EstimateError,
    Household,
    Line,
    RateTable,
    Row,
    item_amount,
    money,
    number,
    structure_row,
)

_EQUAL_PART = "等面积部分"
_EXCESS_PART = "超出面积"


@dataclass
class Swap:
    """What a new home of `new_area_m2` costs a household swapping a home of `area_m2`: its
    parts at the scheme's prices (`lines`), the old home's value when its structure is known,
    and what the scheme does not price (`notes`)."""

    area_m2: float
    new_area_m2: float
    lines: list[Line]
    value: Line | None = None
    notes: list[str] = field(default_factory=list)
    rows_used: list[Row] = field(default_factory=list)

    @property
    def price(self) -> float:
        return sum(line.amount for line in self.lines)


def is_swap_part(row: Row) -> bool:
    """A price of a part of the new home (等面积部分, 超出…部分), per m²."""
    return row.get("basis") == "per_m2" and str(row.get("item") or "").startswith(
        (_EQUAL_PART, _EXCESS_PART))


def swap(table: RateTable, area_m2: float, new_area_m2: float, structure: str = "") -> Swap:
    """The new home's price by its parts (equal to the old home's area, the part above it up
    to each bound, the part beyond the last bound) and the old home's value to settle against
    it (多退少补); raises EstimateError when the scheme prints no swap prices."""
    rows = [row for row in table.rows if is_swap_part(row)]
    equal = next((row for row in rows if row["item"] == _EQUAL_PART), None)
    if equal is None or area_m2 <= 0 or new_area_m2 <= 0:
        raise EstimateError("补偿标准中没有产权调换安置房的结算价格")
    same = min(area_m2, new_area_m2)
    result = Swap(area_m2, new_area_m2, [_part_line(equal, same, "等面积部分")],
                  rows_used=[equal])
    extra, counted = max(0.0, new_area_m2 - area_m2), 0.0
    for row in sorted((r for r in rows if r.get("excess_up_to_m2")),
                      key=lambda r: r["excess_up_to_m2"]):
        part = min(extra, float(row["excess_up_to_m2"])) - counted
        if part > 0:
            bound = number(row["excess_up_to_m2"])
            result.lines.append(_part_line(row, part, f"超出{bound}m²以内部分"))
            result.rows_used.append(row)
            counted += part
    beyond = next((r for r in rows if r["item"].startswith(_EXCESS_PART)
                   and not r.get("excess_up_to_m2") and "以上" in r["item"]), None)
    if extra - counted > 0:
        if beyond is not None:
            result.lines.append(_part_line(beyond, extra - counted, "超出部分"))
            result.rows_used.append(beyond)
        else:
            result.notes.append(f"超出的{number(extra - counted)}m²公报没有写明结算价格，未计入。")
    if structure:
        row = structure_row(table, structure)
        result.value = item_amount(table, row["category"], Household(area_m2, row["item"]))
    return result


def _part_line(row: Row, area: float, label: str) -> Line:
    amount = float(row["amount"]) * area
    return Line(label, f"{money(row['amount'])}元/m² × {number(area)}m² = {money(amount)}元",
                amount, row.get("category") or "")
