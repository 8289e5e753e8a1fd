"""A task table whose two units columns print no role (主管部门 | 实施单位: each label only ends
in 部门 / 单位) reads the first as the lead and the second as the supporting units, the
gazette's order; its tasks numbered under 项次 and headed 任务事项 read like 序号 | 工作任务."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.parsers.tasks import header_roles, task_columns
from tests.parsers.synthetic import task_rows

TITLE = "重庆市大足区人民政府办公室关于印发大足区农村饮水安全巩固提升工作方案的通知"
HEADER = "项次\t任务事项\t主管部门\t实施单位\t截止时间"
PLAN = [
    TITLE,
    "大足府办发〔2039〕14号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "现将《大足区农村饮水安全巩固提升工作方案》印发给你们，请认真贯彻执行。",
    "重庆市大足区人民政府办公室",
    "2039年5月6日",
    "大足区农村饮水安全巩固提升工作方案",
    HEADER,
    "（一）水源保护",
    "1\t划定千人以上水源保护范围\t区生态环境局\t区水利局、各镇街\t2039年8月31日前",
    "2\t清理保护区内排污口\t区水利局\t各镇街\t2039年10月底前",
    "（二）管网改造",
    "3\t改造老旧供水管网，更换\t区水利局\t区财政局\t2039年12月31日前",
    "\t入户水表\t\t\t",
]


@pytest.fixture
def tasks(tmp_path: Path) -> list[dict]:
    return task_rows(tmp_path, PLAN, TITLE, "大足府办发〔2039〕14号")


def test_the_first_unlabelled_units_column_leads_and_the_second_supports(tasks):
    assert [(task["number"], task["lead_units"], task["cooperating_units"],
             task["responsible_units"]) for task in tasks] == [
        (1, "区生态环境局", "区水利局、各镇街", None), (2, "区水利局", "各镇街", None),
        (3, "区水利局", "区财政局", None)]


def test_numbered_task_items_under_their_groups(tasks):
    assert [(task["number"], task["campaign"], task["content"], str(task["deadline"]))
            for task in tasks] == [
        (1, "水源保护", "划定千人以上水源保护范围", "2039-08-31"),
        (2, "水源保护", "清理保护区内排污口", "2039-10-31"),
        (3, "管网改造", "改造老旧供水管网，更换入户水表", "2039-12-31")]


@pytest.mark.parametrize(("header", "units"), [
    (["序号", "工作任务", "责任单位", "配合单位"],
     {"responsible_units": 2, "cooperating_units": 3}),  # a supporting column printed: as is
    (["序号", "工作任务", "牵头部门", "责任单位"], {"lead_units": 2, "responsible_units": 3}),
    (["序号", "工作任务", "责任单位", "完成时限"], {"responsible_units": 2}),  # one column alone
])
def test_units_columns_printing_their_roles_keep_them(header, units):
    columns = task_columns(header, header_roles(None))
    assert columns is not None and columns.units == units
