"""A facility plan asked about one year answers that year's plan, added up every year's; the towns
that build a kind of facility are listed with how many each builds."""

from __future__ import annotations

import re


def _years(answer: str) -> set[str]:
    return set(re.findall(r"(20\d{2})年", answer))


def test_the_year_asked_narrows_the_plan_to_it(answerer):
    everything = answerer.ask("村级互助养老点计划建几个")
    assert len(_years(everything.answer)) >= 2  # the plan spans several years
    asked = sorted(_years(everything.answer))[-1]
    one_year = answerer.ask(f"{asked}年要建几个村级互助养老点")
    assert one_year.tool == "elderly_plan_totals" and _years(one_year.answer) == {asked}
    added_up = answerer.ask(f"村级互助养老点{asked}年要建几个，两年加起来一共几个")
    assert _years(added_up.answer) == _years(everything.answer)


def test_the_towns_that_build_a_kind_of_facility_in_a_year(answerer):
    everything = answerer.ask("村级互助养老点计划建几个")
    asked = sorted(_years(everything.answer))[-1]
    towns = answerer.ask(f"{asked}年要建村级互助养老点的是哪几个镇")
    assert towns.tool == "elderly_towns_of_facility"
    assert _years(towns.answer) == {asked} and "镇" in towns.answer
    assert all(f"（{row['planned_count']}个）" in towns.answer for row in towns.rows)


def test_how_many_in_all_adds_the_years_plans_up(answerer):
    answer = answerer.ask("村级互助养老点一共要建好多个")
    per_year = [int(n) for n in re.findall(r"20\d{2}年(\d+)个", answer.answer)]
    assert len(per_year) >= 2  # the plan spans several years
    assert f"各年合计{sum(per_year)}个" in answer.answer
