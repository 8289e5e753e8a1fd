"""Recognisers of the notice kinds whose parsers live in their own modules (appointments,
expropriation, insurance, leading groups, meeting reports).

Each reads the cues curated for its kind in sources/vocab/kind_cues.csv, by where a cue stands:

* `block` — a line that is the cue alone, after any ordinal and up to two words (任命, 一、任命,
  决定任命：: the heading over a list of people);
* `label` — a line opening with the cue (and up to four more characters) and a colon or full
  stop, or a heading that is the cue, after any ordinal (组 长：…, 二、征收范围：…,
  （一）征收范围。…, 一、保险对象, 【征收范围和规模】…);
* `phrase` — a line containing the cue (房屋征收决定, 主持召开);
* `roster` — a line containing the cue, naming who holds a role in prose (…同志任组长);
* `genre` — the title's last word (决定, 公告);
* `header` — a table header label (保险责任);
* `number` — a part of the 文号 (府人 in 大足府人〔2021〕5号);
* `lead` (kind `*`, every kind's) — a verb a heading may open with before its label
  (一、明确参保范围, 【落实保费分担】): the label after it is read as if printed alone.

A recogniser claims with the first cue found and its line, so the claim says why.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import PipelineError
from ..recognise import Claim, Outline, recogniser
from ..text import BULLETS, ENCLOSED_NUMBER, STEMS, spaced_heading
from ..vocab import read_vocab
from . import ANY_KIND
from .tasks import has_task_table

VOCAB = "kind_cues.csv"
VOCAB_FIELDS = ("kind", "where", "cue", "note")
PLACES = ("block", "label", "phrase", "roster", "genre", "header", "number", "lead")


def cues(sources_dir: Path | None, kind: str, where: str) -> list[str]:
    """The curated cues of a kind at one place (the file's `where` values are checked)."""
    found = []
    for row_no, row in enumerate(read_vocab(sources_dir, VOCAB, VOCAB_FIELDS), start=2):
        if row["where"] not in PLACES:
            raise PipelineError(f"sources/vocab/{VOCAB}", f"unknown place {row['where']!r}",
                                line=row_no, column="where", expected=" | ".join(PLACES))
        if row["kind"] == kind and row["where"] == where:
            found.append(row["cue"])
    return found


_ORDINAL = re.compile(  # 二、 （一） 1． 第一条 ❷ 丙、
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]"
    rf"|第[一二三四五六七八九十百\d]+条|{ENCLOSED_NUMBER}|[{STEMS}][、.．])")


# A block heading may carry a short verb before its cue (决定任命：).
_BLOCK_PREFIX = 2


# 【签约期】 〔组长〕 〈征收范围〉 「保险期间」: a label in any pair of brackets but the round ones
_BRACKETED_LABEL = re.compile(r"^[【〖［\[〔〈「『]([^】〗］\]〕〉」』]{2,16})[】〗］\]〕〉」』]")
_DASHED_LABEL = re.compile(r"^([^，,。；;：:—－\d]{2,12})(?:——|－－)")  # 签约期限——45日
# A numbered section heading is short and no sentence (三、保险对象和保险期间).
_HEADING_LENGTH = 16
_SENTENCE = re.compile(r"[，。；,;]")
# Layout whitespace after a label stands for its colon (组　长　张三): a tab, an ideographic
# space or several spaces, not the single space the extraction puts between characters.
_LAYOUT_SPACE = r"(?:\t|\u3000| {2,})"
# a heading marked by brackets or a list mark rather than an ordinal (【…】, ▶…)
_HEADING_MARK = re.compile(rf"^[【〖［\[〔〈「『{BULLETS}]")


def _is_label(word: str, text: str, plain: str, leads: tuple[str, ...] = ()) -> bool:
    """The line is labelled `word`: the label alone, before a colon, opening a numbered
    heading, or before layout whitespace (the characters of the label may be spaced); a heading
    (numbered, bracketed or bulleted) may open with a curated verb before its label."""
    spaced = r"\s*".join(map(re.escape, word))
    stripped = text.strip()
    numbered = bool(_ORDINAL.match(stripped))
    forms = [plain]
    if numbered or _HEADING_MARK.match(stripped):
        forms += [form for form in [without_lead(plain, leads)] if form != plain]
    return (any(_opens_with(word, form, numbered) for form in forms)
            or bool(re.match(rf"{spaced}{_LAYOUT_SPACE}+\S", stripped)))


def _opens_with(word: str, plain: str, numbered: bool) -> bool:
    """`plain` is the label alone, the label before a colon or full stop (joined to another by
    和/及/与/、 or not), or, numbered, a short heading opening with it."""
    return (plain.rstrip("：:") == word  # 征收范围和规模：
            # 保险期间和承保机构。…: a label joined to another by 和/及/与/、
            or bool(re.match(rf"{re.escape(word)}(?:[^：:。，]{{0,4}}|[和及与、][^：:。，]{{1,8}})"
                             r"[：:。]", plain))
            or (numbered and plain.startswith(word)
                and len(plain) <= _HEADING_LENGTH and not _SENTENCE.search(plain)))


def heading_leads(sources_dir: Path | None) -> tuple[str, ...]:
    """The curated verbs a heading of any kind may open with before its label, longest first."""
    return tuple(sorted(cues(sources_dir, ANY_KIND, "lead"), key=len, reverse=True))


