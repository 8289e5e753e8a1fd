"""Utilities a household says it has (有燃气, 宽带电视也有) are paid at the rates the scheme prints
for them, even where it prints them apart from the sum; those it lacks are not."""

from __future__ import annotations

from bot.domains import compensation_reading as reading
from bot.estimate import RateTable, estimate
from tests.bot.synthetic_rates import HOMES, UTILITIES, project

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
