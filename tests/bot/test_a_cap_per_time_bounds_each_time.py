"""A cap printed for an item paid per time (搬家费每户每次…最高N元) bounds each time paid, not
the item's total over the times a settlement pays it."""

from __future__ import annotations

from bot.estimate import Household, RateTable, item_amount
from tests.bot.synthetic_rates import HOMES, rate

ROWS = [
    *HOMES[:1],
    rate("搬迁补助", "基本", "per_household_per_time", 1400, "元/户·次", property_use="住宅",
         threshold_m2=70),
    rate("搬迁补助", "递增", "per_step_above_threshold", 100, "元/户·次", property_use="住宅",
         threshold_m2=70, step_m2=10),
    rate("搬迁补助", "最高", "maximum_amount", 1800, "元", property_use="住宅"),
    rate("搬迁补助", "次数", "times", 1, "次", settlement="货币补偿"),
    rate("搬迁补助", "次数", "times", 2, "次", settlement="产权调换"),
]


def test_each_time_is_capped_and_then_counted():
    table = RateTable([dict(row) for row in ROWS])
    house = Household(130, "住宅（成套）砖混结构", settlement="产权调换")
    line = item_amount(table, "搬迁补助", house)
    assert line is not None
    assert line.amount == 1800 * 2  # 1400 + 6 × 100 = 2000 a time, capped at 1800, twice
    below = item_amount(table, "搬迁补助", Household(80, "住宅（成套）砖混结构",
                                                    settlement="产权调换"))
    assert below is not None and below.amount == 1500 * 2  # under the cap: not bounded


def test_a_product_above_its_cap_is_not_printed_as_if_it_were_paid():
    from bot.estimate import Household, RateTable, item_amount
    from tests.bot.synthetic_rates import rate
    table = RateTable([rate("签约奖励", "非住宅", "per_m2", 150, "元/m²", property_use="非住宅"),
                       rate("签约奖励", "最高金额", "maximum_amount", 60000, "元",
                            property_use="非住宅")])
    line = item_amount(table, "签约奖励", Household(area_m2=500, property_use="非住宅"))
    assert line.amount == 60000
    assert "75000" not in line.formula and "按60000元计" in line.formula


def test_an_amount_per_m2_paid_several_times_is_bounded_each_time():
    table = RateTable([dict(row) for row in [
        *HOMES[:1],
        rate("搬迁补助", "住宅", "per_m2", 20, "元/m²", property_use="住宅"),
        rate("搬迁补助", "最低", "minimum_amount", 1000, "元", property_use="住宅"),
        rate("搬迁补助", "最高", "maximum_amount", 2500, "元", property_use="住宅"),
        rate("搬迁补助", "次数", "times", 2, "次", settlement="产权调换")]])
    swap = "产权调换"
    large = item_amount(table, "搬迁补助", Household(100, "住宅（成套）砖混结构", settlement=swap))
    assert large is not None and large.amount == 2000 * 2  # 2000 a time, under the cap
    small = item_amount(table, "搬迁补助", Household(30, "住宅（成套）砖混结构", settlement=swap))
    assert small is not None and small.amount == 1000 * 2  # 600 a time, raised to the floor
