"""Optional language-model routing: a chat model may only pick a tool and its arguments.

Any langchain-core chat model that implements `bind_tools` works. The model sees the same tools
as the rule router (the canned queries and the estimator, with their argument schemas); it
never sees or writes SQL, and its own text is never shown: the answer is composed from the
rows of the tool it chose, exactly as for the rule router.
"""

from __future__ import annotations

import logging
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_core.runnables import Runnable, RunnableConfig
from langchain_core.tools import BaseTool

from bot.domains.base import Match

logger = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "你是重庆市大足区人民政府公报数据的查询助手。根据居民的问题，从给定的工具中选择一个最合适的"
    "并填写参数（参数只能来自问题本身）。如果没有合适的工具，不要调用任何工具。"
)


class LLMRouter(Runnable[str, Match | None]):
    """question → Match for the tool the model called, or None when it called none."""

    def __init__(self, model: BaseChatModel, tools: list[BaseTool]) -> None:
        self.model = model.bind_tools(tools)
        self.tool_names = {tool.name for tool in tools}

    def invoke(
        self, input: str, config: RunnableConfig | None = None, **kwargs: Any
    ) -> Match | None:
        message = self.model.invoke(
            [SystemMessage(content=SYSTEM_PROMPT), HumanMessage(content=input)], config
        )
        for call in getattr(message, "tool_calls", None) or []:
            if call.get("name") in self.tool_names and isinstance(call.get("args"), dict):
                return Match(
                    "tool", tool=call["name"], args=dict(call["args"]), domain="llm", question=input
                )
            logger.info("model called an unknown tool: %r", call.get("name"))
        return None
