"""The gazette issues the project is built from: registry, checksums, reviewed text corrections.

`sources/registry.csv` lists every issue (one row each); `sources/corrections.csv` holds reviewed,
line-level repairs of PDF-extraction artefacts. A source is read only when its sha256 matches the
registry, and every correction must match the text it claims to repair.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import PipelineError
from .package import ROOT

SOURCES_DIR = ROOT / "sources"
REGISTRY_FIELDS = ["source_id", "file", "title", "publisher", "published", "sha256", "url"]
CORRECTION_FIELDS = ["source_id", "line", "original", "corrected", "why"]


@dataclass(frozen=True)
class Source:
    source_id: str
    path: Path
    title: str
    publisher: str
    published: dt.date
    sha256: str
    url: str


@dataclass(frozen=True)
class Correction:
    """A reviewed repair of one line: `original` (a substring) becomes `corrected`."""

    source_id: str
    line: int
    original: str
    corrected: str
    why: str


@dataclass
class Repair:
    """A repair applied to the text, reviewed (from corrections.csv) or by a named rule."""

    source_id: str
    line: int
    original: str
    corrected: str
    rule: str
    why: str


@dataclass
class SourceText:
    """The corrected lines of one issue, addressed by 1-based line number."""

    source: Source
    lines: list[str]
    repairs: list[Repair] = field(default_factory=list)

    def __getitem__(self, line_no: int) -> str:
        return self.lines[line_no - 1]

    def __len__(self) -> int:
        return len(self.lines)

    def numbered(self, start: int = 1, end: int | None = None):
        """Yield (line_no, text) for lines start..end inclusive."""
        stop = len(self.lines) if end is None else end
        for line_no in range(start, stop + 1):
            yield line_no, self.lines[line_no - 1]

    def record(self, line: int, original: str, corrected: str, rule: str, why: str) -> None:
        if original != corrected:
            self.repairs.append(Repair(self.source.source_id, line, original, corrected, rule, why))


def read_csv(path: Path, expected_fields: list[str]) -> list[dict[str, str]]:
    """Rows of a curated UTF-8 CSV whose header must be exactly `expected_fields`."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise PipelineError(
            str(path), f"not valid UTF-8 at byte {error.start}", expected="UTF-8 text"
        ) from None
    rows = list(csv.DictReader(text.splitlines()))
    header = list(rows[0].keys()) if rows else text.splitlines()[0].split(",") if text else []
    if header != expected_fields:
        raise PipelineError(
            str(path), f"header is {header}", line=1, expected=",".join(expected_fields)
        )
    return rows


def load_registry(directory: Path = SOURCES_DIR) -> list[Source]:
    registry = directory / "registry.csv"
    sources = []
    for row_no, row in enumerate(read_csv(registry, REGISTRY_FIELDS), start=2):
        try:
            published = dt.date.fromisoformat(row["published"])
        except ValueError:
            raise PipelineError(
                str(registry),
                f"bad date {row['published']!r}",
                line=row_no,
                column="published",
                expected="YYYY-MM-DD",
            ) from None
        sources.append(
            Source(
                row["source_id"],
                directory / row["file"],
                row["title"],
                row["publisher"],
                published,
                row["sha256"],
                row["url"],
            )
        )
    return sources


def load_corrections(directory: Path = SOURCES_DIR) -> list[Correction]:
    path = directory / "corrections.csv"
    corrections = []
    for row_no, row in enumerate(read_csv(path, CORRECTION_FIELDS), start=2):
        if not row["line"].isdigit():
            raise PipelineError(
                str(path),
                f"line {row['line']!r} is not a number",
                line=row_no,
                column="line",
                expected="a positive integer",
            )
        corrections.append(
            Correction(
                row["source_id"],
                int(row["line"]),
                _unescape(row["original"]),
                _unescape(row["corrected"]),
                row["why"],
            )
        )
    return corrections


def _unescape(value: str) -> str:
    """Corrections may spell a tab as \\t (CSV cells cannot show one)."""
    return value.replace("\\t", "\t")


def read_source(source: Source, corrections: list[Correction]) -> SourceText:
    """Read one issue, check its checksum and apply its reviewed corrections."""
    try:
        data = source.path.read_bytes()
    except FileNotFoundError:
        raise PipelineError(
            str(source.path),
            "source file is missing",
            expected=f"the issue registered as {source.source_id}",
        ) from None
    digest = hashlib.sha256(data).hexdigest()
    if digest != source.sha256:
        raise PipelineError(
            str(source.path),
            f"sha256 is {digest}",
            expected=f"{source.sha256} from sources/registry.csv (truncated or changed file?)",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PipelineError(
            str(source.path), "not valid UTF-8", line=line, expected="UTF-8 text"
        ) from None
    source_text = SourceText(source, text.splitlines())
    for correction in corrections:
        if correction.source_id == source.source_id:
            _apply(source_text, correction)
    return source_text


def _apply(source_text: SourceText, correction: Correction) -> None:
    path = f"{SOURCES_DIR.name}/corrections.csv"
    if not 1 <= correction.line <= len(source_text):
        raise PipelineError(
            path, f"line {correction.line} is outside {source_text.source.path.name}"
        )
    line_text = source_text[correction.line]
    if line_text.count(correction.original) != 1:
        raise PipelineError(
            path,
            f"{correction.original!r} occurs "
            f"{line_text.count(correction.original)} times in line "
            f"{correction.line} of {source_text.source.path.name}",
            expected="exactly one occurrence",
        )
    repaired = line_text.replace(correction.original, correction.corrected)
    source_text.lines[correction.line - 1] = repaired
    source_text.record(
        correction.line, correction.original, correction.corrected, "reviewed", correction.why
    )
