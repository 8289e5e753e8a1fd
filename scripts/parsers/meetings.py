"""Executive meetings of the district government (区政府常务会议) and the topics of each report.

A report ("区政府召开2021年第1次常务会议") opens with one paragraph naming the date, the chair and
the meeting ("2021年1月15日，区政府区长李步彬主持召开了区第二届人民政府2021年第1次常务会议。");
every further paragraph that opens with the meeting as subject (会议 / 会议还 + a verb: 会议审议…,
会议听取…) starts a topic, and a paragraph that does not ("一是…") continues the topic before it.
A topic's kind comes from its verb, curated in sources/vocab/meeting_topic_words.csv; a verb not
listed there still opens a topic (kind 其他) and is put in the review report. Topic paragraphs are
kept exactly as printed: they are running prose, and the one space they hold is genuine
("《中共中央 国务院关于…》", the joint issuers' conventional spacing), so squeezing would remove
printed text.
Appointment notices name the meeting that decided them ("经…区第二届人民政府2021年第1次常务会议
决定"): `ensure_meeting` gives such a meeting a row even when no issue prints its report.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..documents import Document
from ..tables import ExtractionContext, Row
from ..text import chinese_number, parse_date, squeeze_recorded, strip_enumerator
from ..vocab import read_vocab
from . import parser

_MEETING_NAME = re.compile(
    r"(?P<term_name>区?第(?P<term>[一二三四五六七八九十]+)届区?人民政府)"
    r"(?:(?P<year>\d{4})年)?第(?P<number>\d+)次常务会议")
_UNTERMED = re.compile(r"(?:(?P<year>\d{4})年)?第(?P<number>\d+)次常务会议")
_REPORT_TITLE = re.compile(r"(?:(?P<year>\d{4})年)?第(?P<number>\d+)次常务会议$")
_DAY = re.compile(r"(?P<date>(?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:上午|下午|晚上)?[，,]?")
_CHAIRS = re.compile(r"(?:召集并)?主持(?:召开了?)?")  # 蒲勇召集并主持区第…次常务会议
# Who chaired, as printed before 主持: 区长李步彬 / 李步彬区长 / 区委常委、常务副区长邱明.
_CHAIR_FORMS = (
    re.compile(r"(?P<chair_title>[^，。]*?[区市县]长)(?P<chair>[\u4e00-\u9fff]{2,4})(?:同志)?"),
    re.compile(r"(?P<chair>[\u4e00-\u9fff]{2,4}?)(?:同志)?"
               r"(?P<chair_title>(?:区政府)?(?:常务)?副?[区市县]长)"),
)


@dataclass(frozen=True)
class Opening:
    """What a report's opening paragraph says: when, which meeting, who chaired, and the topic
    text that follows on the same paragraph."""

    date: str
    meeting: str
    chair: str
    chair_title: str
    topics: str


def read_opening(opening: str) -> Opening | None:
    """The parts of an opening paragraph in any order they are printed:
    日期，区长X主持召开…第N次常务会议，… / 日期，X区长在…主持召开… / 日期，受区长委托，副区长X
    主持召开… / 日期，副区长X受区长Y委托，主持召开… / 日期，…常务会议召开。…副区长X受区长Y
    委托主持会议。… / …，会议由区长X主持。 / …第N次常务会议10月25日召开，区长X主持，…"""
    day = _DAY.search(opening[: opening.find("。") + 1 or len(opening)])  # in its first sentence
    chaired = _CHAIRS.search(opening)
    meeting_end = opening.find("常务会议")
    if day is None or chaired is None or meeting_end < 0:
        return None
    meeting_end += len("常务会议")
    who = _chair_clause(opening, day.end() if day.start() == 0 else 0, chaired.start())
    # …蒲勇于2023年2月20日上午 / 区长李步彬5月15日上午 (主持召开…)
    who = re.sub(r"于?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?$", "", who)
    found = next((match for form in _CHAIR_FORMS if (match := form.fullmatch(who))), None)
    if found is None:
        return None
    after_chair = re.search(r"[，。]", opening[chaired.end():])
    topics_start = max(meeting_end, chaired.end() + (after_chair.start() if after_chair else 0))
    return Opening(day["date"], re.sub(r"召开了?", "", opening[:meeting_end]),
                   found["chair"], found["chair_title"],
                   opening[topics_start:].lstrip("，。,").strip())


# on whose behalf, where: no part of who chaired
_ON_BEHALF = re.compile(r"[（(]?受[^，。]*?委托[）)]?|在[^，。]*$|^(?:会议)?由")


def _chair_clause(opening: str, start: int, verb: int) -> str:
    """Who chaired, as printed in the clause before the verb at `verb` (not before `start`),
    on whose behalf and where left out; a clause ending right before the verb leaves the
    chair in the clause before it (副区长X受区长Y委托，主持召开…)."""
    stops = "，。"
    end = verb
    while True:
        clause = max(opening.rfind(stop, 0, end) for stop in stops)
        who = _ON_BEHALF.sub("", opening[max(clause + 1, start):end])
        if who or clause < start or opening[clause] != "，":
            return who
        end = clause


VOCAB_FILE = "meeting_topic_words.csv"
_MANNER_LENGTH = 4  # 原原本本, 无记名, 在听取 …: words of manner before a topic's verb
VOCAB_FIELDS = ("word", "role", "kind", "note")
OTHER_KIND = "其他"


@dataclass(frozen=True)
class TopicWords:
    """The curated words of topic openings: 会议 (opener), 还 (adverb), 审议 → 审议 (verb)."""

    openers: tuple[str, ...]
    adverbs: tuple[str, ...]
    verbs: tuple[tuple[str, str], ...]  # (verb, kind), longest first

    @classmethod
    def load(cls, context: ExtractionContext) -> TopicWords:
        rows = read_vocab(context.source_text.source.path.parent, VOCAB_FILE, VOCAB_FIELDS)

        def words(role: str) -> list[dict[str, str]]:
            return sorted((row for row in rows if row["role"] == role),
                          key=lambda row: len(row["word"]), reverse=True)

        return cls(tuple(row["word"] for row in words("opener")),
                   tuple(row["word"] for row in words("adverb")),
                   tuple((row["word"], row["kind"]) for row in words("verb")))

    def opens_topic(self, paragraph: str) -> bool:
        """A paragraph with the meeting as subject: an opener followed by a word, not a comma
        (numbered or not: 一、会议审议…), or a numbered one opening with a curated verb, the
        meeting understood (一、听取了…)."""
        stripped = strip_enumerator(paragraph)
        if stripped != paragraph.strip() and stripped.startswith(
                tuple(verb for verb, _ in self.verbs)):
            return True
        return any(stripped.startswith(opener) and len(stripped) > len(opener)
                   and re.match(r"[\u4e00-\u9fff]", stripped[len(opener)])
                   for opener in self.openers)

    def kind(self, text: str) -> tuple[str | None, str]:
        """(kind, the text after opener and adverbs); kind None when the verb is not listed."""
        text = strip_enumerator(text)
        rest = next((text[len(opener):] for opener in self.openers if text.startswith(opener)),
                    text)
        while True:
            for verb, kind in self.verbs:
                if rest.startswith(verb):
                    return kind, rest
            adverb = next((adverb for adverb in self.adverbs if rest.startswith(adverb)), None)
            if adverb is None:
                return self._after_manner(rest)
            rest = rest[len(adverb):]

    def _after_manner(self, rest: str) -> tuple[str | None, str]:
        """A listed verb after a few words of manner no list holds (会议首先传达了…,
        会议原原本本学习了…, 会议在听取…汇报后同意…: the first listed verb within
        `_MANNER_LENGTH` characters, before any punctuation)."""
        for start in range(1, _MANNER_LENGTH + 1):
            if re.match(r"[，。；、,;]", rest[start - 1:start] or "，"):
                break
            for verb, kind in self.verbs:
                if rest.startswith(verb, start):
                    return kind, rest[start:]
        # 会议对…工作作了安排 / 会议就…作出部署: the verb after 作
        made = re.match(r"[对就][^。；]*?作(?:出|了)+", rest)
        for verb, kind in self.verbs if made else ():
            if rest.startswith(verb, made.end()):
                return kind, rest
        return None, rest


@dataclass(frozen=True)
class MeetingName:
    """A meeting as printed: 区第二届人民政府2021年第1次常务会议."""

    title: str
    term_name: str
    term: int
    year: int
    number: int

    @property
    def meeting_id(self) -> str:
        return f"dazu-{self.term}-{self.year}-{self.number:02d}"


def find_meeting_name(text: str, date: dt.date | None = None) -> MeetingName | None:
    """The first executive meeting named in text, or None; a name printed without its year
    (区第二届人民政府第10次常务会议) takes the year of the date it was held."""
    match = _MEETING_NAME.search(text)
    if not match or not (match["year"] or date):
        return None
    year = int(match["year"]) if match["year"] else date.year
    return MeetingName(match[0], match["term_name"], chinese_number(match["term"]), year,
                       int(match["number"]))


def _meeting_row(name: MeetingName, date: dt.date, chair: str | None, chair_title: str | None,
                 document_id: str | None) -> Row:
    return {"meeting_id": name.meeting_id, "term": name.term_name, "year": name.year,
            "number": name.number, "date": date, "chair": chair, "chair_title": chair_title,
            "title": name.title, "document_id": document_id}


def _existing_meeting(context: ExtractionContext, meeting_id: str) -> Row | None:
    return next((row for row in context.tables["meetings"] if row["meeting_id"] == meeting_id),
                None)


def _title_numbers(title: str, year: int) -> tuple[int, int] | None:
    """(year, number) of a report's title; a title without its year is taken in `year`."""
    match = _REPORT_TITLE.search(title)
    if match is None:
        return None
    return (int(match["year"]) if match["year"] else year), int(match["number"])


