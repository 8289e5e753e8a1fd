"""Webhook mode: Telegram POSTs updates to the bot; the secret token header is required."""

from __future__ import annotations

import pytest

from tests.bot_telegram.harness import wait_idle
from tests.portal.conftest import free_port

SECRET = "webhook-secret_42"
CHAT = 3001


@pytest.fixture
def webhook_bot(api, start_bot, core_factory):
    port = free_port()
    runner = start_bot(
        core_factory,
        webhook_url=f"http://127.0.0.1:{port}/telegram/hook",
        webhook_listen="127.0.0.1",
        port=port,
        webhook_secret_token=SECRET,
    )
    return runner


def test_webhook_is_registered_with_its_secret(api, webhook_bot):
    [registration] = api.calls("setWebhook")
    assert registration.params["url"] == webhook_bot.config.webhook_url
    assert registration.params["secret_token"] == SECRET
    assert not api.calls("getUpdates"), "no polling in webhook mode"


def test_update_with_the_right_secret_is_answered(api, webhook_bot):
    status, _ = api.post_to_webhook(api.message_update(CHAT, "办护照找哪个部门"), SECRET)
    assert status == 200
    [reply] = api.wait_messages(CHAT, 1)
    assert "区公安局" in reply.text


@pytest.mark.parametrize("secret", [None, "wrong-secret"])
def test_update_without_the_right_secret_is_forbidden(api, webhook_bot, secret):
    status, _ = api.post_to_webhook(api.message_update(CHAT, "办护照找哪个部门"), secret)
    assert status == 403
    wait_idle(api, webhook_bot)
    assert not api.messages_to(CHAT)
