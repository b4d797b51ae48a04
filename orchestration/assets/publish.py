"""Publish the build: the finished copy replaces the warehouse that readers open."""

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from orchestration import publishing
from orchestration.assets.dbt import zonescope_dbt_models
from orchestration.previews import markdown_table
from orchestration.resources import PIPELINE_OWNERS, WAREHOUSE_OP_TAGS, WarehouseResource
from orchestration.warehouse import connect


@asset(
    key=["warehouse", "published"],
    group_name="publish",
    kinds={"duckdb"},
    owners=PIPELINE_OWNERS,
    deps=[zonescope_dbt_models],
    op_tags=WAREHOUSE_OP_TAGS,
    description="Swaps the finished build into place in one step, after every dbt model and test has "
                "passed: readers see the last good warehouse until then, and a failed or killed build "
                "publishes nothing.",
)
def published_warehouse(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    with warehouse.building(context):
        publishing.publish(warehouse.live)
    context.log.info(f"published {warehouse.live}")
    with connect(warehouse.live, read_only=True) as con:
        tables = con.execute("select schema_name || '.' || table_name, estimated_size from duckdb_tables() "
                             "order by 1").fetchall()
    return MaterializeResult(metadata={
        "warehouse": MetadataValue.path(str(warehouse.live)),
        "size_mb": round(warehouse.live.stat().st_size / 1e6, 2),
        "dagster/row_count": sum(rows for _, rows in tables),
        "tables": MetadataValue.md(markdown_table(["table", "rows"], tables)),
    })
