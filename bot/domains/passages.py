"""Passages of the full text: the sentences of the gazette that answer a question, quoted.

Retrieval is SQLite FTS5 over the character n-grams of every paragraph (the `passages` canned
query, ranked by bm25). Its paragraphs point to the documents about the question; the best
two are read whole (`paragraphs_of_document`, cached: the database is read-only), each
sentence with its document's title and section heading. A quote must cover half the key
terms (with a run of three characters, not a shared pair), name the organisation or person
the question names, and, when the question asks for a kind of value (bot.asked), hold one
that is not that organisation itself. Structured domains come first; this one answers what
they do not hold, and backs them up.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from bot import asked as asking
from bot import vocabulary as words
from bot.domains.base import Evidence, Match, Proof, Question, tool_match
from bot.domains.compensation_projects import names_a_project
from bot.domains.matching import BaseDomain, as_printed, expand_short_forms
from scripts.text import label_and_unit

NAME = "passages"
TOOL = "passages"
MAX_TERMS = 30  # × up to 9 characters: within the 400-character argument bound
MAX_QUOTED = 3
MAX_ITEMS = 8  # further items of a numbered list quoted after one of them
_LIST_ITEM = re.compile(r"^\s*\d{1,2}\s*[.．、]")
MIN_COVERAGE = 0.5
SHORT_PARAGRAPH = 90  # characters: a paragraph this short is quoted whole
_RUN = re.compile(r"[\u3400-\u9fff]+|[0-9]+(?:[.:：][0-9]+)?%?|[a-z]+")
_CHINESE_RUN = re.compile(r"[\u3400-\u9fff]+")
_SENTENCE = re.compile(r"(?<=[。；;！？])")
# Parts of an issue that are not its documents' text (the contents list repeats titles).
_SKIPPED_PARTS = frozenset({"contents"})
_OUTSIDE_PARTS = frozenset({"cover", "back_matter"})  # quoted only for questions about an issue
# Paragraphs that frame a document rather than say something (its title, number, addressee …).
_FRAME_STYLES = frozenset({"title", "doc_number", "addressee", "signature", "date"})
# A short numbered line without a full stop heads a section even when not styled a heading.
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。；;]{1,30}$")
_SPACES = re.compile(r"(?<=[\u3400-\u9fff]) +(?=[\u3400-\u9fff])")
_CLAUSE_END = re.compile(r"[，,。；;：:！？]")
MAX_DOCUMENTS = 2  # documents read sentence by sentence
MAX_CACHED_DOCUMENTS = 64  # documents kept read (the database never changes under the bot)
_ABOUT_THE_ISSUE = ("公报", "这期", "本期", "出版", "期次")


@dataclass(frozen=True)
class Quote:
    """A paragraph that answers, the sentences quoted from it, and how well it covers."""

    row: dict[str, Any]
    sentences: tuple[str, ...]
    coverage: float  # of the key terms, by the sentences read with title and heading
    has_value: bool
    own: float = 0.0  # of the key terms, by the quoted sentences alone
    heading: str = ""  # the section heading the sentences are read under


@functools.lru_cache(maxsize=4096)
def key_text(text: str) -> str:
    """The question without its question words (the asked attribute's 多少钱, 多久 …; its
    content cues such as 保费 stay) and without filler words."""
    attribute = asking.asked(text)
    if attribute is not None:
        text = attribute.without_question_words(text)
    for filler in words.FILLER_SORTED:
        if len(filler) >= 2 or (filler in words.PARTICLES and filler not in _IN_WORDS):
            text = text.replace(filler, " ")
    return text


# Particles that are as often a character of a name (地质, 和平街, 都市): kept as text.
_IN_WORDS = frozenset("地和与及都")


def bigrams(text: str) -> list[str]:
    pieces: list[str] = []
    for run in _RUN.findall(text):
        if run[0].isdigit() or run.isascii():
            pieces.append(run)
        else:
            pieces += [run[i : i + 2] for i in range(len(run) - 1)]
    return list(dict.fromkeys(pieces))


def coverage(question: str, *texts: str) -> float:
    """The share of the question's key bigrams that occur in `text` (the best of `texts`)."""
    key = bigrams(key_text(question))
    if not key:
        return 1.0
    return max(sum(b in plain for b in key) / len(key) for plain in map(_plain, texts))


