"""A catalogue is answered with the notice that published it; ranking asks the counts."""

from __future__ import annotations

import re
import sqlite3


def test_a_catalogue_names_its_notice_and_date(answerer):
    answer = answerer.ask("就近办清单是什么时候印发的，有几项")
    assert answer.tool == "services_in_catalogue"
    printed = r"\d{4}年\d{1,2}月\d{1,2}日（\d{4}-\d{2}-\d{2}）"  # as the gazette prints dates
    assert re.search(rf"（大足府办发〔\d{{4}}〕\d+号，{printed}印发）共\d+项", answer.answer)


def test_a_ranking_inside_a_catalogue_asks_the_departments_counts(answerer):
    answer = answerer.ask("就近办清单里事项排第三多的是哪个部门")
    assert answer.tool == "service_counts_by_department"
    assert re.search(r"^3\. \S+ \d+项$", answer.answer, re.MULTILINE)


def _services(answerer):
    return next(d for group in answerer.registry.groups for d in group if d.name == "service")


def _row(batch: str, signed: str, catalogue: str = "就近办", town: int | None = None,
         village: int | None = None) -> dict:
    return {"name": "甲证补办", "implementer": "区民政局", "departments": "重庆市大足区民政局",
            "item_type": "公共服务", "catalogue": catalogue, "batch": batch, "sign_date": signed,
            "to_town": town, "to_village": village}


def test_an_item_of_several_batches_is_told_by_the_latest_and_never_said_unlisted(answerer):
    same = [_row("第三批", "2031-02-01"), _row("第九批", "2032-06-01", town=1, village=1),
            _row("第五批", "2031-09-01", catalogue="最多跑一次")]
    said = _services(answerer)._service_detail(same, "甲证补办在村上能办不")
    assert "第九批" in said and "下放到镇街、村（社区）" in said and "不在" not in said
    said = _services(answerer)._service_detail(same, "甲证补办找哪个部门")
    assert "第九批" in said  # the latest batch


def test_an_item_delegated_to_towns_alone_says_so_when_a_village_is_asked(answerer):
    said = _services(answerer)._service_detail([_row("第九批", "2032-06-01", town=1, village=0)],
                                               "甲证补办村头办得到不")
    assert said.endswith("清单没有把它下放到村（社区）。")


def test_an_item_is_answered_with_the_other_columns_its_catalogue_prints(seen_answerer):
    with sqlite3.connect(seen_answerer.database.path) as connection:
        name, notes = connection.execute(
            "select name, notes from service_items where notes is not null "
            "and length(name) between 5 and 12 group by name having count(*) = 1 "
            "order by name limit 1").fetchone()
    answer = seen_answerer.ask(f"{name}在哪里办")
    assert answer.tool == "service_by_keyword"
    assert notes in answer.answer


def test_a_batch_printed_again_by_a_later_notice_is_the_later_notices():
    from bot.domains.services import _named_catalogue
    rows = [{"catalogue": "最多跑一次", "batch": "第五批", "sign_date": date, "name": name}
            for date, name in (("2021-09-03", "旧事项"), ("2024-03-18", "新事项"))]
    assert [row["name"] for row in _named_catalogue(rows, "最多跑一次第五批有几项")] == ["新事项"]


def _count_of(answerer, department: str) -> int:
    """The department's items in the database, counted apart from the bot."""
    with sqlite3.connect(answerer.database.path) as connection:
        return connection.execute(
            "select count(*) from service_item_departments l join departments d"
            " on d.department_id = l.department_id where d.name = ?", (department,)
        ).fetchone()[0]


def test_a_department_asked_how_many_gets_its_count_not_its_list(answerer):
    counted = _count_of(answerer, "区公安局")
    answer = answerer.ask("公安局的事项一共有好多项")
    assert answer.tool == "service_counts_by_department"
    assert "区公安局（" in answer.answer and f"共{counted}项" in answer.answer
    assert "\n1. " not in answer.answer  # no list: the count was asked


def test_two_departments_compared_are_both_counted_and_the_larger_named(answerer):
    answer = answerer.ask("卫健委和发改委哪个的事项多些")
    many, few = _count_of(answerer, "区卫生健康委"), _count_of(answerer, "区发展改革委")
    assert f"共{many}项" in answer.answer and f"共{few}项" in answer.answer
    assert f"多{abs(many - few)}项" in answer.answer


def test_a_count_asked_with_the_items_lists_them(answerer):
    answer = answerer.ask("区人力社保局有几项事项，都是些啥子")
    assert answer.tool == "services_of_department" and "\n1. " in answer.answer


def test_a_total_that_is_no_service_count_is_not_read_as_one(answerer):
    assert answerer.ask("今年大足区财政预算一共好多亿").tool != "service_counts_by_department"


def test_an_item_type_named_in_a_catalogue_question_is_counted_apart(answerer):
    with sqlite3.connect(answerer.database.path) as connection:
        catalogue, kind, counted = connection.execute(
            "select catalogue, item_type, count(*) from service_items group by catalogue,"
            " item_type order by count(*) desc limit 1").fetchone()
    answer = answerer.ask(f"{catalogue}清单里头{kind}的事项有好多项")
    assert answer.tool == "services_in_catalogue"
    assert f"其中{kind}{counted}项" in answer.answer


def test_a_catalogue_asked_with_the_departments_it_involves_is_the_catalogue(answerer):
    answer = answerer.ask("就近办涉及哪几个区级部门")
    assert answer.tool == "services_in_catalogue" and re.search(r"涉及\d+个部门", answer.answer)


def test_a_batch_no_catalogue_prints_is_said_absent_not_answered_by_another(answerer):
    answer = answerer.ask("就近办第九十九批出来没得，有好多项")
    assert answer.kind == "no_data" and "第九十九批" in answer.answer
    assert answerer.ask("就近办第99批有好多项").kind == "no_data"


def test_a_batch_only_another_catalogue_prints_is_not_found_in_the_one_named(seen_answerer):
    batches = seen_answerer.lexicon.batches
    catalogue, batch = next(
        (catalogue, batch) for batch, catalogues in batches.items()
        for catalogue in seen_answerer.lexicon.catalogues if catalogue not in catalogues)
    answer = seen_answerer.ask(f"{catalogue}{batch}有哪些事项")
    assert answer.kind == "no_data"
    assert f"{catalogue}（{batch}）" in answer.answer


def test_a_catalogues_batch_counted_in_rows_is_the_catalogue_asked(answerer):
    """就近办第X批一共几条: 条 counts the list's items, as 项 does."""
    answer = answerer.ask("就近办第二批一共才几条哦")
    assert answer.tool == "services_in_catalogue"
