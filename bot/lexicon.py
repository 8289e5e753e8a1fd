"""Names and texts the router recognises, built from the database at start-up.

Everything comes from the `names_of_kind` canned query: organisations (short names, full names,
printed aliases and the forms without 区/大足区/重庆市大足区), people, posts, service items,
documents, meetings, leading groups, projects, perils, tasks, facility kinds, standards, meeting
topics, compensation rate items and the years the data covers. Free texts (service names, task
contents, topics, standards) get a substring index, so the longest piece of a question that
occurs in them can be found without a database call.
"""

from __future__ import annotations

import gc
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from bot.homophones import Homophones
from bot.vocabulary import COLLOQUIAL_ORGANISATIONS, PERIL_WORDS, QUESTION_WORDS

KINDS = (
    "department", "person", "post", "left_post", "service", "document", "meeting", "group",
    "project", "peril", "task", "campaign", "plan", "work_item", "facility", "standard", "topic",
    "rate", "source", "notice", "coverage", "year", "insurance", "insured",
)  # fmt: skip
# the kinds of names a resident types out and may mistype by sound (not free texts)
_HOMOPHONE_KINDS = ("department", "person", "service", "group", "project", "insurance", "peril")
TOWN_KIND = "镇街"
COLLECTIVE_KIND = "统称"
_PREFIXES = ("重庆市大足区", "大足区", "大足", "区")
_SCOPE_SEPARATORS = re.compile(r"[、，,；;（）()：:\s]|保障|救助|导致|确认的|其他")
_NONE: set[int] = set()
# A two-character remainder still names an office when it ends like one (教委, 残联).
_OFFICE_ENDINGS = ("局", "委", "办", "联", "院")
# What is left of some full names without the district prefix is too general to stand alone.
GENERIC_NAMES = frozenset({"人民政府", "人民政府办公室", "区人民政府"})


@dataclass(frozen=True)
class Entry:
    """One row of `names_of_kind`."""

    kind: str
    name: str
    ref: str | None
    detail: str | None
    note: str | None  # a date, or for organisations the form of the name (name/full_name/alias)


@dataclass(frozen=True)
class Span:
    """A piece of the question recognised as a name: where it is and what it stands for."""

    start: int
    end: int
    text: str
    kind: str
    value: str


