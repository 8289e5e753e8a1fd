"""House expropriation: a project's facts, its compensation rates, and estimates with steps.

The arithmetic is bot.estimate's (its public `estimate`, `RateTable`); this module chooses the
project, the rates a question is about and the inputs an estimate needs, and words the result.
"""

from __future__ import annotations

import re
from typing import Any

from bot import vocabulary as words
from bot.answers import Answer, Option
from bot.compose import amount, group_by
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.matching import BaseDomain
from bot.estimate import NO_DECORATION, Estimate, EstimateError, RateTable, money
from bot.payload import encode

NAME = "compensation"
ESTIMATE = "estimate_compensation"
_AREA = re.compile(r"(\d+(?:\.\d+)?)\s*(?:平方米|平方|平|m)")
_DAYS_EARLY = re.compile(r"提前\s*(\d{1,4})\s*(?:天|日)")
NON_RESIDENTIAL_HINTS = words.NON_RESIDENTIAL
# 一平方米 / 每平方米 asks for a unit price, not about a house of 1 m².
_UNIT_PRICE = re.compile(r"(?:每|(?<![\d.])1)\s*平方米")
# Estimate lines are labelled by their rate category (the first characters suffice:
# 预评估价格 → 房屋预评估价值, 装饰装修补偿 → 装饰装修补偿（中装）).
_LABEL_CHARS = 4
STRUCTURE_ITEM = words.RATE_ROLES.get("structure", "")  # the item that depends on the structure
EARLY_SIGNING_ITEM = words.RATE_ROLES.get("early_signing", "")


