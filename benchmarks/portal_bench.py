"""Portal benchmark: build time and size (×1, ×10, ×100) and query cost under load.

Load: a bounded thread-pool client on loopback sends a fixed number of requests per endpoint to
a real Datasette serving the ×100 database; each endpoint's p50/p99 and requests/s are reported
as ratios to Datasette's cheapest endpoint (/-/versions.json) measured in the same run.
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


def _build(factor: int, workdir: Path) -> tuple[Path, float]:
    package_dir = scale_package(factor, workdir / f"x{factor}")
    started = time.perf_counter()
    database = build(package_dir, workdir / f"x{factor}" / "dazu-gazette.db", progress=False)
    return database, time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        print(f"{'package':<10}{'build s':>10}{'size MiB':>10}")
        for factor in (1, 10, 100):
            database, seconds = _build(factor, workdir)
            print(f"x{factor:<9}{seconds:>10.2f}{database.stat().st_size / 2**20:>10.1f}")
        metadata = write_portal_metadata(workdir / "metadata.json")
        inspect_file = workdir / "inspect.json"
        command = datasette_command(database, metadata, inspect_file, port=free_port())
        subprocess.run(
            [command[0], "inspect", str(database), "--inspect-file", str(inspect_file)], check=True
        )
        base = f"http://127.0.0.1:{command[command.index('--port') + 1]}"
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_until_up(base, server)
            results = {name: _load(base + path) for name, path in ENDPOINTS.items()}
        finally:
            server.terminate()
            server.wait(timeout=10)
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
