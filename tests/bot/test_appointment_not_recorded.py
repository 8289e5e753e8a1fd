"""Asked how a person was appointed when the gazette appoints them nowhere (they are only a
leading group's member): the appointment is not in the data, said first, then what is."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def member_only(answerer) -> str:
    """A person the data knows only as a leading group's member."""
    return next(
        person
        for person, roles in sorted(answerer.lexicon.persons.items())
        if roles == {"leading_group"} and len(person) == 3
    )


def test_an_appointment_asked_of_a_member_only_is_not_in_the_data(answerer, member_only):
    answer = answerer.ask(f"{member_only}被任命成啥了")
    assert answer.kind == "no_data"
    assert answer.answer.startswith(f"数据中没有{member_only}的任免记录")
    assert "领导小组" in answer.answer  # what the gazette does say of them


def test_what_a_member_only_is_answers_their_roles(answerer, member_only):
    answer = answerer.ask(f"{member_only}是干啥的")
    assert answer.kind == "tool" and "领导小组" in answer.answer


def test_a_name_one_character_off_is_offered_as_the_known_person(answerer, lexicon):
    person = next(p for p in lexicon.persons if len(p) == 3)
    typed = person[:2] + ("甲" if person[2] != "甲" else "乙")
    answer = answerer.ask(f"{typed}是什么官")
    assert answer.kind == "clarify"
    assert any(person in option.label for option in answer.options)


def test_a_named_person_is_answered_though_the_question_says_more(answerer, lexicon):
    person = next(p for p, roles in lexicon.persons.items() if "appointment" in roles)
    answer = answerer.ask(f"{person}现在当什么 原来在城管局是干什么的")
    assert answer.kind == "tool" and answer.tool == "appointments_of_person"
    assert person in answer.answer


def test_a_post_no_record_holds_is_refused_as_missing(answerer):
    answer = answerer.ask("区气象局局长是谁")
    assert answer.kind == "no_data" and answer.answer.startswith("数据中没有")


def test_a_change_of_hands_no_appointment_prints_is_not_stated_then_who_holds_the_title(answerer):
    held = answerer.ask("区教委主任是哪个")
    assert held.kind == "tool" and held.tool == "people_with_title"
    changed = answerer.ask("区教委主任换人没得 新任命的是哪个")
    assert changed.kind == "not_stated" and changed.answer.startswith("公报没有写明")
    assert held.answer in changed.answer  # what the gazette does say follows
