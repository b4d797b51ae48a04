"""Result types of the extractor.

Plain frozen dataclasses, so that the parsing core stays free of any
dataframe or database dependency; ``as_record`` gives the FACTS.md JSON
shape that ``zonescope extract`` writes and the staging tables load.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class MetricFact:
    """One number a document states about an area (FACTS.md, metric facts)."""

    doc: str
    entity: str
    metric: str
    industry: str | None
    period_start: str | None
    period_end: str | None
    value: float | None
    unit: str | None
    yoy_pct: float | None
    kind: str
    qualifier: str
    char_start: int
    char_end: int
    evidence: str

    def as_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class IndustryFact:
    """An industry a document places in an area, with its role."""

    doc: str
    entity: str
    industry: str
    role: str
    char_start: int
    char_end: int
    evidence: str

    def as_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EntityRecord:
    """A park, zone or district named in a document, with its attributes."""

    doc: str
    entity: str
    aliases: tuple[str, ...]
    entity_type: str
    level: str | None
    province: str | None
    city: str | None
    established_year: int | None

    def as_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["aliases"] = list(self.aliases)
        return record


@dataclass(frozen=True)
class DocDate:
    """When a document was written; month and day are unknown for a title-only year."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str | None:
        """The date as YYYY-MM-DD, or None when the day is not known."""
        if self.month is None or self.day is None:
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class DocumentFacts:
    """Everything the extractor found in one document."""

    doc: str
    doc_date: DocDate | None
    metrics: tuple[MetricFact, ...] = field(default_factory=tuple)
    industries: tuple[IndustryFact, ...] = field(default_factory=tuple)
    entities: tuple[EntityRecord, ...] = field(default_factory=tuple)
