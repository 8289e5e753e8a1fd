"""The reading room: every issue and every document of the gazette, as printed, in order.

Routes (addresses defined in scripts/portal/links.py):
- the list of issues; an issue's cover, contents (linking to its documents) and back matter;
- a document: title, 文号, issuer, date, its full text with an anchor per paragraph (`p<seq>`,
  and `L<source_line>` for rows that cite a line), tables printed as tables, and beside it the
  rows extracted from its lines (the tables listed in the portal setting `document_rows`, each
  with its Chinese labels), the errata printed in it or in its contents entry, and corrections.
"""

from __future__ import annotations

from itertools import groupby

from datasette import hookimpl
from datasette.utils.asgi import Response

from scripts.portal.links import (
    DATABASE,
    DOCUMENT_ROUTE,
    ISSUE_ROUTE,
    ISSUES_PATH,
    LINE_ROUTE,
    document_link,
    issue_link,
)

PORTAL_PLUGIN = "dazu-portal"
ROWS_SHOWN = 200  # per table on a document page; the rest one click away
TABLE_STYLES = ("table_header", "table_row")


def _db(datasette):
    return datasette.get_database(DATABASE)


async def _not_found(datasette, message: str) -> Response:
    """The portal's own 404 page (raising NotFound would also log a traceback per request)."""
    html = await datasette.render_template(
        "error.html", {"status": 404, "error": message, "title": None}
    )
    return Response.html(html, status=404)


async def _render(datasette, request, template: str, context: dict) -> Response:
    return Response.html(await datasette.render_template(template, context, request=request))


def _blocks(paragraphs: list[dict]) -> list[dict]:
    """Paragraphs in order; runs of table rows become one table block (cells split on tabs)."""
    blocks = []
    for is_table, run in groupby(paragraphs, key=lambda p: p["style"] in TABLE_STYLES):
        run = list(run)
        if is_table:
            rows = [{**p, "cells": p["text"].split("\t")} for p in run]
            blocks.append({"kind": "table", "rows": rows})
        else:
            blocks += [{"kind": "paragraph", **p} for p in run]
    return blocks


async def issues(request, datasette):
    rows = await _db(datasette).execute(
        "select s.*, (select count(*) from documents d where d.source_id = s.source_id) "
        "as documents from sources s order by published desc"
    )
    issues_list = [{**dict(row), "url": issue_link(row["source_id"])} for row in rows]
    return await _render(datasette, request, "reading_issues.html", {"issues": issues_list})


async def issue(request, datasette):
    source_id = request.url_vars["source_id"]
    db = _db(datasette)
    source = (await db.execute("select * from sources where source_id = ?", [source_id])).first()
    if source is None:
        return await _not_found(datasette, f"没有这一期公报 No such issue: {source_id}")
    paragraphs = [
        dict(row)
        for row in await db.execute(
            "select seq, part, style, text, source_line from paragraphs "
            "where source_id = ? and part in ('cover', 'back_matter') order by seq",
            [source_id],
        )
    ]
    documents = [
        {**dict(row), "url": document_link(row["document_id"])}
        for row in await db.execute(
            "select document_id, section, title, doc_number, issuer, sign_date, toc_page "
            "from documents where source_id = ? order by seq",
            [source_id],
        )
    ]
    errata = [
        dict(row)
        for row in await db.execute(
            "select * from errata where source_id = ? order by source_line", [source_id]
        )
    ]
    return await _render(
        datasette,
        request,
        "reading_issue.html",
        {
            "source": dict(source),
            "cover": [p for p in paragraphs if p["part"] == "cover"],
            "back_matter": [p for p in paragraphs if p["part"] == "back_matter"],
            "sections": [
                {"section": section, "documents": list(group)}
                for section, group in groupby(documents, key=lambda d: d["section"])
            ],
            "errata": errata,
            "issues_url": ISSUES_PATH,
        },
    )


