"""Standards annexes whose requirement column is headed 质量标准 (a stage's quality rules) or
配置指标 (a facility's provision targets, the columns between the category and it naming the
item), each category carried down its rows."""

from __future__ import annotations

from pathlib import Path

from scripts.parsers.elderly import parse_standards
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于印发大足区农村公路养护标准的通知"


def _standards(tmp_path: Path, table: list[str]) -> list[tuple]:
    lines = [TITLE, "大足府办发〔2039〕9号", "各镇街人民政府（办事处）：",
             "现将养护标准印发给你们。", "重庆市大足区人民政府办公室", "2039年4月2日", *table]
    document, context = synthetic_context(tmp_path, lines, kind="standards_annex", title=TITLE,
                                          doc_number="大足府办发〔2039〕9号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_standards(document, context)
    assert context.review == []
    return [(row["seq"], row["category_no"], row["category"], row["requirement"])
            for row in context.tables["elderly_standards"]]


def test_a_quality_standard_column_under_its_stages(tmp_path):
    assert _standards(tmp_path, [
        "序号\t养护环节\t质量标准",
        "1\t路面保洁\t路面无堆积物，边沟畅通",
        "2\t路面保洁\t每周巡查不少于2次",
        "3\t病害修补\t坑槽修补后平整度偏差不超过5毫米",
    ]) == [(1, 1, "路面保洁", "路面无堆积物，边沟畅通"), (2, 1, "路面保洁", "每周巡查不少于2次"),
           (3, 2, "病害修补", "坑槽修补后平整度偏差不超过5毫米")]


def test_provision_targets_named_by_their_item(tmp_path):
    assert _standards(tmp_path, [
        "序号\t站点类型\t配置项目\t配置指标",
        "1\t养护站\t机械停放区\t面积不少于200平方米",
        "2\t\t材料仓库\t储备融雪剂不少于5吨",
        "3\t道班房\t值班室\t配备应急照明设备",
    ]) == [(1, 1, "养护站", "机械停放区：面积不少于200平方米"),
           (2, 1, "养护站", "材料仓库：储备融雪剂不少于5吨"),
           (3, 2, "道班房", "值班室：配备应急照明设备")]


def test_a_qualifying_situation_column_under_an_uncurated_category(tmp_path):
    assert _standards(tmp_path, [
        "序号\t评估方面\t合格情形",
        "1\t安全管理\t配备专职安全员不少于1名",
        "2\t安全管理\t每月开展1次消防演练",
        "3\t卫生保健\t设置独立的保健观察室",
    ]) == [(1, 1, "安全管理", "配备专职安全员不少于1名"), (2, 1, "安全管理", "每月开展1次消防演练"),
           (3, 2, "卫生保健", "设置独立的保健观察室")]
