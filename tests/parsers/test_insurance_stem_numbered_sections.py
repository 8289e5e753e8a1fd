"""An insurance notice whose sections are numbered with heavenly stems (甲、参保对象 … 己、部门职责)
is read section by section as one numbered 一、 二、: its terms under their topics, its payouts
table, and the duties of its duties section, each sentence opened by its unit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.parsers.insurance import parse_insurance
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于做好2039年度肉牛养殖保险工作的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2039〕12号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "甲、参保对象和条件",
    "本区存栏肉牛5头以上的养殖户，均可自愿参保。",
    "乙、保险金额和保费",
    "每头保险金额6000元，每头保费240元。",
    "丙、赔付标准",
    "损失情形\t赔付金额",
    "肉牛死亡\t每头6000元",
    "丁、保险期间",
    "自2039年3月1日零时起至2040年2月28日二十四时止。",
    "戊、部门职责",
    "区农业农村委负责组织实施。区财政局负责拨付补贴资金。",
    "重庆市大足区人民政府办公室",
    "2039年2月20日",
]


@pytest.fixture
def parsed(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="insurance", title=TITLE,
                                          doc_number="大足府办发〔2039〕12号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    return context


def test_sections_numbered_with_stems_hold_the_terms_of_their_topics(parsed):
    terms = parsed.tables["insurance_terms"]
    assert [(row["topic"], row["amount"], row["unit"], row["per"]) for row in terms] == [
        ("covered", 5, "头", None),
        ("payout", 6000, "元", "每头"),  # 保险金额 is curated as the sum insured
        ("payout", 240, "元", "每头"),
        ("payout", 6000, "元", "每头"),
        ("period", None, None, None),
    ]
    assert (terms[-1]["start_date"], terms[-1]["end_date"]) == (dt.date(2039, 3, 1),
                                                                dt.date(2040, 2, 28))


def test_the_duties_section_numbered_with_a_stem_charges_each_unit(parsed):
    assert [(row["department"], row["duty"]) for row in parsed.tables["insurance_duties"]] == [
        ("区农业农村委", "负责组织实施"), ("区财政局", "负责拨付补贴资金")]
