"""Ingest every file of the docs folder into raw.documents."""


from pathlib import Path

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from orchestration import settings
from orchestration.documents import read_folder
from orchestration.incremental import record_changes
from orchestration.resources import WAREHOUSE_OP_TAGS, DocsFolderResource, WarehouseResource
from orchestration.staging import documents_frame
from orchestration.warehouse import replace_tables


@asset(
    key=["raw", "documents"],
    group_name="ingest",
    kinds={"python", "duckdb"},
    op_tags=WAREHOUSE_OP_TAGS,
    description="Every file of the docs folder: name, sha256, size, decoded text, detected document "
                "date, and why it could not be decoded when it could not.",
)
def raw_documents(context: AssetExecutionContext, docs: DocsFolderResource,
                  warehouse: WarehouseResource) -> MaterializeResult:
    documents = read_folder(Path(docs.path), settings.max_document_bytes())
    frame = documents_frame(documents)
    with warehouse.writer() as con:
        changes = record_changes(con, frame)
        replace_tables(con, "raw", {"documents": frame})
    failed = [d for d in documents if d.ingest_error]
    context.log.info(f"ingested {len(documents)} files from {docs.path}, {len(failed)} undecodable")
    return MaterializeResult(metadata={
        "files": len(documents),
        "undecodable": len(failed),
        **{f"files_{event}": n for event, n in changes.items()},
        "docs_folder": MetadataValue.path(docs.path),
    })
