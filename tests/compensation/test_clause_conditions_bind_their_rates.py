"""A rate sentence's clauses give their rates the use and settlement mode they open with."""

from __future__ import annotations

import pytest

from scripts.parsers.rate_sentences import RateReader
from scripts.parsers.rate_terms import load_terms


@pytest.fixture(scope="module")
def reader() -> RateReader:
    return RateReader(load_terms())


def read(reader: RateReader, sentence: str):
    rates = reader.read(sentence)
    reader.qualify(sentence, rates)
    return {rate.amount: rate for rate in rates}


def test_a_clause_opening_with_a_mode_and_use_binds_both(reader):
    rates = read(reader, "选择产权调换的住房，每户每月补助900元，过渡期按20个月计；"
                         "超过过渡期的，自超期之月起每户每月补助1800元。")
    assert (rates[900].property_use, rates[900].settlement) == ("住宅", "产权调换")
    assert (rates[1800].property_use, rates[1800].settlement) == ("住宅", "产权调换")
    assert rates[20].settlement == "产权调换"


def test_a_clause_naming_its_own_use_takes_its_cap_with_it(reader):
    rates = read(reader, "住宅每户每次2000元；非住宅按建筑面积每平方米30元计发，最高不超过8000元。")
    assert rates[2000].property_use == "住宅"
    assert (rates[30].property_use, rates[8000].property_use) == ("非住宅", "非住宅")
    assert rates[8000].basis == "maximum_amount"


def test_the_item_name_before_the_first_clause_is_no_condition(reader):
    rates = read(reader, "货币补偿补助费。每户补助20000元。")
    assert (rates[20000].property_use, rates[20000].settlement) == (None, None)


def test_what_a_rate_says_itself_is_kept(reader):
    rates = read(reader, "非住宅按评估价值的6%计发；"
                         "住宅选择货币补偿的计发1次，选择产权调换的计发2次。")
    assert rates[6].property_use == "非住宅"
    assert rates[2].condition and "产权调换" in rates[2].condition


def test_a_reward_per_day_early_is_a_rate_per_day(reader):
    rates = read(reader, "以签约期截止日为基准，每提前1天奖励每户200元，最高不超过6000元；"
                         "非住宅每提前1天奖励每平方米2元。")
    assert (rates[200].unit, rates[200].basis) == ("元/户·日", "per_household_per_day")
    assert (rates[2].unit, rates[2].basis, rates[2].property_use) == (
        "元/m²·日", "per_m2_per_day", "非住宅")
    assert rates[6000].basis == "maximum_amount"
