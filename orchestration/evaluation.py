"""Score extracted facts against reference answers, by the rules of FACTS.md.

A predicted metric fact matches a reference fact of the same document when
metric (or an accepted alternative), period_end (or an alternative) and
either value and unit (within 0.5 %) or, for a growth-only fact, yoy_pct
(within 0.05) agree. Matching is greedy and one-to-one, in reference order,
preferring the candidate that also agrees on kind and growth. Facts coded
``other`` are outside the catalogue on both sides; an ``optional`` reference
fact absorbs a prediction without counting it either way.

Pure functions over lists of dicts; ``load_reference`` and ``load_predictions``
are the only readers of files.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

VALUE_TOLERANCE = 0.005
YOY_TOLERANCE = 0.05
_FIELDS = ("entity", "kind", "qualifier", "period_start", "industry", "yoy_pct")

# Zone-type suffixes that name the same kind of zone in different words.
_SUFFIX_FORMS = [
    (r"\beconomic(?: and |[- ])technological development zone\b", "etdz"),
    (r"\beconomic development zone\b", "etdz"),
    (r"\bhi(?:gh)?[- ]tech(?:nology)? industrial development zone\b", "htz"),
    (r"\bhi(?:gh)?[- ]tech zone\b", "htz"),
]


def entity_key(name: str | None) -> str:
    """A comparable form of an entity name.

    >>> entity_key("The Pingxiang Economic and Technological Development Zone")
    'pingxiang etdz'
    >>> entity_key("Pingxiang Economic Development Zone")
    'pingxiang etdz'
    """
    key = (name or "").lower().replace("’", "'")
    key = re.sub(r"^the\s+", "", key)
    for pattern, short in _SUFFIX_FORMS:
        key = re.sub(pattern, short, key)
    return " ".join(re.findall(r"[a-z0-9]+", key))


def _near(a, b, tolerance: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    return a == b or abs(a - b) <= tolerance * max(abs(a), abs(b))


def _yoy_near(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= YOY_TOLERANCE


def same_fact(ref: dict, pred: dict, check_metric: bool = True) -> bool:
    """Whether a prediction states the reference fact (FACTS.md, 'How extraction is scored')."""
    if check_metric and pred.get("metric") not in [ref.get("metric"), *(ref.get("metric_alt") or [])]:
        return False
    if pred.get("period_end") not in [ref.get("period_end"), *(ref.get("period_end_alt") or [])]:
        return False
    if ref.get("value") is None:
        return pred.get("value") is None and _yoy_near(ref.get("yoy_pct"), pred.get("yoy_pct"))
    return ref.get("unit") == pred.get("unit") and _near(ref.get("value"), pred.get("value"), VALUE_TOLERANCE)


def pair_up(refs: list[dict], preds: list[dict], check_metric: bool = True) -> list[tuple[dict, dict]]:
    """Greedy one-to-one pairs within each document, in reference order."""
    free: dict[str, list[dict]] = defaultdict(list)
    for p in preds:
        free[p.get("doc")].append(p)
    pairs = []
    for ref in refs:
        candidates = free.get(ref.get("doc"), [])
        best, best_score = None, -1
        for i, pred in enumerate(candidates):
            if same_fact(ref, pred, check_metric):
                score = int(pred.get("kind") == ref.get("kind")) + int(pred.get("yoy_pct") == ref.get("yoy_pct"))
                if score > best_score:
                    best, best_score = i, score
        if best is not None:
            pairs.append((ref, candidates.pop(best)))
    return pairs


def prf(hits: int, n_ref: int, n_pred: int) -> tuple[float, float, float]:
    precision = hits / n_pred if n_pred else (1.0 if n_ref == 0 else 0.0)
    recall = hits / n_ref if n_ref else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class Report:
    """Scores of one prediction set against one reference set."""

    n_ref: int = 0
    n_pred: int = 0
    hits: int = 0
    loose_hits: int = 0
    field_accuracy: dict[str, float] = field(default_factory=dict)
    without_evidence: int = 0
    per_doc: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    wrong_entity: list[tuple[dict, dict]] = field(default_factory=list)
    industry: tuple[int, int, int] = (0, 0, 0)
    role_accuracy: float = 0.0

    @property
    def scores(self) -> tuple[float, float, float]:
        return prf(self.hits, self.n_ref, self.n_pred)

    @property
    def industry_scores(self) -> tuple[float, float, float]:
        return prf(*self.industry)

    def as_dict(self) -> dict:
        p, r, f = self.scores
        return {"metric_precision": round(p, 4), "metric_recall": round(r, 4), "metric_f1": round(f, 4),
                "industry_f1": round(self.industry_scores[2], 4),
                "entity_acc": round(self.field_accuracy["entity"], 4) if "entity" in self.field_accuracy else None,
                "no_evidence": self.without_evidence, "gold": self.n_ref, "predicted": self.n_pred,
                "matched": self.hits}


def evaluate(reference: dict[str, list[dict]], predicted: dict[str, list[dict]], docs: set[str]) -> Report:
    """Compare predictions with reference answers over the documents ``docs``."""
    refs = [g for g in reference["metrics"] if g.get("doc") in docs and g.get("metric") != "other"]
    preds = [p for p in predicted["metrics"] if p.get("doc") in docs and p.get("metric") != "other"]
    optional = [g for g in refs if g.get("optional")]
    refs = [g for g in refs if not g.get("optional")]
    absorbed = {id(p) for _, p in pair_up(optional, list(preds))}
    preds = [p for p in preds if id(p) not in absorbed]

    report = Report(n_ref=len(refs), n_pred=len(preds))
    pairs = pair_up(refs, list(preds))
    report.hits = len(pairs)
    report.loose_hits = len(pair_up(refs, list(preds), check_metric=False))
    aliases = _aliases(reference.get("entities", []))
    if pairs:
        agree = {
            "entity": lambda g, p: entity_key(p.get("entity")) in aliases[(g["doc"], entity_key(g.get("entity")))]
            | {entity_key(g.get("entity"))},
            "yoy_pct": lambda g, p: _yoy_near(g.get("yoy_pct"), p.get("yoy_pct")),
        }
        for name in _FIELDS:
            test = agree.get(name, lambda g, p, n=name: g.get(n) == p.get(n))
            report.field_accuracy[name] = sum(bool(test(g, p)) for g, p in pairs) / len(pairs)
        report.wrong_entity = [(g, p) for g, p in pairs if not agree["entity"](g, p)]
    report.without_evidence = sum(1 for p in preds if not p.get("evidence") or p.get("char_start") is None)

    matched_refs = {id(g) for g, _ in pairs}
    matched_preds = {id(p) for _, p in pairs}
    report.misses = [g for g in refs if id(g) not in matched_refs]
    report.false_positives = [p for p in preds if id(p) not in matched_preds]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for g in refs:
        counts[g["doc"]][1] += 1
    for p in preds:
        counts[p["doc"]][2] += 1
    for g, _ in pairs:
        counts[g["doc"]][0] += 1
    report.per_doc = {d: tuple(c) for d, c in sorted(counts.items())}

    ref_ind = {(g["doc"], g["industry"]): g for g in reference["industries"] if g.get("doc") in docs}
    pred_ind = {(p.get("doc"), p.get("industry")): p for p in predicted["industries"] if p.get("doc") in docs}
    common = ref_ind.keys() & pred_ind.keys()
    report.industry = (len(common), len(ref_ind), len(pred_ind))
    report.role_accuracy = (sum(ref_ind[k].get("role") == pred_ind[k].get("role") for k in common) / len(common)
                            if common else 0.0)
    return report


def _aliases(entities: list[dict]) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in entities:
        found[(e.get("doc"), entity_key(e.get("entity")))].update(entity_key(a) for a in e.get("aliases") or [])
    return found


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not a JSON line ({exc.msg})") from None
    return rows


def load_reference(prefix: str) -> tuple[dict[str, list[dict]], set[str]]:
    """PREFIX.metrics/industries/entities.jsonl, and the documents to score."""
    reference = {kind: _read_jsonl(Path(f"{prefix}.{kind}.jsonl")) for kind in ("metrics", "industries", "entities")}
    if not reference["metrics"]:
        raise ValueError(f"no reference facts at {prefix}.metrics.jsonl")
    listed = Path(f"{prefix}.docs.txt")
    if listed.exists():
        docs = {line.strip() for line in listed.read_text(encoding="utf-8").splitlines() if line.strip()}
    else:
        docs = {g["doc"] for g in reference["metrics"]} | {g["doc"] for g in reference["industries"]}
    return reference, docs


def load_predictions(folder: Path) -> dict[str, list[dict]]:
    if not (folder / "metrics.jsonl").exists():
        raise ValueError(f"no metrics.jsonl in {folder}: run `zonescope extract DIR --out {folder}` first")
    return {kind: _read_jsonl(folder / f"{kind}.jsonl") for kind in ("metrics", "industries", "entities")}


def describe(fact: dict) -> str:
    return (f"{fact.get('doc')} | {fact.get('entity')} | {fact.get('metric')} | "
            f"{fact.get('period_start')}..{fact.get('period_end')} | {fact.get('value')} {fact.get('unit')} | "
            f"yoy={fact.get('yoy_pct')} | {fact.get('kind')}")


def render(report: Report, show: int = 30) -> str:
    """The report as text: overall, fields, per document, industries, then misses and false positives."""
    p, r, f = report.scores
    lines = [f"metric facts: reference {report.n_ref}, predicted {report.n_pred}, matched {report.hits}",
             f"  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  "
             f"(recall ignoring the metric code {prf(report.loose_hits, report.n_ref, report.n_pred)[1]:.3f})"]
    if report.field_accuracy:
        accuracies = "  ".join(f"{k} {v:.3f}" for k, v in report.field_accuracy.items())
        lines.append(f"  field accuracy on matched: {accuracies}")
    lines.append(f"  predicted facts without evidence: {report.without_evidence}")
    lines.append("  per document (matched/reference/predicted, F1):")
    lines += [f"    {doc}: {m}/{n}/{k}  F1 {prf(m, n, k)[2]:.3f}" for doc, (m, n, k) in report.per_doc.items()]
    ip, ir, i_f = report.industry_scores
    hits, n_ref, n_pred = report.industry
    lines.append(f"industry facts: reference {n_ref}, predicted {n_pred}, matched {hits}  "
                 f"P {ip:.3f} R {ir:.3f} F1 {i_f:.3f}  role accuracy {report.role_accuracy:.3f}")
    if show:
        for title, rows in (("missed", report.misses), ("false positives", report.false_positives)):
            if rows:
                lines.append(f"{title}: {len(rows)}")
                lines += ["  - " + describe(x) for x in rows[:show]]
        if report.wrong_entity:
            lines.append(f"matched with the wrong entity: {len(report.wrong_entity)}")
            lines += [f"  - {g['doc']} {g['metric']}: want '{g.get('entity')}', got '{q.get('entity')}'"
                      for g, q in report.wrong_entity[:show]]
    return "\n".join(lines)
