"""Dagster resources: the warehouse connection and dbt."""


from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from dagster import ConfigurableResource
from dagster_dbt import DbtCliResource

from orchestration import publishing, settings, warehouse
from orchestration.project import dbt_project

if TYPE_CHECKING:
    from orchestration.dbt_runner import DbtInvocation

# Who answers for an asset, shown in the lineage graph: the pipeline and the models.
PIPELINE_OWNERS = ["team:data-engineering"]
MODEL_OWNERS = ["team:analytics-engineering"]

# Tag of every step that opens the DuckDB file; the executor runs them one at a time.
WAREHOUSE_TAG = "zonescope/warehouse"
WAREHOUSE_OP_TAGS = {WAREHOUSE_TAG: "duckdb"}


class WarehouseResource(ConfigurableResource):
    """The DuckDB warehouse; its path comes from ``ZONESCOPE_WAREHOUSE``.

    Steps write the build copy under the build lock (see ``publishing``); the
    live file is only ever replaced whole, by the publish step.
    """

    path: str

    @property
    def live(self) -> Path:
        return Path(self.path)

    @contextmanager
    def building(self, context) -> Iterator[Path]:
        """The build copy, under the build lock and owned by this run (see ``publishing``)."""
        with publishing.build_lock(self.live):
            yield publishing.claim_build(self.live, context.run_id, lambda run_id: _in_progress(context, run_id))

    @contextmanager
    def writer(self, context):
        """A connection to the build copy, holding the build lock for this run."""
        with self.building(context) as target, warehouse.connect(target) as con:
            yield con

    def reader(self):
        """A read-only connection to the build copy (what this run has written so far)."""
        target = publishing.building_path(self.live)
        return warehouse.connect(target if target.exists() else self.live, read_only=True)


def _in_progress(context, run_id: str) -> bool:
    """Whether Dagster counts the run as queued or running; a run it does not know is not."""
    from orchestration.sensors import IN_PROGRESS

    run = context.instance.get_run_by_id(run_id)
    return run is not None and run.status in IN_PROGRESS


class DocsFolderResource(ConfigurableResource):
    """The folder of documents; its path comes from ``ZONESCOPE_DOCS``."""

    path: str


class ZonescopeDbtCli(DbtCliResource):
    """dagster-dbt's dbt resource, whose builds run dbt in this process (``invoke``).

    ``DbtCliResource.cli`` starts a dbt process per command; ``invoke`` runs
    the same command through dbt's programmatic API, which saves a build about
    3 s of starting Python and importing dbt again (see ``dbt_runner``). The
    resource keeps dagster-dbt's configuration (project and profiles folders),
    so ``cli`` still works for commands outside the pipeline.
    """

    def invoke(self, args: Sequence[str], context, database: Path) -> "DbtInvocation":
        """Run ``dbt <args>`` on ``database``, in this process, for the selected dbt assets (see ``dbt_runner``)."""
        from orchestration.dbt_runner import invoke

        project_dir = Path(self.project_dir)
        return invoke(args, context=context, database=database, project_dir=project_dir,
                      profiles_dir=Path(self.profiles_dir or project_dir), target_root=project_dir / "target")


def build_resources() -> dict:
    """Resources for the current settings, read at definition-load time."""
    return {
        "warehouse": WarehouseResource(path=str(settings.warehouse_path())),
        "docs": DocsFolderResource(path=str(settings.docs_dir())),
        "dbt": ZonescopeDbtCli(project_dir=dbt_project, profiles_dir=str(settings.DBT_PROJECT_DIR)),
    }
