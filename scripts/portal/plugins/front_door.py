"""The portal's Chinese front door: a card per table and a chart of the elderly-care plan.

The database is immutable, so the front page's data is computed once, by the `startup` hook, and
kept on the Datasette object (`FRONT_ATTRIBUTE`); `/` is served by this plugin's own route from
that data, without Datasette's per-request index work. Every page also gets the portal's source,
licence and data version (footer), table titles and the canned-query parameter labels.

Each card says where the table comes from: the documents its rows cite (through a foreign key to
`documents`) or else the gazette issues, and the latest issue date among its rows' sources.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import Response

from scripts.portal.links import ISSUES_PATH, document_link, issue_link, line_link

DATABASE = "dazu-gazette"
PORTAL_PLUGIN = "dazu-portal"  # see scripts/portal/metadata.py
DOCUMENTS_SHOWN = 2
FRONT_ATTRIBUTE = "_dazu_front_page"


async def _sources_of(db, table: str, columns: list[str]) -> dict:
    """The table's cited documents (up to DOCUMENTS_SHOWN) and its latest issue date."""
    foreign_keys = await db.foreign_keys_for_table(table)
    document_columns = [fk["column"] for fk in foreign_keys if fk["other_table"] == "documents"]
    documents, total = [], 0
    if document_columns:
        column = document_columns[0]
        rows = (
            await db.execute(
                f"select d.document_id, coalesce(d.doc_number, d.title) as label, d.title, "
                f"count(*) over () as total from documents d where d.document_id in "
                f"(select [{column}] from [{table}]) order by d.seq"
            )
        ).rows
        documents = [dict(row) for row in rows[:DOCUMENTS_SHOWN]]
        total = rows[0]["total"] if rows else 0
    published = None
    if "source_id" in columns:
        published = (
            await db.execute(
                f"select max(published) from sources where source_id in "
                f"(select source_id from [{table}])"
            )
        ).first()[0]
    return {
        "documents": documents,
        "more_documents": total - len(documents),
        "published": published,
    }


async def _cards(datasette) -> list[dict]:
    db = datasette.get_database(DATABASE)
    counts = await db.table_counts(limit=1000)
    cards = []
    for name, meta in (datasette.metadata("tables", database=DATABASE) or {}).items():
        if name not in counts or meta.get("hidden"):
            continue
        url = datasette.urls.table(DATABASE, name)
        cards.append(
            {
                "name": name,
                "title": meta.get("title", name),
                "description": meta.get("description", ""),
                "count": counts[name],
                "url": url,
                "documents_url": datasette.urls.table(DATABASE, "documents"),
                **await _sources_of(db, name, await db.table_columns(name)),
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


async def front_page_data(datasette) -> dict:
    """Everything index.html shows, computed once per (immutable) database."""
    cached = getattr(datasette, FRONT_ATTRIBUTE, None)
    if cached is None:
        cached = {
            "cards": await _cards(datasette),
            "issue": await _issue(datasette),
            "town_chart": await _town_chart(datasette),
            "databases": [{"name": name} for name in datasette.databases if name != "_internal"],
        }
        setattr(datasette, FRONT_ATTRIBUTE, cached)
    return cached


@hookimpl
def startup(datasette):
    async def inner():
        await front_page_data(datasette)

    return inner


async def front_page(datasette, request):
    data = await front_page_data(datasette)
    html = await datasette.render_template(
        "index.html", {**data, "metadata": datasette.metadata()}, request=request, view_name="index"
    )
    return Response.html(html)


@hookimpl
def register_routes():
    return [(r"^/$", front_page)]


def _titles(datasette) -> dict[str, str]:
    tables = datasette.metadata("tables", database=DATABASE) or {}
    return {name: meta.get("title", name) for name, meta in tables.items()}


@hookimpl
def extra_template_vars(datasette):
    config = datasette.plugin_config(PORTAL_PLUGIN) or {}
    metadata = datasette.metadata() or {}
    return {
        "data_version": config.get("data_version"),
        "parameter_labels": config.get("parameter_labels", {}),
        "table_titles": _titles(datasette),
        "document_link": document_link,
        "issue_link": issue_link,
        "line_link": line_link,
        "issues_path": ISSUES_PATH,
        "portal": {
            key: metadata.get(key) for key in ("source", "source_url", "license", "license_url")
        },
    }