def unanswered(question: str, evidence: str, known: Callable[[str], bool]) -> tuple[int, float]:
    """How far `evidence` (an answer and the rows it was written from) leaves the question's
    key terms out: the longest run of consecutive key bigrams that the gazette prints
    (`known`) and the evidence lacks (3 bigrams: a four-character term such as 能繁母猪), and
    the share of the printed key bigrams it holds."""
    return unanswered_in(question, as_evidence(evidence), known)


def as_evidence(text: str) -> str:
    """Evidence as `unanswered` reads it: cells joined, spaces inside words removed, and units
    the answers write as symbols (元/m²) in the words residents type (每平方米)."""
    return _plain(text).replace("m²", "平方米").replace("m³", "立方米")


def unanswered_in(question: str, plain: str, known: Callable[[str], bool]) -> tuple[int, float]:
    """`unanswered` of evidence already read by as_evidence: a long one (hundreds of rows) is
    read once for several checks."""
    longest = held = printed = 0
    for run in _CHINESE_RUN.findall(key_text(question)):
        missing = 0
        for i in range(len(run) - 1):
            pair = run[i : i + 2]
            if not known(pair):
                missing = 0
                continue
            printed += 1
            if pair in plain:
                held += 1
                missing = 0
            else:
                missing += 1
                longest = max(longest, missing)
    return longest, (held / printed if printed else 1.0)


def search_expression(key: str) -> str:
    """Space-separated terms of the n-gram index; the canned query matches any of them and
    bm25 ranks the paragraphs."""
    return " ".join(bigrams(key)[:MAX_TERMS])


