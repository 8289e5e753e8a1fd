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

from bot.domains import Match, Proof, Question, Registry
from bot.domains.matching import MAX_OPTIONS, unknown_subject
from bot.lexicon import Lexicon
from bot.normalise import normalise

PASSAGES = "passages"
MIN_OWN_QUESTION = 6  # characters of a clause answered from the text on its own
_CLAUSES = re.compile(r"[?!。;]|,(?=还有|另外|再问|顺便|以及)|还有|另外|顺便问一下|顺便问下|顺便问")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
# A message longer than this is a story around a question: it is reduced to the question.
LONG_MESSAGE = 120
_SENTENCES = re.compile(r"(?<=[?!。;,])")
_ASKING = re.compile(
    r"[?吗呢]|哪|什么|怎么|多少|几|谁|是否|能不能|可不可以|有没有|好多|好久|啥|咋|多久|多长"
)
MAX_CONTEXT_SENTENCES = 3
# Names a question may join (甲和乙, 甲、乙): each is asked about on its own.
_EACH_KINDS = frozenset({"person"})
_BESIDES = re.compile(r"除了[^,?!。;]{1,12}?还有")
_HELD = "\0"
_JOINER = r"(?:和|跟|与|及|以及|还有|、|,)"
# A shorter message of this many sentences, most of them telling rather than asking, is a
# story around its question too.
STORY_SENTENCES = 5


class Router(Runnable[str, Match]):
    """The rule-based router; `invoke(question)` → Match."""

    def __init__(self, lexicon: Lexicon, registry: Registry) -> None:
        self.lexicon = lexicon
        self.registry = registry

    def invoke(self, input: str, config: RunnableConfig | None = None, **kwargs: Any) -> Match:
        return self.route(input)

    def route(self, raw: str) -> Match:
        text = self.lexicon.homophones.corrected(normalise(raw))
        if not _WORD.search(text):
            return Match("help", question=text)
        if len(text) > LONG_MESSAGE or _told(text):
            return self._story(text)
        whole = self.best(text)
        whole.question = text
        named = self._each_named(text, whole)
        if named is not None:
            return named
        return self._with_other_clauses(text, whole)

    def _each_named(self, text: str, whole: Match) -> Match | None:
        """One question about several people (甲和乙是不是都免了): the same question asked
        of each of them, every one answered (`parts`)."""
        spans = [span for span in self.lexicon.spans(text) if span.kind in _EACH_KINDS]
        names = list(dict.fromkeys(span.text for span in spans))
        if whole.kind != "tool" or len(names) < 2:
            return None
        readings = []
        for name in names[:MAX_OPTIONS]:
            alone = text
            for other in names:
                if other != name:
                    alone = re.sub(rf"{_JOINER}?{re.escape(other)}{_JOINER}?", "", alone, count=1)
            match = self.best(alone)
            if match.kind != "tool" or match.tool != whole.tool:
                return None
            match.question = alone
            readings.append(match)
        if len({str(m.args) for m in readings}) < len(readings):
            return None
        first, *others = readings
        first.parts = others
        return first

    def _story(self, text: str) -> Match:
        """A long message: its last question, with as many sentences before it as it needs
        (a question like 这个补助金找哪个部门 names its subject earlier)."""
        sentences = [s for s in _SENTENCES.split(text) if _WORD.search(s)]
        asking = [i for i, s in enumerate(sentences) if _ASKING.search(s)]
        last = asking[-1] if asking else len(sentences) - 1
        # a short story may name its subject (a house with its area, a person, a document) in
        # its first sentence: its whole start is read, and an identifier found with more
        # context makes the same domain's reading the one answered
        short = len(text) <= LONG_MESSAGE
        widest = last if short else MAX_CONTEXT_SENTENCES
        found = None
        proven: Match | None = None
        for context in range(widest + 1):
            start = max(0, last - context)
            question = "".join(sentences[start : last + 1]).strip(" ,")
            match = self.best(question)
            match.question = question
            if match.kind == "tool" and match.evidence.proof >= Proof.CUED_TEXT:
                # the narrowest proven reading, unless more context proves a stronger kind
                if proven is None or (
                    match.domain == proven.domain
                    and match.evidence.proof >= Proof.IDENTIFIER
                    and (
                        match.evidence > proven.evidence
                        or (match.tool == proven.tool and _filled(match) > _filled(proven))
                    )
                ):
                    proven = match
                if not short:
                    break
            found = found or match
            if start == 0:
                break
        if not short and proven is not None:
            # a long story tells its house (area, structure) sentences before it asks 一共能补
            # 多少: the whole story, read once, gives the same domain its identifier, or the
            # same call more of its inputs
            question = "".join(sentences[: last + 1]).strip(" ,")
            whole = self.best(question)
            wider = whole.domain == proven.domain and whole.evidence.proof >= Proof.IDENTIFIER
            if wider and (
                proven.evidence.proof < Proof.IDENTIFIER
                or (whole.tool == proven.tool and _filled(whole) > _filled(proven))
            ):
                whole.question = question
                proven = whole
        found = proven or found
        assert found is not None
        return found

    def best(self, text: str) -> Match:
        question = Question(text, self.lexicon.spans(text))
        found = self.registry.match(question)
        return found if found is not None else _nothing_found(question)

    def clauses(self, text: str) -> tuple[list[str], bool]:
        """The separate questions of a message, and whether they are clearly separate
        (a question mark, 。, 还有 …) rather than only parts of a sentence between commas."""
        # 除了张三还有哪个: one question, its 还有 joins nothing
        held = _BESIDES.sub(lambda m: m[0].replace("还有", _HELD), text)
        clauses = [c.strip(" ,").replace(_HELD, "还有") for c in _CLAUSES.split(held)
                   if len(c.strip(" ,")) >= 2]
        if len(clauses) >= 2:
            return clauses, True
        return [c.strip() for c in text.split(",") if len(c.strip()) >= 2], False

    def _with_other_clauses(self, text: str, whole: Match) -> Match:
        """A message joining questions: each of them is answered (`parts`). Parts between
        commas count as questions only when they are about different domains."""
        clauses, separate = self.clauses(text)
        if len(clauses) < 2:
            return whole
        if not separate and sum(1 for c in clauses if _ASKING.search(c)) < 2:
            return whole  # 对征收决定不服,好久之内可以复议: one question, its subject first
        routes = []
        for number, clause in enumerate(clauses[:MAX_OPTIONS]):
            routes.append((clause, self._in_context(clauses[number - 1] if number else "", clause)))
        if separate:  # every question of the message gets its answer
            routes = [(clause, self._or_passage(clause, match)) for clause, match in routes]
            # 屋头有有线电视，还有两部电话，一共补好多: a clause asking nothing before one
            # that asks is the house described, no question of its own
            routes = [(clause, match) for number, (clause, match) in enumerate(routes)
                      if not _context_of(text, clause, clauses[number + 1:])]
        tools = [
            (clause, match)
            for clause, match in routes
            if (match.kind == "tool"
                and (
                    match.evidence.proof >= Proof.CUED_TEXT
                    or (separate and match.tool == PASSAGES and _own_question(clause))
                ))
            # a clearly separate question of its own, whose domain finds the data lacks it
            # (低保在哪办？护照呢), is answered too: with that it lacks, not left out
            or (separate and match.kind == "no_data" and match.domain not in ("", PASSAGES)
                and bool(_ASKING.search(clause)))
        ]
        domains = {match.domain for _, match in tools}
        calls = {(match.tool, str(match.args)) for _, match in tools}
        # 养犬登记哪个部门办，超限运输许可又找哪个: one tool asked of two things, each clause
        # asking, is two questions even between commas
        same_tool_apart = len({match.tool for _, match in tools}) == 1
        if len(calls) < 2 or (len(domains) < 2 and not separate and not same_tool_apart):
            return whole
        first_clause, first = tools[0]
        first.question = first_clause
        seen = {(first.tool, str(first.args))}
        for clause, match in tools[1:]:
            call = (match.tool, str(match.args))
            if call not in seen and (separate or same_tool_apart or match.domain != first.domain):
                seen.add(call)
                match.question = clause
                first.parts.append(match)
        return first


    def _or_passage(self, clause: str, match: Match) -> Match:
        """A clearly separate question that no domain proves (顺便问下防溺水联席会议办公室设在哪)
        is answered from the gazette's text when a passage can."""
        if match.kind == "tool" and match.evidence.proof >= Proof.CUED_TEXT:
            return match
        if not _own_question(clause):
            return match
        passages = self.registry.owner(PASSAGES)
        found = passages.match(Question(clause, self.lexicon.spans(clause))) if passages else None
        return found or match

    def _in_context(self, before: str, clause: str) -> Match:
        """A clause's reading; a later question of a message may leave out the subject the
        one before it named (某街多少户？提前签约奖励多少？): the same reading with that
        clause before it wins when it proves more (the subject named, not a default)."""
        match = self.best(clause)
        if not before or match.kind != "tool":
            return match
        carried = self.best(f"{before},{clause}")
        same = carried.kind == "tool" and carried.tool == match.tool
        if same and carried.args != match.args and carried.evidence.named > match.evidence.named:
            return carried
        # 溺水死了赔多少？由哪个部门认定: a clause naming nothing asks about the subject
        # named before it, when read with it that is a question other than the one before
        if (match.evidence.named == 0 and _ASKING.search(clause) and carried.kind == "tool"
                and carried.evidence.named > 0 and carried.evidence.proof > match.evidence.proof
                and _call(carried) != _call(self.best(before))):
            return carried
        return match


