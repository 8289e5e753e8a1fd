"""Grades listed with 分…档次 and priced with 分别按建筑面积每平方米…; months paid over a
transition period (按过渡期N个月); a house price naming a kind of building, not a structure
(临街门面每平方米…); a worked example in a note is no rule."""

from __future__ import annotations

import pytest

from bot.estimate import Household, RateTable, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收雍溪镇老街片区改造项目范围内国有土地上房屋的决定",
    "大足府发〔2031〕11号",
    "本次征收房屋共22户，房屋建筑面积合计1900平方米。",
    "重庆市大足区人民政府",
    "2031年3月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于雍溪镇老街片区改造项目房屋征收补偿的公告",
    "大足府发〔2031〕12号",
    "（一）签约期限：2031年3月10日至2031年4月8日，共30天。",
    "重庆市大足区人民政府",
    "2031年3月5日",
    "附件",
    "雍溪镇老街片区改造项目房屋征收补偿方案",
    "一、房屋价值补偿",
    "（一）住宅：成套住宅框架结构每平方米3900元。",
    "（二）非住宅：临街门面每平方米5800元，库房每平方米2100元。",
    "二、装修补偿",
    "住宅装修分普通、中档、高档三个档次，分别按建筑面积每平方米70元、130元、190元计算。",
    "三、过渡费",
    "住宅按建筑面积每平方米每月10元计算，货币补偿的计发3个月，产权调换的按过渡期20个月计发。",
    "说明：建筑面积50平方米的住宅，每月过渡费为50×10=500元，不足900元，按900元计发。",
]
HOME = "成套住宅框架结构"


@pytest.fixture(scope="module")
def table(departments) -> RateTable:
    return Scheme(*parse(departments, DECISION, NOTICE)).rate_table


def test_grades_divided_by_fen_are_priced_by_the_respective_list(table):
    for grade, price in (("普通", 70), ("中档", 130), ("高档", 190)):
        home = Household(area_m2=100, structure=HOME, decoration=grade)
        assert item_amount(table, "装修补偿", home).amount == 100 * price


def test_months_over_a_transition_period_depend_on_the_settlement(table):
    paid = Household(area_m2=100, structure=HOME, settlement="货币补偿")
    swapped = Household(area_m2=100, structure=HOME, settlement="产权调换")
    assert item_amount(table, "过渡费", paid).amount == 100 * 10 * 3
    assert item_amount(table, "过渡费", swapped).amount == 100 * 10 * 20


def test_a_price_naming_a_kind_of_building_values_a_shop(table):
    assert "临街门面" in table.structure_names()
    shop = Household(area_m2=40, structure="临街门面", property_use="非住宅")
    assert item_amount(table, "房屋价值补偿", shop).amount == 40 * 5800


def test_a_worked_example_in_a_note_gives_no_floor(table):
    small = Household(area_m2=20, structure=HOME, settlement="货币补偿")
    assert item_amount(table, "过渡费", small).amount == 20 * 10 * 3
