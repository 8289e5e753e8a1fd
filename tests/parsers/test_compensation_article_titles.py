"""A scheme laid out in articles whose title names the fee of the clauses under it: a title
alone on its line (第九条　搬家费), or a title closed by a full stop before a clause introducing
them (第十二条　提前签约奖励。…按下列时段给予奖励：); a clause paying another settlement 按上述
标准 (选择货币补偿的，按上述标准一次性计发3个月) makes the rate above it hold for both, the
months staying each one's. Written in other wording than every fixture."""

from __future__ import annotations

import pytest

from tests.compensation.synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收宝顶镇香山片区棚户区改造项目范围内国有土地上房屋的决定",
    "大足府发〔2033〕301号",
    "本次征收房屋共26户，房屋建筑面积合计2410.6平方米。",
    "重庆市大足区人民政府",
    "2033年3月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于宝顶镇香山片区棚户区改造项目房屋征收的公告",
    "大足府发〔2033〕302号",
    "（一）签约期限：2033年4月1日至2033年5月20日，共50日。",
    "（二）征收范围：宝顶镇香山片区，涉及住户26户，建筑面积2410.6平方米。",
    "重庆市大足区人民政府",
    "2033年3月12日",
    "附件",
    "宝顶镇香山片区棚户区改造项目房屋征收补偿方案",
    "第三章　补偿和补助",
    "第九条　搬家费",
    "（一）住宅：建筑面积80平方米以内的，每户每次1000元。",
    "（二）非住宅：按建筑面积每平方米18元计发1次。",
    "第十条　过渡费",
    "（一）选择产权调换的住宅，按被征收房屋建筑面积每月每平方米9元计发，过渡期暂按18个月计算。",
    "（二）选择货币补偿的住宅，按上述标准一次性计发3个月。",
    "第四章　补助和奖励",
    "第十二条　提前签约奖励。被征收人在签约期内签约并腾房的，按下列时段给予奖励：",
    "（一）签约期第1日至第20日签约的，住宅每户奖励20000元；",
    "（二）签约期第21日至第50日签约的，住宅每户奖励8000元。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_an_article_title_alone_names_the_fee_of_its_clauses(scheme):
    assert {row["amount"] for row in scheme.rates_where(category="搬家费")} >= {1000, 18}
    assert {row["amount"] for row in scheme.rates_where(category="过渡费")} >= {9, 18, 3}


def test_an_article_title_before_an_introducing_clause_names_the_fee_of_its_clauses(scheme):
    rewards = scheme.rates_where(category="提前签约奖励")
    assert sorted((row["signing_day_from"], row["amount"]) for row in rewards) == [
        (1, 20000), (21, 8000)]


def test_a_settlement_paid_as_above_shares_the_rate_of_the_clause_above(scheme):
    (monthly,) = scheme.rates_where(category="过渡费", basis="per_m2_per_month")
    assert monthly["settlement"] is None  # both settlements are paid it
    months = {row["settlement"]: row["amount"]
              for row in scheme.rates_where(category="过渡费", basis="months")}
    assert months == {"产权调换": 18, "货币补偿": 3}
