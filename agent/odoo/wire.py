"""Odoo's wire format to Python values, and the domains the gateway builds.

Odoo answers ``False`` for an empty field, ``[id, "name"]`` for a many2one, and naive
``"YYYY-MM-DD HH:MM:SS"`` strings in UTC for datetimes. These helpers are the only place
that knows it; nothing past the gateway sees the wire format.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

Domain = list[Any]

_CODE = re.compile(r"^\[([^\]]+)\]\s*")
SERVER_DATETIME = "%Y-%m-%d %H:%M:%S"


def opt(value: Any) -> Any:
    """``None`` for Odoo's ``False`` (empty), else the value."""
    return None if value is False else value


def m2o_id(value: Any) -> int | None:
    """The id of a many2one value (``[id, name]``, a bare id under JSON-2, or ``False``)."""
    if isinstance(value, list | tuple) and value:
        return int(value[0])
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def m2o_name(value: Any) -> str:
    """The display name of a many2one value, ``""`` when empty."""
    if isinstance(value, list | tuple) and len(value) > 1 and isinstance(value[1], str):
        return value[1]
    return ""


def text(value: Any) -> str:
    """A char field as ``str`` (``""`` for ``False``)."""
    return value if isinstance(value, str) else ""


def number(value: Any) -> float:
    """A numeric field as ``float`` (``0.0`` for ``False``)."""
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def parse_datetime(value: Any) -> dt.datetime | None:
    """A server datetime string (UTC, naive) as an aware datetime; ``None`` for ``False``."""
    if not isinstance(value, str) or not value:
        return None
    parsed = dt.datetime.fromisoformat(value.replace("T", " ")[:19])
    return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)


def parse_date(value: Any) -> dt.date | None:
    """A server date (or datetime) string as a date; ``None`` for ``False``."""
    if not isinstance(value, str) or not value:
        return None
    return dt.date.fromisoformat(value[:10])


def format_datetime(value: dt.datetime) -> str:
    """An aware (or UTC-naive) datetime as the server's UTC string."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.strftime(SERVER_DATETIME)


def product_code(display_name: str) -> str:
    """``FURN_8900`` from a product display name ``[FURN_8900] Drawer Black``."""
    match = _CODE.match(display_name)
    return match.group(1) if match else ""


def any_of(leaves: Sequence[Domain | tuple[str, str, Any]]) -> Domain:
    """One domain that matches when any of ``leaves`` does (prefix ``|`` notation).

    Each item is a leaf ``(field, operator, value)`` or a whole sub-domain (a list).
    """
    parts: list[Domain] = [
        _normalized(leaf) if isinstance(leaf, list) else [list(leaf)] for leaf in leaves
    ]
    if not parts:
        return [[0, "=", 1]]
    out: Domain = ["|"] * (len(parts) - 1)
    for part in parts:
        out.extend(part)
    return out


def all_of(*domains: Domain) -> Domain:
    """One domain that matches when all of ``domains`` do (prefix ``&`` notation)."""
    parts = [d for d in domains if d]
    out: Domain = ["&"] * (len(parts) - 1)
    for part in parts:
        out.extend(_normalized(part))
    return out


def _normalized(domain: Domain) -> Domain:
    """Make implicit ANDs explicit so that the domain can be nested."""
    leaves = sum(1 for item in domain if not isinstance(item, str))
    operators = sum(1 for item in domain if item in ("&", "|"))
    missing = leaves - operators - 1
    return ["&"] * max(missing, 0) + list(domain)
