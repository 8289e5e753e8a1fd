"""Portal replicas: one immutable database served by 1 and by 2 Datasette processes.

A thread-pool client on loopback spreads a fixed number of requests round-robin over the
replicas (what a load balancer does): requests/s and p50/p99 per replica count, the number of
distinct bodies (JSON: 1, the replicas answer alike; HTML pages print their own timing) and the
share of responses with a max-age a CDN can honour. Replicas start exactly as `make serve`
starts one (`scripts.portal.serve.datasette_command`). On N cores more than N replicas cannot
help: the figures say how far one host goes before more hosts behind a CDN are due.
"""

from __future__ import annotations

import itertools
import statistics
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from scripts.build_db import build
from scripts.portal.metadata import write_portal_metadata
from scripts.portal.serve import datasette_command
from tests.portal.conftest import free_port, wait_until_up

REQUESTS = 600
CONCURRENCY = 8
ENDPOINTS = {
    "canned service_by_keyword": "/dazu-gazette/service_by_keyword.json?_shape=array&keyword="
    + urllib.parse.quote("护照"),
    "table JSON service_items": "/dazu-gazette/service_items.json?_shape=array&_size=50",
    "table page service_items": "/dazu-gazette/service_items",
}


def _get(url: str) -> tuple[float, str, bytes]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        body = response.read()
        cache = response.headers.get("Cache-Control", "")
    return time.perf_counter() - started, cache, body


def _load(bases: list[str], path: str) -> dict[str, float]:
    urls = [base + path for base, _ in zip(itertools.cycle(bases), range(REQUESTS), strict=False)]
    started = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        results = list(pool.map(_get, urls))
    elapsed = time.perf_counter() - started
    latencies = sorted(latency for latency, _, _ in results)
    return {
        "rps": REQUESTS / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "bodies": len({body for _, _, body in results}),
        "cacheable": sum("max-age" in cache for _, cache, _ in results) / len(results),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        database = build(target=workdir / "dazu-gazette.db", progress=False)
        metadata = write_portal_metadata(workdir / "metadata.json")
        inspect_file = workdir / "inspect.json"
        executable = datasette_command(database, metadata, inspect_file)[0]
        subprocess.run(
            [executable, "inspect", str(database), "--inspect-file", str(inspect_file)], check=True
        )
        servers, bases = [], []
        try:
            for _ in range(2):
                command = datasette_command(database, metadata, inspect_file, port=free_port())
                bases.append(f"http://127.0.0.1:{command[command.index('--port') + 1]}")
                servers.append(
                    subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                )
                wait_until_up(bases[-1], servers[-1])
            rows = [
                (replicas, name, _load(bases[:replicas], path))
                for name, path in ENDPOINTS.items()
                for replicas in (1, 2)
            ]
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=10)
    print(f"{REQUESTS} requests per row, {CONCURRENCY} concurrent clients, round-robin")
    print(
        f"{'endpoint':<28}{'replicas':>9}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'bodies':>8}{'cacheable':>11}"
    )
    for replicas, name, result in rows:
        print(
            f"{name:<28}{replicas:>9}{result['rps']:>8.0f}{result['p50']:>9.1f}"
            f"{result['p99']:>9.1f}{result['bodies']:>8}{result['cacheable']:>11.0%}"
        )
