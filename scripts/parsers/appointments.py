"""Appointment notices (职务任免的通知): one row per person, post and decision.

A notice may name the meeting that decided it ("经2021年1月15日区第二届人民政府2021年第1次常务会议
决定："), then lists entries under headings (任命, 免去, 决定任命, 聘任, 解聘, 提名 … curated in
sources/vocab/appointment_labels.csv with the action each records). A heading stands on its own
line or opens its first entry ("决定任命张三为…"). An entry, numbered or not, reads "X为Y" or
"X同志任Y" (appointed to a post) or "X的Y职务" / "X不再担任Y职务" (relieved of one),
whatever its heading; one entry may name several people ("谢鹏、雷世骞为…") and several posts
("…副主任、…副主任职务").
A lapse by reorganisation ("因机构改革，喻其林同志原任的…职务自然免除。", or after any clause
saying why: "另，X中心并入Y局后，张三同志所任的…职务自行免除。") may stand anywhere.
Several entries may share a line, each after its ； ("决定：任命X为Y；免去Z的W职务。"), and an
entry may carry its own verb with no heading above it ("X任Y", "X不再担任Y职务", "免去X Y职务").
Entries end with ； or 。 (an entry without either is wrapped onto the next line) — a printed 。
inside a list does not end the list, the next heading, a closing phrase or the signature does.
Entries may stand under a line naming their organisation ("区教委：" over "周凯　任副主任", or
the organisation alone: "重庆市大足区X中心（新设立）" over "聘任　张三　为主任"), or after a
sentence about it ("X中心系新设立的事业单位。聘任张三为该中心主任"), and one clause may hold
several ("邹敏为…副镇长，郭春阳为…主任"). A listed entry prints the person, then the post
after layout space, a colon or a comma ("张三，重庆市大足区X局副局长，试用期一年；"), and may name
its own decision first in its brackets, with no heading above it ("张　三　…中心主任（聘任，试用期
一年）"). A table of decisions is read as entries first (appointment_tables.py).
A post is split into its organisation and the title after it; a note (正处级, 试用期一年)
follows in brackets or after a comma. What cannot be read goes into the review report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..departments import Department
from ..documents import Document
from ..tables import ExtractionContext
from ..text import BULLETS, parse_date, squeeze, squeeze_recorded, strip_enumerator
from ..vocab import LabelMap, read_vocab
from . import parser
from .appointment_tables import (
    BRACKET_NOTE,
    cards_as_entries,
    legend_as_table,
    people_over_decisions,
    table_as_entries,
)
from .meetings import ensure_meeting, find_meeting_name

VOCAB_FILE = "appointment_labels.csv"
VOCAB_FIELDS = ("label", "role", "action", "note")
_DECIDED_BY = re.compile(  # 经…决定： / 2021年7月5日，…常务会议研究决定：
    r"^经?(?:(?P<date>\d{4}年\d{1,2}月\d{1,2}日)[，,]?)?(?P<body>.+?)(?:决定|同意)[：:，,；;]?$")
_PEOPLE = r"(?P<people>[\u4e00-\u9fff]+?(?:、[\u4e00-\u9fff]+?)*?)"
_APPOINTED = re.compile(rf"^{_PEOPLE}(?:同志)?聘?为(?P<posts>.+?)[；;。]?$")  # X同志聘为…
# …职务，另有任用。 / …职务（另有任用）。
_REMARK = r"(?:[，,（(](?P<remark>[^，,；;。（）()]{2,12})[）)]?)?[；;。]?$"
_RELIEVED = re.compile(rf"^{_PEOPLE}(?:同志)?的(?P<posts>.+?)职务{_REMARK}")
_NAME = r"[\u4e00-\u9fff]{2,4}?"  # a person's name where nothing but a verb follows it
_TAKES_UP = re.compile(  # 张三同志任…局长 / 张三任…局长 / 张三同志聘为…主任 (an engagement)
    rf"^(?:{_PEOPLE}同志|(?P<named>{_NAME}(?:、{_NAME})*))(?:聘任为|聘为|(?<!不再)担任|(?<![调转改兼拟现原])任)"
    r"(?P<posts>.+?)[；;。]?$")  # not 调任 (a transfer), 兼任, 拟任, 现任, 原任
_NO_LONGER = re.compile(  # X不再担任…职务 / X因到龄退休，不再担任…职务 / X不再聘任为…副院长
    rf"^{_PEOPLE}(?:同志)?(?:因(?P<reason>[^，。；]+)，)?不再(?:担任|聘任为|聘任|聘为|聘用为)"
    rf"(?P<posts>.+?)(?:职务)?{_REMARK}")
_HELD = re.compile(rf"^(?P<people>{_NAME})(?:同志)?(?P<posts>.+?)职务{_REMARK}")
# 免去张三同志区X局副局长职务 (no 的): tried with the last name 2, 3 then 4 characters long,
# the post must then open with an organisation's name.
_HELD_BY_LENGTH = tuple(
    re.compile(rf"^(?P<people>(?:[\u4e00-\u9fff]{{2,4}}、)*[\u4e00-\u9fff]{{{length}}})(?:同志)?"
               rf"(?P<posts>.+?)职务{_REMARK}")
    for length in (2, 3, 4))
_RESIGNS = re.compile(rf"^(?:同意)?{_PEOPLE}(?:同志)?辞去(?P<posts>.+?)职务[；;。]?$")
_ENTRY_FORMS = (_APPOINTED, _RELIEVED, _TAKES_UP, _NO_LONGER, _RESIGNS)
# An entry naming its decision itself, whatever the heading above it.
_OWN_VERB = ((_TAKES_UP, "任命"), (_NO_LONGER, "免去"), (_RESIGNS, "免去"))
_SPACED_NAME = r"[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,2}"  # 黄  鑫 / 郭春阳
_CLAUSE_END = re.compile(
    r"(?<=[；;])|(?<=决定[：:])(?=.)|(?<=[，,])(?=(?:同时)?(?:任命|免去|聘任|解聘|其原任|不再担任))"
    r"|(?<=。)(?=\S)"  # …职务（另有任用）。邱雯原任的…职务自然免除。: sentences of a paragraph
    r"|(?<=职务[，,])(?=任(?![命职期]))"  # …副局长职务，任…局长: the person's next decision
    r"|(?<=(?:任命|免去|聘任|解聘)[：:])(?=.)"  # …研究，决定任命：X为…；免去：Y的…职务
    r"|(?<=[，,])(?=决定(?:任命|免去|聘任|解聘)[：:])"
    # …副镇长，郭春阳为…主任 / …院长，文  静同志为…副院长
    rf"|(?<=[，,])(?!试用期)(?={_SPACED_NAME}(?:同志)?为[^，。；]{{4,}})"
    rf"|(?<=职务[，,])(?={_SPACED_NAME}(?:同志)?的)")  # …职务，黄  鑫的…职务
# 原任的 / 所任的 / 原担任的: the post a lapse ends, held until now
_HELD_BEFORE = "(?:原|所)(?:担)?任"
_PRONOUN = "其"  # 任命张三为…局长，免去其…副局长职务: 其 is the person just named
_AT_ONCE = "同时"
_NO_LONGER_VERB = "不再担任"  # 张三任…局长，不再担任…副镇长职务: the person just named
_TAKES_UP_NEXT = re.compile(r"^任(?![命职期])")  # 张三免去…职务，任…局长: 其任…, the same person
# 张三同志：任…局长 / 李四、王五同志：免去…职务 / 赵六同志：聘任为…: the people first, then
# their decision
_PEOPLE_FIRST = re.compile(r"^(?P<people>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)"
                           r"(?:同志)?[：:](?P<rest>.+)$")
_TAKES_UP_FIRST = ("任", "担任")  # 张三：任…局长 (no heading label)
# 赖春华　　免去…职务 (a name, then 免去 with no colon)
_NAME_BEFORE_REMOVAL = re.compile(
    r"^(?P<people>[\u4e00-\u9fff]{2,4}?)(?:同志)?免去(?P<rest>.+职务.*)$")
# 以上同志中，张三、李四试用期一年 / 何建波、谭雪梅同志试用期一年，…: a note for the people named
_NOTED_LATER = re.compile(r"^(?:(?:以上|上述)[^，。]*?[，,](?P<listed>[^，。]+?)"
                          r"|(?P<named>[\u4e00-\u9fff]{2,4}?(?:、[\u4e00-\u9fff]{2,4}?)*))(?:同志)?"
                          r"(?P<note>试用期[^，。；]+)")
_POST_BY_PERSON = re.compile(
    rf"^(?P<post>[^，,；;。由]{{4,40}})由(?P<person>{_NAME})(?:同志)?(?:受聘)?担任(?P<rest>.*)$")
_POST_SEPARATOR = re.compile(r"、(?![^（]*）)")  # a 、 outside brackets
_CONCURRENT = re.compile(r"[，,]兼(?:任)?")  # …副主任，兼任…中心主任: a second post


# 下列同志予以任职：: a heading label ending a line of a few words before its colon
_LEAD_LENGTH = 8
_COUNTED_HEADING = re.compile(r"^[（(]\d+[名人个][)）]$")
# 【任命】 / 〔免去〕 / ［聘任］: a heading label in any pair of brackets but the round ones
_BRACKETED_HEADING = re.compile(
    r"^[【〖［\[〔〈「『](?P<label>[^】〗］\]〕〉」』]{2,8})[】〗］\]〕〉」』]")


@dataclass(frozen=True)
class Decision:
    """The meeting a notice's decisions were taken at (both None when the notice names none)."""

    meeting_id: str | None = None
    meeting_date: dt.date | None = None


