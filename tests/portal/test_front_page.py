"""The front page is computed once per (immutable) database, not on every request."""

from __future__ import annotations

import asyncio
import html
import json
import re

from datasette.app import Datasette

from scripts.portal.serve import PORTAL_DIR


def traced_queries(portal_files, paths: list[str]) -> list[int]:
    """SQL statements Datasette ran for each request, after start-up, served as the portal is."""
    database, metadata, _ = portal_files

    async def run() -> list[int]:
        datasette = Datasette(
            immutables=[str(database)],
            metadata=json.loads(metadata.read_text(encoding="utf-8")),
            template_dir=str(PORTAL_DIR / "templates"),
            plugins_dir=str(PORTAL_DIR / "plugins"),
            settings={"trace_debug": True},
        )
        await datasette.invoke_startup()
        counts = []
        for path in paths:
            response = await datasette.client.get(path + "?_trace=1")
            assert response.status_code == 200
            trace = re.search(r"<pre>(\{.*?\})</pre>\s*</body>", response.text, re.S)
            counts.append(json.loads(html.unescape(trace.group(1)))["num_traces"])
        return counts

    return asyncio.run(run())


def test_front_page_runs_no_sql_per_request(portal_files):
    front, again, table = traced_queries(portal_files, ["/", "/", "/dazu-gazette/tasks"])
    assert front == again == 0
    assert table > 0  # the trace does count queries: a table page runs some
