"""An insurance notice's table whose first row states its terms in words, no figure in it
(全部损毁 | 按保险金额赔付): a row of its own, not a second line of the header; a second line
holding only the columns' units in brackets still belongs to the header. Written in other
wording than every fixture."""

from __future__ import annotations

from scripts.parsers.insurance_tables import clauses_and_cells

IN_WORDS = [
    (20, "损失程度\t认定方式\t赔偿方式"),
    (21, "鱼塘设施全部损毁\t现场查勘\t按设施保险金额赔付"),
    (22, "鱼塘设施部分损毁\t现场查勘\t按设施保险金额的35%赔付"),
]
UNITS_BELOW = [
    (30, "品种\t保险金额\t保费"),
    (31, "\t（元/亩）\t（元/亩）"),
    (32, "水稻\t900\t45"),
]


def test_a_first_row_in_words_is_a_row_under_the_header():
    cells = [(line, label, text) for line, label, _, text in clauses_and_cells("赔偿标准",
                                                                              IN_WORDS)]
    assert cells == [(21, "赔偿方式", "按设施保险金额赔付"),
                     (22, "赔偿方式", "按设施保险金额的35%赔付")]


def test_a_line_of_units_in_brackets_completes_the_header():
    cells = [(line, label, text) for line, label, _, text in clauses_and_cells("保险金额",
                                                                              UNITS_BELOW)]
    assert cells == [(32, "保险金额", "每亩900元"), (32, "保费", "每亩45元")]
