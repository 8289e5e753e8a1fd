"""Layouts a later issue printed: appointments listed as post then person under 任　职： and
免　职： (a remark in brackets), an engagement of the person just relieved (聘任其为…) with two
notes after the post; a task table whose groups are rows of their own (一 | 摸底规划) over a
task name and its measures (工作任务 | 主要措施); an insurance notice in 一是…。 sections with a
table of what it pays (保障责任 | 起付标准 | 赔付比例 | 年度限额), a period whose end omits its
year, insurers sharing one verb and a duty shared by two bureaus; a meeting report opened by
its chair before the date, whose topics open with words of manner (会议首先传达了…); and a
standards annex whose item and attribute columns stand between category and requirement.
Written in other wording."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.kinds.synthetic import Doc, extract_text, issue_text

CITY = "区政府文件"
OFFICE = "区政府办公室文件"

LISTED = Doc(CITY, "重庆市大足区人民政府关于钟远等同志职务任免的通知", """
重庆市大足区人民政府 关于钟远等同志职务任免的通知

大足府人〔2037〕9号

各镇街，区政府各部门：

现将下列职务的任免人选通知如下：

任　职：

重庆市大足区水利局副局长　　　　　　　钟  远（试用期一年）
区林业局副局长　　　　　　　　　　　　侯晓岚

免　职：

重庆市大足区水利局副局长　　　　　　　薛  刚（另有任用）

试用期自本通知印发之日起计算。

重庆市大足区人民政府

2037年2月6日
""")

ENGAGED = Doc(CITY, "重庆市大足区人民政府关于区属医院领导人员聘任事项的通知", """
重庆市大足区人民政府 关于区属医院领导人员聘任事项的通知

大足府人〔2037〕10号

有关单位：

一、解聘孔德明的重庆市大足区人民医院副院长职务，聘任其为重庆市大足区中医院院长，聘期三年，试用期一年。

重庆市大足区人民政府

2037年2月8日
""")

PLAN = Doc(OFFICE, "重庆市大足区人民政府办公室关于印发大足区夜间经济提升行动方案的通知", """
重庆市大足区人民政府办公室 关于印发大足区夜间经济提升行动方案的通知

大足府办发〔2037〕12号

各镇街：

现将《大足区夜间经济提升行动方案》印发给你们。

重庆市大足区人民政府办公室

2037年2月10日

附件1

大足区夜间经济提升任务表

序号	工作任务	主要措施	责任领导	牵头单位	配合单位	完成时限
一	街区打造
1	打造夜市街区	在城区建成特色夜市街区2条	叶　川	区商务委	区城市管理局	2037年5月底前
2	延长公交运营	开通夜间公交线路3条	叶　川	区交通局	—	2037年6月
二	品牌活动
3	举办美食节	每季度举办美食主题活动1次	叶　川	区文化旅游委	区商务委	每季度

附件2

夜市街区配置标准

序号	设施类型	设施名称	配置属性	配置要求
1	基础设施类	公共厕所	必备	每条街区不少于2座
2	品质提升类	休闲座椅	选配	每百米不少于10组
""")

INSURED = Doc(OFFICE, "重庆市大足区人民政府办公室关于推进2037年度惠民医疗保险参保工作的通知", """
重庆市大足区人民政府办公室 关于推进2037年度惠民医疗保险参保工作的通知

大足府办发〔2037〕15号

各镇街，区医保局、区财政局、区民政局：

一是明确参保对象。本区基本医保参保人员均可自愿投保。

二是统一保费标准。保费为每人每年65元。集中参保期为2037年3月1日至4月30日。

三是明晰保障待遇。

保障责任	起付标准	赔付比例	年度限额
目录内自付费用	2万元	70%	150万元

四是压实各方责任。本年度保险由甲安财产保险股份有限公司重庆分公司（主承保）、乙泰财产保险股份有限公司重庆分公司（共保）承保。区民政局、区财政局负责资助对象和资金保障。

重庆市大足区人民政府办公室

2037年2月20日
""")

MEETING = Doc("区政府常务会议", "区政府召开2037年第4次常务会议", """
区政府召开2037年第4次常务会议

区长于海2月24日上午主持召开区第三届人民政府2037年第4次常务会议。

会议首先传达了全市安全生产工作会议精神。

会议逐条审议了《大足区夜间经济提升行动方案》。
""")

DOCUMENTS = (LISTED, ENGAGED, PLAN, INSURED, MEETING)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(*DOCUMENTS), tmp_path_factory.mktemp("eleven"))


def _appointments(extracted, doc_number):
    return [(row["person"], row["action"], row["position"], row["note"])
            for row in extracted.tables["appointments"] if row["doc_number"] == doc_number]


def test_posts_listed_before_the_person_read_under_their_heading(extracted):
    assert _appointments(extracted, "大足府人〔2037〕9号") == [
        ("钟远", "任命", "副局长", "试用期一年"), ("侯晓岚", "任命", "副局长", None),
        ("薛刚", "免去", "副局长", "另有任用")]


def test_the_person_just_relieved_is_engaged_with_both_notes(extracted):
    assert _appointments(extracted, "大足府人〔2037〕10号") == [
        ("孔德明", "免去", "副院长", None), ("孔德明", "任命", "院长", "聘期三年，试用期一年")]


def test_groups_printed_as_rows_over_named_tasks(extracted):
    tasks = extracted.tables["tasks"]
    assert [(row["number"], row["campaign"]) for row in tasks] == [
        (1, "街区打造"), (2, "街区打造"), (3, "品牌活动")]
    assert tasks[0]["content"].startswith("打造夜市街区：在城区建成")
    assert [row["lead_units"] for row in tasks] == ["区商务委", "区交通局", "区文化旅游委"]


def test_a_standards_row_names_its_item_and_attribute_before_the_requirement(extracted):
    standards = [(row["category"], row["requirement"])
                 for row in extracted.tables["elderly_standards"]]
    assert standards == [("基础设施类", "公共厕所（必备）：每条街区不少于2座"),
                         ("品质提升类", "休闲座椅（选配）：每百米不少于10组")]


def test_sections_opened_by_yi_shi_hold_the_notices_terms(extracted):
    (notice,) = [row for row in extracted.documents if row.doc_number == "大足府办发〔2037〕15号"]
    assert notice.kind == "insurance"
    terms = extracted.tables["insurance_terms"]
    assert {(row["topic"], row["amount"], row["unit"]) for row in terms} >= {
        ("premium", 65.0, "元"), ("other", 70.0, "%")}
    (period,) = [row for row in terms if row["start_date"] == dt.date(2037, 3, 1)]
    assert period["end_date"] == dt.date(2037, 4, 30)


def test_insurers_sharing_one_verb_and_a_duty_shared_by_two_bureaus(extracted):
    parties = {row["party"] for row in extracted.tables["insurance_terms"] if row["party"]}
    assert parties == {"甲安财产保险股份有限公司重庆分公司", "乙泰财产保险股份有限公司重庆分公司"}
    duties = [(row["department"], row["duty"]) for row in extracted.tables["insurance_duties"]]
    shared = "负责资助对象和资金保障"
    assert duties == [("区民政局", shared), ("区财政局", shared)]


def test_a_chair_named_before_the_date_and_topics_opened_by_words_of_manner(extracted):
    (meeting,) = extracted.tables["meetings"]
    assert (meeting["chair"], meeting["date"]) == ("于海", dt.date(2037, 2, 24))
    kinds = [row["kind"] for row in extracted.tables["meeting_topics"]]
    assert kinds == ["学习传达", "审议"]
    assert not [item for item in extracted.review if "topic verb" in str(item)]
