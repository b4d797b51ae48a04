"""Ingest every file of the docs folder into raw.documents, and record what changed."""

from pathlib import Path

from dagster import AssetExecutionContext, AssetKey, AssetSpec, MaterializeResult, MetadataValue, multi_asset

from orchestration import settings
from orchestration.documents import read_folder
from orchestration.incremental import known_documents, record_changes, write_documents
from orchestration.previews import table_preview
from orchestration.resources import PIPELINE_OWNERS, WAREHOUSE_OP_TAGS, DocsFolderResource, WarehouseResource
from orchestration.staging import documents_frame
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
        known = known_documents(con)
        documents = read_folder(Path(docs.path), settings.max_document_bytes(), known)
        reused = {d.doc for d in documents
                  if d.ingest_error is None and d.doc in known and known[d.doc].stat_key == d.stat_key}
        frame = documents_frame(documents)
        changes = record_changes(con, frame)
        write_documents(con, frame, reused)
        history_rows = scalar(con, "select count(*) from raw.document_history")
        _, documents_preview = table_preview(con, "raw.documents")
        _, history_preview = table_preview(con, "(select * from raw.document_history order by observed_at desc)")
    failed = [d for d in documents if d.ingest_error]
    context.log.info(f"ingested {len(documents)} files from {docs.path} ({len(documents) - len(reused)} read, "
                     f"{len(reused)} unchanged since the last ingestion), {len(failed)} not readable as text; "
                     f"{changes['added']} added, {changes['changed']} changed, {changes['deleted']} deleted")
    yield MaterializeResult(asset_key=AssetKey(["raw", "documents"]), metadata={
        "dagster/row_count": len(documents),
        "files": len(documents),
        "not_readable": len(failed),
        "preview": MetadataValue.md(documents_preview),
        "docs_folder": MetadataValue.path(docs.path),
    })
    yield MaterializeResult(asset_key=AssetKey(["raw", "document_history"]), metadata={
        **{f"files_{event}": n for event, n in changes.items()}, "dagster/row_count": history_rows,
        "preview": MetadataValue.md(history_preview)})
