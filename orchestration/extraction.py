"""Run the parsing core over a batch of documents: facts for the good ones, reasons for the rest."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from orchestration.extract import DocumentFacts, extract_document
from orchestration.staging import facts_frames, rejected_frame


@dataclass
class ExtractionOutcome:
    """What one extraction run produced, as frames keyed by staging table name."""

    frames: dict[str, pl.DataFrame]
    parsed: int
    rejected: int

    def metadata(self) -> dict:
        return {"documents_parsed": self.parsed, "documents_rejected": self.rejected}

    def summary(self) -> str:
        m = self.frames["metric_mentions"].height
        i = self.frames["industry_mentions"].height
        return (f"parsed {self.parsed} documents, rejected {self.rejected}; "
                f"{m} metric facts, {i} industry facts")


def run_extraction(documents: list[dict]) -> ExtractionOutcome:
    """Extract every decodable document; an undecodable or failing one becomes a rejected row."""
    results: list[DocumentFacts] = []
    rejected: list[dict] = []
    for row in documents:
        if row.get("text") is None:
            rejected.append(_rejection(row, row.get("ingest_error") or "no text"))
            continue
        try:
            results.append(extract_document(row["doc"], row["text"]))
        except Exception as exc:  # a bug on one document must not stop the corpus
            rejected.append(_rejection(row, f"extractor failed: {type(exc).__name__}: {exc}"))
    frames = facts_frames(results)
    frames["rejected_documents"] = rejected_frame(rejected)
    return ExtractionOutcome(frames, len(results), len(rejected))


def _rejection(row: dict, reason: str) -> dict:
    return {"doc": row["doc"], "sha256": row.get("sha256"), "size_bytes": row.get("size_bytes"), "reason": reason}
