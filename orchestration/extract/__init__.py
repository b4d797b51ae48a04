"""The parsing core: text in, facts out.

Imports neither Dagster nor DuckDB, so it can be tested and reused alone.
"""

from typing import TYPE_CHECKING

from orchestration.extract.decode import Decoded, decode_document
from orchestration.extract.model import DocDate, DocumentFacts, EntityRecord, IndustryFact, MetricFact

if TYPE_CHECKING:
    from orchestration.extract.pipeline import extract_document


def __getattr__(name: str):
    """``extract_document`` is imported on first use: compiling the extractor's patterns takes
    about half a second, which ingestion (decoding, dates) and the build's main process, whose
    workers do the parsing, need not pay."""
    if name == "extract_document":
        from orchestration.extract.pipeline import extract_document

        return extract_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DocDate", "Decoded", "DocumentFacts", "EntityRecord", "IndustryFact", "MetricFact",
    "decode_document", "extract_document",
]
