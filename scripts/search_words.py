"""Words a search may forgive, from sources/search_words.csv (one curated list for portal and bot).

- `filler`: question words, verbs of applying and particles that people put around the thing they
  look for (办护照, 怎么办理护照, 护照在哪里办). `strip_fillers` removes them from the edges of each
  run of a query; what remains is searched for.
- `name_prefix` / `name_suffix`: affixes of organisation and town names (区公安局, 棠香街道).
  `short_forms` gives the names without them (公安局, 棠香); the build keeps those that name
  exactly one organisation, so canned queries accept them (see build_db.add_short_names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import PipelineError
from .sources import SOURCES_DIR, read_csv

SEARCH_WORDS = SOURCES_DIR / "search_words.csv"
FIELDS = ["word", "role", "why"]
ROLES = ("filler", "name_prefix", "name_suffix")
_RUNS = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchWords:
    fillers: tuple[str, ...]  # longest first, so 办理 goes before 办
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]


@cache
def load_search_words(path: Path = SEARCH_WORDS) -> SearchWords:
    rows = read_csv(path, FIELDS)
    by_role: dict[str, list[str]] = {role: [] for role in ROLES}
    for line, row in enumerate(rows, start=2):
        if row["role"] not in by_role or not row["word"].strip():
            raise PipelineError(
                str(path),
                f"role {row['role']!r}, word {row['word']!r}",
                line=line,
                column="role",
                expected=f"a non-empty word and one of {', '.join(ROLES)}",
            )
        by_role[row["role"]].append(row["word"].strip())
    longest_first = {
        role: tuple(sorted(words, key=len, reverse=True)) for role, words in by_role.items()
    }
    return SearchWords(
        longest_first["filler"], longest_first["name_prefix"], longest_first["name_suffix"]
    )


def _strip_run(run: str, fillers: tuple[str, ...]) -> str:
    changed = True
    while changed:
        changed = False
        for word in fillers:
            if run.startswith(word) and len(run) > len(word):
                run, changed = run[len(word) :], True
            if run.endswith(word) and len(run) > len(word):
                run, changed = run[: -len(word)], True
    return run


def strip_fillers(query: str, words: SearchWords | None = None) -> str:
    """The query with filler words taken off the edges of each run; a run is never emptied.

    A run that is only a filler (办) is dropped when other runs remain, kept when it is alone.
    """
    fillers = (words or load_search_words()).fillers
    runs = _RUNS.findall(query)
    kept = [_strip_run(run, fillers) for run in runs if run not in fillers]
    return " ".join(kept) if kept else " ".join(runs)


def short_forms(name: str, words: SearchWords | None = None) -> set[str]:
    """Shorter forms of an organisation or town name: without its district prefix, town suffix."""
    words = words or load_search_words()
    prefix = next((p for p in words.prefixes if name.startswith(p) and len(name) > len(p)), "")
    stem = name[len(prefix) :]
    forms = {stem}
    for suffix in words.suffixes:
        if stem.endswith(suffix) and len(stem) > len(suffix) + 1:
            forms.add(stem[: -len(suffix)])
    forms.discard(name)
    return {form for form in forms if len(form) >= 2}
