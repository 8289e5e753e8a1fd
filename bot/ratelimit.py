"""Per-chat token buckets: a flooding chat is slowed down (told once), the others are unaffected.

The buckets live in a `BucketStore`: process memory for one process, or the shared
`bot.telegram_state.StateStore`, so that several bot processes behind one webhook count a chat's
messages together.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum
from typing import Protocol, TypeVar

from bot.config import RateLimit
from bot.telegram_state import Bucket

T = TypeVar("T")


class Verdict(Enum):
    ALLOW = "allow"
    NOTIFY = "notify"  # over the limit for the first time since the last allowed message
    DROP = "drop"  # still over the limit; the chat has been told already


class BucketStore(Protocol):
    """Where buckets are kept; `with_bucket` reads and replaces one chat's bucket atomically."""

    def with_bucket(
        self, chat_id: int, decide: Callable[[Bucket | None], tuple[Bucket, T]]
    ) -> T: ...

    def forget_full_buckets(self, now: float, capacity: float, per_second: float) -> None: ...

    def bucket_count(self) -> int: ...


class MemoryBuckets:
    """Buckets in this process's memory."""

    def __init__(self) -> None:
        self._buckets: dict[int, Bucket] = {}

    def with_bucket(self, chat_id: int, decide: Callable[[Bucket | None], tuple[Bucket, T]]) -> T:
        self._buckets[chat_id], result = decide(self._buckets.get(chat_id))
        return result

    def forget_full_buckets(self, now: float, capacity: float, per_second: float) -> None:
        for chat_id, bucket in list(self._buckets.items()):
            if bucket.tokens + (now - bucket.updated) * per_second >= capacity:
                del self._buckets[chat_id]

    def bucket_count(self) -> int:
        return len(self._buckets)


class ChatRateLimiter:
    """Token bucket per chat id; buckets that have refilled completely are forgotten.

    A full bucket is exactly what an unknown chat starts with, so dropping it loses nothing:
    the store stays proportional to the chats active within the last `burst / rate` seconds.
    The clock is wall time, which every process on the host shares.
    """

    def __init__(
        self,
        limit: RateLimit,
        clock: Callable[[], float] = time.time,
        prune_every: int = 1024,
        store: BucketStore | None = None,
    ) -> None:
        self._capacity = limit.burst
        self._rate = limit.per_second
        self._clock = clock
        self._prune_every = prune_every
        self._checks = 0
        self._store: BucketStore = store if store is not None else MemoryBuckets()

    def check(self, chat_id: int) -> Verdict:
        now = self._clock()
        self._checks += 1
        if self._checks % self._prune_every == 0:
            self._store.forget_full_buckets(now, self._capacity, self._rate)
        return self._store.with_bucket(chat_id, lambda bucket: self._spend(bucket, now))

    def __len__(self) -> int:
        return self._store.bucket_count()

    def _spend(self, bucket: Bucket | None, now: float) -> tuple[Bucket, Verdict]:
        if bucket is None:
            bucket = Bucket(tokens=self._capacity, updated=now)
        elapsed = max(0.0, now - bucket.updated)  # read before another process wrote
        tokens = min(self._capacity, bucket.tokens + elapsed * self._rate)
        if tokens >= 1:
            return Bucket(tokens - 1, now, notified=False), Verdict.ALLOW
        if bucket.notified:
            return Bucket(tokens, now, notified=True), Verdict.DROP
        return Bucket(tokens, now, notified=True), Verdict.NOTIFY
