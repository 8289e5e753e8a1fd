"""Every question of a message is answered: a clearly separate one (after ？, 另外, 顺便问下)
that no structured domain proves is answered from a passage of the text; a word split off at
还有 is no question of its own; a later question that finds nothing alone (现场办公在哪) is
read with the one before it, whose subject it leaves out."""

from __future__ import annotations

import sqlite3


def test_a_separate_question_only_the_text_answers_gets_its_passage(dev_answerer):
    answer = dev_answerer.ask("五金市场签约哪天截止？顺便问下城市生活污水集中处理率要达到好多")
    assert "2021-07-04" in answer.answer  # the project's signing period
    assert "96%" in answer.answer  # the plan's target, a sentence of its text


def test_a_word_split_off_at_haiyou_is_not_a_question_of_its_own(dev_answerer):
    answer = dev_answerer.ask("五金市场住房7月10号才去签约还有奖励没得")
    assert not answer.answer.startswith("1.")


def test_a_later_question_leaving_out_its_subject_is_read_with_the_one_before(answerer,
                                                                               database):
    with sqlite3.connect(database) as connection:
        project, address = connection.execute(
            "select name, office_address from compensation_projects "
            "where office_address is not null limit 1").fetchone()
    place = project[:6]  # a piece of the project's name, as residents say it
    answer = answerer.ask(f"{place}那个征收签约从哪天开始？现场办公在哪个地方")
    second = answer.answer.split("\n\n2. ", 1)[1]
    assert address in second


def test_one_tool_asked_of_two_things_between_commas_answers_both(answerer):
    answer = answerer.ask("办护照找哪个部门，驾驶证补办又找哪个")
    first, second = answer.answer.split("\n\n2. ", 1)
    assert "护照" in first and "驾驶证" in second


def test_a_clause_asking_nothing_is_the_next_ones_context_not_a_question(answerer):
    """屋头有…，还有两部座机电话，一共补好多: the house described, one question."""
    answer = answerer.ask("屋头有数字电视、天然气表，还有两部座机电话，这些一共补好多")
    assert not answer.answer.startswith("1.")
    assert answer.tool == "estimate_compensation"


def test_a_later_question_naming_nothing_asks_about_the_subject_named_before(answerer,
                                                                           database):
    """…赔多少？由哪个部门认定: the second question is about the peril of the first, not a
    service item with 认定 in its name."""
    with sqlite3.connect(database) as connection:
        department, duty = connection.execute(
            "select department, duty from insurance_duties where duty like '%认定%' "
            "and duty not like '%、%' limit 1").fetchone()
    peril = duty.split("对", 1)[1].split("导致", 1)[0].removeprefix("辖区")[:4]
    answer = answerer.ask(f"巨灾保险{peril}死了赔好多？由哪个部门认定")
    second = answer.answer.split("\n\n2. ", 1)[1]
    assert department in second, answer.answer
    assert "政务服务事项" not in second
