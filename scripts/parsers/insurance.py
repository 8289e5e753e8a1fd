"""Insurance notices → `insurance_terms`, `insurance_coverage`, `insurance_claims`,
`insurance_duties`.

The notice is read by its labels, curated with their printed variants in
sources/vocab/insurance_labels.csv; a label is printed before a colon ("保障范围：…") or as a
section heading ("三、保险费", "1．保费标准", "【保险责任】", "「参保对象」…" or "（二）交多少钱。"
over its paragraphs). A table in a section is read cell by cell (insurance_tables.py).

- Terms: every clause under a label of a known topic (who is insured, premium, payouts,
  period, insurer, claim procedure) or under a numbered section heading no label names (topic
  `other`), one row per figure it holds (每户每年20元, 每户最高5万元, 48小时), or one row when
  it holds none; its party is the company an insurer clause names, or whoever a clause says
  underwrites or pays (由X承保, 由区财政全额承担: a curated `party_verb`), in any section.
- Coverage (notices listing perils with a death payout each): the perils of the scope line
  (；-separated), each with its payout (…均按照每人10万元…) and the organisations the duties
  section charges with certifying it (…进行认定).
- Claims: the table whose header names the peril, scope, contacts and procedure.
- Duties: one row per labelled line of the duties section (职责分工).

A notice with none of the topics, or a peril without a payout, goes into the review report;
the rest is still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents import Document
from ..errors import PipelineError
from ..tables import ExtractionContext
from ..text import (
    BULLETS,
    parse_date,
    period_dates,
    spaced_heading,
    squeeze,
    strip_enumerator,
)
from ..vocab import read_vocab
from . import parser
from .insurance_tables import clauses_and_cells
from .recognisers import heading_leads, without_lead
from .tabbed import read_table

VOCAB_FILE = "insurance_labels.csv"
VOCAB_FIELDS = ("label", "role", "note")
REQUIRED = ("scope", "covered", "death_payout", "period")
TOPICS = ("covered", "scope", "premium", "payout", "death_payout", "period", "insurer",
          "procedure")
OTHER_TOPIC = "other"  # a section whose heading no curated label names
CLAIM_COLUMNS = ("claim_peril", "claim_scope", "claim_contacts", "claim_process")
_LABELLED = re.compile(r"^([^：]{2,20})：(.+)$")
_PAYOUT = re.compile(
    r"(?:对)?(?P<perils>[^，。；]+?)(?:均)?(?:按照|按)?每人(?P<amount>\d+(?:\.\d+)?)万元")
# 三、保险费 / 1．承保品种及保费标准 (a numbered line holding a heading alone, no sentence)
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+[、是]"  # 三、保险费 / 一是明确参保对象。…
                      r"|\d{1,2}[．.、]\s*(?=[^，,。；;：:\d]{2,20}$))")
# 【保险责任】… / 「保险责任」…: a heading in brackets, its text perhaps after it on its line
_BRACKETED_HEADING = re.compile(
    r"^[【〖［\[「『](?P<label>[^】〗］\]」』]{2,16})[】〗］\]」』](?P<rest>.*)$")
_BULLETED_HEADING = re.compile(rf"^[{BULLETS}]\s*(?P<label>[^，,。；;：:\s]{{2,16}})$")
# （一）谁来参保。…: a bracketed ordinal opens a section when a curated label heads it
_LABELLED_ITEM = re.compile(r"^[（(][一二三四五六七八九十]+[)）]")
_SENTENCE_MARK = re.compile(r"[，,；;]")
# an attached 政策问答: 问一：每亩能保多少钱？ over 答：…, the answer a clause of the question
_QUESTION = re.compile(r"^问[一二三四五六七八九十\d]+[：:](?P<question>.+)$")
_ANSWER = re.compile(r"^答[：:](?P<answer>.+)$")
_NUMBER = r"[一二三四五六七八九十\d]+"
_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
_NAMED_INSURER = re.compile(r"(?P<label>[^（(，,]{2,6})[（(](?P<company>[^（）()]+公司)[）)]")
_DUTY_VERB = re.compile(r"负责|牵头|承担|做好|配合")
_PARTY = re.compile(r"[^，。；由\t（(]+公司")  # not its branch in brackets, nor a label cell
_COMPANY = re.compile(r"[^，。；由、（）()“”]+公司")  # one of several insurers, its branch kept


@dataclass(frozen=True)
class InsuranceWords:
    """The curated labels of insurance notices, by role."""

    labels: dict[str, tuple[str, ...]]
    leads: tuple[str, ...] = ()  # verbs a heading may open with (明确参保范围)

    @classmethod
    def load(cls, context: ExtractionContext) -> InsuranceWords:
        labels: dict[str, list[str]] = {}
        sources_dir = context.source_text.source.path.parent
        for row in read_vocab(sources_dir, VOCAB_FILE, VOCAB_FIELDS):
            labels.setdefault(row["role"], []).append(row["label"])
        return cls({role: tuple(sorted(found, key=len, reverse=True))
                    for role, found in labels.items()}, heading_leads(sources_dir))

    def unled(self, heading: str) -> str:
        """A heading without the verb it opens with (落实保费分担 → 保费分担)."""
        return without_lead(heading, self.leads)

    def of(self, role: str) -> tuple[str, ...]:
        return self.labels.get(role, ())

    def alternation(self, role: str) -> str:
        return "|".join(map(re.escape, self.of(role))) or "(?!)"

    def topics(self) -> dict[str, str]:
        """Each curated label → the topic it heads (a label of two topics: the first's)."""
        return {label: topic for topic in reversed(TOPICS) for label in self.of(topic)}


def _labelled_lines(context: ExtractionContext, document: Document) -> dict[str, tuple[int, str]]:
    """First occurrence of each 'label：text' line of the document (保障范围, 保险时间 …)."""
    found: dict[str, tuple[int, str]] = {}
    for line_no, text in context.source_text.numbered(document.start_line, document.end_line):
        match = _LABELLED.match(squeeze(text))
        label = re.sub(r"^\d+\.\s*", "", match[1]) if match else None  # '1. 死亡赔偿' → 死亡赔偿
        if match and label not in found:
            found[label] = (line_no, match[2])
    return found


def _by_role(words: InsuranceWords, labelled: dict[str, tuple[int, str]]
             ) -> dict[str, tuple[int, str]]:
    """The first labelled line of each role, whichever of its labels is printed."""
    found: dict[str, tuple[int, str]] = {}
    for role in REQUIRED:
        printed = [labelled[label] for label in words.of(role) if label in labelled]
        if printed:
            found[role] = min(printed)
    return found


def _split_heading(section: str) -> tuple[str, str]:
    """A section heading and the text printed after it on its line (七、职责分工。区X局…)."""
    match = re.match(r"^([^。：:，,]{2,20})[。：:](.*)$", section)
    return (match[1], match[2].strip()) if match else (section, "")


def _as_section(line: str, words: InsuranceWords) -> str:
    """A heading in brackets (【保额、保费及补贴】), after a list mark, alone on its line
    (▶保险责任), or after a bracketed ordinal and a verb ((二)落实保费分担, (五)压实工作职责。…)
    read as a numbered section heading."""
    if bulleted := _BULLETED_HEADING.match(line):
        return f"一、{bulleted['label']}"
    if (item := _LABELLED_ITEM.match(line)) and _is_verb_led(line[item.end():], words):
        return f"一、{line[item.end():]}"
    bracketed = _BRACKETED_HEADING.match(line)
    if not bracketed:
        return line
    return f"一、{bracketed['label']}" + (f"：{bracketed['rest']}" if bracketed["rest"] else "")


def _is_verb_led(text: str, words: InsuranceWords) -> bool:
    """The text opens with a heading (before a full stop or colon, or alone) that is a verb
    before a label of a topic or of the duties (落实保费分担, 压实工作职责; not 做好宣传)."""
    heading, _ = _split_heading(text)
    unled = words.unled(heading)
    return (not _SENTENCE_MARK.search(heading) and unled != heading
            and any(label in unled for label in (*words.topics(), *words.of("duties_section"))))


def _item_heading(line: str) -> tuple[str, str]:
    """(label, text after it) of a line opening with a bracketed ordinal ((一)谁来参保。…), else
    ("", "")."""
    item = _LABELLED_ITEM.match(line)
    return _split_heading(line[item.end():]) if item else ("", "")


def _duty_lines(context: ExtractionContext, words: InsuranceWords,
                document: Document) -> list[tuple[int, str, str]]:
    """(line, organisation as printed, duty) of the duties section: 'organisation：duty'
    lines, or clauses opening with an organisation's name (区X局负责…；区Y局牵头…)."""
    duties: list[tuple[int, str, str]] = []
    inside = False
    for line_no, text in context.source_text.numbered(document.start_line, document.end_line):
        stripped = _as_section(squeeze(spaced_heading(text)), words)
        if stripped == document.issuer:
            break  # the signature ends the notice's body
        label, rest = _item_heading(stripped)
        if label in words.of("duties_section"):  # （七）谁负责什么。区X局牵头…
            inside, stripped = True, rest
        elif _SECTION.match(stripped):
            heading, rest = _split_heading(_SECTION.sub("", stripped))
            inside = any(label in heading for label in words.of("duties_section"))
            if not (inside and rest):
                continue
            stripped = rest
        match = _LABELLED.match(stripped)
        if inside and match and match[1].startswith("附件"):
            break  # the list of attachments closes the notice's body
        if inside and match:  # （一）区农业农村委：… names 区农业农村委
            duties.append((line_no, strip_enumerator(match[1]), match[2]))
        elif inside:
            duties += [(line_no, *named) for clause in _duty_clauses(context, words, stripped)
                       for named in _named_duties(context, words, clause)]
    return duties


def _duty_clauses(context: ExtractionContext, words: InsuranceWords, text: str) -> list[str]:
    """The clauses of a duties paragraph: after each ；。 and after a comma the next
    organisation's duty follows (区民政局负责…，区农业农村委负责…)."""
    clauses: list[str] = []
    for sentence in re.split(r"[；;。]", text):
        for piece in re.split(r"[，,]", sentence.strip("。 ")):
            if clauses and not (_named_duties(context, words, piece)
                                and _DUTY_VERB.search(piece)):
                clauses[-1] += f"，{piece}"
            else:
                clauses.append(piece)
        clauses.append("")  # a sentence's end: the next one opens a clause of its own
    return [clause for clause in clauses if clause]


def _named_duties(context: ExtractionContext, words: InsuranceWords, clause: str
                  ) -> list[tuple[str, str]]:
    """(organisation, duty) of each known organisation a clause opens with (区民政局、区乡村振兴局
    负责…: the duty of both), or of the insurer it names in brackets (承保公司（X公司）负责…) or
    by its curated label alone before a duty's verb (承保公司负责…)."""
    if (insurer := _NAMED_INSURER.match(clause)) and insurer["label"] in words.of("insurer"):
        return [(insurer[0], clause[insurer.end():])]
    label = next((label for label in words.of("insurer")
                  if clause.startswith(label) and _DUTY_VERB.match(clause, len(label))), None)
    if label:
        return [(label, clause[len(label):])]
    organisations = []
    while named := _named_duty(context, clause):
        organisations.append(named[0])
        clause = named[1]
        if not clause.startswith(("、", "和")):  # 区财政局——负责…: the duty after a dash
            return [(organisation, clause.lstrip("—－-")) for organisation in organisations]
        clause = clause[1:]
    return []


def _named_duty(context: ExtractionContext, clause: str) -> tuple[str, str] | None:
    """(organisation, rest) of a clause opening with a known organisation's name."""
    for end in range(min(len(clause) - 1, 20), 1, -1):
        if context.departments.resolve(clause[:end]) is not None:
            return clause[:end], clause[end:]
    return None


def _peril_name(words: InsuranceWords, printed: str) -> str:
    """The peril a scope item names: 自然灾害 from '…破坏力强大的自然灾害' or
    '暴雨、洪涝等自然灾害', 火灾、爆炸 from '火灾、爆炸保障'."""
    name = re.sub(r"（[^）]*）", "", printed)
    for ending in words.of("peril_ending"):
        name = name.removesuffix(ending)
    return re.split(r"[的等]", name)[-1]


def _sub_perils(words: InsuranceWords, printed: str) -> list[str]:
    """Keywords a duty uses for a peril: its name's parts and the items in its brackets.

    Bracket items drop their curated endings, as the duties name the cause only
    (高空坠物伤人救助 → 高空坠物, certified as 高空坠物导致的人身伤亡).
    """
    inner = re.search(r"（([^）]*)）", printed)
    items = []
    for item in re.split(r"[，、]", inner[1]) if inner else []:
        for ending in words.of("peril_ending"):
            if item.endswith(ending) and len(item) > len(ending):
                item = item.removesuffix(ending)
                break
        items.append(item)
    return [part for part in (*_peril_name(words, printed).split("、"), *items) if part]


@parser("insurance")
def parse_insurance(document: Document, context: ExtractionContext) -> None:
    words = InsuranceWords.load(context)
    if not _terms(context, words, document):
        context.flag(document.start_line, "insurance notice has no label of a known topic",
                     expected=" / ".join(f"{topic}: {'、'.join(words.of(topic))}"
                                         for topic in TOPICS),
                     curated_file=f"sources/vocab/{VOCAB_FILE}",
                     suggested_row="<label as printed>,<topic>,")
    found = _by_role(words, _labelled_lines(context, document))
    duties = _duty_lines(context, words, document)
    if all(role in found for role in REQUIRED):  # a notice of perils with a death payout each
        _coverage(context, words, document, found, duties)
    for seq, (line_no, organisation, duty) in enumerate(duties, start=1):
        if insurer := _NAMED_INSURER.fullmatch(organisation):
            _add_insurer(context, document, insurer, f"{organisation}{duty}", line_no)
            continue
        department_id = _duty_department(context, organisation, line_no)
        if department_id is None:
            continue
        context.add("insurance_duties", {
            "duty_id": f"{document.document_id}-u{seq:02d}", "department": organisation,
            "department_id": department_id, "duty": duty, "document_id": document.document_id,
        }, line=line_no)
    _claims(document, context, words)


def _add_insurer(context: ExtractionContext, document: Document, insurer: re.Match[str],
                 clause: str, line: int) -> None:
    """The insurer a duties clause names (承保公司（X公司）负责出具保单…): a term of its own."""
    seq = 1 + sum(row["document_id"] == document.document_id
                  for row in context.tables["insurance_terms"])
    context.add("insurance_terms", {
        "term_id": f"{document.document_id}-t{seq:02d}", "document_id": document.document_id,
        "doc_number": document.doc_number, "topic": "insurer", "label": insurer["label"],
        "clause": clause, "figure": None, "amount": None, "unit": None, "per": None,
        "bound": None, "start_date": None, "end_date": None, "party": insurer["company"]},
        line=line)


def _topic_sections(context: ExtractionContext, words: InsuranceWords, document: Document
                    ) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(topic, label, lines) of every label of a known topic: a 'label：text' line, or a section
    heading ('三、保险费') over its paragraphs (labelled lines below it count on their own)."""
    topic_of = words.topics()
    curated = {label for labels in words.labels.values() for label in labels}
    sections: list[tuple[str, str, list[tuple[int, str]]]] = []
    heading: tuple[str, str, list[tuple[int, str]]] | None = None
    signed = False
    for line_no, text in context.source_text.numbered(document.start_line, document.end_line):
        stripped = squeeze(spaced_heading(text))
        if not stripped:
            continue
        if stripped == document.issuer or _DATE.fullmatch(stripped):
            heading, signed = None, True  # the signature: what follows is an attachment
            continue
        if signed and not heading and not _QUESTION.match(stripped):
            continue  # an attachment is read for its questions and answers only
        if question := _QUESTION.match(stripped):
            asked = question["question"]
            topic = next((topic_of[known] for known in sorted(topic_of, key=len, reverse=True)
                          if known in asked), OTHER_TOPIC)
            heading = (topic, asked.rstrip("？?"), [])
            sections.append(heading)
            continue
        if (answer := _ANSWER.match(stripped)) and heading:
            heading[2].append((line_no, answer["answer"]))
            continue
        if "\t" in text:  # a table row: its cells are read apart, never squeezed together
            if heading:
                # tabs kept, a group row's empty cells too (保险责任范围内死亡 | | )
                heading[2].append((line_no, text.rstrip("\r\n").strip(" \u3000")))
            continue
        if stripped.lstrip("-• ").startswith("附件"):
            heading = None  # the list of attachments ends the last section
            continue
        stripped = _as_section(stripped, words)
        label, text = _item_heading(stripped)
        # （二）交多少钱。保费每人每年30元… / （二）保险金额和保险费。…: a curated label heads it
        if item_topic := _item_topic(stripped, label, topic_of):
            heading = (item_topic, label, [(line_no, text)] if text else [])
            sections.append(heading)
            continue
        if _SECTION.match(stripped):
            label, text = _split_heading(_SECTION.sub("", stripped))
            topic = _topic_named(label, topic_of)
            if topic is None and label not in curated:
                topic = OTHER_TOPIC  # a heading no label names still holds terms (赔偿处理)
            heading = (topic, label, [(line_no, text)] if text else []) if topic else None
            if heading:
                sections.append(heading)
            continue
        if match := _LABELLED.match(stripped):
            label = re.sub(r"^\d+\.\s*", "", match[1])
            if label in topic_of:
                sections.append((topic_of[label], label, [(line_no, match[2])]))
            elif heading:  # an uncurated label (（一）统一投保：…) is text of its section
                heading[2].append((line_no, stripped))
            continue
        if heading:
            heading[2].append((line_no, stripped))
    return sections


def _topic_named(label: str, topic_of: dict[str, str]) -> str | None:
    """The topic of a heading: its own label's, else that of the longest curated label it
    holds (保险费率和保费分担 → the topic of 保费)."""
    return topic_of.get(label) or next(
        (topic_of[known] for known in sorted(topic_of, key=len, reverse=True) if known in label),
        None)


def _item_topic(line: str, label: str, topic_of: dict[str, str]) -> str | None:
    """The topic of an item opening a section of its own: its label curated (（二）交多少钱。…),
    or holding a curated label when closed by a full stop or colon as a heading is
    (（二）保险金额和保险费。…); an item no label heads is text of the section above."""
    if not label:
        return None
    if label in topic_of:
        return topic_of[label]
    closed = _LABELLED_ITEM.sub("", line)[len(label):].startswith(("。", "：", ":"))
    return _topic_named(label, topic_of) if closed else None


def _terms(context: ExtractionContext, words: InsuranceWords, document: Document) -> int:
    """Add a row per figure of every clause of the notice's sections; returns the rows added
    under a curated topic."""
    figure = re.compile(
        rf"(?:(?P<per>{words.alternation('per')})[^，。；、\d]{{0,8}}?)?"
        rf"(?P<bound>{words.alternation('bound')})?(?P<amount>\d+(?:\.\d+)?)"
        rf"(?P<unit>{words.alternation('unit')})")
    # 由X承保 / 由区财政全额承担 / 由区财政在…经费中列支: the insurer or payer a clause names,
    # whatever its section (保费和承保)
    party_of = re.compile(rf"由(?P<party>[^，。；、由\d%（(]{{2,30}}?)(?:全额|全部|统一)?"
                          rf"(?:(?:在|从)[^，。；]{{1,20}}?中)?(?:{words.alternation('party_verb')})")
    seq = curated_rows = 0
    sections = _topic_sections(context, words, document)
    # uncurated sections last: the ids of curated terms do not move when a heading is uncurated
    for topic, section_label, lines in sorted(sections,
                                              key=lambda section: section[0] == OTHER_TOPIC):
        for line_no, label, clause, figure_text in clauses_and_cells(section_label, lines):
            row_topic = _row_topic(words, topic, label, clause)
            dates = period_dates(clause)  # 2023年5月1日至6月30日: the end takes the year
            parties = _parties(clause, row_topic, party_of, words.alternation("party_verb"))
            figures = list(figure.finditer(_DATE.sub("", figure_text))) or [None]
            for found, party in ((found, party) for found in figures for party in parties):
                seq += 1
                curated_rows += row_topic != OTHER_TOPIC
                context.add("insurance_terms", {
                    "term_id": f"{document.document_id}-t{seq:02d}",
                    "document_id": document.document_id, "doc_number": document.doc_number,
                    "topic": row_topic, "label": label, "clause": clause,
                    "figure": found[0] if found else None,
                    "amount": float(found["amount"]) if found else None,
                    "unit": found["unit"] if found else None,
                    "per": found["per"] if found else None,
                    "bound": found["bound"] if found else None,
                    "start_date": dates[0] if dates else None,
                    "end_date": dates[1] if len(dates) > 1 else None,
                    "party": party}, line=line_no)
    return curated_rows


_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:万元|元)")


def _row_topic(words: InsuranceWords, topic: str, label: str, clause: str) -> str:
    """The topic of a clause or table cell of a section of `topic`.

    In a section no label names, a row of a label | text table (保险期间 | 一年…) takes its
    label's topic, and a clause stating what is not covered (…，不属于保险责任: a curated
    `excludes` phrase) is a term of the scope. A cell of a column headed by a payout's label
    (赔付标准（元/亩）) is a payout in any section, and so is a clause of the scope printing an
    amount paid (a curated `pays` word: 意外身故保险金：每人30000元).
    """
    topic_of = words.topics()
    if "\t" in clause and topic_of.get(label) == "payout":
        return "payout"
    if topic == "scope" and _AMOUNT.search(clause) and any(
            word in clause for word in words.of("pays")):
        return "payout"  # 意外身故保险金：每人30000元, printed under 保险责任
    if topic != OTHER_TOPIC:
        return topic
    if label in topic_of:
        return topic_of[label]
    return "scope" if any(phrase in clause for phrase in words.of("excludes")) else topic


def _parties(clause: str, topic: str, party_of: re.Pattern, verbs: str) -> list[str | None]:
    """The insurer or payer a clause names (an insurer clause's company, or whoever 由X承担
    names), else every company of insurers sharing one verb (由X（主承保）、Y（共保）承保);
    [None] when it names none."""
    named = (_PARTY.search(clause) if topic == "insurer" else None) or party_of.search(clause)
    if named:
        return [_party(named)]
    shared = re.search(rf"由(.+?)(?:{verbs})(?![）)])", clause)  # not the 承保 of （主承保）
    return (_COMPANY.findall(shared[1]) if shared else []) or [None]


def _party(found: re.Match | None) -> str | None:
    """The insurer or payer a clause names: its `party` group, else the whole match."""
    if found is None:
        return None
    return found["party"] if "party" in found.re.groupindex else found[0]


def _coverage(context: ExtractionContext, words: InsuranceWords, document: Document,
              found: dict[str, tuple[int, str]], duties: list[tuple[int, str, str]]) -> None:
    scope_line, scope = found["scope"]
    payout_line, payouts = found["death_payout"]
    whole_text = squeeze("".join(
        text for _, text in context.source_text.numbered(document.start_line, document.end_line)))
    terms = re.findall(rf"((?:{words.alternation('term')})为?{_NUMBER}年)", whole_text)
    population = re.search(
        rf"(?:{words.alternation('population')})([\d.]+万人(?:左右)?)", whole_text)
    certify = words.of("certify")
    for seq, printed in enumerate(filter(None, scope.rstrip("。").split("；")), start=1):
        name = _peril_name(words, printed)
        payout = next((match for match in _PAYOUT.finditer(payouts)
                       if name.split("、")[0] in match["perils"]), None)
        if payout is None:
            context.flag(payout_line, f"no death payout for peril {name!r}",
                         expected="…按照每人N万元… naming the peril",
                         curated_file="sources/reviewed.csv",
                         suggested_row=f"{context.path},{payout_line},<what>,kept as printed")
            continue
        keywords = _sub_perils(words, printed)
        certifiers = [organisation for _, organisation, duty in duties
                      if any(word in duty for word in certify)
                      and any(keyword in duty for keyword in keywords)]
        context.add("insurance_coverage", {
            "coverage_id": f"{document.document_id}-c{seq}", "peril": name, "scope": printed,
            "death_payout": round(float(payout["amount"]) * 10_000),
            "covered_persons": found["covered"][1],
            "covered_estimate": population[1] if population else None,
            "effective_date": parse_date(found["period"][1]),
            "term_text": terms[0] if terms else None,
            "term_text_leaflet": terms[1] if len(terms) > 1 else None,
            "certified_by": "、".join(certifiers) or None,
            "document_id": document.document_id, "doc_number": document.doc_number,
        }, line=scope_line)


def _duty_department(context: ExtractionContext, printed: str, line: int) -> str | None:
    """The one organisation (or collective) a duties line starts with."""
    ids = context.link_departments(printed, line=line, column="职责分工")
    if len(ids) != 1:
        context.flag(line, f"{printed!r} names {len(ids)} organisations",
                     expected="one organisation per 职责分工 line",
                     curated_file="sources/departments.csv",
                     suggested_row=f"<id>,{printed},{printed},<kind>,")
        return None
    return ids[0]


def _claims_header(context: ExtractionContext, words: InsuranceWords,
                   document: Document) -> list[str] | None:
    """The printed labels of the claims table's header: a tab line naming every column role."""
    for _, text in context.source_text.numbered(document.start_line, document.end_line):
        if "\t" not in text:
            continue
        labels = [squeeze(cell).replace(" ", "") for cell in text.split("\t")]
        roles = [next((role for role in CLAIM_COLUMNS if label in words.of(role)), None)
                 for label in labels]
        if set(CLAIM_COLUMNS) <= set(roles):
            return labels
    return None


def _claims(document: Document, context: ExtractionContext, words: InsuranceWords) -> None:
    labels = _claims_header(context, words, document)
    if labels is None:
        return
    position = {next(role for role in CLAIM_COLUMNS if label in words.of(role)): index
                for index, label in enumerate(labels)
                if any(label in words.of(role) for role in CLAIM_COLUMNS)}
    try:
        table = read_table(context.source_text, document, labels)
    except PipelineError as error:  # a claims table printed outside an attachment
        context.flag(error.line or document.start_line, f"claims table not read: {error.message}",
                     expected=error.expected or "a claims table in an attachment",
                     curated_file="sources/reviewed.csv",
                     suggested_row=f"{context.path},{error.line},<what>,kept as printed")
        return
    for seq, row in enumerate(table.rows, start=1):
        peril, scope, contacts, process = (row.cells[position[role]] for role in CLAIM_COLUMNS)
        context.link_departments(contacts, line=row.line, column="对接部门")  # names must be known
        context.add("insurance_claims", {
            "claim_id": f"{document.document_id}-p{seq}", "peril": peril, "scope": scope,
            "contact_departments": contacts, "process": process,
            "document_id": document.document_id,
        }, line=row.line)