@dataclass(frozen=True)
class AppointmentWords:
    """The curated labels of appointment notices."""

    headings: tuple[tuple[str, str], ...]  # (label, action), longest first
    lapse: re.Pattern[str]
    lapse_action: str
    closings: tuple[str, ...]
    notes: tuple[str, ...]
    remarks: tuple[str, ...]  # why a person leaves a post (已到龄退休, 另有任用), longest first
    positions: tuple[str, ...]  # longest first
    columns: dict[str, str]  # a table's decision column label → the action it records
    fields: LabelMap  # a table's column label → what it holds (person, organisation …)
    people: dict[str, str]  # a table's column of people by decision (聘任人员) → its action
    reason_first: re.Pattern[str]  # 张三同志因到龄退休，免去其…职务 / …，解聘其…职务
    introduced: re.Pattern[str]  # X中心系新设立的事业单位。聘任张三为该中心主任
    led_heading: re.Pattern[str]  # 下列同志予以任职： (a heading label after a few words)
    # 被聘任人员的聘期… / 解聘人员的工作交接…: a sentence about the people a decision names
    about_people: re.Pattern[str]

    @classmethod
    def load(cls, context: ExtractionContext) -> AppointmentWords:
        rows = read_vocab(context.source_text.source.path.parent, VOCAB_FILE, VOCAB_FIELDS)

        def labels(role: str) -> list[dict[str, str]]:
            return sorted((row for row in rows if row["role"] == role),
                          key=lambda row: len(row["label"]), reverse=True)

        lapses = labels("lapse")
        phrase = "|".join(re.escape(row["label"]) for row in lapses) or "(?!)"
        removals = "|".join(re.escape(row["label"]) for row in labels("heading")
                            if row["action"] == "免去") or "(?!)"
        copulas = "|".join(re.escape(row["label"]) for row in labels("introduces")) or "(?!)"
        headings = "|".join(re.escape(row["label"]) for row in labels("heading")) or "(?!)"
        return cls(
            headings=tuple((row["label"], row["action"]) for row in labels("heading")),
            lapse=re.compile(rf"^(?:[^，]*，)*?(?:(?P<reason>[^，]+)，)?{_PEOPLE}(?:同志)?"
                             rf"{_HELD_BEFORE}的(?P<posts>.+?)职务(?:{phrase})[；;。]?$"),
            lapse_action=lapses[0]["action"] if lapses else "",
            closings=tuple(row["label"] for row in labels("closing")),
            notes=tuple(row["label"] for row in labels("note")),
            remarks=tuple(row["label"] for row in labels("remark")),
            positions=tuple(row["label"] for row in labels("position")),
            columns={row["label"]: row["action"] for row in labels("column")},
            fields=LabelMap({row["label"]: row["action"] for row in labels("field")}),
            people={row["label"]: row["action"] for row in labels("people")},
            reason_first=re.compile(
                rf"^(?P<person>{_NAME})(?:同志)?因(?P<reason>[^，,。；;]+)[，,](?P<verb>{removals})"
                r"其(?P<posts>.+?)职务(?P<end>[；;。]?)$"),
            introduced=re.compile(
                rf"^(?P<name>[^，,、；;。：:\d]{{2,30}}?)(?:{copulas})[^。；;]+?"
                # the sentence about it ends at 。, or at a comma before its first decision
                rf"(?:。|[，,](?=(?:聘任|聘用|任命|免去|解聘)))(?P<rest>.*)$"),
            about_people=re.compile(rf"^被?(?:{headings})人员"),
            led_heading=re.compile(
                rf"^[\u4e00-\u9fff]{{1,{_LEAD_LENGTH}}}?(?P<label>{headings})[：:]$"),
        )

    def heading(self, text: str) -> tuple[str, str] | None:
        """(action, rest of the line) when the line starts with a heading label, numbered or
        not (一、任命 / （一）免去), or ends with one after a few words and a colon
        (下列同志予以任职：, the rest then empty)."""
        text = _BRACKETED_HEADING.sub(r"\g<label>", strip_enumerator(text))
        for label, action in self.headings:
            if text.startswith(label):
                rest = strip_enumerator(text[len(label):].lstrip("：:"))  # 任命：①张三为…
                rest = _COUNTED_HEADING.sub("", rest)  # 一、任命（5名）: the count printed after it
                if not rest or any(form.match(rest) for form in (*_ENTRY_FORMS, _HELD)):
                    return action, rest
        if led := self.led_heading.match(text):  # 下列同志予以免职： over its entries
            return dict(self.headings)[led["label"]], ""
        return None


