"""What differs between the Odoo versions the gateway speaks to (16, 17, 18 and 19+).

One small table, so that every version difference the gateway relies on is written down
in one place and tested once. The gateway asks :func:`profile` for the names it needs
instead of testing version numbers itself.

- done quantity on ``stock.move``: ``quantity_done`` (16), ``quantity`` (17+);
- vendor acknowledged the order: ``mail_reception_confirmed`` (16, 17), ``acknowledged`` (18+);
- ``message_post`` of a ``str`` body: kept as HTML (16), escaped unless
  ``body_is_html=True`` (17+, transcripts 040/041);
- ``mail.activity.active`` (done activities kept archived): absent (16), present (17+);
- storable product flag: ``detailed_type == 'product'`` (16, 17), ``is_storable`` (18+);
- purchase order line unit: ``product_uom`` (16-18), ``product_uom_id`` (19+);
- transport: JSON-RPC through odoorpc (16-18), JSON-2 (19+, JSON-RPC deprecated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

JSON2_FROM = 19
SUPPORTED_FROM = 16


@dataclass(frozen=True)
class VersionProfile:
    """Field and method names of one Odoo major version."""

    major: int
    text: str
    move_done_qty: str
    ack_field: str
    body_is_html: bool
    activity_active: bool
    storable_field: str
    line_uom: str

    @property
    def prefers_json2(self) -> bool:
        """Whether JSON-2 is the transport of this version (JSON-RPC is deprecated from 19)."""
        return self.major >= JSON2_FROM


def parse_version(text: str | None, info: list[object] | None = None) -> tuple[int, int]:
    """``(major, minor)`` from ``server_version_info`` or a version string.

    ``saas~17.2`` and ``17.0+e`` are understood; nonsense gives ``(0, 0)``.
    """
    if info and isinstance(info[0], int):
        minor = info[1] if len(info) > 1 and isinstance(info[1], int) else 0
        return info[0], minor
    match = re.search(r"(\d+)\.(\d+)", text or "")
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


def profile(major: int, text: str | None = None) -> VersionProfile:
    """The names to use for Odoo ``major`` (newer versions than known behave like the newest)."""
    return VersionProfile(
        major=major,
        text=text or f"{major}.0",
        move_done_qty="quantity_done" if major <= 16 else "quantity",
        ack_field="acknowledged" if major >= 18 else "mail_reception_confirmed",
        body_is_html=major >= 17,
        activity_active=major >= 17,
        storable_field="is_storable" if major >= 18 else "detailed_type",
        line_uom="product_uom_id" if major >= 19 else "product_uom",
    )
