"""Run the parsing core over a batch of documents: facts for the good ones, reasons for the rest.

Documents are parsed in worker processes, so a document that makes the
extractor run away is stopped after its time budget and rejected with a
reason, and the rest of the batch carries on. ``multiprocessing.Pool`` is
used rather than ``concurrent.futures`` because a pool can be terminated,
which is the only way to stop a regular expression stuck in C code.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from orchestration.extract import DocumentFacts, extract_document
from orchestration.staging import facts_frames, rejected_frame

# Seconds a document may take: a base plus time in proportion to its length
# (generous: the extractor reads about half a megabyte a second on one core).
BASE_SECONDS = 20.0
SECONDS_PER_MB = 20.0
# How often a long extraction reports how far it is.
PROGRESS_EVERY = 500


def time_budget(n_chars: int) -> float:
    return BASE_SECONDS + SECONDS_PER_MB * n_chars / 1_000_000


@dataclass
class ExtractionOutcome:
    """What one extraction run produced, as frames keyed by staging table name."""

    frames: dict[str, pl.DataFrame]
    parsed: int
    rejected: int

    def metadata(self) -> dict:
        return {"documents_parsed": self.parsed, "documents_rejected": self.rejected}

    def summary(self) -> str:
        m = self.frames["metric_mentions"].height
        i = self.frames["industry_mentions"].height
        return (f"parsed {self.parsed} documents, rejected {self.rejected}; "
                f"{m} metric facts, {i} industry facts")


def run_extraction(documents: list[dict], processes: int | None = None,
                   extractor: Callable[[str, str], DocumentFacts] = extract_document,
                   budget: Callable[[int], float] = time_budget,
                   on_progress: Callable[[int], None] | None = None) -> ExtractionOutcome:
    """Extract every decodable document; an undecodable, failing or runaway one becomes a rejected row."""
    results: list[DocumentFacts] = []
    rejected: list[dict] = []
    readable = []
    for row in documents:
        if row.get("text") is None:
            rejected.append(_rejection(row, row.get("ingest_error") or "no text"))
        else:
            readable.append(row)
    outcomes = extract_in_workers([(r["doc"], r["text"]) for r in readable], processes, extractor, budget,
                                  on_progress)
    for row in readable:
        outcome = outcomes[row["doc"]]
        if isinstance(outcome, str):
            rejected.append(_rejection(row, outcome))
        else:
            results.append(outcome)
    frames = facts_frames(results)
    frames["rejected_documents"] = rejected_frame(sorted(rejected, key=lambda r: r["doc"]))
    return ExtractionOutcome(frames, len(results), len(rejected))


def _can_spawn() -> bool:
    """Worker processes re-import the main module; a program read from stdin cannot be."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    return path is None or os.path.exists(path)


def extract_in_workers(items: list[tuple[str, str]], processes: int | None,
                       extractor: Callable[[str, str], DocumentFacts],
                       budget: Callable[[int], float],
                       on_progress: Callable[[int], None] | None = None) -> dict[str, DocumentFacts | str]:
    """Each document's facts, or the one-line reason it has none; never raises for a document.

    ``on_progress`` hears how many documents are done, every ``PROGRESS_EVERY`` documents.
    """
    done: dict[str, DocumentFacts | str] = {}
    if not items:
        return done
    if not _can_spawn():  # no time budget without workers, but the run still completes
        for doc, text in items:
            try:
                done[doc] = extractor(doc, text)
            except Exception as exc:
                done[doc] = f"extractor failed: {type(exc).__name__}: {exc}"
        return done
    queue = list(items)
    processes = max(1, min(processes or os.cpu_count() or 1, len(queue)))
    context = multiprocessing.get_context("spawn")  # safe inside a threaded Dagster process
    while queue:
        pool = context.Pool(processes)
        try:
            handles = [(doc, text, pool.apply_async(extractor, (doc, text))) for doc, text in queue]
            queue = []
            for i, (doc, text, handle) in enumerate(handles):
                seconds = budget(len(text))
                try:
                    done[doc] = handle.get(timeout=seconds)
                except multiprocessing.TimeoutError:
                    done[doc] = f"extraction stopped after {seconds:.0f} s (the document makes the extractor run away)"
                    # the stuck worker cannot be interrupted: keep what finished, redo the rest in a new pool
                    for later_doc, later_text, later in handles[i + 1:]:
                        if later.ready():
                            done[later_doc] = _collect(later)
                        else:
                            queue.append((later_doc, later_text))
                    break
                except Exception as exc:  # a bug on one document must not stop the corpus
                    done[doc] = f"extractor failed: {type(exc).__name__}: {exc}"
                if on_progress is not None and len(done) % PROGRESS_EVERY == 0:
                    on_progress(len(done))
        finally:
            pool.terminate()
            pool.join()
    return done


def _collect(handle) -> DocumentFacts | str:
    try:
        return handle.get(timeout=0)
    except Exception as exc:
        return f"extractor failed: {type(exc).__name__}: {exc}"


def _rejection(row: dict, reason: str) -> dict:
    return {"doc": row["doc"], "sha256": row.get("sha256"), "size_bytes": row.get("size_bytes"), "reason": reason}
