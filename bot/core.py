"""The answering core: `Answerer.ask(question) -> Answer`, independent of any chat platform.

Contract used by the CLI and the Telegram adapter:
- `Answerer.from_env()`: database from DAZU_DB (default build/dazu-gazette.db), portal base URL
  from DAZU_PORTAL_URL (default http://127.0.0.1:8001);
- `ask(text)`, `choose(payload)`, `estimate(area_m2, structure, decoration, days_early)` and
  `estimate_choices()`; none of them raises: an internal error becomes a short apology (the
  details go to the log, never into the answer).

Everything built at start-up is read-only afterwards and each call keeps its state in local
variables, so one Answerer can answer from several threads at once (the database connection
serialises its own calls).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.tools import StructuredTool
from pydantic import ValidationError

from bot import asked as asking
from bot import vocabulary as words
from bot.answers import Answer, Option
from bot.compose import Wording, choices
from bot.database import (
    DEFAULT_DATABASE,
    METADATA_YML,
    QueryError,
    ReadOnlyDatabase,
    load_queries,
)
from bot.domains import Context, Match, Proof, build_registry
from bot.domains.compensation import ESTIMATE, estimate_choices
from bot.domains.compensation_projects import Projects, load_projects
from bot.domains.passages import (
    MIN_COVERAGE,
    Passages,
    as_evidence,
    bigrams,
    coverage,
    key_text,
    search_expression,
    unanswered,
    unanswered_in,
)
from bot.domains.passages import TOOL as PASSAGES
from bot.estimate import NO_DECORATION
from bot.lexicon import Lexicon
from bot.normalise import unspaced, warm_up
from bot.payload import decode, encode
from bot.router import Router
from bot.tools import INTERNAL_QUERIES, build_tools, estimate_tool, run_tool

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from bot.llm import LLMRouter

logger = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 4000
# How much more of the question's key words a passage must cover to replace a tool's answer.
BETTER_COVERAGE = 0.25
CLOSE_COVERAGE = 0.8  # a passage covering this much of the key words is about the question
HALF_COVERAGE = 0.5  # a passage covering this much says more than a guess that nothing is there
FAR_COVERAGE = 0.34  # a weak reading covering less than this answers another question
# A reading is too weak to answer when its evidence (the answer and the rows it was written
# from) lacks a term of the question the gazette prints, four characters or longer (MISSING_RUN
# key bigrams in a row: 能繁母猪 asked, 巨灾保险 answered), and holds less than WEAK_EVIDENCE of
# the question's printed key bigrams: the bot then says it found nothing and offers the closest
# items. Calibrated on the tuned sets (945 questions, see bot/README.md, "Weak readings"):
# right 843 → 842, wrong 67 → 63; WEAK_EVIDENCE 0.6 gives 839 and 62, MISSING_RUN 2 gives 832
# and 63 (more right answers refused than wrong ones avoided).
MISSING_RUN = 3
PIECE_MISSING_RUN = 2  # for a service item found by a piece of its name
WEAK_EVIDENCE = 0.5
_LATIN = re.compile(r"[A-Za-z]+")
_LIST_ITEM = re.compile(r"^(?:\d+\. |• )", re.MULTILINE)
DEFAULT_PORTAL_URL = "http://127.0.0.1:8001"
APOLOGY = "抱歉，这个问题暂时无法回答，请换个说法再试，或稍后再问。"
MORE_HELP = "发送“帮助”查看可以问的问题。"
TOO_LONG = (
    f"问题太长了（超过{MAX_QUESTION_CHARS}字），请简短地问一个问题，例如“办护照找哪个部门？”。"
)


class Answerer:
    """Routes a question to one tool (rules first, an optional chat model as fallback)."""

    def __init__(
        self,
        database_path: Path | str = DEFAULT_DATABASE,
        portal_url: str = DEFAULT_PORTAL_URL,
        metadata_path: Path = METADATA_YML,
        chat_model: BaseChatModel | None = None,
    ) -> None:
        self.database = ReadOnlyDatabase(Path(database_path))
        queries = load_queries(metadata_path)
        self.tools = build_tools(queries, self.database)
        names = self.tools["names_of_kind"]
        self.lexicon = Lexicon.load(lambda kind: run_tool(names, {"kind": kind})["rows"])
        projects = self._projects()
        # the guided estimate (/compensation) uses the latest issue's project
        self._dialogue_project = projects.default or (projects.all[-1] if projects else None)
        choices = estimate_choices(self._dialogue_project)
        if self._dialogue_project is not None:
            rates = self.tools["compensation_rates_of_project"]
            self.tools[ESTIMATE] = estimate_tool(rates, self._dialogue_project.id)
        titles = {name: query.title.split(" / ")[0] for name, query in queries.items()}
        titles[ESTIMATE] = "房屋征收补偿估算"
        self.wording = Wording(self.lexicon, portal_url)
        paragraphs = self.tools["paragraphs_of_document"]
        context = Context(
            self.lexicon,
            titles,
            self.wording,
            paragraphs=lambda document: run_tool(paragraphs, {"document_id": document})["rows"],
        )
        self.registry = build_registry(context, projects)
        self.router = Router(self.lexicon, self.registry)
        self._choices = choices
        self.llm: LLMRouter | None = None
        if chat_model is not None:
            from bot.llm import LLMRouter  # langchain's model layer, loaded only when used

            self.llm = LLMRouter(chat_model, self.public_tools())
        warm_up()

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, chat_model: BaseChatModel | None = None
    ) -> Answerer:
        env = os.environ if environ is None else environ
        return cls(
            database_path=env.get("DAZU_DB") or DEFAULT_DATABASE,
            portal_url=(env.get("DAZU_PORTAL_URL") or DEFAULT_PORTAL_URL).rstrip("/"),
            chat_model=chat_model,
        )

    def public_tools(self) -> list[StructuredTool]:
        """The tools a citizen's question may use (also what a chat model may choose from)."""
        return [tool for name, tool in self.tools.items() if name not in INTERNAL_QUERIES]

    # Contract -------------------------------------------------------------------------
    def ask(self, text: str) -> Answer:
        """Answer a free-text question; never raises."""
        try:
            if not isinstance(text, str):
                return Answer(answer=APOLOGY, kind="error")
            if len(text) > MAX_QUESTION_CHARS:
                return Answer(answer=TOO_LONG, kind="too_long")
            match = self.router.invoke(text)
            weak = match.kind == "no_data" and match.evidence.proof == Proof.GUESS
            if (weak or match.tool == PASSAGES) and self.llm is not None:
                match = self.llm.invoke(text) or match
            return self.answer(match)
        except Exception:  # the contract: an apology, never a traceback
            logger.exception("ask failed")
            return Answer(answer=APOLOGY, kind="error")

    def choose(self, payload: str) -> Answer:
        """Answer a clicked option (its payload), or re-ask it when it is plain text."""
        try:
            call = decode(payload) if isinstance(payload, str) else None
            if call is None:
                return self.ask(payload)
            tool, args = call
            return self.answer(Match("tool", tool=tool, args=self._typed(tool, args)))
        except Exception:
            logger.exception("choose failed")
            return Answer(answer=APOLOGY, kind="error")

    def estimate(self, area_m2: float, structure: str, decoration: str, days_early: int) -> Answer:
        """The compensation estimate for one house, with its arithmetic; never raises."""
        args = {
            "area_m2": area_m2,
            "structure": structure,
            "decoration": "" if decoration == NO_DECORATION else decoration,
            "days_early": days_early,
            "project": self._dialogue_project.id if self._dialogue_project else "",
        }
        try:
            return self.answer(Match("tool", tool=ESTIMATE, args=args))
        except Exception:
            logger.exception("estimate failed")
            return Answer(answer=APOLOGY, kind="error")

    def estimate_choices(self) -> dict[str, list[str]]:
        """Structures and decoration levels as the rates table names them (for buttons)."""
        return {kind: list(names) for kind, names in self._choices.items()}

    # Answering ------------------------------------------------------------------------
    def answer(self, match: Match) -> Answer:
        """The Answer for a match: a tool's rows worded by its domain, or a message.

        When the question asks for a kind of value (a fee, a phone number …) the answer must
        hold one: otherwise the passages of the full text are searched for it, and if none
        holds it either, the answer says first that the gazette does not state it. A message
        of several questions gets one answer for each."""
        if match.parts:
            asked = [_alone(match), *match.parts]
            answers = [self.answer(asked[0])]
            answers += [self._answer_after(before, part) for before, part in pairwise(asked)]
            return _joined(answers, match)
        search = _Search(self.tools.get(PASSAGES))
        answer = self._checked(match, search)
        # a reading proven by an identifier (a person, a document number) is about that thing
        weak_proof = match.evidence.proof < Proof.IDENTIFIER
        # a service item found by a piece of its name (学校 of 学生落户学校集体户) must hold the
        # question's printed terms more closely: a two-character term left out is enough
        piece = match.tool == "service_by_keyword" and match.evidence.proof <= Proof.CUED_TEXT
        run = PIECE_MISSING_RUN if piece else MISSING_RUN
        if answer.kind == "tool" and match.question and weak_proof and self._weak(
            match.question, answer, search, run
        ):
            answer = self._closest(match, answer)
        return self._value_unstated(match, answer)

    def _value_unstated(self, match: Match, answer: Answer) -> Answer:
        """Nothing found for a question asking a value (电表拆了补好多钱): said as the value the
        gazette does not state, before what came closest."""
        if answer.kind != "no_data" or not answer.answer.startswith(NOTHING_FOUND):
            return answer
        attribute = asking.asked(match.question) if match.question else None
        if attribute is None:
            return answer
        subject = _subject(match, answer, [])
        said = f"公报没有写明{subject}的{attribute.label}（数据中没有这项信息）。"
        return replace(answer, answer=f"{said}\n{answer.answer}")

    def _answer_after(self, before: Match, part: Match) -> Answer:
        """A later question of a message, answered alone; when alone it finds nothing
        (…山坪塘要整治好多口？哪个牵头，好久完成), read with the question before it, whose
        subject it leaves out, if that reading is a query's."""
        answer = self.answer(part)
        if answer.kind not in ("no_data", "not_stated") or not (before.question and part.question):
            return answer
        alone = part if part.kind == "no_data" else self.router.best(part.question)
        if alone.kind == "no_data" and alone.domain not in ("", PASSAGES):
            return answer  # it names its own subject, which the data lacks (…还有低保在哪办)
        question = f"{before.question},{part.question}"
        joined = self.router.best(question)
        if joined.kind != "tool" or joined.tool == PASSAGES:
            return answer
        joined.question = question
        retried = self.answer(joined)
        return retried if retried.kind == "tool" else answer

    def _checked(self, match: Match, search: _Search) -> Answer:
        """One question's answer, checked for the kind of value it asks."""
        answer = self._answer(match)
        attribute = asking.asked(match.question) if match.question else None
        if match.kind in ("help", "out_of_scope"):
            return answer
        if match.tool == PASSAGES:
            if attribute and answer.kind == "tool" and not any(r["has_value"] for r in answer.rows):
                return self._not_stated(match, answer, attribute, None)
            return answer
        if answer.kind == "clarify" and match.question and match.evidence.proof == Proof.TEXT:
            return self._between_texts(match, answer, search)
        if attribute is None:
            return self._covering(match, answer, search)
        if answer.kind == "tool" and attribute.found_in(answer.answer):
            elsewhere = self._value_elsewhere(match, answer, attribute, search)
            if elsewhere is answer and self._far(match, answer, search):
                return self._closest(match, answer)  # the value of another text
            return elsewhere
        named = bool(self.lexicon.spans(match.question))
        if answer.kind not in ("tool", "no_data") and not (answer.kind == "clarify" and named):
            return answer
        if answer.kind == "clarify" and _asks_back_for_input(match, answer):
            return answer  # 85平方补好多钱 → which structure: the amount comes once told
        if match.kind == "no_data" and match.evidence.proof >= Proof.STRONG:
            return answer  # the data proves the thing absent (no notice insures 丝瓜)
        owner = self.registry.owner(match.tool or "")
        # about one thing (a project): its own text is searched, never another's value
        own = owner.own_text(match) if owner is not None and answer.kind == "tool" else None
        found = self._passages(match.question, search, within=own)
        if found is not None and any(quote.has_value for quote in found[1]):
            return found[0]
        if answer.kind == "no_data":
            return answer  # the thing asked about is not in the data at all
        return self._not_stated(match, answer, attribute, found)

    def _answer(self, match: Match) -> Answer:
        if match.kind == "help":
            return Answer(answer=self.wording.help_text(), kind="help")
        if match.kind in ("no_data", "out_of_scope"):
            # off the gazette's topics: what it can answer; a thing it lacks: only the way on
            scope = self.wording.scope_text() if match.kind == "out_of_scope" else MORE_HELP
            return Answer(
                answer=f"{match.message}\n{scope}",
                options=match.options,
                kind=match.kind,
            )
        if match.kind == "clarify":
            numbered = choices(match.options)
            return Answer(
                answer="\n".join([match.message, *numbered]), options=match.options, kind="clarify"
            )
        return self._call(match)

    def _call(self, match: Match) -> Answer:
        tool = self.tools.get(match.tool or "")
        domain = self.registry.owner(match.tool or "")
        if tool is None or domain is None or match.tool in INTERNAL_QUERIES:
            if match.tool == ESTIMATE:
                return Answer(answer="数据中没有房屋征收补偿标准，无法估算。", kind="no_data")
            return Answer(answer=APOLOGY, kind="error")
        prepared = domain.prepare(match)
        if isinstance(prepared, Answer):
            return prepared
        try:
            result = run_tool(tool, prepared.args)
        except ValidationError as error:
            logger.info("invalid arguments for %s: %s", prepared.tool, error)
            return Answer(
                answer="这个问题里的名称或数字超出了可查询的范围，请换个说法。", kind="invalid"
            )
        except QueryError:
            logger.exception("query %s failed", prepared.tool)
            return Answer(answer=APOLOGY, kind="error")
        except Exception as error:
            answer = domain.failed(error)
            if answer is None:
                raise
            return answer
        return self.wording.answer(domain, prepared, result)

    def _value_elsewhere(
        self, match: Match, answer: Answer, attribute: asking.Attribute, search: _Search
    ) -> Answer:
        """An answer holding a value of the asked kind, but perhaps not of what was asked: a
        sentence of the gazette holding one answers instead when the reading is weak (a piece
        of some text: 农房保险保到啥时候 is the insurance period, not a meeting's date) and
        covers the question's key words as well, or when the reading is a piece of text with
        a cue, or a list, and the sentence covers them clearly better (污水处理率要达到多少 is
        not a list of tasks due by the year's end). A sentence covering them as well as a
        strong reading does, with another figure, is said after it (the plan's target of 203
        mutual-aid points beside the 123 its table schedules)."""
        weak = match.evidence.proof <= Proof.TEXT
        # an estimate's numbered steps are one computed figure, not a list of findings
        listed = match.tool != ESTIMATE and len(_LIST_ITEM.findall(answer.answer)) >= 3
        replaceable = weak or listed or match.evidence.proof == Proof.CUED_TEXT
        if match.tool == ESTIMATE and not replaceable:
            return answer  # a computed figure: no sentence prints it
        if listed:  # a list is about the question when one of its items is
            covered = coverage(match.question, *answer.answer.splitlines())
        else:
            covered = coverage(match.question, answer.answer)
        found = self._passages(match.question, search)
        if found is None or not found[1][0].has_value:
            return answer
        quoted = "".join(found[1][0].sentences)
        said = unspaced(answer.answer)
        if all(unspaced(value.group(0)) in said for value in attribute.values_in(quoted)):
            return answer  # the gazette's sentence says what the answer says
        better = found[1][0].coverage
        if replaceable and better >= covered + (0 if weak else BETTER_COVERAGE):
            return found[0]
        if better >= covered:  # as close a sentence with another figure: it is said after
            heading, *quotes = found[0].answer.splitlines()
            first = next((line for line in quotes if line.startswith("“")), None)
            if first is not None and self._names_kept(match.question, first):
                return replace(answer, answer=f"{answer.answer}\n{heading}\n{first}",
                               citations=[*answer.citations, *found[0].citations[:1]])
        return answer

    def _names_kept(self, question: str, quote: str) -> bool:
        """Whether a sentence names every catalogue and recognised name the question does (a
        sentence on 最多跑一次's 第三批 says nothing of 就近办's)."""
        named = [c for c in self.lexicon.catalogues if c in question]
        named += [span.text for span in self.lexicon.spans(question)]
        return all(name in quote for name in named)

    def _between_texts(self, match: Match, answer: Answer, search: _Search) -> Answer:
        """Options between pieces of texts (a tie of weak readings): a passage that says
        nearly all of the question's key words answers instead."""
        found = self._passages(match.question, search)
        if found is not None and found[0].kind == "tool" and found[1][0].own >= CLOSE_COVERAGE:
            return found[0]
        return answer

    def _covering(self, match: Match, answer: Answer, search: _Search) -> Answer:
        """A weak reading (a piece of some text, no name or cue of its own) whose answer leaves
        most of the question's key words out answers another question: a passage of the full
        text that covers them clearly better replaces it; when no passage does and the answer
        covers little of what the gazette knows of the question's words, the closest items are
        offered instead of an answer."""
        if (answer.kind == "no_data" and match.question and match.evidence.proof == Proof.GUESS
                and not any(word in match.question for word in words.WHO_HANDLES)):
            # a domain's guess that it holds no such thing (荷风路 is no service): a passage of
            # the full text that covers the question says what the gazette does print
            found = self._passages(match.question, search)
            return found[0] if found is not None and found[1][0].own >= HALF_COVERAGE \
                else answer
        if answer.kind != "tool" or not match.question or match.evidence.proof > Proof.TEXT:
            return answer
        covered = coverage(match.question, answer.answer)
        if covered >= CLOSE_COVERAGE:
            return answer
        found = self._passages(match.question, search)
        if found is None:
            if match.evidence.proof != Proof.TEXT:  # a chat model's or a bare word's choice
                return answer
            far = self._known_coverage(match.question, answer.answer, search) < FAR_COVERAGE
            return self._closest(match, answer) if far else answer
        better = found[1][0].own  # the quoted words alone, as the answer is measured
        if better >= max(CLOSE_COVERAGE, covered + BETTER_COVERAGE / 2) or (
            covered <= MIN_COVERAGE and better >= covered + BETTER_COVERAGE
        ):
            return found[0]
        return answer

    def _far(self, match: Match, answer: Answer, search: _Search) -> bool:
        """A weak reading (a piece of some text) whose answer holds little of what the gazette
        knows of the question's words: its value answers another question."""
        return (
            match.evidence.proof == Proof.TEXT
            and coverage(match.question, answer.answer) < CLOSE_COVERAGE
            and self._known_coverage(match.question, answer.answer, search) < FAR_COVERAGE
        )

    def _known_coverage(self, question: str, text: str, search: _Search) -> float:
        """The share of the question's key character pairs that the gazette knows (the words
        a resident adds, 晓得 or 跑几趟, are no key terms) found in `text`."""
        key = bigrams(key_text(question))
        is_known = self._known(key, search)
        known = [b for b in key if is_known(b)]
        return sum(b in text for b in known) / len(known) if known else 1.0

    def _known(self, key: list[str], search: _Search) -> Callable[[str], bool]:
        """Whether a character pair is one the gazette knows: a name's (services, tasks …)
        or printed in a paragraph the key's search finds."""
        printed = ""
        if search.tool is not None and key:
            rows = search(search_expression(" ".join(key)))["rows"]
            printed = " ".join(row["text"] for row in rows)
        return lambda pair: pair in self.lexicon.known_pairs or pair in printed

    def _weak(self, question: str, answer: Answer, search: _Search,
              run: int = MISSING_RUN) -> bool:
        """A reading too weak to answer: its evidence (the answer, its rows and the tool's
        description) leaves out a term of the question that the gazette prints (`run` key
        bigrams in a row) and holds little of the question's printed words (WEAK_EVIDENCE)."""
        key = bigrams(key_text(question))
        if not key:
            return False
        tool = self.tools.get(answer.tool or "")
        evidence = f"{answer.answer} {tool.description if tool is not None else ''}"
        if unanswered(question, evidence, lambda pair: True)[0] < run:
            return False  # no term is missing even if every pair were printed: no search
        # the rows only add evidence: read them (hundreds of values) only when the answer and
        # the tool's description alone leave a term out
        values = " ".join(str(value) for row in answer.rows for value in row.values())
        evidence = as_evidence(f"{evidence} {values}")  # read once for both checks
        if unanswered_in(question, evidence, lambda pair: True)[0] < run:
            return False
        longest, held = unanswered_in(question, evidence, self._known(key, search))
        return longest >= run and held < WEAK_EVIDENCE

    def _closest(self, match: Match, answer: Answer) -> Answer:
        """A weak reading that covers little of the question is not its answer: say that
        nothing was found, and offer what came closest as numbered options."""
        subject = "".join(re.findall(r"[\u4e00-\u9fff]+", key_text(match.question)))[:20]
        domain = self.registry.owner(match.tool or "")
        options = answer.options or (
            [Option(domain.label(match), encode(match.tool, match.args))] if domain else []
        )
        lines = [f"数据中没有找到与“{subject}”直接相关的内容。最接近的是："]
        lines += choices(options)
        return Answer(
            answer="\n".join(lines),
            tool=answer.tool,
            args=answer.args,
            options=options,
            portal_url=answer.portal_url,
            kind="no_data",
        )

    def _passages(self, question: str, search: _Search, within: Match | None = None
                  ) -> tuple[Answer, list] | None:
        """Passages of the full text about the question (quoted), and their quotes; only
        those of the text `within` queries, when given (one project's decision and notice)."""
        domain = self.registry.owner(PASSAGES)
        if search.tool is None or not isinstance(domain, Passages):
            return None
        expression = search_expression(key_text(domain.expanded(question)))
        if not expression:
            return None
        match = Match("tool", tool=PASSAGES, args={"terms": expression}, question=question)
        own_tool = self.tools.get(within.tool or "") if within is not None else None
        rows = run_tool(own_tool, within.args) if own_tool and within else search(expression)
        result = domain.arrange(match, rows, shown_about=True)
        if not result["found"]:
            return None
        # Sentences found whose shown paragraphs do not cover the question answer "not
        # found" (a refusal), rather than leave a weak reading to answer unchecked.
        return self.wording.answer(domain, match, result), result["found"]  # arranged once

    def _not_stated(
        self,
        match: Match,
        answer: Answer,
        attribute: asking.Attribute,
        passages: tuple[Answer, list] | None,
    ) -> Answer:
        """'公报没有写明…的收费标准', then what the gazette does say about the subject."""
        names = self.lexicon.department_names
        named = [
            names.get(span.value, span.text) if span.kind == "department" else span.text
            for span in self.lexicon.spans(match.question)
            if span.kind in ("department", "person")
        ]
        subject = _subject(match, answer, named)
        owner = self.registry.owner(answer.tool or "")
        if passages is not None:
            answer = passages[0]
        related = owner.related(answer) if owner is not None and passages is None \
            else answer.answer
        said = f"\n公报中与此有关的内容：\n{related}"
        return Answer(
            answer=f"公报没有写明{subject}的{attribute.label}（数据中没有这项信息）。{said}",
            tool=answer.tool,
            args=answer.args,
            rows=answer.rows,
            citations=answer.citations,
            portal_url=answer.portal_url,
            options=answer.options,
            kind="not_stated",
        )

    # Start-up helpers -----------------------------------------------------------------
    def _projects(self) -> Projects:
        """Every expropriation project with its facts and rates (read once, at start-up)."""
        facts = self.tools["compensation_project"]
        rates = self.tools["compensation_rates_of_project"]
        return load_projects(
            [(e.name, e.ref) for e in self.lexicon.entries["project"] if e.ref],
            lambda ref: run_tool(facts, {"project": ref})["rows"],
            lambda ref: run_tool(rates, {"project": ref})["rows"],
        )

    def _typed(self, tool: str, args: dict[str, str]) -> dict[str, Any]:
        """Payload values are strings; give the estimate its numbers back."""
        if tool != ESTIMATE:
            return dict(args)
        return {
            "area_m2": float(args.get("area_m2") or 0),
            "structure": args.get("structure", ""),
            "decoration": args.get("decoration", ""),
            "days_early": int(float(args.get("days_early") or 0)),
            "project": args.get("project", ""),
            "signing_day": int(float(args.get("signing_day") or 0)),
            "settlement": args.get("settlement", ""),
            "fittings": args.get("fittings", ""),
            "persons": int(float(args.get("persons") or 0)),
        }


