"""Wall time of extract + validate for every registered issue: median of several runs."""

from __future__ import annotations

import statistics
import time

from scripts.extract import extract
from scripts.validate import validate

RUNS = 5


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> None:
    extract()  # warm imports and caches once, outside the measurement
    extract_times = [timed(extract) for _ in range(RUNS)]
    validate_times = [timed(validate) for _ in range(RUNS)]
    rows = sum(len(rows) for rows in extract().values())
    print(
        f"extract:  median {statistics.median(extract_times) * 1000:7.1f} ms "
        f"(min {min(extract_times) * 1000:.1f}, max {max(extract_times) * 1000:.1f}, {RUNS} runs, "
        f"{rows} rows)"
    )
    print(
        f"validate: median {statistics.median(validate_times) * 1000:7.1f} ms "
        f"(min {min(validate_times) * 1000:.1f}, max {max(validate_times) * 1000:.1f}, {RUNS} runs)"
    )


if __name__ == "__main__":
    main()
