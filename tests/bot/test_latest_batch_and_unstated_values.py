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


def test_this_batch_means_the_latest_batch_of_the_department(seen_answerer):
    every = seen_answerer.ask("区医保局办理哪些政务服务事项")
    latest = seen_answerer.ask("区医保局这批下放了哪些事")
    assert latest.tool == "services_of_department"
    batches = re.findall(r"“[^”]+（(?:\d{4}年)?第.+?批）”", latest.answer.splitlines()[0])
    assert len(batches) == 1, latest.answer.splitlines()[0]
    assert len(re.findall(r"批）”", every.answer.splitlines()[0])) > 1


def test_an_issue_named_by_its_total_number_is_an_issue_asked_about(seen_answerer):
    for issue in seen_answerer.router.lexicon.issues[-3:]:
        total = re.search(r"总第\d+期", issue.name)
        if total is None:
            continue
        answer = seen_answerer.ask(f"{total.group(0)}是哪个月出的")
        assert answer.tool == "issue_metadata" and issue.name.split()[-1] in answer.answer


def test_a_price_asked_of_a_thing_no_sentence_names_is_not_stated(seen_answerer):
    answer = seen_answerer.ask("湖西安置小区物业费好多钱一个月")
    assert answer.kind == "not_stated" and "物业费" in answer.answer
