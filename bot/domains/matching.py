"""Matching helpers shared by the domains: keywords in indexed texts, organisations, dates.

`BaseDomain` gives every domain the read-only context and these helpers; a domain adds its
cues (bot.vocabulary), its `match` and its writers. Nothing here is changed after start-up.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable
from typing import Any

from bot import vocabulary as words
from bot.answers import Option
from bot.asked import asked
from bot.domains.base import Context, Match, Question
from bot.lexicon import COLLECTIVE_KIND, Entry, SubstringIndex, is_typo
from bot.payload import encode
from bot.tools import LIST_ALL

MAX_OPTIONS = 6
_ISO_DATE = re.compile(r"(20\d{2})-(\d{1,2})-(\d{1,2})")
_CN_DATE = re.compile(
    r"(?:(20\d{2})\s*年)?\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]|(底|末))|(年底|年末|上半年|下半年))"
)

# 2022年第3期 / 第3期 / 总第15期 in a question (every domain reads it so); and the year, number
# and total of an issue's title
ISSUE_NAMED = re.compile(r"(?:(20\d{2})\s*年\s*(?:的)?\s*)?(总)?第\s*(\d{1,3})\s*期")
_ISSUE_TITLE = re.compile(
    r"(20\d{2})\s*年\s*第\s*(\d{1,3})\s*期(?:\s*[（(]\s*总\s*第\s*(\d{1,4})\s*期)?"
)


def _issue_numbers(title: str) -> tuple[str | None, int | None, int | None]:
    """(year, number, total number) printed in an issue's title."""
    found = _ISSUE_TITLE.search(title)
    if not found:
        return None, None, None
    total = int(found.group(3)) if found.group(3) else None
    return found.group(1), int(found.group(2)), total


Writer = Callable[[Match, list[dict[str, Any]], bool], str]


