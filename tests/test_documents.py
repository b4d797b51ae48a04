"""Ingestion: every file of a messy folder becomes one row, decoded or with its reason."""

import os
from dataclasses import replace
from pathlib import Path

import pytest

from orchestration.documents import read_document, read_folder

ARTICLE = "In 2021, Wuhu Economic and Technological Development Zone's exports reached 9.1 billion yuan, up 30%."


def _folder(tmp_path: Path) -> dict[str, object]:
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


def test_every_file_is_one_row_with_its_outcome(tmp_path):
    _folder(tmp_path)
    rows = {d.doc: d for d in read_folder(tmp_path)}
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

    _folder(tmp_path)
    first = {d.doc: d for d in read_folder(tmp_path)}
    # as incremental.known_documents gives them: decoded documents, their text left in the warehouse
    known = {doc: replace(d, text=None) for doc, d in first.items() if d.text is not None and d.ingest_error is None}
    opened = []
    real = documents.read_document
    monkeypatch.setattr(documents, "read_document", lambda path, max_bytes=None: opened.append(path.name)
                        or real(path, max_bytes))
    (tmp_path / "gbk.txt").write_bytes("芜湖经济技术开发区出口额92亿元。".encode("gbk"))  # edited
    second = {d.doc: d for d in read_folder(tmp_path, known=known)}
    # only the edited file and those not decoded last time (rejected, duplicates) are read again
    assert "gbk.txt" in opened and "bom.txt" not in opened and "utf16.txt" not in opened
    assert set(opened) == {"gbk.txt"} | (set(first) - set(known))
    assert second["gbk.txt"].text == "芜湖经济技术开发区出口额92亿元。"
    assert {doc: d.ingest_error for doc, d in second.items()} == {doc: d.ingest_error for doc, d in first.items()}
    assert second["bom.txt"] == replace(first["bom.txt"], text=None)  # taken from the last ingestion
    (tmp_path / "copy of bom.txt").write_bytes((tmp_path / "bom.txt").read_bytes())
    third = {d.doc: d for d in read_folder(tmp_path, known=known)}
    assert third["copy of bom.txt"].ingest_error == "duplicate of bom.txt (same content)"
