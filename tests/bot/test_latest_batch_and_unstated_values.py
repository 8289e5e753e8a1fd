"""A catalogue named without its batch means its latest batch; a person's age, which no notice
prints, is said to be not stated; an issue's date is printed as the gazette prints dates."""

from __future__ import annotations

import re


def test_a_catalogue_named_without_a_batch_lists_its_latest_batch(seen_answerer):
    answer = seen_answerer.ask("区医保局有哪些就近办的事项")
    assert answer.tool == "services_of_department"
    batches = re.findall(r"“就近办（((?:\d{4}年)?第.+?批)）”", answer.answer.splitlines()[0])
    assert len(batches) == 1, answer.answer.splitlines()[0]
    every = seen_answerer.ask("区医保局办理哪些政务服务事项")  # no catalogue named: all
    assert len(re.findall(r"批）”", every.answer.splitlines()[0])) > 1


def test_an_age_no_notice_prints_is_not_stated(answerer):
    answer = answerer.ask("朱福丰今年多大年纪了")
    assert answer.kind == "not_stated" and "年龄" in answer.answer


def test_the_issue_date_is_printed_as_the_gazette_prints_it(answerer):
    answer = answerer.ask("这期公报是哪天出版的")
    printed = r"\d{4}年\d{1,2}月\d{1,2}日（\d{4}-\d{2}-\d{2}）"
    assert re.search(printed, answer.answer), answer.answer
    assert "主办：" not in answer.answer
