"""A reward by signing day is read whatever the clause adds after 签约 (并腾空房屋, 并交房 …)."""

from __future__ import annotations

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
