"""Ingest every file of the docs folder into raw.documents, and record what changed."""

from pathlib import Path

from dagster import AssetExecutionContext, AssetKey, AssetSpec, MaterializeResult, MetadataValue, multi_asset

from orchestration import settings
from orchestration.incremental import ingest_folder
from orchestration.previews import table_preview
from orchestration.resources import PIPELINE_OWNERS, WAREHOUSE_OP_TAGS, DocsFolderResource, WarehouseResource
from orchestration.warehouse import scalar


@multi_asset(
    specs=[
        AssetSpec(["raw", "documents"], group_name="ingest", kinds={"python", "duckdb"}, owners=PIPELINE_OWNERS,
                  description="Every file of the docs folder: name, sha256, size, decoded text, detected "
                              "document date, and why it could not be decoded when it could not."),
        AssetSpec(["raw", "document_history"], group_name="ingest", kinds={"python", "duckdb"}, owners=PIPELINE_OWNERS,
                  description="Files added, changed or deleted since the previous ingestion, with when: "
                              "the ledger's history."),
    ],
    op_tags=WAREHOUSE_OP_TAGS,
)
def raw_documents(context: AssetExecutionContext, docs: DocsFolderResource, warehouse: WarehouseResource):
    with warehouse.writer(context) as con:
        done = ingest_folder(con, Path(docs.path), settings.max_document_bytes())
        history_rows = scalar(con, "select count(*) from raw.document_history")
        _, documents_preview = table_preview(con, "raw.documents")
        _, history_preview = table_preview(con, "(select * from raw.document_history order by observed_at desc)")
    changes = done.changes
    context.log.info(f"ingested {done.files} files from {docs.path} ({done.read} read, {done.unchanged} unchanged "
                     f"since the last ingestion), {done.not_parsed} not parsed (not readable as text, or a copy "
                     f"of another file); {changes['added']} added, {changes['changed']} changed, "
                     f"{changes['deleted']} deleted")
    yield MaterializeResult(asset_key=AssetKey(["raw", "documents"]), metadata={
        "dagster/row_count": done.files,
        "files": done.files,
        "files_read": done.read,
        "not_parsed": done.not_parsed,
        "preview": MetadataValue.md(documents_preview),
        "docs_folder": MetadataValue.path(docs.path),
    })
    yield MaterializeResult(asset_key=AssetKey(["raw", "document_history"]), metadata={
        **{f"files_{event}": n for event, n in changes.items()}, "dagster/row_count": history_rows,
        "preview": MetadataValue.md(history_preview)})
