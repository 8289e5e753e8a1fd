"""Layouts a later issue printed: appointments listed person then post under 一、任职 / 二、免职
(1．石  磊　重庆市…副局长（试用期一年）), a paragraph of notes after them; engagements in one
sentence after 经…研究同意，naming each person with 同志为 / 同志的 between commas, and why each
left a post printed after them (X同志已到龄退休); a 征收 notice whose headings are not labels
(一、签约安排, 三、补偿方式); an insurance notice whose cover is a table of text cells
(保障项目 | 保险金额 | 赔偿办法: 每户40000元, …最高20000元) under a 承保范围 section. Written in
other wording."""

from __future__ import annotations

import pytest

from tests.kinds.synthetic import Doc, by_title, extract_text, issue_text

CITY = "区政府文件"
OFFICE = "区政府办公室文件"

LISTED = Doc(CITY, "关于石磊等同志职务任免的通知", """
重庆市大足区人民政府 关于石磊等同志职务任免的通知

大足府人〔2039〕7号

各镇人民政府、街道办事处，区政府各部门：

2039年2月3日，区政府常务会议研究决定：

一、任职

1．石  磊　重庆市大足区应急管理局副局长（试用期一年）

2．贺明远　重庆市大足区邮亭镇人民政府副镇长

二、免职

1．贺明远　重庆市大足区应急管理局副局长（另有任用）

2．周  航同志　重庆市大足区龙水镇人民政府副镇长职务

试用期自通知印发之月起计算，期满合格的正式任职；不合格的，免去试用职务。

重庆市大足区人民政府

2039年2月6日
""")

DECIDED = ("经区政府常务会议研究同意，聘任罗  川同志为重庆市大足区中医院院长，"
           "苏文博同志为重庆市大足区中医院副院长（试用期一年）；"
           "解聘冉  静同志的重庆市大足区中医院院长职务，何东同志的重庆市大足区中医院副院长职务。")
ENGAGED = Doc(CITY, "关于聘任和解聘区中医院领导人员的通知", f"""
重庆市大足区人民政府 关于聘任和解聘区中医院领导人员的通知

大足府人〔2039〕9号

区卫生健康委，区中医院：

{DECIDED}

以上人员聘期三年。冉  静同志已到龄退休，何东同志另有任用。

重庆市大足区人民政府

2039年2月8日
""")

INSURED = Doc(OFFICE, "关于做好2040年度农房保险工作的通知", """
重庆市大足区人民政府办公室 关于做好2040年度农房保险工作的通知

大足府办发〔2039〕30号

各镇街，区应急局、区财政局：

现将有关事项通知如下。

一、承保范围

全区具有合法产权的农村自住房屋，以户为单位投保。

二、保障内容

保障项目	保险金额	赔偿办法
房屋倒损	每户35000元	部分损坏的，按修复费用赔偿，每次事故最高15000元
临时安置	每人每月250元	房屋无法居住的，最长5个月

三、保险期间和承保机构

保险期间为2040年1月1日零时起至2040年12月31日二十四时止。

重庆市大足区人民政府办公室

2039年2月10日
""")

ANNOUNCED = Doc(CITY, "关于龙水镇南街片区旧城改造项目房屋征收的公告", """
重庆市大足区人民政府 关于龙水镇南街片区旧城改造项目房屋征收的公告

大足府发〔2039〕15号

现将征收补偿有关事项公告如下。

一、签约安排

签约期限为30日，自2039年3月1日起，至2039年3月30日止。

二、补偿方式

住宅房屋可以选择货币补偿，也可以选择房屋产权调换。

重庆市大足区人民政府

2039年2月12日
""")

HOUSEHOLDS = Doc(OFFICE, "关于开展2040年度家庭财产综合保险工作的通知", """
重庆市大足区人民政府办公室 关于开展2040年度家庭财产综合保险工作的通知

大足府办发〔2039〕33号

各镇街：

现就有关事项通知如下。

一、参保范围

全区城乡居民家庭，以户为单位自愿参保。

二、赔偿处理

发生保险事故后，参保户应在72小时内报案。

三、承保公司

中国人民财产保险股份有限公司大足支公司。

重庆市大足区人民政府办公室

2039年5月6日
""")

