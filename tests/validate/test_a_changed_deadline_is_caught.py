"""A changed deadline is caught: rows are traced by their whole text, not their first characters."""

from __future__ import annotations

import re


def dated_task(copy):
    """A task whose deadline text names a month (2021年6月底前) and is printed on its line."""
    for task in copy.rows("tasks"):
        match = re.search(r"(\d{4})年(\d{1,2})月底", task["deadline_text"])
        line = copy.line(task["source_id"], int(task["source_line"]))
        if match and task["deadline_text"] in line:
            return task, match
    raise AssertionError("no dated task")


def other_month(match) -> str:
    return str(int(match[2]) % 12 + 1)


def test_a_changed_deadline_text_and_date_in_the_package_are_caught(copy):
    task, match = dated_task(copy)
    changed = task["deadline_text"].replace(f"{match[2]}月", f"{other_month(match)}月", 1)

    def change(rows):
        for row in rows:
            if row["task_id"] == task["task_id"]:
                row["deadline_text"] = changed
        return rows

    copy.corrupt("tasks", change)
    found = copy.problems()
    assert any("field deadline_text" in p and changed[:20] in p for p in found), found


def test_a_changed_deadline_date_alone_is_caught(copy):
    task, _ = dated_task(copy)

    def change(rows):
        for row in rows:
            if row["task_id"] == task["task_id"]:
                row["deadline"] = "2029-01-31"
        return rows

    copy.corrupt("tasks", change)
    found = copy.problems()
    assert any("field deadline: 2029-01-31" in p and task["deadline"] in p for p in found), found


def test_a_change_past_the_first_characters_of_a_row_is_caught(copy):
    task = next(t for t in copy.rows("tasks") if len(t["content"]) > 30)

    def change(rows):
        for row in rows:
            if row["task_id"] == task["task_id"]:
                row["content"] = row["content"][:20] + "另行" + row["content"][20:]
        return rows

    copy.corrupt("tasks", change)
    assert any("field content" in p for p in copy.problems())


def test_a_deadline_changed_in_the_gazette_is_caught(copy):
    """Source side: the printed deadline on the task's line names another month."""
    task, match = dated_task(copy)
    line = int(task["source_line"])
    printed = f"{match[1]}年{match[2]}月底"
    copy.edit_line(task["source_id"], line, printed, f"{match[1]}年{other_month(match)}月底")
    found = copy.problems()
    assert any("field deadline_text" in p and f"line {line}" in p for p in found), found
