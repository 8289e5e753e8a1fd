"""Tab-separated tables inside a document's attachments, as the PDF extraction prints them.

A table is a run of lines whose cells are separated by tabs. Its header (one or more lines) is
printed again after every page break; `read_table_at` drops the repeats and marks the first row of
each new page, because a cell may wrap across the break and continue on that row; short lines
between the pages (a page number, 续表) are skipped. A group's name printed across the table
without tabs ((一)设施建设（5项）, 第一板块…, 专项一：…, 【宣传发动】, ▲ 设施建设) is a row of its
own. The table ends at the first other non-blank line without a tab (a note below it) or at the
end of its attachment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..documents import Document, attachments
from ..errors import PipelineError
from ..sources import SourceText
from ..text import BRACKETED_ORDINAL, BULLETS, LETTER_ORDINAL, ORDINAL_NUMERAL, squeeze


@dataclass
class TableRow:
    """One printed table line: its cells (stripped, padded to the header width)."""

    line: int
    cells: list[str]
    after_page_break: bool


@dataclass
class Table:
    attachment: int | None
    header_line: int
    header: list[list[str]]
    rows: list[TableRow]


def labels(cells: list[str]) -> list[str]:
    """Header cells compared without the spaces the extraction puts inside them (指 标 要 求)."""
    return [squeeze(cell).replace(" ", "") for cell in cells]


def _attachment_ranges(source_text: SourceText, document: Document) -> list[tuple[int, int, int]]:
    """(attachment number, first line, last line) of every attachment of the document."""
    starts = sorted(attachments(source_text, document).items(), key=lambda item: item[1])
    if not starts:
        return []
    ends = [line - 1 for _, line in starts[1:]] + [document.end_line]
    return [(number, line, end) for (number, line), end in zip(starts, ends, strict=True)]


def _cells(source_text: SourceText, line_no: int, width: int) -> list[str]:
    """The line's cells padded to the header's width; cells beyond it (a stray tab inside the
    last cell) are joined onto the last cell, and the join recorded."""
    cells = [cell.strip() for cell in source_text[line_no].split("\t")]
    if any(cells[width:]):
        surplus = " ".join(cell for cell in cells[width - 1:] if cell)
        source_text.record(line_no, "\t".join(cells[width - 1:]), surplus, "join-cells",
                           f"more cells than the header's {width}: the surplus joins the last")
        cells = [*cells[: width - 1], surplus]
    return (cells + [""] * width)[:width]


def table_starts(source_text: SourceText, document: Document) -> list[tuple[int, list[str]]]:
    """(line, header labels) of every table in the document: a tab line after a line without.

    A header printed again after a page break follows the previous page's last row (a tab
    line), or only short lines (a page number, 续表): it starts no new table.
    """
    starts: list[tuple[int, list[str]]] = []
    previous_has_tab = False
    furniture_only = False  # only short lines since the last tab line
    for line_no, text in source_text.numbered(document.start_line, document.end_line):
        if not text.strip() or (previous_has_tab and _group_row(source_text, line_no,
                                                                  document.end_line)):
            continue  # a group's name printed across the table goes on with it
        has_tab = "\t" in text
        if has_tab and not previous_has_tab:
            header = labels(text.split("\t"))
            if not (furniture_only and starts and header == starts[-1][1]):
                starts.append((line_no, header))
        if has_tab:
            furniture_only = True
        elif not _short(text):
            furniture_only = False
        previous_has_tab = has_tab
    return starts


def attachment_of(source_text: SourceText, document: Document, line: int) -> int | None:
    """The number of the attachment holding `line`, or None for the notice itself."""
    for number, start, end in _attachment_ranges(source_text, document):
        if start <= line <= end:
            return number
    return None


def read_table_at(source_text: SourceText, document: Document, header_line: int,
                  header_lines: int = 1) -> Table:
    """The table whose header starts at `header_line`, to its end (or its attachment's end)."""
    attachment = attachment_of(source_text, document, header_line)
    end = document.end_line
    for number, _, last in _attachment_ranges(source_text, document):
        if number == attachment:
            end = last
    width = len(source_text[header_line].split("\t"))
    header = [_cells(source_text, line, width)
              for line in range(header_line, header_line + header_lines)]
    return Table(attachment, header_line, header,
                 _body(source_text, header, header_line, end))


def read_table(source_text: SourceText, document: Document, columns: list[str],
               header_lines: int = 1) -> Table:
    """The document's first table whose header starts with the given labels (without spaces)."""
    for header_line, header in table_starts(source_text, document):
        if header[:len(columns)] == columns:
            return read_table_at(source_text, document, header_line, header_lines)
    raise PipelineError(f"sources/{source_text.source.path.name}",
                        f"no table with columns {' | '.join(columns)}", line=document.start_line,
                        expected=f"a table in {document.doc_number} with that header")


def _body(source_text: SourceText, header: list[list[str]], header_line: int,
          end: int) -> list[TableRow]:
    width = len(header[0])
    first = labels(header[0])

    def repeats_header(found: list[str]) -> bool:
        return found[:len(first)] == first

    rows: list[TableRow] = []
    skip_until = header_line + len(header) - 1
    after_page_break = False
    for line_no, text in source_text.numbered(header_line, end):
        if line_no <= skip_until or not text.strip():
            continue
        if "\t" not in text:
            if page_furniture_before_header(source_text, line_no, end, repeats_header):
                continue
            if _group_row(source_text, line_no, end):
                # （一）设施建设（5项）printed across the table without tabs: a group's row
                rows.append(TableRow(line_no, ([text.strip()] + [""] * width)[:width], False))
                after_page_break = False  # the rows below start a group: none continues
                continue
            break
        cells = _cells(source_text, line_no, width)
        if labels(cells) == labels(header[0]):
            skip_until = line_no + len(header) - 1
            after_page_break = True
            continue
        rows.append(TableRow(line_no, cells, after_page_break))
        after_page_break = False
    return rows


# A group's name printed across a table: an ordinal, a short name, no sentence
_GROUP_HEADING = re.compile(rf"^(?:(?:{BRACKETED_ORDINAL}|{ORDINAL_NUMERAL}、"
                            rf"|{LETTER_ORDINAL}\s*[．.、]\s*"  # A．高标准农田建设
                            r"|第[一二三四五六七八九十]+(?:板块|部分|方面|类)\s*"
                            r"|[\u4e00-\u9fff]{1,4}[一二三四五六七八九十]+[：:]\s*"  # 专项一：
                            rf"|[{BULLETS}]\s*)"  # ▲ 规划布点
                            r"[^。；;，,：:]{1,28}"
                            r"|[【〖][^】〗。；;，,]{1,20}[】〗])$")  # 【宣传发动】


def _group_row(source_text: SourceText, line_no: int, end: int) -> bool:
    """Whether the line is a group's name printed without tabs ((一)设施建设（5项）) with a table
    row after it."""
    if not _GROUP_HEADING.match(source_text[line_no].strip()):
        return False
    following = (text for _, text in source_text.numbered(line_no + 1, end) if text.strip())
    return "\t" in next(following, "")


# Short lines a page break may print between a table's pages: a page number, 续表, the
# running head (the gazette's title and issue); no sentence.
_FURNITURE_LENGTH = 30
_SENTENCE_MARKS = ("。", "；", ";", "，")


def page_furniture_before_header(source_text: SourceText, line_no: int, end: int,
                                 is_header: Callable[[list[str]], bool]) -> bool:
    """Whether the short lines from `line_no` on lead to the table's header printed again."""
    for _, text in source_text.numbered(line_no, end):
        if "\t" in text:
            return is_header(labels(text.split("\t")))
        if not _short(text) or any(mark in text for mark in _SENTENCE_MARKS):
            return False
    return False


def _short(text: str) -> bool:
    """A line as short as page furniture; a running head padded between its parts (2023年第6期
    　　　…　重庆市大足区人民政府公报) is short once its spaces are gone."""
    return len("".join(text.split())) <= _FURNITURE_LENGTH


_SENTENCE_ENDS = ("。", "；", ";", "！", "？")


def merge_wrapped_rows(source_text: SourceText, rows: list[TableRow],
                       content_column: int) -> list[TableRow]:
    """Rows whose cells wrapped over a page break, joined back into one row.

    The first row of a page continues the last row of the previous page when that row's
    content cell stops mid-sentence (…积极引导业 | 主自行拆改…) and the first row prints no number
    of its own: each of its cells is appended to the cell above, and the join is recorded against
    the continuation line.
    """
    merged: list[TableRow] = []
    for row in rows:
        previous = merged[-1] if merged else None
        if (previous and row.after_page_break
                and not previous.cells[content_column].endswith(_SENTENCE_ENDS)
                and not row.cells[0].strip().isdigit()):  # a row with its own 序号 is new
            merged[-1] = _join(source_text, previous, row)
        else:
            merged.append(row)
    return merged


def _join(source_text: SourceText, head: TableRow, tail: TableRow) -> TableRow:
    cells = []
    for above, below in zip(head.cells, tail.cells, strict=True):
        joined = above + below
        if above and below:
            source_text.record(tail.line, below, joined, "join-lines",
                               f"table cell continued from line {head.line} across a page break")
        cells.append(joined)
    return TableRow(head.line, cells, head.after_page_break)
