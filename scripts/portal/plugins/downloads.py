"""Complete downloads: every CSV link gives every row, every Excel file has Chinese headers.

- Datasette's `/db/table.csv` returns one page (50 rows) without saying so. An ASGI wrapper adds
  `_stream=on` to every `.csv` request that does not page by itself (`_stream`, `_next`), so the
  CSV of a table is all its rows, streamed.
- datasette-xlsx writes the column names as headers. This renderer (registered last, so it takes
  the `.xlsx` extension) lets datasette-xlsx build the workbook, then writes the columns' Chinese
  labels (column_labels in the merged metadata, the Table Schemas' titles) into the header row
  and the Excel table definition, as the release workbook does.
"""

from __future__ import annotations

import io
import urllib.parse

import datasette_xlsx
from datasette import hookimpl
from openpyxl import load_workbook

DATABASE = "dazu-gazette"
# datasette-xlsx's "about this export" sheet is in Swedish: its title and keys in Chinese.
ABOUT_SHEET = ("Om uttaget", "说明 About")
ABOUT_KEYS = {
    "Databas": "数据库 Database",
    "Tabell/vy": "表或视图 Table or view",
    "Sparad fråga": "预设查询 Canned query",
    "SQL": "SQL",
    "URL": "网址 URL",
    "Användare": "用户 User",
    "Exporterad": "导出时间 Exported",
    "Datasette-version": "Datasette 版本 version",
    "Antal rader": "行数 Rows",
    "Antal blad med data": "数据工作表数 Data sheets",
    "OBS": "注意 Note",
    "Trunkerade celler": "截断的单元格 Truncated cells",
}


def _with_stream(query_string: bytes) -> bytes:
    args = urllib.parse.parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    if any(key in ("_stream", "_next") for key, _ in args):
        return query_string
    return (query_string + b"&" if query_string else b"") + b"_stream=on"


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def stream_csv(scope, receive, send):
            if scope["type"] == "http" and scope.get("path", "").endswith(".csv"):
                scope = {**scope, "query_string": _with_stream(scope.get("query_string", b""))}
            await app(scope, receive, send)

        return stream_csv

    return wrap


def _labels(datasette, table: str | None, query_name: str | None) -> dict[str, str]:
    database = (datasette.metadata("databases") or {}).get(DATABASE, {})
    if query_name:
        return database.get("queries", {}).get(query_name, {}).get("column_labels", {})
    return database.get("tables", {}).get(table or "", {}).get("column_labels", {})


def chinese_headers(body: bytes, columns: list[str], labels: dict[str, str]) -> bytes:
    """The workbook with each data sheet's header row (and Excel table columns) in Chinese."""
    headers, seen = [], set()
    for column in columns:
        label = labels.get(column, column)
        headers.append(label if label not in seen else f"{label}（{column}）")
        seen.add(headers[-1])
    workbook = load_workbook(io.BytesIO(body))
    if ABOUT_SHEET[0] in workbook.sheetnames:
        about = workbook[ABOUT_SHEET[0]]
        about.title = ABOUT_SHEET[1]
        for (cell,) in about.iter_rows(max_col=1):
            cell.value = ABOUT_KEYS.get(cell.value, cell.value)
    for sheet in workbook.worksheets:
        if [cell.value for cell in sheet[1]][: len(columns)] != _excel_names(sheet, columns):
            continue
        for index, header in enumerate(headers, start=1):
            sheet.cell(row=1, column=index).value = header
        for table in sheet.tables.values():
            for table_column, header in zip(table.tableColumns, headers, strict=False):
                table_column.name = header
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _excel_names(sheet, columns: list[str]) -> list[str]:
    """The headers datasette-xlsx wrote for these columns (it renames duplicates)."""
    return datasette_xlsx._table_headers(columns)


async def render_xlsx(
    datasette, request, database, table, sql, query_name, columns, rows, view_name, data
):
    result = await datasette_xlsx.render_xlsx(
        datasette, request, database, table, sql, query_name, columns, rows, view_name, data
    )
    if result.get("status_code", 200) != 200 or not isinstance(result.get("body"), bytes):
        return result
    labels = _labels(datasette, table, query_name)
    return {**result, "body": chinese_headers(result["body"], list(columns), labels)}


@hookimpl(trylast=True)
def register_output_renderer(datasette):
    return {"extension": "xlsx", "render": render_xlsx, "can_render": datasette_xlsx.can_render}
