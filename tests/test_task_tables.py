"""Task tables of plans on topics issue 1 does not have, read by their header labels."""

from collections import defaultdict

import pytest

from scripts.parsers.tasks import header_roles, task_columns
from tests.kinds import snippets
from tests.kinds.synthetic import Doc, by_title, extract_text, issue_text


@pytest.fixture(scope="module")
def issue(tmp_path_factory):
    return extract_text(issue_text(snippets.river_plan(), snippets.SAFETY_NOTICE),
                        tmp_path_factory.mktemp("tasks"))


def _tasks(context, fragment):
    document = by_title(context, fragment)
    return [task for task in context.tables["tasks"] if task["document_id"] == document.document_id]


def test_a_plan_on_a_new_topic_with_a_20_row_table_yields_20_tasks(issue):
    tasks = _tasks(issue, "河长制")
    assert [task["number"] for task in tasks] == list(range(1, 21))
    assert {task["table_kind"] for task in tasks} == {
        "序号 | 重点任务 | 工作措施 | 牵头部门 | 协办单位 | 时间节点"}
    assert {task["plan"] for task in tasks} == {"大足区全面推行河长制工作方案"}
    assert {task["attachment"] for task in tasks} == {1}


def test_group_cells_carry_down_without_their_ordinal(issue):
    tasks = _tasks(issue, "河长制")
    assert [task["campaign"] for task in tasks[:6]] == ["河道治理第1组"] * 5 + ["河道治理第2组"]


def test_a_row_wrapped_within_a_page_and_one_cut_by_a_page_break_are_joined(issue):
    tasks = {task["number"]: task for task in _tasks(issue, "河长制")}
    assert tasks[3]["content"] == "落实第3项河道整治措施，建立巡河台账。"
    assert tasks[12]["content"] == "落实第12项河道整治措施，建立巡河台账。"
    assert tasks[12]["deadline_text"] == "持续推进" and tasks[12]["deadline"] is None
    assert tasks[13]["source_line"] > tasks[12]["source_line"] + 2  # the repeated header skipped
    joins = [repair for repair in issue.source_text.repairs if repair.rule == "join-lines"]
    assert len(joins) >= 2


def test_units_are_linked_by_the_role_their_header_gives(issue):
    roles = defaultdict(set)
    tasks = _tasks(issue, "河长制")
    ids = {task["task_id"] for task in tasks}
    for link in issue.tables["task_departments"]:
        if link["task_id"] in ids:
            roles[link["role"]].add(link["department_id"])
    assert roles["牵头"] == {"water-resources", "ecology-environment", "agriculture-rural-affairs",
                           "forestry", "urban-management"}
    assert roles["配合"] == {"all-towns"}
    assert str(tasks[0]["deadline"]) == "2021-12-31"


def test_a_table_in_the_notice_itself_numbered_in_its_text(issue):
    tasks = _tasks(issue, "安全生产")
    assert [(task["number"], task["content"]) for task in tasks] == [
        (1, "开展危险化学品企业全面排查。"), (2, "开展建筑施工安全专项检查。"),
        (3, "开展道路交通安全隐患排查整治。")]
    assert {task["attachment"] for task in tasks} == {None}
    assert {task["plan"] for task in tasks} == {by_title(issue, "安全生产").title}
    # no 牵头 column: the first unit of the 责任单位 cell leads
    assert [task["lead_units"] for task in tasks] == ["区应急局", "区住房城乡建委", "区交通局"]
    assert str(tasks[0]["deadline"]) == "2021-09-30"


PLAN_WITH = """
重庆市大足区人民政府办公室关于印发大足区秸秆禁烧工作方案的通知

大足府办发〔2021〕30号

各镇街人民政府（办事处）：

现印发给你们。

重庆市大足区人民政府办公室

2021年9月1日

附件

任务分解

{table}
"""


def _plan(tmp_path, table):
    doc = Doc("区政府办公室文件", "重庆市大足区人民政府办公室关于印发大足区秸秆禁烧工作方案的通知",
              PLAN_WITH.format(table=table))
    return extract_text(issue_text(doc), tmp_path)


