"""How many tasks a plan lists: the plan is the one most texts holding the question's words
belong to, and every task of it is counted (not only those that hold the words)."""

from __future__ import annotations

import sqlite3

import pytest

from bot.domains.tasks import _when


@pytest.fixture(scope="module")
def river_plan(expected_facts):
    """The dev fixture's 河长制 task table, as its facts list it."""
    (table,) = [
        t for t in expected_facts["dazu-gongbao-2021-02"]["tasks"] if "河长制" in t["table_title"]
    ]
    return table


def test_a_plan_named_by_its_subject_counts_all_its_tasks(dev_answerer, river_plan):
    answer = dev_answerer.ask("河长制的任务清单一共有好多项")
    assert answer.tool == "tasks_by_keyword"
    assert f"共{river_plan['count']}项" in answer.answer
    assert river_plan["doc_number"] in answer.answer


def test_a_task_question_without_a_count_is_not_counted(dev_answerer, river_plan):
    sample = river_plan["samples"][0]
    answer = dev_answerer.ask(f"{sample['task_prefix']}是哪个单位牵头")
    assert sample["lead_units"][0] in answer.answer
    assert f"共{river_plan['count']}项" not in answer.answer



def test_a_campaign_named_gives_its_own_lead_beside_the_tasks_units(answerer, database):
    """…行动(牵头单位:区商务委): the campaign's lead, which no task row's units print."""
    import sqlite3

    with sqlite3.connect(database) as connection:
        campaign, lead = connection.execute(
            "select campaign, campaign_lead from tasks where campaign_lead is not null "
            "and coalesce(lead_units, '') not like '%' || campaign_lead || '%' limit 1").fetchone()
    answer = answerer.ask(f"{campaign}是哪个单位牵头")
    assert answer.tool == "tasks_by_keyword"
    assert f"（牵头单位：{lead}）" in answer.answer


def test_a_plan_named_by_a_short_form_of_its_title_narrows_the_tasks():
    from bot.domains.tasks import _in_named_plan

    rows = [{"plan": "大足区城区公共厕所提质改造三年行动方案", "sign_date": "2030-01-01"},
            {"plan": "大足区农村供水保障提升攻坚行动方案", "sign_date": "2030-02-01"}]
    kept, plan = _in_named_plan("公厕方案里头3月底前要完成哪些事", rows)
    assert plan == rows[0]["plan"] and kept == rows[:1]
    assert _in_named_plan("方案里头3月底前要完成哪些事", rows) == (rows, "")


def test_a_listed_tasks_deadline_is_shown_as_printed_and_as_the_date_read():
    assert _when({"deadline_text": "2025年12月20日以前", "deadline": "2025-12-20"}) == (
        "2025年12月20日以前（2025-12-20）")
    assert _when({"deadline_text": "2025-12-20", "deadline": "2025-12-20"}) == "2025-12-20"
    assert _when({"deadline_text": "", "deadline": None}) == "未写时限"


def test_asking_for_a_units_work_tasks_names_no_plan(answerer, database):
    """有哪些工作任务: every plan's tasks of a unit in two plans, only one of whose titles has
    工作, not that plan's alone."""
    with sqlite3.connect(database) as connection:
        (unit,) = connection.execute(
            "select d.name from task_departments l "
            "join tasks t on t.task_id = l.task_id join departments d on d.department_id = "
            "l.department_id group by d.name having count(distinct t.plan) = 2 and "
            "count(distinct case when t.plan like '%工作%' then t.plan end) = 1 "
            "order by count(*) desc limit 1").fetchone()
    first_line = answerer.ask(f"{unit}有哪些工作任务").answer.splitlines()[0]
    assert first_line.startswith(f"{unit}的工作任务共"), first_line
