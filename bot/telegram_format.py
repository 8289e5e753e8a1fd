"""Answers as Telegram HTML messages: every dynamic value escaped, long answers split on lines."""

from __future__ import annotations

import html
import re

from bot.answers import Answer, Citation

# Telegram counts a message's length in UTF-16 code units, at most 4096 of them.
MESSAGE_LIMIT = 4096
_UNSPLITTABLE = re.compile(r"<[^>]*>|&[#\w]+;")


def e(value: object) -> str:
    """Escape a dynamic value for Telegram's HTML parse mode."""
    return html.escape(str(value), quote=True)


def answer_lines(answer: Answer) -> list[str]:
    """The answer as HTML lines; each line's tags open and close on that line."""
    lines = [e(line) for line in answer.answer.splitlines()] or [""]
    if answer.citations:
        lines += ["", "<b>依据</b>"] + [citation_line(c) for c in answer.citations]
    if answer.portal_url:
        lines += ["", link(answer.portal_url, "在数据门户核验")]
    return lines


def citation_line(citation: Citation) -> str:
    parts = [f"《{e(citation.title)}》"]
    if citation.doc_number:
        parts.append(e(citation.doc_number))
    if citation.sign_date:
        parts.append(e(citation.sign_date))
    return "• " + " ".join(parts)


def link(url: str, text: str) -> str:
    if not url.startswith(("http://", "https://")):
        return e(f"{text}：{url}")
    return f'<a href="{e(url)}">{e(text)}</a>'


def split_message(lines: list[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join `lines` into as few messages as fit in `limit`, breaking between lines.

    A single line longer than the limit is cut, but never inside a tag or an entity.
    """
    messages: list[str] = []
    current = ""
    for line in lines:
        for piece in _cut_line(line, limit):
            candidate = f"{current}\n{piece}" if current else piece
            if current and _length(candidate) > limit:
                messages.append(current)
                candidate = piece
            current = candidate
    if current.strip():
        messages.append(current)
    return [message.strip("\n") for message in messages if message.strip()]


def _cut_line(line: str, limit: int) -> list[str]:
    pieces: list[str] = []
    while _length(line) > limit:
        cut = _cut_position(line, limit)
        pieces.append(line[:cut])
        line = line[cut:]
    pieces.append(line)
    return pieces


def _cut_position(line: str, limit: int) -> int:
    """The largest index ≤ the limit (in UTF-16 units) that is not inside a tag or an entity."""
    cut = units = 0
    for index, char in enumerate(line):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            break
        cut = index + 1
    for match in _UNSPLITTABLE.finditer(line):
        if match.start() < cut < match.end():
            cut = match.start()
            break
    return max(cut, 1)


def _length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
