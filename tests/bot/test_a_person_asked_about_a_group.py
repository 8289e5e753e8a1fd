"""A person who holds both a post and a place in a leading group: asked about a group, the
roles they hold there answer; asked about their post, their appointments do."""

from __future__ import annotations


def test_a_question_about_a_group_answers_the_roles_held_there(seen_answerer):
    persons = seen_answerer.lexicon.persons
    person = next(name for name, roles in sorted(persons.items())
                  if {"appointment", "leading_group"} <= roles and len(name) >= 2)
    in_group = seen_answerer.ask(f"{person}在那个领导小组头是啥子")
    assert in_group.tool == "roles_of_person" and "组" in in_group.answer
    appointed = seen_answerer.ask(f"{person}被任命为什么职务")
    assert appointed.tool == "appointments_of_person"