def _context_of(text: str, clause: str, later: list[str]) -> bool:
    """A clause that tells rather than asks (no question word, no question mark after it),
    followed by one that asks: the context of that question."""
    end = text.find(clause) + len(clause)
    marked = text[end:end + 1] in ("?", "!")
    return not marked and not _ASKING.search(clause) and any(map(_ASKING.search, later))


def _own_question(clause: str) -> bool:
    """A clause that asks something of its own (还有奖励没得 split at 还有 leaves 奖励没得: a
    word of the question, not a question)."""
    return len(clause) >= MIN_OWN_QUESTION and bool(_ASKING.search(clause))


def _call(match: Match) -> tuple[str | None, str]:
    return match.tool, str(match.args)


def _filled(match: Match) -> int:
    """How many of a call's arguments the question gave (an area, a structure, a day …)."""
    return sum(1 for value in match.args.values() if value)


def _told(text: str) -> bool:
    sentences = [s for s in _SENTENCES.split(text) if _WORD.search(s)]
    asking = sum(1 for s in sentences if _ASKING.search(s))
    return len(sentences) >= STORY_SENTENCES and asking * 2 < len(sentences)


def _nothing_found(question: Question) -> Match:
    subject = unknown_subject(question.text)
    message = (
        f"数据中没有与“{subject}”相关的信息。" if len(subject) >= 2 else "数据中没有找到相关信息。"
    )
    return Match("no_data", message=message)
