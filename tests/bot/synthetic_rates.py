"""An invented project's rate rows, built in memory, for tests of how a question is read
against a project and estimated (no database: the rows are those the rates query returns)."""

from __future__ import annotations

from typing import Any

from bot.domains.compensation_projects import Project

PROJECT_ID = "synthetic-rates-d01-p1"


def rate(category: str, item: str, basis: str, amount: float, unit: str, role: str = "sum",
         **fields: Any) -> dict[str, Any]:
    """One row as the compensation_rates_of_project query returns it."""
    return {
        "project_id": PROJECT_ID, "project": "柳溪片区旧房改造项目",
        "doc_number": "试发〔2030〕1号",
        "category": category, "item": item, "basis": basis, "amount": amount, "unit": unit,
        "estimate_role": role, "rule_text": f"{item}{amount:g}{unit}", "signing_days": 30,
        **fields,
    }  # fmt: skip


HOMES = [
    rate("房屋补偿", "住宅（成套）砖混结构", "per_m2", 3000, "元/m²", "value",
         property_use="住宅", suite="成套", structure="砖混结构"),
    rate("房屋补偿", "住宅（非成套）砖混结构", "per_m2", 2600, "元/m²", "value",
         property_use="住宅", suite="非成套", structure="砖混结构"),
    rate("房屋补偿", "住宅（非成套）土木结构", "per_m2", 2000, "元/m²", "value",
         property_use="住宅", suite="非成套", structure="土木结构"),
    rate("装修补偿", "简易装修", "per_m2", 40, "元/m²", "choice"),
    rate("装修补偿", "中档装修", "per_m2", 120, "元/m²", "choice"),
    rate("搬家费", "住宅", "per_household", 900, "元/户", property_use="住宅"),
]
UTILITIES = [
    rate("配套设施补偿", "管道燃气", "per_household", 2600, "元/户", "note", property_use="住宅"),
    rate("配套设施补偿", "宽带电视", "per_household", 350, "元/户", "note", property_use="住宅"),
    rate("配套设施补偿", "固定电话", "per_unit", 120, "元/部", "note"),
]


def project(*rows: dict[str, Any]) -> Project:
    return Project(PROJECT_ID, "柳溪片区旧房改造项目", "synthetic-rates", "2030-01-01",
                   "试发〔2030〕1号", "柳溪片区旧房改造项目征收决定", tuple(rows),
                   {"signing_start": "2030-03-01", "signing_end": "2030-03-30"})
