"""With several issues in the data, 这期/本期 is the latest issue and 第N期 (or 20XX年第N期,
总第N期) the one named; questions about one issue answer from that issue only."""

from __future__ import annotations

import pytest

LATEST = "dazu-gongbao-2021-03"  # the newest of issue 1 and the dev fixtures


@pytest.fixture(scope="module")
def on_probation(expected_facts):
    """Who each dev issue appoints on probation, from the facts the fixtures list."""
    return {
        source_id: {a["person"] for a in block["appointments"] if a.get("probation")}
        for source_id, block in expected_facts.items()
        if block["split"] == "dev"
    }


def test_this_issue_is_the_latest_issue(dev_answerer, on_probation):
    answer = dev_answerer.ask("这期公报任命的人里头哪几个有试用期")
    assert answer.tool == "appointments_on_probation"
    assert all(person in answer.answer for person in on_probation[LATEST])
    earlier = set().union(*(people for issue, people in on_probation.items() if issue != LATEST))
    assert not [person for person in earlier if person in answer.answer]


def test_an_issue_named_by_year_and_number(dev_answerer, on_probation):
    answer = dev_answerer.ask("2021年第2期任命的干部哪些要试用一年")
    assert all(person in answer.answer for person in on_probation["dazu-gongbao-2021-02"])
    assert not [person for person in on_probation[LATEST] if person in answer.answer]


def test_an_issue_the_data_does_not_hold_is_not_found(dev_answerer):
    answer = dev_answerer.ask("第9期公报任命的人哪些有试用期")
    assert answer.kind == "no_data"
    assert "第9期" in answer.answer


def test_when_the_latest_issue_came_out(dev_answerer, expected_facts):
    answer = dev_answerer.ask("这期公报是哪天出版的")
    assert answer.tool == "issue_metadata"
    assert expected_facts[LATEST]["issue"]["published"] in answer.answer


def test_an_issue_named_with_the_gazettes_title_is_not_a_units_question(router):
    match = router.route("第1期区政府公报是哪天出的")
    assert match.tool == "issue_metadata"


def test_the_year_a_house_was_built_is_no_year_the_gazette_must_cover(answerer):
    answer = answerer.ask("我家砖混房子1995年修的，征收一平米补好多")
    assert answer.kind != "out_of_scope", answer.answer
    assert answerer.ask("1995年的常务会议说了啥").kind == "out_of_scope"


@pytest.mark.parametrize("question", ["2021年第7期公报登了些啥", "总第60期公报有啥子任免",
                                      "今年第8期的公报征收了哪些房子"])
def test_any_question_about_an_issue_the_data_does_not_hold_is_not_found(dev_answerer, question):
    answer = dev_answerer.ask(question)
    assert answer.kind == "no_data", answer.answer
    assert answer.answer.startswith("数据中没有") and "期公报：" in answer.answer


def test_a_numbered_session_without_the_gazette_names_no_issue(answerer):
    answer = answerer.ask("第9期培训班在哪里报名")
    assert "期公报：" not in answer.answer
