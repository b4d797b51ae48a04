"""Extraction results as typed frames: one row per fact, numbered within its document."""

from dataclasses import astuple

import polars as pl

from orchestration.extract import extract_document
from orchestration.staging import ENTITIES_SCHEMA, METRICS_SCHEMA, facts_frames

FIRST = ("Zhengyang Industrial Park has more than 140 enterprises. In 2017, the total industrial "
         "output value reached 13.56 billion yuan, an increase of 7.3%.")
SECOND = "Suzhou Industrial Park has more than 500 enterprises. In 2020, its GDP reached 280 billion yuan."


def test_frames_hold_every_fact_numbered_within_its_document():
    results = [extract_document("a.txt", FIRST), extract_document("b.txt", SECOND)]
    frames = facts_frames(results)
    metrics = frames["metric_mentions"]
    assert metrics.schema == pl.Schema(METRICS_SCHEMA)
    assert metrics.select("doc", "fact_seq", "metric", "value", "unit", "yoy_pct").rows() == [
        ("a.txt", 1, "enterprises", 140.0, "count", None),
        ("a.txt", 2, "industrial_output", 13_560_000_000.0, "CNY", 7.3),
        ("b.txt", 1, "enterprises", 500.0, "count", None),
        ("b.txt", 2, "gdp", 280_000_000_000.0, "CNY", None),
    ]
    # every field of every fact, in the dataclass's own order
    facts = [fact for result in results for fact in result.metrics]
    assert metrics.drop("fact_seq").rows() == [astuple(fact) for fact in facts]


def test_aliases_become_a_list_column():
    text = ("Wuhu Economic and Technological Development Zone (Wuhu ETDZ) has 500 enterprises. "
            "In 2020, the GDP of Wuhu ETDZ reached 280 billion yuan.")
    entities = facts_frames([extract_document("w.txt", text)])["entity_mentions"]
    assert entities.schema == pl.Schema(ENTITIES_SCHEMA)
    assert entities.select("entity", "aliases", "province").rows() == [
        ("Wuhu Economic and Technological Development Zone", ["Wuhu ETDZ"], "Anhui")]


def test_no_results_give_empty_typed_frames():
    frames = facts_frames([])
    assert {name: frame.height for name, frame in frames.items()} == {
        "metric_mentions": 0, "industry_mentions": 0, "entity_mentions": 0}
    assert frames["metric_mentions"].schema == pl.Schema(METRICS_SCHEMA)
