"""Chinese search for the portal: Datasette's `?_search=` box and one search across all tables.

Every searchable table has a standalone n-gram FTS5 table (`fts_table` in the metadata, see
scripts/search_index.py). Datasette turns `?_search=` into `match escape_fts(:search)`; this
plugin registers our `fts_escape` under that name, last, so it replaces Datasette's own phrase
quoting, which cannot match n-grams. datasette-search-all cannot be used: it only lists tables
whose FTS table Datasette detects from the schema, never tables declared in the metadata.

Both forgive: a run of the query that no index can match loses its filler words
(办护照 → 护照, 怎么办理护照 → 护照; see scripts/search_index.forgiving_query). The index's terms
are looked up in the index itself (fts5vocab), one connection per database file.
"""

from __future__ import annotations

import threading
import urllib.parse
from functools import cache

from datasette import hookimpl
from datasette.utils import path_from_row_pks, sqlite3
from datasette.utils.asgi import Response

from scripts.portal.links import document_link, issue_link
from scripts.search_index import forgiving_query, fts_escape, match_expression

DATABASE = "dazu-gazette"
RESULTS_PER_TABLE = 5
MAX_QUERY_CHARS = 100


class IndexTerms:
    """Whether a term occurs in any `*_fts` table of the (immutable) database file.

    Point look-ups in fts5vocab tables on a private read-only connection: nothing is loaded up
    front, so the cost does not grow with the database (escape_fts runs inside visitors' SQL,
    under its time limit).
    """

    def __init__(self, path: str):
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        tables = [
            row[0]
            for row in self._connection.execute(
                "select name from sqlite_master where type = 'table' and sql like '%using fts5%'"
            )
        ]
        for table in tables:
            self._connection.execute(
                f"create virtual table temp.[vocab_{table}] using fts5vocab(main, [{table}], row)"
            )
        self._lookups = [f"select 1 from temp.[vocab_{table}] where term = ?" for table in tables]

    def __contains__(self, term: object) -> bool:
        with self._lock:
            return any(
                self._connection.execute(lookup, [term]).fetchone() for lookup in self._lookups
            )


@cache
def index_terms(path: str) -> IndexTerms:
    return IndexTerms(path)


def _forgiving(datasette, query: str) -> str:
    path = datasette.get_database(DATABASE).path
    return forgiving_query(query, index_terms(path)) if path else query


@hookimpl(trylast=True)
def prepare_connection(conn, database, datasette):
    if database != DATABASE:
        conn.create_function("escape_fts", 1, fts_escape, deterministic=True)
        return
    conn.create_function(
        "escape_fts",
        1,
        lambda query: fts_escape(_forgiving(datasette, query or "")),
        deterministic=True,
    )


def _reading_link(row: dict) -> str | None:
    """Where the row is printed: its document's reading page at its line, or its issue."""
    if row.get("document_id") and row.get("source_line"):
        return document_link(row["document_id"], line=row["source_line"])
    if row.get("source_id"):
        return issue_link(row["source_id"])
    return None


async def _table_matches(datasette, table: str, meta: dict, query: str) -> dict | None:
    """How many rows of one table match, and links to the first few."""
    db = datasette.get_database(DATABASE)
    fts = meta["fts_table"]
    where = f"rowid in (select rowid from [{fts}] where [{fts}] match :match)"
    params = {"match": match_expression(_forgiving(datasette, query))}
    count = (await db.execute(f"select count(*) from [{table}] where {where}", params)).first()[0]
    if not count:
        return None
    pks = await db.primary_keys(table)
    label = meta.get("label_column") or (pks[0] if pks else "rowid")
    cited = [
        c for c in ("document_id", "source_id", "source_line") if c in await db.table_columns(table)
    ]
    columns = ", ".join(f"[{column}]" for column in dict.fromkeys(["rowid", *pks, label, *cited]))
    rows = await db.execute(
        f"select {columns} from [{table}] where {where} limit {RESULTS_PER_TABLE}", params
    )
    return {
        "table": table,
        "title": meta.get("title", table),
        "count": count,
        "url": datasette.urls.table(DATABASE, table) + "?_search=" + urllib.parse.quote(query),
        "rows": [
            {
                "label": row[label],
                "url": datasette.urls.row(DATABASE, table, path_from_row_pks(row, pks, not pks)),
                "text_url": _reading_link(dict(row)),
            }
            for row in rows
        ],
    }


async def search_all(datasette, request):
    """/-/search?q=…: how many rows of every searchable table match, with the first few."""
    query = (request.args.get("q") or "").strip()[:MAX_QUERY_CHARS]
    results = []
    if match_expression(_forgiving(datasette, query)):
        tables = datasette.metadata("tables", database=DATABASE) or {}
        for table, meta in tables.items():
            if meta.get("fts_table"):
                matches = await _table_matches(datasette, table, meta, query)
                results += [matches] if matches else []
    return Response.html(
        await datasette.render_template(
            "front_search.html", {"q": query, "results": results}, request=request
        )
    )


@hookimpl
def register_routes():
    return [(r"^/-/search$", search_all)]