class Passages(BaseDomain):
    name = NAME
    tools = (TOOL,)

    def expanded(self, text: str) -> str:
        """The question with short forms of insurance names written out (农房 → 农村住房) and
        residents' words as the texts print them (违章 → 违法建筑, curated text_words)."""
        return expand_short_forms(as_printed(text), list(self.lexicon.insurances), gap=3)

    def match(self, question: Question) -> Match | None:
        key = key_text(self.expanded(question.text))
        expression = search_expression(key)
        chinese = [b for b in bigrams(key) if not b.isascii()]
        asks = question.attribute is not None  # the value checks a single key term
        if len(chinese) < (1 if asks else 2) or not expression:
            return None
        evidence = Evidence(Proof.HINT, 0, 0, 0, len(bigrams(key)))
        return tool_match(TOOL, {"terms": expression}, evidence, NAME)

    def quotes(
        self, question: str, rows: list[dict[str, Any]], within: bool = False
    ) -> list[Quote]:
        """Sentences that answer, best first.

        The search's paragraphs point to the documents about the question: a document whose
        title and found paragraphs together cover the key terms. Inside the best of them every
        sentence is read with its document's title and its section heading (三、保险费), so a
        sentence that says 每户每年20元 under 农村住房保险 answers 农房保险一户交多少钱. When
        the question asks for a kind of value, sentences holding one come first; a value
        that is the question's own named organisation (设在区应急局 for 区应急局在哪) is no
        value of it."""
        if within:  # the rows are the documents asked about: a resident's word they do not
            # print is read as the word they print (门面 → 非住宅), and the resident's own
            # words none of them prints (屋头, 补不补) cannot be covered: no key terms
            printed = "".join(_plain(row.get("text")) for row in rows)
            for colloquial, word in words.TEXT_WORDS.items():
                if colloquial in question and colloquial not in printed and word in printed:
                    question = question.replace(colloquial, word)
            key = bigrams(key_text(question))
            key = [b for b in key if b in printed] or key
        else:
            key = bigrams(key_text(self.expanded(question)))
        if not key:
            return []
        attribute = asking.asked(question)
        names = self._names(question)
        thing = asking.priced_thing(question)  # 物业 of 物业费好多钱: a price is of it
        about_issue = any(word in question for word in _ABOUT_THE_ISSUE)
        documents: dict[str, _Document] = {}
        loose: list[Quote] = []
        for rank, row in enumerate(rows):
            part = row.get("part")
            if part in _SKIPPED_PARTS or (part in _OUTSIDE_PARTS and not about_issue):
                continue
            document_id = row.get("document_id")
            if not document_id:
                quote = _quote(_paragraph(row), key, attribute, names, thing)
                if quote is not None:
                    loose.append(quote)
                continue
            found = documents.setdefault(
                document_id, _Document(rank, row, set(_covered(key, row.get("document_title"))))
            )
            found.covered |= set(_covered(key, row["text"]))
        # of documents covering as much, the latest issue's first: it applies by default
        ranked = sorted(
            (d for d in documents.values() if _about(d.covered, key)),
            key=lambda d: (-len(d.covered), _newest_first(d.row), d.rank),
        )
        found_quotes = list(loose)
        for document in ranked[:MAX_DOCUMENTS]:
            found_quotes += self._in_document(document, key, attribute, names, thing, within)
        if within:  # in the documents asked about, the words they all share (征收, 补偿) tell
            # little: the sentence saying the question's rarer words (抵押, 依据) comes first
            weight = _rarity(key, rows)
            found_quotes.sort(
                key=lambda q: (q.has_value, _weighed(q, weight), q.coverage), reverse=True
            )
            return found_quotes
        found_quotes.sort(
            key=lambda q: (q.has_value, round(q.coverage, 2), _own(q, key),
                           -_newest_first(q.row)), reverse=True
        )
        return found_quotes

    def _in_document(
        self,
        document: _Document,
        key: list[str],
        attribute: Any,
        names: list[tuple[str, ...]],
        thing: str | None,
        within: bool = False,
    ) -> list[Quote]:
        paragraphs, pairs = self._read(document.row["document_id"])
        if not paragraphs:
            paragraphs, pairs = (_paragraph(document.row),), {}
            candidates: Iterable[int] = range(1)
        else:  # only paragraphs holding a key term in their text or heading
            held = set().union(*(pairs.get(term, ()) for term in key if len(term) == 2))
            for term in (term for term in key if len(term) != 2):  # numbers, words in letters
                held |= {
                    i for i, p in enumerate(paragraphs) if term in p.text or term in p.heading
                }
            candidates = sorted(held)
        found = []
        for position in candidates:
            quote = _quote(paragraphs[position], key, attribute, names, thing, True, within)
            if quote is not None:
                found.append(quote)
        return found

    @functools.lru_cache(maxsize=MAX_CACHED_DOCUMENTS)  # noqa: B019 - the database is read-only
    def _read(self, document_id: str) -> tuple[tuple[_Paragraph, ...], dict[str, set[int]]]:
        """A document's paragraphs that say something, each with its section heading, and
        where each character pair of their texts and headings occurs."""
        heading = ""
        read: list[_Paragraph] = []
        pairs: dict[str, set[int]] = {}
        for row in with_column_labels(self.context.paragraphs(document_id)):
            if row.get("style") == "heading" or _HEADING.match(row["text"]):
                heading = row["text"]
            elif row.get("style") not in _FRAME_STYLES:
                paragraph = _paragraph(row, heading)
                for text in (paragraph.text, paragraph.heading):
                    for start in range(len(text) - 1):
                        pairs.setdefault(text[start : start + 2], set()).add(len(read))
                read.append(paragraph)
        return tuple(read), pairs

    def _names(self, question: str) -> list[tuple[str, ...]]:
        """Organisations, people and projects the question names, each as the forms it is
        printed in: a quote must name them, and never as the value asked for."""
        found = []
        for span in self.lexicon.spans(question):
            if span.kind == "department":
                found.append(self._printed_forms().get(span.value, (span.text,)))
            elif span.kind == "person":
                found.append((span.text,))
        for piece, _ in self.lexicon.project_index.maximal_pieces(question, 3):
            if names_a_project(piece):  # 和平街: the project's own documents answer
                found.append((piece,))
        return found

    @functools.cache  # noqa: B019 - one domain per Answerer, built once; the lexicon is fixed
    def _printed_forms(self) -> dict[str, tuple[str, ...]]:
        forms: dict[str, list[str]] = {}
        for variant, department_id in self.lexicon.department_variants.items():
            if len(variant) >= 2:
                forms.setdefault(department_id, []).append(variant)
        return {d: tuple(sorted(v, key=len, reverse=True)) for d, v in forms.items()}

    def arrange(
        self, match: Match, result: dict[str, Any], shown_about: bool = False
    ) -> dict[str, Any]:
        """Only the paragraphs that answer, best first, each with its quoted sentences
        (`quotes`; `found`: before the check below). With `shown_about` (passages set beside
        or instead of a structured answer) the quoted paragraphs of a document must
        themselves cover the key terms with its title."""
        if "quotes" in result:
            return result  # arranged already
        question = self.expanded(match.question)
        quotes = self.quotes(question, result.get("rows", []))
        if any(q.has_value for q in quotes):  # never a neighbouring sentence beside the value
            quotes = [q for q in quotes if q.has_value]
        found = quotes
        if shown_about:
            quotes = _said_enough(quotes, bigrams(key_text(question)))
        rows = [
            {
                **q.row,
                "quoted": "".join(q.sentences),
                "coverage": q.coverage,
                "has_value": q.has_value,
            }
            for q in _with_list_items(quotes[:MAX_QUOTED], quotes)
        ]
        return {**result, "rows": rows, "quotes": quotes, "found": found}

    def write(self, match: Match, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return "数据中没有找到回答这个问题的公报原文。"
        several_issues = len(self.lexicon.entries.get("source", [])) > 1
        lines = ["公报原文："]
        for row in rows:
            lines.append(f"“{row['quoted']}”（{_source(row, several_issues)}）")
        return "\n".join(lines)

    def kind_of(self, match: Match, rows: list[dict[str, Any]]) -> str:
        return "tool" if rows else "no_data"

    def portal_link(self, match: Match, rows: list[dict[str, Any]], wording: Any) -> str:
        if rows:
            return wording.paragraph_url(rows[0])
        return wording.url(TOOL, match.args)


def with_column_labels(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Paragraphs with each table row written with its header's labels (水稻⇥50⇥80% under
    保险品种⇥保费（元/亩）⇥财政补贴比例 → 水稻：保费50元/亩，财政补贴比例80%), so a quoted
    row, one sentence still, says what its numbers are; the header row itself is left out."""
    labelled, header = [], None
    for row in rows:
        cells = row["text"].split("\t")
        if len(cells) < 2:
            header = None
        elif not any(re.search(r"\d", cell) for cell in cells[1:]):
            header = cells
            continue  # its labels go with each row below: alone it says nothing
        elif header and len(header) == len(cells):
            # the row's own unit (保险金额（元/头） | 1500 | 800, the insured across the header)
            lead, row_unit = label_and_unit(cells[0])
            pairs = "，".join(_labelled(label, cell, row_unit)
                             for label, cell in zip(header[1:], cells[1:], strict=True) if cell)
            row = {**row, "text": f"{lead}：{pairs}。"}
        labelled.append(row)
    return labelled


def _labelled(label: str, cell: str, row_unit: str = "") -> str:
    """保费（元/亩） over 50 → 保费50元/亩; 财政补贴比例 over 80% → 财政补贴比例80%; 能繁母猪
    over 1500 in a row of 元/头 → 能繁母猪1500元/头."""
    name, unit = label_and_unit(label)
    if (unit or row_unit) and re.fullmatch(r"\d+(?:\.\d+)?", cell):
        return f"{name}{cell}{unit or row_unit}"
    return f"{label}{cell}"


def _plain(text: str | None) -> str:
    """A table row's cells joined (tabs kept as separators), spaces inside words removed."""
    return _SPACES.sub("", (text or "").replace("\t", " | "))


def _has_run(text: str, key: list[str]) -> bool:
    """Two key bigrams that overlap (three characters in a row) occur together in the text."""
    for first, second in itertools.pairwise(key):
        if first[1:] == second[:1] and first + second[1:] in text:
            return True
    return any(
        len(term) >= 3 or (term[0].isdigit() and len(term) >= 2) for term in key if term in text
    )


@functools.lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in _SENTENCE.split(text) if s.strip())


