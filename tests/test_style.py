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


def test_no_module_name_bound_twice():
    # a pattern defined again further down a long module silently replaces the first for every use above it too:
    # pipeline._ASIDE_CLOSES and pipeline._FIRMS_OF_A_KIND were each bound twice with different contents, and ruff
    # (F811) looks only at functions, classes and imports, and not at those used in a function body before they are
    # defined again (pipeline._clause_end was defined twice: the first, ending a clause at a semicolon only, was dead)
    import ast

    sources = [p for folder in ("orchestration", "benchmarks") for p in (ROOT / folder).rglob("*.py")]
    twice = []
    for path in sources:
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else \
                [ast.Name(node.name)] if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else []
            for target in targets:
                if isinstance(target, ast.Name):
                    if target.id in seen and target.id != "__all__":
                        twice.append(f"{path.relative_to(ROOT)}:{node.lineno} {target.id} (first at {seen[target.id]})")
                    seen.setdefault(target.id, node.lineno)
    assert sources and not twice, twice
