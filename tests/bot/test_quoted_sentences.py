"""The sentences quoted from a paragraph: the one saying most, then those saying what it leaves
out (a message asking where and how much gets both)."""

from __future__ import annotations

from bot.domains.passages import _best_sentences, bigrams, key_text

PARAGRAPH = (
    "（三）产权调换。安置房为玉龙镇“龙湖新居”安置小区（期房）。"
    "安置房面积与被征收住宅建筑面积相等的部分按3100元/m²结算；"
    "超出部分在8m²以内的按3900元/m²结算；超出8m²以上的部分按市场价结算。"
)


def quoted(question: str) -> tuple[str, ...]:
    return _best_sentences(PARAGRAPH, bigrams(key_text(question)), None, [])


def test_a_second_question_in_the_message_gets_its_sentence_too():
    said = "".join(quoted("要安置房的话安置房在哪 超出的面积咋算钱"))
    assert "龙湖新居" in said and "3900" in said


def test_sentences_are_quoted_in_their_printed_order():
    sentences = quoted("安置房在哪 超出的面积咋算钱")
    assert list(sentences) == sorted(sentences, key=PARAGRAPH.index)


def test_a_sentence_saying_nothing_asked_is_left_out():
    assert not any(s.startswith("（三）") for s in quoted("安置房在哪 超出的面积咋算钱"))
