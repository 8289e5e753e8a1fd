"""The fake Bot API server answers like Telegram does, so the bot tests mean something."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.bot_telegram.fake_bot_api import FakeBotApi
from tests.bot_telegram.harness import TOKEN


def post(
    api: FakeBotApi,
    method: str,
    body: bytes = b"",
    content_type: str | None = None,
    token: str = TOKEN,
) -> tuple[int, dict]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{api.port}/bot{token}/{method}", data=body, method="POST"
    )
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def form(**params: object) -> bytes:
    return urllib.parse.urlencode(params).encode()


def test_get_me_with_an_empty_body(api):
    status, payload = post(api, "getMe")
    assert status == 200
    assert payload["ok"] is True
    assert payload["result"]["is_bot"] is True


def test_wrong_token_and_unknown_method(api):
    assert post(api, "getMe", token="1:wrong")[0] == 401
    status, payload = post(api, "sendTelepathy")
    assert (status, payload["ok"], payload["error_code"]) == (404, False, 404)


def test_form_and_json_bodies_are_both_understood(api):
    markup = {"inline_keyboard": [[{"text": "是", "callback_data": "yes"}]]}
    status, _ = post(
        api,
        "sendMessage",
        form(chat_id=5, text="你好", reply_markup=json.dumps(markup)),
        "application/x-www-form-urlencoded",
    )
    assert status == 200
    status, _ = post(
        api, "sendMessage", json.dumps({"chat_id": 5, "text": "再见"}).encode(), "application/json"
    )
    assert status == 200
    first, second = api.messages_to(5)
    assert (first.text, first.reply_markup) == ("你好", markup)
    assert second.text == "再见"


def test_html_is_checked_like_telegram(api):
    def send(text: str) -> int:
        return post(
            api,
            "sendMessage",
            form(chat_id=1, text=text, parse_mode="HTML"),
            "application/x-www-form-urlencoded",
        )[0]

    assert send('<b>粗</b> &lt;a&gt; &amp; <a href="http://x/?a=1&amp;b=2">链接</a>') == 200
    assert send("1 < 2") == 400
    assert send("A & B") == 400
    assert send("<b>未闭合") == 400
    assert send("<script>x</script>") == 400
    assert send("字" * 4096) == 200
    assert send("字" * 4097) == 400


def test_callback_data_over_64_bytes_is_refused(api):
    markup = {"inline_keyboard": [[{"text": "长", "callback_data": "字" * 22}]]}
    status, payload = post(
        api,
        "sendMessage",
        form(chat_id=1, text="x", reply_markup=json.dumps(markup)),
        "application/x-www-form-urlencoded",
    )
    assert status == 400
    assert "BUTTON_DATA_INVALID" in payload["description"]


def test_callback_query_can_be_answered_once(api):
    sent = post(api, "sendMessage", form(chat_id=3, text="问"), "application/x-www-form-urlencoded")
    update = api.callback_update(sent[1]["result"], "data")
    query_id = update["callback_query"]["id"]
    body = form(callback_query_id=query_id)
    assert post(api, "answerCallbackQuery", body, "application/x-www-form-urlencoded")[0] == 200
    assert post(api, "answerCallbackQuery", body, "application/x-www-form-urlencoded")[0] == 400


def test_edit_needs_an_existing_message_and_a_change(api):
    _, sent = post(
        api, "sendMessage", form(chat_id=3, text="旧"), "application/x-www-form-urlencoded"
    )
    message_id = sent["result"]["message_id"]
    edit = form(chat_id=3, message_id=message_id, text="新")
    assert post(api, "editMessageText", edit, "application/x-www-form-urlencoded")[0] == 200
    assert post(api, "editMessageText", edit, "application/x-www-form-urlencoded")[0] == 400
    missing = form(chat_id=3, message_id=999_999, text="新")
    assert post(api, "editMessageText", missing, "application/x-www-form-urlencoded")[0] == 400


def test_long_poll_waits_for_an_update_then_confirms_by_offset(api):
    threading.Timer(0.3, api.send_text, args=(9, "来了")).start()
    started = time.monotonic()
    _, payload = post(api, "getUpdates", form(timeout=5), "application/x-www-form-urlencoded")
    waited = time.monotonic() - started
    assert 0.2 < waited < 3
    [update] = payload["result"]
    assert update["message"]["text"] == "来了"
    _, again = post(
        api,
        "getUpdates",
        form(offset=update["update_id"], timeout=0),
        "application/x-www-form-urlencoded",
    )
    assert len(again["result"]) == 1, "not confirmed until offset passes it"
    _, after = post(
        api,
        "getUpdates",
        form(offset=update["update_id"] + 1, timeout=0),
        "application/x-www-form-urlencoded",
    )
    assert after["result"] == []


def test_long_poll_times_out_empty(api):
    started = time.monotonic()
    _, payload = post(api, "getUpdates", form(timeout=1), "application/x-www-form-urlencoded")
    assert payload["result"] == []
    assert 0.9 < time.monotonic() - started < 3


def test_survives_a_client_hanging_up_mid_poll(api):
    body = form(timeout=1)
    with socket.create_connection(("127.0.0.1", api.port)) as sock:
        sock.sendall(
            f"POST /bot{TOKEN}/getUpdates HTTP/1.1\r\nHost: x\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
    time.sleep(1.3)  # the server answers into the closed socket
    assert post(api, "getMe")[0] == 200


def test_get_updates_conflicts_with_a_webhook(api):
    post(
        api, "setWebhook", form(url="https://example.org/hook"), "application/x-www-form-urlencoded"
    )
    assert post(api, "getUpdates")[0] == 409
    _, info = post(api, "getWebhookInfo")
    assert info["result"]["url"] == "https://example.org/hook"
    post(api, "deleteWebhook")
    assert post(api, "getUpdates")[0] == 200


@pytest.mark.parametrize("text", ["/start", "/services 护照"])
def test_commands_carry_their_bot_command_entity(api, text):
    update = api.message_update(1, text)
    [entity] = update["message"]["entities"]
    assert entity["type"] == "bot_command"
    assert text[entity["offset"] : entity["length"]] == text.split()[0]
