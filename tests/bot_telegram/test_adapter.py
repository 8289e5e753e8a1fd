"""Adapter behaviour that needs a misbehaving answerer: failures, very long answers, logging."""

from __future__ import annotations

import logging

import pytest

from bot.telegram_app import APOLOGY
from tests.bot_telegram.fake_bot_api import _parse_html
from tests.bot_telegram.harness import TOKEN, wait_idle
from tests.bot_telegram.standin import StandInAnswerer

CHAT = 2001


@pytest.fixture
def bot(start_bot):
    return start_bot(StandInAnswerer)


def test_internal_error_is_logged_and_the_user_gets_a_short_apology(api, bot, caplog):
    with caplog.at_level(logging.DEBUG):
        api.send_text(CHAT, "炸")
        [reply] = api.wait_messages(CHAT, 1)
    assert reply.text == APOLOGY
    assert "stand-in failure" not in reply.text
    failures = [r for r in caplog.records if r.getMessage().startswith("failed to handle update")]
    assert failures and "stand-in failure with secret detail" in (failures[0].exc_text or "")
    api.send_text(CHAT, "还在吗")
    [after] = api.wait_messages(CHAT, 2)[1:]
    assert "还在吗" in after.text, "the bot keeps serving after a failure"


def test_long_answers_are_split_on_line_breaks(api, bot):
    api.send_text(CHAT, "全文")
    api.wait_messages(CHAT, 1)
    wait_idle(api, bot)
    messages = api.messages_to(CHAT)
    assert len(messages) == 4  # 120 lines of about 110 characters, at most 4096 per message
    assert all(len(c.params["text"]) > 3000 for c in messages[:-1]), "messages are filled"
    assert all(c.ok for c in messages), "Telegram accepted every part (length, HTML)"
    lines = [line for c in messages for line in _parse_html(c.params["text"]).split("\n")]
    assert lines[0].startswith("第0行：<依据> & “说明”")
    assert [line.split("：")[0] for line in lines] == [f"第{n}行" for n in range(120)]


def test_options_become_buttons_under_the_answer(api, bot):
    api.send_text(CHAT, "办护照找哪个部门")
    [reply] = api.wait_messages(CHAT, 1)
    [button] = reply.buttons()
    assert button["callback_data"] == "again:办护照找哪个部门"
    api.click(reply, "再问一次")
    [chosen] = api.wait_messages(CHAT, 2)[1:]
    assert chosen.text == "选择了：again:办护照找哪个部门"


def test_the_token_never_reaches_the_logs(api, bot, caplog):
    with caplog.at_level(logging.DEBUG):
        for text in ("/start", "办护照找哪个部门", "炸", "/compensation", "90"):
            api.send_text(CHAT, text)
        api.wait_messages(CHAT, 5)
    assert any("getUpdates" in r.getMessage() for r in caplog.records), "debug logs were captured"
    assert TOKEN not in caplog.text
    assert TOKEN.split(":")[1] not in caplog.text
