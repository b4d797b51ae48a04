"""Run the parsing core over a batch of documents: facts for the good ones, reasons for the rest.

Documents are parsed in worker processes, so a document that makes the
extractor run away is stopped after its time budget and rejected with a
reason, and the rest of the batch carries on. ``multiprocessing.Pool`` is
used rather than ``concurrent.futures`` because a pool can be terminated,
which is the only way to stop a regular expression stuck in C code.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import multiprocessing.pool
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from orchestration.extract import DocumentFacts
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
                   extractor: Callable[[str, str], DocumentFacts] | None = None,
                   budget: Callable[[int], float] = time_budget,
                   on_progress: Callable[[int], None] | None = None) -> ExtractionOutcome:
    """Extract every decodable document; an undecodable, failing or runaway one becomes a rejected row.

    ``extractor`` defaults to the parsing core's ``extract_document``.
    """
    extractor = extractor or _parse
    rejected: list[dict] = []
    readable = []
    for row in documents:
        if row.get("text") is None:
            rejected.append(_rejection(row, row.get("ingest_error") or "no text"))
        else:
            readable.append(row)
    items = [(r["doc"], r["text"]) for r in readable]
    parts, failures = extract_in_workers(items, processes, extractor, budget, on_progress)
    rejected += [_rejection(row, failures[row["doc"]]) for row in readable if row["doc"] in failures]
    frames = _in_document_order(parts, [doc for doc, _ in items])
    frames["rejected_documents"] = rejected_frame(sorted(rejected, key=lambda r: r["doc"]))
    return ExtractionOutcome(frames, len(readable) - len(failures), len(rejected))


def _parse(doc: str, text: str) -> DocumentFacts:
    """The parsing core's ``extract_document``, imported in the worker that calls it.

    Handing workers this function rather than the core's own spares the
    process that only schedules them from importing the extractor (most of
    a second: compiling its patterns).
    """
    from orchestration.extract.pipeline import extract_document

    return extract_document(doc, text)


def _in_document_order(parts: list[dict[str, pl.DataFrame]], order: list[str]) -> dict[str, pl.DataFrame]:
    """The chunks' frames as one frame per table, rows in the order of the documents given.

    Chunks come back in any order (a chunk taken apart after a runaway comes
    last); a stable sort on each document's position restores the order a
    single process would have produced.
    """
    position = {doc: i for i, doc in enumerate(order)}
    frames = {}
    for name, empty in facts_frames([]).items():
        tables = [part[name] for part in parts if part[name].height]
        if not tables:
            frames[name] = empty
            continue
        table = pl.concat(tables, how="vertical")
        at = table["doc"].replace_strict(position, return_dtype=pl.Int64)
        frames[name] = table.with_columns(at.alias("_at")).sort("_at", maintain_order=True).drop("_at")
    return frames


def _can_spawn() -> bool:
    """Worker processes re-import the main module; a program read from stdin cannot be."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    return path is None or os.path.exists(path)


def extract_in_workers(items: list[tuple[str, str]], processes: int | None,
                       extractor: Callable[[str, str], DocumentFacts],
                       budget: Callable[[int], float],
                       on_progress: Callable[[int], None] | None = None,
                       ) -> tuple[list[dict[str, pl.DataFrame]], dict[str, str]]:
    """The facts of every document as frames (one set per chunk), and why each failed one failed.

    Never raises for a document. Workers take documents in chunks
    (``_chunks``) and turn their facts into frames themselves: one task per
    document, with its facts sent back as Python objects and tabulated here,
    cost as much as the parse, so two workers ran no faster than one process.
    A chunk has the time budget of its characters; a chunk that runs out of
    time is taken apart and its documents are tried one by one, so the
    runaway document is stopped after its own budget and the others are
    parsed. ``on_progress`` hears how many documents are done, about every
    ``PROGRESS_EVERY`` documents.
    """
    parts: list[dict[str, pl.DataFrame]] = []
    failures: dict[str, str] = {}
    if not items:
        return parts, failures
    if not _can_spawn():  # no time budget without workers, but the run still completes
        frames, failed = _extract_chunk(extractor, items)
        return [frames], failed
    processes = max(1, min(processes or os.cpu_count() or 1, len(items)))
    queue = _chunks(items, processes)
    done = reported = 0

    def finished(chunk: list[tuple[str, str]], result: tuple[dict[str, pl.DataFrame], dict[str, str]]) -> None:
        nonlocal done
        parts.append(result[0])
        failures.update(result[1])
        done += len(chunk)

    while queue:
        pool = _pool(processes)
        intact = False
        try:
            handles = [(chunk, pool.apply_async(_extract_chunk, (extractor, chunk))) for chunk in queue]
            queue = []
            for i, (chunk, handle) in enumerate(handles):
                seconds = budget(sum(len(text) for _, text in chunk))
                try:
                    finished(chunk, handle.get(timeout=seconds))
                except multiprocessing.TimeoutError:
                    if len(chunk) == 1:
                        failures[chunk[0][0]] = (f"extraction stopped after {seconds:.0f} s "
                                                 "(the document makes the extractor run away)")
                        done += 1
                    else:  # one of these runs away: each is tried alone
                        queue.extend([item] for item in chunk)
                    # the stuck worker cannot be interrupted: keep what finished, redo the rest in a new pool
                    for later_chunk, later in handles[i + 1:]:
                        if later.ready():
                            try:
                                finished(later_chunk, later.get(timeout=0))
                            except Exception:
                                queue.extend(_split_or_fail(later_chunk, failures))
                        else:
                            queue.append(later_chunk)
                    break
                except Exception:  # the chunk's results could not come back: each is tried alone
                    queue.extend(_split_or_fail(chunk, failures))
                if on_progress is not None and done - reported >= PROGRESS_EVERY:
                    reported = done
                    on_progress(reported)
            else:
                intact = True
        finally:
            if not intact:  # a worker may be stuck, or the run is being stopped
                stop_workers()
    return parts, failures


