"""The code is ruff-clean (the linter the project is configured for in pyproject.toml)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_clean():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent))
    if ruff is None:
        pytest.skip("ruff is not installed in this environment (pip install -e '.[dev]')")
    result = subprocess.run([ruff, "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_no_control_characters_in_the_sources():
    # a pattern once written through an unescaped string held a backspace where '\b' was meant
    # (pipeline._KNOWN_AS), and matched nothing; ruff does not look inside strings
    sources = [p for folder in ("orchestration", "tests", "benchmarks") for p in (ROOT / folder).rglob("*.py")]
    bad = [f"{p.relative_to(ROOT)}:{n}" for p in sources
           for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
           if any(ord(ch) < 32 and ch not in "\t\r\n" for ch in line)]
    assert sources and not bad, bad
