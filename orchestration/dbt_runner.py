"""Run a dbt command inside the step's own process; dagster-dbt still turns its events into Dagster's.

Why not ``DbtCliResource.cli``: it starts dbt as a new Python process, which
spends about 3 s importing dbt again (this process has already imported it,
through dagster-dbt) and writes every event as JSON for the parent to parse
back. Every build pays that, the sensor's build for one new document too.
dbt's programmatic API (``dbtRunner``) runs the same command here and hands
each event to a callback. dagster-dbt's own ``DbtCliEventMessage.to_default_asset_events``
turns the results into the same outputs and check results as
``cli(...).stream()``, and dagster-dbt's own selection logic picks the
models of a subset run, so the asset graph, asset checks and subsetting in
the UI behave as before.

Running in-process also lets dbt run from the warehouse's folder and name
the database by its file name alone (``ZONESCOPE_DBT_FILE``, read by
profiles.yml). dbt re-parses the whole project, about 8 s here, whenever the
profile's connection settings differ from those of its saved parse state;
an absolute path differs for every new warehouse (a test's, a benchmark's,
a second project's), a file name does not.

One thing dbt leaves behind in-process: dbt-duckdb keeps its DuckDB database
open in a class attribute after the command returns. It is closed here, so
the rest of the run can read, publish and rebuild the file.

dbt-duckdb's class attributes ``_ENV`` and ``_LOCK`` (which hold that
database) are not its public API either; pyproject.toml pins dbt-duckdb.

Two of the dagster-dbt names used here are not in its public API: the
selection helper ``asset_utils.get_updated_cli_invocation_params_for_context``
(what ``cli`` itself calls) and ``DbtCoreCliEventMessage`` (the class ``cli``
wraps each event in). pyproject.toml pins dagster-dbt to 0.29, and the tests
run a full build, a subset and a failing build through them.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# dbt's events that carry a node's result, as dagster-dbt reads them
_RESULTS = frozenset({"LogSeedResult", "LogModelResult", "LogSnapshotResult", "LogTestResult"})
PARTIAL_PARSE = "partial_parse.msgpack"
PROFILE_FILE_VARIABLE = "ZONESCOPE_DBT_FILE"  # read by profiles.yml
PIPELINE_STATE = "pipeline"  # under target/: the builds' own parse state
# each invocation has a folder of its own under target/ (its compiled SQL, about 2 MB); a
# sensor-driven warehouse builds many times a day, so only the latest few are kept for debugging
KEEP_INVOCATIONS = 3


class DbtCommandFailed(Exception):
    """dbt finished with an error or a failing test."""


@dataclass
class DbtInvocation:
    """What one in-process dbt command did: its result events and errors, where its files went."""

    args: list[str]
    target_path: Path
    success: bool = False
    raw_events: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    manifest: Any = None
    translator: Any = None
    project: Any = None

    @property
    def command(self) -> str:
        return "dbt " + " ".join(self.args)

    def asset_events(self, context) -> Iterator[Any]:
        """Dagster's outputs and check results for the nodes dbt ran, as dagster-dbt makes them."""
        from dagster_dbt.core.dbt_cli_event import DbtCoreCliEventMessage

        for raw in self.raw_events:
            message = DbtCoreCliEventMessage(raw_event=raw, event_history_metadata={})
            yield from message.to_default_asset_events(
                manifest=self.manifest, dagster_dbt_translator=self.translator, context=context,
                target_path=self.target_path, project=self.project)

    def raise_on_error(self) -> None:
        if not self.success:
            details = "\n".join(self.errors[-10:])
            raise DbtCommandFailed(f"`{self.command}` failed" + (f":\n{details}" if details else ""))


