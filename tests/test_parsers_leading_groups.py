"""Leading groups: the group, its office and every member as the member lists print them."""

from __future__ import annotations

from collections import Counter

from scripts.text import squeeze
from tests.kinds.synthetic import Doc, extract_text, issue_text


def _group(tables, doc_number):
    return next(row for row in tables["leading_groups"] if row["doc_number"] == doc_number)


def _members(tables, group):
    return [row for row in tables["leading_group_members"] if row["group_id"] == group["group_id"]]


def test_three_groups_with_their_names(tables):
    assert {row["doc_number"]: row["name"] for row in tables["leading_groups"]} == {
        "大足府办发〔2021〕12": "大足区高层建筑消防安全综合治理工作领导小组",
        "大足府办发〔2021〕24号": "大足区城市管理综合服务平台建设和联网工作领导小组",
        "大足府办发〔2021〕27号": "大足区全面推行证明事项告知承诺制工作领导小组",
    }


def test_member_counts_by_role(tables):
    counts = {row["doc_number"]: Counter(member["role"] for member in _members(tables, row))
              for row in tables["leading_groups"]}
    assert counts == {
        "大足府办发〔2021〕12": {"组长": 1, "副组长": 2, "成员": 20},
        "大足府办发〔2021〕24号": {"组长": 1, "副组长": 2, "成员": 12},
        "大足府办发〔2021〕27号": {"组长": 1, "副组长": 1, "成员": 8},
    }
    assert len(tables["leading_group_members"]) == 48


def test_fire_safety_group_comes_from_the_plans_attachment(tables):
    group = _group(tables, "大足府办发〔2021〕12")
    assert group["source_line"] == 604  # the attachment's heading, wrapped by a PDF space
    assert group["duty"] == "负责统筹开展全区高层建筑消防安全综合治理相关工作。"
    assert group["office_location"] == "区消防救援支队"
    assert group["office_department_id"] == "fire-rescue"
    assert (group["office_director"], group["office_director_note"]) == ("李军", "兼任")
    assert group["office_text"].endswith("分管负责人为办公室成员。")


def test_fire_safety_members_strip_markup_and_name_spaces(tables):
    members = _members(tables, _group(tables, "大足府办发〔2021〕12"))
    assert [(m["role"], m["name"], m["title"], m["department_id"]) for m in members[:4]] == [
        ("组长", "苏一元", "区委常委、区政府常务副区长", "district-party-committee"),
        ("副组长", "宋伟", "区政府副区长、区公安局局长", "district-government"),
        ("副组长", "雷科", "区政府副区长", "district-government"),
        ("成员", "李兵", "区政府办公室副主任", "government-office"),
    ]
    last = members[-1]
    assert (last["seq"], last["name"], last["department_id"]) == (23, "李军", "fire-rescue")


def test_markup_and_name_spaces_are_recorded_repairs(tables):
    repairs = {(row["source_line"], row["rule"]): row for row in tables["corrections"]}
    assert repairs[(606, "strip-markup")]["original"].startswith("- 组 长：**苏一元")
    assert repairs[(607, "squeeze-spaces")]["original"] == "宋 伟"
    assert repairs[(607, "squeeze-spaces")]["corrected"] == "宋伟"


def test_department_members_have_no_name(tables):
    group = _group(tables, "大足府办发〔2021〕24号")
    members = [m for m in _members(tables, group) if m["role"] == "成员"]
    assert {m["name"] for m in members} == {None}
    assert {m["title"] for m in members} == {"分管负责人"}
    assert {m["source_line"] for m in members} == {896}
    assert [m["department_id"] for m in members] == [
        "rock-carvings-academy", "development-reform", "economy-informatization",
        "public-security", "finance", "ecology-environment", "housing-urban-rural-development",
        "urban-management", "transport", "culture-tourism", "government-services-office",
        "planning-natural-resources"]


def test_deputy_on_a_line_without_label_keeps_the_role(tables):
    group = _group(tables, "大足府办发〔2021〕24号")
    deputy = next(m for m in _members(tables, group) if m["source_line"] == 894)
    assert (deputy["role"], deputy["name"]) == ("副组长", "薛燕")
    assert deputy["title"] == "区城市管理局局长"
    assert (group["office_director"], group["office_director_note"]) == ("薛燕", "兼任")
    assert group["office_department_id"] == "urban-management"
    assert group["duty"] == "负责统筹开展全区城市管理综合服务平台建设和联网工作。"


