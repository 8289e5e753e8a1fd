"""Documents by their number (文号): what a numbered document is, or its appointments; and the
number and date of a document named by words of its title (巨灾保险那个通知的文号)."""

from __future__ import annotations

import re
from typing import Any

from bot import vocabulary as words
from bot.compose import printed_date
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.matching import ISSUE_NAMED, BaseDomain

NAME = "document"
_DOC_FULL = re.compile(r"([\u4e00-\u9fff]{0,6})〔(\d{4})〕(\d{1,4})号?")
# the characters of an issuing office's code (府办发, 府人, 府函); words before 〔 naming none
# (看下〔N〕M号) are no office
_ISSUING_OFFICE = r"[府办发函人委字]"
MIN_TITLE_PIECE = 4  # 巨灾保险: fewer characters name no document (通知, 大足)
MAX_TITLED = 5
_WORDED = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
MAX_OPENING = 300  # characters of a document's first paragraph quoted for 说的啥
_DOC_SHORT = re.compile(r"(?<![\d〕])(\d{1,3})\s*号\s*(?:文|文件|通知)")


# where the naming of a document ends: 那个通知, 的文号, 通知文号 …
_NAMING_ENDS = re.compile(r"那个|这个|的?(?:通知|文件|方案|文号|决定)|哪天|什么时候|的?是")
# words around a title that name no part of it: its year, the district, the document's kind
_AROUND_A_TITLE = re.compile(r"[\d年]|大足区?|区里|那个|这个|关于|印发|的")


def _names_whole(question: str, keyword: str, titles: list[str]) -> bool:
    """Whether the words naming the document are the title piece found, but for a year, the
    district, characters of the titles holding the piece (征收X片区房子那个决定: 征收, 房) or a
    few others (2021年政务服务工作要点 for …2021年大足区政务服务工作要点…)."""
    at = question.find(keyword)
    end = _NAMING_ENDS.search(question, at + len(keyword))
    start = max(question.rfind("，", 0, at), question.rfind(",", 0, at)) + 1
    named = question[start:end.start() if end else len(question)]
    rest = _AROUND_A_TITLE.sub("", named.replace(keyword, ""))
    return len([char for char in rest if not any(char in title for title in titles)]) <= 2


