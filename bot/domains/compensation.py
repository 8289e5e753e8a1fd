"""House expropriation: a project's facts, its compensation rates, and estimates with steps.

The arithmetic is bot.estimate's (its public `estimate`, `RateTable`); the project a question is
about is bot.domains.compensation_projects' choice. This module reads, from the question and the
chosen project's own rates, the items asked about and the inputs an estimate needs (area,
structure, decoration, signing day or days early, settlement), and words the result.
"""

from __future__ import annotations

import re
from typing import Any

from bot import vocabulary as words
from bot.answers import MAX_PAYLOAD_BYTES, Answer, Option
from bot.compose import amount, group_by
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.compensation_projects import Choice, Project, Projects
from bot.domains.matching import BaseDomain
from bot.estimate import (
    DEFAULT_SETTLEMENT,
    NO_DECORATION,
    NON_RESIDENTIAL,
    Estimate,
    EstimateError,
    money,
)
from bot.payload import encode

NAME = "compensation"
ESTIMATE = "estimate_compensation"
PROJECT = "compensation_project"
RATES = "compensation_rates_of_project"
_AREA = re.compile(r"(\d+(?:\.\d+)?)\s*(?:平方米|平方|平|m)")
_DAYS_EARLY = re.compile(r"提前\s*(\d{1,4})\s*(?:天|日)")
# 第8天签约 / 第8日就签: the day of the signing period.
_SIGNING_DAY = re.compile(r"第\s*(\d{1,4})\s*(?:天|日)[^,，。;；]{0,4}签")
NON_RESIDENTIAL_HINTS = words.NON_RESIDENTIAL
# 一平方米 / 每平方米 asks for a unit price, not about a house of 1 m².
_UNIT_PRICE = re.compile(r"(?:每|(?<![\d.])1)\s*平方米")
_BRACKETS = re.compile(r"[（(）)]")
_BRACKETED = re.compile(r"[（(]([^）)]{2,6})[）)]")
_CHOOSING = r"(?:选择?|要|按)\s*"  # 选货币补偿: the settlement chosen
ROLE_WORDS = words.RATE_ROLES  # role → the category of issue 1 the curated focus words name
STRUCTURE_SYNONYMS = words.STRUCTURE_SYNONYMS  # 砖混 → 混合结构 (one structure, two names)
# The facets answered from the project's row, and the columns that hold them.
FACET_COLUMNS = {
    "office": ("office_address",),
    "phone": ("office_phone",),
    "hours": ("office_hours",),
    "appeal": ("appeal_text",),
    "valuation": ("valuation_firm",),
}
FACET_LABELS = {
    "office": "现场办公地址",
    "phone": "现场办公电话",
    "hours": "现场办公时间",
    "appeal": "不服征收决定的救济途径",
    "valuation": "评估机构",
}


