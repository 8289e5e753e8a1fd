"""Organisations: the curated list in sources/departments.csv and linking printed names to it.

The gazette names one organisation many ways (区城管局 = 区城市管理局 = 重庆市大足区城市管理局;
龙水镇 = 大足区龙水镇 = 龙水镇人民政府; 棠香街道 = 棠香街道办事处). Names are compared folded:
brackets of either width, spaces inserted by the PDF extraction removed, the district's style
before the name (重庆市大足区 / 大足区 / 区) and a government's style after it (人民政府 / 办事处)
stripped. The styles, the words around names in responsibility cells that name no organisation
and the endings that mark a text as an organisation's name are curated in
sources/vocab/organisation_names.csv.

An organisation missing from the curated list does not stop extraction: it gets a provisional
id derived from its folded name ("provisional-" + 8 hex digits of its sha1), a `departments` row
with status `provisional`, and a review item suggesting the row to add to departments.csv.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import PipelineError
from .sources import SOURCES_DIR, read_csv
from .vocab import vocab_path

KINDS = [
    "区政府",
    "区级部门",
    "区级事业单位",
    "区委部门",
    "群团组织",
    "驻区单位",
    "经开区",
    "镇街",
    "统称",
]
DEPARTMENT_FIELDS = ["department_id", "name", "full_name", "kind", "aliases"]
VOCAB_FIELDS = ["text", "role", "value", "note"]
VOCAB_ROLES = ("prefix", "suffix", "filler", "ending", "short_ending", "short_word")
WHOLE_NAME_ENDING = 3  # 总工会 is a name after 区; 局 is not
MASS_ORGANISATION = "群团组织"  # known by short names: 区妇联, 区科协
PROVISIONAL_PREFIX = "provisional-"
_SEPARATORS = re.compile(r"[、，,/;；]+")
_SPACES = re.compile(r"\s+")
_RUN_PUNCTUATION = "（）()：:。"


@dataclass(frozen=True)
class Department:
    department_id: str
    name: str
    full_name: str
    kind: str
    aliases: tuple[str, ...]
    status: str = "curated"
    # Where a provisional organisation was first printed: (source_id, line).
    first_seen: tuple[str, int] | None = field(default=None, compare=False)
    # A curated organisation whose name differs by one character (a likely misprint).
    resembles: Department | None = field(default=None, compare=False)

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, self.full_name, *self.aliases)

    @property
    def provisional(self) -> bool:
        return self.status == "provisional"

    def suggested_row(self) -> str:
        """The departments.csv row a curator would add (the id is a placeholder to rename), or,
        for a likely misprint of a curated name, the alias to add to that organisation's row."""
        if self.resembles is not None:
            return (f"{self.resembles.department_id} ({self.resembles.name}): add {self.name} "
                    "to its aliases if it is a misprint")
        return ",".join((self.department_id, self.name, self.full_name, self.kind, ""))


