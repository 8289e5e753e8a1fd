"""The compensation estimate reads every rate from the table and shows its arithmetic."""

from __future__ import annotations

import copy

import pytest

from bot.estimate import (
    NO_DECORATION,
    EstimateError,
    Household,
    RateTable,
    estimate,
    inputs_of,
    item_amount,
)
from tests.bot.synthetic_rates import HOMES, rate

RESIDENTIAL = "住宅类（成套）混合结构"
OFFICE = "办公（含其他配套用房、90年代及以前）混合结构"


@pytest.fixture(scope="module")
def rows(answerer):
    return answerer.tools["compensation_rates_of_project"].invoke({"project": "龙岗"})["rows"]


def line(result, label):
    return next(line for line in result.lines if line.label.startswith(label))


def test_cash_subsidy_for_90_square_metres_is_21000_plus_20_steps(rows):
    result = estimate(RateTable(rows), 90, RESIDENTIAL)
    cash = line(result, "货币补偿补助费")
    assert cash.amount == 21000 + 20 * 300 == 27000
    assert "21000 + 20 × 300" in cash.formula


def test_relocation_subsidy_counts_whole_10_square_metre_steps(rows):
    assert line(estimate(RateTable(rows), 90, RESIDENTIAL), "搬迁补助费").amount == 1000 + 2 * 200
    assert line(estimate(RateTable(rows), 79.5, RESIDENTIAL), "搬迁补助费").amount == 1000
    assert line(estimate(RateTable(rows), 60, RESIDENTIAL), "搬迁补助费").amount == 1000


def test_early_signing_reward_is_capped_at_the_printed_maximum(rows):
    ten = estimate(RateTable(rows), 90, RESIDENTIAL, days_early=10)
    forty = estimate(RateTable(rows), 90, RESIDENTIAL, days_early=40)
    assert line(ten, "提前签约").amount == 2000
    assert line(forty, "提前签约").amount == 200 * 30
    assert "最多计30天" in line(forty, "提前签约").formula


def test_assessed_value_and_decoration_are_per_square_metre(rows):
    result = estimate(RateTable(rows), 90, RESIDENTIAL, "中装", 10)
    assert line(result, "预评估价格").amount == 3960 * 90
    assert line(result, "装饰装修补偿").amount == 110 * 90
    assert result.total == 356400 + 9900 + 1400 + 27000 + 2000


def test_no_decoration_is_noted_not_counted(rows):
    result = estimate(RateTable(rows), 90, RESIDENTIAL, NO_DECORATION)
    assert not any(line.label.startswith("装饰装修") for line in result.lines)
    assert any("简易装饰装修80元/m²" in note for note in result.notes)


def test_non_residential_cash_subsidy_is_5_percent_with_a_floor(rows):
    office = estimate(RateTable(rows), 200, OFFICE)
    assert line(office, "货币补偿补助费").amount == 4160 * 200 * 0.05
    small = estimate(RateTable(rows), 50, "工业划拨砖木结构")
    assert line(small, "货币补偿补助费").amount == 15000  # 2920 × 50 × 5% = 7300 < 15000


def test_non_residential_use_is_matched_or_left_to_the_resident(rows):
    office = estimate(RateTable(rows), 200, OFFICE)
    assert line(office, "搬迁补助费").amount == 20 * 200
    industrial = estimate(RateTable(rows), 100, "工业划拨砖木结构")
    assert not any(line.label.startswith("搬迁补助费") for line in industrial.lines)
    assert any("按实际用途另算" in note for note in industrial.notes)


def test_every_amount_comes_from_the_rate_rows(rows):
    changed = copy.deepcopy(rows)
    for row in changed:
        if row["category"] == "货币补偿补助费" and row["basis"] == "per_household":
            row["amount"] = 30000
        if row["category"] == "货币补偿补助费" and row["basis"] == "per_step_above_threshold":
            row["threshold_m2"] = 80
    result = estimate(RateTable(changed), 90, RESIDENTIAL)
    assert line(result, "货币补偿补助费").amount == 30000 + 10 * 300


def test_unknown_structure_or_decoration_is_an_error(rows):
    with pytest.raises(EstimateError, match="可选"):
        estimate(RateTable(rows), 90, "钢结构")
    with pytest.raises(EstimateError):
        estimate(RateTable(rows), 90, RESIDENTIAL, "豪华装修")
    with pytest.raises(EstimateError):
        RateTable([])


