"""Leading groups (领导小组): the group, its office and its member list.

A group is set up by a notice of its own ("关于成立…领导小组的通知") or by any document that
attaches its member list (a plan's "附件1 …领导小组成员名单"), so this parser reads every
document and acts where a member list starts. The list starts at the first role label (组长,
副组长, 成员, 顾问 and their printed variants, curated in sources/vocab/leading_group_labels.csv);
labels are printed with spaces ("组 长：", "成 员："), in an attachment also as extraction markup
("- 组 长：**苏一元 …"), or in brackets ("〔组长〕苏一元 …"). A label applies to the lines below
it until the next label. A member line is a name and a title ("宋 伟 区政府副区长、
区公安局局长": two-character names carry one or two PDF spaces; "宋伟（区政府副区长）"; or the
title first: "区政府副区长 宋伟") or a list of organisations whose 分管负责人 are members (one
row each, no name). A roster may be prose instead ("…同志任组长", "A、B为成员" with a
curated verb, or the role first: "组长由…同志担任；副组长由…同志、…同志担任。成员为：" over the
members listed below it, or one role per paragraph and the members after a colon: "成员由以下N位
同志组成：区X局副局长张三，…").
The office paragraph
("领导小组下设办公室在区X局，由X兼任主任" / "领导小组办公室设在区X局，X同志兼任办公室主任")
gives the office and its director.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents import Document
from ..tables import ExtractionContext, Row
from ..text import BULLETS, squeeze, squeeze_recorded
from ..vocab import read_vocab
from . import ANY_KIND, parser

VOCAB_FILE = "leading_group_labels.csv"
VOCAB_FIELDS = ("label", "role", "value", "note")
LEADER = "组长"
NOTICE_KIND = "leading_group"
UNRECOGNISED = "other"  # the kind of a document no recogniser claims
_COMRADE = "同志"  # printed after a member's name (张三同志（区政府副区长）)
_MARKUP = re.compile(r"^-\s+|\*\*")  # a list bullet and bold markers left by the extraction
_NAME = r"[\u4e00-\u9fff](?:\s{0,2}[\u4e00-\u9fff]){1,3}"
# the brackets a role label may be printed in: 〔组长〕 【成员】 [副组长] 〈组长〉 「成员」
_LABEL_OPEN, _LABEL_CLOSE = r"[【〔〖［\[〈「『]", r"[】〕〗］\]〉」』]"
# the count printed with a role label: 成员（14名）, 〔成员〕（共12名）
_COUNT = r"[（(]共?\d+[名人][)）]"
_TITLED_PERSON = re.compile(
    r"^.*?(?:长|主任|书记|主席|委员|经理)(?P<person>[\u4e00-\u9fff]{2,3})[。；]?$")
# 宋伟（区政府副区长） / 宋伟同志（区政府副区长）: the name without 同志
_BRACKETED_TITLE = re.compile(
    rf"^(?P<name>{_NAME}?)(?:{_COMRADE})?[（(](?P<title>[^）)]+)[）)][。；]?$")
_PERSON = (re.compile(rf"^(?P<name>{_NAME})\s+(?P<title>\S.*)$"),
           _BRACKETED_TITLE,
           # the title first: 区政府副区长 张三 (a title is longer than a name)
           re.compile(r"^(?P<title>\S{5,}?)\s+"
                      r"(?P<name>[\u4e00-\u9fff](?:\s{0,2}[\u4e00-\u9fff]){1,2})[。；]?$"))


@dataclass
class Member:
    role: str
    name: str | None
    title: str
    department_id: str | None
    line: int


@dataclass(frozen=True)
class GroupWords:
    """The curated labels of leading-group notices, as patterns."""

    roles: dict[str, str]  # label (spaces removed) → role
    role_label: re.Pattern[str]
    department_list: re.Pattern[str]
    roster_title: re.Pattern[str]
    founded: re.Pattern[str]
    title_name: re.Pattern[str]
    duty: re.Pattern[str]
    # …区政府副区长向东同志任组长 / A、B同志任副组长 / A、B为成员 (a curated `role_verb`)
    prose_role: re.Pattern[str]
    prose_role_first: re.Pattern[str]  # 组长由区政府副区长向东同志担任 / 副组长由A同志、B同志担任
    # …。成员为： (the members listed on the lines below) / 成员由以下5位同志组成：A，B…。 (after
    # the colon)
    prose_list: re.Pattern[str]
    prose_members: re.Pattern[str]  # 成员由区X局、区Y局分管负责同志组成
    role_after_name: re.Pattern[str]  # 张三（组长）　区政府副区长: the role in brackets
    role_last: re.Pattern[str]  # 张三　区政府副区长　　　担任副组长: the role after the person
    offices: tuple[re.Pattern[str], ...]  # 办公室设在X / 日常工作由X承担
    directors: tuple[re.Pattern[str], ...]
    director_notes: dict[str, str]

    @classmethod
    def load(cls, context: ExtractionContext) -> GroupWords:
        rows = read_vocab(context.source_text.source.path.parent, VOCAB_FILE, VOCAB_FIELDS)

        def alternation(role: str, spaced: bool = False) -> str:
            labels = sorted((row["label"] for row in rows if row["role"] == role),
                            key=len, reverse=True)
            escaped = [r"\s*".join(map(re.escape, label)) if spaced else re.escape(label)
                       for label in labels]
            return "|".join(escaped) or "(?!)"

        nouns, acts = alternation("group_noun"), alternation("director")
        return cls(
            roles={row["label"]: row["value"] for row in rows if row["role"] == "member_role"},
            role_label=re.compile(
                # a colon, or layout whitespace standing for it (组　长　张三), or the label
                # alone on its line over the members listed below it
                # (成员（14名）：, its count in brackets; 组长——张三, a dash for the colon);
                # or the label in brackets, which close it ([副组长]张三, 【成员】：…), or after
                # a list mark (◆组长：张三)
                rf"^(?:[{BULLETS}]\s*)?(?:(?P<open>{_LABEL_OPEN})\s*)?"
                rf"(?P<role>{alternation('member_role', spaced=True)})(?:{_COUNT})?"
                rf"(?(open)\s*{_LABEL_CLOSE}\s*(?:{_COUNT})?\s*(?:[：:]|——|－－)?"
                r"|(?:\s*(?:[：:]|——|－－)|(?=\s+\S)|\s*$))"
                r"\s*(?P<rest>.*)$"),
            department_list=re.compile(
                rf"^(?P<departments>.+?)(?P<title>{alternation('member_title')})[。；]?$"),
            roster_title=re.compile(rf"^(?P<name>.+(?:{nouns}))成员名单$"),
            founded=re.compile(rf"成立(?P<name>[^，。（“”]+?(?:{nouns}))"),
            title_name=re.compile(rf"关于(?:成立|调整|设立)?(?P<name>.+?(?:{nouns}))"),
            duty=re.compile(rf"(?:{nouns})(?:（以下简称[^）]+）)?，?(?:主要)?(?P<duty>负责[^。]+。)"),
            prose_role=re.compile(
                rf"(?:由|，|；|^)(?P<people>[^，。；由]+?)(?:同志)?(?:{alternation('role_verb')})"
                rf"(?P<role>{alternation('member_role')})(?=[，。；、]|$)"),
            prose_role_first=re.compile(
                rf"(?P<role>{alternation('member_role')})由(?P<people>[^，。；由]+?"
                rf"(?:、[^，。；由]+?)*)(?:同志)?(?:{acts})(?=[，。；]|$)"),
            prose_list=re.compile(rf"(?P<role>{alternation('member_role')})(?:由|为|包括)?"
                                  r"[^，,。；;：:]{0,16}?[：:](?P<listed>[^：:]*?)。?$"),
            prose_members=re.compile(
                rf"(?P<role>{alternation('member_role')})(?:由|为|包括)(?P<listed>[^。]+?"
                rf"(?:{alternation('member_title')}))(?:组成)?[。；]?$"),
            role_after_name=re.compile(
                rf"^(?P<name>[\u4e00-\u9fff](?:[ \u3000]{{0,2}}[\u4e00-\u9fff]){{1,3}})\s*"
                rf"[（(](?P<role>{alternation('member_role')})[)）]\s*(?P<title>\S.*)$"),
            role_last=re.compile(rf"^(?P<member>\S.*?)\s+(?:担任|任)?"
                                 rf"(?P<role>{alternation('member_role')})[。；]?$"),
            offices=(
                re.compile(rf"(?:{nouns})?(?:{alternation('office')})(?P<location>[^，。；（）()]+)"),
                *(re.compile(rf"{re.escape(before)}(?P<location>[^，。；（）()]+?)"
                             rf"{re.escape(after)}")
                  for before, _, after in (row["label"].partition("…") for row in rows
                                           if row["role"] == "office_around"))),
            directors=(  # 由该委主任石磊同志担任办公室主任: the clause with its verb first
                re.compile(rf"由(?P<name>[^，。；副]{{2,20}}?)(?:同志)?(?P<note>{acts})"
                           r"(?:办公室)?主任"),
                re.compile(rf"由(?P<name>[^，。；副]{{2,20}}?)(?:同志)?(?P<note>{acts})?"
                           r"(?:办公室)?主任"),
                re.compile(rf"[，。；](?P<name>[^，。；副]{{2,20}}?)(?:同志)?(?P<note>{acts})"
                           r"(?:办公室)?主任"),
                re.compile(rf"主任由(?P<name>[^，。；]+?)(?:同志)?(?P<note>{acts})"),
            ),
            director_notes={row["label"]: row["value"] for row in rows
                            if row["role"] == "director"},
        )

    def role(self, text: str) -> tuple[str, str] | None:
        """(role, rest of the line) of a labelled line, or None; a line naming its role last
        (罗宏伟　区长　　担任组长) reads as labelled with it."""
        match = self.role_label.match(text)
        if match is None and (after := self.role_after_name.match(text)):
            # 彭  程（组长）　区委常委、区政府常务副区长: the role in brackets after the name
            return self.roles[after["role"]], f"{after['name']}　{after['title']}"
        if match is None:
            last = self.role_last.match(text)
            return (self.roles[last["role"]], last["member"]) if last else None
        return self.roles[re.sub(r"\s", "", match["role"])], match["rest"]


@parser(ANY_KIND)
def parse_leading_group(document: Document, context: ExtractionContext) -> None:
    """A leading_group notice must hold a member list; a document of another recognised kind
    may attach one, under a heading or sentence naming the group (role labels in a document
    that names no group, such as an emergency plan's working groups, make no leading group;
    documents of no recognised kind are kept as full text only)."""
    if document.kind == UNRECOGNISED:
        return
    words = GroupWords.load(context)
    lines = [(line_no, text.strip()) for line_no, text
             in context.source_text.numbered(document.start_line, document.end_line)]
    starts = _list_starts(words, lines)
    if not starts and (prose := _prose_roster(words, lines)):
        lines, starts = prose  # the roster as labelled lines (组长：…)
    if not starts:
        if document.kind == NOTICE_KIND:
            context.flag(document.start_line, "no member list (组 长：…) found",
                         expected="a line starting with a role label",
                         curated_file=f"sources/vocab/{VOCAB_FILE}",
                         suggested_row="<label>,member_role,<组长/副组长/成员/顾问>,")
        return
    named = _group_name(context, words, document, lines[:starts[0]])
    if named is None:
        if document.kind != NOTICE_KIND:
            return
        context.flag(document.start_line, "cannot find the leading group's name",
                     expected="'成立…领导小组' or a '…成员名单' heading",
                     curated_file=f"sources/vocab/{VOCAB_FILE}",
                     suggested_row="<noun ending the group's name>,group_noun,,")
        named = document.title, document.start_line
    name, name_line = named
    for extra in starts[1:]:
        context.flag(lines[extra][0], "a second leading-group member list in one document",
                     expected="one group per document", curated_file="sources/reviewed.csv",
                     suggested_row=f"{context.path},{lines[extra][0]},<what>,kept as printed")
    end = starts[1] if len(starts) > 1 else len(lines)
    members = _read_members(context, words, lines[starts[0]:end])
    group_id = f"{document.document_id}-g1"
    context.add("leading_groups", {
        "group_id": group_id, "name": name, "document_id": document.document_id,
        "doc_number": document.doc_number, "duty": _duty(words, lines),
        **_office(context, words, lines)}, line=name_line)
    for seq, member in enumerate(members, start=1):
        context.add("leading_group_members", {
            "member_id": f"{group_id}-m{seq:02d}", "group_id": group_id, "role": member.role,
            "seq": seq, "name": member.name, "title": member.title,
            "department_id": member.department_id}, line=member.line)


def _prose_roster(words: GroupWords, lines: list[tuple[int, str]]
                  ) -> tuple[list[tuple[int, str]], list[int]] | None:
    """A roster printed as sentences, as the labelled lines of a member list in place of its
    sentences, and where it starts: 领导小组由区政府副区长向东同志任组长，A、B同志任副组长。→
    组长：向东（区政府副区长） …; 组长由区政府副区长向东同志担任。(the role first) likewise;
    a sentence ending 成员为： → 成员：, over the members listed below it. The roster runs on
    over the paragraphs after its first that are roster sentences too: one role each
    (副组长由…同志担任。), the member organisations (成员由区X局、区Y局分管负责同志组成。 →
    成员：…分管负责同志) or the members listed after a colon (成员由以下3位同志组成：区X局副局长
    张三，… → 成员：区X局副局长张三，…)."""
    for index, (line_no, text) in enumerate(lines):
        roster = _roles_in_prose(words, line_no, squeeze(text))
        if not roster:
            continue
        used = index + 1
        for later in range(index + 1, len(lines)):
            later_no, printed = lines[later]
            if not printed:
                continue
            more = (_roles_in_prose(words, later_no, squeeze(printed))
                    or _members_in_prose(words, later_no, squeeze(printed)))
            if not more:
                break
            roster += more
            used = later + 1
        return [*lines[:index], *roster, *lines[used:]], [index]
    return None


def _roles_in_prose(words: GroupWords, line_no: int, plain: str) -> list[tuple[int, str]]:
    """The labelled lines of the people a sentence gives their roles (…同志任组长 / 副组长由…
    同志担任), then of a members label closing it (…。成员为：)."""
    roles = sorted([*words.prose_role.finditer(plain), *words.prose_role_first.finditer(plain)],
                   key=lambda match: match.start())
    roster = []
    for match in roles:
        for person in (named.removesuffix(_COMRADE) for named in match["people"].split("、")):
            titled = _TITLED_PERSON.match(person)
            member = (f"{titled['person']}（{person[: titled.start('person')]}）"
                      if titled else person)
            roster.append((line_no, f"{match['role']}：{member}"))
    if roster and (listed := words.prose_list.search(plain)):
        roster.append((line_no, f"{listed['role']}：{listed['listed']}"))
    return roster


def _members_in_prose(words: GroupWords, line_no: int, plain: str) -> list[tuple[int, str]]:
    """The labelled line of a sentence naming the member organisations (成员由区X局、区Y局分管
    负责同志组成。) or opening with a members label and a colon (成员由以下3位同志组成：…)."""
    listed = words.prose_members.search(plain) or words.prose_list.match(plain)
    return [(line_no, f"{listed['role']}：{listed['listed']}")] if listed else []


def _list_starts(words: GroupWords, lines: list[tuple[int, str]]) -> list[int]:
    """Where member lists start: at each 组长 label, or at the labelled lines just above it
    (顾问 printed first); without a 组长 label, at the first labelled line."""
    labelled = [index for index, (_, text) in enumerate(lines)
                if words.role(_without_markup(text))]
    leaders = [index for index in labelled if words.role(_without_markup(lines[index][1]))[0]
               == LEADER]
    starts = []
    for leader in leaders:
        start = leader
        while (above := next((index for index in range(start - 1, -1, -1) if lines[index][1]),
                             None)) is not None and above in labelled and above not in starts:
            start = above
        starts.append(start)
    return starts or labelled[:1]


def _without_markup(text: str) -> str:
    return _MARKUP.sub("", text).strip()


def _read_members(context: ExtractionContext, words: GroupWords,
                  lines: list[tuple[int, str]]) -> list[Member]:
    """Members from the first label on, until the first line that is no member line."""
    members: list[Member] = []
    role = ""
    for line_no, printed in _unwrapped(words, lines):
        if not printed:
            continue
        unmarked = _without_markup(printed)
        text = unmarked
        if labelled := words.role(unmarked):
            role, text = labelled
        member_line = _member_line(context, words, role, text, line_no, bool(labelled))
        if member_line is None:
            break
        context.source_text.record(line_no, printed, unmarked, "strip-markup",
                                   "list bullet and bold markers added by the PDF extraction")
        members += member_line
    return members


def _unwrapped(words: GroupWords, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with a list of members wrapped over several lines joined into one, on the
    first one's number: a line listing entries apart by ；, ended mid-entry, runs on into the
    next line unless that one opens with a role label (…；区交通局副 / 局长唐志刚；…)."""
    joined: list[tuple[int, str]] = []
    for line_no, printed in lines:
        text = printed.strip()
        if joined and text and not words.role(_without_markup(text)):
            previous_no, previous = joined[-1]
            if re.search(r"[；;]", previous) and not re.search(r"[；;。，,、：:]$", previous):
                joined[-1] = (previous_no, previous + text)
                continue
        joined.append((line_no, printed))
    return joined


