"""Appointment lists under a heading label ending a line of a few words (以下人员予以免职：),
entries printed post, colon, then person (numbered again under each heading), and a table whose
decision column is headed by curated headings apart by a slash (任命/免去)."""

from __future__ import annotations

from pathlib import Path

from tests.parsers.synthetic import appointment_rows

TITLE = "重庆市大足区人民政府关于杭一舟等同志职务任免的通知"
HEAD = [TITLE, "大足府人〔2021〕31号", "各镇街人民政府（办事处），区政府各部门："]
TAIL = ["重庆市大足区人民政府", "2021年9月20日"]


def _rows(tmp_path: Path, entries: list[str]) -> list[tuple]:
    return appointment_rows(tmp_path, [*HEAD, *entries, *TAIL], TITLE)


def test_a_heading_label_after_a_few_words_heads_the_list_below_it(tmp_path: Path):
    rows = _rows(tmp_path, [
        "经研究，现决定如下。",
        "以下人员予以任命：",
        "杭一舟\u3000\u3000重庆市大足区财政局副局长（试用期一年）",
        "以下人员予以免去：",
        "柏\u3000青\u3000\u3000重庆市大足区水利局副局长（到龄退休）",
    ])
    assert rows == [
        ("杭一舟", "任命", "finance", "副局长", "试用期一年"),
        ("柏青", "免去", "water-resources", "副局长", "到龄退休"),
    ]


def test_a_post_printed_before_a_colon_and_its_person(tmp_path: Path):
    rows = _rows(tmp_path, [
        "一、任职",
        "1．重庆市大足区林业局副局长：闻  笛（试用期一年）",
        "2．重庆市大足区财政局副局长：宁可心",
        "二、免职",
        "1．重庆市大足区林业局副局长：滕远航（另有任用）",
    ])
    assert rows == [
        ("闻笛", "任命", "forestry", "副局长", "试用期一年"),
        ("宁可心", "任命", "finance", "副局长", None),
        ("滕远航", "免去", "forestry", "副局长", "另有任用"),
    ]


def test_a_decision_column_headed_by_headings_apart_by_a_slash(tmp_path: Path):
    rows = _rows(tmp_path, [
        "经区政府常务会议研究，决定对下表人员予以任免。",
        "编号\t姓名\t所在单位\t职务\t任命/免去\t备注",
        "1\t鲍  文\t重庆市大足区财政局\t副局长\t任命\t试用期半年",
        "2\t甘雨辰\t重庆市大足区林业局\t副局长\t免去\t另有任用",
    ])
    assert rows == [
        ("鲍文", "任命", "finance", "副局长", "试用期半年"),
        ("甘雨辰", "免去", "forestry", "副局长", "另有任用"),
    ]