class BaseDomain:
    """Shared helpers; subclasses set `name`, `tools`, `match` and `writers`."""

    name = ""
    tools: tuple[str, ...] = ()

    def __init__(self, context: Context) -> None:
        self.context = context
        self.lexicon = context.lexicon
        self.wording = context.wording
        self.writers: dict[str, Writer] = {}
        # Organisations' names without district and office word (公安 of 区公安局): in a
        # question they name who, not what (收养…找公安还是民政), so they are no keyword.
        self.organisation_words = _organisation_words(self.lexicon)

    def match(self, question: Question) -> Match | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def write(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        writer = self.writers.get(match.tool or "")
        if writer is None:
            return f"找到{len(rows)}条记录。" if rows else "数据中没有找到相关记录。"
        return writer(match, rows, truncated)

    def shown_rows(self, match: Match, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The rows the answer rests on (a domain narrows them when it answers a part)."""
        return rows

    def own_text(self, match: Match) -> Match | None:
        """The query for the text of the one thing a match is about (a project's decision and
        notice): where a value its rows lack is looked for, instead of the whole gazette, whose
        other texts state other things' values. None when it is about no one thing."""
        return None

    def item_options(self, match: Match, rows: list[dict[str, Any]]) -> list[Option]:
        return []

    def prepare(self, match: Match) -> Match | Any:
        """A match ready for its tool, or an Answer asking for what the tool still needs."""
        return match

    def failed(self, error: Exception) -> Any:
        """An Answer for an error this domain's tool may raise, or None to re-raise it."""
        return None

    def arrange(self, match: Match, result: dict[str, Any]) -> dict[str, Any]:
        """The tool's result as the wording uses it (a domain may rank or filter the rows once
        here, rather than in each writer)."""
        return result

    def kind_of(self, match: Match, rows: list[dict[str, Any]]) -> str:
        """The answer's kind: a tool answer, unless the domain finds its rows answer nothing."""
        return "tool"

    def related(self, answer: Any) -> str:
        """What an answer says about a question whose asked value the gazette does not state:
        the answer itself, unless a domain words it without figures that would read as the
        value asked."""
        return str(answer.answer)

    def answered_as(self, match: Match) -> str | None:
        """The tool an answer is reported as: the one that ran, unless the domain answers a
        question of one of its own tools by another query (an insurance notice's sentences)."""
        return match.tool

    def write_result(self, match: Match, result: dict[str, Any]) -> str:
        return self.write(match, result.get("rows", []), bool(result.get("truncated")))

    def portal_link(self, match: Match, rows: list[dict[str, Any]], wording: Any) -> str:
        """The portal page of the same query (a domain may link a narrower one)."""
        return wording.url(match.tool or "", match.args)

    # Options ------------------------------------------------------------------------
    def clarify(self, matches: list[Match], message: str) -> Match:
        evidence = max(m.evidence for m in matches)
        return Match("clarify", message=message, options=self.options(matches),
                     evidence=evidence, domain=self.name)

    def options(self, matches: list[Match]) -> list[Option]:
        """Numbered buttons for readings, each answering its own call."""
        return [
            Option(m.message or self.label(m), encode(m.tool, m.args, m.message or self.label(m)))
            for m in matches[:MAX_OPTIONS]
        ]

    def label(self, match: Match) -> str:
        """'按关键词查事项：赔偿' — what the option would answer, for a button."""
        title = self.context.titles.get(match.tool or "", match.tool or "")
        values = "、".join(str(v) for k, v in match.args.items() if v != "" and k != LIST_ALL)
        return f"{title}：{values}" if values else title

    # Names --------------------------------------------------------------------------
    def departments(self, question: Question, towns: bool = False) -> list[str]:
        found = []
        for department_id in question.of_kind("department"):
            kind = self.lexicon.department_kind.get(department_id)
            if (kind == COLLECTIVE_KIND or self.lexicon.is_town(department_id)) and not towns:
                continue
            found.append(department_id)
        return found

    def department_name(self, question: Question) -> str | None:
        departments = self.departments(question, towns=True)
        return self.lexicon.department_names[departments[0]] if departments else None

    def issue_named(self, text: str) -> Entry | None:
        """The issue a question is about: the one named (2022年第3期, 第3期 — the latest of that
        number —, or 总第15期), or the latest for 这期/本期; None when it names none."""
        named = ISSUE_NAMED.search(text)
        if named:
            year, total, number = named.group(1), bool(named.group(2)), int(named.group(3))
            numbered = [e for e in self.lexicon.issues if _issue_numbers(e.name)[1] == number]
            totals = [e for e in self.lexicon.issues if _issue_numbers(e.name)[2] == number]
            candidates = [
                e
                for e in (totals if total else numbered or totals)
                if year is None or _issue_numbers(e.name)[0] == year
            ]
            return candidates[-1] if candidates else None
        if any(word in text for word in words.THIS_ISSUE) and self.lexicon.issues:
            return self.lexicon.issues[-1]
        return None

    # Keywords -----------------------------------------------------------------------
    def keyword(
        self,
        text: str,
        index: SubstringIndex,
        min_score: float = 1.5,
        exclude: tuple[str, ...] = (),
    ) -> str | None:
        """The most specific piece of `text` that occurs in the indexed texts."""
        best: tuple[float, str] | None = None
        seen = set()
        for piece, start in index.maximal_pieces(text):
            context = (piece, text[start + len(piece) : start + len(piece) + 2])
            if context in seen:
                continue  # the same piece in the same context repairs the same way
            seen.add(context)
            piece = self._repair(piece, start + len(piece), text, index)
            core = trim_fillers(piece)
            if len(core) < 2 or core in exclude or not index.hits(core):
                continue
            if len(core) == 2 and (core[0] in words.PARTICLES or core[1] in words.PARTICLES):
                continue  # 认定在 → 定在: a pair across a word and a particle names nothing
            if not any(is_chinese(char) for char in core):
                continue  # digits and letters (2021, GB) name nothing by themselves
            score = index.specificity(core)
            if score >= min_score and _after_a_verb(text, start):
                score += VERB_BONUS  # 办护照: the thing to be done, not a word nearby (出国)
            if score >= min_score and (best is None or score > best[0]):
                best = (score, core)
        return best[1] if best else None

    def keyword_of_best_text(
        self, text: str, index: SubstringIndex, min_score: float
    ) -> str | None:
        """When no single piece of the question is specific enough: the one indexed text
        holding more of its pieces than any other, two at least (燃气 + 报警 → 餐饮场所燃气
        泄漏报警装置), named by its most specific piece."""
        found = [
            (core, start + piece.find(core))
            for piece, start in index.maximal_pieces(text)
            if len(core := trim_fillers(piece)) >= 2
            and core not in self.organisation_words
            and any(is_chinese(char) for char in core)
            and index.hits(core)
        ]
        # Pieces next to each other in the question: one term of the question (燃气报警器)
        # that the text prints in words of its own (燃气泄漏报警装置).
        pieces = list(
            dict.fromkeys(
                piece
                for (first, start), (second, following) in itertools.pairwise(found)
                if following - (start + len(first)) <= 1
                for piece in (first, second)
            )
        )
        if len(pieces) < 2:
            return None
        specificity = {piece: index.specificity(piece) for piece in pieces}
        scores: dict[int, float] = {}
        counts: dict[int, int] = {}
        for piece in pieces:
            for position in index.hits(piece):
                scores[position] = scores.get(position, 0.0) + specificity[piece]
                counts[position] = counts.get(position, 0) + 1
        most = max(counts.values())
        held = [p for p in scores if counts[p] == most]
        if most < 2 or len(held) > 1:
            return None  # no text, or several alike: the question names no one text
        best = held[0]
        if scores[best] < min_score:
            return None
        return max((p for p in pieces if p in index.texts[best]), key=specificity.__getitem__)

    def in_printed_words(self, text: str, index: SubstringIndex) -> str:
        """`text` with residents' words written as the indexed texts print them (饭店 →
        餐饮场所, bot/curated/vocabulary.csv text_words), where those texts hold them."""
        for colloquial, printed in words.TEXT_WORDS.items():
            if colloquial in text and printed not in text and index.hits(printed):
                text = text.replace(colloquial, printed)
        return text

    def one_common_pair(self, text: str, index: SubstringIndex, keyword: str) -> bool:
        """The reading shares only one character pair with the question, a common one."""
        return (
            self.explained(text, index, keyword) <= ONE_PAIR and index.specificity(keyword) < RARE
        )

    def explains_most(self, text: str, index: SubstringIndex, keyword: str) -> bool:
        """The best text holding `keyword` explains at least half of what the question could
        be explained by (its pairs counted twice, its characters once)."""
        pairs, characters = _question_pieces(text)
        most = 2 * len(pairs) + len(characters)
        return not most or self.explained(text, index, keyword) * 2 >= most

    def explained(self, text: str, index: SubstringIndex, keyword: str) -> int:
        """How much of the question the best indexed text holding `keyword` explains: the
        question's distinct character pairs found in it (counted twice) and its distinct
        characters found in it, question words left out. Comparable across indexes of any
        size (餐馆燃气报警器 is explained by 餐饮场所燃气泄漏报警装置, not by 报警器 alone)."""
        pairs, characters = _question_pieces(text)
        best = 0
        for position in sorted(index.hits(keyword))[:MAX_EXPLAINED]:
            candidate = index.texts[position]
            score = 2 * sum(p in candidate for p in pairs) + sum(c in candidate for c in characters)
            best = max(best, score)
        return best


    def _repair(self, piece: str, end: int, text: str, index: SubstringIndex) -> str:
        """A piece that stops where the question swaps one character of a name.

        A typo (the question's character pairs with no known character) is corrected to the
        name: 不动产登计 → 不动产登记. A different real word keeps only what it shares as a
        whole: 个体工商户注册 stops at 个体工商户, not at 个体工商户注(销).
        """
        if end >= len(text):
            return piece
        swapped = text[end]
        for position in sorted(index.hits(piece))[:50]:
            name = index.texts[position]
            found = name.find(piece)
            following = found + len(piece)
            if found < 0 or following >= len(name) or name[following] == swapped:
                continue
            if not (is_chinese(name[following]) and is_chinese(swapped)):
                continue  # the name or the question ends a word here: nothing was swapped
            if swapped in words.PARTICLES:
                continue  # 吗, 的, 了 … end the question's word, they replace nothing
            after_question, after_name = (
                text[end + 1 : end + 2],
                name[following + 1 : following + 2],
            )
            if after_question and after_name and after_question != after_name:
                continue
            if len(piece) >= 3 and is_typo(text, end, self.lexicon.known_pairs):
                corrected = piece + name[following]
                step = 1
                while (
                    end + step < len(text)
                    and following + step < len(name)
                    and text[end + step] == name[following + step]
                ):
                    corrected += name[following + step]
                    step += 1
                return corrected
            return piece[:-1] if len(piece) > 2 else ""  # 二手|房 is not 二手|车
        return piece

    # Dates --------------------------------------------------------------------------
    def deadline(self, text: str) -> str | None:
        iso = _ISO_DATE.search(text)
        if iso:
            return _date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        match = _CN_DATE.search(text)
        if not match:
            return None
        year = int(match.group(1)) if match.group(1) else self.lexicon.current_year
        if match.group(5):
            month = 6 if match.group(5) == "上半年" else 12
            return _date(year, month, calendar.monthrange(year, month)[1])
        month = int(match.group(2))
        if not 1 <= month <= 12:
            return None
        day = int(match.group(3)) if match.group(3) else calendar.monthrange(year, month)[1]
        return _date(year, month, day)


VERB_BONUS = 0.5
MAX_EXPLAINED = 300  # texts holding a keyword compared with the question
# One shared character pair (and its two characters) explains this much: no reading by itself
# unless the pair is rare in the texts (护照, in one service name).
ONE_PAIR = 4
RARE = 2.0  # specificity (SubstringIndex.specificity) of a rare piece
_OFFICE_WORDS = ("管理局", "局", "委员会", "委", "办公室", "办", "中心", "支队", "联合会", "联")
_DISTRICT = ("重庆市大足区", "大足区", "区")


@functools.lru_cache(maxsize=4096)
def _question_pieces(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The question's Chinese character pairs and characters, without question words."""
    attribute = asked(text)
    if attribute is not None:
        text = attribute.without_question_words(text)
    for filler in words.FILLER_SORTED:
        if len(filler) >= 2 or filler in words.PARTICLES:
            text = text.replace(filler, " ")
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    pairs = {run[i : i + 2] for run in runs for i in range(len(run) - 1)}
    return frozenset(pairs), frozenset(char for run in runs for char in run)


def _organisation_words(lexicon: Any) -> tuple[str, ...]:
    stems = set()
    for name in lexicon.department_names.values():
        for prefix in _DISTRICT:
            if name.startswith(prefix):
                name = name[len(prefix) :]
                break
        for ending in _OFFICE_WORDS:
            if name.endswith(ending) and len(name) - len(ending) >= 2:
                stems.add(name[: -len(ending)])
                break
    return tuple(sorted(stems))


def _after_a_verb(text: str, start: int) -> bool:
    return any(text[max(0, start - len(verb)) : start] == verb for verb in words.DO_VERBS)


def _date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_FILLERS = frozenset(words.FILLER_SORTED)
_LONGEST_FILLER = max(map(len, _FILLERS))


@functools.lru_cache(maxsize=4096)
def trim_fillers(piece: str) -> str:
    """`piece` without question words at its ends (single characters only if particles)."""
    changed = True
    while changed and piece:
        changed = False
        for length in range(min(_LONGEST_FILLER, len(piece) - 1), 0, -1):
            head, tail = piece[:length], piece[-length:]
            if head in _FILLERS and (length > 1 or head in words.PARTICLES):
                piece, changed = piece[length:], True
                break
            if tail in _FILLERS and (length > 1 or tail in words.PARTICLES):
                piece, changed = piece[:-length], True
                break
    return "" if piece in _FILLERS else piece


def is_chinese(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def without_names(question: Question) -> str:
    """The question with organisations and people blanked out (they are not item names)."""
    text = question.text
    for span in question.spans:
        if span.kind in ("department", "person"):
            text = text[: span.start] + " " * (span.end - span.start) + text[span.end :]
    return text


def as_printed(text: str) -> str:
    """Residents' words as the gazette's texts print them (违章 → 违法建筑, 电瓶车 → 电动自行车:
    curated text_words)."""
    for colloquial, printed in words.TEXT_WORDS.items():
        if colloquial in text and printed not in text:
            text = text.replace(colloquial, printed)
    return text


_LONG_FILLERS = tuple(filler for filler in words.FILLER_SORTED if len(filler) >= 2)
_SUBJECT_BREAK = re.compile(r"[\s,.?!。;:、]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def unknown_subject(text: str) -> str:
    """The longest piece of the question left when question words are removed."""
    subject = text
    for filler in _LONG_FILLERS:
        subject = subject.replace(filler, " ")
    pieces = [p for p in _SUBJECT_BREAK.split(subject) if _HAN.search(p)]
    return max(pieces, key=len)[:20] if pieces else ""


def abbreviated(text: str, names: list[str], gap: int | None = None,
                series: bool = False) -> set[str]:
    """Names a two-character short form in `text` abbreviates (创卫 → …创建国家卫生区…).

    Without `gap`, a short form is the first character of a name's own part (after the prefix
    every name shares, such as the district) followed by a later character of that part; with
    `gap`, any two Chinese characters of the part in order at most `gap` apart (农房 → 农村住房).
    A short form counts only when it picks out exactly one name, or with `series` names of one
    series (防返贫 → 防止返贫致贫 and 防止返贫综合: their own parts open alike)."""
    if len(names) < 2:
        return set()
    shared = len(_common_prefix(names))
    found: set[str] = set()
    for start in range(len(text) - 1):
        short = text[start : start + 2]
        if not _chinese(short):
            continue
        hits = {name for name in names if _abbreviates(short, name[shared:], gap)}
        if len(hits) == 1 or (series and hits and _one_series(hits, shared)):
            found |= hits
    return found


# characters the own parts of names of one series open with alike (防止返贫 of 防止返贫致贫 and
# 防止返贫综合); two (大足 of 大足冬菜 and 大足石刻) are only a place
SERIES_OPENING = 4


def _one_series(names: set[str], shared: int) -> bool:
    return len(_common_prefix([name[shared:] for name in names])) >= SERIES_OPENING


def expand_short_forms(text: str, names: list[str], gap: int) -> str:
    """`text` with each short form of one name written out as that name's words (农房 →
    农村住房), so a full-text search finds the name as printed."""
    if len(names) < 2:
        return text
    shared = len(_common_prefix(names))
    pieces, start = [], 0
    while start < len(text):
        short = text[start : start + 2]
        owns = [name[shared:] for name in names] if _chinese(short) else []
        hits = [own for own in owns if _abbreviates(short, own, gap)]
        span = _span(short, hits[0], gap) if len(hits) == 1 else short
        if span != short:  # written out once, never expanded again
            pieces.append(span)
            start += 2
        else:
            pieces.append(text[start])
            start += 1
    return "".join(pieces)


def _chinese(short: str) -> bool:
    """Two Chinese characters (digits and letters are never short forms)."""
    return len(short) == 2 and all("\u4e00" <= char <= "\u9fff" for char in short)


def _span(short: str, own: str, gap: int) -> str:
    """The words of `own` from the short form's first character to its second."""
    for index, char in enumerate(own):
        if char == short[0]:
            end = own.find(short[1], index + 1, index + 1 + gap)
            if end > 0:
                return own[index : end + 1]
    return ""


def _abbreviates(short: str, own: str, gap: int | None) -> bool:
    if gap is None:
        return bool(own) and own[0] == short[0] and short[1] in own[1:]
    return any(
        short[1] in own[index + 1 : index + 1 + gap]
        for index, char in enumerate(own)
        if char == short[0]
    )


def _common_prefix(names: list[str]) -> str:
    first, last = min(names), max(names)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]