PUBLISHED = Doc(CITY, "关于古龙镇老街片区危旧房改造项目房屋征收有关事项的公告", """
重庆市大足区人民政府 关于古龙镇老街片区危旧房改造项目房屋征收有关事项的公告

大足府发〔2039〕17号

现将有关事项公告如下。

一、协议签订

本项目自2039年4月1日起开始签订补偿协议。

二、其他

未尽事宜按有关规定执行。

附件：古龙镇老街片区危旧房改造项目房屋征收补偿方案

重庆市大足区人民政府

2039年3月20日
""")

MET = Doc("区政府常务会议", "区第二届人民政府2039年第9次常务会议", """
区第二届人民政府2039年第9次常务会议

2039年4月20日，区长李明主持召开区第二届人民政府2039年第9次常务会议。

会议审议了古龙镇老街片区危旧房改造项目房屋征收补偿方案，原则同意。
""")

DOCUMENTS = (LISTED, ENGAGED, INSURED, ANNOUNCED, HOUSEHOLDS, PUBLISHED, MET)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(*DOCUMENTS), tmp_path_factory.mktemp("fifteen"))


def test_a_notice_headed_by_its_arrangements_is_an_expropriation_notice(extracted):
    assert by_title(extracted, "房屋征收的公告").kind == "expropriation_notice"


def test_a_notice_publishing_a_compensation_scheme_is_an_expropriation_notice(extracted):
    assert by_title(extracted, "房屋征收有关事项的公告").kind == "expropriation_notice"
    assert by_title(extracted, "第9次常务会议").kind == "executive_meeting"  # it only names one


def test_a_notice_of_other_insurance_labels_is_an_insurance_notice(extracted):
    assert by_title(extracted, "家庭财产").kind == "insurance"
    terms = {(row["label"], row["topic"]) for row in extracted.tables["insurance_terms"]
             if row["document_id"] == by_title(extracted, "家庭财产").document_id}
    assert {("参保范围", "covered"), ("赔偿处理", "procedure"), ("承保公司", "insurer")} <= terms


def _appointments(extracted, doc_number):
    return [(row["person"], row["action"], row["post"], row["note"])
            for row in extracted.tables["appointments"] if row["doc_number"] == doc_number]


def test_people_listed_before_their_posts_under_numbered_headings(extracted):
    assert _appointments(extracted, "大足府人〔2039〕7号") == [
        ("石磊", "任命", "重庆市大足区应急管理局副局长", "试用期一年"),
        ("贺明远", "任命", "重庆市大足区邮亭镇人民政府副镇长", None),
        ("贺明远", "免去", "重庆市大足区应急管理局副局长", "另有任用"),
        ("周航", "免去", "重庆市大足区龙水镇人民政府副镇长", None)]


def test_notes_after_the_entries_are_no_entries(extracted):
    lines = {item.line for item in extracted.review}
    notes = {number for number, text in enumerate(issue_text(*DOCUMENTS).splitlines(), 1)
             if text.startswith(("试用期自", "以上人员"))}
    assert len(notes) == 2 and not notes & lines


def test_engagements_in_one_sentence_each_person_between_commas(extracted):
    assert _appointments(extracted, "大足府人〔2039〕9号") == [
        ("罗川", "任命", "重庆市大足区中医院院长", None),
        ("苏文博", "任命", "重庆市大足区中医院副院长", "试用期一年"),
        ("冉静", "免去", "重庆市大足区中医院院长", "已到龄退休"),
        ("何东", "免去", "重庆市大足区中医院副院长", "另有任用")]


def test_a_cover_table_of_text_cells_files_each_figure_with_its_row(extracted):
    terms = [row for row in extracted.tables["insurance_terms"]
             if row["document_id"] == by_title(extracted, "农房保险").document_id]
    figures = {(row["amount"], row["unit"]) for row in terms if "\t" in row["clause"]}
    assert {(35000, "元"), (15000, "元"), (250, "元"), (5, "个月")} <= figures
    (scope,) = [row for row in terms if row["label"] == "承保范围"]
    assert scope["topic"] == "covered"