@dataclass(frozen=True)
class NameVocabulary:
    """The curated words of organisation names (sources/vocab/organisation_names.csv)."""

    prefixes: tuple[tuple[str, str], ...]  # (printed style, the style it folds to), longest first
    suffixes: tuple[str, ...]
    fillers: tuple[str, ...]
    endings: tuple[tuple[str, str], ...]  # (ending, kind of an organisation so named)
    short_endings: tuple[tuple[str, str], ...] = ()  # (printed ending, the short form it folds to)
    short_words: tuple[tuple[str, str], ...] = ()  # (a word printed in full, its short form)

    @classmethod
    def load(cls, path: Path) -> NameVocabulary:
        rows: dict[str, list[tuple[str, str]]] = {role: [] for role in VOCAB_ROLES}
        for row_no, row in enumerate(read_csv(path, VOCAB_FIELDS), start=2):
            if row["role"] not in VOCAB_ROLES:
                raise PipelineError(str(path), f"unknown role {row['role']!r}", line=row_no,
                                    column="role", expected=" / ".join(VOCAB_ROLES))
            if row["role"] == "ending" and row["value"] not in KINDS:
                raise PipelineError(str(path), f"unknown kind {row['value']!r}", line=row_no,
                                    column="value", expected=" / ".join(KINDS))
            if not row["text"]:
                raise PipelineError(str(path), "empty text", line=row_no, column="text",
                                    expected="the word as printed")
            rows[row["role"]].append((row["text"], row["value"]))

        def longest_first(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
            return sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)

        return cls(
            prefixes=tuple(longest_first(rows["prefix"])),
            suffixes=tuple(text for text, _ in longest_first(rows["suffix"])),
            fillers=tuple(text for text, _ in longest_first(rows["filler"])),
            endings=tuple(longest_first(rows["ending"])),
            short_endings=tuple(longest_first(rows["short_ending"])),
            short_words=tuple(longest_first(rows["short_word"])),
        )

    @property
    def district_style(self) -> str:
        """The shortest district style, which every longer one folds to (区)."""
        return self.prefixes[-1][1] if self.prefixes else ""

    def normalise(self, text: str) -> str:
        """Brackets full-width, spaces removed, every district style written the shortest way."""
        text = _SPACES.sub("", text.replace("(", "（").replace(")", "）"))
        for style, folded in self.prefixes:
            if style != folded:
                text = text.replace(style, folded)
        return text

    def fold(self, name: str) -> str:
        """The core of a name: normalised, without district style before nor government style
        after (重庆市大足区龙水镇人民政府 → 龙水镇), a long ending and a word printed in full in
        their short forms (…办公室 → …办, 交通运输局 → 交通局); a style is kept when stripping
        it would leave less than two characters (区委 stays 区委, 区人民政府 becomes 人民政府)."""
        core = self.normalise(name)
        for long, short in self.short_words:
            core = core.replace(long, short)
        for style, _ in self.prefixes:
            if core.startswith(style) and len(core) - len(style) >= 2:
                core = core[len(style):]
                break
        suffix = next((suffix for suffix in self.suffixes if core.endswith(suffix)), "")
        if suffix and len(core) - len(suffix) >= 2:  # the longest style printed, or none
            core = core[: -len(suffix)]
        for long, short in self.short_endings:  # 国防动员办公室 and 国防动员办: one office
            if core.endswith(long) and len(core) - len(long) >= 2:
                return core[: -len(long)] + short
        return core

    def strip_fillers(self, text: str) -> str:
        """Text without the filler words at its start and end (等部门, 分管负责人, 和 …)."""
        changed = True
        while text and changed:
            changed = False
            for filler in self.fillers:
                if text.startswith(filler):
                    text, changed = text[len(filler):], True
                elif text.endswith(filler):
                    text, changed = text[: -len(filler)], True
        return text

    def kind_of(self, name: str) -> str | None:
        """The kind an organisation's name suggests by its ending, or None for no name.

        An ending of three characters or more is a whole name after the district's prefix
        (区总工会, 区工商联: the district's trade union); a shorter one is not (区局), except
        a mass organisation's short name (区妇联, 区科协).
        """
        core = self.fold(name)
        prefixed = core != name.strip()
        for ending, kind in self.endings:
            whole = len(ending) >= WHOLE_NAME_ENDING or kind == MASS_ORGANISATION
            if core.endswith(ending) and (len(core) > len(ending) or (prefixed and whole)):
                return kind
        return None


@dataclass(frozen=True)
class Linked:
    """What a printed cell names: organisations (curated or provisional) and leftover text."""

    departments: list[Department]
    unknown_text: list[str]


