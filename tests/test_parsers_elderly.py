"""Rural elderly-care plan: the town × facility grid (附件2) and the care-home indicators."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from scripts.text import squeeze


@pytest.fixture(scope="module")
def grid(tables):
    return tables["elderly_facility_plan"]


@pytest.fixture(scope="module")
def plan_document(tables, grid):
    (document_id,) = {row["document_id"] for row in grid}
    return next(d for d in tables["documents"] if d["document_id"] == document_id)


def _columns(grid):
    """(facility kind, year) in header order."""
    return list(dict.fromkeys((row["facility_kind"], row["year"]) for row in grid))


def _printed_total_row(source_text, document):
    for line_no in range(document["source_line"], document["end_line"] + 1):
        cells = [cell.strip() for cell in source_text[line_no].split("\t")]
        if cells[0] == "全区合计":
            return [int(cell) for cell in cells[1:] if cell]
    raise AssertionError("no 全区合计 row printed")


def test_grid_is_complete_25_towns_by_7_columns(grid, departments):
    towns = list(dict.fromkeys((row["town_seq"], row["town"]) for row in grid))
    assert [seq for seq, _ in towns] == list(range(1, 26))
    assert _columns(grid) == [
        ("农村失能特困人员集中照护机构建设", None),
        ("农村敬老院改造提升", 2021), ("农村敬老院改造提升", 2022),
        ("镇级养老服务中心全覆盖", 2021), ("镇级养老服务中心全覆盖", 2022),
        ("村级互助养老点建设", 2021), ("村级互助养老点建设", 2022)]
    assert len(grid) == 25 * 7
    assert len({row["plan_id"] for row in grid}) == len(grid)
    for row in grid:
        assert departments.by_id[row["department_id"]].kind == "镇街"
        assert departments.resolve(row["town"]).department_id == row["department_id"]


def test_column_sums_equal_the_printed_total_row(grid, source_text, plan_document):
    sums: dict[tuple, int] = defaultdict(int)
    for row in grid:
        sums[(row["facility_kind"], row["year"])] += row["planned_count"]
    printed = _printed_total_row(source_text, plan_document)
    assert [sums[column] for column in _columns(grid)] == printed == [3, 10, 2, 12, 9, 65, 58]


def test_totals_match_the_plans_targets(grid, source_text, plan_document):
    """力争到2022年，全区建成失能特困人员集中照护中心3所，升级改造农村敬老院12所、建成镇级养老服务中心21个."""
    text = squeeze(" ".join(source_text[line] for line in range(
        plan_document["source_line"], plan_document["end_line"] + 1)))
    targets = {
        "农村失能特困人员集中照护机构建设": r"建成失能特困人员集中照护中心(\d+)所",
        "农村敬老院改造提升": r"升级改造农村敬老院(\d+)所",
        "镇级养老服务中心全覆盖": r"建成镇级养老服务中心(\d+)个",
    }
    for kind, pattern in targets.items():
        planned = sum(row["planned_count"] for row in grid if row["facility_kind"] == kind)
        assert planned == int(re.search(pattern, text)[1]), kind


@pytest.mark.parametrize(("town", "kind", "year", "count"), [
    ("宝顶镇", "村级互助养老点建设", 2022, 6),
    ("宝顶镇", "村级互助养老点建设", 2021, 0),
    ("宝顶镇", "镇级养老服务中心全覆盖", 2022, 1),
    ("智凤街道", "农村失能特困人员集中照护机构建设", None, 1),
    ("珠溪镇", "农村敬老院改造提升", 2022, 1),
    ("邮亭镇", "村级互助养老点建设", 2021, 14),
    ("拾万镇", "村级互助养老点建设", 2021, 0),
])
def test_cells_land_in_their_columns(grid, town, kind, year, count):
    (row,) = [row for row in grid
              if (row["town"], row["facility_kind"], row["year"]) == (town, kind, year)]
    assert row["planned_count"] == count


def test_grid_rows_start_on_their_town_line(grid, source_text):
    for row in grid:
        cells = source_text[row["source_line"]].split("\t")
        assert cells[:2] == [str(row["town_seq"]), row["town"]]


def test_standards_are_22_indicators_in_7_categories(tables):
    standards = tables["elderly_standards"]
    assert [row["seq"] for row in standards] == list(range(1, 23))
    categories = list(dict.fromkeys((row["category_no"], row["category"]) for row in standards))
    assert categories == [(1, "建筑标准"), (2, "设施设备"), (3, "院区场地"), (4, "用房功能"),
                          (5, "适老化改造"), (6, "照护型床位"), (7, "消防安全")]
    by_category = defaultdict(list)
    for row in standards:
        by_category[row["category"]].append(row["item_no"])
    for items in by_category.values():
        assert items == list(range(1, len(items) + 1))


def test_standards_across_the_page_break_and_the_corrected_and(tables, source_text):
    by_seq = {row["seq"]: row for row in tables["elderly_standards"]}
    assert by_seq[2]["category"] == "建筑标准"  # carried down
    assert (by_seq[20]["category"], by_seq[20]["item_no"], by_seq[20]["source_line"]) == (
        "消防安全", 2, 796)
    assert "电梯等设施和部位应实施无障碍改造" in by_seq[15]["requirement"]
    assert " and " not in by_seq[15]["requirement"]
    for row in by_seq.values():
        assert row["requirement"][:8] in squeeze(source_text[row["source_line"]])