MAX_SENTENCES = 3  # quoted from one paragraph


def _best_sentences(
    text: str, key: list[str], attribute: Any, names: list[tuple[str, ...]]
) -> tuple[str, ...]:
    sentences = _sentences(text)
    if len(sentences) <= 1 or len(text) <= SHORT_PARAGRAPH:
        return (text.strip(),)  # a short paragraph says one thing: quoted whole
    scored = [
        (
            (attribute is None or _holds_value(s, attribute, names)),
            sum(b in s for b in key),
            -i,
            s,
        )
        for i, s in enumerate(sentences)
    ]
    best = max(scored)
    chosen = [best]
    covered = {b for b in key if b in best[3]}
    # then the sentences saying what the chosen ones leave out (安置房在哪 + 超出部分咋算: the
    # place, then the price of the part above), or saying as much as the best; three at most
    while len(chosen) < MAX_SENTENCES:
        candidates = []
        for sentence in (s for s in scored if s not in chosen and s[0] == best[0]):
            new_terms = len({b for b in key if b in sentence[3]} - covered)
            if new_terms or sentence[1] >= best[1] - 1:
                candidates.append((new_terms, sentence[1], sentence[2], sentence))
        if not candidates:
            break
        *_, found = max(candidates)  # most new terms, then most terms, then earliest
        chosen.append(found)
        covered |= {b for b in key if b in found[3]}
    return tuple(s for *_, s in sorted(chosen, key=lambda s: -s[2]))


