"""An insurance notice whose sections are numbered with enclosed or Roman numerals (㈠ ➋ ⑶ Ⅳ．)
is read section by section as one numbered 一、 二、; its exclusions, under whatever heading
names what is not paid, are read with its scope."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.parsers.insurance import parse_insurance
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于开展2022年度困难群众意外伤害保险工作的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2022〕19号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "㈠参保人员",
    "全区特困供养人员和低保对象，共计约1.6万人，个人不缴费。",
    "➋ 保费及分担",
    "保费每人每年45元，区级财政承担70%，镇街承担30%。",
    "⑶保险期限：",
    "自2022年3月1日零时起至2023年2月28日二十四时止。",
    "Ⅳ．不予理赔的情况",
    "被保险人故意犯罪或自伤造成的伤亡，保险公司不承担赔付责任。",
    "➄部门职责",
    "区民政局要做好参保人员名单确认工作。",
    "区财政局要按时拨付保费资金。",
    "重庆市大足区人民政府办公室",
    "2022年2月18日",
]


@pytest.fixture
def parsed(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="insurance", title=TITLE,
                                          doc_number="大足府办发〔2022〕19号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    return context


def test_sections_numbered_with_enclosed_numerals_take_their_labels_topics(parsed):
    terms = parsed.tables["insurance_terms"]
    assert [(row["topic"], row["label"], row["figure"]) for row in terms] == [
        ("covered", "参保人员", "共计约1.6万人"),
        ("premium", "保费及分担", "每人每年45元"),
        ("premium", "保费及分担", "70%"),
        ("premium", "保费及分担", "30%"),
        ("period", "保险期限", None),
        ("scope", "不予理赔的情况", None),
    ]
    assert (terms[4]["start_date"], terms[4]["end_date"]) == (dt.date(2022, 3, 1),
                                                              dt.date(2023, 2, 28))
    assert parsed.review == []


def test_duties_under_an_enclosed_numeral_heading_name_their_organisations(parsed):
    duties = parsed.tables["insurance_duties"]
    assert [(row["department_id"], row["duty"][:2]) for row in duties] == [
        ("civil-affairs", "要做"), ("finance", "要按")]
