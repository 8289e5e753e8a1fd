"""Organisations: the curated list in sources/departments.csv and linking printed names to it.

The gazette names one organisation many ways (区城管局 = 区城市管理局 = 重庆市大足区城市管理局).
`DepartmentIndex.link` finds every organisation named in a printed cell by longest match over
names, full names and aliases, and fails on any leftover text that looks like an unknown
organisation, so a new name is added to the curated list instead of silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import PipelineError
from .sources import SOURCES_DIR, read_csv

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
# Words around organisation names in responsibility cells that name no organisation.
_FILLERS = re.compile(r"等相关职能部门|等主管部门|等部门|等|分管负责人|不涉及|相关行业部门")
_SEPARATORS = re.compile(r"[、，,/\s;；]+")
_CITY_PREFIX = "重庆市大足区"


@dataclass(frozen=True)
class Department:
    department_id: str
    name: str
    full_name: str
    kind: str
    aliases: tuple[str, ...]

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, self.full_name, *self.aliases)


def _normalise(text: str) -> str:
    """Fold bracket widths and the city prefix so that printed variants compare equal."""
    text = text.replace("(", "（").replace(")", "）")
    return text.replace(_CITY_PREFIX, "区") if text.startswith(_CITY_PREFIX) else text


class DepartmentIndex:
    def __init__(self, departments: list[Department]):
        self.departments = departments
        self.by_id = {department.department_id: department for department in departments}
        self._by_name: dict[str, Department] = {}
        for department in departments:
            for name in department.all_names:
                for variant in {name, _normalise(name)}:
                    self._by_name.setdefault(variant, department)
        self._names_longest_first = sorted(self._by_name, key=len, reverse=True)

    @classmethod
    def load(cls, path: Path = SOURCES_DIR / "departments.csv") -> DepartmentIndex:
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
            aliases = tuple(alias for alias in row["aliases"].split("|") if alias)
            departments.append(
                Department(
                    row["department_id"], row["name"], row["full_name"], row["kind"], aliases
                )
            )
        return cls(departments)

    def resolve(self, name: str) -> Department | None:
        """The organisation a whole printed name denotes, or None."""
        name = name.strip()
        return self._by_name.get(name) or self._by_name.get(_normalise(name))

    def find_all(self, text: str) -> list[tuple[str, Department]]:
        """Every organisation named in text, left to right, as (printed name, department)."""
        found: list[tuple[str, Department]] = []
        normalised = text.replace("(", "（").replace(")", "）").replace(_CITY_PREFIX, "区")
        position = 0
        while position < len(normalised):
            for name in self._names_longest_first:
                if normalised.startswith(name, position):
                    found.append((name, self._by_name[name]))
                    position += len(name)
                    break
            else:
                position += 1
        return found

    def link(self, text: str, *, path: str, line: int, column: str) -> list[Department]:
        """The organisations a responsibility cell names; unknown names are an error."""
        normalised = text.replace("(", "（").replace(")", "）").replace(_CITY_PREFIX, "区")
        matches = self.find_all(text)
        leftover = normalised
        for name, _ in matches:
            leftover = leftover.replace(name, " ", 1)
        leftover = _SEPARATORS.sub("", _FILLERS.sub("", leftover))
        if leftover:
            raise PipelineError(
                path,
                f"unknown organisation text {leftover!r} in {text!r}",
                line=line,
                column=column,
                expected="a name or alias listed in sources/departments.csv",
            )
        unique: list[Department] = []
        for _, department in matches:
            if department not in unique:
                unique.append(department)
        return unique
