"""Appointment entries printed as a person alone on a line (X同志：) over the decision on the
next line (聘任为…，试用期一年。 / 解聘其…职务，…); a post lapsing after a clause saying why,
not opening with 因 (另，…后，X同志所任的…职务自行免除。). Written in other wording than every
fixture."""

from __future__ import annotations

from pathlib import Path

from tests.parsers.synthetic import appointment_rows

TITLE = "重庆市大足区人民政府关于方一鸣等同志聘任和解聘的通知"
HEAD = [TITLE, "大足府人〔2021〕33号", "区融媒体中心，区社保事务中心："]
TAIL = ["重庆市大足区人民政府", "2021年9月22日"]


def test_a_person_alone_over_the_decision_below_is_one_entry(tmp_path: Path):
    rows = appointment_rows(tmp_path, [
        *HEAD,
        "经研究，同意下列聘任、解聘事项：",
        "方一鸣同志：",
        "聘任为重庆市大足区融媒体中心副主任，试用期一年。",
        "",
        "柴  岚同志：",
        "聘任为重庆市大足区社会保险事务中心副主任，聘期三年。",
        "",
        "戚明远同志：",
        "解聘其重庆市大足区融媒体中心副主任职务，因本人申请。",
        *TAIL,
    ], TITLE)
    assert rows == [
        ("方一鸣", "任命", "media-center", "副主任", "试用期一年"),
        ("柴岚", "任命", "social-insurance-center", "副主任", "聘期三年"),
        ("戚明远", "免去", "media-center", "副主任", "因本人申请"),
    ]


def test_a_post_lapsing_after_a_clause_saying_why(tmp_path: Path):
    rows = appointment_rows(tmp_path, [
        *HEAD,
        "免去：",
        "卢志强　　重庆市大足区融媒体中心副主任（另有任用）。",
        "另，重庆市大足区经济信息中心撤销后，聂  晴同志所任的重庆市大足区经济信息中心主任"
        "职务自行免除。",
        *TAIL,
    ], TITLE)
    assert rows == [
        ("卢志强", "免去", "media-center", "副主任", "另有任用"),
        ("聂晴", "自然免除", "economic-information-center", "主任",
         "重庆市大足区经济信息中心撤销后"),
    ]
