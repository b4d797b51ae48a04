"""Print query results as terminal tables with rich, the de-facto library for it."""

from __future__ import annotations

import sys

import polars as pl
from rich.console import Console
from rich.table import Table
from rich.text import Text


def print_frame(frame: pl.DataFrame, max_rows: int = 50, console: Console | None = None) -> None:
    # a pipe or a file gets full-width rows instead of 80-column wrapping
    console = console or Console(width=None if sys.stdout.isatty() else 240)
    table = Table(show_lines=False, header_style="bold")
    for name in frame.columns:
        table.add_column(name, overflow="fold")
    for row in frame.head(max_rows).iter_rows():
        # Text(...) so that document text is shown as text, never read as rich markup
        table.add_row(*(Text("NULL" if v is None else _fmt(v)) for v in row))
    console.print(table)
    shown = min(frame.height, max_rows)
    console.print(f"{frame.height} rows" + (f" ({shown} shown)" if shown < frame.height else ""))


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:,.4f}".rstrip("0").rstrip(".") if abs(value) < 1e15 else f"{value:.6g}"
    return str(value)
