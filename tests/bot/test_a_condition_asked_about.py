"""A resident describing the condition a rule of the scheme is printed for (在大足没得别的房子)
asks about that rule: its category is the one asked, not a house's whole estimate."""

from __future__ import annotations

from bot.domains import compensation_reading as reading
from tests.bot.synthetic_rates import HOMES, project, rate

PROJECT = project(
    *HOMES,
    rate("房屋补偿", "保底补偿面积", "area_floor", 40, "m²", "value", property_use="住宅",
         condition="不足40平方米",
         rule_text="被征收人在本区无其他住房且面积不足40平方米的，按40平方米计算"),
)


def test_the_rule_printed_for_the_condition_is_asked():
    asked = reading.asked_items("屋头才30个平方，在这边又没得别的房子，咋个算", PROJECT)
    assert asked == ("房屋补偿",)


def test_a_house_described_by_the_condition_asks_no_item():
    described = reading.asked_items("30平成套砖混，没得别的房子，一共能拿好多", PROJECT,
                                    inputs_given=True)
    assert "房屋补偿" not in described
