"""A household swapping its home for a new one (产权调换): the new home's price by its parts at
the scheme's prices, and the difference with the old home's value (多退少补)."""

from __future__ import annotations

import pytest

from bot.domains import compensation_reading as reading
from bot.domains.base import Question
from bot.domains.compensation import _priced_per_m2
from bot.estimate import EstimateError, RateTable
from bot.swap import swap
from tests.bot.synthetic_rates import HOMES, project, rate

PRICES = [
    rate("产权调换", "等面积部分", "per_m2", 2500, "元/m²", "note"),
    rate("产权调换", "超出面积8m²以内部分", "per_m2", 3200, "元/m²", "note", excess_up_to_m2=8),
    rate("产权调换", "超出面积8m²以上部分", "per_m2", 3900, "元/m²", "note"),
]


def test_the_new_home_is_priced_by_its_parts_and_settled_against_the_value():
    table = RateTable([dict(row) for row in (*HOMES, *PRICES)])
    settled = swap(table, 60, 75, "住宅（成套）砖混结构")
    assert [line.amount for line in settled.lines] == [60 * 2500, 8 * 3200, 7 * 3900]
    assert settled.price == 150000 + 25600 + 27300
    assert settled.value is not None and settled.value.amount == 60 * 3000


def test_a_smaller_new_home_is_priced_for_its_own_area():
    table = RateTable([dict(row) for row in (*HOMES, *PRICES)])
    assert swap(table, 80, 70).price == 70 * 2500


def test_a_part_the_scheme_does_not_price_is_said():
    table = RateTable([dict(row) for row in (*HOMES, *PRICES[:2])])
    settled = swap(table, 60, 75)
    assert settled.price == 60 * 2500 + 8 * 3200
    assert any("7m²" in note for note in settled.notes)
    with pytest.raises(EstimateError):
        swap(RateTable([dict(row) for row in HOMES]), 60, 75)


def test_the_new_home_area_is_the_one_named_after_the_swap():
    assert reading.new_home_area("我家70平的砖混房，想换一套85平方的安置房") == 85
    assert reading.new_home_area("想换安置房，我家70平") is None


def test_a_unit_price_of_the_new_home_is_the_swaps_not_the_old_homes():
    """安置房好多钱一平方: the new home's parts; 一平方好多钱 alone: the old home's value."""
    scheme = project(*HOMES, *PRICES)
    new_home = Question("选产权调换的话，安置房好多钱一平方", ())
    assert _priced_per_m2(new_home, scheme) == ("产权调换",)
    assert _priced_per_m2(Question("砖混房子一平方好多钱", ()), scheme) == (
        scheme.value_category(),)
