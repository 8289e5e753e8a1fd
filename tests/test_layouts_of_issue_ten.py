"""Layouts a later issue printed: a 目录 printing the page before each title and wrapping below
it; appointments as 张三：任…；不再担任…职务 and 李四：免去其…职务, and a table with a column of
people per decision (单位 | 职务 | 聘任人员 | 解聘人员 | 备注) whose remark wraps onto a line of
its own; a task table grouped by 【…】 lines under a two-line header (责任部门 over 牵头 | 配合)
whose 任务名称 names the task before its 工作要求; an insurance notice with joined labels
(保险期间和承保机构。) whose figures are in an attached 政策问答 (问一：… 答：…); a leading
group whose two-character names are padded (张　鹏（…）) and whose office sits in 该局.
Written in other wording."""

from __future__ import annotations

import pytest

from scripts.documents import read_toc
from scripts.parsers.meetings import add_awaited_meetings
from tests.kinds.synthetic import Doc, extract_text, issue_text

OFFICE = "区政府办公室文件"
CITY = "区政府文件"

PROSE = Doc(CITY, "重庆市大足区人民政府关于马云飞等同志职务任免的通知", """
重庆市大足区人民政府 关于马云飞等同志职务任免的通知

大足府人〔2035〕5号

各镇街，区政府各部门：

经区政府常务会议研究决定：

（一）马云飞：任重庆市大足区水利局副局长；不再担任区林业局副局长职务。

（二）冯  静：免去其区统计局副局长职务。

重庆市大足区人民政府

2035年3月3日
""")

ENGAGED = Doc(CITY, "重庆市大足区人民政府关于聘任卢川等同志职务的通知", """
重庆市大足区人民政府 关于聘任卢川等同志职务的通知

大足府人〔2035〕6号

有关单位：

序号	单位	职务	聘任人员	解聘人员	备注
1	重庆市大足区人民医院	副院长	卢  川	—	试用期一年
2	重庆市大足区中医院	副院长	何  平	宋  林	宋林已到龄退休；何平
					试用期一年

重庆市大足区人民政府

2035年3月9日
""")

PLAN = Doc(OFFICE, "重庆市大足区人民政府办公室关于印发大足区背街小巷整治工作方案的通知", """
重庆市大足区人民政府办公室 关于印发大足区背街小巷整治工作方案的通知

大足府办发〔2035〕21号

各镇街：

现将《大足区背街小巷整治工作方案》印发给你们，请认真执行。

重庆市大足区人民政府办公室

2035年3月12日

附件

大足区背街小巷整治任务分工表

序号	任务名称	工作要求	责任部门		完成时限
			牵头	配合
【路面整治】
1	修补破损路面	全年修补背街小巷路面2万平方米	区城市管理局	区财政局	2035年9月30日前
2	规范停车秩序	施划停车泊位500个	区公安局	—	2035年二季度末
【立面整治】
3	清理违规招牌	拆除破损招牌和违规广告	区城市管理局	区市场监管局	2035年6月
""")

INSURED = Doc(OFFICE, "重庆市大足区人民政府办公室关于开展2035年度养蜂保险工作的通知", """
重庆市大足区人民政府办公室 关于开展2035年度养蜂保险工作的通知

大足府办发〔2035〕22号

各镇街，区级有关部门：

一、参保范围。本区养蜂户均可自愿投保。

二、保险期间和承保机构。保险期间自2035年4月1日起至2036年3月31日止。

附件：2035年度养蜂保险政策问答

重庆市大足区人民政府办公室

2035年3月20日

附件

2035年度养蜂保险政策问答

问一：每箱保多少钱？保费是多少？
答：每箱蜂保险金额500元，费率4%，保费每箱20元。

问二：保费由谁出？
答：区级财政补贴60%，养蜂户自缴40%。
""")

GROUP = Doc(OFFICE, "重庆市大足区人民政府办公室关于成立大足区创建节水型城市工作领导小组的通知", """
重庆市大足区人民政府办公室 关于成立大足区创建节水型城市工作领导小组的通知

大足府办发〔2035〕23号

各镇街，区政府各部门：

经区政府同意，成立大足区创建节水型城市工作领导小组。组成人员如下：

组　长：陶　然（区政府副区长）

成　员：张　鹏（区水利局副局长）、刘雪梅（区发展改革委副主任）

领导小组下设办公室，由区水利局局长周洋同志兼任办公室主任，办公地点设在该局。

重庆市大足区人民政府办公室

2035年3月25日
""")

