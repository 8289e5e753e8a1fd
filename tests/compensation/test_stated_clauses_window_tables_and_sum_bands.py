"""A notice of numbered sentences stating each term with 为 (四、签约期限为20日，自…起至…止。
一、本项目房屋征收部门为…，房屋征收实施单位为…), and a scheme with a price table whose use
columns carry their unit beside an adjustment column (建筑结构 | 调整系数 | 成套住宅（元/平方米） |
非成套住宅（元/平方米）), a fee cell cut inside its unit (…每增加1平方 | 米增加…), a monthly fee
with both bounds (每户每月不低于…、不高于…), a table of signing windows priced per m² with a
floor per household (签约时间 | 奖励标准（元/平方米） | 每户最低（元）), levels printed with their
description (一档（简易装修）) and a flat sum either side of an area (…以下的，每户…；…及以上的，
每户…)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.domains.compensation_reading import level_forms
from bot.estimate import Household, RateTable, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于珠溪镇新街片区旧城区改建项目征收国有土地上房屋的决定",
    "大足府发〔2038〕20号",
    "本次征收涉及被征收人共计19户，被征收房屋总建筑面积1670.2平方米。",
    "重庆市大足区人民政府",
    "2038年4月1日",
]
NOTICE = [
    "重庆市大足区人民政府 关于珠溪镇新街片区旧城区改建项目房屋征收与补偿的公告",
    "大足府发〔2038〕21号",
    "一、本项目房屋征收部门为重庆市大足区住房和城乡建设委员会，房屋征收实施单位为重庆市大足区珠溪镇人民政府。",
    "二、征收范围为大足府发〔2038〕20号文件确定的范围，涉及被征收人19户。",
    "三、签约期限为20日，自2038年4月10日起至2038年4月29日止。签约地点设在珠溪镇政府一楼，每日9:00至17:00办理。",
    "重庆市大足区人民政府",
    "2038年4月5日",
    "附件",
    "珠溪镇新街片区旧城区改建项目房屋征收补偿方案",
    "一、房屋价值补偿",
    "住宅补偿单价如下：",
    "建筑结构\t调整系数\t成套住宅（元/平方米）\t非成套住宅（元/平方米）",
    "砖混结构\t1.00\t3500\t3220",
    "砖木结构\t0.80\t2800\t2576",
    "二、装饰装修补偿",
    "住宅装饰装修：一档（简易装修）每平方米50元，二档（精装修）每平方米150元。",
    "三、搬迁费和临时安置费",
    "费用项目\t适用对象\t计发标准\t计发次数（期限）",
    "搬迁费\t住宅\t建筑面积60平方米以内（含60平方米）每户1000元；超过60平方米的，每增加1平方\t货币补偿计发1次",
    "\t\t米增加20元，每户最高不超过1800元\t",
    "临时安置费\t住宅\t按建筑面积每平方米每月10元，每户每月不低于700元、不高于1200元\t货币补偿一次性计发3个月",
    "四、奖励",
    "（一）签约搬迁奖励。被征收人在签约期限内签约的，按建筑面积和签约时间计发奖励：",
    "签约时间\t奖励标准（元/平方米）\t每户最低（元）",
    "第1日至第10日\t200\t15000",
    "第11日至第20日\t100\t8000",
    "（二）货币安置奖励。住宅被征收人选择货币补偿的，被征收住宅建筑面积50平方米以下的，每户奖励10000元；"
    "50平方米及以上的，每户奖励16000元。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_terms_stated_with_wei_in_numbered_sentences(scheme):
    project = scheme.project
    assert (project["signing_start"], project["signing_end"], project["signing_days"]) == (
        dt.date(2038, 4, 10), dt.date(2038, 4, 29), 20)
    assert project["implementer"] == "重庆市大足区珠溪镇人民政府"


def test_use_columns_carrying_their_unit_beside_an_adjustment_column(scheme):
    prices = {(row["suite"], row["structure"]): row["amount"]
              for row in scheme.rates_where(category="房屋价值补偿", basis="per_m2")}
    assert prices == {("成套", "砖混结构"): 3500, ("非成套", "砖混结构"): 3220,
                      ("成套", "砖木结构"): 2800, ("非成套", "砖木结构"): 2576}


def test_a_cell_cut_inside_its_unit_and_a_month_bounded_both_ways(scheme):
    table: RateTable = scheme.rate_table
    large = Household(area_m2=100, structure="成套住宅砖混结构")
    assert item_amount(table, "搬迁费", large).amount == 1800  # 1000 + 40 × 20 = 1800
    small = Household(area_m2=50, structure="成套住宅砖混结构")
    assert item_amount(table, "临时安置费", small).amount == 3 * 700  # 500 a month → 700
    assert item_amount(table, "临时安置费", large).amount == 3 * 1000


def test_signing_windows_priced_per_m2_with_a_floor_per_household(scheme):
    table: RateTable = scheme.rate_table
    early = Household(area_m2=100, structure="成套住宅砖混结构", signing_day=3)
    small = Household(area_m2=50, structure="成套住宅砖混结构", signing_day=15)
    # the fee under its curated name (签约搬迁奖励, printed without 提前: the early-signing reward)
    assert item_amount(table, "提前签约搬迁奖励", early).amount == 20000
    assert item_amount(table, "提前签约搬迁奖励", small).amount == 8000  # 5000 → 8000


def test_a_flat_sum_either_side_of_an_area_and_levels_by_their_short_name(scheme):
    table: RateTable = scheme.rate_table
    small = Household(area_m2=40, structure="成套住宅砖混结构")
    large = Household(area_m2=90, structure="成套住宅砖混结构")
    assert item_amount(table, "货币安置奖励", small).amount == 10000
    assert item_amount(table, "货币安置奖励", large).amount == 16000
    assert "二档" in level_forms("二档（精装修）")
