"""What a compensation question says, read against one project's own rates.

The items asked about (the project's rate categories, named or reached through the curated
focus words), and the inputs of an estimate: structure (the words of the project's structure
rows, or a curated synonym), decoration level, settlement mode, and the structure to assume
when the items asked do not depend on it. Nothing here names a project or a category.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from bot import vocabulary as words
from bot.domains.compensation_projects import Project
from bot.estimate import (
    CONDITIONAL,
    NON_RESIDENTIAL,
    RESIDENTIAL,
    count_of,
    named_in,
    naming_pieces,
    thing_of,
    units_counted,
)
from bot.normalise import normalise
from scripts.text import label_and_unit

AREA = re.compile(r"(\d+(?:\.\d+)?)\s*个?\s*(?:平方米|平方|平|m)")
DAYS_EARLY = re.compile(r"提前\s*(?:满|足|了)?\s*(\d{1,4})\s*(?:天|日)")
# 第8天签约 / 第8日就签 / 前10天内签约 / 10天内签 / 签约头1天: the (latest) day of the signing
# period.
SIGNING_DAY = re.compile(
    r"(?:第|(?<!提)前|头)\s*(?P<day>\d{1,4})\s*(?:天|日)[^,，。;；]{0,4}签"
    r"|(?<![提前第\d])(?P<within>\d{1,4})\s*(?:天|日)内\s*(?:就)?签"
    r"|签约期?的?(?:第|头)\s*(?P<opening>\d{1,4})\s*(?:天|日)"
)


# 想换80平的安置房 / 换个95平方的安置房 / 换坪兴苑90平的: the area of the new home a swap asks
_NEW_HOME = re.compile(
    r"换[^,，。;；?？\d]{0,8}?(\d+(?:\.\d+)?)\s*个?\s*(?:平方米|平方|平|m)")


def new_home_area(text: str) -> float | None:
    """The area of the new home a swap question names after 换, when it names the old one's
    before it; else None."""
    new = _NEW_HOME.search(text)
    old = AREA.search(text)
    if new is None or old is None or old.start() >= new.start():
        return None
    return float(new[1])


# 第一个时段就签 / 第2档签: a signing window named by its place in the scheme's list
WINDOW_ORDINAL = re.compile(
    r"(?:第|头)\s*(?P<n>\d|[一二两三四五六七八九十])\s*个?\s*(?:时段|时间段|阶段|档)")


def assessed_value(text: str) -> float | None:
    """The house's assessed value the question gives, in 元 (评估价值60万 → 600000)."""
    found = _ASSESSED.search(text)
    if found is None:
        return None
    return float(found[1]) * (10_000 if found[2] else 1)


# a size as residents write it, by the unit a rate's size is in (40个平方, 6个方, 20米)
_SIZE = r"(\d+(?:\.\d+)?)\s*个?\s*"
_SIZES = {
    "m²": re.compile(_SIZE + r"(?:平方米|平方|平米|平|m²|㎡)"),
    "m³": re.compile(_SIZE + r"(?:立方米|立方|方|m³)"),
    "m": re.compile(_SIZE + r"(?:米|m)(?![²³23])"),
}
_CLAUSE = re.compile(r"[^，,。；;？?！!\s]+")


class Measure(NamedTuple):
    item: str  # as the project's rates name it
    size: float
    start: int  # where the size is printed in the question
    end: int


def measures(text: str, project: Project) -> list[Measure]:
    """Things priced by their size that the question measures (晒坝有40个平方, 6个方的
    片石挡墙): each named in a clause with a size in its unit, by a piece of its name no
    general word of houses is (房屋 of 彩钢棚房屋 names no such thing)."""
    measured = project.measured()
    found = []
    for clause in _CLAUSE.finditer(text) if measured else ():
        for item, (unit, pieces) in measured.items():
            size = _SIZES[unit].search(clause[0])
            if size and any(p in clause[0] for p in pieces):
                at = clause.start()
                found.append(Measure(item, float(size[1]), at + size.start(), at + size.end()))
    return found


def window_day(text: str, project: Project) -> int | None:
    """The first day of the signing window the question names by its place (第一个时段), of the
    project's windows in order; None when it names none or the project has fewer."""
    found = WINDOW_ORDINAL.search(text)
    if found is None:
        return None
    starts = sorted({row["signing_day_from"] for row in project.rates
                     if row.get("signing_day_from")})
    place = count_of(found["n"])
    return starts[place - 1] if 0 < place <= len(starts) else None


def signing_day(found: re.Match[str]) -> int:
    """The day of the signing period a SIGNING_DAY match names."""
    return int(found.group("day") or found.group("within") or found.group("opening"))


# 9月15号去签约 / 10月8日签的: a calendar day of signing, read against the project's period.
SIGNING_DATE = re.compile(
    r"(?<!\d)(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*(?:号|日)(?=[^,，。;；?？]{0,8}签)"
)
# the value an assessor put on the house (评估价值是60万, 评估才24万): the base of the items
# paid as a share of it (按被征收房屋评估价值的5%)
_ASSESSED = re.compile(
    r"评估(?:价值|价格|价|款|金额|值)?(?:是|为|有|才|只有|只|大概|约|出来)?\s*"
    r"(\d+(?:\.\d+)?)\s*(万)?(?![\d.])(?!\s*(?:元|块)?\s*[/每])(?!\s*(?:平|个|%|天|日|年|月|号))"
)
# 一平方米 / 每平方米 asks for a unit price, not about a house of 1 m².
UNIT_PRICE = re.compile(r"(?:每|(?<![\d.])1)\s*平方米")
NON_RESIDENTIAL_HINTS = words.NON_RESIDENTIAL
_USE_WORDS = tuple(sorted({RESIDENTIAL, NON_RESIDENTIAL, *NON_RESIDENTIAL_HINTS},
                          key=lambda word: (-len(word), word)))  # not the set's run-to-run order
