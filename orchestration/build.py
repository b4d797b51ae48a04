"""`zonescope build`: materialize every asset through Dagster in one process, then summarise.

The run goes through Dagster's own executor (not a hand-written sequence of
steps), so the command line and `dagster dev` build the same warehouse from
the same definitions.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from orchestration import settings


@dataclass
class BuildSummary:
    success: bool
    documents: int = 0
    parsed: int = 0
    rejected: int = 0
    metric_facts: int = 0
    industry_facts: int = 0
    checks_passed: int = 0
    checks_failed: list[str] = field(default_factory=list)
    checks_warned: list[str] = field(default_factory=list)
    failed_steps: list[str] = field(default_factory=list)
    ranking_title: str = ""
    ranking: list[tuple] = field(default_factory=list)
    warehouse: str = ""
    log: str = ""
    report: str = ""

    def render(self) -> str:
        lines = [
            f"warehouse: {self.warehouse}",
            f"documents: {self.documents} ({self.parsed} parsed, {self.rejected} rejected)",
            f"facts: {self.metric_facts} metric facts, {self.industry_facts} industry facts",
            f"tests: {self.checks_passed} passed, {len(self.checks_failed)} failed",
        ]
        lines += [f"  failed test: {name}" for name in self.checks_failed]
        lines += [f"  warning: {name}" for name in self.checks_warned]
        lines += [f"  failed step: {name}" for name in self.failed_steps]
        if self.ranking:
            lines.append(f"top of {self.ranking_title}:")
            lines += [f"  {rank:>2}. {name}  {_number(value)} {unit}" for rank, name, value, unit in self.ranking]
        if self.report:
            lines.append(f"report: {self.report}")
        lines.append("build " + ("succeeded" if self.success else f"FAILED (details in {self.log})"))
        return "\n".join(lines)


def _number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def run_build() -> BuildSummary:
    """Run every asset and every check; never raises for a failed step, reports it instead."""
    from orchestration.extraction import start_workers

    start_workers()  # they start while Dagster and dbt are imported here (see start_workers)

    from dagster import AssetCheckSeverity, DagsterEventType, DagsterInstance

    from orchestration import publishing
    from orchestration.definitions import defs
    from orchestration.progress import ProgressLog, progress_display

    job = defs.resolve_job_def("build_warehouse")
    live = settings.warehouse_path()
    log_path = live.parent / "build.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    # the run's events and dbt's own output go to the log file, and move a progress display;
    # the terminal gets the progress and the summary
    logged = {"loggers": {"console": {"config": {"log_level": "DEBUG"}}}}
    with publishing.build_lock(live), open(log_path, "w", encoding="utf-8") as log, progress_display() as shown:
        stream = ProgressLog(log, shown)
        with contextlib.redirect_stdout(stream), contextlib.redirect_stderr(stream), \
                DagsterInstance.ephemeral() as instance:
            result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=logged)
    evaluations = result.get_asset_check_evaluations()
    summary = BuildSummary(success=result.success, warehouse=str(settings.warehouse_path()),
                           log=str(log_path))
    summary.checks_passed = sum(1 for e in evaluations if e.passed)
    summary.checks_failed = [f"{e.asset_key.to_user_string()}:{e.check_name}" for e in evaluations
                             if not e.passed and e.severity == AssetCheckSeverity.ERROR]
    summary.checks_warned = [f"{e.asset_key.to_user_string()}:{e.check_name}" for e in evaluations
                             if not e.passed and e.severity != AssetCheckSeverity.ERROR]
    summary.failed_steps = [e.step_key for e in result.all_events
                            if e.event_type == DagsterEventType.STEP_FAILURE and e.step_key]
    if summary.checks_failed:
        summary.success = False
    page = live.parent / "report" / "index.html"
    if result.success and page.exists():
        summary.report = str(page)
    _fill_from_warehouse(summary)
    return summary


def _fill_from_warehouse(summary: BuildSummary) -> None:
    from orchestration import publishing
    from orchestration.warehouse import WarehouseBusy, WarehouseMissing, connect, first_row, scalar

    try:
        live = settings.warehouse_path()
        building = publishing.building_path(live)
        # a failed build is summarised from what it wrote; a published one from the warehouse
        with connect(building if building.exists() else live, read_only=True) as con:
            summary.documents = scalar(con, "select count(*) from raw.documents")
            summary.rejected = scalar(con, "select count(*) from raw.rejected_documents")
            summary.parsed = summary.documents - summary.rejected
            summary.metric_facts = scalar(con,
                "select count(*) from raw.metric_mentions where metric <> 'other'")
            summary.industry_facts = scalar(con, "select count(*) from raw.industry_mentions")
            has_rankings = scalar(con, "select count(*) from information_schema.tables "
                                       "where table_name = 'mart_park_rankings'")
            group = has_rankings and first_row(con, """
                select metric, period_grain, fiscal_year, unit
                from main.mart_park_rankings
                where industry is null
                group by metric, period_grain, fiscal_year, unit
                order by max(n_parks_ranked) desc, fiscal_year is null, fiscal_year desc, metric
                limit 1
            """)
            if group:
                metric, grain, year, unit = group
                when = f"{grain}, {year}" if year is not None else "latest stated, undated"
                summary.ranking_title = f"{metric} ranking ({when})"
                summary.ranking = con.execute("""
                    select value_rank, park_name, value, unit from main.mart_park_rankings
                    where metric = ? and period_grain = ? and fiscal_year is not distinct from ? and unit = ?
                      and industry is null
                    order by value_rank, park_name limit 5
                """, [metric, grain, year, unit]).fetchall()
    except (WarehouseMissing, WarehouseBusy, Exception) as exc:  # the summary must not hide the build result
        summary.failed_steps.append(f"summary: {exc}")
        summary.success = False
