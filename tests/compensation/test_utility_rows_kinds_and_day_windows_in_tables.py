"""A scheme whose allowances table files utility rows (有线电视开户补助, 天然气初装费) under the
utilities, names a kind of building holding a use word (工业、仓储用房) in its use column, and
whose signing table has no 序号, its windows printed as days of the period with their dates in
brackets (or as dates with the days in brackets). Written in other wording than every fixture."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.estimate import Household, RateTable, item_amount, named_in
from scripts.parsers.rate_sentences import RateReader
from scripts.parsers.rate_terms import load_terms

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收玉龙镇东街旧城改造项目范围内国有土地上房屋的决定",
    "大足府发〔2022〕301号",
    "本次征收房屋共30户，房屋建筑面积合计2874.5平方米。",
    "被征收人不服的，可自公告之日起60日内申请行政复议，或6个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2022年8月1日",
]
NOTICE = [
    "重庆市大足区人民政府 关于玉龙镇东街旧城改造项目房屋征收的公告",
    "大足府发〔2022〕302号",
    "（一）签约期限：2022年9月1日至2022年10月15日，共45日。",
    "（二）征收范围：玉龙镇东街，涉及住户30户，建筑面积2874.5平方米。",
    "重庆市大足区人民政府",
    "2022年8月10日",
    "附件",
    "玉龙镇东街旧城改造项目房屋征收补偿方案",
    "一、房屋价值补偿",
    "（一）被征收房屋按以下均价补偿：",
    "序号\t房屋用途\t建筑结构\t均价（元/平方米）",
    "1\t住宅（成套）\t钢混结构\t4100",
    "2\t门面用房\t框架结构\t7200",
    "3\t工业、仓储用房\t砖混结构\t2300",
    "二、补助",
    "序号\t项目\t适用对象\t计发标准\t说明",
    "1\t停产停业损失补偿\t门面用房\t按房屋价值补偿金额的6%一次性计发\t须有营业执照",
    "2\t停产停业损失补偿\t工业、仓储用房\t按建筑面积每月每平方米9元计发4个月\t",
    "3\t天然气初装费\t住宅\t3300元/户\t单独开户的",
    "4\t有线电视开户补助\t住宅\t450元/户\t已开通的",
    "三、签约奖励",
    "被征收人在签约期限内签约并搬迁的，按签约时间给予下列奖励：",
    "签约时间\t住宅（元/户）\t非住宅（元/平方米）",
    "第1日至第15日（2022年9月1日至9月15日）\t18000\t100",
    "第16日至第30日（2022年9月16日至9月30日）\t9000\t50",
    "2022年10月1日至10月15日（第31日至第45日）\t3000\t20",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


@pytest.fixture(scope="module")
def table(scheme) -> RateTable:
    return scheme.rate_table


def test_every_amount_of_the_scheme_gave_a_rate(scheme):
    assert [item.what for item in scheme.context.review] == []


def test_utility_rows_are_items_of_the_utilities(scheme, table):
    items = {row["item"]: row["amount"] for row in scheme.rates_where(category="附属设施补偿")}
    assert items == {"天然气初装": 3300, "有线电视开户": 450}
    assert not scheme.rates_where(category="天然气初装费")
    names = table.fitting_names()
    both = Household(area_m2=80, structure="住宅（成套）钢混结构",
                     fittings=tuple(name for name in names
                                    if named_in(name, "已开通天然气和有线电视")))
    assert item_amount(table, "附属设施补偿", both).amount == 3300 + 450


def test_a_kind_of_building_holding_a_use_word_is_that_use(scheme, table):
    [loss] = scheme.rates_where(category="停产停业损失补偿", basis="per_m2_per_month")
    assert (loss["amount"], loss["property_use"], loss["item"]) == (9, "非住宅", "工业、仓储用房")
    shop = Household(area_m2=50, structure="门面用房框架结构")
    assert item_amount(table, "停产停业损失补偿", shop).amount == pytest.approx(50 * 7200 * 0.06)
    store = Household(area_m2=50, structure="工业、仓储用房砖混结构")
    assert item_amount(table, "停产停业损失补偿", store).amount == 50 * 9 * 4


def test_day_windows_with_dates_in_a_table_without_numbers(scheme):
    homes = {(row["signing_day_from"], row["signing_day_to"]): row["amount"]
             for row in scheme.rates_where(category="签约奖励", property_use="住宅")}
    assert homes == {(1, 15): 18000, (16, 30): 9000, (31, 45): 3000}
    shops = {(row["signing_day_from"], row["signing_day_to"]): (row["amount"], row["unit"])
             for row in scheme.rates_where(category="签约奖励", property_use="非住宅")}
    assert shops == {(1, 15): (100, "元/m²"), (16, 30): (50, "元/m²"), (31, 45): (20, "元/m²")}


@pytest.mark.parametrize(("day", "use", "amount"), [
    (3, "住宅", 18000), (20, "住宅", 9000), (40, "住宅", 3000), (10, "非住宅", 100 * 60)])
def test_a_household_is_paid_by_the_window_it_signs_in(table, day, use, amount):
    home = Household(area_m2=60, property_use=use, signing_day=day)
    assert item_amount(table, "签约奖励", home).amount == amount


@pytest.mark.parametrize(("printed", "days"), [
    ("第1日至第15日", (1, 15)),
    ("第1天-第10天", (1, 10)),
    ("第5日至20日（2022年9月5日至9月20日）", (5, 20)),
    ("2022年9月16日至9月30日（第16日至第30日）", (16, 30)),
    ("2022年9月16日至9月30日", (16, 30)),
    ("9月1日至9月15日(第1日至第15日)", (1, 15)),
])
def test_a_window_cell_in_any_order_of_days_and_dates(printed, days):
    reader = RateReader(load_terms(), dt.date(2022, 9, 1))
    assert reader.window_of(printed) == days


@pytest.mark.parametrize("printed", ["住宅（元/户）", "第一档", "50平方米（含）以下"])
def test_a_cell_of_no_window(printed):
    assert RateReader(load_terms(), dt.date(2022, 9, 1)).window_of(printed) is None