# A place named in a question: two characters before a curated place word (街道, 镇, 片区).
_NOT_A_NAME = "这那哪本该此各每我你他咱"  # 这个镇, 我们片区: no place's name
PLACE = re.compile(
    rf"(?![{_NOT_A_NAME}])[\u4e00-\u9fff]{{2}}(?:{'|'.join(words.PLACE_WORDS or ['(?!)'])})"
)
# 装修过, 装修了: the house's finish described (its level unknown), no item asked
_DECORATED = re.compile(r"装修(?:过|了|好了)")
_BRACKETS = re.compile(r"[（(）)]")
_CHOOSING = r"(?:选择?|要|按)\s*"  # 选货币补偿: the settlement chosen
ROLE_WORDS = words.RATE_ROLES  # role → the category of issue 1 the curated focus words name
STRUCTURE_SYNONYMS = words.STRUCTURE_SYNONYMS  # 砖混 → 混合结构 (one structure, two names)


_CATEGORY_SUFFIX = re.compile(r"(?:补偿|补助费|补助|奖励|费)$")


def asked_items(text: str, project: Project, inputs_given: bool = False) -> tuple[str, ...]:
    """The project's rate categories the question asks about: categories it names, then
    the curated focus words mapped onto the project's categories (by name, by a cue
    inside one category's name, or by role). With `inputs_given`, the structure and
    decoration words are a house's description, not items asked about."""
    described_decoration = inputs_given and (
        bool(decoration(text, project))
        or any(w in text for w in words.NO_DECORATION_WORDS)
        or bool(_DECORATED.search(text))
    )
    if inputs_given and _whole_asked_apart(text):
        return ()  # 奖励算好多，总共好多: the whole estimate, each item in it
    asked_text = text
    text = SIGNING_DAY.sub(" ", DAYS_EARLY.sub(" ", AREA.sub(" ", SIGNING_DATE.sub(" ", text))))
    text = without_settlement(text, project, bare=inputs_given)
    utilities = fittings(text, project)
    if inputs_given:  # 有天然气, 没得有线电视: the house described, no item asked
        text = utilities.described
    categories = project.categories()
    asked = [c for c in sorted(categories, key=len, reverse=True) if c in text]
    # 货币补偿有奖励 of 货币补偿奖励: a category named with a word between its parts
    asked += [c for c in categories if c not in asked and _parted(asked_text, c)]
    # 拿钱不要房子有没得奖励 of 货币补偿奖励: the mode in residents' words, then the rest —
    # said in passing by a house described for its whole figure (只要钱，听说签得早有奖励，
    # 总共能拿好多) it asks nothing
    whole = inputs_given and any(w in asked_text for w in words.ESTIMATE_TOTAL)
    modes_said = _modes_in_words(asked_text)
    asked += [c for c in categories if c not in asked and (rest := _mode_in_words(modes_said, c))
              and (not whole or _asked_in_clause(asked_text, rest))]
    for category in asked:
        text = text.replace(category, " ")
    modes = "".join(project.settlements())
    for category in categories:  # 停产停业损失补多少: a category named without its 补偿
        stem = _CATEGORY_SUFFIX.sub("", category)
        if category not in asked and len(stem) >= 3 and stem in text and stem not in modes:
            asked.append(category)
            text = text.replace(stem, " ")
    for category in categories:  # 签约奖 of 签约奖励: the name without its last character
        if category not in asked and _clipped_in(text, category):
            asked.append(category)
            text = text.replace(category[:-1], " ")
    for category in categories:  # 搬迁费 of 搬迁补助费: a fee said without its 补助 / 补偿
        short = _fee_short_form(category)
        if category not in asked and short and short in text and not any(
                short in other for other in categories):
            asked.append(category)
            text = text.replace(short, " ")
    for category in categories:  # 签约(的)奖励 of 提前签约搬迁奖励: a short form of its name
        short = next((found for found in map(_short_form_in(text), short_forms(category))
                      if found), None)
        if category not in asked and short and short not in modes:
            asked.append(category)
            text = text.replace(short, " ")
    if inputs_given:  # the house described: its structure and decoration
        given = (
            *project.structure_words(),
            *STRUCTURE_SYNONYMS,
            *project.decorations(),
            *words.DECORATION_WORDS,
            *words.NO_DECORATION_WORDS,
            "结构",
        )
        for word in sorted(given, key=len, reverse=True):
            text = text.replace(word, " ")
        if described_decoration:  # 普通装修, 不算装修: the house's finish, no item asked
            # 装修补偿多少, or 装修 in a list of items (评估价、装修、搬迁费) still asks the item
            text = re.sub(r"(?<!、)装修(?!补偿|费|、)", " ", text)
    # a house described for its whole figure (评估价低得很，总共能补好多): an item named in a
    # clause that asks nothing is said in passing
    total = inputs_given and any(w in text for w in words.ESTIMATE_TOTAL)
    for key, cues in words.RATE_FOCUS.items():
        for cue in cues:
            if cue not in text or (total and not _asked_in_clause(asked_text, cue)):
                continue
            # a condition the rows print is asked about, not a house described by it
            category = _category_for(key, cue, project, conditions=not inputs_given)
            if category and category not in asked:
                asked.append(category)
    # a utility named with nothing said of it (…各补多少): the category printing it; not in a
    # house described for its whole figure (水电一户一表…一共拿好多)
    if not total:
        asked += [row["category"] for row in project.rates if row["item"] in utilities.named]
    return tuple(c for c in categories if c in asked)


