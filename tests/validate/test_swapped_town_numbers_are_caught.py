"""Two towns' numbers swapped in the facility plan are caught (the column sums stay equal)."""

from __future__ import annotations


def two_towns_differing(copy):
    """Two rows of the same column (kind and year) in different towns, with different counts."""
    rows = copy.rows("elderly_facility_plan")
    for first in rows:
        for second in rows:
            if (
                first["facility_kind"] == second["facility_kind"]
                and first["year"] == second["year"]
                and first["town"] != second["town"]
                and first["planned_count"] != second["planned_count"]
            ):
                return first, second
    raise AssertionError("no two towns differ in any column")


def test_swapping_two_towns_counts_in_the_package_is_caught(copy):
    first, second = two_towns_differing(copy)

    def swap(rows):
        for row in rows:
            if row["plan_id"] == first["plan_id"]:
                row["planned_count"] = second["planned_count"]
            elif row["plan_id"] == second["plan_id"]:
                row["planned_count"] = first["planned_count"]
        return rows

    copy.corrupt("elderly_facility_plan", swap)
    found = copy.problems()
    assert not any("全区合计" in p for p in found), "the sums alone cannot see it"
    assert any(first["town"] in p and "as printed on line" in p for p in found), found
    assert any(second["town"] in p and "as printed on line" in p for p in found), found


def test_swapping_two_towns_rows_in_the_gazette_is_caught(copy):
    """Source side: the two towns' printed rows exchange their numbers."""
    first, second = two_towns_differing(copy)
    source_id = first["source_id"]
    first_line, second_line = int(first["source_line"]), int(second["source_line"])
    first_text, second_text = copy.line(source_id, first_line), copy.line(source_id, second_line)
    first_cells, second_cells = first_text.split("\t"), second_text.split("\t")
    cut_first = first_cells.index(first["town"]) + 1
    cut_second = second_cells.index(second["town"]) + 1
    swapped_first = "\t".join(first_cells[:cut_first] + second_cells[cut_second:])
    swapped_second = "\t".join(second_cells[:cut_second] + first_cells[cut_first:])
    copy.edit_line(source_id, first_line, first_text, swapped_first)
    copy.edit_line(source_id, second_line, second_text, swapped_second)
    found = copy.problems()
    assert not any("全区合计" in p for p in found)
    assert any(first["town"] in p and "as printed on line" in p for p in found), found
