"""Run the real bot Application against a FakeBotApi in a thread, as run_polling would."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from telegram.ext import Application

from bot.answer_worker import AnswererLike
from bot.config import RateLimit, TelegramConfig
from bot.telegram_app import build_application
from tests.bot_telegram.fake_bot_api import FakeBotApi

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


def bot_config(api: FakeBotApi, state_dir: Path, **overrides) -> TelegramConfig:
    """Settings pointing at the fake server, as the environment would give them."""
    config = TelegramConfig(
        token=api.token,
        api_base_url=api.base_url,
        portal_url="http://127.0.0.1:8001",
        state_path=state_dir / "telegram-state.sqlite3",
        rate_limit=RateLimit(burst=8, per_minute=30),
    )
    return replace(config, **overrides)


def wait_idle(api: FakeBotApi, runner: BotRunner, timeout: float = 10) -> None:
    """Wait until every queued update has been fetched and completely handled."""

    def idle(calls: object) -> bool:
        application = runner.application
        return (
            api.pending_updates() == 0
            and application.update_queue.empty()
            and application.update_processor.current_concurrent_updates == 0
        )

    api.wait_for(idle, timeout)


class BotRunner:
    """Start: initialize → post_init → start polling (or the webhook) → start; stop: the reverse.

    The same steps as `Application.run_polling` / `run_webhook`, without owning the process.
    """

    def __init__(
        self,
        config: TelegramConfig,
        answerer_factory: Callable[[], AnswererLike],
        poll_timeout: int = 2,
    ) -> None:
        self.config = config
        self.answerer_factory = answerer_factory
        self.poll_timeout = poll_timeout
        self.application: Application | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    def start(self, timeout: float = 20) -> BotRunner:
        self._thread = threading.Thread(target=self._run, name="bot-runner", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("the bot did not start")
        if self._error is not None:
            raise self._error
        return self

    def stop(self, timeout: float = 20) -> None:
        if self._loop is not None and self._stopping is not None:
            self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                raise TimeoutError("the bot did not stop")
        if self._error is not None:
            raise self._error

    def call(self, coroutine) -> object:
        """Run a coroutine on the bot's event loop (e.g. inspecting the application)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(10)

    def __enter__(self) -> BotRunner:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as error:  # surfaced to the test thread by start()/stop()
            self._error = error
            self._ready.set()

    async def _serve(self) -> None:
        application = self.application = build_application(self.config, self.answerer_factory)
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        await application.initialize()
        await application.post_init(application)
        config = self.config
        if config.webhook_url:
            await application.updater.start_webhook(
                listen=config.webhook_listen,
                port=config.port,
                url_path=config.webhook_path,
                webhook_url=config.webhook_url,
                secret_token=config.webhook_secret_token,
            )
        else:
            await application.updater.start_polling(poll_interval=0, timeout=self.poll_timeout)
        await application.start()
        self._ready.set()
        await self._stopping.wait()
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        await application.post_shutdown(application)