@parser("appointments")
def parse_appointments(document: Document, context: ExtractionContext) -> None:
    words = AppointmentWords.load(context)
    decision = Decision()
    action: str | None = None
    organisation = ""  # the organisation a heading line names for the entries below it
    marks: dict[str, str] = {}  # a legend's marks (〔任〕为任职) and the actions they stand for
    last_person: str | None = None
    notes_line: int | None = None  # a line of notes on the entries (its clauses are no entries)
    seq = 0
    lines = [(line_no, clause) for line_no, raw
             in cards_as_entries(table_as_entries(legend_as_table(people_over_decisions(
                 context.source_text.numbered(document.start_line + 1, document.end_line)),
                 words), words), words)
             for clause in _clauses(words, raw)]
    index = 0
    while index < len(lines):
        line_no, text = lines[index]
        index += 1
        if _ends_entries(document, words, text):
            break
        squeezed = strip_enumerator(squeeze(text))
        if match := _DECIDED_BY.match(squeezed):
            decision = _decision(context, match, line_no)
            continue
        if noted := _NOTED_LATER.match(squeezed):
            _note_people(context, document, noted)
            continue
        if line_no == notes_line or _notes_on_entries(words, squeezed):
            # 以上聘任人员聘期均为五年。张三同志已到龄退休，… / 试用期从…起计算，…；不胜任的，
            # 免去试用职务。: notes on the entries, every clause of the line
            _note_remarks(context, document, _remarks(words, squeezed))
            notes_line = line_no
            continue
        marks |= _legend(words, squeezed)
        if marked := _marked(words, marks, text):
            action, squeezed = marked  # 〔任〕邹明远　　…副主任　　试用期1年
            text = squeezed
        if heading := _organisation_heading(context, squeezed):
            organisation = heading  # 区教委： over the entries of its posts
            continue
        if opened := _organisation_opening(context, squeezed) or _organisation_introduced(
                context, words, squeezed):
            organisation, squeezed = opened  # 区中医院：聘任X为副院长，…；解聘Y的副院长职务
            if not squeezed:
                continue  # X中心系新设立的事业单位。: its entries below say 该中心
        if engaging := _engaged_by(context, squeezed):
            organisation, squeezed = engaging  # 同意区人民医院聘任X同志为该院副院长
        squeezed = _ended(_released(words, _this_one(words, organisation, squeezed)))
        if decided := _decided_in_brackets(context, words, text):
            squeezed = decided[1]  # 张　三　…中心主任（聘任，试用期一年）
        elif action is not None and (listed := _post_then_person(text, action)
                                     or _post_colon_person(context, words, text, action)
                                     or _person_then_post(context, words, text, action)):
            squeezed = listed  # 区商务委副主任　　　　彭  维（试用期一年）under 任职：
        squeezed = _named_before_removal(_under(context, words, organisation, _people_last(
            words, _named_back(_post_first(squeezed), last_person))))
        entry = squeezed
        entry_action = None
        if decided:
            entry_action = decided[0]  # the entry names its decision in its brackets
        elif headed := words.heading(squeezed):
            action, entry = headed
            if not entry:
                continue
            entry = _title_under(context, words, organisation, entry)
        elif own := next((verb for form, verb in _OWN_VERB if form.match(squeezed)), None):
            entry_action = own
        elif action is None and not words.lapse.match(squeezed):
            continue  # the addressees and the preamble before the first heading
        entry = _named_back(entry, last_person)
        squeeze_recorded(context.source_text, line_no, text)
        while (_unfinished(entry) and index < len(lines)
               and not _ends_entries(document, words, lines[index][1])
               and not _starts_another(words, squeeze(lines[index][1]))):
            entry += squeeze(lines[index][1])  # an entry wrapped onto the next line
            index += 1
        read = _read_entry(context, words, entry_action or action, entry, line_no)
        if read is not None:
            seq = _add_entry(context, words, document, decision, *read, line_no, seq)
            parts = read[1].groupdict()
            last_person = parts.get("people") or parts.get("named")
    _share_notes(context, document)


def _share_notes(context: ExtractionContext, document: Document) -> None:
    """A note printed once for the entries before it on its line (聘任X为…主任，聘任Y为…副主任，
    试用期均为一年): each of them since the last noted one, of the same decision, takes it."""
    rows = [row for row in context.tables["appointments"]
            if row["document_id"] == document.document_id]
    for index, row in enumerate(rows):
        if _SHARED not in (row["note"] or ""):
            continue
        for before in reversed(rows[:index]):
            if (before["source_line"] != row["source_line"] or before["note"]
                    or before["action"] != row["action"]):
                break
            before["note"] = row["note"]


_SHARED = "均"  # 试用期均为一年: the note holds for every entry it follows


