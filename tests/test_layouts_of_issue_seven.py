"""Layouts a later issue printed: a task table whose groups are named on lines without tabs
((一)…（N项）) and whose header is printed again after a page break, a recurring deadline
(每年…), short unit headers (牵头 | 配合 | 进度要求), a standards table numbered with codes
(编号 A1), and an insurance notice whose sections are numbered 1．2．. Written in other
wording."""

from __future__ import annotations

import pytest

from tests.kinds.synthetic import Doc, extract_text, issue_text

OFFICE = "区政府办公室文件"

PLAN = Doc(OFFICE, "重庆市大足区人民政府办公室关于印发大足区城镇燃气安全整治工作方案的通知", """
重庆市大足区人民政府办公室 关于印发大足区城镇燃气安全整治工作方案的通知

大足府办发〔2032〕30号

各镇街人民政府（办事处）：

现将《大足区城镇燃气安全整治工作方案》印发给你们，请认真贯彻执行。

重庆市大足区人民政府办公室

2032年3月1日

附件1

大足区城镇燃气安全整治任务清单

序号	任务名称	牵头	配合	进度要求
（一）隐患排查（2项）
1	对餐饮场所燃气管道开展全面排查	区住房城乡建委	区市场监管局	2032年6月底前
2	建立燃气用户隐患台账	区住房城乡建委	各镇街	每年12月底前更新
重庆市大足区人民政府公报　　2032年第3期　　·9·
序号	任务名称	牵头	配合	进度要求
（二）整改销号（1项）
3	对排查出的隐患逐项整改销号	区应急局	区住房城乡建委	2032年12月

附件2

大足区燃气场所安全管理标准

编号	管理对象	管理要求	检查频次
A1	餐饮场所	安装可燃气体报警装置	每月1次
A2		燃气软管每2年更换一次	每季度1次
""")

INSURED = Doc(OFFICE, "重庆市大足区人民政府办公室关于做好2032年度柑橘种植保险工作的通知", """
重庆市大足区人民政府办公室 关于做好2032年度柑橘种植保险工作的通知

大足府办发〔2032〕32号

各镇街人民政府（办事处）：

现就做好2032年度柑橘种植保险工作通知如下：

1．保费标准

柑橘每亩保费60元，区级财政补贴50%。

2．承保机构

由中国人民财产保险股份有限公司大足支公司承保。

重庆市大足区人民政府办公室

2032年3月3日
""")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(PLAN, INSURED), tmp_path_factory.mktemp("seven"))


def test_groups_named_on_lines_without_tabs_keep_the_table_across_a_page(extracted):
    tasks = extracted.tables["tasks"]
    assert [row["number"] for row in tasks] == [1, 2, 3]
    assert [row["campaign"] for row in tasks] == ["隐患排查", "隐患排查", "整改销号"]
    assert tasks[0]["lead_units"] == "区住房城乡建委"
    assert tasks[0]["cooperating_units"] == "区市场监管局"


def test_a_recurring_deadline_names_no_date(extracted):
    tasks = extracted.tables["tasks"]
    assert str(tasks[0]["deadline"]) == "2032-06-30"
    assert tasks[1]["deadline"] is None and tasks[1]["deadline_text"] == "每年12月底前更新"


def test_a_standards_table_numbered_with_codes_is_read(extracted):
    rows = extracted.tables["elderly_standards"]
    assert [row["category"] for row in rows] == ["餐饮场所", "餐饮场所"]
    assert rows[1]["requirement"].startswith("燃气软管每2年更换一次")


def test_insurance_sections_numbered_with_arabic_numerals_are_read(extracted):
    terms = extracted.tables["insurance_terms"]
    assert {"premium", "insurer"} <= {row["topic"] for row in terms}
    assert any(row["amount"] == 60 and row["topic"] == "premium" for row in terms)
