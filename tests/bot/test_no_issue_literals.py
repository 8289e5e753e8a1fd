"""The bot's code names nothing of one issue: names and figures come from the data and the
curated files under sources/."""

from __future__ import annotations

from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"
KINDS = ("project", "person", "document", "group", "meeting", "rate", "peril")


def _code() -> str:
    return "".join(path.read_text(encoding="utf-8") for path in sorted(BOT.rglob("*.py")))


def test_no_name_of_the_data_is_written_in_the_bot_code(lexicon):
    code = _code()
    found = sorted(
        {
            entry.name
            for kind in KINDS
            for entry in lexicon.entries[kind]
            if len(entry.name) >= 3 and entry.name in code
        }
    )
    assert not found, found


def test_the_curated_vocabulary_is_read_from_data_files(lexicon):
    from bot import asked, vocabulary

    assert vocabulary.VOCABULARY_FILE.suffix == asked.ASKED_FILE.suffix == ".csv"
    assert vocabulary.FILLER and asked.ATTRIBUTES and asked.ACTIONS
