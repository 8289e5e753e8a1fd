"""Layouts a later issue printed: engagements listed one organisation a line, the organisation
opening the line and each post named by its title alone (区人民医院：聘任X为副院长，…；解聘Y的
副院长职务（…）。); an insurance notice whose scheme is a table of label | text (保险要素 | 具体
内容), its insurer followed by the branch that carries it out in brackets; a task table whose
one units column names each unit's part (区教委牵头，区水利局、各镇街配合). Written in other
wording."""

from __future__ import annotations

import pytest

from tests.kinds.synthetic import Doc, extract_text, issue_text

CITY = "区政府文件"
OFFICE = "区政府办公室文件"

ENGAGED = Doc(CITY, "关于区人民医院等单位领导人员聘任和解聘的通知", """
重庆市大足区人民政府 关于区人民医院等单位领导人员聘任和解聘的通知

大足府人〔2038〕21号

区卫生健康委、区教委：

经区政府常务会议研究同意，现将有关事项通知如下：

重庆市大足区人民医院：聘任范  晖为副院长，聘期三年，试用期一年；解聘柯文杰的副院长职务（另有任用）。

重庆市大足区职业教育中心：聘任骆红梅为主任，聘期三年。

聘期自本通知印发之日起计算。

重庆市大足区人民政府

2038年5月8日
""")

INSURED = Doc(OFFICE, "关于开展2038年度肉牛养殖保险工作的通知", """
重庆市大足区人民政府办公室 关于开展2038年度肉牛养殖保险工作的通知

大足府办发〔2038〕40号

各镇街，区农业农村委、区财政局：

现将有关事项通知如下：

一、保险方案

保险要素	具体内容
参保对象	本区范围内存栏5头以上的肉牛养殖户和养殖场
保险金额	每头6000元
保险费率	4%，即每头保费240元
保险期间	一年，自保费到账次日零时起计算
承保机构	中华联合财产保险股份有限公司重庆分公司（大足支公司具体实施）

二、赔偿标准

肉牛因疫病或自然灾害死亡的，每头按保险金额扣除15%绝对免赔额赔偿，即每头5100元。

重庆市大足区人民政府办公室

2038年5月10日
""")

PLAN = Doc(OFFICE, "关于印发大足区汛期学校安全专项行动方案的通知", """
重庆市大足区人民政府办公室 关于印发大足区汛期学校安全专项行动方案的通知

大足府办发〔2038〕44号

各镇街，区政府有关部门：

现将《大足区汛期学校安全专项行动方案》印发给你们。

重庆市大足区人民政府办公室

2038年5月12日

附件

大足区汛期学校安全专项行动任务分解表

序号	行动内容	具体任务	责任单位	完成时间
1	校舍排险	排查临河学校校舍和围墙	区教委牵头，区水利局、各镇街配合	2038年6月1日前
2		清理校园周边排水沟渠	各镇街牵头；区城市管理局协助	2038年6月10日前
3	应急演练	组织防汛应急疏散演练	区教委、区应急局	2038年6月30日前
""")

DOCUMENTS = (ENGAGED, INSURED, PLAN)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(*DOCUMENTS), tmp_path_factory.mktemp("fourteen"))


def test_engagements_under_the_organisation_opening_their_line(extracted):
    rows = [(row["person"], row["action"], row["post"], row["note"])
            for row in extracted.tables["appointments"]]
    assert rows == [
        ("范晖", "任命", "重庆市大足区人民医院副院长", "聘期三年，试用期一年"),
        ("柯文杰", "免去", "重庆市大足区人民医院副院长", "另有任用"),
        ("骆红梅", "任命", "重庆市大足区职业教育中心主任", "聘期三年")]


def test_a_scheme_table_of_label_and_text_files_each_row_under_its_label(extracted):
    terms = extracted.tables["insurance_terms"]
    figures = {(row["label"], row["topic"], row["figure"]) for row in terms if row["figure"]}
    assert {("参保对象", "covered", "5头"), ("保险金额", "payout", "每头6000元"),
            ("保险费率", "premium", "4%"), ("保险费率", "premium", "每头保费240元")} <= figures
    (insurer,) = [row for row in terms if row["label"] == "承保机构"]
    assert insurer["topic"] == "insurer"
    assert insurer["party"] == "中华联合财产保险股份有限公司重庆分公司"
    assert insurer["clause"].startswith("承保机构\t")  # the row as printed


def test_a_units_cell_naming_each_units_part_is_split_by_role(extracted):
    rows = [(row["lead_units"], row["responsible_units"], row["cooperating_units"])
            for row in extracted.tables["tasks"]]
    assert rows == [("区教委", None, "区水利局、各镇街"), ("各镇街", None, "区城市管理局"),
                    ("区教委", "区教委、区应急局", None)]  # no parts named: the first unit leads
