"""The evaluation set: residents' questions with the facts a correct answer must contain."""

from __future__ import annotations

import json
from collections import Counter

from bot import evaluate
from scripts.package import PACKAGE_DIR, ROOT

TARGET = 0.95


def test_the_set_is_large_and_covers_every_kind_of_question():
    items = evaluate.load()
    assert len(items) >= 150
    intents = Counter(item["intent"] for item in items)
    assert {"out_of_scope", "no_data", "clarify", "help", "estimate_compensation"} <= set(intents)
    assert sum(n for intent, n in intents.items() if intent in ("out_of_scope", "no_data")) >= 15
    assert all(
        item.get("facts") or item.get("absent") or item["intent"] == "help" for item in items
    )


def test_facts_are_printed_in_the_gazette_or_the_package():
    """Every expected fact is text of the source or of a CSV, or a computed estimate."""
    corpus = (ROOT / "sources" / "dazu-gongbao-2021-01.txt").read_text(encoding="utf-8")
    corpus = "".join(corpus.split())
    corpus += "".join(
        path.read_text(encoding="utf-8") for path in (PACKAGE_DIR / "data").glob("*.csv")
    )
    derived = ("项", "个", "条", "次", "万元", "万人", "天", "数据中没有", "太长", "可以这样问")
    for item in evaluate.load():
        if item["intent"] in ("estimate_compensation", "help", "too_long", "tasks_due_by"):
            continue  # computed from the question and the rates or deadlines
        for fact in item.get("facts", []):
            plain = fact.replace("—", "").replace("（", "(").replace("）", ")")
            assert fact in corpus or plain in corpus or fact.endswith(derived) or fact.isdigit(), (
                item["q"],
                fact,
            )


def test_accuracy_and_no_hallucination(answerer):
    outcomes = evaluate.evaluate(answerer, evaluate.load())
    passed = sum(outcome.passed for outcome in outcomes)
    assert passed / len(outcomes) >= TARGET, evaluate.report(outcomes)
    guarded = [o for o in outcomes if o.item["intent"] in evaluate.NO_DATA_KINDS]
    assert all(not any(p.startswith("contains") for p in o.problems) for o in guarded)
    assert all(o.answer.answer.startswith("数据中没有") for o in guarded)


def test_lines_are_valid_json():
    for line in evaluate.EVAL_FILE.read_text(encoding="utf-8").splitlines():
        assert isinstance(json.loads(line), dict)
