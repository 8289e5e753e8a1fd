"""The expropriation projects in the data and which one a question is about.

A project is chosen by a piece of its name or of its notice's title (which names the town or
street and the area: 龙水镇, 北山片区 …), compared with every project in the database; pieces
shared by all projects (征收, 国有土地上房屋, 项目) choose nothing. A question that names no
project gets the project of the latest issue when that issue has exactly one, and otherwise
the projects of that issue as options. Everything here is read from the database at start-up.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from bot import vocabulary as words
from bot.estimate import (
    MEASURED,
    RESIDENTIAL,
    EstimateError,
    RateTable,
    inputs_of,
    is_price,
    thing_of,
)
from bot.lexicon import SubstringIndex
from bot.swap import is_swap_part

_BRACKETED = re.compile(r"[（(]([^）)]{2,6})[）)]")
# A project is named by a piece of its texts at least this long (两 characters: 龙水, 北山).
MIN_PIECE = 2
Row = dict[str, Any]


@dataclass(frozen=True)
class Project:
    """One project: its identity, the document it is published in, and its rate table."""

    id: str
    name: str
    source_id: str
    sign_date: str
    doc_number: str
    title: str
    rates: tuple[Row, ...] = ()
    facts: Row = field(default_factory=dict)

    @cached_property
    def table(self) -> RateTable | None:
        try:
            return RateTable(list(self.rates))
        except EstimateError:
            return None

    @cached_property
    def _derived(self) -> dict[str, Any]:
        """What the questions need from the rates, computed once (answers use it per call)."""
        table = self.table
        categories = list(dict.fromkeys(row["category"] for row in self.rates))
        modes = {row["settlement"] for row in self.rates if row.get("settlement")}
        structured = [row for row in self.rates if is_price(row)]
        structures = [row["item"] for row in structured]
        decorations = table.decoration_names() if table else []
        return {
            "categories": categories,
            "roles": {c: table.role(c) if table else "sum" for c in categories},
            "inputs": {c: inputs_of(table, c) if table else [] for c in categories},
            "structures": structures,
            "homes": [r["item"] for r in structured if r.get("property_use") == RESIDENTIAL],
            "decorations": decorations,
            "settlements": sorted(modes, key=_longest_first),
            "value": table.value_category() if table else None,
            "words": _structure_words(structured),
            "fittings": _fittings(self.rates, table),
            "measured": _measured(self.rates, table, [*structures, *decorations]),
        }

    def categories(self) -> list[str]:
        return self._derived["categories"]

    def role_of(self, category: str) -> str:
        return self._derived["roles"].get(category, "sum")

    def structures(self) -> list[str]:
        return self._derived["structures"]

    def decorations(self) -> list[str]:
        return self._derived["decorations"]

    def settlements(self) -> list[str]:
        """Settlement modes the rates name (货币补偿, 产权调换（现房）…), longest first."""
        return self._derived["settlements"]

    def inputs(self, category: str) -> list[str]:
        return self._derived["inputs"].get(category, [])

    def value_category(self) -> str | None:
        return self._derived["value"]

    def residential_structures(self) -> list[str]:
        return self._derived["homes"]

    def fittings(self) -> list[str]:
        """Utilities a household may have, paid per household or unit, as the table names
        them (天然气户表, 有线电视, 电话), where the table prints them apart from the sum."""
        return self._derived["fittings"]

    def measured(self) -> dict[str, Measured]:
        """Things priced by their size apart from the sum (混凝土晒坝 元/m², 片石挡墙 元/m³), as
        the table names them, each with the unit of its size and the pieces naming it."""
        return self._derived["measured"]

    def structure_words(self) -> list[str]:
        """Words naming the project's structures, suites and uses (curated ones too), longest
        first."""
        return self._derived["words"]


# words that name no project in particular: the kinds of place and of project
GENERIC = tuple(sorted(
    {*words.PLACE_WORDS, *words.PROJECT_KINDS, *words.COMPENSATION, *words.COMPENSATION_WEAK},
    key=len, reverse=True,
))


def names_a_project(piece: str) -> bool:
    """A piece of a project's texts names it when two characters remain once the kinds of
    place and project (片区, 改造项目) are taken out: 改造项目 alone names none."""
    if len(piece) < 3 and piece in words.FILLER:
        return False
    for word in GENERIC:
        piece = piece.replace(word, "")
    return len(piece) >= 2


@dataclass(frozen=True)
class Choice:
    """The project a question is about, or the candidates when it is not one."""

    project: Project | None
    named: bool  # the question named it (else: the default of the latest issue)
    candidates: tuple[Project, ...] = ()
    pieces: tuple[str, ...] = ()


class Projects:
    """Every project, an index of their names and notice titles, and the default one."""

    def __init__(self, projects: list[Project]) -> None:
        self.all = tuple(projects)
        self.by_id = {p.id: p for p in projects}
        self.index = SubstringIndex([f"{p.name}\n{p.title}" for p in projects])
        self.latest = _latest_issue(projects)
        self.default = self.latest[0] if len(self.latest) == 1 else None

    def __bool__(self) -> bool:
        return bool(self.all)

    def get(self, ref: str) -> Project | None:
        """A project by id, by its position (#k, as option payloads carry it) or by name."""
        if ref.startswith("#") and ref[1:].isdigit() and int(ref[1:]) < len(self.all):
            return self.all[int(ref[1:])]
        if ref in self.by_id:
            return self.by_id[ref]
        named = [p for p in self.all if ref and ref in p.name]
        return named[0] if len(named) == 1 else None

    def short_name(self, project: Project) -> str:
        """The shortest start of the project's name that no other project's texts hold."""
        for end in range(MIN_PIECE, len(project.name)):
            if self.index.hits(project.name[:end]) == {self.all.index(project)}:
                return project.name[:end]
        return project.name

    def ref(self, project: Project) -> str:
        return f"#{self.all.index(project)}"

    def choose(self, text: str) -> Choice:
        """The projects a question names by the longest pieces of their texts (of several, the
        latest issue's when it is one of them); none named → the latest issue's only project;
        otherwise every project is a candidate."""
        scores: dict[int, int] = defaultdict(int)
        pieces = []
        for piece, _ in self.index.maximal_pieces(text, MIN_PIECE):
            piece = piece.strip()
            hits = self.index.hits(piece)
            if len(piece) < 3:  # 人民, 地上: two characters of a notice's title name nothing
                hits = {i for i in hits if piece in self.all[i].name}
            if not hits or (len(self.all) > 1 and len(hits) == len(self.all)):
                continue
            if not names_a_project(piece):
                continue
            pieces.append(piece)
            for position in hits:
                scores[position] += len(piece)
        if scores:
            best = max(scores.values())
            named = tuple(self.all[i] for i, score in sorted(scores.items()) if score == best)
            if len(named) == 1:
                return Choice(named[0], True, named, tuple(pieces))
            # 珠溪 names an earlier issue's project and the latest one's alike: the latest, by
            # default (not when each is named by other words: 国梁镇 of one, 老街 of another)
            positions = {i for i, score in scores.items() if score == best}
            alike = all(positions <= self.index.hits(piece) for piece in pieces
                        if self.index.hits(piece) & positions)
            recent = [project for project in named if project in self.latest]
            if alike and len(recent) == 1:
                return Choice(recent[0], True, named, tuple(pieces))
            return Choice(None, True, named, tuple(pieces))
        return Choice(self.default, False, self.latest)


def _fittings(rates: tuple[Row, ...], table: RateTable | None) -> list[str]:
    if table is None:
        return []
    return list(dict.fromkeys(
        row["item"] for row in rates
        if table.role(row["category"]) == "note"
        and row.get("basis") in ("per_household", "per_unit")
        and row.get("threshold_m2") is None and row.get("signing_day_from") is None
    ))


class Measured(NamedTuple):
    unit: str  # of the thing's size: m², m³, m
    pieces: frozenset[str]  # the pieces of its name a question names it by


def _measured(rates: tuple[Row, ...], table: RateTable | None, described: list[str]
              ) -> dict[str, Measured]:
    """Things priced by their size apart from the sum, with the unit of their size: not the
    parts of a new home a swap prices (a settlement's rows, 超出10平方米以内部分)."""
    if table is None:
        return {}
    printed = "".join(described)
    return {row["item"]: Measured(MEASURED[row["basis"]], _measured_pieces(row["item"], printed))
            for row in rates
            if table.role(row["category"]) == "note" and row.get("basis") in MEASURED
            and not is_swap_part(row) and not row.get("settlement")
            and not any(c.isdigit() for c in row["item"])}


def _measured_pieces(item: str, described: str) -> frozenset[str]:
    """The pieces naming a thing priced by its size: three characters of its name in a row, or
    its last two (晒坝 of 混凝土晒坝), none a general word of houses (房屋) or printed in a
    structure or decoration level the house is described by (`described`: 简易 of 简易装修)."""
    thing = thing_of(item)
    pieces = {thing[i:i + 3] for i in range(len(thing) - 2)} | {thing[-2:]}
    return frozenset(p for p in pieces if p not in _HOUSE_WORDS and p not in described
                     and not any(c.isdigit() for c in p))


_HOUSE_WORDS = frozenset({*words.COMPENSATION, *words.COMPENSATION_WEAK})


def _structure_words(structured: list[Row]) -> list[str]:
    stems = set(words.STRUCTURE_WORDS)
    for row in structured:
        stems.add(row["structure"] or "")  # a price of a kind of building names none
        stems.add((row["structure"] or "").removesuffix("结构"))
        # 土木及简易结构: either structure it joins names the row
        stems.update(re.split(r"及|、|和|与|或", (row["structure"] or "").removesuffix("结构")))
        stems.update(_BRACKETED.findall(row["item"]))  # the use: 门面, 成套
    return sorted((w for w in stems if w), key=_longest_first)


def _longest_first(word: str) -> tuple[int, str]:
    """Longest first; words of one length in a fixed order (a set's order changes with the
    string hash seed, and with it which word a question matches first)."""
    return -len(word), word


def _latest_issue(projects: list[Project]) -> tuple[Project, ...]:
    """The projects of the latest issue that has any."""
    if not projects:
        return ()
    by_issue: dict[str, list[Project]] = defaultdict(list)
    for project in projects:
        by_issue[project.source_id].append(project)
    latest = max(by_issue, key=lambda source: max(p.sign_date for p in by_issue[source]))
    return tuple(by_issue[latest])


def load_projects(names: list[tuple[str, str]], facts_of: Any, rates_of: Any) -> Projects:
    """Projects from (name, id) pairs; `facts_of(id)` and `rates_of(id)` return the rows of the
    compensation_project and compensation_rates_of_project queries."""
    projects = []
    for name, project_id in names:
        facts = next((r for r in facts_of(project_id) if r.get("project_id") == project_id), {})
        rates = tuple(r for r in rates_of(project_id) if r.get("project_id") == project_id)
        projects.append(
            Project(
                project_id,
                name,
                str(facts.get("source_id") or ""),
                str(facts.get("sign_date") or ""),
                str(facts.get("doc_number") or ""),
                str(facts.get("document_title") or ""),
                rates,
                facts,
            )
        )
    return Projects(sorted(projects, key=lambda p: (p.sign_date, p.id)))
