"""Layouts a later issue printed: appointments listed under headings with their count (一、任职
（2人）), each a bulleted person then post, and engagements worded X同志聘为…; an insurance
notice whose sections are numbered with a space instead of 、 (一　保险责任) and whose duties
are printed 区X局——负责…; a roster naming each role after the person (…　担任组长) and its
members under 成员（3名）：. Written in other wording."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.kinds.synthetic import Doc, by_title, extract_text, issue_text

CITY = "区政府文件"
OFFICE = "区政府办公室文件"

POSTS = Doc(CITY, "关于柯明等同志职务任免的通知", """
重庆市大足区人民政府 关于柯明等同志职务任免的通知

大足府人〔2044〕3号

各镇人民政府、街道办事处，区政府各部门：

经区政府常务会议研究决定：

一、任职（2人）

●柯  明　重庆市大足区交通局副局长（试用期一年）

●石青云　重庆市大足区水利局副局长

二、免职（1人）

●万  里　重庆市大足区航道养护中心主任职务（另有任用）

三、聘任

1．邹雨晴同志聘为重庆市大足区妇幼保健院副院长，聘期三年；

重庆市大足区人民政府

2044年2月2日
""")

INSURANCE = Doc(OFFICE, "关于做好2044年度肉兔养殖保险工作的通知", """
重庆市大足区人民政府办公室 关于做好2044年度肉兔养殖保险工作的通知

大足府办发〔2044〕8号

各镇街，区级有关部门：

现就2044年度肉兔养殖保险有关事项通知如下：

一　投保对象

全区存栏200只以上的肉兔养殖场（户）。

二　保险费

每只保额50元，保费每只2元，区财政补贴70%。

三　保险期间

2044年3月1日0时—2045年2月28日24时。

四　职责分工

区农业农村委——负责组织投保和疫病认定。

区财政局——负责保费补贴资金拨付。

重庆市大足区人民政府办公室

2044年2月6日
""")

ROSTER = Doc(OFFICE, "关于成立大足区河道保洁工作领导小组的通知", """
重庆市大足区人民政府办公室 关于成立大足区河道保洁工作领导小组的通知

大足府办发〔2044〕9号

各镇街，区政府各部门：

经区政府同意，成立大足区河道保洁工作领导小组，组成人员如下：

温可欣　区政府副区长　　　　　　　　担任组长
雷  鸣　区水利局局长　　　　　　　　担任副组长

成员（2名）：
贺兰山（区生态环境局副局长）、祁连城（区城市管理局副局长）。

领导小组办公室设在区水利局，雷鸣同志兼任办公室主任。

重庆市大足区人民政府办公室

2044年2月8日
""")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(POSTS, INSURANCE, ROSTER), tmp_path_factory.mktemp("nineteen"))


def test_bulleted_people_under_headings_with_their_count(extracted):
    rows = [(row["person"], row["action"], row["post"], row["note"])
            for row in extracted.tables["appointments"]]
    assert rows == [
        ("柯明", "任命", "重庆市大足区交通局副局长", "试用期一年"),
        ("石青云", "任命", "重庆市大足区水利局副局长", None),
        ("万里", "免去", "重庆市大足区航道养护中心主任", "另有任用"),
        ("邹雨晴", "任命", "重庆市大足区妇幼保健院副院长", "聘期三年"),
    ]


def test_sections_numbered_with_a_space_hold_the_notices_terms(extracted):
    notice = by_title(extracted, "肉兔养殖保险")
    assert notice.kind == "insurance"
    terms = [row for row in extracted.tables["insurance_terms"]
             if row["document_id"] == notice.document_id]
    assert {(row["topic"], row["amount"]) for row in terms} >= {("premium", 2.0),
                                                                ("premium", 70.0)}
    (period,) = [row for row in terms if row["start_date"] == dt.date(2044, 3, 1)]
    assert period["end_date"] == dt.date(2045, 2, 28)


def test_duties_printed_after_a_dash(extracted):
    duties = [(row["department"], row["duty"]) for row in extracted.tables["insurance_duties"]]
    assert duties == [("区农业农村委", "负责组织投保和疫病认定"),
                      ("区财政局", "负责保费补贴资金拨付")]


def test_roles_named_after_the_person_and_members_under_a_counted_label(extracted):
    members = [(row["role"], row["name"], row["title"])
               for row in extracted.tables["leading_group_members"]]
    assert members == [("组长", "温可欣", "区政府副区长"), ("副组长", "雷鸣", "区水利局局长"),
                       ("成员", "贺兰山", "区生态环境局副局长"),
                       ("成员", "祁连城", "区城市管理局副局长")]
