"""House expropriation: a project's facts, its compensation rates, and estimates with steps.

This module decides which tool answers (a project's facts, its rates, an estimate) and asks
back what is missing (the project, the structure). The project is chosen by
`compensation_projects`, the question is read against that project's own rates by
`compensation_reading`, the arithmetic is bot.estimate's, and the sentences are
`compensation_wording`'s.
"""

from __future__ import annotations

import re
from typing import Any

from bot import asked as asking
from bot import vocabulary as words
from bot.answers import MAX_PAYLOAD_BYTES, Answer, Option
from bot.compose import choices
from bot.domains import compensation_reading as reading
from bot.domains import compensation_wording as wording
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.compensation_projects import Choice, Project, Projects
from bot.domains.documents import MIN_TITLE_PIECE
from bot.domains.matching import BaseDomain
from bot.domains.passages import Passages, said_once
from bot.estimate import (
    NO_DECORATION,
    NON_RESIDENTIAL,
    EstimateError,
    Household,
    RateTable,
    item_amount,
    named_in,
)
from bot.payload import encode
from bot.swap import is_swap_part

NAME = "compensation"
ESTIMATE = "estimate_compensation"
PROJECT = "compensation_project"
RATES = "compensation_rates_of_project"
DOCUMENTS = "passages_of_project"  # the paragraphs of the project's decision and notice
QUOTED = "passages"  # what an answer quoting the gazette's text is, whichever query found it
# Facets the notice prints as a sentence with no column of their own: answered by quoting the
# project's documents (the office address has its column: structured first, the quote when the
# column is empty).
SENTENCE_FACETS = frozenset({"appeal"})
QUOTED_WHEN_EMPTY = {"office": "office_address", "hours": "office_hours"}
MAX_QUOTED = 2
# The asked attributes (bot.asked) a project's facts or rates can hold.
HELD = frozenset({"phone", "address", "count", "date", "responsible", "percentage", "doc_number"})
# 多少钱 is a fee cue: a project's rates hold the amount when the question is about them;
# 多少天 a duration: a project holds its signing period, its rates the months paid (几个月)
MIN_PLACE = 2  # a place is in a project's texts when its first characters are (龙水 of 龙水镇)
CLOSE = 0.1  # quotes covering the question this much less than the best one are left out
_SENTENCE_END = re.compile(r"[。！？?!；;]")


