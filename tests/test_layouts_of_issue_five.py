"""Layouts a later issue printed: an appointment and a post left in one entry (X任…，不再担任…
职务), a remark after 不再担任…职务, an insurance notice whose sums and shares stand in a table
with its units in the header, a standards table headed …条件, and a trade union named after the
district's prefix alone (区总工会). Written in other wording."""

from __future__ import annotations

import pytest

from tests.kinds.synthetic import Doc, extract_text, issue_text

OFFICE = "区政府办公室文件"

APPOINTED = Doc("区政府文件", "重庆市大足区人民政府关于罗文斌等同志职务任免的通知", """
重庆市大足区人民政府 关于罗文斌等同志职务任免的通知

大足府人〔2031〕4号

区政府各部门，有关单位：

经2031年2月3日区第三届人民政府2031年第2次常务会议研究，决定：

罗文斌任重庆市大足区统计局副局长，不再担任重庆市大足区古龙镇人民政府副镇长职务；

唐  琳不再担任重庆市大足区林业局副局长职务（另有任用）；

贺明亮同志因到龄退休，不再担任重庆市大足区档案馆馆长职务。

重庆市大足区人民政府

2031年2月6日
""")

INSURED = Doc(OFFICE, "重庆市大足区人民政府办公室关于做好2031年度水稻种植保险工作的通知", """
重庆市大足区人民政府办公室 关于做好2031年度水稻种植保险工作的通知

大足府办发〔2031〕20号

各镇街人民政府（办事处）：

现就做好我区2031年度水稻种植保险工作通知如下：

一、保险对象和范围

全区种植水稻的农户均可参保，2031年度计划投保水稻21.5万亩。

二、保险金额和保费分担

品种	保险金额（元/亩）	保险费率	保费（元/亩）	市级财政	区级财政	农户
杂交水稻	900	5%	45	50%	30%	20%
常规水稻	700	5%	35	50%	30%	20%

重庆市大足区人民政府办公室

2031年2月10日
""")

QUALIFIED = Doc(OFFICE, "重庆市大足区人民政府办公室关于印发大足区示范家庭农场评定办法的通知", """
重庆市大足区人民政府办公室 关于印发大足区示范家庭农场评定办法的通知

大足府办发〔2031〕22号

各镇街人民政府（办事处）：

现将评定办法印发给你们，请认真执行。

重庆市大足区人民政府办公室

2031年2月12日

附件

大足区示范家庭农场评定标准

序号	申报项目	申报条件
1	经营规模	流转土地50亩以上，经营期限5年以上
2	经营管理	有完整的生产记录和财务收支记录
3	带动作用	带动周边农户10户以上
""")

UNIONS = Doc(OFFICE, "重庆市大足区人民政府办公室关于印发大足区职工服务事项清单的通知", """
重庆市大足区人民政府办公室 关于印发大足区职工服务事项清单的通知

大足府办发〔2031〕24号

各镇街人民政府（办事处）：

本批共2项。现印发给你们。

重庆市大足区人民政府办公室

2031年2月14日

大足区“就近办”事项清单（第三十批）

序号	事项名称	事项类型	实施主体
1	困难职工救助申请	公共服务	区总工会
2	民营企业维权服务	公共服务	区工商联
""")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(APPOINTED, INSURED, QUALIFIED, UNIONS),
                        tmp_path_factory.mktemp("five"))


def test_an_entry_taking_up_a_post_and_leaving_another_gives_both(extracted):
    rows = extracted.tables["appointments"]
    assert [(row["person"], row["action"], row["position"]) for row in rows] == [
        ("罗文斌", "任命", "副局长"), ("罗文斌", "免去", "副镇长"),
        ("唐琳", "免去", "副局长"), ("贺明亮", "免去", "馆长")]
    assert rows[2]["note"] == "另有任用" and rows[3]["note"] == "到龄退休"


def test_an_insurance_table_gives_each_cell_its_columns_unit(extracted):
    terms = [row for row in extracted.tables["insurance_terms"]
             if row["doc_number"] == "大足府办发〔2031〕20号"]
    figures = {(row["label"], row["amount"], row["unit"], row["per"]) for row in terms}
    assert ("保险金额", 900, "元", "每亩") in figures
    assert ("农户", 20, "%", None) in figures
    assert any(row["amount"] == 21.5 and row["unit"] == "万亩" for row in terms)
    shared = [row for row in terms if row["label"] == "区级财政"]
    assert [row["clause"].split("\t")[0] for row in shared] == ["杂交水稻", "常规水稻"]


def test_a_standards_table_headed_with_conditions_is_read(extracted):
    rows = extracted.tables["elderly_standards"]
    assert [row["category"] for row in rows] == ["经营规模", "经营管理", "带动作用"]
    assert "流转土地50亩以上" in rows[0]["requirement"]


def test_a_union_named_after_the_districts_prefix_is_an_organisation(extracted):
    items = [row for row in extracted.tables["service_items"] if row["batch"] == "第三十批"]
    departments = {row["department_id"] for row in extracted.tables["service_item_departments"]
                   if row["item_id"] in {item["item_id"] for item in items}}
    assert len(items) == 2 and len(departments) == 2
