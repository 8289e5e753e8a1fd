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


def test_clauses_numbered_by_digits_in_brackets(departments):
    notice = [*NOTICE[:2], "（1）征收项目：中敖镇老街片区改造项目",
              "（5）签约期限：2042年3月5日—2042年4月3日（共30天）", *NOTICE[4:]]
    project = Scheme(*parse(departments, DECISION, notice)).project
    assert (str(project["signing_start"]), project["signing_days"]) == ("2042-03-05", 30)


def test_a_banded_table_of_bare_amounts_under_a_header_naming_their_unit(departments):
    table = [*NOTICE[:10], "三、搬家补助费", "（一）住宅房屋按建筑面积分段计发：",
             "建筑面积\t每户每次（元）", "不超过50平方米\t1100",
             "超过50平方米、不超过100平方米\t1500", "超过100平方米\t1900"]
    rates = Scheme(*parse(departments, DECISION, table)).rates_where(category="搬家补助费")
    assert [(row["area_from_m2"], row["area_to_m2"], row["amount"], row["unit"])
            for row in rates] == [(None, 50, 1100, "元/户·次"), (50, 100, 1500, "元/户·次"),
                                  (100, None, 1900, "元/户·次")]


def test_a_table_of_things_takes_the_fee_its_introduction_names_before_a_settlement(departments):
    table = [*NOTICE[:10], "三、附属设施补偿",
             "选择货币补偿的，下列设施按以下标准补偿；选择房屋产权调换的，由征收实施单位恢复安装：",
             "项目\t计量单位\t补偿标准（元）", "水表\t户\t700", "空调移机\t台\t240"]
    rows = Scheme(*parse(departments, DECISION, table)).rates
    assert {(row["item"], row["category"], row["unit"]) for row in rows if row["amount"] in (
        700, 240)} == {("水表", "附属设施补偿", "元/户"), ("空调移机", "附属设施补偿", "元/台")}
