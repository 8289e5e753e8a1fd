"""Rows collected during extraction, keyed by resource name, each traced to its source line."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .departments import DepartmentIndex
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
        """Department ids named in a printed cell (see DepartmentIndex.link)."""
        departments = self.departments.link(text, path=self.path, line=line, column=column)
        return [department.department_id for department in departments]

    def document(self, kind: str) -> list[Document]:
        return [document for document in self.documents if document.kind == kind]
