"""The portal's Chinese front door: dataset cards, one search across all tables, a town chart.

Datasette's own search-all plugin only sees FTS tables it can auto-detect; ours are standalone
n-gram tables declared with `fts_table` in the metadata, so this plugin searches those.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import Response

from scripts.search_index import match_expression

DATABASE = "dazu-gazette"
RESULTS_PER_TABLE = 5


def _tables(datasette) -> dict[str, dict]:
    return datasette.metadata("tables", database=DATABASE) or {}


async def _cards(datasette) -> list[dict]:
    db = datasette.get_database(DATABASE)
    table_names = set(await db.table_names())
    cards = []
    for name, meta in _tables(datasette).items():
        if name not in table_names or meta.get("hidden") or name.endswith("_fts"):
            continue
        count = (await db.execute(f"select count(*) from [{name}]")).first()[0]
        url = datasette.urls.table(DATABASE, name)
        cards.append(
            {
                "name": name,
                "title": meta.get("title", name),
                "description": meta.get("description", ""),
                "count": count,
                "url": url,
                "source": meta.get("source"),
                "source_url": meta.get("source_url"),
            }
        )
    return cards


async def _issue(datasette) -> dict:
    db = datasette.get_database(DATABASE)
    row = (
        await db.execute("select title, published from sources order by published desc limit 1")
    ).first()
    return {"title": row[0], "published": row[1]} if row else {}


async def _town_chart(datasette) -> list[dict]:
    db = datasette.get_database(DATABASE)
    rows = (
        await db.execute(
            "select town, sum(planned_count) as total from elderly_facility_plan "
            "group by town_seq, town order by town_seq"
        )
    ).rows
    largest = max((row[1] for row in rows), default=0) or 1
    return [
        {"town": row[0], "total": row[1], "percent": round(100 * row[1] / largest)} for row in rows
    ]


@hookimpl
def extra_template_vars(template, datasette):
    if template != "index.html":
        return None

    async def inner():
        return {
            "cards": await _cards(datasette),
            "issue": await _issue(datasette),
            "town_chart": await _town_chart(datasette),
        }

    return inner


async def search_all(datasette, request):
    """/-/search?q=…: matching rows of every searchable table, a few per table."""
    query = (request.args.get("q") or "").strip()[:100]
    expression = match_expression(query) if query else None
    db = datasette.get_database(DATABASE)
    results = []
    for name, meta in _tables(datasette).items():
        fts_table = meta.get("fts_table")
        if not fts_table or expression is None:
            continue
        label = meta.get("label_column") or "rowid"
        where = f"rowid in (select rowid from [{fts_table}] where [{fts_table}] match :match)"
        count = (
            await db.execute(f"select count(*) from [{name}] where {where}", {"match": expression})
        ).first()[0]
        if not count:
            continue
        rows = (
            await db.execute(
                f"select rowid, [{label}] from [{name}] where {where} limit {RESULTS_PER_TABLE}",
                {"match": expression},
            )
        ).rows
        pk_rows = []
        for row in rows:
            pk_rows.append({"label": row[1], "url": datasette.urls.row(DATABASE, name, row[0])})
        results.append(
            {
                "table": name,
                "title": meta.get("title", name),
                "count": count,
                "url": datasette.urls.table(DATABASE, name) + "?_search=" + query,
                "rows": pk_rows,
            }
        )
    return Response.html(
        await datasette.render_template(
            "front_search.html", {"q": query, "results": results}, request=request
        )
    )


@hookimpl
def register_routes():
    return [(r"^/-/search$", search_all)]
