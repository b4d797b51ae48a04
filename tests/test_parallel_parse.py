"""The parse fans out through Dagster's own executor: one step per shard, in parallel processes."""

import shutil

import duckdb
from dagster import AssetKey, DagsterEventType, DagsterInstance, execute_job, reconstructable

from tests.conftest import SEEDS

EXTRACTION = [AssetKey(["raw", name]) for name in
              ("documents", "document_history", "metric_mentions", "industry_mentions", "entity_mentions",
               "rejected_documents")]


def build_warehouse_job():
    """The job `dagster dev` runs, with the multiprocess executor of the definitions."""
    from orchestration.definitions import defs

    return defs.resolve_job_def("build_warehouse")


def test_shards_are_parsed_by_parallel_dagster_steps(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    warehouse = tmp_path / "warehouse" / "zonescope.duckdb"
    monkeypatch.setenv("ZONESCOPE_DOCS", str(docs))
    monkeypatch.setenv("ZONESCOPE_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("ZONESCOPE_SHARD_DOCS", "3")  # five documents, two shards
    (tmp_path / "dagster_home").mkdir()
    with DagsterInstance.local_temp(str(tmp_path / "dagster_home")) as instance:
        result = execute_job(reconstructable(build_warehouse_job), instance=instance, asset_selection=EXTRACTION)
        assert result.success
        starts = [e for e in instance.all_logs(result.run_id, of_type=DagsterEventType.STEP_START)
                  if e.step_key.startswith("extracted_facts.parse_shard")]
    assert sorted(e.step_key for e in starts) == [f"extracted_facts.parse_shard[shard_00{k}]" for k in range(2)]
    assert len({e.dagster_event.pid for e in starts}) == 2  # each shard in a process of its own
    building = warehouse.with_name(warehouse.name + ".building")  # not published: only extraction ran
    con = duckdb.connect(str(building), read_only=True)
    try:
        docs_with_facts = con.execute("select count(distinct doc) from raw.metric_mentions").fetchone()[0]
        pingxiang = con.execute("select value from raw.metric_mentions where doc = '000_c416d94e1c20cdb7.txt' "
                                "and metric = 'operating_revenue' and period_end = '2021-12'").fetchall()
    finally:
        con.close()
    assert docs_with_facts == 5
    assert pingxiang == [(68_570_000_000.0,)]
    assert not warehouse.with_name(warehouse.name + ".building.shards").exists()  # the shards were cleaned up
