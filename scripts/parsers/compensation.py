"""Expropriation notices → `compensation_projects` and `compensation_rates`.

A notice's clauses (一、项目名称：…, 1．签约期限：…, 【签约期】…, or a heading over its paragraph),
found by the labels of sources/vocab/compensation_labels.csv, give the project (else its title
names it); the decision it implements gives its id, household count and floor area (each read
after its label, never the first number of 户; the notice's own figure when the decision prints
it too). The notice's 附件 补偿方案 gives the rates: sentences under headings (`rate_sentences`)
and rows of rates tables (`rate_tables`; a cell wrapped onto the next line between a number
and its unit joined again), read into label + amount + unit + conditions, so that
any household's compensation can be computed from the rates table alone. What cannot be read
goes to the review report with its line; the run carries on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import asdict

from ..documents import Document, attachments
from ..tables import ExtractionContext, Row
from ..text import (
    BULLETS,
    CIRCLED_NUMBER,
    IDEOGRAPHIC_NUMBER,
    ORDINAL_NUMERAL,
    PERIOD_DATE,
    STEMS,
    arabic_counts,
    chinese_number,
    period_dates,
    squeeze_recorded,
    unspaced,
)
from . import parser
from .rate_model import Rate
from .rate_sentences import RateReader
from .rate_tables import RatesTable
from .rate_terms import LABELS_FILE, TERMS_FILE, Terms, labelled_number, load_terms

# A clause's label ends at a colon or a dash (6．签约期限——45日，自…起计算)
_LABEL_END = r"([^：:—－，。；]+)(?:[：:]|——|－－)"
_CLAUSE = re.compile(rf"^{ORDINAL_NUMERAL}、{_LABEL_END}(.+)$")
_SUB_CLAUSE = re.compile(
    rf"^(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|{CIRCLED_NUMBER}|{IDEOGRAPHIC_NUMBER})"
    rf"\s*{_LABEL_END}(.+)$")  # （一）… 1．… ㈦…
_LAYOUT_GAP = re.compile(r"\t|\u3000{2,}| {4,}")  # between a label and its value
# 【签约期】2021年… / ㈦〈签约期限〉2024年… / 3.「签约期限」…: a label in brackets, after any
# item number, then its value
_BRACKETED_NUMBER = rf"(?:{ORDINAL_NUMERAL}|\d{{1,2}})"  # 【一】 / 〔3〕: an ordinal in brackets
_ITEM_NUMBER = (rf"(?:{CIRCLED_NUMBER}|{IDEOGRAPHIC_NUMBER}|{ORDINAL_NUMERAL}、"
                r"|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])")
_BRACKETED_CLAUSE = re.compile(
    rf"^{_ITEM_NUMBER}?\s*[【〖〈「『［](?!{_BRACKETED_NUMBER}[】〗〉」』］])([^】〗〉」』］]+)"
    r"[】〗〉」』］]\s*(.+)$")
_ANSWER = re.compile(r"^答[：:](.+)$")  # a notice in questions and answers: an answer's terms
_LIST_MARK = re.compile(rf"^(?:{CIRCLED_NUMBER}|[{BULLETS}])\s*")  # ① / ⑴ / ⒈ / ■
_BULLET_CLAUSE = re.compile(rf"^[{BULLETS}]\s*{_LABEL_END}(.+)$")  # ■ 签约时间：…
# ◆签约期限　2023年… / 4．签约期限　自…: a bulleted or numbered label and its value after
# one ideographic space
_BULLET_SPACED = re.compile(
    rf"^(?:[{BULLETS}]|\d{{1,2}}[.．、]|{CIRCLED_NUMBER}|{IDEOGRAPHIC_NUMBER})\s*"
    r"([^\s：:，。；]{2,10})\u3000+(\S.*)$")
# 第三条　签约期限。自…起至…止: an article headed by its label and a full stop
_ARTICLE_CLAUSE = re.compile(
    r"^第[一二三四五六七八九十百\d]+条\s*([^：:—－，。；]{2,12})(?:[：:。]|——|－－)(.+)$")
# （五）签约期限。2025年5月20日起至…: a numbered label closed by a full stop, then its value
_NUMBERED_TITLED_CLAUSE = re.compile(rf"^{_ITEM_NUMBER}\s*([^：:—－，。；]{{2,12}})。(.+)$")
_CLAUSE_FORMS = (_CLAUSE, _SUB_CLAUSE, _BRACKETED_CLAUSE, _BULLET_CLAUSE, _ARTICLE_CLAUSE,
                 _NUMBERED_TITLED_CLAUSE)
# 三、装饰装修补偿 / 丙、奖励办法 / 第三部分　装饰装修补偿 / 第四节　装饰装修补偿 /
# 【四】装饰装修补偿
_HEADING = re.compile(rf"^(?:{ORDINAL_NUMERAL}、|[{STEMS}]、"
                      rf"|第[一二三四五六七八九十]+(?:部分|章|节)\s*"
                      rf"|[【〖〔［\[]{_BRACKETED_NUMBER}[】〗〕］\]]\s*)(.+)$")
_ORDINAL = re.compile(  # （一） / 1． / 4.1 / F2． / 第七条 / ㈠ / ⑴ / ① / 1）
    r"^(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.．]\d+|\d+[.．、)）]|[A-ZＡ-Ｚ]\d{1,2}[.．、]"
    rf"|第[一二三四五六七八九十\d]+条|{IDEOGRAPHIC_NUMBER}|{CIRCLED_NUMBER})\s*")
# 4　搬迁费和临时安置费: a heading numbered by a bare digit (over its clauses 4.1, 4.2 …)
# 关于签约期限。签约期限自…: a heading's label (after 关于) closed by a full stop, then its text
_TITLED_SENTENCE = re.compile(r"^(?:关于)?([^，。；：:,;]{2,12})。(.+)$")
_DIGIT_HEADING = re.compile(r"^\s*\d{1,2}[\u3000 ]+([^\d\s，。；：:]{2,16})\s*$")
# 【装饰装修补偿】 alone on its line: a heading in brackets
_BRACKETED_HEADING = re.compile(r"^[【〖]([^】〗]{2,16})[】〗]$")
# C．被征收房屋价值补偿 / K．测算示例（仅供参考） / Ⅳ．搬迁补助费: a section lettered or numbered
# in Roman numerals in order, its title alone on its line (no sentence, no figure outside a
# remark in brackets)
_LETTERED_HEADING = re.compile(
    r"^(?:[A-ZＡ-Ｚ]|[\u2160-\u217f]+)[.．、]\s*([^，,。；;：:\d（(]{2,20}(?:[（(][^（()）]*[)）])?)$")
_SENTENCE_END = re.compile(r"[。；;]")
# …设施按下列标准补偿（选择产权调换的，…不再补偿）：a remark in brackets stating a clause of
# its own, no part of the label
_CLAUSE_REMARK = re.compile(r"[（(][^（()）]*[，,；;][^（()）]*[)）]")
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百\d]+条")  # 第七条　…: an article of the scheme
_TITLE_ALONE = re.compile(r"^[^\s，,。；;：:\d]{2,16}$")  # an article's title, no clause after it
# 每月临时安置补助费为60×12=720元，不足800元，按800元计发。: a worked example, not a rule
_WORKED_EXAMPLE = re.compile(r"[^。；;]*[×*][^。；;]*[=＝][^。；;]*[。；;]?")
# 示例一：…房屋价值补偿85×4520=384200元；装饰装修补偿85×145=12325元；…合计…: a household's
# case worked out, computation after computation
_WORKED_CASE = 2


def _is_worked_case(line: str) -> bool:
    """A line working out a household's case (two or more computations A×B=C): its amounts are
    results, no rates, and none is left to review."""
    return len(_WORKED_EXAMPLE.findall(line)) >= _WORKED_CASE


_DASHED = re.compile(r"^([^，,。；;：:\d]{2,12}?)(?:——|－－|--)(.+)$")  # a subject and a dash
_PRINTED_MONEY = re.compile(r"(\d+(?:\.\d+)?)(万)?元")
_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _section_heading(terms: Terms, line: str) -> re.Match[str] | None:
    """A section numbered after a curated word, its title alone on its line (补偿项目三　搬家
    补助费 / 奖励项目一：签约奖励): the title, as any heading's, names the fee under it."""
    words = "|".join(map(re.escape, terms.words("section_word"))) or "(?!)"
    return re.match(rf"^\s*(?:{words})(?:{ORDINAL_NUMERAL}|\d{{1,2}})(?:\s|[、．.：:])+"
                    r"([^\s，,。；;：:\d]{2,20})\s*$", line)


