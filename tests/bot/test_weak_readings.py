"""A reading whose evidence leaves out what the question names is refused with the closest
items as options; a reading whose evidence holds it still answers."""

from __future__ import annotations

from bot.core import MISSING_RUN, WEAK_EVIDENCE
from bot.domains.passages import unanswered


def test_a_missing_printed_term_makes_a_weak_reading():
    # 能繁母猪 is printed by the gazette and absent from an answer about another insurance
    longest, held = unanswered("能繁母猪保险保费多少", "巨灾保险死亡赔偿每人10万元", lambda p: True)
    assert longest >= MISSING_RUN
    assert held < WEAK_EVIDENCE


def test_words_the_gazette_never_prints_do_not_count_as_missing():
    longest, held = unanswered("能繁母猪保险保费多少", "巨灾保险", lambda pair: pair == "保险")
    assert longest < MISSING_RUN
    assert held == 1.0


def test_an_answer_holding_the_question_terms_is_strong():
    longest, held = unanswered("巨灾保险死亡赔偿", "巨灾保险死亡赔偿：每人10万元", lambda p: True)
    assert (longest, held) == (0, 1.0)


def test_a_weak_reading_is_refused_with_the_closest_items_as_options(dev_answerer):
    # the schemes of issue 1 and the dev fixtures print no 变压器 and no 电表: the compensation
    # reading would answer without them (a seen fixture's scheme prints 电表（一户一表）)
    answer = dev_answerer.ask("选货币补偿的话，动力电表、变压器这些设备咋个补")
    assert answer.kind == "no_data"
    assert answer.answer.startswith("数据中没有找到")
    assert answer.options
    assert "1. " in answer.answer  # the options, numbered


def test_a_strong_reading_still_answers(seen_answerer):
    # seen_answerer (conftest): issue 1 and the seen fixture issues, one of which prints
    # 能繁母猪保险 and a later 巨灾保险 notice
    answer = seen_answerer.ask("巨灾保险死亡赔偿好多钱")
    assert answer.kind == "tool" and answer.tool == "insurance_payouts"
    assert "赔付标准" in answer.answer or "死亡赔偿" in answer.answer


def test_a_farm_insurance_of_something_no_notice_insures_is_refused(seen_answerer):
    answer = seen_answerer.ask("鸵鸟养殖保险一只自己要出好多钱")
    assert answer.kind == "no_data" and "鸵鸟" in answer.answer