def test_group_without_named_office_director(tables):
    group = _group(tables, "大足府办发〔2021〕27号")
    assert group["office_location"] == "区司法局"
    assert group["office_department_id"] == "justice"
    assert group["office_director"] is None
    members = _members(tables, group)
    assert (members[0]["name"], members[0]["title"]) == ("李步彬", "区政府区长")
    assert (members[0]["role"], members[0]["department_id"]) == ("组长", "district-government")
    economy = next(m for m in members if m["name"] == "张亚兰")
    assert economy["title"] == "区经济信息委（区大数据发展局）主任"
    assert economy["department_id"] == "economy-informatization"


def test_ids_and_links(tables):
    groups = {row["group_id"]: row for row in tables["leading_groups"]}
    documents = {row["document_id"]: row for row in tables["documents"]}
    departments = {row["department_id"] for row in tables["departments"]}
    for group in groups.values():
        assert documents[group["document_id"]]["doc_number"] == group["doc_number"]
        assert group["office_department_id"] in departments
    member_ids = [row["member_id"] for row in tables["leading_group_members"]]
    assert len(set(member_ids)) == len(member_ids)
    for member in tables["leading_group_members"]:
        assert member["group_id"] in groups
        assert member["department_id"] in departments


def test_source_lines_print_the_rows(tables, source_text):
    for group in tables["leading_groups"]:
        assert group["name"] in squeeze(source_text[group["source_line"]])
    for member in tables["leading_group_members"]:
        line = squeeze(source_text[member["source_line"]])
        assert member["title"] in line
        assert member["name"] is None or member["name"] in line


HEADQUARTERS = """
重庆市大足区人民政府办公室 关于成立大足区森林防灭火指挥部的通知

大足府办发〔2039〕50号

各镇街，区政府有关部门：

经区政府同意，成立大足区森林防灭火指挥部。组成人员如下：

指 挥 长：李  明　区政府副区长

副指挥长：王  强　区林业局局长

成　　员：赵  丽　区应急局副局长

指挥部办公室设在区林业局，王强同志兼任办公室主任。

重庆市大足区人民政府办公室

2039年7月1日
"""


def test_a_headquarters_led_by_a_commander_is_read_as_a_group(tmp_path):
    doc = Doc("区政府办公室文件", "关于成立大足区森林防灭火指挥部的通知", HEADQUARTERS)
    context = extract_text(issue_text(doc), tmp_path)
    (group,) = context.tables["leading_groups"]
    assert (group["name"], group["office_location"]) == ("大足区森林防灭火指挥部", "区林业局")
    assert [(row["role"], row["name"]) for row in context.tables["leading_group_members"]] == [
        ("组长", "李明"), ("副组长", "王强"), ("成员", "赵丽")]


ROLES_IN_PARAGRAPHS = """
重庆市大足区人民政府办公室 关于成立大足区农村供水保障工作领导小组的通知

大足府办发〔2039〕51号

各镇街，区政府有关部门：

经区政府同意，成立大足区农村供水保障工作领导小组。现将有关事项通知如下。

组长由区政府副区长孙立同志担任。

副组长由区水利局局长贺新同志、区财政局局长柴文同志担任。

成员由以下2位同志组成：区林业局副局长田野，区应急局副局长苗青。

领导小组办公室设在区水利局，贺新同志兼任办公室主任。

重庆市大足区人民政府办公室

2039年7月2日
"""


def test_a_roster_in_prose_one_role_per_paragraph_and_members_after_a_colon(tmp_path):
    doc = Doc("区政府办公室文件", "关于成立大足区农村供水保障工作领导小组的通知",
              ROLES_IN_PARAGRAPHS)
    context = extract_text(issue_text(doc), tmp_path)
    (group,) = context.tables["leading_groups"]
    assert (group["office_location"], group["office_director"]) == ("区水利局", "贺新")
    assert [(row["role"], row["name"], row["department_id"])
            for row in context.tables["leading_group_members"]] == [
        ("组长", "孙立", "district-government"), ("副组长", "贺新", "water-resources"),
        ("副组长", "柴文", "finance"), ("成员", "田野", "forestry"),
        ("成员", "苗青", "emergency-management")]
