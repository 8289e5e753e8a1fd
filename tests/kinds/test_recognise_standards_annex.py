from scripts.recognise import recognise

from .outlines import outline


def test_a_document_holding_a_standards_table_is_a_standards_annex():
    claim = recognise(outline("重庆市大足区人民政府办公室关于印发村级便民服务中心建设标准的通知",
                              ["现印发给你们。"],
                              ["附件", "序号\t类别\t建设标准",
                               "1\t场地设施\t1. 面积不少于60平方米。"]))
    assert claim.kind == "standards_annex"
    assert claim.line == 13


def test_a_plan_with_a_standards_annex_and_a_task_table_is_a_task_plan():
    claim = recognise(outline("重庆市大足区人民政府办公室关于印发某某实施方案的通知",
                              ["现印发给你们。"],
                              ["附件1", "序号\t指标类别\t指标要求", "1\t(一) 建筑\t1. 抗震。",
                               "附件2", "序号\t工作任务\t责任单位", "1\t推进建设\t区民政局"]))
    assert claim.kind == "task_plan"
