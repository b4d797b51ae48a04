"""`zonescope evaluate` follows FACTS.md's scoring rules and agrees with the reference scorer."""

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from orchestration.evaluation import evaluate, load_reference
from tests.conftest import ROOT, zonescope

SHARED = ROOT.parent / "shared"
GOLD = SHARED / "spec" / "gold" / "seeds"
REFERENCE_SCORER = SHARED / "tools" / "score_facts.py"


def _fact(**kw):
    base = {"doc": "d.txt", "entity": "X Zone", "metric": "gdp", "industry": None, "period_start": "2021-01",
            "period_end": "2021-12", "value": 100.0, "unit": "CNY", "yoy_pct": None, "kind": "actual",
            "qualifier": "exact", "char_start": 0, "char_end": 5, "evidence": "GDP 100"}
    return {**base, **kw}


def _score(ref_metrics, pred_metrics, docs=("d.txt",)):
    return evaluate({"metrics": ref_metrics, "industries": [], "entities": []},
                    {"metrics": pred_metrics, "industries": [], "entities": []}, set(docs))


def test_value_tolerance_and_units():
    report = _score([_fact(value=1000.0)], [_fact(value=1004.0)])
    assert report.hits == 1
    assert _score([_fact(value=1000.0)], [_fact(value=1006.0)]).hits == 0
    assert _score([_fact()], [_fact(unit="USD")]).hits == 0


def test_growth_only_fact_matches_on_yoy():
    ref = _fact(value=None, unit=None, yoy_pct=8.2)
    assert _score([ref], [_fact(value=None, unit=None, yoy_pct=8.24)]).hits == 1
    assert _score([ref], [_fact(value=None, unit=None, yoy_pct=8.3)]).hits == 0


def test_optional_and_alternatives():
    ref = _fact(optional=True)
    report = _score([ref], [_fact()])
    assert (report.n_ref, report.n_pred, report.hits) == (0, 0, 0)
    alt = _fact(metric="industrial_output_above_size", metric_alt=["industrial_output"], period_end_alt=[None])
    assert _score([alt], [_fact(metric="industrial_output", period_end=None)]).hits == 1


def test_other_is_out_of_scope_and_extras_are_false_positives():
    report = _score([_fact(), _fact(metric="other", value=5.0)], [_fact(), _fact(metric="exports", value=7.0)])
    assert (report.n_ref, report.n_pred, report.hits) == (1, 2, 1)
    assert [f["metric"] for f in report.false_positives] == ["exports"]


def _variants(tmp_path: Path) -> dict[str, Path]:
    """Prediction sets built from the seeds' reference answers, with known faults."""
    gold = {k: [json.loads(x) for x in (GOLD.parent / f"seeds.{k}.jsonl").read_text().splitlines() if x.strip()]
            for k in ("metrics", "industries")}
    faulty = copy.deepcopy(gold)
    metrics = [m for i, m in enumerate(faulty["metrics"]) if i % 4]          # a quarter missed
    for m in metrics[::5]:
        if m["value"] is not None:
            m["value"] *= 1.02                                                # wrong values
    metrics[1]["entity"] = "Pingxiang Economic Development Zone"              # an alias: still right
    metrics[2]["entity"] = "Somewhere Else Park"                              # a wrong entity
    metrics[3]["kind"] = "target"
    metrics.append({**metrics[0], "metric": "exports", "value": 1.0})         # a false positive
    faulty["metrics"] = [{k: v for k, v in m.items() if k not in ("optional", "metric_alt", "period_end_alt")}
                         for m in metrics]
    faulty["industries"] = faulty["industries"][::2] + [{**faulty["industries"][0], "industry": "tobacco"}]
    faulty["industries"][0]["role"] = "present"
    out = {}
    for name, data in (("faulty", faulty), ("empty", {"metrics": [], "industries": []})):
        folder = tmp_path / name
        folder.mkdir()
        for kind, rows in data.items():
            (folder / f"{kind}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
        out[name] = folder
    return out


@pytest.mark.skipif(not REFERENCE_SCORER.exists(), reason=f"the reference scorer is not at {REFERENCE_SCORER}")
def test_agrees_with_the_reference_scorer(tmp_path):
    for name, folder in _variants(tmp_path).items():
        theirs = subprocess.run([sys.executable, str(REFERENCE_SCORER), str(folder), str(GOLD), "--json"],
                                capture_output=True, text=True, check=True).stdout.splitlines()[-1]
        ours = zonescope("evaluate", str(folder), str(GOLD), "--json")
        assert ours.returncode == 0, ours.stderr
        assert json.loads(ours.stdout.splitlines()[-1]) == json.loads(theirs), name


@pytest.mark.skipif(not GOLD.parent.exists(), reason=f"the seeds' reference answers are not at {GOLD.parent}")
def test_seeds_scores(tmp_path):
    out = tmp_path / "out"
    assert zonescope("extract", str(ROOT / "seeds"), "--out", str(out)).returncode == 0
    result = zonescope("evaluate", str(out), str(GOLD), "--json")
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["metric_f1"] >= 0.97 and summary["industry_f1"] >= 0.90
    assert summary["entity_acc"] >= 0.95 and summary["no_evidence"] == 0
    assert "per document" in result.stdout


def test_missing_predictions_is_one_clear_error(tmp_path):
    (tmp_path / "gold.metrics.jsonl").write_text(json.dumps(_fact()) + "\n")
    result = zonescope("evaluate", str(tmp_path / "nothing"), str(tmp_path / "gold"))
    assert result.returncode == 2 and "does not exist" in result.stderr
    result = zonescope("evaluate", str(tmp_path), str(tmp_path / "gold"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"zonescope: error: no metrics.jsonl in {tmp_path}: run `zonescope extract DIR --out {tmp_path}` first"
    assert len(load_reference(str(tmp_path / "gold"))[0]["metrics"]) == 1
