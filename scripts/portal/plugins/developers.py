"""/-/developers: the page for developers that the citizens' pages leave out.

Each table's and view's SQL definition (CREATE TABLE / CREATE VIEW), its columns with their
descriptions, and how to reach the JSON, CSV and Excel API.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import Response

DATABASE = "dazu-gazette"


async def developers(datasette, request):
    db = datasette.get_database(DATABASE)
    tables_meta = datasette.metadata("tables", database=DATABASE) or {}
    rows = await db.execute(
        "select name, type, sql from sqlite_master where type in ('table', 'view') "
        "and name not like 'sqlite_%' order by type, name"
    )
    objects = [
        {
            "name": row["name"],
            "type": row["type"],
            "sql": row["sql"],
            "title": tables_meta.get(row["name"], {}).get("title", row["name"]),
            "columns": tables_meta.get(row["name"], {}).get("columns", {}),
            "hidden": tables_meta.get(row["name"], {}).get("hidden", False),
        }
        for row in rows
    ]
    return Response.html(
        await datasette.render_template(
            "developers.html", {"database": DATABASE, "objects": objects}, request=request
        )
    )


@hookimpl
def register_routes():
    return [(r"^/-/developers$", developers)]
