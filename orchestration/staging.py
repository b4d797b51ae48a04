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
    """metric, industry and entity frames of many documents' results.

    Built column by column from the dataclasses' attributes: a dict per fact
    (``dataclasses.asdict`` copies every field recursively) cost a tenth of an
    extraction worker's time.
    """
    metrics: list = []
    industries: list = []
    entities: list = []
    metric_seq: list[int] = []
    industry_seq: list[int] = []
    for result in results:
        metrics.extend(result.metrics)
        metric_seq.extend(range(1, len(result.metrics) + 1))
        industries.extend(result.industries)
        industry_seq.extend(range(1, len(result.industries) + 1))
        entities.extend(result.entities)
    return {
        "metric_mentions": _columns(metrics, METRICS_SCHEMA, {"fact_seq": metric_seq}),
        "industry_mentions": _columns(industries, INDUSTRIES_SCHEMA, {"fact_seq": industry_seq}),
        "entity_mentions": _columns(entities, ENTITIES_SCHEMA,
                                    {"aliases": [list(e.aliases) for e in entities]}),
    }


def _columns(facts: list, schema: dict, given: dict[str, list]) -> pl.DataFrame:
    """A frame of ``schema`` whose columns are the facts' attributes, or the lists ``given``."""
    if not facts:
        return pl.DataFrame(schema=schema)
    data = {name: given[name] if name in given else [getattr(f, name) for f in facts] for name in schema}
    return pl.DataFrame(data, schema=schema)


def rejected_frame(rows: list[dict]) -> pl.DataFrame:
    return _frame(rows, REJECTED_SCHEMA)


def _frame(rows: list[dict], schema: dict) -> pl.DataFrame:
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame([{k: r.get(k) for k in schema} for r in rows], schema=schema, orient="row")
