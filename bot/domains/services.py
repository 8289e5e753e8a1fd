"""Government service items: who handles an item, a department's items, a catalogue's items."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from bot import asked as asking
from bot import vocabulary as words
from bot.answers import Option
from bot.compose import numbered, printed_date, shorten
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.matching import (
    RARE,
    BaseDomain,
    trim_fillers,
    unknown_subject,
    without_names,
)
from bot.lexicon import COLLECTIVE_KIND
from bot.normalise import chinese_number
from bot.payload import encode

NAME = "service"
# the words that ask for an organisation's records: its services, tasks or appointments
_RECORD_CUES = (words.SERVICE, words.DEPARTMENT_SERVICES, words.TASK, words.APPOINTMENT)


class Services(BaseDomain):
    name = NAME
    tools = (
        "service_by_keyword",
        "services_of_department",
        "service_counts_by_department",
        "services_in_catalogue",
    )

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self.writers = {
            "service_by_keyword": self._write_service,
            "services_of_department": self._write_department,
            "service_counts_by_department": self._write_counts,
            "services_in_catalogue": self._write_catalogue,
        }

    # Matching -----------------------------------------------------------------------
    def match(self, question: Question) -> Match | None:
        found = [
            m
            for m in (
                self._services_of_department(question),
                self._catalogue(question),
                self._service(question),
            )
            if m
        ]
        return max(found, key=lambda m: m.evidence) if found else None

    def _services_of_department(self, question: Question) -> Match | None:
        if question.has(words.SERVICE_COUNT):
            cues = len(question.found(words.SERVICE_COUNT))
            return tool_match(
                "service_counts_by_department", {}, Evidence(Proof.NAME, 0, 0, cues), NAME
            )
        departments = self.departments(question, towns=True)
        if not departments:
            return None
        name = self.lexicon.department_names[departments[0]]
        if (_ASKS_COUNT.search(question.text) and _OF_SERVICES.search(question.text)
                and not _ASKS_WHICH.search(question.text)):
            # 公安局一共有好多项: the count of each department named, not its list
            names = tuple(dict.fromkeys(self.lexicon.department_names[d] for d in departments))
            return tool_match("service_counts_by_department", {},
                              Evidence(Proof.NAME, 1, 1, 1), NAME, focus=names)
        catalogue = any(c in question.text for c in self.lexicon.catalogues)
        if question.has(words.DEPARTMENT_SERVICES) or catalogue:  # 某局的就近办事项
            cues = len(question.found(words.DEPARTMENT_SERVICES)) + catalogue
            return tool_match(
                "services_of_department",
                {"department": name},
                Evidence(Proof.NAME, 1, 1, cues),
                NAME,
            )
        if self.keyword(without_names(question), self.lexicon.services, min_score=2.5):
            return None
        return self._about_department(question, departments[0], name)

    def _about_department(self, question: Question, department: str, name: str) -> Match:
        """Only an organisation: offer what the data holds about it. An organisation named
        with something else asked of it that no tool reads (铁山镇天气咋样, 邮亭鲫鱼哪家最正宗)
        is not asked for its records: that is not found, and the records are only offered.
        Words of services, tasks or appointments (管些啥子审批, 要做些啥) ask for the records."""
        held = set(self.lexicon.coverage.get(department, set()))
        if self.lexicon.is_town(department):
            towns = [
                d for d, kind in self.lexicon.department_kind.items() if kind == COLLECTIVE_KIND
            ]
            if any("tasks" in self.lexicon.coverage.get(d, ()) for d in towns):
                held |= {"tasks"}
        readings = [
            ("services", "services_of_department", {"department": name}, NAME,
             "办理的政务服务事项"),
            ("tasks", "tasks_of_unit", {"unit": name}, "task", "负责的工作任务"),
            ("appointments", "appointments_by_post", {"post": name}, "appointment", "的人事任免"),
        ]  # fmt: skip
        evidence = Evidence(Proof.HINT, 1, 1)
        matches = [
            tool_match(tool, args, evidence, domain, message=f"{name}{what}")
            for topic, tool, args, domain, what in readings
            if topic in held
        ]
        if not matches:
            return Match(
                "no_data",
                evidence=evidence,
                domain=NAME,
                message=f"数据中没有{name}的政务服务事项、工作任务或任免记录。",
            )
        asked = trim_fillers(unknown_subject(without_names(question)))
        if len(asked) >= 2 and question.attribute is None and not any(
                question.has(cues) for cues in _RECORD_CUES):
            return Match("no_data", evidence=evidence, domain=NAME, options=self.options(matches),
                         message=f"数据中没有关于{name}“{asked}”的信息。")
        if len(matches) == 1:
            return matches[0]
        return self.clarify(matches, f"关于{name}，您想了解哪方面？")

    def _catalogue(self, question: Question) -> Match | None:
        """Questions about a whole catalogue: 就近办有哪些事项, 镇上能办哪些事."""
        if not question.has(words.CATALOGUE_LIST) or question.has(words.SERVICE_COUNT):
            return None  # 清单里哪个部门事项最多: the departments' counts are asked
        printed = {_batch_number(batch) for batch in _BATCH.findall(question.text)}
        if printed and not printed & {_batch_number(batch) for batch in self.lexicon.batches}:
            # 第十九批有好多项: no catalogue prints that batch (yet) — never another batch's
            return self._no_batch(question, "")
        named = [c for c in self.lexicon.catalogues if c in question.text]
        if not named and question.has(words.NEARBY):
            named = [c for c in self.lexicon.catalogues if _nearby(c)]
        if not named:  # 第十批一共几项: the one catalogue printing a batch of that name
            named = sorted({c for batch, catalogues in self.lexicon.batches.items()
                            if batch in question.text for c in catalogues})
        if len(named) != 1:
            return None
        if printed and not printed & {_batch_number(batch) for batch, catalogues
                                      in self.lexicon.batches.items() if named[0] in catalogues}:
            return self._no_batch(question, named[0])  # 就近办第十六批: another list's batch
        if self.keyword(question.text, self.lexicon.services, min_score=2.5, exclude=tuple(named)):
            return None
        if self.departments(question, towns=True):  # 民政局在就近办里有几项: that department's
            return None
        cues = len(question.found(words.CATALOGUE_LIST))
        return tool_match(
            "services_in_catalogue",
            {"catalogue": named[0]},
            Evidence(Proof.NAME, 1, 1, cues, len(named[0])),
            NAME,
        )

    def _no_batch(self, question: Question, catalogue: str) -> Match:
        """No catalogue (of that name) prints the batch asked: never another batch's items."""
        batch = _BATCH.search(question.text)[0]
        named = f"{catalogue}（{batch}）" if catalogue else batch
        return Match("no_data", evidence=Evidence(Proof.STRONG, 1, 1, 1), domain=NAME,
                     message=f"数据中没有“{named}”事项清单。")

    def _service(self, question: Question) -> Match | None:
        text = question.text
        cue = (
            question.has(words.SERVICE)
            or bool(re.search(words.SERVICE_DO, text))
            or self._asks_whom(question)
        )
        for colloquial, printed in words.SERVICE_WORDS.items():
            if colloquial in text and printed not in text and self.lexicon.services.hits(printed):
                text = text.replace(colloquial, printed)
                question = Question(text, self.lexicon.spans(text))
        keyword = self.keyword(
            without_names(question),
            self.lexicon.services,
            1.5 if cue else 2.0,
            exclude=self.organisation_words,
        )
        proof = Proof.CUED_TEXT if cue else Proof.TEXT
        cues = len(question.found(words.SERVICE))
        if keyword:
            text_only, services = without_names(question), self.lexicon.services
            if proof == Proof.TEXT and self.one_common_pair(text_only, services, keyword):
                return None  # two common characters shared with an item name, and no cue
            subject = unknown_subject(text_only)
            if services.specificity(keyword) < RARE and len(subject) > len(keyword) and (
                keyword not in subject
            ):  # 失业保险金在哪申领: a common word beside the thing asked about, which no item has
                return self._not_found(subject, proof, cues, cue)
            term = _uncovered_term(text_only, keyword, services)
            if term:  # 失业保险金申领: a common word ending a term no item prints
                return self._not_found(term, proof, cues, cue)
            explained = self.explained(text_only, services, keyword)
            evidence = Evidence(proof, 0, 0, cues, explained)
            return tool_match("service_by_keyword", {"keyword": keyword}, evidence, NAME)
        return self._not_found(unknown_subject(text), proof, cues, cue)

    def _not_found(self, core: str, proof: Proof, cues: int, cue: bool) -> Match | None:
        """No item named by the question: its near misses as options, else no such item."""
        near = self.lexicon.services.near_miss(core, self.lexicon.known_pairs)
        if len(near) == 1:
            evidence = Evidence(proof, 0, 0, cues, len(near[0]))
            return tool_match("service_by_keyword", {"keyword": near[0]}, evidence, NAME)
        if near:
            matches = [
                tool_match(
                    "service_by_keyword",
                    {"keyword": w},
                    Evidence(Proof.TEXT, 0, 0, cues, len(w)),
                    NAME,
                    message=w,
                )
                for w in near
            ]
            return self.clarify(matches, f"数据中没有“{core}”，您是不是要找：")
        if cue and len(core) >= 2:
            return Match(
                "no_data",
                evidence=Evidence(Proof.GUESS, 0, 0, cues),
                domain=NAME,
                message=f"数据中没有与“{core}”相关的政务服务事项。",
            )
        return None

    def _asks_whom(self, question: Question) -> bool:
        """找 + an organisation (找公安还是民政, 找民政局): the question asks who handles it."""
        names = [*question.span_texts("department"), *self.organisation_words]
        return any(f"找{name}" in question.text for name in names)

    # Wording ------------------------------------------------------------------------
    def kind_of(self, match: Match, rows: list[dict[str, Any]]) -> str:
        if match.tool == "service_by_keyword" and rows and not self._doing(
                match, _affirmed(match.args.get("keyword", ""), rows, match.question or "")):
            return "no_data"
        return "tool"

    def _doing(self, match: Match, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The items that do what the question asks to do (补办, 注销 …), if it asks."""
        action = asking.action_asked(match.question)
        if action is None:
            return rows
        return [row for row in rows if action.covered_by(row["name"])]

    def _write_service(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        keyword = match.args.get("keyword", "")
        rows = _affirmed(keyword, rows, match.question or "")
        if not rows:
            return f"数据中没有名称包含“{keyword}”的政务服务事项。"
        doing = self._doing(match, rows)
        if not doing:
            action = asking.action_asked(match.question)
            name = action.name if action else ""
            lines = [f"数据中没有“{keyword}{name}”的政务服务事项。名称相近的事项："]
            lines += [
                f"{i}. {row['name']}（{row['implementer']}）" for i, row in enumerate(rows[:5], 1)
            ]
            return "\n".join(lines)
        rows = doing
        # the item asked by its name, or the one item every batch found prints alike
        exact = [row for row in rows if row["name"] == keyword] or (
            rows if len({row["name"] for row in rows}) == 1 else [])
        if exact or len(rows) == 1:
            return self._service_detail(exact or rows, match.question)
        count = f"至少{len(rows)}" if truncated else str(len(rows))
        lines = [f"找到{count}项名称包含“{keyword}”的政务服务事项："]
        lines += numbered(
            rows,
            lambda row: (
                f"{row['name']}（{row['implementer']}，{row['item_type']}，{_catalogue(row)}）"
            ),
            question=match.question,
            text_of=lambda row: row["name"],
        )
        return "\n".join(lines)

    def item_options(self, match: Match, rows: list[dict[str, Any]]) -> list[Option]:
        """A list of several service items: one option per item shown, to ask about it."""
        keyword = match.args.get("keyword")
        if match.tool != "service_by_keyword":
            return []
        if self._doing(match, rows):
            rows = self._doing(match, rows)
            if len(rows) < 2 or any(row["name"] == keyword for row in rows):
                return []
        return [
            Option(
                f"{shorten(row['name'], 30)}（{row['implementer']}）" if row.get("implementer")
                else shorten(row["name"], 30),  # who handles it: often what was asked
                encode("service_by_keyword", {"keyword": self._unique_name(row["name"])}),
            )
            for row in rows[:5]
        ]

    def _service_detail(self, same: list[dict[str, Any]], question: str) -> str:
        """One item, printed in one catalogue batch or several: the latest batch's row (of a
        question about towns and villages, a batch that delegates it first)."""
        asks_nearby = _ASKS_NEARBY.search(question)
        row = max(same, key=lambda row: (bool(asks_nearby and _delegated(row)),
                                         str(row.get("sign_date") or "")))
        departments = row.get("departments") or row["implementer"]
        text = (
            f"“{row['name']}”由{row['implementer']}实施（{departments}），"
            f"事项类型：{row['item_type']}；{_catalogue(row, long=True)}。"
        )
        if row.get("notes"):  # 办理渠道：全程网办；到现场次数：0次 — as the catalogue prints them
            text += f"清单还列明：{row['notes']}。"
        nearby = [c for c in self.lexicon.catalogues if _nearby(c)]
        listed = any(_delegated(each) or _nearby(each.get("catalogue") or "") for each in same)
        if asks_nearby and nearby and not listed:
            text += f"它不在公报刊登的“{nearby[0]}”事项清单中。"
        elif _ASKS_VILLAGE.search(question) and row.get("to_town") and not row.get("to_village"):
            text += "清单没有把它下放到村（社区）。"  # 村头办得到不: the town, not the village
        return text

    def _unique_name(self, name: str) -> str:
        """The shortest piece of a service name found in no other name (fits a payload)."""
        if len(name.encode("utf-8")) <= 60:
            return name
        index = self.lexicon.services
        for length in range(4, min(len(name), 18) + 1):
            for start in range(len(name) - length + 1):
                piece = name[start : start + length]
                if len(index.hits(piece)) == 1:
                    return piece
        return name

    def _write_department(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        department = match.args.get("department", "")
        if not rows:
            return f"数据中没有{department}实施的政务服务事项。"
        full = rows[0].get("full_name") or department
        rows = _named_catalogue(rows, match.question)
        by_catalogue: dict[str, int] = defaultdict(int)
        for row in rows:
            by_catalogue[_catalogue_label(row)] += 1
        split = "、".join(f"“{c}”{n}项" for c, n in by_catalogue.items())
        count = f"至少{len(rows)}" if truncated else str(len(rows))
        lines = [f"{rows[0]['department']}（{full}）实施的政务服务事项共{count}项（{split}）："]
        lines += numbered(
            rows,
            lambda row: f"{row['name']}（{row['item_type']}）",
            question=match.question,
            text_of=lambda row: row["name"],
        )
        return "\n".join(lines)

    def shown_rows(self, match: Match, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if match.tool != "service_counts_by_department" or not match.focus:
            return rows
        return [row for department in match.focus
                for row in self._counts_of(department, match, rows)]

    def _counts_of(self, department: str, match: Match, rows: list[dict[str, Any]]
                   ) -> list[dict[str, Any]]:
        """A department's count rows, of the catalogue and batch the question names."""
        return _named_catalogue([r for r in rows if r["department"] == department],
                                match.question)

    def _write_department_counts(self, match: Match, rows: list[dict[str, Any]]) -> str:
        """The items of each department named, per catalogue batch (the batch named, else
        every batch printed), and which has more when two are compared."""
        lines, totals = [], {}
        for department in match.focus:
            own = self._counts_of(department, match, rows)
            if not own:
                lines.append(f"数据中没有{department}实施的政务服务事项。")
                continue
            totals[department] = sum(row["items"] for row in own)
            split = "、".join(f"“{_catalogue_label(row)}”{row['items']}项" for row in own)
            lines.append(f"{department}（{own[0]['full_name'] or department}）实施的政务服务"
                         f"事项共{totals[department]}项（{split}）。")
        if len(totals) == 2:
            (first, many), (second, few) = sorted(totals.items(), key=lambda item: -item[1])
            lines.append(f"{first}比{second}多{many - few}项。" if many > few
                         else f"两者一样多，各{many}项。")
        return "\n".join(lines)

    def _write_catalogue(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        catalogue = match.args.get("catalogue", "")
        if not rows:
            return f"数据中没有“{catalogue}”事项清单。"
        parts = []
        cut = _catalogue_label(rows[-1])  # rows come latest notice first: only the last is cut
        for label, group in _by_label(_named_catalogue(rows, match.question)).items():
            count = f"至少{len(group)}" if truncated and label == cut else str(len(group))
            first = group[0]  # the notice that published it: its number and date
            issued = printed_date(first["sign_date"])
            notice = f"（{first['doc_number']}，{issued}印发）" if first.get("doc_number") else ""
            parts.append(f"“{label}”事项清单{notice}共{count}项{_involving(group)}"
                         + ("：" if not (typed := _of_type_asked(group, match.question)) else "。"))
            if typed:  # 行政许可占好多项: the items of the type asked, counted
                kind, group = typed
                parts.append(f"其中{kind}{len(group)}项{_involving(group)}：")
            parts += numbered(group, _catalogue_item, question=match.question)
        return "\n".join(parts)

    def _write_counts(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if match.focus:
            return self._write_department_counts(match, rows)
        totals: dict[str, int] = defaultdict(int)
        for row in rows:
            totals[row["department"]] += row["items"]
        ranked = sorted(totals.items(), key=lambda item: -item[1])
        lines = [f"实施政务服务事项最多的机构（共{len(ranked)}个机构）："]
        lines += [f"{i}. {name} {count}项" for i, (name, count) in enumerate(ranked[:10], 1)]
        return "\n".join(lines)


_NEGATIONS = "非"  # 非营运: the opposite of 营运 (无 and 不 open names: 无犯罪记录证明)


def _affirmed(keyword: str, rows: list[dict[str, Any]], question: str) -> list[dict[str, Any]]:
    """The items whose names print the keyword as the question does: not negated (营运 is no
    word of 小型非营运二手车转移登记, printed there only as 非营运), or negated when the question
    negates it too (不是学历教育 → 民办非学历教育机构…)."""
    if not keyword:
        return rows
    word = re.escape(keyword)
    if re.search(rf"(?:[{_NEGATIONS}]|不是|不属于){word}", question):
        negated = re.compile(rf"[{_NEGATIONS}]{word}")
        return [row for row in rows if negated.search(row["name"])] or rows
    affirmed = re.compile(rf"(?<![{_NEGATIONS}]){word}")
    return [row for row in rows if affirmed.search(row["name"])]


def _uncovered_term(text: str, keyword: str, services: Any) -> str | None:
    """The question's term a common keyword is only the end or the start of, when the words
    printed against it are in no item name (失业保险金申领, 烟草专卖零售许可证 — an item with
    申领 or 零售 is another thing): the term, else None."""
    if services.specificity(keyword) >= RARE and len(keyword) > 3:
        return None
    for found in re.finditer(re.escape(keyword), text):
        term = _term_around(text, found.start(), found.end())
        head, _, tail = term.partition(keyword)  # the words printed around the keyword
        tail = tail.rstrip(_ASKING_VERBS)  # 教师资格证认定找(哪个部门): the asking, no word
        # a compound's head (失业保险金, 烟草专卖, 教师), not a clause (起名字又怕跟别人)
        compound = 2 <= len(head) <= 5 and len(tail) <= 3 and head[0] not in _NOT_A_HEAD
        if compound and not services.hits(head[-2:]) and not _asks_or_particle(head):
            return term.rstrip(_ASKING_VERBS)
    return None


_NOT_A_HEAD = "这那哪每各某此该"
_ASKING_VERBS = "找办去到在"  # 这种伤人的狗: a demonstrative, not a word of the thing


def _term_around(text: str, start: int, end: int) -> str:
    """The words of the question around text[start:end] up to a question word or particle."""
    head, tail = text[:start], text[end:]
    for filler in words.FILLER_SORTED:
        head, tail = head.replace(filler, " "), tail.replace(filler, " ")
    stop = "".join(words.PARTICLES)
    before = re.search(rf"[^\s{stop}\W]*$", head)[0][-8:]
    after = re.match(rf"[^\s{stop}\W]*", tail)[0][:8]
    return f"{before}{text[start:end]}{after}"


def _asks_or_particle(head: str) -> bool:
    """Words before a term that name no thing: question words, particles, verbs of doing."""
    return (any(char in words.PARTICLES for char in head) or trim_fillers(head) != head
            or any(verb in head for verb in words.DO_VERBS))


_ASKS_NEARBY = re.compile(r"镇|村|社区|就近|下放|家门口")
# 一共好多项 / 哪个的事项多些: a count asked; 有几项，都是些啥子: the items themselves too
_ASKS_COUNT = re.compile(r"(?:多少|好多|几十?)(?:项|个|样|件|条)|一共|总共|统共|多些|少些|哪个多")
_BATCH = re.compile(r"第[一二三四五六七八九十百零〇\d]+批")
_OF_SERVICES = re.compile(r"项|事|清单|跑一次|就近办|通办|批")  # not 预算一共好多亿
_ASKS_WHICH = re.compile(r"哪些|哪几|啥子|什么|些啥|是啥|有啥|都是|包括|列")
_ASKS_VILLAGE = re.compile(r"村|社区")


def _nearby(catalogue: str) -> bool:
    """A catalogue of items handled in towns and villages (就近办)."""
    return any(word in catalogue for word in words.NEARBY_CATALOGUE)


def _catalogue_label(row: dict[str, Any]) -> str:
    """'就近办（第三批）': a catalogue is named with its batch, never merged across batches."""
    batch = row.get("batch") or ""
    catalogue = row.get("catalogue") or ""
    return f"{catalogue}（{batch}）" if batch else catalogue


def _named_catalogue(rows: list[dict[str, Any]], question: str) -> list[dict[str, Any]]:
    """The rows of the catalogue and batch the question names (第三批, 就近办), else all.

    Names come from the rows: a batch or catalogue printed in the question narrows the answer
    to it, so a later batch is never merged with an earlier one; a catalogue named without a
    batch means its latest batch, and so does 这批; a batch printed by two notices, the latest
    one's items."""
    batch_named = False
    for column in ("batch", "catalogue"):
        named = {row[column] for row in rows if row.get(column) and row[column] in question}
        if named:
            rows = [row for row in rows if row.get(column) in named]
            batch_named |= column == "batch"
    # a batch printed again by a later notice (two issues' 第五批): the latest notice's items
    latest_of: dict[str, str] = {}
    for row in rows:
        label = _catalogue_label(row)
        latest_of[label] = max(latest_of.get(label, ""), str(row.get("sign_date") or ""))
    rows = [row for row in rows
            if str(row.get("sign_date") or "") == latest_of[_catalogue_label(row)]]
    catalogues = {row.get("catalogue") for row in rows}
    latest_asked = any(word in question for word in words.THIS_BATCH)  # 这批下放了哪些
    if not batch_named and (latest_asked or (
            len(catalogues) == 1 and any(c and c in question for c in catalogues))):
        # a catalogue named without its batch (医保局有哪些就近办): its latest batch applies
        latest = max(str(row.get("sign_date") or "") for row in rows)
        rows = [row for row in rows if str(row.get("sign_date") or "") == latest]
    return rows


def _by_label(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(_catalogue_label(row), []).append(row)
    return groups


def _batch_number(batch: str) -> int | None:
    """第十八批 and 第18批 → 18."""
    numeral = batch.removeprefix("第").removesuffix("批")
    return int(numeral) if numeral.isdigit() else chinese_number(numeral)


def _involving(rows: list[dict[str, Any]]) -> str:
    """'，涉及12个部门': the departments implementing the rows, counted."""
    involved = {name for row in rows for name in (row.get("departments") or "").split("、") if name}
    return f"，涉及{len(involved)}个部门" if involved else ""


def _of_type_asked(rows: list[dict[str, Any]], question: str
                   ) -> tuple[str, list[dict[str, Any]]] | None:
    """The item type a question names (行政许可, 公共服务: the values the rows print) and the
    rows of that type; None when it names none."""
    kinds = {row["item_type"] for row in rows if row.get("item_type")}
    named = [kind for kind in kinds if kind in question]
    if len(named) != 1:
        return None
    return named[0], [row for row in rows if row.get("item_type") == named[0]]


def _catalogue(row: dict[str, Any], long: bool = False) -> str:
    """'最多跑一次（第三批）' (short) or '属于“就近办”事项清单（第三批），下放到镇街…办理'."""
    if not long:
        return _catalogue_label(row)
    places = _delegated(row)
    delegated = f"，下放到{places}办理" if places else ""
    return f"属于“{row.get('catalogue') or ''}”事项清单（{row.get('batch') or ''}）{delegated}"


def _delegated(row: dict[str, Any]) -> str:
    """Where a service item is delegated to: '镇街、村（社区）', or ''."""
    places = (("镇街", row.get("to_town")), ("村（社区）", row.get("to_village")))
    return "、".join(place for place, flag in places if flag)


def _catalogue_item(row: dict[str, Any]) -> str:
    places = _delegated(row)
    delegated = f"，下放到{places}办理" if places else ""
    return f"{row['name']}（{row['implementer']}{delegated}）"