class DepartmentIndex:
    def __init__(self, departments: list[Department], vocabulary: NameVocabulary):
        self.departments = departments
        self.vocabulary = vocabulary
        self.provisional: list[Department] = []
        # Other printed forms of a provisional organisation: (alias, department_id, source, line)
        self.provisional_aliases: list[tuple[str, str, str, int]] = []
        self.by_id = {department.department_id: department for department in departments}
        self._exact: dict[str, Department] = {}
        self._folded: dict[str, Department | None] = {}  # None: two organisations share it
        self._scan: dict[str, Department] = {}
        self._names_by_initial: dict[str, list[str]] = {}  # longest first
        for department in departments:
            self._register(department)
        self._index_scan()

    @classmethod
    def load(cls, path: Path = SOURCES_DIR / "departments.csv",
             vocabulary_path: Path | None = None) -> DepartmentIndex:
        """The curated list; the name vocabulary comes from vocab/ beside it unless given
        (the repository's when that directory has none, see scripts.vocab)."""
        vocabulary = NameVocabulary.load(
            vocabulary_path or vocab_path(path.parent, "organisation_names.csv"))
        departments = []
        for row_no, row in enumerate(read_csv(path, DEPARTMENT_FIELDS), start=2):
            if row["kind"] not in KINDS:
                raise PipelineError(
                    str(path),
                    f"unknown kind {row['kind']!r}",
                    line=row_no,
                    column="kind",
                    expected=" / ".join(KINDS),
                )
            if row["department_id"].startswith(PROVISIONAL_PREFIX):
                raise PipelineError(str(path), f"curated id {row['department_id']!r}",
                                    line=row_no, column="department_id",
                                    expected=f"an id not starting with {PROVISIONAL_PREFIX!r}")
            aliases = tuple(alias for alias in row["aliases"].split("|") if alias)
            departments.append(
                Department(
                    row["department_id"], row["name"], row["full_name"], row["kind"], aliases
                )
            )
        return cls(departments, vocabulary)

    def _register(self, department: Department) -> None:
        """Index a department's names, exact and folded (a core two organisations share
        resolves to neither)."""
        for name in department.all_names:
            self._exact.setdefault(self.vocabulary.normalise(name), department)
            core = self.vocabulary.fold(name)
            self._folded[core] = department if self._folded.get(core, department) is department \
                else None

    def _index_scan(self) -> None:
        """The forms running text is scanned for: exact names and the styled forms of a core
        (区 + core, core + 人民政府 …), never a bare core: 市委宣传部 must not hit 区委宣传部."""
        vocabulary = self.vocabulary
        self._scan = dict(self._exact)
        for core, department in self._folded.items():
            if department is None or core in vocabulary.suffixes:
                continue
            styled = {vocabulary.district_style + core}
            styled |= {form + suffix for form in (*styled, core) for suffix in vocabulary.suffixes}
            for form in styled:
                self._scan.setdefault(form, department)
        self._names_by_initial: dict[str, list[str]] = {}
        for name in sorted(self._scan, key=len, reverse=True):
            self._names_by_initial.setdefault(name[:1], []).append(name)

    def resolve(self, name: str) -> Department | None:
        """The organisation a whole printed name denotes (curated or provisional), or None."""
        exact = self._exact.get(self.vocabulary.normalise(name.strip()))
        return exact or self._folded.get(self.vocabulary.fold(name.strip()))

    def provisional_for(self, printed: str, *, source_id: str, line: int) -> Department | None:
        """The organisation a whole name denotes, given a provisional id when it is unknown.

        None when the text does not read as an organisation's name (no curated ending).
        """
        if department := self._known(printed, source_id=source_id, line=line):
            return department
        name = self.vocabulary.normalise(printed)
        kind = self.vocabulary.kind_of(name)
        if kind is None:
            return None
        core = self.vocabulary.fold(name)
        digest = hashlib.sha1(core.encode("utf-8")).hexdigest()[:8]
        department = Department(f"{PROVISIONAL_PREFIX}{digest}", name, name, kind, (),
                                status="provisional", first_seen=(source_id, line),
                                resembles=self._one_character_apart(name))
        self.provisional.append(department)
        self.by_id[department.department_id] = department
        self._register(department)
        self._index_scan()
        return department

    def _known(self, printed: str, *, source_id: str, line: int) -> Department | None:
        """The organisation a whole name denotes; a provisional one printed in another form
        (区国防动员办 after 区国防动员办公室: one office) keeps that form as an alias."""
        department = self.resolve(printed)
        if department is not None and department.provisional:
            name = self.vocabulary.normalise(printed.strip())
            if name not in (department.name, *(alias for alias, *_ in self.provisional_aliases)):
                self.provisional_aliases.append((name, department.department_id, source_id, line))
        return department

    def _one_character_apart(self, name: str) -> Department | None:
        """The one curated organisation with a name of the same length differing in one
        character (区卫生建康委 for 区卫生健康委), else None."""
        near = {department.department_id: department
                for department in self.by_id.values() if not department.provisional
                for known in department.all_names
                if len(known) == len(name) and known != name
                and sum(a != b for a, b in zip(known, name, strict=True)) == 1}
        return next(iter(near.values())) if len(near) == 1 else None

    def find_all(self, text: str) -> list[tuple[str, Department]]:
        """Every organisation named in text, left to right, as (printed name, department)."""
        return [(name, department) for name, department, _ in self._scan_text(text)]

    def _scan_text(self, text: str) -> list[tuple[str, Department, int]]:
        """Longest-match scan of normalised text: (name, department, position) left to right."""
        found: list[tuple[str, Department, int]] = []
        normalised = self.vocabulary.normalise(text)
        position = 0
        while position < len(normalised):
            for name in self._names_by_initial.get(normalised[position], ()):
                if normalised.startswith(name, position):
                    found.append((name, self._scan[name], position))
                    position += len(name)
                    break
            else:
                position += 1
        return found

    def link(self, text: str, *, source_id: str, line: int) -> Linked:
        """The organisations a responsibility cell names, in order, each once.

        Text between known names (less filler words) is read as an organisation's name: an
        unknown one gets a provisional id; text that does not read as a name is returned as
        `unknown_text` for the review report.
        """
        linked: list[Department] = []
        unknown: list[str] = []
        for segment in _SEPARATORS.split(text):
            normalised = self.vocabulary.normalise(segment)
            whole = self._known(segment, source_id=source_id, line=line) if normalised else None
            found = [whole] if whole is not None else self._segment(
                normalised, unknown, source_id=source_id, line=line)
            for department in found:
                if department not in linked:
                    linked.append(department)
        return Linked(linked, unknown)

    def _segment(self, normalised: str, unknown: list[str], *, source_id: str,
                 line: int) -> list[Department]:
        """Known names in a segment (text between separators), and the runs between them.

        A segment that known names (and filler words) do not cover is one organisation not yet
        curated when it reads as a name as a whole: 团区委 is not 区委 after 团, 区委督查办 not
        区委 and 督查办. Otherwise each leftover run is read as a name of its own, or returned
        as unknown text.
        """
        parts: list[Department | str] = []  # known organisations and leftover runs, in order
        position = 0
        ends: list[tuple[str, Department | None, int]] = [
            *self._scan_text(normalised), ("", None, len(normalised))]
        for name, department, start in ends:
            run = self.vocabulary.strip_fillers(normalised[position:start].strip(_RUN_PUNCTUATION))
            parts += [run] if run else []
            parts += [department] if department is not None else []
            position = start + len(name)
        whole = self.vocabulary.strip_fillers(normalised.strip(_RUN_PUNCTUATION))
        if any(isinstance(part, str) for part in parts) and self.vocabulary.kind_of(whole):
            parts = [whole]
        found: list[Department] = []
        for part in parts:
            if isinstance(part, Department):
                found.append(part)
            elif provisional := self.provisional_for(part, source_id=source_id, line=line):
                found.append(provisional)
            else:
                unknown.append(part)
        return found
