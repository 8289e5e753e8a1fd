"""%, _ and \\ in questions and tool arguments are literal text, never LIKE wildcards; the router
never passes a match-everything value (listing all rows is the explicit `all` parameter)."""

from __future__ import annotations

import re

import pytest

from bot import evaluate
from bot.database import load_queries
from bot.tools import LIST_ALL, PARAMETERS

QUERIES = load_queries()
LIKE = re.compile(r"like\s+'%'\s*\|\|.*?trim\(:(\w+)\)", re.IGNORECASE)
LIKE_TOOLS = sorted((name, p) for name, q in QUERIES.items() for p in set(LIKE.findall(q.sql)))
PROBES = ["%", "_", "\\", "%%", "护%照", "护_照", "\\%", "90%", "_0%", "不低于_0%"]
WILDCARDS = ("%", "_", "\\")


def row_text(row: dict) -> str:
    return " ".join(str(value) for value in row.values())


@pytest.mark.parametrize(("name", "parameter"), LIKE_TOOLS)
def test_tool_arguments_match_wildcard_characters_literally(answerer, name, parameter):
    tool = answerer.tools[name]
    for probe in PROBES:
        arguments = {
            p: (0 if p in PARAMETERS and PARAMETERS[p].kind is int
                else "" if LIST_ALL in QUERIES[name].params
                else "-") for p in QUERIES[name].params
        }  # a number (plan_year) takes 0, the value that narrows nothing
        arguments[parameter] = probe
        for row in tool.invoke(arguments)["rows"]:
            assert probe in row_text(row), (name, probe, row)


def test_a_percent_sign_finds_the_printed_percentage_only(answerer):
    rows = answerer.tools["tasks_by_keyword"].invoke({"keyword": "不低于_0%"})["rows"]
    assert rows == [], "_ is not any character"
    rows = answerer.tools["tasks_by_keyword"].invoke({"keyword": "90%"})["rows"]
    assert rows and all("90%" in row_text(row) for row in rows)


@pytest.mark.parametrize(
    "question",
    ["不低于90%的任务", "不低于_0%的任务", "护照%", "%护照", "巨灾保险%谁负责", "敬老院_标准",
     "文号\\37号", "%", "_", "\\", "100%"],
)  # fmt: skip
def test_questions_with_wildcard_characters_get_only_literal_matches(answerer, question):
    answer = answerer.ask(question)
    literal = [
        v for v in answer.args.values() if isinstance(v, str) and any(w in v for w in WILDCARDS)
    ]
    for value in literal:
        assert all(value in row_text(row) for row in answer.rows), (question, value)


def test_the_router_never_passes_a_match_everything_value(answerer):
    for item in evaluate.load():
        answer = answerer.ask(item["q"])
        for name, value in answer.args.items():
            if isinstance(value, str) and any(w in value for w in WILDCARDS):
                # a full-text search expression is the question's terms, each printed in it
                terms = value.split() if name == "terms" else [value]
                assert all(term in item["q"] for term in terms), (item["q"], name, value)


@pytest.mark.parametrize(
    ("question", "tool"),
    [("巨灾保险哪个部门牵头", "insurance_duties_by_keyword"),
     ("敬老院改造提升有哪些标准", "standards_by_keyword")],
)  # fmt: skip
def test_listing_everything_is_asked_for_explicitly(answerer, question, tool):
    answer = answerer.ask(question)
    assert (answer.tool, answer.args) == (tool, {LIST_ALL: "1"})
    assert len(answer.rows) > 1
