"""What a compensation question says, read against one project's own rates.

The items asked about (the project's rate categories, named or reached through the curated
focus words), and the inputs of an estimate: structure (the words of the project's structure
rows, or a curated synonym), decoration level, settlement mode, and the structure to assume
when the items asked do not depend on it. Nothing here names a project or a category.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot import vocabulary as words
from bot.domains.compensation_projects import Project

AREA = re.compile(r"(\d+(?:\.\d+)?)\s*个?\s*(?:平方米|平方|平|m)")
DAYS_EARLY = re.compile(r"提前\s*(?:满|足|了)?\s*(\d{1,4})\s*(?:天|日)")
# 第8天签约 / 第8日就签 / 前10天内签约 / 10天内签: the (latest) day of the signing period.
SIGNING_DAY = re.compile(
    r"(?:第|(?<!提)前)\s*(?P<day>\d{1,4})\s*(?:天|日)[^,，。;；]{0,4}签"
    r"|(?<![提前第\d])(?P<within>\d{1,4})\s*(?:天|日)内\s*(?:就)?签"
)
# 9月15号去签约 / 10月8日签的: a calendar day of signing, read against the project's period.
SIGNING_DATE = re.compile(
    r"(?<!\d)(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*(?:号|日)(?=[^,，。;；?？]{0,8}签)"
)
# 一平方米 / 每平方米 asks for a unit price, not about a house of 1 m².
UNIT_PRICE = re.compile(r"(?:每|(?<![\d.])1)\s*平方米")
NON_RESIDENTIAL_HINTS = words.NON_RESIDENTIAL
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
    text = SIGNING_DAY.sub(" ", DAYS_EARLY.sub(" ", AREA.sub(" ", SIGNING_DATE.sub(" ", text))))
    text = without_settlement(text, project)
    categories = project.categories()
    asked = [c for c in sorted(categories, key=len, reverse=True) if c in text]
    for category in asked:
        text = text.replace(category, " ")
    if inputs_given:  # the house described: its structure and decoration
        given = (
            *structure_words(text, project),
            *project.decorations(),
            *words.DECORATION_WORDS,
            *words.NO_DECORATION_WORDS,
            "结构",
        )
        for word in sorted(given, key=len, reverse=True):
            text = text.replace(word, " ")
        if described_decoration:  # 普通装修, 不算装修: the house's finish, no item asked
            text = re.sub(r"装修(?!补偿|费)", " ", text)  # 装修补偿多少 still asks the item
    for key, cues in words.RATE_FOCUS.items():
        for cue in cues:
            if cue not in text:
                continue
            category = _category_for(key, cue, project)
            if category and category not in asked:
                asked.append(category)
    return tuple(c for c in categories if c in asked)


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


def _category_for(key: str, cue: str, project: Project) -> str | None:
    categories = project.categories()
    if key in categories:
        return key
    naming = [c for c in categories if cue in c]
    if len(naming) == 1:
        return naming[0]
    # a resident's word for the item: the category named by another word of the same item
    # (过渡费 → 临时安置费 where the project prints that name)
    naming = [c for c in categories if any(other in c for other in words.RATE_FOCUS.get(key, ()))]
    if len(naming) == 1:
        return naming[0]
    role = next((r for r, category in ROLE_WORDS.items() if category == key), None)
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
        known = [word, STRUCTURE_SYNONYMS.get(word, word)]
        return None if any(k in priced for k in known) else word
    return None


def decoration(text: str, project: Project) -> str:
    """The project's decoration level the question names (or a resident's word for it)."""
    if any(w in text for w in words.NO_DECORATION_WORDS):
        return ""
    levels = project.decorations()
    named = [level for level in levels if level in text]
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
    return ""


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
    """The residential structure when the question names no non-residential use."""
    if any(hint in question for hint in NON_RESIDENTIAL_HINTS):
        return []
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
        others = [n for n in names if n not in project.residential_structures()]
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
    homes = project.residential_structures()
    hinted = any(h in question for h in NON_RESIDENTIAL_HINTS)
    if len(candidates) == 1 and candidates[0] not in homes and homes and not hinted:
        return []  # only a non-residential row has it: ask rather than price a home as a shop
    if hinted and candidates and all(c in homes for c in candidates):
        return []  # a shop or a warehouse is never priced as a home: ask back
    return candidates


def without_settlement(text: str, project: Project) -> str:
    """The question without the settlement mode it chooses (选货币补偿, 选择产权调换: an input
    of the estimate, not an item asked about)."""
    for mode in project.settlements():
        plain = _BRACKETS.split(mode)[0]
        text = re.sub(rf"{_CHOOSING}{re.escape(plain)}", " ", text)
    return text


def timed(items: tuple[str, ...], project: Project) -> bool:
    """Items paid by the signing day or the days early alone (per household)."""
    timing = {"days_early", "signing_day"}
    return bool(items) and all(timing & set(project.inputs(item)) for item in items)


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
