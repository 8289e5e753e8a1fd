"""A refusal says what is missing; only a question off the gazette's topics lists them."""

from __future__ import annotations


def test_a_missing_document_number_is_refused_without_the_topic_list(answerer):
    answer = answerer.ask("大足府办发〔2021〕99号是什么文件")
    assert answer.kind == "no_data"
    assert "大足府办发〔2021〕99号" in answer.answer
    assert "领导小组" not in answer.answer and "发送“帮助”" in answer.answer


def test_an_off_topic_question_hears_what_the_bot_can_answer(answerer):
    answer = answerer.ask("帮我订一张去成都的火车票")
    assert answer.kind in ("no_data", "out_of_scope")
    assert "发送“帮助”" in answer.answer


def test_nothing_found_for_a_value_asked_says_the_value_is_not_stated(answerer):
    """电表拆了补好多钱 with nothing about it found: the value is said not stated, first."""
    answer = answerer.ask("电表拆了补好多钱")
    assert answer.kind in ("no_data", "not_stated")
    assert answer.answer.startswith("公报没有写明") and "（数据中没有这项信息）" in answer.answer
