"""Role labels printed in brackets (〔组长〕, 【副组长】, 「成员」), the first person on the label's
line and the rest on lines indented below it, give the curated roles."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.parsers.leading_groups import parse_leading_group
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于成立大足区城市燃气安全整治工作领导小组的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2022〕88号",
    "各镇人民政府、街道办事处，区政府有关部门：",
    "为加强燃气安全整治工作，经区政府同意，决定成立大足区城市燃气安全整治工作领导小组。",
    "【组长】李  强　区政府副区长",
    "【副组长】：王建国　区城市管理局局长",
    "\u3000\u3000\u3000\u3000\u3000周  敏　区应急局局长",
    "「成员」陈小兵　区市场监管局副局长",
    "\u3000\u3000\u3000\u3000刘  芳　区公安局副局长",
    "◆顾问　赵大海　区人大常委会副主任",
    "领导小组办公室设在区城市管理局，王建国同志兼任办公室主任。",
    "重庆市大足区人民政府办公室",
    "2022年8月8日",
]


def _parsed(tmp_path: Path, notice: list[str]):
    document, context = synthetic_context(tmp_path, notice, kind="leading_group", title=TITLE,
                                          doc_number="大足府办发〔2022〕88号")
    parse_leading_group(document, context)
    return context


def _members(tmp_path: Path, roster: list[str]) -> list[tuple[str, str]]:
    """(role, name) of the members a roster in place of the notice's gives."""
    context = _parsed(tmp_path, [*NOTICE[:4], *roster, *NOTICE[-3:]])
    return [(m["role"], m["name"]) for m in context.tables["leading_group_members"]]


@pytest.fixture
def parsed(tmp_path: Path):
    return _parsed(tmp_path, NOTICE)


def test_bracketed_role_labels_give_each_member_their_role(parsed):
    members = parsed.tables["leading_group_members"]
    assert [(row["role"], row["name"], row["title"]) for row in members] == [
        ("组长", "李强", "区政府副区长"),
        ("副组长", "王建国", "区城市管理局局长"),
        ("副组长", "周敏", "区应急局局长"),
        ("成员", "陈小兵", "区市场监管局副局长"),
        ("成员", "刘芳", "区公安局副局长"),
        ("顾问", "赵大海", "区人大常委会副主任"),
    ]


def test_the_group_and_its_office_beside_a_bracketed_roster(parsed):
    [group] = parsed.tables["leading_groups"]
    assert group["name"] == "大足区城市燃气安全整治工作领导小组"
    assert (group["office_location"], group["office_director"]) == ("区城市管理局", "王建国")


def test_a_bracketed_label_counted_after_it_over_members_printed_title_first(tmp_path: Path):
    members = _members(tmp_path, ["〔组　长〕李  强　区政府副区长",
                                  "〔成　员〕（共2名）",
                                  "\u3000\u3000区市场监管局副局长　陈小兵",
                                  "\u3000\u3000区公安局副局长　刘  芳"])
    assert members == [("组长", "李强"), ("成员", "陈小兵"), ("成员", "刘芳")]


def test_the_role_in_brackets_after_the_name(tmp_path: Path):
    members = _members(tmp_path, [
        "李  强（组长）　　区政府副区长",
        "王建国（副组长）　区城市管理局局长",
        "成员（3人）：陈小兵（区市场监管局副局长）、赵大海（区财政局副局长）、",
        "刘  芳（区公安局副局长）"])
    assert members == [("组长", "李强"), ("副组长", "王建国"), ("成员", "陈小兵"),
                       ("成员", "赵大海"), ("成员", "刘芳")]
