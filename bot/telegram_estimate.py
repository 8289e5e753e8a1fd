"""/compensation: the guided expropriation estimate (area → structure → decoration → days early).

Where the dialogue's state lives:
- the step and the answers so far (per chat and user) are in the shared `StateStore`, read and
  written on every update, so another process or a restart continues the dialogue; they are
  removed when the dialogue ends, abandoned ones after a day;
- the structure and decoration buttons carry every answer given before them in their callback
  data (`est:<area>:<structure>[:<decoration>]`), so a click is understood by any instance, even
  one that never saw the earlier messages.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.answer_worker import AnswerWorker
from bot.telegram_format import e
from bot.telegram_reply import send_answer, typing
from bot.telegram_state import Dialogue, StateStore

AREA, STRUCTURE, DECORATION, DAYS = "area", "structure", "decoration", "days"
CALLBACK_PREFIX = "est:"
CALLBACK_PATTERN = r"^est:"
MAX_AREA_M2 = 100_000
MAX_DAYS = 3650
DRAFT_TTL_S = 24 * 3600

_CHINESE_NUMERALS = re.compile(r"[零〇一二两三四五六七八九十百千万亿]")
_AREA = re.compile(r"(\d+(?:\.\d+)?)\s*(?:平方米|平方|平米|平|㎡|m²|m2|sqm)?", re.IGNORECASE)
_DAYS = re.compile(r"(\d+)\s*(?:天|日)?")
_CALLBACK = re.compile(r"est:(\d+(?:\.\d+)?):(\d+)(?::(\d+))?")

AREA_PROMPT = (
    "请输入被征收房屋的建筑面积（平方米），例如 <code>90</code> 或 <code>90.5平米</code>。\n"
    "随时发送 /cancel 可以取消。"
)
DAYS_PROMPT = (
    "在签约期内提前几天签约？请输入天数，例如 <code>10</code>；不提前请输入 <code>0</code>。"
)


@dataclass(frozen=True)
class Parsed:
    """A typed answer: its value, or why it was refused (an HTML re-ask)."""

    value: float | int | None = None
    problem: str | None = None


def parse_area(text: str) -> Parsed:
    text = text.strip()
    if match := _AREA.fullmatch(text):
        area = float(match.group(1))
        if area <= 0:
            return Parsed(problem="面积要大于 0。")
        if area > MAX_AREA_M2:
            return Parsed(problem=f"面积超过 {MAX_AREA_M2} 平方米，请核对后重新输入。")
        return Parsed(value=area)
    return Parsed(problem=_number_problem(text, "面积", "90 或 90.5平米"))


def parse_days(text: str) -> Parsed:
    text = text.strip()
    if match := _DAYS.fullmatch(text):
        days = int(match.group(1))
        if days > MAX_DAYS:
            return Parsed(problem=f"天数超过 {MAX_DAYS}，请核对后重新输入。")
        return Parsed(value=days)
    return Parsed(problem=_number_problem(text, "天数", "10 或 0"))


def _number_problem(text: str, what: str, example: str) -> str:
    if text.startswith(("-", "－", "负")):
        return f"{what}不能是负数。请重新输入，例如 {example}。"
    if _CHINESE_NUMERALS.search(text):
        return f"请用阿拉伯数字填写{what}，例如 {example}（“{e(text)}”不行）。"
    return f"没看懂“{e(text)}”。请输入{what}，例如 {example}。"


def format_area(area: float) -> str:
    return f"{area:.10g}"


class EstimateDialogue:
    """The /compensation handlers, answering through an `AnswerWorker`.

    The step each chat is at and its typed answers are read from and written to the shared
    `StateStore` on every update, never kept in this process: the next update of the dialogue
    may reach another process.
    """

    def __init__(self, worker: AnswerWorker, store: StateStore) -> None:
        self._worker = worker
        self._store = store

    def handlers(self) -> list[BaseHandler]:
        """To be added before the general handlers (they would take the typed answers)."""
        return [
            CommandHandler("compensation", self.on_start),
            CommandHandler("cancel", self.on_cancel),
            CallbackQueryHandler(self.on_button, pattern=CALLBACK_PATTERN),
            MessageHandler(
                filters.TEXT & ~filters.COMMAND & _InDialogue(self._store), self.on_text
            ),
        ]

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not self._choices("structures"):
            await update.effective_message.reply_text(
                "数据库里还没有房屋征收补偿标准，暂时无法估算。"
            )
            return
        self._store.forget_dialogues_before(time.time() - DRAFT_TTL_S)
        self._save(update, AREA, {})
        await update.effective_message.reply_text(
            "房屋征收补偿估算（按公报公布的标准，仅供参考）。\n" + AREA_PROMPT
        )

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A typed answer to the step the chat's dialogue waits for."""
        dialogue = self._store.dialogue(*_key(update))
        if dialogue is None:  # ended by another process since the filter looked
            return
        if dialogue.step == AREA:
            await self.on_area(update)
        elif dialogue.step in (STRUCTURE, DECORATION):
            await self.on_typed_choice(update, dialogue.draft)
        elif dialogue.step == DAYS:
            await self.on_days(update, context, dialogue.draft)
        else:
            await self._expired(update)

    async def on_area(self, update: Update) -> None:
        parsed = parse_area(update.effective_message.text)
        if parsed.problem:
            await update.effective_message.reply_text(parsed.problem + "\n" + AREA_PROMPT)
            return
        draft = {"area": parsed.value}
        self._save(update, STRUCTURE, draft)
        await update.effective_message.reply_text(
            self._summary(draft) + "\n请选择房屋结构：",
            reply_markup=self._keyboard("structures", self._callback_base(draft)),
        )

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A structure or decoration button: it carries every answer given before it."""
        query = update.callback_query
        await query.answer()
        draft = self._decode(query.data)
        if draft is None:
            self._store.end_dialogue(*_key(update))
            await query.edit_message_text("这个按钮已经失效，请重新发送 /compensation。")
            return
        summary = self._summary(draft)
        if "decoration" not in draft:
            self._save(update, DECORATION, draft)
            await query.edit_message_text(
                summary + "\n请选择装饰装修：",
                reply_markup=self._keyboard("decorations", self._callback_base(draft)),
            )
            return
        self._save(update, DAYS, draft)
        await query.edit_message_text(summary)
        await update.effective_message.reply_text(DAYS_PROMPT)

    async def on_typed_choice(self, update: Update, draft: dict) -> None:
        """A choice typed instead of clicked: accepted if it names one exactly, else re-asked."""
        if not _valid_draft(draft, "area"):
            await self._expired(update)
            return
        kind = "structures" if "structure" not in draft else "decorations"
        typed = update.effective_message.text.strip()
        if typed not in self._choices(kind):
            await update.effective_message.reply_text(
                "请点下面的按钮选择（或发送 /cancel 取消）：",
                reply_markup=self._keyboard(kind, self._callback_base(draft)),
            )
            return
        draft = {**draft, kind[:-1]: typed}
        if kind == "structures":
            self._save(update, DECORATION, draft)
            await update.effective_message.reply_text(
                self._summary(draft) + "\n请选择装饰装修：",
                reply_markup=self._keyboard("decorations", self._callback_base(draft)),
            )
            return
        self._save(update, DAYS, draft)
        await update.effective_message.reply_text(self._summary(draft) + "\n" + DAYS_PROMPT)

    async def on_days(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, draft: dict
    ) -> None:
        parsed = parse_days(update.effective_message.text)
        if parsed.problem:
            await update.effective_message.reply_text(parsed.problem + "\n" + DAYS_PROMPT)
            return
        if not _valid_draft(draft, "area", "structure", "decoration"):
            await self._expired(update)
            return
        self._store.end_dialogue(*_key(update))
        chat_id = update.effective_chat.id
        async with typing(context.bot, chat_id):
            answer = await self._worker.estimate(
                draft["area"], draft["structure"], draft["decoration"], parsed.value
            )
        await send_answer(context.bot, chat_id, answer)

    async def on_cancel(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        key = _key(update)
        if self._store.dialogue(*key) is None:
            await update.effective_message.reply_text("现在没有进行中的估算，不需要取消。")
            return
        self._store.end_dialogue(*key)
        await update.effective_message.reply_text("已取消补偿估算。需要时再发送 /compensation。")

    async def _expired(self, update: Update) -> None:
        self._store.end_dialogue(*_key(update))
        await update.effective_message.reply_text(
            "这次估算的记录已经找不到了，请重新发送 /compensation。"
        )

    def _save(self, update: Update, step: str, draft: dict) -> None:
        self._store.set_dialogue(*_key(update), Dialogue(step, draft))

    def _choices(self, kind: str) -> list[str]:
        return self._worker.estimate_choices().get(kind, [])

    def _keyboard(self, kind: str, callback_base: str) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(
            [
                [InlineKeyboardButton(name, callback_data=f"{callback_base}:{index}")]
                for index, name in enumerate(self._choices(kind))
            ]
        )

    def _callback_base(self, draft: dict) -> str:
        base = CALLBACK_PREFIX + format_area(draft["area"])
        if "structure" in draft:
            base += f":{self._choices('structures').index(draft['structure'])}"
        return base

    def _decode(self, data: str | None) -> dict | None:
        """The answers a button carries, or None for stale or foreign data."""
        match = _CALLBACK.fullmatch(data or "")
        if match is None:
            return None
        area = parse_area(match.group(1))
        structures, decorations = self._choices("structures"), self._choices("decorations")
        structure = int(match.group(2))
        if area.value is None or structure >= len(structures):
            return None
        draft = {"area": area.value, "structure": structures[structure]}
        if match.group(3) is not None:
            decoration = int(match.group(3))
            if decoration >= len(decorations):
                return None
            draft["decoration"] = decorations[decoration]
        return draft

    @staticmethod
    def _summary(draft: dict) -> str:
        lines = [f"面积：{e(format_area(draft['area']))} 平方米"]
        if "structure" in draft:
            lines.append(f"房屋结构：{e(draft['structure'])}")
        if "decoration" in draft:
            lines.append(f"装饰装修：{e(draft['decoration'])}")
        return "\n".join(lines)


def _key(update: Update) -> tuple[int, int]:
    """Whose dialogue: the chat and the user (two people in a group chat each have their own)."""
    user = update.effective_user
    return update.effective_chat.id, user.id if user is not None else update.effective_chat.id


def _valid_draft(draft: dict, *keys: str) -> bool:
    """The stored answers hold the values the next step needs, with the types they must have."""
    types = {"area": (int, float), "structure": str, "decoration": str}
    return all(isinstance(draft.get(key), types[key]) for key in keys)


class _InDialogue(filters.MessageFilter):
    """Messages of a chat (and user) whose /compensation dialogue waits for a typed answer."""

    def __init__(self, store: StateStore) -> None:
        super().__init__(name="in_compensation_dialogue")
        self._store = store

    def filter(self, message: Message) -> bool:
        user = message.from_user
        user_id = user.id if user is not None else message.chat.id
        return self._store.dialogue(message.chat.id, user_id) is not None
