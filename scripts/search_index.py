"""Character n-grams for Chinese full-text search in SQLite FTS5.

SQLite's tokenizers do not fit Chinese: unicode61 keeps a run of Chinese characters as one token
and trigram never matches a 2-character query (护照). Each searchable row is therefore indexed as
the distinct substrings of 1..MAX_NGRAM characters of its word-character runs, one token each.
A query becomes one quoted term per word run; a run longer than MAX_NGRAM becomes its
overlapping MAX_NGRAM-grams, all required (implicit AND). The portal registers `fts_escape` as
Datasette's `escape_fts` SQL function, so its own `?_search=` box works for any query length and
for queries with punctuation (大足府办发〔2021〕37号).

MAX_NGRAM = 4, measured on the package (447 queries × 13 tables: the brief's words, service
names, document numbers, random substrings of 2-24 characters, checked against substring truth):
every N from 2 to 64 misses no row with this query rewriting; N = 2 gave one false positive
among the word queries, N ≥ 3 none; the index grows from 0.9 MB (N = 2) over 1.7 MB (N = 4) and
3.8 MB (N = 10) to 5.8 MB (all substrings). N = 4 also keeps 2-4 character queries working for
anyone who opens the database without the portal's plugin (plain phrase matching).
"""

from __future__ import annotations

import re
from collections.abc import Container

from .search_words import strip_fillers

MAX_NGRAM = 4
_RUNS = re.compile(r"\w+")
MATCH_NOTHING = '""'


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
    return list(dict.fromkeys(terms))


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression (quoted terms, implicit AND) or None for an empty query."""
    terms = query_terms(query)
    return " ".join(f'"{term}"' for term in terms) if terms else None


def fts_escape(query: str | None) -> str:
    """Datasette's escape_fts for the n-gram index; a query without words matches nothing."""
    return match_expression(query or "") or MATCH_NOTHING


def forgiving_query(query: str, known_terms: Container[str]) -> str:
    """The query without filler words (办, 怎么办理, 在哪里 …) in runs the index cannot match.

    A run whose n-gram terms all occur in the index is kept as typed (办公室 stays 办公室); one
    that cannot match (办护照, 怎么办理护照) loses the fillers of sources/search_words.csv.
    """
    kept = []
    for run in _RUNS.findall(query):
        if all(term in known_terms for term in query_terms(run)):
            kept.append(run)
        else:
            kept.append(strip_fillers(run))
    return " ".join(kept)
