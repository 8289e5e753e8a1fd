"""An insurance notice whose sections are headed as residents ask (谁来保, 哪些损失赔) and whose
duties section is headed 各负其责, its lines an organisation and its duty apart by an
ideographic space."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.parsers.insurance import parse_insurance
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于开展2022年度生猪养殖保险工作的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2022〕40号",
    "各镇人民政府、街道办事处，区政府有关部门：",
    "一、谁来保",
    "本区存栏50头以上的生猪养殖场（户）均可投保。",
    "二、哪些损失赔",
    "（一）非洲猪瘟以外的重大疫病；",
    "（二）暴雨、洪水等自然灾害。",
    "三、各负其责",
    "区农业农村委\u3000负责组织实施和绩效评价。",
    "区财政局\u3000负责保费补贴资金拨付。",
    "重庆市大足区人民政府办公室",
    "2022年5月10日",
]


@pytest.fixture
def parsed(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="insurance", title=TITLE,
                                          doc_number="大足府办发〔2022〕40号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    return context


def test_sections_asked_as_residents_ask_take_their_topics(parsed):
    terms = parsed.tables["insurance_terms"]
    assert [(row["topic"], row["label"]) for row in terms] == [
        ("covered", "谁来保"), ("scope", "哪些损失赔"), ("scope", "哪些损失赔")]


def test_each_organisation_of_the_duties_section_has_its_duty(parsed):
    duties = parsed.tables["insurance_duties"]
    assert [(row["department_id"], row["duty"]) for row in duties] == [
        ("agriculture-rural-affairs", "负责组织实施和绩效评价"),
        ("finance", "负责保费补贴资金拨付")]
