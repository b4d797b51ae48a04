"""The one place that reads the environment.

``ZONESCOPE_WAREHOUSE`` (the DuckDB file) and ``ZONESCOPE_DOCS`` (the folder
of documents) are read here and nowhere else; dbt's profiles.yml reads the
same ``ZONESCOPE_WAREHOUSE`` variable, which ``export_environment`` sets to
the resolved path before dbt runs, so the path exists in one copy only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "warehouse" / "zonescope.duckdb"
DEFAULT_DOCS = PROJECT_ROOT / "seeds"
# A build writes "<warehouse><BUILD_SUFFIX>" and publishes it whole (publishing.py).
BUILD_SUFFIX = ".building"


def warehouse_path() -> Path:
    """The DuckDB file the pipeline writes and queries read."""
    return Path(os.environ.get("ZONESCOPE_WAREHOUSE") or DEFAULT_WAREHOUSE).expanduser().resolve()


def docs_dir() -> Path:
    """The folder of documents to ingest."""
    return Path(os.environ.get("ZONESCOPE_DOCS") or DEFAULT_DOCS).expanduser().resolve()


def max_document_bytes() -> int:
    """Files larger than this are not one article (ZONESCOPE_MAX_DOC_MB, default 20)."""
    return int(float(os.environ.get("ZONESCOPE_MAX_DOC_MB") or 20) * 1024 * 1024)


def docs_per_shard() -> int:
    """Documents per parse step (ZONESCOPE_SHARD_DOCS, default 5,000): the unit Dagster fans out."""
    return max(1, int(os.environ.get("ZONESCOPE_SHARD_DOCS") or 5000))


def duckdb_memory_limit() -> str:
    """DuckDB's memory cap for the pipeline and dbt (ZONESCOPE_DUCKDB_MEMORY, default 2GB).

    DuckDB's own default is 80 % of the machine's memory, kept as buffer cache;
    a cap lets it spill to disk instead, so a large build stays within budget.
    """
    return os.environ.get("ZONESCOPE_DUCKDB_MEMORY") or "2GB"


def cache_dir() -> Path:
    """Where derived files that are slow to make and safe to lose are kept (XDG_CACHE_HOME/zonescope)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "zonescope"


def export_environment() -> None:
    """Make the resolved settings visible to child processes (dbt), and keep dbt offline."""
    os.environ["ZONESCOPE_WAREHOUSE"] = str(warehouse_path())
    os.environ["ZONESCOPE_DOCS"] = str(docs_dir())
    os.environ["ZONESCOPE_BUILD_SUFFIX"] = BUILD_SUFFIX  # dbt writes the build copy (see publishing.py)
    os.environ["ZONESCOPE_DUCKDB_MEMORY"] = duckdb_memory_limit()  # read by dbt's profiles.yml
    os.environ.setdefault("DO_NOT_TRACK", "1")
    # dbt is installed beside this interpreter; a virtualenv that is not activated
    # still finds it (dagster-dbt looks for `dbt` on PATH).
    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
