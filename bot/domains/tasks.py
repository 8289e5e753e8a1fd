"""Work tasks of the plans: a unit's tasks, tasks due by a date, the task about a subject."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from bot import vocabulary as words
from bot.compose import numbered, relevance, shorten
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.matching import BaseDomain, abbreviated, as_printed, without_names

FULL_TEXTS = 5  # a unit's tasks listed with their whole texts when there are this few
NAME = "task"


class Tasks(BaseDomain):
    name = NAME
    tools = ("tasks_of_unit", "tasks_due_by", "tasks_by_keyword")

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self.writers = {
            "tasks_of_unit": self._tasks_of_unit,
            "tasks_due_by": self._tasks_due_by,
            "tasks_by_keyword": self._tasks_by_keyword,
        }

    def match(self, question: Question) -> Match | None:
        text = question.text
        cues = len(question.found(words.TASK))
        deadline = self.deadline(text)
        if deadline and (question.has(words.DEADLINE) or question.has(words.TASK)):
            evidence = Evidence(Proof.NAME, 1, 1, cues + len(question.found(words.DEADLINE)))
            return tool_match("tasks_due_by", {"date": deadline}, evidence, NAME)
        departments = self.departments(question, towns=True)
        if departments and cues and not self._place_of_a_task(question):
            unit = self.lexicon.department_names[departments[0]]
            evidence = Evidence(Proof.NAME, 1, 1, cues)
            return tool_match("tasks_of_unit", {"unit": unit}, evidence, NAME)
        text = as_printed(without_names(question))  # 电瓶车 as the tasks print it
        keyword = self.keyword(text, self.lexicon.tasks, min_score=2)
        plan = self._plan_counted(question, keyword) if keyword else None
        if plan:
            evidence = Evidence(Proof.NAME, 1, 1, cues + 1, len(keyword or ""))
            return tool_match("tasks_by_keyword", {"keyword": plan}, evidence, NAME)
        if keyword and cues:
            # A cue word (负责, 啥时候) beside a piece of a task that explains little of the
            # question is no better than a piece of some other text.
            subject = text
            for cue in question.found(words.TASK):  # the cue words are not what is asked about
                subject = subject.replace(cue, " ")
            explains = self.explains_most(subject, self.lexicon.tasks, keyword)
            proof = Proof.CUED_TEXT if explains else Proof.TEXT
            explained = self.explained(text, self.lexicon.tasks, keyword)
            evidence = Evidence(proof, 0, 0, 0 if proof == Proof.TEXT else cues, explained)
            return tool_match("tasks_by_keyword", {"keyword": keyword}, evidence, NAME)
        return None

    def _place_of_a_task(self, question: Question) -> bool:
        """The organisations named are where a task named by its own words takes place (智凤
        龙岗那个截污干管哪个牵头: the task's text names 智凤街道), not whose tasks are asked."""
        keyword = self.keyword(without_names(question), self.lexicon.tasks, min_score=2)
        if not keyword:
            return False
        places = question.span_texts("department")
        texts = [self.lexicon.tasks.texts[i] for i in self.lexicon.tasks.hits(keyword)]
        return any(place in text for place in places for text in texts)

    def _plan_counted(self, question: Question, keyword: str) -> str | None:
        """How many tasks a plan lists (防溺水任务分解表一共好多项): the one plan most texts
        holding the keyword belong to."""
        if not (question.has(words.TASK_COUNT) and question.has(words.TASK)):
            return None
        plans = Counter(self.lexicon.task_plans[i] for i in self.lexicon.tasks.hits(keyword))
        plans.pop("", None)
        ranked = plans.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _tasks_of_unit(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        unit = match.args.get("unit", "")
        if not rows:
            return f"数据中没有{unit}牵头、负责或配合的工作任务。"
        rows, plan = _in_named_plan(match.question.replace(unit, " "), rows)
        where = f"在《{plan}》中" if plan else ""
        width = 40 if len(rows) > FULL_TEXTS else 200  # a few tasks: each in full
        roles: dict[str, int] = defaultdict(int)
        for row in rows:
            roles[row["role"]] += 1
        split = "、".join(f"{role}{n}项" for role, n in roles.items())
        shared = [row for row in rows if row.get("unit") and row["unit"] != unit]
        towns = f"，其中{len(shared)}项是分配给{shared[0]['unit']}的任务" if shared else ""
        lines = [f"{unit}{where}的工作任务共{len(rows)}项（{split}）{towns}："]
        lines += numbered(
            rows,
            lambda row: (
                f"{shorten(row['content'], width)}"
                f"（{row['role']}，{_when(row)}）"
            ),
            question=match.question,
            text_of=lambda row: row["content"] or "",
        )
        return "\n".join(lines)

    def _tasks_due_by(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        date = match.args.get("date", "")
        if not rows:
            return f"数据中没有完成时限在{date}或之前的任务。"
        rows, plan = _in_named_plan(match.question, rows)  # 就业方案里10月底前要完成的
        rows = sorted(rows, key=lambda row: row["deadline"])
        where = f"《{plan}》中" if plan else ""
        lines = [f"{where}完成时限在{date}或之前的任务共{len(rows)}项："]
        lines += numbered(
            rows, _due_task, question=match.question, text_of=lambda row: row["content"] or ""
        )
        return "\n".join(lines)

    def _tasks_by_keyword(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        keyword = match.args.get("keyword", "")
        if not rows:
            return f"数据中没有与“{keyword}”有关的工作任务。"
        if any(row["plan"] == keyword for row in rows):  # a plan named: how many tasks it lists
            return _count(rows, match.question)
        ranked = by_relevance(match.question, rows)
        best = ranked[0]
        units = [
            f"{label}：{best[field]}"
            for label, field in (
                ("牵头单位", "lead_units"),
                ("责任单位", "responsible_units"),
                ("配合单位", "cooperating_units"),
            )
            if best.get(field)
        ]
        deadline = _deadline(best)
        lines = []
        if len(rows) > 1:
            lines.append(f"与“{keyword}”有关的工作任务共{len(rows)}项，最相关的一项：")
        lines.append(f"{best['content']}（《{best['plan']}》第{best['number']}项）")
        if best.get("campaign") and best.get("campaign_lead"):  # …行动(牵头单位:区商务委)
            lines.append(f"所属专项行动：{best['campaign']}（牵头单位：{best['campaign_lead']}）。")
        lines.append("；".join([*units, deadline]) + "。")
        for row in ranked[1:4]:
            lines.append(
                f"• {shorten(row['content'], 36)}（{_when(row)}）"
            )
        return "\n".join(lines)


def by_relevance(question: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tasks by how much of the question their text holds; of tasks as relevant, the latest
    plan's first (a plan on the same work replaces an earlier one by default)."""
    latest_first = sorted(rows, key=lambda row: str(row.get("sign_date") or ""), reverse=True)
    return sorted(latest_first, key=lambda row: -relevance(question, row["content"] or ""))


_DEADLINE_ASKED = re.compile(r"\d{4}年(?:底|末|前|内|\d{1,2}月(?:\d{1,2}日)?(?:底|前|之前)?)")


def _in_named_plan(
    question: str, rows: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], str]:
    """The rows of the plan the question names by a piece of its title (某局在某某工作里
    负责什么: that plan's tasks; of plans named alike, the latest), else every row. A piece is
    two character pairs at least, so a word shared by every title (工作, 方案) names none; a
    deadline asked (2023年底之前, 2024年6月前) is no title's year."""
    # 有哪些工作任务: the tasks asked for, no piece of a title (工作 of …工作要点)
    question = _DEADLINE_ASKED.sub(" ", question).replace("工作任务", " ")
    pairs = {question[i : i + 2] for i in range(len(question) - 1)}
    shared = {
        plan: len(pairs & {plan[i : i + 2] for i in range(len(plan) - 1)})
        for plan in {str(row.get("plan") or "") for row in rows}
        if plan
    }
    if len(shared) < 2:
        return rows, ""
    best = max(shared.values())
    named = [plan for plan, n in shared.items() if n == best]
    if best < 2:  # 公厕方案: a short form of one plan's title (公共厕所), else none is named
        named = sorted(abbreviated(question, sorted(shared), gap=3))
    if not named:
        return rows, ""
    # the same plan of several years (2021—2022年 / 2023—2024年秋冬季…方案): the latest
    latest = max(named, key=lambda plan: max(str(row.get("sign_date") or "") for row in rows
                                             if row.get("plan") == plan))
    return [row for row in rows if row.get("plan") == latest], latest


def _count(rows: list[dict[str, Any]], question: str) -> str:
    """'《某方案》列出的工作任务共16项：…' for each plan among the rows."""
    by_plan: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_plan[row["plan"]].append(row)
    lines = []
    for plan, tasks in by_plan.items():
        first = tasks[0]
        lines.append(f"《{plan}》（{first['doc_number']}）列出的工作任务共{len(tasks)}项：")
        lines += numbered(
            tasks, _counted_task, question=question, unit="项", text_of=lambda row: row["content"]
        )
    return "\n".join(lines)


def _counted_task(row: dict[str, Any]) -> str:
    return f"{shorten(row['content'], 40)}（{_when(row)}）"


def _due_task(row: dict[str, Any]) -> str:
    units = f"，{row['units']}" if row.get("units") else ""
    return f"{row['deadline']} {shorten(row['content'], 40)}（{row['plan']}{units}）"


def _when(row: dict[str, Any]) -> str:
    """'2025年12月20日以前（2025-12-20）' in a list: as printed, and as a date when one was
    read."""
    printed = row.get("deadline_text")
    if not printed:
        return "未写时限"
    date = row.get("deadline")
    return f"{printed}（{date}）" if date and date not in printed else printed


def _deadline(row: dict[str, Any]) -> str:
    """'完成时限：2021年10月31日（2021-10-31）': as printed, and as a date when one was read."""
    printed = row.get("deadline_text")
    if not printed:
        return "未写完成时限"
    date = row.get("deadline")
    return f"完成时限：{printed}（{date}）" if date and date != printed else f"完成时限：{printed}"
