"""Compensation arithmetic: single items for a given area, sums, unit prices, steps shown."""

from __future__ import annotations


def test_a_single_item_for_an_area_is_computed_with_its_steps(answerer):
    answer = answerer.ask("我家房子150平方米，货币补偿补助费能拿多少")
    assert answer.tool == "estimate_compensation"
    assert "21000 + 80 × 300" in answer.answer and "45000元" in answer.answer
    assert "合计约" not in answer.answer  # only the item asked, no structure needed


def test_several_items_are_added_up(answerer):
    answer = answerer.ask("120平方米搬迁补助费和货币补偿补助费一共多少")
    assert "2000元" in answer.answer and "36000元" in answer.answer and "38000" in answer.answer


def test_an_early_signing_reward_needs_only_the_days(answerer):
    answer = answerer.ask("提前7天签约奖励多少钱")
    assert "200元/户·日 × 7天" in answer.answer and "1400元" in answer.answer


def test_the_most_a_reward_per_day_pays_is_for_the_days_it_is_capped_at(answerer):
    answer = answerer.ask("提前签约奖励最多拿得到好多钱")
    assert "200元/户·日 × 30天" in answer.answer and "6000元" in answer.answer
    capped = answerer.ask("提前签约奖励最多算几天")  # the cap itself: the rates say it
    assert capped.tool == "compensation_rates_of_project" and "不超过30天" in capped.answer


def test_per_square_metre_asks_for_unit_prices_not_an_area_of_one(answerer):
    answer = answerer.ask("一平米赔多少钱")
    assert answer.tool == "compensation_rates_of_project"
    assert "3960" in answer.answer and "1平方米" not in answer.answer


def test_decoration_in_a_list_of_items_is_an_item_asked_not_the_house_described(answerer):
    listed = answerer.ask("成套混合结构68平方米，简单装修，房子评估价、装修、搬迁补助费加起来好多")
    assert "装饰装修补偿" in listed.answer and "80元/m² × 68m²" in listed.answer
    described = answerer.ask("成套混合结构68平方米，简单装修，搬迁补助费好多")
    assert "装饰装修补偿（" not in described.answer  # the finish only describes the house


def test_a_fee_said_without_its_buzhu_is_that_fee(answerer):
    answer = answerer.ask("120平米搬迁费好多")
    assert answer.tool == "estimate_compensation"
    assert "搬迁补助费" in answer.answer and "合计约" not in answer.answer


def test_a_reward_heard_of_in_a_story_asking_the_whole_figure_is_no_item_asked(answerer):
    answer = answerer.ask("房子是成套混合结构的，100个平方，简单装修，不要安置房只要钱，"
                          "听说签得早有奖励，签约期第5天就去签，总共能拿到好多钱")
    assert "预评估价格" in answer.answer and "合计约" in answer.answer