def invoke(args: Sequence[str], *, context, database: Path, project_dir: Path, profiles_dir: Path,
           target_root: Path) -> DbtInvocation:
    """Run ``dbt <args>`` on ``database`` for the dbt assets selected in ``context``.

    Never raises for dbt's own failure: the invocation says what failed.
    """
    from dagster_dbt import DagsterDbtTranslator
    from dagster_dbt.asset_utils import get_updated_cli_invocation_params_for_context
    from dbt.cli.main import dbtRunner
    from dbt_common.events.functions import msg_to_dict

    params = get_updated_cli_invocation_params_for_context(
        context=context, manifest={}, dagster_dbt_translator=DagsterDbtTranslator())
    if params.dbt_project is not None:  # a large subset runs from a copy holding its selector
        project_dir = Path(params.dbt_project.project_dir)
    op_name = context.op_execution_context.op.name
    target = target_root / f"{op_name}-{context.run.run_id[:7]}-{uuid.uuid4().hex[:7]}"
    target.mkdir(parents=True, exist_ok=True)
    _prune_invocations(target_root, op_name, keep=KEEP_INVOCATIONS)
    _seed_parse_state(target_root, target)
    argv = [*args, "--project-dir", str(project_dir), "--profiles-dir", str(profiles_dir),
            "--target-path", str(target), "--log-path", str(target), *params.selection_args]
    if params.indirect_selection:
        argv += ["--indirect-selection", params.indirect_selection]
    invocation = DbtInvocation(args=argv, target_path=target, manifest=params.manifest,
                               translator=params.dagster_dbt_translator, project=params.dbt_project)

    def keep(message) -> None:
        if message.info.name in _RESULTS:
            invocation.raw_events.append(msg_to_dict(message))
        elif message.info.level == "error":
            invocation.errors.append(message.info.msg)

    try:
        with _database_by_name(database):
            result = dbtRunner(callbacks=[keep]).invoke(argv)
        invocation.success = bool(result.success)
        if result.exception is not None:
            invocation.errors.append(f"{type(result.exception).__name__}: {result.exception}")
    finally:
        _close_duckdb()
    _keep_parse_state(target, target_root)
    return invocation


def _prune_invocations(target_root: Path, op_name: str, keep: int) -> None:
    """Keep the newest ``keep`` invocation folders of this op (this one among them)."""
    runs = sorted((p for p in target_root.glob(f"{op_name}-*") if p.is_dir()),
                  key=lambda p: p.stat().st_mtime, reverse=True)
    for old in runs[keep:]:
        shutil.rmtree(old, ignore_errors=True)


def _seed_parse_state(target_root: Path, target: Path) -> None:
    """Start the invocation from the builds' parse state, else from the last ``dbt parse``'s.

    dbt skips parsing the project when the state's profile and files still
    hold. The builds keep a state of their own (``target/pipeline/``):
    ``zonescope dbt`` by hand writes ``target/partial_parse.msgpack`` under
    its own profile (the live file, not the build copy), and a build started
    from that would parse the whole project again, about 8 s.
    """
    state = target_root / PIPELINE_STATE / PARTIAL_PARSE
    if not state.exists():
        state = target_root / PARTIAL_PARSE  # a fresh clone: project.py parsed with the builds' profile
    if state.exists() and not (target / PARTIAL_PARSE).exists():
        shutil.copyfile(state, target / PARTIAL_PARSE)


def _keep_parse_state(target: Path, target_root: Path) -> None:
    """Hand this invocation's parse state on to the next build (replaced atomically)."""
    state = target / PARTIAL_PARSE
    if not state.exists():
        return
    kept = target_root / PIPELINE_STATE
    kept.mkdir(parents=True, exist_ok=True)
    staged = kept / f".{PARTIAL_PARSE}.{os.getpid()}"
    shutil.copyfile(state, staged)
    os.replace(staged, kept / PARTIAL_PARSE)


@contextmanager
def _database_by_name(database: Path) -> Iterator[None]:
    """Run from the database's folder, naming it by its file name (see the module's docstring).

    The working folder and the variable are the process's, not the thread's:
    this holds because a step has its process to itself (a forked process
    under the multiprocess executor; `zonescope build`'s in-process executor
    runs one step at a time), and every other path in the pipeline is absolute.
    """
    saved_cwd = os.getcwd()
    os.chdir(database.parent)
    try:
        with pipeline_profile(database.name):
            yield
    finally:
        os.chdir(saved_cwd)


@contextmanager
def pipeline_profile(file_name: str) -> Iterator[None]:
    """dbt's profile as the pipeline's builds see it: the database named by its file name alone.

    ``dbt parse`` run under it saves the parse state that builds can use.
    """
    saved = os.environ.get(PROFILE_FILE_VARIABLE)
    os.environ[PROFILE_FILE_VARIABLE] = file_name
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(PROFILE_FILE_VARIABLE, None)
        else:
            os.environ[PROFILE_FILE_VARIABLE] = saved


def _close_duckdb() -> None:
    """Let go of the database file dbt-duckdb keeps open in this process after a command.

    dbt-duckdb's own ``close_all_connections`` only drops its reference, and the file
    stays locked until the garbage collector finds the last one; a full collection of
    this process (Dagster, dbt, the manifest) took 0.6 s of every build. Closing the
    connection releases the file at once, whoever still holds the object.
    """
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    with DuckDBConnectionManager._LOCK:
        environment = DuckDBConnectionManager._ENV
        if environment is not None:
            environment.close()
        DuckDBConnectionManager._ENV = None
