"""python -m benchmarks [name ...]: run the named benchmarks, or all of them."""

from __future__ import annotations

import importlib
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
    for name in names:
        print(f"== {name}")
        importlib.import_module(BENCHMARKS[name]).main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
