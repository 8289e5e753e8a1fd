"""Split an issue into its documents: 目录 entries, then each document's body lines.

A document starts at its title: an issuer's title ("重庆市大足区人民政府办公室关于…", possibly
wrapped over two lines) over its 文号 (大足府办发〔2021〕15号, 大足府函〔2021〕3号 — any prefix and
bracket form), or a meeting report ("区政府召开2021年第1次常务会议", "区第二届人民政府第N次常务
会议"). It ends where the next one starts or at the colophon. Issuers are curated in
sources/vocab/issuers.csv. Its kind is given by the structural recognisers (scripts.recognise):
this module names no kind.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import PipelineError
from .recognise import Outline, recognise
from .sources import SourceText
from .text import is_date_line, parse_date, squeeze, squeeze_recorded
from .vocab import read_vocab

# A 目录 entry: its title, leader dots (·····, ……) or a tab, its page.
# title·····3 / title……3 / title<TAB>3 / title　　　　3 (full-width or several spaces)
_TOC_ENTRY = re.compile(  # the page may stand in brackets: title　　（3）
    r"^(?P<title>.+?)\s*(?:[·.…．]{2,}|…|\t|\u3000{2,}| {2,})\s*[（(]?(?P<page>\d+)[）)]?\s*$")
_LEADERS = "·.…．"  # dot leaders, also on a wrapped entry's second line (……………2)
# the page printed before the title: 12　重庆市大足区人民政府关于…
_TOC_PAGE_FIRST = re.compile(r"^(?P<page>\d{1,3})[\s\u3000]+(?P<title>[^\d\s].*?)\s*$")
# lines read after the 目录 heading without finding an entry: no 目录 of a known layout
_TOC_SEARCH_LINES = 40
# A section printed without 【】 is a short heading with no 关于 (区政府文件).
_BARE_SECTION_LENGTH = 12
_TOC_SECTION = re.compile(r"^[【〖［\[〔](?P<section>.+)[】〗］\]〕]$")
# A 文号: any issuing prefix, the year in any bracket the gazette prints, the number, 号.
_DOC_NUMBER = re.compile(
    r"^\s*([\u4e00-\u9fff]{2,12}\s*[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*\d+\s*号?)\s*$")
# A meeting report's title: the government (in any form) holding its Nth meeting.
_MEETING_TITLE = re.compile(
    r"^[\u4e00-\u9fff]{0,12}政府[\u4e00-\u9fff]{0,6}?(?:\d{4}\s*年\s*)?第\s*[\d一二三四五六七八九十]+\s*次"
    r"[\u4e00-\u9fff]{0,6}会议$")
COLOPHON_FIELDS = ("label", "note")
_COLOPHON_LINE = 60  # characters: every line of a colophon is at most this long
# what the colophon may open with: a rule of dashes or bars, the gazette's name in 《》
_COLOPHON_OPENING = re.compile(r"^(?:[━─—\-=_]{3,}|《[^》]+》\s*(?:[（(][^）)]*[）)])?)$")
# A signer's line is short (an organisation's name); longer lines before a date are prose.
_SIGNER_LENGTH = 30
# Two titles are alike when the first _COMPARED characters after 关于 match this closely.
_COMPARED = 20
_ALIKE = 0.75
# A title may wrap: at most this many further lines stand between its first line and the 文号.
_TITLE_WRAP_LINES = 2
_CHINESE_DIGITS = "一二三四五六七八九十"


ISSUER_FIELDS = ("name", "role", "note")


def issuers(sources_dir: Path | None) -> tuple[str, ...]:
    """Issuer names as printed over a signature."""
    return tuple(row["name"] for row in read_vocab(sources_dir, "issuers.csv", ISSUER_FIELDS))


def meeting_issuer(sources_dir: Path | None) -> str | None:
    """Who holds the meetings whose reports the gazette prints: the first `government` issuer."""
    for row in read_vocab(sources_dir, "issuers.csv", ISSUER_FIELDS):
        if row["role"] == "government":
            return row["name"]
    return None


@dataclass
class TocEntry:
    section: str
    title: str
    page: int | None  # None: no 目录 was read, the entry stands for a body title
    line: int


@dataclass
class Document:
    document_id: str
    source_id: str
    seq: int
    kind: str
    section: str
    title: str
    toc_title: str
    toc_page: int | None
    doc_number: str | None
    issuer: str | None
    sign_date: dt.date | None
    start_line: int
    end_line: int
    number_line: int | None = None
    sign_line: int | None = None
    kind_reason: str = ""
    rival_kinds: tuple[str, ...] = ()  # other kinds that claimed it, "kind (reason)"
    dated_by: str = ""  # where sign_date came from when no signature line dates it
    unlisted: tuple[str, ...] = ()  # 目录 entries with no body title, whose text this holds


CONTENTS_HEADING = re.compile(r"(?:本期)?目\s*[录次]")  # 目录 / 目次 / 本期目录
UNSECTIONED = "目录"  # the section of documents listed under no section heading


def contents_heading(source_text: SourceText) -> int | None:
    """The line of the 目录 heading, where the table of contents starts."""
    for line_no, text in source_text.numbered():
        if CONTENTS_HEADING.fullmatch(text.strip()):
            return line_no
    return None


def read_toc(source_text: SourceText) -> list[TocEntry]:
    """The 目录's entries; an entry wrapped over two lines (no page on the first) is joined."""
    entries: list[TocEntry] = []
    section = None
    in_toc = False
    pending: tuple[int, str] | None = None  # first line of a wrapped entry
    searched = 0  # non-blank lines read after the heading before the first entry
    after_entry = False  # the line before was an entry (a page-first entry wraps below it)
    for line_no, text in source_text.numbered():
        stripped = text.strip()
        if CONTENTS_HEADING.fullmatch(stripped):
            in_toc = True
            continue
        if not in_toc or not stripped:
            after_entry = after_entry and bool(stripped)
            continue
        if is_running_head(stripped):
            continue  # a page's running head, with its page number: no entry
        searched += not entries
        if searched > _TOC_SEARCH_LINES:
            break  # no entry of a known layout near the heading: not a 目录 to read on
        was_after_entry, after_entry = after_entry, False
        if match := _TOC_SECTION.match(stripped):
            section = match["section"]
            pending = None
        elif (match := _TOC_PAGE_FIRST.match(stripped)) and not _TOC_ENTRY.match(stripped):
            # 12　重庆市…关于在…实施无人驾驶航空器 / 　　禁飞管理的通告: a page-first entry
            section = section or UNSECTIONED
            title = squeeze_recorded(source_text, line_no, match["title"])
            entries.append(TocEntry(section, title, int(match["page"]), line_no))
            after_entry = True
        elif was_after_entry and text[:1].isspace() and entries and \
                _TOC_PAGE_FIRST.match(source_text[entries[-1].line].strip()):
            joined = entries[-1].title + squeeze(stripped)
            source_text.record(line_no, stripped, joined, "join-lines",
                               f"目录 entry wrapped from line {entries[-1].line}")
            entries[-1].title = joined
            after_entry = True
        elif match := _TOC_ENTRY.match(stripped):
            section = section or UNSECTIONED  # a 目录 without section headings
            title, first_line = match["title"].rstrip(_LEADERS), line_no
            if pending is not None:
                first_line, title = pending[0], pending[1] + title
                source_text.record(line_no, stripped, pending[1] + stripped, "join-lines",
                                   f"目录 entry wrapped from line {pending[0]}")
                pending = None
            title = _bare_toc_title(squeeze_recorded(source_text, first_line, title))
            entries.append(TocEntry(section, title, int(match["page"]), first_line))
        elif (pending is None and len(stripped) <= _BARE_SECTION_LENGTH and "关于" not in stripped
              and (_next_is_toc_entry(source_text, line_no) or _is_mark(stripped[0]))):
            # 区政府文件 over an entry, or ◆区政府文件 over a title wrapped onto its page line
            section = _without_marks(stripped)
        elif section is not None and pending is None and _next_is_toc_entry(source_text, line_no):
            pending = (line_no, stripped)
        elif entries:
            break  # the first line after the 目录 that is no entry starts the body
    if not entries:
        raise PipelineError(
            str(source_text.source.path),
            "no 目录 (table of contents) found",
            expected="a 目 录 heading followed by 'title·····page' lines",
        )
    return entries


