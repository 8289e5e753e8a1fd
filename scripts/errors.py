"""One error type that always says where: file, line/row, column, what was expected."""

from __future__ import annotations

import csv
import functools
import sqlite3
import sys
import zipfile
from collections.abc import Callable

Main = Callable[[list[str] | None], int]


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


# What a command meets in bad input (missing or unreadable files, undecodable or malformed
# contents, descriptors of the wrong shape): reported in one line, exit status 2.
INPUT_ERRORS: tuple[type[BaseException], ...] = (
    PipelineError,
    OSError,
    UnicodeError,
    ValueError,  # incl. json.JSONDecodeError, bad numbers and dates
    LookupError,  # a key or column the file lacks
    TypeError,  # JSON of the wrong shape (a list where an object belongs …)
    csv.Error,
    zipfile.BadZipFile,
    sqlite3.Error,
)
EXIT_INPUT_ERROR = 2


def describe(error: BaseException) -> str:
    """One line saying what went wrong and, where known, in which file."""
    if isinstance(error, PipelineError):
        text = str(error)
    elif isinstance(error, OSError) and error.filename is not None:
        text = f"{error.filename}: {error.strerror or error}"
    elif isinstance(error, KeyError):
        text = f"missing key {error}"
    else:
        text = f"{type(error).__name__}: {error}"
    return " ".join(text.split())


def command(name: str, *extra: type[BaseException]) -> Callable[[Main], Main]:
    """Decorate a command's `main(argv)`: an input error becomes one line on stderr and exit
    status 2 instead of a traceback. `extra` adds a library's own error types."""

    def wrap(main: Main) -> Main:
        @functools.wraps(main)
        def run(argv: list[str] | None = None) -> int:
            try:
                return main(argv)
            except (*INPUT_ERRORS, *extra) as error:
                print(f"{name}: {describe(error)}", file=sys.stderr)
                return EXIT_INPUT_ERROR

        return run

    return wrap
