"""A scheme whose prices are a structure × use matrix and whose subsidies table has a column per
use, with a notes column; a notice with no 项目名称 clause and appeal periods in Chinese
numerals. Written in other wording than every fixture."""

from __future__ import annotations

import pytest

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收中敖镇老街片区危旧房改造项目范围内国有土地上房屋的决定",
    "大足府发〔2021〕91号",
    "一、本次征收房屋共52户，房屋建筑面积合计5120.6平方米，其中已有20户提出申请。",
    "二、被征收人对本决定不服的，可于本决定公告之日起六十日内申请行政复议，也可在六个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2021年9月1日",
]
NOTICE = [
    "重庆市大足区人民政府 关于中敖镇老街片区危旧房改造项目房屋征收的公告",
    "大足府发〔2021〕92号",
    "（一）签约期：自2021年9月10日至2021年10月9日，共30天。",
    "重庆市大足区人民政府",
    "2021年9月5日",
    "附件",
    "中敖镇老街片区危旧房改造项目房屋征收与补偿方案",
    "第一条　经预评估，各类房屋评估均价如下表（单位：元/平方米）：",
    "结构类型\t成套住宅\t非成套住宅\t非住宅（商铺）",
    "框架结构\t4500\t—\t8000",
    "砖混结构\t4200\t3900\t7100",
    "第二条　被征收住宅建筑面积不足40平方米、且被征收人无其他住房的，按40平方米计算房屋价值补偿。",
    "第三条　补助按下表计发。",
    "费用名称\t住宅\t非住宅\t计发说明",
    "搬家补助费\t建筑面积50平方米及以下的每户每次800元，50平方米以上部分每平方米加计10元"
    "\t每平方米15元，每户最低1800元\t货币补偿的计发一次；产权调换的计发两次",
    "过渡费\t每平方米每月12元，每户每月不足600元的按600元计发\t—"
    "\t仅限选择产权调换的住宅，过渡期按十八个月计算",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_the_project_is_named_by_the_title_and_appeals_read_in_chinese_numerals(scheme):
    project = scheme.project
    assert project["name"] == "中敖镇老街片区危旧房改造项目"
    assert (project["households"], project["floor_area_m2"], project["signing_days"]) == (
        52, 5120.6, 30)
    assert (project["appeal_review_days"], project["appeal_litigation_months"]) == (60, 6)


def test_each_price_of_the_matrix_is_a_rate_of_its_structure_and_use(scheme):
    prices = {(row["structure"], row["property_use"], row["suite"]): row["amount"]
              for row in scheme.rates_where(category="房屋价值补偿", basis="per_m2")}
    assert prices == {("框架结构", "住宅", "成套"): 4500, ("框架结构", "非住宅", None): 8000,
                      ("砖混结构", "住宅", "成套"): 4200, ("砖混结构", "住宅", "非成套"): 3900,
                      ("砖混结构", "非住宅", None): 7100}
    assert {row["unit"] for row in scheme.rates_where(category="房屋价值补偿", basis="per_m2")} == {
        "元/m²"}


def test_a_minimum_area_with_a_condition_in_between_for_the_category_it_names(scheme):
    [floor] = scheme.rates_where(basis="area_floor")
    assert (floor["amount"], floor["category"]) == (40, "房屋价值补偿")


def test_use_columns_notes_and_the_forms_of_base_step_and_floor(scheme):
    moving = scheme.rates_where(category="搬家补助费")
    assert {(row["basis"], row["property_use"], row["amount"]) for row in moving} >= {
        ("per_household_per_time", "住宅", 800), ("per_step_above_threshold", "住宅", 10),
        ("per_m2", "非住宅", 15), ("minimum_amount", "非住宅", 1800)}
    times = {row["settlement"]: row["amount"] for row in moving if row["basis"] == "times"}
    assert times == {"货币补偿": 1, "产权调换": 2}
    [step] = scheme.rates_where(category="搬家补助费", basis="per_step_above_threshold")
    assert (step["threshold_m2"], step["step_m2"]) == (50, 1)


def test_a_fee_limited_by_its_notes_to_one_settlement(scheme):
    transition = scheme.rates_where(category="过渡费")
    assert {row["settlement"] for row in transition} == {"产权调换"}
    assert {(row["basis"], row["amount"]) for row in transition} == {
        ("per_m2_per_month", 12), ("minimum_amount", 600), ("months", 18)}
