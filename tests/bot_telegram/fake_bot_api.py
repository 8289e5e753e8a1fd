"""A local server speaking the Telegram Bot API, for driving the real bot without the internet.

It answers `POST|GET /bot<token>/<method>` with JSON (`{"ok": true, "result": …}` or
`{"ok": false, "error_code": …, "description": …}`) from form-encoded, JSON, multipart or empty
bodies, like api.telegram.org does, and checks what Telegram checks where a bot could get it
wrong: the token, required parameters, HTML entities (parse_mode=HTML), message length after
entity parsing, callback data ≤ 64 bytes, answering a callback query twice, editing a message
that does not exist or without changes, getUpdates while a webhook is set.

Tests enqueue updates (`send_text`, `click`), then inspect every request the bot made
(`calls`, `wait_for`, `messages_to`). Long polls (`getUpdates` with `timeout`) wait on a
condition; a client that hangs up mid-poll only costs the thread a BrokenPipe.
"""

from __future__ import annotations

import email.parser
import email.policy
import html
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BOT_USER = {
    "id": 7000001,
    "is_bot": True,
    "first_name": "大足公报助手",
    "username": "dazu_gazette_bot",
}
MAX_MESSAGE_UTF16 = 4096
MAX_CALLBACK_DATA_BYTES = 64
_TAG = re.compile(
    r"<(/?)(b|strong|i|em|u|ins|s|strike|del|a|code|pre|tg-spoiler|span|blockquote|tg-emoji)"
    r"(\s[^<>]*)?>"
)
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class ApiError(Exception):
    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


@dataclass
class ApiCall:
    """One request the bot made (recorded once answered): method, parameters, result."""

    method: str
    params: dict[str, Any]
    content_type: str
    at: float = field(default_factory=time.monotonic)
    ok: bool = True
    result: Any = None

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def reply_markup(self) -> dict | None:
        return self.params.get("reply_markup")

    def buttons(self) -> list[dict]:
        markup = self.reply_markup or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]


