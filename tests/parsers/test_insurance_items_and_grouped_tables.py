"""An insurance notice whose scheme is one section of bracketed items, each headed by a label
and a full stop: an item whose heading holds a curated label ((二)保险金额与缴费方式。…) opens a
section of that label's topic, as a numbered heading does; figures counted per head of small
livestock (每只…, N只, N万只). Its payout table prints each situation on a group row of its own
(因病死亡 | | ), the rows under it with an empty first cell: each row is read with its group,
and a row stating its term in words alone is a term too. Written in other wording than every
fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.parsers.insurance import parse_insurance
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于做好2036年度生猪养殖保险工作的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2035〕40号",
    "各镇人民政府、街道办事处：",
    "一、实施方案",
    "（一）保险标的。本区存栏的仔猪，投保农户存栏量在30只以上，全区计划承保2.4万只。",
    "（二）保险金额与缴费方式。每只保险金额600元，保险费率5%。",
    "（三）赔偿标准。按死亡时体重计算：",
    "死亡原因\t体重\t赔偿金额",
    "因病死亡\t\t",
    "\t10公斤以下\t保险金额的30%",
    "\t10公斤（含）以上\t保险金额的80%",
    "政府扑杀\t\t",
    "\t不论体重\t保险金额减去扑杀补助后的余额",
    "重庆市大足区人民政府办公室",
    "2035年11月20日",
]


@pytest.fixture
def terms(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="insurance", title=TITLE,
                                          doc_number="大足府办发〔2035〕40号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    return context.tables["insurance_terms"]


def test_an_item_headed_by_a_curated_label_opens_a_section_of_its_topic(terms):
    figures = {(row["topic"], row["label"], row["amount"], row["unit"]) for row in terms}
    assert {("covered", "保险标的", 30, "只"), ("covered", "保险标的", 2.4, "万只"),
            ("payout", "保险金额与缴费方式", 600, "元")} <= figures
    (sum_insured,) = [row for row in terms if row["amount"] == 600]
    assert sum_insured["per"] == "每只"


def test_each_table_row_is_read_with_the_group_printed_above_it(terms):
    rows = {(row["clause"], row["amount"]) for row in terms if "\t" in row["clause"]}
    assert {("因病死亡\t10公斤以下\t保险金额的30%", 30),
            ("因病死亡\t10公斤（含）以上\t保险金额的80%", 80)} <= rows
    assert not any(row["clause"] in ("因病死亡", "政府扑杀") for row in terms)


def test_a_row_stating_its_term_in_words_is_a_term_of_its_column(terms):
    (culled,) = [row for row in terms if row["clause"].startswith("政府扑杀\t")]
    assert (culled["topic"], culled["label"], culled["figure"]) == ("payout", "赔偿金额", None)
    assert culled["clause"].endswith("保险金额减去扑杀补助后的余额")
