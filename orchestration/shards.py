"""Split the documents to parse into shards on disk, and read the shards' results back.

Parsing is the one step whose cost grows with the corpus, so it runs as one
Dagster step per shard: the executor decides where they run (worker
processes here, pods or tasks on a cluster), and no step but the first and
the last opens the single-writer warehouse. Shards are Parquet files beside
the build copy, so a shard's step needs nothing but a path, and its results
travel back through Arrow, not row by row.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import polars as pl

from orchestration.staging import ENTITIES_SCHEMA, INDUSTRIES_SCHEMA, METRICS_SCHEMA, REJECTED_SCHEMA

MAX_SHARDS = 64
_INPUT_SCHEMA = {"doc": pl.Utf8, "sha256": pl.Utf8, "size_bytes": pl.Int64, "text": pl.Utf8}
RESULT_SCHEMAS = {"metric_mentions": METRICS_SCHEMA, "industry_mentions": INDUSTRIES_SCHEMA,
                  "entity_mentions": ENTITIES_SCHEMA, "rejected_documents": REJECTED_SCHEMA}


def shard_count(n_documents: int, workers: int, per_shard: int) -> int:
    """Enough shards to keep every worker busy, each of at most ``per_shard`` documents.

    A shard should be big enough to amortise a step's start-up (a few seconds
    for a new process) and small enough to spread over the cores.

    >>> [shard_count(n, 2, 5000) for n in (0, 5, 5000, 6000, 12_000, 100_000, 10**7)]
    [1, 1, 1, 2, 3, 20, 64]
    """
    if n_documents <= per_shard:
        return 1
    return min(MAX_SHARDS, max(workers, -(-n_documents // per_shard)))


def work_dir(building: Path, run_id: str) -> Path:
    return building.with_name(building.name + ".shards") / run_id


def write_shards(documents: pl.DataFrame, folder: Path, workers: int, per_shard: int) -> list[Path]:
    """Documents to parse, dealt round-robin into shards (each shard gets long and short ones alike)."""
    folder.mkdir(parents=True, exist_ok=True)
    n = shard_count(documents.height, workers, per_shard)
    documents = documents.select(list(_INPUT_SCHEMA)).with_row_index("_i")
    paths = []
    for k in range(n):
        path = folder / f"shard_{k:03d}.parquet"
        documents.filter(pl.col("_i") % n == k).drop("_i").write_parquet(path)
        paths.append(path)
    return paths


def read_shard(path: Path) -> list[dict]:
    return pl.read_parquet(path).to_dicts()


def shard_keys(path: Path) -> list[dict]:
    """The shard's file names and content hashes only: what the cache is keyed by, without the texts."""
    return pl.read_parquet(path, columns=["doc", "sha256"]).to_dicts()


def write_results(shard: Path, frames: dict[str, pl.DataFrame]) -> Path:
    """The shard's facts and rejections, one Parquet file per staging table, beside the shard."""
    out = shard.with_suffix("")
    out.mkdir(exist_ok=True)
    for name in RESULT_SCHEMAS:
        frames[name].write_parquet(out / f"{name}.parquet")
    return out


def read_results(out: Path) -> dict[str, pl.DataFrame]:
    return {name: pl.read_parquet(out / f"{name}.parquet") for name in RESULT_SCHEMAS}


def gather(results: list[Path]) -> tuple[list[dict], dict[str, pl.DataFrame]]:
    """Every shard's keys and facts together, in shard order: the cache takes them in one transaction.

    Storing shard by shard cost a transaction per shard, each deleting and
    inserting in tables of a million rows: at 100,000 documents, twice what
    one store of everything costs, for a few hundred megabytes held at once.
    """
    results = sorted(results)
    keys = [key for out in results for key in shard_keys(out.with_suffix(".parquet"))]
    parts = [read_results(out) for out in results]
    frames = {name: pl.concat([part[name] for part in parts], how="vertical") if parts
              else pl.DataFrame(schema=schema) for name, schema in RESULT_SCHEMAS.items()}
    return keys, frames


def remove(folder: Path) -> None:
    """Remove a run's shards, and the shards folder once no run has any left."""
    shutil.rmtree(folder, ignore_errors=True)
    with contextlib.suppress(OSError):  # another run's shards are still there
        folder.parent.rmdir()