async def _extracted_rows(datasette, document: dict) -> list[dict]:
    """Rows of the configured tables whose source line lies within the document."""
    db = _db(datasette)
    config = datasette.plugin_config(PORTAL_PLUGIN) or {}
    tables_meta = datasette.metadata("tables", database=DATABASE) or {}
    where = "source_id = :source_id and source_line between :start and :end"
    params = {
        "source_id": document["source_id"],
        "start": document["source_line"],
        "end": document["end_line"],
    }
    found = []
    for table in config.get("document_rows", []):
        meta = tables_meta.get(table, {})
        count = (await db.execute(f"select count(*) from [{table}] where {where}", params)).first()[
            0
        ]
        if not count:
            continue
        result = await db.execute(
            f"select * from [{table}] where {where} order by source_line, rowid limit {ROWS_SHOWN}",
            params,
        )
        labels = meta.get("column_labels", {})
        hidden = set(meta.get("hidden_columns", []))
        columns = [c for c in result.columns if c not in hidden]
        found.append(
            {
                "table": table,
                "title": meta.get("title", table),
                "count": count,
                "columns": [{"name": c, "label": labels.get(c, c)} for c in columns],
                "rows": [dict(row) for row in result.rows],
                "more_url": datasette.urls.table(DATABASE, table)
                + f"?source_id={document['source_id']}&source_line__gte={document['source_line']}"
                + f"&source_line__lte={document['end_line']}",
            }
        )
    return found


async def document(request, datasette):
    document_id = request.url_vars["document_id"]
    db = _db(datasette)
    row = (
        await db.execute(
            "select d.*, s.title as issue_title, s.published from documents d "
            "join sources s on s.source_id = d.source_id where d.document_id = ?",
            [document_id],
        )
    ).first()
    if row is None:
        return await _not_found(datasette, f"没有这份文件 No such document: {document_id}")
    doc = dict(row)
    paragraphs = [
        dict(p)
        for p in await db.execute(
            "select seq, doc_seq, style, text, source_line from paragraphs "
            "where document_id = ? order by seq",
            [document_id],
        )
    ]
    # Errata printed in the document's lines, or in its entry of the issue's contents.
    errata = [
        dict(e)
        for e in await db.execute(
            "select * from errata e where e.source_id = :source_id and (e.source_line between "
            ":start and :end or e.source_line in (select p.source_line from paragraphs p where "
            "p.source_id = :source_id and p.part = 'contents' and :toc_title != '' "
            "and instr(p.text, :toc_title) > 0)) order by e.source_line",
            {
                "source_id": doc["source_id"],
                "start": doc["source_line"],
                "end": doc["end_line"],
                "toc_title": doc.get("toc_title") or "",
            },
        )
    ]
    corrections = [
        dict(c)
        for c in await db.execute(
            "select * from corrections where source_id = ? and source_line between ? and ? "
            "order by source_line",
            [doc["source_id"], doc["source_line"], doc["end_line"]],
        )
    ]
    return await _render(
        datasette,
        request,
        "reading_document.html",
        {
            "doc": doc,
            "blocks": _blocks(paragraphs),
            "extracted": await _extracted_rows(datasette, doc),
            "errata": errata,
            "corrections": corrections,
            "issue_url": issue_link(doc["source_id"]),
            "row_url": datasette.urls.row(DATABASE, "documents", document_id),
        },
    )


async def line(request, datasette):
    """Redirect a (source_id, line) citation to the paragraph that prints that line."""
    source_id, number = request.url_vars["source_id"], int(request.url_vars["line"])
    paragraph = (
        await _db(datasette).execute(
            "select document_id, seq, source_line from paragraphs where source_id = ? "
            "and source_line <= ? order by source_line desc limit 1",
            [source_id, number],
        )
    ).first()
    if paragraph is None:
        return await _not_found(datasette, f"没有这一行 No such line: {source_id} {number}")
    if paragraph["document_id"]:
        target = document_link(paragraph["document_id"], line=paragraph["source_line"])
    else:
        target = f"{issue_link(source_id)}#p{paragraph['seq']}"
    return Response.redirect(target)


@hookimpl
def register_routes():
    return [
        (rf"^{ISSUES_PATH}$", issues),
        (ISSUE_ROUTE, issue),
        (DOCUMENT_ROUTE, document),
        (LINE_ROUTE, line),
    ]
