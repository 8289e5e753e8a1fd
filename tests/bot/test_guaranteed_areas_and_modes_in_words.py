"""A house's guaranteed area asked in residents' words (面积小有保底) is the category printing
that area, not a hardship grant sharing a word with another scheme's guarantee; a reward named
by the settlement mode in residents' words (拿钱不要房子有没得奖励) is that mode's reward;
a category named without its last character (签约奖); prices printed bare under a stated unit."""

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


def test_prices_printed_bare_under_a_stated_unit_are_shown_with_it():
    from bot.domains.base import Match
    from bot.domains.compensation_wording import rates_text
    rule = "住宅房屋——框架结构4300；砖混结构4050。"
    rows = [rate("房屋补偿", "住宅房屋框架结构", "per_m2", 4300, "元/m²", "value", rule_text=rule),
            rate("房屋补偿", "住宅房屋砖混结构", "per_m2", 4050, "元/m²", "value", rule_text=rule)]
    match = Match("tool", tool="compensation_rates_of_project", focus=("房屋补偿",))
    text = rates_text(match, rows, rows)
    assert "4050元/m²" in text and "砖混结构4050；" not in text


def test_a_category_named_without_its_last_character():
    assert "签约奖励" in reading.asked_items("5月20号才签得到 还有签约奖没得", PROJECT)
    assert reading.names_category("搬家补助有好多", "搬家补助费")
