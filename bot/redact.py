"""Keep the bot token out of every log line, whoever logs it and whatever handler prints it.

The token is part of every Bot API URL (…/bot<token>/getUpdates), so it turns up in httpx's
request log, in network exceptions and in `repr(bot)`. Handler filters only see records of
the handler they are attached to, so the redaction happens where records are made: a log
record factory that formats the message (and any traceback) and replaces the secrets.
"""

from __future__ import annotations

import logging
import traceback

REDACTED = "<redacted>"
_secrets: set[str] = set()
_installed = False


def redact(text: str) -> str:
    for secret in _secrets:
        text = text.replace(secret, REDACTED)
    return text


def protect(secret: str | None) -> None:
    """Redact `secret` from every log record made from now on in this process.

    Also quietens httpx/httpcore, whose INFO lines are one request URL (token included) each.
    """
    global _installed
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    if not secret:
        return
    _secrets.add(secret)
    if not _installed:
        logging.setLogRecordFactory(_redacting_factory(logging.getLogRecordFactory()))
        _installed = True


def _redacting_factory(make_record):
    def factory(*args, **kwargs) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        if not _secrets:
            return record
        try:
            record.msg = redact(record.getMessage())
            record.args = ()
        except (TypeError, ValueError):  # a malformed call: let the handler report it as usual
            pass
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip())
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return record

    return factory
