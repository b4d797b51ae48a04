"""Run the extractor over raw.documents and load the staging tables of facts."""


from dagster import AssetExecutionContext, AssetKey, AssetSpec, MaterializeResult, multi_asset

from orchestration.extraction import run_extraction
from orchestration.resources import WAREHOUSE_OP_TAGS, WarehouseResource
from orchestration.warehouse import replace_tables

_TABLES = {
    "metric_mentions": "Metric facts: one row per number a document states about an area (FACTS.md fields).",
    "industry_mentions": "Industry facts: an industry a document places in an area, with its role.",
    "entity_mentions": "Parks, zones and districts each document names, with aliases and attributes.",
    "rejected_documents": "Documents that could not be decoded or parsed, each with a one-line reason.",
}


@multi_asset(
    specs=[AssetSpec(["raw", name], description=text, deps=[AssetKey(["raw", "documents"])],
                     group_name="extract", kinds={"python", "duckdb"}) for name, text in _TABLES.items()],
    op_tags=WAREHOUSE_OP_TAGS,
)
def extracted_facts(context: AssetExecutionContext, warehouse: WarehouseResource):
    with warehouse.connect() as con:
        documents = con.sql("select doc, sha256, size_bytes, text, ingest_error from raw.documents order by doc").pl()
        outcome = run_extraction(documents.to_dicts())
        replace_tables(con, "raw", outcome.frames)
    context.log.info(outcome.summary())
    for name in _TABLES:
        yield MaterializeResult(asset_key=["raw", name],
                                metadata={"rows": outcome.frames[name].height, **outcome.metadata()})
