"""`zonescope extract` writes the FACTS.md files for a folder of documents."""

import json

from tests.conftest import SEEDS, zonescope

FIELDS = ["doc", "entity", "metric", "industry", "period_start", "period_end", "value", "unit", "yoy_pct",
          "kind", "qualifier", "char_start", "char_end", "evidence"]


def test_extract_writes_facts_files(tmp_path):
    out = tmp_path / "out"
    result = zonescope("extract", str(SEEDS), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "parsed 5 documents, rejected 0" in result.stdout
    metrics = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    assert list(metrics[0]) == FIELDS
    zhengyang = [m for m in metrics if m["doc"] == "001_7ba543549b74a79d.txt" and m["metric"] == "industrial_output"]
    assert zhengyang == [{
        "doc": "001_7ba543549b74a79d.txt", "entity": "Chongqing Zhengyang Industrial Park",
        "metric": "industrial_output", "industry": None, "period_start": "2017-01", "period_end": "2017-12",
        "value": 13_560_000_000.0, "unit": "CNY", "yoy_pct": 7.3, "kind": "actual", "qualifier": "exact",
        "char_start": 2539, "char_end": 2629,
        "evidence": "In 2017, the total industrial output value reached 13.56 billion yuan, an increase of 7.3%"}]
    industries = [json.loads(line) for line in (out / "industries.jsonl").read_text().splitlines()]
    assert {"doc", "entity", "industry", "role", "char_start", "char_end", "evidence"} == set(industries[0])
    entities = [json.loads(line) for line in (out / "entities.jsonl").read_text().splitlines()]
    assert {"Pingxiang Economic and Technological Development Zone", "Ningxiang High-tech Zone"} <= {e["entity"] for e in entities}
    assert (out / "rejected.jsonl").read_text() == ""


def test_extract_rejects_what_it_cannot_read(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Suzhou Industrial Park has more than 500 enterprises.", encoding="utf-8")
    (docs / "b.txt").write_bytes(b"\xc3\x28 not text")
    result = zonescope("extract", str(docs), "--out", str(tmp_path / "out"))
    assert result.returncode == 0
    rejected = [json.loads(x) for x in (tmp_path / "out" / "rejected.jsonl").read_text().splitlines()]
    assert [(r["doc"], r["size_bytes"]) for r in rejected] == [("b.txt", 11)]
    assert rejected[0]["reason"].startswith("not valid UTF-8 (nor GB18030): byte 0xc3 at offset 0")


def test_errors_are_one_line(tmp_path):
    result = zonescope("sql", "select 1", env={"ZONESCOPE_WAREHOUSE": str(tmp_path / "none.duckdb"),
                                               "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1
    assert result.stderr.strip() == f"zonescope: error: no warehouse at {tmp_path / 'none.duckdb'}: run `zonescope build` first"
