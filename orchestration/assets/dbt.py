"""The dbt models as Dagster assets; dbt tests become asset checks."""


import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from dagster import AssetExecutionContext, AssetKey, MetadataValue, Output
from dagster_dbt import DagsterDbtTranslator, dbt_assets

from orchestration import dbt_state
from orchestration.previews import table_preview
from orchestration.project import dbt_project
from orchestration.resources import MODEL_OWNERS, WAREHOUSE_OP_TAGS, WarehouseResource, ZonescopeDbtCli
from orchestration.warehouse import connect

_GROUPS = {"staging": "dbt_staging", "intermediate": "dbt_intermediate"}


class ZonescopeTranslator(DagsterDbtTranslator):
    """Groups that read well in the lineage graph: staging, intermediate, core, marts."""

    def get_owners(self, dbt_resource_props: Mapping[str, Any]) -> Sequence[str] | None:
        return MODEL_OWNERS

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props.get("resource_type") == "seed":
            return "reference"
        fqn = dbt_resource_props.get("fqn", [])
        folder = fqn[1] if len(fqn) > 2 else ""
        if folder in _GROUPS:
            return _GROUPS[folder]
        return "marts" if dbt_resource_props.get("name", "").startswith("mart_") else "core"


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project,
            dagster_dbt_translator=ZonescopeTranslator(), op_tags=WAREHOUSE_OP_TAGS)
def zonescope_dbt_models(context: AssetExecutionContext, dbt: ZonescopeDbtCli, warehouse: WarehouseResource):
    """Build (run and test) the selected dbt models in the build copy of the warehouse."""
    with warehouse.building(context) as target:
        # the incremental staging models are rebuilt whole after a change to their SQL or the extractor
        current = dbt_state.fingerprint(Path(dbt_project.project_dir))
        with connect(target, read_only=True) as con:
            full_refresh = dbt_state.needs_full_refresh(con, current)
        # dbt runs in this process (orchestration/dbt_runner.py) and holds the file while it runs;
        # its results are then enriched with row counts and a preview of the top rows
        args = ["build", *PIPELINE_BUILD_ARGS, *(["--full-refresh"] if full_refresh else [])]
        invocation = dbt.invoke(args, context=context, database=target)
        if full_refresh and invocation.success and _incremental_models(context) <= context.selected_asset_keys:
            with connect(target) as con:
                dbt_state.record(con, current)
        with connect(target, read_only=True) as con:
            for event in invocation.asset_events(context):
                yield _with_preview(con, event)
        invocation.raise_on_error()


# dbt's unit tests check the models' SQL against fixed inputs, not the data: they belong in
# development and CI (tests/test_build.py runs them), not in every build of the warehouse,
# where their fixture tables cost about as much as all the models together.
# dbt's own debug log (logs/dbt.log) and JSON artifacts (manifest.json written twice,
# run_results.json) are left out too: dbt's events reach dagster-dbt through a callback
# (orchestration/dbt_runner.py), its log lines go to build.log, and the artifacts cost about
# a second and a half of every build. Colours would only litter build.log.
PIPELINE_BUILD_ARGS = ["--exclude-resource-type", "unit_test", "--no-write-json", "--log-level-file", "none",
                       "--no-use-colors"]


def _incremental_models(context: AssetExecutionContext) -> set[AssetKey]:
    """The asset keys of the dbt models materialized incrementally (the staging tables of mentions)."""
    manifest = json.loads(Path(dbt_project.manifest_path).read_text(encoding="utf-8"))
    translator = ZonescopeTranslator()
    return {translator.get_asset_spec(manifest, unique_id, dbt_project).key
            for unique_id, node in manifest["nodes"].items()
            if node["resource_type"] == "model" and node["config"].get("materialized") == "incremental"}


def _with_preview(con, event):
    """A model's materialization with its row count and first rows, for the lineage graph."""
    if not isinstance(event, Output):
        return event
    unique_id = event.metadata.get("unique_id")
    kind, _, name = (unique_id.value if unique_id is not None else "").partition(".")
    if kind not in ("model", "seed"):
        return event
    name = name.split(".")[-1]  # every model and seed builds into the main schema
    try:
        count, preview = table_preview(con, name)
    except Exception:  # a view of a dropped table, a seed not yet loaded: no preview, no failure
        return event
    return event.with_metadata({**event.metadata, "dagster/row_count": count, "preview": MetadataValue.md(preview)})
