"""Question → route without a language model."""

from __future__ import annotations

import pytest
from langchain_core.runnables import Runnable

from bot.answers import MAX_PAYLOAD_BYTES
from bot.payload import decode


@pytest.mark.parametrize(
    ("question", "tool", "args"),
    [
        ("办护照找哪个部门", "service_by_keyword", {"keyword": "护照"}),
        ("不动产登计在哪办", "service_by_keyword", {"keyword": "不动产登记"}),
        ("区公安局能办哪些事", "services_of_department", {"department": "区公安局"}),
        ("胡建伟现在是什么职务", "appointments_of_person", {"person": "胡建伟"}),
        ("应急管理局副局长是谁", "appointments_by_post", {"post": "区应急局"}),
        ("司法局局长是谁", "people_with_title", {"title": "司法局局长"}),
        ("薛燕", "roles_of_person", {"person": "薛燕"}),
        ("见义勇为赔多少", "insurance_payouts", {"all": "1"}),
        ("巨灾保险里见义勇为谁来认定", "insurance_duties_by_keyword", {"keyword": "见义勇为"}),
        ("龙水镇要建几个互助养老点", "elderly_facilities_of_town", {"town": "龙水镇"}),
        ("6月底前要完成哪些任务", "tasks_due_by", {"date": "2021-06-30"}),
        ("全程网办占比要达到多少", "tasks_by_keyword", {"keyword": "全程网办"}),
        ("第三次常务会议研究了什么", "topics_of_meeting", {"number": 3, "year": 2021}),
        ("大足府办发[2021]37号", "document_by_number", {"doc_number": "大足府办发〔2021〕37号"}),
        (
            "消防领导小组组长是谁",
            "members_of_group",
            {"group": "大足区高层建筑消防安全综合治理工作领导小组"},
        ),
    ],
)
def test_questions_route_to_a_tool_and_arguments(router, question, tool, args):
    route = router.invoke(question)
    assert (route.kind, route.tool, route.args) == ("tool", tool, args)


def test_the_router_is_a_langchain_runnable(router):
    assert isinstance(router, Runnable)
    routes = router.batch(["办护照找哪个部门", "你好"])
    assert [route.kind for route in routes] == ["tool", "help"]


def test_an_estimate_question_carries_its_numbers(router):
    route = router.invoke("我家九十平米砖混房子，中装，提前十天签约，能补多少")
    assert route.tool == "estimate_compensation"
    assert route.args == {
        "area_m2": 90.0,
        "structure": "混合结构",
        "decoration": "中装",
        "days_early": 10,
        "project": "#0",  # the only project
        "signing_day": 0,
        "settlement": "",
        "fittings": "",
        "persons": 0,
        "qualified": "",
        "assessed_value": 0.0,
        "measures": "",
    }


def test_a_different_word_is_not_corrected_into_a_name(router):
    route = router.invoke("个体工商户注册登记找哪个部门")
    assert route.args == {"keyword": "个体工商户"}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("明天天气怎么样", "out_of_scope"),
        ("江北区不动产登记在哪办", "out_of_scope"),
        ("2023年的任免名单", "out_of_scope"),
        ("张三是什么职务", "no_data"),
        ("办结婚证找谁", "no_data"),
        ("你能做什么", "help"),
        ("？？？", "help"),
    ],
)
def test_out_of_scope_and_help(router, question, kind):
    assert router.invoke(question).kind == kind


@pytest.mark.parametrize(
    "question", ["区公安局", "巨灾保险怎么理赔", "领导小组有哪几个", "胡建明是谁", "常务会议"]
)
def test_ambiguous_questions_get_numbered_options_that_fit_a_button(router, question):
    route = router.invoke(question)
    assert route.kind == "clarify" and route.options
    for option in route.options:
        assert len(option.payload.encode("utf-8")) <= MAX_PAYLOAD_BYTES
        reasked = router.invoke(option.payload)  # a payload that is not a call is a question
        assert decode(option.payload) is not None or reasked.kind == "tool", option


def test_a_message_of_two_questions_carries_both(router):
    match = router.invoke("护照在哪办？巨灾保险赔多少")
    assert match.tool == "service_by_keyword"
    assert [(part.tool, part.args) for part in match.parts] == [("insurance_payouts", {"all": "1"})]


def test_a_long_story_is_reduced_to_its_question(router):
    story = "我家里老人身体不好，孩子在外地上学，平时很忙，很多事情都不清楚。" * 6
    match = router.invoke(story + "请问不动产登记在哪里办？")
    assert (match.tool, match.args) == ("service_by_keyword", {"keyword": "不动产登记"})
