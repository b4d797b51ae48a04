"""The analyst report: a self-contained HTML page written from the published warehouse."""

from pathlib import Path

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from orchestration.assets.publish import published_warehouse
from orchestration.resources import MODEL_OWNERS, WarehouseResource
from orchestration.warehouse import connect


@asset(
    key=["report", "index_html"],
    group_name="report",
    kinds={"html"},
    owners=MODEL_OWNERS,
    deps=[published_warehouse],
    description="warehouse/report/index.html: league tables, growth charts, target progress bars and park "
                "scorecards (Vega-Lite, scripts inlined: opens without a network), and an evidence viewer "
                "that shows each document with its facts highlighted.",
)
def analyst_report(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    # imported here: Altair takes half a second to import, paid otherwise by every process that
    # loads the definitions (each step of a multiprocess run, the UI's code server)
    from orchestration.report import write_report

    out_dir = report_dir(warehouse.live)
    with connect(warehouse.live, read_only=True) as con:
        page = write_report(con, out_dir)
    context.log.info(f"wrote {page}")
    return MaterializeResult(metadata={"report": MetadataValue.path(str(page)),
                                       "size_kb": round(page.stat().st_size / 1024)})


def report_dir(live: Path) -> Path:
    """The report lives beside the warehouse it describes (warehouse/report/ by default)."""
    return live.parent / "report"
