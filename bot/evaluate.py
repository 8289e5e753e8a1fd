"""`python -m bot eval`: accuracy per intent over tests/bot/eval_questions.jsonl.

Each line: {"q": question, "intent": expected tool or help/clarify/no_data/out_of_scope/
too_long, "facts": [...] the answer must contain, "absent": [...] it must not contain,
"options": [...] texts some option label must contain}. A question passes when the intent
matches and every fact check holds. For out-of-scope and no-data questions the absent facts
are the no-hallucination check.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.answers import Answer
from bot.core import Answerer

EVAL_FILE = Path(__file__).resolve().parent.parent / "tests" / "bot" / "eval_questions.jsonl"
NO_DATA_KINDS = ("no_data", "out_of_scope")


@dataclass
class Outcome:
    item: dict[str, Any]
    intent: str
    answer: Answer
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def load(path: Path = EVAL_FILE) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def actual_intent(answerer: Answerer) -> str:
    trace = answerer.last
    return trace.tool if trace.kind == "tool" and trace.tool else trace.kind


def check(item: dict[str, Any], answerer: Answerer) -> Outcome:
    answer = answerer.ask(item["q"])
    outcome = Outcome(item, actual_intent(answerer), answer)
    if outcome.intent != item["intent"]:
        outcome.problems.append(f"intent {outcome.intent} ≠ {item['intent']}")
    outcome.problems += [
        f"missing “{fact}”" for fact in item.get("facts", []) if fact not in answer.answer
    ]
    lowered = answer.answer.lower()
    outcome.problems += [
        f"contains “{fact}”" for fact in item.get("absent", []) if fact.lower() in lowered
    ]
    labels = " ".join(option.label for option in answer.options)
    outcome.problems += [
        f"no option “{text}”" for text in item.get("options", []) if text not in labels
    ]
    return outcome


def evaluate(answerer: Answerer, items: list[dict[str, Any]]) -> list[Outcome]:
    return [check(item, answerer) for item in items]


def report(outcomes: list[Outcome], verbose: bool = False) -> str:
    by_intent: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_intent[outcome.item["intent"]].append(outcome)
    lines = [f"{'intent':<32}{'passed':>8}{'total':>7}{'accuracy':>10}"]
    for intent, group in sorted(by_intent.items()):
        passed = sum(o.passed for o in group)
        lines.append(f"{intent:<32}{passed:>8}{len(group):>7}{passed / len(group):>10.1%}")
    passed = sum(o.passed for o in outcomes)
    lines.append(f"{'overall':<32}{passed:>8}{len(outcomes):>7}{passed / len(outcomes):>10.1%}")
    guarded = [o for o in outcomes if o.item["intent"] in NO_DATA_KINDS or o.item.get("absent")]
    honest = [o for o in guarded if not any(p.startswith("contains") for p in o.problems)]
    if guarded:
        lines.append(
            f"{'no hallucination (absent facts)':<32}{len(honest):>8}{len(guarded):>7}"
            f"{len(honest) / len(guarded):>10.1%}"
        )
    failures = [o for o in outcomes if not o.passed]
    if failures:
        lines.append("")
        lines.append("failures:")
        for outcome in failures:
            lines.append(
                f"- {outcome.item['q'][:60]} → {outcome.intent}: {'; '.join(outcome.problems)}"
            )
            if verbose:
                lines.append("    " + outcome.answer.answer.replace("\n", "\n    "))
    return "\n".join(lines)
