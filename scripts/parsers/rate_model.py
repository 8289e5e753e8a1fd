"""What a rate sentence or table cell is read into: `Rate`, and the amounts and units it holds.

Shared by the sentence reader (rate_sentences), its signing windows (rate_windows) and the table
reader (rate_tables).
"""

from __future__ import annotations

from dataclasses import dataclass

BASIS_BY_UNIT = {
    "元/m²": "per_m2",
    "元/m³": "per_m3",
    "元/户": "per_household",
    "元/户·次": "per_household_per_time",
    "元/m²·次": "per_m2_per_time",
    "元/户·日": "per_household_per_day",
    "元/m²·日": "per_m2_per_day",
    "元/户·月": "per_household_per_month",
    "元/m²·月": "per_m2_per_month",
    "元/部": "per_unit",
    "元/台": "per_unit",
    "元/只": "per_unit",
    "元/个": "per_unit",
    "元/套": "per_unit",
    "元/口": "per_unit",
    "元/眼": "per_unit",
    "元/座": "per_unit",
    "元/棵": "per_unit",
    "元/株": "per_unit",
    "元/处": "per_unit",
    "元/米": "per_metre",
    "元/人": "per_person",
    "元/人·月": "per_person_per_month",
}


def yuan(printed: str, wan: str | None) -> float | int:
    """An amount in 元: 21000元, or 2万元 = 20000."""
    return number(printed) * (10000 if wan else 1)


def basis_of(unit: str, bare: str) -> str | None:
    """How an amount in `unit` applies; `bare` for an amount printed without a unit (元)."""
    return bare if unit == "元" else BASIS_BY_UNIT.get(unit)


@dataclass
class Rate:
    """One rate as read; the parser adds project, category defaults, line and printed text."""

    item: str
    amount: float
    unit: str
    basis: str
    category: str | None = None
    property_use: str | None = None
    suite: str | None = None
    structure: str | None = None
    condition: str | None = None
    threshold_m2: float | None = None
    step_m2: float | None = None
    area_from_m2: float | None = None
    area_to_m2: float | None = None
    area_bounds: str | None = None
    excess_up_to_m2: float | None = None
    max_days: int | None = None
    min_days_early: int | None = None
    signing_day_from: int | None = None
    signing_day_to: int | None = None
    min_persons: int | None = None
    max_persons: int | None = None
    settlement: str | None = None
    at: int = -1  # offset of its amount in the text read (binds it to its clause)


def number(text: str) -> float | int:
    value = float(text)
    return int(value) if value.is_integer() else value
