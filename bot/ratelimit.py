"""Per-chat token buckets: a flooding chat is slowed down (told once), the others are unaffected."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from bot.config import RateLimit


class Verdict(Enum):
    ALLOW = "allow"
    NOTIFY = "notify"  # over the limit for the first time since the last allowed message
    DROP = "drop"  # still over the limit; the chat has been told already


@dataclass
class _Bucket:
    tokens: float
    updated: float
    notified: bool = False


class ChatRateLimiter:
    """Token bucket per chat id; buckets that have refilled completely are forgotten.

    A full bucket is exactly what an unknown chat starts with, so dropping it loses nothing:
    memory stays proportional to the chats active within the last `burst / rate` seconds.
    """

    def __init__(
        self,
        limit: RateLimit,
        clock: Callable[[], float] = time.monotonic,
        prune_every: int = 1024,
    ) -> None:
        self._capacity = limit.burst
        self._rate = limit.per_second
        self._clock = clock
        self._prune_every = prune_every
        self._checks = 0
        self._buckets: dict[int, _Bucket] = {}

    def check(self, chat_id: int) -> Verdict:
        now = self._clock()
        self._checks += 1
        if self._checks % self._prune_every == 0:
            self._prune(now)
        bucket = self._buckets.get(chat_id)
        if bucket is None:
            bucket = self._buckets[chat_id] = _Bucket(tokens=self._capacity, updated=now)
        self._refill(bucket, now)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.notified = False
            return Verdict.ALLOW
        if bucket.notified:
            return Verdict.DROP
        bucket.notified = True
        return Verdict.NOTIFY

    def __len__(self) -> int:
        return len(self._buckets)

    def _refill(self, bucket: _Bucket, now: float) -> None:
        bucket.tokens = min(self._capacity, bucket.tokens + (now - bucket.updated) * self._rate)
        bucket.updated = now

    def _prune(self, now: float) -> None:
        for chat_id, bucket in list(self._buckets.items()):
            self._refill(bucket, now)
            if bucket.tokens >= self._capacity:
                del self._buckets[chat_id]
