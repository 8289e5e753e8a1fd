"""Catastrophe-insurance notices → `insurance_coverage`, `insurance_claims`, `insurance_duties`.

Coverage: the perils of 保障范围 (；-separated), each with its death payout from 赔付标准
(…均按照每人10万元…, 见义勇为按照每人30万元…) and the organisations that 职责分工 charges with
certifying it (…进行认定). Claims: the 赔付处理流程图 table. Duties: one row per 职责分工 line.
"""

from __future__ import annotations

import re

from ..documents import Document
from ..errors import PipelineError
from ..tables import ExtractionContext
from ..text import parse_date, squeeze
from . import parser
from .tabbed import read_table

_LABELLED = re.compile(r"^([^：]{2,20})：(.+)$")
_PAYOUT = re.compile(r"(?:对)?(?P<perils>[^，。]+?)(?:均)?按照每人(?P<amount>\d+(?:\.\d+)?)万元")
_TERM = re.compile(r"(协议期限为[一二三四五六七八九十\d]+年|有效期限[一二三四五六七八九十\d]+年)")
_POPULATION = re.compile(r"共计([\d.]+万人左右)")
# Words around a collective in 职责分工 that name no organisation: 其他区级各部门、有关单位.
_QUALIFIERS = re.compile(r"^其他|[、，]有关单位$")


def _labelled_lines(context: ExtractionContext, document: Document) -> dict[str, tuple[int, str]]:
    """First occurrence of each 'label：text' line of the document (保障范围, 保险时间 …)."""
    found: dict[str, tuple[int, str]] = {}
    for line_no, text in context.source_text.numbered(document.start_line, document.end_line):
        match = _LABELLED.match(squeeze(text))
        label = re.sub(r"^\d+\.\s*", "", match[1]) if match else None  # '1. 死亡赔偿' → 死亡赔偿
        if match and label not in found:
            found[label] = (line_no, match[2])
    return found


def _duty_lines(context: ExtractionContext, document: Document) -> list[tuple[int, str, str]]:
    """(line, organisation as printed, duty) of the 职责分工 section."""
    duties: list[tuple[int, str, str]] = []
    inside = False
    for line_no, text in context.source_text.numbered(document.start_line, document.end_line):
        stripped = squeeze(text)
        if re.match(r"^[一二三四五六七八九十]+、", stripped):
            inside = "职责分工" in stripped
            continue
        match = _LABELLED.match(stripped)
        if inside and match:
            duties.append((line_no, match[1], match[2]))
    return duties


def _peril_name(printed: str) -> str:
    """自然灾害 from '…其他人力不可抗拒的破坏力强大的自然灾害', 火灾、爆炸 from '火灾、爆炸保障'."""
    name = re.sub(r"（[^）]*）", "", printed).removesuffix("保障")
    return name.rsplit("的", 1)[-1]


def _sub_perils(printed: str) -> list[str]:
    """Keywords a duty uses for a peril: its name's parts and the items in its brackets.

    Bracket items drop their 救助 / 伤人救助 ending, as the duties name the cause only
    (高空坠物伤人救助 → 高空坠物, certified as 高空坠物导致的人身伤亡).
    """
    inner = re.search(r"（([^）]*)）", printed)
    bracketed = re.split(r"[，、]", inner[1]) if inner else []
    items = [re.sub(r"(?:伤人)?救助$", "", item) for item in bracketed]
    return [part for part in (*_peril_name(printed).split("、"), *items) if part]


@parser("insurance")
def parse_insurance(document: Document, context: ExtractionContext) -> None:
    labelled = _labelled_lines(context, document)
    try:
        scope_line, scope = labelled["保障范围"]
        _, covered = labelled["保障对象"]
        payout_line, payouts = labelled["死亡赔偿"]
        _, period = labelled["保险时间"]
    except KeyError as missing:
        raise PipelineError(
            context.path,
            f"insurance notice lacks '{missing.args[0]}：…'",
            line=document.start_line,
            expected="保障范围, 保障对象, 死亡赔偿 and 保险时间 lines",
        ) from None
    duties = _duty_lines(context, document)
    whole_text = squeeze(
        "".join(
            text for _, text in context.source_text.numbered(document.start_line, document.end_line)
        )
    )
    terms = _TERM.findall(whole_text)
    population = _POPULATION.search(whole_text)
    for seq, printed in enumerate(filter(None, scope.rstrip("。").split("；")), start=1):
        name = _peril_name(printed)
        payout = next(
            (
                match
                for match in _PAYOUT.finditer(payouts)
                if name.split("、")[0] in match["perils"]
            ),
            None,
        )
        if payout is None:
            raise PipelineError(
                context.path,
                f"no death payout for peril {name!r}",
                line=payout_line,
                expected="…按照每人N万元… naming the peril",
            )
        keywords = _sub_perils(printed)
        certifiers = [
            organisation
            for _, organisation, duty in duties
            if "认定" in duty and any(keyword in duty for keyword in keywords)
        ]
        context.add(
            "insurance_coverage",
            {
                "coverage_id": f"{document.document_id}-c{seq}",
                "peril": name,
                "scope": printed,
                "death_payout": round(float(payout["amount"]) * 10_000),
                "covered_persons": covered,
                "covered_estimate": population[1] if population else None,
                "effective_date": parse_date(period),
                "term_text": terms[0] if terms else None,
                "term_text_leaflet": terms[1] if len(terms) > 1 else None,
                "certified_by": "、".join(certifiers) or None,
                "document_id": document.document_id,
                "doc_number": document.doc_number,
            },
            line=scope_line,
        )
    for seq, (line_no, organisation, duty) in enumerate(duties, start=1):
        context.add(
            "insurance_duties",
            {
                "duty_id": f"{document.document_id}-u{seq:02d}",
                "department": organisation,
                "department_id": _duty_department(context, organisation, line_no),
                "duty": duty,
                "document_id": document.document_id,
            },
            line=line_no,
        )
    _claims(document, context)


def _duty_department(context: ExtractionContext, printed: str, line: int) -> str:
    """The one organisation (or collective) a 职责分工 line starts with."""
    ids = context.link_departments(_QUALIFIERS.sub("", printed), line=line, column="职责分工")
    if len(ids) != 1:
        raise PipelineError(
            context.path,
            f"{printed!r} names {len(ids)} organisations",
            line=line,
            column="职责分工",
            expected="one organisation per 职责分工 line",
        )
    return ids[0]


def _claims(document: Document, context: ExtractionContext) -> None:
    table = read_table(context.source_text, document, ["保险责任", "保险范围", "对接部门", "流程"])
    for seq, row in enumerate(table.rows, start=1):
        peril, scope, contacts, process = row.cells
        context.link_departments(contacts, line=row.line, column="对接部门")  # names must be known
        context.add(
            "insurance_claims",
            {
                "claim_id": f"{document.document_id}-p{seq}",
                "peril": peril,
                "scope": scope,
                "contact_departments": contacts,
                "process": process,
                "document_id": document.document_id,
            },
            line=row.line,
        )