NOTHING_FOUND = "数据中没有找到"  # the opening of an answer that found nothing about the question


class _Search:
    """The passages query for one question's checks, each search expression run once: they
    look for the question's key terms more than once (a passage about the question, then
    which of its words the gazette prints)."""

    def __init__(self, tool: StructuredTool | None) -> None:
        self.tool = tool
        self._results: dict[str, dict[str, Any]] = {}

    def __call__(self, terms: str) -> dict[str, Any]:
        """The query's result for `terms` (callers check first that there is a tool)."""
        if terms not in self._results:
            self._results[terms] = run_tool(self.tool, {"terms": terms})
        return self._results[terms]


def _subject(match: Match, answer: Answer, named: list[str]) -> str:
    """What the question is about: the one item answered, a name asked (not a piece of some
    text a weak reading found), an organisation or person it names, or its key words."""
    if len(answer.rows) == 1 and answer.rows[0].get("name"):
        return str(answer.rows[0]["name"])
    # an identifier (a project's id) names nothing to a resident: words do
    values = [
        v for v in match.args.values() if isinstance(v, str) and re.search(r"[\u4e00-\u9fff]", v)
    ]
    if values and match.tool != PASSAGES and match.evidence.proof > Proof.TEXT:
        return values[0]
    if named:
        return named[0]
    # 区行政服务中心在哪条街: the cue blanked, the verb before it is no part of the subject
    return "".join(key_text(match.question).split())[:20].rstrip("在是到去") or "这一项"


