"""Insurance notices are read by curated labels, whatever their wording and column order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.parsers.insurance import parse_insurance
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于做好2021年度巨灾保险工作的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2021〕45号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "一、保险内容",
    "保险范围：暴雨、洪涝、山体滑坡等自然灾害；溺水（含游泳溺水救助）；火灾保障。",
    "保险对象：本区行政区域内的全体居民，约85万人。",
    "1. 身故赔付：对自然灾害、火灾均按每人8万元赔付，溺水按照每人5万元赔付。",
    "保险期间：2021年10月1日零时起，合同期限为一年。",
    "二、部门职责",
    "区应急局：负责对自然灾害导致的人身伤亡进行核定。",
    "区公安局：负责对游泳溺水导致的人身伤亡进行认定。",
    "区消防救援支队：负责对火灾导致的人身伤亡进行认定。",
    "新城镇人民政府：负责组织辖区宣传。",
    "附件：理赔流程表",
    "重庆市大足区人民政府办公室",
    "2021年9月28日",
    "附件",
    "理赔流程表",
    "险种\t理赔流程\t受理部门\t保障范围",
    "自然灾害\t报案→认定→赔付\t区应急局\t暴雨、洪涝",
    "火灾\t报案→认定→赔付\t区消防救援支队\t火灾",
]


@pytest.fixture
def parsed(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="insurance",
                                          title=TITLE, doc_number="大足府办发〔2021〕45号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    return context


def test_coverage_is_read_from_labels_in_other_wordings(parsed):
    coverage = parsed.tables["insurance_coverage"]
    assert [(row["peril"], row["death_payout"]) for row in coverage] == [
        ("自然灾害", 80_000), ("溺水", 50_000), ("火灾", 80_000)]
    assert {row["effective_date"] for row in coverage} == {dt.date(2021, 10, 1)}
    assert coverage[0]["term_text"] == "合同期限为一年"
    assert coverage[0]["covered_estimate"] == "85万人"


def test_certifiers_are_found_by_any_curated_certifying_word(parsed):
    certified = [row["certified_by"] for row in parsed.tables["insurance_coverage"]]
    assert certified == ["区应急局", "区公安局", "区消防救援支队"]


def test_duties_link_their_organisation_and_an_unknown_one_is_provisional(parsed):
    duties = parsed.tables["insurance_duties"]
    assert [row["department_id"] for row in duties][:3] == [
        "emergency-management", "public-security", "fire-rescue"]
    assert duties[3]["department_id"].startswith("provisional-")


def test_claims_columns_are_found_by_their_labels_in_any_order(parsed):
    claims = parsed.tables["insurance_claims"]
    assert [(row["peril"], row["contact_departments"], row["scope"], row["process"])
            for row in claims] == [("自然灾害", "区应急局", "暴雨、洪涝", "报案→认定→赔付"),
                                   ("火灾", "区消防救援支队", "火灾", "报案→认定→赔付")]


def test_a_notice_without_a_death_payout_line_keeps_its_terms_and_duties(tmp_path: Path):
    lines = [line for line in NOTICE if not line.startswith("1. 身故赔付")]
    document, context = synthetic_context(tmp_path, lines, kind="insurance",
                                          title=TITLE)
    parse_insurance(document, context)
    assert context.tables["insurance_coverage"] == []
    assert len(context.tables["insurance_duties"]) == 4
    assert {row["topic"] for row in context.tables["insurance_terms"]} == {
        "scope", "covered", "period"}


def test_a_notice_with_no_known_label_is_flagged(tmp_path: Path):
    lines = [TITLE, "大足府办发〔2021〕45号", "一、工作安排", "请各单位认真做好宣传。"]
    document, context = synthetic_context(tmp_path, lines, kind="insurance", title=TITLE)
    parse_insurance(document, context)
    assert {row["topic"] for row in context.tables["insurance_terms"]} == {"other"}
    assert [item.line for item in context.review] == [1]
    assert context.review[0].curated_file == "sources/vocab/insurance_labels.csv"


SECTIONS = [
    "重庆市大足区人民政府办公室关于开展城乡居民意外伤害保险工作的通知",
    "大足府办发〔2021〕70号",
    "一、保险对象",
    "全区城乡低保对象和特困人员，共计约3.2万人。",
    "二、保费标准",
    "保费每人每年30元，由区级财政全额承担。",
    "三、理赔标准",
    "（一）意外身故的，每人赔付最高8万元；",
    "（二）意外伤残的，按伤残等级赔付，每人不超过6万元。",
    "四、保险期限",
    "自2021年9月1日0时起至2022年8月31日24时止。",
    "五、承保公司",
    "经比选，由中国人寿财产保险股份有限公司重庆市分公司承保。",
    "六、理赔流程",
    "被保险人应在72小时内报案，保险公司在5个工作日内完成赔付。",
    "重庆市大足区人民政府办公室",
    "2021年8月20日",
]


def test_labels_printed_as_section_headings_give_one_row_per_figure(tmp_path: Path):
    document, context = synthetic_context(tmp_path, SECTIONS, kind="insurance",
                                          title=SECTIONS[0], issuer=SECTIONS[-2])
    parse_insurance(document, context)
    rows = [(row["topic"], row["figure"], row["amount"], row["unit"], row["per"], row["bound"])
            for row in context.tables["insurance_terms"]]
    assert rows == [
        ("covered", "共计约3.2万人", 3.2, "万人", None, "共计约"),
        ("premium", "每人每年30元", 30.0, "元", "每人每年", None),
        ("payout", "每人赔付最高8万元", 8.0, "万元", "每人", "最高"),
        ("payout", "每人不超过6万元", 6.0, "万元", "每人", "不超过"),
        ("period", None, None, None, None, None),
        ("insurer", None, None, None, None, None),
        ("procedure", "72小时", 72.0, "小时", None, None),
        ("procedure", "5个工作日", 5.0, "个工作日", None, None),
    ]
    period, insurer = context.tables["insurance_terms"][4:6]
    assert (period["start_date"], period["end_date"]) == (dt.date(2021, 9, 1),
                                                          dt.date(2022, 8, 31))
    assert insurer["party"] == "中国人寿财产保险股份有限公司重庆市分公司"
    assert context.review == []


def test_sections_with_their_text_on_the_heading_line_and_duties_in_clauses(tmp_path: Path):
    title = "重庆市大足区人民政府办公室关于做好2021年度柑橘种植保险工作的通知"
    lines = [title, "大足府办发〔2021〕77号", "各镇街人民政府（办事处）：",
             "一、保险金额和保费。柑橘每亩保险金额2000元，保险费率为5%，每亩保费100元。",
             "二、理赔要求。受灾农户应在48小时内报案，承保机构在10个工作日内支付赔款。",
             "三、职责分工。区农业农村委牵头组织全区柑橘保险工作；区财政局负责保费补贴资金拨付。",
             "重庆市大足区人民政府办公室", "2021年9月28日"]
    document, context = synthetic_context(tmp_path, lines, kind="insurance", title=title,
                                          doc_number="大足府办发〔2021〕77号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    terms = {(row["topic"], row["amount"], row["unit"])
             for row in context.tables["insurance_terms"]}
    # 保险金额和保费: the section takes the topic of the longest curated label it holds
    assert {("payout", 2000.0, "元"), ("payout", 5.0, "%"), ("payout", 100.0, "元"),
            ("procedure", 48.0, "小时"), ("procedure", 10.0, "个工作日")} <= terms
    duties = context.tables["insurance_duties"]
    assert [(row["department_id"], row["duty"][:4]) for row in duties] == [
        ("agriculture-rural-affairs", "牵头组织"), ("finance", "负责保费")]


def test_a_section_no_curated_label_names_keeps_its_figures_after_the_curated_terms(tmp_path):
    section = ["二、赔款支付", "达成赔偿协议后7日内支付赔款，损失率80%以上的视为全部损失。"]
    notice = [*NOTICE[:8], *section, *NOTICE[8:]]
    document, context = synthetic_context(tmp_path, notice, kind="insurance",
                                          title=TITLE, doc_number="大足府办发〔2021〕45号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    terms = context.tables["insurance_terms"]
    other = [row for row in terms if row["topic"] == "other"]
    assert [(row["label"], row["amount"], row["unit"]) for row in other] == [
        ("赔款支付", 7.0, "日"), ("赔款支付", 80.0, "%")]
    assert terms[-len(other):] == other  # the curated terms keep their ids


def test_uncurated_labelled_lines_are_text_of_their_section_until_the_attachments(tmp_path):
    section = ["三、保障待遇", "（一）统一投保：意外身故保险金2万元；意外医疗最高5000元。",
               "附件：1. 理赔流程表", "2. 宣传资料"]
    notice = [*NOTICE[:8], *section, *NOTICE[8:]]
    document, context = synthetic_context(tmp_path, notice, kind="insurance",
                                          title=TITLE, doc_number="大足府办发〔2021〕45号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    other = [row for row in context.tables["insurance_terms"] if row["label"] == "保障待遇"]
    assert [(row["amount"], row["unit"]) for row in other] == [(2.0, "万元"), (5000.0, "元")]
    assert not any("宣传资料" in row["clause"] for row in context.tables["insurance_terms"])
