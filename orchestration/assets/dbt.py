"""The dbt models as Dagster assets; dbt tests become asset checks."""


from collections.abc import Mapping
from typing import Any

from dagster import AssetExecutionContext
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration import publishing
from orchestration.project import dbt_project
from orchestration.resources import WAREHOUSE_OP_TAGS, WarehouseResource

_GROUPS = {"staging": "dbt_staging", "intermediate": "dbt_intermediate"}


class ZonescopeTranslator(DagsterDbtTranslator):
    """Groups that read well in the lineage graph: staging, intermediate, core, marts."""

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
def zonescope_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """Build (run and test) the selected dbt models in the build copy of the warehouse."""
    with publishing.build_lock(warehouse.live):
        publishing.start_build(warehouse.live)
        yield from dbt.cli(["build"], context=context).stream()
