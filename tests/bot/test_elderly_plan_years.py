"""A facility plan asked about one year answers that year's plan; added up, every year's."""

from __future__ import annotations

import re


def _years(answer: str) -> set[str]:
    return set(re.findall(r"(20\d{2})年", answer))


def test_the_year_asked_narrows_the_plan_to_it(answerer):
    everything = answerer.ask("村级互助养老点计划建几个")
    assert len(_years(everything.answer)) >= 2  # the plan spans several years
    asked = sorted(_years(everything.answer))[-1]
    one_year = answerer.ask(f"{asked}年要建村级互助养老点的有哪些镇")
    assert one_year.tool == "elderly_plan_totals" and _years(one_year.answer) == {asked}
    added_up = answerer.ask(f"村级互助养老点{asked}年要建几个，两年加起来一共几个")
    assert _years(added_up.answer) == _years(everything.answer)
