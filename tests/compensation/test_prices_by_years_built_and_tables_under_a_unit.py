"""A scheme pricing each structure by the years it was built (结构 | 2000年以后建成 | …, the
structure printed without 结构), a moving fee banded by area whose amounts are in 元 alone with
the unit said before the table (每户每次计发：), a utilities table by settlement mode under a
heading naming its unit (单位：元/户), and a floor worded 最低不少于."""

from __future__ import annotations

import pytest

from bot.estimate import Household, RateTable, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收石马镇老街片区改造项目国有土地上房屋的决定",
    "大足府发〔2035〕30号",
    "本次征收房屋共20户，房屋建筑面积合计1800平方米。",
    "重庆市大足区人民政府",
    "2035年6月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于石马镇老街片区改造项目房屋征收补偿的公告",
    "大足府发〔2035〕31号",
    "一、项目名称：石马镇老街片区改造项目。",
    "二、签约期限：2035年6月10日至2035年7月9日，共30日。",
    "重庆市大足区人民政府",
    "2035年6月6日",
    "附件",
    "石马镇老街片区改造项目房屋征收补偿方案",
    "一、房屋价值补偿",
    "住宅房屋按下表预评估单价计算房屋价值：",
    "结构\t2005年以后建成\t2004年（含）以前建成",
    "框架\t4300元/㎡\t3900元/㎡",
    "砖混\t3600元/㎡\t—",
    "二、搬家补助费",
    "按被征收房屋建筑面积分档，每户每次计发：",
    "建筑面积\t住宅\t非住宅",
    "80平方米（含）以下\t900元\t1400元",
    "80平方米以上\t1500元\t2600元",
    "三、附属设施补偿（单位：元/户）",
    "项目\t选择货币补偿\t选择产权调换",
    "自来水（一户一表）\t1100\t不予补偿",
    "宽带\t180\t180",
    "四、货币补偿补助",
    "选择货币补偿的住宅，按房屋价值补偿金额的6%给予补助，每户最低不少于8000元。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_a_structure_is_priced_by_the_years_built(scheme):
    names = scheme.rate_table.structure_names()
    assert names == ["框架结构（2005年以后建成）", "框架结构（2004年（含）以前建成）",
                     "砖混结构（2005年以后建成）"]
    home = Household(area_m2=100, structure="框架结构（2004年（含）以前建成）")
    assert item_amount(scheme.rate_table, "房屋价值补偿", home).amount == 100 * 3900


def test_amounts_in_yuan_alone_take_the_unit_said_before_the_table(scheme):
    table: RateTable = scheme.rate_table
    small = Household(area_m2=60, structure="砖混结构（2005年以后建成）")
    large = Household(area_m2=120, structure="砖混结构（2005年以后建成）")
    assert item_amount(table, "搬家补助费", small).amount == 900
    assert item_amount(table, "搬家补助费", large).amount == 1500


def test_a_table_under_a_heading_naming_its_unit_lists_the_headings_items(scheme):
    rows = [(row["item"], row["amount"], row["unit"], row["settlement"])
            for row in scheme.rate_table.rows if row["category"] == "附属设施补偿"]
    assert ("自来水（一户一表）", 1100, "元/户", "货币补偿") in rows
    assert ("宽带", 180, "元/户", None) in rows


def test_a_floor_worded_not_less_than(scheme):
    table: RateTable = scheme.rate_table
    small = Household(area_m2=30, structure="砖混结构（2005年以后建成）")
    assert item_amount(table, "货币补偿补助", small).amount == 8000  # 30 × 3600 × 6% = 6480


REWARDED = [
    *NOTICE,
    "五、签约奖励",
    "在签约期限内签订协议的，每户给予基础奖励4000元；另按提前签约天数每户每日150元给予奖励，"
    "两项合计每户不超过7000元。",
]


def test_a_base_reward_is_paid_with_the_reward_per_day_early(departments):
    table = Scheme(*parse(departments, DECISION, REWARDED)).rate_table
    (reward,) = {row["category"] for row in table.rows if row["basis"] == "per_household_per_day"}
    early = Household(area_m2=80, structure="砖混结构（2005年以后建成）", days_early=10)
    assert item_amount(table, reward, early).amount == 4000 + 10 * 150
    earliest = Household(area_m2=80, structure="砖混结构（2005年以后建成）", days_early=29)
    assert item_amount(table, reward, earliest).amount == 7000  # 4000 + 29 × 150 = 8350


SHOPS = [
    *NOTICE[:9],
    "（一）住宅预评估单价：砖混结构3600元/平方米。",
    "（二）营业用房预评估单价：一层7000元/平方米，二层及以上3800元/平方米。",
    "二、签约奖励",
    "在签约期限内签约的，每平方米奖励200元。非住宅签约奖励按上述标准的50%计发。",
]


def test_a_share_of_the_rule_above_is_paid_to_the_use_it_names(departments):
    table = Scheme(*parse(departments, DECISION, SHOPS)).rate_table
    (reward,) = {row["category"] for row in table.rows if row["unit"] == "元/m²"
                 and row["amount"] == 200}
    shop = Household(area_m2=40, structure="营业用房预评估单价一层", property_use="非住宅")
    home = Household(area_m2=40, structure="住宅预评估单价砖混结构")
    assert item_amount(table, reward, shop).amount == 40 * 200 * 50 / 100
    assert item_amount(table, reward, home).amount == 40 * 200
