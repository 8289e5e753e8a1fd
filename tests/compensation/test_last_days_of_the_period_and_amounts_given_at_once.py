"""The last days of a signing period, counted back from its length (签约期最后7天签约的 of 30
days: days 24–30; 签约期满前7日内签约的 alike, never its first days), and an amount a household
is 另给予 一次性 whatever the fee's name. Written in other wording than the issue that printed
them."""

from __future__ import annotations

import datetime as dt

import pytest

from scripts.parsers.rate_sentences import RateReader
from scripts.parsers.rate_terms import load_terms


@pytest.fixture(scope="module")
def reader() -> RateReader:
    return RateReader(load_terms(), dt.date(2032, 6, 1), 30)


@pytest.mark.parametrize("last", ["签约期最后7天签约的", "签约期限的最后7日内签约的",
                                  "签约期满前7日内签约的"])
def test_the_last_days_of_the_period_are_its_days_counted_back(reader: RateReader, last: str):
    rates = reader.read(f"签约期前10天签约的，每户奖励8000元；{last}，每户奖励2000元。")
    assert [(r.signing_day_from, r.signing_day_to, r.amount) for r in rates] == [
        (1, 10, 8000), (24, 30, 2000)]


def test_the_last_days_are_no_window_when_the_period_is_not_known():
    rates = RateReader(load_terms()).read("签约期满前7日内签约的，每户奖励2000元。")
    assert [rate.signing_day_from for rate in rates] == [None]


@pytest.mark.parametrize("given", ["每户另给予一次性特困补助", "每户另行一次性给予生活补助",
                                   "每户给予一次性困难补助"])
def test_an_amount_given_at_once_after_its_fee(reader: RateReader, given: str):
    (rate,) = reader.read(f"被征收人属特困人员的，{given}4500元。")
    assert (rate.amount, rate.unit, rate.basis) == (4500, "元/户", "per_household")