def test_small_homes_are_told_about_the_guaranteed_minimum_area(rows):
    result = estimate(RateTable(rows), 28, RESIDENTIAL)
    assert any("保底面积30m²或45m²" in note for note in result.notes)


def test_a_household_that_says_it_qualifies_is_paid_for_the_guaranteed_minimum_area(rows):
    floors = [row for row in rows if row["basis"] == "area_floor" and row.get("condition")]
    small = min(floors, key=lambda row: row["amount"])
    persons = small.get("max_persons") or small.get("min_persons")
    area = small["amount"] - 5
    plain = estimate(RateTable(rows), area, RESIDENTIAL, persons=persons)
    told = estimate(RateTable(rows), area, RESIDENTIAL, persons=persons,
                    qualified=(small["category"],))
    price = next(row["amount"] for row in rows if row["item"] == RESIDENTIAL)
    assert plain.lines[0].amount == price * area
    assert told.lines[0].amount == price * small["amount"]
    assert any("须经核查" in note for note in told.notes)


def test_single_items_come_from_the_rows_with_their_steps(rows):

    table = RateTable(rows)
    base, step = (
        next(r for r in rows if r["category"] == "货币补偿补助费" and r["basis"] == basis)
        for basis in ("per_household", "per_step_above_threshold")
    )
    cash = item_amount(table, "货币补偿补助费", Household(90, RESIDENTIAL))
    steps = (90 - step["threshold_m2"]) // step["step_m2"]
    assert cash.amount == base["amount"] + steps * step["amount"] == 27000
    assert f"{int(base['amount'])} + {int(steps)} × {int(step['amount'])}" in cash.formula
    (reward,) = [
        r for r in rows if r["category"] == "提前签约搬迁奖励" and r["property_use"] == "住宅"
    ]
    early = item_amount(table, "提前签约搬迁奖励", Household(90, RESIDENTIAL, days_early=10))
    assert early.amount == reward["amount"] * 10 == 2000


def test_inputs_of_an_item_are_what_its_rows_need(rows):

    table = RateTable(rows)
    assert "days_early" in inputs_of(table, "提前签约搬迁奖励")
    assert "area_m2" in inputs_of(table, "货币补偿补助费")
    assert "settlement" in inputs_of(table, "搬迁补助费")
    assert "decoration" in inputs_of(table, "装饰装修补偿")
    assert "days_early" not in inputs_of(table, "货币补偿补助费")


def test_a_signing_day_counts_the_days_left_in_the_period(rows):
    table = RateTable(rows)
    period = int(rows[0]["signing_days"])
    on_day = estimate(table, 90, RESIDENTIAL, signing_day=period - 7)
    assert line(on_day, "提前签约").amount == 200 * 7
    assert on_day.signing_day == period - 7


def test_the_settlement_chosen_is_kept_and_counts_the_times_paid(rows):
    swap = estimate(RateTable(rows), 90, RESIDENTIAL, settlement="产权调换")
    cash = estimate(RateTable(rows), 90, RESIDENTIAL)
    assert swap.settlement == "产权调换" and cash.settlement == "货币补偿"
    assert line(swap, "搬迁补助费").amount == 2 * line(cash, "搬迁补助费").amount


def test_a_base_banded_up_to_a_steps_threshold_is_the_steps_base():
    moving = [
        rate("搬家补助费", "住宅，建筑面积70平方米以内", "per_household_per_time", 1200,
             "元/户·次", property_use="住宅", area_to_m2=70, area_bounds="(]"),
        rate("搬家补助费", "住宅超出面积递增", "per_step_above_threshold", 15, "元/户·次",
             property_use="住宅", threshold_m2=70, step_m2=1),
        rate("搬家补助费", "计发次数", "times", 1, "次", property_use="住宅"),
    ]
    table = RateTable([*HOMES, *moving])
    home = "住宅（成套）砖混结构"
    assert item_amount(table, "搬家补助费", Household(60, home)).amount == 1200
    larger = item_amount(table, "搬家补助费", Household(85, home))
    assert larger.amount == 1200 + 15 * 15
