"""Rural elderly care: facilities planned per town and in total, and the care-home standards."""

from __future__ import annotations

import re
from typing import Any

from bot import asked as asking
from bot import vocabulary as words
from bot.compose import group_by, numbered, year_of
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.matching import BaseDomain

NAME = "elderly"


_ADDED_UP = re.compile(r"一共|加起来|合计|总共|两年|各年")


def _years_asked(question: str) -> list[str]:
    """The plan years a question narrows to (2021年要建…), none when it adds years up."""
    return [] if _ADDED_UP.search(question) else re.findall(r"(20\d{2})\s*年", question)


class Elderly(BaseDomain):
    name = NAME
    tools = (
        "elderly_facilities_of_town",
        "elderly_towns_of_facility",
        "elderly_plan_totals",
        "standards_by_keyword",
    )

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self.writers = {
            "elderly_facilities_of_town": self._town,
            "elderly_towns_of_facility": self._towns,
            "elderly_plan_totals": self._totals,
            "standards_by_keyword": self._standards,
        }

    def match(self, question: Question) -> Match | None:
        if not question.has(words.ELDERLY):
            return None
        text = question.text
        cues = len(question.found(words.ELDERLY))
        towns = [d for d in question.of_kind("department") if self.lexicon.is_town(d)]
        if towns:
            town = self.lexicon.department_names[towns[0]]
            evidence = Evidence(Proof.STRONG, 1, 1, cues)
            return tool_match("elderly_facilities_of_town", {"town": town}, evidence, NAME)
        standard = self.keyword(text, self.lexicon.standards, 0.5, exclude=("敬老院", "养老院"))
        asks_standard = standard or question.has(words.ELDERLY_STANDARD)
        if question.has(words.CARE_HOME) and asks_standard:
            evidence = Evidence(Proof.NAME, 0, 0, cues + 1, len(standard or ""))
            args = {"keyword": standard} if standard else {"all": "1"}  # no keyword: all
            return tool_match("standards_by_keyword", args, evidence, NAME)
        if question.has(words.ELDERLY_RESPONSIBLE) or question.has(("任务", "措施")):
            keyword = self.keyword(text, self.lexicon.tasks, min_score=3) or "养老"
            evidence = Evidence(Proof.NAME, 0, 0, cues)
            return tool_match("tasks_by_keyword", {"keyword": keyword}, evidence, NAME)
        facilities = self.lexicon.facility_index
        pieces = [piece for piece, _ in facilities.maximal_pieces(text)
                  if len(facilities.hits(piece)) < len(facilities.texts)]
        if any(len(piece) > 2 for piece in pieces):  # 失能特困人员集中照护, not a pair (中心)
            pieces = [piece for piece in pieces if len(piece) > 2]
        named = [facilities.hits(piece) for piece in pieces]
        focus = tuple(facilities.texts[i] for i in sorted(set().union(*named)))
        proof = Proof.NAME if question.has(words.ELDERLY_TOTAL) else Proof.TEXT
        evidence = Evidence(proof, len(named), len(named), cues)
        asked = asking.asked(text)
        if len(focus) == 1 and asked is not None and asked.name == "towns":
            # 2021年要建镇级养老服务中心的是哪些镇: the towns of that kind (and year)
            years = _years_asked(text)
            args = {"facility": focus[0], "plan_year": int(years[0]) if len(years) == 1 else 0}
            return tool_match("elderly_towns_of_facility", args, evidence, NAME)
        return tool_match("elderly_plan_totals", {}, evidence, NAME, focus=focus)

    def _town(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        town = match.args.get("town", "")
        if not rows:
            return f"{town}在农村养老服务全覆盖任务分解表中没有计划建设的设施。"
        parts = [f"{row['facility_kind']}{year_of(row)}{row['planned_count']}个" for row in rows]
        return f"按农村养老服务全覆盖任务分解，{town}计划：" + "；".join(parts) + "。"

    def _towns(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        facility = match.args.get("facility", "")
        if not rows:
            return f"农村养老服务全覆盖任务分解表中没有计划建设{facility}的镇街。"
        lines = []
        for group in group_by(rows, "year").values():
            towns = "、".join(f"{row['town']}（{row['planned_count']}个）" for row in group)
            lines.append(f"{year_of(group[0])}{group[0]['facility_kind']}计划建设的镇街"
                         f"（共{len(group)}个）：{towns}。")
        return "\n".join(lines)

    def _totals(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        chosen = [row for row in rows if row["facility_kind"] in match.focus] or rows
        # 2022年要建…: the plans of the years the question names (not when it adds years up)
        question = match.question or ""
        years = _years_asked(question)
        chosen = [row for row in chosen if any(year in year_of(row) for year in years)] or chosen
        # 哪些镇街要建…: the towns named, not only counted
        named = asking.asked(match.question or "")
        listed = named is not None and named.name == "towns"
        parts = []
        for kind, group in group_by(chosen, "facility_kind").items():
            years = "、".join(
                f"{year_of(row)}{row['planned_total']}个（{row['towns']}个镇街"
                + (f"：{'、'.join(str(row['town_names']).split(','))}" if listed
                   and row.get("town_names") else "")
                + "）"
                for row in group
            )
            # 一共要建好多个: the years' plans added up, said as the table's sum
            if len(group) > 1:
                years += f"，各年合计{sum(int(row['planned_total']) for row in group)}个"
            parts.append(f"{kind}{years}")
        return "全区农村养老设施计划建设：" + "；".join(parts) + "。"

    def _standards(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        keyword = match.args.get("keyword", "")
        if not rows:
            return f"公报所附的标准和指标中没有与“{keyword}”有关的条目。"
        about = f"与“{keyword}”有关的" if keyword else ""
        lines = []
        for title, group in group_by(rows, "document_title").items():
            source = f"《{title}》（{group[0]['doc_number']}）" if title else "公报"
            lines.append(f"{source}所附标准中{about}共{len(group)}条：")
            lines += numbered(
                group,
                lambda row: f"【{row['category']}】{row['requirement']}",
                question=match.question,
                unit="条",
            )
        return "\n".join(lines)
