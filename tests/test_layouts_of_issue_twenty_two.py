"""Layouts a later issue printed: engagements as cards of labelled lines (姓名：… / 聘任单位：… /
聘任职务：… / 聘期：…); a person's line removing a post and then giving one (…职务，任…); task
groups printed in the task column with the number cell empty (　| 一、管网提质（2项）); a
notice signed with its date in Chinese numerals (二〇四七年五月六日). Written in other wording."""

from __future__ import annotations

import datetime as dt

import pytest

from scripts.text import in_arabic_numerals, parse_date
from tests.kinds.synthetic import Doc, by_title, extract_text, issue_text

CITY = "区政府文件"
OFFICE = "区政府办公室文件"

POSTS = Doc(CITY, "关于苗青等同志职务任免的通知", """
重庆市大足区人民政府 关于苗青等同志职务任免的通知

大足府人〔2047〕8号

各镇人民政府、街道办事处，区政府各部门：

经区政府常务会议研究，决定：

苗  青　免去重庆市大足区林业局副局长职务，任重庆市大足区水利局副局长，试用期一年；

邓  远　任重庆市大足区交通局副局长，不再担任重庆市大足区商务委员会副主任职务。

重庆市大足区人民政府

2047年5月2日
""")

CARDS = Doc(CITY, "关于柏松等同志聘任的通知", """
重庆市大足区人民政府 关于柏松等同志聘任的通知

大足府人〔2047〕9号

区卫生健康委：

经区政府常务会议研究同意，现将聘任事项通知如下。

姓　　名：柏  松
聘任单位：重庆市大足区中医院
聘任职务：副院长
聘　　期：五年（其中试用期一年）

姓　　名：竹  影
聘任单位：重庆市大足区康复中心（新组建）
聘任职务：主任
聘　　期：五年

重庆市大足区人民政府

2047年5月3日
""")

PLAN = Doc(OFFICE, "关于印发大足区管网提质行动方案的通知", """
重庆市大足区人民政府办公室 关于印发大足区管网提质行动方案的通知

大足府办发〔2047〕21号

各镇街，区级有关部门：

《大足区管网提质行动方案》已经区政府同意，现印发给你们，请认真贯彻执行。

重庆市大足区人民政府办公室

二〇四七年五月六日

大足区管网提质行动方案

序号	重点任务	主责单位	协办单位	办结时限
	一、管网提质（2项）
1	普查城区供水管网	区水利局	各镇街	2047年9月30日前
2	更换老旧铸铁管10公里	区水利局	区财政局	2048年6月底前
	二、长效管护（1项）
3	建立管网巡查制度	区水利局	各镇街	2047年12月31日前
""")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(POSTS, CARDS, PLAN), tmp_path_factory.mktemp("twenty_two"))


def _appointments(extracted, doc_number):
    return [(row["person"], row["action"], row["post"])
            for row in extracted.tables["appointments"] if row["doc_number"] == doc_number]


def test_a_removal_then_a_new_post_on_one_persons_line(extracted):
    assert _appointments(extracted, "大足府人〔2047〕8号") == [
        ("苗青", "免去", "重庆市大足区林业局副局长"),
        ("苗青", "任命", "重庆市大足区水利局副局长"),
        ("邓远", "任命", "重庆市大足区交通局副局长"),
        ("邓远", "免去", "重庆市大足区商务委员会副主任")]


def test_engagements_printed_as_cards_of_labelled_lines(extracted):
    assert _appointments(extracted, "大足府人〔2047〕9号") == [
        ("柏松", "任命", "重庆市大足区中医院副院长"),
        ("竹影", "任命", "重庆市大足区康复中心主任")]
    notes = [row.get("note") for row in extracted.tables["appointments"]
             if row["doc_number"] == "大足府人〔2047〕9号"]
    assert notes[0] == "试用期一年"


def test_groups_printed_in_the_task_column_with_no_number(extracted):
    tasks = [(row["number"], row["campaign"], row["content"]) for row in extracted.tables["tasks"]]
    assert tasks == [(1, "管网提质", "普查城区供水管网"), (2, "管网提质", "更换老旧铸铁管10公里"),
                     (3, "长效管护", "建立管网巡查制度")]


def test_a_date_signed_in_chinese_numerals(extracted):
    assert in_arabic_numerals("二〇四七年五月六日") == "2047年5月6日"
    assert parse_date("二〇四七年十二月三十一日") == dt.date(2047, 12, 31)
    assert by_title(extracted, "管网提质行动方案").sign_date == dt.date(2047, 5, 6)