def _parted(text: str, category: str) -> bool:
    """Whether the text names a category with one or two words of having or giving, or an
    asking of how much, between two parts of it, each of two characters or more (货币补偿有奖励,
    搬迁的补助费, 货币补偿有好多奖励)."""
    return any(category[:cut] in text and category[cut:] in text and re.search(
        f"{re.escape(category[:cut])}{_BETWEEN_PARTS}{re.escape(category[cut:])}", text)
        for cut in range(2, len(category) - 1))  # the parts looked up first: few regexes


_BETWEEN_PARTS = r"(?:[有的给是]{1,2}|[有给]?(?:好多|多少|几多)的?)"


def _modes_in_words(text: str) -> list[tuple[str, str]]:
    """Each settlement mode the text names by a resident's word for it (拿钱 → 货币补偿), with
    the text after that word, in the vocabulary's order."""
    said = []
    for word, mode in words.SETTLEMENT_WORDS.items():
        at = text.find(word)
        if at >= 0:
            said.append((mode, text[at + len(word):]))
    return said


def _mode_in_words(modes_said: list[tuple[str, str]], category: str) -> str | None:
    """The rest of a category's name (奖励), when the text names a category that opens with a
    settlement mode by a resident's word for the mode and, after it, the rest of the name
    (拿钱…奖励 of 货币补偿奖励); `modes_said` is what _modes_in_words found in the text."""
    for mode, after in modes_said:
        rest = category.removeprefix(mode)
        if rest != category and len(rest) >= 2 and rest in after:
            return rest
    return None


def names_category(text: str, category: str) -> bool:
    """Whether the text names a rate category, or its stem of three characters or more without
    its fee suffix (停产停业损失怎么补 names 停产停业损失补偿)."""
    stem = _CATEGORY_SUFFIX.sub("", category)
    short = _fee_short_form(category)
    return category in text or (len(stem) >= 3 and stem in text) or _clipped_in(
        text, category) or bool(short and short in text) or any(
        map(_short_form_in(text), short_forms(category)))


def _clipped_in(text: str, category: str) -> bool:
    """Whether the text names a category of four characters or more without its last one
    (签约奖 of 签约奖励, 搬家补助 of 搬家补助费)."""
    return len(category) >= 4 and category[:-1] in text


def _short_form_in(text: str) -> Callable[[str], str | None]:
    """A finder of a four-character short form in `text`, as printed or with 的 between its
    pairs (签约的奖励): the printed words, or None."""
    def found(short: str) -> str | None:
        if short[:2] not in text or short[2:] not in text:
            return None  # the pairs looked up first: few regexes
        match = re.search(f"{re.escape(short[:2])}的?{re.escape(short[2:])}", text)
        return match[0] if match else None
    return found


@functools.lru_cache(maxsize=1024)
def _fee_short_form(category: str) -> str | None:
    """搬迁费 of 搬迁补助费, 临时安置费 of 临时安置补助费: a fee named without its 补助 or 补偿,
    as residents say it; None for a name with no such part."""
    short = re.sub(r"(?:补助|补偿)费$", "费", category)
    return short if short != category and len(short) >= 3 else None


@functools.lru_cache(maxsize=1024)
def short_forms(category: str, gap: int = 4) -> frozenset[str]:
    """Four-character short forms of a long category: two pairs of its characters in order,
    at most `gap` apart (签约奖励 of 提前签约搬迁奖励, 安置补助 of 货币安置补助费)."""
    if len(category) < 6:
        return frozenset()
    pairs = [(index, category[index:index + 2]) for index in range(len(category) - 1)]
    return frozenset(first + second for start, first in pairs for end, second in pairs
                     if 0 <= end - (start + 2) <= gap)


def _asked_in_clause(text: str, word: str) -> bool:
    """Whether the clause printing `word` asks for an amount (临时安置费一个月好多), or lists
    the items the next clause adds up (房子评估款、装修补偿…，这几样加起来一共好多)."""
    parts = re.split(r"[,，。;；!！?？\s]", text)
    asking = (*words.ESTIMATE, *words.AMOUNT_ASKS)
    for index, part in enumerate(parts):
        if word not in part:
            continue
        following = parts[index + 1] if index + 1 < len(parts) else ""
        if any(w in part for w in asking) or (
                _LISTED.search(part) and following.startswith(_THESE) and any(
                    w in following for w in asking)):
            return True
    return False


def _whole_asked_apart(text: str) -> bool:
    """Whether the whole figure is asked after an item's amount was, or a yes-or-no question
    on it (奖励算好多，总共好多; 搬家费是不是封顶了，总共好多):
    a total word right after an asking word and followed by one (the clauses' commas and
    spaces may be gone); 房子、装修这几样加起来一共好多 adds up the items it lists."""
    asking = sorted((*words.ESTIMATE, *words.AMOUNT_ASKS), key=len, reverse=True)
    for total in words.ESTIMATE_TOTAL:
        if total not in text:
            continue
        for found in re.finditer(re.escape(total), text):
            before = text[:found.start()].rstrip("，,。;；!！?？ 呢嘛哦嗦喃")
            # …奖励有好多 总数呢: a total word ending the question asks the whole figure too
            ends = not text[found.end():].strip("，,。!！?？ 呢嘛哦喃")
            asked_before = any(before.endswith(w) for w in asking) or _YES_NO.search(before)
            if asked_before and (_HOW_MUCH.match(text, found.end()) or ends):
                return True
    return False


