"""Layouts a later issue printed: a table of decisions with a column of the verb beside the post
(序号 | 单位名称 | 姓名 | 事项 | 职务 | 备注); task groups numbered in brackets in the 序号
column ((一) | 排查建档); a roster line of several people, each name then title, apart by ；.
Written in other wording."""

from __future__ import annotations

import pytest

from tests.kinds.synthetic import Doc, by_title, extract_text, issue_text

CITY = "区政府文件"
OFFICE = "区政府办公室文件"

ENGAGED = Doc(CITY, "关于田野等同志聘任解聘的通知", """
重庆市大足区人民政府 关于田野等同志聘任解聘的通知

大足府人〔2043〕9号

区卫生健康委：

经区政府常务会议同意，现将有关人员聘任、解聘事项通知如下：

序号	单位名称	姓名	事项	职务	备注
1	重庆市大足区中医院	田  野	聘任	副院长	试用期一年
2	重庆市大足区中医院	冉启华	解聘	副院长	到龄退休

重庆市大足区人民政府

2043年3月2日
""")

PLAN = Doc(OFFICE, "关于印发大足区2043年桥梁安全提升方案的通知", """
重庆市大足区人民政府办公室 关于印发大足区2043年桥梁安全提升方案的通知

大足府办发〔2043〕21号

各镇街，区级有关部门：

《大足区2043年桥梁安全提升方案》已经区政府同意，现印发给你们，请认真贯彻执行。

重庆市大足区人民政府办公室

2043年3月5日

大足区2043年桥梁安全提升方案

序号	重点任务	主责单位	协办单位	时限要求
（一）	排查建档
1	对全区桥梁开展安全评估	区交通局	各镇街	2043年5月底前
（二）	加固改造
2	完成危桥加固	区交通局	区财政局	2043年10月底前
""")

ROSTER = Doc(OFFICE, "关于成立大足区桥梁安全工作领导小组的通知", """
重庆市大足区人民政府办公室 关于成立大足区桥梁安全工作领导小组的通知

大足府办发〔2043〕22号

各镇街，区政府各部门：

经区政府同意，成立大足区桥梁安全工作领导小组，组成人员如下：

组  长：蒲文涛　区政府副区长
副组长：白  雪　区交通局局长；龚明远　区财政局局长
成  员：左思远　区应急局副局长

领导小组办公室设在区交通局，白雪同志兼任办公室主任。

重庆市大足区人民政府办公室

2043年3月6日
""")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(ENGAGED, PLAN, ROSTER), tmp_path_factory.mktemp("eighteen"))


def test_a_column_of_the_verb_beside_the_post(extracted):
    rows = [(row["person"], row["action"], row["post"], row["note"])
            for row in extracted.tables["appointments"]]
    assert rows == [("田野", "任命", "重庆市大足区中医院副院长", "试用期一年"),
                    ("冉启华", "免去", "重庆市大足区中医院副院长", "到龄退休")]


def test_groups_numbered_in_brackets_are_no_tasks(extracted):
    plan = by_title(extracted, "桥梁安全提升").document_id
    tasks = [(row["number"], row["campaign"], row["content"])
             for row in extracted.tables["tasks"] if row["document_id"] == plan]
    assert tasks == [(1, "排查建档", "对全区桥梁开展安全评估"), (2, "加固改造", "完成危桥加固")]


def test_several_people_on_a_line_apart_by_semicolons(extracted):
    members = [(row["role"], row["name"], row["title"])
               for row in extracted.tables["leading_group_members"]]
    assert members == [("组长", "蒲文涛", "区政府副区长"), ("副组长", "白雪", "区交通局局长"),
                       ("副组长", "龚明远", "区财政局局长"), ("成员", "左思远", "区应急局副局长")]