def _period_dates(period: str) -> list[dt.date]:
    """The dates of a signing period (see `period_dates`); one date and a length in days
    (45日，自2023年5月22日起计算) give the end."""
    dates = period_dates(period)
    if len(dates) == 1 and (days := _period_days(period)):
        dates.append(dates[0] + dt.timedelta(days=days - 1))
    return dates


def _period_days(period: str) -> int | None:
    """The length of a signing period in days (共30天, 为期45日, 45日，自…起, 自…起30日内), its
    dates aside."""
    undated = PERIOD_DATE.sub("", unspaced(period))
    days = (re.search(r"(\d+)\s*(?:个)?(?:日|天)(?!内)", undated)
            or re.search(r"起(\d+)\s*(?:个)?(?:日|天)内", undated))
    return int(days[1]) if days else None


REQUIRED = ("signing_period",)
# A project named in a title: 关于征收X项目范围内国有土地上房屋的决定 / 关于X项目房屋征收的公告.
_TITLED_PROJECT = re.compile(r"关于(?:征收)?(?P<name>[^，。“”]+?项目)")


COUNTS = ("times", "months")  # a rate's count of payments, not an amount


class Rates:
    """Collects rate rows for one project, numbering them in printed order."""

    def __init__(self, context: ExtractionContext, project_id: str, terms: Terms):
        self.context = context
        self.project_id = project_id
        self.terms = terms
        self.rows: list[Row] = []  # this project's rates, in printed order

    def add(self, line: int, printed: str, rate: Rate, category: str) -> Row | None:
        """Add one rate; `printed` is the sentence or cell as extracted, kept as its rule_text.
        A rate that names no fee (no category from its cell, clause, table or heading) is
        flagged for review instead, a row must say what it pays for; a count alone (计发一次)
        is no fee and is left out."""
        if not (rate.category or category):
            if rate.basis not in COUNTS:
                self.context.flag(line, f"rate {rate.amount}{rate.unit} names no fee",
                                  expected="a heading, label, clause or table introduction "
                                  "naming the fee", curated_file=TERMS_FILE,
                                  suggested_row="<fee name>,category,<fee>,")
            return None
        rule_text = unspaced(printed)
        self.context.source_text.record(
            line,
            printed.strip(),
            rule_text,
            "squeeze-spaces",
            "spaces inserted by PDF extraction inside Chinese text, numbers and units (m ²)",
        )
        number = len(self.rows) + 1
        values = asdict(rate)
        values["category"] = rate.category or category
        # an amount printed with no label is its category's; an item's list mark (⑴水表) is no
        # part of its name
        values["item"] = _LIST_MARK.sub("", rate.item or "") or values["category"]
        # How the estimator uses the rate, curated: its category's role, its settlement mode.
        values["estimate_role"] = self.terms.value("estimate", values["category"]) or "sum"
        values["settlement"] = self.terms.value("settlement", rate.condition) or rate.settlement
        row = self.context.add(
            "compensation_rates",
            {
                "rate_id": f"{self.project_id}-r{number:02d}",
                "project_id": self.project_id,
                **{name: values[name] for name in RATE_COLUMNS},
                "rule_text": rule_text,
            },
            line=line,
        )
        self.rows.append(row)
        if rate.basis == "per_step_above_threshold":
            self._base_within(row)
        return row

    def _base_within(self, step: Row) -> None:
        """A step printed in a row of its own below its base (…80平方米（含）以内 | 1200 over
        超过80平方米的，每增加10平方米增加 | 150): the base holds within the step's threshold, as
        when both are printed in one sentence — a threshold, not an area band of its own."""
        threshold = step["threshold_m2"]
        base = next((row for row in reversed(self.rows[:-1])
                     if row["category"] == step["category"]
                     and row["property_use"] == step["property_use"]
                     and row["basis"] in ("per_household", "per_household_per_time")), None)
        if (threshold is None or base is None or base["threshold_m2"] is not None
                or base["area_from_m2"] is not None
                or base["area_to_m2"] not in (None, threshold)
                or f"{threshold:g}" not in f"{base['item']}{base['condition'] or ''}"):
            return
        base["threshold_m2"] = threshold
        base["area_to_m2"] = base["area_bounds"] = None

    def share_the_standard(self, category: str, settlement: str) -> None:
        """A clause paying `settlement` 按上述标准 makes the rates and bounds printed above it for
        another settlement hold for both; only the counts (months, times) stay each one's."""
        for row in self.rows:
            if (row["category"] == category and row["settlement"] not in (None, settlement)
                    and row["basis"] not in COUNTS):
                row["settlement"] = None


RATE_COLUMNS = (
    "category",
    "item",
    "property_use",
    "suite",
    "structure",
    "condition",
    "amount",
    "unit",
    "basis",
    "threshold_m2",
    "step_m2",
    "area_from_m2",
    "area_to_m2",
    "area_bounds",
    "excess_up_to_m2",
    "max_days",
    "min_days_early",
    "signing_day_from",
    "signing_day_to",
    "min_persons",
    "max_persons",
    "estimate_role",
    "settlement",
)


