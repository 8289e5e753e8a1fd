"""A name in a question is sometimes only its context: a town beside something no tool reads
(铁山镇天气咋样), a person whose successor or fellow members are asked (免了张三，后头补上的是
哪个; 一个是张三，另一个是哪个). And a message of two questions answers each, the one the data
lacks included."""

from __future__ import annotations

import sqlite3

import pytest


@pytest.fixture(scope="module")
def connection(database):
    with sqlite3.connect(database) as connection:
        connection.row_factory = sqlite3.Row
        yield connection


def test_a_town_beside_something_no_tool_reads_is_not_asked_for_its_tasks(answerer, connection):
    (town,) = connection.execute(
        "select name from departments where kind = '镇街' and name like '%镇' limit 1").fetchone()
    for asked in ("天气咋样", "今天人多不多", "哪个馆子的豆花最巴适"):
        answer = answerer.ask(f"{town}{asked}")
        assert answer.kind in ("no_data", "out_of_scope"), asked
        assert answer.tool != "tasks_of_unit"
    assert answerer.ask(f"{town}有哪些任务").tool == "tasks_of_unit"


def test_a_successor_asked_of_a_person_is_found_by_the_post_they_left(router, connection):
    removed = connection.execute(
        "select a.person, d.name from appointments a join departments d using (department_id) "
        "where a.action != '任命' and (select count(distinct department_id) from appointments b "
        "where b.person = a.person and b.action != '任命') = 1 limit 1").fetchone()
    route = router.invoke(f"先免了{removed['person']} 后头补上的是哪个")
    assert (route.tool, route.args) == ("appointments_by_post", {"post": removed["name"]})


def test_the_other_members_asked_beside_a_person_are_the_groups(router, connection):
    group, member = connection.execute(
        "select g.name, m.name from leading_group_members m join leading_groups g using (group_id) "
        "where m.role = '副组长' and m.name is not null limit 1").fetchone()
    route = router.invoke(f"{group}两个副组长 一个是{member} 另一个是哪个")
    assert (route.tool, route.args) == ("members_of_group", {"group": group})


def test_besides_one_person_is_one_question(router):
    clauses, _ = router.clauses("除了张三还有哪个是副组长")
    assert clauses == ["除了张三还有哪个是副组长"]


def test_a_separate_question_the_data_lacks_is_answered_beside_the_other(answerer):
    answer = answerer.ask("护照在哪办？还有宠物美容店执照在哪办")
    first, second = answer.answer.split("\n\n2. ", 1)
    assert "护照" in first
    assert second.split("\n", 1)[1].startswith("数据中没有")
    assert "护照" not in second  # never the first question's answer read into the second


def test_which_places_get_a_facility_are_its_towns(router, connection):
    facility = connection.execute(
        "select facility_kind from elderly_facility_plan group by facility_kind "
        "having count(*) > 1 limit 1").fetchone()[0]
    route = router.invoke(f"{facility}建在哪几个地方")
    assert route.tool == "elderly_towns_of_facility"
    assert route.args["facility"] == facility


@pytest.mark.parametrize("request_", ["帮我写个婚礼致辞嘛", "帮我起草一份请假条",
                                      "后天城区要落雨不嘛"])
def test_requests_to_write_something_or_for_the_weather_are_out_of_scope(answerer, request_):
    assert answerer.ask(request_).kind == "out_of_scope"
