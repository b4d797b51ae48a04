"""The build copy belongs to one run at a time: another run's steps refuse while it is in progress."""

import duckdb
import pytest

from orchestration.publishing import BuildLocked, building_path, claim_build, owner_path, publish


@pytest.fixture
def live(tmp_path):
    path = tmp_path / "zonescope.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create table t as select 1 as x")
    con.close()
    return path


def test_the_first_step_of_a_run_claims_the_copy(live):
    target = claim_build(live, "run-a", in_progress=lambda run: True)
    assert target == building_path(live) and target.exists()
    assert owner_path(live).read_text() == "run-a"
    assert claim_build(live, "run-a", in_progress=lambda run: True) == target  # its later steps carry on


def test_another_run_refuses_while_the_owner_is_in_progress(live):
    claim_build(live, "run-a", in_progress=lambda run: True)
    with pytest.raises(BuildLocked, match=r"run run-a is building .* this run \(run-b\) stops"):
        claim_build(live, "run-b", in_progress=lambda run: run == "run-a")
    assert owner_path(live).read_text() == "run-a"


def test_a_dead_runs_copy_is_taken_over(live):
    claim_build(live, "run-a", in_progress=lambda run: True)
    claim_build(live, "run-b", in_progress=lambda run: False)  # run-a failed or was killed
    assert owner_path(live).read_text() == "run-b"


def test_publishing_releases_the_copy(live):
    claim_build(live, "run-a", in_progress=lambda run: True)
    publish(live)
    assert not building_path(live).exists() and not owner_path(live).exists()
    assert duckdb.connect(str(live), read_only=True).execute("select x from t").fetchone() == (1,)
