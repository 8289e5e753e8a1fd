"""The Telegram bot: a python-telegram-bot Application over the answering core.

`python -m bot run` calls `main()`: polling, or a webhook when WEBHOOK_URL is set; without
TELEGRAM_BOT_TOKEN it explains how to set one and opens the console chat instead.

Where state lives: answers come from the read-only database (any instance gives the same
answer); clarification buttons carry the whole question in their callback data, estimate buttons
the answers given so far. The /compensation dialogue's steps and the rate limiter's buckets are
in one SQLite file (TELEGRAM_PERSISTENCE, see bot.telegram_state) that every bot process on the
host reads and writes on each update: several processes can serve one webhook, and a restart
continues a dialogue.

python-telegram-bot's own persistence (BasePersistence) is not used for this: it reads the
state once at start-up and writes it back on a timer, so a second process would never see the
first one's steps.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.answer_worker import AnswererLike, AnswerWorker
from bot.config import ConfigError, TelegramConfig
from bot.ratelimit import ChatRateLimiter, Verdict
from bot.redact import protect
from bot.telegram_estimate import EstimateDialogue
from bot.telegram_format import e, link
from bot.telegram_reply import send_answer, typing
from bot.telegram_state import StateStore
from scripts.package import ROOT  # $DAZU_HOME, or the checkout

logger = logging.getLogger(__name__)

DATAPACKAGE = ROOT / "datapackage" / "datapackage.json"
# Updates handled at once (different chats; one chat's updates are always in order). Each has
# at most two requests in flight (typing, reply), so the pool never makes a request queue:
# httpcore scans every pooled connection for every queued request, which under load costs
# more than it brings. Telegram itself allows a bot about 30 messages a second.
MAX_CONCURRENT_UPDATES = 16
CONNECTION_POOL_SIZE = 2 * MAX_CONCURRENT_UPDATES
POOL_TIMEOUT_S = 10.0

EXAMPLES = ("办护照找哪个部门", "社保卡补办在哪里办", "/services 营业执照", "/compensation")
COMMANDS = (
    ("start", "开始使用"),
    ("help", "怎么提问"),
    ("services", "按关键词查政务服务事项，例如 /services 护照"),
    ("compensation", "房屋征收补偿估算"),
    ("cancel", "取消正在进行的估算"),
    ("about", "数据来源、版本与许可"),
)
SLOW_DOWN = "消息有点太快了，请稍等片刻再发。这段时间里的消息我先不回复。"
APOLOGY = "抱歉，处理这条消息时出了点问题，请稍后再试。"
NO_TOKEN = """没有设置 TELEGRAM_BOT_TOKEN，所以不连接 Telegram，改为打开命令行对话。
要运行 Telegram 机器人：
  1. 在 Telegram 里向 @BotFather 发送 /newbot，得到形如 123456:ABC-DEF… 的令牌；
  2. export TELEGRAM_BOT_TOKEN='<令牌>'（不要写进代码或提交到仓库）；
  3. 再次运行 make bot（可选：WEBHOOK_URL、PORT、WEBHOOK_SECRET_TOKEN 改用 webhook 模式，
     TELEGRAM_API_BASE_URL 指向自建的 Bot API 服务器）。"""


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Updates of different chats run concurrently; one chat's updates run in arrival order.

    The order matters for the /compensation dialogue (ConversationHandler expects a chat's
    updates one at a time), the concurrency for everyone else's latency.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._chats: dict[int, tuple[asyncio.Lock, list[int]]] = {}

    async def do_process_update(self, update: object, coroutine: Coroutine[Any, Any, Any]) -> None:
        key = _chat_key(update)
        if key is None:
            await coroutine
            return
        lock, waiting = self._chats.setdefault(key, (asyncio.Lock(), [0]))
        waiting[0] += 1
        try:
            async with lock:
                await coroutine
        finally:
            waiting[0] -= 1
            if waiting[0] == 0:
                del self._chats[key]

    async def initialize(self) -> None:
        """Nothing to set up: locks are made per chat on demand."""

    async def shutdown(self) -> None:
        """Nothing to release: locks go away with their last update."""


def _chat_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


class TelegramBot:
    """The handlers, with what they share: the answer worker, the rate limiter, the settings."""

    def __init__(self, config: TelegramConfig, answerer_factory: Callable[[], AnswererLike]):
        self.config = config
        self.worker = AnswerWorker(answerer_factory)
        self.store = StateStore(config.state_path)
        self.limiter = ChatRateLimiter(config.rate_limit, store=self.store)
        self.package = _read_datapackage()

    def build(self) -> Application:
        application = (
            ApplicationBuilder()
            .token(self.config.token)
            .base_url(self.config.api_base_url)
            .base_file_url(self.config.api_file_url)
            .connection_pool_size(CONNECTION_POOL_SIZE)
            .pool_timeout(POOL_TIMEOUT_S)
            .defaults(
                Defaults(
                    parse_mode=ParseMode.HTML,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
            )
            .concurrent_updates(PerChatUpdateProcessor(MAX_CONCURRENT_UPDATES))
            .post_init(self.post_init)
            .post_shutdown(self.post_shutdown)
            .build()
        )
        self.add_handlers(application)
        return application

    def add_handlers(self, application: Application) -> None:
        application.add_handler(TypeHandler(Update, self.gate), group=-1)
        application.add_handlers(
            [
                *EstimateDialogue(self.worker, self.store).handlers(),
                CommandHandler("start", self.on_start),
                CommandHandler("help", self.on_help),
                CommandHandler("about", self.on_about),
                CommandHandler("services", self.on_services),
                CallbackQueryHandler(self.on_option),
                MessageHandler(filters.TEXT & ~filters.COMMAND, self.on_text),
                MessageHandler(filters.COMMAND, self.on_unknown_command),
                MessageHandler(~filters.TEXT, self.on_not_text),
            ]
        )
        application.add_error_handler(self.on_error)

    async def post_init(self, application: Application) -> None:
        await self.worker.start()
        # The core's indexes are long-lived objects: keep the collector from rescanning them
        # (a full collection over them stalls every chat for tens of milliseconds).
        gc.freeze()
        await application.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])

    async def post_shutdown(self, application: Application) -> None:
        await self.worker.stop()
        self.store.close()

    async def gate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Before any handler: the per-chat rate limit, then the input length cap."""
        chat = update.effective_chat
        if chat is None:
            return
        verdict = self.limiter.check(chat.id)
        if verdict is not Verdict.ALLOW:
            await self._slow_down(update, context, verdict)
            raise ApplicationHandlerStop
        text = update.message.text if update.message else None
        if text and len(text) > self.config.max_input_chars:
            await update.message.reply_text(
                f"这条消息有 {len(text)} 个字，太长了。请把问题缩短到 "
                f"{self.config.max_input_chars} 字以内再问，例如：{e(EXAMPLES[0])}"
            )
            raise ApplicationHandlerStop

    async def _slow_down(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, verdict: Verdict
    ) -> None:
        if update.callback_query is not None:  # always answered, or the button keeps spinning
            notice = SLOW_DOWN if verdict is Verdict.NOTIFY else None
            await update.callback_query.answer(notice)
        elif verdict is Verdict.NOTIFY:
            await context.bot.send_message(update.effective_chat.id, SLOW_DOWN)

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        examples = "\n".join(f"• {e(example)}" for example in EXAMPLES)
        await update.effective_message.reply_text(
            "你好！我根据《重庆市大足区人民政府公报》回答问题：政务服务事项找哪个部门办、"
            "房屋征收补偿标准等。每个回答都注明依据的文件。\n\n"
            f"可以这样问：\n{examples}\n\n发送 /help 查看全部命令。"
        )

    async def on_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        commands = "\n".join(f"/{name} — {e(text)}" for name, text in COMMANDS)
        await update.effective_message.reply_text(
            "直接用中文提问即可，例如“办护照找哪个部门”。问题有多种理解时，"
            "我会给出按钮让你选择。\n\n"
            f"{commands}\n\n回答只依据公报内容，办理前请以部门的最新要求为准。"
        )

    async def on_about(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(self.about_text())

    def about_text(self) -> str:
        package = self.package
        sources = "\n".join(f"• {e(source.get('title', ''))}" for source in package["sources"])
        licences = "、".join(
            link(licence["path"], licence.get("title") or licence["name"])
            if licence.get("path")
            else e(licence["name"])
            for licence in package["licenses"]
        )
        return (
            f"<b>{e(package['title'])}</b>\n"
            f"数据版本：{e(package['version'])}\n"
            f"数据来源：\n{sources}\n"
            f"许可：{licences}\n"
            f"数据门户：{link(self.config.portal_url, self.config.portal_url)}"
        )

    async def on_services(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        keyword = " ".join(context.args or []).strip()
        if not keyword:
            await update.effective_message.reply_text(
                "请在命令后加关键词，例如 <code>/services 护照</code>。"
            )
            return
        await self._answer(update, context, self.worker.ask(f"{keyword} 找哪个部门办理"))

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._answer(update, context, self.worker.ask(update.effective_message.text))

    async def on_option(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A clarification button: its callback data is the whole unambiguous question."""
        query = update.callback_query
        await query.answer()
        if update.effective_chat is None or not query.data:
            return
        await self._answer(update, context, self.worker.choose(query.data))

    async def on_unknown_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text("没有这个命令。发送 /help 查看可用的命令。")

    async def on_not_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_message is not None:
            await update.effective_message.reply_text("我只能回答文字问题，请用文字提问。")

    async def _answer(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, answering: Coroutine
    ) -> None:
        chat_id = update.effective_chat.id
        async with typing(context.bot, chat_id):
            answer = await answering
        await send_answer(context.bot, chat_id, answer)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the failure (the token is redacted from logs) and apologise, without details."""
        if isinstance(context.error, Forbidden):  # the user blocked the bot: nobody to tell
            logger.info("chat unreachable: %s", context.error)
            return
        update_id = update.update_id if isinstance(update, Update) else None
        logger.error("failed to handle update %s", update_id, exc_info=context.error)
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            return
        if update.callback_query is not None:
            with contextlib.suppress(TelegramError):  # already answered, or too old
                await update.callback_query.answer()
        try:
            await context.bot.send_message(chat.id, APOLOGY)
        except TelegramError as error:
            logger.warning("could not send the apology: %s", error)


def _read_datapackage() -> dict:
    return json.loads(DATAPACKAGE.read_text(encoding="utf-8"))


def build_application(
    config: TelegramConfig, answerer_factory: Callable[[], AnswererLike]
) -> Application:
    """The configured Application; its answerer is created at start-up (post_init)."""
    if not config.token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set")
    protect(config.token)
    protect(config.webhook_secret_token)
    return TelegramBot(config, answerer_factory).build()


def run(config: TelegramConfig, answerer_factory: Callable[[], AnswererLike]) -> None:
    """Serve until SIGINT/SIGTERM (python-telegram-bot stops gracefully)."""
    if config.webhook_url and not config.webhook_secret_token:  # as from_env refuses it
        raise ConfigError("webhook mode needs WEBHOOK_SECRET_TOKEN")
    application = build_application(config, answerer_factory)
    allowed = [Update.MESSAGE, Update.CALLBACK_QUERY]
    if config.webhook_url:
        logger.info(
            "webhook mode on %s:%s/%s", config.webhook_listen, config.port, config.webhook_path
        )
        application.run_webhook(
            listen=config.webhook_listen,
            port=config.port,
            url_path=config.webhook_path,
            webhook_url=config.webhook_url,
            secret_token=config.webhook_secret_token,
            allowed_updates=allowed,
        )
    else:
        logger.info("polling %s", config.api_base_url)
        application.run_polling(allowed_updates=allowed)


def _answerer_factory() -> AnswererLike:
    from bot.core import Answerer

    return Answerer.from_env()


def _console_chat() -> int:
    from bot.cli import chat

    return chat(sys.stdin, sys.stdout)


def main() -> int:
    logging.basicConfig(  # force: `python -m bot` has already configured WARNING
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    try:
        config = TelegramConfig.from_env()
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    if not config.token:
        print(NO_TOKEN, file=sys.stderr)
        return _console_chat()
    run(config, _answerer_factory)
    return 0
