"""`python -m bot eval`: right, refused and wrong answers per split and intent.

Questions come from tests/bot/eval_questions.jsonl and, when present, from
tests/bot/fixture_questions.jsonl (questions about the synthetic fixture issues). Each line:
{"q": question, "intent": expected tool or help/clarify/no_data/not_stated/out_of_scope/
too_long (or a list of acceptable ones), "facts": [...] the answer must contain, "absent":
[...] it must not contain, "options": [...] texts some option label must contain, "split":
"tuned" (the set the rules were written against) or "heldout" (written before a change and
never tuned on; a held-out question developed against becomes "tuned" with "was": "heldout"),
"issue": the source_id asked about}.

An outcome is right (intent and every fact check hold), refused (the bot declined: no data,
not stated, a question back, out of scope) or wrong (it answered, and the answer is not the
right one, or it contains a fact that must be absent). Wrong answers are the ones that harm a
resident; they are reported apart from refusals.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.answers import Answer
from bot.core import Answerer
from bot.normalise import unspaced

TESTS = Path(__file__).resolve().parent.parent / "tests" / "bot"
EVAL_FILE = TESTS / "eval_questions.jsonl"
FIXTURE_FILE = TESTS / "fixture_questions.jsonl"
NO_DATA_KINDS = ("no_data", "out_of_scope", "not_stated")
REFUSALS = frozenset({*NO_DATA_KINDS, "clarify", "too_long", "invalid", "error"})


@dataclass
class Outcome:
    item: dict[str, Any]
    intent: str
    answer: Answer
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems

    @property
    def verdict(self) -> str:
        """right | refused | wrong."""
        if self.passed:
            return "right"
        if any(p.startswith("contains") for p in self.problems):
            return "wrong"
        if self.answer.kind in REFUSALS:
            return "refused"
        return "wrong"


# "The gazette does not state this" is the same refusal as "no such data", worded for a value,
# and as "not what the gazette covers" (明天下不下雨): each says plainly the gazette has no answer.
SAME_REFUSAL = frozenset({"no_data", "not_stated", "out_of_scope"})


def expected(item: dict[str, Any]) -> list[str]:
    intent = item["intent"]
    return list(intent) if isinstance(intent, list) else [intent]


def intent_matches(actual: str, item: dict[str, Any]) -> bool:
    wanted = expected(item)
    return actual in wanted or (actual in SAME_REFUSAL and bool(SAME_REFUSAL & set(wanted)))


def load(path: Path | None = None) -> list[dict[str, Any]]:
    """The evaluation set (and the fixture questions when that file exists).

    Questions of the fixture file get `"fixture": true` and their split prefixed `fixture-`
    (they are asked of a database that holds the fixture issues)."""
    paths = [path] if path else [p for p in (EVAL_FILE, FIXTURE_FILE) if p.is_file()]
    items = []
    for each in paths:
        with each.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        if each.name == FIXTURE_FILE.name:
            rows = [{**row, "fixture": True, "split": f"fixture-{split_of(row)}"} for row in rows]
        items += rows
    return items


def evaluate_all(
    answerer: Answerer, items: list[dict[str, Any]]
) -> tuple[list[Outcome], list[str]]:
    """Issue-1 questions against `answerer`; each fixture's questions against a database of
    the gazette as it stood when that fixture was the latest issue (bot.eval_database).
    Returns the outcomes and notes on what was not evaluated and why."""
    outcomes = evaluate(answerer, [item for item in items if not item.get("fixture")])
    fixtures = [item for item in items if item.get("fixture")]
    if not fixtures:
        return outcomes, []
    from bot.eval_database import fixture_databases
    from scripts.errors import PipelineError

    with tempfile.TemporaryDirectory() as directory:
        try:
            databases = fixture_databases(Path(directory),
                                          {str(item.get("issue")) for item in fixtures})
        except PipelineError as error:
            return outcomes, [f"{len(fixtures)} fixture questions not evaluated: {error}"]
        for issue, database in databases.items():
            asked = [item for item in fixtures if item.get("issue") == issue]
            if not asked:
                continue
            fixture_answerer = Answerer(database_path=database)
            outcomes += evaluate(fixture_answerer, asked)
            fixture_answerer.database.close()
        unknown = [item for item in fixtures if item.get("issue") not in databases]
        if unknown:
            return outcomes, [f"{len(unknown)} fixture questions name no fixture issue"]
    return outcomes, []


def actual_intent(answer: Answer) -> str:
    return answer.tool if answer.kind == "tool" and answer.tool else answer.kind


def check(item: dict[str, Any], answerer: Answerer) -> Outcome:
    return check_answer(item, answerer.ask(item["q"]))


def check_answer(item: dict[str, Any], answer: Answer) -> Outcome:
    """The problems of one answer to one evaluation question."""
    outcome = Outcome(item, actual_intent(answer), answer)
    if not intent_matches(outcome.intent, item):
        outcome.problems.append(f"intent {outcome.intent} ≠ {'/'.join(expected(item))}")
    said = _unspaced(answer.answer)
    outcome.problems += [
        f"missing “{fact}”" for fact in item.get("facts", []) if _unspaced(fact) not in said
    ]
    outcome.problems += [
        f"contains “{fact}”" for fact in item.get("absent", []) if _unspaced(fact) in said
    ]
    labels = " ".join(option.label for option in answer.options)
    outcome.problems += [
        f"no option “{text}”" for text in item.get("options", []) if text not in labels
    ]
    return outcome


def _unspaced(text: str) -> str:
    """Text compared without spacing or case (see bot.normalise.unspaced)."""
    return unspaced(text).lower()


def evaluate(answerer: Answerer, items: list[dict[str, Any]]) -> list[Outcome]:
    return [check(item, answerer) for item in items]


def split_of(item: dict[str, Any]) -> str:
    return str(item.get("split") or "tuned")


def is_heldout(item: dict[str, Any]) -> bool:
    """A question of a held-out split (issue 1's or the fixtures')."""
    return "heldout" in split_of(item)


def rates(outcomes: list[Outcome]) -> dict[str, float]:
    """Shares of right, refused and wrong outcomes."""
    total = len(outcomes) or 1
    verdicts = [o.verdict for o in outcomes]
    return {v: verdicts.count(v) / total for v in ("right", "refused", "wrong")}


def report(outcomes: list[Outcome], verbose: bool = False) -> str:
    by_split: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_split[split_of(outcome.item)].append(outcome)
    lines: list[str] = []
    for split in sorted(by_split, key=lambda s: (s != "heldout", s)):
        lines += _table(split, by_split[split])
        lines.append("")
    lines.append(_summary_header())
    for split in sorted(by_split, key=lambda s: (s != "heldout", s)):
        lines.append(_summary(split, by_split[split]))
    lines.append(_summary("all", outcomes))
    guarded = [
        o for o in outcomes if set(expected(o.item)) & set(NO_DATA_KINDS) or o.item.get("absent")
    ]
    honest = [o for o in guarded if not any(p.startswith("contains") for p in o.problems)]
    if guarded:
        lines.append(f"no invented fact (absent facts): {len(honest)}/{len(guarded)}")
    # Held-out failures are counted above, never listed: their texts must not be tuned on.
    failures = [o for o in outcomes if not o.passed and not is_heldout(o.item)]
    if failures:
        lines += ["", "failures:"]
        for outcome in failures:
            lines.append(
                f"- [{split_of(outcome.item)}, {outcome.verdict}] {outcome.item['q'][:50]} → "
                f"{outcome.intent}: {'; '.join(outcome.problems)}"
            )
            if verbose:
                lines.append("    " + outcome.answer.answer.replace("\n", "\n    "))
    return "\n".join(lines)


def _table(split: str, outcomes: list[Outcome]) -> list[str]:
    by_intent: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_intent[expected(outcome.item)[0]].append(outcome)
    head = f"{'right':>7}{'refused':>8}{'wrong':>7}{'total':>7}{'accuracy':>10}"
    lines = [f"[{split}] {'intent':<30}{head}"]
    for intent, group in sorted(by_intent.items()):
        verdicts = [o.verdict for o in group]
        lines.append(
            f"{'':<{len(split) + 3}}{intent:<30}{verdicts.count('right'):>7}"
            f"{verdicts.count('refused'):>8}{verdicts.count('wrong'):>7}{len(group):>7}"
            f"{verdicts.count('right') / len(group):>10.1%}"
        )
    return lines


def _summary_header() -> str:
    return (
        f"{'split':<10}{'questions':>10}{'right':>9}{'refusal rate':>14}{'wrong-answer rate':>19}"
    )


def _summary(split: str, outcomes: list[Outcome]) -> str:
    shares = rates(outcomes)
    return (
        f"{split:<10}{len(outcomes):>10}{shares['right']:>9.1%}{shares['refused']:>14.1%}"
        f"{shares['wrong']:>19.1%}"
    )
