"""The extractor seam: one email in, one grounded ``Extraction`` out."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from agent.models import Extraction, InboundEmail


class ExtractionContext(BaseModel):
    """What an extractor may know beyond the email itself (never instructions from it)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    vendor_country: str | None = None
    week_weekday: int = 0
    po_prefixes: tuple[str, ...] = ("P",)
    product_codes: tuple[str, ...] = ()


@runtime_checkable
class Extractor(Protocol):
    """Turns an email into an extraction where every value carries its span."""

    name: str

    def extract(self, email: InboundEmail, context: ExtractionContext) -> Extraction:
        """Extract intent, references, dates, lines, prices and tracking from ``email``."""
        ...
