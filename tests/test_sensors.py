"""The docs-folder sensor requests a build when, and only when, the folder changes."""

import os

from dagster import DagsterInstance, DagsterRun, DagsterRunStatus, RunRequest, SkipReason, build_sensor_context

from orchestration.sensors import docs_folder_sensor


def _tick(instance, cursor):
    context = build_sensor_context(instance=instance, cursor=cursor)
    result = docs_folder_sensor(context)
    return result, context.cursor


def test_sensor_requests_a_build_on_change(tmp_path, monkeypatch):
    monkeypatch.setenv("ZONESCOPE_DOCS", str(tmp_path))
    (tmp_path / "a.txt").write_text("Zone output rose 5%.")
    with DagsterInstance.ephemeral() as instance:
        first, cursor = _tick(instance, None)
        assert isinstance(first, RunRequest)
        again, cursor = _tick(instance, cursor)
        assert isinstance(again, SkipReason)
        (tmp_path / "b.txt").write_text("Another release.")                 # a new document
        added, cursor = _tick(instance, cursor)
        assert isinstance(added, RunRequest) and added.run_key != first.run_key
        os.utime(tmp_path / "a.txt", ns=(1, 1))                             # an edited document
        assert isinstance(_tick(instance, cursor)[0], RunRequest)
        _, cursor = _tick(instance, cursor)
        (tmp_path / "b.txt").unlink()                                       # a deleted document
        assert isinstance(_tick(instance, cursor)[0], RunRequest)
        _, cursor = _tick(instance, cursor)
        os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")        # a link to nothing
        assert isinstance(_tick(instance, cursor)[0], RunRequest)
        _, cursor = _tick(instance, cursor)
        (tmp_path / "a.txt").chmod(0o600)  # only the change time moves: ingestion reads the file again
        assert isinstance(_tick(instance, cursor)[0], RunRequest)


def test_sensor_waits_for_a_build_in_progress(tmp_path, monkeypatch):
    monkeypatch.setenv("ZONESCOPE_DOCS", str(tmp_path))
    (tmp_path / "a.txt").write_text("Zone output rose 5%.")
    with DagsterInstance.ephemeral() as instance:
        running = instance.add_run(DagsterRun(job_name="build_warehouse", status=DagsterRunStatus.STARTED))
        waiting, cursor = _tick(instance, None)
        assert isinstance(waiting, SkipReason) and running.run_id in waiting.skip_message
        assert cursor is None                                               # the change is not forgotten
        instance.report_run_failed(running)
        assert isinstance(_tick(instance, cursor)[0], RunRequest)
