"""Wording shared by the domains: numbers, lists, citations and the portal link of a query.

Every fact in an answer is a value of a returned row (or of the lexicon, itself read from the
database); nothing is added from elsewhere. A domain writes its own sentences (bot.domains.*);
this module turns a match and the tool's rows into the one answer type, `Answer`.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from bot.answers import Answer, Citation
from bot.estimate import money
from bot.lexicon import Lexicon
from scripts.portal import links

if TYPE_CHECKING:
    from bot.domains.base import Match
    from bot.domains.matching import BaseDomain

LIST_ITEMS = 15  # a list this long is shown in full
LIST_HEAD = 8  # of a longer list: the count, these many best items, the portal link
MAX_CITATIONS = 3
MAX_OPTIONS = 6
DATABASE = "dazu-gazette"
TOPICS = (
    "政务服务事项、人事任免、房屋征收补偿、巨灾保险、工作任务、农村养老、领导小组、文件和常务会议"
)


def yuan(value: Any) -> str:
    """100000 → '10万元'; 21000 → '21000元'."""
    number = float(value)
    if number >= 10000 and number % 10000 == 0:
        return f"{int(number // 10000)}万元"
    return f"{money(number)}元"


def amount(value: Any) -> str:
    return money(float(value)) if isinstance(value, int | float) else str(value)


def printed_date(value: Any) -> str:
    """A date as the gazette prints it, its ISO form after it: 2022年9月26日（2022-09-26）."""
    iso = str(value or "")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return iso
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{year}年{month}月{day}日（{iso}）"


def shorten(text: str | None, limit: int = 48) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def snippet(text: str, keyword: str, width: int = 36) -> str:
    position = text.find(keyword)
    if position < 0:
        return shorten(text, width * 2)
    start, end = max(0, position - width), min(len(text), position + len(keyword) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def relevance(question: str, text: str) -> int:
    """How many two-character pieces of the question occur in the text."""
    return sum(1 for i in range(len(question) - 1) if question[i : i + 2] in text)


def group_by(rows: list[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    groups: dict[Any, list[dict[str, Any]]] = OrderedDict()
    for row in rows:
        groups.setdefault(row.get(key), []).append(row)
    return groups


def numbered(
    rows: list[dict[str, Any]],
    describe: Callable[[dict[str, Any]], str],
    *,
    question: str = "",
    text_of: Callable[[dict[str, Any]], str] | None = None,
    limit: int = LIST_ITEMS,
    unit: str = "项",
) -> list[str]:
    """A list in full up to `limit` items; a longer one as the items that best match the
    question's words (in their printed order), then how many more the portal shows."""
    if len(rows) <= limit:
        return [f"{i}. {describe(row)}" for i, row in enumerate(rows, 1)]
    text = text_of or describe
    ranked = sorted(range(len(rows)), key=lambda i: (-relevance(question, text(rows[i])), i))
    chosen = sorted(ranked[:LIST_HEAD])
    lines = [f"{i + 1}. {describe(rows[i])}" for i in chosen]
    lines.append(f"……共{len(rows)}{unit}，其余{len(rows) - len(chosen)}{unit}见数据门户。")
    return lines


def choices(options: list[Any]) -> list[str]:
    """Options as the numbered lines a resident answers with a number (each is also a button)."""
    return [f"{i}. {option.label}" for i, option in enumerate(options, 1)]


class Wording:
    """Citations, portal links and the fixed texts (help, scope), from the lexicon's data."""

    def __init__(self, lexicon: Lexicon, portal_url: str) -> None:
        self.lexicon = lexicon
        self.portal_url = portal_url.rstrip("/")

    def answer(self, domain: BaseDomain, match: Match, result: dict[str, Any]) -> Answer:
        """The Answer for a tool match and the tool's result, worded by its domain."""
        result = domain.arrange(match, result)
        rows = result.get("rows", [])
        text = domain.write_result(match, result)
        shown = domain.shown_rows(match, rows)
        return Answer(
            answer=text,
            tool=domain.answered_as(match),
            args=dict(match.args),
            rows=shown,
            citations=self.citations(shown or rows),
            portal_url=domain.portal_link(match, rows, self),
            options=[*domain.item_options(match, rows), *match.options][:MAX_OPTIONS],
            kind=domain.kind_of(match, rows),
        )

    def url(self, tool: str, args: dict[str, Any]) -> str:
        query = f"?{urlencode({k: v for k, v in args.items()})}" if args else ""
        return f"{self.portal_url}/{DATABASE}/{tool}{query}"

    def paragraph_url(self, row: dict[str, Any]) -> str:
        """The one place that links a paragraph of the full text: its place in the reading
        room (scripts.portal.links); a paragraph outside documents (cover, back matter)
        links its issue."""
        if row.get("document_id"):
            return links.document_link(row["document_id"], seq=row["seq"], base=self.portal_url)
        return links.issue_link(row["source_id"], base=self.portal_url)

    def citations(self, rows: list[dict[str, Any]]) -> list[Citation]:
        found: OrderedDict[str, Citation] = OrderedDict()
        for row in rows:
            number = row.get("doc_number")
            document = self.lexicon.documents.get(number) if number else None
            title = row.get("document_title") or (document.detail if document else None)
            key = number or title
            if not key or key in found:
                continue
            found[key] = Citation(
                doc_number=number,
                title=title or number or "",
                sign_date=row.get("sign_date")
                or (document.note if document else None)
                or row.get("date"),
                source_id=row.get("source_id") or "",
                source_line=row.get("source_line"),
            )
            if len(found) == MAX_CITATIONS:
                break
        return list(found.values())

    def source_title(self) -> str:
        sources = self.lexicon.entries.get("source", [])
        return sources[-1].name if sources else "重庆市大足区人民政府公报"

    def help_text(self) -> str:
        """Examples drawn from the data: each line names things the gazette really holds."""
        lexicon = self.lexicon
        lines = [
            f"您好！我根据《{self.source_title()}》的数据回答问题"
            "（数据来自公报原文，每条答案附文号和日期）。可以这样问：",
            "• 政务服务：办护照找哪个部门？某个部门有哪些事项？",
            "• 人事任免：某某同志任免了什么职务？某局副局长是谁？",
        ]
        if lexicon.projects:
            lines.append(f"• 房屋征收：{lexicon.projects[0]}签约期限是哪天？90平方米能补多少？")
        perils = lexicon.entries.get("peril", [])
        peril = f"{perils[-1].name}赔多少？" if perils else ""
        lines += [
            f"• 巨灾保险、工作任务、农村养老：{peril}6月底前要完成哪些任务？",
            "• 领导小组、文件和会议：某领导小组组长是谁？某个文号是什么文件？",
            "• 公报原文：任何一句话都可以查，答案引用原文并附链接。",
        ]
        return "\n".join(lines)

    def scope_text(self) -> str:
        return f"我能回答公报里的{TOPICS}等问题，发送“帮助”查看示例。"


def year_of(row: dict[str, Any]) -> str:
    return f"{row['year']}年" if row.get("year") else ""


def holds(titles: str, title: str) -> bool:
    """'区政府区长' holds 区长; '区政府副区长' does not (a deputy is another post)."""
    return any(
        part.endswith(title) and not part.endswith("副" + title)
        for part in re.split(r"[、，,]", titles)
    )
