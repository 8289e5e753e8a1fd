"""A household's things priced by their size (a yard of 40 m², 6 m³ of stone wall) are priced
at their rates, and their sizes are never the house's area; an assessed value the household
gives is the base of the items paid as a share of it."""

from __future__ import annotations

from bot.domains import compensation_reading as reading
from bot.estimate import RateTable, estimate
from bot.tools import EstimateArguments
from tests.bot.synthetic_rates import HOMES, project, rate

THINGS = [
    rate("构筑物补偿", "混凝土晒坝", "per_m2", 70, "元/m²", "note"),
    rate("构筑物补偿", "片石挡墙", "per_m3", 210, "元/m³", "note"),
    rate("构筑物补偿", "砖砌围墙", "per_metre", 55, "元/米", "note"),
    rate("构筑物补偿", "简易搭建房屋", "per_m2", 120, "元/m²", "note"),
]
SHOPS = [
    rate("搬家费", "营业用房", "per_m2", 25, "元/m²", property_use="非住宅"),
    rate("经营补助", "非住宅", "percent_of_assessed_value", 4, "%", property_use="非住宅"),
    rate("经营补助", "非住宅保底", "minimum_amount", 10000, "元", property_use="非住宅"),
]
PROJECT = project(*HOMES, *THINGS, *SHOPS)


def _table() -> RateTable:
    return RateTable([dict(row) for row in PROJECT.rates])


def test_things_are_measured_in_their_own_units_before_or_after_their_names():
    measured = reading.measures("晒坝有30个平方，还有8个方的挡墙，围墙20米", PROJECT)
    assert [(m.item, m.size) for m in measured] == [
        ("混凝土晒坝", 30.0), ("片石挡墙", 8.0), ("砖砌围墙", 20.0)]


def test_a_house_word_names_no_thing_measured():
    # 房屋 is printed in 简易搭建房屋, but 砖混房屋80平 is the house
    assert reading.measures("砖混房屋80平，补好多", PROJECT) == []


def test_a_things_size_is_priced_and_added_without_a_house():
    result = estimate(_table(), 0, "", measures=(("混凝土晒坝", 30.0), ("片石挡墙", 8.0)))
    assert result.total == 30 * 70 + 8 * 210
    assert "混凝土晒坝70元/m² × 30m²" in result.lines[0].formula


def test_a_things_size_beside_a_house_is_added_to_it_and_not_listed_as_left_out():
    house = estimate(_table(), 80, "住宅（成套）砖混结构")
    with_yard = estimate(_table(), 80, "住宅（成套）砖混结构", measures=(("混凝土晒坝", 30.0),))
    assert with_yard.total - house.total == 2100
    assert not any("混凝土晒坝" in note for note in with_yard.notes)


def test_the_estimate_tool_takes_things_measured_without_an_area():
    arguments = EstimateArguments(area_m2=0, structure="", measures="混凝土晒坝:30、片石挡墙:8")
    assert arguments.measures == "混凝土晒坝:30、片石挡墙:8"


def test_an_assessed_value_is_read_in_yuan_and_never_from_a_price():
    assert reading.assessed_value("铺面评估价值是45万") == 450_000
    assert reading.assessed_value("评估款是380000元") == 380_000
    assert reading.assessed_value("评估价4200元/平") is None
    assert reading.assessed_value("评估面积90平") is None


def test_an_assessed_value_given_is_the_base_of_a_share_of_it():
    result = estimate(_table(), 60, "", kind=("营业",), assessed_value=450_000)
    lines = {line.category: line.amount for line in result.lines}
    assert lines["经营补助"] == 450_000 * 0.04
    assert lines["搬家费"] == 60 * 25
    low = estimate(_table(), 60, "", kind=("营业",), assessed_value=100_000)
    assert {line.category: line.amount for line in low.lines}["经营补助"] == 10000  # floored


def test_a_question_measuring_things_alone_gets_no_house_estimate(answerer):
    answer = answerer.ask("屋门口水泥地坝40个平方 还有条石堡坎6个方 一共补好多")
    assert answer.tool == "estimate_compensation"
    assert "× 40m²" in answer.answer and "× 6m³" in answer.answer
    assert "预评估价格" not in answer.answer  # the yard's 40 m² is not a house


def test_a_shop_with_its_assessed_value_is_estimated_without_asking_its_structure(answerer):
    answer = answerer.ask("门市50个平方，评估价值是60万，货币补偿补助费好多")
    assert answer.kind == "tool" and answer.tool == "estimate_compensation"
    assert "600000元 × 5%" in answer.answer
