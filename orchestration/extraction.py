"""Run the parsing core over a batch of documents: facts for the good ones, reasons for the rest.

Documents are parsed in worker processes, so a document that makes the
extractor run away is stopped after its time budget and rejected with a
reason, and the rest of the batch carries on. ``multiprocessing.Pool`` is
used rather than ``concurrent.futures`` because a pool can be terminated,
which is the only way to stop a regular expression stuck in C code.
"""

from __future__ import annotations

import atexit
import multiprocessing
import multiprocessing.pool
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

    Workers take documents in chunks (``_chunks``): one task per document cost
    as much in pickling and messages as the parse itself, so two workers ran no
    faster than one process. A chunk has the time budget of its characters; a
    chunk that runs out of time is taken apart and its documents are tried one
    by one, so the runaway document is stopped after its own budget and the
    others are parsed. ``on_progress`` hears how many documents are done,
    about every ``PROGRESS_EVERY`` documents.
    """
    done: dict[str, DocumentFacts | str] = {}
    if not items:
        return done
    if not _can_spawn():  # no time budget without workers, but the run still completes
        for doc, outcome in _extract_chunk(extractor, items):
            done[doc] = outcome
        return done
    processes = max(1, min(processes or os.cpu_count() or 1, len(items)))
    queue = _chunks(items, processes)
    reported = 0
    while queue:
        pool = _pool(processes)
        intact = False
        try:
            handles = [(chunk, pool.apply_async(_extract_chunk, (extractor, chunk))) for chunk in queue]
            queue = []
            for i, (chunk, handle) in enumerate(handles):
                seconds = budget(sum(len(text) for _, text in chunk))
                try:
                    done.update(handle.get(timeout=seconds))
                except multiprocessing.TimeoutError:
                    if len(chunk) == 1:
                        done[chunk[0][0]] = (f"extraction stopped after {seconds:.0f} s "
                                             "(the document makes the extractor run away)")
                    else:  # one of these runs away: each is tried alone
                        queue.extend([item] for item in chunk)
                    # the stuck worker cannot be interrupted: keep what finished, redo the rest in a new pool
                    for later_chunk, later in handles[i + 1:]:
                        if later.ready():
                            _collect(later, later_chunk, done, queue)
                        else:
                            queue.append(later_chunk)
                    break
                except Exception:  # the chunk's results could not come back: each is tried alone
                    _split_or_fail(chunk, done, queue)
                if on_progress is not None and len(done) - reported >= PROGRESS_EVERY:
                    reported = len(done)
                    on_progress(reported)
            else:
                intact = True
        finally:
            if not intact:  # a worker may be stuck, or the run is being stopped
                _discard_pool()
    return done


# One pool per process, kept between batches: starting workers (each imports the
# extractor) took about a second and a half, paid again by every shard of a build.
_POOLS: dict[int, multiprocessing.pool.Pool] = {}


def _pool(processes: int) -> multiprocessing.pool.Pool:
    if processes not in _POOLS:
        _discard_pool()
        context = multiprocessing.get_context("spawn")  # safe inside a threaded Dagster process
        _POOLS[processes] = context.Pool(processes)
    return _POOLS[processes]


def _discard_pool() -> None:
    """Stop the workers, stuck ones included: terminating is the only way to stop a regex in C."""
    for pool in _POOLS.values():
        pool.terminate()
        pool.join()
    _POOLS.clear()


atexit.register(_discard_pool)  # before the interpreter tears down what a pool needs to stop


# Documents per worker task: large enough that messages cost little beside the parse,
# small enough that the workers finish together and a runaway chunk redoes little.
CHUNK_DOCS = 100


def _chunks(items: list[tuple[str, str]], processes: int) -> list[list[tuple[str, str]]]:
    """Consecutive chunks of at most ``CHUNK_DOCS`` documents, at least four per worker.

    >>> [len(c) for c in _chunks([(str(i), "") for i in range(10)], processes=2)]
    [2, 2, 2, 2, 2]
    >>> [len(c) for c in _chunks([(str(i), "") for i in range(1000)], processes=2)]
    [100, 100, 100, 100, 100, 100, 100, 100, 100, 100]
    """
    size = max(1, min(CHUNK_DOCS, -(-len(items) // (processes * 4))))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _extract_chunk(extractor: Callable[[str, str], DocumentFacts],
                   chunk: list[tuple[str, str]]) -> list[tuple[str, DocumentFacts | str]]:
    """Run in a worker: each document's facts, or why it failed (a bug on one must not lose the chunk)."""
    outcomes: list[tuple[str, DocumentFacts | str]] = []
    for doc, text in chunk:
        try:
            outcomes.append((doc, extractor(doc, text)))
        except Exception as exc:
            outcomes.append((doc, f"extractor failed: {type(exc).__name__}: {exc}"))
    return outcomes


def _collect(handle, chunk: list[tuple[str, str]], done: dict, queue: list) -> None:
    try:
        done.update(handle.get(timeout=0))
    except Exception:
        _split_or_fail(chunk, done, queue)


def _split_or_fail(chunk: list[tuple[str, str]], done: dict, queue: list) -> None:
    """A chunk whose task failed as a whole: its documents are tried alone, or the one is rejected."""
    if len(chunk) > 1:
        queue.extend([item] for item in chunk)
    else:
        done[chunk[0][0]] = "extractor failed: its result could not be returned from the worker"


def _rejection(row: dict, reason: str) -> dict:
    return {"doc": row["doc"], "sha256": row.get("sha256"), "size_bytes": row.get("size_bytes"), "reason": reason}
