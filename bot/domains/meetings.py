"""Executive meetings: the topics of one meeting, or the meetings that discussed a subject."""

from __future__ import annotations

import re
from typing import Any

from bot import vocabulary as words
from bot.compose import numbered, printed_date, shorten, snippet
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.matching import BaseDomain

NAME = "meeting"
SNIPPET_WIDTH = 36  # characters either side of the keyword in a list of topics
WHOLE_TOPIC = 600
MIN_TOPIC_PIECE = 3  # characters of a question's words a topic must print to be shown whole
CUED_TOPIC = 1.0  # specificity of a topic word once the question names the meetings
# 第3次 / 2022年第3次 / 2022年的第3次: numbers start again each year
_MEETING_NUMBER = re.compile(r"(?:(20\d{2})\s*年\s*(?:的)?\s*)?第\s*(\d{1,3})\s*次")
# 1月24号那个常务会: a meeting named by its day
_MEETING_DAY = re.compile(r"(?:(20\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")


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
            year = int(number.group(1)) if number.group(1) else None
            evidence = Evidence(Proof.IDENTIFIER, 1, 1, cues)
            return self._numbered(year, int(number.group(2)), evidence)
        day = _MEETING_DAY.search(text) if strong else None
        held_that_day = self._held_on(day) if day else []
        if held_that_day:
            evidence = Evidence(Proof.IDENTIFIER, 1, 1, cues)
            return self._meeting_match(held_that_day[-1], held_that_day[:-1], evidence)
        # the question names the meetings: a piece of one topic among few singles it out
        topic_words = _without_meeting_words(text)  # 常务会同意: no topic word across its name
        keyword = self.keyword(
            topic_words, self.lexicon.topics, min_score=CUED_TOPIC if strong else 1.5
        )
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
                "topics_of_meeting",
                {"number": number, "year": year},
                evidence,
                NAME,
                message=f"{e.name}（{e.note}）",
            )
            for (year, number), e in sorted(self.lexicon.meetings.items())
        ]
        if not matches:
            return None
        return self.clarify(matches, "公报刊登了这些常务会议，您想看哪一次？")

    def _numbered(self, year: int | None, number: int, evidence: Evidence) -> Match:
        """The meeting of this number in the year named, else in the latest year that has one,
        if that is this year or the last (第25次 asked in 2024 is not 2021's: said absent, with
        the years that held one); the same number of other years is mentioned."""
        held = sorted(key for key in self.lexicon.meetings if key[1] == number)
        named = [key for key in held if year is None or key[0] == year]
        latest = max((key[0] for key in self.lexicon.meetings), default=None)
        recent = [key for key in named if year or latest is None or key[0] >= latest - 1]
        if not recent:
            asked = f"{year or latest}年第{number}次" if (year or latest) else f"第{number}次"
            others = "、".join(f"{y}年" for y, _ in named)
            elsewhere = f"（公报刊登的第{number}次常务会议是{others}的）" if others else ""
            message = (f"数据中没有{asked}常务会议{elsewhere}，"
                       f"只有{self._held_list(year or latest)}。")
            return Match("no_data", evidence=evidence, domain=NAME, message=message)
        named = recent
        chosen = named[-1]
        return self._meeting_match(chosen, [key for key in held if key != chosen], evidence)

    def _held_list(self, year: int | None) -> str:
        keys = sorted(k for k in self.lexicon.meetings if year is None or k[0] == year)
        keys = keys or sorted(self.lexicon.meetings)
        runs: list[list[tuple[int, int]]] = []  # 2024年第1次至第24次: consecutive numbers as one
        for key in keys:
            if runs and runs[-1][-1][0] == key[0] and runs[-1][-1][1] + 1 == key[1]:
                runs[-1].append(key)
            else:
                runs.append([key])
        return "、".join(
            f"{run[0][0]}年第{run[0][1]}次" + (f"至第{run[-1][1]}次" if len(run) > 2 else
                                            f"、{run[-1][0]}年第{run[-1][1]}次" if len(run) == 2
                                            else "")
            for run in runs) or "（无）"

    def _held_on(self, day: re.Match[str]) -> list[tuple[int, int]]:
        """The meetings held on the month and day named (and year, when named), oldest first."""
        year, month, date = day.group(1), int(day.group(2)), int(day.group(3))
        suffix = f"-{month:02d}-{date:02d}"
        return sorted(
            key
            for key, entry in self.lexicon.meetings.items()
            if entry.note
            and entry.note.endswith(suffix)
            and (year is None or entry.note.startswith(year))
        )

    def _meeting_match(
        self, chosen: tuple[int, int], others: list[tuple[int, int]], evidence: Evidence
    ) -> Match:
        """The topics of one meeting; `others` (same number or day, other years) are named."""
        year, number = chosen
        also = "、".join(
            f"{self.lexicon.meetings[key].name}（{self.lexicon.meetings[key].note}）"
            for key in others
        )
        message = f"另有{also}，问时写明年份即可查看。" if also else ""
        return tool_match(
            "topics_of_meeting", {"number": number, "year": year}, evidence, NAME, message=message
        )

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
            year, number = match.args.get("year", ""), match.args.get("number", "")
            return f"数据中没有{year}年第{number}次常务会议。"
        first = rows[0]
        held = f"{printed_date(first['date'])}召开，{first['chair']}主持"
        lines = [f"{first['title']}（{held}）的议题："]
        # 第5次常务会提到的三大主导产业: the topic printing the words asked, all of it
        asked = _without_meeting_words(_MEETING_NUMBER.sub(" ", match.question))
        pieces = {row["seq"]: _longest_shared(asked, row["text"]) for row in rows}
        longest = max(map(len, pieces.values()), default=0)
        whole = {seq for seq, piece in pieces.items()
                 if len(piece) >= MIN_TOPIC_PIECE and len(piece) == longest}
        for row in rows:
            text = row["text"] if row["seq"] in whole else shorten(row["text"], 60)
            lines.append(f"{row['seq']}. {text}")
        if match.message:
            lines.append(match.message)
        return "\n".join(lines)

    def _topics(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        keyword = match.args.get("keyword", "")
        if not rows:
            return f"常务会议议题中没有与“{keyword}”有关的内容。"
        lines = [f"与“{keyword}”有关的常务会议议题共{len(rows)}条："]
        rows = sorted(rows, key=lambda row: str(row["date"]), reverse=True)  # the latest first
        # one topic found: all of it (who carries it out may be its last words)
        width = WHOLE_TOPIC if len(rows) == 1 else SNIPPET_WIDTH
        lines += numbered(
            rows,
            lambda row: f"{row['title']}，{printed_date(row['date'])}："
            + snippet(row["text"], keyword, width),
            question=match.question,
            unit="条",
        )
        return "\n".join(lines)


def _without_meeting_words(text: str) -> str:
    """The text with the words naming meetings blanked (常务会, 会议 …): what is left is about
    their topics."""
    # longest first, ties by the words themselves: never the set's order, which changes from
    # run to run (区政府常务会议 must lose the same words every time)
    for cue in sorted({*words.MEETING, *words.MEETING_WEAK}, key=lambda cue: (-len(cue), cue)):
        text = text.replace(cue, " ")
    return text


def _longest_shared(question: str, text: str) -> str:
    """The longest run of the question's characters that the text prints."""
    best = ""
    for start in range(len(question)):
        end = start + len(best) + 1
        while end <= len(question) and question[start:end] in text:
            best = question[start:end]
            end += 1
    return best.strip()
