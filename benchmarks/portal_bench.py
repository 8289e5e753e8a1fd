"""Portal benchmark: build time and size (×1, ×10, ×100), query cost under load, front page.

Load: a bounded thread-pool client on loopback sends a fixed number of requests per endpoint to
a real Datasette serving the ×100 database; each endpoint's p50/p99 and requests/s are reported
as ratios to Datasette's cheapest endpoint (/-/versions.json) measured in the same run.

Front page: against the portal as served (the ×1 package), one client alternates requests for
the front page and a plain table page (FRONT_ROUNDS each, interleaved so that load on the
machine falls on both alike) and reports both medians and their ratio; the target is ≤ 2×.
"""

from __future__ import annotations

import statistics
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchmarks.scale_package import scale_package
from scripts.build_db import build
from scripts.portal.metadata import write_portal_metadata
from scripts.portal.serve import datasette_command
from tests.portal.conftest import free_port, wait_until_up

FRONT_ROUNDS = 200
FRONT_TARGET = 2.0
FRONT_PAGES = {
    "front page /": "/",
    "table page /dazu-gazette/service_items": "/dazu-gazette/service_items",
}
REQUESTS = 400
CONCURRENCY = 8
ENDPOINTS = {
    "floor /-/versions.json": "/-/versions.json",
    "search _search=护照": "/dazu-gazette/service_items.json?_search=" + urllib.parse.quote("护照"),
    "canned service_by_keyword": "/dazu-gazette/service_by_keyword.json?keyword="
    + urllib.parse.quote("护照"),
    "table page service_items": "/dazu-gazette/service_items",
}


def _timed_get(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
    return time.perf_counter() - started


def _load(url: str) -> dict[str, float]:
    started = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        latencies = sorted(pool.map(_timed_get, [url] * REQUESTS))
    elapsed = time.perf_counter() - started
    return {
        "rps": REQUESTS / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000,
    }


def _interleaved(base: str) -> dict[str, float]:
    """Median latency (ms) of each FRONT_PAGES path, requested in alternation."""
    for path in FRONT_PAGES.values():  # warm up templates and caches
        _timed_get(base + path)
    latencies: dict[str, list[float]] = {name: [] for name in FRONT_PAGES}
    for _ in range(FRONT_ROUNDS):
        for name, path in FRONT_PAGES.items():
            latencies[name].append(_timed_get(base + path))
    return {name: statistics.median(values) * 1000 for name, values in latencies.items()}


def _serve(
    database: Path, metadata: Path, workdir: Path, name: str
) -> tuple[str, subprocess.Popen]:
    inspect_file = workdir / f"inspect-{name}.json"
    command = datasette_command(database, metadata, inspect_file, port=free_port())
    subprocess.run(
        [command[0], "inspect", str(database), "--inspect-file", str(inspect_file)], check=True
    )
    base = f"http://127.0.0.1:{command[command.index('--port') + 1]}"
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_until_up(base, server)
    return base, server


def _stop(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(timeout=10)


def _report_front(front: dict[str, float]) -> None:
    print(f"\nfront page vs table page (x1, {FRONT_ROUNDS} interleaved requests each, one client)")
    for name, median in front.items():
        print(f"{name:<44}{median:>9.1f} ms median")
    ratio = front["front page /"] / front["table page /dazu-gazette/service_items"]
    verdict = "within" if ratio <= FRONT_TARGET else "OVER"
    print(f"{'front / table':<44}{ratio:>9.2f} ×  ({verdict} the {FRONT_TARGET:.0f}× target)")


def _build(factor: int, workdir: Path) -> tuple[Path, float]:
    package_dir = scale_package(factor, workdir / f"x{factor}")
    started = time.perf_counter()
    database = build(package_dir, workdir / f"x{factor}" / "dazu-gazette.db", progress=False)
    return database, time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        print(f"{'package':<10}{'build s':>10}{'size MiB':>10}")
        databases = {}
        metadata = write_portal_metadata(workdir / "metadata.json")
        front = {}
        for factor in (1, 10, 100):
            databases[factor], seconds = _build(factor, workdir)
            size = databases[factor].stat().st_size / 2**20
            print(f"x{factor:<9}{seconds:>10.2f}{size:>10.1f}", flush=True)
            if factor == 1:  # the portal as served: front page against a table page
                base, server = _serve(databases[1], metadata, workdir, "x1")
                try:
                    front = _interleaved(base)
                finally:
                    _stop(server)
        _report_front(front)
        base, server = _serve(databases[100], metadata, workdir, "x100")
        try:
            results = {name: _load(base + path) for name, path in ENDPOINTS.items()}
        finally:
            _stop(server)
    floor = results["floor /-/versions.json"]
    print(f"\nx100 under load: {REQUESTS} requests per endpoint, {CONCURRENCY} concurrent clients")
    header = ("endpoint", "req/s", "p50 ms", "p99 ms", "p50 ×floor", "p99 ×floor")
    print(
        f"{header[0]:<28}{header[1]:>8}{header[2]:>9}{header[3]:>9}{header[4]:>12}{header[5]:>12}"
    )
    for name, result in results.items():
        print(
            f"{name:<28}{result['rps']:>8.0f}{result['p50']:>9.1f}{result['p99']:>9.1f}"
            f"{result['p50'] / floor['p50']:>12.2f}{result['p99'] / floor['p99']:>12.2f}"
        )
