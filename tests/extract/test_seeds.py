"""The extractor on the five seed documents (the corpus it was developed on).

Each row is a fact as FACTS.md defines it, read by hand from the document:
(metric, value, unit, period_start, period_end, yoy_pct, kind, qualifier, entity, industry).
"""

from pathlib import Path

import pytest

from orchestration.extract import extract_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

PX = "Pingxiang Economic and Technological Development Zone"
ZY = "Chongqing Zhengyang Industrial Park"
PS = "Pingshan District"
NX = "Ningxiang High-tech Zone"

DEVELOPED_ON = [
    ("000_c416d94e1c20cdb7.txt", ("operating_revenue", 68_570_000_000, "CNY", "2021-01", "2021-12", 19.42, "actual", "exact", PX, None)),
    ("000_c416d94e1c20cdb7.txt", ("industrial_output_above_size", 69_640_000_000, "CNY", "2021-01", "2021-12", 19.1, "actual", "exact", PX, None)),
    ("000_c416d94e1c20cdb7.txt", ("industrial_added_value_above_size", None, None, "2021-01", "2021-12", 8.2, "actual", "exact", PX, None)),
    ("000_c416d94e1c20cdb7.txt", ("foreign_investment", 229_000_000, "USD", "2021-01", "2021-12", 9.43, "actual", "exact", PX, None)),
    ("000_c416d94e1c20cdb7.txt", ("introduced_investment", 12_035_000_000, "CNY", "2021-01", "2021-12", 8.34, "actual", "exact", PX, None)),
    ("000_c416d94e1c20cdb7.txt", ("area", 119.57, "km2", None, None, None, "actual", "exact", PX, None)),
    ("000_c416d94e1c20cdb7.txt", ("population", 250_000, "persons", None, None, None, "actual", "approx", PX, None)),
    ("000_c416d94e1c20cdb7.txt", ("enterprises", 8_600, "count", None, None, None, "actual", "approx", PX, None)),
    ("000_c416d94e1c20cdb7.txt", ("little_giants", 6, "count", None, None, None, "actual", "exact", PX, None)),
    ("001_7ba543549b74a79d.txt", ("industrial_output", 13_560_000_000, "CNY", "2017-01", "2017-12", 7.3, "actual", "exact", ZY, None)),
    ("001_7ba543549b74a79d.txt", ("industrial_added_value_above_size", None, None, "2017-01", "2017-12", 10.7, "actual", "exact", ZY, None)),
    ("001_7ba543549b74a79d.txt", ("area_planned", 20, "km2", None, None, None, "actual", "exact", ZY, None)),
    ("001_7ba543549b74a79d.txt", ("area_built", 14, "km2", None, None, None, "actual", "exact", ZY, None)),
    ("001_7ba543549b74a79d.txt", ("enterprises", 140, "count", None, None, None, "actual", "at_least", ZY, None)),
    ("002_3cb4e99964f68bea.txt", ("enterprises_above_size", 372, "count", None, "2017-11", None, "actual", "exact", PS, None)),
    ("002_3cb4e99964f68bea.txt", ("industrial_investment", 16_467_000_000, "CNY", "2017-01", "2017-11", 19.6, "actual", "exact", PS, None)),
    ("002_3cb4e99964f68bea.txt", ("tech_upgrade_investment", 5_900_000_000, "CNY", "2017-01", "2017-11", 63.5, "actual", "approx", PS, None)),
    ("002_3cb4e99964f68bea.txt", ("area", 51.6, "km2", None, None, None, "actual", "exact", "Pingshan High-tech Zone", None)),
    ("002_3cb4e99964f68bea.txt", ("gdp", 40_000_000_000, "CNY", "2020-01", "2020-12", None, "target", "exact", "Pingshan Central District", None)),
    ("002_3cb4e99964f68bea.txt", ("gdp", 170_000_000_000, "CNY", "2030-01", "2030-12", None, "target", "exact", "Pingshan Central District", None)),
    ("003_d26b102950b0f93f.txt", ("gdp", 142_520_000_000, "CNY", "2021-01", "2021-12", None, "actual", "exact", "Xiaodian District", None)),
    ("003_d26b102950b0f93f.txt", ("specialized_smes", 447, "count", None, None, None, "actual", "exact", "Shanxi Transformation and Comprehensive Reform Demonstration Zone", None)),
    ("004_a5078eb8bcfadad3.txt", ("industrial_output_above_size", 100_000_000_000, "CNY", "2025-01", "2025-12", None, "target", "at_least", NX, None)),
    ("004_a5078eb8bcfadad3.txt", ("tax_revenue", 4_000_000_000, "CNY", "2025-01", "2025-12", None, "target", "at_least", NX, None)),
    ("004_a5078eb8bcfadad3.txt", ("contracted_investment", 7_000_000_000, "CNY", "2021-01", "2021-06", None, "actual", "approx", NX, None)),
    ("004_a5078eb8bcfadad3.txt", ("industrial_output", 70_000_000_000, "CNY", "2025-01", "2025-12", None, "target", "at_least", NX, "equipment_manufacturing")),
    ("004_a5078eb8bcfadad3.txt", ("industrial_output", 40_000_000_000, "CNY", "2025-01", "2025-12", None, "target", "at_least", NX, "energy_storage_materials")),
]