@dataclass
class _Document:
    """A document the search found: its first rank, a row of it, the key terms it covers."""

    rank: int
    row: dict[str, Any]
    covered: set[str]


def _newest_first(row: dict[str, Any]) -> int:
    """A sort key putting the latest issue's rows first (its publication date, negated)."""
    published = str(row.get("published") or "")
    return -int(published.replace("-", "")) if published[:4].isdigit() else 0


def _covered(key: list[str], text: str | None) -> list[str]:
    plain = _plain(text or "")
    return [b for b in key if b in plain]


def _about(covered: set[str], key: list[str]) -> bool:
    """Key terms covered well enough: half of them, and more than one shared pair (a single
    key term only when it is all the question holds)."""
    return len(covered) / len(key) >= MIN_COVERAGE and (len(covered) >= 2 or len(key) == 1)


@dataclass(frozen=True)
class _Paragraph:
    """A paragraph row and its text, section heading and document title as compared."""

    row: dict[str, Any]
    text: str
    heading: str
    title: str


def _paragraph(row: dict[str, Any], heading: str = "") -> _Paragraph:
    return _Paragraph(row, _plain(row["text"]), _plain(heading), _plain(row.get("document_title")))


# attributes whose values are sums of money: any price of a document is one of them
_AMOUNTS = frozenset({"fee", "charge", "premium", "wage"})


def _quote(
    paragraph: _Paragraph,
    key: list[str],
    attribute: Any,
    names: list[tuple[str, ...]],
    thing: str | None = None,
    in_document: bool = False,
    within: bool = False,
) -> Quote | None:
    """The paragraph's best sentences for the question, read with the document's title and
    the section heading; None when the paragraph is not about the question. A value asked
    the price of a named thing (`thing`) is one only in a sentence naming it."""
    text, heading = paragraph.text, paragraph.heading
    if not any(b in text or b in heading for b in key):
        return None
    context = f"{paragraph.title} {heading}"
    covered = [b for b in key if b in text or b in context]
    enough = len(covered) / len(key) >= MIN_COVERAGE
    # Prose of a document about the question inherits its subject; a table row has its own.
    inherits = in_document and attribute is not None and paragraph.row.get("style") != "table_row"
    if not (enough or inherits):
        return None
    sentences = _best_sentences(text, key, attribute, names)
    quoted = "".join(sentences)
    said = f"{context} {quoted}"
    if not all(any(form in said for form in forms) for forms in names):
        return None  # the organisation or person asked about is not what is quoted
    # a sum of money is of the thing asked when its sentence prints a key term of its own, one
    # the document's title does not (投资 of 中敖中学扩建总共投资多少, not 中敖 of the title: a
    # settlement price of that project is no investment)
    has_value = attribute is None or (
        (thing is None or thing in said)
        and (attribute.name not in _AMOUNTS or any(b in quoted and b not in paragraph.title
                                               for b in key))
        and any(_holds_value(s, attribute, names) for s in sentences))
    # in the documents asked about (`within`), two of the key terms they print are enough
    about = enough and (
        _has_run(f"{context} {text}", key)
        or ((attribute is not None or within) and len(covered) >= 2)
    )
    # In a document about the question, a sentence holding the asked value and one key term
    # answers it (理赔款多少天到账: 10个工作日内支付赔款, in the insurance notice).
    if not (about or (inherits and has_value)):
        return None
    own = sum(b in quoted for b in key) / len(key)
    return Quote(paragraph.row, sentences, len(covered) / len(key), has_value, own, heading)


