"""``read_group``: aggregates per group, shaped like Odoo 17's answer.

Each group is a dict with the grouped value (a many2one as ``[id, name]``; a date bucket as
its label, e.g. ``"26 Nov 2026"`` for ``date:day``), the aggregates (``quantity`` for
``quantity:sum``), the count (``<field>_count`` when lazy, ``__count`` otherwise) and the
``__domain`` that selects the group's records. Date buckets also carry ``__range``. Time
zones are not applied: buckets are cut in UTC.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from . import errors
from .domain import normalize
from .methods import Env, method
from .schema import NUMERIC, X2MANY

_SPEC = re.compile(r"^(\w+)(?::(\w+)(?:\((\w+)\))?)?$")
_GRANULARITIES = ("day", "week", "month", "quarter", "year")


def _and(left: Sequence[Any], right: Sequence[Any]) -> list[Any]:
    if not left:
        return list(right)
    if not right:
        return list(left)
    return ["&", *normalize(left), *normalize(right)]


def _bucket(value: str, granularity: str) -> tuple[date, date, str]:
    day = date.fromisoformat(value[:10])
    if granularity == "day":
        return day, day + timedelta(days=1), day.strftime("%d %b %Y")
    if granularity == "week":
        start = day - timedelta(days=day.weekday())
        year, week, _ = day.isocalendar()
        return start, start + timedelta(days=7), f"W{week} {year}"
    if granularity == "year":
        return date(day.year, 1, 1), date(day.year + 1, 1, 1), str(day.year)
    months = 3 if granularity == "quarter" else 1
    first_month = (day.month - 1) // months * months + 1
    start = date(day.year, first_month, 1)
    end_month = first_month + months
    end = date(day.year + (end_month > 12), (end_month - 1) % 12 + 1, 1)
    label = f"Q{(first_month - 1) // 3 + 1} {day.year}" if months == 3 else start.strftime("%B %Y")
    return start, end, label


def _aggregates(env: Env, fields: list[str], groupby: list[str]) -> list[tuple[str, str, str]]:
    """``(result_key, field, function)`` for every aggregate asked in ``fields``."""
    out = []
    grouped = {spec.split(":")[0] for spec in groupby}
    for spec in fields:
        match = _SPEC.match(spec.strip())
        if match is None:
            raise errors.value_error(f"Invalid aggregate specification {spec!r}")
        key, func, source = match.group(1), match.group(2), match.group(3) or match.group(1)
        if key == "__count" or (func is None and key in grouped):
            continue
        fld = env.db.field(env.model, source)
        if func is None:
            if fld.type not in NUMERIC:
                continue
            func = "sum"
        out.append((key, source, func))
    return out


def _aggregate(values: list[Any], func: str) -> Any:
    present = [v for v in values if v is not False and v is not None]
    if func == "sum":
        return sum(present) if present else 0
    if func in ("min", "max"):
        return (min if func == "min" else max)(present) if present else False
    if func == "avg":
        return sum(present) / len(present) if present else False
    if func == "count":
        return len(present)
    if func == "count_distinct":
        return len(set(present))
    if func == "bool_and":
        return all(present)
    if func == "bool_or":
        return any(present)
    if func == "array_agg":
        return values
    raise errors.value_error(f"Invalid aggregate function {func!r}")


@method()
def read_group(
    env: Env,
    domain: list[Any],
    fields: list[str],
    groupby: str | list[str],
    offset: int = 0,
    limit: int | None = None,
    orderby: str | bool = False,
    lazy: bool = True,
) -> list[dict[str, Any]]:
    """Group the records matching ``domain`` and aggregate ``fields`` per group."""
    db, model = env.db, env.model
    specs = [groupby] if isinstance(groupby, str) else list(groupby)
    used = specs[:1] if lazy else specs
    aggregates = _aggregates(env, fields, used)
    ids = db.search(model, domain, 0, None, None)
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for rec_id in ids:
        key, meta = _group_key(env, rec_id, used)
        group = groups.setdefault(key, {"meta": meta, "ids": []})
        group["ids"].append(rec_id)
    positions: dict[str, dict[Any, int]] = {}
    ordered = sorted(groups.items(), key=lambda item: _order_key(env, used, item[0], positions))
    if isinstance(orderby, str) and orderby:
        first = orderby.split(",")[0].split()
        reverse = len(first) > 1 and first[1].lower() == "desc"
        agg_keys = {a[0] for a in aggregates}
        if first[0] in agg_keys:
            pos = [a[0] for a in aggregates].index(first[0])
            ordered.sort(
                key=lambda item: _aggregate(
                    [db.value(model, i, aggregates[pos][1]) for i in item[1]["ids"]],
                    aggregates[pos][2],
                ),
                reverse=reverse,
            )
        elif reverse:
            ordered.reverse()
    count_key = f"{used[0].split(':')[0]}_count" if lazy and used else "__count"
    result = []
    for _group_key_value, group in ordered[offset or 0 :][: limit or None]:
        row: dict[str, Any] = dict(group["meta"]["values"])
        row[count_key] = len(group["ids"])
        for agg_key, source, func in aggregates:
            row[agg_key] = _aggregate([db.value(model, i, source) for i in group["ids"]], func)
        if group["meta"]["ranges"]:
            row["__range"] = group["meta"]["ranges"]
        row["__domain"] = _and(domain, group["meta"]["domain"])
        if lazy and len(specs) > 1:
            row["__context"] = {"group_by": specs[1:]}
        result.append(row)
    return result


def _group_key(env: Env, rec_id: int, specs: list[str]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    db, model = env.db, env.model
    key: list[Any] = []
    meta: dict[str, Any] = {"values": {}, "ranges": {}, "domain": []}
    for spec in specs:
        name, _, granularity = spec.partition(":")
        fld = db.field(model, name)
        value = db.value(model, rec_id, name)
        if fld.type in X2MANY:
            value = value[0] if value else False
        if fld.type in ("date", "datetime") and value:
            granularity = granularity or "month"
            if granularity not in _GRANULARITIES:
                raise errors.value_error(f"Invalid granularity {granularity!r} in {spec!r}")
            start, end, label = _bucket(str(value), granularity)
            fmt = "%Y-%m-%d %H:%M:%S" if fld.type == "datetime" else "%Y-%m-%d"
            low = datetime.combine(start, datetime.min.time()).strftime(fmt)
            high = datetime.combine(end, datetime.min.time()).strftime(fmt)
            key.append(low)
            meta["values"][spec] = label
            meta["ranges"][spec] = {"from": low, "to": high}
            meta["domain"] = _and(meta["domain"], ["&", (name, ">=", low), (name, "<", high)])
            continue
        key.append(value)
        meta["values"][spec] = db.format(fld, value, None)
        meta["domain"] = _and(meta["domain"], [(name, "=", value)])
    return tuple(key), meta


def _order_key(
    env: Env, specs: list[str], key: tuple[Any, ...], positions: dict[str, dict[Any, int]]
) -> tuple[Any, ...]:
    """Sort key of a group; ``positions`` caches each relation's record order per call."""
    out: list[Any] = []
    for spec, value in zip(specs, key, strict=True):
        fld = env.db.field(env.model, spec.split(":")[0])
        if value is False:
            out.append((1, 0))
        elif fld.type == "many2one" and fld.relation:
            if fld.relation not in positions:
                ordered = env.db.sort(fld.relation, list(env.db.data.table(fld.relation)))
                positions[fld.relation] = {rec_id: n for n, rec_id in enumerate(ordered)}
            out.append((0, positions[fld.relation].get(value, value)))
        else:
            out.append((0, value))
    return tuple(out)
