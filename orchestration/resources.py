"""Dagster resources: the warehouse connection and the dbt CLI."""


from pathlib import Path

from dagster import ConfigurableResource
from dagster_dbt import DbtCliResource

from orchestration import settings, warehouse
from orchestration.project import dbt_project

# Tag of every step that opens the DuckDB file; the executor runs them one at a time.
WAREHOUSE_TAG = "zonescope/warehouse"
WAREHOUSE_OP_TAGS = {WAREHOUSE_TAG: "duckdb"}


class WarehouseResource(ConfigurableResource):
    """The DuckDB warehouse file; its path comes from ``ZONESCOPE_WAREHOUSE``."""

    path: str

    def connect(self, read_only: bool = False):
        return warehouse.connect(Path(self.path), read_only=read_only)


class DocsFolderResource(ConfigurableResource):
    """The folder of documents; its path comes from ``ZONESCOPE_DOCS``."""

    path: str


def build_resources() -> dict:
    """Resources for the current settings, read at definition-load time."""
    return {
        "warehouse": WarehouseResource(path=str(settings.warehouse_path())),
        "docs": DocsFolderResource(path=str(settings.docs_dir())),
        "dbt": DbtCliResource(project_dir=dbt_project, profiles_dir=str(settings.DBT_PROJECT_DIR)),
    }
