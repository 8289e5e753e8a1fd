"""Layouts a later issue printed: a catalogue grouped under department lines with the running
head at a page break, an insurance notice headed as residents ask (（一）谁来参保。), and a
scoring table whose rule column is read with its requirement. Written in other wording."""

from __future__ import annotations

import pytest

from tests.kinds.synthetic import Doc, extract_text, issue_text

OFFICE = "区政府办公室文件"

GROUPED = Doc(OFFICE, "重庆市大足区人民政府办公室关于印发大足区“就近办”事项清单（第二十批）"
              "的通知", """
重庆市大足区人民政府办公室 关于印发大足区“就近办”事项清单（第二十批）的通知

大足府办发〔2030〕70号

各镇街人民政府（办事处）：

本批共5项事项下放镇街办理。现印发给你们。

重庆市大足区人民政府办公室

2030年5月6日

大足区“就近办”事项清单（第二十批）

序号	事项名称	事项性质	是否下放镇街	是否下放村社
一、区民政局（2项）
1	临时救助对象认定	行政给付	✓	✓
2	特困人员认定	行政给付	✓
二、区医保局（3项）
3	城乡居民基本医疗保险参保登记	公共服务	✓	✓
— 9 —
重庆市大足区人民政府公报　2030年第5期
序号	事项名称	事项性质	是否下放镇街	是否下放村社
4	医疗救助申请	行政给付	✓
5	生育医疗费用零星报销	公共服务	✓
""")

INSURED = Doc(OFFICE, "重庆市大足区人民政府办公室关于实施独居老人意外保险项目的通知", """
重庆市大足区人民政府办公室 关于实施独居老人意外保险项目的通知

大足府办发〔2030〕72号

各镇街人民政府（办事处），区政府有关部门：

为减轻独居老人意外伤害负担，现就有关事项通知如下：

（一）谁来参保。具有大足区户籍的独居老人，约1.2万人。

（二）交多少钱。保费每人每年40元，全部由区财政承担。

（三）保什么、赔多少。意外身故的，赔付保险金3万元。

（四）谁来承保。本项目由中国人寿财产保险股份有限公司重庆分公司承保。

（五）谁负责什么。区民政局牵头组织实施；各镇街负责摸底登记。

重庆市大足区人民政府办公室

2030年5月8日
""")

SCORED = Doc(OFFICE, "重庆市大足区人民政府办公室关于印发大足区垃圾分类考核办法的通知", """
重庆市大足区人民政府办公室 关于印发大足区垃圾分类考核办法的通知

大足府办发〔2030〕74号

各镇街人民政府（办事处）：

现将考核办法印发给你们，请认真执行。

重庆市大足区人民政府办公室

2030年5月9日

附件

大足区垃圾分类考核评分细则

考核项目	分值	考核内容	评分细则
宣传动员	20	每月开展1次入户宣传	少一次扣5分
设施配置	40	小区分类投放点覆盖率达到100%	每低1个百分点扣1分
		分类收运车辆标识齐全	发现一辆不符合扣2分
""")


TABLED = Doc("区政府文件", "重庆市大足区人民政府关于周明远等同志任免职务的通知", """
重庆市大足区人民政府 关于周明远等同志任免职务的通知

大足府人〔2030〕9号

区政府各部门，有关单位：

经区政府研究，决定对下列同志职务予以任免：

姓  名	任免职务	备注
周明远	任区统计局副局长	试用期一年
吴  佳	任区商务委副主任
	免去区应急局副局长职务
何晓梅	免去区林业局副局长职务	另有任用

重庆市大足区人民政府

2030年5月10日
""")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(GROUPED, INSURED, SCORED, TABLED),
                        tmp_path_factory.mktemp("six"))


def test_a_table_of_decisions_gives_one_appointment_a_row(extracted):
    rows = [row for row in extracted.tables["appointments"]
            if row["doc_number"] == "大足府人〔2030〕9号"]
    assert [(row["person"], row["action"]) for row in rows] == [
        ("周明远", "任命"), ("吴佳", "任命"), ("吴佳", "免去"), ("何晓梅", "免去")]
    assert "试用期一年" in (rows[0]["note"] or "") and not rows[1]["note"]


def test_items_grouped_under_department_lines_and_across_a_running_head(extracted):
    items = [row for row in extracted.tables["service_items"] if row["batch"] == "第二十批"]
    assert [row["seq"] for row in items] == [1, 2, 3, 4, 5]
    assert items[4]["implementer"] == "区医保局"
    assert (items[1]["to_town"], items[1]["to_village"]) == (True, False)


def test_an_insurance_notice_headed_as_residents_ask_is_read(extracted):
    terms = [row for row in extracted.tables["insurance_terms"]
             if row["doc_number"] == "大足府办发〔2030〕72号"]
    topics = {row["topic"] for row in terms}
    assert {"covered", "premium", "payout"} <= topics
    assert any(row["amount"] == 40 for row in terms if row["topic"] == "premium")
    duties = [row for row in extracted.tables["insurance_duties"]
              if row["document_id"] == terms[0]["document_id"]]
    assert any(row["department"] == "区民政局" for row in duties)


def test_a_scoring_rule_is_read_with_its_requirement(extracted):
    rows = extracted.tables["elderly_standards"]
    assert [row["category"] for row in rows] == ["宣传动员", "设施配置", "设施配置"]
    assert rows[0]["requirement"] == "每月开展1次入户宣传；少一次扣5分"
