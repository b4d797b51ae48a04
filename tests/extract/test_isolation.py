"""The parsing core stands alone: importing it loads neither Dagster nor DuckDB."""

import subprocess
import sys


def test_extract_imports_no_orchestration_or_database():
    code = ("import sys, orchestration.extract; "
            "print(sorted(m for m in ('dagster', 'duckdb', 'dagster_dbt', 'dbt', 'polars') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
