"""An insurance notice offering plans side by side (项目 | 普通款 | 优享款): a cell printing a bound
before a bare number (最高20000) takes its row's unit, a note after that unit (元，按比例给付) is
no part of it; a clause stating what is not covered (…，不属于保险责任) is a scope term even in a
section no label names; the duties may be headed 责任分工."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.parsers.insurance import parse_insurance
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于开展2025年度困难群众意外保险工作的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2025〕12号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "一、参保对象",
    "全区城乡低保对象和特困人员，均可参保。",
    "二、保障方案",
    "项目\t普通款\t优享款",
    "年缴费（元/人）\t20\t40",
    "意外致残（元，按残疾程度比例给付）\t最高20000\t最高40000",
    "意外门诊（元）\t1000\t2000",
    "因战争、斗殴或者故意犯罪导致的伤亡，不属于保险责任。",
    "三、责任分工",
    "（一）区民政局：负责参保对象名单核定。",
    "（二）区财政局：负责保费资金拨付。",
    "重庆市大足区人民政府办公室",
    "2025年2月10日",
]


@pytest.fixture
def tables(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="insurance", title=TITLE,
                                          doc_number="大足府办发〔2025〕12号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    return context.tables


def figures_of(tables, row_words: str) -> set[tuple[str, float, str, str | None]]:
    return {(row["label"], row["amount"], row["unit"], row["bound"])
            for row in tables["insurance_terms"] if row["clause"].startswith(row_words)}


def test_a_bounded_cell_of_each_plan_takes_the_rows_unit(tables):
    assert figures_of(tables, "意外致残") == {("普通款意外致残", 20000.0, "元", "最高"),
                                          ("优享款意外致残", 40000.0, "元", "最高")}


def test_bare_cells_of_each_plan_keep_their_rows_unit(tables):
    assert figures_of(tables, "年缴费") == {("普通款年缴费", 20.0, "元", None),
                                         ("优享款年缴费", 40.0, "元", None)}


def test_an_exclusion_in_a_section_no_label_names_is_a_scope_term(tables):
    topics = {row["topic"] for row in tables["insurance_terms"] if "斗殴" in row["clause"]}
    assert topics == {"scope"}


def test_other_clauses_of_that_section_stay_uncurated(tables):
    topics = {row["topic"] for row in tables["insurance_terms"] if "意外门诊" in row["clause"]}
    assert topics == {"other"}


def test_duties_headed_by_a_division_of_responsibilities(tables):
    assert [row["department"] for row in tables["insurance_duties"]] == ["区民政局", "区财政局"]
    assert not any("名单核定" in row["clause"] for row in tables["insurance_terms"])
