"""End to end: files -> Dagster -> DuckDB -> dbt -> marts, on the seeds and three bad files."""

import re
import shutil

import duckdb
import pytest

from tests.conftest import ROOT


def test_build_succeeds_and_summarises(seeds_build):
    out = seeds_build.result.stdout
    assert seeds_build.result.returncode == 0, seeds_build.result.stdout + seeds_build.result.stderr
    assert "documents: 8 (5 parsed, 3 rejected)" in out
    passed, failed = map(int, re.search(r"tests: (\d+) passed, (\d+) failed", out).groups())
    assert failed == 0 and passed > 200
    assert "top of area ranking" in out
    assert "1. Pingxiang Economic and Technological Development Zone" in out
    assert out.rstrip().endswith("build succeeded")


def test_bad_files_are_rejected_with_a_reason(seeds_build):
    rows = dict(seeds_build.query("select doc, reason from raw.rejected_documents"))
    assert rows == {
        "empty.txt": "empty file",
        "latin1.txt": rows["latin1.txt"],
        "logo.png": "binary file (PNG image)",
    }
    assert rows["latin1.txt"].startswith("not valid UTF-8 (nor GB18030): byte 0xe9 at offset 31; it looks like")
    assert seeds_build.query("select count(*) from stg_documents")[0][0] == 8


def test_implied_prior_value_from_stated_growth(seeds_build):
    (row,) = seeds_build.query("""
        select value, stated_yoy_pct, implied_prior_value
        from mart_park_growth
        where park_name = 'Pingxiang Economic and Technological Development Zone'
          and metric = 'operating_revenue' and fiscal_year = 2021
    """)
    assert row[0] == 68_570_000_000 and row[1] == pytest.approx(19.42)
    assert row[2] == pytest.approx(57_420_000_000, rel=1e-4)  # 68.57 / 1.1942


def test_two_names_of_one_zone_are_one_park(seeds_build):
    rows = seeds_build.query("select park_name, aliases, park_type, province, city from dim_park where park_name like 'Pingxiang%'")
    assert rows == [("Pingxiang Economic and Technological Development Zone", ["Pingxiang Economic Development Zone"],
                     "etdz", "Jiangxi", "Pingxiang")]


def test_area_league_table(seeds_build):
    rows = seeds_build.query("""
        select park_name, value, value_rank, n_parks_ranked from mart_park_rankings
        where metric = 'area' order by value_rank
    """)
    assert rows == [("Pingxiang Economic and Technological Development Zone", 119.57, 1, 2),
                    ("Pingshan High-tech Zone", 51.6, 2, 2)]


def test_fact_rows_point_at_their_evidence(seeds_build):
    rows = seeds_build.query("""
        select f.evidence, substr(d.document_text, f.char_start + 1, f.char_end - f.char_start)
        from fct_park_metric f join stg_documents d using (doc)
    """)
    assert rows and all(evidence == sliced for evidence, sliced in rows)


def test_sql_command_reads_the_warehouse(seeds_build):
    result = seeds_build.zonescope("sql", "select park_name, area_km2 from dim_park where area_km2 is not null order by area_km2 desc")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Pingxiang Economic and Technological Development Zone" in lines[3] and "119.57" in lines[3]
    assert "2 rows" in result.stdout


def test_sql_command_is_read_only(seeds_build):
    result = seeds_build.zonescope("sql", "drop table dim_park")
    assert result.returncode == 1
    assert result.stderr.startswith("zonescope: error:") and "read-only" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert seeds_build.query("select count(*) from dim_park")[0][0] > 0


def test_a_failing_dbt_test_fails_the_command(seeds_build, tmp_path):
    broken = tmp_path / "broken.duckdb"
    shutil.copy(seeds_build.warehouse, broken)
    con = duckdb.connect(str(broken))
    con.execute("""insert into raw.metric_mentions (doc, fact_seq, entity, metric, kind, qualifier, char_start, char_end, evidence)
                   values ('000_c416d94e1c20cdb7.txt', 999, 'Some Zone', 'not_a_metric', 'actual', 'exact', 0, 4, 'text')""")
    con.close()
    env = {**seeds_build.env, "ZONESCOPE_WAREHOUSE": str(broken)}
    from tests.conftest import zonescope
    result = zonescope("dbt", "build", "--select", "stg_metric_mentions", env=env)
    assert result.returncode != 0
    assert "relationships_stg_metric_mentions_metric" in result.stdout


def test_dbt_build_has_no_warnings(seeds_build):
    log = (seeds_build.warehouse.parent / "build.log").read_text(encoding="utf-8")
    summary = re.search(r"Done\. PASS=(\d+) WARN=(\d+) ERROR=(\d+) SKIP=(\d+)", log)
    assert summary and summary.group(2, 3, 4) == ("0", "0", "0") and int(summary.group(1)) > 300


def test_targets_without_a_comparable_actual_say_why(seeds_build):
    rows = seeds_build.query("""
        select metric, industry, target_year, target_value, status, not_judgeable_reason
        from mart_target_progress where park_name = 'Ningxiang High-tech Zone' and target_value >= 1e9
        order by metric, industry
    """)
    assert rows == [
        ("industrial_output", "energy_storage_materials", 2025, 40e9, "not_judgeable", "no actual of the same metric for this park"),
        ("industrial_output", "equipment_manufacturing", 2025, 70e9, "not_judgeable", "no actual of the same metric for this park"),
        ("industrial_output_above_size", None, 2025, 100e9, "not_judgeable", "no actual of the same metric for this park"),
        ("tax_revenue", None, 2025, 4e9, "not_judgeable", "no actual of the same metric for this park"),
    ]


def test_example_queries_run(seeds_build):
    queries = sorted((ROOT / "warehouse" / "queries").glob("*.sql"))
    assert len(queries) >= 4
    for path in queries:
        result = seeds_build.zonescope("sql", "--file", str(path))
        assert result.returncode == 0, (path.name, result.stderr)
        assert re.search(r"^\d+ rows", result.stdout, re.MULTILINE), path.name


def test_dbt_docs_generate_runs_clean(seeds_build):
    result = seeds_build.zonescope("dbt", "docs", "generate")
    assert result.returncode == 0, result.stdout[-2000:]
    assert "[WARNING]" not in result.stdout and "Catalog written" in result.stdout
