"""Parse only what changed: extraction results cached by content hash.

A document's facts depend on its text and on the extractor, so the cache key
is (sha256, extractor version). A new or edited file is parsed; a renamed
one is not parsed again; a deleted one drops out of the staging tables because
they are assembled, set-based in DuckDB, from the documents present now. The
cache lives in the warehouse itself, so a copy of the warehouse carries it.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import duckdb
import polars as pl

from orchestration import staging
from orchestration.documents import SourceDocument
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


def assemble(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rebuild the staging tables from the cache for the documents present now; drop stale cache."""
    ensure_cache(con)
    counts = {}
    with transaction(con):
        for name, schema in _FACT_TABLES.items():
            columns = ", ".join(f"c.{c}" for c in schema if c != "doc")
            order = "d.doc, c.fact_seq" if "fact_seq" in schema else "d.doc, c.entity"
            con.execute(f"""
                create or replace table raw.{name} as
                select d.doc, {columns}
                from raw.documents d join raw.cache_{name} c on c.sha256 = d.sha256
                where d.text is not null and exists (
                    select 1 from raw.extraction_cache x where x.sha256 = d.sha256 and x.reason is null)
                order by {order}
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


def known_documents(con: duckdb.DuckDBPyConnection) -> dict[str, SourceDocument]:
    """The last ingestion's decoded documents with their stat, by file name (empty on a first build).

    Their text is left in the warehouse (``text`` is None here): at 100,000
    documents, carrying every text into Python and back took most of a
    re-ingestion; ``write_documents`` joins it back in DuckDB instead.
    """
    has_stat = scalar(con, "select count(*) from information_schema.columns where table_schema = 'raw' "
                           "and table_name = 'documents' and column_name = 'stat_key'")
    if not has_stat:
        return {}
    fields = [f for f in staging.DOCUMENTS_SCHEMA if f != "text"]
    rows = frame(con, f"select {', '.join(fields)} from raw.documents "
                      "where text is not null and ingest_error is null and stat_key is not null")
    return {row["doc"]: SourceDocument(text=None, **row) for row in rows.iter_rows(named=True)}


def write_documents(con: duckdb.DuckDBPyConnection, documents: pl.DataFrame, reused: set[str]) -> None:
    """Replace raw.documents by this ingestion's rows; those in ``reused`` keep the text stored last time."""
    columns = list(staging.DOCUMENTS_SCHEMA)
    incoming = documents.select(columns).with_row_index("_position").with_columns(
        pl.col("doc").is_in(list(reused)).alias("_reused"))
    previous = scalar(con, "select count(*) from information_schema.tables "
                           "where table_schema = 'raw' and table_name = 'documents'")
    text = "case when i._reused then p.text else i.text end" if previous else "i.text"
    join = "left join raw.documents p on i._reused and p.doc = i.doc" if previous else ""
    select = ", ".join(text + " as text" if c == "text" else f"i.{c}" for c in columns)
    con.execute("create schema if not exists raw")
    con.register("_incoming", incoming.to_arrow())
    try:
        with transaction(con):
            con.execute(f"create or replace table raw._documents_next as select {select} "
                        f"from _incoming i {join} order by i._position")
            con.execute("drop table if exists raw.documents")
            con.execute("alter table raw._documents_next rename to documents")
    finally:
        con.unregister("_incoming")


def record_changes(con: duckdb.DuckDBPyConnection, current: pl.DataFrame) -> dict[str, int]:
    """Append to raw.document_history what changed in the folder since the last ingestion.

    Only changes are written (added, changed, deleted), so an unchanged folder adds nothing.
    """
    con.execute("create schema if not exists raw")
    con.execute("create table if not exists raw.document_history "
                "(observed_at timestamp, doc varchar, sha256 varchar, event varchar)")
    previous_exists = scalar(con, "select count(*) from information_schema.tables "
                                  "where table_schema = 'raw' and table_name = 'documents'")
    con.register("_current", current.select("doc", "sha256").to_arrow())
    previous = ("raw.documents" if previous_exists
                else "(select null::varchar as doc, null::varchar as sha256 where false)")
    changes = frame(con, f"""
        select coalesce(c.doc, p.doc) as doc, coalesce(c.sha256, p.sha256) as sha256,
               case when p.doc is null then 'added' when c.doc is null then 'deleted' else 'changed' end as event
        from _current c full outer join {previous} p on p.doc = c.doc
        where p.doc is null or c.doc is null or p.sha256 is distinct from c.sha256
        order by 1
    """)
    con.unregister("_current")
    if changes.height:
        changes = changes.with_columns(pl.lit(datetime.now(UTC).replace(tzinfo=None)).alias("observed_at"))
        con.register("_changes", changes.select("observed_at", "doc", "sha256", "event").to_arrow())
        con.execute("insert into raw.document_history select * from _changes")
        con.unregister("_changes")
    return {event: changes.filter(pl.col("event") == event).height for event in ("added", "changed", "deleted")}
