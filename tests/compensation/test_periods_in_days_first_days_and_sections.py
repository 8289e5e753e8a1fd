"""A signing period printed as its first day and a length (自…起30日内), a reward for the first
days of it (签约期限前10日内签约的), and a price table under a new section heading after a
subsidies table: its prices are the section's fee, not the last subsidy row's."""

from __future__ import annotations

import datetime as dt

import pytest

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收三驱镇场镇片区旧城改造项目国有土地上房屋的决定",
    "大足府发〔2042〕70号",
    "本次征收涉及被征收人45户，被征收房屋建筑面积3800平方米。",
    "重庆市大足区人民政府",
    "2042年6月1日",
]
NOTICE = [
    "重庆市大足区人民政府 关于三驱镇场镇片区旧城改造项目房屋征收补偿的公告",
    "大足府发〔2042〕71号",
    "一、签约期限：自2042年6月10日起30日内。",
    "二、补偿方式：货币补偿或房屋产权调换。",
    "重庆市大足区人民政府",
    "2042年6月5日",
    "附件",
    "三驱镇场镇片区旧城改造项目房屋征收补偿方案",
    "一、补助和奖励标准",
    "补偿项目\t补偿标准\t备注",
    "临时安置费\t住宅每户每月1000元\t选择产权调换的，过渡期按18个月计发",
    "提前签约奖励\t签约期限前10日内签约的，住宅每户奖励30000元\t",
    "二、房屋价值补偿",
    "结构\t住宅（元/平方米）\t非住宅（元/平方米）",
    "砖混结构\t3600\t5800",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_a_period_printed_as_its_first_day_and_a_length(scheme):
    project = scheme.project
    assert (project["signing_start"], project["signing_end"], project["signing_days"]) == (
        dt.date(2042, 6, 10), dt.date(2042, 7, 9), 30)


def test_a_reward_for_the_first_days_of_the_period(scheme):
    (reward,) = scheme.rates_where(category="提前签约奖励")
    assert (reward["signing_day_from"], reward["signing_day_to"], reward["amount"]) == (
        1, 10, 30000)


def test_prices_under_a_new_section_are_its_fee(scheme):
    prices = {(row["property_use"], row["amount"]) for row in scheme.rates
              if row["basis"] == "per_m2"}
    assert prices == {("住宅", 3600), ("非住宅", 5800)}
    assert {row["category"] for row in scheme.rates if row["basis"] == "per_m2"} == {
        "房屋价值补偿"}


@pytest.mark.parametrize("printed", [
    "征收规模：被征收人五十二户，房屋建筑面积4620.5平方米。",  # households in Chinese numerals
    "该片区需征收房屋52户，总面积4620.5平方米。",  # the area printed as a total
])
def test_households_and_area_in_other_wordings(departments, printed):
    decision = [*DECISION[:2], printed, *DECISION[3:]]
    project = Scheme(*parse(departments, decision, NOTICE)).project
    assert (project["households"], project["floor_area_m2"]) == (52, 4620.5)


@pytest.mark.parametrize("printed", [
    ["五、房屋征收评估机构", "重庆甲乙房地产土地资产评估有限公司（由被征收人投票选定）。"],
    ["五、房屋评估", "经被征收人协商选定的重庆甲乙房地产土地资产评估有限公司承担评估工作。"],
])
def test_the_valuer_under_a_heading_ending_with_its_label_or_in_prose(departments, printed):
    notice = [*NOTICE[:4], "四、咨询电话", "43510000、43510001", *printed, *NOTICE[4:]]
    project = Scheme(*parse(departments, DECISION, notice)).project
    assert project["valuation_firm"] == "重庆甲乙房地产土地资产评估有限公司"
    assert project["office_phone"] == "43510000、43510001"
