"""End to end: files -> Dagster -> DuckDB -> dbt -> marts, on the seeds and three bad files."""

import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT


def test_build_succeeds_and_summarises(seeds_build):
    out = seeds_build.result.stdout
    assert seeds_build.result.returncode == 0, seeds_build.result.stdout + seeds_build.result.stderr
    assert "documents: 8 (5 parsed, 3 rejected)" in out
    passed, failed = map(int, re.search(r"tests: (\d+) passed, (\d+) failed", out).groups())
    manifest = json.loads((ROOT / "dbt_project" / "target" / "manifest.json").read_text(encoding="utf-8"))
    data_tests = sum(1 for node in manifest["nodes"].values() if node["resource_type"] == "test")
    assert failed == 0 and passed == data_tests + 3  # and the three Python checks (orchestration/checks.py)
    assert "top of area ranking" in out
    assert "1. Pingxiang Economic and Technological Development Zone" in out
    assert out.rstrip().endswith("build succeeded")
    # the build wrote the report beside the warehouse, and says where
    page = seeds_build.warehouse.parent / "report" / "index.html"
    assert f"report: {page}" in out
    assert "Pingxiang Economic and Technological Development Zone" in page.read_text(encoding="utf-8")
    # dbt's per-invocation artifacts do not pile up build after build
    assert len(list((ROOT / "dbt_project" / "target").glob("zonescope_dbt_models-*"))) <= 3


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
    # raw.metric_mentions is a view over the extraction cache: the bad fact goes into the cache
    con.execute("""insert into raw.cache_metric_mentions
                       (sha256, fact_seq, entity, metric, kind, qualifier, char_start, char_end, evidence)
                   select sha256, 999, 'Some Zone', 'not_a_metric', 'actual', 'exact', 0, 4, 'text'
                   from raw.documents where doc = '000_c416d94e1c20cdb7.txt'""")
    con.close()
    env = {**seeds_build.env, "ZONESCOPE_WAREHOUSE": str(broken)}
    from tests.conftest import zonescope
    # the staging table is incremental by document and this document's content did not change:
    # rebuilt whole, as a build does after a change to the extractor (orchestration/dbt_state.py)
    result = zonescope("dbt", "build", "--select", "stg_metric_mentions", "--full-refresh", env=env)
    assert result.returncode != 0
    assert "stg_metric_mentions_references" in result.stdout


@pytest.mark.parametrize(("change", "failed"), [
    ("kind = 'rumour'", "CHECK constraint failed"),
    ("value = -1", "CHECK constraint failed"),
    ("unit = null", "CHECK constraint failed"),  # unit_family is still 'money'
    ("park_id = null", "NOT NULL constraint failed"),
    ("period_start_month = date '2024-01-01', period_end_month = date '2023-12-01'", "CHECK constraint failed"),
])
def test_the_fact_table_refuses_rows_its_contract_forbids(seeds_build, tmp_path, change, failed):
    # row-level rules of the contracted models are constraints, enforced as each table is written
    copy = tmp_path / "copy.duckdb"
    shutil.copy(seeds_build.warehouse, copy)
    con = duckdb.connect(str(copy))
    try:
        con.execute("create temp table bad as select * from fct_park_metric where unit = 'CNY' limit 1")
        con.execute(f"update bad set fact_id = 'x', {change}")
        with pytest.raises(duckdb.ConstraintException, match=failed):
            con.execute("insert into fct_park_metric select * from bad")
    finally:
        con.close()


@pytest.mark.parametrize(("table", "change", "failed"), [
    # a key is a primary key or a unique constraint, not a test
    ("int_parks__resolved", "park_key = 'x'", "Duplicate key"),  # park_id repeated
    ("int_parks__resolved", "park_id = 'x'", "Duplicate key"),  # park_key repeated
    ("mart_park_rankings", "ranking_id = 'x'", "Duplicate key"),  # fact_id repeated
    # rules between columns of a row
    ("mart_document_ledger", "doc = 'x', status = 'rejected', reason = null", "CHECK constraint failed"),
    ("mart_document_ledger", "doc = 'x', status = 'parsed_without_facts', n_metric_facts = 3", "CHECK constraint failed"),
    ("mart_target_progress", "target_fact_id = 'x', status = 'not_judgeable', not_judgeable_reason = null",
     "CHECK constraint failed"),
    # the hand-edited reference files, through the models built on them
    ("stg_cny_usd_rates", "cny_per_usd = 6.5", "Duplicate key"),  # a second rate for a year
    ("stg_cny_usd_rates", "year = 1901", "CHECK constraint failed"),
    ("dim_metric", "metric = 'x', measure = 'sometimes'", "CHECK constraint failed"),
    ("dim_unit", "unit = 'acre'", "CHECK constraint failed"),
])
def test_keys_and_rules_are_constraints(seeds_build, tmp_path, table, change, failed):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(seeds_build.warehouse, copy)
    con = duckdb.connect(str(copy))
    try:
        con.execute(f"create temp table bad as select * from {table} limit 1")
        assert con.execute("select count(*) from bad").fetchone()[0] == 1
        con.execute(f"update bad set {change}")
        with pytest.raises(duckdb.ConstraintException, match=failed):
            con.execute(f"insert into {table} select * from bad")
    finally:
        con.close()


