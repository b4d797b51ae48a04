"""Build into a copy of the warehouse, then swap it into place.

DuckDB locks a file for one writer and keeps every other process out,
readers included. So a build never writes the warehouse that analysts
query: it writes ``<warehouse>.building`` (a copy of the last good warehouse,
which carries the extraction cache), and the last step replaces the live
file with it in one ``os.replace``. Readers keep the last good warehouse
while a build runs; a build that fails or is killed publishes nothing, and
the next build carries on from the copy.

Builds exclude each other with an advisory lock (``flock``) on
``<warehouse>.lock``: the operating system releases it when the holder
exits, killed or not, so a lock is never left stale. A Dagster run takes
that lock step by step, so the copy also records which run owns it
(``<warehouse>.building.owner``): while that run is in progress, the steps
of any other run refuse, so one run's documents never meet another run's
facts in a published warehouse.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from orchestration.settings import BUILD_SUFFIX


class BuildLocked(RuntimeError):
    """Another build is writing the warehouse."""


def owner_path(live: Path) -> Path:
    return live.with_name(live.name + BUILD_SUFFIX + ".owner")


def building_path(live: Path) -> Path:
    return live.with_name(live.name + BUILD_SUFFIX)


def lock_path(live: Path) -> Path:
    return live.with_name(live.name + ".lock")


_HELD: dict[Path, int] = {}  # locks this process holds, and how many times


@contextmanager
def build_lock(live: Path) -> Iterator[None]:
    """Hold the warehouse's build lock, or fail at once naming the build that holds it."""
    path = lock_path(live)
    if path in _HELD:  # re-entrant within one process (the command line holds it for a whole run)
        _HELD[path] += 1
        try:
            yield
        finally:
            _HELD[path] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 1000, 0).decode(errors="replace").strip()
            raise BuildLocked(f"another build is writing {live} ({_describe(holder)}); "
                              "try again when it finishes") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({"pid": os.getpid(), "started": time.strftime("%Y-%m-%d %H:%M:%S")}).encode(), 0)
        _HELD[path] = 1
        try:
            yield
        finally:
            del _HELD[path]
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _describe(holder: str) -> str:
    try:
        info = json.loads(holder)
        return f"process {info['pid']}, started {info['started']}"
    except (ValueError, KeyError):
        return "another process"


def start_build(live: Path) -> Path:
    """The file this build writes: a copy of the live warehouse unless a build left one."""
    target = building_path(live)
    if not target.exists() and live.exists():
        shutil.copy2(live, target)
    return target


def claim_build(live: Path, run_id: str, in_progress: Callable[[str], bool]) -> Path:
    """The build copy, owned by ``run_id``; refuses while another run in progress owns it.

    Call it under ``build_lock``. A run that failed or was killed leaves its
    mark behind; as Dagster no longer counts it in progress, the next run takes
    the copy over and carries on from it.
    """
    marker = owner_path(live)
    holder = marker.read_text(encoding="utf-8").strip() if marker.exists() else ""
    if holder and holder != run_id and in_progress(holder):
        raise BuildLocked(f"run {holder} is building {live}; this run ({run_id}) stops without changing it "
                          "(if that run is dead, terminate it in the Dagster UI)")
    target = start_build(live)
    if holder != run_id:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(run_id, encoding="utf-8")
    return target


def publish(live: Path) -> None:
    """Make the finished build the warehouse that readers open."""
    target = building_path(live)
    con = duckdb.connect(str(target))
    try:
        con.execute("checkpoint").fetchall()  # everything in the file, nothing left in a WAL
    finally:
        con.close()
    os.replace(target, live)
    owner_path(live).unlink(missing_ok=True)
