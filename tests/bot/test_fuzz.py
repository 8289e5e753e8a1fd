"""Any text up to the cap gives an Answer: never an exception, a traceback, SQL or a path."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers import Answer
from bot.core import MAX_QUESTION_CHARS

LEAKS = (
    "Traceback",
    "sqlite",
    "SELECT ",
    "select ",
    "/work/",
    'File "',
    "dazu-gazette.db",
    "Error:",
)
SQL = [
    "'",
    '"',
    ";",
    "--",
    "/*",
    "*/",
    " OR 1=1",
    "DROP TABLE service_items",
    "UNION SELECT",
    "%",
    "_",
    "\\",
]
WORDS = [
    "护照",
    "区公安局",
    "巨灾保险",
    "90平方米",
    "第3次常务会议",
    "〔2021〕",
    "胡建伟",
    "龙水镇",
    "提前",
    "号",
]
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

texts = st.one_of(
    st.text(max_size=MAX_QUESTION_CHARS),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.lists(
        st.sampled_from(SQL + WORDS + ["😀", "\x00", "\u200b", "\n", "　", "𠀀"]), max_size=40
    ).map("".join),
)


def assert_clean(answer: Answer) -> None:
    assert isinstance(answer, Answer)
    assert isinstance(answer.answer, str) and answer.answer
    assert not any(leak in answer.answer for leak in LEAKS), answer.answer


@FUZZ
@given(texts)
def test_any_question_gets_a_clean_answer(answerer, text):
    assert_clean(answerer.ask(text))


@FUZZ
@given(st.text(max_size=80))
def test_any_payload_gets_a_clean_answer(answerer, payload):
    assert_clean(answerer.choose(payload))
    assert_clean(answerer.choose("~" + payload))


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=MAX_QUESTION_CHARS + 1, max_value=10_000))
def test_long_questions_are_refused(answerer, length):
    answer = answerer.ask("护" * length)
    assert_clean(answer)
    assert "太长" in answer.answer


@FUZZ
@given(
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.text(max_size=10),
    st.integers(min_value=-(10**6), max_value=10**6),
)
def test_any_estimate_request_gets_a_clean_answer(answerer, area, structure, decoration, days):
    assert_clean(answerer.estimate(area, structure, decoration, days))