class Compensation(BaseDomain):
    name = NAME
    tools = (PROJECT, RATES, ESTIMATE, DOCUMENTS)

    def __init__(self, context: Any, projects: Projects) -> None:
        super().__init__(context)
        self.projects = projects
        self.quoting = Passages(context)  # its ranking and quoting, over one project's text
        self.writers = {
            PROJECT: lambda match, rows, _: wording.project_text(match, rows),
            RATES: lambda match, rows, _: wording.rates_text(
                match, rows, self.shown_rows(match, rows)
            ) + self._on_the_day(match, rows),
        }

    # Matching -----------------------------------------------------------------------
    def match(self, question: Question) -> Match | None:
        if question.has(words.POSITIONS) and not question.has(words.COMPENSATION):
            return None  # 宝顶镇新来的副镇长叫啥: a post in the town, not the town's project
        asked = question.attribute
        if asked is not None and asked.name == "doc_number" and self._another_document(question):
            return None  # 征收…那个决定的文号: not the notice the project's rates come from
        paid = set(question.found(words.ESTIMATE)) - set(question.found(words.MONEY))  # 赔多少
        about_rates = (question.has(words.COMPENSATION) or bool(paid)
                       or len(question.found(words.COMPENSATION_WEAK)) >= 2
                       or bool(reading.UNIT_PRICE.search(question.text))
                       # 天然气开了户的补多少钱: a payment for an item of a rate table
                       or (question.has(words.ESTIMATE) and question.has(words.RECEIVE)
                           and bool(self.keyword(question.text, self.lexicon.rates, 1.5))))
        facet = any(question.has(cues) for cues in words.PROJECT_FACETS.values())
        # 过渡费给几个月: an item of the rates named, whose months the rates hold
        rate_item = any(question.has(cues) for cues in words.RATE_FOCUS.values())
        # a house's area and 能拿多少: its figures are asked, whatever else the story says
        # (有营业执照一直在开 is how the shop is used, not a question about licences)
        swap = reading.new_home_area(question.text) is not None  # 70平的换80平的安置房
        house = bool(reading.AREA.search(question.text)) and (question.has(words.ESTIMATE)
                                                               or swap)
        if not self.projects or (asked is not None and asked.name not in HELD and not house
                                 and not (asked.name in ("fee", "charge") and about_rates)
                                 and not (asked.name == "duration"
                                          and (facet or about_rates or rate_item))):
            return None  # materials, time limits, fees …: no project's data holds them
        choice = self.projects.choose(question.text)
        candidates = [choice.project] if choice.project else list(choice.candidates)
        # with several projects, a question that names none needs a word of its own (征收,
        # 拆迁, an item of a rate table …): a house or a payment alone (房子, 补偿) may be
        # about insurance or a service
        vague = not choice.named and len(self.projects.all) > 1
        # …补贴好多钱 asks a sum of anything: a payment word of its own (补好多, 赔多少) or a
        # house described is needed
        own = (question.has(words.COMPENSATION) or bool(paid) or swap or house
               or bool(reading.UNIT_PRICE.search(question.text))
               or any(word in question.text for word in words.SETTLEMENT_WORDS))
        if vague and not own and not _items_named(question.text, candidates):
            return None
        readings = [(m, p) for p in candidates if (m := self._reading(question, p)) is not None]
        if not readings:
            return None
        elsewhere = [] if choice.named else self._places_without_project(question)
        if elsewhere:
            return self._no_project(elsewhere[0], readings[0][0])
        if choice.project is not None:
            return readings[0][0]
        return self._which_project(readings)

    def _another_document(self, question: Question) -> bool:
        """The question asks the number of a document named by its kind: one that no project's
        own notice is (…那个决定: a project's number is its notice's), or one named by words of
        its title (…片区征收的那个公告): the documents answer it."""
        kinds = [kind for kind in words.DOCUMENT_KINDS if kind in question.text]
        titled = self.lexicon.document_titles.maximal_pieces(question.text, MIN_TITLE_PIECE)
        return bool(kinds) and (bool(titled) or not any(
            str(project.title or "").endswith(kind) for project in self.projects.all
            for kind in kinds))

    def _places_without_project(self, question: Question) -> list[str]:
        """Towns and streets the question names that no project's name or notice names
        (the question is about a project the data does not hold)."""
        towns = [
            self.lexicon.department_names.get(d, "")
            for d in question.of_kind("department")
            if self.lexicon.is_town(d)
        ]
        places = [*towns, *reading.PLACE.findall(question.text)]
        return [p for p in places if p and not self.projects.index.hits(p[:MIN_PLACE])]

    def _no_project(self, place: str, reading_match: Match) -> Match:
        """No project there: said plainly; the projects the data holds are the options."""
        options = [
            Option(p.name, encode(RATES, {"project": p.id}, p.name)) for p in self.projects.all
        ]
        return Match(
            "no_data",
            message=f"数据中没有{place}的房屋征收项目。",
            options=options,
            evidence=reading_match.evidence,
            domain=NAME,
            question=reading_match.question,
        )

    def _reading(self, question: Question, project: Project) -> Match | None:
        found = self._estimate(question, project) or self._compensation(question, project)
        unpriced = reading.unpriced_structure(question.text, project)
        if found is None or unpriced is None or found.tool == PROJECT:
            return found
        return Match(
            "no_data",
            message=f"数据中没有{project.name}{unpriced}房屋的补偿价格"
            f"（补偿标准列出的是：{'、'.join(project.structures())}）。",
            evidence=found.evidence,
            domain=NAME,
            question=found.question,
        )

    def _which_project(self, readings: list[tuple[Match, Project]]) -> Match:
        """Several projects fit: each one's answer as a numbered option (the question asked
        again with the project's short name, so the items asked stay asked; the tool call
        when that does not fit a payload)."""
        options = []
        for m, p in readings:
            again = f"{self.projects.short_name(p)}{m.question}"
            fits = len(again.encode("utf-8")) <= MAX_PAYLOAD_BYTES
            options.append(Option(p.name, again if fits else encode(m.tool, m.args, p.name)))
        return Match(
            "clarify",
            message=f"公报中有{len(readings)}个征收项目，您问的是哪一个？",
            options=options,
            evidence=max(m.evidence for m, _ in readings),
            domain=NAME,
            question=readings[0][0].question,
        )

    def _estimate(self, question: Question, project: Project) -> Match | None:
        """A house's figures: the whole estimate, or the items asked for, with their steps."""
        text = question.text
        measured = reading.measures(text, project)
        # a thing's size (地坝40个平方) is not the house's area
        area = next((found for found in reading.AREA.finditer(text)
                     if not any(m.start <= found.start() < m.end for m in measured)), None)
        days = reading.DAYS_EARLY.search(text)
        day = reading.SIGNING_DAY.search(text)
        window = reading.window_day(text, project)  # 第一个时段就去签
        dated = reading.signing_date(text, project)
        if reading.UNIT_PRICE.search(text) or not project.rates:
            return None  # a unit price: the rates answer it
        asks_amount = question.has(words.ESTIMATE) or question.has(words.MONEY)
        if not (area or days or day or window or dated or reading.MOST_ASKED.search(text)):
            # no area, no day, no most asked: no house's figures, whatever items it names
            return self._utilities(question, project, measured) if asks_amount else None
        items = reading.asked_items(text, project, inputs_given=True)
        about_a_house = (
            bool(items)
            or question.has(words.ESTIMATE)
            or question.has(words.COMPENSATION)
            or bool(reading.structure_words(text, project))
            or question.has(words.DECORATION_WORDS)
            or days
            or day
            or window
            or dated
        )
        # a calendar day alone (no area, no 第N天) is a house's figures only when an amount
        # is asked (能拿多少); 还有没有奖励 / 咋算 asks about the rates
        most = None if days or day or window or dated else reading.most_days(text, items, project)
        timing = days or day or window or most or (dated and question.has(words.ESTIMATE))
        only_days = not area and timing and reading.timed(items, project) and asks_amount
        if not area and not timing and asks_amount:
            return self._utilities(question, project, measured)  # 有线、燃气和两部电话一共补好多
        if not (area and about_a_house) and not only_days:
            return None
        args: dict[str, Any] = {
            "area_m2": float(area.group(1)) if area else 0.0,
            "structure": "".join(reading.structure_words(text, project)),
            "decoration": reading.decoration(text, project),
            "days_early": int(days.group(1)) if days else dated[1] if dated else most or 0,
            "project": self.projects.ref(project),
            "signing_day": (reading.signing_day(day) if day else window if window
                            else dated[0] if dated else 0),
            "settlement": reading.settlement(text, project),
            "fittings": "、".join(reading.fittings(text, project).had),
            "persons": reading.persons(text),
            "qualified": "、".join(reading.qualified(text, project)),
            "assessed_value": reading.assessed_value(text) or 0.0,
            "measures": _measures(measured),
        }
        if new_area := reading.new_home_area(text):  # 70平的…想换80平的安置房: a swap
            args["new_area_m2"] = new_area
        found = (area or days or day or reading.SIGNING_DATE.search(text)
                 or reading.MOST_ASKED.search(text))
        assert found is not None
        # a house of a project the question names is more proof than one of the default
        named_project = int(self.projects.choose(text).named)
        # a house's use named (办公用房, 门市) is a cue: a story's sentence naming it is read
        # with the sentence that asks, which alone would price the house as a home
        uses = len(question.found(words.NON_RESIDENTIAL))
        evidence = Evidence(Proof.IDENTIFIER, 1 + named_project, 1, 1 + uses, len(found.group(0)))
        # a story names items in passing (听说签约有奖励): the items asked are those of its
        # last sentence, the one that asks, or of the last question naming some
        # (…补助是不是按面积往上加？能拿好多)
        asking = [s for s in _SENTENCE_END.split(text) if s.strip()]
        if len(asking) > 1:
            questions = re.findall(r"[^。！？?!；;]+[？?]", text)
            items = next((found for sentence in [asking[-1], *reversed(questions)]
                          if (found := reading.asked_items(sentence, project, inputs_given=True))),
                         ())
        # an item named by its printed name or a short form of it (搬迁费)
        named = any(reading.names_category(text, item) for item in items)
        focus = items if asks_amount or named else ()
        return tool_match(ESTIMATE, args, evidence, NAME, focus=focus, question=text)

    def related(self, answer: Any) -> str:
        """A scheme's rates beside a value it does not state (祖坟迁移补多少): the items it
        prices, not their figures, which would read as the value asked."""
        if answer.tool != RATES or not answer.rows:
            return str(answer.answer)
        return _items_listed(str(answer.answer), answer.rows)

    def _utilities(self, question: Question, project: Project,
                   measured: list[reading.Measure]) -> Match | None:
        """The utilities a household says it has, added up (no area needed); None when it
        names none it has."""
        utilities = reading.fittings(question.text, project)
        # 燃气表跟宽带电视一共补好多: a sum of several named asks them as had
        summed = (not utilities.had and len(utilities.named) > 1
                  and question.has(words.ESTIMATE_TOTAL))
        had = utilities.named if summed else utilities.had
        # each named by a piece of its own name (电 of 电梯 is no 电表), and none named without
        # being had (燃气、电话各补好多: the rates of each)
        if (utilities.named and not summed) or not all(named_in(item, question.text)
                                                       for item in had):
            return None
        if not had and not measured:
            return None
        args = {"area_m2": 0.0, "structure": "", "project": self.projects.ref(project),
                "fittings": "、".join(had), "kind": "、".join(reading.building_kind(question.text)),
                "measures": _measures(measured)}
        items = {*had, *(m.item for m in measured)}
        categories = tuple(dict.fromkeys(row["category"] for row in project.rates
                                         if row["item"] in items))
        evidence = Evidence(Proof.IDENTIFIER, 1, 1, 1, len(items))
        return tool_match(ESTIMATE, args, evidence, NAME, focus=categories, question=question.text)

    def _compensation(self, question: Question, project: Project) -> Match | None:
        strong = question.found(words.COMPENSATION)
        weak = question.found(words.COMPENSATION_WEAK)
        unit_price = bool(reading.UNIT_PRICE.search(question.text)) and question.has(words.ESTIMATE)
        if unit_price:
            strong = [*strong, "平方米"]
        project_words = [p for p, _ in self.lexicon.project_index.maximal_pieces(question.text, 3)]
        chosen = self.projects.choose(question.text)
        if not project_words and chosen.named and chosen.project is project:
            project_words = list(chosen.pieces)  # 某镇某街: pieces of one project's texts
        rate_item = self.keyword(question.text, self.lexicon.rates, min_score=1.5)
        if rate_item and (weak or question.has(words.MONEY)):
            strong = [*strong, rate_item]
        # a project named with one of its facets (某街…要征多少户) needs no other cue
        names = question.span_texts("department")  # a town alone (某镇) names no project
        own = [piece for piece in chosen.pieces if not any(piece in name for name in names)]
        # two characters of a name alone (道路, 公园) are a word of many questions, not a name;
        # with the project's town (邮亭老街) they name it
        named_facet = bool(own) and sum(map(len, chosen.pieces)) >= 3 and chosen.named and any(
            question.has(cues) for f, cues in words.PROJECT_FACETS.items() if f != "area"
        )
        if not strong and not weak and not named_facet:
            return None
        cues = len(set(strong)) + len(set(weak))
        if strong or project_words:
            proof = Proof.STRONG
        else:
            proof = Proof.CUE if len(weak) >= 2 else Proof.HINT
        evidence = Evidence(proof, len(project_words), len(project_words), cues)
        # 选产权调换: the settlement chosen is an input, not a question about the methods
        unchosen = reading.without_settlement(question.text, project)
        facets = tuple(
            f for f, cues in words.PROJECT_FACETS.items() if any(c in unchosen for c in cues)
        )
        if "decision" in facets and "签" not in unchosen:  # 征收决定是哪天作出的: not signing
            facets = tuple(f for f in facets if f != "signing")
        rate_focus = reading.asked_items(question.text, project)
        unpriced = reading.unpriced_items(question.text, project)
        if unit_price and not rate_focus and not unpriced:  # 一平方多少: the house's price
            rate_focus = _priced_per_m2(question, project)
        informative = [facet for facet in facets if facet != "area"]
        args = {"project": project.id}
        named_item = any(c in unchosen for c in rate_focus)
        about_project = (informative and (not rate_focus or not question.has(words.MONEY))) or (
            facets and not rate_focus
        )
        if unpriced and not rate_focus and reading.asks_amount(question.text):
            # 临时安置费一个月多少 where the table prints no such item: said first, then the
            # rates the project does print
            items = "、".join(unpriced)
            missing = f"公报没有写明{project.name}的{items}标准（数据中没有这项信息）。"
            return tool_match(RATES, args, evidence, NAME, question=question.text,
                              message=missing)
        asked = question.attribute
        if asked is not None and asked.name == "duration" and not rate_focus and not facets:
            # 补偿款好久到账: no item's months and no date of the notice say it
            missing = f"公报没有写明{project.name}的{asked.label}（数据中没有这项信息）。"
            return tool_match(RATES, args, evidence, NAME, question=question.text,
                              message=missing)
        if reading.asks_rule(question.text):  # 门面能不能换房, 补不补: the scheme's sentence
            return tool_match(DOCUMENTS, args, evidence, NAME, focus=facets, question=question.text)
        if about_project and not named_item:
            empty = {f for f, column in QUOTED_WHEN_EMPTY.items() if not project.facts.get(column)}
            quoted = SENTENCE_FACETS | empty
            tool = DOCUMENTS if informative and set(informative) <= quoted else PROJECT
            return tool_match(tool, args, evidence, NAME, focus=facets, question=question.text)
        return tool_match(RATES, args, evidence, NAME, focus=rate_focus, question=question.text)

    def own_text(self, match: Match) -> Match | None:
        """A project's facts or rates: its own decision and notice hold what they lack."""
        if match.tool not in (PROJECT, RATES) or not match.args.get("project"):
            return None
        return Match("tool", tool=DOCUMENTS, args={"project": match.args["project"]},
                     domain=NAME, question=match.question, evidence=match.evidence,
                     focus=match.focus)

    # Estimates ----------------------------------------------------------------------
    def prepare(self, match: Match) -> Match | Answer:
        """An estimate needs its project and one structure row: resolve them, or ask. The
        paragraphs of a project's documents answer as quoted passages."""
        if match.tool == DOCUMENTS:
            return Match(
                "tool", tool=QUOTED, args=match.args, domain=NAME, question=match.question,
                evidence=match.evidence, focus=match.focus,
            )  # fmt: skip
        if match.tool != ESTIMATE:
            return match
        args = dict(match.args)
        project = self.projects.get(str(args.get("project") or "")) or self.projects.default
        if project is None:
            if not self.projects:
                return Answer(answer="数据中没有房屋征收补偿标准，无法估算。", kind="no_data")
            return self._project_options(args, match)
        question = match.question
        names = project.structures()
        structures = reading.structures_for(str(args.get("structure") or ""), question, project)
        if len(structures) != 1 and match.focus and project.value_category() not in match.focus:
            # the asked items depend on the use (住宅 or not), not on the structure
            structures = reading.default_structure(question, project)
        if not args.get("area_m2") and reading.timed(match.focus, project):
            args["area_m2"] = 1.0  # per household and day: the area is not used
        if args.get("new_area_m2") and len(structures) != 1:
            args.update(structure="", project=project.id)  # the price of the new home alone
            return _estimate_of(match, args)
        if len(structures) != 1 and args.get("assessed_value") and (
                kind := reading.building_kind(question)):
            # 门市评估价值60万: its value is given, its kind's rows price the rest
            args.update(structure="", kind="、".join(kind), project=project.id)
            return _estimate_of(match, args)
        if len(structures) != 1 and (kind := self._kind_priced(question, project, match.focus)):
            # 铺面80平 搬迁费: the kind's rows price the asked items, no structure needed
            args.update(structure="", kind="、".join(kind), project=project.id)
            return _estimate_of(match, args)
        if len(structures) != 1:
            return self._structure_options(args, structures or names, project)
        args["structure"] = structures[0]
        args["project"] = project.id
        if args.get("decoration") and args["decoration"] not in project.decorations():
            args["decoration"] = ""
        return _estimate_of(match, args)

    @staticmethod
    def _kind_priced(question: str, project: Project, items: tuple[str, ...]
                     ) -> tuple[str, ...] | None:
        """The printed words of the non-residential kind of building the question names
        (营业, 商业 for 铺面), when the asked items do not include the house's value and
        each of them prints a row for that kind; else None."""
        kind = reading.building_kind(question)
        if not kind or not items or project.value_category() in items:
            return None
        printed = {category: " ".join(f"{row['item'] or ''}{row['condition'] or ''}"
                                      for row in project.rates if row["category"] == category)
                   for category in items}
        named = next((word for word in kind if all(word in text for text in printed.values())),
                     None)
        return kind[kind.index(named):] if named else None

    def failed(self, error: Exception) -> Answer | None:
        if isinstance(error, EstimateError):
            return Answer(answer=f"无法估算：{error}。", tool=ESTIMATE, kind="no_data")
        return None

    def _structure_options(
        self, args: dict[str, Any], structures: list[str], project: Project
    ) -> Answer:
        names = project.structures()
        ref = self.projects.ref(project)
        options = [
            Option(name, encode(ESTIMATE, {**args, "project": ref, "structure": f"#{i}"}))
            for i, name in enumerate(names)
            if name in structures
        ]
        area = args.get("area_m2")
        return _asked_back(
            f"请选择被征收房屋（{area:g}平方米）的类别和结构（{project.name}）：", options)

    def _project_options(self, args: dict[str, Any], match: Match) -> Answer:
        options = [
            Option(p.name, encode(ESTIMATE, {**args, "project": self.projects.ref(p)}, p.name))
            for p in self.projects.all
        ]
        return _asked_back(f"公报中有{len(options)}个征收项目，请选择按哪个项目的标准估算：",
                           options)

    # Wording ------------------------------------------------------------------------
    def arrange(self, match: Match, result: dict[str, Any]) -> dict[str, Any]:
        """Of the project's paragraphs, the sentences answering the question (its project's
        name left out: the sentence need not repeat it); none → the project's own row."""
        if match.tool != QUOTED:
            return result
        question = match.question
        for piece in self.projects.choose(question).pieces:
            question = question.replace(piece, " ")
        quotes = self.quoting.quotes(question, result.get("rows", []), within=True)
        # a facet only a sentence answers (不服 → 复议, 诉讼) is answered by one that says it
        cues = [c for f in SENTENCE_FACETS & set(match.focus) for c in words.PROJECT_FACETS[f]]
        if cues:
            quotes = [q for q in quotes if any(c in "".join(q.sentences) for c in cues)]
        project = self.projects.get(str(match.args.get("project") or ""))
        best = quotes[0].coverage if quotes else 0.0
        said = said_once(quotes, asking.asked(match.question),
                         lambda quote, valued: valued or quote.coverage >= best - CLOSE)
        # a quote read from its whole document: the project is the one asked about
        rows = [{**quote.row, "quoted": text,
                 "project": project.name if project else quote.row.get("project")}
                for text, quote in said.items()][:MAX_QUOTED]
        if not rows and project is not None:
            rows = [project.facts]
        return {**result, "rows": rows}

    def write_result(self, match: Match, result: dict[str, Any]) -> str:
        rows = result.get("rows", [])
        if match.tool == QUOTED and rows and "quoted" in rows[0]:
            return f"{rows[0]['project']}：\n" + self.quoting.write(match, rows, False)
        if match.tool == QUOTED:
            return wording.project_text(match, rows)
        if match.tool == ESTIMATE:
            project = self.projects.get(str(match.args.get("project") or ""))
            if "swap" in result:
                return wording.swap_text(result["swap"], project)
            if match.focus:
                return wording.items_text(result["estimate"], match.focus, project)
            return wording.estimate_text(result["estimate"], project)
        written = self.write(match, result.get("rows", []), bool(result.get("truncated")))
        if match.tool == RATES and match.message:  # an item the table does not print
            return f"{match.message}\n公报中与此有关的内容：\n" + _items_listed(
                written, result.get("rows", []))
        return written

    def portal_link(self, match: Match, rows: list[dict[str, Any]], wording: Any) -> str:
        if match.tool == QUOTED and rows and rows[0].get("paragraph_id"):
            return wording.paragraph_url(rows[0])
        if match.tool == QUOTED:
            return wording.url(PROJECT, match.args)
        if match.tool == ESTIMATE:
            project = self.projects.get(str(match.args.get("project") or ""))
            return wording.url(RATES, {"project": project.id if project else ""})
        return wording.url(match.tool or "", match.args)

    def kind_of(self, match: Match, rows: list[dict[str, Any]]) -> str:
        """A question about a fact the project's notice does not print is not answered."""
        if match.tool == RATES and match.message:
            return "not_stated"
        if match.tool == PROJECT and wording.asks_the_firms_phone(match.focus):
            return "not_stated"
        quoted = bool(rows) and "quoted" in rows[0]
        if match.tool in (PROJECT, QUOTED) and rows and match.focus and not quoted:
            asked = [f for f in match.focus if f in wording.FACET_COLUMNS]
            stated = any(rows[0].get(wording.FACET_COLUMNS[f][0]) for f in asked)
            if asked and len(asked) == len(match.focus) and not stated:
                return "not_stated"
        return "tool"

    def _on_the_day(self, match: Match, rows: list[dict[str, Any]]) -> str:
        """A reward falling day by day (第1日30000元，此后每晚1日减少600元) for the signing
        date the question gives: that day's amount with its steps, which the rule alone leaves
        to the resident to work out."""
        falling = list(dict.fromkeys(row["category"] for row in rows
                                     if row.get("basis") == "per_day_late"))
        project = next((p for p in self.projects.all
                        if rows and p.id == rows[0].get("project_id")), None)
        dated = reading.signing_date(match.question, project) if falling and project else None
        if not dated:
            return ""
        table = RateTable(rows, project.id)
        lines = [line for category in falling
                 if (line := item_amount(table, category, Household(signing_day=dated[0])))]
        return "".join(f"\n按您说的日期：{line.label}，{line.formula}" for line in lines)

    def shown_rows(self, match: Match, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if match.tool != RATES or not match.focus:
            return rows
        selected = [row for row in rows if row["category"] in match.focus]
        project = self.projects.get(str(match.args.get("project") or ""))
        pieces = reading.structure_words(match.question, project) if project else []
        narrowed = [
            row
            for row in selected
            if not row.get("structure")
            or all(p in row["item"] and ("非" + p not in row["item"] or "非" + p in pieces)
                   for p in pieces)
        ]  # fmt: skip
        hints = reading.NON_RESIDENTIAL_HINTS
        if pieces and project and not any(h in match.question for h in hints):
            homes = [
                r
                for r in narrowed
                if not r.get("structure") or r.get("property_use") != NON_RESIDENTIAL
            ]
            narrowed = homes or narrowed
        return narrowed or selected


def estimate_choices(project: Project | None) -> dict[str, list[str]]:
    """Structures and decoration levels as a project's rate table names them."""
    if project is None:
        return {"structures": [], "decorations": []}
    return {
        "structures": project.structures(),
        "decorations": [*project.decorations(), NO_DECORATION],
    }


__all__ = ["ESTIMATE", "Choice", "Compensation", "estimate_choices"]


def _asked_back(question: str, options: list[Option]) -> Answer:
    """An estimate that needs one more choice: the question and its numbered options."""
    return Answer(answer="\n".join([question, *choices(options)]), tool=ESTIMATE,
                  options=options, kind="clarify")


def _items_listed(written: str, rows: list[dict[str, Any]]) -> str:
    """The scheme's rates as the items it prices, without their figures (beside a value it
    does not state, a figure of another item would read as the one asked)."""
    items = "、".join(dict.fromkeys(str(row["category"]) for row in rows if row.get("category")))
    if not items:
        return written
    head = written.splitlines()[0].rstrip("：:") if written else "补偿标准"
    return f"{head}列出的补偿项目有：{items}（各项标准见补偿方案原文）。"


def _items_named(text: str, candidates: list[Project]) -> bool:
    """Whether the question names an item of a candidate's rates (read only when it decides:
    reading the items asked is the dearest part of matching)."""
    return any(reading.names_category(text, c) for p in candidates for c in p.categories()) or any(
        reading.asked_items(text, p) for p in candidates)


def _measures(measured: list[reading.Measure]) -> str:
    """The estimate's `measures` argument: 混凝土晒坝:40、片石挡墙:6."""
    return "、".join(f"{m.item}:{m.size:g}" for m in measured)


def _estimate_of(match: Match, args: dict[str, Any]) -> Match:
    """The estimate a match asks for, with its inputs resolved."""
    return Match("tool", tool=ESTIMATE, args=args, domain=NAME, question=match.question,
                 evidence=match.evidence, focus=match.focus)


def _priced_per_m2(question: Question, project: Project) -> tuple[str, ...]:
    """The category a unit price asked is of: the new home's parts when the question names
    the new home (安置房好多钱一平方), else the old home's value."""
    parts = tuple(dict.fromkeys(row["category"] for row in project.rates if is_swap_part(row)))
    if parts and question.has(words.NEW_HOME_WORDS):
        return parts
    return tuple(c for c in (project.value_category(),) if c)