class SubstringIndex:
    """Which of a list of texts contain a piece of two or more characters.

    Only two-character pieces are indexed: a longer piece is looked for in the texts that hold
    its rarest pair. Indexing every piece up to eight characters cost a third of the bot's
    start-up and most of its memory; the texts are short, so the check is cheap."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        pairs: dict[str, set[int]] = defaultdict(set)
        for position, text in enumerate(texts):
            for start in range(len(text) - 1):
                pairs[text[start : start + 2]].add(position)
        self._pairs = dict(pairs)

    def hits(self, piece: str) -> set[int]:
        if len(piece) < 2:
            return _NONE
        if len(piece) == 2:
            return self._pairs.get(piece, _NONE)
        rarest = min(
            (self._pairs.get(piece[i : i + 2], _NONE) for i in range(len(piece) - 1)), key=len
        )
        return {position for position in rarest if piece in self.texts[position]}

    def maximal_pieces(self, text: str, min_length: int = 2) -> list[tuple[str, int]]:
        """Substrings of `text` found in the texts and not inside a longer found one."""
        found: list[tuple[str, int]] = []
        reach = 0  # pieces start left to right: one ending before `reach` is inside another
        # most characters of a question start no pair of the texts: only the others can
        starts = [i for i in range(len(text) - 1) if text[i : i + 2] in self._pairs]
        for start in starts:
            end = self._longest_from(text, start)
            if end - start >= min_length and end > reach:
                found.append((text[start:end], start))
                reach = end
        return found

    def _longest_from(self, text: str, start: int) -> int:
        """The end of the longest piece of `text` from `start` that a text holds, its first
        two characters being held. A text holding a piece holds every shorter piece of it, so
        each longer piece is looked for only in the texts holding the one before."""
        holding = list(self._pairs[text[start : start + 2]])
        end = start + 2
        while end < len(text):
            longer = text[start : end + 1]
            holding = [p for p in holding if longer in self.texts[p]]
            if not holding:
                break
            end += 1
        return end

    def specificity(self, piece: str) -> float:
        """How much a piece singles out texts: the inverse document frequency of its
        two-character pieces, in bits, divided by 4 (≈ characters of a rare word).

        护照 (one service name) scores about 2, 登记 or 申请 (dozens) below 1."""
        total = 0.0
        for start in range(len(piece) - 1):
            count = len(self.hits(piece[start : start + 2]))
            if count:
                total += math.log2(len(self.texts) / count)
        return total / 4

    def bigrams(self) -> set[str]:
        return set(self._pairs)

    def near_miss(self, piece: str, known: set[str]) -> list[str]:
        """Pieces of the texts as long as `piece` that differ from it in one character only,
        where the question's character makes two-character pieces found nowhere in the data.

        Typing Chinese with a pinyin keyboard swaps a character for a homophone (不动产登计 for
        不动产登记) and makes a pair of characters no text contains; a real different word
        (注册 for 注销) is a pair the data knows, and is not "corrected".
        """
        if len(piece) < 4:
            return []
        if all(piece[i : i + 2] in known for i in range(len(piece) - 1)):
            return []  # every pair is known: no character was swapped for a homophone
        if not any(is_typo(piece, at, known) and self.hits(_longer_side(piece, at))
                   for at in range(len(piece))):
            return []  # no text holds the piece around a slip: the fuzzy search finds none
        windows: list[str] = []
        for text, _, _ in process.extract(
            piece,
            self.texts,
            scorer=fuzz.partial_ratio,
            limit=8,
            score_cutoff=_one_character_off(piece),
        ):
            for start in range(len(text) - len(piece) + 1):
                window = text[start : start + len(piece)]
                differing = [
                    i for i, (a, b) in enumerate(zip(window, piece, strict=True)) if a != b
                ]
                if (
                    len(differing) == 1
                    and window not in windows
                    and is_typo(piece, differing[0], known)
                ):
                    windows.append(window)
        return windows


def _longer_side(piece: str, at: int) -> str:
    """The longer of the piece's parts before and after the character at `at`: a text holding
    the piece with that character swapped holds it."""
    return max(piece[:at], piece[at + 1:], key=len)


def _one_character_off(piece: str) -> float:
    """A score below that of a text holding `piece` with one character swapped (fuzz.ratio
    of the window: one character deleted and one inserted of 2n, (n - 1) / n), by a margin
    for rounding. The texts scoring less hold no such window, and rapidfuzz gives up on them
    early (half the time of the search)."""
    return 100 * (len(piece) - 1) / len(piece) - 1


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Builds the indexes without the cyclic garbage collector.

    They are tens of thousands of small long-lived sets; each collection the allocations trigger
    scans the whole heap (langchain and pydantic leave a large one) and frees nothing. Measured:
    the indexes took 150 ms with the collector on and 13 ms with it paused."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _document_of(task_id: str | None) -> str:
    """The document id (…-d08) of a task id (…-d08-t01)."""
    return (task_id or "").rsplit("-t", 1)[0]


def is_typo(text: str, position: int, known: set[str]) -> bool:
    """The character at `position` forms no known two-character piece with its neighbours."""
    pairs = [text[i : i + 2] for i in (position - 1, position) if i >= 0 and i + 2 <= len(text)]
    return bool(pairs) and not any(pair in known for pair in pairs)


# a table cell naming a term of the insurance (保险期间, 保险金额, 赔偿处理), not what it insures
_TERM_OF_INSURANCE = re.compile(r"保险|保费|投保|承保|赔|费率")


def _insured(paragraphs: list[Any]) -> dict[str, str]:
    """What an insurance notice's tables list as insured (公益林, 能繁母猪) → its document id: a
    table cell of words alone (no figure) that the notice's prose names too and no other
    notice's table prints (a column's label such as 保险费率 is every notice's) and that names
    no term of the insurance (保险期间 of a 保险要素 | 具体内容 table); and the short
    name its prose gives the insurance (以下简称“惠民保”)."""
    cells: dict[str, set[str]] = defaultdict(set)
    prose: dict[str, str] = defaultdict(str)
    for paragraph in paragraphs:
        document = paragraph.ref or ""
        if "\t" not in paragraph.name:
            prose[document] += paragraph.name
            continue
        for cell in paragraph.name.split("\t"):
            word = re.sub(r"\s", "", cell)
            if 2 <= len(word) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", word) and (
                    not _TERM_OF_INSURANCE.search(word)):
                cells[word].add(document)
    listed = {word: next(iter(documents)) for word, documents in cells.items()
              if len(documents) == 1 and word in prose[next(iter(documents))]}
    # the short name a notice gives its insurance (…补充医疗保险（以下简称“惠民保”）)
    short = {name: document for document, text in prose.items()
             for name in _SHORT_NAME.findall(text)}
    return listed | short


_SHORT_NAME = re.compile(r"[（(]以下简称[“\"]([^”\"]{2,10})[”\"][)）]")


@dataclass
class Lexicon:
    entries: dict[str, list[Entry]]
    names: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    department_names: dict[str, str] = field(default_factory=dict)
    department_full: dict[str, str] = field(default_factory=dict)
    department_kind: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, names_of_kind: Callable[[str], list[dict[str, Any]]]) -> Lexicon:
        """Build from a function kind → rows (the `names_of_kind` tool)."""
        entries = {
            kind: [
                Entry(kind, row["name"], row.get("ref"), row.get("detail"), row.get("note"))
                for row in names_of_kind(kind)
                if row.get("name")
            ]
            for kind in KINDS
        }
        lexicon = cls(entries)
        with _collector_paused():
            lexicon._build()
        return lexicon

    def _build(self) -> None:
        self._build_departments()
        self.posts = [(e.ref, e.detail) for e in self.entries["post"]]
        # person → the organisations whose post they left (to find who took it over)
        self.posts_left: dict[str, list[str]] = defaultdict(list)
        for entry in self.entries["left_post"]:
            self.posts_left[entry.name].append(entry.ref or "")
        self.notices = self.entries["notice"]
        self.coverage: dict[str, set[str]] = defaultdict(set)
        for entry in self.entries["coverage"]:
            self.coverage[entry.ref or ""].add(entry.name)
        self.persons: dict[str, set[str]] = defaultdict(set)
        for entry in self.entries["person"]:
            self.persons[entry.name].add(entry.detail or "")
        self.documents = {e.name: e for e in self.entries["document"]}
        self.document_titles = SubstringIndex(
            list(dict.fromkeys(e.detail for e in self.entries["document"] if e.detail)))
        # (year, number) → the meeting: numbers start again each year
        self.meetings = {
            (int(e.detail), int(e.ref)): e
            for e in self.entries["meeting"]
            if e.ref and e.ref.isdigit() and e.detail and e.detail.isdigit()
        }
        self.years = {int(e.name) for e in self.entries["year"] if e.name.isdigit()}
        self.issues = sorted(self.entries["source"], key=lambda e: (e.note or "", e.ref or ""))
        dates = [e.note for e in self.entries["document"] if e.note]
        self.current_year = int(max(dates)[:4]) if dates else max(self.years, default=2021)
        self.peril_words = self._peril_words()
        # Insurance documents: title → (document id, whether it lists perils with payouts).
        self.insurances = {
            e.name: (e.ref or "", str(e.detail or "0") != "0") for e in self.entries["insurance"]
        }
        self.insurance_dates = {e.name: e.note or "" for e in self.entries["insurance"]}
        self.insured = _insured(self.entries["insured"])
        # each insurance notice's text, to tell whether it names a thing asked about (鱼类)
        self.insurance_texts: dict[str, str] = defaultdict(str)
        for paragraph in self.entries["insured"]:
            self.insurance_texts[paragraph.ref or ""] += paragraph.name
        self.services = SubstringIndex([e.name for e in self.entries["service"]])
        self.catalogues = list(dict.fromkeys(e.detail for e in self.entries["service"] if e.detail))
        # 第十批 → the catalogues printing a batch of that name (就近办, 最多跑一次 …)
        self.batches: dict[str, set[str]] = {}
        for entry in self.entries["service"]:
            if entry.note and entry.detail:
                self.batches.setdefault(entry.note, set()).add(entry.detail)
        task_entries = [
            e for kind in ("task", "campaign", "work_item", "plan") for e in self.entries[kind]
        ]
        self.tasks = SubstringIndex([e.name for e in task_entries])
        # the plan each indexed text belongs to (a task's id starts with its document's)
        plan_of_document = {_document_of(e.ref): e.name for e in self.entries["plan"]}
        self.task_plans = [plan_of_document.get(_document_of(e.ref), "") for e in task_entries]
        self.topics = SubstringIndex([e.name for e in self.entries["topic"]])
        standards = [e.name for e in self.entries["standard"]] + [
            e.detail for e in self.entries["standard"] if e.detail
        ]
        self.standards = SubstringIndex(standards)
        self.groups = [e.name for e in self.entries["group"]]
        self.group_index = SubstringIndex(self.groups)
        self.facility_index = SubstringIndex([e.name for e in self.entries["facility"]])
        self.projects = [e.name for e in self.entries["project"]]
        self.project_index = SubstringIndex(self.projects)
        self.rates = SubstringIndex(
            list(dict.fromkeys(w for e in self.entries["rate"] for w in (e.name, e.detail) if w))
        )
        self.known_pairs = set().union(
            *(index.bigrams() for index in (self.services, self.tasks, self.topics, self.standards))
        )
        self._exact = self._exact_names()
        self._lengths = _lengths_by_start(self._exact)
        self.homophones = self._homophones()

    def _homophones(self) -> Homophones:
        """Names a resident may mistype by a character that sounds alike; a piece is printed
        when each of its character pairs occurs in the data's names or texts."""
        names = [e.name for kind in _HOMOPHONE_KINDS for e in self.entries[kind]]
        pairs = self.known_pairs | {name[i:i + 2] for name in names for i in range(len(name) - 1)}
        return Homophones(names, lambda piece: all(
            piece[i:i + 2] in pairs for i in range(len(piece) - 1)), people=self.persons,
            words=QUESTION_WORDS)

    def _build_departments(self) -> None:
        variants: dict[str, set[str]] = defaultdict(set)
        for entry in self.entries["department"]:
            department_id, name = entry.ref or "", entry.name
            self.department_kind[department_id] = entry.detail or ""
            for variant in _department_variants(name, entry.detail == TOWN_KIND):
                variants[variant].add(department_id)
        printed = {e.name: e.ref for e in self.entries["department"]}
        for colloquial, name in COLLOQUIAL_ORGANISATIONS.items():
            if name in printed and colloquial not in variants:
                variants[colloquial].add(printed[name] or "")
        self.department_variants = {
            v: next(iter(ids)) for v, ids in variants.items() if len(ids) == 1
        }
        for entry in self.entries["department"]:
            if entry.note == "name":
                self.department_names[entry.ref or ""] = entry.name
            elif entry.note == "full_name":
                self.department_full[entry.ref or ""] = entry.name

    def _peril_words(self) -> dict[str, str]:
        """Words of each peril's name and printed scope (雷击, 高空坠物, 火灾 …) → the peril."""
        words: dict[str, set[str]] = defaultdict(set)
        for entry in self.entries["peril"]:
            for text in (entry.name, entry.detail or ""):
                for word in _SCOPE_SEPARATORS.split(text):
                    word = re.sub(r"^(经|由|对|在|因|区)|(的|等)$", "", word)
                    if 2 <= len(word) <= 8 and "机构" not in word and "气象" not in word:
                        words[word].add(entry.name)
                        words[re.sub(r"伤人$", "", word)].add(entry.name)
            words[entry.name].add(entry.name)
        found = {word: next(iter(perils)) for word, perils in words.items() if len(perils) == 1}
        # residents' words for a peril the scope prints (楼上掉东西 → 高空坠物), curated
        found.update({said: found[printed] for said, printed in PERIL_WORDS.items()
                      if printed in found and said not in found})
        return found

    def _exact_names(self) -> dict[str, tuple[str, str]]:
        """Surface form → (kind, canonical value) for names matched exactly in questions."""
        exact: dict[str, tuple[str, str]] = {}
        for word, peril in self.peril_words.items():
            exact[word] = ("peril", peril)
        for variant, department_id in self.department_variants.items():
            exact[variant] = ("department", department_id)
        for person in self.persons:
            if len(person) >= 2:
                exact[person] = ("person", person)
        return exact

    def spans(self, text: str) -> list[Span]:
        """Longest non-overlapping exact names in `text`, left to right."""
        found: list[Span] = []
        position = 0
        while position < len(text):
            for length in self._lengths.get(text[position : position + 2], ()):
                piece = text[position : position + length]
                if len(piece) == length and piece in self._exact:
                    kind, value = self._exact[piece]
                    found.append(Span(position, position + length, piece, kind, value))
                    position += length
                    break
            else:
                position += 1
        return found

    def is_town(self, department_id: str) -> bool:
        return self.department_kind.get(department_id) == TOWN_KIND

    def person_near_misses(self, name: str) -> list[str]:
        """People whose three-character name differs from `name` in one character of the given
        name: a different surname (谢玉兰 for 周玉兰) is another person, not a slip."""
        return [
            person
            for person in self.persons
            if len(person) == len(name) >= 3 and person[0] == name[0]
            and sum(a != b for a, b in zip(person, name, strict=True)) == 1
        ]

    def documents_numbered(self, number: int, year: int | None = None) -> list[Entry]:
        """Documents whose number is `number` (and year, when given)."""
        pattern = re.compile(r"〔(\d{4})〕(\d+)")
        found = []
        for name, entry in self.documents.items():
            match = pattern.search(name)
            if (
                match
                and int(match.group(2)) == number
                and (year is None or int(match.group(1)) == year)
            ):
                found.append(entry)
        return found


