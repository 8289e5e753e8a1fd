"""Appointment entries printed as the parts a legend names, apart by slashes (按“姓名／单位及职务／
事项”顺序排列): each line a person, an organisation and post, a decision with a remark after a
comma; blank lines between them; a sentence after them about the people engaged or released
(被聘任人员…；解聘人员…) is no entry. A removal whose reason is printed before its verb and person
(因…，免去X同志的…职务). Written in other wording than every fixture."""

from __future__ import annotations

from pathlib import Path

from scripts.parsers.appointments import parse_appointments
from tests.parsers.synthetic import appointment_rows, synthetic_context

TITLE = "重庆市大足区人民政府关于贺明轩等同志职务聘任和解聘的通知"
HEAD = [TITLE, "大足府人〔2021〕31号", "区林业局，区水利局："]
TAIL = ["重庆市大足区人民政府", "2021年9月20日"]


def test_slashed_parts_under_a_legend_are_read_as_its_labelled_columns(tmp_path: Path):
    document, context = synthetic_context(tmp_path, [
        *HEAD,
        "经研究，现将下列人员聘任、解聘事项通知如下（按“姓名/单位及职务/事项”顺序排列）：",
        "",
        "贺明轩／重庆市大足区林业局副局长／聘任，试用期一年",
        "",
        "卜  青／重庆市大足区水利局总工程师／聘任",
        "",
        "司徒静／重庆市大足区水利局副局长／解聘，工作调动",
        "",
        "被聘任人员自本通知印发之日起到岗；解聘人员于10日内办结移交手续。",
        *TAIL,
    ], kind="appointments", title=TITLE)
    parse_appointments(document, context)
    rows = [(row["person"], row["action"], row["department_id"], row["position"], row["note"])
            for row in context.tables["appointments"]]
    assert rows == [
        ("贺明轩", "任命", "forestry", "副局长", "试用期一年"),
        ("卜青", "任命", "water-resources", "总工程师", None),
        ("司徒静", "免去", "water-resources", "副局长", "工作调动"),
    ]
    assert [item.what for item in context.review] == []  # the sentence after them: no entry


def test_a_reason_printed_before_a_removal_naming_its_person_is_its_remark(tmp_path: Path):
    rows = appointment_rows(tmp_path, [
        *HEAD,
        "任命贺明轩同志为重庆市大足区林业局副局长；",
        "因工作调动，免去司徒静同志的重庆市大足区水利局副局长职务。",
        *TAIL,
    ], TITLE)
    assert rows == [
        ("贺明轩", "任命", "forestry", "副局长", None),
        ("司徒静", "免去", "water-resources", "副局长", "工作调动"),
    ]
