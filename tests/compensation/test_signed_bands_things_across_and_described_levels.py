"""A moving fee banded with signs (建筑面积≤60㎡的 / 60㎡＜建筑面积≤110㎡的 / 建筑面积＞110㎡的,
each 每户每次); utilities printed across a table (设施名称 | 水表 | 电表 … over 补偿标准 |
700元/户 | …); decoration levels whose brackets describe them after a colon and end with a dash
before their amount (甲档（简单装修：水泥地面，墙面刷白）——每㎡60元). Written in other
wording than the issue that printed them."""

from __future__ import annotations

import pytest

from bot.estimate import Household, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于对玉龙镇新街片区改造项目范围内国有土地上房屋实施征收的决定",
    "大足府发〔2045〕3号",
    "征收范围内共涉及房屋所有权人31户，被征收房屋建筑面积共2630平方米。",
    "重庆市大足区人民政府",
    "2045年2月20日",
]
NOTICE = [
    "重庆市大足区人民政府 关于玉龙镇新街片区改造项目房屋征收补偿方案的公告",
    "大足府发〔2045〕4号",
    "一、项目名称：玉龙镇新街片区改造项目",
    "二、签约期限：2045年3月1日至2045年3月30日",
    "重庆市大足区人民政府",
    "2045年2月25日",
    "附件",
    "玉龙镇新街片区改造项目房屋征收补偿方案",
    "一、房屋价值补偿",
    "住宅砖混结构每㎡3800元。",
    "二、装饰装修补偿",
    "甲档（简单装修：水泥地面，墙面刷白）——每㎡60元；",
    "乙档（普通装修：地砖地面，墙面乳胶漆）——每㎡130元。",
    "三、搬家补助费",
    "住宅：建筑面积≤60㎡的，每户每次900元；60㎡＜建筑面积≤110㎡的，每户每次1300元；"
    "建筑面积＞110㎡的，每户每次1800元。选择货币补偿的计发1次，选择产权调换的计发2次。",
    "四、附属设施补偿",
    "被征收人单独安装的下列设施按以下标准补偿：",
    "设施名称\t水表\t电表\t天然气",
    "补偿标准\t700元/户\t500元/户\t3200元/户",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_bands_printed_with_signs_hold_their_bounds(scheme):
    bands = {(row["area_from_m2"], row["area_to_m2"], row["area_bounds"]): row["amount"]
             for row in scheme.rates
             if row["category"] == "搬家补助费" and row["basis"] == "per_household_per_time"}
    assert bands == {(None, 60, "(]"): 900, (60, 110, "(]"): 1300, (110, None, "(]"): 1800}
    line = item_amount(scheme.rate_table, "搬家补助费", Household(area_m2=80))
    assert line.amount == 1300


def test_things_printed_across_a_table_each_get_their_amount(scheme):
    things = {row["item"]: (row["amount"], row["unit"]) for row in scheme.rates
              if row["category"] == "附属设施补偿"}
    assert things == {"水表": (700, "元/户"), "电表": (500, "元/户"), "天然气": (3200, "元/户")}


def test_levels_described_in_their_brackets_are_named_without_the_description(scheme):
    levels = {row["item"]: row["amount"] for row in scheme.rates
              if row["category"] == "装饰装修补偿"}
    assert levels == {"甲档（简单装修）": 60, "乙档（普通装修）": 130}
