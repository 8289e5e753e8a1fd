"""The estimator computes a scheme it has no code for, item by item, from its rates alone."""

from __future__ import annotations

import pytest

from bot.estimate import Household, estimate, inputs_of, item_amount

HOME = "住宅（成套）框架结构"


@pytest.fixture(scope="module")
def table(scheme):
    return scheme.rate_table


def rows(scheme, category, basis):
    return [r for r in scheme.rates if r["category"] == category and r["basis"] == basis]


def test_a_stepped_subsidy_is_base_plus_whole_steps_and_capped(scheme, table):
    (base,) = rows(scheme, "住房货币补助", "per_household")
    (step,) = rows(scheme, "住房货币补助", "per_step_above_threshold")
    (cap,) = rows(scheme, "住房货币补助", "maximum_amount")
    area = 100
    line = item_amount(table, "住房货币补助", Household(area, HOME))
    expected = base["amount"] + (area - step["threshold_m2"]) * step["amount"]
    assert line.amount == expected < cap["amount"]
    big = base["threshold_m2"] + (cap["amount"] - base["amount"]) / step["amount"] + 10
    capped = item_amount(table, "住房货币补助", Household(big, HOME))
    assert capped.amount == cap["amount"]
    assert f"最高{int(cap['amount'])}元" in capped.formula


def test_times_and_months_follow_the_settlement(scheme, table):
    (monthly,) = rows(scheme, "过渡期安置费", "per_household_per_month")
    months = {r["condition"]: r["amount"] for r in rows(scheme, "过渡期安置费", "months")}
    future = item_amount(table, "过渡期安置费", Household(80, HOME, settlement="产权调换（期房）"))
    built = item_amount(table, "过渡期安置费", Household(80, HOME, settlement="产权调换（现房）"))
    assert future.amount == monthly["amount"] * months["期房安置"]
    assert built.amount == monthly["amount"] * months["现房安置"]
    (base,) = rows(scheme, "搬家补助", "per_household_per_time")
    times = {r["condition"]: r["amount"] for r in rows(scheme, "搬家补助", "times")}
    swap = item_amount(table, "搬家补助", Household(80, HOME, settlement="产权调换"))
    assert swap.amount == base["amount"] * times["产权调换"]


def test_a_floor_raises_a_small_amount(scheme, table):
    (per_m2,) = rows(scheme, "搬家补助", "per_m2_per_time")
    (floor,) = rows(scheme, "搬家补助", "minimum_amount")
    shop = "非住宅（门面）砖混结构"
    small = item_amount(table, "搬家补助", Household(10, shop))
    assert per_m2["amount"] * 10 < floor["amount"] == small.amount
    large = item_amount(table, "搬家补助", Household(200, shop))
    assert large.amount == per_m2["amount"] * 200


def test_days_early_choose_the_reward(scheme, table):
    rewards = {r["min_days_early"]: r["amount"] for r in scheme.rates if r["min_days_early"]}
    for days, expected in ((12, rewards[10]), (7, rewards[5]), (2, 0)):
        line = item_amount(table, "签约奖励", Household(80, HOME, days_early=days))
        assert line.amount == expected, days


def test_the_minimum_area_raises_the_value_of_a_small_home(scheme, table):
    (price,) = [r for r in scheme.rates if r["structure"] == "框架结构"]
    (floor,) = rows(scheme, "房屋价值补偿", "area_floor")
    small = item_amount(table, "房屋价值补偿", Household(20, HOME))
    assert small.amount == price["amount"] * floor["amount"]


def test_the_whole_estimate_sums_its_items(table):
    result = estimate(table, 80, HOME, days_early=12)
    assert result.total == sum(line.amount for line in result.lines)
    assert {line.category for line in result.lines} >= {"房屋价值补偿", "住房货币补助", "签约奖励"}


def test_inputs_of_each_item_are_read_from_its_rows(table):
    assert "days_early" in inputs_of(table, "签约奖励")
    assert "settlement" in inputs_of(table, "过渡期安置费")
    assert "area_m2" in inputs_of(table, "住房货币补助")
    assert "structure" in inputs_of(table, "房屋价值补偿")
    assert "days_early" not in inputs_of(table, "住房货币补助")
