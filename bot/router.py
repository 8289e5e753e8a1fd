"""Question → Match, without a language model: a langchain-core Runnable over the registry.

The question is normalised (bot.normalise), names are linked against the lexicon built from the
database (bot.lexicon), and the registry (bot.domains) lets every domain prove its reading. A
question that joins unrelated questions is answered for its first part, the others offered as
options. The router holds no state between questions.
"""

from __future__ import annotations

import re
from typing import Any

from langchain_core.runnables import Runnable, RunnableConfig

from bot.answers import Option
from bot.domains import Match, Proof, Question, Registry
from bot.domains.matching import MAX_OPTIONS, unknown_subject
from bot.lexicon import Lexicon
from bot.normalise import normalise
from bot.payload import encode

_CLAUSES = re.compile(r"[?!。;]|,(?=还有|另外|再问|顺便|以及)|还有|另外|顺便问")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


class Router(Runnable[str, Match]):
    """The rule-based router; `invoke(question)` → Match."""

    def __init__(self, lexicon: Lexicon, registry: Registry) -> None:
        self.lexicon = lexicon
        self.registry = registry

    def invoke(self, input: str, config: RunnableConfig | None = None, **kwargs: Any) -> Match:
        return self.route(input)

    def route(self, raw: str) -> Match:
        text = normalise(raw)
        if not _WORD.search(text):
            return Match("help", question=text)
        whole = self.best(text)
        whole.question = text
        return self._with_other_clauses(text, whole)

    def best(self, text: str) -> Match:
        question = Question(text, self.lexicon.spans(text))
        found = self.registry.match(question)
        return found if found is not None else _nothing_found(question)

    def clauses(self, text: str) -> list[str]:
        """The separate questions of a message (one when it asks one thing)."""
        clauses = [c.strip(" ,") for c in _CLAUSES.split(text) if len(c.strip(" ,")) >= 2]
        if len(clauses) < 2:
            clauses = [c.strip() for c in text.split(",") if len(c.strip()) >= 2]
        return clauses

    def _with_other_clauses(self, text: str, whole: Match) -> Match:
        """A question joining unrelated questions: answer the first, offer the others."""
        clauses = self.clauses(text)
        if len(clauses) < 2:
            return whole
        routes = [(clause, self.best(clause)) for clause in clauses[:MAX_OPTIONS]]
        tools = [
            (clause, match)
            for clause, match in routes
            if match.kind == "tool" and match.evidence.proof >= Proof.CUED_TEXT
        ]
        domains = list(dict.fromkeys(match.domain for _, match in tools))
        if len(domains) < 2:
            return whole
        first_clause, first = tools[0]
        first.question = first_clause
        for clause, match in tools[1:]:
            if match.domain != first.domain and len(first.options) < MAX_OPTIONS:
                first.options.append(
                    Option(f"另一个问题：{clause}"[:60], encode(match.tool, match.args, clause))
                )
        return first


def _nothing_found(question: Question) -> Match:
    subject = unknown_subject(question.text)
    message = (
        f"数据中没有与“{subject}”相关的信息。" if len(subject) >= 2 else "数据中没有找到相关信息。"
    )
    return Match("no_data", message=message)
