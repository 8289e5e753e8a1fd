"""/compensation: the guided expropriation estimate (area → structure → decoration → days early).

Where the dialogue's state lives:
- the conversation state and the answers so far (a draft per chat and user, in `bot_data`) are
  persisted by the application (PicklePersistence), so a restart in the middle continues the
  dialogue; drafts are removed when the dialogue ends, abandoned ones after a day;
- the structure and decoration buttons carry every answer given before them in their callback
  data (`est:<area>:<structure>[:<decoration>]`), so a click is understood by any instance, even
  one that never saw the earlier messages.
"""

from __future__ import annotations

import re
import time
import warnings
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.answer_worker import AnswerWorker
from bot.telegram_format import e
from bot.telegram_reply import send_answer, typing

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
    """The ConversationHandler for /compensation, answering through an `AnswerWorker`."""

    def __init__(self, worker: AnswerWorker) -> None:
        self._worker = worker

    def handler(self) -> ConversationHandler:
        resume = CallbackQueryHandler(self.on_button, pattern=CALLBACK_PATTERN)
        text = filters.TEXT & ~filters.COMMAND
        with warnings.catch_warnings():
            # Buttons belong to the chat's one dialogue, not to a message: per_message stays off.
            warnings.filterwarnings("ignore", "If 'per_message=False'", PTBUserWarning)
            return self._conversation(resume, text)

    def _conversation(self, resume: CallbackQueryHandler, text: filters.BaseFilter):
        return ConversationHandler(
            name="compensation",
            persistent=True,
            allow_reentry=True,
            entry_points=[CommandHandler("compensation", self.on_start), resume],
            states={
                AREA: [MessageHandler(text, self.on_area)],
                STRUCTURE: [resume, MessageHandler(text, self.on_typed_choice)],
                DECORATION: [resume, MessageHandler(text, self.on_typed_choice)],
                DAYS: [MessageHandler(text, self.on_days)],
            },
            fallbacks=[CommandHandler("cancel", self.on_cancel), resume],
        )

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
        if not self._choices("structures"):
            await update.effective_message.reply_text(
                "数据库里还没有房屋征收补偿标准，暂时无法估算。"
            )
            return ConversationHandler.END
        _prune_drafts(context)
        _set_draft(update, context, {})
        await update.effective_message.reply_text(
            "房屋征收补偿估算（按公报公布的标准，仅供参考）。\n" + AREA_PROMPT
        )
        return AREA

    async def on_area(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
        parsed = parse_area(update.effective_message.text)
        if parsed.problem:
            await update.effective_message.reply_text(parsed.problem + "\n" + AREA_PROMPT)
            return AREA
        draft = {"area": parsed.value}
        _set_draft(update, context, draft)
        await update.effective_message.reply_text(
            self._summary(draft) + "\n请选择房屋结构：",
            reply_markup=self._keyboard("structures", self._callback_base(draft)),
        )
        return STRUCTURE

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
        query = update.callback_query
        await query.answer()
        draft = self._decode(query.data)
        if draft is None:
            await query.edit_message_text("这个按钮已经失效，请重新发送 /compensation。")
            return ConversationHandler.END
        _set_draft(update, context, draft)
        summary = self._summary(draft)
        if "decoration" not in draft:
            await query.edit_message_text(
                summary + "\n请选择装饰装修：",
                reply_markup=self._keyboard("decorations", self._callback_base(draft)),
            )
            return DECORATION
        await query.edit_message_text(summary)
        await update.effective_message.reply_text(DAYS_PROMPT)
        return DAYS

    async def on_typed_choice(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
        """A choice typed instead of clicked: accepted if it names one exactly, else re-asked."""
        draft = _get_draft(update, context)
        kind = "structures" if "structure" not in draft else "decorations"
        typed = update.effective_message.text.strip()
        if typed in self._choices(kind) and "area" in draft:
            draft = {**draft, kind[:-1]: typed}
            _set_draft(update, context, draft)
            if kind == "structures":
                await update.effective_message.reply_text(
                    self._summary(draft) + "\n请选择装饰装修：",
                    reply_markup=self._keyboard("decorations", self._callback_base(draft)),
                )
                return DECORATION
            await update.effective_message.reply_text(self._summary(draft) + "\n" + DAYS_PROMPT)
            return DAYS
        if "area" not in draft:
            return await self._expired(update, context)
        await update.effective_message.reply_text(
            "请点下面的按钮选择（或发送 /cancel 取消）：",
            reply_markup=self._keyboard(kind, self._callback_base(draft)),
        )
        return STRUCTURE if kind == "structures" else DECORATION

    async def on_days(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
        parsed = parse_days(update.effective_message.text)
        if parsed.problem:
            await update.effective_message.reply_text(parsed.problem + "\n" + DAYS_PROMPT)
            return DAYS
        draft = _pop_draft(update, context)
        if not {"area", "structure", "decoration"} <= draft.keys():
            return await self._expired(update, context)
        chat_id = update.effective_chat.id
        async with typing(context.bot, chat_id):
            answer = await self._worker.estimate(
                draft["area"], draft["structure"], draft["decoration"], parsed.value
            )
        await send_answer(context.bot, chat_id, answer)
        return ConversationHandler.END

    async def on_cancel(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        _pop_draft(update, context)
        await update.effective_message.reply_text("已取消补偿估算。需要时再发送 /compensation。")
        return ConversationHandler.END

    async def _expired(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        _pop_draft(update, context)
        await update.effective_message.reply_text(
            "这次估算的记录已经找不到了，请重新发送 /compensation。"
        )
        return ConversationHandler.END

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


def _drafts(context: ContextTypes.DEFAULT_TYPE) -> dict[tuple[int, int], dict]:
    return context.bot_data.setdefault("estimate_drafts", {})


def _draft_key(update: Update) -> tuple[int, int]:
    return (update.effective_chat.id, update.effective_user.id)


def _get_draft(update: Update, context: ContextTypes.DEFAULT_TYPE) -> dict:
    draft = dict(_drafts(context).get(_draft_key(update)) or {})
    draft.pop("saved_at", None)
    return draft


def _set_draft(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: dict) -> None:
    _drafts(context)[_draft_key(update)] = {**draft, "saved_at": time.time()}


def _pop_draft(update: Update, context: ContextTypes.DEFAULT_TYPE) -> dict:
    draft = _get_draft(update, context)
    _drafts(context).pop(_draft_key(update), None)
    return draft


def _prune_drafts(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Forget dialogues abandoned for more than a day (their conversation state stays harmless)."""
    drafts = _drafts(context)
    cutoff = time.time() - DRAFT_TTL_S
    for key in [key for key, draft in drafts.items() if draft["saved_at"] < cutoff]:
        del drafts[key]
