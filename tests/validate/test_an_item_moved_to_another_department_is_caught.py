"""An item moved to another department is caught though the department count stays the same."""

from __future__ import annotations

from collections import Counter


def movable_link(copy):
    """A link whose department keeps other items, and another department of the catalogue."""
    links = copy.rows("service_item_departments")
    items = {item["item_id"]: item for item in copy.rows("service_items")}
    per_department = Counter(link["department_id"] for link in links)
    link = next(link for link in links if per_department[link["department_id"]] > 1)
    document_id = items[link["item_id"]]["document_id"]
    other = next(
        other["department_id"]
        for other in links
        if items[other["item_id"]]["document_id"] == document_id
        and other["department_id"] != link["department_id"]
    )
    return link, other, items[link["item_id"]]


def test_a_link_moved_to_another_department_is_caught(copy):
    link, other, item = movable_link(copy)

    def move(rows):
        for row in rows:
            if row == link:
                row["department_id"] = other
        return rows

    copy.corrupt("service_item_departments", move)
    found = copy.problems()
    assert not any("organisations (涉及" in p for p in found), "the count alone cannot see it"
    assert any(
        f"item {item['item_id']}" in p and f"is linked to ['{other}']" in p for p in found
    ), found


def test_an_implementer_changed_in_the_gazette_is_caught(copy):
    """Source side: the printed 实施主体 of an item names another organisation."""
    _, _, item = movable_link(copy)
    line = int(item["source_line"])
    copy.edit_line(item["source_id"], line, item["implementer"], "区统计局")
    found = copy.problems()
    assert any(
        "service_items.csv" in p and "field implementer" in p and f"line {line}" in p for p in found
    ), found
