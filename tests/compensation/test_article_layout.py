"""A scheme laid out in articles (第五条　…): an article that ends with a colon names the fee of
the clauses under it; an article whose rule opens with a fee (住宅租房补贴按…, 停业补偿按…)
or pays one after its amount (…的10%给予搬迁奖励) files its amounts under that fee, not under
another fee the sentence mentions in passing. Written in other wording than every fixture."""

from __future__ import annotations

import pytest

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收铁山镇老街片区危旧房改造项目范围内国有土地上房屋的决定",
    "大足府发〔2022〕501号",
    "本次征收房屋共18户，房屋建筑面积合计1620.8平方米。",
    "重庆市大足区人民政府",
    "2022年9月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于铁山镇老街片区危旧房改造项目房屋征收的公告",
    "大足府发〔2022〕502号",
    "（一）签约期限：2022年10月10日至2022年11月8日，共30日。",
    "（二）征收范围：铁山镇老街，涉及住户18户，建筑面积1620.8平方米。",
    "重庆市大足区人民政府",
    "2022年9月12日",
    "附件",
    "铁山镇老街片区危旧房改造项目房屋征收补偿方案",
    "第五条　搬迁补贴按以下标准发放：",
    "（一）住宅按户计发：每户每次900元，选择房屋产权调换的发放两次。",
    "（二）经营用房按建筑面积每平方米16元发放一次。",
    "第六条　住宅租房补贴按被征收房屋建筑面积每平方米每月11元计算，选择房屋产权调换的发放12个月。",
    "第七条　持有营业执照经营的门市，停业补偿按房屋评估价值的5%一次性发放。",
    "第八条　选择货币补偿的住宅，按房屋价值补偿金额的10%给予搬迁奖励。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_an_article_ending_with_a_colon_names_the_fee_of_its_clauses(scheme):
    assert {row["amount"] for row in scheme.rates_where(category="搬迁补贴")} >= {900, 16}


def test_a_fee_opening_an_article_is_its_amounts_fee_without_the_use_word(scheme):
    (monthly,) = scheme.rates_where(amount=11)
    assert monthly["category"] == "租房补贴"
    assert monthly["property_use"] == "住宅"


def test_a_fee_after_other_words_of_the_clause_is_still_its_fee(scheme):
    (loss,) = scheme.rates_where(amount=5)
    assert loss["category"] == "停业补偿"


def test_a_fee_paid_after_its_amount_wins_over_a_fee_the_sentence_mentions(scheme):
    (reward,) = scheme.rates_where(amount=10)
    assert reward["category"] == "搬迁奖励"
    assert reward["basis"] == "percent_of_assessed_value"
