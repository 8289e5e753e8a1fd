"""Insurance notices: payouts per peril, claim procedures, who does what; and for a notice named
by its title's words (农房保险, 防贫保), the sentences of that notice that answer (its premium,
who pays, insurer, term, claims)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bot import asked as asking
from bot import vocabulary as words
from bot.compose import group_by, printed_date, yuan
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.insurance_arithmetic import (
    asks_premium_for_count,
    computed_payout,
    gives_case,
    named_in,
)
from bot.domains.matching import BaseDomain, abbreviated
from bot.domains.passages import Passages, bigrams, said_once

NAME = "insurance"
QUOTED = "passages_of_insurance"  # the paragraphs of one insurance notice
PASSAGES = "passages"  # what an answer quoting them is
MAX_QUOTED = 3
# The question is about an insurance (保险, 防贫保, 保费, 险), not only sharing a pair of its
# title's characters (安全 of 食品安全责任保险): 保 not in 保障, 确保, 五保, 低保 …
_INSURED = re.compile(r"险|(?<![确担环五低医社劳])保(?![障护持证留管])")
_PAYS_IN = re.compile(r"[交缴]|自己出|出钱|买")
_ABOUT_INSURANCE = re.compile(r"保险|保费|保额|投保|承保|理赔")  # the insurance itself named


class Insurance(BaseDomain):
    name = NAME
    tools = (
        "insurance_payouts",
        "insurance_claims_of_peril",
        "insurance_duties_by_keyword",
        QUOTED,
    )

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self.writers = {
            "insurance_payouts": self._payouts,
            "insurance_claims_of_peril": self._claims,
            "insurance_duties_by_keyword": self._duties,
            PASSAGES: self._quoted,
        }
        self.quoting = Passages(context)  # its ranking and quoting, over one notice's text

    def match(self, question: Question) -> Match | None:
        text = question.text
        perils = question.of_kind("peril")
        scheme = self._scheme(question)
        if unlisted := self._unlisted_insured(text):  # 种黄瓜…目标价格保险: no notice insures it
            return Match("no_data", evidence=Evidence(Proof.STRONG, 1, 1, 1), domain=NAME,
                         message=f"数据中没有{unlisted}养殖或种植保险的公报内容。")
        asked = asking.asked(text)
        if asked is not None and asked.name == "doc_number":
            return None  # 巨灾保险那个通知的文号: the notice itself is asked about (documents)
        if scheme and not self.lexicon.insurances[scheme][1]:
            return self._terms(question, scheme)
        strong = question.has(words.INSURANCE)
        other = question.has(words.OTHER_INSURANCE)
        weak = question.has(words.INSURANCE_WEAK) and not other
        if not strong and not (weak and (perils or "保险" in text)):
            return None
        proof = Proof.STRONG if strong else (Proof.NAME if perils else Proof.CUE)
        cues = len(question.found(words.INSURANCE)) + len(question.found(words.INSURANCE_WEAK))
        evidence = Evidence(proof, len(perils), len(perils), cues)
        # as printed: a resident's word for a peril is looked up by the scope's (楼上掉 → 高空坠物)
        peril_words = [words.PERIL_WORDS.get(word, word) for word in question.span_texts("peril")]
        department = self.department_name(question)
        asks_department = bool(department) and not question.has(words.CLAIM)
        if question.has(words.DUTY) or asks_department:
            keyword = department or (peril_words[0] if peril_words else "")
            args = {"keyword": keyword} if keyword else {"all": "1"}  # no keyword: all
            return tool_match("insurance_duties_by_keyword", args, evidence, NAME)
        if question.has(words.PAYOUT_KINDS) and (per_peril := self._latest_per_peril()):
            # 残疾了咋个赔: the terms of the scheme paying per peril state it, quoted
            document_id = self.lexicon.insurances[per_peril][0]
            return tool_match(QUOTED, {"document_id": document_id}, evidence, NAME,
                              focus=(per_peril,))
        if question.has(words.CLAIM) and not question.has(("赔多少", "多少钱")):
            if peril_words:
                return tool_match(
                    "insurance_claims_of_peril", {"peril": peril_words[0]}, evidence, NAME
                )
            matches = [
                tool_match(
                    "insurance_claims_of_peril",
                    {"peril": p},
                    evidence,
                    NAME,
                    message=f"{p}怎么理赔",
                )
                for p in dict.fromkeys(e.name for e in self.lexicon.entries["peril"])
            ]
            return self.clarify(matches, "巨灾保险按灾害类别理赔，您遇到的是哪一类？")
        return tool_match("insurance_payouts", {"all": "1"}, evidence, NAME, focus=tuple(perils))

    def _scheme(self, question: Question) -> str | None:
        """The insurance document a question names by its title's words (农房 → 农村住房保险)."""
        titles = list(self.lexicon.insurances)
        named = {t for t in titles if any(p in t for p in question.span_texts("document"))}
        # the scheme's words without its years: 农房 names every year's 农村住房保险 notice
        # (a scheme paying per peril, 巨灾, is answered by its payouts below, not named here)
        listing = {_scheme_words(t) for t in titles if self.lexicon.insurances[t][1]}
        schemes = sorted({_scheme_words(t) for t in titles})
        named = named or {t for part in abbreviated(question.text, schemes, gap=3, series=True)
                          - listing
                          for t in titles if _scheme_words(t) == part}
        named = named or _named_before_insurance(
            question.text, [t for t in titles if _scheme_words(t) not in listing])
        # 水稻一亩交多少: also the notices whose tables list what is insured
        # named whole (公益林) before by a head noun (损失 of 房屋损失)
        documents = ({ref for insured, ref in self.lexicon.insured.items()
                      if insured in question.text}
                     or {ref for insured, ref in self.lexicon.insured.items()
                         if self._names_insured(question, insured)})
        named |= {t for t in titles if self.lexicon.insurances[t][0] in documents}
        named = named or self._insuring_in_text(question)
        if not named and _loss_reported(question):
            return self._insured_by_characters(question)  # 羊子死了好久之内要报案
        if not named:
            return self._latest_of_no_perils(question)
        # several notices of the scheme (a later year's replaces an earlier one): the latest
        return self._latest(named)

    def _insuring_in_text(self, question: Question) -> set[str]:
        """养鱼的保险: the notices whose text names the animal or crop farmed (鱼类 in a sentence,
        in no table), rather than the latest notice of another scheme."""
        asked = _farmed(question.text)
        if not asked:
            return set()
        refs = {ref for ref, text in self.lexicon.insurance_texts.items() if asked in text}
        return {t for t, (ref, _) in self.lexicon.insurances.items() if ref in refs}

    def _insured_by_characters(self, question: Question) -> str | None:
        """A loss reported without the insurance named (羊子死了好久之内要报案, 鱼塘出了事几个
        小时之内要报案): the latest notice of the scheme whose own words (山羊, 农业机械) and
        insured things (池塘, 蛋鸡) the question names most, by their head character (羊 of
        山羊, 塘 of 池塘) or by a two-character short form (农机 of 农业机械), when one scheme is
        named more than any other; the words every scheme prints (养殖, 种植) name none."""
        named: dict[str, int] = {}
        for title, (document_id, _) in self.lexicon.insurances.items():
            scheme = _scheme_words(title)
            things = [scheme, *(thing for thing, ref in self.lexicon.insured.items()
                                if ref == document_id)]
            pieces = {piece for thing in things
                      if (piece := _without_generic(thing))}
            count = sum(piece[-1] in question.text or _short_form_named(piece, question.text)
                        for piece in pieces)
            named[scheme] = max(named.get(scheme, 0), count)
        ranked = sorted(named.values(), reverse=True)
        if not ranked or ranked[0] == 0 or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return None
        best = next(scheme for scheme, count in named.items() if count == ranked[0])
        titles = [title for title in self.lexicon.insurances if _scheme_words(title) == best]
        return self._latest(titles)

    def _names_insured(self, question: Question, insured: str) -> bool:
        """The question names what a notice's table lists by its head noun (母猪 of 能繁母猪);
        a head noun a compensation rate also prints (损失 of 房屋损失 and of 停产停业损失补偿费)
        names it only in a question about insurance."""
        shared = bool(self.lexicon.rates.hits(insured[-2:]))
        return named_in(insured, question.text) and (
            not shared or bool(_ABOUT_INSURANCE.search(question.text)))

    def _latest(self, titles: Iterable[str]) -> str | None:
        """The notice of `titles` printed last (a later year's replaces an earlier one)."""
        return max(titles, key=lambda title: self.lexicon.insurance_dates.get(title, ""),
                   default=None)

    def _latest_per_peril(self) -> str | None:
        """The latest notice of a scheme that pays per peril (a catastrophe scheme)."""
        return self._latest(t for t in self.lexicon.insurances if self.lexicon.insurances[t][1])

    def _latest_of_no_perils(self, question: Question) -> str | None:
        """A question about insurance that names no notice (大棚保险保费好多): the latest
        notice, unless that one lists perils with payouts (a catastrophe scheme, answered by
        its payouts) or the question names a word of such a scheme's title (巨灾)."""
        titles = list(self.lexicon.insurances)
        if not titles or question.of_kind("peril") or not _ABOUT_INSURANCE.search(question.text):
            return None
        latest = self._latest(titles)
        listing = [t for t in titles if self.lexicon.insurances[t][1]]
        named = any(_scheme_part(t)[-2:] in question.text for t in listing)
        return None if self.lexicon.insurances[latest][1] or named else latest

    def _unlisted_insured(self, text: str) -> str | None:
        """The crop or livestock of a 养殖/种植保险 asked about that no notice insures (鸵鸟养殖
        保险): asked of another notice, its figures would be someone else's."""
        thing = _farmed(text)
        if not thing:
            return None
        printed = [*self.lexicon.insurances, *self.lexicon.insured]
        if any(thing in name or name in thing for name in printed):
            return None
        # 养鱼: a notice insuring 鱼类 names it in its text, not in a table
        return None if any(thing in text for text in self.lexicon.insurance_texts.values()) \
            else thing

    def _terms(self, question: Question, scheme: str) -> Match | None:
        """An insurance document without per-peril payouts: its payout clauses; other facts
        (premium, insurer, period, procedure) are sentences of the document (passages)."""
        evidence = Evidence(Proof.STRONG, 1, 1, 1)
        document_id = self.lexicon.insurances[scheme][0]
        if question.has(words.COVERAGE_ASKS):  # 年久失修垮了赔不赔: what it covers, quoted
            return tool_match(QUOTED, {"document_id": document_id}, evidence, NAME,
                              focus=(scheme,))
        # 怎么赔 asks the procedure, unless the question tells its case (4个人过渡了3个月)
        if (re.search(r"赔|补偿|给付", question.text) and (
                not question.has(words.CLAIM) or gives_case(question.text))) or (
                asks_premium_for_count(question.text)):  # 200只保费一共好多: computed
            return tool_match("insurance_payouts", {"document_id": document_id}, evidence, NAME,
                              focus=(scheme,))
        if not _INSURED.search(question.text) and not _loss_reported(question):
            return None  # a pair of the title's characters, not the insurance, is named
        if (question.has(words.DUTY) or question.has(words.WHO_HANDLES)) and _names_scheme(
                question.text, scheme):
            # 农房保险的低保户名单是哪个部门提供: the notice's duties, the one asked first
            return tool_match("insurance_duties_by_keyword", {"all": "1"}, evidence, NAME,
                              focus=(scheme,))
        return tool_match(QUOTED, {"document_id": document_id}, evidence, NAME, focus=(scheme,))

    def prepare(self, match: Match) -> Match:
        """The notice's sentences answer as quoted passages, whichever query read them."""
        if match.tool != QUOTED:
            return match
        return Match("tool", tool=PASSAGES, args=match.args, domain=NAME, evidence=match.evidence,
                     focus=match.focus, question=match.question)

    def arrange(self, match: Match, result: dict[str, Any]) -> dict[str, Any]:
        """Of the notice's paragraphs, the sentences answering the question (the notice's name
        left out: its sentences need not repeat it); those holding a value of the asked kind
        come first."""
        if match.tool != PASSAGES:
            return result
        question = match.question
        for piece in abbreviated(question, [_scheme_part(t) for t in match.focus], gap=3):
            question = question.replace(piece, " ")
        for title in match.focus:  # the scheme named in full (农村住房保险) tells no sentence
            question = question.replace(_scheme_words(title), " ")
        quotes = self.quoting.quotes(_as_printed(question), result.get("rows", []), within=True)
        attribute = asking.asked(match.question)
        paid_in = attribute is not None and attribute.name in ("fee", "charge")
        if paid_in and _PAYS_IN.search(question):
            attribute = asking.by_name("premium")  # what the insured pays in is the premium
        # 现将有关事项通知如下：introduces, says nothing
        said = said_once(quotes, attribute,
                         lambda quote, _: not "".join(quote.sentences).endswith(("：", ":")))
        rows = [{**quote.row, "quoted": text} for text, quote in said.items()]
        return {**result, "rows": rows[:MAX_QUOTED]}

    def answered_as(self, match: Match) -> str | None:
        """A notice's sentences answer one of the insurance questions: whether and how a loss
        is paid (claims), who does what (duties), or what it costs and pays (payouts)."""
        if match.tool != PASSAGES:
            return match.tool
        question = Question(match.question, [])
        if question.has(words.COVERAGE_ASKS) or _loss_reported(question):
            return "insurance_claims_of_peril"
        if question.has(words.DUTY) or question.has(words.WHO_HANDLES):
            return "insurance_duties_by_keyword"
        return "insurance_payouts"

    def kind_of(self, match: Match, rows: list[dict[str, Any]]) -> str:
        return "no_data" if match.tool == PASSAGES and not rows else "tool"

    def portal_link(self, match: Match, rows: list[dict[str, Any]], wording: Any) -> str:
        if match.tool == PASSAGES and rows:
            return wording.paragraph_url(rows[0])
        return super().portal_link(match, rows, wording)

    def shown_rows(self, match: Match, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if match.tool != "insurance_payouts":
            return rows
        scheme = self.lexicon.insurances.get(match.focus[0]) if match.focus else None
        if scheme:
            return [row for row in rows if row["document_id"] == scheme[0]]
        rows = _latest_notice(rows, match.question)
        perils = [row for row in rows if row["peril"]]
        if not perils:  # the latest notice of the scheme asked prints its payouts as clauses
            return rows
        if match.focus:
            return [row for row in perils if row["peril"] in match.focus] or perils
        return perils

    def _payouts(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        chosen = self.shown_rows(match, rows)
        if chosen and chosen[0]["clause"]:
            first = chosen[0]
            source = f"{first['document_title']}（{first['doc_number']}，{first['sign_date']}）"
            lines = [f"{source}赔付标准："]
            computed = computed_payout(match.question, chosen)
            return "\n".join(([computed] if computed else []) + lines
                             + [_clause(row) for row in chosen])
        rows = [row for row in rows if row["peril"]]
        if not rows or not chosen:
            return "数据中没有这项保险的赔付标准。"
        question = match.question
        first = rows[0]
        lines = []
        asks_people = re.search(r"保谁|对象|哪些人|多少人|外地|流动|户籍|谁能|覆盖", question)
        asks_term = re.search(
            r"生效|期限|多久|几年|有效|什么时候|时间|开始算|开始管|从好久|几号|哪天", question)
        asks_certifier = re.search(r"认定|哪个部门|谁来", question)
        if asks_people:
            estimate = f"（共{first['covered_estimate']}）" if first.get("covered_estimate") else ""
            lines.append(f"巨灾保险保障对象：{first['covered_persons'].rstrip('。')}{estimate}。")
        if asks_term:
            leaflet = (
                f"（宣传资料写作“{first['term_text_leaflet']}”）"
                if first.get("term_text_leaflet")
                and first["term_text_leaflet"] != first["term_text"]
                else ""
            )
            lines.append(
                f"巨灾保险{printed_date(first['effective_date'])}起生效，{first['term_text']}{leaflet}。"
            )
        if asks_certifier:
            lines += [f"{row['peril']}：由{row['certified_by']}认定。" for row in chosen]
        if not lines or re.search(r"赔|多少|标准|钱", question):
            payouts = "；".join(
                f"{'、'.join(r['peril'] for r in group)}每人{yuan(value)}"
                for value, group in group_by(chosen, "death_payout").items()
            )
            lines.insert(0, f"巨灾保险死亡赔偿：{payouts}。")
        return "\n".join(lines)

    def _claims(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return f"数据中没有“{match.args.get('peril', '')}”的巨灾保险理赔流程。"
        return "\n".join(
            f"{row['peril']}理赔（对接部门：{row['contact_departments']}）：{row['process']}"
            for row in rows[:2]
        )

    def _quoted(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        title = match.focus[0] if match.focus else "该保险文件"
        if not rows:
            return f"数据中没有找到《{title}》中回答这个问题的原文。"
        return self.quoting.write(match, rows, truncated)

    def _duties(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if match.focus:  # one notice named: its duties, those sharing the question's words first
            # without the notice's own name (农村住房保险)
            asked = match.question.replace(_scheme_words(match.focus[0]), " ").replace("保险", " ")
            rows = _asked_first([r for r in rows if r["document_title"] == match.focus[0]], asked)
        scheme = f"《{match.focus[0]}》" if match.focus else "巨灾保险"
        if not rows:
            return f"{scheme}职责分工中没有与“{match.args.get('keyword', '')}”有关的内容。"
        lines = [f"{scheme}职责分工："] if len(rows) > 1 else []
        lines += [f"{row['department']}：{row['duty']}" for row in rows[:15]]
        return "\n".join(lines)


_CONTACTS = ("phone", "address")  # asked of a notice that prints none: said plainly elsewhere
_FARM_INSURANCE = re.compile(r"(?P<thing>[\u4e00-\u9fff]{2,4}?)(?:的)?(?:养殖|种植)保险")
_JOINING = re.compile(r"^(?:参加|购买|投保|参保|办理|买)")  # the verb before what is insured
# 种黄瓜有没得…保险 / 养鸭子的能买保险不: the crop or animal grown, named after its verb
_GROWN = re.compile(r"(?:种|养)(?![植殖的了些点])(?P<thing>[\u4e00-\u9fff]{1,3}?)"
                    r"(?=有没|能不|可以|能买|买|的|[，,\s])")


def _farmed(text: str) -> str:
    """The crop or livestock a question about its insurance names (鸵鸟 of 鸵鸟养殖保险, 鱼 of
    养鱼的保险), else ""."""
    asked = _FARM_INSURANCE.search(text) or (
        _GROWN.search(text) if _ABOUT_INSURANCE.search(text) else None)
    return _JOINING.sub("", asked["thing"]) if asked else ""  # 参加家禽养殖保险: 家禽


def _names_scheme(text: str, title: str) -> bool:
    """The question names the notice's insurance (农房保险 for 农村住房保险), not only some
    insurance (城乡居民养老保险): the two characters before a 保险 (险: 食安险) are words of
    its title."""
    scheme = set(_scheme_words(title))
    return any(set(text[m.start() - 2:m.start()]) <= scheme
               for m in re.finditer("保?险", text) if m.start() >= 2)


def _named_before_insurance(text: str, titles: list[str]) -> set[str]:
    """The notices whose scheme's words hold the two to four characters before a 保险 of the
    question (山羊保险 → 山羊养殖 and 大足黑山羊养殖: every year's notice of it), the longest
    piece that any holds (a scheme paying per peril, 巨灾, is left to its payouts)."""
    for found in re.finditer("保?险", text):
        before = text[max(0, found.start() - 4):found.start()]
        for size in range(len(before), 1, -1):
            piece = before[-size:]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", piece):
                break
            named = {title for title in titles if piece in _scheme_words(title)}
            if named:
                return named
    return set()


def _as_printed(question: str) -> str:
    """Residents' words as the notices print them (低保 → 最低生活保障, 遭雷 → 雷击, 责任险 →
    责任保险: a scheme's short name)."""
    for colloquial, printed in {**words.SERVICE_WORDS, **words.PERIL_WORDS}.items():
        question = question.replace(colloquial, printed)
    return _SHORT_INSURANCE.sub(r"\1保险", question)


# 公众责任险, 农房险: a scheme named with 险 for 保险 (not 风险, 危险, 出险 …)
_SHORT_INSURANCE = re.compile(r"([\u4e00-\u9fff](?<![保风危冒抢脱排遇出涉]))险")


def _asked_first(rows: list[dict[str, Any]], question: str) -> list[dict[str, Any]]:
    """Duty rows, those sharing most of the question's character pairs first (低保户名单 →
    提供…最低生活保障对象名单); the colloquial words read as printed (低保 → 最低生活保障)."""
    asked = set(bigrams(_as_printed(question)))
    return sorted(rows, key=lambda row: -len(asked & set(bigrams(row["department"] + row["duty"]))))


def _clause(row: dict[str, Any]) -> str:
    """A payout clause as printed; a table row as its first cell and its labelled figures
    (柑橘：保险金额每亩4000元，费率5%…)."""
    clause = row["clause"]
    if "\t" not in clause or not row.get("figures"):
        return clause
    # named by its printed words before its figures: 连续阴雨，连续降雨8—10天 (a row continuing
    # the group above, ⇥连续降雨11—14天⇥400, by its own)
    words_before = []
    for cell in (cell.strip() for cell in clause.split("\t")):
        if re.search(r"\d+(?:\.\d+)?\s*(?:元|%|％)?$", cell) and words_before:
            break
        if cell:
            words_before.append(cell)
    return f"{'，'.join(words_before)}：{row['figures']}。"


def _scheme_words(title: str) -> str:
    """The words naming a title's scheme: after its years (关于做好2023—2024年度农村住房 →
    农村住房), else after 关于 and the verb of the notice (关于持续开展巨灾 → 巨灾); without
    a qualifier of how it is run (政策性)."""
    part = _scheme_part(title)
    for qualifier in words.SCHEME_QUALIFIERS:  # 政策性农村住房 and 农村住房: one scheme
        part = part.replace(qualifier, "")
    years = list(_YEARS.finditer(part))
    if years:
        return part[years[-1].end():]
    return _NOTICE_VERB.sub("", part.split("关于", 1)[-1])


_YEARS = re.compile(r"\d{4}(?:[—\-－～至]\d{4})?年度?")
_NOTICE_VERB = re.compile(r"^(?:持续|继续|进一步)?(?:做好|开展|实施|推进|推行|落实|印发)")


def _loss_reported(question: Question) -> bool:
    """The question is about reporting or paying a loss (好久之内要报案, 赔款几天到账), not about
    a contact the notices do not print (打哪个电话报案: said plainly as not stated)."""
    asked = question.attribute
    return question.has(words.LOSS_REPORT) and (asked is None or asked.name not in _CONTACTS)


def _without_generic(thing: str) -> str:
    """A scheme's word or an insured thing without the words every scheme prints (池塘养殖 →
    池塘)."""
    for generic in words.SCHEME_GENERIC:
        thing = thing.replace(generic, "")
    return thing


def _short_form_named(piece: str, text: str) -> bool:
    """The text names a piece of four characters or more by its first and third (农机 of
    农业机械)."""
    return len(piece) >= 4 and f"{piece[0]}{piece[2]}" in text


def _scheme_part(title: str) -> str:
    """A title up to its last 保险: the words that name the insurance."""
    return title[: title.rfind("保险")] if "保险" in title else title


def _latest_notice(rows: list[dict[str, Any]], question: str) -> list[dict[str, Any]]:
    """The rows of the latest notice whose title holds the scheme's word the question uses
    (巨灾: a later year's 巨灾保险 notice replaces issue 1's); all rows when it uses none."""
    named = [w for w in words.INSURANCE if w in question]
    notices = [row for row in rows if any(w in (row.get("document_title") or "") for w in named)]
    if not notices:
        return rows
    latest = max(notices, key=lambda row: row["sign_date"] or "")["document_id"]
    return [row for row in notices if row["document_id"] == latest]
