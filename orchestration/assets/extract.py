"""Run the extractor over raw.documents and load the staging tables of facts.

A graph of three ops rather than one asset function, so that parsing, the
only step whose cost grows with the corpus, is fanned out by Dagster itself:
``plan_shards`` deals the new or changed documents into shards (a dynamic
output each), ``parse_shard`` runs once per shard wherever the executor puts
it (worker processes under the multiprocess executor, pods or tasks on a
cluster), and ``load_facts`` stores every shard's results in the cache and
assembles the staging tables. Only the first and the last step open the
single-writer warehouse.
"""

import multiprocessing
import os
from pathlib import Path

from dagster import (
    AssetIn,
    AssetOut,
    DynamicOut,
    DynamicOutput,
    In,
    MetadataValue,
    Nothing,
    OpExecutionContext,
    Out,
    Output,
    graph_multi_asset,
    op,
)

from orchestration import incremental, settings, shards
from orchestration.extraction import run_extraction, stop_workers
from orchestration.previews import markdown_table, table_preview
from orchestration.publishing import building_path
from orchestration.resources import PIPELINE_OWNERS, WAREHOUSE_OP_TAGS, WarehouseResource
from orchestration.warehouse import frame, scalar

_TABLES = {
    "metric_mentions": "Metric facts: one row per number a document states about an area (FACTS.md fields).",
    "industry_mentions": "Industry facts: an industry a document places in an area, with its role.",
    "entity_mentions": "Parks, zones and districts each document names, with aliases and attributes.",
    "rejected_documents": "Documents that could not be decoded or parsed, each with a one-line reason.",
    "parsed_documents": "The documents whose facts the three tables above hold: name and content hash.",
}


@op(ins={"ingested": In(Nothing)}, out=DynamicOut(str), tags=WAREHOUSE_OP_TAGS)
def plan_shards(context: OpExecutionContext, warehouse: WarehouseResource):
    """Deal the documents this extractor has not parsed yet into shards on disk."""
    with warehouse.writer(context) as con:
        incremental.ensure_cache(con)
        to_parse = frame(con, incremental.TO_PARSE_SQL, [incremental.extractor_version()])
    folder = shards.work_dir(building_path(warehouse.live), context.run_id)
    shards.remove(folder)
    paths = shards.write_shards(to_parse, folder, os.cpu_count() or 1, settings.docs_per_shard())
    context.log.info(f"{to_parse.height} new or changed documents to parse, in {len(paths)} shards")
    for path in paths:  # always at least one, so that load_facts runs on an unchanged folder too
        yield DynamicOutput(str(path), mapping_key=path.stem)


@op
def parse_shard(context: OpExecutionContext, shard: str) -> str:
    """Parse one shard's documents, each within its time budget; write the results beside it."""
    documents = shards.read_shard(Path(shard))
    # under the multiprocess executor every shard is already a process of its own, one per core:
    # one worker each (still needed for the time budget); run in-process, a worker per core
    workers = 1 if multiprocessing.parent_process() is not None else None
    outcome = run_extraction(documents, processes=workers, on_progress=lambda n: context.log.info(
        f"{Path(shard).stem}: parsed {n} of {len(documents)} documents"))
    context.log.info(f"{Path(shard).stem}: {outcome.summary()}")
    return str(shards.write_results(Path(shard), outcome.frames))


@op(out={name: Out(Nothing) for name in _TABLES}, tags=WAREHOUSE_OP_TAGS)
def load_facts(context: OpExecutionContext, warehouse: WarehouseResource, results: list[str]):
    """Cache every shard's results by content hash, then assemble the staging tables for the folder."""
    stop_workers()  # every shard is parsed: the workers kept between shards would only hold memory now
    documents, frames = shards.gather([Path(result) for result in results])
    parsed_now, rejected_now = len(documents), frames["rejected_documents"].height
    with warehouse.writer(context) as con:
        incremental.store(con, documents, frames)
        del frames  # up to a million facts: let them go before the views are assembled and counted
        rows = incremental.assemble(con)
        total = scalar(con, "select count(*) from raw.documents")
        rejected = scalar(con, "select count(*) from raw.rejected_documents")
        previews = {name: table_preview(con, f"raw.{name}")[1] for name in _TABLES}
        per_metric = con.execute("select metric, count(*) as facts, count(distinct doc) as documents "
                                 "from raw.metric_mentions group by metric order by facts desc").fetchall()
    if results:
        shards.remove(Path(results[0]).parent)
    context.log.info(f"parsed {parsed_now} new or changed documents ({rejected_now} rejected), "
                     f"reused {total - parsed_now} from the cache")
    for name in _TABLES:
        metadata = {"dagster/row_count": rows[name], "documents_parsed_now": parsed_now,
                    "documents_in_folder": total, "documents_parsed": total - rejected,
                    "documents_rejected": rejected, "extractor_version": incremental.extractor_version(),
                    "preview": MetadataValue.md(previews[name])}
        if name == "metric_mentions":
            metadata["facts_per_metric"] = MetadataValue.md(
                markdown_table(["metric", "facts", "documents"], per_metric))
        yield Output(None, output_name=name, metadata=metadata)


@graph_multi_asset(
    outs={name: AssetOut(key=["raw", name], description=text, kinds={"python", "duckdb"},
                         owners=PIPELINE_OWNERS, dagster_type=Nothing)
          for name, text in _TABLES.items()},
    ins={"documents": AssetIn(key=["raw", "documents"], dagster_type=Nothing),
         "document_history": AssetIn(key=["raw", "document_history"], dagster_type=Nothing)},
    group_name="extract",
)
def extracted_facts(documents, document_history):
    """Parse the documents whose content is new to this extractor, shard by shard; reuse the rest."""
    results = plan_shards(ingested=[documents, document_history]).map(parse_shard)
    return load_facts(results=results.collect())
