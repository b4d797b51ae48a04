"""Parse only what changed: extraction results cached by content hash.

A document's facts depend on its text and on the extractor, so the cache key
is (sha256, extractor version). A new or edited file is parsed; a renamed
one is not parsed again; a deleted one drops out of the staging tables because
they are assembled, set-based in DuckDB, from the documents present now. The
cache lives in the warehouse itself, so a copy of the warehouse carries it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import duckdb
import polars as pl

from orchestration import staging
from orchestration.documents import duplicates, read_listed, scan_folder
from orchestration.staging import documents_frame
from orchestration.warehouse import frame, scalar, transaction

_FACT_TABLES = {
    "metric_mentions": staging.METRICS_SCHEMA,
    "industry_mentions": staging.INDUSTRIES_SCHEMA,
    "entity_mentions": staging.ENTITIES_SCHEMA,
}
_DUCK_TYPES = {pl.Utf8: "varchar", pl.Int32: "integer", pl.Int64: "bigint", pl.Float64: "double", pl.Date: "date"}


@cache
def extractor_version() -> str:
    """A digest of the parsing core's source: any change to the extractor invalidates the cache."""
    digest = hashlib.sha256()
    for path in sorted((Path(__file__).parent / "extract").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _duck_type(dtype) -> str:
    return "varchar[]" if isinstance(dtype, pl.List) else _DUCK_TYPES[dtype]


def ensure_cache(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("create schema if not exists raw")
    con.execute("create table if not exists raw.extraction_cache "
                "(sha256 varchar primary key, extractor_version varchar, reason varchar)")
    for name, schema in _FACT_TABLES.items():
        columns = ", ".join(f"{col} {_duck_type(t)}" for col, t in schema.items() if col != "doc")
        con.execute(f"create table if not exists raw.cache_{name} (sha256 varchar, {columns})")


# Decoded documents whose content this extractor has not parsed yet (one per content).
TO_PARSE_SQL = """
    select doc, sha256, size_bytes, text from raw.documents d
    where text is not null
      and not exists (select 1 from raw.extraction_cache c
                      where c.sha256 = d.sha256 and c.extractor_version = ?)
    qualify row_number() over (partition by sha256 order by doc) = 1
    order by doc
"""



def store(con: duckdb.DuckDBPyConnection, parsed: list[dict], frames: dict[str, pl.DataFrame]) -> None:
    """Put one extraction run's results in the cache, keyed by content instead of file name."""
    if not parsed:
        return
    keys = pl.DataFrame({"doc": [d["doc"] for d in parsed], "sha256": [d["sha256"] for d in parsed]})
    rejected = dict(frames["rejected_documents"].select("doc", "reason").iter_rows())
    # a document stopped for time is tried again next run (the machine may have been busy);
    # an extractor failure is a property of the text and this extractor, and is remembered
    retry = {doc for doc, reason in rejected.items() if reason.startswith("extraction stopped")}
    keys = keys.filter(~pl.col("doc").is_in(list(retry)))
    outcomes = keys.with_columns(pl.col("doc").replace_strict(rejected, default=None).alias("reason"),
                                 pl.lit(extractor_version()).alias("extractor_version"))
    con.register("_keys", keys.to_arrow())
    con.register("_outcomes", outcomes.select("sha256", "extractor_version", "reason").to_arrow())
    try:
        with transaction(con):
            con.execute("delete from raw.extraction_cache where sha256 in (select sha256 from _keys)")
            con.execute("insert into raw.extraction_cache select * from _outcomes")
            for name, schema in _FACT_TABLES.items():
                columns = [c for c in schema if c != "doc"]
                con.register("_facts", frames[name].to_arrow())
                con.execute(f"delete from raw.cache_{name} where sha256 in (select sha256 from _keys)")
                con.execute(f"insert into raw.cache_{name} (sha256, {', '.join(columns)}) "
                            f"select k.sha256, {', '.join('f.' + c for c in columns)} "
                            f"from _facts f join _keys k using (doc)")
                con.unregister("_facts")
    finally:
        con.unregister("_keys")
        con.unregister("_outcomes")


# The documents whose facts the staging relations hold now: decoded, not a copy of another
# file, parsed without failure. dbt's incremental staging models compare their rows with it:
# a document whose (doc, sha256) is not staged yet is staged, and staged rows of a pair no
# longer here (a deleted or changed file, or one now rejected) are deleted.
PARSED_DOCUMENTS_VIEW = """
    create or replace view raw.parsed_documents as
    select d.doc, d.sha256
    from raw.documents d
    join raw.extraction_cache x on x.sha256 = d.sha256 and x.reason is null
    where d.ingest_error is null
"""


def assemble(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Point the staging relations at the cache for the documents present now; drop stale cache.

    raw.metric_mentions, raw.industry_mentions and raw.entity_mentions are
    views over the cache, not copies of it: at 100,000 documents the cache
    holds over a million facts, and copying them into tables was most of
    what loading cost, the same every build whatever changed. Each row
    carries its document's sha256, and raw.parsed_documents lists the
    (doc, sha256) pairs they hold: dbt's staging models stage only the pairs
    they have not staged yet (macros/staged_by_document.sql).
    """
    ensure_cache(con)
    counts = {}
    with transaction(con):
        con.execute(PARSED_DOCUMENTS_VIEW)
        counts["parsed_documents"] = scalar(con, "select count(*) from raw.parsed_documents")
        for name, schema in _FACT_TABLES.items():
            columns = ", ".join(f"c.{c}" for c in schema if c != "doc")
            if _table_exists(con, name, base_table=True):
                con.execute(f"drop table raw.{name}")  # a table from before the views
            con.execute(f"""
                create or replace view raw.{name} as
                select p.doc, {columns}, p.sha256
                from raw.parsed_documents p
                join raw.cache_{name} c on c.sha256 = p.sha256
            """)
            counts[name] = scalar(con, f"select count(*) from raw.{name}")
        con.execute("""
            create or replace table raw.rejected_documents as
            select doc, sha256, size_bytes, reason from (
                select doc, sha256, size_bytes, ingest_error as reason from raw.documents where text is null
                union all
                select d.doc, d.sha256, d.size_bytes, x.reason
                from raw.documents d join raw.extraction_cache x on x.sha256 = d.sha256
                where d.text is not null and x.reason is not null
            ) order by doc
        """)
        counts["rejected_documents"] = scalar(con, "select count(*) from raw.rejected_documents")
        for name in _FACT_TABLES:
            con.execute(f"delete from raw.cache_{name} where sha256 not in (select sha256 from raw.documents "
                        f"where sha256 is not null)")
        con.execute("delete from raw.extraction_cache where sha256 not in "
                    "(select sha256 from raw.documents where sha256 is not null)")
    return counts


@dataclass(frozen=True)
class Ingested:
    """What one ingestion did: files listed, read afresh, carried over unchanged, not parsed, and changes."""

    files: int
    read: int
    unchanged: int
    not_parsed: int
    changes: dict[str, int]


def ingest_folder(con: duckdb.DuckDBPyConnection, folder: Path, max_bytes: int | None = None) -> Ingested:
    """Make raw.documents hold every file of ``folder`` now, reading only the new and changed ones."""
    listing = scan_folder(folder)
    listed = listing_frame(listing)
    unchanged = unchanged_documents(con, listed)
    fresh = documents_frame(read_listed(listing, max_bytes, unchanged))
    changes = write_documents(con, listed, fresh)
    not_parsed = scalar(con, "select count(*) from raw.documents where ingest_error is not null")
    return Ingested(len(listing), fresh.height, len(unchanged), not_parsed, changes)


def listing_frame(listing: list[tuple[str, str, str | None]]) -> pl.DataFrame:
    """A ``documents.scan_folder`` listing as a frame, to join with raw.documents in DuckDB."""
    return pl.DataFrame(listing, schema={"doc": pl.Utf8, "path": pl.Utf8, "stat_key": pl.Utf8}, orient="row")


def _table_exists(con: duckdb.DuckDBPyConnection, name: str, base_table: bool = False) -> bool:
    """Whether raw.<name> exists (as a table, not a view, with ``base_table``)."""
    return bool(scalar(con, "select count(*) from information_schema.tables where table_schema = 'raw' "
                            "and table_name = ? and (table_type = 'BASE TABLE' or not ?)", [name, base_table]))


def _has_stat_keys(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(scalar(con, "select count(*) from information_schema.columns where table_schema = 'raw' "
                            "and table_name = 'documents' and column_name = 'stat_key'"))


def unchanged_documents(con: duckdb.DuckDBPyConnection, listing: pl.DataFrame) -> set[str]:
    """Names of the listed files decoded last time whose stat has not changed since: not read again.

    A join in DuckDB: at 100,000 documents, carrying the last ingestion's
    rows into Python as objects took longer than the listing itself.
    """
    if not _has_stat_keys(con) or listing.is_empty():
        return set()
    con.register("_listing", listing.to_arrow())
    try:
        rows = con.execute("""
            select d.doc from raw.documents d join _listing l on l.doc = d.doc and l.stat_key = d.stat_key
            where d.ingest_error is null
        """).fetchall()
    finally:
        con.unregister("_listing")
    return {doc for (doc,) in rows}


def write_documents(con: duckdb.DuckDBPyConnection, listing: pl.DataFrame, fresh: pl.DataFrame) -> dict[str, int]:
    """Make raw.documents the listed files, and record what changed in raw.document_history.

    ``fresh`` holds the files read this time; every other listed file keeps
    its row, text included. The table is changed in place (rows of files
    gone or read again deleted, fresh rows inserted) rather than rewritten:
    at 100,000 documents, writing every text again cost more than the
    listing. A copy of another file's content is marked here, where the
    carried documents are seen too (``documents.duplicates``).
    """
    columns = list(staging.DOCUMENTS_SCHEMA)
    con.execute("create schema if not exists raw")
    if not _has_stat_keys(con):
        if _table_exists(con, "documents"):  # from before stat keys: every file is read again
            con.execute("alter table raw.documents add column stat_key varchar")
        else:
            typed = ", ".join(f"{c} {_duck_type(t)}" for c, t in staging.DOCUMENTS_SCHEMA.items())
            con.execute(f"create table raw.documents ({typed})")
    con.register("_listing", listing.to_arrow())
    con.register("_fresh", fresh.select(columns).to_arrow())
    try:
        keys = con.execute("""
            select doc, sha256, ingest_error is null from _fresh
            union all
            select d.doc, d.sha256, d.ingest_error is null from raw.documents d
            where d.doc in (select doc from _listing) and d.doc not in (select doc from _fresh)
        """).fetchall()
        repeated = pl.DataFrame(list(duplicates(keys).items()), schema={"doc": pl.Utf8, "reason": pl.Utf8},
                                orient="row")
        con.register("_repeated", repeated.to_arrow())
        with transaction(con):
            changes = record_changes(con)
            con.execute("delete from raw.documents where doc not in (select doc from _listing) "
                        "or doc in (select doc from _fresh)")
            con.execute(f"insert into raw.documents ({', '.join(columns)}) select {', '.join(columns)} from _fresh")
            con.execute("update raw.documents set path = l.path from _listing l "
                        "where l.doc = raw.documents.doc and l.path <> raw.documents.path")
            con.execute("update raw.documents set text = null, doc_date = null, ingest_error = r.reason "
                        "from _repeated r where r.doc = raw.documents.doc")
    finally:
        for name in ("_listing", "_fresh", "_repeated"):
            con.unregister(name)
    return changes


def record_changes(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Append to raw.document_history what this ingestion changes, before raw.documents takes it in.

    Compares raw.documents with the listing and the files read afresh
    (``_listing`` and ``_fresh``, registered by ``write_documents``). Only
    changes are written (added, changed, deleted), so an unchanged folder adds nothing.
    """
    con.execute("create table if not exists raw.document_history "
                "(observed_at timestamp, doc varchar, sha256 varchar, event varchar)")
    changes = frame(con, """
        select f.doc, f.sha256, case when p.doc is null then 'added' else 'changed' end as event
        from _fresh f left join raw.documents p on p.doc = f.doc
        where p.doc is null or p.sha256 is distinct from f.sha256
        union all
        select p.doc, p.sha256, 'deleted' as event
        from raw.documents p
        where p.doc not in (select doc from _listing)
        order by 1
    """)
    if changes.height:
        changes = changes.with_columns(pl.lit(datetime.now(UTC).replace(tzinfo=None)).alias("observed_at"))
        con.register("_changes", changes.select("observed_at", "doc", "sha256", "event").to_arrow())
        con.execute("insert into raw.document_history select * from _changes")
        con.unregister("_changes")
    return {event: changes.filter(pl.col("event") == event).height for event in ("added", "changed", "deleted")}