# a clause asking yes or no (搬家费是不是封顶了，总共好多): the question goes on to the whole figure
_YES_NO = re.compile(r"(?:是不是|有没有|有没得|能不能|吗)[^，,。;；!！?？]*$")


# 总共好多 / 一共能拿多少: the sum asked right after a total word (一共发几个月 asks a count)
_HOW_MUCH = re.compile(r"(?:能|可以|可|要|有|得|算|拿|补|能拿|能补|可以拿|算下来)?(?:好多|多少)")


_LISTED = re.compile(r"、|加|和|跟|还有")  # items listed in one clause
_THESE = ("这几样", "这几项", "这些", "以上", "上面这些", "几样", "总共", "一共", "合计", "加起来")


# 能拿两次不, 还能拿补偿不: a yes-or-no question ending in 不 (or 没) after a verb of can or may
_YES_OR_NO = re.compile(r"[能可会要算给补][^,，。;；?？]{0,12}[不没][?？]?$")


def asks_rule(text: str) -> bool:
    """A question about a rule of the scheme (can a shop be swapped for a flat, are
    annexes paid, which law it follows) rather than for an amount: answered by the sentence
    of the decision or notice, not by the rate table."""
    amount = any(w in text for w in words.AMOUNT_ASKS) or bool(AREA.search(text))
    if amount:
        return False
    return any(w in text for w in words.POLICY_ASKS) or any(
        _YES_OR_NO.search(clause.strip()) for clause in re.split(r"[,，。;；?？]", text) if clause
    )


def unpriced_items(text: str, project: Project) -> tuple[str, ...]:
    """Items a resident names (the curated focus words: 过渡费, 临时安置费 …) that the
    project's rate table prints no category for: the gazette does not state them."""
    text = without_settlement(text, project)
    missing = []
    for key, cues in words.RATE_FOCUS.items():
        named = [cue for cue in cues if cue in text]
        if named and all(_category_for(key, cue, project) is None for cue in named):
            missing.append(max(named, key=len))
    return tuple(missing)


def asks_amount(text: str) -> bool:
    return any(w in text for w in words.AMOUNT_ASKS)


def _category_for(key: str, cue: str, project: Project, conditions: bool = True) -> str | None:
    categories = project.categories()
    if key in categories:
        return key
    naming = [c for c in categories if cue in c]
    if len(naming) == 1:
        return naming[0]
    role = next((r for r, category in ROLE_WORDS.items() if category == key), None)
    if role == "area_floor":  # 面积小有保底: the category printing a guaranteed area
        floors = {row["category"] for row in project.rates if row.get("basis") == "area_floor"}
        if len(floors) == 1:
            return floors.pop()
    # a resident's word for the item: the category named by another word of the same item
    # (过渡费 → 临时安置费 where the project prints that name)
    naming = [c for c in categories if any(other in c for other in words.RATE_FOCUS.get(key, ()))]
    if len(naming) == 1:
        return naming[0]
    # a condition the rows print (无其他住房 of a guaranteed area or value): the category whose
    # rule names it
    conditioned = [c for c in categories if conditions and any(
        key in f"{row.get('rule_text') or ''}{row.get('condition') or ''}"
        for row in project.rates if row["category"] == c)]
    if conditioned and key not in words.RATE_ROLES.values():
        return conditioned[0]
    if role == "structure":
        return project.value_category()
    if role == "decoration":
        return next((c for c in categories if project.role_of(c) == "choice"), None)
    if role == "early_signing":
        timed = [c for c in categories if {"days_early", "signing_day"} & set(project.inputs(c))]
        return timed[0] if len(timed) == 1 else None
    return None


def structure_words(text: str, project: Project) -> list[str]:
    """Words of the question that name a structure, suite or use of the project's
    structure rows (a curated synonym stands for the name the project prints)."""
    stems = project.structure_words()
    found = [w for w in stems if w in text]
    for word, means in STRUCTURE_SYNONYMS.items():
        if word in text and word not in stems and means in stems:
            found.append(means)
    if "非成套" in found:
        found = [w for w in found if w != "成套"]
    return [w for w in found if not any(w != o and w in o for o in found)]


def unpriced_structure(text: str, project: Project) -> str | None:
    """A kind of structure the question names that none of the project's rows prices."""
    priced = "".join(project.structures())
    for word in sorted(words.BUILDING_STRUCTURES, key=len, reverse=True):
        if word not in text:
            continue
        known = [word, _as_printed_structure(word)]
        return None if any(k in priced for k in known) else word
    return None


def _as_printed_structure(word: str) -> str:
    """A resident's structure word with its synonyms' printed forms inside it (钢混结构 →
    钢筋混凝土结构)."""
    for colloquial in sorted(STRUCTURE_SYNONYMS, key=len, reverse=True):
        if colloquial in word:
            return word.replace(colloquial, STRUCTURE_SYNONYMS[colloquial])
    return word


def decoration(text: str, project: Project) -> str:
    """The project's decoration level the question names (or a resident's word for it)."""
    if any(w in text for w in words.NO_DECORATION_WORDS):
        return ""
    levels = project.decorations()
    named = [level for level in levels
             if any(form in text for form in level_forms(level)) or _finishes_told(level, text)]
    if named:
        return named[0]
    for word, level in words.DECORATION_WORDS.items():
        if word not in text:
            continue
        if level in levels:
            return level
        alike = [name for name in levels if name[0] == word[0]]
        if len(alike) == 1:
            return alike[0]
        # 简单装修 ↔ 丙档（简装）: a level printing a word of the same meaning
        kin = [other for other, means in words.DECORATION_WORDS.items() if means == level]
        holding = [name for name in levels if any(other in name for other in kin)]
        if len(holding) == 1:
            return holding[0]
    return _described_level(text, levels)


