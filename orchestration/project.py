"""The dbt project, shared by the dbt assets and the command line.

``prepare_if_dev`` re-parses the project under ``dagster dev``. Outside it
(``zonescope build``, tests, a fresh clone) the manifest is parsed when it
is missing or older than any file of the project, so neither a newcomer nor
someone editing a model ever runs `dbt parse` by hand. Another warehouse
path needs no parse here: the manifest's models, tests and lineage do not
depend on it. The parse runs with the builds' dbt profile (see
``dbt_runner``), so the parse state it saves spares the first build a
second parse.
"""

from pathlib import Path

from dagster_dbt import DbtProject

from orchestration import settings
from orchestration.dbt_runner import pipeline_profile
from orchestration.publishing import building_path

settings.export_environment()

_SOURCE_DIRS = ("models", "macros", "seeds", "tests")


def _manifest_is_stale(project: DbtProject) -> bool:
    manifest = Path(project.manifest_path)
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    root = Path(project.project_dir)
    files = [root / "dbt_project.yml", root / "profiles.yml"]
    for folder in _SOURCE_DIRS:
        files.extend(p for p in (root / folder).rglob("*") if p.is_file())
    return any(f.stat().st_mtime > built for f in files if f.exists())


dbt_project = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)
# parsed with the builds' profile, so that the first build finds a parse state it can use
with pipeline_profile(building_path(settings.warehouse_path()).name):
    dbt_project.prepare_if_dev()
    if _manifest_is_stale(dbt_project):
        dbt_project.preparer.prepare(dbt_project)