def _clauses(
    context: ExtractionContext, terms: Terms, start: int, end: int
) -> dict[str, tuple[int, str]]:
    """Field → (line, value) of the 一、…：… and （一）…：… clauses whose label is curated; a
    numbered heading alone on its line (二、签约期限) takes the paragraph under it as its value,
    and a heading joining two labels (项目名称及征收范围) counts for the first."""
    fields = {label: field for field, labels in terms.labels.items() for label in labels}
    found: dict[str, tuple[int, str]] = {}
    stated_later: dict[str, tuple[int, str]] = {}  # terms a clause's later sentences state
    numbered = list(context.source_text.numbered(start, end))
    for index, (line_no, text) in enumerate(numbered):
        stripped = text.strip()
        cells = [unspaced(cell) for cell in _LAYOUT_GAP.split(stripped) if cell.strip()]
        # 签约期限⇥30日，即… / 签约期限　　2023年6月26日至…: a table of label | value
        if _LAYOUT_GAP.search(stripped) and len(cells) == 2:
            if field := _field_named(fields, cells[0]):
                found.setdefault(field, (line_no, cells[1].rstrip("。；")))
            continue
        bulleted = _BULLET_SPACED.match(stripped)  # ◆签约期限　2023年11月27日起…
        if bulleted and (field := _field_named(fields, bulleted[1])):
            found.setdefault(field, (line_no, bulleted[2].strip().rstrip("。；")))
            continue
        if answer := _ANSWER.match(unspaced(stripped)):  # 问三：好久签约？ over 答：签约期为…
            for field, value in _stated(fields, answer[1]):
                found.setdefault(field, (line_no, value))
            continue
        if not any(form.match(stripped) for form in _CLAUSE_FORMS):
            heading = _HEADING.match(unspaced(stripped))
            if heading and re.search(r"[，。；,;]", heading[1]):
                titled = _TITLED_SENTENCE.match(heading[1])
                if titled and (field := _field_named(fields, titled[1])):
                    # 五、关于签约期限。签约期限自…起至…止，共50日。: the heading's own label
                    found.setdefault(field, (line_no, titled[2].rstrip("。；")))
                # 四、签约期限为30日，自…起至…止。/ 一、本项目房屋征收部门为…，…实施单位为…
                for field, value in _stated(fields, heading[1]):
                    found.setdefault(field, (line_no, value))
                continue
            # 签约期限 alone on its line over its value: a label printed as a row heading
            label = heading[1] if heading else _label_alone(stripped)
            field = _field_named(fields, label) if label else None
            value = next(((no, line.strip()) for no, line in numbered[index + 1:]
                          if line.strip()), None)
            if field and value:
                found.setdefault(field, (value[0], unspaced(value[1]).rstrip("。；")))
            elif heading and value:
                # 一、签约安排 over 本项目签约期限为60日，自…止。: the terms its paragraph states
                for stated, term in _stated(fields, unspaced(value[1])):
                    found.setdefault(stated, (value[0], term))
            continue
        squeezed = squeeze_recorded(context.source_text, line_no, text)
        match = next((clause for form in _CLAUSE_FORMS if (clause := form.match(squeezed))), None)
        if match and match.re is _ARTICLE_CLAUSE:
            for field, value in _article_terms(fields, match[1], match[2]):
                found.setdefault(field, (line_no, value))
        elif match and (field := _field_named(fields, match[1])):
            value, later = _organisation_sentence(field, match[2].rstrip("。；"))
            found.setdefault(field, (line_no, value))
            for stated, term in _stated(fields, later):
                stated_later.setdefault(stated, (line_no, term))
    return stated_later | found


def _organisation_sentence(field: str, value: str) -> tuple[str, str]:
    """(value, the sentences after it) of a clause. An organisation's clause names it in its
    first sentence (④实施单位：X镇人民政府。征收现场工作站设在…); what follows states terms of
    its own. Any other clause's value is the whole clause."""
    if field not in _ORGANISATION_FIELDS:
        return value, ""
    first, _, later = value.partition("。")
    return first, later


def _label_alone(line: str) -> str | None:
    """A line that is a label and nothing else (征收范围, 房屋征收部门: no ordinal, figure or
    sentence), printed over the paragraph that is its value; else None."""
    return line if _TITLE_ALONE.match(line) else None


_ORGANISATION_FIELDS = ("expropriating_department", "implementer")
_COMPANY = re.compile(r"([^，,。；;由（(\d、：:]{4,40}?公司)")


def _article_terms(fields: dict[str, str], label: str, text: str) -> list[tuple[str, str]]:
    """(field, value) of an article (第六条　签约地点。X。办公时间：Y。): its label's value is
    its first sentence, or each term it states with 为 (房屋征收部门为…，征收实施单位为…);
    a later sentence opening with a curated label and a colon is that label's."""
    sentences = [sentence for sentence in text.split("。") if sentence]
    found: list[tuple[str, str]] = []
    if (field := _field_named(fields, label)) and sentences:
        stated = [(named, value.split("，")[0] if named in _ORGANISATION_FIELDS else value)
                  for named, value in _stated(fields, text)]
        found = stated or [(field, sentences[0])]
    for sentence in sentences[1:]:
        named, colon, value = sentence.partition("：")
        if colon and (field := _field_named(fields, named)):
            found.append((field, value))
    return found


def _stated(fields: dict[str, str], clause: str) -> list[tuple[str, str]]:
    """(field, value) of each curated label a numbered sentence states with 为 (签约期限为30日，
    自…止): the value runs to the sentence's end, or to the comma before the next label."""
    labels = "|".join(map(re.escape, sorted(fields, key=len, reverse=True))) or "(?!)"
    # 签约期限为30日 / 签约地点设在… / 签约地点设两处：A；B (the value runs to the first ；) /
    # …，咨询电话：023-… (a label opening a clause of the sentence, then its colon)
    stated = list(re.finditer(rf"({labels})(?:为|是|设在|设于|设[一二两三四五\d]处[：:])"
                              rf"|(?:^|(?<=[，,；;]))({labels})[：:]", clause))
    values = []
    for index, found in enumerate(stated):
        end = stated[index + 1].start() if index + 1 < len(stated) else len(clause)
        value, *ended = re.split(r"[。；]", clause[found.end():end], maxsplit=1)
        value = value.rstrip("，,")
        if index + 1 < len(stated) and not ended and "，" in value:
            value = value[:value.rfind("，")]  # …建委，具体实施单位为…: to the comma before it
        values.append((fields[found[1] or found[2]], value))
    return values


def _period_in_prose(context: ExtractionContext, terms: Terms, start: int, end: int
                     ) -> tuple[int, str] | None:
    """(line, period) of the notice's sentence that states when to sign without a label
    (被征收人应当在…至…（共60日）内与实施单位签订补偿协议 / 请于…起30日内到…签约): a sentence
    naming the signing (a curated `signing_period` or `signing_act` label) and printing a
    period, two dates or a date and its days; the period runs from its first date."""
    words = [*terms.labels_of("signing_period"), *terms.labels_of("signing_act")]
    for line_no, text in context.source_text.numbered(start, end):
        for sentence in re.split(r"[。；;]", unspaced(text)):
            first = PERIOD_DATE.search(sentence)
            if first and any(word in sentence for word in words) and (
                    len(_period_dates(sentence[first.start():])) >= 2):
                return line_no, sentence[first.start():]
    return None


def _field_named(fields: dict[str, str], label: str) -> str | None:
    """The field of a clause label: its own, else that of the curated label it opens with,
    else of the one it ends with (房屋征收评估机构 → 评估机构)."""
    if label in fields:
        return fields[label]
    known = sorted((known for known in fields if len(known) >= 4), key=len, reverse=True)
    return next((fields[word] for word in known if label.startswith(word)),
                next((fields[word] for word in known if label.endswith(word)), None))


def _attachment_lines(context: ExtractionContext, document: Document) -> Iterator[tuple[int, str]]:
    """(line, text) of the notice's attachment: from its '附件' heading to the document's end."""
    in_attachment = False
    for line_no, text in context.source_text.numbered(document.start_line, document.end_line):
        if re.fullmatch(r"附件\s*\d*", text.strip()):
            in_attachment = True
        elif in_attachment:
            yield line_no, text


def _decision(context: ExtractionContext, name: str, notice_text: str) -> Document | None:
    """The decision the notice implements: cited by its 文号, else named by the project."""
    decisions = context.document("expropriation_decision")
    cited = [d for d in decisions if d.doc_number and unspaced(d.doc_number) in notice_text]
    if cited:
        return cited[0]
    stem = unspaced(name).removesuffix("项目")
    return next((d for d in decisions if stem in unspaced(d.title)), None)


def _document_text(context: ExtractionContext, document: Document) -> str:
    return "".join(
        text for _, text in context.source_text.numbered(document.start_line, document.end_line)
    )


def read_households(terms: Terms, text: str) -> int | None:
    """The household count printed after a curated label (…住户58户, 被征收人五十二户), else
    None."""
    counted = _CHINESE_HOUSEHOLDS.sub(lambda match: f"{chinese_number(match[1])}户", text)
    value = labelled_number(terms, "households", counted, "户")
    return int(float(value)) if value else None


