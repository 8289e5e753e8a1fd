"""With several issues, the latest applies by default: of tasks or passages that answer as
well, the latest issue's come first."""

from __future__ import annotations

from bot.domains.passages import _newest_first
from bot.domains.tasks import by_relevance


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
