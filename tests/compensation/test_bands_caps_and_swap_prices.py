"""A scheme whose reward is a table of area bands (面积段), whose caps read 封顶 and 不超过,
whose counts follow their amount, whose allowances are printed alike in two settlement columns,
whose prices name their structure before a dash, and which prices a property swap by the equal
and the excess part. Written in other wording than every fixture."""

from __future__ import annotations

import pytest

from bot.estimate import Household, RateTable, in_band, item_amount
from scripts.parsers.rate_sentences import RateReader
from scripts.parsers.rate_terms import load_terms

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收双路街道南街片区旧城改造项目范围内国有土地上房屋的决定",
    "大足府发〔2021〕95号",
    "本次征收房屋共28户，房屋建筑面积合计2310.4平方米。",
    "被征收人不服的，可自公告之日起60日内申请行政复议，或6个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2021年9月10日",
]
NOTICE = [
    "重庆市大足区人民政府 关于双路街道南街片区旧城改造项目房屋征收的公告",
    "大足府发〔2021〕96号",
    "（一）签约期：自2021年9月20日至2021年10月19日，共30天。",
    "重庆市大足区人民政府",
    "2021年9月15日",
    "附件",
    "双路街道南街片区旧城改造项目房屋征收补偿方案",
    "一、房屋价值",
    "框架结构——住宅（成套）4600元/平方米；非住宅（商铺）8100元/平方米。",
    "二、住房奖励",
    "（一）被征收人选择货币补偿的住宅，按被征收房屋建筑面积分段给予住房奖励：",
    "序号\t面积段\t奖励标准（元/户）",
    "1\t不足60平方米\t15000元",
    "2\t60平方米（含）至100平方米\t15000元，超过60平方米的部分每平方米加计250元",
    "3\t100平方米（含）以上\t25000元，超过100平方米的部分每平方米加计150元，以35000元封顶",
    "三、补助",
    "补助项目\t房屋类型\t货币补偿\t产权调换",
    "搬家费\t住宅\t每户900元，发放1次\t每户900元，发放2次",
    "（一）非住宅搬家费。非住宅每平方米18元发放1次，每户最高封顶7000元。",
    "（二）过渡费。选择产权调换的住宅，建筑面积在50平方米以内的每户每月700元，"
    "超过50平方米的部分每平方米每月增加6元，过渡期按20个月计发。",
    "四、产权调换",
    "（一）安置房屋与被征收住宅建筑面积相等的部分按每平方米2900元结算；"
    "超过原房屋面积5平方米（含）以内的部分，按3600元/平方米结算。",
    "（二）非成套住宅不足25平方米、被征收人在本区无其他住房的，申请产权调换时按25平方米安置。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


@pytest.fixture(scope="module")
def table(scheme) -> RateTable:
    return scheme.rate_table


@pytest.fixture(scope="module")
def reader() -> RateReader:
    return RateReader(load_terms())


@pytest.mark.parametrize(("printed", "band"), [
    ("60平方米以内", (None, 60, "(]")),
    ("建筑面积在45m²（含）以下的", (None, 45, "(]")),
    ("不足60平方米", (None, 60, "()")),
    ("60平方米（含）至100平方米", (60, 100, "[]")),
    ("80平方米以上至120平方米（含）", (80, 120, "(]")),
    ("70（不含）-110平方米", (70, 110, "(]")),
    ("超过150平方米", (150, None, "(]")),
    ("100平方米及以上", (100, None, "[]")),
])
def test_an_area_band_in_any_wording(reader, printed, band):
    assert reader.area_band(printed) == band


@pytest.mark.parametrize("printed", ["60平方米", "15000元", "被征收房屋建筑面积", "2021年9月"])
def test_a_cell_that_is_no_band(reader, printed):
    assert reader.area_band(printed) is None


def test_a_band_table_gives_each_band_its_rates(scheme):
    rewards = scheme.rates_where(category="住房奖励")
    bands = {(row["area_from_m2"], row["area_to_m2"], row["area_bounds"]) for row in rewards}
    assert bands == {(None, 60, "()"), (60, 100, "[]"), (100, None, "[]")}
    bases = sorted((row["area_from_m2"] or 0, row["amount"], row["unit"]) for row in rewards
                   if row["basis"] == "per_household")
    assert bases == [(0, 15000, "元/户"), (60, 15000, "元/户"), (100, 25000, "元/户")]
    assert all((row["property_use"], row["settlement"]) == ("住宅", "货币补偿") for row in rewards)
    [cap] = scheme.rates_where(category="住房奖励", basis="maximum_amount")
    assert (cap["amount"], cap["area_from_m2"]) == (35000, 100)
    steps = {row["area_from_m2"]: (row["threshold_m2"], row["step_m2"], row["amount"])
             for row in rewards if row["basis"] == "per_step_above_threshold"}
    assert steps == {60: (60, 1, 250), 100: (100, 1, 150)}


@pytest.mark.parametrize(("area", "amount"), [
    (59.5, 15000), (60, 15000), (80, 20000), (100, 25000), (120, 28000), (200, 35000)])
def test_a_household_is_paid_by_its_band(table, area, amount):
    line = item_amount(table, "住房奖励", Household(area_m2=area, property_use="住宅"))
    assert line is not None and line.amount == amount


def test_a_banded_reward_of_one_use_and_mode_is_not_paid_to_others(table):
    shop = Household(area_m2=80, property_use="非住宅")
    swap = Household(area_m2=80, property_use="住宅", settlement="产权调换")
    assert item_amount(table, "住房奖励", shop) is None
    assert item_amount(table, "住房奖励", swap) is None


def test_in_band_reads_the_bounds():
    row = {"area_from_m2": 60, "area_to_m2": 100, "area_bounds": "[)"}
    assert [in_band(row, area) for area in (59, 60, 99.9, 100)] == [False, True, True, False]
    assert in_band({}, 1234)


def test_an_amount_alike_in_both_settlement_columns_is_one_rate(scheme):
    [fee] = scheme.rates_where(category="搬家费", basis="per_household_per_time")
    assert (fee["amount"], fee["settlement"], fee["property_use"]) == (900, None, "住宅")
    times = {row["settlement"]: row["amount"]
             for row in scheme.rates_where(category="搬家费", basis="times", property_use="住宅")}
    assert times == {"货币补偿": 1, "产权调换": 2}


def test_a_count_after_its_amount_and_a_cap_that_reads_fengding(scheme, table):
    [count] = scheme.rates_where(basis="times", property_use="非住宅")
    assert (count["amount"], count["condition"], count["settlement"]) == (1, None, None)
    [cap] = scheme.rates_where(basis="maximum_amount", property_use="非住宅")
    assert cap["amount"] == 7000
    line = item_amount(table, cap["category"], Household(area_m2=500, property_use="非住宅"))
    assert line is not None and line.amount == 7000  # 500 × 18 = 9000, capped


def test_a_monthly_base_and_step_times_the_months(table):
    household = Household(area_m2=70, property_use="住宅", settlement="产权调换")
    line = item_amount(table, "过渡费", household)
    assert line is not None and line.amount == (700 + 20 * 6) * 20


def test_a_structure_before_a_dash_holds_for_each_price(scheme):
    prices = {row["item"]: (row["structure"], row["property_use"], row["amount"])
              for row in scheme.rates_where(basis="per_m2") if row["structure"]}
    assert prices == {"住宅（成套）框架结构": ("框架结构", "住宅", 4600),
                      "非住宅（商铺）框架结构": ("框架结构", "非住宅", 8100)}


def test_swap_prices_by_the_equal_and_the_excess_part(scheme):
    swap = {row["amount"]: row for row in scheme.rates_where(category="产权调换", basis="per_m2")}
    assert set(swap) == {2900, 3600}
    assert swap[2900]["excess_up_to_m2"] is None and swap[3600]["excess_up_to_m2"] == 5
    assert swap[2900]["property_use"] is None  # 与被征收住宅建筑面积相等: a reference, no use


def test_a_minimum_area_for_a_swap(scheme):
    [floor] = scheme.rates_where(basis="area_floor")
    assert (floor["amount"], floor["unit"], floor["suite"]) == (25, "m²", "非成套")


def test_a_percentage_reward_by_signing_window_is_of_the_house_value():
    common = {"project_id": "p", "category": "签约奖励", "property_use": "住宅", "unit": "元",
              "suite": None, "structure": None, "condition": "第1日至第10日", "signing_days": 30,
              "signing_day_from": 1, "signing_day_to": 10, "estimate_role": "sum"}
    table = RateTable([
        {**common, "category": "房屋价值", "item": "住宅砖混结构", "structure": "砖混结构",
         "amount": 4000, "unit": "元/m²", "basis": "per_m2", "signing_day_from": None,
         "signing_day_to": None, "estimate_role": "value"},
        {**common, "item": "比例", "amount": 2.5, "unit": "%",
         "basis": "percent_of_assessed_value"},
        {**common, "item": "封顶", "amount": 9000, "basis": "maximum_amount"},
    ])
    early = Household(area_m2=80, structure="住宅砖混结构", signing_day=4)
    late = Household(area_m2=80, structure="住宅砖混结构", signing_day=20)
    assert item_amount(table, "签约奖励", early).amount == 8000  # 320000 × 2.5%
    big = Household(area_m2=100, structure="住宅砖混结构", signing_day=4)
    assert item_amount(table, "签约奖励", big).amount == 9000  # 10000, capped
    assert item_amount(table, "签约奖励", late).amount == 0
