"""A scheme in sections lettered with the heavenly stems (甲、乙、…), its fees headed by a curated
section word and an ordinal (补偿项目一　…, 奖励项目一　…); prices per structure listed on one line
per use, apart by slashes, each structure printed without 结构 (非住宅：框架4300元/平方米／…); a
monthly fee printed for one settlement whose other settlement is given months alone (一次性计发6个
月临时安置费); and a reward whose sentence names the value its shares are of once (…的一定比例给予
签约奖励：) before printing each window's share alone (奖励5%). Written in other wording than the
issue that printed them."""

from __future__ import annotations

import pytest

from bot.estimate import Household, item_amount
from scripts.parsers.compensation import _priced_slashes
from scripts.parsers.rate_terms import load_terms

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于双路镇老街片区改造项目房屋征收的决定",
    "大足府发〔2037〕21号",
    "本次征收涉及被征收人共计28户，被征收房屋总建筑面积2310平方米。",
    "重庆市大足区人民政府",
    "2037年3月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于双路镇老街片区改造项目房屋征收补偿方案的公告",
    "大足府发〔2037〕22号",
    "一、房屋征收部门：重庆市大足区住房和城乡建设委员会。",
    "二、签约期限：2037年4月1日至2037年4月30日。",
    "重庆市大足区人民政府",
    "2037年3月10日",
    "附件",
    "双路镇老街片区改造项目房屋征收补偿方案",
    "甲、征收概况",
    "征收范围内有住宅22户、非住宅6户。",
    "乙、补偿内容",
    "补偿项目一　被征收房屋价值补偿",
    "非住宅：框架4300元/平方米／砖混3900元/平方米",
    "住宅：砖混3500元/㎡／砖木2900元/㎡",
    "补偿项目二　临时安置费",
    "选择产权调换的住宅，按建筑面积每月每平方米12元计发，过渡期18个月；"
    "选择货币补偿的住宅，一次性计发6个月临时安置费。",
    "丙、奖励",
    "奖励项目一　签约奖励",
    "在签约期内签约并腾空房屋的，按房屋价值补偿额的一定比例给予签约奖励：第1日至第15日签约的，"
    "奖励5%；第16日至第30日签约的，奖励3%。签约奖励每户最高不超过20000元。",
    "丁、产权调换",
    "安置房按每平方米2800元结算。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_prices_apart_by_slashes_are_each_a_structure_of_the_use_before_the_colon(scheme):
    prices = {(row["property_use"], row["structure"]): row["amount"]
              for row in scheme.rates_where(category="房屋价值补偿", basis="per_m2")}
    assert prices == {("非住宅", "框架结构"): 4300, ("非住宅", "砖混结构"): 3900,
                      ("住宅", "砖混结构"): 3500, ("住宅", "砖木结构"): 2900}


def test_a_slash_before_a_unit_word_stays_the_units():
    assert _priced_slashes(load_terms(), "每户每月按800元/户/月计发") == "每户每月按800元/户/月计发"


def test_a_word_opening_with_a_structure_names_no_structure(scheme):
    assert all(row["structure"] is None for row in scheme.rates
               if row["category"] != "房屋价值补偿")


def test_a_section_word_and_its_ordinal_head_the_fee_of_the_lines_under_it(scheme):
    assert {row["category"] for row in scheme.rates_where(basis="months")} == {"临时安置费"}
    assert {row["category"] for row in scheme.rates
            if row["basis"] == "percent_of_assessed_value"} == {"签约奖励"}


def test_a_stem_lettered_heading_names_the_fee_of_its_lines(scheme):
    (swap,) = scheme.rates_where(amount=2800)
    assert swap["category"] == "产权调换"


def test_months_given_alone_for_a_settlement_are_paid_at_the_other_settlements_rate(scheme):
    (monthly,) = scheme.rates_where(category="临时安置费", basis="per_m2_per_month")
    assert monthly["settlement"] is None
    months = {row["settlement"]: row["amount"] for row in scheme.rates_where(basis="months")}
    assert months == {"产权调换": 18, "货币补偿": 6}
    cash = Household(area_m2=100, structure="住宅砖混", settlement="货币补偿")
    assert item_amount(scheme.rate_table, "临时安置费", cash).amount == 100 * 12 * 6


def test_shares_printed_alone_are_of_the_value_named_before_them_in_their_windows(scheme):
    shares = [(row["signing_day_from"], row["signing_day_to"], row["amount"], row["unit"])
              for row in scheme.rates_where(basis="percent_of_assessed_value")]
    assert shares == [(1, 15, 5, "%"), (16, 30, 3, "%")]
    (cap,) = scheme.rates_where(category="签约奖励", basis="maximum_amount")
    assert cap["amount"] == 20000
    early = Household(area_m2=100, structure="住宅砖混", signing_day=3)
    assert item_amount(scheme.rate_table, "签约奖励", early).amount == 100 * 3500 * 5 / 100
