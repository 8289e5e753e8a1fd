"""Sending an `Answer` to a chat: HTML messages, option buttons, the typing indicator."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Sequence

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ChatAction
from telegram.error import TelegramError

from bot.answers import Answer, Option
from bot.telegram_format import answer_lines, split_message

logger = logging.getLogger(__name__)
# Telegram shows "typing…" for 5 seconds or until the next message, whichever comes first.
TYPING_REFRESH_S = 4.5


async def send_answer(bot: Bot, chat_id: int, answer: Answer) -> None:
    """Send the answer in as few messages as fit; option buttons go under the last one."""
    messages = split_message(answer_lines(answer))
    keyboard = options_keyboard(answer.options)
    for index, text in enumerate(messages):
        last = index == len(messages) - 1
        await bot.send_message(chat_id, text, reply_markup=keyboard if last else None)


def options_keyboard(options: Sequence[Option]) -> InlineKeyboardMarkup | None:
    """One button per reading; the callback data is the whole re-asked question."""
    if not options:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(option.label, callback_data=option.payload)] for option in options]
    )


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" in the chat while the body runs (refreshed for slow answers).

    The first chat action is sent concurrently with the body and awaited before leaving, so it
    always reaches Telegram before the answer it announces.
    """
    first_sent = asyncio.Event()
    task = asyncio.create_task(_keep_typing(bot, chat_id, first_sent))
    try:
        yield
    finally:
        waiter = asyncio.create_task(first_sent.wait())
        await asyncio.wait([waiter, task], return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _keep_typing(bot: Bot, chat_id: int, first_sent: asyncio.Event) -> None:
    while True:
        try:
            await bot.send_chat_action(chat_id, ChatAction.TYPING)
        except TelegramError as error:  # cosmetic: never let it cost the answer
            logger.debug("typing action failed: %s", error)
        first_sent.set()
        await asyncio.sleep(TYPING_REFRESH_S)
