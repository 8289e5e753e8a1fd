"""Deadline texts of task tables in the wordings plans print them."""

from __future__ import annotations

import datetime as dt

import pytest

from scripts.parsers.tasks import header_roles, task_columns
from scripts.text import deadline_year, parse_deadline, period_dates


@pytest.mark.parametrize(("printed", "due"), [
    ("2022年3月15日前", "2022-03-15"),
    ("2022年5月底前", "2022-05-31"),
    ("2022年2月", "2022-02-28"),
    ("2022年底", "2022-12-31"),
    ("2022年第二季度", "2022-06-30"),
    ("2022年上半年", "2022-06-30"),
    ("2022年3月至11月", "2022-11-30"),
    ("2022年1月上旬", "2022-01-10"),
    ("2021年12月中旬", "2021-12-20"),
    ("2021年12月下旬", "2021-12-31"),
    ("2022年6月底前完成摸排，2022年10月底前完成整改", "2022-10-31"),
    ("2024.03.15", "2024-03-15"),
    ("2024.7", "2024-07-31"),
])
def test_a_deadline_with_its_year_names_the_last_day_it_allows(printed, due):
    assert parse_deadline(printed) == dt.date.fromisoformat(due)


def test_a_year_printed_before_年内_is_the_deadlines_year_not_the_plans():
    assert parse_deadline("2031年内", 2033) == dt.date(2031, 12, 31)


@pytest.mark.parametrize(("printed", "due"), [
    ("年底前", "2022-12-31"),
    ("11月30日前", "2022-11-30"),
    ("第四季度", "2022-12-31"),
    ("年内", "2022-12-31"),
])
def test_a_deadline_without_a_year_falls_in_the_plans_year(printed, due):
    assert parse_deadline(printed) is None
    assert parse_deadline(printed, 2022) == dt.date.fromisoformat(due)


@pytest.mark.parametrize("printed", ["持续推进", "按季度推进", "每季度末", "长期坚持", "6个月内",
                                     "每年10月底前报送", "完成2.5万户改造",
                                     "2024年7月起", "自2023年3月开始", "2023年起每年10月"])
def test_a_deadline_naming_no_date_gives_none(printed):
    assert parse_deadline(printed, 2022) is None


def test_the_plans_year_is_in_its_title_else_the_signing_year():
    assert deadline_year("大足区2022年防汛工作要点", dt.date(2021, 12, 30)) == 2022
    assert deadline_year("大足区防汛工作要点", dt.date(2021, 12, 30)) == 2021


def test_an_uncurated_task_column_beside_a_group_column_holds_the_task():
    roles = header_roles(None)
    header = ["序号", "任务类别", "攻坚事项", "牵头部门", "协办单位", "时限要求"]
    columns = task_columns(header, roles)
    assert (columns.campaign, columns.content) == (1, 2)
    assert columns.unknown == ["攻坚事项"]


@pytest.mark.parametrize(("printed", "dates"), [
    ("2039年6月10日—7月9日", [dt.date(2039, 6, 10), dt.date(2039, 7, 9)]),
    ("2039.6.10—2039.7.9", [dt.date(2039, 6, 10), dt.date(2039, 7, 9)]),  # dotted
])
def test_a_periods_dates_printed_in_words_or_with_dots(printed, dates):
    assert period_dates(printed) == dates
