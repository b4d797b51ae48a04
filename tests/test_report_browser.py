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
    # the menus of the league and growth charts are drawn as <select>s, hostile park names as text
    assert dom.count('<select name="period_choice"') == source.count('"name":"period_choice"') == 3
    assert dom.count('<select name="park_choice"') == 1
    assert "Zone X &lt;script&gt;alert('x')&lt;/script&gt; (1 figure)</option>" in dom
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in dom
    assert "<script>alert(" not in dom


def test_a_screenshot_of_the_report(report, tmp_path):
    shot = tmp_path / "report.png"
    result = _chromium(["--window-size=1280,2000", f"--screenshot={shot}", report.as_uri()], tmp_path / "profile")
    assert shot.exists() and shot.stat().st_size > 20_000, result.stderr[-500:]
    shutil.copy(shot, report.parent / "report.png")  # kept beside the page for a person to look at


# appended to a copy of the page: picks the first period of the first league chart (a one-park group there, where
# the chart opens on the 20-park one), then writes the chart's title and height into the DOM for --dump-dom
PROBE = """<script>
var probe = {tries: 0, before: null};
var probeTimer = setInterval(function () {
  var chart = document.getElementById('chart-0'), svg = chart.querySelector('svg.marks, canvas.marks');
  if (!svg || ++probe.tries > 60) { return; }
  var title = chart.querySelector('.role-title-text') || {textContent: ''};
  var now = svg.getAttribute('height') + ' | ' + title.textContent;
  if (probe.before === null) {
    probe.before = now;
    var menu = chart.querySelector('select');
    menu.selectedIndex = 0; menu.dispatchEvent(new Event('change'));
  } else if (now !== probe.before) {
    clearInterval(probeTimer);
    var out = document.createElement('output'); out.id = 'probe';
    out.textContent = probe.before + ' => ' + now; document.body.appendChild(out);
  }
}, 250);
</script>"""


def test_a_menu_redraws_its_chart(report, tmp_path):
    page = report.read_text(encoding="utf-8")
    head, _, tail = page.rpartition("</body>")  # the last one: the bundle has the string too
    probe = tmp_path / "probe.html"
    probe.write_text(head + PROBE + "</body>" + tail, encoding="utf-8")
    dom = _chromium(["--dump-dom", probe.as_uri()], tmp_path / "profile").stdout
    found = re.search(r'<output id="probe">(\d+) \| (.*?) =&gt; (\d+) \| (.*?)</output>', dom)
    assert found, "the chart did not change when its menu did"
    height_before, title_before, height_after, title_after = found.groups()
    assert title_before == "2022 (full year) · top 15 of 20 parks · bn CNY"
    assert title_after == "2023 (full year) · 1 park · bn CNY"
    assert int(height_after) < int(height_before)  # 1 bar instead of 15
