"""An insurance notice's table read across a page break: the page's number, the running head
and the header printed again are no clauses; a cell wrapped onto a line of its own goes on in
the row above; a row under an empty first cell is a row of its own."""

from __future__ import annotations

from scripts.parsers.insurance_tables import clauses_and_cells

TABLE = [
    (10, "保障项目\t赔付条件\t赔付标准"),
    (11, "大病补充\t自付费用超过3000元的\t3000元至1万元的部分按40%赔付；1万元以上的部分"),
    (12, "\t\t按55%赔付"),
    (13, "· 8 ·"),
    (14, "重庆市大足区人民政府公报　　　　2025年第2期"),
    (15, "保障项目\t赔付条件\t赔付标准"),
    (16, "降水指数\t连续降雨5天\t每亩赔付150元"),
    (17, "\t连续降雨9天\t每亩赔付300元"),
]


def test_a_page_break_inside_the_table_adds_no_clause():
    clauses = [clause for _, _, clause, _ in clauses_and_cells("赔付标准", TABLE)]
    assert not any("· 8 ·" in clause or "公报" in clause for clause in clauses)
    assert not any(clause.startswith("保障项目") for clause in clauses)


def test_a_wrapped_cell_goes_on_in_the_row_above():
    figures = {(line, text) for line, _, _, text in clauses_and_cells("赔付标准", TABLE)}
    assert (11, "3000元至1万元的部分按40%赔付；1万元以上的部分按55%赔付") in figures
    assert not any(line == 12 for line, _ in figures)


def test_a_row_under_an_empty_first_cell_is_its_own():
    rows = {line for line, label, _, text in clauses_and_cells("赔付标准", TABLE)
            if label == "赔付标准"}
    assert {16, 17} <= rows
