"""A cap printed as a floor is (超过N元的按N元计发) bounds each month; a step printed on a base
(N平方米及以上的，在X元基础上每增加1平方米增加Y元) continues the band below it; a label's use
(住宅按户计发：…) binds the rates after its colon."""

from __future__ import annotations

import pytest

from bot.domains.compensation_projects import Project
from bot.domains.compensation_reading import asked_items
from bot.estimate import Household, RateTable, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收金山镇油坊街片区改造项目范围内国有土地上房屋的决定",
    "大足府发〔2022〕61号",
    "本次征收房屋共35户，房屋建筑面积合计2800平方米。",
    "重庆市大足区人民政府",
    "2022年6月8日",
]
NOTICE = [
    "重庆市大足区人民政府 关于金山镇油坊街片区改造项目房屋征收补偿的公告",
    "大足府发〔2022〕62号",
    "（一）签约期限：2022年6月20日至2022年7月19日，共30天。",
    "重庆市大足区人民政府",
    "2022年6月12日",
    "附件",
    "金山镇油坊街片区改造项目房屋征收补偿方案",
    "（一）房屋价值补偿。住宅（成套）砖混结构3600元/平方米；门市砖混结构5200元/平方米。",
    "（二）搬家费。住宅按户计发：建筑面积50平方米以下的每户每次700元；50平方米及以上的，"
    "在700元基础上每增加1平方米增加10元，每户每次最高不超过1600元。"
    "门市按建筑面积每平方米15元计发一次。",
    "（三）过渡费。住宅每平方米每月12元，每户每月不足500元的按500元计发，超过1300元的按1300元计发，"
    "按6个月计发。",
]
HOME = "住宅（成套）砖混结构"
SHOP = "门市砖混结构"


@pytest.fixture(scope="module")
def table(departments) -> RateTable:
    return Scheme(*parse(departments, DECISION, NOTICE)).rate_table


def test_a_cap_printed_as_a_floor_bounds_each_month(table):
    large = Household(area_m2=150, structure=HOME)
    assert item_amount(table, "过渡费", large).amount == 1300 * 6
    small = Household(area_m2=30, structure=HOME)
    assert item_amount(table, "过渡费", small).amount == 500 * 6


def test_a_step_on_a_base_continues_the_band_below(table):
    home = Household(area_m2=80, structure=HOME, settlement="货币补偿")
    assert item_amount(table, "搬家费", home).amount == 700 + 30 * 10
    assert item_amount(table, "搬家费", Household(area_m2=40, structure=HOME)).amount == 700


def test_the_labels_use_keeps_a_homes_rates_from_a_shop(table):
    shop = Household(area_m2=60, structure=SHOP)
    assert item_amount(table, "搬家费", shop).amount == 60 * 15


SWAP_NOTICE = [
    *NOTICE,
    "（四）最小补偿面积。被征收住宅为被征收人家庭唯一住房，且建筑面积小于40平方米的，"
    "房屋价值补偿按40平方米计算。",
    "（五）产权调换。安置房面积与被征收住宅建筑面积相等的部分，按每平方米2900元结算；"
    "超出面积在6平方米以内（含）的部分，按每平方米3500元结算。",
]


@pytest.fixture(scope="module")
def swap_rates(departments) -> list[dict]:
    return Scheme(*parse(departments, DECISION, SWAP_NOTICE)).rates


def test_a_minimum_area_worded_smaller_than_names_its_category(swap_rates):
    [floor] = [r for r in swap_rates if r["basis"] == "area_floor"]
    assert (floor["amount"], floor["category"]) == (40, "房屋价值补偿")


def test_an_excess_part_with_its_bound_included_after_it_is_priced(swap_rates):
    excess = [r for r in swap_rates if r["excess_up_to_m2"] == 6]
    assert [r["amount"] for r in excess] == [3500]




def test_an_item_named_without_its_suffix_is_the_item_asked(departments):
    notice = [*NOTICE, "（四）停产停业损失补偿。门市按被征收房屋评估价值的5%一次性计发。"]
    scheme = Scheme(*parse(departments, DECISION, notice))
    project = Project("p", "油坊街片区改造项目", "synthetic", "2022-06-12", "", "",
                      tuple(scheme.rates))
    asked = asked_items("门市60平方米，停产停业损失补多少", project, inputs_given=True)
    assert asked == ("停产停业损失补偿",)
