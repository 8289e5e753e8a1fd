"""Amounts paid printed as clauses of the 保险责任 section (（一）意外身故保险金：每人20000元) are
payouts, whatever section they stand in; the scope's other clauses stay terms of the scope."""

from __future__ import annotations

from pathlib import Path

from scripts.parsers.insurance import parse_insurance
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于做好2026年度困难群众意外伤害保险工作的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2026〕8号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "一、保险责任",
    "本保险所称意外伤害，是指外来的、突发的、非本意的伤害。",
    "（一）意外身故保险金：每人20000元。",
    "（二）意外住院津贴：每人每天30元。",
    "二、承保机构",
    "由某某财产保险公司承保。",
    "重庆市大足区人民政府办公室",
    "2026年2月10日",
]


def test_amounts_paid_under_the_scope_are_payouts(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="insurance", title=TITLE,
                                          doc_number="大足府办发〔2026〕8号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    topics = {row["clause"][:7]: row["topic"] for row in context.tables["insurance_terms"]}
    assert topics["（一）意外身故"] == "payout" and topics["（二）意外住院"] == "payout"
    assert topics["本保险所称意外"] == "scope"