def _lengths_by_start(names: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The lengths of the names beginning with each pair of characters, longest first: a
    question is looked up only where a name can start, and only at lengths names have."""
    lengths: dict[str, set[int]] = defaultdict(set)
    for name in names:
        if len(name) >= 2:
            lengths[name[:2]].add(len(name))
    return {start: tuple(sorted(found, reverse=True)) for start, found in lengths.items()}


def _department_variants(name: str, is_town: bool) -> Iterable[str]:
    yield name
    if name.startswith("重庆市大足区"):
        yield name[len("重庆市") :]
    bases = [name]  # a town's name, and without the district's prefix (区双路街道办事处)
    for prefix in _PREFIXES:
        rest = name[len(prefix) :]
        long_enough = len(rest) >= 3 or (len(rest) == 2 and rest.endswith(_OFFICE_ENDINGS))
        if (
            name.startswith(prefix)
            and long_enough
            and rest not in GENERIC_NAMES
            and not rest.startswith(("级", "区"))
        ):
            yield rest
            bases.append(rest)
            if not rest.startswith("区"):
                yield "区" + rest
    if is_town:
        for base in bases:
            for suffix in ("街道办事处", "人民政府", "街道", "镇"):
                if base.endswith(suffix) and len(base) - len(suffix) >= 2:
                    stem = base[: -len(suffix)]
                    yield stem + ("街道" if "街道" in suffix else "镇")
                    yield stem
                    break
