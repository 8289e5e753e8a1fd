"""Register a new gazette issue: python -m scripts add-source PATH.

Copies the text into sources/, reads the issue's 期次 and 出版日期 from its cover, computes its
sha256 and appends a row to sources/registry.csv. Nothing else names an issue: extraction,
validation, the database, the portal, the bot, releases and diffs all read the registry.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .documents import CONTENTS_HEADING
from .errors import PipelineError
from .package import write_atomically
from .sources import REGISTRY_FIELDS, SOURCES_DIR, load_registry
from .text import chinese_number, in_arabic_numerals, year_number

# Source ids are <prefix>-<year>-<issue number>, e.g. dazu-gongbao-2021-02.
SOURCE_ID_PREFIX = "dazu-gongbao"
COVER_LINES = 40  # the cover and masthead come before the 目录
# Read over the cover's non-blank lines joined by newlines: the year and 第N期 may stand on
# lines of their own, 总第N期 with or without brackets, the date before 出版 or after a label.
_NUMERAL = r"[\d一二三四五六七八九十百]+"  # 第5期 / 第五期
_YEAR = r"(\d{4}|[〇零一二三四五六七八九]{4})"  # 2021 / 二〇二一
# 2021年第5期 / 2023.6 over 第 6 期 (the year and month, then the number)
ISSUE = re.compile(rf"{_YEAR}\s*(?:年|[.．]\s*\d{{1,2}})?\s*(?<!总)第\s*({_NUMERAL})\s*期")
_NUMBER_ONLY = re.compile(rf"(?<!总)(?<!总\s)第\s*({_NUMERAL})\s*期")  # its year: the date's
_TOTAL_ISSUE = re.compile(rf"总\s*第\s*({_NUMERAL})\s*期")
_DATE = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_PUBLISHED = re.compile(rf"{_DATE}\s*(?:出\s*版|印\s*发|发\s*行)"
                        rf"|出\s*版\s*(?:日\s*期|时\s*间)\s*[：:]?\s*{_DATE}")
_DATE_LINE = re.compile(rf"^[（(]?\s*{_DATE}\s*[)）]?$")  # a date alone on the cover
_PUBLISHER_SUFFIX = re.compile(r"\s*(?:编印|主办|编辑出版|编)$")
_GAZETTE_NAME = re.compile(r"\S*公\s*报$")


@dataclass(frozen=True)
class Cover:
    """What an issue's cover says about it."""

    gazette: str
    year: int
    number: int
    total_number: int | None
    publisher: str
    published: dt.date

    @property
    def source_id(self) -> str:
        return f"{SOURCE_ID_PREFIX}-{self.year}-{self.number:02d}"

    @property
    def title(self) -> str:
        total = f"（总第{self.total_number}期）" if self.total_number else ""
        return f"{self.gazette} {self.year}年第{self.number}期{total}"


def read_cover(path: Path, text: str) -> Cover:
    """期次, publisher and publication date from the first lines of an issue."""
    lines = [line.strip() for line in text.splitlines()[:COVER_LINES]]
    contents = next((no for no, line in enumerate(lines) if CONTENTS_HEADING.fullmatch(line)),
                    len(lines))
    nonblank = [(no, _arabic_dates(line)) for no, line in enumerate(lines[:contents], start=1)
                if line]
    cover = "\n".join(line for _, line in nonblank)
    gazette = next((line for _, line in nonblank if _GAZETTE_NAME.search(line)), None)
    # 2021年5月10日出版 / 出版日期：… ; else the date printed alone on the cover
    published = _PUBLISHED.search(cover) or next(
        (match for _, line in nonblank if (match := _DATE_LINE.match(line))), None
    ) or _only_date(nonblank)
    issue = ISSUE.search(cover) or (published and _NUMBER_ONLY.search(cover))
    missing = [
        what
        for what, found in (
            ("the gazette's name (…公报)", gazette),
            ("the issue number (YYYY年第N期)", issue),
            ("the publication date (YYYY年M月D日出版 or 出版日期：YYYY年M月D日)", published),
        )
        if found is None
    ]
    if missing:
        raise PipelineError(
            str(path),
            f"the cover (first {COVER_LINES} lines) does not state {', '.join(missing)}",
            expected="a gazette cover as printed: name, 期次 and 出版日期",
        )
    published_line = next(no for no, line in nonblank if published[0] in line) \
        if published.string != cover else nonblank[cover.count("\n", 0, published.start())][0]
    year, month, day = (int(part) for part in published.groups() if part is not None)
    try:
        published_date = dt.date(year, month, day)
    except ValueError as error:
        raise PipelineError(
            str(path), f"publication date {published[0]!r}: {error}", line=published_line
        ) from None
    total = _TOTAL_ISSUE.search(cover)
    return Cover(
        gazette=re.sub(r"\s+", "", gazette),
        year=year_number(issue[1]) if issue.re is ISSUE else year,
        number=issue_count(issue[issue.re.groups]),
        total_number=issue_count(total[1]) if total else None,
        publisher=_publisher(nonblank, published_line) or _colophon_publisher(text),
        published=published_date,
    )