def test_an_uncurated_task_column_is_read_and_its_label_reported(tmp_path):
    context = _plan(tmp_path, "序号\t禁烧手段\t责任单位\n1\t开展巡查。\t区农业农村委\n"
                              "2\t加强宣传。\t区生态环境局")
    assert [task["content"] for task in context.tables["tasks"]] == ["开展巡查。", "加强宣传。"]
    flagged = [item for item in context.review if "禁烧手段" in item.what]
    assert flagged and flagged[0].curated_file == "sources/vocab/task_headers.csv"
    assert flagged[0].suggested_row == "禁烧手段,task,"


def test_a_task_header_with_no_rows_is_reported_not_silent(tmp_path):
    context = _plan(tmp_path, "工作任务\t责任单位\t完成时限\n\t\t")
    assert context.tables["tasks"] == []
    assert any("yields no task" in item.what for item in context.review)


def test_a_row_with_a_stray_tab_keeps_its_text_in_the_last_cell(tmp_path):
    context = _plan(tmp_path, "工作任务\t责任单位\n开展巡查。\t区农业农村委\t区林业局")
    assert [(task["content"], task["responsible_units"]) for task in context.tables["tasks"]] == [
        ("开展巡查。", "区农业农村委 区林业局")]
    assert any(repair.rule == "join-cells" for repair in context.source_text.repairs)


def test_uncurated_group_and_task_columns_are_read_and_each_reported(tmp_path):
    context = _plan(tmp_path, "序号\t整治方面\t整治事项\t责任单位\t完成时限\n"
                              "1\t道路\t整治占道经营。\t区城市管理局\t2021年10月\n"
                              "2\t\t整治违章停车。\t区公安局\t2021年11月")
    assert [(task["campaign"], task["content"], str(task["deadline"]))
            for task in context.tables["tasks"]] == [
        ("道路", "整治占道经营。", "2021-10-31"), ("道路", "整治违章停车。", "2021-11-30")]
    assert sorted(item.suggested_row for item in context.review) == ["整治事项,task,",
                                                                      "整治方面,group,"]


def test_an_uncurated_column_left_of_a_curated_task_column_groups_its_tasks(tmp_path):
    context = _plan(tmp_path, "序号\t治理阶段\t工作任务\t牵头单位\t完成时限\n"
                              "1\t源头防控\t开展巡查。\t区农业农村委\t2021年10月\n"
                              "2\t\t加强宣传。\t区生态环境局\t2021年11月\n"
                              "3\t末端利用\t推广还田。\t区农业农村委\t2021年12月")
    assert [(task["campaign"], task["content"]) for task in context.tables["tasks"]] == [
        ("源头防控", "开展巡查。"), ("源头防控", "加强宣传。"), ("末端利用", "推广还田。")]
    assert [item.suggested_row for item in context.review] == ["治理阶段,group,"]


def test_unit_and_deadline_columns_are_known_by_their_endings(tmp_path):
    context = _plan(tmp_path, "序号\t工作板块\t主要任务\t主抓单位\t协作单位\t进度时限\n"
                              "1\t育秧\t推广集中育秧。\t区农业农村委\t各镇街\t2022年4月")
    (task,) = context.tables["tasks"]
    assert (task["campaign"], task["content"], task["lead_units"], task["cooperating_units"],
            str(task["deadline"])) == ("育秧", "推广集中育秧。", "区农业农村委", "各镇街",
                                       "2022-04-30")


def test_group_heading_rows_name_the_tasks_below_them(tmp_path):
    context = _plan(tmp_path, "序号\t工作任务\t责任单位\n"
                              "一、秸秆禁烧\t\t\n1\t开展巡查。\t区农业农村委\n2\t加强宣传。\t区生态环境局\n"
                              "二、综合利用\t\t\n3\t推广还田。\t区农业农村委")
    assert [(task["number"], task["campaign"], task["content"])
            for task in context.tables["tasks"]] == [
        (1, "秸秆禁烧", "开展巡查。"), (2, "秸秆禁烧", "加强宣传。"), (3, "综合利用", "推广还田。")]