def _reported_in_issue(context: ExtractionContext, name: MeetingName) -> bool:
    return any(_title_numbers(document.title, name.year) == (name.year, name.number)
               for document in context.document("executive_meeting"))


def ensure_meeting(context: ExtractionContext, name: MeetingName, date: dt.date, *,
                   line: int) -> None:
    """Give a meeting referenced by another document a row unless a report provides one.

    The row has no chair and no report document; a report printed in a later issue fills them in
    (see `parse_meeting_report`). A second, different date for the same meeting is flagged.
    """
    existing = _existing_meeting(context, name.meeting_id)
    if existing is not None:
        if existing["date"] != date:
            context.flag(line, f"{name.title} is dated {date}, but {existing['date']} elsewhere",
                         expected="one date per meeting", curated_file="sources/corrections.csv",
                         suggested_row=f"{context.source_text.source.source_id},{line},"
                                       f"<printed date>,<corrected date>,<why>")
        return
    if not _reported_in_issue(context, name):
        context.add("meetings", _meeting_row(name, date, None, None, None), line=line)
    else:  # its report gives the row, unless the report cannot be read
        context.awaited_meetings.append((name, date, line))


def add_awaited_meetings(context: ExtractionContext) -> None:
    """A row for each meeting referenced in the issue whose printed report gave none (a report
    that could not be read), so no reference dangles."""
    for name, date, line in context.awaited_meetings:
        if _existing_meeting(context, name.meeting_id) is None:
            context.add("meetings", _meeting_row(name, date, None, None, None), line=line)


