"""Character n-grams for Chinese full-text search in SQLite FTS5.

SQLite's tokenizers do not fit Chinese: unicode61 keeps a run of Chinese characters as one token
and trigram never matches a 2-character query (护照). We index every substring of 1..MAX_NGRAM
characters of each word-character run as its own token, so any query of up to MAX_NGRAM
characters (护照, 公安局, 不动产登记) is one token that equals an indexed n-gram. Longer queries
are split by `query_terms` into overlapping MAX_NGRAM-grams that must all match.
"""

from __future__ import annotations

import re

MAX_NGRAM = 10
_RUNS = re.compile(r"\w+")


def ngrams(text: str | None) -> str:
    """Space-separated distinct n-grams (1..MAX_NGRAM characters) of the text's word runs."""
    if not text:
        return ""
    seen: dict[str, None] = {}
    for run in _RUNS.findall(text.lower()):
        for size in range(1, min(MAX_NGRAM, len(run)) + 1):
            for start in range(len(run) - size + 1):
                seen.setdefault(run[start : start + size])
    return " ".join(seen)


def query_terms(query: str) -> list[str]:
    """FTS terms for a user query: each word run, longer runs as overlapping MAX_NGRAM-grams."""
    terms: list[str] = []
    for run in _RUNS.findall(query.lower()):
        if len(run) <= MAX_NGRAM:
            terms.append(run)
        else:
            terms += [run[start : start + MAX_NGRAM] for start in range(len(run) - MAX_NGRAM + 1)]
    return terms


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression (quoted terms, implicit AND) or None for an empty query."""
    terms = query_terms(query)
    return " ".join(f'"{term}"' for term in terms) if terms else None
