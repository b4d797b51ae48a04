"""Keep the warehouse current: a sensor that notices new, changed or deleted documents.

The sensor looks only at names, sizes and modification times (a stat of
each file, no reading), so a tick over thousands of files is cheap; the run
it requests hashes the contents and parses only what really changed.
"""

import hashlib
from pathlib import Path

from dagster import (
    AssetSelection,
    DagsterRunStatus,
    RunRequest,
    RunsFilter,
    ScheduleDefinition,
    SensorEvaluationContext,
    SkipReason,
    define_asset_job,
    sensor,
)

from orchestration import settings
from orchestration.documents import scan_folder

build_warehouse = define_asset_job(
    "build_warehouse", selection=AssetSelection.all(),
    description="Ingest the docs folder, extract facts from new or changed documents, and build every dbt model.")


# A run in one of these states may still write the build copy.
IN_PROGRESS = [DagsterRunStatus.QUEUED, DagsterRunStatus.NOT_STARTED, DagsterRunStatus.STARTING,
               DagsterRunStatus.STARTED, DagsterRunStatus.CANCELING]


nightly_build = ScheduleDefinition(
    name="nightly_build", job=build_warehouse, cron_schedule="0 2 * * *", execution_timezone="Asia/Shanghai",
    description="Rebuilds everything every night, so that extractor or model changes reach the warehouse.")


def folder_fingerprint(folder: Path) -> str:
    """A digest of the folder's listing, with the stat keys ingestion compares (``documents.scan_folder``).

    So the sensor asks for a build exactly when ingestion would find a file
    added, removed, or possibly changed (size, times or inode moved).
    """
    digest = hashlib.sha256()
    for name, _, key in scan_folder(folder):
        digest.update(f"{name}\0{key or 'unreadable'}\n".encode())  # a dangling link is listed too
    return digest.hexdigest()


@sensor(job=build_warehouse, minimum_interval_seconds=30,
        description="Requests a build when a file in the docs folder is added, changed or removed.")
def docs_folder_sensor(context: SensorEvaluationContext):
    folder = settings.docs_dir()
    if not folder.is_dir():
        return SkipReason(f"docs folder not found: {folder}")
    fingerprint = folder_fingerprint(folder)
    if fingerprint == context.cursor:
        return SkipReason("no document added, changed or removed")
    busy = context.instance.get_runs(RunsFilter(job_name=build_warehouse.name, statuses=IN_PROGRESS), limit=1)
    if busy:  # the cursor stays: the change is picked up by the first tick after that run
        return SkipReason(f"documents changed; waiting for run {busy[0].run_id} to finish first")
    context.update_cursor(fingerprint)
    return RunRequest(run_key=fingerprint, tags={"zonescope/trigger": "docs folder changed"})
