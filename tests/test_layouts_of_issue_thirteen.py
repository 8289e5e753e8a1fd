"""Layouts a later issue printed: a 目录 under ◆ sections whose titles wrap onto a line of their
文号, leaders and page, and whose meetings are listed after their date; a table of posts left and
taken (姓名 | 原任职务 | 新任职务 | 备注) with a post cut before its title and a remark holding
brackets; a task table whose group names are printed once, in the middle of their rows (the text
of a merged cell). Written in other wording."""

from __future__ import annotations

import pytest

from scripts.documents import read_toc
from tests.kinds.synthetic import Doc, extract_text, issue_text

CITY = "区政府文件"
OFFICE = "区政府办公室文件"
MEETINGS = "区政府常务会议"

SWAPPED = Doc(CITY, "关于调整部分区级部门领导职务的通知", """
重庆市大足区人民政府 关于调整部分区级部门领导职务的通知

大足府人〔2038〕11号

各镇街，区政府各部门：

经区政府常务会议研究，决定对下列同志的职务予以调整。

序号	姓名	原任职务	新任职务	备注
1	汤  磊	重庆市大足区水利局副局长	重庆市大足区林业局副局长	试用期一年（竞争上岗）
2	邵明月	—	重庆市大足区统计局副局长
3	鲁振华	重庆市大足区林业局副局长	重庆市大足区农业综合行政执法
			支队支队长

重庆市大足区人民政府

2038年3月2日
""")

PLAN = Doc(OFFICE, "关于印发大足区背街小巷照明提升方案的通知", """
重庆市大足区人民政府办公室 关于印发大足区背街小巷照明提升方案的通知

大足府办发〔2038〕8号

各街道办事处：

现将《大足区背街小巷照明提升方案》印发给你们。

重庆市大足区人民政府办公室

2038年3月6日

附件

大足区背街小巷照明提升任务清单

序号	类别	工作措施	主要责任单位	协同单位	完成时限
1		排查背街小巷照明缺失点位	区城市管理局	各街道办事处	2038年4月
2	摸排	建立照明设施台账	区城市管理局	—	2038年4月
3		公布照明问题投诉渠道	区城市管理局	区融媒体中心	2038年5月
4		新装路灯300盏	区城市管理局	区财政局	2038年9月
5	建设	更换老旧灯具500盏	区城市管理局	—	2038年9月
6		推广太阳能路灯	区城市管理局	区发展改革委	2038年10月
7		配套建设智能控制系统	区城市管理局	区经济信息委	2038年11月
8		开展照明设施巡查	区城市管理局	各街道办事处	每月
9	维护	建立故障报修快速响应机制	区城市管理局	—	2038年6月
10		开展成效评估	区城市管理局	区统计局	2038年12月
""")

MEETING = Doc(MEETINGS, "区第三届人民政府2038年第5次常务会议", """
区政府召开2038年第5次常务会议

2038年3月9日，区长孟凡主持召开区第三届人民政府2038年第5次常务会议。

会议审议了《大足区背街小巷照明提升方案》。
""")

DOCUMENTS = (SWAPPED, PLAN, MEETING)
TOC = [
    "◆区政府文件", "",
    SWAPPED.toc_title, "　　　　大足府人〔2038〕11号 ………………………… 1", "",
    "◆区政府办公室文件", "",
    PLAN.toc_title, "　　　　大足府办发〔2038〕8号 ……………………… 2", "",
    "◆区政府常务会议", "",
    f"3月9日　{MEETING.toc_title} ……………… 5", "",
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(*DOCUMENTS, toc_lines=TOC), tmp_path_factory.mktemp("thirteen"))


def test_titles_wrapped_onto_their_numbers_and_meetings_listed_after_their_date(extracted):
    entries = read_toc(extracted.source_text)
    assert [(entry.section, entry.title, entry.page) for entry in entries] == [
        ("区政府文件", SWAPPED.toc_title, 1), ("区政府办公室文件", PLAN.toc_title, 2),
        ("区政府常务会议", MEETING.toc_title, 5)]
    assert [document.kind for document in extracted.documents] == [
        "appointments", "task_plan", "executive_meeting"]


def test_posts_left_and_taken_with_a_cut_post_and_a_bracketed_remark(extracted):
    rows = [(row["person"], row["action"], row["post"], row["note"])
            for row in extracted.tables["appointments"]]
    assert rows == [
        ("汤磊", "任命", "重庆市大足区林业局副局长", "试用期一年，竞争上岗"),
        ("汤磊", "免去", "重庆市大足区水利局副局长", None),
        ("邵明月", "任命", "重庆市大足区统计局副局长", None),
        ("鲁振华", "任命", "重庆市大足区农业综合行政执法支队支队长", None),
        ("鲁振华", "免去", "重庆市大足区林业局副局长", None)]


def test_group_names_printed_in_the_middle_of_their_rows(extracted):
    groups = [row["campaign"] for row in extracted.tables["tasks"]]
    assert groups == ["摸排"] * 3 + ["建设"] * 4 + ["维护"] * 3