def test_a_second_header_line_is_no_task_and_a_row_without_text_is_reported(tmp_path):
    context = _plan(tmp_path, "序号\t工作任务\t责任单位\t\t完成时限\n"
                              "\t\t牵头单位\t配合单位\t\n"
                              "1\t开展巡查。\t区农业农村委\t区林业局\t2021年10月\n"
                              "2\t\t区生态环境局\t\t")
    assert [task["content"] for task in context.tables["tasks"]] == ["开展巡查。"]
    assert [item.what for item in context.review] == ["task row without task text"]


def test_a_page_number_between_a_tables_pages_neither_ends_nor_restarts_it(tmp_path):
    context = _plan(tmp_path, "序号\t工作任务\t责任单位\n1\t开展巡查，\t区农业农村委\n\n— 5 —\n\n"
                              "序号\t工作任务\t责任单位\n\t每周一次。\t\n2\t加强宣传。\t区生态环境局")
    assert [(task["task_id"][-4:], task["content"]) for task in context.tables["tasks"]] == [
        ("-t01", "开展巡查，每周一次。"), ("-t02", "加强宣传。")]


def test_a_numbered_row_after_a_page_break_is_a_new_task_even_when_the_last_stops_unpunctuated(
        tmp_path):
    context = _plan(tmp_path, "序号\t工作任务\t责任单位\n1\t开展巡查\t区农业农村委\n\n· 5 ·\n\n"
                              "序号\t工作任务\t责任单位\n2\t加强宣传\t区生态环境局")
    assert [(task["task_id"][-4:], task["content"]) for task in context.tables["tasks"]] == [
        ("-t01", "开展巡查"), ("-t02", "加强宣传")]


def test_a_header_label_ending_with_a_curated_one_takes_its_role():
    header = ["序号", "具体工作任务", "主要牵头单位", "协助配合单位", "办结时限"]
    columns = task_columns(header, header_roles(None))
    assert columns.content == 1
    assert columns.units == {"lead_units": 2, "cooperating_units": 3}
    assert (columns.deadline, columns.unknown) == (4, [])  # 办结时限 ends with 时限


def test_columns_named_by_a_curated_ending_take_its_role(tmp_path):
    # 工作举措 and 具体要求 end as task columns do; 时间要求 ends longer, a deadline
    context = _plan(tmp_path, "序号\t工作事项\t工作举措\t责任单位\t时间要求\n"
                              "1\t巡查\t开展巡查。\t区农业农村委\t2039年6月底\n"
                              "2\t宣传\t加强宣传。\t区生态环境局\t2039年7月31日")
    assert [(task["content"], str(task["deadline"])) for task in context.tables["tasks"]] == [
        ("开展巡查。", "2039-06-30"), ("加强宣传。", "2039-07-31")]
    context = _plan(tmp_path, "序号\t具体要求\t责任单位\n1\t开展巡查。\t区农业农村委")
    assert [task["content"] for task in context.tables["tasks"]] == ["开展巡查。"]


def test_a_group_column_printed_right_of_the_task_text_groups_its_tasks(tmp_path):
    # the stage last, on every row (… | 完成时限 | 推进环节); 环节 ends a curated group label
    context = _plan(tmp_path, "序号\t工作任务\t责任单位\t完成时限\t推进环节\n"
                              "1\t开展巡查。\t区农业农村委\t2039年3月\t宣传发动\n"
                              "2\t加强宣传。\t区生态环境局\t2039年4月\t宣传发动\n"
                              "3\t推广还田。\t区农业农村委\t2039年9月\t综合利用")
    assert [(task["campaign"], task["content"], str(task["deadline"]))
            for task in context.tables["tasks"]] == [
        ("宣传发动", "开展巡查。", "2039-03-31"), ("宣传发动", "加强宣传。", "2039-04-30"),
        ("综合利用", "推广还田。", "2039-09-30")]
    assert context.review == []
