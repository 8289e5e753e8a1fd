"""Who took over a post, asked by naming the person who left it (X免了…副主任以后哪个接的): the
post's appointments, not the person's record; a house's assessed value asked in residents' word
for it (评估值) beside other items: its line among theirs."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def _a_removal_with_a_successor(database: Path) -> tuple[str, str, str, str]:
    """(who left, who was appointed, the department's short name, the position) of one post
    that a removal and an appointment share, from the data."""
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "select gone.person, new.person, d.name, gone.position from appointments gone "
            "join appointments new on new.post = gone.post and new.action = '任命' "
            "join departments d on d.department_id = gone.department_id "
            "where gone.action = '免去' and d.name like '区%' and gone.position != '' "
            "limit 1").fetchone()


def test_who_took_over_a_post_lists_the_posts_appointments(answerer, database: Path):
    gone, new, department, position = _a_removal_with_a_successor(database)
    answer = answerer.ask(f"{gone}免了{department.removeprefix('区')}{position}以后 哪个接的")
    assert answer.tool == "appointments_by_post"
    assert new in answer.answer and gone in answer.answer


def test_the_person_alone_is_still_their_own_record(answerer, database: Path):
    gone, _, _, _ = _a_removal_with_a_successor(database)
    assert answerer.ask(f"{gone}原来是干啥的").tool == "appointments_of_person"


def test_an_assessed_value_asked_beside_another_item_prints_both(answerer):
    answer = answerer.ask("成套混合结构80个平方 评估值好多 搬迁补助费又是好多")
    assert answer.tool == "estimate_compensation"
    assert "预评估价格" in answer.answer and "搬迁补助费" in answer.answer
    assert "合计约" not in answer.answer  # the items asked, not the whole estimate
