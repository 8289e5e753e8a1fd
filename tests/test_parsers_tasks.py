"""Task-breakdown tables: fire-safety campaigns, work points, elderly-care duties."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict

import pytest

from scripts.text import squeeze

FIRE = "大足府办发〔2021〕12"
WORK_POINTS = "大足府办发〔2021〕36号"
ELDERLY = "大足府办发〔2021〕18号"


@pytest.fixture(scope="module")
def tasks_by_number(tables):
    """doc_number → task number → task row."""
    by_number: dict[str, dict[int, dict]] = defaultdict(dict)
    for task in tables["tasks"]:
        by_number[task["doc_number"]][task["number"]] = task
    return by_number


@pytest.fixture(scope="module")
def links(tables):
    """task_id → role → department ids, in printed order."""
    by_task: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for link in tables["task_departments"]:
        by_task[link["task_id"]][link["role"]].append(link["department_id"])
    return by_task


def _document(tables, doc_number):
    return next(d for d in tables["documents"] if d["doc_number"] == doc_number)


def _text_before_table(source_text, tables, doc_number, table_line):
    document = _document(tables, doc_number)
    start = document["source_line"]
    return squeeze(" ".join(source_text[line] for line in range(start, table_line)))


def test_each_table_has_its_tasks_numbered_without_gaps(tasks_by_number):
    assert {doc: len(tasks) for doc, tasks in tasks_by_number.items()} == {
        FIRE: 49, WORK_POINTS: 38, ELDERLY: 14}
    for tasks in tasks_by_number.values():
        assert sorted(tasks) == list(range(1, len(tasks) + 1))


def test_plans_are_named_by_the_plan_title(tasks_by_number, tables):
    plans = {doc: {task["plan"] for task in tasks.values()}
             for doc, tasks in tasks_by_number.items()}
    assert plans == {FIRE: {"大足区高层建筑消防安全综合治理工作方案"},
                     WORK_POINTS: {"2021年大足区政务服务工作要点"},
                     ELDERLY: {"大足区农村养老服务全覆盖实施方案"}}
    for doc, (plan,) in plans.items():
        assert f"印发{plan}的通知" in _document(tables, doc)["title"]


def test_fire_campaigns_are_the_nine_actions_the_plan_announces(tasks_by_number, source_text,
                                                                 tables):
    tasks = tasks_by_number[FIRE]
    plan_text = _text_before_table(source_text, tables, FIRE, tasks[1]["source_line"])
    announced = int(re.search(r"(\d+)项行动", plan_text)[1])
    campaigns = list(dict.fromkeys(task["campaign"] for task in tasks.values()))
    assert len(campaigns) == announced == 9
    for campaign in campaigns:  # every campaign is a heading of the plan's text
        assert campaign in plan_text
    assert Counter(task["campaign_lead_department_id"] for task in tasks.values()) == {
        "fire-rescue": 9 + 22, "housing-urban-rural-development": 4, "urban-management": 6,
        "economy-informatization": 5, "commerce": 3}


def test_row_wrapped_over_a_page_break_is_joined(tasks_by_number, links, tables):
    task = tasks_by_number[FIRE][10]
    assert task["source_line"] == 646
    assert task["campaign"] == "可燃雨棚、突出外墙防护网整治攻坚行动"
    assert task["campaign_lead"] == "区住房城乡建委"
    assert task["work_item"] == "强化发动引导"
    assert task["content"].endswith("积极引导业主自行拆改高层建筑可燃雨棚、突出外墙防护网。")
    assert task["responsible_units"] == "各镇街人民政府(办事处)、区城市管理局、区消防救援支队"
    assert links[task["task_id"]]["责任"] == ["all-towns", "urban-management", "fire-rescue"]
    assert links[task["task_id"]]["牵头"] == ["housing-urban-rural-development"]
    joins = [c for c in tables["corrections"] if c["rule"] == "join-lines"]
    assert {c["source_line"] for c in joins} >= {649, 670, 1016, 1028}
    assert tasks_by_number[FIRE][11]["source_line"] == 650


def test_campaign_tail_on_a_new_page_is_the_campaign_above(tasks_by_number):
    for number in (25, 26, 27):
        task = tasks_by_number[FIRE][number]
        assert task["campaign"] == "油气类安全隐患整治行动"
        assert task["campaign_lead_department_id"] == "commerce"
    assert tasks_by_number[FIRE][27]["work_item"] == "严格依法查处"


def test_carried_cells_and_the_shifted_row(tasks_by_number):
    tasks = tasks_by_number[FIRE]
    assert [tasks[n]["work_item"] for n in (28, 29, 30, 31)] == [
        "推行标准化管理", "推行标准化管理", "推行标准化管理", "强化网格化管理"]
    assert tasks[30]["content"].startswith("镇（街道）、社区、物业服务企业")
    assert tasks[30]["responsible_units"].endswith("区应急局、区规划自然资源局")
    assert tasks[38]["campaign"] == "居民消防安全素质提升行动"  # empty cell after a page break
    assert tasks[47]["work_item"] == "强化标准支撑"
    assert tasks[41]["campaign"] == "灭火应急能力提升行动"  # printed "行动 (牵头单位: …)"


def test_missing_and_not_applicable_units(tasks_by_number, links):
    tasks = tasks_by_number[FIRE]
    without_units = sorted(n for n, task in tasks.items() if task["responsible_units"] is None)
    assert without_units == [20, 21, 28, 38, 39, 43, 46, 48]
    assert tasks[41]["responsible_units"] == "不涉及"
    for number in [*without_units, 41]:
        assert "责任" not in links[tasks[number]["task_id"]]


@pytest.mark.parametrize(("number", "deadline_text", "deadline"), [
    (1, "2021年6月底前", dt.date(2021, 6, 30)),
    (20, "2021年6月底前；2021年12月底前", dt.date(2021, 12, 31)),
    (25, "2021年4月底前", dt.date(2021, 4, 30)),
    (2, None, None),
])
def test_fire_deadlines_come_from_the_content(tasks_by_number, number, deadline_text, deadline):
    task = tasks_by_number[FIRE][number]
    assert (task["deadline_text"], task["deadline"]) == (deadline_text, deadline)


def test_work_point_key_tasks_are_the_plans_twelve(tasks_by_number, source_text, tables):
    tasks = tasks_by_number[WORK_POINTS]
    plan_text = _text_before_table(source_text, tables, WORK_POINTS, tasks[1]["source_line"])
    key_tasks = list(dict.fromkeys(task["campaign"] for task in tasks.values()))
    assert len(key_tasks) == 12
    for number, key_task in enumerate(key_tasks, start=1):
        assert re.search(rf"[（(][一二三四五六七八九十]+[)）]{re.escape(key_task)}。", plan_text), (
            number, key_task)
    assert tasks[6]["campaign"] == "深化行政审批制度改革"  # carried down


def test_work_points_wrapped_over_page_breaks(tasks_by_number):
    tasks = tasks_by_number[WORK_POINTS]
    assert tasks[12]["content"].endswith(
        "推进高频政务服务事项办理向基层延伸,扩大镇(街道)、村(社区)“就近办”事项比例。")
    assert tasks[13]["content"].startswith("拓宽“7×24”小时自助终端")
    assert "业务协同、系统整合、数据共享" in tasks[21]["content"]
    assert tasks[22]["source_line"] == 1029


def test_work_point_units_and_deadlines(tasks_by_number, links):
    tasks = tasks_by_number[WORK_POINTS]
    first = tasks[1]
    assert first["lead_units"] == "区司法局 区政务服务管理办"
    assert links[first["task_id"]] == {"牵头": ["justice", "government-services-office"],
                                       "配合": ["all-district-departments", "all-towns"]}
    assert (first["deadline_text"], first["deadline"]) == ("持续推进", None)
    assert tasks[6]["deadline"] == dt.date(2021, 6, 30)
    assert tasks[32]["deadline"] == dt.date(2021, 4, 30)
    assert tasks[9]["deadline_text"] is None
    assert links[tasks[16]["task_id"]]["配合"] == ["economy-informatization", "urban-management"]
    assert links[tasks[33]["task_id"]]["配合"] == ["public-resources-trading-center",
                                                  "all-district-departments"]
    assert links[tasks[34]["task_id"]]["牵头"] == [  # 区科技局 区生态环境局等区级有关部门
        "science-technology", "ecology-environment", "all-district-departments"]


def test_elderly_duties_are_the_plans_main_tasks(tasks_by_number, links, source_text, tables):
    tasks = tasks_by_number[ELDERLY]
    plan_text = _text_before_table(source_text, tables, ELDERLY, tasks[1]["source_line"])
    for number, task in tasks.items():
        assert re.search(rf"[（(][一二三四五六七八九十]+[)）]{re.escape(task['content'])}。",
                         plan_text), number
        assert "all-towns" in links[task["task_id"]]["责任"]
        assert links[task["task_id"]]["牵头"] == links[task["task_id"]]["责任"][:1]
    assert [tasks[n]["lead_units"] for n in (1, 11, 12, 13, 14)] == [
        "区民政局", "区卫生健康委", "区经济信息委", "区人社局", "区农业农村委"]
    assert links[tasks[1]["task_id"]]["责任"] == [
        "civil-affairs", "development-reform", "finance", "housing-urban-rural-development",
        "planning-natural-resources", "disabled-persons-federation", "all-towns"]


def test_every_task_starts_on_its_source_line(tables, source_text):
    for task in tables["tasks"]:
        line = squeeze(source_text[task["source_line"]])
        assert task["content"][:8] in line, task["task_id"]


def test_every_printed_unit_cell_is_linked(tables, links):
    roles = {"lead_units": "牵头", "responsible_units": "责任", "cooperating_units": "配合"}
    for task in tables["tasks"]:
        for column, role in roles.items():
            if task[column] and task[column] != "不涉及":
                assert links[task["task_id"]][role], (task["task_id"], column)
    keys = [(link["task_id"], link["department_id"], link["role"])
            for link in tables["task_departments"]]
    assert len(keys) == len(set(keys))
