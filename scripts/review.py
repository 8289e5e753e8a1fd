"""The review report: what extraction could not structure, and where a curator settles it.

Extraction never stops at a part of an issue it cannot structure (an unknown label, an unknown
organisation, a rate sentence of a new shape): the part stays in the full text, and a
`ReviewItem` says which file and line, what was expected, which curated file would take it and
a suggested row. A curator settles an item either by adding that row or by recording the item
as reviewed in `sources/reviewed.csv`; `make release` refuses to run while any item is open.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from .package import write_atomically
from .sources import SOURCES_DIR, read_csv

ROOT = Path(__file__).resolve().parent.parent
REPORT_PATH = ROOT / "build" / "review.json"
REVIEWED_FIELDS = ["path", "line", "what", "decision"]


@dataclass(frozen=True)
class ReviewItem:
    """One part of an issue that extraction could not structure."""

    path: str
    line: int
    what: str
    expected: str
    curated_file: str
    suggested_row: str
    also: tuple[str, ...] = ()  # other places (path:line) the same curated row settles

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.path, self.line, self.what)

    def __str__(self) -> str:
        again = ""
        if self.also:
            shown = ", ".join(self.also[:3]) + (" …" if len(self.also) > 3 else "")
            again = f"; also at {len(self.also)} more place(s): {shown}"
        return (
            f"{self.path}:{self.line}: {self.what}{again} (expected {self.expected}; "
            f"to settle: add to {self.curated_file}: {self.suggested_row})"
        )


def reviewed_keys(sources_dir: Path = SOURCES_DIR) -> set[tuple[str, int, str]]:
    """Items a curator recorded as reviewed (kept as printed, nothing to structure)."""
    path = sources_dir / "reviewed.csv"
    if not path.exists():
        return set()
    return {
        (row["path"], int(row["line"]), row["what"])
        for row in read_csv(path, REVIEWED_FIELDS)
    }


def open_items(items: list[ReviewItem], sources_dir: Path = SOURCES_DIR) -> list[ReviewItem]:
    settled = reviewed_keys(sources_dir)
    return [item for item in items if item.key not in settled]


def write_report(items: list[ReviewItem], path: Path = REPORT_PATH) -> Path:
    """Write the report atomically (a temporary file beside it, then replace)."""
    payload = json.dumps([asdict(item) for item in items], ensure_ascii=False, indent=1)
    write_atomically(path, (payload + "\n").encode("utf-8"))
    return path


def read_report(path: Path = REPORT_PATH) -> list[ReviewItem]:
    if not path.exists():
        return []
    return [ReviewItem(**{**item, "also": tuple(item.get("also", ()))})
            for item in json.loads(path.read_text(encoding="utf-8"))]


def summary(items: list[ReviewItem], limit: int = 20) -> str:
    """A printable summary: the count, then the first `limit` items one per line."""
    if not items:
        return "review: nothing to review"
    lines = [f"review: {len(items)} part(s) could not be structured and need a curator:"]
    lines += [f"  {item}" for item in items[:limit]]
    if len(items) > limit:
        lines.append(f"  … and {len(items) - limit} more in {REPORT_PATH.relative_to(ROOT)}")
    return "\n".join(lines)
