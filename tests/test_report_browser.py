"""The report in a real browser: charts are drawn, hostile text stays text, a screenshot is kept.

Uses Debian's Chromium (installed by .ci/run) headless, on the page written
from the small warehouse of test_report.py; it installs nothing itself and
skips, saying why, where no browser is present.
"""

import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from orchestration.report import write_report
from tests.test_report import build_warehouse

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium on this machine: .ci/run installs Debian's chromium for this test")

# flags for a headless run on a machine without a network or a display
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--virtual-time-budget=15000"]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    build_warehouse(folder / "zonescope.duckdb")
    con = duckdb.connect(str(folder / "zonescope.duckdb"), read_only=True)
    try:
        return write_report(con, folder / "site")
    finally:
        con.close()


def _chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          text=True, timeout=120)


def test_charts_are_drawn_and_hostile_text_is_shown(report, tmp_path):
    dom = _chromium(["--dump-dom", report.as_uri()], tmp_path / "profile").stdout
    source = report.read_text(encoding="utf-8")
    charts = re.findall(r'data-chart="([^"]+)"', source)
    assert charts
    drawn = dom.count('class="marks"')  # vega-embed draws each chart into a canvas or svg of class "marks"
    assert drawn == len(charts), f"{drawn} of {len(charts)} charts drawn"
    # the page's script has the error message once; a chart that failed would add it to the page
    assert dom.count("could not be drawn") == source.count("could not be drawn")
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in dom
    assert "<script>alert(" not in dom


def test_a_screenshot_of_the_report(report, tmp_path):
    shot = tmp_path / "report.png"
    result = _chromium(["--window-size=1280,2000", f"--screenshot={shot}", report.as_uri()], tmp_path / "profile")
    assert shot.exists() and shot.stat().st_size > 20_000, result.stderr[-500:]
    shutil.copy(shot, report.parent / "report.png")  # kept beside the page for a person to look at
