"""Read a folder of documents into rows: every file, decoded or with the reason it is not.

This is the I/O edge of ingestion: it lists files, reads bytes and hashes
them; decoding and date detection are the pure functions of ``extract``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from orchestration.extract import decode_document
from orchestration.extract.dates import detect_document_date


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


def list_documents(folder: Path) -> list[Path]:
    """Every visible file directly in ``folder``, in name order."""
    if not folder.is_dir():
        raise FileNotFoundError(f"docs folder not found: {folder}")
    return sorted(p for p in folder.iterdir() if not p.name.startswith(".") and (p.is_file() or p.is_symlink()))


def read_document(path: Path) -> SourceDocument:
    """Read, hash and decode one file; a file that cannot be read is a row with a reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return SourceDocument(path.name, str(path), None, None, None, None, None,
                              f"cannot read file: {exc.strerror or exc}")
    digest = hashlib.sha256(data).hexdigest()
    decoded = decode_document(data)
    doc_date = None
    if decoded.text is not None:
        found = detect_document_date(decoded.text)
        if found is not None and found.iso():
            doc_date = date.fromisoformat(found.iso())
    return SourceDocument(path.name, str(path), digest, len(data), decoded.encoding, decoded.text,
                          doc_date, decoded.reason)


def read_folder(folder: Path) -> list[SourceDocument]:
    """All documents of a folder, each accounted for."""
    return [read_document(p) for p in list_documents(folder)]
