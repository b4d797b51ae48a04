"""Read a folder of documents into rows: every file, decoded or with the reason it is not.

This is the I/O edge of ingestion: it lists files, reads bytes and hashes
them; decoding, web-page text and date detection are pure functions of
``extract``. Every visible file of the folder becomes exactly one row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

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
    stat_key: str | None = None  # size, times and inode when read: unchanged means not read again


def list_documents(folder: Path) -> list[Path]:
    """Every entry directly in ``folder``, in name order.

    Hidden files and sub-folders are listed too: nothing in the folder is
    skipped silently, so a ``.DS_Store`` or a folder of pages saved by a
    crawler shows in the ledger with the reason it was not read.
    """
    if not folder.is_dir():
        raise FileNotFoundError(f"docs folder not found: {folder}")
    return sorted(folder.iterdir(), key=lambda p: p.name)


def read_document(path: Path, max_bytes: int | None = None) -> SourceDocument:
    """Read, hash and decode one file; a file that cannot be read is a row with a reason."""
    def failed(reason: str, digest: str | None = None, size: int | None = None) -> SourceDocument:
        return SourceDocument(path.name, str(path), digest, size, None, None, None, reason)

    if path.is_symlink() and not path.exists():
        return failed(f"broken symbolic link to {path.readlink()}")
    if path.is_dir():
        return failed("a folder, not a file: its files are not read (point ZONESCOPE_DOCS at it to ingest them)")
    if not path.is_file():  # reading a named pipe would wait for ever
        return failed("not a regular file (a pipe, socket or device)")
    try:
        size = path.stat().st_size
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
    return SourceDocument(path.name, str(path), digest, len(data), encoding, text, doc_date, None)


def stat_key(path: Path) -> str | None:
    """What changes when a file's content may have: size, modification and change times, inode.

    The change time moves with any write, rename or permission change, and
    cannot be set back by tools that preserve modification times.
    """
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


def read_folder(folder: Path, max_bytes: int | None = None,
                known: Mapping[str, SourceDocument] | None = None) -> list[SourceDocument]:
    """All documents of a folder, each accounted for; a second copy of a text is not parsed twice.

    ``known`` holds the last ingestion's decoded documents: a file whose stat
    has not changed since is taken from there instead of being read, hashed
    and decoded again, so a re-ingestion costs a directory listing, not the corpus.
    Those documents may come without their text (``incremental.known_documents``
    leaves it in the warehouse); whether a document was decoded is told by
    ``ingest_error``, which is set exactly when it was not.
    """
    seen: dict[str, str] = {}
    documents = []
    known = known or {}
    for path in list_documents(folder):
        key = stat_key(path)
        previous = known.get(path.name)
        if key is not None and previous is not None and previous.stat_key == key:
            document = replace(previous, path=str(path))
        else:
            document = replace(read_document(path, max_bytes), stat_key=key)
        if document.ingest_error is None and document.sha256 in seen:
            document = replace(document, text=None, doc_date=None,
                               ingest_error=f"duplicate of {seen[document.sha256]} (same content)")
        elif document.sha256 is not None:
            seen.setdefault(document.sha256, document.doc)
        documents.append(document)
    return documents
