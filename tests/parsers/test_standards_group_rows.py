"""Standards annexes grouped in two further ways: a group's name alone in the 序号 column of a
row whose other cells are empty (the column right of it then names each row's item), and a
category printed again on every row of its group (one category, one number)."""

from __future__ import annotations

from pathlib import Path

from scripts.parsers.elderly import parse_standards
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于印发大足区农贸市场规范化管理标准的通知"


def _standards(tmp_path: Path, table: list[str]) -> list[tuple]:
    lines = [TITLE, "大足府办发〔2039〕8号", "各镇街人民政府（办事处）：",
             "现将管理标准印发给你们。", "重庆市大足区人民政府办公室", "2039年4月1日", *table]
    document, context = synthetic_context(tmp_path, lines, kind="standards_annex", title=TITLE,
                                          doc_number="大足府办发〔2039〕8号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_standards(document, context)
    assert context.review == []
    return [(row["seq"], row["category_no"], row["category"], row["requirement"])
            for row in context.tables["elderly_standards"]]


def test_a_group_named_alone_in_the_number_column_is_the_category_of_the_rows_below(tmp_path):
    assert _standards(tmp_path, [
        "序号\t检查要素\t合格标准\t检查方法",
        "场所环境\t\t\t",
        "1\t地面\t地面硬化防滑，无积水\t现场查看",
        "2\t通风\t设置机械排风设施\t现场查看",
        "■ 经营秩序\t\t\t",
        "3\t摊位\t摊位统一编号，亮照经营\t抽查",
    ]) == [(1, 1, "场所环境", "地面：地面硬化防滑，无积水"),
           (2, 1, "场所环境", "通风：设置机械排风设施"),
           (3, 2, "经营秩序", "摊位：摊位统一编号，亮照经营")]


def test_a_category_printed_on_every_row_keeps_one_number(tmp_path):
    assert _standards(tmp_path, [
        "序号\t分项\t检查项目\t标准要求",
        "1\t场所环境\t地面\t地面硬化防滑",
        "2\t场所环境\t通风\t设置机械排风设施",
        "3\t经营秩序\t摊位\t摊位统一编号",
    ]) == [(1, 1, "场所环境", "地面：地面硬化防滑"), (2, 1, "场所环境", "通风：设置机械排风设施"),
           (3, 2, "经营秩序", "摊位：摊位统一编号")]
