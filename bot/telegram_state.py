"""The Telegram adapter's state in one SQLite file that every bot process on the host shares.

What is kept: the step and typed answers of each chat's /compensation dialogue, and each chat's
rate-limit bucket. Every update reads and writes them in its own transaction (WAL mode, so
readers never wait for a writer), so any process can take any update, and a restart continues
where the last process stopped. State is plain data (numbers, text, JSON objects): nothing in
the file is ever executed.

A file that is not this store (garbage, an old pickle, another application's database) is
reported in one log line, renamed to `<name>.bad-<UTC time>` and replaced by an empty store:
lost dialogues are a nuisance, a bot that refuses to start is an outage.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

# PRAGMA application_id marks the file as ours ("DZGB"); user_version is the schema's version.
APPLICATION_ID = 0x445A4742
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 5000
_SCHEMA = (
    """create table dialogues (
    chat_id integer not null,
    user_id integer not null,
    step text not null,
    draft text not null,            -- a JSON object: the answers given so far
    updated real not null,          -- seconds since the epoch
    primary key (chat_id, user_id)
    )""",
    """create table buckets (
    chat_id integer primary key,
    tokens real not null,
    updated real not null,
    notified integer not null
    )""",
)
T = TypeVar("T")


@dataclass
class Bucket:
    """One chat's token bucket (see bot.ratelimit)."""

    tokens: float
    updated: float
    notified: bool = False


@dataclass(frozen=True)
class Dialogue:
    """Where a chat's /compensation dialogue stands: the step it waits for, the answers so far."""

    step: str
    draft: dict[str, Any]


class StateStore:
    """Dialogue steps and rate-limit buckets, shared through one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connection = self._open()
        except sqlite3.DatabaseError as error:
            self._set_aside(f"{type(error).__name__}: {error}")
            self._connection = self._open()

    # Dialogues ------------------------------------------------------------------------
    def dialogue(self, chat_id: int, user_id: int) -> Dialogue | None:
        row = self._connection.execute(
            "select step, draft from dialogues where chat_id = ? and user_id = ?",
            (chat_id, user_id),
        ).fetchone()
        if row is None:
            return None
        try:
            draft = json.loads(row[1])
        except ValueError:
            draft = None
        if not isinstance(row[0], str) or not isinstance(draft, dict):
            logger.warning("unreadable dialogue state of chat %s dropped", chat_id)
            self.end_dialogue(chat_id, user_id)
            return None
        return Dialogue(row[0], draft)

    def set_dialogue(self, chat_id: int, user_id: int, dialogue: Dialogue) -> None:
        self._connection.execute(
            "insert or replace into dialogues (chat_id, user_id, step, draft, updated) "
            "values (?, ?, ?, ?, ?)",
            (chat_id, user_id, dialogue.step, json.dumps(dialogue.draft), time.time()),
        )

    def end_dialogue(self, chat_id: int, user_id: int) -> None:
        self._connection.execute(
            "delete from dialogues where chat_id = ? and user_id = ?", (chat_id, user_id)
        )

    def forget_dialogues_before(self, cutoff: float) -> int:
        """Drop dialogues untouched since `cutoff` (epoch seconds); how many were dropped."""
        cursor = self._connection.execute("delete from dialogues where updated < ?", (cutoff,))
        return cursor.rowcount

    # Rate-limit buckets ---------------------------------------------------------------
    def with_bucket(self, chat_id: int, decide: Callable[[Bucket | None], tuple[Bucket, T]]) -> T:
        """Read the chat's bucket, let `decide` compute its new value, write it: one transaction,
        so two processes checking the same chat at once cannot both spend the last token."""
        connection = self._connection
        connection.execute("begin immediate")
        try:
            row = connection.execute(
                "select tokens, updated, notified from buckets where chat_id = ?", (chat_id,)
            ).fetchone()
            bucket = Bucket(row[0], row[1], bool(row[2])) if row else None
            new, result = decide(bucket)
            connection.execute(
                "insert or replace into buckets (chat_id, tokens, updated, notified) "
                "values (?, ?, ?, ?)",
                (chat_id, new.tokens, new.updated, int(new.notified)),
            )
        except BaseException:
            connection.execute("rollback")
            raise
        connection.execute("commit")
        return result

    def forget_full_buckets(self, now: float, capacity: float, per_second: float) -> None:
        """Drop buckets that have refilled completely: an unknown chat starts with a full one."""
        self._connection.execute(
            "delete from buckets where tokens + (? - updated) * ? >= ?",
            (now, per_second, capacity),
        )

    def bucket_count(self) -> int:
        return self._connection.execute("select count(*) from buckets").fetchone()[0]

    def close(self) -> None:
        self._connection.close()

    # Opening --------------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        """Connect, check that the file is this store (or new) before changing anything in it,
        create the tables if it is new."""
        connection = sqlite3.connect(
            self.path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,  # used by the event loop's thread only, one call at a time
        )
        try:
            if not self._is_ours(connection):
                connection.execute("begin immediate")  # one process creates, the others wait
                if not self._is_ours(connection):
                    for statement in _SCHEMA:
                        connection.execute(statement)
                    connection.execute(f"pragma application_id = {APPLICATION_ID}")
                    connection.execute(f"pragma user_version = {SCHEMA_VERSION}")
                connection.execute("commit")
            connection.execute("pragma journal_mode = wal")
            connection.execute("pragma synchronous = normal")
        except BaseException:
            connection.close()
            raise
        return connection

    @staticmethod
    def _is_ours(connection: sqlite3.Connection) -> bool:
        """True for this store, False for a new (empty) file; raises for anything else."""
        application_id = connection.execute("pragma application_id").fetchone()[0]
        version = connection.execute("pragma user_version").fetchone()[0]
        if application_id == APPLICATION_ID and version == SCHEMA_VERSION:
            return True
        tables = connection.execute("select count(*) from sqlite_master").fetchone()[0]
        if application_id == 0 and tables == 0:
            return False
        raise sqlite3.DatabaseError(
            f"not this bot's state store (application_id {application_id}, version {version})"
        )

    def _set_aside(self, why: str) -> None:
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        target = self.path.with_name(f"{self.path.name}.bad-{stamp}")
        try:
            self.path.replace(target)
        except FileNotFoundError:  # another process set it aside first
            return
        for suffix in ("-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        logger.warning(
            "state file %s is unusable (%s): moved to %s, starting with empty state",
            self.path,
            why,
            target.name,
        )
