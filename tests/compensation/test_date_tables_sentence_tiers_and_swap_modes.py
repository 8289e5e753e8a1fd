"""A scheme whose signing rewards are a table of date windows with bare numbers under headers
naming the unit (住宅（每户） | 非住宅（元/平方米）, a cell with 元 printed, — and 不予奖励 where
nothing is paid); whose monthly allowance is paid per household by area tiers printed in a sentence
(不足N平方米的… / N平方米（含）至M平方米的… / 超过M平方米的…) after a clause ending with a colon
that follows the fee's name and a full stop; whose swap price sits under a heading no category
names, in a sentence naming the settlement mode; and whose per-m² allowance for non-homes is paid
一次性. Written in other wording than every fixture."""

from __future__ import annotations

import pytest

from bot.estimate import Household, RateTable, item_amount
from scripts.parsers.rate_sentences import RateReader
from scripts.parsers.rate_terms import load_terms
from tests.facts_landed import household_for, rate_problems

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收宝顶镇东街片区危旧房改造项目范围内国有土地上房屋的决定",
    "大足府发〔2022〕301号",
    "本次征收房屋共31户，房屋建筑面积合计2870.5平方米。",
    "被征收人不服的，可自公告之日起60日内申请行政复议，或6个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2022年6月10日",
]
NOTICE = [
    "重庆市大足区人民政府 关于宝顶镇东街片区危旧房改造项目房屋征收的公告",
    "大足府发〔2022〕302号",
    "（一）签约期限：2022年7月1日至2022年8月9日，共40日。",
    "（二）征收范围：宝顶镇东街片区，涉及住户31户，建筑面积2870.5平方米。",
    "重庆市大足区人民政府",
    "2022年6月20日",
    "附件",
    "宝顶镇东街片区危旧房改造项目房屋征收补偿方案",
    "一、安置办法",
    "住房可以选择货币补偿，也可以选择产权调换。选择产权调换的，回迁房与原住房面积相等的部分按"
    "2980元/m²结算，超出原住房面积的部分按市场价结算。",
    "二、房屋价值补偿",
    "（一）住宅（成套）：框架结构 4500 元/m²；",
    "（二）非住宅：沿街商业门面（框架结构）7000 元/m²。",
    "三、补助费",
    "（一）搬家补助。住房按每户每次1200元计发，选择货币补偿的计发1次，选择产权调换的计发2次；"
    "非住宅按建筑面积每平方米20元一次性支付，不足1000元的按1000元计。",
    "（二）过渡费。住房按户计发：房屋建筑面积不足45平方米的每户每月650元；45平方米（含）至100平方米"
    "的每户每月850元；超过100平方米的每户每月1100元；货币补偿的一次性计发4个月。",
    "四、签约奖励",
    "在规定期限内签约并搬迁的，按下表给予签约奖励：",
    "签约日期\t住宅（每户）\t非住宅（元/平方米）",
    "2022年7月1日至7月10日\t12000\t80",
    "2022年7月11日至7月25日\t6000元\t—",
    "2022年7月26日至8月9日\t2000\t不予奖励",
    "非住宅签约奖励每户最高20000元。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


@pytest.fixture(scope="module")
def table(scheme) -> RateTable:
    return scheme.rate_table


def test_every_amount_of_the_scheme_gave_a_rate(scheme):
    assert [item.what for item in scheme.context.review] == []


def test_a_date_window_table_with_units_in_its_headers(scheme):
    found = {(row["property_use"], row["signing_day_from"], row["signing_day_to"]):
             (row["amount"], row["unit"])
             for row in scheme.rates_where(category="签约奖励") if row["signing_day_from"]}
    assert found == {("住宅", 1, 10): (12000, "元/户"), ("住宅", 11, 25): (6000, "元/户"),
                     ("住宅", 26, 40): (2000, "元/户"), ("非住宅", 1, 10): (80, "元/m²")}
    [cap] = scheme.rates_where(category="签约奖励", basis="maximum_amount")
    assert (cap["amount"], cap["property_use"]) == (20000, "非住宅")


@pytest.mark.parametrize(("use", "area", "day", "amount"), [
    ("住宅", 70, 3, 12000), ("住宅", 70, 11, 6000), ("住宅", 70, 40, 2000),
    ("非住宅", 60, 10, 4800), ("非住宅", 400, 1, 20000),
])
def test_the_reward_of_the_day_signed(table, use, area, day, amount):
    home = Household(area_m2=area, property_use=use, signing_day=day)
    assert item_amount(table, "签约奖励", home).amount == amount


@pytest.mark.parametrize("day", [11, 30])
def test_no_reward_for_a_shop_where_the_table_prints_none(table, day):
    line = item_amount(table, "签约奖励", Household(area_m2=60, property_use="非住宅",
                                                    signing_day=day))
    assert line is None or line.amount == 0


def test_area_tiers_per_household_printed_in_a_sentence(scheme):
    tiers = {(row["area_from_m2"], row["area_to_m2"], row["area_bounds"]): row["amount"]
             for row in scheme.rates_where(category="过渡费", basis="per_household_per_month")}
    assert tiers == {(None, 45, "()"): 650, (45, 100, "[]"): 850, (100, None, "(]"): 1100}
    assert {row["property_use"] for row in scheme.rates_where(category="过渡费")} == {"住宅"}
    [months] = scheme.rates_where(category="过渡费", basis="months")
    assert (months["amount"], months["settlement"]) == (4, "货币补偿")


@pytest.mark.parametrize(("area", "monthly"), [(30, 650), (45, 850), (100, 850), (100.5, 1100)])
def test_a_household_is_paid_its_tiers_monthly_amount(table, area, monthly):
    home = Household(area_m2=area, property_use="住宅")
    assert item_amount(table, "过渡费", home).amount == monthly * 4


def test_a_swap_price_under_an_uncurated_heading_is_the_swaps(scheme):
    [swap] = scheme.rates_where(amount=2980)
    assert (swap["category"], swap["item"], swap["unit"]) == ("产权调换", "等面积部分", "元/m²")


def test_a_per_m2_allowance_paid_at_once_for_non_homes(scheme, table):
    [per_m2] = scheme.rates_where(category="搬家补助", basis="per_m2")
    assert (per_m2["amount"], per_m2["property_use"]) == (20, "非住宅")
    times = {(row["property_use"], row["settlement"]): row["amount"]
             for row in scheme.rates_where(category="搬家补助", basis="times")}
    assert times == {("住宅", "货币补偿"): 1, ("住宅", "产权调换"): 2, ("非住宅", None): 1}
    for area, amount in ((40, 1000), (80, 1600)):
        shop = Household(area_m2=area, property_use="非住宅")
        assert item_amount(table, "搬家补助", shop).amount == amount
    swapped = Household(area_m2=80, property_use="住宅", settlement="产权调换")
    assert item_amount(table, "搬家补助", swapped).amount == 2400


@pytest.mark.parametrize(("printed", "times", "months"), [
    ("每平方米15元一次性发放", [1], []),
    ("每户3000元一次性给予", [1], []),
    ("按每户每月600元一次性计发6个月", [], [6]),
    ("每户一次性发放慰问金500元", [], []),
])
def test_what_is_paid_at_once(printed, times, months):
    found = RateReader(load_terms()).read(printed)
    assert [rate.amount for rate in found if rate.basis == "times"] == times
    assert [rate.amount for rate in found if rate.basis == "months"] == months


def test_the_measure_reads_a_tier_by_its_band_and_months_printed_for_all_tiers(scheme):
    tier = {"label": "过渡费", "amount": 1100, "unit": "元/户·月", "kind": "tiered_by_area",
            "conditions": {"use": "住宅", "area_over_m2": 100}, "months": {"货币补偿": 4}}
    assert rate_problems(scheme.rates, tier) == []
    wrong = {**tier, "conditions": {"use": "住宅", "area_over_m2": 90}}
    assert rate_problems(scheme.rates, wrong) == ["0 rows match the rate"]


def test_the_measure_reads_the_kind_of_building_a_case_names():
    rows = [{"project_id": "p", "category": "房屋价值补偿", "item": f"{kind}砖混结构",
             "structure": "砖混结构", "property_use": "非住宅", "suite": None, "amount": amount,
             "unit": "元/m²", "basis": "per_m2", "estimate_role": "value"}
            for kind, amount in (("营业用房", 6000), ("仓储用房", 2500))]
    table = RateTable(rows)
    case = "非住宅仓储用房（砖混结构）80平方米"
    assert household_for(case, table).structure == "仓储用房砖混结构"
    assert household_for("非住宅砖混结构80平方米", table).structure == ""
