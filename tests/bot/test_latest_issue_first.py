"""With several issues, the latest applies by default: of tasks or passages that answer as
well, the latest issue's come first."""

from __future__ import annotations

from bot.domains.passages import _newest_first
from bot.domains.tasks import _in_named_plan, by_relevance


def test_of_tasks_as_relevant_the_latest_plans_comes_first():
    rows = [{"content": "在学校门口设置护学岗", "sign_date": "2030-03-01", "plan": "旧方案"},
            {"content": "设置护学岗", "sign_date": "2031-08-01", "plan": "新方案"},
            {"content": "校门口护学岗每日值守", "sign_date": "2029-01-01", "plan": "更旧方案"}]
    assert [row["plan"] for row in by_relevance("护学岗哪个单位负责", rows)] == [
        "新方案", "旧方案", "更旧方案"]
    assert by_relevance("校门口护学岗值守", rows)[0]["plan"] == "更旧方案"  # more of it said


def test_passages_of_the_latest_issue_sort_first():
    rows = [{"published": "2030-05-10"}, {"published": "2031-02-01"}, {"published": None}]
    assert [row["published"] for row in sorted(rows, key=_newest_first)] == [
        "2031-02-01", "2030-05-10", None]


def test_a_plan_named_alike_over_several_years_is_the_latest():
    rows = [{"plan": f"大足区{years}年{topic}方案", "sign_date": signed, "content": content}
            for years, topic, signed, content in (
                ("2029—2030", "秋冬季扬尘治理", "2029-10-01", "甲"),
                ("2031—2032", "秋冬季扬尘治理", "2031-10-01", "乙"),
                ("2032", "防溺水工作", "2032-05-01", "丙"))]
    chosen, plan = _in_named_plan("城管局在秋冬季扬尘治理里头负责啥", rows)
    assert plan.startswith("大足区2031") and [row["content"] for row in chosen] == ["乙"]
    chosen, plan = _in_named_plan("城管局在2029—2030年秋冬季扬尘治理里头负责啥", rows)
    assert plan.startswith("大足区2029")
    # a deadline asked names no plan of that year
    chosen, plan = _in_named_plan("2029年底前扬尘治理要完成啥", rows)
    assert plan.startswith("大足区2031")


def test_this_time_means_the_latest_issue(router, lexicon):
    domain = next(d for group in router.registry.groups for d in group
                  if type(d).__name__ == "Appointments")
    for wording in ("这回任命的哪几个有试用期", "这次任命的干部哪些有试用期"):
        assert domain.issue_named(wording) == lexicon.issues[-1]


def test_the_newest_holder_of_a_post_is_said_first(answerer):
    answer = answerer.ask("应急管理局新任副局长是谁")
    assert answer.tool == "appointments_by_post"
    assert answer.answer.startswith("最近一次任命：") and "任命" in answer.answer.splitlines()[0]


def test_who_is_new_in_a_post_lists_the_appointments_and_who_left_when_asked(answerer):
    asked = answerer.ask("畜牧渔业发展中心主任现在是哪个")
    both = answerer.ask("畜牧渔业发展中心主任新来的是哪个，走的是哪个")
    def removals(answer):  # listed removals, not another post the same notice names
        return [line for line in answer.answer.splitlines()
                if line[:1].isdigit() and "免去" in line.split("；同一通知")[0]]

    assert "最近一次任命" in asked.answer and not removals(asked)
    assert removals(both)
