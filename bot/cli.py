"""Command line: `python -m bot ask|chat|eval|run`.

python -m bot ask "办护照找哪个部门"      the answer, its sources and the portal link
python -m bot ask --json "…"              answer, tool, args, rows, citations, portal_url
python -m bot ask --batch FILE --json      one JSON line per question line, one process
python -m bot chat                         console conversation (numbers pick options)
python -m bot eval [--file F] [--verbose]  accuracy per intent over the evaluation set
python -m bot run                          the Telegram bot (bot.telegram_app)
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

import yaml

from bot.answers import Answer
from bot.config import ConfigError
from bot.database import QueryError
from scripts.errors import describe

JSON_KEYS = ("answer", "tool", "args", "rows", "citations", "portal_url", "options")


def render(answer: Answer) -> str:
    lines = [answer.answer]
    listed = all(option.label in answer.answer for option in answer.options)
    if answer.options and not listed:
        lines += [f"  [{i}] {option.label}" for i, option in enumerate(answer.options, 1)]
    for citation in answer.citations:
        parts = [f"《{citation.title}》", citation.doc_number or "", citation.sign_date or ""]
        lines.append("依据：" + " ".join(part for part in parts if part))
    if answer.portal_url:
        lines.append(f"核验：{answer.portal_url}")
    return "\n".join(lines)


def as_json(answer: Answer) -> str:
    data = answer.to_json()
    return json.dumps({key: data[key] for key in JSON_KEYS}, ensure_ascii=False, default=str)


def _answerer():
    from bot.core import Answerer

    return Answerer.from_env()


def ask(questions: Iterable[str], use_json: bool, out: TextIO) -> int:
    answerer = _answerer()
    for question in questions:
        answer = answerer.ask(question)
        print(as_json(answer) if use_json else render(answer), file=out, flush=True)
        if not use_json:
            print(file=out)
    return 0


def chat(stdin: TextIO, out: TextIO) -> int:
    answerer = _answerer()
    print("大足区政府公报问答（输入问题；数字选择选项；空行或 Ctrl-D 退出）", file=out)
    options = []
    for line in stdin:
        text = line.strip()
        if not text:
            break
        if text.isdigit() and 1 <= int(text) <= len(options):
            answer = answerer.choose(options[int(text) - 1].payload)
        else:
            answer = answerer.ask(text)
        options = answer.options
        print(render(answer), file=out, end="\n\n", flush=True)
    return 0


def evaluate(path: Path | None, verbose: bool, out: TextIO) -> int:
    from bot import evaluate as evaluation

    outcomes, notes = evaluation.evaluate_all(_answerer(), evaluation.load(path))
    print(evaluation.report(outcomes, verbose), file=out)
    for note in notes:
        print(f"note: {note}", file=out)
    return 0


def run() -> int:
    try:
        module = importlib.import_module("bot.telegram_app")
    except ModuleNotFoundError as error:
        if error.name != "bot.telegram_app":
            raise
        print(
            "bot.telegram_app is not there yet: the Telegram adapter is not installed.",
            file=sys.stderr,
        )
        return 2
    return int(module.main() or 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="大足区政府公报问答")
    commands = parser.add_subparsers(dest="command", required=True)
    ask_parser = commands.add_parser("ask", help="answer questions")
    ask_parser.add_argument("question", nargs="?", help="the question")
    ask_parser.add_argument("--batch", type=Path, help="a file with one question per line")
    ask_parser.add_argument("--json", action="store_true", help="print JSON")
    commands.add_parser("chat", help="console conversation")
    eval_parser = commands.add_parser("eval", help="accuracy per intent over the evaluation set")
    eval_parser.add_argument("--file", type=Path)
    eval_parser.add_argument("--verbose", action="store_true", help="show failing answers")
    commands.add_parser("run", help="run the Telegram bot")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    try:
        return _dispatch(args, ask_parser)
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        return 0
    except (OSError, UnicodeError, QueryError, ConfigError, yaml.YAMLError) as error:
        print(f"python -m bot {args.command}: {describe(error)}", file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace, ask_parser: argparse.ArgumentParser) -> int:
    if args.command == "ask":
        if args.batch:
            lines = args.batch.read_text(encoding="utf-8").splitlines()
            questions = [line for line in lines if line.strip()]
        elif args.question:
            questions = [args.question]
        else:
            ask_parser.error("give a question or --batch FILE")
        return ask(questions, args.json, sys.stdout)
    if args.command == "chat":
        return chat(sys.stdin, sys.stdout)
    if args.command == "eval":
        return evaluate(args.file, args.verbose, sys.stdout)
    return run()