# what an entry prints beside its title: its 文号 after it (（大足府人〔2023〕33号）), the date
# of a meeting before it (7月3日　区第二届人民政府…常务会议)
_ENTRY_NUMBER = re.compile(  # after the title's genre word (通知, 决定, 公告, 意见, 方案, 函 …)
    # or its bracketed note (公告（附补偿方案）): in brackets (its prefix may hold 函), or bare
    r"(?:(?<=[知定告见案法复函）)])[（(][^\W\d]{2,10}[〔［\[]\d{4}[〕］\]]\d+号[)）]"
    r"|(?<=[知定告见案法复函])[^\W\d的知定告见案法复函]{2,10}[〔［\[]\d{4}[〕］\]]\d+号)$")
_ENTRY_DATE = re.compile(r"^\d{1,2}月\d{1,2}日(?=区)")


def _bare_toc_title(title: str) -> str:
    """An entry's title without the 文号 or date printed beside it."""
    return _ENTRY_DATE.sub("", _ENTRY_NUMBER.sub("", title)) or title


def _is_mark(character: str) -> bool:
    """A symbol printed before a bare section heading (◆, ■, ▌ …): any symbol character."""
    return unicodedata.category(character).startswith("S")


def _without_marks(text: str) -> str:
    while text and _is_mark(text[0]):
        text = text[1:]
    return text.strip()


