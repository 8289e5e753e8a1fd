"""An insurance notice whose section headings open with a verb before their label ((一)严格参保
对象, (三)把握保障责任与赔偿标准, (五)压实工作职责) is read section by section: each heading
takes the topic of the label after its verb, and its duties section names the organisations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.parsers.insurance import parse_insurance
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于做好2025年度计生特殊家庭综合保险工作的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2025〕12号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "（一）严格参保对象",
    "全区计划生育特殊家庭成员，共计约3200人。",
    "（二）落实保险费。每人每年保费120元，全部由区财政承担。",
    "（三）把握保障责任与赔偿标准",
    "因意外伤害身故的，每人赔付30000元。",
    "（四）确定保险期限",
    "自2025年4月1日零时起至2026年3月31日二十四时止。",
    "（五）压实工作职责",
    "区卫生健康委负责参保名单确认；区财政局负责保费拨付。",
    "重庆市大足区人民政府办公室",
    "2025年3月10日",
]


@pytest.fixture
def parsed(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="insurance", title=TITLE,
                                          doc_number="大足府办发〔2025〕12号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    return context


def test_bracketed_headings_led_by_a_verb_take_the_topic_of_their_label(parsed):
    terms = [row for row in parsed.tables["insurance_terms"] if row["topic"] != "other"]
    assert [(row["topic"], row["label"], row["figure"]) for row in terms] == [
        ("covered", "严格参保对象", "共计约3200人"),
        ("premium", "落实保险费", "每人每年保费120元"),
        ("payout", "把握保障责任与赔偿标准", "每人赔付30000元"),
        ("period", "确定保险期限", None),
    ]
    assert terms[1]["party"] == "区财政"
    assert (terms[3]["start_date"], terms[3]["end_date"]) == (dt.date(2025, 4, 1),
                                                              dt.date(2026, 3, 31))


def test_a_duties_section_led_by_a_verb_names_its_organisations(parsed):
    duties = parsed.tables["insurance_duties"]
    assert [(row["department_id"], row["duty"]) for row in duties] == [
        ("health", "负责参保名单确认"), ("finance", "负责保费拨付")]
