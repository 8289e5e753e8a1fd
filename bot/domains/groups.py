"""Leading groups: who leads a group, its members, where its office sits."""

from __future__ import annotations

import re
from typing import Any

from bot import vocabulary as words
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.matching import BaseDomain, abbreviated, trim_fillers

NAME = "group"
MEMBERS_SHOWN = 25
# where a group's office sits (not 办公室成员有哪些: its members)
_OFFICE_ASKED = re.compile(r"办公室(?:(?!成员)[^，,。？?]){0,4}(?:在|设在|哪|位置)")
SHORT_PIECE = 2  # characters: a piece this short names a group only when nothing longer does
MAX_SHARED = 5  # a piece several groups' names share names them (普查: 3); more is no name
# the words every group's name may hold, which name none of them
_GROUP_WORDS = re.compile("领导小组|小组|领导|工作|办公室|成员")


class Groups(BaseDomain):
    name = NAME
    tools = ("members_of_group",)

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self.writers = {"members_of_group": self._group}

    def match(self, question: Question) -> Match | None:
        if not question.has(words.GROUP):
            return None
        if (asked := question.attribute) is not None and asked.name == "doc_number":
            return None  # 领导小组那个通知是几号文: the notice itself is asked about (documents)
        groups = self.lexicon.groups
        index = self.lexicon.group_index
        cores = [trim_fillers(p) for p, _ in index.maximal_pieces(question.text)]
        # one name, though several issues may print it (a group set up again): the tool
        # answers with the latest issue's
        pieces = [core for core in cores if len({groups[hit] for hit in index.hits(core)}) == 1]
        if any(len(piece) > SHORT_PIECE for piece in pieces):  # 告知承诺制 names the group;
            # 管理 of 治安管理支队 beside it is a word of the question, not a second group
            pieces = [piece for piece in pieces if len(piece) > SHORT_PIECE]
        chosen = {groups[next(iter(index.hits(p)))] for p in pieces}
        if not chosen:  # a short form (创卫, 五经普) names one group before words many share
            # first-and-later characters, then two up to three apart (排涝 of 排水防涝)
            chosen = next((found for gap in (None, 2, 3)
                           if (found := abbreviated(question.text, groups, gap=gap))), set())
            pieces = [""] * len(chosen)
        candidates = self._shared_by_several(cores) if not chosen and "小组" in question.text \
            else []
        if not chosen and (latest := self._of_latest_issue(candidates)):
            chosen, pieces = {latest}, [""]  # 普查领导小组: the latest issue's, by default
        bodies = question.found(words.OTHER_BODIES)
        if bodies and not any(body in group for body in bodies for group in chosen):
            return None  # 燃气整治专班的办公室: a task force, not the group named alike
        cues = len(question.found(words.GROUP))
        proof = Proof.STRONG if "领导小组" in question.text or chosen else Proof.CUE
        evidence = Evidence(proof, len(chosen), len(chosen), cues, sum(map(len, pieces)))
        if len(chosen) == 1:
            return tool_match("members_of_group", {"group": chosen.pop()}, evidence, NAME)
        if "小组" not in question.text:
            return None  # 某某办公室设在哪: an office, not a group the data lists (passages)
        matches = [tool_match("members_of_group", {"group": g}, evidence, NAME, message=g)
                   for g in dict.fromkeys(candidates or groups)]
        if not matches:
            return None
        clarify = self.clarify(matches, f"公报里有{len(matches)}个领导小组，您问的是哪一个？")
        clarify.evidence = Evidence(proof, 0, 0, cues)
        return clarify

    def _shared_by_several(self, cores: list[str]) -> list[str]:
        """The groups a piece of the question names beyond the words every group's name has
        (普查领导小组: 土壤普查, 经济普查 and 文物普查), when it names several."""
        groups, index = self.lexicon.groups, self.lexicon.group_index
        named = [core for core in cores if len(_GROUP_WORDS.sub("", core)) >= 2]
        names = {groups[hit] for core in named for hit in index.hits(core)}
        return sorted(names) if 1 < len(names) <= MAX_SHARED else []

    def _of_latest_issue(self, names: list[str]) -> str | None:
        """The one of `names` the latest issue sets up, if it sets up exactly one."""
        if not names or not self.lexicon.issues:
            return None
        latest = f"{self.lexicon.issues[-1].ref}-"
        recent = {entry.name for entry in self.lexicon.entries["group"]
                  if entry.name in names and (entry.ref or "").startswith(latest)}
        return recent.pop() if len(recent) == 1 else None

    def _group(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return f"数据中没有名称包含“{match.args.get('group', '')}”的领导小组。"
        # a name several issues print (a group set up again): the latest notice's members
        notices = sorted({(r["sign_date"] or "", r["doc_number"]) for r in rows})
        rows = [r for r in rows if r["doc_number"] == notices[-1][1]]
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
        if _OFFICE_ASKED.search(match.question) and first.get("office_location"):
            named = members = []  # where its office sits: the members' posts name other units
        if named:
            more = (
                f"等，共{len(members)}人"
                if len(named) > MEMBERS_SHOWN
                else f"（共{len(members)}人）"
            )
            lines.append(f"成员：{'、'.join(named[:MEMBERS_SHOWN])}{more}")
        elif members:  # members named by their units' posts: the units
            units = "、".join(dict.fromkeys(r["unit"] for r in members if r.get("unit")))
            lines.append(f"成员：{len(members)}个单位的{members[0]['title']}"
                         + (f"（{units}）" if units else ""))
        office = f"办公室设在{first['office_location']}" if first.get("office_location") else ""
        director = (
            f"，{first['office_director']}兼任办公室主任" if first.get("office_director") else ""
        )
        if office:
            lines.append(office + director + "。")
        if len(notices) > 1:
            earlier = "、".join(number for _, number in notices[:-1])
            lines.append(f"（此前{earlier}也设立过同名领导小组，以上为最新通知的组成。）")
        return "\n".join(lines)
