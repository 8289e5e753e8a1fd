"""A notice whose clauses are printed 6．签约期限——… (a dash for the colon) with a period given
as a length from its first day, a scheme listing utilities as slash-separated items over
slash-separated amounts (燃气／光纤（元/户）：2600／150), a decoration table of levels a row,
each priced in a column whose header holds the unit and capped in another (档次 | 情形 |
单价（元/平方米） | 每户封顶（元）), and a heading joining two categories (附属设施和构筑物补偿)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.estimate import Household, RateTable, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于拾万镇老街片区危旧房改造项目征收国有土地上房屋的决定",
    "大足府发〔2036〕40号",
    "本次征收涉及被征收人共计31户，被征收房屋总建筑面积2904.5平方米。",
    "重庆市大足区人民政府",
    "2036年4月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于公布拾万镇老街片区危旧房改造项目房屋征收补偿方案的公告",
    "大足府发〔2036〕41号",
    "1．项目名称——拾万镇老街片区危旧房改造项目",
    "2．征收部门——重庆市大足区住房和城乡建设委员会",
    "3．签约期限——30日，自2036年4月20日起计算",
    "4．补偿方式——货币补偿或者房屋产权调换",
    "重庆市大足区人民政府",
    "2036年4月8日",
    "附件",
    "拾万镇老街片区危旧房改造项目房屋征收补偿方案",
    "一、房屋价值补偿",
    "住宅砖混结构每平方米3300元。",
    "二、装饰装修补偿",
    "档次\t认定情形\t补偿单价（元/平方米）\t每户封顶（元）",
    "简装\t刷墙，水泥地\t50\t4000",
    "精装\t吊顶，木地板，整体橱柜\t260\t30000",
    "三、附属设施和构筑物补偿",
    "选择货币补偿的，附属设施按户补偿：",
    "燃气／光纤／水表（元/户）：2600／150／700",
    "晒坝按每平方米45元补偿。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_a_dashed_clause_names_the_project_and_a_period_counted_from_its_first_day(scheme):
    (project,) = scheme.context.tables["compensation_projects"]
    assert project["name"] == "拾万镇老街片区危旧房改造项目"
    assert (project["signing_start"], project["signing_end"], project["signing_days"]) == (
        dt.date(2036, 4, 20), dt.date(2036, 5, 19), 30)
    assert (project["households"], project["floor_area_m2"]) == (31, 2904.5)


def test_slash_separated_items_take_the_amounts_in_their_order(scheme):
    utilities = {row["item"]: row["amount"] for row in scheme.rates
                 if row["category"] == "附属设施补偿"}
    assert utilities == {"燃气": 2600, "光纤": 150, "水表": 700}


def test_a_heading_joining_two_categories_files_each_rate_under_the_one_it_names(scheme):
    (yard,) = [row for row in scheme.rates if row["item"].startswith("晒坝")]
    assert (yard["category"], yard["amount"]) == ("构筑物补偿", 45)


def test_a_level_priced_by_its_column_is_capped_per_household(scheme):
    table: RateTable = scheme.rate_table
    small = Household(area_m2=60, structure="砖混结构", decoration="精装")
    large = Household(area_m2=150, structure="砖混结构", decoration="精装")
    assert item_amount(table, "装饰装修补偿", small).amount == 60 * 260
    assert item_amount(table, "装饰装修补偿", large).amount == 30000  # 39000 capped
    plain = Household(area_m2=100, structure="砖混结构", decoration="简装")
    assert item_amount(table, "装饰装修补偿", plain).amount == 4000  # 5000 capped