_NUMERALS = "一二两三四五六七八九十百"
_CHINESE_HOUSEHOLDS = re.compile(rf"(?<![{_NUMERALS}])([{_NUMERALS}]{{2,}})户")  # not 一户一表


def read_floor_area(terms: Terms, text: str) -> float | None:
    """The floor area printed after a curated label (建筑面积约6721.38平方米), else None."""
    value = labelled_number(terms, "floor_area_m2", text, terms.alternation("unit", "m²"))
    return float(value) if value else None


@parser("expropriation_notice")
def parse_expropriation(document: Document, context: ExtractionContext) -> None:
    terms = load_terms(context.source_text.source.path.parent)
    body_end = min(attachments(context.source_text, document).values(), default=document.end_line)
    clauses = _clauses(context, terms, document.start_line, body_end)
    if "signing_period" not in clauses and (
            stated := _period_in_prose(context, terms, document.start_line, body_end)):
        clauses["signing_period"] = stated
    missing = [field for field in REQUIRED if field not in clauses]
    if missing:
        context.flag(
            document.start_line,
            f"expropriation notice without clause(s) {', '.join(missing)}",
            expected="numbered clauses such as 一、项目名称：…",
            curated_file=LABELS_FILE,
            suggested_row=f"<printed label>,{missing[0]},",
        )
        return
    notice_text = unspaced(_document_text(context, document))
    named = clauses.get("name") or _titled_project(document)
    if named is None:
        context.flag(document.start_line, "expropriation notice names no project",
                     expected="a 项目名称 clause or a title 关于…项目…的公告",
                     curated_file=LABELS_FILE, suggested_row="<printed label>,name,")
        return
    name_line, name = named[0], named[1].split("。")[0]  # 项目名称及征收范围: the name first
    scope_line, scope = clauses.get("scope", (document.start_line, notice_text))
    period = clauses["signing_period"][1]
    decision = _decision(context, name, notice_text)
    decision_text = _document_text(context, decision) if decision else ""
    # the decision, else the notice's scope clause, else anywhere in the notice (征收规模：…)
    households = (read_households(terms, decision_text) or read_households(terms, scope)
                  or read_households(terms, notice_text))
    area = (read_floor_area(terms, decision_text) or read_floor_area(terms, scope)
            or read_floor_area(terms, notice_text))
    # the figures of a scope clause (a notice without one restates no figure to compare)
    in_notice = ((read_households(terms, scope), read_floor_area(terms, scope))
                 if "scope" in clauses else (None, None))
    # a decision recounting an earlier phase (一期…共征收房屋35户…二期需征收房屋61户): the
    # figure the notice states wins when the decision prints it too
    flat_decision = unspaced(decision_text)
    if in_notice[0] and in_notice[0] != households and f"{in_notice[0]}户" in flat_decision:
        households = in_notice[0]
    if in_notice[1] and in_notice[1] != area and f"{in_notice[1]:g}" in flat_decision:
        area = in_notice[1]
    if None not in in_notice and in_notice != (households, area):
        context.flag(
            scope_line,
            f"the notice states {in_notice[0]}户 and {in_notice[1]}平方米, "
            f"the decision {households}户 and {area}平方米",
            expected="the same households and floor area in decision and notice",
            curated_file="sources/errata.csv",
            suggested_row="<source_id>,<line>,contradiction,<printed>,…",
        )
    dates = _period_dates(period)
    if len(dates) < 2 or households is None or area is None:
        context.flag(
            scope_line,
            f"cannot read households/area/period from {scope!r}, {period!r}",
            expected="a labelled household count (…N户), floor area (…X平方米) and two dates",
            curated_file=LABELS_FILE,
            suggested_row="<word printed before the number>,households,",
        )
        return
    signing_days = _period_days(period) or (dates[1] - dates[0]).days + 1
    for field in ("expropriating_department", "implementer"):
        if field not in clauses and (found := _in_prose(terms, field, decision, context)):
            clauses[field] = found
    attachment = list(_attachment_lines(context, document))
    valuer = (_valuer(terms, attachment) or _company(_printed(clauses, "valuation_firm"))
              or _company(_valuation_sentence(context, document)))
    project_id = f"{(decision or document).document_id}-p1"
    context.add(
        "compensation_projects",
        {
            "project_id": project_id,
            "name": name,
            "decision_document_id": decision.document_id if decision else None,
            "notice_document_id": document.document_id,
            "households": households,
            "floor_area_m2": area,
            "expropriating_department": _printed(clauses, "expropriating_department"),
            "department_id": _department(context, clauses, "expropriating_department"),
            "implementer": _printed(clauses, "implementer"),
            "implementer_department_id": _department(context, clauses, "implementer"),
            "signing_start": dates[0],
            "signing_end": dates[1],
            "signing_days": signing_days,
            "compensation_methods": (_printed(clauses, "compensation_methods")
                                     or _methods_in_prose(terms, notice_text)),
            "office_address": _printed(clauses, "office_address"),
            "office_phone": _printed(clauses, "office_phone"),
            "office_hours": _printed(clauses, "office_hours"),
            "valuation_firm": valuer,
            **_appeal(decision_text or "", notice_text),
        },
        line=name_line,
    )
    _read_scheme(context, terms, Rates(context, project_id, terms), attachment, dates[0],
                 signing_days)


def _methods_in_prose(terms: Terms, notice_text: str) -> str | None:
    """The notice's sentence naming the settlement modes to choose from when no clause is
    labelled so (五、住宅被征收人可以选择货币补偿，也可以选择…房屋产权调换；…)."""
    for sentence in re.findall(r"[^。]+", notice_text):
        modes = {terms.value("settlement", word) for word in terms.words("settlement")
                 if word in sentence}
        if len(modes) >= 2 and "选择" in sentence:
            return _ORDINAL.sub("", re.sub(rf"^{ORDINAL_NUMERAL}、", "", sentence))
    return None


def _titled_project(document: Document) -> tuple[int, str] | None:
    """(line, name) of the project a notice's title names."""
    match = _TITLED_PROJECT.search(unspaced(document.title))
    return (document.start_line, match["name"]) if match else None


def _appeal(decision_text: str, notice_text: str) -> dict[str, str | int | None]:
    """Appeal rights printed in the decision (else the notice): 60日内…行政复议, 6个月内…诉讼
    (periods in Chinese numerals too: 六十日内, 六个月内). A decision naming the remedies without
    their periods (可以依法申请行政复议或者提起行政诉讼) gives way to a notice that prints them."""
    readings = [found for text in (unspaced(decision_text), notice_text)
                if (found := _appeal_in(text))]
    timed = (reading for reading in readings
             if reading["appeal_review_days"] or reading["appeal_litigation_months"])
    return next(timed, readings[0] if readings else {
        "appeal_text": None, "appeal_review_days": None, "appeal_litigation_months": None})


def _appeal_in(text: str) -> dict[str, str | int | None] | None:
    """The appeal rights of one document's first sentence naming 行政复议, else None."""
    sentence = next((s for s in re.split(r"(?<=。)", text) if "行政复议" in s), None)
    if sentence is None:
        return None
    counted = arabic_counts(sentence)  # the period before or after the remedy
    review = re.search(r"(\d+)日内[^。；]*?行政复议", counted) or re.search(
        r"行政复议的?[，,][^。；]*?(\d+)日内", counted)
    lawsuit = re.search(r"(\d+)个月内[^。；]*?行政诉讼", counted) or re.search(
        r"行政诉讼的?[，,][^。；]*?(\d+)个月内", counted)
    return {
        "appeal_text": sentence,
        "appeal_review_days": int(review[1]) if review else None,
        "appeal_litigation_months": int(lawsuit[1]) if lawsuit else None,
    }