_DESCRIBED = re.compile(r"装修[^，,。；;？?！!]{2,20}")  # 装修就是墙上刷了白
_PLAIN = set("装修等或的有以及和在年内了是就上")  # characters every description may hold


def _described_level(text: str, levels: list[str]) -> str:
    """The level whose printed description (一档（墙面抹灰刷白、水泥…）) the question's words for
    its finish share the most characters with, two at least (装修就是墙上刷了白: 墙, 刷, 白);
    none when two levels share as many."""
    said = "".join(found[0][2:] for found in _DESCRIBED.finditer(text))
    if not said:
        return ""
    shared = {level: len((set(said) - _PLAIN) & set(_described(level))) for level in levels}
    best = max(shared.values(), default=0)
    chosen = [level for level, count in shared.items() if count == best]
    return chosen[0] if best >= 2 and len(chosen) == 1 else ""


def _described(level: str) -> str:
    inside = re.search(r"[（(](.+)[)）]", level)
    return inside[1] if inside else ""


_ROMAN = "ⅠⅡⅢⅣⅤⅥ"
_LEVEL_NUMERALS = ("一二三四五六", "123456")


@functools.lru_cache(maxsize=1024)
def _finishes_told(level: str, text: str) -> bool:
    """A level printed with the finishes it is (简单装修（水泥地面、石灰墙面）) told by every one of
    them, each by its first three characters (屋头就是水泥地石灰墙)."""
    _, description = label_and_unit(level)
    finishes = [part for part in re.split(r"[、，,]", description or "") if len(part) >= 2]
    return len(finishes) >= 2 and all(finish[:3] in text for finish in finishes)


def level_forms(level: str) -> frozenset[str]:
    """A level as printed and as residents type it: Ⅱ类 → 二类, 2类 (and as normalised); a level
    printed with its description (二档（普通装修）) by either part (二档, 普通装修)."""
    forms = {level, _normalised(level)}
    name, description = label_and_unit(level)
    if description:
        forms |= {name, description}
    if any(numeral in level for numeral in _ROMAN):
        for digits in _LEVEL_NUMERALS:
            forms.add(level.translate(str.maketrans(_ROMAN, digits)))
    return frozenset(forms)


@functools.lru_cache(maxsize=1024)
def _normalised(printed: str) -> str:
    """A printed name (a level, a condition) as a question is normalised (一户一表 → 1户一表)."""
    return normalise(printed)


def settlement(text: str, project: Project) -> str:
    """The settlement mode named (产权调换（现房） when both of its words are there)."""
    for mode in project.settlements():
        parts = [p for p in _BRACKETS.split(mode) if p]
        if mode in text or all(p in text for p in parts):
            return mode
    for word, means in words.SETTLEMENT_WORDS.items():  # 要钱不要房 → 货币补偿
        named = [m for m in project.settlements() if m.startswith(means)]
        if word in text and named:
            return min(named, key=len)
    return ""


def default_structure(question: str, project: Project) -> list[str]:
    """For items that depend on the use, not the structure: the first row of the kind of
    building the question names (厂房 → the 工业 rows), the residential one when it names no
    non-residential use; [] when the kind is not one of the project's."""
    if any(hint in question for hint in NON_RESIDENTIAL_HINTS):
        others = [n for n in project.structures() if n not in project.residential_structures()]
        named = of_kind(others, question)
        return named[:1] if len(named) < len(others) or len(others) == 1 else []
    return project.residential_structures()[:1]


def structures_for(wanted: str, question: str, project: Project) -> list[str]:
    """Structures of the project whose name contains every structure word asked for."""
    names = project.structures()
    if wanted.startswith("#") and wanted[1:].isdigit() and int(wanted[1:]) < len(names):
        return [names[int(wanted[1:])]]
    if wanted in names:
        return [wanted]
    pieces = structure_words(wanted, project) if wanted else []
    if not pieces and any(h in question for h in NON_RESIDENTIAL_HINTS):
        others = _on_storey(of_kind([n for n in names if n not in project.residential_structures()],
                                    question), question)
        return others if len(others) == 1 else []
    candidates = [
        n
        for n in names
        if pieces and all(p in n and ("非" + p not in n or "非" + p in pieces) for p in pieces)
    ]
    if len(candidates) > 1:
        residential = [n for n in candidates if n in project.residential_structures()]
        if residential and not any(h in question for h in NON_RESIDENTIAL_HINTS):
            candidates = residential
        elif any(h in question for h in NON_RESIDENTIAL_HINTS):
            candidates = [n for n in candidates if n not in residential] or candidates
            candidates = of_kind(candidates, question)
    candidates = _on_storey(candidates, question)
    if len(candidates) > 1 and (built := built_year(question)) is not None:
        # 1996年建的 among 砖混结构（2000年（含）以后建成） / 砖混结构（1990—1999年建成）
        dated = [n for n in candidates if (span := years_of(n)) and span[0] <= built <= span[1]]
        candidates = dated or candidates
    homes = project.residential_structures()
    hinted = any(h in question for h in NON_RESIDENTIAL_HINTS)
    if len(candidates) == 1 and candidates[0] not in homes and homes and not hinted:
        return []  # only a non-residential row has it: ask rather than price a home as a shop
    if hinted and candidates and all(c in homes for c in candidates):
        return []  # a shop or a warehouse is never priced as a home: ask back
    return candidates


