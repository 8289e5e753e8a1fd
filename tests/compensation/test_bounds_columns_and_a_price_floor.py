"""A scheme whose fee table prints each fee's floor, cap and counts in columns of their own
(补助项目 | 计发标准 | 保底 | 封顶 | 计发次数（月数）), a floor on the price per m²
(单价低于…的，按…计算), a reward as a percentage of the house's value with a cap, prices of a
kind of building by storey, and utilities each named in a clause of its own
(水，一户一表的每户…)."""

from __future__ import annotations

import pytest

from bot.estimate import Household, RateTable, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收三驱镇河街片区旧城更新项目国有土地上房屋的决定",
    "大足府发〔2034〕12号",
    "本次征收房屋共44户，房屋建筑面积合计5100平方米。",
    "重庆市大足区人民政府",
    "2034年5月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于三驱镇河街片区旧城更新项目房屋征收补偿的公告",
    "大足府发〔2034〕13号",
    "一、项目名称：三驱镇河街片区旧城更新项目。",
    "二、签约期限：2034年5月10日至2034年6月8日，共30日。",
    "重庆市大足区人民政府",
    "2034年5月6日",
    "附件",
    "三驱镇河街片区旧城更新项目房屋征收补偿方案",
    "一、房屋价值补偿",
    "（一）住宅预评估单价：框架结构4200元/平方米，土木结构1900元/平方米。",
    "（二）住宅房屋评估单价低于2600元/平方米的，按2600元/平方米计算房屋价值。",
    "（三）门面预评估单价：临街一层7000元/平方米，其他楼层3500元/平方米。",
    "二、补助费",
    "补助项目\t计发标准\t保底\t封顶\t计发次数（月数）",
    "搬家补助费（住宅）\t20元/平方米·次\t1200元/次\t3000元/次\t货币补偿1次，产权调换2次",
    "过渡安置费（住宅）\t10元/平方米·月\t800元/月\t1500元/月\t货币补偿4个月，产权调换12个月",
    "三、货币补偿奖励",
    "选择货币补偿的住宅被征收人，按房屋价值补偿额的8%给予奖励，每户最高不超过3万元。",
    "四、附属设施补偿",
    "选择货币补偿的，附属设施按户补偿：水，一户一表的每户800元；电，一户一表的每户700元；宽带，每户200元。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_a_floor_column_bounds_each_time_paid(scheme):
    table: RateTable = scheme.rate_table
    small = Household(area_m2=40, structure="住宅预评估单价框架结构")
    twice = Household(area_m2=40, structure="住宅预评估单价框架结构", settlement="产权调换")
    assert item_amount(table, "搬家补助费", small).amount == 1200  # 40 × 20 = 800 → 1200
    assert item_amount(table, "搬家补助费", twice).amount == 2 * 1200


def test_a_cap_column_bounds_each_month_of_the_months_its_mode_pays(scheme):
    table: RateTable = scheme.rate_table
    large = Household(area_m2=200, structure="住宅预评估单价框架结构", settlement="产权调换")
    assert item_amount(table, "过渡安置费", large).amount == 12 * 1500  # 200 × 10 = 2000 → 1500


def test_a_price_below_the_floor_is_raised_to_it(scheme):
    table: RateTable = scheme.rate_table
    earthen = Household(area_m2=50, structure="住宅预评估单价土木结构")
    assert item_amount(table, "房屋价值补偿", earthen).amount == 50 * 2600
    framed = Household(area_m2=50, structure="住宅预评估单价框架结构")
    assert item_amount(table, "房屋价值补偿", framed).amount == 50 * 4200


def test_a_floor_on_the_price_is_no_price_of_its_own(scheme):
    assert "保底单价" not in scheme.rate_table.structure_names()


def test_a_reward_as_a_share_of_the_value_is_capped(scheme):
    table: RateTable = scheme.rate_table
    small = Household(area_m2=50, structure="住宅预评估单价土木结构")
    large = Household(area_m2=120, structure="住宅预评估单价框架结构")
    assert item_amount(table, "货币补偿奖励", small).amount == 50 * 2600 * 8 / 100
    assert item_amount(table, "货币补偿奖励", large).amount == 30000


def test_prices_of_a_kind_of_building_by_storey_name_the_kind(scheme):
    names = scheme.rate_table.structure_names()
    assert any("门面" in name and "临街一层" in name for name in names)


def test_utilities_named_in_a_clause_of_their_own_are_the_items(scheme):
    items = [row["item"] for row in scheme.rate_table.rows if row["category"] == "附属设施补偿"]
    assert items == ["水（一户一表）", "电（一户一表）", "宽带"]