class FakeBotApi:
    """The server and its state; thread-safe, start()/stop() or use as a context manager."""

    def __init__(self, token: str, host: str = "127.0.0.1", port: int = 0) -> None:
        self.token = token
        self.record = True
        self.on_call: Callable[[ApiCall], None] | None = None
        self._cond = threading.Condition()
        self._closing = False
        self._pending: list[dict] = []
        self._next_update_id = 1
        self._next_message_id = 1
        self._next_query_id = 1
        self._open_queries: set[str] = set()
        self._messages: dict[tuple[int, int], dict] = {}
        self._calls: list[ApiCall] = []
        self.webhook: dict[str, Any] = {}
        self._server = ThreadingHTTPServer((host, port), _handler_class(self))
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # -- life cycle -----------------------------------------------------------------------

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    def start(self) -> FakeBotApi:
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeBotApi:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- what tests send ------------------------------------------------------------------

    def enqueue(self, update: dict) -> int:
        """Queue an update (its update_id is assigned here) for the next getUpdates."""
        with self._cond:
            update = {"update_id": self._next_update_id, **update}
            self._next_update_id += 1
            self._pending.append(update)
            self._cond.notify_all()
            return update["update_id"]

    def message_update(self, chat_id: int, text: str, user_id: int | None = None) -> dict:
        """A private-chat text message; a leading /command gets its bot_command entity."""
        user = _user(user_id or chat_id)
        with self._cond:
            message_id = self._next_message_id
            self._next_message_id += 1
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": user["first_name"]},
            "from": user,
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
            ]
        return {"message": message}

    def send_text(self, chat_id: int, text: str, user_id: int | None = None) -> int:
        return self.enqueue(self.message_update(chat_id, text, user_id))

    def callback_update(self, message: dict, data: str, user_id: int | None = None) -> dict:
        chat_id = message["chat"]["id"]
        with self._cond:
            query_id = str(self._next_query_id)
            self._next_query_id += 1
            self._open_queries.add(query_id)
        return {
            "callback_query": {
                "id": query_id,
                "from": _user(user_id or chat_id),
                "chat_instance": f"ci{chat_id}",
                "message": message,
                "data": data,
            }
        }

    def click(self, call: ApiCall, label: str) -> int:
        """Press the button labelled `label` under the message that `call` sent."""
        message = call.result
        for button in call.buttons():
            if button["text"] == label:
                return self.enqueue(self.callback_update(message, button["callback_data"]))
        labels = [button["text"] for button in call.buttons()]
        raise AssertionError(f"no button {label!r} under message; buttons: {labels}")

    def post_to_webhook(
        self, update: dict, secret_token: str | None, url: str | None = None
    ) -> tuple[int, bytes]:
        """Deliver `update` to the registered webhook as Telegram does (or to `url`, as a load
        balancer in front of several instances would); (status, body)."""
        headers = {"Content-Type": "application/json"}
        if secret_token is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret_token
        with self._cond:
            update = {"update_id": self._next_update_id, **update}
            self._next_update_id += 1
        request = urllib.request.Request(
            url or self.webhook["url"],
            data=json.dumps(update).encode(),
            headers=headers,
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    # -- what tests inspect ---------------------------------------------------------------

    def calls(self, method: str | None = None, chat_id: int | None = None) -> list[ApiCall]:
        with self._cond:
            return [
                call
                for call in self._calls
                if (method is None or call.method == method)
                and (chat_id is None or call.chat_id == chat_id)
            ]

    def messages_to(self, chat_id: int) -> list[ApiCall]:
        return self.calls("sendMessage", chat_id)

    def wait_for(self, predicate: Callable[[list[ApiCall]], Any], timeout: float = 10) -> Any:
        """Wait until `predicate(all calls so far)` is truthy; return its value."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate(list(self._calls))
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    methods = [(c.method, c.chat_id, c.text[:40]) for c in self._calls[-15:]]
                    raise AssertionError(f"timed out; last calls: {methods}")
                self._cond.wait(min(remaining, 0.05))  # the predicate may watch more than calls

    def wait_messages(self, chat_id: int, count: int, timeout: float = 10) -> list[ApiCall]:
        """Wait until `chat_id` has received `count` messages; return all of them."""

        def enough(calls: list[ApiCall]) -> list[ApiCall] | None:
            sent = [c for c in calls if c.method == "sendMessage" and c.chat_id == chat_id]
            return sent if len(sent) >= count else None

        return self.wait_for(enough, timeout)

    def pending_updates(self) -> int:
        with self._cond:
            return len(self._pending)

    # -- the API --------------------------------------------------------------------------

    def handle(self, path: str, params: dict[str, Any], content_type: str) -> tuple[int, dict]:
        try:
            method = self._method(path)
            call = ApiCall(method, params, content_type)
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            try:
                call.result = handler(params)
            except ApiError:
                call.ok = False
                raise
            finally:
                self._record(call)
            return 200, {"ok": True, "result": call.result}
        except ApiError as error:
            return error.code, {
                "ok": False,
                "error_code": error.code,
                "description": error.description,
            }

    def _method(self, path: str) -> str:
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            raise ApiError(401, "Unauthorized")
        return path[len(prefix) :]

    def _record(self, call: ApiCall) -> None:
        if self.on_call is not None:
            self.on_call(call)
        with self._cond:
            if self.record:
                self._calls.append(call)
            self._cond.notify_all()

    def _api_getMe(self, params: dict) -> dict:
        return BOT_USER

    def _api_getUpdates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        with self._cond:
            if self.webhook.get("url"):
                raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
            while True:
                if offset:
                    self._pending = [u for u in self._pending if u["update_id"] >= offset]
                remaining = deadline - time.monotonic()
                if self._pending or remaining <= 0 or self._closing:
                    return self._pending[:limit]
                self._cond.wait(remaining)

    def _api_setWebhook(self, params: dict) -> bool:
        url = params.get("url") or ""
        self.webhook = {
            "url": url,
            "secret_token": params.get("secret_token"),
            "allowed_updates": params.get("allowed_updates"),
        }
        if params.get("drop_pending_updates") in (True, "true", "True"):
            self._drop_pending()
        return True

    def _api_deleteWebhook(self, params: dict) -> bool:
        self.webhook = {}
        if params.get("drop_pending_updates") in (True, "true", "True"):
            self._drop_pending()
        return True

    def _api_getWebhookInfo(self, params: dict) -> dict:
        info = {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": self.pending_updates(),
        }
        if self.webhook.get("allowed_updates"):
            info["allowed_updates"] = self.webhook["allowed_updates"]
        return info

    def _api_setMyCommands(self, params: dict) -> bool:
        _require(params, "commands")
        return True

    def _api_sendChatAction(self, params: dict) -> bool:
        _require(params, "chat_id", "action")
        return True

    def _api_sendMessage(self, params: dict) -> dict:
        _require(params, "chat_id")
        text = _checked_text(params)
        _check_markup(params.get("reply_markup"))
        with self._cond:
            message_id = self._next_message_id
            self._next_message_id += 1
        chat_id = int(params["chat_id"])
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT_USER,
            "text": text,
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        with self._cond:
            self._messages[(chat_id, message_id)] = message
        return message

    def _api_editMessageText(self, params: dict) -> dict:
        _require(params, "chat_id", "message_id")
        text = _checked_text(params)
        _check_markup(params.get("reply_markup"))
        key = (int(params["chat_id"]), int(params["message_id"]))
        with self._cond:
            message = self._messages.get(key)
            if message is None:
                raise ApiError(400, "Bad Request: message to edit not found")
            markup = params.get("reply_markup")
            if message["text"] == text and message.get("reply_markup") == markup:
                raise ApiError(400, "Bad Request: message is not modified")
            message = {**message, "text": text, "edit_date": int(time.time())}
            message.pop("reply_markup", None)
            if markup:
                message["reply_markup"] = markup
            self._messages[key] = message
        return message

    def _api_answerCallbackQuery(self, params: dict) -> bool:
        _require(params, "callback_query_id")
        with self._cond:
            if params["callback_query_id"] not in self._open_queries:
                raise ApiError(
                    400,
                    "Bad Request: query is too old and response timeout expired "
                    "or query ID is invalid",
                )
            self._open_queries.discard(params["callback_query_id"])
        return True

    def _drop_pending(self) -> None:
        with self._cond:
            self._pending.clear()


def _user(user_id: int) -> dict:
    return {
        "id": user_id,
        "is_bot": False,
        "first_name": f"用户{user_id}",
        "language_code": "zh-hans",
    }


def _require(params: dict, *names: str) -> None:
    for name in names:
        if params.get(name) in (None, ""):
            raise ApiError(400, f"Bad Request: {name} is empty")


def _checked_text(params: dict) -> str:
    """The text as the user will see it; Telegram's errors for what it would refuse."""
    raw = str(params.get("text") or "")
    text = _parse_html(raw) if params.get("parse_mode") == "HTML" else raw
    if not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if _utf16_len(text) > MAX_MESSAGE_UTF16:
        raise ApiError(400, "Bad Request: message is too long")
    return text


def _parse_html(raw: str) -> str:
    """Telegram's HTML subset: known tags, balanced; every other <, >, & escaped."""
    stack: list[str] = []
    for match in _TAG.finditer(raw):
        closing, name = match.group(1), match.group(2)
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            raise ApiError(400, f"Bad Request: can't parse entities: unmatched end tag {name}")
    if stack:
        raise ApiError(400, f"Bad Request: can't parse entities: unclosed start tag {stack[-1]}")
    text = _TAG.sub("", raw)
    if "<" in text or ">" in text:
        raise ApiError(400, "Bad Request: can't parse entities: unsupported start tag")
    if "&" in _ENTITY.sub("", text):
        raise ApiError(400, "Bad Request: can't parse entities: character '&' is reserved")
    return html.unescape(text)


def _check_markup(markup: Any) -> None:
    if not markup:
        return
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA_BYTES:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _decode_value(value: Any) -> Any:
    """Form values are strings; objects and arrays (reply_markup, …) arrive as JSON text."""
    if isinstance(value, str) and value[:1] in ("{", "["):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def parse_body(body: bytes, content_type: str) -> dict[str, Any]:
    """Parameters from an empty, JSON, form-encoded or multipart body."""
    if not body.strip():
        return {}
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json":
        params = json.loads(body)
        if not isinstance(params, dict):
            raise ApiError(400, "Bad Request: parameters must be a JSON object")
        return params
    if kind == "application/x-www-form-urlencoded":
        pairs = urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True)
        return {name: _decode_value(value) for name, value in pairs}
    if kind == "multipart/form-data":
        return _parse_multipart(body, content_type)
    raise ApiError(400, f"Bad Request: unsupported content type {kind}")


def _parse_multipart(body: bytes, content_type: str) -> dict[str, Any]:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    params: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        if part.get_filename():
            params[name] = payload
        else:
            params[name] = _decode_value(payload.decode(part.get_content_charset() or "utf-8"))
    return params


def _handler_class(api: FakeBotApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms stalls

        def do_POST(self) -> None:
            self._serve()

        def do_GET(self) -> None:
            self._serve()

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            content_type = self.headers.get("Content-Type") or ""
            path, _, query = self.path.partition("?")
            try:
                params = parse_body(body, content_type)
                params.update({k: _decode_value(v) for k, v in urllib.parse.parse_qsl(query)})
                status, payload = api.handle(path, params, content_type)
            except (ApiError, ValueError) as error:
                code = getattr(error, "code", 400)
                status, payload = (
                    code,
                    {"ok": False, "error_code": code, "description": f"Bad Request: {error}"},
                )
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client hung up (a cancelled long poll)

        def log_message(self, format: str, *args: Any) -> None:
            """Silent: the tests look at `api.calls()` instead."""

    return Handler
