"""A table of a structured document that no parser reads goes into the review report."""

from collections import defaultdict

from scripts import parsers
from scripts.departments import DepartmentIndex
from scripts.documents import split_documents
from scripts.extract import extract_documents
from scripts.tables import ExtractionContext
from tests.kinds.synthetic import Doc, issue_text, source_text
from tests.test_task_tables import PLAN_WITH

TASKS = "序号\t工作任务\t责任单位\n1\t开展巡查。\t区农业农村委\n2\t加强宣传。\t区生态环境局"


def _unread(tmp_path, tables: str) -> tuple[ExtractionContext, list]:
    parsers.load_all()
    plan = Doc("区政府办公室文件", "重庆市大足区人民政府办公室关于印发大足区秸秆禁烧工作方案的通知",
               PLAN_WITH.format(table=tables))
    issue = source_text(issue_text(plan), tmp_path)
    context = ExtractionContext(issue, split_documents(issue), DepartmentIndex.load(),
                                defaultdict(list), [])
    extract_documents(context)
    return context, [item for item in context.review if "gave no structured row" in item.what]


def test_a_table_whose_header_no_curated_file_knows_is_reported_once(tmp_path):
    checklist = "序号\t巡查部位\t检查要点\n1\t田间地头\t无焚烧痕迹\n2\t村道两侧\t无堆放秸秆"
    context, unread = _unread(tmp_path, f"{TASKS}\n\n附件2\n\n巡查要点\n\n{checklist}\n\n— 3 —\n\n"
                                        "序号\t巡查部位\t检查要点\n3\t林区边缘\t无火源")
    (item,) = unread
    assert "巡查部位 | 检查要点" in item.what
    assert item.curated_file == "sources/vocab/task_headers.csv"
    assert context.source_text[item.line].startswith("序号\t巡查部位")


def test_tables_that_gave_rows_and_numbered_rows_after_text_are_not_reported(tmp_path):
    context, unread = _unread(tmp_path, f"{TASKS}\n说明：以下一项按原方案执行。\n"
                                        "3\t按原方案执行\t区农业农村委")
    assert len(context.tables["tasks"]) >= 2
    assert unread == []
