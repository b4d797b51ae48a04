"""Ingestion: every file of a messy folder becomes one row, decoded or with its reason."""

import os
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest

from orchestration.documents import duplicates, read_document
from orchestration.incremental import ingest_folder

ARTICLE = "In 2021, Wuhu Economic and Technological Development Zone's exports reached 9.1 billion yuan, up 30%."


def _folder(tmp_path: Path) -> dict[str, object]:
    tmp_path.mkdir(exist_ok=True)
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n ",
        "logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        "bundle.zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)),
        "bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode(),
        "utf16.txt": ARTICLE.encode("utf-16"),
        "gbk.txt": "芜湖经济技术开发区出口额91亿元。".encode("gbk"),
        "mojibake.txt": ARTICLE.replace("yuan", "yuan – RMB").encode().decode("latin-1").encode(),
        "windows.txt": ARTICLE.replace(". ", ".\r\n").encode() + b"\r\nSecond line.\r\n",
        "name with spaces.txt": ARTICLE.encode(),
        "开发区 新闻.txt": ("Xiangyang High-tech Zone. " + ARTICLE).encode(),
        "page.html": (f"<html><head><title>Zone news</title><script>alert('x')</script></head><body>"
                      f"<nav>Home | News | Contact</nav><article><p>{ARTICLE} The figure was released by "
                      f"the management committee on Monday.</p></article><footer>Copyright 2021</footer>"
                      f"</body></html>").encode(),
        "latin1.txt": "Output rose 5% in the café district".encode("latin-1"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "copy.txt").write_bytes(ARTICLE.encode())            # same text as name with spaces.txt
    os.symlink(tmp_path / "bom.txt", tmp_path / "link.txt")           # a link to another document
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")   # a link to nothing
    os.mkfifo(tmp_path / "pipe.txt")                                  # must not block ingestion
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(64))  # hidden, still listed
    (tmp_path / "archive").mkdir()                                    # a sub-folder, listed not entered
    (tmp_path / "archive" / "old.txt").write_bytes(ARTICLE.encode())
    return files


def _ingest(con: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, SimpleNamespace]:
    """raw.documents after ingesting ``folder``, by file name."""
    ingest_folder(con, folder)
    rows = con.execute("select * from raw.documents order by doc")
    names = [d[0] for d in rows.description]
    return {row[0]: SimpleNamespace(**dict(zip(names, row, strict=True))) for row in rows.fetchall()}


def test_every_file_is_one_row_with_its_outcome(tmp_path):
    _folder(tmp_path / "docs")
    rows = _ingest(duckdb.connect(), tmp_path / "docs")
    tmp_path = tmp_path / "docs"
    assert sorted(rows) == sorted(p.name for p in tmp_path.iterdir())
    reasons = {name: d.ingest_error for name, d in rows.items() if d.ingest_error}
    assert reasons == {
        "empty.txt": "empty file",
        "blank.txt": "no text: whitespace only",
        "logo.png": "binary file (PNG image)",
        "bundle.zip": "binary file (ZIP archive)",
        "latin1.txt": reasons["latin1.txt"],
        "name with spaces.txt": "duplicate of copy.txt (same content)",
        "link.txt": "duplicate of bom.txt (same content)",
        "dangling.txt": f"broken symbolic link to {tmp_path / 'missing.txt'}",
        "pipe.txt": "not a regular file (a pipe, socket or device)",
        ".DS_Store": "binary file: 33 control characters",
        "archive": "a folder, not a file: its files are not read (point ZONESCOPE_DOCS at it to ingest them)",
    }
    assert reasons["latin1.txt"].startswith("not valid UTF-8 (nor GB18030): byte 0xe9 at offset 25")
    assert rows["gbk.txt"].text == "芜湖经济技术开发区出口额91亿元。" and rows["gbk.txt"].encoding == "gb18030"
    assert rows["utf16.txt"].text == ARTICLE
    assert rows["bom.txt"].text == "\ufeff" + ARTICLE
    assert "yuan – RMB" in rows["mojibake.txt"].text
    assert rows["windows.txt"].text.count("\r\n") == 2
    assert rows["开发区 新闻.txt"].text.startswith("Xiangyang")


