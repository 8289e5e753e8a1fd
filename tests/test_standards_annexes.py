"""Standards annexes and town grids read by their header labels; towns in other printed forms."""

import pytest

from scripts.parsers.elderly import standards_columns
from tests.kinds import snippets
from tests.kinds.synthetic import extract_text, issue_text


@pytest.fixture(scope="module")
def annex(tmp_path_factory):
    return extract_text(issue_text(snippets.STANDARDS), tmp_path_factory.mktemp("standards"))


def test_a_standards_table_with_other_labels_yields_its_standards(annex):
    assert annex.documents[0].kind == "standards_annex"
    assert [(row["seq"], row["category_no"], row["category"], row["item_no"], row["requirement"])
            for row in annex.tables["elderly_standards"]] == [
        (1, 1, "场地设施", 1, "服务大厅面积不少于60平方米。"),
        (2, 1, "场地设施", 2, "设置无障碍通道。"),
        (3, 2, "服务功能", 1, "提供代办服务。")]


def test_towns_printed_as_their_governments_are_folded_before_linking(annex):
    rows = annex.tables["elderly_facility_plan"]
    assert [(row["town"], row["department_id"], row["year"], row["planned_count"])
            for row in rows] == [("龙水镇人民政府", "longshui", 2021, 3),
                                 ("棠香街道办事处", "tangxiang", 2021, 1)]
    assert annex.review == []


def test_a_requirement_label_by_its_ending_and_an_uncurated_category_column():
    assert standards_columns(["序号", "环节", "基本要求"], None) == {
        "number": 0, "category": 1, "requirement": 2}
    assert standards_columns(["序号", "任务类别", "工作要求", "牵头单位", "完成时限"], None) is None


def test_a_qualifying_conditions_column_is_a_requirement():
    assert standards_columns(["序号", "评选对象", "达标要件"], None) == {
        "number": 0, "category": 1, "requirement": 2}
