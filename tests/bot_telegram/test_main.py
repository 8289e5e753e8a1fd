"""`python -m bot run` as `make bot` starts it: polling with a token, console chat without."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from bot.telegram_state import Dialogue, StateStore
from tests.bot_telegram.harness import TOKEN
from tests.portal.conftest import free_port

REPO = Path(__file__).resolve().parents[2]
CHAT = 4001


def environment(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    return {**env, **values}


def wait_listening(port: int, timeout: float = 30) -> None:
    """python-telegram-bot registers the webhook (setWebhook) before its server listens."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_run_polls_answers_and_stops_gracefully_on_sigterm(api, gazette_db, tmp_path):
    state = tmp_path / "state.sqlite3"
    env = environment(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        DAZU_DB=str(gazette_db),
        TELEGRAM_PERSISTENCE=str(state),
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        api.wait_for(lambda calls: [c for c in calls if c.method == "deleteWebhook"], timeout=60)
        api.send_text(CHAT, "办护照找哪个部门")
        [reply] = api.wait_messages(CHAT, 1)
        assert "区公安局" in reply.text
        api.send_text(CHAT, "/compensation")
        api.wait_messages(CHAT, 2)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Application.stop() complete" in err
    assert TOKEN not in out + err
    assert "HTTP Request" not in err, "httpx request lines (URL with token) are not logged"
    store = StateStore(state)
    assert store.dialogue(CHAT, CHAT) == Dialogue("area", {}), "the dialogue survives the stop"


def test_without_a_token_it_explains_and_opens_the_console_chat(gazette_db):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=REPO,
        env=environment(DAZU_DB=str(gazette_db)),
        input="办护照找哪个部门\n\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and "@BotFather" in result.stderr
    assert "区公安局" in result.stdout


def test_run_in_webhook_mode_checks_the_secret(api, gazette_db, tmp_path):
    port = free_port()
    secret = "run-secret"
    env = environment(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        DAZU_DB=str(gazette_db),
        TELEGRAM_PERSISTENCE=str(tmp_path / "state.sqlite3"),
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_URL=f"http://127.0.0.1:{port}/tg/hook",
        PORT=str(port),
        WEBHOOK_SECRET_TOKEN=secret,
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        [registered] = api.wait_for(
            lambda calls: [c for c in calls if c.method == "setWebhook"], timeout=60
        )
        assert registered.params["secret_token"] == secret
        wait_listening(port)
        update = api.message_update(CHAT, "办护照找哪个部门")
        assert api.post_to_webhook(update, "not-the-secret")[0] == 403
        assert api.post_to_webhook(update, secret)[0] == 200
        [reply] = api.wait_messages(CHAT, 1)
        assert "区公安局" in reply.text
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert TOKEN not in out + err and secret not in out + err
    assert len(api.messages_to(CHAT)) == 1, "the forbidden delivery was not answered"
