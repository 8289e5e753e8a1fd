"""Executive meetings: the topics of one meeting, or the meetings that discussed a subject."""

from __future__ import annotations

import re
from typing import Any

from bot import vocabulary as words
from bot.compose import numbered, shorten, snippet
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.matching import BaseDomain

NAME = "meeting"
_MEETING_NUMBER = re.compile(r"第\s*(\d{1,3})\s*次")


class Meetings(BaseDomain):
    name = NAME
    tools = ("topics_of_meeting", "meeting_topics_by_keyword")

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self.writers = {
            "topics_of_meeting": self._meeting,
            "meeting_topics_by_keyword": self._topics,
        }

    def match(self, question: Question) -> Match | None:
        text = question.text
        strong = question.has(words.MEETING)
        number = _MEETING_NUMBER.search(text)
        if not strong and not (number and question.has(words.MEETING_WEAK)):
            return None
        cues = len(question.found(words.MEETING)) + len(question.found(words.MEETING_WEAK))
        if number:
            value = int(number.group(1))
            evidence = Evidence(Proof.IDENTIFIER, 1, 1, cues)
            if value not in self.lexicon.meetings:
                held = "、".join(f"第{n}次" for n in sorted(self.lexicon.meetings))
                return Match(
                    "no_data",
                    evidence=evidence,
                    domain=NAME,
                    message=f"数据中没有第{value}次常务会议，只有{held}。",
                )
            return tool_match("topics_of_meeting", {"number": value}, evidence, NAME)
        keyword = self.keyword(text, self.lexicon.topics)
        # 哪次常务会审定了…方案: the meeting is what is asked, its topic names it; a piece of a
        # project's name the topics print (某某路) names it better than the kind of topic
        asks_meeting = strong and question.has(words.MEETING_ASKS)
        if keyword and asks_meeting:
            keyword = self._project_piece(text) or keyword
        if keyword:
            proof = Proof.IDENTIFIER if asks_meeting else Proof.NAME
            evidence = Evidence(proof, 0, 0, cues, len(keyword))
            return tool_match("meeting_topics_by_keyword", {"keyword": keyword}, evidence, NAME)
        evidence = Evidence(Proof.CUE, 0, 0, cues)
        matches = [
            tool_match(
                "topics_of_meeting", {"number": n}, evidence, NAME, message=f"{e.name}（{e.note}）"
            )
            for n, e in sorted(self.lexicon.meetings.items())
        ]
        if not matches:
            return None
        return self.clarify(matches, "公报刊登了这些常务会议，您想看哪一次？")

    def _project_piece(self, text: str) -> str | None:
        """The longest piece of a project's name in the question that the topics print."""
        pieces = [
            piece.strip()
            for piece, _ in self.lexicon.project_index.maximal_pieces(text, 3)
            if self.lexicon.topics.hits(piece.strip())
        ]
        return max(pieces, key=len) if pieces else None

    def _meeting(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return f"数据中没有第{match.args.get('number', '')}次常务会议。"
        first = rows[0]
        lines = [f"{first['title']}（{first['date']}，{first['chair']}主持）的议题："]
        lines += [f"{row['seq']}. {shorten(row['text'], 60)}" for row in rows]
        return "\n".join(lines)

    def _topics(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        keyword = match.args.get("keyword", "")
        if not rows:
            return f"常务会议议题中没有与“{keyword}”有关的内容。"
        lines = [f"与“{keyword}”有关的常务会议议题共{len(rows)}条："]
        lines += numbered(
            rows,
            lambda row: f"{row['title']}（{row['date']}）：{snippet(row['text'], keyword)}",
            question=match.question,
            unit="条",
        )
        return "\n".join(lines)
