"""The adapter's parts on their own: input parsing, HTML rendering and splitting, rate limiting,
configuration, token redaction."""

from __future__ import annotations

import logging

import pytest

from bot.answers import Answer, Citation
from bot.config import ConfigError, RateLimit, TelegramConfig
from bot.ratelimit import ChatRateLimiter, Verdict
from bot.redact import REDACTED, protect
from bot.telegram_estimate import parse_area, parse_days
from bot.telegram_format import answer_lines, split_message
from tests.bot_telegram.fake_bot_api import _parse_html


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("90", 90),
        ("90平", 90),
        ("85.5 平米", 85.5),
        ("120m²", 120),
        ("60㎡", 60),
        ("100平方米", 100),
    ],
)
def test_area_accepts_arabic_numbers_with_units(text, area):
    assert parse_area(text).value == area


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("九十平", "阿拉伯数字"),
        ("-5", "负数"),
        ("abc", "没看懂"),
        ("0", "大于 0"),
        ("", "没看懂"),
        ("1000000", "超过"),
    ],
)
def test_area_refusals_say_why(text, hint):
    parsed = parse_area(text)
    assert parsed.value is None
    assert hint in parsed.problem


def test_days():
    assert parse_days("10天").value == 10
    assert parse_days("0").value == 0
    assert "负数" in parse_days("-3").problem
    assert "阿拉伯数字" in parse_days("十天").problem
    assert parse_days("1.5").value is None


def test_refusal_escapes_what_the_user_typed():
    assert "&lt;b&gt;" in parse_area("<b>").problem


def test_answer_html_escapes_every_dynamic_value():
    answer = Answer(
        answer="A < B & C",
        citations=[Citation("号<1>", "标题&", "2021-01-01", "src")],
        portal_url='http://x/?q="a"&b=<c>',
    )
    html = "\n".join(answer_lines(answer))
    assert _parse_html(html)  # Telegram would accept it
    assert "A &lt; B &amp; C" in html
    assert "《标题&amp;》 号&lt;1&gt;" in html
    assert 'href="http://x/?q=&quot;a&quot;&amp;b=&lt;c&gt;"' in html


def test_split_keeps_lines_whole_and_under_the_limit():
    lines = [f"{n:03d} " + "字" * 95 for n in range(100)]  # 100 lines of 99 characters
    messages = split_message(lines)
    assert len(messages) == 3
    assert all(len(message) <= 4096 for message in messages)
    assert "\n".join(messages).split("\n") == lines


def test_split_cuts_an_overlong_line_outside_entities():
    line = "&amp;" * 1000  # 5000 characters, 1000 entities
    messages = split_message([line])
    assert len(messages) == 2
    assert all(len(m) <= 4096 and _parse_html(m) for m in messages)
    assert "".join(messages) == line


def test_split_counts_utf16_units():
    assert len(split_message(["😀" * 2048, "😀"])) == 2


def test_rate_limiter_notifies_once_then_recovers():
    now = [0.0]
    limiter = ChatRateLimiter(RateLimit(burst=3, per_minute=60), clock=lambda: now[0])
    verdicts = [limiter.check(1) for _ in range(6)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.NOTIFY, Verdict.DROP, Verdict.DROP]
    assert limiter.check(2) is Verdict.ALLOW, "another chat has its own bucket"
    now[0] += 1.0  # one token back
    assert limiter.check(1) is Verdict.ALLOW
    assert limiter.check(1) is Verdict.NOTIFY, "told again after being let through"


def test_rate_limiter_forgets_refilled_chats():
    now = [0.0]
    limiter = ChatRateLimiter(
        RateLimit(burst=2, per_minute=60), clock=lambda: now[0], prune_every=10
    )
    for chat_id in range(10):
        limiter.check(chat_id)
    assert len(limiter) == 10  # pruned at the 10th check, but none had refilled yet
    now[0] += 5
    for _ in range(10):
        limiter.check(999)
    assert len(limiter) == 1


def test_config_from_environment():
    config = TelegramConfig.from_env(
        {
            "TELEGRAM_BOT_TOKEN": "1:abc",
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
            "WEBHOOK_URL": "https://bot.example.org/tg/hook",
            "PORT": "9000",
            "WEBHOOK_SECRET_TOKEN": "s3cret_-",
            "DAZU_PORTAL_URL": "https://data.example.org/",
            "TELEGRAM_PERSISTENCE": "/var/lib/bot/state.sqlite3",
        }
    )
    assert config.token == "1:abc"
    assert config.api_file_url == "http://127.0.0.1:8081/file/bot"
    assert (config.webhook_path, config.port) == ("tg/hook", 9000)
    assert config.webhook_listen == "127.0.0.1", "only the local reverse proxy reaches it"
    assert config.portal_url == "https://data.example.org"
    assert str(config.state_path) == "/var/lib/bot/state.sqlite3"


def test_config_defaults_and_errors():
    config = TelegramConfig.from_env({})
    assert config.token is None
    assert config.api_base_url == "https://api.telegram.org/bot"
    assert config.webhook_url is None
    with pytest.raises(ConfigError, match="PORT"):
        TelegramConfig.from_env({"PORT": "eighty"})
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET_TOKEN"):
        TelegramConfig.from_env({"WEBHOOK_SECRET_TOKEN": "has space"})


def test_webhook_needs_a_secret_and_listens_where_told():
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET_TOKEN is not"):
        TelegramConfig.from_env({"WEBHOOK_URL": "https://bot.example.org/hook"})
    config = TelegramConfig.from_env(
        {
            "WEBHOOK_URL": "https://bot.example.org/hook",
            "WEBHOOK_SECRET_TOKEN": "s3cret",
            "WEBHOOK_LISTEN": "0.0.0.0",
        }
    )
    assert config.webhook_listen == "0.0.0.0"


def test_token_is_redacted_from_messages_arguments_and_tracebacks(caplog):
    token = "987654:redaction-test-token"
    protect(token)
    logger = logging.getLogger("tests.redaction")
    with caplog.at_level(logging.DEBUG):
        logger.info("POST https://api.telegram.org/bot%s/getUpdates", token)
        try:
            raise ConnectionError(f"cannot reach https://api.telegram.org/bot{token}/getMe")
        except ConnectionError:
            logger.exception("network")
    assert token not in caplog.text
    assert caplog.text.count(REDACTED) >= 2
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING
