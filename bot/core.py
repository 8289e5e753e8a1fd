"""The answering core: `Answerer.ask(question) -> Answer`, independent of any chat platform.

Contract used by the CLI and the Telegram adapter:
- `Answerer.from_env()`: database from DAZU_DB (default build/dazu-gazette.db), portal base URL
  from DAZU_PORTAL_URL (default http://127.0.0.1:8001);
- `ask(text)`, `choose(payload)`, `estimate(area_m2, structure, decoration, days_early)` and
  `estimate_choices()`; none of them raises: an internal error becomes a short apology (the
  details go to the log, never into the answer).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from bot.answers import Answer, Option
from bot.compose import Composer
from bot.database import (
    DEFAULT_DATABASE,
    METADATA_YML,
    QueryError,
    ReadOnlyDatabase,
    load_queries,
)
from bot.estimate import NO_DECORATION, EstimateError, RateTable
from bot.lexicon import Lexicon
from bot.normalise import warm_up
from bot.payload import decode, encode
from bot.router import Route, Router
from bot.tools import INTERNAL_QUERIES, build_tools, estimate_tool

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.tools import StructuredTool

    from bot.llm import LLMRouter

logger = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500
DEFAULT_PORTAL_URL = "http://127.0.0.1:8001"
APOLOGY = "抱歉，这个问题暂时无法回答，请换个说法再试，或稍后再问。"
TOO_LONG = (
    f"问题太长了（超过{MAX_QUESTION_CHARS}字），请简短地问一个问题，例如“办护照找哪个部门？”。"
)
NON_RESIDENTIAL_HINTS = ("办公", "工业", "厂房", "商业", "门市", "门面", "生产")


@dataclass
class Trace:
    """How the last question was handled (for evaluation and logs): the route's kind and tool."""

    kind: str = ""
    tool: str | None = None


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
        self.lexicon = Lexicon.load(lambda kind: names.invoke({"kind": kind})["rows"])
        self.project = self._estimate_project()
        if self.project:
            self.tools["estimate_compensation"] = estimate_tool(
                self.tools["compensation_rates_of_project"], self.project
            )
        titles = {name: query.title.split(" / ")[0] for name, query in queries.items()}
        titles["estimate_compensation"] = "房屋征收补偿估算"
        self.router = Router(self.lexicon, titles)
        self.composer = Composer(self.lexicon, portal_url)
        self.llm: LLMRouter | None = None
        if chat_model is not None:
            from bot.llm import LLMRouter  # langchain's model layer, loaded only when used

            self.llm = LLMRouter(chat_model, self.public_tools())
        self._choices = self._load_choices()
        self.last = Trace()
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
        self.last = Trace("error")
        try:
            if not isinstance(text, str):
                return Answer(answer=APOLOGY)
            if len(text) > MAX_QUESTION_CHARS:
                self.last = Trace("too_long")
                return Answer(answer=TOO_LONG)
            route = self.router.invoke(text)
            if route.kind == "no_data" and self.llm is not None and route.score < 0.5:
                route = self.llm.invoke(text) or route
            return self.answer(route)
        except Exception:  # the contract: an apology, never a traceback
            logger.exception("ask failed")
            return Answer(answer=APOLOGY)

    def choose(self, payload: str) -> Answer:
        """Answer a clicked option (its payload), or re-ask it when it is plain text."""
        try:
            call = decode(payload) if isinstance(payload, str) else None
            if call is None:
                return self.ask(payload)
            tool, args = call
            route = Route("tool", tool=tool, args=self._typed(tool, args), domain="option")
            return self.answer(route)
        except Exception:
            logger.exception("choose failed")
            return Answer(answer=APOLOGY)

    def estimate(self, area_m2: float, structure: str, decoration: str, days_early: int) -> Answer:
        """The compensation estimate for one house, with its arithmetic; never raises."""
        args = {
            "area_m2": area_m2,
            "structure": structure,
            "decoration": "" if decoration == NO_DECORATION else decoration,
            "days_early": days_early,
        }
        try:
            return self.answer(Route("tool", tool="estimate_compensation", args=args))
        except Exception:
            logger.exception("estimate failed")
            return Answer(answer=APOLOGY)

    def estimate_choices(self) -> dict[str, list[str]]:
        """Structures and decoration levels as the rates table names them (for buttons)."""
        return {kind: list(names) for kind, names in self._choices.items()}

    # Answering ------------------------------------------------------------------------
    def answer(self, route: Route) -> Answer:
        self.last = Trace(route.kind, route.tool)
        if route.kind == "help":
            return Answer(answer=self.composer.help_text())
        if route.kind in ("no_data", "out_of_scope"):
            return Answer(
                answer=f"{route.message}\n{self.composer.scope_text()}", options=route.options
            )
        if route.kind == "clarify":
            numbered = [f"{i}. {option.label}" for i, option in enumerate(route.options, 1)]
            return Answer(answer="\n".join([route.message, *numbered]), options=route.options)
        if route.tool == "estimate_compensation":
            return self._estimate_answer(route)
        return self._call(route)

    def _call(self, route: Route) -> Answer:
        tool = self.tools.get(route.tool or "")
        if tool is None or route.tool in INTERNAL_QUERIES:
            return Answer(answer=APOLOGY)
        try:
            result = tool.invoke(route.args)
        except ValidationError as error:
            logger.info("invalid arguments for %s: %s", route.tool, error)
            self.last = Trace("invalid", route.tool)
            return Answer(answer="这个问题里的名称或数字超出了可查询的范围，请换个说法。")
        except QueryError:
            logger.exception("query %s failed", route.tool)
            return Answer(answer=APOLOGY)
        return self.composer.answer(route, result)

    def _estimate_answer(self, route: Route) -> Answer:
        if "estimate_compensation" not in self.tools:
            return Answer(answer="数据中没有房屋征收补偿标准，无法估算。")
        args = dict(route.args)
        structures = self._structures_for(str(args.get("structure") or ""), route.question)
        if len(structures) != 1:
            return self._structure_options(args, structures or self._choices["structures"])
        args["structure"] = structures[0]
        decoration = str(args.get("decoration") or "")
        if decoration and decoration not in self._choices["decorations"]:
            args["decoration"] = ""
        try:
            return self._call(
                Route("tool", tool="estimate_compensation", args=args, question=route.question)
            )
        except EstimateError as error:
            return Answer(answer=f"无法估算：{error}。")

    def _structures_for(self, wanted: str, question: str) -> list[str]:
        """Structures whose name contains every structure word asked for."""
        names = self._choices["structures"]
        if wanted.startswith("#") and wanted[1:].isdigit() and int(wanted[1:]) < len(names):
            return [names[int(wanted[1:])]]
        if wanted in names:
            return [wanted]
        pieces = [
            p for p in ("非成套", "成套", "混合结构", "砖木", "工业", "办公", "住宅") if p in wanted
        ]
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
        self.last = Trace("clarify", "estimate_compensation")
        names = self._choices["structures"]
        options = [
            Option(
                name,
                encode("estimate_compensation", {**args, "structure": f"#{names.index(name)}"}),
            )
            for name in structures
            if name in names
        ]
        area = args.get("area_m2")
        return Answer(
            answer=f"请选择被征收房屋（{area:g}平方米）的类别和结构：\n"
            + "\n".join(f"{i}. {o.label}" for i, o in enumerate(options, 1)),
            options=options,
        )

    # Start-up helpers -----------------------------------------------------------------
    def _estimate_project(self) -> str | None:
        projects = self.lexicon.entries["project"]
        if not projects:
            return None
        return max(projects, key=lambda entry: entry.note or "").name

    def _load_choices(self) -> dict[str, list[str]]:
        if not self.project:
            return {"structures": [], "decorations": []}
        rows = self.tools["compensation_rates_of_project"].invoke({"project": self.project})["rows"]
        table = RateTable(rows)
        return {
            "structures": table.structure_names(),
            "decorations": [*table.decoration_names(), NO_DECORATION],
        }

    def _typed(self, tool: str, args: dict[str, str]) -> dict[str, Any]:
        """Payload values are strings; give the estimate its numbers back."""
        if tool != "estimate_compensation":
            return {key: value for key, value in args.items()}
        return {
            "area_m2": float(args.get("area_m2") or 0),
            "structure": args.get("structure", ""),
            "decoration": args.get("decoration", ""),
            "days_early": int(float(args.get("days_early") or 0)),
        }
