"""Small text rules for PDF-extracted Chinese: spacing, dates, deadlines."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

from .sources import SourceText

CJK = r"\u3400-\u9fff\uf900-\ufaff"
# A heading's ordinal before 、: 三、 or in the financial form 叁、 (壹、征收范围)
ORDINAL_NUMERAL = "[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+"
# An ordinal in any brackets a clerk types: （一） (一) 〔一〕 ［一］ 【一】 〈一〉
BRACKETED_ORDINAL = rf"[（(〔［\[【〈]\s*{ORDINAL_NUMERAL}\s*[)）〕］\]】〉]"
# A group's ordinal in letters or Roman numerals before ．/、 (A．高标准农田建设, Ⅱ、渠系配套)
LETTER_ORDINAL = "(?:[A-HＡ-Ｈ]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+)"
_SPACE_BETWEEN_CJK = re.compile(
    rf"(?<=[{CJK}0-9〔〕（）()“”《》、，：；。])\s+(?=[{CJK}0-9〔〕（）()“”《》、，：；。])"
)
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# list marks the layout prints before an item or a heading (■ 签约时间：…, ▶ 保险责任)
BULLETS = "■●◆▲•◎★□◇○△▪▶►▷➤"
# ①…⑳, ⑴…⒇ and ⒈…⒛: one character numbering an item
_CIRCLED = "\u2460-\u249b"
CIRCLED_NUMBER = f"[{_CIRCLED}]"
# ㈠…㈩ and ㊀…㊉: one character numbering an item with a Chinese numeral
_IDEOGRAPHIC = "\u3220-\u3229\u3280-\u3289"
IDEOGRAPHIC_NUMBER = f"[{_IDEOGRAPHIC}]"
# 甲乙丙…: the heavenly stems, an order of items as the numerals are ((甲) …, 甲、…)
STEMS = "甲乙丙丁戊己庚辛壬癸"
_ENUMERATOR = re.compile(
    rf"^(?:{ORDINAL_NUMERAL}、|[{STEMS}]、|[（(][一二三四五六七八九十\d{STEMS}]+[）)]"
    rf"|\d+[.、．）)]\s*|{CIRCLED_NUMBER}\s*|{IDEOGRAPHIC_NUMBER}\s*)")


# 一　参保对象: a heading numbered with a Chinese ordinal and a space instead of 、, alone on its
# line (no sentence punctuation after it)
_SPACED_HEADING = re.compile(rf"^\s*({ORDINAL_NUMERAL})[ \u3000]+(?=[^，,。；;：:\s]{{2,20}}\s*$)")
# one character numbering a heading in any enclosed form: ① ⑴ ⒈ ⓫ ⓵ ❶ ➀ ➊ ㈠ ㊀
ENCLOSED_NUMBER = f"[{_CIRCLED}\u24eb-\u24fe\u2776-\u2793{_IDEOGRAPHIC}]"
# ❶参保对象 / ㈡ 保险费： / Ⅲ．保险期间: a heading numbered with an enclosed numeral or a Roman
# one, alone on its line (no sentence punctuation, no figure: ①10公斤以下的… is an item)
_HEADING_ALONE = r"(?=[^，,。；;：:\s\d]{2,20}[。：:]?\s*$)"
_ENCLOSED_HEADING = re.compile(
    rf"^\s*({ENCLOSED_NUMBER}|[\u2160-\u216b])[、.．]?[ \u3000]*{_HEADING_ALONE}")
# 丙、保险责任: a heading numbered with a heavenly stem, alone on its line (as above)
_STEM_HEADING = re.compile(rf"^\s*([{STEMS}])、[ \u3000]*{_HEADING_ALONE}")
_CHINESE_DIGITS = "〇一二三四五六七八九"


def chinese_numeral(number: int) -> str:
    """A number below 100 in Chinese numerals, as an ordinal prints it: 3 → 三, 10 → 十,
    12 → 十二, 20 → 二十."""
    tens, units = divmod(number, 10)
    return ((_CHINESE_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "")
            + (_CHINESE_DIGITS[units] if units else ""))


def spaced_heading(text: str) -> str:
    """A heading numbered `一　参保对象`, `❶参保对象` (any enclosed numeral), `Ⅰ．参保对象` or
    `甲、参保对象` (a heavenly stem: 甲 first, 乙 second …) written as `一、参保对象`, before
    squeezing takes the space between the ordinal and the heading away; any other line as it
    is."""
    text = _ENCLOSED_HEADING.sub(
        lambda found: f"{chinese_numeral(int(unicodedata.numeric(found[1])))}、", text)
    text = _STEM_HEADING.sub(lambda found: f"{chinese_numeral(STEMS.index(found[1]) + 1)}、", text)
    return _SPACED_HEADING.sub(r"\1、", text)


def squeeze(text: str) -> str:
    """Remove spaces the PDF extraction put between Chinese characters and digits."""
    return _SPACE_BETWEEN_CJK.sub("", text).strip()


def unspaced(text: str) -> str:
    """Text without the spaces PDF extraction put inside Chinese text, numbers and units.

    The gazette's sentences are Chinese throughout, so every space is an artefact ('70m ² 以内',
    '5% 计算', '每户补助 21000 元').
    """
    return re.sub(r"\s+", "", text)


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


_NUMERAL_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                   "六": 6, "七": 7, "八": 8, "九": 9}
_COUNTED = re.compile(
    r"([零〇一二两三四五六七八九十百]+)(?=个?(?:工作日|日|天|月|年|次(?!性)|小时))")


def chinese_number(text: str) -> int:
    """A number printed in Chinese numerals: 六 = 6, 十二 = 12, 六十 = 60, 一百零五 = 105."""
    total = digit = 0
    for char in text:
        if char in "十百":
            total += (digit or 1) * (10 if char == "十" else 100)
            digit = 0
        else:
            digit = _NUMERAL_DIGITS[char]
    return total + digit


def arabic_counts(text: str) -> str:
    """Counts of days, months, years, times and hours printed in Chinese numerals, in digits:
    六十日内 → 60日内, 六个月 → 6个月, 计发两次 → 计发2次 (一次性 stays)."""
    return _COUNTED.sub(lambda match: str(chinese_number(match[1])), text)


_BRACKETED_UNIT = re.compile(r"(?P<label>[^（(]+)[（(](?P<unit>[^）)]+)[）)]")


def label_and_unit(label: str) -> tuple[str, str]:
    """A table header label and the unit its brackets print: 保险金额（元/亩） → (保险金额,
    元/亩); a label without one → (label, "")."""
    match = _BRACKETED_UNIT.fullmatch(label)
    return (match["label"], match["unit"]) if match else (label, "")


def strip_enumerator(text: str) -> str:
    """Text without the item number it starts with (一、 / （二） / 3. / 4． / ②)."""
    return _ENUMERATOR.sub("", text)


_BULLET = re.compile(rf"^\s*[{BULLETS}]\s*")


def strip_bullet(text: str) -> str:
    """Text without the list mark it starts with (▲ 设施建设 → 设施建设)."""
    return _BULLET.sub("", text)


_DAY_OF_YEAR = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")


_CHINESE_DATE = re.compile(r"([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})"
                           r"\s*月\s*([一二三四五六七八九十]{1,3})\s*日")


def year_number(printed: str) -> int:
    """2021, or 二〇二一 digit by digit."""
    return int("".join(str(_CHINESE_DIGITS.index(char)) if char in _CHINESE_DIGITS else char
                       for char in printed.replace("零", "〇")))


def in_arabic_numerals(text: str) -> str:
    """Dates printed in Chinese numerals (二〇二四年十月十七日) as 2024年10月17日."""
    return _CHINESE_DATE.sub(lambda found: f"{year_number(found[1])}年{chinese_number(found[2])}"
                                           f"月{chinese_number(found[3])}日", text)


def parse_date(text: str, year: int | None = None) -> dt.date | None:
    """The first full Chinese date (2021年1月26日, 2020 年 3 月 31 日, 二〇二四年十月十七日) in
    text; given the `year` it falls in, a date printed without one (7月5日) too."""
    text = in_arabic_numerals(text)
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


PERIOD_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def period_dates(period: str) -> list[dt.date]:
    """The dates of a period, a date printed without its year taking the one before's
    (2023年3月6日至4月4日); dates before any year are skipped."""
    dates: list[dt.date] = []
    year = None
    period = _undotted(period)  # 2039.6.10—2039.7.9
    for found in PERIOD_DATE.finditer(period):
        year = int(found[1]) if found[1] else year
        if year is not None:
            dates.append(dt.date(year, int(found[2]), int(found[3])))
    return dates


def is_date_line(text: str) -> bool:
    return bool(re.fullmatch(r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*",
                             in_arabic_numerals(text)))


_DEADLINE_PART = re.compile(
    r"(?:(?P<year>\d{4})\s*年\s*)?(?:"
    r"(?P<month>\d{1,2})\s*月\s*(?:(?P<day>\d{1,2})\s*日|(?P<third>[上中下])旬)?"
    r"|第?(?P<quarter>[一二三四1-4])\s*季度"
    r"|(?P<half>上半年|下半年)"
    r"|(?P<year_end>(?<=年)\s*[底末内]|年\s*[底末]|年内))")  # 2024年内: that year's end
_QUARTERS = "一二三四"


_DOTTED_DATE = re.compile(r"(\d{4})[.．](\d{1,2})(?:[.．](\d{1,2}))?(?!\d)")


def _undotted(text: str) -> str:
    """Dates printed with dots in words: 2023.11.30 → 2023年11月30日, 2023.11 → 2023年11月."""
    return _DOTTED_DATE.sub(lambda found: f"{found[1]}年{found[2]}月" + (
        f"{found[3]}日" if found[3] else ""), text)


# 每年11月底前完成当年任务, 2025年起每年11月: due again each year
_RECURRING = re.compile(r"^(?:\d{4}\s*年\s*(?:起|开始))?每(?:年|季度?|月|周)")


_STARTS = ("起", "开始", "以来")


def parse_deadline(text: str, year: int | None = None) -> dt.date | None:
    """The date a deadline text names: 2021年6月底前 and 2021年6月 → 2021-06-30, 2021年底 →
    2021-12-31, 2021年第三季度 → 2021-09-30, 2021年8月至12月 → 2021-12-31, 2021年12月中旬 →
    2021-12-20.

    A part printed without its year (12月31日前, 年底前) takes the year printed before it in the
    text, else `year` (the plan's). Several deadlines in one text (供电企业2021年6月底前…
    2021年12月底前…) give the latest, the date by which the whole task is due. Texts without a
    date (持续推进, 按季度推进), a recurring one (每年11月底前) or a start alone (2024年7月起)
    give None.
    """
    if _RECURRING.match(text.strip()):
        return None
    text = _undotted(text)
    dates = []
    current = year
    for part in _DEADLINE_PART.finditer(text):
        current = int(part["year"]) if part["year"] else current
        if current is None or text.startswith(_STARTS, part.end()):
            continue  # 2024年7月起: when the work starts, no deadline
        if part["month"]:
            month = int(part["month"])
            if not 1 <= month <= 12:
                continue
            last = calendar.monthrange(current, month)[1]
            day = int(part["day"]) if part["day"] else {"上": 10, "中": 20}.get(
                part["third"] or "", last)  # 上旬 ends on the 10th, 中旬 the 20th
            dates.append(dt.date(current, month, min(day, last)))
        elif part["quarter"]:
            quarter = (_QUARTERS.index(part["quarter"]) + 1 if part["quarter"] in _QUARTERS
                       else int(part["quarter"]))
            month = quarter * 3
            dates.append(dt.date(current, month, calendar.monthrange(current, month)[1]))
        elif part["half"]:
            dates.append(dt.date(current, 6, 30) if part["half"] == "上半年"
                         else dt.date(current, 12, 31))
        elif part["year_end"]:
            dates.append(dt.date(current, 12, 31))
    return max(dates) if dates else None


def deadline_year(plan: str | None, signed: dt.date | None) -> int | None:
    """The year a task's year-less deadline (年底前, 12月31日前) falls in: the year in its
    plan's title (大足区2021年…工作方案), else the year its document was signed."""
    if plan and (match := re.search(r"(\d{4})\s*年", plan)):
        return int(match[1])
    return signed.year if signed else None
