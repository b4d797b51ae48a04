"""Fixtures that build a warehouse once per test session and share it.

Builds run `zonescope build` in a subprocess with their own
ZONESCOPE_WAREHOUSE and ZONESCOPE_DOCS, exactly as a user would, so the
settings, the Dagster definitions and dbt are all exercised for real.
"""

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@dataclass
class Build:
    docs: Path
    warehouse: Path
    env: dict
    result: subprocess.CompletedProcess

    def query(self, sql: str, params=None) -> list[tuple]:
        con = duckdb.connect(str(self.warehouse), read_only=True)
        try:
            return con.execute(sql, params or []).fetchall()
        finally:
            con.close()

    def zonescope(self, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
        return zonescope(*args, env=self.env, timeout=timeout)


def zonescope(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run the command line as a user would."""
    return subprocess.run([sys.executable, "-m", "orchestration.cli", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def environment(docs: Path, warehouse: Path) -> dict:
    return {**os.environ, "ZONESCOPE_DOCS": str(docs), "ZONESCOPE_WAREHOUSE": str(warehouse), "DO_NOT_TRACK": "1"}


def build_corpus(root: Path, files: dict[str, bytes | str]) -> Build:
    """Write a docs folder and build a warehouse from it with `zonescope build`."""
    docs = root / "docs"
    docs.mkdir(parents=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (docs / name).write_bytes(data)
    warehouse = root / "warehouse" / "zonescope.duckdb"
    env = environment(docs, warehouse)
    return Build(docs, warehouse, env, zonescope("build", env=env, timeout=900))


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> Build:
    """The seeds plus three files that cannot be read as text, built once."""
    root = tmp_path_factory.mktemp("seeds_build")
    docs = root / "docs"
    docs.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, docs / path.name)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "latin1.txt").write_bytes("Output value rose 5% in the caf\xe9 district".encode("latin-1"))
    (docs / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    warehouse = root / "warehouse" / "zonescope.duckdb"
    env = environment(docs, warehouse)
    result = zonescope("build", env=env, timeout=900)
    return Build(docs, warehouse, env, result)
