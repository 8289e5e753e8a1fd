"""The only door to the database: canned queries read from metadata.yml, run read-only.

The SQL lives in metadata.yml (the portal's canned queries) and nowhere else. Every value is
bound as a parameter; a statement that runs longer than the time limit is interrupted, and no
call returns more than the row cap.
"""

from __future__ import annotations

import contextlib
import gc
import re
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.package import ROOT  # $DAZU_HOME, or the checkout

METADATA_YML = ROOT / "metadata.yml"
DATABASE_NAME = "dazu-gazette"
DEFAULT_DATABASE = ROOT / "build" / f"{DATABASE_NAME}.db"
DEFAULT_TIME_LIMIT_MS = 250
DEFAULT_ROW_CAP = 1000
# Check the clock every this many SQLite virtual-machine steps.
_PROGRESS_STEPS = 2000
_NAMED_PARAMETER = re.compile(r"(?<!:):([A-Za-z_]\w*)")


class QueryError(RuntimeError):
    """A canned query failed (timeout, missing database, SQLite error); details are logged."""


@dataclass(frozen=True)
class CannedQuery:
    """One entry of `databases.<db>.queries` in metadata.yml."""

    name: str
    title: str
    description: str
    sql: str
    params: tuple[str, ...]


def load_queries(
    metadata_path: Path = METADATA_YML, database: str = DATABASE_NAME
) -> dict[str, CannedQuery]:
    """The canned queries of `database`, in file order, with their named parameters."""
    if not metadata_path.is_file():
        raise QueryError(
            f"{metadata_path} not found: set DAZU_HOME to the directory that holds metadata.yml "
            "and datapackage/ (a checkout or an unpacked release)"
        )
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    metadata = yaml.load(metadata_path.read_text(encoding="utf-8"), Loader=loader)
    queries = metadata["databases"][database].get("queries", {})
    return {
        name: CannedQuery(
            name=name,
            title=query.get("title", name),
            description=query.get("description", ""),
            sql=query["sql"],
            params=tuple(dict.fromkeys(_NAMED_PARAMETER.findall(query["sql"]))),
        )
        for name, query in queries.items()
    }


@dataclass
class Result:
    """Rows of one call; `truncated` when the row cap cut them."""

    rows: list[dict[str, Any]]
    truncated: bool = False


class ReadOnlyDatabase:
    """A read-only SQLite connection shared by the tools (serialised by a lock).

    Opened with `mode=ro` (the file cannot be written through it) and `query_only` on top;
    `check_same_thread=False` lets tools run from a thread pool (langchain's `ainvoke`).
    """

    def __init__(
        self,
        path: Path,
        time_limit_ms: int = DEFAULT_TIME_LIMIT_MS,
        row_cap: int = DEFAULT_ROW_CAP,
    ) -> None:
        self.path = Path(path)
        self.time_limit_ms = time_limit_ms
        self.row_cap = row_cap
        self._lock = threading.Lock()
        if not self.path.is_file():
            raise QueryError(f"database not found: {self.path}")
        uri = self.path.resolve().as_uri() + "?mode=ro"
        self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._connection.execute("pragma query_only = 1")
        self._deadline = 0.0
        self._connection.set_progress_handler(self._over_time, _PROGRESS_STEPS)

    def run(self, sql: str, params: Mapping[str, Any], row_cap: int | None = None) -> Result:
        """Execute `sql` with every value bound as a string (as Datasette passes them)."""
        cap = row_cap or self.row_cap
        bound = {name: "" if value is None else str(value) for name, value in params.items()}
        with self._lock, _no_collection():
            self._deadline = time.thread_time() + self.time_limit_ms / 1000
            try:
                cursor = self._connection.execute(sql, bound)
                fetched = cursor.fetchmany(cap + 1)
                names = [column[0] for column in cursor.description or ()]
                cursor.close()
            except sqlite3.Error as error:
                raise QueryError(f"{type(error).__name__}: {error}") from error
        rows = [dict(zip(names, row, strict=True)) for row in fetched[:cap]]
        return Result(rows=rows, truncated=len(fetched) > cap)

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def _over_time(self) -> int:
        """Interrupt a query that has used its time limit of this thread's CPU time. (Wall time
        would also count the waits for the interpreter lock that other answering threads cause,
        and cut short ordinary queries on a busy machine.)"""
        return 1 if time.thread_time() > self._deadline else 0


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """Python's garbage collection paused while a query runs: a collection of a large heap
    (the evaluation's, holding many databases' rows) would count in the query's CPU time and
    interrupt an ordinary query. The time limit bounds the query's own work."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
