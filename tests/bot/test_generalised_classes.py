"""Failure classes fixed in general, each asked in wording of our own (not the evaluation's)."""

from __future__ import annotations

from bot.core import Answerer


def test_a_rule_question_about_an_expropriation_quotes_the_scheme(answerer: Answerer):
    answer = answerer.ask("要是房子抵押给银行了，征收以后还给不给补偿")
    assert answer.tool == "passages"
    assert "清偿债务" in answer.answer
    assert "元/m²" not in answer.answer  # no dump of rates


def test_a_resident_word_for_a_printed_one_finds_the_rule_sentence(answerer: Answerer):
    answer = answerer.ask("违建的棚子拆迁补不补")
    assert answer.tool == "passages"
    assert "不予补偿" in answer.answer


def test_which_law_a_scheme_follows_is_quoted_from_the_scheme(answerer: Answerer):
    answer = answerer.ask("这次拆迁的补偿方案是根据哪些法规定的")
    assert answer.tool == "passages"
    assert "国有土地上房屋征收与补偿条例" in answer.answer


def test_an_amount_question_still_gets_the_rates(answerer: Answerer):
    answer = answerer.ask("装修补偿标准是多少")
    assert answer.tool == "compensation_rates_of_project"
    assert "80" in answer.answer


def test_a_house_described_with_its_finish_gets_the_whole_estimate(answerer: Answerer):
    answer = answerer.ask("我家80平方米砖木结构非成套，简单装修，提前10天签约，总共能拿多少")
    assert answer.tool == "estimate_compensation"
    assert "合计约343200元" in answer.answer
    described = answerer.ask("我家90平米成套混合结构，装修过，提前5天签，总共有好多")
    assert "合计" in described.answer  # 装修过: the house described, not an item asked


def test_a_transition_stay_is_paid_as_a_swap(answerer: Answerer):
    answer = answerer.ask("选临时过渡的话，90平米房子搬迁补助费多少")
    assert "产权调换" in answer.answer
    assert "2800元" in answer.answer


def test_a_long_story_keeps_the_house_it_describes(answerer: Answerer):
    story = (
        "我家住在龙岗街道这边好多年了，房子是以前单位分的，后来自己买下来了。房子是成套的，"
        "混合结构，建筑面积有96个平方。当年装修花了不少钱，算中装吧。现在听说要征收，邻居们"
        "有的想等，有的想早签，我们一家商量了很久。听说越早签奖励越多，我准备提前满20天就去"
        "签约。麻烦问一下按这个情况总共大概能补多少？"
    )
    answer = answerer.ask(story)
    assert answer.tool == "estimate_compensation"
    assert "96平方米" in answer.answer and "合计" in answer.answer
    assert "20天" in answer.answer


def test_an_item_the_rates_do_not_print_is_refused_first(answerer: Answerer):
    answer = answerer.ask("拆迁的时候在外面租房，临时安置费每月多少钱")
    assert answer.kind == "not_stated"
    assert answer.answer.startswith("公报没有写明")
    assert "公报中与此有关的内容" in answer.answer


def test_two_people_in_one_question_are_both_answered(answerer: Answerer):
    answer = answerer.ask("李尚升跟周志荣被免职了吗")
    assert "李尚升：" in answer.answer and "周志荣：" in answer.answer


def test_food_talk_is_out_of_scope(answerer: Answerer):
    assert answerer.ask("大足哪家火锅好吃").kind == "out_of_scope"