_ORGANISATION_HEADING = re.compile(r"^(?P<name>[^，,、；;。：:\d]{2,20})[：:]$")
# ◇重庆市大足区中医院 / ◇区X中心（新组建）: an organisation after a list mark, alone on its line
_BULLETED_ORGANISATION = re.compile(
    rf"^[{BULLETS}]\s*(?P<name>[^，,、；;。：:\d（(]{{2,30}})(?:[（(][^）)]*[）)])?[：:]?$")
# 重庆市大足区人民医院 / 重庆市大足区X中心（新设立）: an organisation alone on its line, over the
# entries of its posts named by title alone
_BARE_ORGANISATION = re.compile(
    r"^(?P<name>[^，,、；;。：:\d（(\s]{2,30})(?:[（(][^（）()]{1,8}[）)])?$")
_NAMED_VERB = re.compile(
    rf"^(?P<people>{_NAME}(?:、{_NAME})*)(?P<verb>任|聘为|免去)(?P<rest>.+)$")


def _organisation_heading(context: ExtractionContext, line: str) -> str:
    """The organisation a line names alone before a colon (区教委：, 雍溪镇人民政府：), after a
    list mark (◇重庆市大足区中医院) or with nothing but a remark in brackets after it
    (重庆市大足区X中心（新设立）, opening with the district's style: not an entry's first line
    wrapped after its organisation, 张三为重庆市大足区X局), else ""."""
    match = (_ORGANISATION_HEADING.match(line) or _BULLETED_ORGANISATION.match(line)
             or _BARE_ORGANISATION.match(line))
    if not match:
        return ""
    name = match["name"]
    styled = name.startswith(_styles(context))
    if match.re is _BARE_ORGANISATION:
        known = styled and _is_organisation(context, name)
    else:
        known = _is_organisation(context, name) or (
            match.re is _BULLETED_ORGANISATION and styled)
    return name if known else ""


def _is_organisation(context: ExtractionContext, name: str) -> bool:
    """A name curated, or ending as curated organisations' names do (医院, 公司, 中心 …)."""
    return bool(context.departments.resolve(name)
                or context.departments.vocabulary.kind_of(name))


def _under(context: ExtractionContext, words: AppointmentWords, organisation: str,
           entry: str) -> str:
    """An entry under an organisation's heading with its post named by title alone (周凯任副主任
    under 区教委：) written with the organisation: 周凯任区教委副主任; 罗大成免去副主任职务 →
    免去罗大成的区教委副主任职务."""
    match = _NAMED_VERB.match(entry) if organisation else None
    if match is None or _names_organisation(context, words, match["rest"]) or not match[
            "rest"].startswith(words.positions):
        return entry
    if match["verb"] in ("任", "聘为"):
        return f"{match['people']}任{organisation}{match['rest']}"
    return f"免去{match['people']}的{organisation}{match['rest']}"


_ORGANISATION_OPENING = re.compile(r"^(?P<name>[^，,、；;。：:\d]{2,20})[：:](?P<rest>.+)$")


def _organisation_opening(context: ExtractionContext, line: str) -> tuple[str, str] | None:
    """(organisation, entries) of a line opening with a known organisation and a colon
    (重庆市大足区中医院：聘任X为副院长，聘期三年；…): the organisation of the posts named by
    title alone on that line and below it."""
    match = _ORGANISATION_OPENING.match(line)
    if match is None or not _organisation_heading(context, f"{match['name']}："):
        return None
    return match["name"], match["rest"]


def _organisation_introduced(context: ExtractionContext, words: AppointmentWords, line: str
                             ) -> tuple[str, str] | None:
    """(organisation, entries after it) of a line opening with a sentence about a known
    organisation, by a curated verb (重庆市大足区X中心系新设立的事业单位。), which its entries
    name 该中心."""
    match = words.introduced.match(line)
    if match is None or not _is_organisation(context, match["name"]):
        return None
    return match["name"], match["rest"]


def _title_under(context: ExtractionContext, words: AppointmentWords, organisation: str,
                 entry: str) -> str:
    """An entry under a heading verb whose post is a title alone (X为副院长 / X的副院长职务),
    under an organisation's line: the post written with the organisation."""
    form = _APPOINTED.match(entry) or _RELIEVED.match(entry)
    if not organisation or form is None or not form["posts"].startswith(words.positions) \
            or _names_organisation(context, words, form["posts"]):
        return entry
    return f"{entry[:form.start('posts')]}{organisation}{entry[form.start('posts'):]}"


# 解除张三同志的…院长聘任（到龄退休） / 周彬所任副院长职务予以解聘（本人申请辞职）: a post ended,
# its person and post printed before or after the verb, read as a removal
_ENDED = (
    re.compile(rf"^解除{_PEOPLE}(?:同志)?的(?P<posts>.+?)(?:聘任|聘用|职务)(?P<tail>.*)$"),
    re.compile(rf"^{_PEOPLE}(?:同志)?(?:所任|所担任|担任的|的)(?P<posts>.+?)职务"
               r"(?:予以|被)?(?:解聘|免去|免职)(?P<tail>.*)$"),
)


def _ended(entry: str) -> str:
    """解除张三同志的…院长聘任（…） / 周彬所任副院长职务予以解聘（…） → 免去张三的…院长职务（…）."""
    match = next((found for form in _ENDED if (found := form.match(entry))), None)
    return f"免去{match['people']}的{match['posts']}职务{match['tail']}" if match else entry


# （〔任〕为任职，〔免〕为免职）: a legend of the marks that open the entries below it
_BRACKETS = re.escape("〔【[［(（"), re.escape("〕】]］)）")
_LEGEND = re.compile(rf"[{_BRACKETS[0]}](?P<mark>[\u4e00-\u9fff]{{1,2}})[{_BRACKETS[1]}]"
                     r"为(?P<label>[\u4e00-\u9fff]{2,4})")
_MARKED = re.compile(rf"^\s*[{_BRACKETS[0]}](?P<mark>[\u4e00-\u9fff]{{1,2}})[{_BRACKETS[1]}]\s*"
                     r"(?P<person>[\u4e00-\u9fff](?: {0,2}[\u4e00-\u9fff]){1,3})"
                     r"(?:\u3000|\t| {2,})+(?P<rest>\S.*)$")
