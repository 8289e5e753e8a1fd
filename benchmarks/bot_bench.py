"""Bot benchmark: cold start, answer latency, throughput and memory, against a SQL floor.

A fresh child process (one core, nothing cached in memory) imports the core, builds the
answerer from the database and answers the first question: that is the cold start. It then
answers every question of the evaluation set several times and reports p50/p99 latency,
answers per second and its peak RSS. The floor is the same canned SQL the bot chose for each
question, executed directly on a plain sqlite3 connection in the same run, so the ratio shows
what routing, validation and composing cost on top of the query itself.

Targets: p99 ≤ 20 ms, ≥ 200 answers/s, start ≤ 2 s, peak RSS ≤ 250 MB.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSES = 5
TARGETS = {"p99_ms": 20.0, "answers_per_s": 200.0, "start_s": 2.0, "rss_mb": 250.0}


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def _child(database: str) -> dict:
    """Runs in a fresh process: everything measured from the first import on."""
    started = time.perf_counter()
    from bot.core import Answerer
    from bot.database import load_queries
    from bot.evaluate import load

    answerer = Answerer(database_path=database)
    answerer.ask("办护照找哪个部门")
    start_s = time.perf_counter() - started

    questions = [item["q"] for item in load()]
    calls = []
    for question in questions:
        answer = answerer.ask(question)
        if answer.kind != "tool" or not answer.tool:
            calls.append(None)
        elif answer.tool == "estimate_compensation":  # the floor: the rates query it reads
            project = next((row["project"] for row in answer.rows if row.get("project")), "")
            calls.append(("compensation_rates_of_project", {"project": project}))
        else:
            calls.append((answer.tool, answer.args))

    latencies = []
    began = time.perf_counter()
    for _ in range(PASSES):
        for question in questions:
            t0 = time.perf_counter()
            answerer.ask(question)
            latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - began

    floor = _floor(database, calls, load_queries())
    rss_mb = _peak_rss_mb()
    return {
        "questions": len(questions),
        "start_s": start_s,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": _percentile(latencies, 0.99) * 1000,
        "answers_per_s": len(latencies) / elapsed,
        "rss_mb": rss_mb,
        "floor_p50_ms": statistics.median(floor) * 1000,
        "floor_p99_ms": _percentile(floor, 0.99) * 1000,
        "floor_per_s": len(floor) / sum(floor),
    }


def _peak_rss_mb() -> float:
    """This process's peak RSS. /proc's VmHWM starts afresh at exec; ru_maxrss keeps the
    parent's peak across fork and exec (a parent grown by the portal benchmark would count)."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _floor(database: str, calls: list, queries: dict) -> list[float]:
    """The same SQL, executed directly: the cost the bot adds nothing to."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    timings = []
    for _ in range(PASSES):
        for call in calls:
            if call is None:
                continue
            tool, args = call
            query = queries[tool]
            params = {name: str(args.get(name, "")) for name in query.params}
            t0 = time.perf_counter()
            connection.execute(query.sql, params).fetchall()
            timings.append(time.perf_counter() - t0)
    connection.close()
    return timings


def _database() -> tuple[str, tempfile.TemporaryDirectory | None]:
    configured = os.environ.get("DAZU_DB") or str(ROOT / "build" / "dazu-gazette.db")
    if Path(configured).is_file():
        return configured, None
    from scripts.build_db import build

    directory = tempfile.TemporaryDirectory()
    return str(build(target=Path(directory.name) / "dazu-gazette.db", progress=False)), directory


def main() -> None:
    database, directory = _database()
    try:
        wall = time.perf_counter()
        output = subprocess.run(
            [sys.executable, "-m", "benchmarks.bot_bench", "--child", database],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        ).stdout
        process_s = time.perf_counter() - wall
    finally:
        if directory is not None:
            directory.cleanup()
    result = json.loads(output.strip().splitlines()[-1])
    print(f"questions: {result['questions']} × {PASSES} passes, one process, one thread")
    print(f"{'measure':<28}{'bot':>10}{'SQL floor':>12}{'ratio':>8}{'target':>10}")
    rows = [
        ("cold start to 1st answer s", result["start_s"], None, TARGETS["start_s"], "≤"),
        ("p50 latency ms", result["p50_ms"], result["floor_p50_ms"], None, ""),
        ("p99 latency ms", result["p99_ms"], result["floor_p99_ms"], TARGETS["p99_ms"], "≤"),
        (
            "answers/s",
            result["answers_per_s"],
            result["floor_per_s"],
            TARGETS["answers_per_s"],
            "≥",
        ),
        ("peak RSS MB", result["rss_mb"], None, TARGETS["rss_mb"], "≤"),
    ]
    for name, value, floor, target, sense in rows:
        ratio = f"{value / floor:>8.1f}" if floor else f"{'':>8}"
        floor_text = f"{floor:>12.3f}" if floor else f"{'':>12}"
        target_text = f"{sense}{target:g}" if target else ""
        print(f"{name:<28}{value:>10.3f}{floor_text}{ratio}{target_text:>10}")
    print(f"(whole child process incl. interpreter start and all passes: {process_s:.1f} s)")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(_child(sys.argv[2])))
    else:
        main()
