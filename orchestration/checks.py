"""Python asset checks, where a rule is about files rather than SQL rows."""


import os
from pathlib import Path

from dagster import AssetCheckResult, AssetCheckSeverity, AssetKey, asset_check

from orchestration.resources import WAREHOUSE_OP_TAGS, DocsFolderResource, WarehouseResource
from orchestration.warehouse import first_row


@asset_check(asset=AssetKey(["raw", "rejected_documents"]), blocking=False, op_tags=WAREHOUSE_OP_TAGS,
             description="Every ingested file is either parsed or rejected with a reason, never both, never lost.")
def every_file_accounted_for(warehouse: WarehouseResource) -> AssetCheckResult:
    with warehouse.reader() as con:
        # lost: undecodable yet not rejected; twice: rejected yet with facts
        lost, twice = first_row(con, """
            select
                (select count(*) from raw.documents
                  where text is null and doc not in (select doc from raw.rejected_documents)),
                (select count(*) from raw.rejected_documents
                  where doc in (select doc from raw.metric_mentions)
                     or doc not in (select doc from raw.documents))
        """)
    return AssetCheckResult(passed=lost == 0 and twice == 0, metadata={"lost": lost, "counted_twice": twice})


# Above this share of parsed documents without a single fact, the extractor or the corpus has changed.
MAX_SHARE_WITHOUT_FACTS = 0.5


@asset_check(asset=AssetKey(["raw", "metric_mentions"]), blocking=False, op_tags=WAREHOUSE_OP_TAGS,
             description=f"At most {MAX_SHARE_WITHOUT_FACTS:.0%} of the parsed documents yield no metric fact: "
                         "more means the documents are off-genre or the extractor has regressed.")
def few_documents_without_facts(warehouse: WarehouseResource) -> AssetCheckResult:
    with warehouse.reader() as con:
        parsed, without = first_row(con, """
            select count(*),
                   count(*) filter (where doc not in (select doc from raw.metric_mentions where metric <> 'other'))
            from raw.documents where text is not null
              and doc not in (select doc from raw.rejected_documents)
        """)
    share = without / parsed if parsed else 0.0
    return AssetCheckResult(passed=share <= MAX_SHARE_WITHOUT_FACTS, severity=AssetCheckSeverity.WARN,
                            metadata={"parsed_documents": parsed, "without_facts": without,
                                      "share_without_facts": round(share, 3)})


@asset_check(asset=AssetKey(["mart_document_ledger"]), blocking=False, op_tags=WAREHOUSE_OP_TAGS,
             description="The ledger holds exactly one row for every file ingested, and says how many files "
                         "the docs folder holds now (a difference means files changed since the build read it).")
def ledger_has_one_row_per_file(warehouse: WarehouseResource, docs: DocsFolderResource) -> AssetCheckResult:
    with warehouse.reader() as con:
        missing, doubled, rows = first_row(con, """
            select
                (select count(*) from raw.documents
                  where doc not in (select doc from main.mart_document_ledger)),
                (select count(*) from (select doc from main.mart_document_ledger group by doc having count(*) > 1)),
                (select count(*) from main.mart_document_ledger)
        """)
    folder = Path(docs.path)
    in_folder = len(os.listdir(folder)) if folder.is_dir() else 0  # names only: no stat of 100,000 files
    return AssetCheckResult(passed=missing == 0 and doubled == 0,
                            metadata={"ledger_rows": rows, "files_missing": missing, "files_twice": doubled,
                                      "files_in_folder_now": in_folder})
