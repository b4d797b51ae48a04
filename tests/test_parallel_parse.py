"""The job `dagster dev` runs: the parse fans out through Dagster's own executor, dbt runs in its step.

One run, because the multiprocess executor's forkserver is started once per
process and keeps the settings of the run that started it (in the UI each
run is a process of its own).
"""

import shutil

import duckdb
from dagster import DagsterEventType, DagsterInstance, execute_job, reconstructable

from tests.conftest import SEEDS


def build_warehouse_job():
    """The job `dagster dev` runs, with the multiprocess executor of the definitions."""
    from orchestration.definitions import defs

    return defs.resolve_job_def("build_warehouse")


def test_the_job_parses_shards_in_parallel_steps_and_publishes_the_warehouse(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    warehouse = tmp_path / "warehouse" / "zonescope.duckdb"
    monkeypatch.setenv("ZONESCOPE_DOCS", str(docs))
    monkeypatch.setenv("ZONESCOPE_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("ZONESCOPE_SHARD_DOCS", "3")  # five documents, two shards
    (tmp_path / "dagster_home").mkdir()
    with DagsterInstance.local_temp(str(tmp_path / "dagster_home")) as instance:
        result = execute_job(reconstructable(build_warehouse_job), instance=instance)
        assert result.success
        starts = {e.step_key: e.dagster_event.pid
                  for e in instance.all_logs(result.run_id, of_type=DagsterEventType.STEP_START)}
        checks = instance.all_logs(result.run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION)
        materialized = {e.dagster_event.asset_key.path[-1] for e in
                        instance.all_logs(result.run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION)}
    shards = sorted(key for key in starts if key.startswith("extracted_facts.parse_shard"))
    assert shards == [f"extracted_facts.parse_shard[shard_00{k}]" for k in range(2)]
    assert len({starts[key] for key in shards}) == 2  # each shard in a process of its own
    # dbt ran inside its own step's process and its tests came back as passed asset checks
    assert checks and all(e.dagster_event.event_specific_data.passed for e in checks)
    assert {"fct_park_metric", "mart_park_rankings", "index_html"} <= materialized
    con = duckdb.connect(str(warehouse), read_only=True)  # published
    try:
        docs_with_facts = con.execute("select count(distinct doc) from raw.metric_mentions").fetchone()[0]
        pingxiang = con.execute("select value from raw.metric_mentions where doc = '000_c416d94e1c20cdb7.txt' "
                                "and metric = 'operating_revenue' and period_end = '2021-12'").fetchall()
        parks = con.execute("select count(*) from dim_park").fetchone()[0]
    finally:
        con.close()
    assert docs_with_facts == 5
    assert pingxiang == [(68_570_000_000.0,)]
    assert parks == 11  # as `zonescope build` finds in the seeds
    assert not warehouse.with_name(warehouse.name + ".building.shards").exists()  # the shards were cleaned up
