"""Words many questions hold do not name a project or a topic: a notice title's boilerplate
(人民, 地上), the kind of a project (项目, 改造), the meeting's own name (常务会)."""

from __future__ import annotations


def test_two_characters_of_a_notice_title_name_no_project(router):
    match = router.route("我在村上当人民调解员，调解员补贴找哪个部门发")
    assert match.domain == "service"


def test_the_kind_of_a_project_names_no_project(router):
    match = router.route("我们公司新上了个项目，建筑起重机械使用登记去哪里办")
    assert (match.tool, match.args.get("keyword")) == ("service_by_keyword", "建筑起重机械使用登记")


def test_a_topic_word_of_one_meeting_is_found_once_the_meetings_are_named(answerer):
    answer = answerer.ask("常务会议上有没有讲到基站的事")
    assert answer.tool == "meeting_topics_by_keyword"
    assert "基站" in answer.answer and "第5次" in answer.answer


def test_no_topic_word_is_read_across_the_meeting_name(router):
    match = router.route("哪次常务会同意了村两委换届的汇报")
    assert match.tool == "meeting_topics_by_keyword"
    assert "会同" not in match.args["keyword"]


def test_a_common_word_beside_an_unknown_thing_names_no_service(answerer):
    answer = answerer.ask("摩托车牌照在哪申领")
    assert answer.kind in ("no_data", "clarify")
    assert "摩托车牌照" in answer.answer and "申领（" not in answer.answer


def test_a_common_word_under_a_head_no_item_prints_finds_nothing(answerer):
    # 资格 is printed in several items; 教练员资格证 is none of them
    assert not answerer.lexicon.services.hits("教练员")
    # 找 asks and names no thing
    for asked in ("教练员资格证认定在哪办", "教练员资格证认定找哪个部门"):
        answer = answerer.ask(asked)
        assert answer.kind == "no_data" and "数据中没有" in answer.answer
    # a demonstrative before a term names nothing (这种伤人的狗: the dog, not 这种)
    assert answerer.ask("隔壁的狗咬过人，这种伤人的狗哪个部门管").kind == "tool"


def test_a_year_alone_names_no_text(router):
    """2024年春节放假安排: the year every meeting of that year prints is no topic."""
    year = min(router.lexicon.years)
    match = router.route(f"大足区{year}年春节放假安排是咋样的")
    keyword = match.args.get("keyword")
    assert keyword is None or keyword.strip("年0123456789") != ""


def test_the_verb_before_a_farm_insurance_is_not_what_it_insures(answerer):
    """参加X养殖保险: X is what is insured, not 参加X."""
    from bot.domains import insurance

    thing = insurance._FARM_INSURANCE.search("存栏好多只才能参加家禽养殖保险")["thing"]
    assert insurance._JOINING.sub("", thing) == "家禽"


def test_a_word_an_item_prints_only_negated_names_no_item_unless_negated_in_the_question():
    from bot.domains.services import _affirmed
    rows = [{"name": "小型非营运车辆登记"}, {"name": "民办非学历教育机构备案"},
            {"name": "学历教育项目核准"}]
    assert _affirmed("营运", rows, "营运证在哪办") == []  # 非营运 is the opposite
    assert [r["name"] for r in _affirmed("学历教育", rows, "学历教育项目找哪个")] == [
        "学历教育项目核准"]
    assert [r["name"] for r in _affirmed("学历教育", rows, "不是学历教育的培训班备案")] == [
        "民办非学历教育机构备案"]
