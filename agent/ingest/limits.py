"""Size and shape limits that keep one hostile message from hurting a batch."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Limits(BaseModel):
    """Caps applied while parsing one message.

    A message over ``max_message_bytes``, ``max_header_bytes``, ``max_parts``, ``max_depth``
    or ``max_decompressed_bytes`` is refused with a :class:`agent.errors.ParseError`. The
    attachment caps only shorten or skip one attachment's text, with a note.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_message_bytes: int = Field(default=25 * 1024 * 1024, gt=0)
    max_header_bytes: int = Field(default=256 * 1024, gt=0)
    max_parts: int = Field(default=250, gt=0)
    max_depth: int = Field(default=12, gt=0)
    max_decompressed_bytes: int = Field(default=64 * 1024 * 1024, gt=0)
    max_body_chars: int = Field(default=200_000, gt=0)
    max_attachment_bytes: int = Field(default=15 * 1024 * 1024, gt=0)
    max_attachment_unzipped_bytes: int = Field(default=40 * 1024 * 1024, gt=0)
    max_attachment_text_chars: int = Field(default=20_000, gt=0)
    max_total_attachment_text_chars: int = Field(default=100_000, gt=0)
    max_pdf_pages: int = Field(default=20, gt=0)
    max_table_rows: int = Field(default=500, gt=0)
    max_recipients: int = Field(default=100, gt=0)


DEFAULT_LIMITS = Limits()