class Compensation(BaseDomain):
    name = NAME
    tools = (PROJECT, RATES, ESTIMATE)

    def __init__(self, context: Any, projects: Projects) -> None:
        super().__init__(context)
        self.projects = projects
        self.writers = {PROJECT: self._project, RATES: self._rates}

    # Matching -----------------------------------------------------------------------
    def match(self, question: Question) -> Match | None:
        if not self.projects:
            return None
        choice = self.projects.choose(question.text)
        candidates = [choice.project] if choice.project else list(choice.candidates)
        # with several projects, a question that names none needs a word of its own (征收,
        # 拆迁, an item of a rate table …): a house or a payment alone (房子, 补偿) may be
        # about insurance or a service
        vague = not choice.named and len(self.projects.all) > 1
        own = question.has(words.COMPENSATION) or question.has(words.ESTIMATE)
        items = any(c in question.text for p in candidates for c in p.categories())
        if vague and not own and not items:
            return None
        readings = [(m, p) for p in candidates if (m := self._reading(question, p)) is not None]
        if not readings:
            return None
        if choice.project is not None:
            return readings[0][0]
        return self._which_project(readings)

    def _reading(self, question: Question, project: Project) -> Match | None:
        return self._estimate(question, project) or self._compensation(question, project)

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
        area = _AREA.search(text)
        days = _DAYS_EARLY.search(text)
        day = _SIGNING_DAY.search(text)
        if _UNIT_PRICE.search(text) or not project.rates:
            return None  # a unit price: the rates answer it
        items = self._asked_items(text, project, inputs_given=True)
        about_a_house = (
            bool(items)
            or question.has(words.ESTIMATE)
            or question.has(words.COMPENSATION)
            or bool(self._structure_words(text, project))
            or question.has(words.DECORATION_WORDS)
            or days
            or day
        )
        asks_amount = question.has(words.ESTIMATE) or question.has(words.MONEY)
        only_days = not area and (days or day) and _timed(items, project) and asks_amount
        if not (area and about_a_house) and not only_days:
            return None
        args: dict[str, Any] = {
            "area_m2": float(area.group(1)) if area else 0.0,
            "structure": "".join(self._structure_words(text, project)),
            "decoration": self._decoration(text, project),
            "days_early": int(days.group(1)) if days else 0,
            "project": self.projects.ref(project),
            "signing_day": int(day.group(1)) if day else 0,
            "settlement": self._settlement(text, project),
        }
        found = area or days or day
        assert found is not None
        evidence = Evidence(Proof.IDENTIFIER, 1, 1, 1, len(found.group(0)))
        focus = items if asks_amount else ()
        return tool_match(ESTIMATE, args, evidence, NAME, focus=focus, question=text)

    def _asked_items(
        self, text: str, project: Project, inputs_given: bool = False
    ) -> tuple[str, ...]:
        """The project's rate categories the question asks about: categories it names, then
        the curated focus words mapped onto the project's categories (by name, by a cue
        inside one category's name, or by role). With `inputs_given`, the structure and
        decoration words are a house's description, not items asked about."""
        text = _SIGNING_DAY.sub(" ", _DAYS_EARLY.sub(" ", _AREA.sub(" ", text)))
        text = _without_settlement(text, project)
        categories = project.categories()
        asked = [c for c in sorted(categories, key=len, reverse=True) if c in text]
        for category in asked:
            text = text.replace(category, " ")
        if inputs_given:  # the house described: its structure and decoration
            given = (
                *self._structure_words(text, project),
                *project.decorations(),
                *words.DECORATION_WORDS,
                "结构",
            )
            for word in sorted(given, key=len, reverse=True):
                text = text.replace(word, " ")
        for key, cues in words.RATE_FOCUS.items():
            for cue in cues:
                if cue not in text:
                    continue
                category = self._category_for(key, cue, project)
                if category and category not in asked:
                    asked.append(category)
        return tuple(c for c in categories if c in asked)

    def _category_for(self, key: str, cue: str, project: Project) -> str | None:
        categories = project.categories()
        if key in categories:
            return key
        naming = [c for c in categories if cue in c]
        if len(naming) == 1:
            return naming[0]
        role = next((r for r, category in ROLE_WORDS.items() if category == key), None)
        if role == "structure":
            return project.value_category()
        if role == "decoration":
            return next((c for c in categories if project.role_of(c) == "choice"), None)
        if role == "early_signing":
            timed = [
                c for c in categories if {"days_early", "signing_day"} & set(project.inputs(c))
            ]
            return timed[0] if len(timed) == 1 else None
        return None

    def _structure_words(self, text: str, project: Project) -> list[str]:
        """Words of the question that name a structure, suite or use of the project's
        structure rows (a curated synonym stands for the name the project prints)."""
        stems = set(words.STRUCTURE_WORDS)
        for row in project.rates:
            if row.get("structure"):
                stems.add(row["structure"])
                stems.add(row["structure"].removesuffix("结构"))
                stems.update(_BRACKETED.findall(row["item"]))  # the use: 门面, 成套
        found = [w for w in sorted(stems, key=len, reverse=True) if w and w in text]
        for word, means in STRUCTURE_SYNONYMS.items():
            if word in text and word not in stems and means in stems:
                found.append(means)
        if "非成套" in found:
            found = [w for w in found if w != "成套"]
        return [w for w in found if not any(w != o and w in o for o in found)]

    def _decoration(self, text: str, project: Project) -> str:
        """The project's decoration level the question names (or a resident's word for it)."""
        if any(w in text for w in words.NO_DECORATION_WORDS):
            return ""
        levels = project.decorations()
        named = [level for level in levels if level in text]
        if named:
            return named[0]
        for word, level in words.DECORATION_WORDS.items():
            if word not in text:
                continue
            if level in levels:
                return level
            alike = [name for name in levels if name[0] == word[0]]
            if len(alike) == 1:
                return alike[0]
        return ""

    def _settlement(self, text: str, project: Project) -> str:
        """The settlement mode named (产权调换（现房） when both of its words are there)."""
        for mode in project.settlements():
            parts = [p for p in _BRACKETS.split(mode) if p]
            if mode in text or all(p in text for p in parts):
                return mode
        return ""

    def _compensation(self, question: Question, project: Project) -> Match | None:
        strong = question.found(words.COMPENSATION)
        weak = question.found(words.COMPENSATION_WEAK)
        unit_price = bool(_UNIT_PRICE.search(question.text)) and question.has(words.ESTIMATE)
        if unit_price:
            strong = [*strong, "平方米"]
        project_words = [p for p, _ in self.lexicon.project_index.maximal_pieces(question.text, 3)]
        rate_item = self.keyword(question.text, self.lexicon.rates, min_score=1.5)
        if rate_item and (weak or question.has(words.MONEY)):
            strong = [*strong, rate_item]
        if not strong and not weak:
            return None
        cues = len(set(strong)) + len(set(weak))
        if strong or project_words:
            proof = Proof.STRONG
        else:
            proof = Proof.CUE if len(weak) >= 2 else Proof.HINT
        evidence = Evidence(proof, len(project_words), len(project_words), cues)
        facets = tuple(f for f, cues in words.PROJECT_FACETS.items() if question.has(cues))
        rate_focus = self._asked_items(question.text, project)
        if unit_price and not rate_focus:
            rate_focus = tuple(c for c in (project.value_category(),) if c)
        informative = [facet for facet in facets if facet != "area"]
        args = {"project": project.id}
        named_item = any(c in _without_settlement(question.text, project) for c in rate_focus)
        about_project = (
            informative and (not rate_focus or not question.has(words.MONEY))
        ) or (facets and not rate_focus)
        if about_project and not named_item:
            return tool_match(
                PROJECT, args, evidence, NAME, focus=facets, question=question.text
            )
        return tool_match(
            RATES, args, evidence, NAME, focus=rate_focus, question=question.text
        )

    # Estimates ----------------------------------------------------------------------
    def prepare(self, match: Match) -> Match | Answer:
        """An estimate needs its project and one structure row: resolve them, or ask."""
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
        structures = self._structures_for(str(args.get("structure") or ""), question, project)
        if len(structures) != 1 and match.focus and project.value_category() not in match.focus:
            # the asked items depend on the use (住宅 or not), not on the structure
            structures = self._default_structure(question, project)
        if not args.get("area_m2") and _timed(match.focus, project):
            args["area_m2"] = 1.0  # per household and day: the area is not used
        if len(structures) != 1:
            return self._structure_options(args, structures or names, project)
        args["structure"] = structures[0]
        args["project"] = project.id
        if args.get("decoration") and args["decoration"] not in project.decorations():
            args["decoration"] = ""
        return Match(
            "tool", tool=ESTIMATE, args=args, domain=NAME, question=match.question,
            evidence=match.evidence, focus=match.focus,
        )  # fmt: skip

    def _default_structure(self, question: str, project: Project) -> list[str]:
        """The residential structure when the question names no non-residential use."""
        if any(hint in question for hint in NON_RESIDENTIAL_HINTS):
            return []
        return project.residential_structures()[:1]

    def failed(self, error: Exception) -> Answer | None:
        if isinstance(error, EstimateError):
            return Answer(answer=f"无法估算：{error}。", tool=ESTIMATE, kind="no_data")
        return None

    def _structures_for(self, wanted: str, question: str, project: Project) -> list[str]:
        """Structures of the project whose name contains every structure word asked for."""
        names = project.structures()
        if wanted.startswith("#") and wanted[1:].isdigit() and int(wanted[1:]) < len(names):
            return [names[int(wanted[1:])]]
        if wanted in names:
            return [wanted]
        pieces = self._structure_words(wanted, project) if wanted else []
        if not pieces and any(h in question for h in NON_RESIDENTIAL_HINTS):
            others = [n for n in names if n not in project.residential_structures()]
            return others if len(others) == 1 else []
        candidates = [
            n
            for n in names
            if pieces and all(p in n and ("非" + p not in n or "非" + p in pieces) for p in pieces)
        ]
        if len(candidates) > 1:
            residential = [n for n in candidates if n in project.residential_structures()]
            if residential and not any(h in question for h in NON_RESIDENTIAL_HINTS):
                candidates = residential
            elif any(h in question for h in NON_RESIDENTIAL_HINTS):
                candidates = [n for n in candidates if n not in residential] or candidates
        return candidates

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
        return Answer(
            answer=f"请选择被征收房屋（{area:g}平方米）的类别和结构（{project.name}）：\n"
            + "\n".join(f"{i}. {o.label}" for i, o in enumerate(options, 1)),
            tool=ESTIMATE,
            options=options,
            kind="clarify",
        )

    def _project_options(self, args: dict[str, Any], match: Match) -> Answer:
        options = [
            Option(p.name, encode(ESTIMATE, {**args, "project": self.projects.ref(p)}, p.name))
            for p in self.projects.all
        ]
        return Answer(
            answer=f"公报中有{len(options)}个征收项目，请选择按哪个项目的标准估算：\n"
            + "\n".join(f"{i}. {o.label}" for i, o in enumerate(options, 1)),
            tool=ESTIMATE,
            options=options,
            kind="clarify",
        )

    # Wording ------------------------------------------------------------------------
    def write_result(self, match: Match, result: dict[str, Any]) -> str:
        if match.tool == ESTIMATE:
            project = self.projects.get(str(match.args.get("project") or ""))
            if match.focus:
                return self.items_text(result["estimate"], match.focus, project)
            return self.estimate_text(result["estimate"], project)
        return self.write(match, result.get("rows", []), bool(result.get("truncated")))

    def portal_link(self, match: Match, rows: list[dict[str, Any]], wording: Any) -> str:
        if match.tool == ESTIMATE:
            project = self.projects.get(str(match.args.get("project") or ""))
            return wording.url(RATES, {"project": project.id if project else ""})
        return wording.url(match.tool or "", match.args)

    def estimate_text(self, estimate: Estimate, project: Project | None = None) -> str:
        lines = [
            f"按{_source(project)}补偿标准估算（{money(estimate.area_m2)}平方米，"
            f"{estimate.structure}，{estimate.decoration}，{_signing(estimate)}"
            f"{_settled(estimate)}）："
        ]
        lines += [f"{i}. {line.label}：{line.formula}" for i, line in enumerate(estimate.lines, 1)]
        lines.append(f"合计约{money(estimate.total)}元。")
        lines += [f"注：{note}" for note in estimate.notes]
        lines.append("以上按公报公布的标准计算，仅供参考，不是正式补偿金额。")
        return "\n".join(lines)

    def items_text(
        self, estimate: Estimate, items: tuple[str, ...], project: Project | None = None
    ) -> str:
        """Only the items asked for, each with its arithmetic, and their sum when several."""
        lines = [line for line in estimate.lines if line.category in items]
        if not lines:
            return self.estimate_text(estimate, project)
        depends = {i for item in items for i in (project.inputs(item) if project else [])}
        inputs = []
        if not (project and _timed(items, project)):
            inputs.append(f"{money(estimate.area_m2)}平方米")
        if not (project and project.value_category() in items):
            inputs.append(estimate.structure.split("（")[0])
        if {"days_early", "signing_day"} & depends:
            inputs.append(_signing(estimate))
        if "settlement" in depends:
            inputs.append(estimate.settlement)
        head = f"按{_source(project)}补偿标准（{'，'.join(i for i in inputs if i)}）："
        body = [f"{line.label}：{line.formula}" for line in lines]
        if len(lines) > 1:
            total = sum(line.amount for line in lines)
            body.append(f"以上{len(lines)}项合计{money(total)}元。")
        body.append("以上按公报公布的标准计算，仅供参考。")
        return "\n".join([head, *body])

    def _project(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return "数据中没有这个征收项目。"
        p = rows[0]
        facets = {
            "name": f"项目名称：{p['name']}（{p['document_title']}）",
            "households": f"征收总户数{p['households']}户",
            "area": f"征收房屋建筑面积共{amount(p['floor_area_m2'])}平方米",
            "signing": f"签约期限{p['signing_start']}至{p['signing_end']}，共{p['signing_days']}天",
            "department": (
                f"征收部门：{p['expropriating_department']}；具体实施单位：{p['implementer']}"
            ),
            "methods": f"补偿安置方式：{p['compensation_methods']}",
        }
        for facet, (column,) in FACET_COLUMNS.items():
            value = str(p.get(column) or "").rstrip("。；;")
            facets[facet] = f"{FACET_LABELS[facet]}：{value}" if value else ""
        chosen = [f for f in match.focus if f in facets] or [
            "households", "area", "signing", "department", "office", "phone", "hours",
        ]  # fmt: skip
        said = [facets[f] for f in chosen if facets[f]]
        missing = [FACET_LABELS[f] for f in chosen if f in FACET_LABELS and not facets[f]]
        head = f"{p['name']}（{p['doc_number']}）"
        text = f"{head}：" + "；".join(said) + "。" if said else ""
        if missing:
            text = f"公报没有写明{p['name']}的{'、'.join(missing)}。" + text
        return text

    def kind_of(self, match: Match, rows: list[dict[str, Any]]) -> str:
        """A question about a fact the project's notice does not print is not answered."""
        if match.tool == PROJECT and rows and match.focus:
            asked = [f for f in match.focus if f in FACET_COLUMNS]
            stated = any(rows[0].get(FACET_COLUMNS[f][0]) for f in asked)
            if asked and len(asked) == len(match.focus) and not stated:
                return "not_stated"
        return "tool"

    def _rates(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return "数据中没有这个项目的补偿标准。"
        first = rows[0]
        selected = self.shown_rows(match, rows)
        lines = [f"{first['project']}补偿标准（{first['doc_number']}）："]
        for category, group in group_by(selected, "category").items():
            rules = list(dict.fromkeys(row["rule_text"] for row in group if row.get("rule_text")))
            if match.focus and all(len(rule) <= 140 for rule in rules):
                lines.append(f"• {category}：{'；'.join(r.rstrip('；;。') for r in rules)}")
            else:
                items = "；".join(
                    f"{row['item']}{_condition(row, bool(match.focus))}"
                    f"{amount(row['amount'])}{_unit(row)}"
                    for row in group
                )
                lines.append(f"• {category}：{items}")
        return "\n".join(lines)

    def shown_rows(self, match: Match, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if match.tool != RATES or not match.focus:
            return rows
        selected = [row for row in rows if row["category"] in match.focus]
        project = self.projects.get(str(match.args.get("project") or ""))
        pieces = self._structure_words(match.question, project) if project else []
        narrowed = [
            row
            for row in selected
            if not row.get("structure")
            or all(p in row["item"] and ("非" + p not in row["item"] or "非" + p in pieces)
                   for p in pieces)
        ]  # fmt: skip
        if pieces and project and not any(h in match.question for h in NON_RESIDENTIAL_HINTS):
            homes = [
                r
                for r in narrowed
                if not r.get("structure") or r.get("property_use") != NON_RESIDENTIAL
            ]
            narrowed = homes or narrowed
        return narrowed or selected


def _without_settlement(text: str, project: Project) -> str:
    """The question without the settlement mode it chooses (选货币补偿, 选择产权调换: an input
    of the estimate, not an item asked about)."""
    for mode in project.settlements():
        plain = _BRACKETS.split(mode)[0]
        text = re.sub(rf"{_CHOOSING}{re.escape(plain)}", " ", text)
    return text


def _timed(items: tuple[str, ...], project: Project) -> bool:
    """Items paid by the signing day or the days early alone (per household)."""
    timing = {"days_early", "signing_day"}
    return bool(items) and all(timing & set(project.inputs(item)) for item in items)


def _condition(row: dict[str, Any], detailed: bool) -> str:
    """A rate's condition: in full when the question is about it, else only if short."""
    condition = row.get("condition") or ""
    return f"（{condition}）" if condition and (detailed or len(condition) <= 16) else ""


def _unit(row: dict[str, Any]) -> str:
    return "个月" if row.get("basis") == "months" else row["unit"]


def _source(project: Project | None) -> str:
    if project is None:
        return "征收项目"
    return f"{project.name}（{project.doc_number}）" if project.doc_number else project.name


def _signing(estimate: Estimate) -> str:
    if estimate.signing_day:
        return f"签约期第{estimate.signing_day}天签约"
    return f"提前{estimate.days_early}天签约"


def _settled(estimate: Estimate) -> str:
    return f"，{estimate.settlement}" if estimate.settlement != DEFAULT_SETTLEMENT else ""


def estimate_choices(project: Project | None) -> dict[str, list[str]]:
    """Structures and decoration levels as a project's rate table names them."""
    if project is None:
        return {"structures": [], "decorations": []}
    return {
        "structures": project.structures(),
        "decorations": [*project.decorations(), NO_DECORATION],
    }


__all__ = ["ESTIMATE", "Choice", "Compensation", "estimate_choices"]
