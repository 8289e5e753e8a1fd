"""Small text rules for PDF-extracted Chinese: spacing, dates, deadlines."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .sources import SourceText

CJK = r"\u3400-\u9fff\uf900-\ufaff"
_SPACE_BETWEEN_CJK = re.compile(
    rf"(?<=[{CJK}0-9〔〕（）()“”《》、，：；。])\s+(?=[{CJK}0-9〔〕（）()“”《》、，：；。])"
)
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MONTH_END = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月底")
_YEAR_END = re.compile(r"(\d{4})\s*年\s*底")
# A month alone (2021年12月 in a deadline column) is due by its end.
_MONTH_ONLY = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*(?:底|\d))")
_ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+[.、．）)]\s*)")


def squeeze(text: str) -> str:
    """Remove spaces the PDF extraction put between Chinese characters and digits."""
    return _SPACE_BETWEEN_CJK.sub("", text).strip()


def squeeze_recorded(source_text: SourceText, line_no: int, text: str) -> str:
    """`squeeze`, recording the repair against the source line."""
    squeezed = squeeze(text)
    if squeezed != text.strip():
        source_text.record(
            line_no,
            text.strip(),
            squeezed,
            "squeeze-spaces",
            "spaces inserted by PDF extraction inside Chinese text or names",
        )
    return squeezed


def strip_enumerator(text: str) -> str:
    """Text without the item number it starts with (一、 / （二） / 3. / 4．)."""
    return _ENUMERATOR.sub("", text)


_DAY_OF_YEAR = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def parse_date(text: str, year: int | None = None) -> dt.date | None:
    """The first full Chinese date (2021年1月26日, 2020 年 3 月 31 日) in text; given the
    `year` it falls in, a date printed without one (7月5日) too."""
    if match := _DATE.search(text):
        year, month, day = (int(part) for part in match.groups())
    elif year is not None and (match := _DAY_OF_YEAR.search(text)):
        month, day = (int(part) for part in match.groups())
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def is_date_line(text: str) -> bool:
    return bool(re.fullmatch(r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*", text))


def parse_deadline(text: str) -> dt.date | None:
    """The date a deadline text names: 2021年6月底前 and 2021年6月 → 2021-06-30, 2021年底 →
    2021-12-31.

    Several deadlines in one text (供电企业2021年6月底前…2021年12月底前…) give the latest,
    the date by which the whole task is due. Texts without a date (持续推进) give None.
    """
    dates = [dt.date(int(y), int(m), int(d)) for y, m, d in _DATE.findall(text)]
    for year, month in _MONTH_END.findall(text) + _MONTH_ONLY.findall(text):
        year, month = int(year), int(month)
        dates.append(dt.date(year, month, calendar.monthrange(year, month)[1]))
    dates += [dt.date(int(year), 12, 31) for year in _YEAR_END.findall(text)]
    return max(dates) if dates else None
