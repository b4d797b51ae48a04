"""The Dagster code location loads and forms one lineage graph from files to marts."""

from dagster import AssetKey

from orchestration.definitions import defs


def test_definitions_load_with_one_graph():
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert {"raw/documents", "raw/metric_mentions", "raw/rejected_documents", "dim_park", "fct_park_metric",
            "mart_park_growth", "mart_park_rankings"} <= keys
    # dbt sources are the Python assets: one graph, not two
    # (a staging table of mentions also reads which documents are parsed: it is incremental by document)
    assert graph.get(AssetKey(["stg_metric_mentions"])).parent_keys == {
        AssetKey(["raw", "metric_mentions"]), AssetKey(["raw", "parsed_documents"])}
    assert graph.get(AssetKey(["raw", "metric_mentions"])).parent_keys == {
        AssetKey(["raw", "documents"]), AssetKey(["raw", "document_history"])}
    # the build is published only after every dbt model
    assert AssetKey(["mart_park_scorecard"]) in graph.get(AssetKey(["warehouse", "published"])).parent_keys


def test_dbt_tests_are_asset_checks():
    checks = {k.name for k in defs.resolve_asset_graph().asset_check_keys}
    assert {"every_file_accounted_for", "few_documents_without_facts", "ledger_has_one_row_per_file"} <= checks
    assert any(name.startswith("unique_combination_fct_park_metric_park_id") for name in checks)
    assert "fct_park_metric_references" in checks  # a model's foreign keys, one check
    # row-level rules and keys are contract constraints, not checks (tests/test_build.py), except on
    # stg_documents, a view without a contract, and the ids of the tables of mentions (README.md)
    row_level = {name for name in checks if name.startswith(("not_null_", "unique_", "accepted_values_", "value_between_"))
                 and not name.startswith("unique_combination_")}
    assert row_level and all("_stg_documents_" in name or name.endswith("_mention_id") for name in row_level), row_level
    assert len(checks) > 25


def test_groups_read_as_stages():
    graph = defs.resolve_asset_graph()
    groups = {key.to_user_string(): graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert groups["raw/documents"] == "ingest"
    assert groups["raw/metric_mentions"] == "extract"
    assert groups["stg_documents"] == "dbt_staging"
    assert groups["dim_park"] == "core"
    assert groups["mart_park_rankings"] == "marts"
    assert groups["warehouse/published"] == "publish"


def test_every_asset_explains_itself():
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.description, key
        assert node.owners, key
        assert node.group_name, key
    assert {s.name for s in defs.schedules} == {"nightly_build"}
    assert {s.name for s in defs.sensors} == {"docs_folder_sensor"}
