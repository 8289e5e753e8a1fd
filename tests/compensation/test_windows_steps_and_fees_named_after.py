"""A scheme whose swap clause carries a remark in brackets, whose table prints a base and a step
(also a monthly one) with the times paid in its notes column, whose signing rewards go by days of
the signing period and by calendar dates (per household and per m², a cap in the next sentence),
whose rewards are named by a （N） clause over 1．2． lines, whose decoration cap is for one use
while the other is assessed, and which pays a subsidy named after its amount for structures it
does not compensate. Written in other wording than every fixture."""

from __future__ import annotations

import pytest

from bot.estimate import Household, RateTable, estimate, item_amount
from scripts.parsers.rate_sentences import RateReader
from scripts.parsers.rate_terms import load_terms

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收宝兴镇东街片区危旧房改造项目范围内国有土地上房屋的决定",
    "大足府发〔2021〕131号",
    "本次征收房屋共31户，房屋建筑面积合计2875.6平方米。",
    "被征收人不服的，可自公告之日起60日内申请行政复议，或6个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2021年10月8日",
]
NOTICE = [
    "重庆市大足区人民政府 关于宝兴镇东街片区危旧房改造项目房屋征收的公告",
    "大足府发〔2021〕132号",
    "（一）签约期：自2021年11月1日至2021年12月10日，共40天。",
    "（二）征收范围：宝兴镇东街片区，涉及住户31户，建筑面积2875.6平方米。",
    "重庆市大足区人民政府",
    "2021年10月20日",
    "附件",
    "宝兴镇东街片区危旧房改造项目房屋征收补偿方案",
    "一、适用对象",
    "本项目住宅27户、非住宅4户。违规搭建的简易棚房不予补偿，由产权人限期自行拆除的，"
    "每平方米40元发放拆除补助。",
    "二、补偿方式",
    "（一）住房产权调换(限成套住宅)。与原住房建筑面积相等的部分按每平方米3100元结算；"
    "超出面积在8平方米以内的部分按3900元/m²结算。",
    "三、房屋价值补偿",
    "（一）住宅：钢混结构 3980 元/m²；",
    "（二）非住宅：门市（钢混结构）6400 元/m²；库房（钢混结构）2300 元/m²。",
    "（三）装饰装修：普通装修 90 元/m²，豪华装修 160 元/m²。住宅每户装修补偿最多25000元；"
    "非住宅装修按评估结果计。",
    "四、补助",
    "项目\t适用房屋\t计发标准\t计发说明",
    "1\t搬家补助\t住宅\t建筑面积50平方米以内的每户800元；50平方米（含）以上的每增加2平方米增加30元"
    "\t货币补偿的计发1次，产权调换的计发2次",
    "2\t过渡补助\t住宅\t选择产权调换的，建筑面积70平方米以内的每户每月600元；70平方米以上的每增加1平方米"
    "每月增加5元\t过渡期按12个月计发",
    "五、签约奖励",
    "（一）住宅：签约期第1日至第20日签约的，每户奖励9000元；第21日至第40日签约的，每户奖励3000元。",
    "（二）非住宅：签约期第1日至第20日签约的，按建筑面积每平方米70元奖励；第21日至第40日签约的，"
    "每平方米30元。非住宅签约奖励每户最高不超过12000元。",
    "六、交房奖励",
    "（一）腾空奖励。被征收人按期腾空交房的，按交房时间给予奖励：",
    "1．住宅：11月1日至11月15日签约并腾空交房的，每户奖励6000元；11月16日至12月10日签约的，每户奖励2500元。",
    "2．非住宅：11月1日至11月15日签约的，按建筑面积每平方米45元奖励。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


@pytest.fixture(scope="module")
def table(scheme) -> RateTable:
    return scheme.rate_table


def test_swap_prices_under_a_title_with_a_bracketed_remark(scheme):
    swap = {row["amount"]: row for row in scheme.rates_where(category="产权调换")}
    assert set(swap) == {3100, 3900}
    assert swap[3900]["excess_up_to_m2"] == 8 and swap[3100]["excess_up_to_m2"] is None


def test_a_base_and_step_with_times_in_the_notes_are_paid_per_time(scheme, table):
    [base] = scheme.rates_where(category="搬家补助", basis="per_household_per_time")
    [step] = scheme.rates_where(category="搬家补助", basis="per_step_above_threshold")
    assert (base["amount"], base["unit"], base["threshold_m2"]) == (800, "元/户·次", 50)
    assert (step["amount"], step["step_m2"], step["unit"]) == (30, 2, "元/户·次")
    swap = Household(area_m2=55, property_use="住宅", settlement="产权调换")
    assert item_amount(table, "搬家补助", swap).amount == (800 + 2 * 30) * 2  # 2 whole steps


def test_a_monthly_base_and_a_monthly_step_in_one_cell(scheme, table):
    [base] = scheme.rates_where(category="过渡补助", basis="per_household_per_month")
    [step] = scheme.rates_where(category="过渡补助", basis="per_step_above_threshold")
    assert (base["threshold_m2"], step["step_m2"], step["amount"]) == (70, 1, 5)
    assert base["settlement"] == "产权调换"  # 选择产权调换的，…: that mode's allowance
    swap = Household(area_m2=80, property_use="住宅", settlement="产权调换")
    assert item_amount(table, "过渡补助", swap).amount == (600 + 10 * 5) * 12
    assert item_amount(table, "过渡补助", Household(area_m2=80, property_use="住宅")) is None


@pytest.mark.parametrize("printed", [
    "建筑面积90平方米以内的每户每次700元；90平方米以上的每增加1平方米每次增加12元",
    "建筑面积90m²以内的每户每月700元；90m²以上的每增加1m²每月增加12元",
])
def test_a_step_with_its_time_between_area_and_increase(printed):
    found = RateReader(load_terms()).read(printed)
    [step] = [rate for rate in found if rate.basis == "per_step_above_threshold"]
    assert (step.threshold_m2, step.step_m2, step.amount) == (90, 1, 12)


def test_signing_windows_by_day_take_the_use_of_their_clause(scheme):
    homes = {(row["signing_day_from"], row["signing_day_to"]): row["amount"]
             for row in scheme.rates_where(category="签约奖励", property_use="住宅", unit="元/户")}
    assert homes == {(1, 20): 9000, (21, 40): 3000}
    shops = {(row["signing_day_from"], row["signing_day_to"]): row["amount"]
             for row in scheme.rates_where(category="签约奖励", property_use="非住宅",
                                           unit="元/m²")}
    assert shops == {(1, 20): 70, (21, 40): 30}
    [cap] = scheme.rates_where(category="签约奖励", basis="maximum_amount")
    assert (cap["amount"], cap["property_use"], cap["signing_day_from"]) == (12000, "非住宅", None)


@pytest.mark.parametrize(("day", "area", "amount"), [(5, 100, 7000), (5, 300, 12000),
                                                     (30, 100, 3000), (30, 500, 12000)])
def test_a_shop_is_paid_per_m2_by_its_window_and_capped_in_any_window(table, day, area, amount):
    shop = Household(area_m2=area, property_use="非住宅", signing_day=day)
    assert item_amount(table, "签约奖励", shop).amount == amount


def test_a_home_is_not_paid_a_shops_reward(table):
    home = Household(area_m2=100, property_use="住宅", signing_day=25)
    assert item_amount(table, "签约奖励", home).amount == 3000


def test_windows_by_date_under_a_clause_naming_the_reward(scheme, table):
    rewards = scheme.rates_where(category="腾空奖励")
    homes = {(row["signing_day_from"], row["signing_day_to"]): row["amount"]
             for row in rewards if row["property_use"] == "住宅"}
    assert homes == {(1, 15): 6000, (16, 40): 2500}
    [shop] = [row for row in rewards if row["property_use"] == "非住宅"]
    assert (shop["amount"], shop["unit"], shop["signing_day_from"], shop["signing_day_to"]) == (
        45, "元/m²", 1, 15)
    early_shop = Household(area_m2=60, property_use="非住宅", signing_day=3)
    assert item_amount(table, "腾空奖励", early_shop).amount == 45 * 60
    late_shop = Household(area_m2=60, property_use="非住宅", signing_day=20)
    assert item_amount(table, "腾空奖励", late_shop).amount == 0


def test_a_decoration_cap_of_one_use_while_the_other_is_assessed(scheme, table):
    grades = scheme.rates_where(category="装饰装修补偿", basis="per_m2")
    assert {row["item"]: row["property_use"] for row in grades} == {"普通装修": "住宅",
                                                                  "豪华装修": "住宅"}
    [cap] = scheme.rates_where(category="装饰装修补偿", basis="maximum_amount")
    assert (cap["amount"], cap["property_use"]) == (25000, "住宅")
    big = Household(area_m2=200, property_use="住宅", decoration="豪华装修")
    assert item_amount(table, "装饰装修补偿", big).amount == 25000


def test_a_clause_naming_both_uses_and_no_amount_gives_no_use():
    found = RateReader(load_terms())
    text = "共有住宅12户、非住宅3户。自行拆除临时棚房的，每平方米30元发放拆除补助"
    rates_read = found.read(text)
    found.qualify(text, rates_read)
    [subsidy] = rates_read
    assert (subsidy.category, subsidy.property_use) == ("拆除补助", None)


def test_a_subsidy_named_after_its_amount_for_what_is_not_compensated(scheme, table):
    [subsidy] = scheme.rates_where(amount=40)
    assert (subsidy["category"], subsidy["item"], subsidy["unit"]) == (
        "拆除补助", "简易棚房拆除补助", "元/m²")
    assert subsidy["condition"].startswith("违规搭建的简易棚房")
    assert subsidy["property_use"] is None and subsidy["estimate_role"] == "note"
    result = estimate(table, 60, "住宅钢混结构")
    assert "拆除补助" not in {line.category for line in result.lines}  # not the house's area
    assert any("拆除补助" in note for note in result.notes)


def test_a_price_whose_structure_is_bracketed_keeps_its_use_word(scheme):
    prices = {row["item"]: row["amount"] for row in scheme.rates_where(structure="钢混结构")}
    assert prices == {"住宅钢混结构": 3980, "门市（钢混结构）": 6400, "库房（钢混结构）": 2300}


def test_every_amount_of_the_scheme_gave_a_rate(scheme):
    flagged = [item.what for item in scheme.context.review]
    assert flagged == []
