"""One error type that always says where: file, line/row, column, what was expected."""

from __future__ import annotations


class PipelineError(Exception):
    """A problem in an input file, reported with its location."""

    def __init__(
        self,
        path: str,
        message: str,
        *,
        line: int | None = None,
        column: str | None = None,
        expected: str | None = None,
    ):
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.expected = expected
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        if self.column:
            where += f" [{self.column}]"
        text = f"{where}: {self.message}"
        if self.expected:
            text += f" (expected {self.expected})"
        return text
