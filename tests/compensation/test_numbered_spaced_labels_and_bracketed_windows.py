"""A notice of numbered labels each followed by one ideographic space (4．签约期限　自…); signing
windows by dates with their days in brackets and a colon before their amounts, a household's
and a square metre's (2042年3月1日至3月10日（第1日至第10日）签约：住宅每户…，非住宅每平方米…);
an amount a household of a status is 另给予. Written in other wording than the issue that
printed them."""

from __future__ import annotations

import pytest

from bot.estimate import Household, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于对中敖镇老街片区改造项目范围内国有土地上房屋实施征收的决定",
    "大足府发〔2042〕3号",
    "征收范围内共涉及房屋所有权人26户，被征收房屋建筑面积共2150平方米。",
    "重庆市大足区人民政府",
    "2042年2月20日",
]
NOTICE = [
    "重庆市大足区人民政府 关于中敖镇老街片区改造项目房屋征收补偿方案的公告",
    "大足府发〔2042〕4号",
    "1．项目名称　中敖镇老街片区改造项目",
    "2．签约期限　自2042年3月1日起至2042年3月20日止，共20日",
    "重庆市大足区人民政府",
    "2042年2月25日",
    "附件",
    "中敖镇老街片区改造项目房屋征收补偿方案",
    "一、房屋价值补偿",
    "住宅（成套）砖混结构每平方米3900元。",
    "二、奖励和补助",
    "（一）签约搬迁奖励。按签约时段给予奖励：",
    "2042年3月1日至3月10日（第1日至第10日）签约：住宅每户30000元，非住宅每平方米120元；",
    "2042年3月11日至3月20日（第11日至第20日）签约：住宅每户12000元，非住宅每平方米50元。",
    "（二）生活困难补助。被征收人属特困供养人员的，每户另给予生活困难补助6000元。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_a_numbered_label_and_its_value_after_one_ideographic_space(scheme):
    project = scheme.project
    assert (project["name"], str(project["signing_start"]), project["signing_days"]) == (
        "中敖镇老街片区改造项目", "2042-03-01", 20)


def test_windows_by_dates_with_their_days_in_brackets_pay_by_the_signing_day(scheme):
    windows = {(row["property_use"], row["signing_day_from"], row["signing_day_to"]): row["amount"]
               for row in scheme.rates if row["signing_day_from"] is not None}
    assert windows == {("住宅", 1, 10): 30000, ("非住宅", 1, 10): 120,
                       ("住宅", 11, 20): 12000, ("非住宅", 11, 20): 50}
    category = next(row["category"] for row in scheme.rates if row["signing_day_from"])
    table = scheme.rate_table
    assert item_amount(table, category, Household(signing_day=12)).amount == 12000
    shop = Household(area_m2=40, signing_day=3, property_use="非住宅")
    assert item_amount(table, category, shop).amount == 40 * 120


def test_an_amount_another_is_given_for_a_status(scheme):
    (hardship,) = scheme.rates_where(category="生活困难补助")
    assert (hardship["amount"], hardship["condition"]) == (6000, "被征收人属特困供养人员的")


def test_times_printed_after_their_settlement_mode_without_a_verb(departments):
    table = [*NOTICE[:10], "二、补助",
             "项目\t适用对象\t计发标准\t计发次数",
             "搬家补助费\t住宅\t每户每次1100元\t货币补偿1次，产权调换2次"]
    scheme = Scheme(*parse(departments, DECISION, table))
    times = {row["settlement"]: row["amount"]
             for row in scheme.rates_where(category="搬家补助费", basis="times")}
    assert times == {"货币补偿": 1, "产权调换": 2}
    swapped = item_amount(scheme.rate_table, "搬家补助费", Household(settlement="产权调换"))
    assert swapped.amount == 2200
