import pytest

from scripts.recognise import recognise

from .outlines import outline


@pytest.mark.parametrize("header", [
    "序号\t主要任务\t工作措施\t牵头部门\t协办单位\t时间节点",
    "工作任务\t责任单位\t完成时限",
    "具体工作\t牵头单位\t配合单位",
    "序号\t整治内容\t责任主体",  # a task column no one curated, left of the units
])
def test_any_notice_with_a_task_table_is_a_task_plan_whatever_its_topic(header):
    claim = recognise(outline("重庆市大足区人民政府办公室关于印发大足区河长制工作方案的通知",
                              ["现印发给你们。"], ["附件", header, "1\t做好巡河\t区水利局"]))
    assert claim.kind == "task_plan"
    assert claim.line == 13


def test_a_table_without_units_is_no_task_table():
    claim = recognise(outline("重庆市大足区人民政府办公室关于某某名单的通知", ["现公布。"],
                              ["序号\t单位名称\t地址", "1\t某公司\t龙水镇"]))
    assert claim.kind == "other"


def test_a_catalogue_naming_its_responsible_unit_stays_a_catalogue():
    claim = recognise(outline("重庆市大足区人民政府办公室关于公布某某事项清单的通知",
                              ["现予公布。"],
                              ["序号\t事项名称\t事项类型\t责任单位",
                               "1\t取水许可\t行政许可\t区水利局"]))
    assert claim.kind == "service_catalogue"


def test_a_table_with_several_uncurated_labels_is_no_task_table():
    claim = recognise(outline("重庆市大足区人民政府办公室关于印发某某应急预案的通知", ["现印发。"],
                              ["应急工作组\t牵头单位\t成员单位\t主要职责",
                               "综合协调组\t区应急局\t区公安局\t负责协调"]))
    assert claim.kind == "other"


def test_uncurated_task_columns_in_a_numbered_table_are_task_text():
    claim = recognise(outline("重庆市大足区人民政府办公室关于印发某某方案的通知", ["现印发。"],
                              ["序号\t整治领域\t整治事项\t责任单位",
                               "1\t道路\t整治占道经营\t区城市管理局"]))
    assert claim.kind == "task_plan"
