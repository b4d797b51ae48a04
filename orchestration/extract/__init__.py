"""The parsing core: text in, facts out.

Imports neither Dagster nor DuckDB, so it can be tested and reused alone.
"""

from orchestration.extract.decode import Decoded, decode_document
from orchestration.extract.model import DocDate, DocumentFacts, EntityRecord, IndustryFact, MetricFact
from orchestration.extract.pipeline import extract_document

__all__ = [
    "DocDate", "Decoded", "DocumentFacts", "EntityRecord", "IndustryFact", "MetricFact",
    "decode_document", "extract_document",
]
