"""Layouts a later issue printed: appointment entries numbered ①②… after their label
(任命：①张三为…；②…); a table of decisions whose cell names its verb and post (聘为副院长 /
解聘副院长职务) under a unit printed once over its rows (序号 | 单位 | 姓名 | 决定事项 | 说明);
a list of protected items with their keepers (… | 保护单位), no task table; a standards table
headed 检查要素 | 设置规范; a notice of numbered labels each followed by one ideographic space
(4．签约期限　自…); signing windows by dates with their days in brackets and a colon
(2042年3月1日至3月10日（第1日至第10日）签约：住宅每户…); an amount 另给予 a household; a
catalogue printing columns no item field takes (办理渠道, 到现场次数), kept with their labels.
Written in other wording."""

from __future__ import annotations

import pytest

from tests.kinds.synthetic import Doc, by_title, extract_text, issue_text

CITY = "区政府文件"
OFFICE = "区政府办公室文件"

NUMBERED = Doc(CITY, "关于周子涵等同志职务任免的通知", """
重庆市大足区人民政府 关于周子涵等同志职务任免的通知

大足府人〔2042〕5号

各镇人民政府、街道办事处，区政府各部门：

经区政府常务会议研究，决定：

任命：①周子涵为重庆市大足区统计局副局长（试用期一年）；②吴  桐为重庆市大足区宝顶镇人民政府副镇长。

免去：①陶建国的重庆市大足区统计局副局长职务；②吴  桐的重庆市大足区宝顶镇人民政府党政办主任职务。

重庆市大足区人民政府

2042年2月3日
""")

DECIDED = Doc(CITY, "关于夏雨等同志聘任解聘的通知", """
重庆市大足区人民政府 关于夏雨等同志聘任解聘的通知

大足府人〔2042〕6号

区卫生健康委：

经区政府常务会议研究，决定对下列同志予以聘任或解聘：

序号	单位	姓名	决定事项	说明
1	重庆市大足区中医院	夏  雨	聘为副院长	试用期一年
2		孔德林	解聘副院长职务	已到龄退休
3	重庆市大足区统计局	尹  航	聘为主任科员

重庆市大足区人民政府

2042年2月5日
""")

HERITAGE = Doc(CITY, "关于公布第二批区级传统村落名录的通知", """
重庆市大足区人民政府 关于公布第二批区级传统村落名录的通知

大足府发〔2042〕9号

各镇人民政府、街道办事处：

经区政府同意，现将第二批区级传统村落名录予以公布。

重庆市大足区人民政府

2042年2月8日

第二批区级传统村落名录（共2项）
序号	村落名称	类别	保护单位
1	石马村	古村落	宝顶镇人民政府
2	长岭村	古村落	龙水镇人民政府
""")

CHARGING = Doc(OFFICE, "关于印发大足区2042年充电桩整治实施方案的通知", """
重庆市大足区人民政府办公室 关于印发大足区2042年充电桩整治实施方案的通知

大足府办发〔2042〕12号

各镇街，区级有关部门：

《大足区2042年充电桩整治实施方案》已经区政府同意，现印发给你们，请认真贯彻执行。

重庆市大足区人民政府办公室

2042年2月10日

大足区2042年充电桩整治实施方案

序号	工作内容	牵头单位	配合单位	完成时限
1	排查小区充电桩	各镇街	区住房城乡建委	2042年6月30日

附件

充电场所检查规范

序号	检查要素	设置规范
1	选址	与住宅外墙间距不小于5米
2	消防	每个场所配置灭火器不少于2具
""")

CATALOGUE = Doc(OFFICE, "关于印发大足区“一次办好”事项清单（第二批）的通知", """
重庆市大足区人民政府办公室 关于印发大足区“一次办好”事项清单（第二批）的通知

大足府办发〔2042〕15号

各镇街，区级有关部门：

现将《大足区“一次办好”事项清单（第二批）》印发给你们，本批次共2项，涉及2个部门。

重庆市大足区人民政府办公室

2042年2月12日

大足区“一次办好”事项清单（第二批）
序号	事项名称	实施主体	事项类型	办理渠道	到现场次数
1	出生医学证明补发	区卫生健康委	公共服务	全程网办	0次
2	结婚登记	区民政局	行政确认	窗口办理	1次
""")

DOCUMENTS = (NUMBERED, DECIDED, HERITAGE, CHARGING, CATALOGUE)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(*DOCUMENTS), tmp_path_factory.mktemp("seventeen"))


def _appointments(extracted, doc_number):
    return [(row["person"], row["action"], row["post"], row["note"])
            for row in extracted.tables["appointments"] if row["doc_number"] == doc_number]


def test_entries_numbered_with_circled_digits_after_their_label(extracted):
    assert _appointments(extracted, "大足府人〔2042〕5号") == [
        ("周子涵", "任命", "重庆市大足区统计局副局长", "试用期一年"),
        ("吴桐", "任命", "重庆市大足区宝顶镇人民政府副镇长", None),
        ("陶建国", "免去", "重庆市大足区统计局副局长", None),
        ("吴桐", "免去", "重庆市大足区宝顶镇人民政府党政办主任", None)]


def test_a_decision_cell_naming_its_verb_under_a_unit_printed_once(extracted):
    assert _appointments(extracted, "大足府人〔2042〕6号") == [
        ("夏雨", "任命", "重庆市大足区中医院副院长", "试用期一年"),
        ("孔德林", "免去", "重庆市大足区中医院副院长", "已到龄退休"),
        ("尹航", "任命", "重庆市大足区统计局主任科员", None)]


def test_a_list_of_protected_items_is_no_task_plan(extracted):
    listing = by_title(extracted, "传统村落名录")
    assert listing.kind != "task_plan"
    assert not [row for row in extracted.tables["tasks"]
                if row["document_id"] == listing.document_id]


def test_a_table_of_checked_elements_and_their_rules_is_a_standards_annex(extracted):
    rows = [(row["category"], row["requirement"])
            for row in extracted.tables["elderly_standards"]]
    assert rows == [("选址", "与住宅外墙间距不小于5米"), ("消防", "每个场所配置灭火器不少于2具")]


def test_a_catalogues_other_columns_are_kept_with_their_labels(extracted):
    notes = {row["name"]: row["notes"] for row in extracted.tables["service_items"]}
    assert notes == {"出生医学证明补发": "办理渠道：全程网办；到现场次数：0次",
                     "结婚登记": "办理渠道：窗口办理；到现场次数：1次"}