_DOTTED_DATE = re.compile(r"(?<![\d.．/-])(\d{4})[.．/-](\d{1,2})[.．/-](\d{1,2})(?![\d.．/-])")


def _arabic_dates(line: str) -> str:
    """A cover line with its dates printed as 2023年8月28日: 二〇二三年八月二十八日 and
    2023.8.28 (a year and month alone, 2023.6, stays as printed)."""
    return _DOTTED_DATE.sub(r"\1年\2月\3日", in_arabic_numerals(line))


def _only_date(nonblank: list[tuple[int, str]]) -> re.Match[str] | None:
    """The one date the cover prints, whatever words stand around it (2023年8月28日　编印), when
    it prints no other."""
    found = [match for _, line in nonblank for match in re.finditer(_DATE, line)]
    return found[0] if found and len({match[0] for match in found}) == 1 else None


def issue_count(printed: str) -> int:
    """第5期 / 第五期: the number printed."""
    return int(printed) if printed.isdigit() else chinese_number(printed)


_COLOPHON_PUBLISHER = re.compile(r"^\s*(?:主办|编印|主办单位|编印单位)\s*[：:]\s*(\S+)\s*$", re.M)


def _colophon_publisher(text: str) -> str:
    """The publisher the colophon names (主办：…办公室), for a cover that names none."""
    match = _COLOPHON_PUBLISHER.search(text)
    return match[1] if match else ""


def _publisher(nonblank: list[tuple[int, str]], published_line: int) -> str:
    """Who publishes the issue: the cover line naming itself so (…办公室编印 / 主办), else the
    line above the publication date when it is not the issue number."""
    named = next((line for _, line in nonblank if _PUBLISHER_SUFFIX.search(line)), None)
    before = [line for no, line in nonblank if no < published_line]
    if named is None and before and not _TOTAL_ISSUE.search(before[-1]) \
            and not ISSUE.search(before[-1]):
        named = before[-1]
    return _PUBLISHER_SUFFIX.sub("", re.sub(r"\s+", "", named or ""))


def add_source(path: Path, sources_dir: Path = SOURCES_DIR, url: str | None = None) -> Cover:
    """Copy an issue into sources/ and register it; the registry is replaced only when complete."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PipelineError(str(path), f"cannot read the file: {error.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PipelineError(
            str(path), "not valid UTF-8", line=line, expected="UTF-8 text"
        ) from None
    cover = read_cover(path, text)
    registered = load_registry(sources_dir)
    digest = hashlib.sha256(data).hexdigest()
    for source in registered:
        if source.source_id == cover.source_id or source.sha256 == digest:
            raise PipelineError(
                str(path),
                f"{cover.source_id} is already registered as {source.path.name}",
                expected="an issue not yet in sources/registry.csv",
            )
    target = sources_dir / f"{cover.source_id}.txt"
    if target.exists():
        raise PipelineError(
            str(target), "a file of that name exists but is not registered",
            expected="remove it or register it by hand",
        )
    row = {
        "source_id": cover.source_id,
        "file": target.name,
        "title": cover.title,
        "publisher": cover.publisher,
        "published": cover.published.isoformat(),
        "sha256": digest,
        "url": url if url is not None else (registered[-1].url if registered else ""),
    }
    write_atomically(target, data)
    try:
        registry = sources_dir / "registry.csv"
        write_atomically(registry, _registry_with(registry, row))
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return cover


def _registry_with(registry: Path, row: dict[str, str]) -> bytes:
    existing = registry.read_text(encoding="utf-8")
    buffer = io.StringIO()
    csv.DictWriter(buffer, REGISTRY_FIELDS, lineterminator="\n").writerow(row)
    separator = "" if existing.endswith("\n") else "\n"
    return (existing + separator + buffer.getvalue()).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts add-source", description="register a new gazette issue"
    )
    parser.add_argument("path", type=Path, help="the issue as UTF-8 text")
    parser.add_argument("--sources", type=Path, default=SOURCES_DIR, help="sources directory")
    parser.add_argument("--url", help="where the issue is published (default: the last issue's)")
    args = parser.parse_args(argv)
    try:
        cover = add_source(args.path, args.sources, args.url)
    except PipelineError as error:
        print(f"add-source: {error}", file=sys.stderr)
        return 2
    print(f"registered {cover.source_id}: {cover.title}, {cover.publisher}, {cover.published}")
    print("next: make extract validate build   (then review build/review.json)")
    return 0
