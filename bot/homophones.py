"""Slips of a pinyin keyboard: a character that sounds like the one meant (抵压登记 for 抵押登记,
档按局 for 档案局, 巨在保险 for 巨灾保险).

Residents type Chinese by its sound, so the commonest typo is a homophone. A piece of the
question of three or four characters that the data does not print, one character inside it off a
piece of a name where the two characters share their usual reading (tones aside), is read as
that piece — only when every name it could be off by one gives the same piece, and the wrong
character is printed next to neither of its neighbours anywhere in the data. A piece of four may
be off at an end too, unless that character makes a word with the question's characters beyond
it; a person's name of three characters may be off anywhere, the surname too.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

WINDOWS = (4, 3)  # longer pieces first: more of the name agrees around the slip
EDGE_SLIP_SIZE = 4  # a piece this long may be off at its ends as well
PERSON_LENGTH = 3  # two characters agreeing around one slip; a two-character name is too short
_AROUND = 3  # characters of the question beyond a piece, where a word of its own may run
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_MASK = "\0"


@functools.cache
def _readings() -> dict[str, str]:
    """pypinyin's table of each character's readings, keyed by its code point as text. Read
    from the package's data file: importing pypinyin also loads its phrase dictionary, which
    takes ten times as long and which a single character's reading does not need."""
    package = importlib.util.find_spec("pypinyin")
    table = Path(package.submodule_search_locations[0]) / "pinyin_dict.json"
    return json.loads(table.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=8192)
def reading(char: str) -> str:
    """A character's usual reading without tones (行 → xing): its rarer ones (活 read guo) would
    make characters sound alike that no keyboard confuses."""
    printed = _readings().get(str(ord(char)), "")
    return _toneless(printed.split(",")[0]) if printed else ""


def _toneless(reading: str) -> str:
    decomposed = unicodedata.normalize("NFD", reading)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


def sound_alike(a: str, b: str) -> bool:
    return bool(reading(a)) and reading(a) == reading(b)


class Homophones:
    """The pieces of names a question may have mistyped, by each piece with one character
    masked."""

    def __init__(self, names: Iterable[str], printed: Callable[[str], bool],
                 people: Iterable[str] = (), words: Iterable[str] = ()) -> None:
        self._printed = printed  # whether a piece (of two characters or more) is in the data
        self._words = frozenset(words)  # the questions' own words (归哪个, 好多)
        self._masked: dict[str, set[str]] = defaultdict(set)
        # a person's name may be off anywhere, the surname too (寒立新 for 韩立新): names are
        # typed by their sound, and a name of three characters is all of the piece
        self._people = set(people)
        self._people_masked: dict[str, set[str]] = defaultdict(set)
        for person in self._people:
            if len(person) == PERSON_LENGTH:
                for at in range(PERSON_LENGTH):
                    self._people_masked[_masked(person, at)].add(person)
        for name in names:
            for run in _HAN.findall(name):
                for size in WINDOWS:
                    for start in range(len(run) - size + 1):
                        piece = run[start:start + size]
                        for at in _slips(size):
                            self._masked[_masked(piece, at)].add(piece)

    def corrected(self, text: str) -> str:
        """The text with each mistyped piece of a name replaced by the name's piece."""
        for size in WINDOWS:
            start = 0
            while start + size <= len(text):
                piece = text[start:start + size]
                meant = self._meant(piece, text[max(0, start - _AROUND):start],
                                    text[start + size:start + size + _AROUND])
                if meant:
                    text = text[:start] + meant + text[start + size:]
                    start += size
                else:
                    start += 1
        return text

    def _meant(self, piece: str, before: str = "", after: str = "") -> str | None:
        """The name's piece a piece of the question mistypes; `before` and `after` are the
        characters around it in the question."""
        if not _HAN.fullmatch(piece):
            return None
        if self._printed(piece):
            return self._person_meant(piece)
        # the slip inside the piece, the name agreeing on both sides of it, and printed
        # nowhere next to either neighbour (个部门 is a question's words, not 各部门 mistyped);
        # at an end, not printed with the question's character beyond it (龙石镇征收: 征 is
        # of 征收, not 龙石镇正阳街 mistyped)
        # (the names' pieces looked up first: few pieces of a question are one slip off one)
        meant = {candidate for at in _slips(len(piece))
                 if (candidates := self._masked.get(_masked(piece, at)))
                 and not _neighbours_printed(piece, at, self._printed)
                 and not self._of_a_word_beyond(piece, at, before, after)
                 for candidate in candidates
                 if sound_alike(piece[at], candidate[at])}
        return meant.pop() if len(meant) == 1 else self._person_meant(piece)

    def _of_a_word_beyond(self, piece: str, at: int, before: str, after: str) -> bool:
        """Whether a character at an end of the piece begins or ends a word with the question's
        characters beyond it: one the data prints (征收 of 龙石镇征收) or one of the question's
        own (归哪个 of 安全管理归哪个管)."""
        if at == len(piece) - 1 and after:
            ahead = piece[-1] + after
            return self._printed(ahead[:2]) or any(
                ahead[:n] in self._words for n in range(2, len(ahead) + 1))
        if at == 0 and before:
            behind = before + piece[0]
            return self._printed(behind[-2:]) or any(
                behind[-n:] in self._words for n in range(2, len(behind) + 1))
        return False

    def _person_meant(self, piece: str) -> str | None:
        """The one person whose name sounds like the piece, off by one character anywhere.
        Its pairs may each be printed (苗德青: 苗德 of 苗德钧, 德清 of 苗德清), so only a name
        printed whole keeps the piece as typed."""
        if len(piece) != PERSON_LENGTH or piece in self._people:
            return None
        meant = {person for at in range(PERSON_LENGTH)
                 for person in self._people_masked.get(_masked(piece, at), ())
                 if sound_alike(piece[at], person[at])}
        return meant.pop() if len(meant) == 1 else None


def _slips(size: int) -> range:
    """Where a slip is looked for: inside a piece, a character on each side; in a piece of
    four, at its ends too (民族成分 for 民族成份), three characters agreeing beside it."""
    return range(size) if size >= EDGE_SLIP_SIZE else range(1, size - 1)


def _neighbours_printed(piece: str, at: int, printed: Callable[[str], bool]) -> bool:
    """Whether the character at `at` is printed next to each of its neighbours in the piece
    (个部门 is a question's words, not 各部门 mistyped)."""
    pairs = [piece[i:i + 2] for i in (at - 1, at) if i >= 0 and i + 2 <= len(piece)]
    return all(printed(pair) for pair in pairs)


def _masked(piece: str, at: int) -> str:
    return piece[:at] + _MASK + piece[at + 1:]
