"""A notice laid out as label lines padded with ideographic spaces (签约期限　　…, no colon), a
decision counting 被征收人N户, and a scheme numbered 3 / 3.1 whose levels are listed in one
sentence (分简装、精装两档，…分别以每平方米80元、260元计算), whose signing table is introduced by a
numbered clause naming its fee (5.1　签约奖励。…按签约时段给予奖励：) and capped by a sentence
after it (非住宅签约奖励每户最高不超过…)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.estimate import Household, RateTable, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于邮亭镇老场镇棚户区改造项目房屋征收的决定",
    "大足府发〔2036〕50号",
    "涉及房屋9栋、被征收人27户（住宅25户、非住宅2户），被征收房屋建筑面积合计2210.4平方米。",
    "重庆市大足区人民政府",
    "2036年5月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于邮亭镇老场镇棚户区改造项目房屋征收补偿有关事项的公告",
    "大足府发〔2036〕51号",
    "项目名称　　邮亭镇老场镇棚户区改造项目",
    "征收范围　　大足府发〔2036〕50号确定的范围，被征收人27户",
    "签约期限　　2036年5月20日至2036年6月18日（共30日）",
    "补偿方式　　货币补偿或房屋产权调换",
    "重庆市大足区人民政府",
    "2036年5月8日",
    "附件",
    "邮亭镇老场镇棚户区改造项目房屋征收补偿方案",
    "2　房屋价值补偿",
    "2.1　住宅砖混结构每平方米3600元。",
    "3　装饰装修补偿",
    "3.1　住宅装饰装修分简装、精装两档，按被征收房屋建筑面积分别以每平方米80元、260元计算。",
    "4　搬迁费",
    "4.1　搬迁费。住宅每户每次1000元。",
    "5　奖励",
    "5.1　签约奖励。被征收人在签约期限内签约并腾空交房的，按签约时段给予奖励：",
    "签约时段\t住宅（元/户）\t非住宅（元/平方米）",
    "第1日至第10日\t15000\t100",
    "第11日至第30日\t6000\t40",
    "非住宅签约奖励每户最高不超过50000元。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_padded_label_lines_are_the_notices_clauses(scheme):
    project = scheme.project
    assert (project["name"], project["households"], project["floor_area_m2"]) == (
        "邮亭镇老场镇棚户区改造项目", 27, 2210.4)
    assert (project["signing_start"], project["signing_end"]) == (
        dt.date(2036, 5, 20), dt.date(2036, 6, 18))


def test_decimal_clauses_are_filed_under_the_fee_they_name(scheme):
    assert {row["category"] for row in scheme.rates_where(amount=1000)} == {"搬迁费"}
    table: RateTable = scheme.rate_table
    fine = Household(area_m2=50, structure="砖混结构", decoration="精装")
    assert item_amount(table, "装饰装修补偿", fine).amount == 50 * 260


def test_a_table_takes_the_fee_of_the_clause_introducing_it_and_the_cap_after_it(scheme):
    windows = scheme.rates_where(signing_day_from=1)
    assert {row["category"] for row in windows} == {"签约奖励"}
    (cap,) = scheme.rates_where(basis="maximum_amount")
    assert (cap["category"], cap["amount"], cap["property_use"]) == ("签约奖励", 50000, "非住宅")
