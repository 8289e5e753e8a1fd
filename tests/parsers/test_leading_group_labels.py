"""Leading-group member lists and offices are read by curated labels, in any document."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import parsers
from scripts.parsers.leading_groups import parse_leading_group
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于调整大足区河长制工作领导小组的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2021〕40号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "经区政府同意，现将调整后的领导小组组成人员通知如下：",
    "顾 问：刘大海（区人大常委会副主任）",
    "组长：王小明 区政府区长",
    "常务副组长：陈  刚　区政府副区长",
    "成员：区水利局、区生态环境局、新城镇人民政府主要负责人。",
    "领导小组主要负责统筹全区河长制工作。",
    "领导小组办公室设在区水利局，张三同志兼任办公室主任。",
    "重庆市大足区人民政府办公室",
    "2021年9月15日",
]


@pytest.fixture
def parsed(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="leading_group", title=TITLE,
                                          doc_number="大足府办发〔2021〕40号")
    parse_leading_group(document, context)
    return context


def test_role_labels_in_other_wordings_give_the_curated_roles(parsed):
    members = parsed.tables["leading_group_members"]
    assert [(m["role"], m["name"]) for m in members][:3] == [
        ("顾问", "刘大海"), ("组长", "王小明"), ("副组长", "陈刚")]
    assert members[0]["title"] == "区人大常委会副主任"


def test_organisations_listed_as_members_give_one_row_each(parsed):
    members = parsed.tables["leading_group_members"][3:]
    assert [m["role"] for m in members] == ["成员"] * 3
    assert {m["title"] for m in members} == {"主要负责人"}
    assert [m["department_id"] for m in members][:2] == ["water-resources",
                                                        "ecology-environment"]
    assert members[2]["department_id"].startswith("provisional-")


def test_the_office_and_its_director_in_another_wording(parsed):
    [group] = parsed.tables["leading_groups"]
    assert group["name"] == "大足区河长制工作领导小组"
    assert group["duty"] == "负责统筹全区河长制工作。"
    assert (group["office_location"], group["office_department_id"]) == ("区水利局",
                                                                         "water-resources")
    assert (group["office_director"], group["office_director_note"]) == ("张三", "兼任")


def test_a_member_list_is_read_in_a_document_of_any_kind():
    parsers.load_all()
    assert parse_leading_group in parsers.parsers_for("a_kind_not_yet_named")


def test_a_group_notice_without_a_member_list_is_flagged(tmp_path: Path):
    lines = [TITLE, "大足府办发〔2021〕40号", "领导小组办公室设在区水利局。"]
    document, context = synthetic_context(tmp_path, lines, kind="leading_group", title=TITLE)
    parse_leading_group(document, context)
    assert context.tables["leading_groups"] == []
    assert [item.line for item in context.review] == [1]


def test_an_office_in_brackets_directed_by_a_post(tmp_path: Path):
    lines = [TITLE, "大足府办发〔2021〕41号", "组长：王小明 区政府区长",
             "成员：区水利局、区生态环境局分管负责人。",
             "领导小组下设办公室（设在区水利局），由区水利局主要负责人兼任办公室主任。"]
    document, context = synthetic_context(tmp_path, lines, kind="leading_group", title=TITLE)
    parse_leading_group(document, context)
    [group] = context.tables["leading_groups"]
    assert (group["office_location"], group["office_department_id"]) == ("区水利局",
                                                                         "water-resources")
    assert group["office_director"] == "区水利局主要负责人"


def test_an_office_set_up_then_placed_in_a_second_clause(tmp_path: Path):
    lines = [TITLE, "大足府办发〔2021〕42号", "组长：王小明 区政府区长",
             "领导小组下设办公室，设在区生态环境局，李红同志兼任办公室主任。"]
    document, context = synthetic_context(tmp_path, lines, kind="leading_group", title=TITLE)
    parse_leading_group(document, context)
    [group] = context.tables["leading_groups"]
    assert (group["office_department_id"], group["office_director"]) == (
        "ecology-environment", "李红")


def test_member_lines_with_the_title_before_the_name(tmp_path: Path):
    lines = [TITLE, "大足府办发〔2021〕43号", "组长：区政府区长 王小明",
             "副组长：区政府副区长 陈  刚", "成员：区水利局局长 李红", "区生态环境局局长 赵四",
             "领导小组办公室设在区水利局。"]
    document, context = synthetic_context(tmp_path, lines, kind="leading_group", title=TITLE)
    parse_leading_group(document, context)
    assert [(m["role"], m["name"], m["title"], m["department_id"])
            for m in context.tables["leading_group_members"]] == [
        ("组长", "王小明", "区政府区长", "district-government"),
        ("副组长", "陈刚", "区政府副区长", "district-government"),
        ("成员", "李红", "区水利局局长", "water-resources"),
        ("成员", "赵四", "区生态环境局局长", "ecology-environment")]


@pytest.mark.parametrize("sentence", [
    "领导小组办公室设在区应急局，区应急局局长张三兼任办公室主任。",
    "领导小组办公室设在区应急局，由区应急局局长张三同志兼任办公室主任。",
    "领导小组办公室设在区应急局，办公室主任由区应急局局长张三兼任。",
])
def test_a_director_named_with_his_post_is_the_person(tmp_path: Path, sentence):
    lines = [TITLE, "大足府办发〔2021〕44号", "组长：王小明 区政府区长", sentence]
    document, context = synthetic_context(tmp_path, lines, kind="leading_group", title=TITLE)
    parse_leading_group(document, context)
    [group] = context.tables["leading_groups"]
    assert (group["office_department_id"], group["office_director"]) == (
        "emergency-management", "张三")


PLAN = "重庆市大足区人民政府办公室关于印发大足区森林防火工作方案的通知"


@pytest.mark.parametrize(("kind", "heading", "groups"), [
    ("task_plan", "大足区森林防火工作领导小组成员名单", 1),  # an attached, named member list
    ("task_plan", "（一）综合协调组", 0),  # an emergency plan's working group: no leading group
    ("other", "大足区森林防火工作领导小组成员名单", 0),  # an unrecognised document: full text only
])
def test_a_member_list_in_another_document_needs_the_group_named(tmp_path: Path, kind, heading,
                                                                   groups):
    lines = [PLAN, "大足府办发〔2021〕50号", "附件", heading, "组长：王小明 区政府区长",
             "成员：区林业局、区应急局分管负责人。"]
    document, context = synthetic_context(tmp_path, lines, kind=kind, title=PLAN)
    parse_leading_group(document, context)
    assert len(context.tables["leading_groups"]) == groups
    assert len(context.tables["leading_group_members"]) == 3 * groups
    assert context.review == []


def test_an_office_named_in_an_aside_before_where_it_sits(tmp_path: Path):
    sentence = "领导小组办公室（区河长办）设在区水利局，李红同志兼任办公室主任。"
    lines = [TITLE, "大足府办发〔2021〕45号", "组长：王小明 区政府区长", "会议结束。" + sentence]
    document, context = synthetic_context(tmp_path, lines, kind="leading_group", title=TITLE)
    parse_leading_group(document, context)
    [group] = context.tables["leading_groups"]
    assert (group["office_location"], group["office_department_id"], group["office_director"]) \
        == ("区水利局", "water-resources", "李红")
    assert group["office_text"] == sentence


def test_an_office_named_as_the_unit_carrying_the_daily_work(tmp_path: Path):
    lines = [TITLE, "大足府办发〔2021〕46号", "组长：王小明 区政府区长",
             "领导小组日常工作由区水利局承担，领导小组办公室主任由李红同志兼任。"]
    document, context = synthetic_context(tmp_path, lines, kind="leading_group", title=TITLE)
    parse_leading_group(document, context)
    [group] = context.tables["leading_groups"]
    assert (group["office_department_id"], group["office_director"]) == ("water-resources", "李红")


def test_a_roster_printed_as_sentences(tmp_path: Path):
    title = "重庆市大足区人民政府办公室关于成立大足区背街小巷整治工作领导小组的通知"
    lines = [title, "大足府办发〔2021〕47号", "经区政府同意，成立大足区背街小巷整治工作领导小组。",
             "领导小组由区政府副区长王小明同志任组长，区城市管理局局长李  红、区住房城乡建委主任"
             "赵四同志任副组长。",
             "成员由区公安局、区交通局、棠香街道办事处分管负责同志组成。",
             "领导小组下设办公室，办公室设在区城市管理局市容科，李红同志兼任办公室主任。",
             "重庆市大足区人民政府办公室", "2021年9月28日"]
    document, context = synthetic_context(tmp_path, lines, kind="leading_group", title=title,
                                          doc_number="大足府办发〔2021〕47号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_leading_group(document, context)
    [group] = context.tables["leading_groups"]
    members = context.tables["leading_group_members"]
    assert [(m["role"], m["name"], m["title"]) for m in members[:3]] == [
        ("组长", "王小明", "区政府副区长"), ("副组长", "李红", "区城市管理局局长"),
        ("副组长", "赵四", "区住房城乡建委主任")]
    assert [m["department_id"] for m in members[3:]] == ["public-security", "transport",
                                                         "tangxiang"]
    assert (group["office_location"], group["office_department_id"], group["office_director"]) \
        == ("区城市管理局市容科", "urban-management", "李红")


def test_several_members_on_a_line_each_printed_title_first(tmp_path: Path):
    lines = [TITLE, "大足府办发〔2021〕48号", "组长：区政府副区长王小明",
             "副组长：区水利局局长李  红，区财政局副局长赵四",
             "领导小组主要负责统筹全区河长制工作。",
             "领导小组办公室依托区水利局设立，由李红同志兼任办公室主任。"]
    document, context = synthetic_context(tmp_path, lines, kind="leading_group", title=TITLE)
    parse_leading_group(document, context)
    assert [(m["role"], m["name"], m["department_id"])
            for m in context.tables["leading_group_members"]] == [
        ("组长", "王小明", "district-government"), ("副组长", "李红", "water-resources"),
        ("副组长", "赵四", "finance")]
    [group] = context.tables["leading_groups"]
    assert (group["office_department_id"], group["office_director"]) == ("water-resources", "李红")


def test_role_labels_set_off_by_layout_spaces_read_like_colons(tmp_path: Path):
    lines = [TITLE, "大足府办发〔2021〕40号", "一、组成人员",
             "组\u3000长\u3000王小明\u3000区政府区长",
             "副组长\u3000陈  刚\u3000区政府副区长",
             "\u3000\u3000\u3000\u3000李  四\u3000区水利局局长",
             "成\u3000员\u3000赵  六\u3000区生态环境局副局长",
             "重庆市大足区人民政府办公室", "2021年9月15日"]
    document, context = synthetic_context(tmp_path, lines, kind="leading_group", title=TITLE,
                                          doc_number="大足府办发〔2021〕40号")
    parse_leading_group(document, context)
    assert [(m["role"], m["name"]) for m in context.tables["leading_group_members"]] == [
        ("组长", "王小明"), ("副组长", "陈刚"), ("副组长", "李四"), ("成员", "赵六")]


def test_several_people_on_one_line_each_with_the_title_in_brackets(tmp_path: Path):
    lines = [TITLE, "大足府办发〔2021〕40号", "一、组成人员", "组长：王小明（区政府区长）",
             "副组长：陈刚（区政府副区长）、李  四（区水利局局长）",
             "成员：赵六（区生态环境局副局长）", "        钱七（区财政局副局长）",
             "重庆市大足区人民政府办公室", "2021年9月15日"]
    document, context = synthetic_context(tmp_path, lines, kind="leading_group", title=TITLE,
                                          doc_number="大足府办发〔2021〕40号")
    parse_leading_group(document, context)
    assert [(m["role"], m["name"], m["title"])
            for m in context.tables["leading_group_members"]] == [
        ("组长", "王小明", "区政府区长"), ("副组长", "陈刚", "区政府副区长"),
        ("副组长", "李四", "区水利局局长"), ("成员", "赵六", "区生态环境局副局长"),
        ("成员", "钱七", "区财政局副局长")]


def test_an_office_named_in_a_relative_clause_is_its_location(tmp_path: Path):
    notice = [*NOTICE]
    office = next(i for i, line in enumerate(notice) if line.startswith("领导小组办公室设在"))
    notice[office] = ("领导小组日常工作由设在区水利局的领导小组办公室承担，"
                      "办公室主任由张三同志兼任。")
    document, context = synthetic_context(tmp_path, notice, kind="leading_group", title=TITLE,
                                          doc_number="大足府办发〔2021〕40号")
    parse_leading_group(document, context)
    [group] = context.tables["leading_groups"]
    assert (group["office_location"], group["office_director"]) == ("区水利局", "张三")


def test_an_office_set_up_then_attached_to_a_unit_in_a_second_clause(tmp_path: Path):
    lines = [TITLE, "大足府办发〔2021〕49号", "组长：王小明 区政府区长",
             "领导小组下设办公室，挂靠区生态环境局，办公室主任由李红同志兼任。"]
    document, context = synthetic_context(tmp_path, lines, kind="leading_group", title=TITLE)
    parse_leading_group(document, context)
    [group] = context.tables["leading_groups"]
    assert (group["office_location"], group["office_department_id"], group["office_director"]) \
        == ("区生态环境局", "ecology-environment", "李红")
