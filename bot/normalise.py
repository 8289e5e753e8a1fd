"""Question text → one canonical form the router can match against the database's names.

Steps: NFKC (full-width letters, digits and punctuation → half-width), traditional → simplified
(zhconv), control characters and emoji dropped, PDF-style spaces between Chinese characters
removed, brackets of document numbers unified (〔2021〕), colloquial spellings and common typos
replaced, and the numbers that matter (第三次, 九十平米, 提前十天) written as digits.
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from types import ModuleType


def _zhconv() -> ModuleType:
    """zhconv, opening its dictionary beside its module. It reaches for pkg_resources first,
    whose import scans every installed distribution (a tenth of the bot's cold start) only to
    give the same file; an import of it made to fail sends zhconv to its plain open()."""
    if "pkg_resources" in sys.modules:
        return importlib.import_module("zhconv")
    sys.modules["pkg_resources"] = None  # importing it fails
    try:
        return importlib.import_module("zhconv")
    finally:
        del sys.modules["pkg_resources"]


zhconv = _zhconv()

# Common slips and colloquial forms residents type, → the form the gazette uses.
TYPOS: tuple[tuple[str, str], ...] = (
    ("那个部门", "哪个部门"),
    ("那个单位", "哪个单位"),
    ("在那里", "在哪里"),
    ("在那办", "在哪办"),
    ("去那办", "去哪办"),
    ("到那办", "到哪办"),
    ("那里办", "哪里办"),
    ("咋个", "怎么"),
    ("咋", "怎么"),
    ("啥子", "什么"),
    ("啥", "什么"),
    ("么子", "什么"),
    ("哪些个", "哪些"),
    # units first: 好多平方 is 多少平方米
    ("平米", "平方米"),
    ("平方(?!米)", "平方米"),
    ("㎡", "平方米"),
    ("m2", "平方米"),
    ("m²", "平方米"),
    ("好多(?=钱|户|个|项|天|人|平方米|年|次|度|元|条|所|家|名|万|岁|倍|号)", "多少"),
    ("(?<=[补给赔拿出交领发算要有是])好多(?=$|[,?!。 呢哦嘛啊])", "多少"),  # 补好多? 给好多
    ("(?<!少)多钱", "多少钱"),
    ("身分证", "身份证"),
    ("巨灾险", "巨灾保险"),
    ("聚灾", "巨灾"),
    ("拒灾", "巨灾"),
    ("过度费", "过渡费"),
    ("保验", "保险"),
    ("保线", "保险"),
    ("保显", "保险"),
    ("就进办", "就近办"),
    ("最多跑1次", "最多跑一次"),
    ("公级金", "公积金"),
    ("背案", "备案"),
    ("囗", "口"),  # the enclosure radical typed for 口 (户囗, 人囗)
    ("降励", "奖励"),  # a homophone slip
    ("常委会议", "常务会议"),
    ("常务会上", "常务会议上"),
)
_TYPO_PATTERNS = tuple((re.compile(wrong), right) for wrong, right in TYPOS)

_CHINESE = r"\u3400-\u9fff"
_SPACE_BETWEEN_CHINESE = re.compile(rf"(?<=[{_CHINESE}])\s+(?=[{_CHINESE}])")
_SPACES = re.compile(r"\s+")
# Characters kept: CJK, letters, digits, and punctuation that separates clauses or numbers.
_DROP = re.compile(rf"[^{_CHINESE}0-9A-Za-z%.\-/:,;?!。、“”《》〔〕() ]")
# 大足府办发[2021]37号, 府办发2021年37号, 府人2021第2号, (2021)37号 → …〔2021〕37号; the office
# code is 府 and up to two characters ending 发, 人 or 函 (府发, 府办发, 府人, 府办函)
_DOC_PREFIXED = re.compile(
    r"(府[\u4e00-\u9fff]{0,2}?[发人函])\s*[\[【(〔]?\s*(20\d{2})\s*年?\s*[\]】)〕]?\s*第?\s*"
    r"(\d{1,4})(?![\d年月日])\s*号?"
)
_DOC_BRACKETED = re.compile(r"[\[【(〔]\s*(20\d{2})\s*[\]】)〕]\s*(\d{1,4})\s*号")

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "幺": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_NUMERAL = "零〇一幺二两三四五六七八九十百千万"
# Chinese numbers are rewritten only where they count something the router needs.
_COUNTED = re.compile(
    rf"(第)([{_NUMERAL}]+)(次|期)|([{_NUMERAL}]+)(平方米|天|日|号|户|个月|年)|(提前)([{_NUMERAL}]+)"
)


def chinese_number(text: str) -> int | None:
    """'九十' → 90, '一百二十五' → 125, '三' → 3, '二〇二一' → 2021; None if not a number."""
    if not text or any(char not in _DIGITS and char not in _UNITS for char in text):
        return None
    if all(char in _DIGITS for char in text) and len(text) > 1:
        return int("".join(str(_DIGITS[char]) for char in text))
    total, section, digit = 0, 0, None
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
            continue
        unit = _UNITS[char]
        if unit == 10000:
            total += (section + (digit or 0)) * unit
            section, digit = 0, None
        else:
            section += (1 if digit is None else digit) * unit
            digit = None
    return total + section + (digit or 0)


def _numerals_to_digits(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        groups = [group or "" for group in match.groups()]
        prefix, numeral, suffix = (
            (groups[0], groups[1], groups[2])
            if groups[1]
            else (("", groups[3], groups[4]) if groups[3] else (groups[5], groups[6], ""))
        )
        value = chinese_number(numeral)
        return match.group(0) if value is None else f"{prefix}{value}{suffix}"

    return _COUNTED.sub(replace, text)


def _is_dropped(char: str) -> bool:
    category = unicodedata.category(char)
    return category.startswith("C") or (category in {"So", "Sk", "Sm"} and char not in "%")


def unspaced(text: str) -> str:
    """Text without spacing: the gazette's PDF text spaces figures (2021 年 4 月 1 日) that an
    answer writes unspaced, and the other way round."""
    return re.sub(r"\s+", "", text)


def normalise(text: str) -> str:
    """The canonical form of a question (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(" " if _is_dropped(char) else char for char in text)
    text = zhconv.convert(text, "zh-cn")
    text = _DROP.sub(" ", text)
    text = _SPACE_BETWEEN_CHINESE.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    text = text.lower()
    for pattern, right in _TYPO_PATTERNS:
        text = pattern.sub(right, text)
    text = _numerals_to_digits(text)
    text = _DOC_PREFIXED.sub(lambda m: f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号", text)
    text = _DOC_BRACKETED.sub(lambda m: f"〔{m.group(1)}〕{m.group(2)}号", text)
    return text


def warm_up() -> None:
    """Load zhconv's dictionary now rather than during the first question."""
    zhconv.convert("預熱", "zh-cn")
