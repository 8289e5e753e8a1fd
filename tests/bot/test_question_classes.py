"""Classes of residents' questions the bot once misread, each checked without an issue's
names: the reading comes from the data and the curated files."""

from __future__ import annotations

from bot import asked
from bot.domains.passages import Quote, _with_list_items
from bot.domains.tasks import _in_named_plan
from bot.normalise import normalise


def test_an_issue_number_in_chinese_numerals_is_a_number():
    assert "第5期" in normalise("公报第五期是哪天出的")
    assert "第12期" in normalise("第十二期")


def test_dialect_question_words_ask_for_their_attribute():
    assert asked.asked("安置房好久交房").name == "date"
    assert asked.asked("过渡费给几个月").name == "duration"
    assert asked.asked("好久之内可以申请复议").name == "duration"
    assert asked.asked("防火期是哪几个月").name == "date"
    assert asked.by_name("percentage").found_in("受害率控制在0.9‰以内")


def _quote(seq: int, text: str) -> Quote:
    return Quote({"document_id": "d", "seq": seq, "text": text}, (text,), 0.5, True)


def test_a_numbered_list_is_not_cut_after_its_first_item():
    items = [_quote(1, "（一）要件。"), _quote(2, "1. 身份证明。"), _quote(3, "2. 产权证明。"),
             _quote(4, "3. 缴费发票。"), _quote(9, "4. 别处。")]
    shown = _with_list_items(items[:2], items)
    assert [q.row["seq"] for q in shown] == [1, 2, 3, 4]


def test_a_units_tasks_are_those_of_the_plan_the_question_names():
    rows = [
        {"plan": "甲乙丙丁工作方案", "content": "a"},
        {"plan": "戊己庚辛工作方案", "content": "b"},
    ]
    kept, plan = _in_named_plan("某局在戊己庚里负责什么", rows)
    assert plan == "戊己庚辛工作方案" and [r["content"] for r in kept] == ["b"]
    assert _in_named_plan("某局负责什么", rows) == (rows, "")  # no plan named: every task