def _alone(match: Match) -> Match:
    return Match(
        match.kind, tool=match.tool, args=match.args, evidence=match.evidence,
        domain=match.domain, message=match.message, options=match.options, focus=match.focus,
        question=match.question,
    )  # fmt: skip


def _joined(answers: list[Answer], match: Match) -> Answer:
    """The answers to a message's questions, numbered, as one Answer (the first one's tool)."""
    # Each question as the bot read it: Latin-letter words name nothing here and are not
    # echoed (a message may carry code or SQL).
    questions = [
        " ".join(_LATIN.sub(" ", question).split())
        for question in [match.question, *(part.question for part in match.parts)]
    ]
    text = "\n\n".join(
        f"{i}. {question}\n{answer.answer}"
        for i, (question, answer) in enumerate(zip(questions, answers, strict=True), 1)
    )
    first = answers[0]
    citations = list(dict.fromkeys(c for a in answers for c in a.citations))
    options = [o for a in answers for o in a.options][:6]
    return Answer(
        answer=text,
        tool=first.tool,
        args=first.args,
        rows=[row for a in answers for row in a.rows],
        citations=citations[:3],
        portal_url=first.portal_url,
        options=options,
        kind=first.kind,
    )


def _asks_back_for_input(match: Match, answer: Answer) -> bool:
    """A question back whose every option runs the reading's own tool (the house's structure
    for an estimate): an input is missing, not the value asked."""
    tools = [decoded[0] if (decoded := decode(option.payload)) else None
             for option in answer.options]
    return bool(tools) and all(tool == match.tool for tool in tools)