def _kind_named_first(question: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Documents whose title ends with the kind of document the question names (那个决定)
    before the others holding the same words (its 公告, its 方案)."""
    kinds = [kind for kind in words.DOCUMENT_KINDS if kind in question]
    return sorted(rows, key=lambda row: not any(
        str(row.get("title") or "").rstrip("》").endswith(kind) for kind in kinds))


class Documents(BaseDomain):
    name = NAME
    tools = ("document_by_number", "documents_by_title", "issue_metadata")

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self.writers = {"document_by_number": self._document, "issue_metadata": self._issue,
                        "documents_by_title": self._titled_documents}

    def match(self, question: Question) -> Match | None:
        return self._issue_asked(question) or self._numbered(question) or self._titled(question)

    def _titled(self, question: Question) -> Match | None:
        """A document named by words of its title whose number or date is asked (农村养老服务
        全覆盖实施方案的文号是好多, …那个通知哪天发的): the longest piece of a title the
        question prints, of at least `MIN_TITLE_PIECE` characters."""
        asked = question.attribute
        if asked is None or asked.name not in ("doc_number", "date"):
            return None
        pieces = [piece for piece, _ in self.lexicon.document_titles.maximal_pieces(
            question.text, MIN_TITLE_PIECE)]
        if not pieces:
            return None
        keyword = max(pieces, key=len)
        # a document word, or a title piece ending with the kind of document (…实施方案)
        if not (question.has(words.DOCUMENT) or keyword.endswith(words.DOCUMENT_KINDS)):
            return None
        titles = [self.lexicon.document_titles.texts[i]
                  for i in self.lexicon.document_titles.hits(keyword)]
        if not _names_whole(question.text, keyword, titles):
            return None  # 月球基地建设实施方案: a title's common words, not a title
        evidence = Evidence(Proof.NAME, 1, 1, len(question.found(words.DOCUMENT)), len(keyword))
        return tool_match("documents_by_title", {"keyword": keyword}, evidence, NAME)

    def _titled_documents(self, match: Match, rows: list[dict[str, Any]], truncated: bool
                          ) -> str:
        keyword = match.args.get("keyword", "")
        if not rows:
            return f"数据中没有标题含“{keyword}”的文件。"
        rows = _kind_named_first(match.question, rows)
        lines = [f"标题含“{keyword}”的文件共{len(rows)}个：" if len(rows) > 1 else ""]
        lines += [f"《{row['title']}》：文号{row['doc_number'] or '（无）'}，"
                  f"{row['issuer'] or ''}{printed_date(row['sign_date'])}印发。"
                  for row in rows[:MAX_TITLED]]
        return "\n".join(line for line in lines if line)

    def _issue_asked(self, question: Question) -> Match | None:
        """When an issue of the gazette came out (the latest, or the one named 第N期: a
        number of 期 names an issue, 总第46期 without 公报)."""
        number = ISSUE_NAMED.search(question.text)
        if not (question.has(words.ISSUE_WORDS) or number) or not (
                question.has(words.ISSUE_ASKS) or self._colophon_asked(question)):
            return None
        cues = len(question.found(words.ISSUE_WORDS)) + len(question.found(words.ISSUE_ASKS))
        # 第2期 names an issue as 第3次 names a meeting: an identifier (区政府公报 is no unit)
        evidence = Evidence(Proof.IDENTIFIER, 1, 1, cues) if number else Evidence(
            Proof.CUE, 0, 0, cues)
        return tool_match("issue_metadata", {}, evidence, NAME)

    @staticmethod
    def _colophon_asked(question: Question) -> bool:
        """What the gazette prints about itself (公报的电话、地址、网址), not a unit's (公报里
        区民政局的电话): a colophon word and no organisation or service named."""
        return question.has(words.COLOPHON_ASKS) and not (
            question.of_kind("department") or question.of_kind("service"))

    def kind_of(self, match: Match, rows: list[dict[str, Any]]) -> str:
        if match.tool == "issue_metadata" and self._issue(match, rows, False).startswith(
            "数据中没有"
        ):
            return "no_data"
        return "tool"

    def _issue(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return "数据中没有公报期次的信息。"
        printed = ISSUE_NAMED.search(match.question)
        issue = self.issue_named(match.question)
        named = [r for r in rows if issue and r["source_id"] == issue.ref]
        if printed and not named:
            held = "、".join(r["title"] for r in rows)
            return f"数据中没有{printed.group(0)}公报，只有：{held}。"
        chosen = (named or rows)[0]
        latest = "" if named or len(rows) == 1 else "（最新一期）"
        published = printed_date(chosen["published"])
        publisher = str(chosen["publisher"] or "").split("：")[-1]  # 主办：区政府办公室
        answer = f"《{chosen['title']}》{latest}由{publisher}于{published}出版。"
        if any(word in match.question for word in words.COLOPHON_ASKS) and chosen.get("colophon"):
            printed = [part for part in chosen["colophon"].split("；") if _WORDED.search(part)]
            answer += f"\n封底印有：{'；'.join(printed)}。"  # not its rule of ━━━
        return answer

    def _numbered(self, question: Question) -> Match | None:
        text = question.text
        full = _DOC_FULL.search(text)
        short = _DOC_SHORT.search(text)
        loose = re.search(r"(\d+)\s*号", text) if "文号" in text else None
        if not full and not short and not loose:
            return None
        evidence = Evidence(Proof.IDENTIFIER, 1, 1, len(question.found(words.DOCUMENT)))
        if full:
            prefix, year, number = full.group(1), int(full.group(2)), int(full.group(3))
            documents = self.lexicon.documents_numbered(number, year)
            # X府人〔N〕M号 is not X府办发〔N〕M号: another office's number is no match
            office = prefix if re.search(_ISSUING_OFFICE, prefix) else ""
            documents = [d for d in documents if _shared_tail(office, d.name)] if office \
                else documents
            asked = full.group(0)
        else:
            found = short or loose
            assert found is not None
            number = int(found.group(1))
            documents = self.lexicon.documents_numbered(number)
            asked = f"{number}号"
        if not documents:
            return Match(
                "no_data",
                evidence=evidence,
                domain=NAME,
                message=f"数据中没有文号为“{asked}”的文件。",
            )
        if len(documents) > 1:
            matches = [
                tool_match(
                    "document_by_number", {"doc_number": d.name}, evidence, NAME, message=d.name
                )
                for d in documents
            ]
            return self.clarify(
                matches, f"有{len(documents)}个文件的文号是{asked}，您问的是哪一个？"
            )
        number_text = documents[0].name
        notices = {n.name for n in self.lexicon.notices}
        if question.has(words.APPOINTMENT) and number_text in notices:
            return tool_match(
                "appointments_in_document", {"doc_number": number_text}, evidence, "appointment"
            )
        return tool_match("document_by_number", {"doc_number": number_text}, evidence, NAME)

    def _document(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return f"数据中没有文号为“{match.args.get('doc_number', '')}”的文件。"
        row = rows[0]
        page = f"，刊登在公报第{row['toc_page']}页" if row.get("toc_page") else ""
        issued = f"{row['issuer']}{printed_date(row['sign_date'])}印发"
        people = f"任免人员：{row['people']}。" if row.get("people") else ""
        answer = f"{row['doc_number']}是《{row['title']}》，{issued}{page}。{people}"
        if row.get("opening") and any(word in match.question for word in words.CONTENT_ASKS):
            opening = row["opening"]  # 说的啥: what it says, as its first paragraph puts it
            cut = opening if len(opening) <= MAX_OPENING else f"{opening[:MAX_OPENING]}…"
            answer += f"\n正文开头：“{cut}”"
        return answer


def _shared_tail(prefix: str, name: str) -> bool:
    """'府办发' and '<区>府办发〔年〕N号' share the issuing-office part."""
    head = name.split("〔")[0]
    return bool(prefix) and (head.endswith(prefix[-2:]) or prefix.endswith(head[-2:]))