# One pool per process, kept between batches: starting workers (each imports the
# extractor) took about a second and a half, paid again by every shard of a build.
_POOLS: dict[int, multiprocessing.pool.Pool] = {}
_STARTED: set[int] = set()  # ids of the pools whose workers are known to have started


def start_workers(processes: int | None = None) -> None:
    """Start a pool's workers now and return at once; the first batch finds them ready.

    A build starts them before it imports Dagster and dbt (about four
    seconds), so that their own start (Python, the extractor, polars: about
    a second, on the other core) is done by the time the first shard is
    parsed: a build that adds one document no longer waits for it.
    """
    if _can_spawn():
        _pool(processes or os.cpu_count() or 1, wait=False)


def _pool(processes: int, wait: bool = True) -> multiprocessing.pool.Pool:
    """A pool of at least ``processes`` workers: the kept one if it is large enough, else a new one.

    A batch smaller than the pool uses part of it: starting a smaller pool
    for it would cost a second to save nothing.
    """
    size, pool = next(((size, kept) for size, kept in _POOLS.items() if size >= processes), (processes, None))
    if pool is None:
        stop_workers()
        context = multiprocessing.get_context("spawn")  # safe inside a threaded Dagster process
        pool = _POOLS[size] = context.Pool(size, initializer=None if wait else _yield_to_the_build)
        if not wait:
            pool.map_async(_started, range(size))
    if wait and id(pool) not in _STARTED:
        _wait_until_started(pool, size)
        _STARTED.add(id(pool))
    return pool


# how much lower a worker started ahead runs while it warms up (see _yield_to_the_build)
_WARM_UP_NICENESS = 10
_lowered = False  # in a worker: its priority was lowered for its warm-up


def _yield_to_the_build() -> None:
    """Run in a worker started ahead: give way to the process that started it while it warms up.

    Workers started ahead import their code while the build imports
    Dagster and dbt; on two cores, at the same priority, they slowed that
    down by a second, a loss for every build that then had nothing to parse.
    Once warm, a worker takes its priority back where the system lets a
    process raise it (root, CAP_SYS_NICE); elsewhere it parses at the lower
    one, which only slows it while other work wants the same cores.
    """
    global _lowered
    os.nice(_WARM_UP_NICENESS)
    _lowered = True


def _restore_priority() -> None:
    global _lowered
    if _lowered:
        _lowered = False
        with contextlib.suppress(OSError):  # an unprivileged process may not raise its priority again
            os.nice(-_WARM_UP_NICENESS)


def _wait_until_started(pool: multiprocessing.pool.Pool, processes: int, patience: float = 120.0) -> None:
    """Return once every worker has started and imported the extractor, or after ``patience`` seconds.

    A chunk's time budget is counted from when its result is awaited. A new
    pool's workers first start Python and import the extractor (a second
    and a half, several on a busy machine), which must not count against the
    first documents: on a loaded machine it once made good documents look
    like runaways right after a pool was replaced.
    """
    seen: set[int] = set()
    deadline = time.monotonic() + patience
    while len(seen) < processes and time.monotonic() < deadline:
        try:
            seen.update(pool.map_async(_started, range(processes)).get(timeout=max(0.1, deadline - time.monotonic())))
        except multiprocessing.TimeoutError:
            return


def _started(_: int) -> int:
    """Run in a worker: parses a short text, then gives the worker's pid.

    Parsing it and sending its frames back loads everything a first chunk
    would (the extractor's patterns, polars and its Arrow writer), so none of
    it is counted against a document's budget. It lingers a moment so that
    each worker of the pool takes one.
    """
    import pickle

    pickle.dumps(_extract_chunk(_parse, [("warm-up", "In 2023 the zone's output value rose 8% to "
                                                                "12 billion yuan.")]))
    _restore_priority()
    time.sleep(0.05)
    return os.getpid()


def stop_workers() -> None:
    """Stop the kept workers, stuck ones included: terminating is the only way to stop a regex in C."""
    for pool in _POOLS.values():
        pool.terminate()
        pool.join()
    _POOLS.clear()
    _STARTED.clear()


atexit.register(stop_workers)  # before the interpreter tears down what a pool needs to stop


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
                   chunk: list[tuple[str, str]]) -> tuple[dict[str, pl.DataFrame], dict[str, str]]:
    """Run in a worker: the chunk's facts as frames, and why each failed document failed.

    A bug on one document must not lose the chunk. The frames travel back as
    Arrow buffers, far cheaper to send than the facts as Python objects.
    """
    results: list[DocumentFacts] = []
    failed: dict[str, str] = {}
    for doc, text in chunk:
        try:
            results.append(extractor(doc, text))
        except Exception as exc:
            failed[doc] = f"extractor failed: {type(exc).__name__}: {exc}"
    return facts_frames(results), failed


def _split_or_fail(chunk: list[tuple[str, str]], failures: dict[str, str]) -> list[list[tuple[str, str]]]:
    """A chunk whose task failed as a whole: its documents to try alone, or the one rejected."""
    if len(chunk) > 1:
        return [[item] for item in chunk]
    failures[chunk[0][0]] = "extractor failed: its result could not be returned from the worker"
    return []


def _rejection(row: dict, reason: str) -> dict:
    return {"doc": row["doc"], "sha256": row.get("sha256"), "size_bytes": row.get("size_bytes"), "reason": reason}
