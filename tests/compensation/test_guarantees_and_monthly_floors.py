"""A guarantee over the sum of other items and a floor on each month's amount are read from
their sentences and applied by the estimate, steps shown."""

from __future__ import annotations

import pytest

from bot.estimate import Household, RateTable, estimate, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收雍溪镇河街片区改造项目范围内国有土地上房屋的决定",
    "大足府发〔2021〕95号",
    "本次征收房屋共20户，房屋建筑面积合计1500平方米。",
    "重庆市大足区人民政府",
    "2021年10月8日",
]
NOTICE = [
    "重庆市大足区人民政府 关于雍溪镇河街片区改造项目房屋征收的公告",
    "大足府发〔2021〕96号",
    "（一）签约期限：2021年10月20日至2021年11月18日，共30天。",
    "重庆市大足区人民政府",
    "2021年10月12日",
    "附件",
    "雍溪镇河街片区改造项目房屋征收补偿方案",
    "（一）房屋价值补偿。住宅（成套）砖混结构4000元/平方米。",
    "（二）过渡费。选择产权调换的住宅，每平方米每月8元，每户每月不足600元的按600元计发，"
    "过渡期按24个月计算。",
    "（三）货币补偿奖励。选择货币补偿的住宅，按被征收房屋评估价值的10%给予奖励。",
    "（四）最低补偿保障。选择货币补偿的住宅，房屋价值补偿与货币补偿奖励合计不足120000元的，"
    "按120000元计发。",
]
HOME = "住宅（成套）砖混结构"


@pytest.fixture(scope="module")
def table(departments) -> RateTable:
    scheme = Scheme(*parse(departments, DECISION, NOTICE))
    return scheme.rate_table


def test_a_guarantee_tops_the_sum_of_the_items_it_names_up_to_its_floor(table):
    small = Household(area_m2=20, structure=HOME, settlement="货币补偿")
    top_up = item_amount(table, "最低补偿保障", small)
    assert top_up.amount == 120000 - (20 * 4000 + 20 * 4000 * 0.10) == 32000
    assert "房屋价值补偿+货币补偿奖励合计88000元" in top_up.formula
    whole = estimate(table, 20, HOME, settlement="货币补偿")
    assert whole.total == 120000


def test_a_guarantee_below_the_sum_pays_nothing(table):
    large = Household(area_m2=60, structure=HOME, settlement="货币补偿")
    assert item_amount(table, "最低补偿保障", large).amount == 0


def test_a_monthly_floor_applies_to_each_month_before_the_months_are_counted(table):
    small = Household(area_m2=50, structure=HOME, settlement="产权调换")
    transition = item_amount(table, "过渡费", small)
    assert transition.amount == 600 * 24
    large = Household(area_m2=100, structure=HOME, settlement="产权调换")
    assert item_amount(table, "过渡费", large).amount == 8 * 100 * 24
