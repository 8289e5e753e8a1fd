"""A question whose term no item prints (a common word of item names at the end of a compound
the catalogue does not have: …金申领, …专卖零售许可证) is told there is no such item, not given
an item sharing the common word; the value a question asks of an item (materials, an address)
that the gazette does not print is said to be not stated."""

from __future__ import annotations

import pytest

from bot.core import Answerer


@pytest.mark.parametrize("question", [
    "高龄津贴申领找哪个部门",
    "想开个店卖酒，酒类专卖零售许可证在哪办",
])
def test_a_compound_no_item_prints_is_no_item(answerer: Answerer, question: str):
    answer = answerer.ask(question)
    assert answer.kind == "no_data", answer.answer


def test_the_common_word_alone_still_finds_its_items(answerer: Answerer):
    answer = answerer.ask("价格临时补贴申领找哪个部门")
    assert answer.tool == "service_by_keyword" and "价格临时补贴申领" in answer.answer


@pytest.mark.parametrize(("question", "label"), [
    ("办居住证要准备什么东西", "申请材料"),
    ("特种设备使用登记在哪个地方办，具体地址是哪里", "地址"),
])
def test_a_value_the_gazette_does_not_print_is_not_stated(answerer: Answerer, question: str,
                                                          label: str):
    answer = answerer.ask(question)
    assert answer.kind == "not_stated" and label in answer.answer, answer.answer
