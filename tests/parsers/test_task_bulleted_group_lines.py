"""A task table whose groups are named on lines opened by a list mark (◆ 源头减量), printed
across the table without tabs, reads one table: each group names the rows below it, across a
page break whose running head and repeated header come between two rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.synthetic import task_rows

TITLE = "重庆市大足区人民政府办公室关于印发大足区餐厨垃圾治理工作方案的通知"
HEADER = "序号\t具体任务\t牵头单位\t配合单位\t完成时限"
PLAN = [
    TITLE,
    "大足府办发〔2039〕7号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "现将《大足区餐厨垃圾治理工作方案》印发给你们，请认真贯彻执行。",
    "重庆市大足区人民政府办公室",
    "2039年3月2日",
    "大足区餐厨垃圾治理工作方案",
    HEADER,
    "◆ 源头减量",
    "1\t开展餐厨垃圾分类宣传进社区\t区城市管理局\t各镇街\t2039年6月底前",
    "2\t推广光盘行动\t区商务委\t区市场监管局\t持续推进",
    "重庆市大足区人民政府公报　2039年第3期　·9·",
    HEADER,
    "3\t规范餐饮单位收运台账\t区市场监管局\t区城市管理局\t2039年9月30日前",
    "■ 末端处置",
    "4\t建设餐厨垃圾处理厂\t区城市管理局\t区发展改革委、区财政局\t2039年12月31日前",
]


@pytest.fixture
def tasks(tmp_path: Path) -> list[dict]:
    return task_rows(tmp_path, PLAN, TITLE, "大足府办发〔2039〕7号")


def test_bulleted_group_lines_name_the_rows_below_them(tasks):
    assert [(task["number"], task["campaign"]) for task in tasks] == [
        (1, "源头减量"), (2, "源头减量"), (3, "源头减量"), (4, "末端处置")]


def test_the_table_goes_on_past_its_group_lines_and_its_page_break(tasks):
    assert {task["task_id"].rsplit("-", 1)[0] for task in tasks} == {"synthetic-2021-09-d01"}
    assert [(task["content"], str(task["deadline"])) for task in tasks] == [
        ("开展餐厨垃圾分类宣传进社区", "2039-06-30"), ("推广光盘行动", "None"),
        ("规范餐饮单位收运台账", "2039-09-30"), ("建设餐厨垃圾处理厂", "2039-12-31")]
