"""Stable addresses of the portal's reading room: one definition for the portal and the bot.

    /dazu-gazette/-/issues                      every issue of the gazette
    /dazu-gazette/-/issue/<source_id>           one issue: cover, contents, back matter
    /dazu-gazette/-/doc/<document_id>           one document's full text and extracted rows
    /dazu-gazette/-/doc/<document_id>#p<seq>    …at a paragraph (paragraphs.seq, as in paragraph_id)
    /dazu-gazette/-/doc/<document_id>#L<line>   …at the paragraph that starts on that source line
                                                 (every extracted row's source_line)
    /dazu-gazette/-/line/<source_id>/<line>     redirects to the document (or issue page) printing
                                                 that line: for rows that carry only source_id
                                                 and source_line (every canned-query answer)

The plugin scripts/portal/plugins/reading_room.py serves these routes from the same constants.
"""

from __future__ import annotations

import urllib.parse

DATABASE = "dazu-gazette"
PREFIX = f"/{DATABASE}/-"
ISSUES_PATH = f"{PREFIX}/issues"
ISSUE_ROUTE = rf"^{PREFIX}/issue/(?P<source_id>[^/]+)$"
DOCUMENT_ROUTE = rf"^{PREFIX}/doc/(?P<document_id>[^/]+)$"
LINE_ROUTE = rf"^{PREFIX}/line/(?P<source_id>[^/]+)/(?P<line>[0-9]+)$"


def issue_link(source_id: str, *, base: str = "") -> str:
    """The page of one gazette issue; `base` is the portal's address (empty: a path)."""
    return f"{base.rstrip('/')}{PREFIX}/issue/{urllib.parse.quote(source_id)}"


def document_link(
    document_id: str, *, seq: int | None = None, line: int | None = None, base: str = ""
) -> str:
    """The reading page of one document, at paragraph `seq` or at source line `line` if given."""
    url = f"{base.rstrip('/')}{PREFIX}/doc/{urllib.parse.quote(document_id)}"
    if seq is not None:
        return f"{url}#p{seq}"
    if line is not None:
        return f"{url}#L{line}"
    return url


def line_link(source_id: str, line: int, *, base: str = "") -> str:
    """Where source line `line` of an issue is printed (redirects to its document's anchor)."""
    return f"{base.rstrip('/')}{PREFIX}/line/{urllib.parse.quote(source_id)}/{int(line)}"