def _in_prose(
    terms: Terms, field: str, decision: Document | None, context: ExtractionContext
) -> tuple[int, str] | None:
    """(line, value) of 'LABEL为X' in the decision, for a notice without that clause."""
    if decision is None:
        return None
    for line, text in context.source_text.numbered(decision.start_line, decision.end_line):
        for label in terms.labels_of(field):
            if match := re.search(rf"{re.escape(label)}(?:为|是)([^，,。；;]+)", unspaced(text)):
                return line, match[1]
    return None


# 重庆市大足区住房和城乡建设委员会（以下简称区住房城乡建委）: the short form it goes by after
_SHORT_FORM = re.compile(r"[（(](?:以下简称|下称|简称)[^（()）]*[)）]")


def _printed(clauses: dict[str, tuple[int, str]], field: str) -> str | None:
    """A clause's value as printed, without the short form a name is introduced with."""
    return _SHORT_FORM.sub("", clauses[field][1]) if field in clauses else None


def _valuer(terms: Terms, attachment: list[tuple[int, str]]) -> str | None:
    text = "".join(unspaced(line) for _, line in attachment)
    for label in terms.labels_of("valuation_firm"):
        if match := re.search(rf"{re.escape(label)}[：:](.+?)实施", text):
            return match[1]
    return None


def _valuation_sentence(context: ExtractionContext, document: Document) -> str | None:
    """The notice's sentence naming the company that values the houses, when no clause is
    labelled so (二、房屋评估 over …由X公司承担本项目房屋征收评估工作。)."""
    sentences = (sentence for _, line in context.source_text.numbered(
                     document.start_line, document.end_line)
                 for sentence in re.split(r"[。；]", unspaced(line)))
    return next((sentence for sentence in sentences
                 if "评估" in sentence and _COMPANY.search(sentence)), None)


def _company(clause: str | None) -> str | None:
    """The company a valuation clause names (经…选定，由X公司承担…评估工作)."""
    found = _COMPANY.search(clause or "")
    # 被征收人协商选定的X公司 / 选定为X公司: the company, not how it was chosen
    return re.sub(r"^.*?(?:选定|确定|委托)(?:的|为)?", "", found[1]) if found else None


def _department(
    context: ExtractionContext, clauses: dict[str, tuple[int, str]], field: str
) -> str | None:
    """The one organisation a clause names (curated, or provisional and flagged for review)."""
    if field not in clauses:
        return None
    line, printed = clauses[field]
    department = context.organisation(_SHORT_FORM.sub("", printed), line=line, column=field)
    return department.department_id if department else None


def _read_scheme(
    context: ExtractionContext, terms: Terms, rates: Rates, attachment: list[tuple[int, str]],
    signing_start: dt.date, signing_days: int | None = None,
) -> None:
    """Every rate of the scheme: sentences under their heading, then rows of rates tables."""
    reader = RateReader(terms, signing_start, signing_days)
    heading = ""
    clauses = ClauseFees()  # the fees numbered clauses name, for the lines under them
    table_fee: str | None = None  # the fee the sentence introducing a table names
    article_fee: str | None = None  # the fee a 第N条 article introduces, for its clauses
    table = RatesTable(terms)
    stated_unit = ""  # 预评估单价如下（单位：元／㎡）：the unit of bare amounts below it
    lines = _side_by_side_parted(
        _across_tables_turned(attachment, terms.words("table_header", "item")))
    for line_no, text in _joined_wraps(lines, terms.words("unit")):
        stripped = _LIST_MARK.sub("", unspaced(_level_named(text)))  # ②中档装修：… / ● 有线电视：…
        if not stripped or _is_worked_case(stripped):
            continue
        if "\t" in text:
            for rate, printed in table.row(reader, text):  # （二）签约奖励。…： over the table
                rates.add(line_no, printed, rate, table.category or table_fee or clauses.fee
                          or _category(terms, heading))
            _check_every_amount_has_a_rate(context, rates, line_no, text)
            continue
        stripped = _paired_respectively(terms, _priced_slashes(terms, _paired_by_slashes(
            stripped)))
        heading_match = (_HEADING.match(stripped) or _DIGIT_HEADING.match(text)
                         or _BRACKETED_HEADING.match(stripped) or _LETTERED_HEADING.match(stripped)
                         or _section_heading(terms, text))
        table.introduced_by(stripped, section=heading_match is not None)
        if heading_match:
            heading, article_fee = heading_match[1], None
            clauses = ClauseFees()
            table.category = None  # a new section: the fee of a row above is not its fee
            stated_unit = ""
        if unit_stated := _STATED_UNIT.search(stripped):
            stated_unit = f"元/{unit_stated[1]}"
        sentence = _ORDINAL.sub("", stripped)
        named_fee = _fee_named(terms, sentence, numbered=sentence != stripped)
        # 7.2　签约搬迁奖励。…按签约时段给予奖励：names the fee of the table below it
        # 设施及附属物补偿 over 附属物按下表补偿：the joined name it introduces the table of
        table_fee = (named_fee or _part_named(terms, _joined_names(terms, _ORDINAL.sub(
            "", heading)), sentence)) if _introduces_table(sentence) else None
        clauses.numbered(stripped, named_fee)  # （二）签约奖励。… names the fee of 1．… 2．…
        if _ARTICLE.match(stripped):  # 第七条　搬家补助费按以下标准计发：names the fee of （一）…
            article_fee = _article_fee(terms, sentence, named_fee)
            clauses = ClauseFees()
        subject, colon, rest = sentence.partition("：")
        if not colon and (dashed := _DASHED.match(sentence)):  # 钢混结构——成套住宅4410元/平方米
            subject, colon, rest = dashed[1], "——", dashed[2]
        # 临时安置费。住宅按户计发：…: a colon after a full stop ends no label but a clause
        # A类（简单装修：水泥地面…）——每㎡70元: a colon inside brackets ends no label
        # …交房的，按其房屋价值补偿金额的一定比例给予签约奖励：…: a clause before a colon, no label
        if (not colon or re.search(r"\d", subject) or re.search(r"[。；;，,]", subject)
                or subject.count("（") > subject.count("）")):
            subject, rest = "", sentence
        subject = _CLAUSE_REMARK.sub("", subject)
        rest = arabic_counts(_WORKED_EXAMPLE.sub("", rest))  # 发放两次 → 发放2次
        if stated_unit and "元" not in rest:  # 框架结构4460；砖混结构4180 under 单位：元／㎡
            rest = _BARE_AMOUNT.sub(rf"\g<0>{stated_unit}", rest)
        reading = reader.read(rest, subject=subject)
        reader.qualify(rest, reading)
        # 住宅：签约期第1日至第15日签约的，每户奖励… / 住宅按户按次计发：…: the label's use
        if subject_use := terms.value("use", subject):
            for rate in reading:
                rate.property_use = rate.property_use or subject_use
        category = (
            terms.value("category", subject)
            or named_fee
            or _opening_category(terms, sentence)
            or _fee_in_clause(terms, sentence)
            or clauses.fee
            or article_fee
            or _category(terms, heading, sentence)
            or terms.value("category", sentence)  # no heading: the category the clause names
        )
        for rate in reading:
            rates.add(line_no, text, rate, category)
        if settlement := _paid_as_above(reader, rest, reading):
            rates.share_the_standard(category, settlement)
        _check_every_amount_has_a_rate(context, rates, line_no, text)


