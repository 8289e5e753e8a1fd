"""Items a scheme prices by the kind of a non-residential building (搬迁补助费 for 办公 / 商业、
经营门市 / 生产用房) are estimated for the kind the resident names, with no structure asked for:
the house's value is the one item that needs it."""

from __future__ import annotations

from bot.estimate import NON_RESIDENTIAL, Household, RateTable, estimate, item_amount
from tests.bot.synthetic_rates import HOMES, rate

ROWS = [
    *HOMES,
    rate("房屋补偿", "工业划拨砖混结构", "per_m2", 2100, "元/m²", "value",
         property_use=NON_RESIDENTIAL, structure="砖混结构"),
    rate("搬迁补助", "办公、业务用房", "per_m2_per_time", 15, "元/m²·次",
         property_use=NON_RESIDENTIAL),
    rate("搬迁补助", "商业、经营门市", "per_m2_per_time", 25, "元/m²·次",
         property_use=NON_RESIDENTIAL),
    rate("搬迁补助", "计发次数", "times", 1, "次", property_use=NON_RESIDENTIAL),
    rate("早签奖励", "经营门市", "per_m2_per_day", 8, "元/m²·日",
         property_use=NON_RESIDENTIAL, max_days=30),
]


def test_the_rows_of_the_kind_named_price_the_items():
    table = RateTable([dict(row) for row in ROWS])
    shop = Household(area_m2=80, property_use=NON_RESIDENTIAL, kind=("门市", "商业"))
    assert item_amount(table, "搬迁补助", shop).amount == 25 * 80
    office = Household(area_m2=80, property_use=NON_RESIDENTIAL, kind=("办公",))
    assert item_amount(table, "搬迁补助", office).amount == 15 * 80


def test_an_estimate_by_kind_leaves_the_value_out():
    table = RateTable([dict(row) for row in ROWS])
    result = estimate(table, 50, "", days_early=10, kind=("门市", "商业"))
    categories = {line.category: line.amount for line in result.lines}
    assert "房屋补偿" not in categories  # its value needs the structure
    assert categories["搬迁补助"] == 25 * 50 and categories["早签奖励"] == 8 * 50 * 10
