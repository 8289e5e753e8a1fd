"""One Answerer answers from several threads at once: no shared state between questions."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from bot import Answerer, evaluate


def test_answers_from_several_threads_equal_the_answers_one_by_one(answerer: Answerer):
    questions = [item["q"] for item in evaluate.load()][::3]
    alone = [answerer.ask(q) for q in questions]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(answerer.ask, questions * 2))
    for i, answer in enumerate(together):
        expected = alone[i % len(questions)]
        assert (answer.kind, answer.tool, answer.args, answer.answer) == (
            expected.kind,
            expected.tool,
            expected.args,
            expected.answer,
        ), questions[i % len(questions)]


def test_the_answerer_keeps_no_last_answer(answerer: Answerer):
    assert not hasattr(answerer, "last")
