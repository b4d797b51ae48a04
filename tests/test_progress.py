"""The terminal's progress display follows the build's own log lines."""

import io

from orchestration.progress import ProgressLog, progress_display


def test_progress_follows_steps_documents_and_dbt_nodes():
    log = io.StringIO()
    with progress_display() as shown:
        stream = ProgressLog(log, shown)
        task = shown.tasks[0]
        stream.write('2026-11-30 - STEP_START - Started execution of step "extracted_facts.parse_shard[shard_001]".\n')
        assert task.description == "extracting facts (shard_001)" and task.total is None
        stream.write("INFO - shard_001: parsed 500 of 1200 documents\n")
        assert (task.completed, task.total) == (500, 1200)
        stream.write('STEP_START - Started execution of step "zonescope_dbt_models".\n12 of 4')  # a partial line
        assert task.description == "dbt models and tests" and task.completed == 0
        stream.write("00 OK created sql table model main.dim_park\n")
        assert (task.completed, task.total) == (12, 400)
    assert log.getvalue().endswith("main.dim_park\n")  # everything also reaches the log file
