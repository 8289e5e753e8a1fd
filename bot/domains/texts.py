"""Free texts without a cue: the most specific piece of a task, meeting topic or standard."""

from __future__ import annotations

import re

from bot import vocabulary as words
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.matching import BaseDomain, trim_fillers, unknown_subject, without_names

NAME = "texts"
_DATE_ONLY = re.compile(r"[\d\s年月日号.]+")


class FreeText(BaseDomain):
    """Group 1: a question that only repeats a piece of a task, topic or standard text."""

    name = NAME

    def match(self, question: Question) -> Match | None:
        found = []
        for index, tool, domain, cue in (
            (self.lexicon.tasks, "tasks_by_keyword", "task", words.TASK),
            (self.lexicon.topics, "meeting_topics_by_keyword", "meeting", words.MEETING),
            (self.lexicon.standards, "standards_by_keyword", "elderly", words.ELDERLY_STANDARD),
        ):
            text = self.in_printed_words(without_names(question), index)
            keyword = self.keyword(
                text, index, min_score=2, exclude=self.organisation_words
            ) or self.keyword_of_best_text(text, index, min_score=2)
            if keyword:
                if self.one_common_pair(text, index, keyword):
                    continue  # two common characters shared with a text
                if _DATE_ONLY.fullmatch(keyword):
                    continue  # 2024年, 6月1: a date names no text (2024年春节放假安排)
                # the cue naming the kind (要求, 条件: a standard) is explained by that kind too
                cued = max(map(len, question.found(cue)), default=0)
                explained = self.explained(text, index, keyword) + cued
                # of texts explaining as much, the kind the question's cue names (要满足啥条件:
                # a standard, not the task naming the same thing)
                found.append((explained, bool(cued), index.specificity(keyword), tool,
                              keyword, domain))
        if not found:
            return None
        explained, _, _, tool, keyword, domain = max(found)
        evidence = Evidence(Proof.TEXT, 0, 0, 0, explained)
        return tool_match(tool, {"keyword": keyword}, evidence, domain)


class BroadWord(BaseDomain):
    """Group 2: a bare word found in several kinds of text (消防): offer each kind."""

    name = "broad_word"

    def match(self, question: Question) -> Match | None:
        word = trim_fillers(unknown_subject(without_names(question)))
        if not 2 <= len(word) <= 8:
            return None
        readings = [
            (self.lexicon.services, "service_by_keyword", "service"),
            (self.lexicon.tasks, "tasks_by_keyword", "task"),
            (self.lexicon.topics, "meeting_topics_by_keyword", "meeting"),
            (self.lexicon.standards, "standards_by_keyword", "elderly"),
        ]
        evidence = Evidence(Proof.GUESS, 0, 0, 0, len(word))
        matches = [
            tool_match(tool, {"keyword": word}, evidence, domain)
            for index, tool, domain in readings
            if index.hits(word)
        ]
        if not matches:
            return None
        if len(matches) == 1:
            return matches[0]
        return self.clarify(matches, f"公报里多处提到“{word}”，您想看哪一类？")
