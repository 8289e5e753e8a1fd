"""Scripted conversations with the real bot over the real Bot API protocol and the real core."""

from __future__ import annotations

import json

import pytest

from bot.config import RateLimit
from bot.telegram_app import APOLOGY, DATAPACKAGE, SLOW_DOWN
from tests.bot_telegram.fake_bot_api import MAX_CALLBACK_DATA_BYTES
from tests.bot_telegram.harness import wait_idle

ALICE, BOB = 1001, 1002


@pytest.fixture
def bot(start_bot, core_factory):
    """A bot whose rate limit a scripted (fast-typing) conversation does not reach."""
    return start_bot(core_factory, rate_limit=RateLimit(burst=30, per_minute=60))


def ask(api, chat_id: int, text: str, replies: int = 1):
    """Send `text`, wait for `replies` more messages to the chat, return the new ones."""
    before = len(api.messages_to(chat_id))
    api.send_text(chat_id, text)
    return api.wait_messages(chat_id, before + replies)[before:]


def test_service_question_names_the_department(api, bot):
    [reply] = ask(api, ALICE, "办护照找哪个部门")
    assert "区公安局" in reply.text
    assert reply.params["parse_mode"] == "HTML"
    methods = [c.method for c in api.calls(chat_id=ALICE)]
    assert methods.index("sendChatAction") < methods.index("sendMessage"), "typing first"
    assert api.calls("sendChatAction", ALICE)[0].params["action"] == "typing"


def test_services_command_searches_by_keyword(api, bot):
    [reply] = ask(api, ALICE, "/services 护照")
    assert "区公安局" in reply.text
    [usage] = ask(api, ALICE, "/services")
    assert "/services 护照" in usage.text


def test_ambiguous_question_is_answered_by_a_button(api, bot):
    [question] = ask(api, ALICE, "巨灾保险怎么理赔")
    buttons = question.buttons()
    assert len(buttons) >= 2, question.text
    assert all(len(b["callback_data"].encode()) <= MAX_CALLBACK_DATA_BYTES for b in buttons)
    label = buttons[0]["text"]
    api.click(question, label)
    [answer] = api.wait_messages(ALICE, 2)[1:]
    [answered] = api.calls("answerCallbackQuery")
    assert answered.ok
    assert answer.text != question.text
    assert not answer.buttons() or answer.buttons() != buttons


def test_any_instance_answers_a_button_click(api, start_bot, core_factory):
    """The click carries the whole question: a fresh instance answers it the same way."""
    first = start_bot(core_factory)
    [question] = ask(api, ALICE, "巨灾保险怎么理赔")
    api.click(question, question.buttons()[0]["text"])
    [answer_one] = api.wait_messages(ALICE, 2)[1:]
    first.stop()
    start_bot(
        core_factory, state_path=first.config.state_path.with_name("other.sqlite3")
    )
    api.click(question, question.buttons()[0]["text"])
    [answer_two] = api.wait_messages(ALICE, 3)[2:]
    assert answer_two.text == answer_one.text


def test_compensation_dialogue_with_bad_areas(api, bot):
    [prompt] = ask(api, ALICE, "/compensation")
    assert "面积" in prompt.text
    for bad, hint in [("九十平", "阿拉伯数字"), ("-5", "负数"), ("abc", "没看懂")]:
        [reask] = ask(api, ALICE, bad)
        assert hint in reask.text, bad
        assert "面积" in reask.text
    [structures] = ask(api, ALICE, "90平")
    assert "90 平方米" in structures.text
    structure = structures.buttons()[0]["text"]
    api.click(structures, structure)
    decorations = api.wait_for(lambda calls: [c for c in calls if c.method == "editMessageText"])[
        -1
    ]
    assert structure in decorations.text
    decoration = decorations.buttons()[0]["text"]
    api.click(decorations, decoration)
    [days_prompt] = api.wait_messages(ALICE, 6)[5:]
    assert "天数" in days_prompt.text
    [reask] = ask(api, ALICE, "十天")
    assert "阿拉伯数字" in reask.text
    [estimate] = ask(api, ALICE, "10")
    assert "元" in estimate.text
    assert [c.ok for c in api.calls()] == [True] * len(api.calls()), "no request refused"


def test_cancel_leaves_the_dialogue(api, bot):
    ask(api, ALICE, "/compensation")
    [cancelled] = ask(api, ALICE, "/cancel")
    assert "已取消" in cancelled.text
    [answer] = ask(api, ALICE, "办护照找哪个部门")
    assert "区公安局" in answer.text, "after /cancel, text is a question again, not an area"
    [idle] = ask(api, ALICE, "/cancel")
    assert "没有进行中" in idle.text


def test_restart_mid_compensation_continues(api, start_bot, core_factory):
    first = start_bot(core_factory)
    ask(api, ALICE, "/compensation")
    first.stop()  # waiting for the area: only the persisted state knows that
    second = start_bot(core_factory)
    [structures] = ask(api, ALICE, "75.5平米")
    assert "75.5 平方米" in structures.text and structures.buttons()
    api.click(structures, structures.buttons()[0]["text"])
    decorations = api.wait_for(lambda calls: [c for c in calls if c.method == "editMessageText"])[
        -1
    ]
    api.click(decorations, decorations.buttons()[-1]["text"])
    api.wait_messages(ALICE, 3)
    second.stop()  # waiting for the days, with area, structure and decoration persisted
    start_bot(core_factory)
    [estimate] = ask(api, ALICE, "5")
    assert "元" in estimate.text
    assert "75.5" in estimate.text


def test_a_flooding_chat_is_told_once_while_others_are_served(api, start_bot, core_factory):
    bot = start_bot(core_factory, rate_limit=RateLimit(burst=8, per_minute=30))
    for n in range(20):
        api.send_text(ALICE, f"办护照找哪个部门{n}")
    api.send_text(BOB, "办护照找哪个部门")
    [bob] = api.wait_messages(BOB, 1)
    assert "区公安局" in bob.text
    wait_idle(api, bot)
    replies = [c.text for c in api.messages_to(ALICE)]
    assert replies.count(SLOW_DOWN) == 1
    assert len(replies) == 8 + 1, "the burst is answered, then one notice, then silence"
    assert APOLOGY not in replies


def test_overlong_message_is_refused_politely(api, bot):
    [refusal] = ask(api, ALICE, "护" * 5000)
    assert "太长" in refusal.text and "5000" in refusal.text
    assert not api.calls("sendChatAction", ALICE), "refused before answering"


def test_start_help_about(api, bot):
    [start] = ask(api, ALICE, "/start")
    assert "办护照找哪个部门" in start.text
    [help_] = ask(api, ALICE, "/help")
    assert "/compensation" in help_.text and "/about" in help_.text
    [about] = ask(api, ALICE, "/about")
    package = json.loads(DATAPACKAGE.read_text(encoding="utf-8"))
    assert f"数据版本：{package['version']}" in about.text
    assert "Creative Commons" in about.text
    assert 'href="http://127.0.0.1:8001"' in about.text
    [unknown] = ask(api, ALICE, "/frobnicate")
    assert "/help" in unknown.text
    assert [c.ok for c in api.calls()] == [True] * len(api.calls())