_LAYOUT = re.compile(r"(?:\u3000|\t| {2,})+")


def _legend(words: AppointmentWords, text: str) -> dict[str, str]:
    """The actions a legend's marks stand for (〔任〕为任职 → 任命), from the curated headings."""
    marks = {}
    for match in _LEGEND.finditer(text):
        if headed := words.heading(match["label"]):
            marks[match["mark"]] = headed[0]
    return marks


def _marked(words: AppointmentWords, marks: dict[str, str], text: str) -> tuple[str, str] | None:
    """(action, entry) of a line opening with a bracketed mark, then the person, the post and
    a remark apart by layout space (〔免〕温国庆　　…水利局局长　　（退休）); the mark is read by
    the legend, else as the heading it opens (任 of 任职)."""
    match = _MARKED.match(text)
    if match is None:
        return None
    mark = match["mark"]
    action = marks.get(mark) or next(
        (action for label, action in words.headings if label.startswith(mark)), None)
    post, *remarks = _LAYOUT.split(match["rest"].strip())
    if action is None or not post:
        return None
    remark = "，".join(part.strip("（）()") for part in remarks if part.strip("（）()"))
    return action, _entry_as_read(match["person"], post, remark, action)


# 同意重庆市大足区人民医院聘任周明同志为该院副院长 / X中心解聘张三的副主任职务: the organisation
# that engages or releases, then the entry
_ENGAGED_BY = re.compile(r"^(?:同意|经)?(?P<organisation>[^，,；;。：:（(]{4,30}?)"
                         r"(?:[（(][^（()）]{1,40}[）)])?"  # （新设立）, or a remark on the body
                         r"(?P<verb>聘任|聘用|解聘)(?P<rest>[\u4e00-\u9fff]{2,4}?(?:同志|为|的).+)$")
_THIS_ONE = "该"  # 该院副院长, 该公司总经理: the organisation just named


def _engaged_by(context: ExtractionContext, entry: str) -> tuple[str, str] | None:
    """(organisation, entry) of an entry naming the organisation that engages or releases
    someone before its verb (同意X医院聘任张三同志为该院副院长 → 聘任张三同志为该院副院长)."""
    match = _ENGAGED_BY.match(entry)
    if match is None or not _is_organisation(context, match["organisation"]):
        return None
    return match["organisation"], f"{match['verb']}{match['rest']}"


def _this_one(words: AppointmentWords, organisation: str, entry: str) -> str:
    """该院副院长 / 该公司总经理 written with the organisation named before it."""
    if not organisation or _THIS_ONE not in entry:
        return entry
    titles = "|".join(re.escape(title) for title in words.positions)
    return re.sub(rf"{_THIS_ONE}[\u4e00-\u9fff]{{1,3}}?(?={titles})", organisation, entry)


# 重庆市大足区人民医院副院长张三同志另有任用，予以解聘。: the post, the person, why, then the verb
_RELEASED = re.compile(r"^(?P<before>[^，,；;。]+?)同志(?P<reason>[^，,；;。]*)[，,]予以"
                       r"(?:解聘|免职|免去)[；;。]?$")


def _released(words: AppointmentWords, entry: str) -> str:
    """…副院长张三同志另有任用，予以解聘 → 免去张三的…副院长职务（另有任用）."""
    match = _RELEASED.match(entry)
    if match is None:
        return entry
    before = match["before"]
    for length in (3, 2, 4):
        post, person = before[:-length], before[-length:]
        if post.endswith(words.positions):
            reason = f"（{match['reason']}）" if match["reason"] else ""
            return f"免去{person}的{post}职务{reason}；"
    return entry


# a post, layout space, then the person (and a remark): a list under 任职：/ 免职：
_POST_THEN_PERSON = re.compile(
    r"^\s*(?P<post>\S.*?\S)(?:\u3000{2,}|\t| {4,})"
    r"(?P<person>[\u4e00-\u9fff](?: {0,2}[\u4e00-\u9fff]){1,3})"
    r"\s*(?:[（(](?P<remark>[^（）()]+)[）)])?\s*$")


def _post_then_person(printed: str, action: str) -> str | None:
    """A line printing a post then, after layout space, the person (重庆市大足区财政局副局长
    陈  晨（试用期一年）) as the entry its heading's action reads (陈晨为…副局长（试用期一年）；
    or 陈晨的…副局长职务（…）；), else None."""
    match = _POST_THEN_PERSON.match(printed)
    if match is None or re.search(r"[，。；：:]", match["post"]):
        return None
    return _listed_entry(match, action)


# a post, a colon, then the person (and a remark): 1．重庆市大足区X局副局长：张  三（试用期一年）
_POST_COLON_PERSON = re.compile(
    r"^(?P<post>[^，。；：:\s（(]{4,40})\s*[：:]\s*"
    r"(?P<person>[\u4e00-\u9fff](?: {0,2}[\u4e00-\u9fff]){1,3})"
    r"\s*(?:[（(](?P<remark>[^（）()]+)[）)])?\s*[；;。]?\s*$")


def _post_colon_person(context: ExtractionContext, words: AppointmentWords, printed: str,
                       action: str) -> str | None:
    """A line, numbered or not, printing a post opening with a known organisation, a colon and
    the person (1．重庆市大足区民政局副局长：张三（试用期一年）) as the entry its heading's
    action reads, else None."""
    match = _POST_COLON_PERSON.match(strip_enumerator(printed.strip()))
    if match is None or not _names_organisation(context, words, match["post"]):
        return None
    return _listed_entry(match, action)


# the person (or people apart by 、), layout space, a colon or a comma, then the post (and a
# remark): 1．石  磊　重庆市大足区X局副局长 / 邹  婷：重庆市大足区X镇人民政府副镇长（试用期一年）；
# / 罗  刚，重庆市大足区X局副局长，试用期一年；
# a name may be padded by one ideographic space (周　敏　重庆市…): the post opens with an
# organisation, so the name ends at the last space before it. The post may carry a short
# bracket before its title (…中心（新设立）主任) and a term after a comma (…主任，聘期三年).
_LISTED_NAME = r"[\u4e00-\u9fff](?:(?: {0,2}|\u3000)[\u4e00-\u9fff]){1,3}"
_PERSON_THEN_POST = re.compile(
    rf"^\s*(?:\d+[．.、]|[（(][一二三四五六七八九十\d]+[)）]|[{BULLETS}])?\s*"
    rf"(?P<person>{_LISTED_NAME}(?:、{_LISTED_NAME})*)"
    r"(?:\u3000+|\t| {2,}|\s*[：:]\s*|(?P<comma>[，,]))"
    r"(?P<post>[^\s，。；：:（(](?:[^，。；：:（(]|[（(][^（）()]{1,8}[）)](?=[^\s，。；：:（(]))*?)"
    r"\s*(?:[（(](?P<remark>[^（）()]+)[）)])?(?:[，,](?P<term>[^，。；：:（）()]+))?\s*[；;。]?\s*$")


