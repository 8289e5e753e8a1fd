"""A catalogue is answered with the notice that published it; ranking asks the counts."""

from __future__ import annotations

import re


def test_a_catalogue_names_its_notice_and_date(answerer):
    answer = answerer.ask("就近办清单是什么时候印发的，有几项")
    assert answer.tool == "services_in_catalogue"
    assert re.search(r"（大足府办发〔\d{4}〕\d+号，\d{4}-\d{2}-\d{2}印发）共\d+项", answer.answer)


def test_a_ranking_inside_a_catalogue_asks_the_departments_counts(answerer):
    answer = answerer.ask("就近办清单里事项排第三多的是哪个部门")
    assert answer.tool == "service_counts_by_department"
    assert re.search(r"^3\. \S+ \d+项$", answer.answer, re.MULTILINE)
