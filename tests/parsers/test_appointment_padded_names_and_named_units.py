"""Appointment entries whose names are padded by one ideographic space, under a heading opening
with 兹; a removal whose reason comes before its verb after another entry on the line; and the
organisation of posts named by title alone given by a sentence about it or by a line of its own."""

from __future__ import annotations

from pathlib import Path

from tests.parsers.synthetic import appointment_rows

TITLE = "重庆市大足区人民政府关于何雨桐等同志职务任免的通知"
HEAD = [TITLE, "大足府人〔2021〕31号", "各镇街人民政府（办事处），区政府各部门："]
TAIL = ["重庆市大足区人民政府", "2021年9月20日"]


def _rows(tmp_path: Path, entries: list[str]) -> list[tuple]:
    return appointment_rows(tmp_path, [*HEAD, *entries, *TAIL], TITLE)


def test_names_padded_by_an_ideographic_space_under_a_hereby_heading(tmp_path: Path):
    rows = _rows(tmp_path, [
        "兹聘任：",
        "\u3000\u3000何雨桐\u3000重庆市大足区财政局副局长；",
        "\u3000\u3000江\u3000帆\u3000重庆市大足区水利局副局长（试用期一年）；",
        "\u3000\u3000古\u3000月、孟思源\u3000重庆市大足区林业局副局长（试用期均为一年）。",
        "兹解聘：",
        "\u3000\u3000吕\u3000波\u3000重庆市大足区医疗保障局副局长职务。",
    ])
    assert rows == [
        ("何雨桐", "任命", "finance", "副局长", None),
        ("江帆", "任命", "water-resources", "副局长", "试用期一年"),
        ("古月", "任命", "forestry", "副局长", "试用期均为一年"),
        ("孟思源", "任命", "forestry", "副局长", "试用期均为一年"),
        ("吕波", "免去", "medical-security", "副局长", None),
    ]


def test_a_reason_before_the_removal_names_its_own_person(tmp_path: Path):
    rows = _rows(tmp_path, [
        "一、聘任鲁文清为重庆市大足区林业局副局长；贝小川因身体原因，解聘其重庆市大足区林业局"
        "副局长职务。",
    ])
    assert rows == [
        ("鲁文清", "任命", "forestry", "副局长", None),
        ("贝小川", "免去", "forestry", "副局长", "身体原因"),
    ]


def test_a_sentence_about_a_new_unit_gives_the_unit_its_entries_call_this_one(tmp_path: Path):
    rows = _rows(tmp_path, [
        "1．重庆市大足区数字档案服务中心是今年组建的区属事业单位。聘任邵佳为该中心主任，聘期五年；"
        "聘任严可为该中心副主任，试用期一年。",
    ])
    assert [row[0] for row in rows] == ["邵佳", "严可"]
    assert rows[0][3:] == ("主任", "聘期五年") and rows[1][3:] == ("副主任", "试用期一年")
    assert rows[0][2] == rows[1][2] and rows[0][2].startswith("provisional-")


def test_a_unit_alone_on_its_line_gives_the_posts_named_by_title_below_it(tmp_path: Path):
    rows = _rows(tmp_path, [
        "重庆市大足区财政局",
        "\u3000\u3000聘任\u3000柯\u3000蓝\u3000为副局长，任期五年（含试用期一年）；",
        "重庆市大足区数字档案服务中心（筹建）",
        "\u3000\u3000解聘\u3000易水寒\u3000的主任职务（已到龄退休）。",
    ])
    assert rows[0] == ("柯蓝", "任命", "finance", "副局长", "任期五年（含试用期一年）")
    assert rows[1][:2] == ("易水寒", "免去") and rows[1][3:] == ("主任", "已到龄退休")
    assert rows[1][2].startswith("provisional-")
