"""Assets by stage: ingest (files -> raw.documents), extract (-> raw facts), dbt (-> marts)."""
