"""The evaluation set: residents' questions with the facts a correct answer must contain."""

from __future__ import annotations

import json
from collections import Counter

from bot import evaluate
from bot.answers import Answer
from scripts.package import PACKAGE_DIR, ROOT

TUNED_TARGET = 0.95
# The held-out split was written before the rules were changed and is never tuned on; this
# floor only guards against regressions (the measured score is reported by `make eval-bot`).
# When no held-out question is left (they become "tuned", with "was": "heldout", once they are
# developed against), the floors apply to those former held-out questions.
HELDOUT_FLOOR = 0.75
HELDOUT_MAX_WRONG = 0.2


def test_a_fact_is_found_however_the_pdf_spaced_it():
    item = {"q": "这期公报好久出版的", "intent": "issue_metadata",
            "facts": ["2021 年 4 月 1 日"], "absent": ["2021 年 5 月"]}
    right = evaluate.check_answer(item, Answer("2021年4月1日出版", tool="issue_metadata"))
    assert right.problems == []
    wrong = evaluate.check_answer(item, Answer("2021年5月1日出版", tool="issue_metadata"))
    assert wrong.problems == ["missing “2021 年 4 月 1 日”", "contains “2021 年 5 月”"]


def test_the_set_is_large_and_covers_every_kind_of_question():
    items = evaluate.load()
    assert len(items) >= 150
    intents = Counter(intent for item in items for intent in evaluate.expected(item))
    assert {"out_of_scope", "no_data", "clarify", "help", "estimate_compensation"} <= set(intents)
    assert sum(n for intent, n in intents.items() if intent in evaluate.NO_DATA_KINDS) >= 15
    # a question answered by a refusal of either kind (not stated / no data) is checked by its
    # intent alone: no marker is common to both
    assert all(
        item.get("facts") or item.get("absent") or item["intent"] == "help"
        or set(evaluate.expected(item)) <= evaluate.SAME_REFUSAL
        for item in items
    )


# heldout2 … heldout26: issue-1 questions written later, each held out from every
# change until it was measured
SPLITS = {"tuned", "heldout", *(f"heldout{n}" for n in range(2, 27)),
          *(f"fixture-{s}" for s in ("dev", "tuned", "heldout"))}


def heldout_or_former(outcomes: list[evaluate.Outcome]) -> list[evaluate.Outcome]:
    """The held-out questions; when there are none, the former held-out ones now tuned
    (every question with "was": heldout, heldout2 …)."""
    heldout = [o for o in outcomes if evaluate.split_of(o.item) == "heldout"]
    return heldout or [o for o in outcomes if o.item.get("was")]


def test_every_question_is_marked_tuned_or_heldout():
    items = evaluate.load()
    splits = Counter(evaluate.split_of(item) for item in items)
    assert set(splits) <= SPLITS
    issue_1 = [item for item in items if not item.get("fixture")]
    assert splits["heldout"] + sum(item.get("was") == "heldout" for item in issue_1) >= 50
    assert all(item.get("was", "heldout") in ("heldout", *(f"heldout{n}" for n in range(2, 27)))
               for item in items)
    assert not [item for item in items if item.get("was") and evaluate.is_heldout(item)]


def test_facts_are_printed_in_the_gazette_or_the_package():
    """Every expected fact is text of the source or of a CSV, or a computed estimate."""
    corpus = "".join(
        "".join(path.read_text(encoding="utf-8").split())
        for path in (ROOT / "sources").glob("*.txt")
    )
    corpus += "".join(
        path.read_text(encoding="utf-8") for path in (PACKAGE_DIR / "data").glob("*.csv")
    )
    derived = ("项", "个", "条", "次", "万元", "万人", "天", "数据中没有", "太长", "可以这样问")
    computed = (
        "estimate_compensation",
        "help",
        "too_long",
        "tasks_due_by",
        "not_stated",
        "no_data",
    )
    for item in evaluate.load(evaluate.EVAL_FILE):
        if set(evaluate.expected(item)) & set(computed):
            continue  # computed from the question and the rates or deadlines, or a refusal
        for fact in item.get("facts", []):
            plain = fact.replace("—", "").replace("（", "(").replace("）", ")")
            assert fact in corpus or plain in corpus or fact.endswith(derived) or fact.isdigit(), (
                item["q"],
                fact,
            )


def test_tuned_and_heldout_accuracy_and_no_invented_facts(answerer):
    issue_1 = [item for item in evaluate.load() if not item.get("fixture")]
    outcomes = evaluate.evaluate(answerer, issue_1)
    # TUNED_TARGET: the questions the rules were written against from the start; the former
    # held-out ones ("was" set) keep the held-out floors
    tuned = [o for o in outcomes if evaluate.split_of(o.item) == "tuned" and not o.item.get("was")]
    heldout = heldout_or_former(outcomes)
    assert heldout
    report = evaluate.report(outcomes)
    assert evaluate.rates(tuned)["right"] >= TUNED_TARGET, report
    assert evaluate.rates(heldout)["right"] >= HELDOUT_FLOOR, report
    assert evaluate.rates(heldout)["wrong"] <= HELDOUT_MAX_WRONG, report
    guarded = [o for o in tuned if o.item["intent"] in evaluate.NO_DATA_KINDS]
    assert all(not any(p.startswith("contains") for p in o.problems) for o in guarded)
    assert all(o.answer.answer.startswith(("数据中没有", "公报没有")) for o in guarded)


def test_lines_are_valid_json():
    for line in evaluate.EVAL_FILE.read_text(encoding="utf-8").splitlines():
        assert isinstance(json.loads(line), dict)
