"""A catalogue whose departments are printed on group rows led by the implementer column's label
(实施部门：区X（N项）, 实施部门　区X、区Y（N项）) instead of in a column: each item below a group
row is that group's, across a page break, a shared group naming both departments; its levels
are printed in one column headed 承接层级."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.parsers.service_items import parse_catalogue
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于公布大足区“一窗通办”事项清单（第三批）的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2031〕12号",
    "各镇人民政府、街道办事处：",
    "现将清单予以公布。本批次共5项，涉及3个部门。",
    "附件",
    "序号\t事项名称\t事项类型\t承接层级\t基本编码",
    "实施部门：区文化旅游委（2项）",
    "1\t营业性演出审批\t行政许可\t镇（街道）\t500101",
    "2\t公共文化场馆预约\t公共服务\t镇（街道）、村（社区）\t500102",
    "实施部门　区林业局、区水利局（2项）",
    "3\t林地水土保持方案审批\t行政许可\t镇（街道）\t500103",
    "·8·",
    "重庆市大足区人民政府公报　2031年第3期",
    "序号\t事项名称\t事项类型\t承接层级\t基本编码",
    "4\t林区河道巡查登记\t其他行政权力\t村（社区）\t500104",
    "实施部门　区水利局（1项）",
    "5\t取水许可\t行政许可\t镇（街道）\t500105",
]


@pytest.fixture
def parsed(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="service_catalogue",
                                          title=TITLE, doc_number="大足府办发〔2031〕12号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_catalogue(document, context)
    return context


def test_every_item_is_read_across_group_rows_and_the_page_break(parsed):
    items = parsed.tables["service_items"]
    assert [(row["seq"], row["catalogue"], row["batch"]) for row in items] == [
        (seq, "一窗通办", "第三批") for seq in range(1, 6)]
    assert not parsed.review


def test_a_group_row_led_by_the_implementer_label_names_the_items_below_it(parsed):
    assert [row["implementer"] for row in parsed.tables["service_items"]] == [
        "区文化旅游委", "区文化旅游委", "区林业局、区水利局", "区林业局、区水利局", "区水利局"]
    shared = [row["department_id"] for row in parsed.tables["service_item_departments"]
              if row["item_id"].endswith("-004")]
    assert shared == ["forestry", "water-resources"]  # its group row above the page break


def test_the_levels_column_gives_each_delegation(parsed):
    assert [(row["to_town"], row["to_village"]) for row in parsed.tables["service_items"]] == [
        (True, False), (True, True), (True, False), (False, True), (True, False)]