def _next_is_toc_entry(source_text: SourceText, line_no: int) -> bool:
    for _, text in source_text.numbered(line_no + 1, min(line_no + 2, len(source_text))):
        if text.strip():
            return bool(_TOC_ENTRY.match(text.strip()) or _TOC_PAGE_FIRST.match(text.strip()))
    return False


@dataclass(frozen=True)
class _Start:
    line: int
    title: str  # as printed, its wrapped lines joined
    form: str  # "document" or "meeting_report"
    number_line: int | None


def _body_starts(source_text: SourceText, after_line: int,
                 names: tuple[str, ...]) -> list[_Start]:
    """Every document start after the 目录: an issuer's title over a 文号, or a meeting report."""
    starts: list[_Start] = []
    for line_no, text in source_text.numbered(after_line + 1):
        if starts and line_no <= (starts[-1].number_line or starts[-1].line):
            continue
        stripped = text.strip()
        if _MEETING_TITLE.match(stripped.replace(" ", "")):
            starts.append(_Start(line_no, stripped, "meeting_report", None))
        elif stripped.replace(" ", "").startswith(names) and not _DOC_NUMBER.match(stripped) \
                and not is_running_head(stripped):
            wrapped = _title_over_number(source_text, line_no)
            if wrapped is not None:
                title_lines, number_line = wrapped
                starts.append(_Start(line_no, " ".join(title_lines), "document", number_line))
    return starts


# spacing and marks a running head is laid out with: spaces, middle dots (公报·2024年第7期, ·11·)
_HEAD_SPACING = re.compile(r"[\s\u3000·・•]")
_PAGE = r"(?:第?\d{1,3}页?)?"  # a running head may carry its page number, before or after
_RUNNING_HEAD = re.compile(
    rf"^{_PAGE}(?:[^关]{{0,12}}公报\d{{4}}年第\d+期|\d{{4}}年第\d+期[^关]{{0,12}}公报){_PAGE}$")


