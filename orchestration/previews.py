"""Metadata that makes a materialization readable in the Dagster UI: row counts and top rows."""

from __future__ import annotations

import duckdb

PREVIEW_ROWS = 5
_MAX_CELL = 60


def markdown_table(columns: list[str], rows: list[tuple]) -> str:
    """A small markdown table; cells are shortened and pipes escaped, never interpreted."""
    def cell(value) -> str:
        text = "" if value is None else (f"{value:,.4g}" if isinstance(value, float) else str(value))
        text = text.replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"

    head = "| " + " | ".join(cell(c) for c in columns) + " |"
    rule = "|" + "---|" * len(columns)
    body = ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join([head, rule, *body])


def table_preview(con: duckdb.DuckDBPyConnection, relation: str) -> tuple[int, str]:
    """Row count and a markdown preview of the first rows of a table or view."""
    count = con.execute(f"select count(*) from {relation}").fetchall()[0][0]
    result = con.execute(f"select * from {relation} limit {PREVIEW_ROWS}")
    columns = [d[0] for d in result.description]
    rows = result.fetchall()
    return count, markdown_table(columns, rows)
