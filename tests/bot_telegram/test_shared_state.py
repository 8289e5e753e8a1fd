"""Dialogue state as data in one store that several bot processes share; safe webhooks.

- a state file that is not the store (an old pickle, garbage, another application's SQLite
  database) is reported, set aside and replaced; it is never unpickled or executed;
- two `python -m bot run` processes behind one webhook (the test plays the load balancer)
  continue each other's /compensation dialogue and count a chat's messages together;
- webhook mode refuses to start without a secret token and listens on 127.0.0.1 by default.
"""

from __future__ import annotations

import logging
import pickle
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.telegram_app import SLOW_DOWN
from bot.telegram_state import Dialogue, StateStore
from tests.bot_telegram.harness import TOKEN
from tests.bot_telegram.test_main import REPO, environment, wait_listening
from tests.portal.conftest import free_port

CHAT = 5001
SECRET = "shared-secret_7"


class _Exploit:
    """Unpickling this creates `marker`: proof that the file was executed."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def _foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("create table notes (text)")
        connection.execute("insert into notes values ('not the bot''s')")
    connection.close()


@pytest.mark.parametrize("kind", ["pickle", "garbage", "foreign sqlite"])
def test_a_state_file_that_is_not_the_store_is_set_aside_never_executed(
    api, start_bot, core_factory, tmp_path, caplog, kind
):
    state = tmp_path / "telegram-state.sqlite3"
    marker = tmp_path / "executed"
    if kind == "pickle":
        state.write_bytes(pickle.dumps({"conversations": _Exploit(marker)}))
    elif kind == "garbage":
        state.write_bytes(bytes(range(256)) * 40)
    else:
        _foreign_sqlite(state)
    original = state.read_bytes()
    with caplog.at_level(logging.WARNING, logger="bot.telegram_state"):
        start_bot(core_factory, state_path=state)
    assert not marker.exists(), "the pickle was loaded"
    [aside] = tmp_path.glob("telegram-state.sqlite3.bad-*")
    assert aside.read_bytes() == original, "kept for inspection, unchanged"
    [warning] = [r for r in caplog.records if r.name == "bot.telegram_state"]
    assert "unusable" in warning.getMessage() and aside.name in warning.getMessage()
    api.send_text(CHAT, "/compensation")
    [prompt] = api.wait_messages(CHAT, 1)
    assert "面积" in prompt.text, "the bot runs on a fresh store"
    assert StateStore(state).dialogue(CHAT, CHAT) == Dialogue("area", {})


def test_a_stored_dialogue_that_is_not_valid_json_is_dropped(tmp_path):
    store = StateStore(tmp_path / "state.sqlite3")
    store.set_dialogue(1, 1, Dialogue("days", {"area": 90.0}))
    with sqlite3.connect(tmp_path / "state.sqlite3") as connection:
        connection.execute("update dialogues set draft = 'cos\nsystem\n(S''id''\ntR.'")
    connection.close()
    assert store.dialogue(1, 1) is None
    assert store.dialogue(1, 1) is None, "and stays dropped"


def test_the_store_is_in_wal_mode_and_holds_only_data(tmp_path):
    path = tmp_path / "state.sqlite3"
    store = StateStore(path)
    store.set_dialogue(7, 8, Dialogue("structure", {"area": 75.5}))
    with sqlite3.connect(path) as connection:
        assert connection.execute("pragma journal_mode").fetchone()[0] == "wal"
        row = connection.execute("select step, draft from dialogues").fetchone()
    connection.close()
    assert row == ("structure", '{"area": 75.5}')


class Instance:
    """One `python -m bot run` process in webhook mode."""

    def __init__(self, api, gazette_db: Path, state: Path, **extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/tg/hook"
        env = environment(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=api.base_url,
            DAZU_DB=str(gazette_db),
            TELEGRAM_PERSISTENCE=str(state),
            WEBHOOK_URL=self.url,
            PORT=str(self.port),
            WEBHOOK_SECRET_TOKEN=SECRET,
            **extra,
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.communicate(timeout=30)[1]
        finally:
            if self.process.poll() is None:
                self.process.kill()


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on `port`, from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


@pytest.fixture
def two_instances(api, gazette_db, tmp_path):
    state = tmp_path / "shared-state.sqlite3"
    instances = [
        Instance(api, gazette_db, state, TELEGRAM_RATE_BURST="6", TELEGRAM_RATE_PER_MINUTE="1")
        for _ in range(2)
    ]
    try:
        for instance in instances:
            wait_listening(instance.port)
        yield instances
    finally:
        for instance in instances:
            instance.stop()


def test_two_processes_continue_each_others_compensation_dialogue(api, two_instances):
    first, second = two_instances
    assert listening_addresses(first.port) == {"0100007F"}, "127.0.0.1 only, by default"

    def deliver(instance: Instance, update: dict, replies: int) -> list:
        before = len(api.messages_to(CHAT)) + len(api.calls("editMessageText", CHAT))
        assert api.post_to_webhook(update, SECRET, url=instance.url)[0] == 200

        def arrived(calls):
            sent = [c for c in calls if c.chat_id == CHAT]
            sent = [c for c in sent if c.method in ("sendMessage", "editMessageText")]
            return sent[before:] if len(sent) >= before + replies else None

        return api.wait_for(arrived, timeout=20)

    [prompt] = deliver(first, api.message_update(CHAT, "/compensation"), 1)
    assert "面积" in prompt.text
    [structures] = deliver(second, api.message_update(CHAT, "88平"), 1)
    assert "88 平方米" in structures.text and structures.buttons()
    structure = structures.buttons()[0]
    [decorations] = deliver(
        first, api.callback_update(structures.result, structure["callback_data"]), 1
    )
    assert structure["text"] in decorations.text
    decoration = decorations.buttons()[-1]
    _, days_prompt = deliver(
        second, api.callback_update(decorations.result, decoration["callback_data"]), 2
    )
    assert "天数" in days_prompt.text
    [estimate] = deliver(first, api.message_update(CHAT, "3"), 1)
    assert "元" in estimate.text and "88" in estimate.text, estimate.text
    [question] = deliver(second, api.message_update(CHAT, "办护照找哪个部门"), 1)
    assert "区公安局" in question.text, "the dialogue has ended for both processes"


def test_two_processes_share_a_chats_rate_limit(api, two_instances):
    """Burst 6: three messages through each process use up the chat's one bucket."""
    for n in range(6):
        instance = two_instances[n % 2]
        status, _ = api.post_to_webhook(api.message_update(CHAT, "/start"), SECRET, instance.url)
        assert status == 200
    api.wait_messages(CHAT, 6, timeout=20)
    api.post_to_webhook(api.message_update(CHAT, "/start"), SECRET, two_instances[0].url)
    api.post_to_webhook(api.message_update(CHAT, "/start"), SECRET, two_instances[1].url)
    [notice] = api.wait_messages(CHAT, 7, timeout=20)[6:]
    assert notice.text == SLOW_DOWN
    time.sleep(0.5)
    assert len(api.messages_to(CHAT)) == 7, "told once, by whichever process saw it first"


def test_webhook_mode_without_a_secret_refuses_to_start(api, gazette_db, tmp_path):
    port = free_port()
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=REPO,
        env=environment(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=api.base_url,
            DAZU_DB=str(gazette_db),
            TELEGRAM_PERSISTENCE=str(tmp_path / "state.sqlite3"),
            WEBHOOK_URL=f"http://127.0.0.1:{port}/tg/hook",
            PORT=str(port),
        ),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "WEBHOOK_SECRET_TOKEN" in line and "Traceback" not in result.stderr
    assert not api.calls(), "nothing was registered with Telegram"
