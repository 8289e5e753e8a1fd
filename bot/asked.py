"""What a question asks for (a fee, a phone number, a date …) and whether a text holds it.

The vocabulary is curated data (bot/curated/asked.csv, installed with the bot): for each
attribute its Chinese label ("公报没有写明…的<label>"), the question words that ask for it
(`|`-separated regular expressions; a group named `keep` marks words inside a cue that name
the subject, as 巡河 in 多久巡一次河), and a pattern a value of that kind matches. An answer
that holds no such value does not answer the question, however close its subject: the bot
says so rather than presenting a neighbouring fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.vocabulary import VocabularyError, curated_rows

CURATED_DIR = Path(__file__).resolve().parent / "curated"
ASKED_FILE = CURATED_DIR / "asked.csv"
ACTIONS_FILE = CURATED_DIR / "actions.csv"
FIELDS = ("attribute", "label", "cues", "value")
ACTION_FIELDS = ("action", "question_words", "item_words")


# A cue holding one of these asks (多少钱, 哪家); one without names what is asked about
# (保费, 处理率) and stays among the question's key terms.
_INTERROGATIVE = re.compile(r"多少|好多|几|哪|什么|啥|谁|何|多久|多长|吗|么|是否|不|没")


@dataclass(frozen=True)
class Attribute:
    name: str
    label: str
    cues: re.Pattern[str]
    value: re.Pattern[str]

    def asked_in(self, text: str) -> str | None:
        """The cue words of `text` that ask for this attribute, if any."""
        found = self.cues.search(text)
        return found.group(0) if found else None

    def without_question_words(self, text: str) -> str:
        """`text` with the cues that ask (多少钱, 多久) blanked; content cues (保费) stay."""
        def blank(cue: re.Match[str]) -> str:
            if not _INTERROGATIVE.search(cue.group(0)):
                return cue.group(0)
            kept = cue.groupdict().get("keep")
            return f" {kept} " if kept else " "

        return self.cues.sub(blank, text)

    def found_in(self, text: str) -> bool:
        return bool(self.value.search(text))

    def values_in(self, text: str) -> list[re.Match[str]]:
        return list(self.value.finditer(text))


# 物业费好多钱, 摊位租金一个月好多: the thing whose price is asked, named before its fee word
_PRICED = re.compile(
    r"([\u4e00-\u9fff]{2})(?:费|租金|租费)(?:标准|是|要|收|一个|一年|每|好多|多少|几)")
_NOT_A_THING = re.compile(r"^(?:的|要|交|收|缴|付|出|这|那|哪|什么|啥|补偿|补助|赔偿|保险)")


def priced_thing(text: str) -> str | None:
    """The thing a question asks the price of, by the words before its fee word (物业 of
    物业费好多钱): a quoted sentence that does not name it prices something else. None when
    the question names none (收费吗, 要交好多钱) or a payment the gazette's schemes name
    (补偿费, 保险费: their own items)."""
    found = _PRICED.search(text)
    if found is None:
        return None
    thing = found.group(1)
    return None if _NOT_A_THING.search(thing) or thing.endswith(("补偿", "补助", "保险")) \
        else thing


def load(path: Path = ASKED_FILE) -> tuple[Attribute, ...]:
    attributes = []
    for row_no, row in curated_rows(path, FIELDS, required=FIELDS):
        value, cues = (_pattern(path, row_no, row, column) for column in ("value", "cues"))
        attributes.append(Attribute(row["attribute"], row["label"], cues, value))
    return tuple(attributes)


def _pattern(path: Path, row_no: int, row: dict[str, str], column: str) -> re.Pattern[str]:
    try:
        return re.compile(row[column])
    except re.error as error:
        raise VocabularyError(
            f"{path}:{row_no}: column {column} is not a regular expression ({error})"
        ) from error


@dataclass(frozen=True)
class Action:
    """Something a resident wants done to a thing (补办 a lost card): the words that ask for
    it, and the words an item's name must hold to be that action."""

    name: str
    asked_by: tuple[str, ...]
    item_words: tuple[str, ...]

    def covered_by(self, item: str) -> bool:
        return any(word in item for word in self.item_words)


def load_actions(path: Path = ACTIONS_FILE) -> tuple[Action, ...]:
    return tuple(
        Action(
            row["action"],
            tuple(w for w in row["question_words"].split("|") if w),
            tuple(w for w in row["item_words"].split("|") if w),
        )
        for _, row in curated_rows(path, ACTION_FIELDS, required=ACTION_FIELDS)
    )


ATTRIBUTES = load()
ACTIONS = load_actions()


def action_asked(text: str) -> Action | None:
    return next((a for a in ACTIONS if any(word in text for word in a.asked_by)), None)


def asked(text: str) -> Attribute | None:
    """The first attribute (in file order: most specific first) the question asks for."""
    return next((a for a in ATTRIBUTES if a.asked_in(text)), None)


def by_name(name: str) -> Attribute | None:
    return next((a for a in ATTRIBUTES if a.name == name), None)