def _with_list_items(shown: list[Quote], quotes: list[Quote]) -> list[Quote]:
    """The shown quotes, each numbered item (1. 身份证明…) followed by the items after it in
    its document that answer too (2. 房屋所有权证…): a list is not cut after its first item."""
    found = {(q.row.get("document_id"), q.row.get("seq")): q for q in quotes}
    result: list[Quote] = []
    for quote in shown:
        if quote in result:
            continue
        result.append(quote)
        document, seq = quote.row.get("document_id"), quote.row.get("seq")
        if not (document and isinstance(seq, int) and _LIST_ITEM.match(quote.row["text"])):
            continue
        added = 0
        while (following := found.get((document, seq + 1))) is not None and added < MAX_ITEMS:
            if not _LIST_ITEM.match(following.row["text"]) or following in result:
                break
            result.append(following)
            seq, added = seq + 1, added + 1
    return result


def _said_enough(quotes: list[Quote], key: list[str]) -> list[Quote]:
    """The quotes of documents whose quoted paragraphs (those shown) and title cover the key
    terms well enough: what is shown must itself be about the question."""
    shown: dict[str, set[str]] = {}
    for quote in quotes[:MAX_QUOTED]:
        document = quote.row.get("document_id")
        if document:
            title = quote.row.get("document_title")
            covered = shown.setdefault(document, set(_covered(key, title)))
            covered |= set(_covered(key, quote.row["text"]))
    kept = {document for document, covered in shown.items() if _about(covered, key)}
    return [q for q in quotes if not q.row.get("document_id") or q.row["document_id"] in kept]


def said_once(
    quotes: list[Quote], attribute: Any, accept: Callable[[Quote, bool], bool]
) -> dict[str, Quote]:
    """The quotes to answer with, by their text: those holding a value of the asked kind
    first (60日 for 多久之内 before a sentence that only covers the question's words better),
    then the others; each accepted (`accept(quote, holds_the_value)`) and said once (a text
    inside one already said is the same: a decision and its notice may say it alike)."""
    valued = [q for q in quotes if attribute and attribute.found_in("".join(q.sentences))]
    said: dict[str, Quote] = {}
    for quote in [*valued, *quotes]:
        text = "".join(quote.sentences)
        repeated = any(text in other or other in text for other in said)
        if accept(quote, quote in valued) and not repeated:
            said[text] = quote
    return said


def _rarity(key: list[str], rows: list[dict[str, Any]]) -> dict[str, float]:
    """Each key term's weight among `rows`: the fewer paragraphs print it, the more it tells."""
    texts = [_plain(row.get("text")) for row in rows]
    return {
        term: math.log((len(texts) + 1) / (1 + sum(term in text for text in texts)))
        for term in key
    }


def _weighed(quote: Quote, weight: dict[str, float]) -> float:
    said = quote.heading + "".join(quote.sentences)
    return round(sum(w for term, w in weight.items() if term in said), 2)


def _own(quote: Quote, key: list[str]) -> int:
    quoted = "".join(quote.sentences)
    return sum(b in quoted for b in key)


def _holds_value(sentence: str, attribute: Any, names: list[tuple[str, ...]]) -> bool:
    """A value of the asked kind that is not the question's own named organisation or
    person (区安委会办公室设在区应急局 gives no address of 区应急局)."""
    for value in attribute.values_in(sentence):
        clause_end = _CLAUSE_END.search(sentence, value.start())
        clause = sentence[value.start() : clause_end.start() if clause_end else len(sentence)]
        if not any(form in clause for forms in names for form in forms):
            return True
    return False


def _source(row: dict[str, Any], with_issue: bool) -> str:
    """文号 and date of the paragraph's document (its title when it has no number), and the
    issue when the data holds several."""
    title = row.get("document_title") or ""
    parts = [row.get("doc_number") or (f"《{title}》" if title else ""), row.get("sign_date")]
    if with_issue or not title:
        parts.append(row.get("issue_title"))
    return "，".join(p for p in parts if p)
