"""Roster lines naming each member 'name同志（post）' (a two-character name padded by an
ideographic space, continuation lines indented), and a roster in prose naming its members with
为 (…、区X局副局长张三为成员): the verbs of prose rosters are curated `role_verb` rows."""

from __future__ import annotations

from pathlib import Path

from scripts.parsers.leading_groups import parse_leading_group
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于成立大足区河库保洁工作领导小组的通知"
HEAD = [TITLE, "大足府办发〔2022〕77号", "各镇人民政府、街道办事处，区政府有关部门：",
        "经区政府同意，决定成立大足区河库保洁工作领导小组。"]
TAIL = ["重庆市大足区人民政府办公室", "2022年6月6日"]


def _members(tmp_path: Path, roster: list[str]) -> list[tuple]:
    document, context = synthetic_context(tmp_path, [*HEAD, *roster, *TAIL],
                                          kind="leading_group", title=TITLE,
                                          doc_number="大足府办发〔2022〕77号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_leading_group(document, context)
    return [(m["role"], m["name"], m["title"], m["department_id"])
            for m in context.tables["leading_group_members"]]


def test_names_followed_by_comrade_and_their_post_in_brackets(tmp_path: Path):
    assert _members(tmp_path, [
        "组长：万青山同志（区政府副区长）",
        "副组长：柳\u3000岸同志（区水利局局长）",
        "成员：闵晓东同志（区财政局副局长）",
        "\u3000\u3000\u3000祁\u3000飞同志（区林业局副局长）",
    ]) == [
        ("组长", "万青山", "区政府副区长", "district-government"),
        ("副组长", "柳岸", "区水利局局长", "water-resources"),
        ("成员", "闵晓东", "区财政局副局长", "finance"),
        ("成员", "祁飞", "区林业局副局长", "forestry"),
    ]


def test_prose_members_named_with_a_copula(tmp_path: Path):
    assert _members(tmp_path, [
        "领导小组由区政府副区长万青山担任组长，区水利局局长柳  岸担任副组长，"
        "区财政局副局长闵晓东、区林业局副局长祁  飞为成员。",
    ]) == [
        ("组长", "万青山", "区政府副区长", "district-government"),
        ("副组长", "柳岸", "区水利局局长", "water-resources"),
        ("成员", "闵晓东", "区财政局副局长", "finance"),
        ("成员", "祁飞", "区林业局副局长", "forestry"),
    ]
