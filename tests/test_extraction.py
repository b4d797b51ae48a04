"""Batch extraction: a runaway or failing document is rejected in bounded time, the rest is kept."""

import os
import time

from orchestration.extraction import run_extraction
from tests.support.slow import hang_on_marker, two_seconds

GOOD = "Suzhou Industrial Park has more than 500 enterprises. In 2020, its GDP reached 280 billion yuan."


def test_runaway_document_is_stopped_and_rejected():
    docs = [
        {"doc": "a.txt", "text": GOOD, "sha256": "a", "size_bytes": 1},
        {"doc": "b.txt", "text": "HANG " + GOOD, "sha256": "b", "size_bytes": 1},
        {"doc": "c.txt", "text": GOOD, "sha256": "c", "size_bytes": 1},
        {"doc": "d.txt", "text": "CRASH", "sha256": "d", "size_bytes": 1},
        {"doc": "e.txt", "text": None, "ingest_error": "empty file", "sha256": "e", "size_bytes": 0},
    ]
    started = time.monotonic()
    outcome = run_extraction(docs, processes=2, extractor=hang_on_marker, budget=two_seconds)
    assert time.monotonic() - started < 30
    reasons = dict(outcome.frames["rejected_documents"].select("doc", "reason").iter_rows())
    assert reasons == {
        "b.txt": "extraction stopped after 2 s (the document makes the extractor run away)",
        "d.txt": "extractor failed: ValueError: simulated bug",
        "e.txt": "empty file",
    }
    metrics = outcome.frames["metric_mentions"]
    assert sorted(set(metrics["doc"])) == ["a.txt", "c.txt"]
    assert (outcome.parsed, outcome.rejected) == (2, 3)


def test_document_without_facts_is_parsed_not_rejected():
    outcome = run_extraction([{"doc": "n.txt", "text": "A delegation visited the zone on Monday.", "sha256": "n",
                               "size_bytes": 40}], processes=1)
    assert (outcome.parsed, outcome.rejected) == (1, 0)
    assert outcome.frames["metric_mentions"].height == 0


def test_pathological_one_line_document_ends_parsed_or_rejected():
    # a megabyte on one line, full of numbers and zone words: no sentence breaks, no structure
    line = "Zone output value 1,234.5 billion yuan up 12% more than 300 enterprises the park " * 12_000
    outcome = run_extraction([{"doc": "p.txt", "text": line, "sha256": "p", "size_bytes": len(line)}],
                             processes=1, budget=lambda n: 60.0)
    assert outcome.parsed + outcome.rejected == 1
    if outcome.rejected:
        assert outcome.frames["rejected_documents"]["reason"][0].startswith("extraction stopped after")


def test_workers_are_kept_between_batches_and_replaced_after_a_runaway():
    from orchestration import extraction

    def workers() -> set[int]:
        return {process.pid for process in extraction._POOLS[2]._pool}

    batch = [{"doc": f"{i}.txt", "text": GOOD, "sha256": str(i), "size_bytes": 1} for i in range(4)]
    assert run_extraction(batch, processes=2).parsed == 4
    first = workers()
    assert run_extraction(batch, processes=2).parsed == 4
    assert workers() == first  # the second batch did not start new workers
    stuck = [*batch, {"doc": "h.txt", "text": "HANG", "sha256": "h", "size_bytes": 1}]
    outcome = run_extraction(stuck, processes=2, extractor=hang_on_marker, budget=two_seconds)
    assert (outcome.parsed, outcome.rejected) == (4, 1)
    assert run_extraction(batch, processes=2).parsed == 4
    assert not workers() & first  # the stuck worker was stopped with its pool


def test_a_new_pool_has_started_its_workers_before_any_budget_runs():
    # starting a worker includes importing the extractor (about 1.5 s); it must be done before
    # the first chunk's time budget runs, not counted against its documents
    from orchestration import extraction
    from tests.support.probe import extractor_loaded

    extraction.stop_workers()
    try:
        answers = extraction._pool(2).map(extractor_loaded, range(8), chunksize=1)
    finally:
        extraction.stop_workers()
    assert all(loaded for _, loaded in answers)


def test_a_batch_smaller_than_the_kept_pool_uses_it_rather_than_starting_another():
    # a build that adds one document once started a one-worker pool for it: a second lost
    from orchestration import extraction

    batch = [{"doc": f"{i}.txt", "text": GOOD, "sha256": str(i), "size_bytes": 1} for i in range(4)]
    assert run_extraction(batch, processes=2).parsed == 4
    workers = {process.pid for process in extraction._POOLS[2]._pool}
    assert run_extraction(batch[:1], processes=1).parsed == 1
    assert list(extraction._POOLS) == [2]
    assert {process.pid for process in extraction._POOLS[2]._pool} == workers


def test_workers_started_ahead_are_the_ones_the_first_batch_uses(tmp_path):
    # once warm, a worker runs at the build's priority where the system allows, else at the lower one
    # of its warm-up; run as a program of its own: the scheduling process must not import the
    # extractor either (its workers do), and a pytest process has imported it long before
    program = tmp_path / "ahead.py"
    program.write_text(
        "import os, sys, time\n"
        "from orchestration import extraction\n"
        "if __name__ == '__main__':\n"
        "    started = time.monotonic()\n"
        "    extraction.start_workers(2)\n"
        "    returned = time.monotonic() - started\n"
        "    ahead = {p.pid for p in extraction._POOLS[2]._pool}\n"
        f"    batch = [{{'doc': 'a.txt', 'text': {GOOD!r}}}]\n"
        "    outcome = extraction.run_extraction(batch)\n"
        "    used = {p.pid for p in extraction._POOLS[2]._pool}\n"
        "    own = os.getpriority(os.PRIO_PROCESS, 0)\n"
        "    warm = all(os.getpriority(os.PRIO_PROCESS, pid) in (own, own + extraction._WARM_UP_NICENESS)\n"
        "               for pid in used)\n"
        "    print(returned < 1.0, ahead == used, warm, outcome.frames['metric_mentions'].height,\n"
        "          'orchestration.extract.pipeline' in sys.modules)\n")
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["True", "True", "True", "2", "False"], done.stderr


def test_a_worker_started_ahead_warms_up_at_a_lower_priority_then_takes_it_back_if_allowed(tmp_path):
    # run as a program of its own: lowering the priority of the test's own process would slow the rest
    program = tmp_path / "priority.py"
    program.write_text(
        "import os\n"
        "from orchestration import extraction\n"
        "own = os.getpriority(os.PRIO_PROCESS, 0)\n"
        "extraction._yield_to_the_build()\n"
        "lowered = os.getpriority(os.PRIO_PROCESS, 0) - own\n"
        "extraction._restore_priority()\n"
        "print(lowered, os.getpriority(os.PRIO_PROCESS, 0) - own)\n")
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=60)
    lowered, after = done.stdout.split()
    assert int(lowered) == 10, done.stderr
    assert int(after) == (0 if os.geteuid() == 0 else 10)  # root may raise its priority again; others may not
