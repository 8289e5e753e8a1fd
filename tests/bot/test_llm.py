"""The optional chat-model path: a model may only choose a tool and its arguments."""

from __future__ import annotations

from typing import Any, ClassVar

from langchain_core.language_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from bot.core import Answerer
from bot.llm import LLMRouter


class ToolCallingFake(GenericFakeChatModel):
    """GenericFakeChatModel cannot bind tools; this one records them and replays messages."""

    bound: ClassVar[list[Any]] = []

    def bind_tools(self, tools, **kwargs):
        ToolCallingFake.bound = list(tools)
        return self


def calls(name: str, args: dict[str, Any]) -> AIMessage:
    return AIMessage(
        content="", tool_calls=[{"name": name, "args": args, "id": "1", "type": "tool_call"}]
    )


def test_the_model_sees_the_public_tools_and_its_call_becomes_a_route(answerer):
    model = ToolCallingFake(messages=iter([calls("service_by_keyword", {"keyword": "护照"})]))
    router = LLMRouter(model, answerer.public_tools())
    assert {tool.name for tool in model.bound} == {tool.name for tool in answerer.public_tools()}
    route = router.invoke("我要出国，证件在哪弄")
    assert (route.tool, route.args) == ("service_by_keyword", {"keyword": "护照"})


def test_unknown_tools_and_plain_text_are_ignored(answerer):
    model = ToolCallingFake(
        messages=iter(
            [calls("execute_sql", {"sql": "drop table x"}), AIMessage(content="随便说说")]
        )
    )
    router = LLMRouter(model, answerer.public_tools())
    assert router.invoke("a") is None
    assert router.invoke("b") is None


def test_the_answerer_falls_back_to_the_model_and_composes_from_rows(database):
    model = ToolCallingFake(messages=iter([calls("insurance_payouts", {"all": "1"})]))
    answerer = Answerer(database_path=database, chat_model=model)
    answer = answerer.ask("暴雨把人冲走了政府管不管")
    assert answer.tool == "insurance_payouts"
    assert "10万元" in answer.answer


def test_invalid_model_arguments_are_refused_by_the_schema(database):
    model = ToolCallingFake(messages=iter([calls("service_by_keyword", {"keyword": "x" * 200})]))
    answerer = Answerer(database_path=database, chat_model=model)
    answer = answerer.ask("完全不相关的一句话啊啊啊")
    assert answer.tool is None and "超出" in answer.answer
