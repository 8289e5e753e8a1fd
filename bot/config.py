"""Telegram adapter settings, read from the environment (never from code or the repository)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .core import MAX_QUESTION_CHARS

TELEGRAM_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_PORTAL_URL = "http://127.0.0.1:8001"
DEFAULT_STATE_PATH = "build/telegram-state.sqlite3"
DEFAULT_WEBHOOK_LISTEN = "127.0.0.1"  # behind a reverse proxy; WEBHOOK_LISTEN=0.0.0.0 opens it
# Telegram accepts 1-256 characters from this set in X-Telegram-Bot-Api-Secret-Token.
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")


class ConfigError(ValueError):
    """An environment variable holds a value the bot cannot run with."""


@dataclass(frozen=True)
class RateLimit:
    """Per-chat token bucket: `burst` messages at once, then `per_minute` on average."""

    burst: float = 8
    per_minute: float = 30

    @property
    def per_second(self) -> float:
        return self.per_minute / 60


@dataclass(frozen=True)
class TelegramConfig:
    """Everything the Telegram adapter needs to start, polling or webhook."""

    token: str | None
    api_base_url: str = TELEGRAM_API_BASE_URL
    webhook_url: str | None = None
    webhook_listen: str = DEFAULT_WEBHOOK_LISTEN
    port: int = 8443
    webhook_secret_token: str | None = None
    portal_url: str = DEFAULT_PORTAL_URL
    state_path: Path = Path(DEFAULT_STATE_PATH)  # shared by every bot process on the host
    rate_limit: RateLimit = RateLimit()
    max_input_chars: int = MAX_QUESTION_CHARS  # longer messages are refused before answering

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> TelegramConfig:
        env = os.environ if environ is None else environ
        secret = _blank_to_none(env.get("WEBHOOK_SECRET_TOKEN"))
        if secret is not None and not _SECRET_TOKEN.fullmatch(secret):
            raise ConfigError("WEBHOOK_SECRET_TOKEN: 1-256 characters of A-Z, a-z, 0-9, _ and -")
        webhook_url = _blank_to_none(env.get("WEBHOOK_URL"))
        if webhook_url and secret is None:
            raise ConfigError(
                "WEBHOOK_URL is set but WEBHOOK_SECRET_TOKEN is not: webhook mode needs a secret "
                "token (1-256 characters of A-Z, a-z, 0-9, _ and -) so that only Telegram can post"
            )
        return cls(
            token=_blank_to_none(env.get("TELEGRAM_BOT_TOKEN")),
            api_base_url=env.get("TELEGRAM_API_BASE_URL") or TELEGRAM_API_BASE_URL,
            webhook_url=webhook_url,
            webhook_listen=env.get("WEBHOOK_LISTEN") or DEFAULT_WEBHOOK_LISTEN,
            port=_number(env, "PORT", 8443, int),
            webhook_secret_token=secret,
            portal_url=(env.get("DAZU_PORTAL_URL") or DEFAULT_PORTAL_URL).rstrip("/"),
            state_path=Path(env.get("TELEGRAM_PERSISTENCE") or DEFAULT_STATE_PATH),
            rate_limit=RateLimit(
                burst=_number(env, "TELEGRAM_RATE_BURST", RateLimit.burst, float),
                per_minute=_number(env, "TELEGRAM_RATE_PER_MINUTE", RateLimit.per_minute, float),
            ),
            max_input_chars=_number(env, "TELEGRAM_MAX_INPUT_CHARS", MAX_QUESTION_CHARS, int),
        )

    @property
    def api_file_url(self) -> str:
        """The file endpoint that goes with `api_base_url` (…/bot → …/file/bot)."""
        base = self.api_base_url.rstrip("/")
        if base.endswith("/bot"):
            return base[: -len("/bot")] + "/file/bot"
        return base + "/file/bot"

    @property
    def webhook_path(self) -> str:
        """The path the webhook listens on: the path of WEBHOOK_URL, without the leading slash."""
        return urlsplit(self.webhook_url or "").path.lstrip("/")


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value else None


def _number(env: Mapping[str, str], name: str, default, kind):
    raw = env.get(name)
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a {kind.__name__}, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {raw!r}")
    return value