def _person_then_post(context: ExtractionContext, words: AppointmentWords, printed: str,
                      action: str) -> str | None:
    """A line printing the person then, after layout space, a colon or a comma, a post opening
    with a known organisation (石  磊　重庆市大足区应急管理局副局长（试用期一年）) as the entry
    its heading's action reads, else None."""
    match = _listed_person(context, words, printed)
    return _listed_entry(match, action) if match else None


_BECAUSE = "因"  # …副主任，因工作调动: why a person leaves a post, after a comma


def _listed_person(context: ExtractionContext, words: AppointmentWords, printed: str
                   ) -> re.Match[str] | None:
    """The parts of a line printing a person and a post opening with a known organisation; a
    post after a comma must end with a curated title (张三，…局副局长), so that a sentence's
    first words are no name."""
    match = _PERSON_THEN_POST.match(printed)
    post = squeeze(match["post"]).removesuffix("职务") if match else ""  # …主任职务 under 免去
    if match is None or not _names_organisation(context, words, post):
        return None
    if match["comma"] and not post.endswith(words.positions):
        return None
    if match["term"] and not match["term"].startswith((*words.notes, *words.remarks, _BECAUSE)):
        return None  # …局长，负责…: prose after a comma, not a term of the post
    return match


def _decided_in_brackets(context: ExtractionContext, words: AppointmentWords, printed: str
                         ) -> tuple[str, str] | None:
    """(action, entry) of a listed person and post whose bracketed remark opens with the
    decision, a heading label (王　五　重庆市大足区X中心主任（聘任，试用期一年） / …副院长（解聘，
    另有任用））: the notice prints no heading over such entries, each names its own."""
    match = _listed_person(context, words, printed)
    if match is None or not match["remark"]:
        return None
    decision, *rest = re.split(r"[，,]", match["remark"], maxsplit=1)
    action = dict(words.headings).get(decision.strip())
    if action is None:
        return None
    remark = "，".join(part for part in (*rest, match["term"]) if part)
    return action, _entry_as_read(match["person"], match["post"], remark, action)


def _listed_entry(match: re.Match[str], action: str) -> str:
    """A listed person and post as the entry its heading's action reads."""
    found = match.groupdict()
    remark = "，".join(part for part in (found["remark"], found.get("term")) if part)
    return _entry_as_read(match["person"], match["post"], remark, action)


def _entry_as_read(person: str, post: str, remark: str, action: str) -> str:
    """A person, a post and a remark printed apart as the entry an action reads: 陈晨为…副局长
    （…）； or 陈晨的…副局长职务（…）；."""
    person = re.sub(r"[ \u3000]", "", person).removesuffix("同志")
    post = squeeze(post).removesuffix("职务")  # 李四　…副局长职务 under 免去
    noted = f"（{remark}）" if remark else ""
    return f"{person}为{post}{noted}；" if action == "任命" else f"{person}的{post}职务{noted}；"


def _people_last(words: AppointmentWords, entry: str) -> str:
    """张三同志：任… → 张三任…; after a heading label, the label first: 李四同志：免去…职务 →
    免去李四的…职务, 赵六同志：聘任为… → 聘任赵六为…, 钱七同志：解聘其…职务 → 解聘钱七的…职务
    (the forms read below)."""
    if not (match := _PEOPLE_FIRST.match(entry)):
        return entry
    people, rest = match["people"], match["rest"]
    label = next((label for label, _ in words.headings if rest.startswith(label)), None)
    if label is not None:  # 罗琴：免去其区统计局副局长职务
        decided = rest[len(label):]
        if decided.startswith("为"):
            return f"{label}{people}{decided}"
        return f"{label}{people}的{decided.removeprefix(_PRONOUN)}"
    return f"{people}{rest}" if rest.startswith(_TAKES_UP_FIRST) else entry


def _post_first(entry: str) -> str:
    """…水利局副局长由冉光明同志担任（试用期为1年），免去其…职务 → 冉光明同志任…水利局副局长
    （试用期为1年），免去其…职务: the post printed before the person who takes it."""
    match = _POST_BY_PERSON.match(entry)
    return f"{match['person']}同志任{match['post']}{match['rest']}" if match else entry


def _named_before_removal(entry: str) -> str:
    """赖春华免去…职务 → 免去赖春华的…职务 (read after `_under`, which names the organisation of
    a post printed by title alone)."""
    match = _NAME_BEFORE_REMOVAL.match(entry)
    return f"免去{match['people']}的{match['rest']}" if match else entry


def _named_back(entry: str, last_person: str | None) -> str:
    """An entry opening with 其 (免去其… / 其原任的…职务自然免除) or with 不再担任 (after
    张三任…局长，) names the person just named."""
    if entry.startswith(_NO_LONGER_VERB) and last_person:
        return f"{last_person}{entry}"
    if not entry.startswith(_PRONOUN) or not last_person:
        return entry
    # 其原任的…职务自然免除 / 聘任其为…院长 / 免去其…职务
    joint = "同志" if entry.startswith("其原任") else "" if entry.startswith(("其为", "其任")) \
        else "的"
    return f"{last_person}{joint}{entry[len(_PRONOUN):]}"


# 以上人员聘期三年, 受聘人员由聘用单位与其签订聘用合同, 聘任人员的岗位职责…: a line about the
# entries above, no entry
_SUMMING_UP = ("以上", "上述", "受聘人员", "新任人员", "聘任人员的", "任职人员的")


