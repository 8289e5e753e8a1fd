"""Rows collected during extraction, keyed by resource name, each traced to its source line."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from .departments import Department, DepartmentIndex
from .documents import Document
from .review import ReviewItem
from .sources import SourceText

Row = dict[str, Any]


@dataclass
class ExtractionContext:
    """What a document parser sees: the corrected text, the issue's documents and the tables."""

    source_text: SourceText
    documents: list[Document]
    departments: DepartmentIndex
    tables: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    review: list[ReviewItem] = field(default_factory=list)
    # meetings referenced before their report is parsed (meetings.ensure_meeting): a row for
    # each the report did not give one, once every document is parsed
    awaited_meetings: list[tuple[Any, Any, int]] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"sources/{self.source_text.source.path.name}"

    def add(self, resource: str, row: Row, *, line: int) -> Row:
        """Append a row to a resource, stamped with the source id and the line it starts on."""
        row = {**row, "source_id": self.source_text.source.source_id, "source_line": line}
        self.tables[resource].append(row)
        return row

    def flag(
        self, line: int, what: str, *, expected: str, curated_file: str, suggested_row: str
    ) -> None:
        """Put a part that cannot be structured into the review report, and carry on."""
        self.review.append(ReviewItem(self.path, line, what, expected, curated_file, suggested_row))

    def link_departments(self, text: str, *, line: int, column: str) -> list[str]:
        """Department ids named in a printed cell (see DepartmentIndex.link); an unknown
        organisation gets a provisional id, and it and any unreadable text are flagged."""
        linked = self.departments.link(text, source_id=self.source_text.source.source_id,
                                       line=line)
        for department in linked.departments:
            self.flag_if_provisional(department, line=line, column=column)
        for leftover in linked.unknown_text:
            self.flag(line, f"text {leftover!r} in {column} {text!r} names no known organisation",
                      expected="names or aliases listed in sources/departments.csv",
                      curated_file="sources/vocab/organisation_names.csv",
                      suggested_row=f"{leftover},filler,,names no organisation")
        return [department.department_id for department in linked.departments]

    def organisation(self, printed: str, *, line: int, column: str) -> Department | None:
        """The organisation a whole printed name denotes, provisional (and flagged) if unknown;
        None (flagged) when the text does not read as an organisation's name."""
        department = self.departments.provisional_for(
            printed, source_id=self.source_text.source.source_id, line=line)
        if department is None:
            self.flag(line, f"{column} {printed!r} names no known organisation",
                      expected="a name or alias listed in sources/departments.csv",
                      curated_file="sources/departments.csv",
                      suggested_row=f"<id>,{printed},{printed},<kind>,")
            return None
        self.flag_if_provisional(department, line=line, column=column)
        return department

    def flag_if_provisional(self, department: Department, *, line: int, column: str) -> None:
        """One review item per unknown organisation, listing every further place it is named
        (one curated row settles them all)."""
        if not department.provisional:
            return
        suggested = department.suggested_row()
        for index, item in enumerate(self.review):
            if (item.curated_file, item.suggested_row) == ("sources/departments.csv", suggested):
                self.review[index] = replace(item, also=(*item.also, f"{self.path}:{line}"))
                return
        self.flag(line, f"unknown organisation {department.name!r} in {column} "
                        f"(provisional id {department.department_id})",
                  expected="a name or alias listed in sources/departments.csv",
                  curated_file="sources/departments.csv", suggested_row=suggested)

    def document(self, kind: str) -> list[Document]:
        return [document for document in self.documents if document.kind == kind]
