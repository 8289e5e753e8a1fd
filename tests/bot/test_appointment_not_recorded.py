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
