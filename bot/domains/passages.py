"""Passages of the full text: the sentences of the gazette that answer a question, quoted.

Retrieval is SQLite FTS5 over the character n-grams of every paragraph (the `passages` canned
query, ranked by bm25), then a check in Python that a paragraph covers the question's key
terms as a run of at least three characters (not a shared character pair), and, when the
question asks for a kind of value (bot.asked), that the quoted sentence holds one. Structured
domains come first; this one answers what they do not hold, and backs them up.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from bot import asked as asking
from bot import vocabulary as words
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.matching import BaseDomain, expand_short_forms

NAME = "passages"
TOOL = "passages"
MAX_TERMS = 30  # × up to 9 characters: within the 400-character argument bound
MAX_QUOTED = 3
MIN_COVERAGE = 0.5
_RUN = re.compile(r"[\u3400-\u9fff]+|[0-9]+(?:[.:：][0-9]+)?%?|[a-z]+")
_SENTENCE = re.compile(r"(?<=[。；;！？])")
# Parts of an issue that are not its documents' text (the contents list repeats titles).
_SKIPPED_PARTS = frozenset({"contents"})
_ABOUT_THE_ISSUE = ("公报", "这期", "本期", "出版", "期次")


@dataclass(frozen=True)
class Quote:
    """A paragraph that answers, the sentences quoted from it, and how well it covers."""

    row: dict[str, Any]
    sentences: tuple[str, ...]
    coverage: float
    has_value: bool


def key_text(text: str) -> str:
    """The question without its question words and the cue words of the asked attribute."""
    attribute = asking.asked(text)
    if attribute is not None:
        for cue in attribute.cues:
            text = text.replace(cue, " ")
    for filler in words.FILLER_SORTED:
        if len(filler) >= 2 or filler in words.PARTICLES:
            text = text.replace(filler, " ")
    return text


def bigrams(text: str) -> list[str]:
    pieces: list[str] = []
    for run in _RUN.findall(text):
        if run[0].isdigit() or run.isascii():
            pieces.append(run)
        else:
            pieces += [run[i : i + 2] for i in range(len(run) - 1)]
    return list(dict.fromkeys(pieces))


def coverage(question: str, text: str) -> float:
    """The share of the question's key bigrams that occur in `text`."""
    key = bigrams(key_text(question))
    plain = _plain(text)
    return sum(b in plain for b in key) / len(key) if key else 1.0


def search_expression(key: str) -> str:
    """Space-separated terms of the n-gram index; the canned query matches any of them and
    bm25 ranks the paragraphs."""
    return " ".join(bigrams(key)[:MAX_TERMS])


class Passages(BaseDomain):
    name = NAME
    tools = (TOOL,)

    def expanded(self, text: str) -> str:
        """The question with short forms of insurance names written out (农房 → 农村住房)."""
        return expand_short_forms(text, list(self.lexicon.insurances), gap=3)

    def match(self, question: Question) -> Match | None:
        key = key_text(self.expanded(question.text))
        expression = search_expression(key)
        chinese = [b for b in bigrams(key) if not b.isascii()]
        if len(chinese) < 2 or not expression:
            return None
        evidence = Evidence(Proof.HINT, 0, 0, 0, len(bigrams(key)))
        return tool_match(TOOL, {"terms": expression}, evidence, NAME)

    def quotes(self, question: str, rows: list[dict[str, Any]]) -> list[Quote]:
        """Paragraphs that cover the question's key terms, best first."""
        key = bigrams(key_text(question))
        if not key:
            return []
        attribute = asking.asked(question)
        about_issue = any(word in question for word in _ABOUT_THE_ISSUE)
        found = []
        for rank, row in enumerate(rows):
            if row.get("part") in _SKIPPED_PARTS:
                continue
            if row.get("part") in ("cover", "back_matter") and not about_issue:
                continue
            text = _plain(row["text"])
            covered = [b for b in key if b in text]
            coverage = len(covered) / len(key)
            if coverage < MIN_COVERAGE or not _has_run(text, key):
                continue
            sentences = _best_sentences(text, key, attribute)
            has_value = attribute is None or any(attribute.found_in(s) for s in sentences)
            found.append((coverage, has_value, -rank, row.get("published") or "", row, sentences))
        found.sort(key=lambda f: (f[1], round(f[0], 2), f[3], f[2]), reverse=True)
        return [Quote(row, sentences, cov, value) for cov, value, _, _, row, sentences in found]

    def arrange(self, match: Match, result: dict[str, Any]) -> dict[str, Any]:
        """Only the paragraphs that answer, best first, each with its quoted sentences."""
        quotes = self.quotes(self.expanded(match.question), result.get("rows", []))
        rows = [
            {
                **q.row,
                "quoted": "".join(q.sentences),
                "coverage": q.coverage,
                "has_value": q.has_value,
            }
            for q in quotes[:MAX_QUOTED]
        ]
        return {**result, "rows": rows, "quotes": quotes}

    def write(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return "数据中没有找到回答这个问题的公报原文。"
        several_issues = len(self.lexicon.entries.get("source", [])) > 1
        lines = ["公报原文："]
        for row in rows:
            lines.append(f"“{row['quoted']}”（{_source(row, several_issues)}）")
        return "\n".join(lines)

    def kind_of(self, match: Match, rows: list[dict[str, Any]]) -> str:
        return "tool" if rows else "no_data"

    def portal_link(self, match: Match, rows: list[dict[str, Any]], wording: Any) -> str:
        if rows:
            return wording.paragraph_url(rows[0]["paragraph_id"])
        return wording.url(TOOL, match.args)


def _plain(text: str) -> str:
    """A table row's cells joined (tabs kept as separators), spaces inside words removed."""
    return re.sub(r"(?<=[\u3400-\u9fff]) +(?=[\u3400-\u9fff])", "", text.replace("\t", " | "))


def _has_run(text: str, key: list[str]) -> bool:
    """Two key bigrams that overlap (three characters in a row) occur together in the text."""
    for first, second in itertools.pairwise(key):
        if first[1:] == second[:1] and first + second[1:] in text:
            return True
    return any(
        len(term) >= 3 or (term[0].isdigit() and len(term) >= 2) for term in key if term in text
    )


def _best_sentences(text: str, key: list[str], attribute: Any) -> tuple[str, ...]:
    sentences = [s.strip() for s in _SENTENCE.split(text) if s.strip()]
    if len(sentences) <= 1:
        return (text.strip(),)
    scored = [
        (
            (attribute is None or attribute.found_in(s)),
            sum(b in s for b in key),
            -i,
            s,
        )
        for i, s in enumerate(sentences)
    ]
    best = max(scored)
    chosen = [s for s in scored if s[1] >= max(1, best[1] - 1) and s[0] == best[0]][:2]
    return tuple(s for *_, s in sorted(chosen, key=lambda s: -s[2]))


def _source(row: dict[str, Any], with_issue: bool) -> str:
    """文号 and date of the paragraph's document (its title when it has no number), and the
    issue when the data holds several."""
    title = row.get("document_title") or ""
    parts = [row.get("doc_number") or (f"《{title}》" if title else ""), row.get("sign_date")]
    if with_issue or not title:
        parts.append(row.get("issue_title"))
    return "，".join(p for p in parts if p)
