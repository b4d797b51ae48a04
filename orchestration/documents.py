"""Read a folder of documents into rows: every file, decoded or with the reason it is not.

This is the I/O edge of ingestion: it lists files, reads bytes and hashes
them; decoding, web-page text and date detection are pure functions of
``extract``. Every visible file of the folder becomes exactly one row.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Container, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from stat import S_ISDIR, S_ISREG

from orchestration.extract import decode_document
from orchestration.extract.dates import detect_document_date
from orchestration.extract.webpage import html_to_text, looks_like_html


@dataclass(frozen=True)
class SourceDocument:
    """One file of the docs folder as ingested."""

    doc: str
    path: str
    sha256: str | None
    size_bytes: int | None
    encoding: str | None
    text: str | None
    doc_date: date | None
    ingest_error: str | None
    stat_key: str | None = None  # of a decoded file, when read (see scan_folder): unchanged means not read again


def scan_folder(folder: Path) -> list[tuple[str, str, str | None]]:
    """(name, path, stat key) of every entry directly in ``folder``, in name order; no file is opened.

    The stat key (size, modification and change times, inode) changes when a
    file's content may have: the change time moves with any write, rename or
    permission change, and cannot be set back by tools that preserve
    modification times.

    Hidden files and sub-folders are listed too: nothing in the folder is
    skipped silently, so a ``.DS_Store`` or a folder of pages saved by a
    crawler shows in the ledger with the reason it was not read.

    ``os.scandir`` rather than ``Path.iterdir`` plus ``Path.stat``: at
    100,000 files the listing is what a re-ingestion costs, and this makes
    one system call per file and no ``Path`` object. The stat follows
    symbolic links (a link is read as the file it points to); an entry that
    cannot be stat'ed (a dangling link) has no key and is always read again.
    """
    if not folder.is_dir():
        raise FileNotFoundError(f"docs folder not found: {folder}")
    entries = []
    with os.scandir(folder) as found:
        for entry in found:
            try:
                key = _stat_key(entry.stat())
            except OSError:
                key = None
            entries.append((entry.name, entry.path, key))
    entries.sort()
    return entries


def read_document(path: Path, max_bytes: int | None = None) -> SourceDocument:
    """Read, hash and decode one file; a file that cannot be read is a row with a reason."""
    def failed(reason: str, digest: str | None = None, size: int | None = None) -> SourceDocument:
        return SourceDocument(path.name, str(path), digest, size, None, None, None, reason)

    try:
        st = os.stat(path)  # one system call for the common case (follows a link to its file)
    except FileNotFoundError:
        if path.is_symlink():
            return failed(f"broken symbolic link to {path.readlink()}")
        return failed("cannot read file: it was removed while the folder was being read")
    except OSError as exc:
        return failed(f"cannot read file: {exc.strerror or exc}")
    if S_ISDIR(st.st_mode):
        return failed("a folder, not a file: its files are not read (point ZONESCOPE_DOCS at it to ingest them)")
    if not S_ISREG(st.st_mode):  # reading a named pipe would wait for ever
        return failed("not a regular file (a pipe, socket or device)")
    try:
        size = st.st_size
        if max_bytes is not None and size > max_bytes:
            # hashed in chunks, never decoded: a dump or a log is not one article
            digest = hashlib.sha256()
            with open(path, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
            return failed(f"larger than {max_bytes // (1024 * 1024)} MB: not one article "
                          "(split it, or raise ZONESCOPE_MAX_DOC_MB)", digest.hexdigest(), size)
        data = path.read_bytes()
    except OSError as exc:
        return failed(f"cannot read file: {exc.strerror or exc}")
    digest = hashlib.sha256(data).hexdigest()
    decoded = decode_document(data)
    if decoded.text is None:
        return SourceDocument(path.name, str(path), digest, len(data), decoded.encoding, None, None,
                              decoded.reason)
    text, encoding = decoded.text, decoded.encoding
    if looks_like_html(path.name, text):
        text = html_to_text(text)
        encoding = f"{encoding}, html"
        if text is None:
            return failed("web page without article text", digest, len(data))
    found = detect_document_date(text)
    doc_date = date.fromisoformat(found.iso()) if found is not None and found.iso() else None
    # the stat taken before reading: a write after it moves the change time, so the next
    # ingestion reads the file again
    return SourceDocument(path.name, str(path), digest, len(data), encoding, text, doc_date, None, _stat_key(st))


def _stat_key(st: os.stat_result) -> str:
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


DUPLICATE = "duplicate of {} (same content)"


def duplicates(documents: Iterable[tuple[str, str | None, bool]]) -> dict[str, str]:
    """Which documents repeat another's content, as {document: the reason it is not parsed}.

    ``documents`` are (name, sha256, decoded). The first name in name order
    keeps the content; a later decoded copy is a duplicate (one that could
    not be decoded keeps its own reason), so a text is never parsed twice.

    >>> duplicates([("b.txt", "9f2c", True), ("a.txt", "9f2c", True), ("c.bin", None, False)])
    {'b.txt': 'duplicate of a.txt (same content)'}
    """
    first: dict[str, str] = {}
    found = {}
    for doc, sha256, decoded in sorted(documents, key=lambda d: d[0]):
        if sha256 is None:
            continue
        original = first.setdefault(sha256, doc)
        if original != doc and decoded:
            found[doc] = DUPLICATE.format(original)
    return found


def read_listed(listing: Iterable[tuple[str, str, str | None]], max_bytes: int | None = None,
                unchanged: Container[str] = ()) -> list[SourceDocument]:
    """The documents of a ``scan_folder`` listing, except those named in ``unchanged``.

    A re-ingestion passes the names whose stat has not changed since the
    last one (``incremental.unchanged_documents``): they are neither read,
    hashed nor decoded again, so it costs a directory listing, not the corpus.
    """
    return [read_document(Path(path), max_bytes) for doc, path, _ in listing if doc not in unchanged]