@parser("executive_meeting")
def parse_meeting_report(document: Document, context: ExtractionContext) -> None:
    paragraphs = [(line_no, text.strip()) for line_no, text
                  in context.source_text.numbered(document.start_line + 1, document.end_line)
                  if text.strip()]
    if not paragraphs:
        context.flag(document.start_line, "meeting report has no text",
                     expected="an opening paragraph and topics",
                     curated_file="sources/reviewed.csv",
                     suggested_row=f"{context.path},{document.start_line},<what>,kept as printed")
        return
    opening_line, opening, paragraphs = _opening(context, document, paragraphs)
    match = read_opening(opening)
    date = parse_date(match.date) if match else None
    name = find_meeting_name(match.meeting, date) if match else None
    if match is not None and name is None:
        name = _in_last_term(context, match.meeting, date, opening_line)
    if name is not None and date is None:  # 7月5日，…召开…2021年第14次常务会议
        date = parse_date(match.date, year=name.year)
    if match is None or name is None:
        context.flag(opening_line, f"cannot read the opening paragraph {opening[:40]!r}",
                     expected="日期，区长XXX主持召开(了)区第N届人民政府YYYY年第N次常务会议",
                     curated_file="sources/reviewed.csv",
                     suggested_row=f"{context.path},{opening_line},<what>,kept as printed")
        return
    _check_title(context, document, name, opening_line)
    row = _meeting_row(name, date, match.chair, match.chair_title, document.document_id)
    if not _add_or_complete(context, row, opening_line):
        return
    words = TopicWords.load(context)
    # topics in the opening paragraph open with the meeting or a topic verb (研究…等工作), not
    # with who else attended (区政府副区长X列席)
    verbs = tuple(verb for verb, _ in words.verbs)
    topics = [(opening_line, match.topics)] \
        if match.topics.startswith(words.openers + verbs) else []
    for seq, (line_no, text) in enumerate(_topics(words, topics, paragraphs), start=1):
        context.add("meeting_topics", {
            "topic_id": f"{name.meeting_id}-t{seq:02d}", "meeting_id": name.meeting_id,
            "seq": seq, "kind": _topic_kind(context, words, text, line_no), "text": text},
            line=line_no)


