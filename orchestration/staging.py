"""Shape extraction results as typed polars frames, ready to load through Arrow.

The schemas are declared once here so that an empty corpus still creates
tables with the right columns and types for dbt's sources.
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from orchestration.documents import SourceDocument
from orchestration.extract import DocumentFacts

DOCUMENTS_SCHEMA = {
    "doc": pl.Utf8, "path": pl.Utf8, "sha256": pl.Utf8, "size_bytes": pl.Int64, "encoding": pl.Utf8,
    "text": pl.Utf8, "doc_date": pl.Date, "ingest_error": pl.Utf8, "stat_key": pl.Utf8,
}
METRICS_SCHEMA = {
    "doc": pl.Utf8, "fact_seq": pl.Int32, "entity": pl.Utf8, "metric": pl.Utf8, "industry": pl.Utf8,
    "period_start": pl.Utf8, "period_end": pl.Utf8, "value": pl.Float64, "unit": pl.Utf8,
    "yoy_pct": pl.Float64, "kind": pl.Utf8, "qualifier": pl.Utf8, "char_start": pl.Int32,
    "char_end": pl.Int32, "evidence": pl.Utf8,
}
INDUSTRIES_SCHEMA = {
    "doc": pl.Utf8, "fact_seq": pl.Int32, "entity": pl.Utf8, "industry": pl.Utf8, "role": pl.Utf8,
    "char_start": pl.Int32, "char_end": pl.Int32, "evidence": pl.Utf8,
}
ENTITIES_SCHEMA = {
    "doc": pl.Utf8, "entity": pl.Utf8, "aliases": pl.List(pl.Utf8), "entity_type": pl.Utf8,
    "level": pl.Utf8, "province": pl.Utf8, "city": pl.Utf8, "established_year": pl.Int32,
}
REJECTED_SCHEMA = {"doc": pl.Utf8, "sha256": pl.Utf8, "size_bytes": pl.Int64, "reason": pl.Utf8}


def documents_frame(documents: Iterable[SourceDocument]) -> pl.DataFrame:
    rows = [{k: getattr(d, k) for k in DOCUMENTS_SCHEMA} for d in documents]
    return pl.DataFrame(rows, schema=DOCUMENTS_SCHEMA, orient="row") if rows else pl.DataFrame(schema=DOCUMENTS_SCHEMA)


def facts_frames(results: Iterable[DocumentFacts]) -> dict[str, pl.DataFrame]:
    """metric, industry and entity frames of many documents' results."""
    metrics, industries, entities = [], [], []
    for result in results:
        for seq, fact in enumerate(result.metrics, 1):
            metrics.append({**fact.as_record(), "fact_seq": seq})
        for seq, fact in enumerate(result.industries, 1):
            industries.append({**fact.as_record(), "fact_seq": seq})
        entities.extend(e.as_record() for e in result.entities)
    return {
        "metric_mentions": _frame(metrics, METRICS_SCHEMA),
        "industry_mentions": _frame(industries, INDUSTRIES_SCHEMA),
        "entity_mentions": _frame(entities, ENTITIES_SCHEMA),
    }


def rejected_frame(rows: list[dict]) -> pl.DataFrame:
    return _frame(rows, REJECTED_SCHEMA)


def _frame(rows: list[dict], schema: dict) -> pl.DataFrame:
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame([{k: r.get(k) for k in schema} for r in rows], schema=schema, orient="row")
