"""Open the DuckDB warehouse, and load frames into it through Arrow.

DuckDB lets one process write and locks out every other, readers included.
Queries therefore open the file read-only, and a lock held by a build is
turned into one clear sentence instead of a stack trace.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

from orchestration import settings


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse's write lock."""


class WarehouseMissing(RuntimeError):
    """The warehouse file has not been built yet."""


@contextmanager
def connect(path: Path, read_only: bool = False):
    """A DuckDB connection that is always closed, with lock errors made readable."""
    if read_only and not path.exists():
        raise WarehouseMissing(f"no warehouse at {path}: run `zonescope build` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only,
                             config={"memory_limit": settings.duckdb_memory_limit()})
    except duckdb.IOException as exc:
        message = str(exc)
        if "lock" in message.lower():
            holder = re.search(r"\(PID (\d+)\)", message)
            who = f"process {holder.group(1)}" if holder else "another process"
            raise WarehouseBusy(f"the warehouse {path} is locked by {who} (a build is probably running); "
                                "try again when it finishes") from None
        raise
    try:
        yield con
    finally:
        con.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection):
    """Everything in the block is written together or not at all."""
    con.execute("begin transaction")
    try:
        yield
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    """The single value a query returns; the result is read to the end, as DuckDB requires
    before the connection runs anything else."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0][0] if rows else None


def frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pl.DataFrame:
    """A query's result as a polars frame, through Arrow."""
    return con.sql(sql, params=params or None).pl()


def first_row(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> tuple | None:
    rows = con.execute(sql, params or []).fetchall()
    return rows[0] if rows else None


def query(path: Path, sql: str) -> pl.DataFrame:
    """Run one read-only query and return its result."""
    with connect(path, read_only=True) as con:
        relation = con.sql(sql)
        return relation.pl() if relation is not None else pl.DataFrame()
