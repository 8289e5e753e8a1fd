"""Leading groups: who leads a group, its members, where its office sits."""

from __future__ import annotations

from typing import Any

from bot import vocabulary as words
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.matching import BaseDomain, abbreviated, trim_fillers

NAME = "group"
MEMBERS_SHOWN = 25


class Groups(BaseDomain):
    name = NAME
    tools = ("members_of_group",)

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self.writers = {"members_of_group": self._group}

    def match(self, question: Question) -> Match | None:
        if not question.has(words.GROUP):
            return None
        groups = self.lexicon.groups
        index = self.lexicon.group_index
        cores = [trim_fillers(p) for p, _ in index.maximal_pieces(question.text)]
        pieces = [core for core in cores if len(index.hits(core)) == 1]
        chosen = {groups[next(iter(index.hits(p)))] for p in pieces}
        if not chosen:  # a short form: 创卫领导小组
            chosen = abbreviated(question.text, groups)
            pieces = [""] * len(chosen)
        cues = len(question.found(words.GROUP))
        proof = Proof.STRONG if "领导小组" in question.text or chosen else Proof.CUE
        evidence = Evidence(proof, len(chosen), len(chosen), cues, sum(map(len, pieces)))
        if len(chosen) == 1:
            return tool_match("members_of_group", {"group": chosen.pop()}, evidence, NAME)
        if "小组" not in question.text:
            return None  # 某某办公室设在哪: an office, not a group the data lists (passages)
        matches = [
            tool_match("members_of_group", {"group": g}, evidence, NAME, message=g) for g in groups
        ]
        if not matches:
            return None
        clarify = self.clarify(matches, f"公报里有{len(groups)}个领导小组，您问的是哪一个？")
        clarify.evidence = Evidence(proof, 0, 0, cues)
        return clarify

    def _group(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return f"数据中没有名称包含“{match.args.get('group', '')}”的领导小组。"
        first = rows[0]
        lines = [f"{first['group_name']}（{first['doc_number']}，{first['sign_date']}）："]
        for role in ("组长", "副组长"):
            people = [
                f"{r['name']}（{r['title']}）" for r in rows if r["role"] == role and r.get("name")
            ]
            if people:
                lines.append(f"{role}：{'、'.join(people)}")
        members = [r for r in rows if r["role"] == "成员"]
        named = [f"{r['name']}（{r['title']}）" for r in members if r.get("name")]
        if named:
            more = (
                f"等，共{len(members)}人"
                if len(named) > MEMBERS_SHOWN
                else f"（共{len(members)}人）"
            )
            lines.append(f"成员：{'、'.join(named[:MEMBERS_SHOWN])}{more}")
        elif members:
            lines.append(f"成员：{len(members)}个单位的{members[0]['title']}")
        office = f"办公室设在{first['office_location']}" if first.get("office_location") else ""
        director = (
            f"，{first['office_director']}兼任办公室主任" if first.get("office_director") else ""
        )
        if office:
            lines.append(office + director + "。")
        return "\n".join(lines)
