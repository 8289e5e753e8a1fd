"""Utilities a household says it has (有燃气, 宽带电视也有) are paid at the rates the scheme prints
for them, even where it prints them apart from the sum; those it lacks are not."""

from __future__ import annotations

import sqlite3

import pytest

from bot.domains import compensation_reading as reading
from bot.estimate import EstimateError, RateTable, estimate
from tests.bot.synthetic_rates import HOMES, UTILITIES, project, rate

PROJECT = project(*HOMES, *UTILITIES)


def test_the_utilities_a_household_has_are_read_and_those_it_lacks_are_not():
    had = reading.fittings("成套砖混80平 有燃气 没得宽带 座机有一部", PROJECT).had
    assert had == ("管道燃气", "固定电话")
    had = reading.fittings("没装燃气也没得宽带电视", PROJECT).had
    assert had == ()


def test_one_word_of_having_covers_a_list():
    had = reading.fittings("燃气和宽带电视都有", PROJECT).had
    assert had == ("管道燃气", "宽带电视")
    had = reading.fittings("有燃气和宽带电视", PROJECT).had
    assert had == ("管道燃气", "宽带电视")


def test_utilities_described_are_no_item_asked():
    items = reading.asked_items("成套砖混80平 有燃气 一共能拿多少", PROJECT, inputs_given=True)
    assert "配套设施补偿" not in items
    asked = reading.asked_items("燃气、宽带电视各补多少", PROJECT, inputs_given=True)
    assert asked == ("配套设施补偿",)


def test_the_utilities_had_are_added_to_the_total():
    table = RateTable([dict(row) for row in PROJECT.rates])
    plain = estimate(table, 80, "住宅（成套）砖混结构")
    fitted = estimate(table, 80, "住宅（成套）砖混结构", fittings=("管道燃气",))
    assert fitted.total - plain.total == 2600
    assert any("管道燃气2600" in line.formula for line in fitted.lines)
    assert any("宽带电视" in note for note in fitted.notes)  # the one it lacks stays a note


def test_an_item_paid_per_unit_is_counted_as_the_household_says():
    had = reading.fittings("成套砖混80平 有燃气 座机有两部", PROJECT).had
    assert had == ("管道燃气", "固定电话", "固定电话")
    table = RateTable([dict(row) for row in PROJECT.rates])
    one = estimate(table, 80, "住宅（成套）砖混结构", fittings=("固定电话",))
    two = estimate(table, 80, "住宅（成套）砖混结构", fittings=("固定电话", "固定电话"))
    assert two.total - one.total == 120
    assert any("固定电话120元/部 × 2" in line.formula for line in two.lines)


def test_a_count_before_an_item_is_having_it():
    had = reading.fittings("非成套土木60平，就一个燃气表，座机两部", PROJECT).had
    assert had == ("管道燃气", "固定电话", "固定电话")


def test_a_residents_word_names_the_meter_whichever_way_a_scheme_prints_it():
    meters = project(*HOMES,
                     rate("配套设施补偿", "水表", "per_unit", 650, "元/只", "note"),
                     rate("配套设施补偿", "电表", "per_unit", 780, "元/只", "note"))
    assert reading.fittings("水电都有", meters).had == ("水表", "电表")


def test_a_residents_word_for_two_meters_names_the_first_printed():
    """电表 of a scheme printing 单相电表 then 三相电表 is the household's single-phase one."""
    meters = project(*HOMES,
                     rate("配套设施补偿", "单相电表", "per_household", 700, "元/户", "note"),
                     rate("配套设施补偿", "三相电表", "per_household", 2300, "元/户", "note"))
    assert reading.fittings("水电都有 电表也有", meters).had == ("单相电表",)
    assert reading.fittings("三相电表有一个", meters).had == ("三相电表",)



METERS = project(*HOMES,
                 rate("附属设施补偿", "水表（户表）", "per_household", 900, "元/户", "note"),
                 rate("附属设施补偿", "单相电表", "per_household", 500, "元/户", "note"),
                 rate("附属设施补偿", "三相电表", "per_household", 1500, "元/户", "note"),
                 rate("附属设施补偿", "管道燃气", "per_household", 2600, "元/户", "note"),
                 rate("附属设施补偿", "固定电话", "per_unit", 120, "元/部", "note"))


def test_one_word_of_having_before_a_list_covers_all_of_it():
    had = reading.fittings("有水表、单相电表、燃气、座机，一共好多钱", METERS).had
    assert had == ("水表（户表）", "单相电表", "管道燃气", "固定电话")


def test_a_category_asked_with_how_much_between_its_parts_is_asked():
    rewarded = project(*HOMES, rate("货币补偿奖励", "住宅", "percent", 8, "%", "sum"),
                       rate("签约奖励", "住宅", "per_household", 20000, "元/户", "sum"),
                       rate("搬家费", "货币补偿", "times", 1, "次", "sum", settlement="货币补偿"))
    asked = reading.asked_items("选货币补偿有好多奖励？封不封顶", rewarded)
    assert asked == ("货币补偿奖励",)


def test_utilities_alone_are_added_up_without_an_area_or_a_structure():
    """数字电视、燃气表一共补好多: what the household has, priced and summed; nothing else."""
    table = RateTable([dict(row) for row in PROJECT.rates])
    summed = estimate(table, 0, "", fittings=("管道燃气", "固定电话", "固定电话"))
    by_item = {row["item"]: float(row["amount"]) for row in PROJECT.rates
               if row["item"] in ("管道燃气", "固定电话")}
    assert summed.total == by_item["管道燃气"] + 2 * by_item["固定电话"]
    assert len(summed.lines) == 1 and "× 2" in summed.lines[0].formula


def test_no_area_and_no_utility_is_still_no_estimate():
    with pytest.raises(EstimateError):
        estimate(RateTable([dict(row) for row in PROJECT.rates]), 0, "")


def test_two_utilities_printed_alike_but_for_their_brackets_are_told_apart():
    meters = project(*HOMES,
                     rate("配套设施补偿", "电表（单相）", "per_household", 700, "元/户", "note"),
                     rate("配套设施补偿", "电表（三相）", "per_household", 2400, "元/户", "note"))
    for said in ("有单相电表", "有电表（单相）", "单相的电表有一个"):
        assert reading.fittings(said, meters).had == ("电表（单相）",), said
    assert reading.fittings("有三相电表", meters).had == ("电表（三相）",)


def test_a_use_word_before_a_utility_keeps_it_in_the_list_the_having_word_opens():
    """有燃气、住宅宽带电视: 住宅 names the use the row is printed for, not a new clause."""
    had = reading.fittings("有管道燃气、住宅宽带电视，座机两部", PROJECT).had
    assert had == ("管道燃气", "宽带电视", "固定电话", "固定电话")


def test_a_sum_of_utilities_named_asks_them_as_had(answerer, database):
    """天然气表跟数字电视一共补好多: no having-word, but a sum of the two asked: both added."""
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "select item, amount from compensation_rates where unit = '元/户' "
            "and category = (select category from compensation_rates where unit = '元/部') "
            "and coalesce(property_use, '住宅') = '住宅'").fetchall()
    (first, first_amount), (second, second_amount) = rows[:2]
    answer = answerer.ask(f"拆迁的时候{first}跟{second} 住宅一户一共补好多")
    assert answer.tool == "estimate_compensation", answer.answer
    assert f"{first_amount + second_amount:g}元" in answer.answer
    separately = answerer.ask(f"{first}和{second}各补好多")
    assert separately.tool != "estimate_compensation"