_STOREY = re.compile(r"([12345一二三四五])(?:楼|层)(?!以上)")  # 一楼门面 / 2楼的门市
_BUILT_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:左右)?(?:修|建|盖|竣工|落成)")
_BUILT_DECADE = re.compile(r"([五六七八九])(?:几年|十年代)(?:修|建|盖)?")  # 八几年修的
_SINCE = re.compile(r"(\d{4})\s*年(?:（含）)?(?:以后|后|起)")
_UNTIL = re.compile(r"(\d{4})\s*年(?:（含）)?(?:以前|前)")
_BETWEEN = re.compile(r"(\d{4})\s*(?:年)?\s*[—\-－~～至到]\s*(\d{4})\s*年")


def _on_storey(names: list[str], question: str) -> list[str]:
    """Of several price rows, those of the storey the question names (一楼门面 among 营业用房
    一层 / 营业用房二层及以上), else all of them."""
    storey = _STOREY.search(question)
    if len(names) < 2 or storey is None:
        return names
    level = "一二三四五"["12345一二三四五".index(storey[1]) % 5]
    return [n for n in names if f"{level}层" in n or f"{level}楼" in n] or names


def built_year(question: str) -> int | None:
    """The year the question says the house was built (1996年建的; 八几年修的 → 1985)."""
    if found := _BUILT_YEAR.search(question):
        return int(found[1])
    if found := _BUILT_DECADE.search(question):
        return 1900 + 10 * "五六七八九".index(found[1]) + 55
    return None


def years_of(name: str) -> tuple[int, int] | None:
    """The years a price row's name covers (1990—1999年建成, 2000年（含）以后建成, 1989年（含）
    以前建成), both ends included, or None."""
    if found := _BETWEEN.search(name):
        return int(found[1]), int(found[2])
    if found := _SINCE.search(name):
        return int(found[1]) + ("（含）" not in found[0] and "后" in found[0]
                                and not found[0].endswith("以后")), 9999
    if found := _UNTIL.search(name):
        return 0, int(found[1]) - ("（含）" not in found[0] and not found[0].endswith("以前"))
    return None


def building_kind(question: str) -> tuple[str, ...]:
    """The words a rate table may print for the kind of building the question names (门面 →
    营业, 商业, 门市 …; curated), of its longest such word; () when it names none."""
    for word in sorted(words.BUILDING_KINDS, key=lambda w: (-len(w), w)):
        if word in question:
            return words.BUILDING_KINDS[word]
    return ()


def of_kind(names: list[str], question: str) -> list[str]:
    """The names of the kind of building the question names (the first printed word for it
    that names any), else all of them."""
    for printed in building_kind(question):
        named = [n for n in names if printed in n]
        if named:
            return named
    return names


def without_settlement(text: str, project: Project, bare: bool = False) -> str:
    """The question without the settlement mode it chooses (选货币补偿, 选择产权调换: an input
    of the estimate, not an item asked about); with `bare`, a house's description, also the
    mode named alone (…中档装修 货币补偿 8月5号签), where it does not begin a category's name
    (货币补偿奖励 stays an item)."""
    for mode in project.settlements():
        plain = _BRACKETS.split(mode)[0]
        if plain not in text:
            continue  # neither pattern can match: no regex run
        text = re.sub(rf"{_CHOOSING}{re.escape(plain)}", " ", text)
        if bare:
            rests = [c[len(plain):] for c in project.categories() if c.startswith(plain)]
            rests = [r for r in rests if r]
            ahead = f"(?!{'|'.join(map(re.escape, rests))})" if rests else ""
            text = re.sub(rf"{re.escape(plain)}{ahead}", " ", text)
    return text


def timed(items: tuple[str, ...], project: Project) -> bool:
    """Items paid by the signing day or the days early alone (per household)."""
    timing = {"days_early", "signing_day"}
    return bool(items) and all(timing & set(project.inputs(item)) for item in items)


MOST_ASKED = re.compile(r"最多|最高|顶格|封顶|最大")
_DAYS_ASKED = re.compile(r"(?:几|多少|好多)天")


def most_days(text: str, items: tuple[str, ...], project: Project) -> int | None:
    """提前签约奖励最多拿好多: the days the rates cap a reward per day at, when the question
    asks for the most of items paid by the days early alone."""
    if not MOST_ASKED.search(text) or _DAYS_ASKED.search(text) or not timed(items, project):
        return None  # 最多算几天 asks the cap itself: the rates say it
    caps = [int(row["max_days"]) for row in project.rates
            if row["category"] in items and row.get("max_days")]
    return max(caps) if caps else None


def signing_date(text: str, project: Project) -> tuple[int, int] | None:
    """The day of the signing period and the days before its end of a calendar day the
    question signs on (9月15号去签约), read against the project's signing period (the year
    that puts the day in or nearest the period: a period may run into the next year).
    None when the question names no such day or the project prints no period."""
    found = SIGNING_DATE.search(text)
    start, end = (_iso(project.facts.get(k)) for k in ("signing_start", "signing_end"))
    if found is None or start is None or end is None:
        return None
    month, day = int(found.group("month")), int(found.group("day"))
    days = []
    for year in (start.year - 1, start.year, start.year + 1):
        try:
            days.append(date(year, month, day))
        except ValueError:
            return None
    signed = min(days, key=lambda d: max(start - d, d - end, timedelta(0)))
    if signed < start:
        return None  # no signing before the period opens: the day is not the signing's
    return (signed - start).days + 1, max((end - signed).days, 0)