def _member_line(context: ExtractionContext, words: GroupWords, role: str, text: str,
                 line_no: int, labelled: bool = False) -> list[Member] | None:
    """The members one line names, or None when the line is no member line: one person, a
    list of organisations, or several people each printed title first (区财政局副局长蒋蓉，
    区水利局副局长庞杰)."""
    # entries apart by punctuation or by the layout's ideographic spaces (王建军（…）　　何勇（…）);
    # a two-character name padded by one (张　鹏（…）) is one name
    text = _PADDED_NAME.sub(r"\1\2", text.strip())
    pieces = [squeeze(piece) for piece in re.split(r"[，,、；;]|\u3000+", text)
              if piece.strip("。 ")]
    people = [_TITLED_PERSON.match(piece) for piece in pieces if len(piece) <= 24]
    if (labelled or len(pieces) > 1) and len(people) == len(pieces) and all(people) \
            and not any(pattern.match(text) for pattern in _PERSON):
        return [_titled_member(context, role, match, line_no) for match in people]
    if len(pieces) > 1 and all(_BRACKETED_TITLE.match(piece) for piece in pieces):
        # several people each with the title in brackets: 张三（区水利局局长）、李四（…）
        return [member for piece in pieces
                for member in _member_line(context, words, role, piece, line_no) or []]
    entries = [entry for entry in re.split(r"[；;]", text) if entry.strip("。 ")]
    if len(entries) > 1:  # 张三　区政府办公室副主任；李四　区教委主任: one person each
        each = [_member_line(context, words, role, entry, line_no, labelled) for entry in entries]
        if all(found and len(found) == 1 for found in each):
            return [found[0] for found in each if found]
    for pattern in _PERSON:
        if person := pattern.match(text):
            name = squeeze_recorded(context.source_text, line_no, person["name"])
            title = person["title"].strip()
            found = context.departments.find_all(title)
            return [Member(role, name, title, found[0][1].department_id if found else None,
                           line_no)]
    if listed := words.department_list.match(text):
        department_ids = context.link_departments(listed["departments"], line=line_no,
                                                  column="title")
        return [Member(role, None, listed["title"], department_id, line_no)
                for department_id in department_ids]
    return None


