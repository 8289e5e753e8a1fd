"""Split an issue into its documents: 目录 entries, then each document's body lines.

A document starts at its title line (区政府/区政府办公室 documents: "重庆市大足区人民政府… 关于…";
常务会议 reports: "区政府召开…常务会议") and ends where the next one starts or at the colophon.
Its kind is recognised from its title (`DOCUMENT_KINDS`), so a later issue with documents of a
known kind needs no code change.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import PipelineError
from .sources import SourceText
from .text import is_date_line, parse_date, squeeze, squeeze_recorded

# Ordered: the first pattern that matches a title gives the document's kind.
DOCUMENT_KINDS: list[tuple[str, str]] = [
    ("appointments", r"职务任免的通知"),
    ("expropriation_decision", r"征收.*房屋的决定"),
    ("expropriation_notice", r"征收.*房屋的公告"),
    ("disaster_insurance", r"巨灾保险"),
    ("fire_safety_plan", r"消防安全.*工作方案"),
    ("elderly_care_plan", r"养老服务.*实施方案"),
    ("service_catalogue", r"事项清单"),
    ("leading_group", r"成立.*领导小组"),
    ("work_points", r"工作要点"),
    ("executive_meeting", r"常务会议"),
]
_TOC_ENTRY = re.compile(r"^(?P<title>.+?)\s*·{3,}\s*(?P<page>\d+)\s*$")
_TOC_SECTION = re.compile(r"^【(?P<section>.+)】$")
_DOC_NUMBER = re.compile(r"^\s*(大足府\S*?〔\d{4}〕\s*\d+\s*号?)\s*$")
_GOV_TITLE = re.compile(r"^重庆市大足区人民政府(办公室)?\s*关于")
_MEETING_TITLE = re.compile(r"^区政府召开(\d{4})年第(\d+)次常务会议$")
_ISSUERS = ("重庆市大足区人民政府", "重庆市大足区人民政府办公室")
_COLOPHON = re.compile(r"^主管单位：")


@dataclass
class TocEntry:
    section: str
    title: str
    page: int
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
    toc_page: int
    doc_number: str | None
    issuer: str | None
    sign_date: dt.date | None
    start_line: int
    end_line: int
    number_line: int | None = None
    sign_line: int | None = None


def document_kind(title: str) -> str:
    for kind, pattern in DOCUMENT_KINDS:
        if re.search(pattern, title):
            return kind
    return "other"


def read_toc(source_text: SourceText) -> list[TocEntry]:
    entries: list[TocEntry] = []
    section = None
    in_toc = False
    for line_no, text in source_text.numbered():
        stripped = text.strip()
        if re.fullmatch(r"目\s*录", stripped):
            in_toc = True
            continue
        if not in_toc or not stripped:
            continue
        if match := _TOC_SECTION.match(stripped):
            section = match["section"]
        elif match := _TOC_ENTRY.match(stripped):
            if section is None:
                raise PipelineError(
                    str(source_text.source.path),
                    "目录 entry before any 【section】",
                    line=line_no,
                    expected="a 【…】 section heading first",
                )
            title = squeeze_recorded(source_text, line_no, match["title"])
            entries.append(TocEntry(section, title, int(match["page"]), line_no))
        elif entries:
            break  # the first line after the 目录 that is no entry starts the body
    if not entries:
        raise PipelineError(
            str(source_text.source.path),
            "no 目录 (table of contents) found",
            expected="a 目 录 heading followed by 'title·····page' lines",
        )
    return entries


def _body_starts(source_text: SourceText, after_line: int) -> list[tuple[int, str]]:
    """(line, printed title) of every document start after the 目录."""
    starts = []
    for line_no, text in source_text.numbered(after_line + 1):
        stripped = text.strip()
        is_meeting_report = bool(_MEETING_TITLE.match(stripped))
        is_government_document = bool(_GOV_TITLE.match(stripped)) and _next_nonblank_is_doc_number(
            source_text, line_no
        )
        if is_meeting_report or is_government_document:
            starts.append((line_no, stripped))
    return starts


def _next_nonblank_is_doc_number(source_text: SourceText, line_no: int) -> bool:
    for _, text in source_text.numbered(line_no + 1, min(line_no + 3, len(source_text))):
        if text.strip():
            return bool(_DOC_NUMBER.match(text))
    return False


def _end_of_body(source_text: SourceText) -> int:
    for line_no, text in source_text.numbered():
        if _COLOPHON.match(text.strip()):
            return line_no - 1
    return len(source_text)


def _signature(
    source_text: SourceText, start: int, end: int
) -> tuple[str | None, dt.date | None, int | None]:
    """The first issuer line followed by a date line: who signed the document and when."""
    for line_no, text in source_text.numbered(start, end):
        if text.strip() in _ISSUERS:
            for next_no, next_text in source_text.numbered(line_no + 1, min(line_no + 3, end)):
                if next_text.strip():
                    if is_date_line(next_text):
                        return text.strip(), parse_date(next_text), next_no
                    break
    return None, None, None


def _same_title(toc_title: str, body_title: str) -> bool:
    return toc_title.replace(" ", "") == body_title.replace(" ", "")


def split_documents(source_text: SourceText) -> list[Document]:
    """The issue's documents in printed order, each matched with its 目录 entry."""
    toc = read_toc(source_text)
    path = str(source_text.source.path)
    starts = _body_starts(source_text, toc[-1].line)
    if len(starts) != len(toc):
        raise PipelineError(
            path,
            f"目录 lists {len(toc)} documents but the body has {len(starts)} document titles",
            expected="one body title per 目录 entry",
        )
    body_end = _end_of_body(source_text)
    documents = []
    for seq, (entry, (start, printed_title)) in enumerate(zip(toc, starts, strict=True), start=1):
        end = starts[seq][0] - 1 if seq < len(starts) else body_end
        title = squeeze_recorded(source_text, start, printed_title)
        doc_number = number_line = None
        issuer = sign_date = sign_line = None
        if _MEETING_TITLE.match(title):
            issuer = "重庆市大足区人民政府"
            for line_no, text in source_text.numbered(start + 1, end):
                if text.strip():
                    sign_date = parse_date(text)
                    sign_line = line_no
                    break
        else:
            for line_no, text in source_text.numbered(start + 1, end):
                if match := _DOC_NUMBER.match(text):
                    doc_number = squeeze_recorded(source_text, line_no, match[1])
                    number_line = line_no
                    break
            issuer, sign_date, sign_line = _signature(source_text, start, end)
        if sign_date is None:
            raise PipelineError(
                path,
                f"no signature date found for {title!r}",
                line=start,
                expected="an issuer line followed by a date line",
            )
        documents.append(
            Document(
                document_id=f"{source_text.source.source_id}-d{seq:02d}",
                source_id=source_text.source.source_id,
                seq=seq,
                kind=document_kind(title),
                section=entry.section,
                title=title,
                toc_title=entry.title,
                toc_page=entry.page,
                doc_number=doc_number,
                issuer=issuer,
                sign_date=sign_date,
                start_line=start,
                end_line=end,
                number_line=number_line,
                sign_line=sign_line,
            )
        )
    return documents


def attachments(source_text: SourceText, document: Document) -> dict[int, int]:
    """Attachment number → line of its '附件N' heading inside the document."""
    found = {}
    for line_no, text in source_text.numbered(document.start_line, document.end_line):
        if match := re.fullmatch(r"附件\s*(\d*)", text.strip()):
            found[int(match[1] or 1)] = line_no
    return found


def section_text(source_text: SourceText, start: int, end: int) -> str:
    return squeeze(" ".join(text for _, text in source_text.numbered(start, end)))
