"""A house's guaranteed area asked in residents' words (面积小有保底) is the category printing
that area, not a hardship grant sharing a word with another scheme's guarantee; a reward named
by the settlement mode in residents' words (拿钱不要房子有没得奖励) is that mode's reward."""

from __future__ import annotations

from bot.domains import compensation_reading as reading
from tests.bot.synthetic_rates import HOMES, project, rate

PROJECT = project(
    *HOMES,
    rate("房屋补偿", "保底补偿面积", "area_floor", 40, "m²", "note", condition="不足40㎡"),
    rate("困难补助", "困难补助", "per_household", 8000, "元/户",
         condition="被征收人属于城乡低保对象的"),
    rate("货币补偿奖励", "货币补偿奖励", "per_household", 20000, "元/户"),
    rate("签约奖励", "签约奖励", "per_household", 10000, "元/户"),
)


def test_a_guaranteed_area_asked_is_the_category_printing_it():
    assert reading.asked_items("砖混房子35个平方 面积小有保底 补好多", PROJECT) == ("房屋补偿",)


def test_a_reward_named_by_the_mode_in_residents_words():
    assert "货币补偿奖励" in reading.asked_items("选拿钱不要房子有没得奖励", PROJECT)
    assert "货币补偿奖励" not in reading.asked_items("签约有没得奖励", PROJECT)