def is_running_head(text: str) -> bool:
    """A page's running head: the gazette's name and the issue, in either order, with or
    without its page number (大足区人民政府公报　　2023年第9期　　11, ·11·), which an issuer's
    name may open but which is no document's title."""
    return bool(_RUNNING_HEAD.match(_HEAD_SPACING.sub("", text)))


def _title_over_number(source_text: SourceText, line_no: int) -> tuple[list[str], int] | None:
    """(title lines, 文号 line) when a 文号 follows within the title's wrap, else None.

    A date line between them means the issuer line is a signature, not a title.
    """
    title_lines = [source_text[line_no].strip()]
    for next_no, text in source_text.numbered(line_no + 1, len(source_text)):
        stripped = text.strip()
        if not stripped:
            continue
        if _DOC_NUMBER.match(stripped):
            return title_lines, next_no
        if is_date_line(stripped) or len(title_lines) > _TITLE_WRAP_LINES or "\t" in stripped:
            return None
        title_lines.append(stripped)
    return None


def _core(title: str) -> str:
    """A title without spaces and without its issuer (what follows the first 关于)."""
    plain = squeeze(title).replace(" ", "")
    return plain.split("关于", 1)[1] if "关于" in plain else plain


def _alike(toc_title: str, body_title: str) -> bool:
    """The 目录's title and a body title name the same document (卿勇同志 / 卿勇等同志)."""
    if _MEETING_TITLE.match(_core(toc_title)) and _MEETING_TITLE.match(_core(body_title)):
        return True
    toc_core, body_core = _core(toc_title)[:_COMPARED], _core(body_title)[:_COMPARED]
    return difflib.SequenceMatcher(None, toc_core, body_core).ratio() >= _ALIKE


def starts_from_toc(source_text: SourceText, toc: list[TocEntry],
                    structural: list[_Start]) -> list[tuple[TocEntry, _Start]]:
    """Starts found through the 目录 when the structural starts and the 目录 disagree (a title
    over no 文号, an issuer not curated): each entry starts at the first structural start, or
    else the first title-like line, after the previous entry's start that is alike its title.
    Returns the entries found with their starts; an entry with no body title alike is left out
    (the caller reports it)."""
    by_line = {start.line: start for start in structural}
    found_starts: list[tuple[TocEntry, _Start]] = []
    cursor = toc[-1].line + 1
    for entry in toc:
        found = None
        for line_no, text in source_text.numbered(cursor):
            stripped = text.strip()
            start = by_line.get(line_no)
            if start is not None and _alike(entry.title, start.title):
                found = start
            elif (start is None and stripped and "\t" not in stripped
                  and not re.search(r"[。，；]", stripped) and _alike(entry.title, stripped)):
                form = "meeting_report" if _MEETING_TITLE.match(_core(stripped)) else "document"
                number_line = next((next_no for next_no, next_text
                                    in source_text.numbered(line_no + 1,
                                                            min(line_no + 3, len(source_text)))
                                    if _DOC_NUMBER.match(next_text.strip())), None)
                found = _Start(line_no, stripped, form, number_line)
            if found is not None:
                break
        if found is not None:
            found_starts.append((entry, found))
            cursor = (found.number_line or found.line) + 1
    return found_starts


