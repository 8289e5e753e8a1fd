"""Layouts a later issue printed: appointments worded post first (…副局长由X同志担任), and
engagements listed under organisations marked ◇ (聘任X为总会计师); an insurance notice whose
sections are marked ▶ and which prints a table of triggers (指数类型 | 触发条件 |
赔付标准（元/亩）), not a standards annex; a roster whose roles are followed by a dash
(组长——张三　区政府副区长).
Written in other wording."""

from __future__ import annotations

import pytest

from tests.kinds.synthetic import Doc, by_title, extract_text, issue_text

CITY = "区政府文件"
OFFICE = "区政府办公室文件"

POSTS = Doc(CITY, "关于田甜等同志职务任免的通知", """
重庆市大足区人民政府 关于田甜等同志职务任免的通知

大足府人〔2046〕5号

各镇人民政府、街道办事处，区政府各部门：

经区政府常务会议研究，决定作如下任免：

1．重庆市大足区交通局副局长由田  甜同志担任（试用期为1年），免去其重庆市大足区水利局副局长职务。

2．免去白桦同志的重庆市大足区商务委员会副主任职务（另有任用）。

重庆市大足区人民政府

2046年5月2日
""")

ENGAGED = Doc(CITY, "关于牛犇等同志聘任和解聘的通知", """
重庆市大足区人民政府 关于牛犇等同志聘任和解聘的通知

大足府人〔2046〕6号

区卫生健康委：

区政府常务会议审定，同意以下聘任和解聘事项：

◇重庆市大足区妇幼保健院
　聘任牛犇为总会计师；
　解聘马骁的副院长职务（到龄退休）。

重庆市大足区人民政府

2046年5月3日
""")

INSURANCE = Doc(OFFICE, "关于做好2046年度大足榨菜种植气象指数保险工作的通知", """
重庆市大足区人民政府办公室 关于做好2046年度大足榨菜种植气象指数保险工作的通知

大足府办发〔2046〕11号

各镇街，区级有关部门：

现就有关事项通知如下：

▶ 保障对象

全区种植榨菜3亩以上的农户。

▶ 保险责任

保险期间内出现下列情形的，按对应标准赔付：

指数类型	触发条件	赔付标准（元/亩）
连续阴雨	连续降雨10天及以上	250

▶ 保险期间

自2046年10月1日零时起至2047年3月31日二十四时止。

重庆市大足区人民政府办公室

2046年5月6日
""")

ROSTER = Doc(OFFICE, "关于调整大足区湿地保护工作领导小组成员的通知", """
重庆市大足区人民政府办公室 关于调整大足区湿地保护工作领导小组成员的通知

大足府办发〔2046〕12号

各镇街，区政府有关部门：

经区政府同意，现将大足区湿地保护工作领导小组组成人员调整如下：

组长——柳如烟　区政府副区长

副组长——辛  夷　区林业局局长

成员——区水利局副局长卫  青、区生态环境局副局长霍  光

领导小组办公室设在区林业局，办公室主任由辛夷同志兼任。

重庆市大足区人民政府办公室

2046年5月8日
""")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(POSTS, ENGAGED, INSURANCE, ROSTER),
                        tmp_path_factory.mktemp("twenty"))


def test_a_post_printed_before_the_person_who_takes_it(extracted):
    rows = [(row["person"], row["action"], row["post"])
            for row in extracted.tables["appointments"]
            if row["doc_number"] == "大足府人〔2046〕5号"]
    assert rows == [("田甜", "任命", "重庆市大足区交通局副局长"),
                    ("田甜", "免去", "重庆市大足区水利局副局长"),
                    ("白桦", "免去", "重庆市大足区商务委员会副主任")]


def test_engagements_under_an_organisation_marked_by_a_list_mark(extracted):
    rows = [(row["person"], row["action"], row["post"])
            for row in extracted.tables["appointments"]
            if row["doc_number"] == "大足府人〔2046〕6号"]
    assert rows == [("牛犇", "任命", "重庆市大足区妇幼保健院总会计师"),
                    ("马骁", "免去", "重庆市大足区妇幼保健院副院长")]


def test_a_notice_with_a_table_of_triggers_is_an_insurance_notice(extracted):
    notice = by_title(extracted, "榨菜种植气象指数保险")
    assert notice.kind == "insurance"
    topics = {row["topic"] for row in extracted.tables["insurance_terms"]
              if row["document_id"] == notice.document_id}
    assert {"covered", "scope", "period", "payout"} <= topics
    payouts = {row["amount"] for row in extracted.tables["insurance_terms"]
               if row["document_id"] == notice.document_id and row["topic"] == "payout"}
    assert 250 in payouts  # the 赔付标准（元/亩） column, under the 保险责任 section


def test_roles_followed_by_a_dash(extracted):
    members = [(row["role"], row["name"], row["title"])
               for row in extracted.tables["leading_group_members"]]
    assert members == [("组长", "柳如烟", "区政府副区长"), ("副组长", "辛夷", "区林业局局长"),
                       ("成员", "卫青", "区水利局副局长"), ("成员", "霍光", "区生态环境局副局长")]