# Numbers that are in the documents but are not area metrics (FACTS.md's hard cases).
NOT_FACTS = [
    ("000_c416d94e1c20cdb7.txt", 20_000_000),      # 'projects amounting to over RMB 20 million': a threshold
    ("002_3cb4e99964f68bea.txt", 0.106),           # a land plot of 106,000 square meters: a project's land
    ("002_3cb4e99964f68bea.txt", 200_000),         # 'the employment population will be 200,000': not resident population
    ("004_a5078eb8bcfadad3.txt", 50_000_000_000),  # Sany (Ningxiang) Base's sales revenue: one firm
    ("004_a5078eb8bcfadad3.txt", 10_000_000),      # enterprises with annual tax of more than 10 million: a threshold
    ("004_a5078eb8bcfadad3.txt", 300_000),         # average tax per mu: a per-unit ratio
    ("004_a5078eb8bcfadad3.txt", 40_000),          # BYD's daily output of blade batteries: one firm
    ("004_a5078eb8bcfadad3.txt", 422),             # cadres assigned to 422 enterprises: not a stock of the zone
]


@pytest.fixture(scope="module")
def results():
    return {p.name: extract_document(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))}


def _row(f):
    value = None if f.value is None else pytest.approx(f.value, rel=1e-9)
    return (f.metric, value, f.unit, f.period_start, f.period_end, f.yoy_pct, f.kind, f.qualifier, f.entity, f.industry)


@pytest.mark.parametrize(("doc", "expected"), DEVELOPED_ON, ids=[f"{d[:3]}-{e[0]}-{e[1]}" for d, e in DEVELOPED_ON])
def test_seed_fact_is_extracted(results, doc, expected):
    rows = [_row(f) for f in results[doc].metrics]
    assert expected in rows


@pytest.mark.parametrize(("doc", "value"), NOT_FACTS, ids=[f"{d[:3]}-{v}" for d, v in NOT_FACTS])
def test_seed_non_fact_is_not_extracted(results, doc, value):
    assert all(f.value is None or f.metric == "other" or abs(f.value - value) > 1e-9 * max(1, value)
               for f in results[doc].metrics)


def test_every_fact_carries_its_evidence(results):
    for name, result in results.items():
        text = (SEEDS / name).read_text(encoding="utf-8")
        for fact in [*result.metrics, *result.industries]:
            assert fact.evidence and text[fact.char_start:fact.char_end] == fact.evidence


def test_document_dates(results):
    assert results["004_a5078eb8bcfadad3.txt"].doc_date.iso() == "2021-08-23"
    # a copyright year ('Copyright 2012') does not date a document
    assert results["001_7ba543549b74a79d.txt"].doc_date is None


def test_entities_and_aliases(results):
    px = next(e for e in results["000_c416d94e1c20cdb7.txt"].entities if e.entity == PX)
    assert px.aliases == ("Pingxiang Economic Development Zone",)
    assert (px.entity_type, px.level, px.province, px.city, px.established_year) == ("etdz", "national", "Jiangxi", "Pingxiang", 1992)
    zy = next(e for e in results["001_7ba543549b74a79d.txt"].entities if e.entity == ZY)
    assert (zy.entity_type, zy.level, zy.established_year) == ("industrial_park", "municipal", 2003)


INDUSTRY_ROLES = [
    ("000_c416d94e1c20cdb7.txt", "electronic_information", "leading"),
    ("000_c416d94e1c20cdb7.txt", "food_processing", "present"),
    ("001_7ba543549b74a79d.txt", "tobacco", "leading"),
    ("001_7ba543549b74a79d.txt", "nonferrous_metals", "present"),
    ("002_3cb4e99964f68bea.txt", "new_energy_vehicles", "emerging"),
    ("004_a5078eb8bcfadad3.txt", "equipment_manufacturing", "leading"),
    ("004_a5078eb8bcfadad3.txt", "energy_storage_materials", "characteristic"),
    ("004_a5078eb8bcfadad3.txt", "medical_devices", "emerging"),
]


@pytest.mark.parametrize(("doc", "industry", "role"), INDUSTRY_ROLES)
def test_industry_roles(results, doc, industry, role):
    roles = {f.industry: f.role for f in results[doc].industries}
    assert roles.get(industry) == role


def test_no_industry_from_page_furniture_or_firm_names(results):
    # 'Culture &Tourism' in a menu, 'New Materials Co., Ltd.' in a firm's name
    assert [f.industry for f in results["003_d26b102950b0f93f.txt"].industries] == []
