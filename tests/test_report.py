"""The analyst report (orchestration/report.py) on a small hand-made warehouse.

The warehouse is built here with plain DuckDB - the tables and columns the
report reads, a few realistic rows - rather than with Dagster and dbt, so the
test runs in seconds. One document is hostile (a <script> and an SQL
injection inside its text, both inside highlighted facts): the page must show
them as text, never as markup.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

from orchestration import report
from orchestration.report import LEAGUE_TOP, Span, highlight, write_report

SUZHOU_DOC = "suzhou_2024-01-15.txt"
HEFEI_DOC = "hefei_<b>2024</b>.txt"  # a file name with markup in it: shown escaped too

SUZHOU_TEXT = (
    "苏州工业园区 (Suzhou Industrial Park) — annual review\n\n"
    "In 2023, Suzhou Industrial Park achieved an industrial output value of RMB 1,020 billion, up 5.1% year on year. "
    "Its GDP reached RMB 380 billion.\n"
    "By 2025, the operating revenue of the park will exceed RMB 1,500 billion.\n"
    "The park has formed biomedicine and nanotechnology as its leading industries."
)
HOSTILE = "<script>alert('x')</script>"
INJECTION = "'); DROP TABLE dim_park; --"
HEFEI_TEXT = (
    "Hefei High-tech Industrial Development Zone: notice\n"
    f"Posted by {HOSTILE} admin.\n"
    f"In 2023, Hefei High-tech Zone {HOSTILE} recorded an industrial output value of RMB 850 billion {INJECTION} "
    "up 8.0%.\n"
    "By 2026, its GDP will exceed RMB 300 billion. Its leading industries are integrated circuits and new energy "
    "vehicles."
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


SZ_OUT = _span(SUZHOU_TEXT, "In 2023, Suzhou Industrial Park achieved an industrial output value of RMB 1,020 billion, "
                            "up 5.1% year on year")
SZ_GDP = _span(SUZHOU_TEXT, "Its GDP reached RMB 380 billion")
SZ_TGT = _span(SUZHOU_TEXT, "By 2025, the operating revenue of the park will exceed RMB 1,500 billion")
SZ_IND = _span(SUZHOU_TEXT, "The park has formed biomedicine and nanotechnology as its leading industries.")
HF_OUT = _span(HEFEI_TEXT, f"In 2023, Hefei High-tech Zone {HOSTILE} recorded an industrial output value of RMB 850 "
                           f"billion {INJECTION} up 8.0%")
HF_TGT = _span(HEFEI_TEXT, "By 2026, its GDP will exceed RMB 300 billion")
# an industry mention that crosses the target sentence: its highlight must be split, not break the text
HF_IND = (HF_TGT[1] - 12, len(HEFEI_TEXT))

SZ, HF = "park_suzhou", "park_hefei"
LARGE_GROUP = 20  # parks in one ranking group: more than the report charts (LEAGUE_TOP)
SZ_NAME, HF_NAME = "Suzhou Industrial Park", "Hefei High-tech Industrial Development Zone"

FACTS = [  # fact_id, park, metric, kind, qualifier, unit, grain, period, year, value, yoy, doc, (start, end), text
    ("f_sz_out_2023", SZ, "industrial_output", "actual", "exact", "CNY", "full_year", "2023", 2023, 1.02e12, 5.1,
     SUZHOU_DOC, SZ_OUT, SUZHOU_TEXT),
    ("f_sz_gdp_2023", SZ, "gdp", "actual", "exact", "CNY", "full_year", "2023", 2023, 3.8e11, None,
     SUZHOU_DOC, SZ_GDP, SUZHOU_TEXT),
    ("f_sz_rev_2025", SZ, "operating_revenue", "target", "at_least", "CNY", "full_year", "2025", 2025, 1.5e12, None,
     SUZHOU_DOC, SZ_TGT, SUZHOU_TEXT),
    ("f_hf_out_2023", HF, "industrial_output", "actual", "exact", "CNY", "full_year", "2023", 2023, 8.5e11, 8.0,
     HEFEI_DOC, HF_OUT, HEFEI_TEXT),
    ("f_hf_gdp_2026", HF, "gdp", "target", "at_least", "CNY", "full_year", "2026", 2026, 3.0e11, None,
     HEFEI_DOC, HF_TGT, HEFEI_TEXT),
]
INDUSTRY_MENTIONS = [  # id, doc, entity, industry, role, (start, end), text
    ("im_sz_bio", SUZHOU_DOC, SZ_NAME, "biomedicine", "leading", SZ_IND, SUZHOU_TEXT),
    ("im_sz_nano", SUZHOU_DOC, SZ_NAME, "new_materials", "leading", SZ_IND, SUZHOU_TEXT),
    ("im_hf_ic", HEFEI_DOC, HF_NAME, "electronic_information", "leading", HF_IND, HEFEI_TEXT),
]


def build_warehouse(path: Path, skip: frozenset[str] = frozenset()) -> None:
    """The tables and columns the report reads, as dbt would leave them, with a few rows."""
    con = duckdb.connect(str(path))
    tables = {
        "dim_park": """create table dim_park (park_id varchar, park_name varchar, park_type varchar, level varchar,
            province varchar, city varchar, established_year integer, area_km2 double, n_documents bigint)""",
        "dim_metric": "create table dim_metric (metric varchar, metric_label varchar)",
        "dim_industry": "create table dim_industry (industry varchar, industry_label varchar)",
        "stg_documents": """create table stg_documents (doc varchar, document_text varchar, doc_date date,
            is_decodable boolean, n_chars bigint)""",
        "fct_park_metric": """create table fct_park_metric (fact_id varchar, park_id varchar, metric varchar,
            industry varchar, kind varchar, qualifier varchar, unit varchar, period_grain varchar,
            period_label varchar, fiscal_year integer, value double, yoy_pct double, source_count bigint,
            metric_mention_id varchar, doc varchar, doc_date date, char_start integer, char_end integer,
            evidence varchar)""",
        "stg_metric_mentions": """create table stg_metric_mentions (metric_mention_id varchar, doc varchar,
            entity varchar, metric varchar, industry varchar, kind varchar, qualifier varchar, unit varchar,
            period_start_text varchar, period_end_text varchar, period_label varchar, value double,
            yoy_pct double, char_start integer, char_end integer, evidence varchar)""",
        "stg_industry_mentions": """create table stg_industry_mentions (industry_mention_id varchar, doc varchar,
            entity varchar, industry varchar, role varchar, char_start integer, char_end integer,
            evidence varchar)""",
        "mart_park_rankings": """create table mart_park_rankings (ranking_id varchar, fact_id varchar,
            park_id varchar, park_name varchar, metric varchar, industry varchar, period_grain varchar,
            fiscal_year integer, ranking_period varchar, unit_family varchar, unit varchar, period_label varchar,
            value double, stated_value double, stated_unit varchar, yoy_pct double, growth_pct double,
            growth_source varchar, value_rank bigint, n_parks_ranked bigint, growth_rank bigint,
            n_parks_with_growth bigint)""",
        "mart_park_growth": """create table mart_park_growth (fact_id varchar, park_id varchar, park_name varchar,
            metric varchar, industry varchar, unit varchar, period_grain varchar, period_label varchar,
            period_end_month date, fiscal_year integer, value double, stated_yoy_pct double,
            computed_yoy_pct double, growth_pct double, growth_source varchar)""",
        "mart_target_progress": """create table mart_target_progress (target_fact_id varchar, park_id varchar,
            park_name varchar, metric varchar, industry varchar, qualifier varchar, target_period_label varchar,
            target_value double, target_unit varchar, actual_fact_id varchar, actual_period_label varchar,
            actual_value_in_target_unit double, progress_pct double, required_cagr_pct double,
            recent_growth_pct double, recent_growth_source varchar, status varchar, not_judgeable_reason varchar,
            doc varchar, char_start integer, char_end integer, evidence varchar)""",
        "mart_park_scorecard": """create table mart_park_scorecard (park_id varchar, park_name varchar,
            park_type varchar, level varchar, province varchar, city varchar, established_year integer,
            n_documents bigint, area_km2 double, area_period_label varchar, output_metric varchar,
            output_value double, output_unit varchar, output_period_label varchar, output_growth_pct double,
            operating_revenue_value double, operating_revenue_unit varchar, operating_revenue_period_label varchar,
            gdp_value double, gdp_unit varchar, gdp_period_label varchar, fiscal_revenue_value double,
            fiscal_revenue_unit varchar, fiscal_revenue_period_label varchar, enterprises_value double,
            enterprises_unit varchar, enterprises_period_label varchar, high_tech_enterprises_value double,
            high_tech_enterprises_unit varchar, high_tech_enterprises_period_label varchar,
            latest_growth_metric varchar, latest_growth_pct double, latest_growth_source varchar,
            latest_growth_period_label varchar, output_rank bigint, output_n_parks_ranked bigint,
            gdp_rank bigint, gdp_n_parks_ranked bigint, leading_industries varchar, n_industries bigint)""",
    }
    for name, ddl in tables.items():
        if name not in skip:
            con.execute(ddl)

    def insert(table: str, rows: list[tuple]) -> None:
        if table not in skip and rows:
            con.executemany(f"insert into {table} values ({', '.join('?' * len(rows[0]))})", rows)

    insert("dim_park", [(SZ, SZ_NAME, "industrial_park", "national", "Jiangsu", "Suzhou", 1994, 278.0, 1),
                        (HF, HF_NAME, "high_tech_zone", "national", "Anhui", "Hefei", 1991, 128.3, 1)])
    insert("dim_metric", [("industrial_output", "Industrial output value"), ("gdp", "Gross regional product"),
                          ("operating_revenue", "Operating revenue")])
    insert("dim_industry", [("biomedicine", "Biomedicine"), ("new_materials", "New materials"),
                            ("electronic_information", "Electronic information")])
    insert("stg_documents", [(SUZHOU_DOC, SUZHOU_TEXT, "2024-01-15", True, len(SUZHOU_TEXT)),
                             (HEFEI_DOC, HEFEI_TEXT, "2024-02-01", True, len(HEFEI_TEXT)),
                             ("empty.txt", "No figures here.", "2024-03-01", True, 16)])
    insert("fct_park_metric", [
        (fid, park, metric, None, kind, qual, unit, grain, period, year, value, yoy, 1, "mm_" + fid, doc, "2024-01-15",
         s, e, text[s:e])
        for fid, park, metric, kind, qual, unit, grain, period, year, value, yoy, doc, (s, e), text in FACTS])
    insert("stg_metric_mentions", [
        ("mm_" + fid, doc, SZ_NAME if park == SZ else HF_NAME, metric, None, kind, qual, unit, period, period, period,
         value, yoy, s, e, text[s:e])
        for fid, park, metric, kind, qual, unit, grain, period, year, value, yoy, doc, (s, e), text in FACTS])
    insert("stg_industry_mentions", [(iid, doc, entity, industry, role, s, e, text[s:e])
                                     for iid, doc, entity, industry, role, (s, e), text in INDUSTRY_MENTIONS])
    insert("mart_park_rankings", [
        ("r1", "f_sz_out_2023", SZ, SZ_NAME, "industrial_output", None, "full_year", 2023, "2023", "money", "CNY",
         "2023", 1.02e12, 1.02e12, "CNY", 5.1, 5.1, "stated", 1, 2, 2, 2),
        ("r2", "f_hf_out_2023", HF, HF_NAME, "industrial_output", None, "full_year", 2023, "2023", "money", "CNY",
         "2023", 8.5e11, 8.5e11, "CNY", 8.0, 8.0, "stated", 2, 2, 1, 2),
        # a group of one park, in the chart of a metric that has a bigger group
        ("r3", "f_sz_gdp_2023", SZ, SZ_NAME, "gdp", None, "full_year", 2023, "2023", "money", "CNY",
         "2023", 3.8e11, 3.8e11, "CNY", None, None, None, 1, 1, None, 0),
        # part of a year: a period of its own
        ("r4", None, SZ, SZ_NAME, "industrial_output", None, "year_to_month", 2024, "2024 Jan-Jun", "money", "CNY",
         "2024 Jan-Jun", 5.3e11, 5.3e11, "CNY", None, None, None, 1, 2, None, 0),
        ("r5", None, HF, HF_NAME, "industrial_output", None, "year_to_month", 2024, "2024 Jan-Jun", "money", "CNY",
         "2024 Jan-Jun", 4.4e11, 4.4e11, "CNY", None, None, None, 2, 2, None, 0),
        # metrics that never rank two parks: they share one chart
        ("r6", None, SZ, SZ_NAME, "operating_revenue", None, "first_half", 2023, "2023 H1", "money", "CNY",
         "2023 H1", 4.6e11, 4.6e11, "CNY", None, None, None, 1, 1, None, 0),
        ("r7", None, HF, HF_NAME, "enterprises", None, "undated", None, "undated", "count", "count",
         "undated", 5600.0, 5600.0, "count", None, None, None, 1, 1, None, 0),
        # an industry's ranking is not park-wide: not in the league tables
        ("r8", None, SZ, SZ_NAME, "industrial_output", "biomedicine", "full_year", 2023, "2023", "money", "CNY",
         "2023", 1.5e11, 1.5e11, "CNY", None, None, None, 1, 1, None, 0),
    ] + [  # a group larger than a chart shows; one park's name is hostile
        (f"rz{i}", None, f"park_z{i}", f"Zone {i:02d}" + (f" {HOSTILE}" if i == 7 else ""), "gdp", None,
         "full_year", 2022, "2022", "money", "CNY", "2022", (30 - i) * 1e10, (30 - i) * 1e10, "CNY", None, None,
         None, i, LARGE_GROUP, None, 0)
        for i in range(1, LARGE_GROUP + 1)])
    insert("mart_park_growth", [
        ("f_sz_out_2023", SZ, SZ_NAME, "industrial_output", None, "CNY", "full_year", "2023", "2023-12-01", 2023,
         1.02e12, 5.1, None, 5.1, "stated"),
        ("f_sz_gdp_2023", SZ, SZ_NAME, "gdp", None, "CNY", "full_year", "2023", "2023-12-01", 2023,
         3.8e11, None, None, None, None),
        (None, SZ, SZ_NAME, "industrial_output", None, "CNY", "full_year", "2022", "2022-12-01", 2022,
         9.7e11, 4.0, 3.9, 4.0, "stated"),
        ("f_hf_out_2023", HF, HF_NAME, "industrial_output", None, "CNY", "full_year", "2023", "2023-12-01", 2023,
         8.5e11, 8.0, None, 8.0, "stated"),
        # a park with growth for part of a year only, and a hostile name
        (None, "park_x", f"Zone X {HOSTILE}", "gdp", None, "CNY", "year_to_month", "2024 Jan-Jun", "2024-06-01",
         2024, 1.2e11, None, 3.0, 3.0, "computed"),
        # an industry's growth is not park-wide
        (None, HF, HF_NAME, "industrial_output", "electronic_information", "CNY", "full_year", "2023",
         "2023-12-01", 2023, 2.1e11, 9.0, None, 9.0, "stated"),
    ])
    insert("mart_target_progress", [
        ("f_sz_rev_2025", SZ, SZ_NAME, "operating_revenue", None, "at_least", "2025", 1.5e12, "CNY", None, "2023",
         9.0e11, 60.0, 29.1, 4.2, "stated", "at_risk", None, SUZHOU_DOC, *SZ_TGT, SUZHOU_TEXT[slice(*SZ_TGT)]),
        ("f_hf_gdp_2026", HF, HF_NAME, "gdp", None, "at_least", "2026", 3.0e11, "CNY", None, None,
         None, None, None, None, None, "not_judgeable", f"no actual GDP figure {HOSTILE}", HEFEI_DOC, *HF_TGT,
         HEFEI_TEXT[slice(*HF_TGT)]),
    ])
    insert("mart_park_scorecard", [
        (SZ, SZ_NAME, "industrial_park", "national", "Jiangsu", "Suzhou", 1994, 1, 278.0, "as of 2023-12",
         "industrial_output", 1.02e12, "CNY", "2023", 5.1, None, None, None, 3.8e11, "CNY", "2023",
         None, None, None, None, None, None, None, None, None, "industrial_output", 5.1, "stated", "2023", 1, 2,
         1, 1, "Biomedicine; New materials", 2),
        (HF, HF_NAME, "high_tech_zone", "national", "Anhui", "Hefei", 1991, 1, 128.3, None,
         "industrial_output", 8.5e11, "CNY", "2023", 8.0, None, None, None, None, None, None,
         None, None, None, None, None, None, None, None, None, "industrial_output", 8.0, "stated", "2023", 2, 2,
         None, None, f"Electronic information; {HOSTILE}", 1),
    ])
    con.close()


class _Page(HTMLParser):
    """Collects each document's visible text and checks that every <mark> is closed where it was opened."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.doc_texts: list[str] = []
        self.marks: list[str] = []
        self.in_pre = False
        self.open_marks = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "pre" and attributes.get("class") == "doc-text":
            self.in_pre = True
            self.doc_texts.append("")
        if tag == "mark" and self.in_pre:
            self.open_marks += 1
            if attributes.get("id"):
                self.marks.append(attributes["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self.in_pre:
            self.open_marks -= 1
            assert self.open_marks >= 0
        if tag == "pre" and self.in_pre:
            assert self.open_marks == 0, "a <mark> was left open"
            self.in_pre = False

    def handle_data(self, data: str) -> None:
        if self.in_pre:
            self.doc_texts[-1] += data


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "zonescope.duckdb"
    build_warehouse(path)
    return path


@pytest.fixture(scope="module")
def page(warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    con = duckdb.connect(str(warehouse), read_only=True)
    report.VALIDATE_CHARTS = True  # every chart checked against Vega-Lite's schema here, not in every build
    try:
        out = write_report(con, tmp_path_factory.mktemp("site"))
    finally:
        report.VALIDATE_CHARTS = False
        con.close()
    assert out.name == "index.html" and out.is_file()
    return out.read_text(encoding="utf-8")


def _ids(page: str) -> list[str]:
    return re.findall(r'\bid="(fact-[^"]+)"', page)


def _specs(page: str) -> list[dict]:
    return [json.loads(spec) for spec in re.findall(
        r'<script type="application/json" data-chart="[^"]+">(.*?)</script>', page, flags=re.S)]


def _param(spec: dict, name: str) -> dict | None:
    return next((p for p in spec.get("params", []) if p["name"] == name), None)


def _data(spec: dict) -> list[dict]:
    """Every inline data row of a chart spec, at any level of layering."""
    found: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("data"), dict) and "values" in node["data"]:
                found.extend(node["data"]["values"])
            for key, value in node.items():
                if key not in ("data", "datasets"):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    for rows in spec.get("datasets", {}).values():
        found.extend(rows)
    return found


def _as_list(value: object) -> list:
    """A field of chart data: a list when the rows are written as parallel lists (unpacked by 'flatten')."""
    return value if isinstance(value, list) else [value]


def _query(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_page_is_self_contained(page: str) -> None:
    external = re.findall(r"<(?:script|link|img|iframe|source|embed)\b[^>]*\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//",
                          page, flags=re.IGNORECASE)
    assert external == []
    assert "<link" not in page.lower()
    assert not re.search(r"url\(\s*[\"']?https?:", page) and "@import" not in page
    # the Vega / Vega-Lite / Vega-Embed bundle is inlined once, and the charts are drawn by it
    assert page.count("window.vegaEmbed=") == 1
    assert page.count("window.vegaLite=") == 1
    charts = re.findall(r'<script type="application/json" data-chart="([^"]+)">(.*?)</script>', page, flags=re.S)
    assert len(charts) >= 3  # a league table, a growth chart, the target progress
    for div_id, spec in charts:
        assert f'id="{div_id}"></div>' in page
        assert json.loads(spec)["$schema"].startswith("https://vega.github.io/schema/vega-lite/")


def test_every_section_is_there(page: str) -> None:
    for anchor, heading in [("league", "League tables"), ("growth", "Growth by park"),
                            ("targets", "Target progress"), ("scorecards", "Park scorecards"),
                            ("evidence", "Evidence")]:
        assert f'<section id="{anchor}"><h2>{heading}</h2>' in page
        assert f'<a href="#{anchor}">{heading}</a>' in page  # table of contents
    assert "Made " in page and "UTC" in page
    assert "<b>3</b> documents" in page and "<b>2</b> parks" in page and "<b>5</b> metric facts" in page
    # scorecards: one card per park, with the figures and their ranks
    assert page.count('<article class="card">') == 2
    assert "1.02 tn CNY" in page and "380 bn CNY" in page
    assert "#1 of 2" in page
    # targets: every target listed with its status, and the reason of the one that cannot be judged
    assert "<span class='status s-at_risk'>at_risk</span>" in page
    assert "<span class='status s-not_judgeable'>not_judgeable</span>" in page
    assert "no actual GDP figure &lt;script&gt;" in page


def test_every_ranking_group_is_in_a_league_chart_menu(page: str, warehouse: Path) -> None:
    groups = _query(warehouse, """
        select metric, period_grain, ranking_period, unit, greatest(count(*), max(n_parks_ranked))
        from mart_park_rankings where industry is null group by all""")
    assert len(groups) == 6
    labels = dict(_query(warehouse, "select metric, metric_label from dim_metric"))
    expected = {}
    for metric, grain, period, unit, size in groups:
        when = period if grain == period else f"{period} ({grain.replace('_', ' ')})"
        label = labels.get(metric, metric.replace("_", " "))
        expected[f"{label} · {when} · {unit} · {size} park{'s' if size > 1 else ''}"] = size
    # the menus of the league charts: one chart per metric (its x axis names it), one for the metrics that
    # never rank two parks (its menu names the metric)
    menus: dict[str, tuple[dict, int]] = {}
    league_charts = [spec for spec in _specs(page) if _param(spec, "period_choice")]
    for spec in league_charts:
        choice = _param(spec, "period_choice")
        assert choice is not None and choice["bind"]["input"] == "select"
        x_title = spec["layer"][0]["encoding"]["x"]["title"]
        prefix = "" if x_title == "value" else f"{x_title} · "
        for value, label in zip(choice["bind"]["options"], choice["bind"]["labels"], strict=True):
            menus[prefix + label] = (spec, value)
    assert set(menus) == set(expected)  # every park-wide group; no industry's ranking
    assert len(league_charts) == 3  # industrial output, GDP, and the one-park metrics together
    assert "Gross regional product · 2022 (full year) · CNY · 20 parks" in menus
    assert "enterprises · undated · count · 1 park" in menus
    for label, (spec, value) in menus.items():
        # each option has its group's parks in the data, at most LEAGUE_TOP of them, best first
        rows = [row for row in _data(spec) if row.get("group") == value]
        assert len(rows) == 1
        assert len(rows[0]["p"]) == min(expected[label], LEAGUE_TOP)
        assert rows[0]["rank"] == sorted(rows[0]["rank"])
    # the GDP chart opens on its largest group, and shows its first parks by name
    gdp, opening = menus["Gross regional product · 2022 (full year) · CNY · 20 parks"]
    assert _param(gdp, "period_choice")["value"] == opening
    names = _param(gdp, "park_names")["value"]
    shown = [names[i] for row in _data(gdp) if row.get("group") == opening for i in row["p"]]
    assert shown[:2] == ["Zone 01", "Zone 02"] and f"Zone 07 {HOSTILE}" in shown and "Zone 16" not in shown
    title = _param(gdp, "period_titles")["value"][opening]
    assert title == "2022 (full year) · top 15 of 20 parks · bn CNY" and gdp["title"]["text"] == {
        "expr": "period_titles[period_choice]"}
    # of two groups as large, a full year before a part of a later year; the menu has the latest first
    output, opening = menus["Industrial output value · 2023 (full year) · CNY · 2 parks"]
    assert _param(output, "period_choice")["value"] == opening
    assert _param(output, "period_choice")["bind"]["labels"] == [
        "2024 Jan-Jun (year to month) · CNY · 2 parks", "2023 (full year) · CNY · 2 parks"]
    # the page says how many parks each group has
    assert "All 6 ranking groups" in page and "<td class='num'>20</td>" in page
    assert "6 park-wide ranking groups of 4 metrics" in page


def test_every_park_with_growth_is_in_the_growth_chart_menu(page: str, warehouse: Path) -> None:
    parks = {name for (name,) in _query(warehouse, """
        select distinct park_name from mart_park_growth where growth_pct is not null and industry is null""")}
    assert parks == {SZ_NAME, HF_NAME, f"Zone X {HOSTILE}"}
    specs = [spec for spec in _specs(page) if _param(spec, "park_choice")]
    assert len(specs) == 1
    choice = _param(specs[0], "park_choice")
    assert choice is not None and choice["bind"]["input"] == "select"
    options = dict(zip(choice["bind"]["options"], choice["bind"]["labels"], strict=True))
    assert {label.rsplit(" (", 1)[0] for label in options.values()} == parks
    assert choice["bind"]["labels"] == sorted(choice["bind"]["labels"], key=str.casefold)  # by name
    # every option has its park's points: Suzhou's two years of output (GDP has no growth), Zone X's half year
    points: dict[str, list[tuple[str, str]]] = {}
    for row in _data(specs[0]):
        if "park" in row:
            name = options[row["park"]].rsplit(" (", 1)[0]
            points.setdefault(name, []).extend((row["metric"], period) for period in _as_list(row["period"]))
    assert sorted(points[SZ_NAME]) == [("Industrial output value", "2022"), ("Industrial output value", "2023")]
    assert points[f"Zone X {HOSTILE}"] == [("Gross regional product", "2024 Jan-Jun")]
    assert set(points) == parks
    # and the table gives each park's latest growth, linked to its evidence where shown
    assert "Latest growth of 3 parks" in page
    assert f"<td>Zone X {HOSTILE.replace('<', '&lt;').replace('>', '&gt;').replace(chr(39), '&#x27;')}</td>" in page
    assert '<a class="fact-link" href="#fact-f_hf_out_2023">+8.0%</a>' in page


def test_hostile_text_is_shown_never_run(page: str, warehouse: Path) -> None:
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<script>alert(" not in page
    assert "&#x27;); DROP TABLE dim_park; --" in page
    assert "hefei_&lt;b&gt;2024&lt;/b&gt;.txt" in page and "hefei_<b>" not in page
    # the page's scripts are the bundle, the page's own code and JSON data blocks: no other
    assert len(re.findall(r"<script\b", page)) == len(re.findall(r'<script type="application/json"', page)) + 2
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from dim_park").fetchall() == [(2,)]
    finally:
        con.close()


def test_every_fact_is_highlighted_and_every_link_lands(page: str) -> None:
    ids = _ids(page)
    assert len(ids) == len(set(ids)), "an id is used twice"
    expected = ({f"fact-{f[0]}" for f in FACTS} | {f"fact-mention-mm_{f[0]}" for f in FACTS}
                | {f"fact-industry-{m[0]}" for m in INDUSTRY_MENTIONS})
    assert expected <= set(ids)
    hrefs = re.findall(r"""href=["']#(fact-[^"']+)["']""", page)
    assert hrefs and set(hrefs) <= set(ids)
    # links from the figures to their evidence: league table, scorecard (matched by value), targets, facts tables
    for fact in ("fact-f_sz_out_2023", "fact-f_hf_out_2023", "fact-f_sz_gdp_2023", "fact-f_sz_rev_2025",
                 "fact-mention-mm_f_hf_out_2023", "fact-industry-im_hf_ic"):
        assert fact in hrefs
    chart_hrefs = {href.removeprefix("#") for spec in _specs(page) for row in _data(spec)
                   for href in _as_list(row.get("href")) if href}
    assert chart_hrefs and chart_hrefs <= set(ids)


def test_the_facts_blob_parses_and_matches_the_highlights(page: str) -> None:
    blob = re.search(r'<script type="application/json" id="facts-data">(.*?)</script>', page, flags=re.S)
    assert blob is not None
    facts = json.loads(blob.group(1))
    assert set(facts) == set(_ids(page)) - {"fact-panel", "fact-panel-body", "fact-panel-close"}
    fields = dict(facts["fact-f_hf_out_2023"]["fields"])
    assert HOSTILE in fields["evidence"] and INJECTION in fields["evidence"]  # intact once parsed
    assert fields["value"] == "850 bn CNY" and fields["period"] == "2023"
    assert "</script" not in blob.group(1).lower()


def test_documents_read_exactly_as_written(page: str) -> None:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert sorted(parser.doc_texts) == sorted([SUZHOU_TEXT, HEFEI_TEXT])  # "empty.txt" has no fact: not shown
    assert len(parser.marks) == len(FACTS) * 2 + len(INDUSTRY_MENTIONS)


def test_highlight_nests_contained_spans_and_splits_crossing_ones() -> None:
    text = "abcdefghij"
    spans = [Span(0, 6, "fact-a", "f", 0), Span(2, 4, "fact-b", "f", 1), Span(4, 9, "fact-c", "f", 2),
             Span(3, 3, "fact-empty", "f", 0), Span(8, 99, "fact-clipped", "f", 0)]
    out = highlight(text, spans)
    parser = _Page()
    parser.feed(f'<pre class="doc-text">{out}</pre>')
    assert parser.doc_texts == [text]
    assert sorted(parser.marks) == ["fact-a", "fact-b", "fact-c", "fact-clipped", "fact-empty"]
    # fact-c crosses fact-a: it opens inside a, is closed with it and goes on as a continuation
    assert out.count('data-fact="fact-c"') == 2 and 'class="f cont" data-fact="fact-c"' in out


def test_an_older_warehouse_still_gives_a_page(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    build_warehouse(path, skip=frozenset({"mart_target_progress", "mart_park_scorecard", "dim_metric"}))
    con = duckdb.connect(str(path), read_only=True)
    try:
        page = write_report(con, tmp_path / "site", max_documents=1).read_text(encoding="utf-8")
    finally:
        con.close()
    assert "No stated targets in this warehouse." in page
    assert "No park scorecards in this warehouse." in page
    assert "1 of 2 documents with facts" in page
    parser = _Page()
    parser.feed(page)
    assert len(parser.doc_texts) == 1
    # only facts of the one document shown are linked, so no link dangles
    assert set(re.findall(r"""href=["']#(fact-[^"']+)["']""", page)) <= set(_ids(page))


def test_the_chart_scripts_are_assembled_once_then_read_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    from orchestration import report

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    report._vega_bundle.cache_clear()
    try:
        first = report._vega_bundle()
        (cached,) = (tmp_path / "zonescope").glob("vega-bundle-*.js")
        assert cached.read_text(encoding="utf-8") == first
        assert "</script" not in first.lower()  # escaped: cannot end the page's <script> early
        cached.write_text("/* from the cache */", encoding="utf-8")
        report._vega_bundle.cache_clear()
        assert report._vega_bundle() == "/* from the cache */"
    finally:
        report._vega_bundle.cache_clear()


def test_every_league_chart_is_the_spec_altair_writes_for_it(warehouse: Path) -> None:
    # the league charts after the first are copies of its spec with their own values (report.LeagueSpecs)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        leagues = report._league_groups(report.Warehouse(con))
    finally:
        con.close()
    assert len(leagues) >= 2 and any(league.metric is None for league in leagues)
    specs = report.LeagueSpecs()
    for league in leagues:
        inputs = report._league_inputs(league, report.Links(), {})
        assert specs.spec(inputs) == report._league_chart(inputs).to_dict(validate=True)


def test_a_parks_growth_chart_keeps_its_full_years_and_commonest_metrics() -> None:
    con = duckdb.connect()
    con.execute("""create table mart_park_growth (fact_id varchar, park_id varchar, park_name varchar,
        metric varchar, industry varchar, unit varchar, period_grain varchar, period_label varchar,
        period_end_month date, fiscal_year integer, value double, growth_pct double)""")
    rows = []
    # park A: seven metrics over full years (metric 'm0' in one year ... 'm6' in seven), a half year and an
    # industry's growth (not park-wide)
    for k in range(7):
        for year in range(2017, 2018 + k):
            rows.append((f"a{k}{year}", "A", "Zone A", f"m{k}", None, "CNY", "full_year", str(year),
                         f"{year}-12-01", year, 1e9, 5.0))
    rows.append(("a_h1", "A", "Zone A", "m6", None, "CNY", "first_half", "2024 H1", "2024-06-01", 2024, 1e9, 3.0))
    rows.append(("a_ind", "A", "Zone A", "m6", "biomedicine", "CNY", "full_year", "2023", "2023-12-01", 2023, 1e9, 9.0))
    # park B: half years only, and a figure without growth
    rows.append(("b1", "B", "Zone B", "gdp", None, "CNY", "first_half", "2023 H1", "2023-06-01", 2023, 1e9, 4.0))
    rows.append(("b2", "B", "Zone B", "gdp", None, "CNY", "first_half", "2024 H1", "2024-06-01", 2024, 1e9, None))
    con.executemany("insert into mart_park_growth values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    parks = report._growth_parks(report.Warehouse(con))
    assert [(p.park_id, p.n_rows) for p in parks] == [("A", 1 + 2 + 3 + 4 + 5 + 6 + 7 + 1), ("B", 1)]
    a, b = parks
    assert report.MAX_GROWTH_METRICS == 6
    assert sorted({r["metric"] for r in a.rows}) == ["m1", "m2", "m3", "m4", "m5", "m6"]  # the six commonest
    assert {r["period_grain"] for r in a.rows} == {"full_year"}  # its half year is left out of the chart
    assert [r["fact_id"] for r in a.rows if r["metric"] == "m1"] == ["a12017", "a12018"]  # in period order
    assert [r["fact_id"] for r in b.rows] == ["b1"]