def _paid_as_above(reader: RateReader, clause: str, reading: list[Rate]) -> str | None:
    """The settlement a clause pays 按上述标准 with counts alone (（二）选择货币补偿的住宅，按上述
    标准一次性计发4个月, under a clause pricing the fee for 产权调换), else None."""
    settlements = {rate.settlement for rate in reading}
    if (not reading or len(settlements) != 1 or None in settlements
            or any(rate.basis not in COUNTS for rate in reading)
            or not reader.same_standard.search(clause)):
        return None
    return settlements.pop()


# how a clause is numbered: （一）, (1), 1． or ①; 4.1 is a section's number, no clause's
_NUMBERINGS = (re.compile(r"^[（(][一二三四五六七八九十]+[)）]"), re.compile(r"^[（(]\d+[)）]"),
               re.compile(r"^\d+(?:[.．、](?!\d)|[)）])"), re.compile(rf"^{CIRCLED_NUMBER}"),
               re.compile(rf"^{IDEOGRAPHIC_NUMBER}"))


class ClauseFees:
    """The fees numbered clauses name, for the lines under them: a clause numbered one way
    (（二）签约奖励。…, 2．签约奖励。按…计发：) holds for the clauses numbered another way under
    it ((1)… (2)…) and for unnumbered lines, until the next clause numbered its own way."""

    def __init__(self) -> None:
        self.open: list[tuple[int, str | None]] = []  # (numbering, fee), outermost first

    def numbered(self, line: str, fee: str | None) -> None:
        numbering = next((index for index, form in enumerate(_NUMBERINGS) if form.match(line)),
                         None)
        if numbering is None:
            return
        levels = [level for level, _ in self.open]
        if numbering in levels:  # a clause of an open level: those under it close
            del self.open[levels.index(numbering):]
        self.open.append((numbering, fee))

    @property
    def fee(self) -> str | None:
        """The fee of the innermost open clause that names one."""
        return next((fee for _, fee in reversed(self.open) if fee), None)


# A级　简易装修（水泥地面…），每平方米50元 / 二档：普通装修，每平方米120元: a level, its name
# and what it looks like, then its amount
_LEVEL_LINE = re.compile(
    r"^\s*(?P<level>(?:[A-HＡ-Ｈ]|[ⅠⅡⅢⅣⅤⅥ]+|[一二三四五六七八九十]|[甲乙丙丁])(?:级|档|类|等))"
    r"(?:[\t\u3000 ]+|[：:])?(?P<name>[^\s（(，,：:；;。\d]{2,8}?)"
    r"(?:[（(](?P<looks>[^（()）]+)[)）])?\s*[，,：:—－]*\s*(?P<rest>每.*)$")


# （简易装修）水泥地面、墙面刷白，每平方米90元: a level's name in brackets opening its line (no
# ordinal), what it looks like, then its amount
_BRACKETED_LEVEL = re.compile(
    r"^\s*[（(](?![一二三四五六七八九十]+[)）])(?P<name>[^\s（()）\d，,。；;：:、]{2,8})[)）]"
    r"(?P<looks>[^\d（()）]*?)[，,：:—－]*\s*(?P<rest>每[^，,。；;]*\d.*)$")


def _level_named(line: str) -> str:
    """A line naming a level, its name and what it looks like before its amount, written as the
    level with its name in brackets (A级（简易装修：水泥地面…）每平方米50元): the layout the
    rates are read in (a description after a colon inside the brackets is dropped). A level
    named in brackets alone (（简易装修）水泥地面…，每平方米90元) is written as its name, a colon
    and the rest: the name labels the amount."""
    if bracketed := _BRACKETED_LEVEL.match(line):
        return f"{bracketed['name']}：{bracketed['looks']}，{bracketed['rest']}"
    found = _LEVEL_LINE.match(line)
    if found is None:
        return line
    looks = f"：{found['looks']}" if found["looks"] else ""
    return f"{found['level']}（{found['name']}{looks}）{found['rest']}"


_STATED_UNIT = re.compile(r"单位[：:]\s*元\s*[/／]\s*(㎡|平方米|m²)")
_BARE_AMOUNT = re.compile(r"(?<=[\u4e00-\u9fff）)])\d+(?:\.\d+)?(?=[；;，,。]|$)")


# 自来水／电表／宽带（元/户）：1100／900／180: items and their amounts, paired in order
_SLASH_PAIRED = re.compile(r"^(?P<items>[^：:，。；\d]+?)[（(](?P<unit>元/[^）)]+)[）)][：:]"
                           r"(?P<amounts>\d+(?:\.\d+)?(?:[／/]\d+(?:\.\d+)?)+)[。；;]?$")


def _paired_by_slashes(line: str) -> str:
    """A line pairing slash-separated items with slash-separated amounts, as one clause per
    item (自来水1100元/户；电表900元/户；…); any other line as it is."""
    paired = _SLASH_PAIRED.match(line)
    if paired is None:
        return line
    items = re.split(r"[／/]", paired["items"])
    amounts = re.split(r"[／/]", paired["amounts"])
    if len(items) != len(amounts):
        return line
    return "；".join(f"{item}{amount}{paired['unit']}"
                    for item, amount in zip(items, amounts, strict=True)) + "。"


def _priced_slashes(terms: Terms, line: str) -> str:
    """Prices listed apart by slashes (钢混3680元/㎡／砖混3420元/㎡), one clause each (joined by
    ；): a slash after an amount's unit and before a name; one before a unit word is the unit's
    (800元/户/月: per household and month)."""
    units = "|".join(map(re.escape, terms.words("unit"))) or "(?!)"
    return re.sub(rf"(\d元[/／](?:{units}))[/／](?!{units}|\d)", r"\1；", line)


# 钢混结构、砖混结构分别为4050元/㎡、3780元/㎡ / 简装和精装分别按每平方米60元和200元 /
# 一层、二层分别为5200、3900元/㎡: items listed, then their amounts in the same order
_LISTED = r"(?:、|和|及|与)"
_LISTED_AMOUNT = r"\d+(?:\.\d+)?万?(?:元(?:/[^、和及与，,；;。\d]{1,4})?)?"
_RESPECTIVELY = re.compile(
    rf"(?P<items>[^，,；;。：:\d、]{{2,16}}(?:{_LISTED}[^，,；;。：:\d、和及与]{{1,12}}?)+)"
    r"(?:的[^，,；;。：:\d、]{0,8}?)?分别(?:为|是|按|计|以)?(?P<per>每[^\d、，,；;。]{1,4})?"
    rf"(?P<amounts>{_LISTED_AMOUNT}(?:{_LISTED}{_LISTED_AMOUNT})+)")


def _paired_respectively(terms: Terms, line: str) -> str:
    """A sentence listing items and then, after 分别, their amounts in the same order, as one
    clause per item (住宅砖混结构3780元/㎡；住宅砖木结构3120元/㎡); a word the first item
    prints before a curated structure, use or suite (住宅房屋钢混结构) is every item's; an amount
    printed without its unit takes the last one's. Any other line as it is."""
    found = _RESPECTIVELY.search(line)
    if found is None:
        return line
    items = _with_shared_tail(terms, re.split(_LISTED, found["items"]))
    amounts = re.split(_LISTED, found["amounts"])
    unit = re.sub(r"^[\d.]+万?", "", amounts[-1])
    if len(items) != len(amounts) or not unit.startswith("元"):
        return line
    lead = _listed_lead(terms, _ORDINAL.sub("", re.sub(rf"^{ORDINAL_NUMERAL}、", "", items[0])))
    pairs = [f"{'' if index == 0 or item.startswith(lead) else lead}{item}{found['per'] or ''}"
             f"{amount if '元' in amount else amount + unit}"
             for index, (item, amount) in enumerate(zip(items, amounts, strict=True))]
    return f"{line[:found.start()]}{'；'.join(pairs)}{line[found.end():]}"


