"""The Dagster code location: assembles assets, checks and resources, nothing else."""

from dagster import Definitions

from orchestration.assets.dbt import zonescope_dbt_models
from orchestration.assets.extract import extracted_facts
from orchestration.assets.ingest import raw_documents
from orchestration.checks import every_file_accounted_for
from orchestration.resources import build_resources

defs = Definitions(
    assets=[raw_documents, extracted_facts, zonescope_dbt_models],
    asset_checks=[every_file_accounted_for],
    resources=build_resources(),
)