def _end_of_body(source_text: SourceText, last_start: int) -> int:
    """The last line of the last document: the line before the colophon, which opens with a
    curated label (主管单位：, 编　　印：) after the last document's start and runs, in short
    lines only, to the end of the issue (with the rule or gazette name printed over it)."""
    labels = {row["label"] for row in read_vocab(source_text.source.path.parent,
                                                  "colophon_labels.csv", COLOPHON_FIELDS)}
    lines = list(source_text.numbered(last_start + 1, len(source_text)))
    for index, (line_no, text) in enumerate(lines):
        label = re.sub(r"\s", "", re.split("[：:]", text.strip(), maxsplit=1)[0])
        rest = [t.strip() for _, t in lines[index:]]
        if ("：" in text or ":" in text) and label in labels and all(
                len(t) <= _COLOPHON_LINE for t in rest):
            above = index - 1
            while above >= 0 and (not lines[above][1].strip()
                                  or _COLOPHON_OPENING.match(lines[above][1].strip())):
                if lines[above][1].strip():
                    line_no = lines[above][0]
                above -= 1
            return line_no - 1
    return len(source_text)


def _signature(
    source_text: SourceText, start: int, end: int, names: tuple[str, ...]
) -> tuple[str | None, dt.date | None, int | None]:
    """Who signed the document and when: the first curated issuer line followed by a date line,
    else the first short line followed by a date line (another organisation signing)."""
    signatures = []
    for line_no, text in source_text.numbered(start, end):
        printed = text.strip().replace(" ", "")
        if not printed or len(printed) > _SIGNER_LENGTH or "\t" in text:
            continue
        for next_no, next_text in source_text.numbered(line_no + 1, min(line_no + 3, end)):
            if next_text.strip():
                if is_date_line(next_text):
                    signatures.append((printed, parse_date(next_text), next_no))
                break
    for signature in signatures:
        if signature[0] in names:
            return signature
    return signatures[0] if signatures else (None, None, None)


def _lists_before(toc: list[TocEntry], other: TocEntry, entry: TocEntry,
                  pairs: list[tuple[TocEntry, _Start]], seq: int) -> bool:
    """Whether an unmatched 目录 entry falls to this document: the last document listed before
    it (the first document for an entry listed before every matched one)."""
    position = toc.index(other)
    before = [index for index, (listed, _) in enumerate(pairs) if toc.index(listed) < position]
    return (before[-1] if before else 0) == seq - 1


def _last_date_line(source_text: SourceText, start: int,
                    end: int) -> tuple[dt.date | None, int | None]:
    """The last line of lines start..end that is a date alone, and its line."""
    dated = [(parse_date(text), line_no) for line_no, text in source_text.numbered(start, end)
             if is_date_line(text)]
    return dated[-1] if dated else (None, None)


def _first_date(source_text: SourceText, start: int, end: int,
                year: int | None) -> tuple[dt.date | None, int | None]:
    """The first date printed in lines start..end, and its line (a meeting's date); one
    printed without its year (7月5日) falls in `year`, the year of the meeting's title."""
    for line_no, text in source_text.numbered(start, end):
        if (date := parse_date(text, year)) is not None:
            return date, line_no
    return None, None


def _outline(source_text: SourceText, document: Document, section: str, form: str) -> Outline:
    """What the recognisers read of a document (see scripts.recognise.Outline)."""
    split = document.sign_line or document.end_line
    notice, annex, headers = [], [], []
    for line_no, text in source_text.numbered(document.start_line, document.end_line):
        if "\t" in text:
            headers.append((line_no, [squeeze(cell).replace(" ", "") for cell in text.split("\t")]))
        stripped = text.strip()
        if stripped:
            (notice if line_no <= split else annex).append((line_no, stripped))
    return Outline(
        path=f"sources/{source_text.source.path.name}", start_line=document.start_line,
        title=document.title, section=section, form=form, doc_number=document.doc_number,
        issuer=document.issuer, notice=notice, annex=annex, headers=headers,
        sources_dir=source_text.source.path.parent)


