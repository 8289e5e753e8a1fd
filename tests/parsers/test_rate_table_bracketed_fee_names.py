"""A rates table (项目 | 标准 | 说明) whose fee names carry what each row prices: a structure in
brackets after a house-value fee (住宅房屋价值补偿（混合结构）), a kind after a curated fee's
whole name (装饰装修补偿（精装修）), signing days (签约奖励（第1日至第15日签约）), or a use before
the fee (非住宅搬迁补助费). A sentence naming one of a heading's joined fees is that fee's, even
when it mentions an item of the other in passing. Written in other wording than every fixture."""

from __future__ import annotations

import pytest

from tests.compensation.synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收中敖镇老街片区旧城改造项目范围内国有土地上房屋的决定",
    "大足府发〔2034〕41号",
    "本次征收房屋共18户，房屋建筑面积合计1630.4平方米。",
    "重庆市大足区人民政府",
    "2034年2月6日",
]
NOTICE = [
    "重庆市大足区人民政府 关于中敖镇老街片区旧城改造项目房屋征收的公告",
    "大足府发〔2034〕42号",
    "（一）签约期限：2034年3月1日至2034年3月30日，共30日。",
    "（二）征收范围：中敖镇老街片区，涉及住户18户，建筑面积1630.4平方米。",
    "重庆市大足区人民政府",
    "2034年2月16日",
    "附件",
    "中敖镇老街片区旧城改造项目房屋征收补偿方案",
    "一、补偿标准",
    "各项补偿按下表标准执行，房屋价值补偿以分户评估报告为准。",
    "项目\t标准\t说明",
    "住宅房屋价值补偿（混合结构）\t3900元/平方米\t",
    "住宅房屋价值补偿（砖木结构）\t3100元/平方米\t",
    "非住宅房屋价值补偿（沿街铺面）\t6900元/平方米\t",
    "装饰装修补偿（清水房）\t40元/平方米\t",
    "装饰装修补偿（精装修）\t320元/平方米\t每户最高不超过50000元",
    "住宅搬迁补助费\t每户每次1500元\t",
    "非住宅搬迁补助费\t按建筑面积每平方米20元计发1次\t",
    "停产停业损失补偿\t按房屋价值补偿的4%一次性计发\t限依法登记、连续经营两年以上的非住宅",
    "签约奖励（第1日至第15日签约）\t住宅每户20000元\t",
    "签约奖励（第16日至第30日签约）\t住宅每户8000元\t",
    "二、附属设施和构筑物补偿",
    "选择产权调换的，水、电设施不另行补偿，空调移机费照发。构筑物补偿：水泥地坪每平方米35元。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_a_structure_in_brackets_prices_the_house_value_of_that_use(scheme):
    prices = scheme.rates_where(category="房屋价值补偿")
    assert sorted((row["structure"] or "", row["property_use"], row["amount"])
                  for row in prices) == [
        ("", "非住宅", 6900), ("混合结构", "住宅", 3900), ("砖木结构", "住宅", 3100)]


def test_a_use_before_a_house_value_and_a_kind_in_brackets_price_that_kind(scheme):
    """非住宅房屋价值补偿（沿街铺面）: the house value of that use and kind, no fee of its own
    (an estimate for any house would otherwise add it)."""
    (shop,) = [row for row in scheme.rates_where(category="房屋价值补偿")
               if row["property_use"] == "非住宅"]
    assert shop["item"] == "沿街铺面"
    assert not [row for row in scheme.rates if "沿街铺面" in str(row["category"])]


def test_a_kind_after_a_curated_fee_is_that_fee_s_item(scheme):
    levels = scheme.rates_where(category="装饰装修补偿", basis="per_m2")
    assert sorted((row["item"], row["amount"]) for row in levels) == [
        ("清水房", 40), ("精装修", 320)]


def test_signing_days_in_brackets_are_the_reward_s_window(scheme):
    rewards = scheme.rates_where(category="签约奖励")
    assert sorted((row["signing_day_from"], row["signing_day_to"], row["amount"])
                  for row in rewards) == [(1, 15, 20000), (16, 30, 8000)]


def test_a_use_before_the_fee_s_name_is_the_use_of_one_fee(scheme):
    moving = scheme.rates_where(category="搬迁补助费")
    assert {(row["property_use"], row["amount"]) for row in moving} >= {
        ("住宅", 1500), ("非住宅", 20)}


def test_a_fee_named_in_the_sentence_wins_over_an_item_mentioned_in_passing(scheme):
    (floor,) = [row for row in scheme.rates if row["amount"] == 35]
    assert floor["category"] == "构筑物补偿"


def test_a_remark_limiting_a_fee_to_one_use_gives_its_use(scheme):
    """限…的非住宅 in the remarks column: a house's estimate never adds the fee."""
    (loss,) = scheme.rates_where(category="停产停业损失补偿")
    assert loss["property_use"] == "非住宅"