DOCUMENTS = (PROSE, ENGAGED, PLAN, INSURED, GROUP)
PAGE_FIRST_TOC = [
    "◆区政府文件", "",
    f"1　{PROSE.toc_title}",
    f"2　{ENGAGED.toc_title[:24]}",
    f"　　{ENGAGED.toc_title[24:]}", "",
    "◆区政府办公室文件", "",
    *(f"{page}　{doc.toc_title}" for page, doc in enumerate((PLAN, INSURED, GROUP), start=3)),
    "",
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(*DOCUMENTS, toc_lines=PAGE_FIRST_TOC),
                        tmp_path_factory.mktemp("ten"))


def _appointments(extracted, doc_number):
    return [(row["person"], row["action"], row["position"], row["note"])
            for row in extracted.tables["appointments"] if row["doc_number"] == doc_number]


def test_a_contents_page_printing_the_page_first_with_wrapped_titles(extracted):
    titles = [entry.title for entry in read_toc(extracted.source_text)]
    assert titles == [doc.toc_title for doc in DOCUMENTS]
    assert [document.kind for document in extracted.documents] == [
        "appointments", "appointments", "task_plan", "insurance", "leading_group"]


def test_a_post_taken_up_and_one_no_longer_held_after_the_persons_name(extracted):
    assert _appointments(extracted, "大足府人〔2035〕5号") == [
        ("马云飞", "任命", "副局长", None), ("马云飞", "免去", "副局长", None),
        ("冯静", "免去", "副局长", None)]
    relieved = [row for row in extracted.tables["appointments"] if row["person"] == "冯静"]
    assert "其" not in relieved[0]["post"]


def test_a_table_of_people_per_decision_gives_each_their_remark(extracted):
    assert _appointments(extracted, "大足府人〔2035〕6号") == [
        ("卢川", "任命", "副院长", "试用期一年"), ("何平", "任命", "副院长", "试用期一年"),
        ("宋林", "免去", "副院长", "已到龄退休")]


def test_a_task_name_and_its_requirement_under_a_two_line_header(extracted):
    tasks = extracted.tables["tasks"]
    assert [(row["number"], row["campaign"]) for row in tasks] == [
        (1, "路面整治"), (2, "路面整治"), (3, "立面整治")]
    assert tasks[0]["content"].startswith("修补破损路面：")
    assert (tasks[0]["lead_units"], tasks[0]["cooperating_units"]) == ("区城市管理局", "区财政局")
    assert [str(row["deadline"]) for row in tasks] == ["2035-09-30", "2035-06-30", "2035-06-30"]


def test_figures_of_an_attached_questions_and_answers_are_terms(extracted):
    terms = extracted.tables["insurance_terms"]
    figures = {(row["amount"], row["unit"]) for row in terms}
    assert {(500.0, "元"), (4.0, "%"), (20.0, "元"), (60.0, "%"), (40.0, "%")} <= figures
    assert any(str(row["start_date"]) == "2035-04-01" for row in terms)


def test_padded_names_of_a_roster_and_an_office_in_the_directors_bureau(extracted):
    members = [row["name"] for row in extracted.tables["leading_group_members"]
               if row["role"] == "成员"]
    assert members == ["张鹏", "刘雪梅"]
    (group,) = extracted.tables["leading_groups"]
    assert group["office_location"] == "区水利局"


def test_a_meeting_whose_report_cannot_be_read_still_gets_the_row_its_references_need(
        tmp_path):
    decided = Doc(CITY, "重庆市大足区人民政府关于邓林同志职务任免的通知", """
重庆市大足区人民政府 关于邓林同志职务任免的通知

大足府人〔2035〕7号

各镇街：

区第二届人民政府2035年第3次常务会议于2035年3月2日研究决定：

任命邓林为区水利局副局长。

重庆市大足区人民政府

2035年3月5日
""")
    unread = Doc("区政府常务会议", "区政府召开2035年第3次常务会议", """
区政府召开2035年第3次常务会议
""")
    extracted = extract_text(issue_text(decided, unread), tmp_path)
    add_awaited_meetings(extracted)  # as extraction does once every document is parsed
    meetings = {row["meeting_id"] for row in extracted.tables["meetings"]}
    referenced = {row["meeting_id"] for row in extracted.tables["appointments"]}
    assert referenced and referenced <= meetings
