"""A roster in prose naming each role before its people (组长由…同志担任；副组长由…同志、…同志
担任), closed by a members label whose people are listed on the lines below, name（post）
apart by 、."""

from __future__ import annotations

from pathlib import Path

from scripts.parsers.leading_groups import parse_leading_group
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于成立大足区林下经济发展工作领导小组的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2022〕91号",
    "各镇人民政府、街道办事处，区政府有关部门：",
    "为推动林下经济发展，经区政府同意，决定成立大足区林下经济发展工作领导小组。",
    "组长由区政府副区长白云飞同志担任；常务副组长由区林业局局长宁\u3000远同志担任；"
    "副组长由区财政局局长米兰同志、区水利局局长郝建同志担任。成员包括：",
    "庄\u3000静（区医保局副局长）、韦东（区林业局副局长）、",
    "易小晴（区财政局副局长）。",
    "领导小组办公室设在区林业局，宁远同志兼任办公室主任。",
    "重庆市大足区人民政府办公室",
    "2022年8月8日",
]


def test_roles_printed_before_their_people_and_members_listed_below(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="leading_group", title=TITLE,
                                          doc_number="大足府办发〔2022〕91号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_leading_group(document, context)
    [group] = context.tables["leading_groups"]
    assert (group["name"], group["office_location"], group["office_director"]) == (
        "大足区林下经济发展工作领导小组", "区林业局", "宁远")
    assert [(m["role"], m["name"], m["title"], m["department_id"])
            for m in context.tables["leading_group_members"]] == [
        ("组长", "白云飞", "区政府副区长", "district-government"),
        ("副组长", "宁远", "区林业局局长", "forestry"),
        ("副组长", "米兰", "区财政局局长", "finance"),
        ("副组长", "郝建", "区水利局局长", "water-resources"),
        ("成员", "庄静", "区医保局副局长", "medical-security"),
        ("成员", "韦东", "区林业局副局长", "forestry"),
        ("成员", "易小晴", "区财政局副局长", "finance"),
    ]
