"""A notice of clauses numbered ㈠㈡ whose labels stand in brackets (㈢「签约期限」…); a scheme
under headings numbered in brackets (〔三〕装饰装修补偿), levels printed as level, name and what
it looks like (甲级：精装修（木地板、吊顶），每平方米260元), a month's amount as a formula
(每月过渡费＝…×15元/平方米) bounded by month, rewards in clauses numbered 1．2． over windows
numbered (1)(2) (the last days of the period among them), an amount given 一次性 after 另给予,
and a utilities table printed as three tables side by side. Written in other wording than the
issue that printed them."""

from __future__ import annotations

import pytest

from bot.estimate import Household, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于宝顶镇游客中心片区项目房屋征收的决定",
    "大足府发〔2031〕21号",
    "征收范围内共有房屋18幢，涉及被征收人40户，被征收房屋总建筑面积2800平方米。",
    "被征收人不服的，可以自公告之日起六十日内申请行政复议，也可以自公告之日起六个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2031年2月10日",
]
NOTICE = [
    "重庆市大足区人民政府 关于宝顶镇游客中心片区项目房屋征收补偿方案的公告",
    "大足府发〔2031〕22号",
    "㈠「项目名称」宝顶镇游客中心片区项目",
    "㈡「征收范围」宝顶镇游客中心以南",
    "㈢「签约期限」2031年3月1日起至2031年4月14日止，共计45日",
    "重庆市大足区人民政府",
    "2031年2月20日",
    "附件",
    "宝顶镇游客中心片区项目房屋征收补偿方案",
    "〔一〕房屋价值补偿",
    "住宅砖混结构每平方米3900元。",
    "〔二〕装饰装修补偿",
    "甲级：精装修（木地板、吊顶），每平方米260元；",
    "乙级　普通装修，每平方米150元。",
    "〔三〕过渡费",
    "过渡费按月计发：每月过渡费＝房屋建筑面积×15元/平方米，每月过渡费低于1000元的按1000元计发。"
    "选择货币补偿的计发6个月。",
    "〔四〕奖励和补助",
    "1．搬迁奖励。按签约时段计发：",
    "(1) 签约期限前10日内签约的，每户奖励20000元；",
    "(2) 签约期限第11日至第35日签约的，每户奖励10000元；",
    "(3) 签约期限届满前10日内签约的，每户奖励3000元。",
    "2．困难补助。被征收人属低保对象的，每户另给予一次性困难补助5000元。",
    "〔五〕附属设施补偿",
    "设施名称\t补偿标准\t设施名称\t补偿标准\t设施名称\t补偿标准",
    "自来水\t900元/户\t宽带\t200元/户\t空调移机\t250元/台",
    "电表\t700元/户\t\t\t\t",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_clauses_numbered_by_one_character_with_their_labels_in_brackets(scheme):
    project = scheme.project
    assert (project["name"], project["households"], project["floor_area_m2"]) == (
        "宝顶镇游客中心片区项目", 40, 2800)
    assert (str(project["signing_start"]), str(project["signing_end"]),
            project["signing_days"]) == ("2031-03-01", "2031-04-14", 45)
    assert (project["appeal_review_days"], project["appeal_litigation_months"]) == (60, 6)


def test_headings_numbered_in_brackets_name_the_fee_of_their_lines(scheme):
    (price,) = scheme.rates_where(amount=3900)
    assert (price["category"], price["structure"]) == ("房屋价值补偿", "砖混结构")


def test_a_level_printed_before_its_name_and_looks_is_named_with_its_name(scheme):
    levels = {row["item"]: row["amount"] for row in scheme.rates_where(category="装饰装修补偿")}
    assert levels == {"甲级（精装修）": 260, "乙级（普通装修）": 150}
    table = scheme.rate_table
    assert item_amount(table, "装饰装修补偿",
                       Household(area_m2=100, decoration="乙级（普通装修）")).amount == 15000


def test_a_formula_for_a_months_amount_prices_the_area_per_month(scheme):
    (monthly,) = scheme.rates_where(category="过渡费", amount=15)
    assert monthly["unit"] == "元/m²·月"
    (floor,) = scheme.rates_where(category="过渡费", basis="minimum_amount")
    assert floor["unit"] == "元/户·月"
    small = item_amount(scheme.rate_table, "过渡费", Household(area_m2=50))
    assert small.amount == 1000 * 6  # 50 × 15 = 750 a month, raised to 1000, for 6 months


def test_windows_numbered_under_a_numbered_clause_take_its_fee(scheme):
    windows = {(row["signing_day_from"], row["signing_day_to"]): row["amount"]
               for row in scheme.rates_where(category="搬迁奖励")}
    assert windows == {(1, 10): 20000, (11, 35): 10000, (36, 45): 3000}


def test_the_next_numbered_clause_names_its_own_fee(scheme):
    (hardship,) = scheme.rates_where(category="困难补助")
    assert (hardship["amount"], hardship["unit"]) == (5000, "元/户")


def test_tables_printed_side_by_side_are_read_pair_by_pair(scheme):
    things = {row["item"]: (row["amount"], row["unit"])
              for row in scheme.rates_where(category="附属设施补偿")}
    assert things == {"自来水": (900, "元/户"), "宽带": (200, "元/户"),
                      "空调移机": (250, "元/台"), "电表": (700, "元/户")}


def test_a_clause_numbered_by_one_character_before_its_label_and_colon(departments):
    notice = [*NOTICE[:2], "㈠项目名称：宝顶镇游客中心片区项目",
              "㈡签约期限：2031年3月1日至2031年3月30日", *NOTICE[5:]]
    project = Scheme(*parse(departments, DECISION, notice)).project
    assert (project["name"], project["signing_days"]) == ("宝顶镇游客中心片区项目", 30)