def without_lead(heading: str, leads: tuple[str, ...]) -> str:
    """A heading without the curated verbs (`leads`, longest first) it opens with (明确参保范围
    → 参保范围, 进一步明确保险期间 → 保险期间); a heading that is a verb alone stays as it is."""
    for _ in range(2):  # 进一步 + 明确
        lead = next((lead for lead in leads
                     if heading.startswith(lead) and len(heading) > len(lead) + 1), None)
        if lead is None:
            break
        heading = heading[len(lead):]
    return heading


def _plain(text: str) -> str:
    """A line without spaces, list marks (- ** ■) and a leading ordinal (二、 （一） 1. ㈡); a
    label in brackets or before a dash reads as a label and colon (【签约期】…, 〈签约期限〉…,
    签约期——… → 签约期：…)."""
    plain = _ORDINAL.sub("", re.sub(r"[\s*]", "", text).lstrip(f"-{BULLETS}"))
    return _DASHED_LABEL.sub(r"\1：", _BRACKETED_LABEL.sub(r"\1：", plain))


def find_cue(outline: Outline, kind: str, where: str,
             lines: list[tuple[int, str]] | None = None) -> tuple[str, int] | None:
    """(cue, line) of the first of the kind's cues at `where`, in `lines` (default: all)."""
    words = cues(outline.sources_dir, kind, where)
    if where == "genre":
        return next(((word, outline.start_line) for word in words if outline.genre == word), None)
    if where == "number":
        number = outline.doc_number or ""
        return next(((word, outline.start_line) for word in words if word in number), None)
    if where == "header":
        return next(((word, line) for line, labels in outline.headers for word in words
                     if word in labels), None)
    leads = heading_leads(outline.sources_dir) if where == "label" else ()
    for line, printed in outline.lines if lines is None else lines:
        text = spaced_heading(printed)  # 二　保险费 is the heading 二、保险费
        plain = _plain(text)
        heading = plain.rstrip("：:")
        for word in words:
            if ((where == "block" and heading.endswith(word)
                 and len(heading) <= len(word) + _BLOCK_PREFIX)
                    or (where == "label" and _is_label(word, text, plain, leads))
                    or (where in ("phrase", "roster") and word in plain)):
                return word, line
    return None


def _claim(kind: str, what: str, found: tuple[str, int]) -> Claim:
    return Claim(kind, f"{what} {found[0]!r} at line {found[1]}", found[1])


@recogniser("appointments", data=(f"vocab/{VOCAB}",))
def appointments(outline: Outline) -> Claim | None:
    """A notice listing people under 任命 / 免去 blocks (or a post lapsing), or else a notice
    under a personnel 文号."""
    found = (find_cue(outline, "appointments", "block", outline.notice)
             or find_cue(outline, "appointments", "phrase", outline.notice)
             or find_cue(outline, "appointments", "number"))
    return _claim("appointments", "appointment block", found) if found else None


@recogniser("expropriation_decision", data=(f"vocab/{VOCAB}",))
def expropriation_decision(outline: Outline) -> Claim | None:
    """A decision (genre 决定) that decides a 房屋征收."""
    genre = find_cue(outline, "expropriation_decision", "genre")
    found = genre and find_cue(outline, "expropriation_decision", "phrase", outline.notice)
    return _claim("expropriation_decision", f"a {genre[0]} stating", found) if found else None


@recogniser("expropriation_notice", data=(f"vocab/{VOCAB}",))
def expropriation_notice(outline: Outline) -> Claim | None:
    """A 征收 notice or compensation scheme: its clauses (征收范围：…, 签约期限：…), or a
    document (not a meeting's report) naming the compensation scheme it publishes (附件：…房屋
    征收补偿方案) whatever its clauses are called."""
    if find_cue(outline, "expropriation_decision", "genre"):
        return None  # a decision's own clauses are the decision's
    found = find_cue(outline, "expropriation_notice", "label") or (
        find_cue(outline, "expropriation_notice", "phrase")
        if outline.form == "document" else None)
    return _claim("expropriation_notice", "征收 clause", found) if found else None


@recogniser("insurance", data=(f"vocab/{VOCAB}",))
def insurance(outline: Outline) -> Claim | None:
    """An insurance notice: its cover clauses (保障范围：…) or a claims table (保险责任 | …)."""
    found = (find_cue(outline, "insurance", "label", outline.notice)
             or find_cue(outline, "insurance", "header"))
    return _claim("insurance", "insurance clause", found) if found else None


@recogniser("leading_group", data=(f"vocab/{VOCAB}", "vocab/task_headers.csv"))
def leading_group(outline: Outline) -> Claim | None:
    """A notice about a group (领导小组 named in its own text) that lists its 组长 there, as a
    labelled list (组长：…) or in prose (…同志任组长).

    A plan with a task table may attach its group's members; it stays a task plan. Working
    groups inside an attached plan (应急预案) do not make a leading-group notice.
    """
    found = (find_cue(outline, "leading_group", "label", outline.notice)
             or find_cue(outline, "leading_group", "roster", outline.notice))
    if (found is None or not find_cue(outline, "leading_group", "phrase", outline.notice)
            or has_task_table(outline)):
        return None
    return _claim("leading_group", "member list", found)


@recogniser("executive_meeting", data=(f"vocab/{VOCAB}",))
def executive_meeting(outline: Outline) -> Claim | None:
    """A meeting report: printed under a meeting title, opening with who held the meeting."""
    if outline.form != "meeting_report":
        return None
    found = find_cue(outline, "executive_meeting", "phrase", outline.notice[:2])
    return _claim("executive_meeting", "meeting report", found) if found else None