class Compensation(BaseDomain):
    name = NAME
    tools = ("compensation_project", "compensation_rates_of_project", ESTIMATE)

    def __init__(self, context: Any, choices: dict[str, list[str]], project: str | None) -> None:
        super().__init__(context)
        self.choices = choices
        self.estimate_project = project
        self.writers = {
            "compensation_project": self._project,
            "compensation_rates_of_project": self._rates,
        }

    # Matching -----------------------------------------------------------------------
    def match(self, question: Question) -> Match | None:
        return self._estimate(question) or self._compensation(question)

    def _estimate(self, question: Question) -> Match | None:
        """A house's figures: the whole estimate, or the items asked for, with their steps."""
        text = question.text
        area = _AREA.search(text)
        days = _DAYS_EARLY.search(text)
        if _UNIT_PRICE.search(text) or not self.lexicon.projects:
            return None  # a unit price: the rates answer it
        about_a_house = (
            question.has(words.ESTIMATE)
            or question.has(words.COMPENSATION)
            or question.has(words.STRUCTURE_WORDS)
            or question.has(words.DECORATION_WORDS)
            or days
        )
        items = self._asked_items(question)
        asks_amount = question.has(words.ESTIMATE) or question.has(words.MONEY)
        only_days = not area and days and items == (EARLY_SIGNING_ITEM,) and asks_amount
        if not (area and about_a_house) and not only_days:
            return None
        args: dict[str, Any] = {
            "area_m2": float(area.group(1)) if area else 0.0,
            "structure": self._structure(question),
            "decoration": self._decoration(question),
            "days_early": int(days.group(1)) if days else 0,
        }
        found = area or days
        assert found is not None
        evidence = Evidence(Proof.IDENTIFIER, 1, 1, 1, len(found.group(0)))
        focus = items if asks_amount else ()
        return tool_match(ESTIMATE, args, evidence, NAME, focus=focus)

    @staticmethod
    def _asked_items(question: Question) -> tuple[str, ...]:
        """Rate categories the question asks about (not the structure or decoration it gives)."""
        inputs = (*words.STRUCTURE_WORDS, *words.DECORATION_WORDS, "结构")
        text = _DAYS_EARLY.sub(" ", _AREA.sub(" ", question.text))  # the inputs given
        return tuple(
            category
            for category, cues in words.RATE_FOCUS.items()
            if any(cue in text and not any(i in cue for i in inputs) for cue in cues)
        )

    def _structure(self, question: Question) -> str:
        """The structure words of the question (the estimator matches them to a rate row)."""
        found = [w for w in words.STRUCTURE_WORDS if w in question.text]
        if "非成套" in found:
            found = [w for w in found if w != "成套"]
        if "砖木结构" in found:
            found = [w for w in found if w != "砖木"]
        return "".join(found)

    def _decoration(self, question: Question) -> str:
        if question.has(words.NO_DECORATION_WORDS):
            return ""
        for word, level in words.DECORATION_WORDS.items():
            if word in question.text:
                return level
        return ""

    def _compensation(self, question: Question) -> Match | None:
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
        project = self._project_named(project_words)
        if project is None:
            return None
        cues = len(set(strong)) + len(set(weak))
        if strong or project_words:
            proof = Proof.STRONG
        else:
            proof = Proof.CUE if len(weak) >= 2 else Proof.HINT
        evidence = Evidence(proof, len(project_words), len(project_words), cues)
        facets = tuple(f for f, cues in words.PROJECT_FACETS.items() if question.has(cues))
        rate_focus = tuple(c for c, cues in words.RATE_FOCUS.items() if question.has(cues))
        if unit_price and not rate_focus:
            rate_focus = (STRUCTURE_ITEM,)
        informative = [facet for facet in facets if facet != "area"]
        if (informative and (not rate_focus or not question.has(words.MONEY))) or (
            facets and not rate_focus
        ):
            return tool_match(
                "compensation_project", {"project": project}, evidence, NAME, focus=facets
            )
        return tool_match(
            "compensation_rates_of_project",
            {"project": project},
            evidence,
            NAME,
            focus=rate_focus,
        )

    def _project_named(self, mentioned: list[str]) -> str | None:
        projects = self.lexicon.projects
        named = [p for p in projects if any(m in p for m in mentioned)]
        if len(named) == 1:
            return named[0]
        return projects[0] if len(projects) == 1 else None

    # Estimates ----------------------------------------------------------------------
    def prepare(self, match: Match) -> Match | Answer:
        """An estimate needs one structure row: resolve it, or ask which one."""
        if match.tool != ESTIMATE:
            return match
        if not self.estimate_project:
            return Answer(answer="数据中没有房屋征收补偿标准，无法估算。", kind="no_data")
        args = dict(match.args)
        structures = self._structures_for(str(args.get("structure") or ""), match.question)
        if len(structures) != 1 and match.focus and STRUCTURE_ITEM not in match.focus:
            # the asked items depend on the use (住宅 or not), not on the structure
            structures = self._default_structure(match.question)
        if not args.get("area_m2") and match.focus == (EARLY_SIGNING_ITEM,):
            args["area_m2"] = 1.0  # per household and day: the area is not used
        if len(structures) != 1:
            return self._structure_options(args, structures or self.choices["structures"])
        args["structure"] = structures[0]
        decoration = str(args.get("decoration") or "")
        if decoration and decoration not in self.choices["decorations"]:
            args["decoration"] = ""
        return Match(
            "tool", tool=ESTIMATE, args=args, domain=NAME, question=match.question,
            evidence=match.evidence, focus=match.focus,
        )  # fmt: skip

    def _default_structure(self, question: str) -> list[str]:
        """The residential structure when the question names no non-residential use."""
        if any(hint in question for hint in NON_RESIDENTIAL_HINTS):
            return []
        residential = [n for n in self.choices["structures"] if n.startswith("住宅")]
        return residential[:1]

    def failed(self, error: Exception) -> Answer | None:
        if isinstance(error, EstimateError):
            return Answer(answer=f"无法估算：{error}。", tool=ESTIMATE, kind="no_data")
        return None

    def _structures_for(self, wanted: str, question: str) -> list[str]:
        """Structures whose name contains every structure word asked for."""
        names = self.choices["structures"]
        if wanted.startswith("#") and wanted[1:].isdigit() and int(wanted[1:]) < len(names):
            return [names[int(wanted[1:])]]
        if wanted in names:
            return [wanted]
        pieces = [p for p in words.STRUCTURE_WORDS if p in wanted]
        if "非成套" in pieces:
            pieces.remove("成套")
        candidates = [
            n
            for n in names
            if pieces and all(p in n and ("非" + p not in n or "非" + p in pieces) for p in pieces)
        ]
        if len(candidates) > 1:
            residential = [n for n in candidates if n.startswith("住宅")]
            if residential and not any(h in question for h in NON_RESIDENTIAL_HINTS):
                candidates = residential
        return candidates

    def _structure_options(self, args: dict[str, Any], structures: list[str]) -> Answer:
        names = self.choices["structures"]
        options = [
            Option(name, encode(ESTIMATE, {**args, "structure": f"#{names.index(name)}"}))
            for name in structures
            if name in names
        ]
        area = args.get("area_m2")
        return Answer(
            answer=f"请选择被征收房屋（{area:g}平方米）的类别和结构：\n"
            + "\n".join(f"{i}. {o.label}" for i, o in enumerate(options, 1)),
            tool=ESTIMATE,
            options=options,
            kind="clarify",
        )

    # Wording ------------------------------------------------------------------------
    def write_result(self, match: Match, result: dict[str, Any]) -> str:
        if match.tool == ESTIMATE and match.focus:
            return self.items_text(result["estimate"], match.focus)
        if match.tool == ESTIMATE:
            return self.estimate_text(result["estimate"])
        return self.write(match, result.get("rows", []), bool(result.get("truncated")))

    def portal_link(self, match: Match, rows: list[dict[str, Any]], wording: Any) -> str:
        if match.tool == ESTIMATE:
            project = next((row["project"] for row in rows if row.get("project")), None)
            return wording.url(
                "compensation_rates_of_project",
                {"project": project or self.estimate_project or ""},
            )
        return wording.url(match.tool or "", match.args)

    def estimate_text(self, estimate: Estimate) -> str:
        project = self.estimate_project or "征收项目"
        lines = [
            f"按{project}补偿标准估算（{money(estimate.area_m2)}平方米，{estimate.structure}，"
            f"{estimate.decoration}，提前{estimate.days_early}天签约）："
        ]
        lines += [f"{i}. {line.label}：{line.formula}" for i, line in enumerate(estimate.lines, 1)]
        lines.append(f"合计约{money(estimate.total)}元。")
        lines += [f"注：{note}" for note in estimate.notes]
        lines.append("以上按公报公布的标准计算，仅供参考，不是正式补偿金额。")
        return "\n".join(lines)

    def items_text(self, estimate: Estimate, items: tuple[str, ...]) -> str:
        """Only the items asked for, each with its arithmetic, and their sum when several."""
        lines = [
            line
            for line in estimate.lines
            if any(item[:_LABEL_CHARS] in line.label for item in items)
        ]
        if not lines:
            return self.estimate_text(estimate)
        project = self.estimate_project or "征收项目"
        inputs = []
        if any(item != EARLY_SIGNING_ITEM for item in items):
            inputs.append(f"{money(estimate.area_m2)}平方米")
        inputs.append(estimate.structure.split("（")[0] if STRUCTURE_ITEM not in items else "")
        if EARLY_SIGNING_ITEM in items:
            inputs.append(f"提前{estimate.days_early}天签约")
        head = f"按{project}补偿标准（{'，'.join(i for i in inputs if i)}）："
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
            "office": f"现场办公地址：{p['office_address']}",
            "phone": f"现场办公电话：{p['office_phone']}",
            "hours": f"现场办公时间：{p['office_hours']}",
            "methods": f"补偿安置方式：{p['compensation_methods']}",
            "valuation": f"评估机构：{p['valuation_firm']}",
        }
        chosen = [f for f in match.focus if f in facets] or [
            "households", "area", "signing", "department", "office", "phone", "hours",
        ]  # fmt: skip
        return f"{p['name']}：" + "；".join(facets[f] for f in chosen) + "。"

    def _rates(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return "数据中没有这个项目的补偿标准。"
        project = rows[0]["project"]
        selected = self.shown_rows(match, rows)
        lines = [f"{project}补偿标准："]
        for category, group in group_by(selected, "category").items():
            rules = list(dict.fromkeys(row["rule_text"] for row in group if row.get("rule_text")))
            if match.focus and all(len(rule) <= 140 for rule in rules):
                lines.append(f"• {category}：{'；'.join(r.rstrip('；;。') for r in rules)}")
            else:
                items = "；".join(
                    f"{row['item']}{_condition(row, bool(match.focus))}"
                    f"{amount(row['amount'])}{row['unit']}"
                    for row in group
                )
                lines.append(f"• {category}：{items}")
        return "\n".join(lines)

    def shown_rows(self, match: Match, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if match.tool != "compensation_rates_of_project" or not match.focus:
            return rows
        selected = [row for row in rows if row["category"] in match.focus]
        structure_words = [
            w for w in ("非成套", "成套", "砖木", "混合", "工业", "办公") if w in match.question
        ]
        if "非成套" in structure_words:
            structure_words.remove("成套")
        narrowed = [
            row
            for row in selected
            if not row.get("structure") or all(w in row["item"] for w in structure_words)
        ]
        return narrowed or selected


def _condition(row: dict[str, Any], detailed: bool) -> str:
    """A rate's condition: in full when the question is about it, else only if short."""
    condition = row.get("condition") or ""
    return f"（{condition}）" if condition and (detailed or len(condition) <= 16) else ""


def estimate_choices(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Structures and decoration levels as a project's rate table names them."""
    table = RateTable(rows)
    return {
        "structures": table.structure_names(),
        "decorations": [*table.decoration_names(), NO_DECORATION],
    }
