"""The Dagster code location: assembles assets, checks and resources, nothing else."""

import multiprocessing

from dagster import Definitions, multiprocess_executor

from orchestration.assets.dbt import zonescope_dbt_models
from orchestration.assets.extract import extracted_facts
from orchestration.assets.ingest import raw_documents
from orchestration.assets.publish import published_warehouse
from orchestration.assets.report import analyst_report
from orchestration.checks import every_file_accounted_for, few_documents_without_facts, ledger_has_one_row_per_file
from orchestration.resources import WAREHOUSE_TAG, build_resources
from orchestration.sensors import build_warehouse, docs_folder_sensor, nightly_build

defs = Definitions(
    assets=[raw_documents, extracted_facts, zonescope_dbt_models, published_warehouse, analyst_report],
    asset_checks=[every_file_accounted_for, few_documents_without_facts, ledger_has_one_row_per_file],
    jobs=[build_warehouse],
    schedules=[nightly_build],
    sensors=[docs_folder_sensor],
    resources=build_resources(),
    # DuckDB admits one writer: steps that open the warehouse run one at a time,
    # other steps (and other runs' steps) keep the parallel executor.
    # Each step's process is forked from a server that has imported these definitions once
    # per run: a process started afresh spends about 7 s importing Dagster, dbt and the
    # project before its step begins, and a run has a dozen steps.
    executor=multiprocess_executor.configured({
        "tag_concurrency_limits": [{"key": WAREHOUSE_TAG, "value": "duckdb", "limit": 1}],
        "start_method": ({"forkserver": {"preload_modules": ["orchestration.definitions"]}}
                         if "forkserver" in multiprocessing.get_all_start_methods() else {"spawn": {}}),  # Windows
    }),
)