def _remarks(words: AppointmentWords, line: str, at_start: bool = False) -> dict[str, str]:
    """Person → remark of each sentence naming why a person leaves a post (张三同志已到龄退休，
    李四同志另有任用。); with `at_start`, only when the line opens with one."""
    remarks = "|".join(map(re.escape, words.remarks)) or "(?!)"
    found = re.finditer(rf"(?:^|(?<=[。，,；;]))(?P<person>{_NAME})同志(?P<remark>{remarks})"
                        r"(?=[。，,；;]|$)", line)
    return {match["person"]: match["remark"] for match in found
            if not at_start or match.start() == 0}


def _note_remarks(context: ExtractionContext, document: Document, remarks: dict[str, str]
                  ) -> None:
    """Add a remark printed after the entries to the person's removal rows that have none."""
    for row in context.tables["appointments"]:
        if (row["document_id"] == document.document_id and row["action"] == "免去"
                and row["person"] in remarks):
            row["note"] = row["note"] or remarks[row["person"]]


def _note_people(context: ExtractionContext, document: Document, noted: re.Match[str]) -> None:
    """Add a note printed after the entries to the rows of the people it names."""
    named = noted["listed"] or noted["named"]
    people = {squeeze(person).replace(" ", "") for person in named.split("、")}
    for row in context.tables["appointments"]:
        if row["document_id"] == document.document_id and row["person"] in people \
                and row["action"] == "任命":  # a probation is served in a post taken up
            row["note"] = row["note"] or noted["note"]


# 张三、李四同志分别任A局副局长、B局副局长: each person the post in the same place of the list
_RESPECTIVELY = re.compile(rf"^(?P<people>{_NAME}(?:、{_NAME})+)(?:同志)?分别(?P<verb>担任|任|为)"
                           r"(?P<posts>.+?)(?P<end>[；;。]?)$")
# 张三同志因到龄退休， (its decision after the comma): a person and a reason, no entry alone
_REASON_ONLY = re.compile(rf"^{_NAME}(?:同志)?因[^，,。；;]+[，,]$")
_REASON_ALONE = re.compile(r"^因(?P<reason>[^，,。；;]+)[，,]$")  # 因到龄退休，免去张三同志的…
# 张三同志原任的…职务、李四同志原任的…职务自然免除: one lapse per person
_JOINED_LAPSES = re.compile(rf"职务、(?={_NAME}同志原任的)")
_LAPSE_TAIL = re.compile(r"职务(?P<tail>[^、，,；;。职]{2,8})[；;。]?$")


def _entries_of(words: AppointmentWords, line: str) -> list[str]:
    """One printed line as entries each naming one person where the line joins several:
    分别任 lists, lapses joined by 、, and a removal whose reason comes first (张三因工作调动，
    解聘其…职务 → 解聘张三的…职务（工作调动）, its verb kept as the heading it is)."""
    squeezed = squeeze(line).replace(" ", "")
    if reason := words.reason_first.match(squeezed):
        return [f"{reason['verb']}{reason['person']}的{reason['posts']}职务（{reason['reason']}）"
                f"{reason['end'] or '；'}"]
    tail = _LAPSE_TAIL.search(squeezed)
    if tail and _JOINED_LAPSES.search(squeezed):
        parts = _JOINED_LAPSES.split(squeezed[: tail.start()])
        return [f"{part}职务{tail['tail']}；" for part in parts]
    respectively = _RESPECTIVELY.match(squeezed)
    if respectively:
        people = respectively["people"].split("、")
        posts = _POST_SEPARATOR.split(respectively["posts"])
        if len(people) == len(posts):
            verb = "为" if respectively["verb"] == "为" else "同志任"
            return [f"{person}{verb}{post}；" for person, post in zip(people, posts, strict=True)]
    return [line]


def _clauses(words: AppointmentWords, raw: str) -> list[str]:
    """A printed line as the entries on it: split after each ； and after a leading 决定：."""
    clauses: list[str] = []
    pieces = _with_reasons(clause for clause in _CLAUSE_END.split(raw.strip()) if clause.strip())
    for clause in (entry for piece in pieces for entry in _entries_of(words, piece)):
        clause = clause.removeprefix(_AT_ONCE)  # …局长，同时免去其…职务: 同时 adds nothing
        if clauses and clauses[-1].endswith(("职务，", "职务,")) and _TAKES_UP_NEXT.match(clause):
            clause = f"{_PRONOUN}{clause}"
        if (clauses and clause.startswith(_NO_LONGER_VERB) and clauses[-1].endswith(("，", ","))
                and not _TAKES_UP.match(squeeze(clauses[-1]))):
            clauses[-1] += clause  # 张三因到龄退休，不再担任…: one entry, its reason first
        else:
            clauses.append(clause)
    # a clause cut at a comma before the next verb is a whole entry (…局长，免去其…)
    return [f"{clause[:-1]}；" if clause.endswith(("，", ",")) else clause for clause in clauses]


def _with_reasons(pieces: Iterable[str]) -> list[str]:
    """Pieces of a line with a person and a reason alone (张三同志因到龄退休，) joined to the
    decision cut off after them (免去其…职务): one entry, not two; a reason printed alone before
    the decision naming its person (因到龄退休，免去张三同志的…职务) is that entry's remark."""
    joined: list[str] = []
    for piece in pieces:
        last = squeeze(joined[-1]).replace(" ", "") if joined else ""
        if _REASON_ONLY.match(last):
            joined[-1] += piece
        elif reason := _REASON_ALONE.match(last):  # the reason, no person: the entry's remark
            decision = piece.rstrip("；;。")
            joined[-1] = f"{decision}（{reason['reason']}）{piece[len(decision):]}"
        else:
            joined.append(piece)
    return joined


def _ends_entries(document: Document, words: AppointmentWords, text: str) -> bool:
    """The signature or a closing phrase (特此通知) ends the entries."""
    return text == document.issuer or text.startswith(words.closings)


def _starts_another(words: AppointmentWords, text: str) -> bool:
    """A line that is no continuation of the entry above: a heading, an entry with its own
    verb (唐明轩　任…主任 under 何志刚　不再担任…职务, printed without ；), or notes on the
    entries (试用期自…起计算)."""
    squeezed = strip_enumerator(text).replace(" ", "")
    return bool(words.heading(text)
                or any(form.match(squeezed) for form, _ in _OWN_VERB)
                or _notes_on_entries(words, squeezed))


