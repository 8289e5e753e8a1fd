"""Layouts a later issue printed: appointments as one line per decision, the name then its verb
(张  三　任…局长 / 李四　不再担任…职务) with no ； between them, and notes after them; a table of
decisions whose columns are the decision, the post with its organisation and a remark
(序号 | 姓名 | 任免 | 单位及职务 | 说明); a task table grouped by lettered lines (Ａ、…) with a
column of targets between the task and its units (量化目标) and units headed 牵头落实单位 /
协同推进单位; a roster with each role on a line of its own over its members; units headed
协同部门（单位）; a table of controls (管控事项 | 适用范围 | 管控要求) as a standards annex; a
notice's clauses headed 关于签约期限。 Written in other wording."""

from __future__ import annotations

import pytest

from tests.kinds.synthetic import Doc, by_title, extract_text, issue_text

CITY = "区政府文件"
OFFICE = "区政府办公室文件"

LINES = Doc(CITY, "关于王立新等同志职务任免的通知", """
重庆市大足区人民政府 关于王立新等同志职务任免的通知

大足府人〔2041〕12号

各镇人民政府、街道办事处，区政府各部门：

2041年4月2日，区政府常务会议研究决定：

王立新　任重庆市大足区统计局副局长（试用期一年）
陈  欣　任重庆市大足区宝顶镇人民政府副镇长

陈  欣　不再担任重庆市大足区统计局副局长职务
刘大海　不再担任重庆市大足区宝顶镇人民政府副镇长职务（另有任用）

试用期自本通知印发之月起计算。

重庆市大足区人民政府

2041年4月6日
""")

TABLED = Doc(CITY, "关于聘任和解聘区中医院领导人员的通知", """
重庆市大足区人民政府 关于聘任和解聘区中医院领导人员的通知

大足府人〔2041〕13号

区卫生健康委：

经区政府常务会议同意，现将有关事项通知如下：

序号	姓名	任免	单位及职务	说明
1	邓  明	聘任	重庆市大足区中医院副院长	试用期一年
2	孙  岚	解聘	重庆市大足区中医院副院长	已到龄退休

重庆市大足区人民政府

2041年4月8日
""")

PLAN = Doc(OFFICE, "关于印发大足区2041年塘库整治实施方案的通知", """
重庆市大足区人民政府办公室 关于印发大足区2041年塘库整治实施方案的通知

大足府办发〔2041〕40号

各镇街，区级有关部门：

《大足区2041年塘库整治实施方案》已经区政府同意，现印发给你们，请认真贯彻执行。

重庆市大足区人民政府办公室

2041年4月10日

大足区2041年塘库整治实施方案

序号	任务内容	量化目标	牵头落实单位	协同推进单位	完成节点
Ａ、塘库清淤
1	清理山坪塘淤泥	200口	各镇街	区水利局	2041年6月30日
2	加固小型水库坝体	5座	区水利局	区财政局、有关镇街	2041年9月30日
Ｂ、长效管护
3	落实塘库管护人员	全覆盖	各镇街	区水利局	2041年12月31日
""")

DOCUMENTS = (LINES, TABLED, PLAN)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(*DOCUMENTS), tmp_path_factory.mktemp("sixteen"))


def _appointments(extracted, doc_number):
    return [(row["person"], row["action"], row["post"], row["note"])
            for row in extracted.tables["appointments"] if row["doc_number"] == doc_number]


def test_one_line_per_decision_name_then_verb_is_one_entry_each(extracted):
    assert _appointments(extracted, "大足府人〔2041〕12号") == [
        ("王立新", "任命", "重庆市大足区统计局副局长", "试用期一年"),
        ("陈欣", "任命", "重庆市大足区宝顶镇人民政府副镇长", None),
        ("陈欣", "免去", "重庆市大足区统计局副局长", None),
        ("刘大海", "免去", "重庆市大足区宝顶镇人民政府副镇长", "另有任用")]