def test_dbt_build_has_no_warnings(seeds_build):
    log = (seeds_build.warehouse.parent / "build.log").read_text(encoding="utf-8")
    summary = re.search(r"Done\. PASS=(\d+) WARN=(\d+) ERROR=(\d+) SKIP=(\d+)", log)
    manifest = json.loads((ROOT / "dbt_project" / "target" / "manifest.json").read_text(encoding="utf-8"))
    nodes = sum(1 for node in manifest["nodes"].values() if node["resource_type"] in ("model", "seed", "test"))
    assert summary and summary.group(2, 3, 4) == ("0", "0", "0") and int(summary.group(1)) == nodes


def test_dbt_unit_tests_run_in_ci_not_in_every_build(seeds_build):
    manifest = json.loads((ROOT / "dbt_project" / "target" / "manifest.json").read_text(encoding="utf-8"))
    unit_tests = manifest["unit_tests"]
    assert len(unit_tests) >= 9
    log = (seeds_build.warehouse.parent / "build.log").read_text(encoding="utf-8")
    finished = re.search(r"Finished running (.*) in ", log)
    assert finished and "data tests" in finished.group(1) and "unit test" not in finished.group(1)
    assert not any(f" {u['name']} " in log for u in unit_tests.values())
    result = seeds_build.zonescope("dbt", "test", "--select", "test_type:unit")
    assert result.returncode == 0, result.stdout[-2000:]
    summary = re.search(r"Done\. PASS=(\d+) WARN=(\d+) ERROR=(\d+)", result.stdout)
    assert summary and summary.groups() == (str(len(unit_tests)), "0", "0")


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

    def rows_of(sql: str) -> list[dict]:
        con = duckdb.connect(str(seeds_build.warehouse), read_only=True)
        try:
            cursor = con.execute(sql)
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        finally:
            con.close()

    results = {}
    for path in queries:
        result = seeds_build.zonescope("sql", "--file", str(path))
        assert result.returncode == 0, (path.name, result.stderr)
        shown = re.search(r"^(\d+) rows", result.stdout, re.MULTILINE)
        rows = rows_of(path.read_text(encoding="utf-8"))
        # useful out of the box: every query finds something in the seeds
        assert shown and int(shown.group(1)) == len(rows) >= 1, (path.name, result.stdout[-500:])
        results[path.stem] = rows

    # league table: by default the park-wide ranking with the most parks ranked
    # (area on the seeds), its top park and value as mart_park_rankings has them
    league = results["league_table"]
    (most_parks,) = seeds_build.query("select max(n_parks_ranked) from mart_park_rankings where industry is null")[0]
    assert {(r["metric"], r["ranking_period"], r["of_n"]) for r in league} == {("area", "undated", most_parks)}
    (top,) = seeds_build.query("""
        select park_name, value from mart_park_rankings
        where metric = 'area' and ranking_period = 'undated' and industry is null and value_rank = 1
    """)
    assert (league[0]["rank"], league[0]["park_name"], league[0]["value"], league[0]["unit"]) == (1, *top, "km2")
    assert top == ("Pingxiang Economic and Technological Development Zone", 119.57)

    # ... and the analyst's own metric in params: USD stated, ranked in CNY, both in readable units
    league_sql = (ROOT / "warehouse" / "queries" / "league_table.sql").read_text(encoding="utf-8")
    assert "null::varchar as metric," in league_sql
    (fdi,) = rows_of(league_sql.replace("null::varchar as metric,", "'foreign_investment' as metric,"))
    assert (fdi["ranking_period"], fdi["unit"], fdi["stated_value"], fdi["stated_unit"]) == ("2021", "CNY 100m (yi)", 229, "USD m")
    assert fdi["value"] == pytest.approx(229e6 * 6.4515 / 1e8, abs=0.01)  # 2021 average rate

    # park history: by default the park with the most facts, every one of them
    history = results["park_history"]
    ((park, n_facts),) = seeds_build.query("""
        select p.park_name, count(*) from fct_park_metric f join dim_park p using (park_id)
        group by p.park_name order by count(*) desc limit 1
    """)
    assert park == "Pingxiang Economic and Technological Development Zone"
    assert {r["park_name"] for r in history} == {park} and len(history) == n_facts
    by_metric = {r["metric"]: (r["value"], r["unit"]) for r in history if r["kind"] == "actual"}
    assert by_metric["operating_revenue"] == (685.7, "CNY 100m (yi)")  # RMB 68.57 billion
    assert by_metric["enterprises"] == (8600, "count") and by_metric["area"] == (119.57, "km2")
    history_sql = (ROOT / "warehouse" / "queries" / "park_history.sql").read_text(encoding="utf-8")
    assert "null::varchar as park_name_like" in history_sql
    ningxiang = rows_of(history_sql.replace("null::varchar as park_name_like", "'Ningxiang' as park_name_like"))
    assert ningxiang and {r["park_name"] for r in ningxiang} == {"Ningxiang High-tech Zone"}

    # targets: money in yi, a count target as the count it is (not 0.0)
    targets = {(r["park_name"], r["metric"], r["industry"]): (r["target"], r["unit"]) for r in results["targets_at_risk"]}
    assert targets[("Ningxiang High-tech Zone", "listed_companies", None)] == (5, "count")
    assert targets[("Ningxiang High-tech Zone", "tax_revenue", None)] == (40, "CNY 100m (yi)")


