"""When a build rebuilds the incremental staging models whole (orchestration/dbt_state.py)."""

import shutil

import duckdb

from orchestration import dbt_state
from orchestration.settings import DBT_PROJECT_DIR


def _project_copy(tmp_path):
    copy = tmp_path / "dbt_project"
    for name in ("models", "macros", "seeds"):
        shutil.copytree(DBT_PROJECT_DIR / name, copy / name)
    shutil.copy(DBT_PROJECT_DIR / "dbt_project.yml", copy / "dbt_project.yml")
    return copy


def test_a_warehouse_without_a_record_is_refreshed_then_not():
    con = duckdb.connect()
    current = dbt_state.fingerprint(DBT_PROJECT_DIR)
    assert dbt_state.recorded(con) is None
    assert dbt_state.needs_full_refresh(con, current)
    dbt_state.record(con, current)
    assert dbt_state.recorded(con) == current
    assert not dbt_state.needs_full_refresh(con, current)
    dbt_state.record(con, current)  # recorded again: still one row
    assert con.execute(f"select count(*) from {dbt_state.STATE_TABLE}").fetchone()[0] == 1


def test_the_fingerprint_changes_with_a_model_a_macro_or_the_extractor(tmp_path, monkeypatch):
    project = _project_copy(tmp_path)
    before = dbt_state.fingerprint(project)
    assert dbt_state.fingerprint(project) == before  # the same files, the same fingerprint
    model = project / "models" / "staging" / "stg_metric_mentions.sql"
    model.write_text(model.read_text() + "\n-- edited\n")
    edited = dbt_state.fingerprint(project)
    assert edited != before
    macro = project / "macros" / "zonescope_key.sql"
    macro.write_text(macro.read_text() + "\n")
    assert dbt_state.fingerprint(project) not in (before, edited)
    after_macro = dbt_state.fingerprint(project)
    monkeypatch.setattr(dbt_state, "extractor_version", lambda: "another extractor")
    assert dbt_state.fingerprint(project) != after_macro


def test_files_dbt_does_not_read_for_rows_do_not_count(tmp_path):
    project = _project_copy(tmp_path)
    before = dbt_state.fingerprint(project)
    (project / "target").mkdir()
    (project / "target" / "manifest.json").write_text("{}")
    (project / "logs").mkdir()
    (project / "logs" / "dbt.log").write_text("a line")
    assert dbt_state.fingerprint(project) == before
