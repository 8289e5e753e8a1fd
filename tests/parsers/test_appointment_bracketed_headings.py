"""Appointment headings printed in brackets (〔任职〕 over its entries), listed posts with a remark
on their organisation before the title and a term after a comma, and a closing sentence about
an organisation after the entries, which is no entry."""

from __future__ import annotations

from pathlib import Path

from tests.parsers.synthetic import appointment_rows

TITLE = "重庆市大足区人民政府关于石磊等同志职务任免的通知"
HEAD = [TITLE, "大足府人〔2022〕17号", "各镇街人民政府（办事处），区政府各部门："]
TAIL = ["重庆市大足区人民政府", "2022年6月8日"]


def _rows(tmp_path: Path, entries: list[str]) -> list[tuple]:
    return appointment_rows(tmp_path, [*HEAD, *entries, *TAIL], TITLE)


def test_headings_in_brackets_head_their_listed_entries(tmp_path: Path):
    rows = _rows(tmp_path, [
        "〔任职〕",
        "石  磊\u3000重庆市大足区财政局副局长（试用期一年）",
        "［免职］",
        "吕  波\u3000重庆市大足区水利局局长职务（已退休）",
    ])
    assert rows == [
        ("石磊", "任命", "finance", "副局长", "试用期一年"),
        ("吕波", "免去", "water-resources", "局长", "已退休"),
    ]


def test_a_remark_before_the_title_and_a_term_after_a_comma_are_notes(tmp_path: Path):
    rows = _rows(tmp_path, [
        "「聘用」",
        "夏  青\u3000重庆市大足区数字档案服务中心（新组建）副主任，聘期五年",
        "孔令安\u3000重庆市大足区数字档案服务中心（新组建）主任（试用期三个月）",
    ])
    assert [row[:2] for row in rows] == [("夏青", "任命"), ("孔令安", "任命")]
    assert rows[0][2] == rows[1][2] and rows[0][2].startswith("provisional-")
    assert rows[0][3:] == ("副主任", "新组建，聘期五年")
    assert rows[1][3:] == ("主任", "新组建，试用期三个月")


def test_a_sentence_about_an_organisation_after_the_entries_is_no_entry(tmp_path: Path):
    rows = _rows(tmp_path, [
        "〔免职〕",
        "吕  波\u3000重庆市大足区水利局局长职务",
        "重庆市大足区数字档案服务中心为区文化旅游委所属公益二类事业单位，其人员待遇按有关规定执行。",
    ])
    assert rows == [("吕波", "免去", "water-resources", "局长", None)]