_DATE_ALONE = re.compile(r"[（(]?(?P<date>\d{4}年\d{1,2}月\d{1,2}日)[)）]?")


def _opening(context: ExtractionContext, document: Document,
             paragraphs: list[tuple[int, str]]) -> tuple[int, str, list[tuple[int, str]]]:
    """(line, text) of the opening paragraph and the paragraphs after it. A date printed alone
    under the title (（2023年6月5日）) opens the paragraph below it (区长X主持会议…), and an
    opening naming no meeting (…主持会议) names the one of the report's title."""
    opening_line, printed = paragraphs[0]
    opening = squeeze_recorded(context.source_text, opening_line, printed)
    rest = paragraphs[1:]
    dated = _DATE_ALONE.fullmatch(opening)
    if dated and rest:
        (opening_line, printed), rest = rest[0], rest[1:]
        opening = f"{dated['date']}，{squeeze_recorded(context.source_text, opening_line, printed)}"
    if "常务会议" not in opening and (day := _DAY.match(opening)):
        named = document.toc_title if _MEETING_NAME.search(document.toc_title) else document.title
        opening = f"{opening[:day.end()].rstrip('，,')}，{named}。{opening[day.end():]}"
    return opening_line, opening, rest


def _in_last_term(context: ExtractionContext, printed: str, date: dt.date | None,
                  line: int) -> MeetingName | None:
    """A meeting printed without its term (区政府第10次常务会议), placed in the term of the
    latest earlier meeting extracted, and flagged: a new term would not show."""
    match = _UNTERMED.search(printed)
    earlier = [row for row in context.tables["meetings"] if date and row["date"] <= date]
    if match is None or date is None or not earlier:
        return None
    last = max(earlier, key=lambda row: row["date"])
    term = re.search(r"第(?P<term>[一二三四五六七八九十]+)届", last["term"])
    if term is None:
        return None
    year = int(match["year"]) if match["year"] else date.year
    name = MeetingName(f"{last['term']}{year}年第{int(match['number'])}次常务会议", last["term"],
                       chinese_number(term["term"]), year, int(match["number"]))
    context.flag(line, f"{printed!r} names no term; taken as {last['term']} "
                       f"(the meeting of {last['date']})",
                 expected="区第N届人民政府YYYY年第N次常务会议", curated_file="sources/reviewed.csv",
                 suggested_row=f"{context.path},{line},<what>,term confirmed")
    return name


def _topics(words: TopicWords, opening: list[tuple[int, str]],
            paragraphs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Topic paragraphs with the paragraphs continuing them (joined by a line break)."""
    topics = list(opening)
    for line_no, text in paragraphs:
        if topics and not words.opens_topic(text):
            topics[-1] = (topics[-1][0], f"{topics[-1][1]}\n{text}")
        else:
            topics.append((line_no, text))
    return topics


def _check_title(context: ExtractionContext, document: Document, name: MeetingName,
                 line: int) -> None:
    if _title_numbers(document.title, name.year) != (name.year, name.number):
        context.flag(line, f"report titled {document.title!r} opens with {name.title!r}",
                     expected="the meeting its title names", curated_file="sources/corrections.csv",
                     suggested_row=f"{context.source_text.source.source_id},{line},"
                                   f"<printed>,<corrected>,<why>")


def _add_or_complete(context: ExtractionContext, row: Row, line: int) -> bool:
    """Add the report's meeting, or complete the row a notice in an earlier issue gave it;
    False (flagged) when the meeting already has a report or another date."""
    existing = _existing_meeting(context, row["meeting_id"])
    if existing is None:
        context.add("meetings", row, line=line)
    elif existing["document_id"] is None and existing["date"] == row["date"]:
        existing.update(row, source_id=context.source_text.source.source_id, source_line=line)
    else:
        context.flag(line, f"meeting {row['meeting_id']} is reported twice or dated differently",
                     expected="one report per meeting", curated_file="sources/reviewed.csv",
                     suggested_row=f"{context.path},{line},<what>,kept as printed")
        return False
    return True


def _topic_kind(context: ExtractionContext, words: TopicWords, text: str, line: int) -> str:
    kind, rest = words.kind(text)
    if kind is not None:
        return kind
    verb = re.match(r"[\u4e00-\u9fff]{1,2}", rest)
    context.flag(line, f"unknown topic verb in {text[:20]!r}",
                 expected="会议 + a verb listed in sources/vocab/meeting_topic_words.csv",
                 curated_file=f"sources/vocab/{VOCAB_FILE}",
                 suggested_row=f"{verb[0] if verb else rest[:2]},verb,<kind>,")
    return OTHER_KIND
