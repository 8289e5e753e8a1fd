"""An insurance notice whose paragraphs each open with their heading in corner brackets
(「投保对象」…, 『保费标准』…) is read section by section; in its duties, a clause charging the
insurer by its curated label alone (保险公司负责…) is that party's duty."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.parsers.insurance import parse_insurance
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于做好2023年度柑橘种植保险工作的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2023〕45号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "「投保对象」本区种植柑橘的农户和专业合作社，种植面积3亩以上的，均可自愿投保。",
    "『保费标准』每亩保险金额2000元，保险费率6%，每亩保费120元。",
    "「保险期间」自2023年3月1日零时起至2024年2月29日二十四时止。",
    "「各方职责」区农业农村委负责组织发动；保险公司负责查勘定损，及时足额赔付。",
    "重庆市大足区人民政府办公室",
    "2023年2月20日",
]


@pytest.fixture
def parsed(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="insurance", title=TITLE,
                                          doc_number="大足府办发〔2023〕45号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    return context


def test_headings_in_corner_brackets_open_sections_of_their_labels_topics(parsed):
    terms = parsed.tables["insurance_terms"]
    assert [(row["topic"], row["label"], row["amount"], row["unit"]) for row in terms] == [
        ("covered", "投保对象", 3, "亩"),
        ("premium", "保费标准", 2000, "元"),
        ("premium", "保费标准", 6, "%"),
        ("premium", "保费标准", 120, "元"),
        ("period", "保险期间", None, None),
    ]
    assert (terms[-1]["start_date"], terms[-1]["end_date"]) == (dt.date(2023, 3, 1),
                                                                dt.date(2024, 2, 29))


def test_a_duty_charged_to_the_insurer_by_its_label_alone_is_its_row(parsed):
    duties = parsed.tables["insurance_duties"]
    assert [(row["department"], row["duty"]) for row in duties] == [
        ("区农业农村委", "负责组织发动"), ("保险公司", "负责查勘定损，及时足额赔付")]
    assert duties[1]["department_id"].startswith("provisional-")