def _notes_on_entries(words: AppointmentWords, squeezed: str) -> bool:
    """A line of notes on the entries above it (以上聘任人员聘期均为五年。/ 试用期从…起计算 /
    被聘任人员的聘期…, opening with the people a curated heading's decision names), not an
    entry."""
    return bool(squeezed.startswith((*_SUMMING_UP, *words.notes))
                or words.about_people.match(squeezed)
                or _remarks(words, squeezed, at_start=True))


def _unfinished(entry: str) -> bool:
    """An entry not ending with ； or 。 continues on the next line."""
    return not entry.endswith(("；", ";", "。"))


def _read_entry(context: ExtractionContext, words: AppointmentWords, action: str | None,
                entry: str, line: int) -> tuple[str, re.Match[str]] | None:
    """The decision an entry records and its parts; a lapse is recognised under any heading."""
    if match := words.lapse.match(entry):
        return words.lapse_action, match
    if action is not None:
        for form in _ENTRY_FORMS:
            if match := form.match(entry):
                return action, match
        for held in _HELD_BY_LENGTH:  # 免去张三区教委副主任职务: no 的 between person and post
            if (match := held.match(entry)) and _names_organisation(context, words,
                                                                     match["posts"]):
                return action, match
    context.flag(line, f"cannot read {action or 'an'} entry {entry[:30]!r}",
                 expected="XX为…； / XX的…职务； / 因…，XX同志原任的…职务自然免除。",
                 curated_file=f"sources/vocab/{VOCAB_FILE}",
                 suggested_row="<heading label>,heading,<action>,")
    return None


def _names_organisation(context: ExtractionContext, words: AppointmentWords, post: str) -> bool:
    """The post opens with the name of a known organisation (where a bare name ends), or with
    the district's style and ends with a curated title (区统计局副局长, 区统计局 not curated)."""
    if any(context.departments.resolve(post[:end]) for end in range(len(post), 1, -1)):
        return True
    return post.startswith(_styles(context)) and post.endswith(words.positions)


def _styles(context: ExtractionContext) -> tuple[str, ...]:
    """The district's styles an organisation's name may open with (重庆市大足区, 区)."""
    return tuple(style for style, _ in context.departments.vocabulary.prefixes)


def _decision(context: ExtractionContext, match: re.Match[str], line: int) -> Decision:
    date = parse_date(match["date"] or "") or parse_date(match["body"])  # …会议（2021年9月13日）
    name = find_meeting_name(match["body"], date)
    if name is None or date is None:
        return Decision()
    ensure_meeting(context, name, date, line=line)
    return Decision(name.meeting_id, date)


def _add_entry(context: ExtractionContext, words: AppointmentWords, document: Document,
               decision: Decision, action: str, match: re.Match[str], line: int, seq: int) -> int:
    """Add one row per person and post of an entry; returns the last sequence number used.

    `note` is the remark after a post (正处级, 试用期一年) or a lapse's reason (因机构改革).
    """
    parts = match.groupdict()
    reason = parts.get("reason") or parts.get("remark")
    posts = [(printed, concurrent > 0)
             for concurrent, held in enumerate(_CONCURRENT.split(parts["posts"]))
             for printed in _POST_SEPARATOR.split(held)]
    for person in (parts["people"] or parts["named"]).split("、"):
        for printed_post, concurrent in posts:
            post, post_note = _split_note(words, printed_post)
            post_note = post_note or ("兼任" if concurrent else None)
            split = _organisation_and_position(context, words, post, line)
            if split is None:
                continue
            department, position = split
            seq += 1
            context.add("appointments", {
                "appointment_id": f"{document.document_id}-a{seq:02d}",
                "document_id": document.document_id, "doc_number": document.doc_number,
                "sign_date": document.sign_date, "person": person, "action": action,
                "post": post, "department_id": department.department_id, "position": position,
                "note": post_note or reason, "meeting_id": decision.meeting_id,
                "meeting_date": decision.meeting_date}, line=line)
    return seq


_OPEN_COMMA = re.compile(r"，(?![^（]*）)")  # a comma outside brackets
# …中心（新设立）主任: a short remark on the organisation between it and the title
_INNER_NOTE = re.compile(
    r"^(?P<organisation>[^（）]+)（(?P<note>[^（）]{1,8})）(?P<title>[^（）]+)$")


def _split_note(words: AppointmentWords, printed_post: str) -> tuple[str, str | None]:
    """…副局长（正处级） → (…副局长, 正处级); …副主任，试用期一年 → (…副主任, 试用期一年);
    a tail opening with a curated note is one too (…主任，聘期三年 with 聘期 curated), brackets
    and all (…副院长，聘期三年（含试用期一年） → (…副院长, 聘期三年（含试用期一年）)); so is a
    remark before a curated title (…中心（新设立）主任 → (…中心主任, 新设立))."""
    post, notes = printed_post, []
    for comma in _OPEN_COMMA.finditer(printed_post):  # …副院长，聘期五年，试用期一年: both notes
        if printed_post[comma.end():].startswith(words.notes):
            post, notes = printed_post[:comma.start()], [printed_post[comma.end():]]
            break
    if match := BRACKET_NOTE.match(post):
        post, notes = match["post"], [match["note"], *notes]
    if (inner := _INNER_NOTE.match(post)) and inner["title"].endswith(words.positions):
        post, notes = inner["organisation"] + inner["title"], [inner["note"], *notes]
    return post, "，".join(notes) or None


def _organisation_and_position(context: ExtractionContext, words: AppointmentWords, post: str,
                               line: int) -> tuple[Department, str] | None:
    """The organisation a post starts with and the title after it.

    The longest leading name of a known organisation wins; otherwise the post ends with a
    curated title (副局长, 镇长 …) and the text before it is an organisation not yet curated,
    which gets a provisional id.
    """
    for end in range(len(post), 0, -1):
        department = context.departments.resolve(post[:end])
        if department is not None and post[end:]:
            context.flag_if_provisional(department, line=line, column="post")
            return department, post[end:]
    position = next((title for title in words.positions
                     if post.endswith(title) and len(post) > len(title)), None)
    if position is not None:
        department = context.organisation(post[: -len(position)], line=line, column="post")
        if department is not None:
            return department, position
        return None
    context.flag(line, f"no organisation and title found in post {post!r}",
                 expected="an organisation in sources/departments.csv followed by a title",
                 curated_file=f"sources/vocab/{VOCAB_FILE}",
                 suggested_row="<title ending the post>,position,,")
    return None