def split_documents(source_text: SourceText) -> list[Document]:
    """The issue's documents in printed order, each matched with its 目录 entry and recognised."""
    path = str(source_text.source.path)
    names = issuers(source_text.source.path.parent)
    try:
        toc = read_toc(source_text)
    except PipelineError:
        toc = []  # no 目录 of a known layout: the documents are found by their titles alone
    starts = _body_starts(source_text, toc[-1].line if toc else 0, names)
    if not toc:
        pairs = []
    elif len(starts) == len(toc):
        pairs = list(zip(toc, starts, strict=True))
    else:
        pairs = starts_from_toc(source_text, toc, starts)
    if not pairs and starts:  # the 目录 unread or naming no body title: the titles found
        pairs = [(TocEntry(UNSECTIONED, start.title, None, start.line), start)
                 for start in starts]
    if not pairs:
        raise PipelineError(
            path,
            f"no document found: {'the 目录 names no body title' if toc else 'no 目录'} and "
            "no title over a 文号 or meeting report's title in the body",
            line=toc[0].line if toc else 1,
            expected="a 目 录 heading followed by 'title·····page' lines, or document titles "
            "over their 文号",
        )
    listed = {entry.line for entry, _ in pairs}
    unmatched = [entry for entry in toc if entry.line not in listed]
    starts = [start for _, start in pairs]
    body_end = _end_of_body(source_text, starts[-1].line) if starts else len(source_text)
    documents = []
    for seq, (entry, start) in enumerate(pairs, start=1):
        end = starts[seq].line - 1 if seq < len(starts) else body_end
        title = squeeze_recorded(source_text, start.line, start.title)
        doc_number = None
        issuer = sign_date = sign_line = None
        if start.form == "meeting_report":
            issuer = meeting_issuer(source_text.source.path.parent)
            year = re.search(r"(\d{4})年第\d+次", start.title)
            sign_date, sign_line = _first_date(source_text, start.line + 1, end,
                                               int(year[1]) if year else None)
        else:
            if start.number_line is not None:
                number_text = _DOC_NUMBER.match(source_text[start.number_line])[1]
                doc_number = squeeze_recorded(source_text, start.number_line, number_text)
            issuer, sign_date, sign_line = _signature(source_text, start.line, end, names)
        dated_by = ""
        if sign_date is None:  # no signature: the last date line, else the issue's date
            sign_date, sign_line = _last_date_line(source_text, start.line + 1, end)
            dated_by = "its last date line" if sign_date else "the issue's publication date"
            sign_date = sign_date or source_text.source.published
            issuer = issuer or title.partition("关于")[0] or None  # the title names its issuer
        document = Document(
            document_id=f"{source_text.source.source_id}-d{seq:02d}",
            source_id=source_text.source.source_id,
            seq=seq,
            kind="",
            section=entry.section,
            title=title,
            toc_title=entry.title,
            toc_page=entry.page,
            doc_number=doc_number,
            issuer=issuer,
            sign_date=sign_date,
            start_line=start.line,
            end_line=end,
            number_line=start.number_line,
            sign_line=sign_line,
            dated_by=dated_by,
        )
        claim = recognise(_outline(source_text, document, entry.section, start.form))
        document.kind, document.kind_reason = claim.kind, claim.reason
        document.rival_kinds = claim.rivals
        document.unlisted = tuple(  # a 目录 naming no body title: its entries, on the first
            other.title for other in unmatched
            if (_lists_before(toc, other, entry, pairs, seq) if entry.page is not None
                else seq == 1))
        documents.append(document)
    return documents


def attachments(source_text: SourceText, document: Document) -> dict[int, int]:
    """Attachment number → line of its heading inside the document (附件, 附件2, 附件 二)."""
    found = {}
    for line_no, text in source_text.numbered(document.start_line, document.end_line):
        if match := re.fullmatch(r"附件\s*([\d一二三四五六七八九十]*)", text.strip()):
            number = match[1] or "1"
            found[int(number) if number.isdigit() else _CHINESE_DIGITS.index(number) + 1] = line_no
    return found


def section_text(source_text: SourceText, start: int, end: int) -> str:
    return squeeze(" ".join(text for _, text in source_text.numbered(start, end)))