def test_a_web_page_keeps_the_article_and_drops_the_page(tmp_path):
    _folder(tmp_path)
    page = read_document(tmp_path / "page.html")
    assert page.text.startswith("Zone news\n\n" + ARTICLE)
    assert "alert" not in page.text and "Home | News" not in page.text and "Copyright" not in page.text
    assert page.encoding == "utf-8, html"


def test_a_file_that_cannot_be_read(tmp_path, monkeypatch):
    target = tmp_path / "locked.txt"
    target.write_text(ARTICLE)

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert read_document(target).ingest_error == "cannot read file: Permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file: permissions cannot be tested as root")
def test_a_file_without_read_permission(tmp_path):
    target = tmp_path / "locked.txt"
    target.write_text(ARTICLE)
    target.chmod(0)
    assert read_document(target).ingest_error == "cannot read file: Permission denied"


def test_an_unchanged_file_is_not_read_again(tmp_path, monkeypatch):
    import orchestration.documents as documents

    folder = tmp_path / "docs"
    _folder(folder)
    con = duckdb.connect()
    first = _ingest(con, folder)
    opened = []
    real = documents.read_document
    monkeypatch.setattr(documents, "read_document", lambda path, max_bytes=None: opened.append(path.name)
                        or real(path, max_bytes))
    (folder / "gbk.txt").write_bytes("芜湖经济技术开发区出口额92亿元。".encode("gbk"))  # edited
    second = _ingest(con, folder)
    # only the edited file and those not decoded last time (rejected, duplicates) are read again
    decoded = {doc for doc, d in first.items() if d.ingest_error is None}
    assert "gbk.txt" in opened and "bom.txt" not in opened and "utf16.txt" not in opened
    assert set(opened) == {"gbk.txt"} | (set(first) - decoded)
    assert second["gbk.txt"].text == "芜湖经济技术开发区出口额92亿元。"
    assert {doc: d.ingest_error for doc, d in second.items()} == {doc: d.ingest_error for doc, d in first.items()}
    assert second["bom.txt"] == first["bom.txt"]  # carried over from the last ingestion, text and all
    history = con.execute("select doc, event from raw.document_history order by observed_at, doc").fetchall()
    assert history[-1] == ("gbk.txt", "changed") and len(history) == len(first) + 1

    # a new copy of a carried-over text is marked as a copy; one that sorts first takes the text over
    (folder / "copy of bom.txt").write_bytes((folder / "bom.txt").read_bytes())
    (folder / "a copy of bom.txt").write_bytes((folder / "bom.txt").read_bytes())
    opened.clear()
    third = _ingest(con, folder)
    assert third["copy of bom.txt"].ingest_error == "duplicate of a copy of bom.txt (same content)"
    assert third["bom.txt"].ingest_error == "duplicate of a copy of bom.txt (same content)"
    assert third["bom.txt"].text is None and third["a copy of bom.txt"].text == first["bom.txt"].text
    assert "bom.txt" not in opened  # the copy rule needs no second read of the original

    # a deleted file leaves raw.documents; its history says so
    (folder / "a copy of bom.txt").unlink()
    fourth = _ingest(con, folder)
    assert "a copy of bom.txt" not in fourth and fourth["bom.txt"].text == first["bom.txt"].text
    assert con.execute("select event from raw.document_history where doc = 'a copy of bom.txt' "
                       "order by observed_at").fetchall() == [("added",), ("deleted",)]


@pytest.mark.parametrize(("documents", "expected"), [
    # (name, sha256, decoded): the first name keeps the content
    ([("b.txt", "h1", True), ("a.txt", "h1", True)], {"b.txt": "duplicate of a.txt (same content)"}),
    # a copy that could not be decoded keeps its own reason
    ([("a.html", "h1", False), ("b.txt", "h1", True), ("c.txt", "h1", False)],
     {"b.txt": "duplicate of a.html (same content)"}),
    # files that could not be read at all have no content to share
    ([("a.txt", None, False), ("b.txt", None, False)], {}),
])
def test_copies_of_one_content(documents, expected):
    assert duplicates(documents) == expected
