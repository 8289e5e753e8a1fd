"""python -m benchmarks [name ...]: run the named benchmarks, or all of them.

Several benchmarks run one after another, each in a fresh interpreter: memory one leaves
behind (the portal's ×100 package) would otherwise count in the next one's RSS and its
garbage-collection pauses in the next one's latency."""

from __future__ import annotations

import importlib
import subprocess
import sys

BENCHMARKS = {
    "extract": "benchmarks.extract_bench",
    "portal": "benchmarks.portal_bench",
    "replicas": "benchmarks.replicas_bench",
    "bot": "benchmarks.bot_bench",
    "telegram": "benchmarks.telegram_bench",
}


def main(argv: list[str]) -> int:
    names = argv or list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s) {unknown}; choose from {list(BENCHMARKS)}", file=sys.stderr)
        return 2
    if len(names) == 1:
        print(f"== {names[0]}", flush=True)
        importlib.import_module(BENCHMARKS[names[0]]).main()
        return 0
    for name in names:
        subprocess.run([sys.executable, "-m", "benchmarks", name], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