def _titled_member(context: ExtractionContext, role: str, match: re.Match[str],
                   line_no: int) -> Member:
    title = match.string[: match.start("person")]
    found = context.departments.find_all(title)
    return Member(role, match["person"], title, found[0][1].department_id if found else None,
                  line_no)


def _group_name(context: ExtractionContext, words: GroupWords, document: Document,
                before_roster: list[tuple[int, str]]) -> tuple[str, int] | None:
    """The group's name: the member list's own heading, else the sentence that sets it up,
    else (in a leading-group notice) the document's title."""
    heading = next(((line_no, text) for line_no, text in reversed(before_roster) if text), None)
    if heading and (match := words.roster_title.match(squeeze(heading[1]))):
        squeeze_recorded(context.source_text, heading[0], heading[1])
        return match["name"], heading[0]
    body_start = document.number_line or document.start_line
    for line_no, text in before_roster:
        if line_no > body_start and (match := words.founded.search(text)):
            return match["name"], line_no
    if document.kind == NOTICE_KIND and (match := words.title_name.search(squeeze(document.title))):
        return match["name"], document.start_line
    return None


def _duty(words: GroupWords, lines: list[tuple[int, str]]) -> str | None:
    """What the group does: the first '领导小组负责…。' clause."""
    for _, text in lines:
        if match := words.duty.search(text):
            return match["duty"]
    return None


