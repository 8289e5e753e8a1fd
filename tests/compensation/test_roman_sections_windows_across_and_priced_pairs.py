"""A scheme in sections numbered with Roman numerals (Ⅱ．临时安置费) and items numbered 1）2）,
its signing rewards a table printing the windows across (签约时段 | 第1日至第15日 | …, a row per
use with its unit in brackets), its utilities a table of things and amounts side by side with no
header (自来水表 | 900元/户 | 有线电视 | 350元/户), and a minimum area the house's value is
topped up to (…补足到35平方米, a fee named after it one the floor does not raise). Written in
other wording than every fixture."""

from __future__ import annotations

import pytest

from bot.estimate import Household, RateTable, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收宝兴镇北街危旧房改造项目范围内国有土地上房屋的决定",
    "大足府发〔2023〕401号",
    "本次征收涉及被征收人共24户，被征收房屋建筑面积合计2310.4平方米。",
    "被征收人不服的，可自公告之日起60日内申请行政复议，或6个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2023年2月6日",
]
NOTICE = [
    "重庆市大足区人民政府 关于宝兴镇北街危旧房改造项目房屋征收的公告",
    "大足府发〔2023〕402号",
    "（一）签约期限：2023年3月1日至2023年4月14日，共45日。",
    "（二）征收范围：宝兴镇北街，涉及住户24户，建筑面积2310.4平方米。",
    "重庆市大足区人民政府",
    "2023年2月10日",
    "附件",
    "宝兴镇北街危旧房改造项目房屋征收补偿方案",
    "Ⅰ．房屋价值补偿",
    "1）被征收房屋按预评估均价补偿：砖混结构住宅每平方米3900元，门面用房每平方米6800元。",
    "2）被征收人在本区内无其他住房，且被征收住宅建筑面积小于35平方米的，其房屋价值补偿面积"
    "补足到35平方米，补足部分不另计装饰装修补偿。",
    "Ⅱ．临时安置费",
    "住宅房屋每户每月900元，选择货币补偿的计发3个月，选择产权调换的计发24个月。",
    "Ⅲ．奖励",
    "1）货币补偿奖励：选择货币补偿的住宅，按房屋价值补偿的5%给予奖励。",
    "2）签约奖励：在签约期限内签约并腾空房屋的，按以下标准计发：",
    "签约时段\t第1日至第15日\t第16日至第30日\t第31日至第45日",
    "住宅（元/户）\t20000\t10000\t4000",
    "非住宅（元/平方米）\t90\t45\t15",
    "非住宅房屋签约奖励每户最高不超过8万元。",
    "Ⅳ．附属设施补偿",
    "被征收人自行安装的下列设施按以下标准补偿：",
    "自来水表\t900元/户\t有线电视\t350元/户",
    "固定电话\t180元/部\t宽带\t200元/户",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


@pytest.fixture(scope="module")
def table(scheme) -> RateTable:
    return scheme.rate_table


def test_every_amount_of_the_scheme_gave_a_rate(scheme):
    assert [item.what for item in scheme.context.review] == []


def test_a_section_numbered_in_roman_numerals_names_its_fee(scheme):
    months = {row["settlement"]: row["amount"]
              for row in scheme.rates_where(category="临时安置费", basis="months")}
    assert months == {"货币补偿": 3, "产权调换": 24}
    [monthly] = scheme.rates_where(category="临时安置费", basis="per_household_per_month")
    assert monthly["amount"] == 900


def test_an_item_numbered_with_a_closing_bracket_names_its_fee(scheme):
    [share] = scheme.rates_where(basis="percent_of_assessed_value")
    assert (share["category"], share["amount"], share["property_use"]) == (
        "货币补偿奖励", 5, "住宅")


def test_windows_printed_across_give_a_rate_per_use_and_window(scheme):
    rewards = {(row["property_use"], row["signing_day_from"], row["signing_day_to"]):
               (row["amount"], row["unit"])
               for row in scheme.rates_where(category="签约奖励")
               if row["signing_day_from"] is not None}
    assert rewards == {
        ("住宅", 1, 15): (20000, "元/户"), ("住宅", 16, 30): (10000, "元/户"),
        ("住宅", 31, 45): (4000, "元/户"), ("非住宅", 1, 15): (90, "元/m²"),
        ("非住宅", 16, 30): (45, "元/m²"), ("非住宅", 31, 45): (15, "元/m²")}


def test_a_use_and_its_house_word_before_a_fee_leave_the_fee_its_name(scheme):
    [cap] = scheme.rates_where(basis="maximum_amount", amount=80000)
    assert (cap["category"], cap["property_use"]) == ("签约奖励", "非住宅")


@pytest.mark.parametrize(("use", "area", "day", "amount"), [
    ("住宅", 80, 12, 20000), ("住宅", 80, 40, 4000), ("非住宅", 1000, 3, 80000),
    ("非住宅", 100, 20, 100 * 45)])
def test_a_household_is_paid_by_the_column_of_its_window(table, use, area, day, amount):
    household = Household(area_m2=area, property_use=use, signing_day=day)
    assert item_amount(table, "签约奖励", household).amount == amount


def test_things_and_amounts_side_by_side_are_each_their_own_rate(scheme):
    items = {row["item"]: (row["amount"], row["unit"])
             for row in scheme.rates_where(category="附属设施补偿")}
    assert items == {"自来水表": (900, "元/户"), "有线电视": (350, "元/户"),
                     "固定电话": (180, "元/部"), "宽带": (200, "元/户")}


def test_a_value_topped_up_to_a_minimum_area(scheme, table):
    [floor] = scheme.rates_where(basis="area_floor")
    assert (floor["category"], floor["amount"], floor["property_use"]) == (
        "房屋价值补偿", 35, "住宅")
    small = Household(area_m2=30, structure="住宅砖混结构")
    assert item_amount(table, "房屋价值补偿", small).amount == 35 * 3900
