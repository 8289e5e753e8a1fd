"""Canned queries as tools: SQL from metadata.yml only, bound parameters, read-only, bounded."""

from __future__ import annotations

import contextlib
import gc
import sqlite3

import pytest
from pydantic import ValidationError

from bot.database import METADATA_YML, QueryError, ReadOnlyDatabase, load_queries
from bot.tools import INTERNAL_QUERIES, build_tools

QUERIES = load_queries()
PARAMETERISED = [name for name, query in QUERIES.items() if query.params]
INJECTION = "'; drop table service_items; --"


@pytest.fixture(scope="module")
def tools(answerer):
    return answerer.tools


def test_every_canned_query_is_a_tool_with_its_parameters(tools):
    assert set(QUERIES) <= set(tools)
    for name, query in QUERIES.items():
        schema = tools[name].args_schema.model_json_schema()
        assert set(schema.get("properties", {})) == set(query.params), name
        for parameter in schema.get("properties", {}).values():
            assert parameter.get("description"), name
        assert tools[name].description and any(
            "\u4e00" <= c <= "\u9fff" for c in tools[name].description
        )


def test_the_sql_lives_only_in_metadata_yml():
    source = "".join(
        path.read_text(encoding="utf-8") for path in (METADATA_YML.parent / "bot").glob("*.py")
    )
    for query in QUERIES.values():
        first_line = query.sql.strip().splitlines()[0].strip()
        assert first_line not in source, f"SQL of {query.name} is copied into bot/"


@pytest.mark.parametrize("name", PARAMETERISED)
def test_an_empty_or_blank_parameter_returns_nothing(tools, answerer, name):
    """The SQL guards itself (Datasette sends a missing parameter as ''), and so does the schema."""
    query = QUERIES[name]
    for value in ("", " "):
        assert answerer.database.run(query.sql, dict.fromkeys(query.params, value)).rows == []
        with contextlib.suppress(ValidationError):
            assert tools[name].invoke(dict.fromkeys(query.params, value))["rows"] == []


@pytest.mark.parametrize("name", PARAMETERISED)
def test_every_tool_binds_its_values(tools, name, database, monkeypatch, answerer):
    seen = {}
    original = answerer.database.run

    def spy(sql, params, row_cap=None):
        seen["sql"], seen["params"] = sql, dict(params)
        return original(sql, params, row_cap)

    monkeypatch.setattr(answerer.database, "run", spy)
    query = QUERIES[name]
    value = {
        p: (3 if tools[name].args_schema.model_fields[p].annotation is int else INJECTION[:20])
        for p in query.params
    }
    if "date" in query.params:
        value["date"] = "2021-06-30"
    if "kind" in query.params:
        value["kind"] = "person"
    if "year" in query.params:
        value["year"] = 2021
    tools[name].invoke(value)
    assert seen["sql"] == query.sql  # verbatim: nothing formatted into the SQL
    assert set(seen["params"]) == set(query.params)
    with sqlite3.connect(database) as connection:
        assert connection.execute("select count(*) from service_items").fetchone()[0] > 400


def test_arguments_are_bounded(tools):
    with pytest.raises(ValidationError):
        tools["service_by_keyword"].invoke({"keyword": "护" * 51})
    with pytest.raises(ValidationError):
        tools["service_by_keyword"].invoke({"keyword": ""})
    with pytest.raises(ValidationError):
        tools["topics_of_meeting"].invoke({"number": 0})
    with pytest.raises(ValidationError):
        tools["tasks_due_by"].invoke({"date": "June 30"})
    with pytest.raises(ValidationError):
        tools["estimate_compensation"].invoke({"area_m2": -5, "structure": "混合结构"})


def test_a_write_through_the_connection_fails(database):
    readonly = ReadOnlyDatabase(database)
    with pytest.raises(QueryError, match=r"readonly|read-only|read only"):
        readonly.run("delete from service_items", {})
    with pytest.raises(QueryError):
        readonly.run("create table x (a)", {})
    assert readonly.run("select count(*) as n from service_items", {}).rows[0]["n"] > 400


def test_a_runaway_query_is_interrupted(database):
    readonly = ReadOnlyDatabase(database, time_limit_ms=50)
    endless = (
        "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"
    )
    with pytest.raises(QueryError, match="interrupt"):
        readonly.run(endless, {})
    assert readonly.run("select 1 as one", {}).rows == [{"one": 1}]


def test_garbage_collection_waits_while_a_query_runs(database):
    """A collection of a large heap would count in the query's CPU time limit."""
    readonly = ReadOnlyDatabase(database)
    readonly._connection.create_function("collecting", 0, lambda: int(gc.isenabled()))
    assert readonly.run("select collecting() as on_", {}).rows == [{"on_": 0}]
    assert gc.isenabled()


def test_rows_are_capped(database):
    readonly = ReadOnlyDatabase(database, row_cap=5)
    result = readonly.run("select name from service_items", {})
    assert len(result.rows) == 5 and result.truncated


def test_the_connection_works_from_other_threads(answerer):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        payouts = answerer.tools["insurance_payouts"]
        results = list(pool.map(lambda _: payouts.invoke({"all": "1"}), range(8)))
    assert all(len(result["rows"]) == 5 for result in results)


def test_a_missing_database_is_reported(tmp_path):
    with pytest.raises(QueryError, match="not found"):
        ReadOnlyDatabase(tmp_path / "missing.db")


def test_internal_queries_are_not_offered_to_a_model(answerer):
    assert set(answerer.tools) >= INTERNAL_QUERIES
    assert not INTERNAL_QUERIES & {tool.name for tool in answerer.public_tools()}


def test_build_tools_needs_no_answerer(database):
    tools = build_tools(QUERIES, ReadOnlyDatabase(database))
    rows = tools["service_by_keyword"].invoke({"keyword": "护照"})["rows"]
    assert [row["name"] for row in rows] == ["普通护照签发"]
