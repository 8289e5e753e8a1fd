"""Tasks dropped at the end of a plan, or all of a document's tasks, are caught.

The numbering check sees no gap when the last task goes; every row printed in a task table
must be held by a task.
"""

from __future__ import annotations

from collections import defaultdict


def tasks_by_document(copy):
    found = defaultdict(list)
    for task in copy.rows("tasks"):
        found[task["document_id"]].append(task)
    return found


def test_dropping_the_last_task_of_each_plan_is_caught(copy):
    for document_id, tasks in tasks_by_document(copy).items():
        last = tasks[-1]
        copy.corrupt("tasks", lambda rows, last=last: [r for r in rows if r != last])
        found = copy.problems()
        assert any(
            "held by no task" in p and f"line(s) [{last['source_line']}" in p for p in found
        ), (document_id, found)
        copy.corrupt("tasks", lambda rows, last=last: [*rows, last])


def test_dropping_every_task_of_a_document_is_caught(copy):
    document_id = next(iter(tasks_by_document(copy)))
    copy.corrupt("tasks", lambda rows: [r for r in rows if r["document_id"] != document_id])
    found = copy.problems()
    assert any("held by no task" in p and "(0 tasks)" in p for p in found), found


def test_a_row_printed_after_the_last_task_is_caught(copy):
    """Source side: the gazette prints one more task row than the package holds."""
    tasks = tasks_by_document(copy)
    document_id, rows = next(iter(tasks.items()))
    document = next(d for d in copy.rows("documents") if d["document_id"] == document_id)
    last_line = max(int(task["source_line"]) for task in rows)
    blank = next(
        line
        for line in range(last_line + 1, int(document["end_line"]) + 1)
        if not copy.line(document["source_id"], line).strip()
    )
    copy.edit_line(
        document["source_id"], blank, "", "\t\t新增一项未入库的工作任务内容\t区消防救援支队"
    )
    found = copy.problems()
    assert any("held by no task" in p and f"[{blank}]" in p for p in found), found