def _person(director: str) -> str:
    """The person a director clause names: 张三 from 区应急局局长张三; a post alone stays."""
    match = _TITLED_PERSON.match(director)
    return match["person"] if match else director


def _organisation_opening(context: ExtractionContext, location: str):
    """The known organisation a location opens with (区住房城乡建委城市更新科 → 区住房城乡建委)."""
    return next((department for end in range(len(location), 1, -1)
                 if (department := context.departments.resolve(location[:end]))), None)


_ASIDE = re.compile(r"（[^（）]{1,20}）")
_PADDED_NAME = re.compile(r"(?:(?<=^)|(?<=[，,、；;：:\s]))([\u4e00-\u9fff])\u3000([\u4e00-\u9fff])"
                          rf"(?=(?:{_COMRADE})?[（(，,、；;]|$)")
_BACK_REFERENCE = re.compile(r"^该(?:局|委|办|中心|单位|部门)$")  # 办公地点设在该局


def _office(context: ExtractionContext, words: GroupWords, lines: list[tuple[int, str]]) -> Row:
    """Where the group's office sits and who directs it, from the office paragraph."""
    for line_no, printed in lines:
        # 领导小组办公室（区林长制办公室）设在…: an aside naming the office is read past.
        for text in dict.fromkeys((printed, _ASIDE.sub("", printed))):
            if match := next((found for office in words.offices
                              if (found := office.search(text))), None):
                break
        if match:
            sentences = printed.split("。")  # from its sentence, as printed
            office_text = "。".join(sentences[text.count("。", 0, match.start()):])
            location = match["location"]
            if _BACK_REFERENCE.match(location):  # 由区城市管理局局长…兼任，办公地点设在该局
                named = context.departments.find_all(office_text[: office_text.find(location)])
                location = named[-1][0] if named else location
            department = _organisation_opening(context, location) or context.organisation(
                location, line=line_no, column="office_location")
            director = next((found for pattern in words.directors
                             if (found := pattern.search(office_text))), None)
            note = words.director_notes.get(director["note"] or "") if director else None
            return {"office_location": location,
                    "office_department_id": department.department_id if department else None,
                    "office_director": _person(director["name"]) if director else None,
                    "office_director_note": note or None,
                    "office_text": office_text}
    return {"office_location": None, "office_department_id": None, "office_director": None,
            "office_director_note": None, "office_text": None}
