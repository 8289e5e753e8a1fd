"""Telegram bot benchmark: the real Application polling a local Bot API server.

The server and the simulated chats run in a separate process, so the bot's memory and CPU are
its own. Latency is measured at the server: from an update being queued to the bot's
sendMessage answering it arriving. 100 chats take part in both phases:

- capacity and memory: a closed loop — each chat sends its next message as soon as the reply
  to its previous one arrives — until 10,000 updates are answered: updates answered per second
  at saturation, and the bot's resident set size after 1,000 and after 10,000 updates;
- latency: an open loop at 100 updates/s (each chat asks once a second, staggered): p50/p99.

Run with a trivial answerer (what the adapter and the protocol cost) and with the real answering
core over a freshly built database. The per-chat rate limit is raised out of the way (the limiter
still runs): both loads flood it by design.
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from bot.answers import Answer
from bot.config import RateLimit

CHATS = 100
CLOSED_LOOP_UPDATES = 10_000
RSS_AT = (1_000, CLOSED_LOOP_UPDATES)
OPEN_LOOP_RATE = 100  # updates per second, all chats together
OPEN_LOOP_UPDATES = 2_000
QUESTIONS = ("办护照找哪个部门", "社保卡补办找哪个部门", "/services 营业执照", "/start")
TOKEN = "424242:bench-token-not-secret"


class InstantAnswerer:
    """Answers at once: what is left of the latency is the adapter and the protocol."""

    def ask(self, text: str) -> Answer:
        return Answer(answer=f"收到：{text}")

    def choose(self, payload: str) -> Answer:
        return Answer(answer=payload)

    def estimate(self, area_m2: float, structure: str, decoration: str, days_early: int) -> Answer:
        return Answer(answer="0 元")

    def estimate_choices(self) -> dict[str, list[str]]:
        return {"structures": ["混合结构"], "decorations": ["中装"]}


@dataclass(frozen=True)
class Load:
    updates: int
    rate: float | None = None  # None: closed loop


class ChatLoad:
    """Server-side chats: queue questions, match each reply to the oldest unanswered one."""

    def __init__(self, api, load: Load, progress) -> None:
        self.api = api
        self.load = load
        self.progress = progress
        self.queued: dict[int, deque[float]] = {chat: deque() for chat in range(1, CHATS + 1)}
        self.latencies: list[float] = []
        self.extra_messages = 0
        self.sent = 0
        self.started = self.last_reply = time.perf_counter()
        self.lock = threading.Lock()  # on_reply runs in the server's request threads

    def send(self, chat: int) -> None:
        with self.lock:
            if self.sent >= self.load.updates:
                return
            question = QUESTIONS[self.sent % len(QUESTIONS)]
            self.sent += 1
            self.queued[chat].append(time.perf_counter())
        self.api.send_text(chat, question)

    def on_reply(self, call) -> None:
        if call.method != "sendMessage":
            return
        chat = int(call.params["chat_id"])
        with self.lock:
            if not self.queued[chat]:  # a reply in several parts: the first one counts
                self.extra_messages += 1
                return
            self.last_reply = time.perf_counter()
            self.latencies.append(self.last_reply - self.queued[chat].popleft())
        with self.progress.get_lock():
            self.progress.value += 1
        if self.load.rate is None:
            self.send(chat)

    def run(self) -> None:
        self.started = time.perf_counter()
        if self.load.rate is None:
            for chat in self.queued:
                self.send(chat)
            return
        for n in range(self.load.updates):
            delay = self.started + n / self.load.rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            self.send(n % CHATS + 1)


def serve_load(load: Load, port_out, go, done, progress, results) -> None:
    """Child process: the fake Bot API server plus the chats (from `go`: the bot is up)."""
    from tests.bot_telegram.fake_bot_api import FakeBotApi

    api = FakeBotApi(TOKEN)
    api.record = False  # the server must not grow over 10,000 updates either
    chats = ChatLoad(api, load, progress)
    api.on_call = chats.on_reply
    api.start()
    port_out.put(api.port)
    go.wait()
    chats.run()
    done.wait()
    results.put(
        {
            "seconds": chats.last_reply - chats.started,
            "latencies": chats.latencies,
            "extra_messages": chats.extra_messages,
        }
    )
    api.stop()


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_load(load: Load, answerer_factory: Callable, workdir: Path) -> dict:
    """Serve `load` with a real bot; updates/s, latency percentiles (ms), RSS (MiB) at marks."""
    from tests.bot_telegram.harness import BotRunner, bot_config

    context = multiprocessing.get_context("spawn")
    port_out, results = context.Queue(), context.Queue()
    go, done = context.Event(), context.Event()
    progress = context.Value("i", 0)
    server = context.Process(target=serve_load, args=(load, port_out, go, done, progress, results))
    server.start()
    port = port_out.get(timeout=60)

    class Server:  # what bot_config needs to know of it
        token = TOKEN
        base_url = f"http://127.0.0.1:{port}/bot"

    config = replace(bot_config(Server, workdir), rate_limit=RateLimit(burst=1e9, per_minute=1e9))
    marks = sorted({mark for mark in RSS_AT if mark <= load.updates} | {load.updates})
    rss: dict[int, float] = {}
    runner = BotRunner(config, answerer_factory).start()
    go.set()
    try:
        deadline = time.monotonic() + 900
        for mark in marks:
            while progress.value < mark:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"only {progress.value} updates answered")
                time.sleep(0.01)
            rss[mark] = rss_mib()
    finally:
        runner.stop()
        done.set()
    outcome = results.get(timeout=60)
    server.join(timeout=60)
    latencies = sorted(outcome["latencies"])
    return {
        "per_second": len(latencies) / outcome["seconds"],
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "rss": rss,
        "extra_messages": outcome["extra_messages"],
    }


def _core_factory(database: Path) -> Callable:
    def make():
        from bot.core import Answerer

        os.environ["DAZU_DB"] = str(database)
        return Answerer.from_env()

    return make


def main() -> None:
    from scripts.build_db import build

    closed, opened = Load(CLOSED_LOOP_UPDATES), Load(OPEN_LOOP_UPDATES, OPEN_LOOP_RATE)
    print(
        f"{CHATS} chats; local Bot API server in its own process; latency = update queued → "
        "reply received"
    )
    print(
        f"{'answerer':<10}{'closed loop: updates/s':>24}{'RSS@1k MiB':>12}{'RSS@10k MiB':>13}"
        f"{f'at {OPEN_LOOP_RATE}/s: p50 ms':>20}{'p99 ms':>8}"
    )
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        database = build(target=workdir / "dazu-gazette.db", progress=False)
        for name, factory in (("instant", InstantAnswerer), ("core", _core_factory(database))):
            saturated = run_load(closed, factory, workdir / f"{name}-closed")
            steady = run_load(opened, factory, workdir / f"{name}-open")
            rss = saturated["rss"]
            print(
                f"{name:<10}{saturated['per_second']:>24.0f}{rss[RSS_AT[0]]:>12.1f}"
                f"{rss[RSS_AT[-1]]:>13.1f}{steady['p50_ms']:>20.1f}{steady['p99_ms']:>8.1f}"
            )
    print("targets: ≥ 100 updates/s; p99 ≤ 100 ms; RSS@10k close to RSS@1k")


if __name__ == "__main__":
    main()
