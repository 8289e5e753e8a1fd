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


def test_a_group_named_by_a_long_piece_is_not_confused_by_another_groups_word(answerer, lexicon):
    """A distinctive piece of one group's name, and a two-character word another group's name
    holds, in one question: the group named is answered, not a choice between the two."""
    groups = lexicon.groups
    for group in groups:
        others = [g for g in groups if g != group]
        short = next((g[i:i + 2] for g in others for i in range(len(g) - 1)
                      if g[i:i + 2] not in group and sum(g[i:i + 2] in o for o in groups) == 1
                      and "\u4e00" <= g[i] <= "\u9fff"), None)
        core = group.removeprefix("大足区").removesuffix("工作领导小组").removesuffix("领导小组")
        if short is None or len(core) < 4:
            continue
        answer = answerer.ask(f"{core[-5:]}领导小组成员里，{short}的是哪个")
        assert answer.tool == "members_of_group" and answer.args["group"] == group, answer.answer
        return
    raise AssertionError("no group with a distinctive name beside another")
