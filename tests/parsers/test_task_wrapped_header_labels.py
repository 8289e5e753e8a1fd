"""A task table whose header labels wrap over two lines in narrow columns (主抓 over 单位,
完成 over 时限) reads each column by its whole label, across a page break that prints both
header lines again; a spanning label over its sub-columns (责任部门 over 牵头 | 配合) still
gives each column the label below it."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.parsers.tasks import header_roles, two_line_header
from tests.parsers.synthetic import task_rows

TITLE = "重庆市大足区人民政府办公室关于印发大足区农贸市场提档升级实施方案的通知"
HEADER = ["序号\t工作内容\t主抓\t协作\t完成", "\t\t单位\t单位\t时限"]
PLAN = [
    TITLE,
    "大足府办发〔2039〕11号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "现将《大足区农贸市场提档升级实施方案》印发给你们，请认真贯彻执行。",
    "重庆市大足区人民政府办公室",
    "2039年4月8日",
    "大足区农贸市场提档升级实施方案",
    *HEADER,
    "1\t完成农贸市场摸底评估\t区商务委\t各镇街\t2039年5月31日前",
    "2\t改造市场排水和冷链设施\t区商务委\t区市场监管局、区城市管理局\t2039年10月底前",
    "重庆市大足区人民政府公报　2039年第4期　·12·",
    *HEADER,
    "3\t建立市场食品安全快检室\t区市场监管局\t区商务委\t2039年12月31日前",
]


@pytest.fixture
def tasks(tmp_path: Path) -> list[dict]:
    return task_rows(tmp_path, PLAN, TITLE, "大足府办发〔2039〕11号")


def test_wrapped_labels_give_each_column_its_role(tasks):
    assert [(task["number"], task["lead_units"], task["cooperating_units"],
             task["responsible_units"]) for task in tasks] == [
        (1, "区商务委", "各镇街", None),
        (2, "区商务委", "区市场监管局、区城市管理局", None),
        (3, "区市场监管局", "区商务委", None)]


def test_the_deadline_column_and_the_page_break(tasks):
    assert [(task["content"], str(task["deadline"])) for task in tasks] == [
        ("完成农贸市场摸底评估", "2039-05-31"), ("改造市场排水和冷链设施", "2039-10-31"),
        ("建立市场食品安全快检室", "2039-12-31")]


def test_a_spanning_label_gives_its_columns_the_labels_below_it():
    roles = header_roles(None)
    assert two_line_header(["序号", "工作内容", "责任部门", "", "完成时限"],
                           ["", "", "牵头", "配合", ""], roles) == [
        "序号", "工作内容", "牵头", "配合", "完成时限"]
