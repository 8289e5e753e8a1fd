"""A notice in clauses numbered with circled numbers, its implementer's clause going on to say
where the signing office is, and its remedy clause printing the appeal periods the decision leaves
out; a scheme whose price table numbers its structures (序号 | 结构 | 住宅（元/平方米） |
门市（元/平方米）), whose decoration levels open their lines with their names in brackets
((精装修）…，每平方米260元), whose utilities print their amounts in brackets after them
(水表（900元/户）) and whose signing rewards are paid in date windows (在…至…期间签约的). Written in
other wording than every fixture."""

from __future__ import annotations

import pytest

from bot.estimate import Household, RateTable, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于拾万镇东街改造工程范围内国有土地上房屋征收的决定",
    "大足府发〔2024〕211号",
    "本次征收涉及被征收房屋31户，房屋建筑面积合计2860.5平方米。",
    "被征收人对本决定不服的，可以依法申请行政复议或者提起行政诉讼。",
    "重庆市大足区人民政府",
    "2024年8月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于拾万镇东街改造工程房屋征收补偿方案的公告",
    "大足府发〔2024〕212号",
    "①项目名称：拾万镇东街改造工程。",
    "②实施单位：拾万镇人民政府。征收指挥部工作站设在拾万镇东街12号，工作日接待被征收人。",
    "③签约期限：2024年9月2日起，至2024年10月1日止，共计30日。",
    "④救济途径：被征收人不服的，可自本公告发布之日起60日内申请行政复议，"
    "也可自本公告发布之日起6个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2024年8月20日",
    "附件",
    "拾万镇东街改造工程房屋征收补偿方案",
    "第一章　房屋价值补偿",
    "1．房屋价值补偿按下列基准价计发：",
    "序号\t结构\t住宅（元/平方米）\t门市（元/平方米）",
    "1\t钢混结构\t4300\t7100",
    "2\t砖木结构\t3050\t—",
    "第二章　装饰装修补偿",
    "2．装饰装修补偿按下列档次计发：",
    "（普通装修）瓷砖地面、涂料墙面，每平方米120元；",
    "（精装修）实木地板、吊顶，每平方米260元。",
    "第三章　附属设施补偿",
    "3．附属设施补偿：水表（900元/户）、有线电视（300元/户）。",
    "第四章　奖励",
    "4．签约奖励：",
    "在2024年9月2日至9月16日期间签约的，住宅每户20000元，非住宅每平方米100元；",
    "在9月17日至10月1日期间签约的，住宅每户10000元，非住宅每平方米50元。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


@pytest.fixture(scope="module")
def table(scheme) -> RateTable:
    return scheme.rate_table


def test_every_amount_of_the_scheme_gave_a_rate(scheme):
    assert [item.what for item in scheme.context.review] == []


def test_the_notice_prints_the_appeal_periods_the_decision_leaves_out(scheme):
    project = scheme.project
    assert (project["appeal_review_days"], project["appeal_litigation_months"]) == (60, 6)
    assert "60日内" in project["appeal_text"]


def test_an_implementer_clause_names_it_in_its_first_sentence_and_the_office_after(scheme):
    project = scheme.project
    assert (project["implementer"], project["implementer_department_id"]) == (
        "拾万镇人民政府", "shiwan")
    assert project["office_address"].startswith("拾万镇东街12号")


def test_a_price_table_numbering_its_structures_gives_a_price_per_structure_and_use(scheme):
    prices = {(row["structure"], row["property_use"]): row["amount"]
              for row in scheme.rates_where(category="房屋价值补偿", basis="per_m2")}
    assert prices == {("钢混结构", "住宅"): 4300, ("钢混结构", "非住宅"): 7100,
                      ("砖木结构", "住宅"): 3050}


def test_a_level_named_in_brackets_opening_its_line_is_the_rates_item(scheme):
    levels = {row["item"]: row["amount"]
              for row in scheme.rates_where(category="装饰装修补偿", basis="per_m2")}
    assert levels == {"普通装修": 120, "精装修": 260}


def test_an_amount_in_brackets_after_its_thing_is_that_things_rate(scheme):
    items = {row["item"]: row["amount"] for row in scheme.rates_where(category="附属设施补偿")}
    assert items == {"水表": 900, "有线电视": 300}


def test_windows_between_dates_said_with_qijian_give_each_use_its_days(scheme):
    rewards = {(row["property_use"], row["signing_day_from"], row["signing_day_to"]):
               row["amount"] for row in scheme.rates_where(category="签约奖励")}
    assert rewards == {("住宅", 1, 15): 20000, ("非住宅", 1, 15): 100,
                       ("住宅", 16, 30): 10000, ("非住宅", 16, 30): 50}


@pytest.mark.parametrize(("household", "category", "amount"), [
    (Household(area_m2=80, structure="住宅钢混结构"), "房屋价值补偿", 80 * 4300),
    (Household(area_m2=80, decoration="精装修"), "装饰装修补偿", 80 * 260),
    (Household(area_m2=80, signing_day=20), "签约奖励", 10000),
])
def test_a_household_is_paid_from_these_layouts(table, household, category, amount):
    assert item_amount(table, category, household).amount == amount