def test_a_table_with_a_column_of_decisions_and_posts_with_their_organisation(extracted):
    assert _appointments(extracted, "大足府人〔2041〕13号") == [
        ("邓明", "任命", "重庆市大足区中医院副院长", "试用期一年"),
        ("孙岚", "免去", "重庆市大足区中医院副院长", "已到龄退休")]


def test_task_groups_lettered_and_a_target_column_beside_the_task(extracted):
    plan = by_title(extracted, "塘库整治").document_id
    tasks = [(row["number"], row["campaign"], row["content"], row["lead_units"],
              row["cooperating_units"], str(row["deadline"]))
             for row in extracted.tables["tasks"] if row["document_id"] == plan]
    assert tasks == [
        (1, "塘库清淤", "清理山坪塘淤泥", "各镇街", "区水利局", "2041-06-30"),
        (2, "塘库清淤", "加固小型水库坝体", "区水利局", "区财政局、有关镇街", "2041-09-30"),
        (3, "长效管护", "落实塘库管护人员", "各镇街", "区水利局", "2041-12-31")]


ROSTER = Doc(OFFICE, "关于成立大足区节约用电工作领导小组的通知", """
重庆市大足区人民政府办公室 关于成立大足区节约用电工作领导小组的通知

大足府办发〔2041〕44号

各镇街，区政府各部门：

经区政府同意，成立大足区节约用电工作领导小组。现将组成人员通知如下：

组长

孙海涛　区政府副区长

副组长

王  敏　区经济信息委主任

成员

李志刚　区财政局副局长
赵  燕　区商务委副主任

领导小组办公室设在区经济信息委，王敏同志兼任办公室主任。

重庆市大足区人民政府办公室

2041年4月12日
""")

STANDARDS = Doc(OFFICE, "关于印发大足区2041年河道管理实施方案的通知", """
重庆市大足区人民政府办公室 关于印发大足区2041年河道管理实施方案的通知

大足府办发〔2041〕46号

各镇街，区级有关部门：

《大足区2041年河道管理实施方案》已经区政府同意，现印发给你们，请认真贯彻执行。

重庆市大足区人民政府办公室

2041年4月15日

大足区2041年河道管理实施方案

序号	任务分类	具体举措	牵头部门（单位）	协同部门（单位）	完成时限
1	巡河护河	落实河道日常巡查	各镇街	区水利局	2041年6月30日前
2		清理河道垃圾	区城市管理局	各镇街	2041年9月30日前

附件

河道管理区管控要求

序号	管控事项	适用范围	管控要求
1	禁止行为	河道管理范围内	禁止倾倒垃圾、渣土
2	建设管控	河道两侧10米内	不得新建永久性建筑
""")


@pytest.fixture(scope="module")
def more(tmp_path_factory):
    return extract_text(issue_text(ROSTER, STANDARDS), tmp_path_factory.mktemp("sixteen-more"))


def test_each_role_on_a_line_of_its_own_over_its_members(more):
    members = [(row["role"], row["name"]) for row in more.tables["leading_group_members"]]
    assert members == [("组长", "孙海涛"), ("副组长", "王敏"), ("成员", "李志刚"),
                       ("成员", "赵燕")]


def test_a_units_column_qualified_by_the_kind_of_unit_keeps_its_role(more):
    tasks = [(row["campaign"], row["lead_units"], row["cooperating_units"])
             for row in more.tables["tasks"]]
    assert tasks == [("巡河护河", "各镇街", "区水利局"), ("巡河护河", "区城市管理局", "各镇街")]


def test_a_table_of_controls_is_a_standards_annex(more):
    rows = [(row["category"], row["requirement"]) for row in more.tables["elderly_standards"]]
    assert rows == [("禁止行为", "禁止倾倒垃圾、渣土；河道管理范围内"),  # where it applies, with it
                    ("建设管控", "不得新建永久性建筑；河道两侧10米内")]
