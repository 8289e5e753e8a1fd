"""Appointments and people: who was appointed or removed, who holds a post, a person's roles."""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

from bot import vocabulary as words
from bot.compose import group_by, holds, numbered
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.matching import ISSUE_NAMED, BaseDomain

NAME = "appointment"
_DISTRICT_TITLE = re.compile(r"常务副区长|副区长|区长")
_ASKED_NAME = (
    re.compile(
        r"^(?:请问)?([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:是谁|是干什么的|是什么职务|什么职务|的职务|"
        r"当了|担任|调到|被任命|被免|任什么|现在是|在哪个单位|是什么官|当什么|现在当|干什么的)"
    ),
    re.compile(r"(?:任命|免去|免了)了?([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:的|什么|吗|没有|$)"),
)
_NOT_A_NAME = ("局长", "主任", "组长", "领导", "他", "她", "这个人", "谁", "哪个", "什么")


class Appointments(BaseDomain):
    name = NAME
    tools = (
        "appointments_of_person",
        "appointments_by_post",
        "appointments_in_document",
        "appointments_on_probation",
        "roles_of_person",
        "people_with_title",
    )

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self.writers = {
            "appointments_of_person": self._appointments_of_person,
            "appointments_by_post": self._appointments_by_post,
            "appointments_in_document": self._appointments_in_document,
            "appointments_on_probation": self._on_probation,
            "roles_of_person": self._roles_of_person,
            "people_with_title": self._people_with_title,
        }

    # Matching -----------------------------------------------------------------------
    def match(self, question: Question) -> Match | None:
        post = self._of_department(question)
        successor = _successor_asked(question)
        if post is None and successor:
            post = self._post_left(question)
        if post is not None and post.tool == "appointments_by_post" and successor:
            return post  # 张三免了…副主任以后哪个接的: the post's holders, not the person's
        readings = (self._person, lambda _: post, self._probation)
        found = [m for reading in readings if (m := reading(question))]
        return max(found, key=lambda m: m.evidence) if found else None

    def _post_left(self, question: Question) -> Match | None:
        """The post a person named left, when who took it over is asked (免了张三，后头补上的是
        哪个): the organisation is not named, the person who left it is."""
        people = question.of_kind("person")
        departments = self.lexicon.posts_left.get(people[0], []) if people else []
        if len(departments) != 1 or departments[0] not in self.lexicon.department_names:
            return None
        name = self.lexicon.department_names[departments[0]]
        evidence = Evidence(Proof.NAME, 1, 1, len(question.found(words.REPLACED_ASKS)))
        return tool_match("appointments_by_post", {"post": name}, evidence, NAME)

    def _person_tool(self, person: str, about_a_group: bool = False) -> str:
        """A person's appointments, or the roles they hold in groups and meetings: those
        when they hold no appointment, or when the question is about a group they are in
        (X在…领导小组头是啥子)."""
        roles = self.lexicon.persons[person]
        in_a_group = bool(roles - {"appointment"})
        if "appointment" in roles and not (about_a_group and in_a_group):
            return "appointments_of_person"
        return "roles_of_person"

    def _person(self, question: Question) -> Match | None:
        people = question.of_kind("person")
        if people:
            person = people[0]
            # 一个是张三，另一个是哪个: the others are asked, the person only places them
            proof = Proof.HINT if question.has(words.OTHERS_ASKED) else Proof.IDENTIFIER
            evidence = Evidence(proof, len(people), len(people), 0, len(person))
            tool = self._person_tool(person, question.has(words.GROUP))
            return tool_match(tool, {"person": person}, evidence, NAME)
        asked = self._asked_name(question)
        if not asked:
            return None
        near = self.lexicon.person_near_misses(asked)
        evidence = Evidence(Proof.NAME, 0, 0, 1)
        if near:
            matches = [
                tool_match(self._person_tool(p), {"person": p}, evidence, NAME, message=p)
                for p in near
            ]
            return self.clarify(matches, f"数据中没有“{asked}”，您是不是要找：")
        return Match(
            "no_data",
            evidence=Evidence(Proof.CUE, 0, 0, 1),
            domain=NAME,
            message=f"数据中没有“{asked}”的任免或任职信息。",
        )

    def _asked_name(self, question: Question) -> str | None:
        """A 2–3 character name in a question about a person that the data does not know."""
        if question.spans:
            return None
        match = _ASKED_NAME[0].search(question.text) or _ASKED_NAME[1].search(question.text)
        if not match:
            return None
        name = match.group(1)
        known = (
            self.lexicon.services,
            self.lexicon.tasks,
            self.lexicon.topics,
            self.lexicon.standards,
        )
        if any(g in name for g in _NOT_A_NAME) or any(index.hits(name) for index in known):
            return None
        return name

    def _of_department(self, question: Question) -> Match | None:
        """Who holds or left a post: appointments if the data has that post, else titles."""
        departments = self.departments(question, towns=True)
        position = question.found(words.POSITIONS)
        cues = len(question.found(words.APPOINTMENT)) + len(position)
        district_title = _DISTRICT_TITLE.search(question.text)
        if district_title and not departments:
            return tool_match(
                "people_with_title",
                {"title": district_title.group(0)},
                Evidence(Proof.NAME, 1, 1, cues),
                NAME,
            )
        if not departments and question.has(words.APPOINTMENT) and not question.spans:
            return self._notices()
        cues += len(question.found(words.REPLACED_ASKS))
        if not departments or not (position or question.has(words.APPOINTMENT)
                                   or question.has(words.REPLACED_ASKS)):
            return None
        department = departments[0]
        name = self.lexicon.department_names[department]
        posts = [pos for dept, pos in self.lexicon.posts if dept == department]
        asked = position[0] if position else ""
        if asked in words.HEAD_ASKS:  # 交通局的一把手: its 局长
            asked = _head_title(name) or asked
        evidence = Evidence(Proof.NAME, 1, 1, cues)
        if posts and (not asked or asked in posts or asked in words.GENERIC_POSITIONS):
            return tool_match(
                "appointments_by_post",
                {"post": name},
                evidence,
                NAME,
                focus=(asked,) if asked else (),
            )
        if asked and asked not in words.GENERIC_POSITIONS:
            title = name.removeprefix("区") + asked
            return tool_match("people_with_title", {"title": title}, evidence, NAME)
        return Match(
            "no_data", evidence=evidence, domain=NAME, message=f"数据中没有{name}的人事任免记录。"
        )

    def _probation(self, question: Question) -> Match | None:
        """Who is on probation (in the issue named, or this issue: the latest; else in every
        issue)."""
        if question.of_kind("person") or not question.has(words.PROBATION):
            return None
        if not question.has(words.PEOPLE_ASKED):
            return None  # who is on probation, not how long a probation lasts
        issue = self.issue_named(question.text)
        evidence = Evidence(Proof.NAME, 1 if issue else 0, 0, len(question.found(words.PROBATION)))
        printed = ISSUE_NAMED.search(question.text)
        if printed and not issue:
            message = f"数据中没有{printed.group(0)}公报。"
            return Match("no_data", evidence=evidence, domain=NAME, message=message)
        args = {"issue": issue.ref} if issue else {"all": "1"}
        return tool_match("appointments_on_probation", args, evidence, NAME)

    def _on_probation(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return "数据中没有这期公报任命的试用期人员。"
        where = rows[0]["issue_title"] if match.args.get("issue") else ""
        lines = [f"{where or '公报'}任命、附注试用期的共{len(rows)}人："]
        lines += numbered(
            rows,
            lambda row: f"{row['person']}：{row['post']}（{row['note']}，{row['doc_number']}）",
            question=match.question,
            unit="人",
        )
        return "\n".join(lines)

    def _notices(self) -> Match | None:
        """任免 alone: the appointment notices to choose from."""
        evidence = Evidence(Proof.HINT, 0, 0, 1)
        matches = [
            tool_match(
                "appointments_in_document",
                {"doc_number": notice.name},
                evidence,
                NAME,
                message=f"{notice.name}（{notice.note}，{notice.detail}条任免）",
            )
            for notice in self.lexicon.notices
        ]
        if not matches:
            return None
        return self.clarify(matches, "公报刊登了这些任免通知，您想看哪一份？")

    # Wording ------------------------------------------------------------------------
    @staticmethod
    def _phrase(row: dict[str, Any], with_person: bool) -> str:
        person = row["person"] if with_person else ""
        note = f"（{row['note']}）" if row.get("note") else ""
        if row["action"] == "任命":
            return f"任命{person}为{row['post']}{note}"
        return f"{row['action']}{person}{row['post']}职务{note}"

    def _appointments_of_person(
        self, match: Match, rows: list[dict[str, Any]], truncated: bool
    ) -> str:
        person = match.args.get("person", "")
        if not rows:
            return f"数据中没有{person}的任免记录。"
        parts = []
        for doc_number, group in group_by(rows, "doc_number").items():
            first = group[0]
            phrases = "，".join(self._phrase(row, False) for row in group)
            meeting = (
                f"，经{first['meeting']}（{first['meeting_date']}）决定"
                if first.get("meeting")
                else ""
            )
            parts.append(f"{first['sign_date']}《{doc_number}》{phrases}{meeting}")
        return f"{person}：" + "；".join(parts) + "。"

    def _appointments_by_post(
        self, match: Match, rows: list[dict[str, Any]], truncated: bool
    ) -> str:
        post = match.args.get("post", "")
        if not rows:
            return f"数据中没有{post}的任免记录。"
        position = match.focus[0] if match.focus else ""
        matching = [row for row in rows if position and row.get("position") == position]
        if position and position not in words.GENERIC_POSITIONS and not matching:
            others = "；".join(f"{r['sign_date']} {self._phrase(r, True)}" for r in rows[:15])
            return f"公报的任免通知中没有{post}{position}的任免。{post}的任免有：{others}。"
        chosen = matching or rows
        appointed = [row for row in chosen if row["action"] == "任命"]
        current = bool(appointed) and any(word in match.question for word in words.CURRENT_ASKS)
        if current and not any(word in match.question for word in words.LEFT_ASKS):
            chosen = appointed  # 新来的…是谁: who took the post, not who left it
        kind = "任命" if chosen is appointed else "任免"
        lines = [f"{post}{position if matching else ''}的{kind}共{len(chosen)}条："]
        if current:
            latest = max(appointed, key=lambda row: str(row["sign_date"]))
            lines.insert(0, f"最近一次任命：{latest['sign_date']} {self._phrase(latest, True)}"
                            f"（{latest['doc_number']}）。")
        lines += numbered(
            sorted(chosen, key=lambda row: str(row["sign_date"]), reverse=True),  # latest first
            lambda row: f"{row['sign_date']} {self._phrase(row, True)}（{row['doc_number']}）"
            + (f"；同一通知：{row['same_notice']}" if row.get("same_notice") else ""),
            question=match.question,
            unit="条",
        )
        return "\n".join(lines)

    def _appointments_in_document(
        self, match: Match, rows: list[dict[str, Any]], truncated: bool
    ) -> str:
        number = match.args.get("doc_number", "")
        if not rows:
            return f"数据中没有文号为“{number}”的任免通知。"
        first = rows[0]
        meeting = (
            f"，经{first['meeting']}（{first['meeting_date']}）决定" if first.get("meeting") else ""
        )
        lines = [
            f"《{first['document_title']}》（{first['doc_number']}，{first['sign_date']}{meeting}）"
            f"共{len(rows)}条任免："
        ]
        lines += numbered(
            rows, lambda row: self._phrase(row, True), question=match.question, unit="条"
        )
        return "\n".join(lines)

    def kind_of(self, match: Match, rows: list[dict[str, Any]]) -> str:
        """Asked how a person was appointed, when the gazette appoints them nowhere (they are
        only a group's member), or about a post no record holds: not in the data."""
        if match.tool == "roles_of_person" and self._appointment_asked(match):
            return "no_data"
        if match.tool == "people_with_title" and rows and self._change_asked(match):
            return "not_stated"  # 区教委主任换人没得: no appointment to that title is printed
        if not rows:  # 龙水镇镇长是谁, where no 镇长 is recorded: the data lacks it
            return "no_data"
        return super().kind_of(match, rows)

    def _appointment_asked(self, match: Match) -> bool:
        return any(word in match.question for word in words.APPOINTED_ASKS)

    def _change_asked(self, match: Match) -> bool:
        """The question asks who was appointed to or took over a post (新任命的, 换人没得)."""
        question = match.question or ""
        return self._appointment_asked(match) or any(
            word in question for word in (*words.REPLACED_ASKS, *_CHANGE_WORDS))

    def _roles_of_person(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        person = match.args.get("person", "")
        if not rows:
            return f"数据中没有{person}的任职信息。"
        if self._appointment_asked(match):
            return f"数据中没有{person}的任免记录。公报中{person}的其他任职：\n" + self._roles(
                person, rows
            )
        return self._roles(person, rows)

    def _roles(self, person: str, rows: list[dict[str, Any]]) -> str:
        chaired = [row for row in rows if row["role"] == "主持"]
        parts = []
        for row in rows:
            if row["role"] == "主持":
                continue
            title = f"（{row['title']}）" if row.get("title") else ""
            parts.append(f"{row['organisation']}{row['role']}{title}")
        if chaired:
            titles = "、".join(r["organisation"].split("年")[-1] for r in chaired)
            parts.append(f"以{chaired[0]['title']}身份主持了{len(chaired)}次常务会议（{titles}）")
        return f"{person}：" + "；".join(parts) + "。"

    def _people_with_title(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        title = match.args.get("title", "")
        if not rows:
            return f"数据中没有职务为“{title}”的人员记录。"
        held = _holders(title, rows)
        if self._change_asked(match):  # who holds it, said after the appointment not printed
            return (f"公报没有写明“{title}”的任免（数据中没有这项信息）。\n"
                    f"公报中与此有关的内容：\n{held}")
        return held


def _holders(title: str, rows: list[dict[str, Any]]) -> str:
    """The people the gazette names with a title, and in what (groups, meetings chaired)."""
    exact = [row for row in rows if holds(row["title"], title)]
    people: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for row in exact or rows:
        people.setdefault(row["person"], []).append(row)
    parts = []
    for person, group in people.items():
        roles = [f"{r['organisation']}{r['role']}" for r in group if r["role"] != "主持"]
        chaired = sum(1 for r in group if r["role"] == "主持")
        if chaired:
            roles.append(f"主持常务会议{chaired}次")
        parts.append(f"{person}（{group[0]['title']}；{'，'.join(dict.fromkeys(roles))}）")
    lead = f"公报中职务为“{title}”的是" if exact else f"公报中职务包含“{title}”的有"
    return lead + "：" + "；".join(parts) + "。"


# words asking whether a post changed hands (换人, 新来的): the gazette must print that change
_CHANGE_WORDS = ("换人", "新来的", "新任命", "新上任")


def _successor_asked(question: Question) -> bool:
    """Whether the question asks who holds a post now or took it over (哪个接的, 现在…新任的是
    哪几个), whoever else it names: the person who left it is how the post is found."""
    return question.has(words.REPLACED_ASKS) or (
        question.has(words.CURRENT_ASKS) and question.has(words.PEOPLE_ASKED))


def _head_title(organisation: str) -> str | None:
    """The title of an organisation's head by the end of its name (区交通局 → 局长), from
    the curated list; the longest ending first (支队 before 队)."""
    for ending in sorted(words.HEAD_TITLES, key=len, reverse=True):
        if organisation.endswith(ending):
            return words.HEAD_TITLES[ending]
    return None
