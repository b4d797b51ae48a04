"""Nothing lost, nothing doubled: a messy folder, re-runs, change, and a busy warehouse.

One fixture builds a folder of every kind of input once; the tests read the
ledger and the marts it produced, then change the folder and build again.
"""

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from io import BytesIO
from pathlib import Path

import duckdb
import pytest

from orchestration import dbt_state
from orchestration.publishing import build_lock
from orchestration.settings import DBT_PROJECT_DIR
from tests.conftest import ROOT, SEEDS, Build, environment, zonescope

HOSTILE = """Zone news'); DROP TABLE dim_park; --
<script>alert('zonescope')</script>
In 2022, Suzhou Industrial Park's exports reached 380 billion yuan, up 5 percent.
"""


def _zip() -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("inside.txt", "Zone output rose 5%.")
    return buffer.getvalue()


def messy_folder(docs: Path) -> dict[str, str]:
    """Every kind of file the issue names; returns the expected status of each."""
    docs.mkdir(parents=True)
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, docs / path.name)
    article = (SEEDS / "000_c416d94e1c20cdb7.txt").read_text(encoding="utf-8")
    files = {
        "empty.txt": b"", "whitespace.txt": b" \n\t \n",
        "image.png": b"\x89PNG\r\n\x1a\n" + bytes(200), "archive.zip": _zip(),
        "bom.txt": b"\xef\xbb\xbf" + (SEEDS / "001_7ba543549b74a79d.txt").read_bytes(),
        "utf16.txt": (SEEDS / "003_d26b102950b0f93f.txt").read_text(encoding="utf-8").encode("utf-16"),
        "gbk.txt": "萍乡经济技术开发区2021年实现工业营业收入685.7亿元。".encode("gbk"),
        "mojibake.txt": "In 2021, Xiangyang High-tech Zone’s GDP reached 97.8 billion yuan.".encode().decode("latin-1").encode(),
        "windows.txt": article.replace("\n", "\r\n").replace("Pingxiang", "Pingxiang").encode()[:3000],
        "big.txt": (article + "\n") * (50 * 1024 * 1024 // len(article.encode())),
        "one line.txt": ("Zone output value rose steadily in every quarter " * 21000).encode(),
        "文件 名.txt": b"In 2020, Weihai Torch Hi-tech Industrial Development Zone's GDP reached 65.7 billion yuan.",
        "page.html": (b"<html><head><title>Ningxiang High-tech Zone news</title><script>alert(1)</script></head>"
                      b"<body><nav>Home | News</nav><article><p>In 2021, Ningxiang High-tech Zone's industrial output "
                      b"value reached 80.2 billion yuan, up 12.5 percent year on year, the management committee said "
                      b"on Monday.</p></article><footer>Copyright 2021</footer></body></html>"),
        "hostile.txt": HOSTILE.encode(),
        "copy of 002.txt": (SEEDS / "002_3cb4e99964f68bea.txt").read_bytes(),
    }
    for name, data in files.items():
        (docs / name).write_bytes(data if isinstance(data, bytes) else data.encode())
    os.symlink(docs / "004_a5078eb8bcfadad3.txt", docs / "link to 004.txt")
    os.symlink(docs / "missing.txt", docs / "dangling.txt")
    os.mkfifo(docs / "pipe.txt")
    (docs / ".notes.txt").write_text("In 2021, Suzhou Industrial Park's GDP reached 351 billion yuan.")  # hidden
    (docs / "crawl").mkdir()                                                   # a crawler's sub-folder
    (docs / "crawl" / "page1.txt").write_text("Zone output rose 5%.")
    return {
        ".notes.txt": "parsed", "crawl": "rejected",
        "empty.txt": "rejected", "whitespace.txt": "rejected", "image.png": "rejected", "archive.zip": "rejected",
        # (the GBK page's Chinese figure is read since the extractor reads half-translated pages)
        "bom.txt": "parsed", "utf16.txt": "parsed", "gbk.txt": "parsed", "mojibake.txt": "parsed",
        "windows.txt": "parsed", "big.txt": "rejected", "one line.txt": "parsed_without_facts",
        "文件 名.txt": "parsed", "page.html": "parsed", "hostile.txt": "parsed", "copy of 002.txt": "rejected",
        "link to 004.txt": "rejected", "dangling.txt": "rejected", "pipe.txt": "rejected",
        **{p.name: "parsed" for p in SEEDS.glob("*.txt")},
    }


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    root = tmp_path_factory.mktemp("messy")
    expected = messy_folder(root / "docs")
    warehouse = root / "warehouse" / "zonescope.duckdb"
    env = environment(root / "docs", warehouse)
    first = Build(root / "docs", warehouse, env, zonescope("build", env=env, timeout=900))
    assert first.result.returncode == 0, first.result.stdout + first.result.stderr
    return first, expected


def _tables(path: Path, but: str | None = None) -> dict[str, list]:
    """Every table's rows in order (the ledger's history aside), without the column named ``but``."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [r[0] + "." + r[1] for r in con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_type = 'BASE TABLE' and table_name <> 'document_history' order by all").fetchall()]
        tables = {}
        for name in names:
            columns = ", ".join(f'"{c}"' for (c,) in con.execute(
                "select column_name from information_schema.columns where table_schema || '.' || table_name = ? "
                "and column_name is distinct from ? order by ordinal_position", [name, but]).fetchall())
            tables[name] = con.execute(f"select {columns} from {name} order by all").fetchall()
        return tables
    finally:
        con.close()


def test_every_file_is_in_the_ledger_with_its_status(messy):
    build, expected = messy
    ledger = dict(build.query("select doc, status from mart_document_ledger"))
    assert ledger == expected
    reasons = dict(build.query("select doc, reason from mart_document_ledger where status = 'rejected'"))
    assert reasons["copy of 002.txt"] == "duplicate of 002_3cb4e99964f68bea.txt (same content)"
    assert reasons["image.png"] == "binary file (PNG image)"
    assert reasons["archive.zip"] == "binary file (ZIP archive)"
    assert reasons["pipe.txt"] == "not a regular file (a pipe, socket or device)"
    assert reasons["empty.txt"] == "empty file"
    assert reasons["whitespace.txt"] == "no text: whitespace only"
    assert reasons["big.txt"] == "larger than 20 MB: not one article (split it, or raise ZONESCOPE_MAX_DOC_MB)"
    assert reasons["link to 004.txt"] == "duplicate of 004_a5078eb8bcfadad3.txt (same content)"
    assert reasons["dangling.txt"].startswith("broken symbolic link to ")
    assert reasons["crawl"].startswith("a folder, not a file: its files are not read")
    assert set(reasons) == {doc for doc, status in expected.items() if status == "rejected"}


def test_the_good_documents_facts_are_all_there(messy):
    build, _ = messy
    seeds = set(build.query("""select doc, metric, value, period_end from raw.metric_mentions
                               where doc like '00%' and doc not like 'link%'"""))
    assert ("000_c416d94e1c20cdb7.txt", "operating_revenue", 68_570_000_000, "2021-12") in seeds
    others = {d: n for d, n in build.query("select doc, count(*) from raw.metric_mentions group by doc")}
    assert others["bom.txt"] == others.get("001_7ba543549b74a79d.txt")
    assert others["utf16.txt"] == others.get("003_d26b102950b0f93f.txt")
    assert others["page.html"] >= 1 and others["文件 名.txt"] == 1 and others["mojibake.txt"] == 1
    assert "copy of 002.txt" not in others  # not doubled
    # the GBK page, decoded: '萍乡经济技术开发区2021年实现工业营业收入685.7亿元。'
    assert set(build.query("select metric, value, period_end from raw.metric_mentions where doc = 'gbk.txt'")) == {
        ("operating_revenue", 68_570_000_000, "2021-12")}


def test_hostile_text_is_stored_as_text(messy):
    build, _ = messy
    (text,) = build.query("select document_text from stg_documents where doc = 'hostile.txt'")[0]
    assert text == HOSTILE
    assert build.query("select count(*) from dim_park")[0][0] > 0  # nothing was dropped


def test_a_second_build_changes_nothing(messy, tmp_path):
    build, _ = messy
    before = _tables(build.warehouse)
    again = build.zonescope("build", timeout=900)
    assert again.returncode == 0, again.stdout
    assert _tables(build.warehouse) == before
    assert build.query("select count(*) from raw.document_history where event <> 'added'")[0][0] == 0
    # nothing was parsed again: every result came from the cache keyed by content hash
    assert "parsed 0 new or changed documents" in (build.warehouse.parent / "build.log").read_text()


def test_sql_reads_the_last_good_warehouse_while_a_build_writes(messy):
    build, _ = messy
    building = build.warehouse.with_name(build.warehouse.name + ".building")
    shutil.copy(build.warehouse, building)
    writer = subprocess.Popen([sys.executable, "-c", (
        "import duckdb, time, sys; con = duckdb.connect(sys.argv[1]); "
        "con.execute('create or replace table busy as select 1').fetchall(); print('ready', flush=True); time.sleep(60)"),
        str(building)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        result = build.zonescope("sql", "select count(*) as parks from dim_park")
        assert result.returncode == 0 and "parks" in result.stdout
    finally:
        writer.kill()
        writer.wait()
        building.unlink()


def test_sql_names_what_holds_the_lock(messy):
    build, _ = messy
    holder = subprocess.Popen([sys.executable, "-c", (
        "import duckdb, time, sys; con = duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(60)"),
        str(build.warehouse)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = build.zonescope("sql", "select 1")
        assert result.returncode == 1
        assert result.stderr.strip().startswith(f"zonescope: error: the warehouse {build.warehouse} is locked by process")
        assert len(result.stderr.strip().splitlines()) == 1
    finally:
        holder.kill()
        holder.wait()


def test_a_second_build_at_the_same_time_refuses_clearly(messy):
    build, _ = messy
    with build_lock(build.warehouse):
        result = build.zonescope("build")
    assert result.returncode == 1
    assert result.stderr.strip() == (f"zonescope: error: another build is writing {build.warehouse} "
                                     f"(process {os.getpid()}, started {result.stderr.split('started ')[1].split(')')[0]}); "
                                     f"try again when it finishes")


def test_a_killed_build_leaves_the_warehouse_as_it_was(messy):
    build, _ = messy
    digest = hashlib.sha256(build.warehouse.read_bytes()).hexdigest()
    (build.docs / "extra.txt").write_text("In 2022, Hefei High-tech Zone's GDP reached 150 billion yuan.")
    process = subprocess.Popen([sys.executable, "-m", "orchestration.cli", "build"], env=build.env, cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    building = build.warehouse.with_name(build.warehouse.name + ".building")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not building.exists():
        time.sleep(0.2)
    time.sleep(3)  # into the extraction or dbt
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert hashlib.sha256(build.warehouse.read_bytes()).hexdigest() == digest
    assert build.query("select count(*) from stg_documents where doc = 'extra.txt'")[0][0] == 0
    rebuilt = build.zonescope("build", timeout=900)
    assert rebuilt.returncode == 0, rebuilt.stdout
    assert build.query("select count(*) from stg_documents where doc = 'extra.txt'")[0][0] == 1
    # at most the new document is parsed: the killed build may already have cached its facts in the copy
    assert re.search(r"parsed [01] new or changed documents", (build.warehouse.parent / "build.log").read_text())


STAGED_BY_DOCUMENT = ("stg_metric_mentions", "stg_industry_mentions", "stg_entity_mentions")


def _staged(path: Path) -> dict[str, list]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {name: con.execute(f"select * from {name} order by all").fetchall() for name in STAGED_BY_DOCUMENT}
    finally:
        con.close()


# a new page that names a seed's 'Pingshan High-tech Zone' as the short name of a longer one: the
# seed's rows belong to another park from then on, though the seed did not change
ALIAS_PAGE = ("Shenzhen Pingshan National High-tech Industrial Development Zone (hereinafter Pingshan High-tech "
              "Zone) reported that in 2023 its GDP reached 95.2 billion yuan, up 6.1 percent.\n")
INCREMENTAL = (*STAGED_BY_DOCUMENT, "int_metric_facts__keyed", "fct_park_metric", "int_industry_facts__keyed",
               "fct_park_industry")


def test_change_and_deletion_reach_the_marts(messy, tmp_path):
    build, _ = messy
    staged_before = _staged(build.warehouse)
    full_refresh_at = build.query("select recorded_at from raw.dbt_build_state")
    (build.docs / "文件 名.txt").unlink()
    (build.docs / "bom.txt").unlink()  # a seed's text: its facts keep the seed's mentions
    (build.docs / "hostile.txt").write_text("In 2022, Suzhou Industrial Park's exports reached 390 billion yuan.")
    (build.docs / "pingshan profile.txt").write_text(ALIAS_PAGE)
    result = build.zonescope("build", timeout=900)
    assert result.returncode == 0, result.stdout
    assert build.query("select count(*) from fct_park_metric where doc = '文件 名.txt'")[0][0] == 0
    assert build.query("select value from raw.metric_mentions where doc = 'hostile.txt'") == [(390_000_000_000,)]
    assert "parsed 2 new or changed documents" in (build.warehouse.parent / "build.log").read_text()  # only they
    events = set(build.query("select doc, event from raw.document_history where event <> 'added'"))
    assert {("文件 名.txt", "deleted"), ("bom.txt", "deleted"), ("hostile.txt", "changed")} <= events
    # the seed's 'Pingshan High-tech Zone' is keyed again, to the park of the page that named it
    assert build.query("select distinct park_key from int_metric_facts__keyed "
                       "where doc = '002_3cb4e99964f68bea.txt' and entity = 'Pingshan High-tech Zone'") == \
        build.query("select distinct park_key from int_metric_facts__keyed where doc = 'pingshan profile.txt'")
    assert build.query("select count(distinct park_id) from fct_park_metric where fact_id in (select fact_id from "
                       "int_metric_facts__keyed where doc in ('002_3cb4e99964f68bea.txt', 'pingshan profile.txt') "
                       "and entity <> 'Pingshan District' and entity <> 'Pingshan Central District')") == [(1,)]
    # the incremental tables changed document by document and fact by fact (no full refresh since the
    # first build) ...
    assert build.query("select recorded_at from raw.dbt_build_state") == full_refresh_at
    staged = _staged(build.warehouse)
    assert staged != staged_before
    assert build.query("select value from stg_metric_mentions where doc = 'hostile.txt'") == [(390_000_000_000,)]
    for name in INCREMENTAL:
        assert build.query(f"select count(*) from {name} where doc in ('文件 名.txt', 'bom.txt')")[0][0] == 0
    assert build.query("select count(*) from fct_park_metric where list_contains(source_docs, 'bom.txt')") == [(0,)]
    # ... and every table holds what rebuilding the warehouse whole gives, but for when its rows were keyed
    whole = tmp_path / "whole.duckdb"
    shutil.copy(build.warehouse, whole)
    rebuilt = zonescope("dbt", "build", "--full-refresh", "--exclude", "resource_type:unit_test",
                        env={**build.env, "ZONESCOPE_WAREHOUSE": str(whole)})
    assert rebuilt.returncode == 0, rebuilt.stdout
    assert _tables(whole, but="keyed_at") == _tables(build.warehouse, but="keyed_at")


def test_staged_rows_are_kept_until_their_document_the_sql_or_the_extractor_changes(messy):
    build, _ = messy
    con = duckdb.connect(str(build.warehouse))
    try:
        con.execute("update stg_metric_mentions set evidence = 'staged by an older zonescope' "
                    "where doc = (select min(doc) from stg_metric_mentions)")
    finally:
        con.close()
    assert build.zonescope("build", timeout=900).returncode == 0
    # the document did not change: its staged rows were not touched
    assert build.query("select count(*) from stg_metric_mentions where evidence like 'staged by%'")[0][0] > 0
    con = duckdb.connect(str(build.warehouse))
    try:  # as if the warehouse were last built by other SQL or another extractor
        con.execute("update raw.dbt_build_state set fingerprint = 'an older zonescope'")
    finally:
        con.close()
    result = build.zonescope("build", timeout=900)
    assert result.returncode == 0, result.stdout
    assert build.query("select count(*) from stg_metric_mentions where evidence like 'staged by%'")[0][0] == 0
    assert build.query("select fingerprint from raw.dbt_build_state") == [(dbt_state.fingerprint(DBT_PROJECT_DIR),)]
