"""When a build must rebuild dbt's incremental models whole, and recording that it did.

The staging tables of mentions are incremental by document
(dbt_project/macros/staged_by_document.sql): a build stages only the
documents whose content they have not staged yet. A staged row also depends
on the SQL that staged it and on the extractor that found the fact, and
neither change shows in a document's content hash. So the warehouse records
a fingerprint of both (the dbt project's files and ``extractor_version``)
when a build has run every incremental model, and a build that finds another
fingerprint, or none, runs dbt with ``--full-refresh``: a newer zonescope,
an edited model or a new extractor rebuilds those tables once, then builds
incrementally again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from orchestration.incremental import extractor_version
from orchestration.warehouse import scalar

STATE_TABLE = "raw.dbt_build_state"
# what a model's rows depend on, besides the data: every file of the project that dbt reads
_PROJECT_FILES = ("dbt_project.yml",)
_PROJECT_DIRS = ("models", "macros", "seeds")


def fingerprint(project_dir: Path) -> str:
    """A digest of the dbt project's models, macros, seeds and settings, and of the extractor."""
    digest = hashlib.sha256(extractor_version().encode())
    paths = [project_dir / name for name in _PROJECT_FILES]
    for folder in _PROJECT_DIRS:
        paths += (p for p in (project_dir / folder).rglob("*") if p.is_file())
    for path in sorted(paths):
        digest.update(b"\0" + path.relative_to(project_dir).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def recorded(con: duckdb.DuckDBPyConnection) -> str | None:
    """The fingerprint of the last build that ran every incremental model, if any."""
    exists = scalar(con, "select count(*) from information_schema.tables "
                         "where table_schema = 'raw' and table_name = 'dbt_build_state'")
    return scalar(con, f"select fingerprint from {STATE_TABLE}") if exists else None


def needs_full_refresh(con: duckdb.DuckDBPyConnection, current: str) -> bool:
    return recorded(con) != current


def record(con: duckdb.DuckDBPyConnection, current: str) -> None:
    con.execute("create schema if not exists raw")
    con.execute(f"create or replace table {STATE_TABLE} as "
                "select ?::varchar as fingerprint, current_timestamp::timestamp as recorded_at", [current])
