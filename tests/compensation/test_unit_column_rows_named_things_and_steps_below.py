"""A scheme whose one rates table prints each amount bare beside a unit column (补偿项目 |
适用范围 | 计发标准 | 计量单位 | 备注), the fee printed once over its rows: a use and a structure
joined by a middle dot (住宅·框架结构), decoration levels and utilities named in the row's
cell before the amount, and a step on the row below its base whose clause ends with its verb
(…每增加5平方米（不足5平方米的按5平方米计）增加 | 100). Written in other wording than every
fixture."""

from __future__ import annotations

import pytest

from bot.estimate import Household, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于高坪镇老街片区改造项目房屋征收的决定",
    "大足府发〔2023〕131号",
    "本次征收涉及被征收房屋27户，房屋建筑面积合计2315.6平方米。",
    "重庆市大足区人民政府",
    "2023年6月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于高坪镇老街片区改造项目房屋征收补偿方案的公告",
    "大足府发〔2023〕132号",
    "一、项目名称：高坪镇老街片区改造项目。",
    "二、签约期限：2023年7月1日至2023年7月30日，共30日。",
    "重庆市大足区人民政府",
    "2023年6月10日",
    "附件",
    "高坪镇老街片区改造项目房屋征收补偿方案",
    "一、补偿标准",
    "各项补偿按下表计发：",
    "补偿项目\t适用范围\t计发标准\t计量单位\t备注",
    "房屋价值补偿\t住宅·框架结构\t4600\t元/平方米\t按建筑面积计算",
    "\t住宅·砖混结构\t4200\t元/平方米\t",
    "\t非住宅（门面）·框架结构\t6800\t元/平方米\t",
    "装饰装修补偿\t精装修（实木地板、吊顶）\t300\t元/平方米\t",
    "\t简易装修（水泥地面）\t60\t元/平方米\t",
    "搬家补助费\t住宅，建筑面积60平方米（含）以内\t1000\t元/户·次\t"
    "选择货币补偿的计发1次，选择房屋产权调换的计发2次",
    "\t住宅，建筑面积超过60平方米的，每增加5平方米（不足5平方米的按5平方米计）增加\t100\t"
    "元/户·次\t",
    "附属设施补偿\t固定电话\t200\t元/户\t",
    "\t空调\t150\t元/户\t",
    "停业损失补偿\t非住宅（取得营业执照满2年）\t4\t%\t按房屋价值补偿的4%计发",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_every_amount_of_the_table_gave_a_rate(scheme):
    assert [item.what for item in scheme.context.review] == []


def test_a_row_printing_a_structure_beside_a_bare_amount_is_no_price_list_header(scheme):
    assert {row["category"] for row in scheme.rates} == {
        "房屋价值补偿", "装饰装修补偿", "搬家补助费", "附属设施补偿", "停业损失补偿"}


def test_a_use_and_a_structure_joined_by_a_middle_dot_price_that_use_and_structure(scheme):
    prices = {(row["property_use"], row["structure"]): row["amount"]
              for row in scheme.rates_where(category="房屋价值补偿", basis="per_m2")}
    assert prices == {("住宅", "框架结构"): 4600, ("住宅", "砖混结构"): 4200,
                      ("非住宅", "框架结构"): 6800}


def test_the_cell_naming_a_level_or_a_thing_before_the_amount_is_the_rates_item(scheme):
    levels = {row["item"]: row["amount"] for row in scheme.rates_where(category="装饰装修补偿")}
    things = {row["item"]: row["amount"] for row in scheme.rates_where(category="附属设施补偿")}
    assert levels == {"精装修（实木地板、吊顶）": 300, "简易装修（水泥地面）": 60}
    assert things == {"固定电话": 200, "空调": 150}


def test_a_step_on_the_row_below_its_base_is_read_with_the_amount_after_its_verb(scheme):
    (base,) = scheme.rates_where(category="搬家补助费", basis="per_household_per_time")
    (step,) = scheme.rates_where(category="搬家补助费", basis="per_step_above_threshold")
    # within 60 m², the step's threshold: no band of its own, no condition from its brackets
    assert (base["amount"], base["threshold_m2"], base["area_to_m2"], base["condition"]) == (
        1000, 60, None, None)
    assert (step["amount"], step["threshold_m2"], step["step_m2"]) == (100, 60, 5)


@pytest.mark.parametrize(("household", "category", "amount"), [
    (Household(area_m2=90, structure="住宅·砖混结构"), "房屋价值补偿", 90 * 4200),
    (Household(area_m2=90, decoration="简易装修"), "装饰装修补偿", 90 * 60),
    (Household(area_m2=72), "搬家补助费", 1000 + 3 * 100),  # 12 m² over: 3 steps begun
    (Household(fittings=("固定电话", "空调")), "附属设施补偿", 200 + 150),
])
def test_a_household_is_paid_from_this_table(scheme, household, category, amount):
    table = scheme.rate_table
    assert item_amount(table, category, household).amount == amount


def test_figures_in_a_uses_brackets_are_its_condition_not_a_rate(scheme):
    """非住宅（取得营业执照满2年）: the row is paid to non-residential buildings only."""
    (loss,) = [row for row in scheme.rates if row["category"] == "停业损失补偿"]
    assert loss["property_use"] == "非住宅" and loss["amount"] == 4