def _iso(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


# What a household says of a utility stops at a clause's end (有天然气，没得有线电视 / 没装天然气也
# 没得有线电视); 和 and 、 join the things one verb after them is about (天然气和有线电视都有).
_CLAUSE_END = re.compile(r"[,，。;；!！?？\s也]")
_FITTING_WINDOW = 3  # characters before a utility that may say whether the household has it
_SAID_OF_A_LIST = 10  # characters after a list of utilities and its 都 that may say the same
_MASK = "□"
_JOINERS = "和跟与及、"


def _fitting_mentions(text: str, project: Project) -> list[tuple[int, int, str]]:
    """Where the question names one of the project's utilities: a piece of three characters
    (or the last two) of the printed item no other utility shares, or a resident's word for it
    (座机 → 电话); (start, end, item)."""
    mentions = []
    for item, pieces in _fitting_pieces(tuple(project.fittings())):
        for piece in pieces:
            if piece not in text:
                continue
            mentions += [(m.start(), m.end(), item) for m in re.finditer(re.escape(piece), text)]
    # a shorter word inside another utility's (电 of 电视): the longer one is named
    return sorted(m for m in mentions if not any(
        o[2] != m[2] and o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0]
        for o in mentions))


@functools.lru_cache(maxsize=64)
def _fitting_pieces(items: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each utility with the words that name it: its naming pieces no other utility shares
    (水（一户一表）: named as 水), and the residents' words for it (座机 → 电话); a resident's
    word for several of them names the first printed, the household's own (电表 → 单相电表,
    not 三相电表 printed after it)."""
    said = {word: next((item for item in items if any(named_in(item, means)
                                                      for means in meanings)), None)
            for word, meanings in words.FITTING_WORDS.items()}
    return tuple((item, frozenset(
        {p for p in naming_pieces(item) if not any(p in thing_of(other)
                                                  for other in items if other != item)}
        | {word for word, first in said.items() if first == item}
        | _told_apart(item, items))) for item in items)


def _told_apart(item: str, items: tuple[str, ...]) -> set[str]:
    """The words naming one of two utilities printed alike but for their brackets (电表（单相）,
    电表（三相）): the item as printed, its bracket's word before the thing (单相电表), and that
    word alone (单相)."""
    thing = thing_of(item)
    kind = item[len(thing):].strip("（）()")
    if not kind or not any(thing_of(other) == thing for other in items if other != item):
        return set()
    return {item, f"{kind}{thing}"} | ({kind} if len(kind) >= 2 else set())


def _said_of(text: str, masked: str, start: int, end: int, condition: str = ""
             ) -> tuple[bool, bool]:
    """(has it, denies it) for the utility named at start…end: a possession or negation word
    just before it in its clause, else after it (天然气都有, 有线电视没得), or the condition
    its item is printed with said after it (水（一户一表）: 水表是一户一表的)."""
    # 有天然气和有线电视: the word before the first of a list is said of each of them
    before = _CLAUSE_END.split(masked[:start])[-1].rstrip(_MASK + _JOINERS)
    before = before[-_FITTING_WINDOW:].replace(_MASK, "")
    after = _CLAUSE_END.split(masked[end:])[0].replace(_MASK, "").lstrip(_JOINERS)
    after = _said_after(after)
    denied = any(n in before for n in words.NEGATIONS)
    if denied:
        return False, True
    if any(p in before for p in words.POSSESSION):
        return True, False
    denied = any(n in after for n in words.NEGATIONS)
    clause = _CLAUSE_END.split(masked[end:])[0]
    said = bool(condition) and (condition in clause or _normalised(condition) in clause)
    has = any(p in after for p in words.POSSESSION) or said  # 一户一表 is asked as 1户一表
    return not denied and has, denied


def _said_after(after: str) -> str:
    """What is said right after a utility: a few characters, or after a list's 都 or 全 up to
    the possession word it ends with (…电视都是自己单独装的), said of each of the list."""
    if after.startswith(("都", "全")):
        ends = [found + len(word) for word in words.POSSESSION
                if (found := after.find(word, 0, _SAID_OF_A_LIST)) >= 0]
        if ends:
            return after[:min(ends)]
    return after[:_FITTING_WINDOW + 1]


class Utilities(NamedTuple):
    had: tuple[str, ...]  # the utilities the household says it has, as the rows name them
    described: str  # the question without the utilities it says it has or lacks
    named: tuple[str, ...]  # utilities named with nothing said of them (…各补多少)


def fittings(text: str, project: Project) -> Utilities:
    """The utilities the household says it has (有天然气, 天然气和有线电视都有), as the project's
    rows name them, and the question with every utility it says it has or lacks blanked out
    (a house described, no item asked)."""
    mentions = _fitting_mentions(text, project)
    masked = list(text)
    for start, end, _ in mentions:
        masked[start:end] = _MASK * (end - start)
    masked_text = "".join(masked)
    had: list[str] = []
    named: list[str] = []
    described = list(text)
    said = _said_of_a_list(text, [
        (start, end, item, *_said_of(text, masked_text, start, end,
                                     item[len(thing_of(item)):].strip("（）()")))
        for start, end, item in mentions])
    for start, end, item, has, denies in said:
        counted = units_counted(text, start, end)  # 就一个电表, 空调2台: having it, counted
        has = has or (counted is not None and not denies)
        if has and item not in had:
            had += [item] * (counted or 1)
        if has or denies:
            described[start:end] = " " * (end - start)
        elif end - start > 1:  # 电 of 电动车 said of nothing: no meter named
            named.append(item)
    ordered = project.fittings()
    return Utilities(tuple(i for i in ordered for _ in range(had.count(i))), "".join(described),
                     tuple(i for i in ordered if i in named))


def _said_of_a_list(text: str, said: list[tuple[int, int, str, bool, bool]]
                    ) -> list[tuple[int, int, str, bool, bool]]:
    """(start, end, item, has, denies) of each mention, overlapping pieces naming one item
    merged, one of a list said of as a whole at its end (水表、单相电表、天然气都有) taking what
    is said of the next one joined to it, and one said of as a whole at its start (有水表、电表)
    giving what is said of it to those joined after it."""
    merged: list[tuple[int, int, str, bool, bool]] = []
    for start, end, item, has, denies in sorted(said):
        name = thing_of(item)  # 单相电 of 单相电表 printed whole: the whole name
        whole = text.find(name, max(0, start - len(name) + 1), end + len(name))
        if 0 <= whole <= start and whole + len(name) >= end:
            start, end = whole, whole + len(name)
        if merged and merged[-1][2] == item and start <= merged[-1][1]:
            first, last, _, had, denied = merged[-1]
            merged[-1] = (first, max(last, end), item, had or has, denied or denies)
        else:
            merged.append((start, end, item, has, denies))
    said = merged
    for index in reversed(range(len(said))):
        start, end, item, has, denies = said[index]
        following = next((later for later in said[index + 1:]
                          if later[2] != item and later[0] >= end), None)
        if has or denies or following is None or not _joined(text[end:following[0]]):
            continue
        said[index] = (start, end, item, following[3], following[4])
    for index in range(1, len(said)):  # 有水表、电表、天然气: one 有 before a list covers it
        start, end, item, has, denies = said[index]
        before = said[index - 1]
        if has or denies or before[2] == item or not _joined(text[before[1]:start]):
            continue
        said[index] = (start, end, item, before[3], before[4])
    return said


def _joined(gap: str) -> bool:
    """Whether two utilities are one list: only joiners between them, and the use the next
    is printed for (有线电视、住宅燃气表)."""
    gap = gap.strip(_JOINERS)
    for use in _USE_WORDS:
        gap = gap.replace(use, "")
    return not gap.strip(_JOINERS)


_PERSONS = re.compile(
    r"(?:家|户|口本)[^,，。;；\d]{0,4}?(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*(?:口人|个人|口|人)"
    r"|(?P<m>\d{1,2}|[一二两三四五六七八九十])\s*(?:口人|个(?:老)?人(?:住|一起|过日子|生活))"
    r"|就(?P<k>\d{1,2}|[一二两三四五六七八九十])\s*个(?:老)?人"
    r"|屋头?(?P<h>\d{1,2}|[一二两三四五六七八九十])\s*(?:口人|个人|口)"
    r"|(?P<couple>老两口)"
)
# words every household's story holds (家庭人口, 住房建筑面积, 签约): a piece of a condition
# touching one is no proof that the household meets it
_HOUSEHOLD_WORDS = re.compile(r"家庭|人口|住房|房屋|建筑|面积|平方|以下|以上|及以|含|签约|签订"
                              r"|协议|征收|被征|收人|期限|补偿|奖励|补助|每户|的")


def persons(text: str) -> int:
    """The household's persons the question gives (一家5个人, 两口人, 就两个老人, 三个人住,
    老两口), the largest count it gives; 0 when it gives none."""
    counts = [2 if found.group("couple") else count_of(
        found.group("n") or found.group("m") or found.group("k") or found.group("h"))
        for found in _PERSONS.finditer(text)]
    return max(counts, default=0)  # 老两口带个孙子三个人住: the whole household


_SMALLER_THAN = re.compile(r"(?:不足|小于|低于)(\d+(?:\.\d+)?)\s*(?:平方米|m²)")


def qualified(text: str, project: Project) -> tuple[str, ...]:
    """The categories an estimate only mentions whose condition the question says the
    household meets: a guaranteed minimum area (特别安置 of 低收入、住房困难家庭: 屋头困难), an
    amount for a status (困难补助 of 特困人员: 我是特困户) or for every household signing
    (整体签约奖励: 后来全部人都签了). Told by the words of the condition before its first
    comma, less those any household's story holds; a house larger than the condition's
    area (…且建筑面积不足40平方米的) does not qualify."""
    told = text + "".join(f" {printed}" for said, printed in words.CONDITION_WORDS.items()
                          if said in text)
    area = AREA.search(text)
    categories = []
    for row in project.rates:
        if not row.get("condition") or (row.get("basis") != "area_floor"
                                         and row.get("estimate_role") != CONDITIONAL):
            continue
        smaller = _SMALLER_THAN.search(str(row["condition"]))
        if smaller and area and float(area.group(1)) >= float(smaller.group(1)):
            continue
        qualifying = re.split(r"[，,]", str(row["condition"]))[0]
        common = {at for found in _HOUSEHOLD_WORDS.finditer(qualifying)
                  for at in range(found.start(), found.end())}
        pieces = {qualifying[i : i + 2] for i in range(len(qualifying) - 1)
                  if not {i, i + 1} & common}
        if any(piece in told for piece in pieces
               if re.fullmatch(r"[\u4e00-\u9fff]{2}", piece)):
            categories.append(str(row["category"]))
    return tuple(dict.fromkeys(categories))