def _with_shared_tail(terms: Terms, items: list[str]) -> list[str]:
    """Items listed with the words they share printed once, after the last (框架、砖混、土木结构
    住宅房屋: each a 结构 of 住宅房屋) each with those words: the tail of the last item that
    completes every other item into a curated structure, use or suite (框架 → 框架结构); the
    items as printed when there is none."""
    words = _house_words(terms)
    last = items[-1]
    for cut in range(1, len(last)):
        tail = last[cut:]
        if all(item not in words and any(len(word) > len(item) and word.startswith(item)
                                         and f"{item}{tail}".startswith(word) for word in words)
               for item in items[:-1]):
            return [f"{item}{tail}" for item in items[:-1]] + [last]
    return items


def _house_words(terms: Terms) -> list[str]:
    """The curated words naming a house's structure, suite or use (砖混结构, 成套, 住宅)."""
    return [word for role in ("structure", "suite", "use") for word in terms.words(role)]


def _listed_lead(terms: Terms, first: str) -> str:
    """What the first item of a list prints before the curated word it names (住宅房屋 of
    住宅房屋钢混结构), shared by every item; else nothing."""
    word = next((word for word in sorted(_house_words(terms), key=len, reverse=True)
                 if first.endswith(word) and len(first) > len(word)), None)
    return first[:-len(word)] if word else ""


def _across_tables_turned(lines: list[tuple[int, str]], item_headers: list[str]
                          ) -> list[tuple[int, str]]:
    """A table printing its things across (设施名称 | 水表 | 电表 … over 补偿标准 | 800元/户 |
    600元/户 …) turned to a row per thing (设施名称 | 补偿标准, then 水表 | 800元/户 …), each
    on the line of the amounts it prints: the layout the rates table reads."""
    turned: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        line_no, text = lines[index]
        header = text.split("\t")
        below = []
        if unspaced(header[0]) in item_headers and len(header) >= 3:  # 设施名称 | 水表 | …
            for later_no, later in lines[index + 1:]:
                cells = later.split("\t")
                if len(cells) != len(header) or not all(re.search(r"\d", unspaced(cell))
                                                        for cell in cells[1:]):
                    break
                below.append((later_no, cells))
        if not below:
            turned.append((line_no, text))
            index += 1
            continue
        turned.append((line_no, "\t".join([header[0], *(cells[0] for _, cells in below)])))
        turned += [(below[0][0], "\t".join([thing, *(cells[column] for _, cells in below)]))
                   for column, thing in enumerate(header[1:], start=1)]
        index += 1 + len(below)
    return turned


