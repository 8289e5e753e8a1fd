"""Layouts a later issue printed: appointments listed under organisation lines (区X局：) and
a table whose decision cell names its verb (聘任为… / 兼任… / 任…；免去其…职务); a notice
labelled with bullets (■ 签约时间：…); an insurance notice headed in brackets (【保险责任】)
whose table lists the insured across (项目 | 能繁母猪 | 育肥猪); a roster two members a line,
apart by ideographic spaces, with an office 挂靠 a unit; a chair who 召集并主持. Written in
other wording."""

from __future__ import annotations

import pytest

from tests.kinds.synthetic import Doc, extract_text, issue_text

OFFICE = "区政府办公室文件"

UNDER_ORGANISATIONS = Doc("区政府文件", "重庆市大足区人民政府关于蔡明等同志职务任免的通知", """
重庆市大足区人民政府 关于蔡明等同志职务任免的通知

大足府人〔2033〕2号

区政府各部门，有关单位：

经区政府研究，决定对下列同志职务作如下任免：

区民政局：
蔡  明　任副局长，试用期一年；
邓玉华　免去副局长职务，另有任用。

龙水镇人民政府：
邓玉华　任副镇长。

重庆市大足区人民政府

2033年2月6日
""")

DECISION_CELLS = Doc("区政府文件", "重庆市大足区人民政府关于韩冰等同志任免职务的通知", """
重庆市大足区人民政府 关于韩冰等同志任免职务的通知

大足府人〔2033〕3号

区政府各部门，有关单位：

现将韩冰等3名同志任免职务通知如下：

序号	姓名	性别	任免职务
1	韩  冰	女	聘任为重庆市大足区档案馆馆长，聘期三年
2	柯  林	男	任区林业局副局长（试用期一年）；免去其古龙镇人民政府副镇长职务
3	孟  涛	男	兼任区农业技术推广站站长
			（保留区农业农村委副主任职务）

重庆市大足区人民政府

2033年2月8日
""")

INSURED = Doc(OFFICE, "重庆市大足区人民政府办公室关于开展2033年度肉牛养殖保险工作的通知", """
重庆市大足区人民政府办公室 关于开展2033年度肉牛养殖保险工作的通知

大足府办发〔2033〕12号

各镇街人民政府（办事处）：

现将2033年度肉牛养殖保险有关事项通知如下：

【保险费及补贴】
项　目	母牛	育肥牛
保险金额（元/头）	6000	5000
保险费（元/头）	300	250
区级财政补贴	40%	40%

【承保机构】
由中国人寿财产保险股份有限公司大足支公司承保。

【部门职责】
区农业农村委：牵头组织实施。
区财政局：负责保费补贴资金拨付。

重庆市大足区人民政府办公室

2033年2月10日
""")

GROUP = Doc(OFFICE, "重庆市大足区人民政府办公室关于成立大足区古树名木普查领导小组的通知", """
重庆市大足区人民政府办公室 关于成立大足区古树名木普查领导小组的通知

大足府办发〔2033〕14号

各镇街人民政府（办事处）：

经区政府同意，成立大足区古树名木普查领导小组，组成人员如下：

组　长　龚立新（区政府副区长）
副组长　岳  川（区林业局局长）
成　员　方  芳（区财政局副局长）　　柴文涛（区规划自然资源局副局长）
　　　　鲁  宁（区城市管理局副局长）　　葛小红（区住房城乡建委副主任）

领导小组办公室挂靠区林业局，由该局局长岳川同志担任办公室主任。

重庆市大足区人民政府办公室

2033年2月12日
""")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(UNDER_ORGANISATIONS, DECISION_CELLS, INSURED, GROUP),
                        tmp_path_factory.mktemp("eight"))


def _appointments(extracted, doc_number):
    return [(row["person"], row["action"], row["position"], row["department_id"] is not None)
            for row in extracted.tables["appointments"] if row["doc_number"] == doc_number]


def test_entries_under_an_organisation_line_take_its_name(extracted):
    assert _appointments(extracted, "大足府人〔2033〕2号") == [
        ("蔡明", "任命", "副局长", True), ("邓玉华", "免去", "副局长", True),
        ("邓玉华", "任命", "副镇长", True)]


def test_a_decision_cell_names_its_own_verb(extracted):
    assert _appointments(extracted, "大足府人〔2033〕3号") == [
        ("韩冰", "任命", "馆长", True), ("柯林", "任命", "副局长", True),
        ("柯林", "免去", "副镇长", True), ("孟涛", "任命", "站长", True)]


def test_an_insurance_table_of_the_insured_across_reads_each_cell(extracted):
    terms = [row for row in extracted.tables["insurance_terms"]
             if row["doc_number"] == "大足府办发〔2033〕12号"]
    figures = {(row["label"], row["amount"], row["unit"], row["per"]) for row in terms}
    assert ("母牛保险金额", 6000, "元", "每头") in figures
    assert ("育肥牛区级财政补贴", 40, "%", None) in figures
    assert {row["topic"] for row in terms} >= {"premium", "insurer"}
    duties = {row["department"] for row in extracted.tables["insurance_duties"]}
    assert duties == {"区农业农村委", "区财政局"}


def test_a_roster_two_a_line_and_an_office_attached_to_a_unit(extracted):
    members = [row for row in extracted.tables["leading_group_members"] if row["role"] == "成员"]
    assert [row["name"] for row in members] == ["方芳", "柴文涛", "鲁宁", "葛小红"]
    group = extracted.tables["leading_groups"][0]
    assert (group["office_location"], group["office_director"]) == ("区林业局", "岳川")
