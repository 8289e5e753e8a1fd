"""Another place or an off-topic word is out of scope only when it is what is asked about: a
place beside the district (从万州调回大足…) is where the resident comes from, and an off-topic
word inside a word the gazette prints (医保基金 in a service item) is no off-topic talk."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    ["万州的户口迁移在哪里办", "今天股票涨了没", "基金怎么买划算",
     "帮我写个脚本算公积金贷款月供",  # a request to write, whatever it names
     "宝顶镇哪家豆花饭好吃，推荐一下"],  # a town named, nothing the gazette covers
)
def test_questions_about_elsewhere_or_off_topic_are_out_of_scope(answerer, question):
    assert answerer.ask(question).kind == "out_of_scope"


def test_a_place_beside_the_district_is_context(answerer):
    answer = answerer.ask("刚从万州调回大足上班，护照在哪办")
    assert answer.kind == "tool"
    assert "区公安局" in answer.answer


def test_an_off_topic_word_inside_a_printed_word_is_in_scope(answerer, lexicon):
    (item,) = [name for name in lexicon.services.texts if "医保基金" in name][:1]
    answer = answerer.ask("有人骗医保基金，举报归哪个部门管")
    assert answer.kind == "tool"
    assert item in answer.answer


def test_the_weather_of_a_town_is_out_of_scope_not_a_question_about_the_town(answerer):
    assert answerer.ask("明天龙水镇下不下雨").kind == "out_of_scope"


def test_a_place_name_made_of_two_printed_words_names_no_place(seen_answerer):
    assert seen_answerer.ask("湖西安置小区物业费好多钱一个月").kind != "out_of_scope"
    assert seen_answerer.ask("西安的户口迁移在哪里办").kind == "out_of_scope"


def test_an_off_topic_word_inside_a_residents_word_for_a_printed_one_is_in_scope(answerer):
    """小吃 of 小吃摊, the curated resident's word for 食品摊贩: a service asked, no food talk."""
    assert answerer.ask("想在街边摆个小吃摊，要备案的话找哪个部门哦").kind != "out_of_scope"
    assert answerer.ask("哪家小吃好吃").kind == "out_of_scope"
