"""Group 0: greetings and help, other places, years and issues the data does not cover,
off-topic talk."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot import vocabulary as words
from bot.domains.base import Evidence, Match, Proof, Question
from bot.domains.matching import ISSUE_NAMED, BaseDomain

NAME = "scope"
# characters of a service's name that make a question about it, whatever else it says
MIN_NAMING_PIECE = 5
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*年|\s*-)")
# 1995年修的 / 2008年建的房子: the year a house was built, not a time the gazette covers
_BUILT = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*年(?:代)?(?:左右)?(?:修|建|盖|买|竣工|以前|以后|前|后)")
_OTHER_PLACE = re.compile(r"(?:" + "|".join(words.OTHER_PLACES) + r")(?:区|县|市|省)?")
_SUBJECT_CUES = (words.INSURANCE, words.COMPENSATION, words.ELDERLY, words.GROUP, words.MEETING)


class Scope(BaseDomain):
    name = NAME

    def match(self, question: Question) -> Match | None:
        text = question.text
        certain = Evidence(Proof.IDENTIFIER)
        if len(text) <= 12 and _only(text, words.GREETINGS):
            return Match("help", evidence=certain, domain=NAME)
        if question.has(words.HELP) and not self._has_subject(question):
            return Match("help", evidence=certain, domain=NAME)
        place = next((p for p in _OTHER_PLACE.finditer(text) if not self._straddled(text, p)),
                     None)
        # 从成都调回大足，医保关系转移在哪办: a place beside Dazu or a Dazu organisation is where
        # the resident comes from, not what is asked about
        if place and not (question.has(words.HOME_PLACE) or question.of_kind("department")):
            return self._out(f"数据中没有{place.group(0)}的信息：这里只有{self._source()}的内容。")
        years = {int(y) for y in _YEAR.findall(text)} - {int(y) for y in _BUILT.findall(text)}
        unknown = sorted(years - self.lexicon.years - {self.lexicon.current_year})
        if unknown:
            covered = "、".join(str(y) for y in sorted(self.lexicon.years))
            return self._out(f"数据中没有{unknown[0]}年的信息：公报数据只涉及{covered}年。")
        issue = self._issue_not_held(text)
        if issue:
            return Match("no_data", message=f"数据中没有{issue}公报：{self._issues_held()}。",
                         evidence=certain, domain=NAME)
        if question.has(words.WRITING_ASKS):  # 帮我写个脚本算房贷: a request, not a question
            return self._out(f"数据中没有这方面的信息：这里只回答{self._source()}里的内容，"
                             "不代写程序或文章。")
        if question.has(words.OFF_TOPIC_ALWAYS):  # 龙水镇哪家火锅好吃: a town named, no subject
            return self._out(f"数据中没有这方面的信息：这里只有{self._source()}的内容。")
        if self._off_topic(text) and not self._has_subject(question):
            return self._out(f"数据中没有这方面的信息：这里只有{self._source()}的内容。")
        return None

    def _straddled(self, text: str, place: re.Match[str]) -> bool:
        """A place's name made of the end of one printed word and the start of the next (西安
        in 湖西安置: 湖西 and 安置 are words the gazette prints), so no place is named."""
        start, end = place.span()
        return start > 0 and end < len(text) and all(
            self._printed_pair(text[at : at + 2]) for at in (start - 1, end - 1))

    def _printed_pair(self, pair: str) -> bool:
        """A character pair of a name the gazette prints (a service's, a project's …)."""
        return pair in self.lexicon.known_pairs or bool(self.lexicon.project_index.hits(pair))

    def _issue_not_held(self, text: str) -> str | None:
        """An issue of the gazette the question names that the data does not hold (2021年第3期
        公报, 总第60期): asked about anything, it cannot be answered from another issue. A bare
        第3期 names an issue only beside 公报 (第3期培训 is something else)."""
        named = ISSUE_NAMED.search(text)
        if named is None or not (named.group(1) or named.group(2) or "公报" in text):
            return None
        return None if self.issue_named(text) else named.group(0).replace(" ", "")

    def _issues_held(self) -> str:
        issues = self.lexicon.issues
        if len(issues) <= 1:
            return f"这里只有{self._source()}的内容"
        return f"这里有{issues[0].name}至{issues[-1].name}共{len(issues)}期的内容"

    def _source(self) -> str:
        return self.wording.source_title()

    def _out(self, message: str) -> Match:
        return Match("out_of_scope", message=message, domain=NAME)

    def _off_topic(self, text: str) -> bool:
        """An off-topic word (基金, 股票 …) that is not part of a longer word the gazette prints
        (骗取医保基金: a service item) or of a resident's word for one (小吃摊), in a question
        that names no service by a piece of its name (归侨子女高考考生身份确认: 考生身份确认 is
        an item's)."""
        if self.lexicon.services.maximal_pieces(text, MIN_NAMING_PIECE):
            return False
        for word in words.OFF_TOPIC:
            start = text.find(word)
            if start < 0:
                continue
            widened = text[max(0, start - 2) : start + len(word) + 2]
            pieces = {widened[i:j] for i in range(len(widened)) for j in range(i + len(word) + 1,
                      len(widened) + 1) if word in widened[i:j]}
            if not any(self._printed(piece) for piece in pieces) and not _said_for_printed(
                    text, word):
                return True
        return False

    def _printed(self, piece: str) -> bool:
        return any(
            index.hits(piece)
            for index in (self.lexicon.services, self.lexicon.tasks, self.lexicon.topics)
        )

    def _has_subject(self, question: Question) -> bool:
        return bool(question.spans) or any(question.has(cues) for cues in _SUBJECT_CUES)


def _said_for_printed(text: str, word: str) -> bool:
    """Whether `word` is part of a resident's word for a printed one (小吃 of 小吃摊 → 食品摊贩)."""
    return any(word in said and said in text for said in words.SERVICE_WORDS)


def _only(text: str, fillers: Iterable[str]) -> bool:
    for filler in sorted(fillers, key=len, reverse=True):
        text = text.replace(filler, "")
    return not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", text)
