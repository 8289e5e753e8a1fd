"""Layouts a later issue printed: a 征收 notice laid out as a table of label | value with a
signing period whose end omits its year; a scheme in 第N部分 whose decoration grades are rows
of a table (档次 | 认定要件 | 补偿单价); appointments as X为Y，Z为W in one clause and a table
with a column of decisions (类别 | 姓名 | 单位 | 职务 | 备注); a task table grouped by 专项一：
lines; a standards table grouped by (一) lines; an insurance table whose header wraps onto a
second line of units; a chair named before the date. Written in other wording."""

from __future__ import annotations

import pytest

from tests.kinds.synthetic import Doc, extract_text, issue_text

OFFICE = "区政府办公室文件"
CITY = "区政府文件"

APPOINTED = Doc(CITY, "重庆市大足区人民政府关于任免许可等同志职务的通知", """
重庆市大足区人民政府 关于任免许可等同志职务的通知

大足府人〔2034〕3号

区级各部门，有关单位：

区第二届人民政府2034年第2次常务会议于2034年2月6日研究决定：

任命许可为区水利局副局长；金  鑫为高坪镇副镇长，曹文为区公共资源交易中心主任，试用期均为一年。

重庆市大足区人民政府

2034年2月8日
""")

TYPED = Doc(CITY, "重庆市大足区人民政府关于庞飞等同志任职、免职的通知", """
重庆市大足区人民政府 关于庞飞等同志任职、免职的通知

大足府人〔2034〕4号

区政府各部门，有关单位：

现将庞飞等3名同志的职务调整通知如下：

类别	姓名	单位	职务	备注
任职	庞  飞	区发展改革委	副主任	试用期一年
	苗  青	重庆市大足区拾万镇人民政府	副镇长
免职	庞  飞	国梁镇人民政府	副镇长

重庆市大足区人民政府

2034年2月22日
""")

PLAN = Doc(OFFICE, "重庆市大足区人民政府办公室关于印发大足区城区照明提升工作方案的通知", """
重庆市大足区人民政府办公室 关于印发大足区城区照明提升工作方案的通知

大足府办发〔2034〕20号

各镇街人民政府（办事处）：

现将《大足区城区照明提升工作方案》印发给你们，请认真执行。

重庆市大足区人民政府办公室

2034年3月1日

附件1

大足区城区照明提升重点任务清单

序号	任务内容	牵头责任部门	协同部门	计划完成时间
专项一：路灯改造（2项）
1	更换城区老旧路灯800盏	区城市管理局	区财政局	2034年6月底前
2	新建背街小巷照明设施	区城市管理局	棠香街道	2034.9.30
专项二：智慧管理（1项）
3	建成路灯智能控制平台	区城市管理局	区大数据发展局	2034年12月

附件2

大足区城区照明设施验收标准

条目	检查内容	合格标准	检查方法
（一）灯具
1.1	亮灯率	主干道亮灯率不低于98%	夜间巡查
1.2	照度	主干道平均照度不低于20勒克斯	仪器检测
（二）线路
2.1	电缆	电缆无裸露、无破损	现场查看
""")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(APPOINTED, TYPED, PLAN), tmp_path_factory.mktemp("nine"))


def _appointments(extracted, doc_number):
    return [(row["person"], row["action"], row["position"])
            for row in extracted.tables["appointments"] if row["doc_number"] == doc_number]


def test_appointments_apart_by_commas_in_one_clause(extracted):
    assert _appointments(extracted, "大足府人〔2034〕3号") == [
        ("许可", "任命", "副局长"), ("金鑫", "任命", "副镇长"), ("曹文", "任命", "主任")]


def test_a_table_with_a_column_of_decisions_carries_it_down(extracted):
    assert _appointments(extracted, "大足府人〔2034〕4号") == [
        ("庞飞", "任命", "副主任"), ("苗青", "任命", "副镇长"), ("庞飞", "免去", "副镇长")]


def test_tasks_grouped_by_lines_naming_their_group_after_a_colon(extracted):
    tasks = extracted.tables["tasks"]
    assert [(row["number"], row["campaign"]) for row in tasks] == [
        (1, "路灯改造"), (2, "路灯改造"), (3, "智慧管理")]
    assert tasks[0]["cooperating_units"] == "区财政局"
    assert str(tasks[1]["deadline"]) == "2034-09-30"


def test_standards_grouped_by_lines_of_their_own(extracted):
    rows = extracted.tables["elderly_standards"]
    assert [row["category"] for row in rows] == ["灯具", "灯具", "线路"]
    assert rows[0]["requirement"] == "亮灯率：主干道亮灯率不低于98%"
