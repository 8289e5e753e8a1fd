"""Layouts a later issue printed: an appointments table whose posts left are in a column
headed 同时免去; a release worded 不再聘任为…; a task table whose group name the PDF split over
the group cells of two rows (the plan's text names the whole), with a yearly deadline after a
start (2047年起每年6月); a roster whose members are listed in one paragraph, each unit, title
and name, wrapped over lines in the middle of words; a catalogue batch printed with its year.
Written in other wording."""

from __future__ import annotations

import datetime as dt

import pytest

from scripts.departments import DepartmentIndex
from scripts.parsers.service_items import batch_name
from tests.kinds.synthetic import Doc, extract_text, issue_text

CITY = "区政府文件"
OFFICE = "区政府办公室文件"

POSTS = Doc(CITY, "关于吕方等同志职务任免的通知", """
重庆市大足区人民政府 关于吕方等同志职务任免的通知

大足府人〔2047〕3号

各镇人民政府、街道办事处，区政府各部门：

经区政府常务会议研究，对下列同志职务作如下任免：

序号	姓  名	任职	同时免去	备注
1	吕  方	重庆市大足区水利局副局长	重庆市大足区林业局副局长	试用期一年
2	郭  盛	重庆市大足区商务委员会副主任		-

重庆市大足区人民政府

2047年4月2日
""")

ENGAGED = Doc(CITY, "关于燕顺等同志聘任的通知", """
重庆市大足区人民政府 关于燕顺等同志聘任的通知

大足府人〔2047〕4号

区卫生健康委：

经区政府同意：

聘任燕顺为重庆市大足区中医院副院长；
王英因工作需要，不再聘任为重庆市大足区中医院副院长。

重庆市大足区人民政府

2047年4月3日
""")

PLAN = Doc(OFFICE, "关于印发大足区2047年河道清漂行动方案的通知", """
重庆市大足区人民政府办公室 关于印发大足区2047年河道清漂行动方案的通知

大足府办发〔2047〕15号

各镇街，区级有关部门：

《大足区2047年河道清漂行动方案》已经区政府同意，现印发给你们，请认真贯彻执行。

重庆市大足区人民政府办公室

2047年4月5日

大足区2047年河道清漂行动方案

行动分摸底建账、清漂设施建设提升、长效管护3类共4项任务。

序号	类别	行动内容	主办单位	协办单位	完成时限
1	摸底建账	对全区河道漂浮物开展摸底	区水利局	各镇街	2047年5月底前
2	清漂设施	在重点河段设置拦漂索	区水利局	区财政局	2047年9月30日前
3	建设提升	配齐清漂船只	各镇街	区水利局	2047年下半年
4	长效管护	建立河道保洁考核机制	区水利局	区生态环境局	2048年起每年6月
""")

ROSTER = Doc(OFFICE, "关于成立大足区河道清漂工作领导小组的通知", """
重庆市大足区人民政府办公室 关于成立大足区河道清漂工作领导小组的通知

大足府办发〔2047〕16号

各镇街，区政府有关部门：

为加强河道清漂工作，经区政府同意，成立大足区河道清漂工作领导小组。组成人员如下：

组　长：宋清（区政府副区长）
副组长：孔明（区水利局局长）
成　员：区财政局副局长孔  亮；区生态环境局副
局长杜兴；区交通局副局长李  云；区农业农村委
副主任樊瑞。

领导小组办公室设在区水利局，孔明同志兼任办公室主任。

重庆市大足区人民政府办公室

2047年4月8日
""")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(POSTS, ENGAGED, PLAN, ROSTER),
                        tmp_path_factory.mktemp("twenty_one"))


def _appointments(extracted, doc_number):
    return [(row["person"], row["action"], row["post"])
            for row in extracted.tables["appointments"] if row["doc_number"] == doc_number]


def test_posts_left_at_the_same_time_in_their_own_column(extracted):
    assert _appointments(extracted, "大足府人〔2047〕3号") == [
        ("吕方", "任命", "重庆市大足区水利局副局长"),
        ("吕方", "免去", "重庆市大足区林业局副局长"),
        ("郭盛", "任命", "重庆市大足区商务委员会副主任")]


def test_an_engagement_no_longer_renewed_is_a_release(extracted):
    assert _appointments(extracted, "大足府人〔2047〕4号") == [
        ("燕顺", "任命", "重庆市大足区中医院副院长"),
        ("王英", "免去", "重庆市大足区中医院副院长")]


def test_a_group_name_split_over_two_rows_is_joined_when_the_plan_names_it(extracted):
    groups = [(row["number"], row["campaign"]) for row in extracted.tables["tasks"]]
    assert groups == [(1, "摸底建账"), (2, "清漂设施建设提升"), (3, "清漂设施建设提升"),
                      (4, "长效管护")]


def test_a_yearly_deadline_after_a_start_is_no_single_date(extracted):
    deadlines = {row["number"]: row["deadline"] for row in extracted.tables["tasks"]}
    assert deadlines[1] == dt.date(2047, 5, 31) and deadlines[4] is None


def test_members_listed_in_a_paragraph_wrapped_mid_word(extracted):
    members = [(row["role"], row["name"], row["title"])
               for row in extracted.tables["leading_group_members"]]
    assert members == [("组长", "宋清", "区政府副区长"), ("副组长", "孔明", "区水利局局长"),
                       ("成员", "孔亮", "区财政局副局长"), ("成员", "杜兴", "区生态环境局副局长"),
                       ("成员", "李云", "区交通局副局长"), ("成员", "樊瑞", "区农业农村委副主任")]


def test_a_batch_printed_with_its_year_keeps_it():
    assert batch_name(["大足区镇街“就近办”事项清单（2047年第一批）"]) == "2047年第一批"


def test_a_mass_organisations_short_name_is_an_organisation():
    index = DepartmentIndex.load()
    assert index.provisional_for("区科协", source_id="x", line=1) is not None
    assert index.provisional_for("区中心", source_id="x", line=1) is None
