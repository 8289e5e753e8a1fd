"""Extract + validate wall time: issue 1 with the synthetic fixture issues, at ×1 and ×10 copies.

Each scale registers its issues with `add_source` in a temporary sources directory (copies get
their own issue numbers on the cover, so their ids and checksums differ), extracts into a
temporary package and validates it. Reported: medians of several runs and the ×10/×1 ratio
(linear growth is 10).
"""

from __future__ import annotations

import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scripts.add_source import COVER_LINES, ISSUE, add_source, issue_count
from scripts.extract import extract_issues
from scripts.package import PACKAGE_DIR, ROOT, load_descriptor, write_resources
from scripts.sources import SOURCES_DIR
from scripts.validate import validate

RUNS = 3
SCALES = (1, 10)
FIXTURES_DIR = ROOT / "tests" / "fixtures"
_MEETING_NUMBER = re.compile(r"(第\s*)(\d+)(\s*次常务会议)")


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def fixture_issues() -> list[Path]:
    return sorted(FIXTURES_DIR.glob("dazu-gongbao-*.txt"))


def renumbered(text: str, offset: int) -> str:
    """A distinct issue: the cover's issue number and the meetings' numbers moved on by `offset`.

    (A copy reporting the same meetings again would rightly be an inconsistency.)
    """

    def shift(match: re.Match[str]) -> str:
        return f"{match[1]}{int(match[2]) + offset}{match[3]}"

    def shift_issue(match: re.Match[str]) -> str:  # as add-source reads it: 第1期 / 第七期
        start, end = match.start(2) - match.start(), match.end(2) - match.start()
        return f"{match[0][:start]}{issue_count(match[2]) + offset}{match[0][end:]}"

    lines = text.split("\n")
    cover = ISSUE.sub(shift_issue, "\n".join(lines[:COVER_LINES]))
    body = _MEETING_NUMBER.sub(shift, "\n".join(lines[COVER_LINES:]))
    return f"{cover}\n{body}"


def copy_curation(sources: Path, source_id: str, copy_id: str) -> None:
    """The reviewed corrections and errata of an issue, repeated for its copy."""
    for name in ("corrections.csv", "errata.csv"):
        path = sources / name
        lines = path.read_text(encoding="utf-8").splitlines()
        prefix = f"{source_id},"
        copied = [line.replace(source_id, copy_id, 1) for line in lines if line.startswith(prefix)]
        path.write_text("\n".join(lines + copied) + "\n", encoding="utf-8")


def scaled_sources(directory: Path, copies: int) -> Path:
    """sources/ with the fixture issues added, then each issue `copies` times in all."""
    sources = directory / "sources"
    shutil.copytree(SOURCES_DIR, sources)
    for fixture in fixture_issues():
        add_source(fixture, sources)
    originals = sorted(sources.glob("*.txt"))
    for copy in range(1, copies):
        for original in originals:
            incoming = directory / f"copy-{copy}-{original.name}"
            incoming.write_text(
                renumbered(original.read_text(encoding="utf-8"), 100 * copy), encoding="utf-8"
            )
            cover = add_source(incoming, sources)
            copy_curation(sources, original.stem, cover.source_id)
    return sources


def measure(copies: int) -> tuple[float, float, int, int]:
    """Median extract and validate seconds, issues and rows at one scale."""
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as temporary:
        directory = Path(temporary)
        sources = scaled_sources(directory, copies)
        package = directory / "datapackage"
        shutil.copytree(PACKAGE_DIR, package)
        descriptor = load_descriptor(package / "datapackage.json")
        extraction = extract_issues(sources)  # warm imports and caches, outside the timing
        write_resources(extraction.tables, descriptor, package)
        extract_times = [timed(lambda: extract_issues(sources)) for _ in range(RUNS)]
        validate_times = [timed(lambda: validate(package, sources)) for _ in range(RUNS)]
        issues = len(extraction.tables["sources"])
        rows = sum(len(rows) for rows in extraction.tables.values())
    return statistics.median(extract_times), statistics.median(validate_times), issues, rows


def main() -> None:
    print(f"fixtures: {', '.join(p.name for p in fixture_issues()) or 'none'}")
    results = {copies: measure(copies) for copies in SCALES}
    for copies, (extract_s, validate_s, issues, rows) in results.items():
        print(
            f"×{copies:<3} {issues:3d} issues {rows:7d} rows   extract median "
            f"{extract_s * 1000:8.1f} ms   validate median {validate_s * 1000:8.1f} ms "
            f"({RUNS} runs)"
        )
    (e1, v1, _, _), (e10, v10, _, _) = results[1], results[10]
    print(f"×10/×1 ratio: extract {e10 / e1:.1f}, validate {v10 / v1:.1f} (linear = 10)")


if __name__ == "__main__":
    main()