def _side_by_side_parted(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A table printed as several side by side, its header one group of labels printed again
    and again (设施名称 | 补偿标准 | 设施名称 | 补偿标准), read as one table: the header once,
    then each row's groups as rows of their own (on the row's line), an empty group dropped.
    A row of things and their amounts side by side with no header (水表 | 1200元/户 | 天然气 |
    3800元/户) is parted into its pairs alike."""
    parted: list[tuple[int, str]] = []
    width = 0  # the cells of one group, while inside such a table
    count = 0  # the cells of a whole row of it
    for line_no, text in lines:
        cells = text.split("\t")
        if width and len(cells) == count:
            parted += [(line_no, "\t".join(group)) for group in _groups(cells, width)
                       if any(unspaced(cell) for cell in group)]
            continue
        width = _repeated_group(cells)
        count = len(cells)
        if not width and _priced_pairs(cells):
            parted += [(line_no, "\t".join(pair)) for pair in _groups(cells, 2)]
            continue
        parted.append((line_no, "\t".join(cells[:width]) if width else text))
    return parted


_PRICED = re.compile(r"\d+(?:\.\d+)?万?元/[^\d\s，,。；;]{1,3}")  # 1200元/户, 150元/部


def _priced_pairs(cells: list[str]) -> bool:
    """Cells that are two or more pairs of a thing (no figure) and its amount with its unit
    (水表（户表） | 1200元/户 | 天然气 | 3800元/户), nothing else."""
    pairs = _groups([unspaced(cell) for cell in cells], 2)
    return len(pairs) >= 2 and all(
        len(pair) == 2 and pair[0] and not re.search(r"\d", pair[0]) and _PRICED.fullmatch(pair[1])
        for pair in pairs)


def _repeated_group(cells: list[str]) -> int:
    """The width of the group of labels a header repeats (2 for A | B | A | B), else 0."""
    labels = [unspaced(cell) for cell in cells]
    for width in range(2, len(labels) // 2 + 1):
        group = labels[:width]  # distinct words, no figure: a header, not a row of amounts
        if (len(labels) % width == 0 and all(group) and len(set(group)) == width
                and not re.search(r"\d", "".join(group))
                and all(label == group[index % width] for index, label in enumerate(labels))):
            return width
    return 0


def _groups(cells: list[str], width: int) -> list[list[str]]:
    return [cells[start:start + width] for start in range(0, len(cells), width)]


_SPLIT_AMOUNT = re.compile(r"^(?:万?元|%)")  # the unit of a number the cell above ends with


def _joined_wraps(lines: list[tuple[int, str]], units: list[str]) -> list[tuple[int, str]]:
    """Table rows with each cell that wrapped onto the next line joined again: a cell ending with
    a number whose unit opens the same column of the row below (…每户每月不足800 | 元的按800元
    计发) is one cell; the text moves up, and a row left empty is dropped."""
    joined = [(line_no, text.split("\t") if "\t" in text else None) for line_no, text in lines]
    previous: list[str] | None = None
    for _, cells in joined:
        if cells is None:
            previous = None
            continue
        if previous is not None and not unspaced(cells[0]):
            wrapped = _wrapped_row(previous, cells, units)
            for index, cell in enumerate(cells):
                if index < len(previous) and ((wrapped and unspaced(cell)) or (
                        _SPLIT_AMOUNT.match(unspaced(cell))
                        and re.search(r"\d$", unspaced(previous[index])))):
                    previous[index] += cell.strip()
                    cells[index] = ""
        previous = cells
    return [(line_no, "\t".join(cells) if cells is not None else text)
            for (line_no, cells), (_, text) in zip(joined, lines, strict=True)
            if cells is None or any(unspaced(cell) for cell in cells)]


def _wrapped_row(above: list[str], row: list[str], units: list[str]) -> bool:
    """A row that only continues cells of the row above cut inside a unit's word (…每增加1平方 |
    米增加15元…): a clause of its own under the same fee (仓储用房按…) is no continuation."""
    printed = [index for index, cell in enumerate(row) if unspaced(cell)]
    return bool(printed) and all(
        index < len(above) and _cut_inside_unit(unspaced(above[index]), unspaced(row[index]),
                                                units) for index in printed)


def _cut_inside_unit(head: str, tail: str, units: list[str]) -> bool:
    return any(unit in head[-len(unit) + 1:] + tail[:len(unit) - 1]
               for unit in units if len(unit) > 1 and not head.endswith(unit))


def _fee_named(terms: Terms, sentence: str, *, numbered: bool) -> str | None:
    """The fee a clause opens with (curated suffixes): （二）临时安置费：… （一）搬迁补助费。…"""
    lead = re.match(r"^([^：:。，,；;\d]{2,16})[：:。]", sentence)
    # 住宅装饰装修按以下标准补偿：… is a clause with its verb (按), no fee's name
    if not lead or not (numbered or sentence[lead.end(1)] in "：:") or "按" in lead[1]:
        return None
    suffixes = terms.words("category_suffix")
    return _curated_name(terms, lead[1]) if any(lead[1].endswith(suffix)
                                                for suffix in suffixes) else None


def _article_fee(terms: Terms, sentence: str, named_fee: str | None) -> str | None:
    """The fee an article (its number removed) names for the clauses under it: its title alone
    on its line (第十条　搬迁补助费), or, in a clause introducing them, the fee its title names
    (第十六条　签约奖励。…按签约时间给予奖励：) or the fee it pays (第七条　搬家补助费按以下
    标准计发：)."""
    if _TITLE_ALONE.match(sentence):
        return _category(terms, sentence)
    if not _introduces(sentence):
        return None
    return named_fee or _fee_in_clause(terms, sentence)


def _introduces_table(sentence: str) -> bool:
    """A sentence ending with a colon: the table below it is what it introduces."""
    return sentence.endswith(("：", ":"))


def _introduces(sentence: str) -> bool:
    """A clause that prints no amount and ends with a colon introduces the clauses under it."""
    return _introduces_table(sentence) and not re.search(r"\d", sentence)


def _fee_in_clause(terms: Terms, sentence: str) -> str | None:
    """The fee a clause names as what it pays (…的12%给予货币化安置奖励, 按以下标准给予签约奖励)
    or as the subject of its rule (停产停业损失补偿按…, 住宅过渡费按…, 非住宅签约奖励每户… — without
    the use word):
    a name ending with a curated suffix (费, 奖励, 补偿 …), before its verb 按 or after 给予."""
    suffixes = "|".join(re.escape(word) for word in terms.words("category_suffix")) or "(?!)"
    fee = rf"[\u4e00-\u9fff]{{1,10}}?(?:{suffixes})"
    name = rf"({fee})"
    # the fee of the clause's first amount: named before it, or after it in its sentence
    amount = re.search(r"\d", sentence)
    before = sentence[: amount.start()] if amount else sentence
    ends = _SENTENCE_END.search(sentence, amount.end() if amount else 0)
    first_sentence = sentence[: ends.start()] if ends else sentence
    given = re.search(rf"(?:给予|发放|发给){name}(?![\u4e00-\u9fff])", first_sentence)
    # …补偿按… / a use's fee then its amount: 非住宅签约搬迁奖励每户最高不超过…
    uses = "|".join(re.escape(word) for word in terms.words("use")) or "(?!)"
    subject = re.search(rf"(?:^|[，,；;]){name}按", before) or re.search(
        rf"(?:^|[，,；;])((?:{uses}){fee})(?:每户|每平方米)", before)
    found = given or subject
    if found is None or found[1] in terms.words("category_suffix"):
        return None
    fee = found[1]
    use = next((word for word in sorted(terms.words("use"), key=len, reverse=True)
                if fee.startswith(word) and len(fee) > len(word) + 1), None)
    unused = fee.removeprefix(use) if use else fee
    # 住宅房屋过渡安置费按…: a curated fee after its use and 房屋; 非住宅房屋签约奖励每户…: a fee
    # not curated, 房屋 printed with its use (非住宅房屋)
    housed = unused.removeprefix("房屋")
    return (_curated(terms, housed) or _curated(terms, unused)
            or (housed if use else unused))


def _curated_name(terms: Terms, fee: str) -> str:
    """A fee's curated category where one is printed exactly so (签约搬迁奖励 → 提前签约搬迁奖励),
    else the fee as printed."""
    return _curated(terms, fee) or fee


def _curated(terms: Terms, fee: str) -> str | None:
    """The curated category of a fee printed exactly as its term, else None."""
    return next((category for term, category in terms.by_role.get("category", [])
                 if term == fee), None)


def _opening_category(terms: Terms, sentence: str) -> str | None:
    """The curated category a clause opens with, with or without 补偿 (装饰装修按简易装修…,
    装饰装修补偿以评估结果为准；…), or ends its title with (房屋产权调换。仅限住宅…)."""
    # 房屋产权调换（仅限住宅）。…: a title with its remark in brackets, read without it
    sentence = re.sub(r"^([^，,。；;：:\d（(]{2,12})[（(][^（()）]*[)）](?=[。：:])", r"\1",
                      sentence)
    lead = re.match(r"^([^，,。；;：:\d]{2,12}?)(?:按|：|:|。)", sentence)
    if lead:
        titled = sentence[lead.end() - 1] in "。：:"
        named = next((category for word in (f"{lead[1]}补偿", lead[1])
                      for term, category in terms.by_role.get("category", []) if term == word),
                     None) or next((category for term, category in terms.by_role.get("category", [])
                                    if titled and lead[1].endswith(term)), None)
        if named:
            return named
    first = re.split(r"[，,。；;：:]", sentence, maxsplit=1)[0]
    return next((category for term, category in terms.by_role.get("category", [])
                 if first.startswith(term)), None)


def _category(terms: Terms, text: str, sentence: str = "") -> str:
    """The curated category a heading or label names, else the heading as printed; a heading
    joining two (附属设施和构筑物补偿) names the one the sentence names or holds an item of,
    else its first."""
    text = _ORDINAL.sub("", text)
    parts = _joined_names(terms, text)
    if parts:
        return _part_named(terms, parts, sentence) or parts[0][1]
    return terms.value("category", text) or text


def _joined_names(terms: Terms, heading: str) -> list[tuple[str, str]]:
    """(stem, category) of each name a heading joins: with one suffix (附属设施和构筑物补偿:
    附属设施补偿, 构筑物补偿; 搬迁补助费和过渡安置费, a first name printed with its suffix
    keeping it once) or two names of their own (停产停业损失补偿和困难帮扶); none for a heading
    naming one."""
    suffixes = terms.words("category_suffix")
    joined = re.fullmatch(r"([^和及与、]{2,8})[和及与、]([^和及与、]{2,8}?)("
                          + "|".join(map(re.escape, suffixes)) + ")", heading)
    if joined:
        stems = (joined[1], joined[2])
        return [(stem, terms.value("category", name) or name) for stem, name in
                ((stem, stem if stem.endswith(tuple(suffixes)) else f"{stem}{joined[3]}")
                 for stem in stems)]
    parts = re.fullmatch(r"([^和及与、]{2,10})[和及与]([^和及与、]{2,10})", heading)
    return [(part, terms.value("category", part) or part) for part in parts.groups()] \
        if parts else []


def _part_named(terms: Terms, parts: list[tuple[str, str]], sentence: str) -> str | None:
    """The category of the joined name a sentence prints, else of the one it holds an item of
    (a name printed wins over an item mentioned in passing: …空调移机费照发。构筑物补偿：…)."""
    return next((name for stem, name in parts if stem in sentence), None) or next(
        (name for _, name in parts if any(terms.value("fee_item", word) == name
                                           for word in terms.words("fee_item")
                                           if word in sentence)), None)


def _check_every_amount_has_a_rate(
    context: ExtractionContext, rates: Rates, line_no: int, text: str
) -> None:
    """Every yuan amount printed on a scheme line must be the amount of a rate read from it.

    A sentence in a shape no part reads would otherwise be dropped without notice; it goes to
    the review report (and stays in the full text).
    """
    amounts = {float(row["amount"]) for row in rates.rows if row["source_line"] == line_no}
    printed = {float(value) * (10000 if wan else 1)
               for value, wan in _PRINTED_MONEY.findall(unspaced(text))}
    missing = printed - amounts
    if missing:
        context.flag(
            line_no,
            f"amount(s) {sorted(missing)} printed here gave no compensation rate",
            expected="a sentence shape that scripts/parsers/rate_sentences.py reads",
            curated_file=TERMS_FILE,
            suggested_row="<word>,unit|use|category|filler,<value>,",
        )