def test_dbt_docs_generate_runs_clean(seeds_build):
    result = seeds_build.zonescope("dbt", "docs", "generate")
    assert result.returncode == 0, result.stdout[-2000:]
    assert "[WARNING]" not in result.stdout and "Catalog written" in result.stdout


def test_a_new_warehouse_reuses_dbt_parse_state(seeds_build, tmp_path):
    # dbt runs in the build's process, from the warehouse's folder (orchestration/dbt_runner.py):
    # a warehouse in another folder has the same profile, so dbt does not parse the project again,
    # even after `zonescope dbt` by hand (its profile names the live file) saved a state of its own
    from tests.conftest import build_corpus

    seed = sorted(seeds_build.docs.glob("*.txt"))[0]
    first = build_corpus(tmp_path / "a", {seed.name: seed.read_bytes()})
    assert first.result.returncode == 0, first.result.stdout
    assert first.zonescope("dbt", "ls", "--resource-type", "seed").returncode == 0
    second = build_corpus(tmp_path / "b", {seed.name: seed.read_bytes()})
    assert second.result.returncode == 0, second.result.stdout
    log = (second.warehouse.parent / "build.log").read_text(encoding="utf-8")
    assert "Finished running" in log and "Unable to do partial parsing" not in log
    assert second.query("select count(*) from raw.documents")[0][0] == 1
    assert not (ROOT / "dbt_project" / (second.warehouse.name + ".building")).exists()  # dbt wrote where told


def test_a_build_whose_dbt_fails_says_so_and_keeps_the_last_warehouse(seeds_build, tmp_path):
    # dbt runs inside the build's process: its failure must still fail the step, be named in the
    # summary with dbt's own message in the log, and leave the last good warehouse as it was
    import hashlib

    from tests.conftest import environment, zonescope

    warehouse = tmp_path / "warehouse" / "zonescope.duckdb"
    warehouse.parent.mkdir()
    shutil.copy(seeds_build.warehouse, warehouse)
    digest = hashlib.sha256(warehouse.read_bytes()).hexdigest()
    env = {**environment(seeds_build.docs, warehouse), "DBT_TARGET": "no_such_target"}
    result = zonescope("build", env=env, timeout=900)
    assert result.returncode != 0
    assert "  failed step: zonescope_dbt_models" in result.stdout
    assert result.stdout.rstrip().endswith(f"build FAILED (details in {warehouse.parent / 'build.log'})")
    assert "no_such_target" in (warehouse.parent / "build.log").read_text(encoding="utf-8")
    assert hashlib.sha256(warehouse.read_bytes()).hexdigest() == digest


def test_a_subset_of_the_dbt_models_builds_only_what_was_selected(seeds_build, tmp_path):
    # as 'Materialize selected' in the UI: dagster-dbt's own selection reaches dbt in-process
    import subprocess
    import sys

    from tests.conftest import environment

    warehouse = tmp_path / "warehouse" / "zonescope.duckdb"
    warehouse.parent.mkdir()
    shutil.copy(seeds_build.warehouse, warehouse)
    (tmp_path / "home").mkdir()
    env = {**environment(seeds_build.docs, warehouse), "DAGSTER_HOME": str(tmp_path / "home")}
    result = subprocess.run([str(Path(sys.executable).parent / "dagster"), "asset", "materialize",
                             "--select", "dim_metric", "-m", "orchestration.definitions"],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    created = re.findall(r"OK created sql \w+ model main\.(\w+)", out)
    assert created == ["dim_metric"]
    assert "RUN_SUCCESS" in out


def test_a_failed_dbt_command_says_what_failed():
    from orchestration.dbt_runner import DbtCommandFailed, DbtInvocation

    invocation = DbtInvocation(args=["build", "--select", "fct_park_metric"], target_path=ROOT,
                               errors=["Database Error in model fct_park_metric: NOT NULL constraint failed"])
    with pytest.raises(DbtCommandFailed, match=r"^`dbt build --select fct_park_metric` failed:\nDatabase Error"):
        invocation.raise_on_error()
    DbtInvocation(args=["build"], target_path=ROOT, success=True).raise_on_error()  # success raises nothing
