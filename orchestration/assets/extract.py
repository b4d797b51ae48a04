"""Run the extractor over raw.documents and load the staging tables of facts."""


from dagster import AssetExecutionContext, AssetKey, AssetSpec, MaterializeResult, MetadataValue, multi_asset

from orchestration import incremental
from orchestration.extraction import run_extraction
from orchestration.previews import markdown_table, table_preview
from orchestration.resources import PIPELINE_OWNERS, WAREHOUSE_OP_TAGS, WarehouseResource
from orchestration.warehouse import scalar

# Documents parsed and stored per batch (about 10 MB of text, 100,000 facts).
BATCH = 10_000

_TABLES = {
    "metric_mentions": "Metric facts: one row per number a document states about an area (FACTS.md fields).",
    "industry_mentions": "Industry facts: an industry a document places in an area, with its role.",
    "entity_mentions": "Parks, zones and districts each document names, with aliases and attributes.",
    "rejected_documents": "Documents that could not be decoded or parsed, each with a one-line reason.",
}


@multi_asset(
    specs=[AssetSpec(["raw", name], description=text,
                     deps=[AssetKey(["raw", "documents"]), AssetKey(["raw", "document_history"])],
                     group_name="extract", kinds={"python", "duckdb"}, owners=PIPELINE_OWNERS)
           for name, text in _TABLES.items()],
    op_tags=WAREHOUSE_OP_TAGS,
)
def extracted_facts(context: AssetExecutionContext, warehouse: WarehouseResource):
    """Parse the documents whose content is new to this extractor; reuse the rest from the cache."""
    with warehouse.writer(context) as con:
        to_parse = incremental.documents_to_parse(con)
        rejected_now = 0
        # in batches, each stored before the next is parsed: memory stays flat however large the corpus
        for start in range(0, len(to_parse), BATCH):
            batch = to_parse[start: start + BATCH]
            outcome = run_extraction(batch, on_progress=lambda n, start=start: context.log.info(
                f"parsed {start + n} of {len(to_parse)} documents"))
            incremental.store(con, batch, outcome.frames)
            rejected_now += outcome.rejected
            context.log.info(f"parsed {start + len(batch)} of {len(to_parse)} documents")
        rows = incremental.assemble(con)
        total = scalar(con, "select count(*) from raw.documents")
        rejected = scalar(con, "select count(*) from raw.rejected_documents")
        previews = {name: table_preview(con, f"raw.{name}")[1] for name in _TABLES}
        per_metric = con.execute("select metric, count(*) as facts, count(distinct doc) as documents "
                                 "from raw.metric_mentions group by metric order by facts desc").fetchall()
    context.log.info(f"parsed {len(to_parse)} new or changed documents ({rejected_now} rejected), "
                     f"reused {total - len(to_parse)} from the cache")
    for name in _TABLES:
        metadata = {"dagster/row_count": rows[name], "documents_parsed_now": len(to_parse),
                    "documents_in_folder": total, "documents_parsed": total - rejected,
                    "documents_rejected": rejected, "extractor_version": incremental.extractor_version(),
                    "preview": MetadataValue.md(previews[name])}
        if name == "metric_mentions":
            metadata["facts_per_metric"] = MetadataValue.md(
                markdown_table(["metric", "facts", "documents"], per_metric))
        yield MaterializeResult(asset_key=["raw", name], metadata=metadata)
