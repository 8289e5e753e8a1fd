"""A reward by signing day is read whatever the clause adds after 签约 (并腾空房屋, 并交房 …)."""

from __future__ import annotations

import datetime as dt

import pytest

from scripts.parsers.rate_sentences import RateReader
from scripts.parsers.rate_terms import load_terms


@pytest.fixture(scope="module")
def reader() -> RateReader:
    return RateReader(load_terms())


@pytest.mark.parametrize("between", ["", "并腾空房屋", "并交付房屋钥匙", "并完成搬迁"])
def test_each_signing_window_is_a_rate_with_its_days(reader: RateReader, between: str):
    text = (
        f"在签约期限第1日至第12日内签约{between}的，每户奖励9000元；"
        f"第13日至第25日内签约{between}的，每户奖励3500元。"
    )
    windows = [
        (rate.signing_day_from, rate.signing_day_to, rate.amount)
        for rate in reader.read(text)
        if rate.signing_day_from is not None
    ]
    assert windows == [(1, 12, 9000), (13, 25, 3500)]


def test_windows_by_calendar_date_count_from_the_first_signing_day():
    reader = RateReader(load_terms(), dt.date(2021, 11, 1))
    rates = reader.read("2021年11月1日至11月10日签约的，住宅每户奖励9000元；"
                        "2021年11月11日至11月30日签约的，住宅每户奖励4000元。")
    assert [(r.signing_day_from, r.signing_day_to, r.amount, r.property_use) for r in rates] == [
        (1, 10, 9000, "住宅"), (11, 30, 4000, "住宅")]
    spread = reader.read("非住宅在上述时段签约的，按建筑面积每平方米分别奖励50元、25元。")
    assert [(r.signing_day_from, r.amount, r.unit, r.basis) for r in spread] == [
        (1, 50, "元/m²", "per_m2"), (11, 25, "元/m²", "per_m2")]


def test_a_window_by_date_needs_the_signing_period():
    rates = RateReader(load_terms()).read("2021年11月1日至11月10日签约的，每户奖励9000元。")
    assert [rate.signing_day_from for rate in rates] == [None]
