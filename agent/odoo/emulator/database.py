"""In-memory records and the ORM core: values, display names, search, read, write.

Records are plain dicts keyed by id, holding *stored* values the way Odoo keeps them in
PostgreSQL: a many2one is an id or False, a many2many a list of ids, dates are strings.
One2many fields, ``display_name`` and the few computed fields of :mod:`.rules` are derived
on read, so a test can poke ``emu.data.records[...]`` and see the change through the API.
"""

from __future__ import annotations

import copy
import socket
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any

from . import errors, rules
from .domain import DomainError, is_leaf, matches
from .schema import X2MANY, Field, ModelSchema

Record = dict[str, Any]
_VERBS = {"read": "access", "write": "modify", "create": "create", "unlink": "delete"}
_GROUPS = {
    "purchase.order": "Inventory/User\n\t- Invoicing/Billing\n\t- Purchase/Administrator\n\t"
    "- Purchase/User\n\t- Technical/Show Accounting Features - Readonly\n\t- User types/Portal",
    "res.company": "Administration/Access Rights",
}


@dataclass
class EmulatorData:
    """Every record of the emulated database, by model then id.

    Attributes:
        records: ``records["purchase.order"][8]`` is the stored dict of P00008.
        next_ids: Next id to hand out per model.

    """

    records: dict[str, dict[int, Record]] = field(default_factory=dict)
    next_ids: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_records(cls, records: dict[str, dict[int, Record]]) -> EmulatorData:
        """Seed from ``{model: {id: values}}``; the dicts are copied, ids continue after max."""
        copied = {
            model: {int(k): dict(v) for k, v in rows.items()} for model, rows in records.items()
        }
        next_ids = {model: max(rows, default=0) + 1 for model, rows in copied.items()}
        return cls(copied, next_ids)

    def table(self, model: str) -> dict[int, Record]:
        """Return the records of ``model`` (created empty on first use)."""
        return self.records.setdefault(model, {})

    def next_id(self, model: str) -> int:
        """Reserve and return a fresh id for ``model``."""
        table = self.table(model)
        new_id = max(self.next_ids.get(model, 1), max(table, default=0) + 1)
        self.next_ids[model] = new_id + 1
        return new_id

    def copy(self) -> EmulatorData:
        """Return a deep copy, so that one seed can serve several emulators."""
        return EmulatorData(copy.deepcopy(self.records), dict(self.next_ids))


class Database:
    """The emulated database: data, schema, access rights and the ORM operations."""

    def __init__(
        self, data: EmulatorData, registry: dict[str, ModelSchema], version: int, name: str
    ) -> None:
        """Wrap ``data`` with the schema of Odoo ``version``; ``name`` is the db name."""
        self.data = data
        self.registry = registry
        self.version = version
        self.name = name
        self.lock = threading.RLock()
        self.access: dict[tuple[int, str], set[str]] = {}
        self.hostname = socket.gethostname() or "localhost"

    # -- schema and access -------------------------------------------------------------
    def schema(self, model: str) -> ModelSchema:
        """Return the model's schema, or the UserError Odoo raises for an unknown model."""
        schema = self.registry.get(model)
        if schema is None:
            raise errors.user_error(f"Object {model} doesn't exist")
        return schema

    def field(self, model: str, name: str) -> Field:
        """One field, or Odoo's ValueError for an unknown one."""
        found = self.schema(model).fields.get(name)
        if found is None:
            raise errors.value_error(f"Invalid field {name!r} on model {model!r}")
        return found

    def check_access(self, uid: int, model: str, operation: str) -> None:
        """Raise AccessError when ``uid`` may not ``operation`` (read/write/create/unlink)."""
        allowed = self.access.get((uid, model))
        if allowed is None or operation in allowed:
            return
        groups = _GROUPS.get(model, "Administration/Settings")
        description = self.schema(model).description
        raise errors.access_error(
            f"You are not allowed to {_VERBS[operation]} '{description}' ({model}) records.\n\n"
            f"This operation is allowed for the following groups:\n\t- {groups}\n\n"
            "Contact your administrator to request access if necessary."
        )

    # -- values ------------------------------------------------------------------------
    def exists(self, model: str, rec_id: Any) -> bool:
        """Whether ``model`` has a record ``rec_id``."""
        return isinstance(rec_id, int) and rec_id in self.data.table(model)

    def existing(self, model: str, ids: Iterable[int]) -> list[int]:
        """Return the ids among ``ids`` that exist, in the given order, without duplicates."""
        table = self.data.table(model)
        return list(dict.fromkeys(i for i in ids if isinstance(i, int) and i in table))

    def value(self, model: str, rec_id: int, name: str) -> Any:
        """Return the value of a field as Odoo holds it (many2one as id, x2many as id list)."""
        if name == "id":
            return rec_id
        if name == "display_name":
            return self.display_name(model, rec_id)
        computed = rules.compute(self, model, rec_id, name)
        if computed is not rules.NOT_COMPUTED:
            return computed
        fld = self.schema(model).fields[name]
        if fld.type == "one2many" and fld.relation and fld.relation_field:
            return self.inverse(model, rec_id, fld.relation, fld.relation_field)
        stored = self.data.table(model)[rec_id].get(name)
        if stored is None or (stored is False and fld.type != "boolean"):
            return fld.empty()
        if fld.type == "float" or fld.type == "monetary":
            return float(stored)
        return stored

    def inverse(self, model: str, rec_id: int, comodel: str, inverse_name: str) -> list[int]:
        """Ids of ``comodel`` records pointing at ``rec_id`` (a one2many), in comodel order."""
        co_fields = self.registry[comodel].fields
        model_key = (
            "model" if "model" in co_fields else "res_model" if "res_model" in co_fields else None
        )
        found = []
        for other_id, row in self.data.table(comodel).items():
            if row.get(inverse_name) != rec_id or row.get("active") is False:
                continue
            if (
                model_key
                and inverse_name == "res_id"
                and self.value(comodel, other_id, model_key) != model
            ):
                continue
            found.append(other_id)
        return self.sort(comodel, found)

    def display_name(self, model: str, rec_id: int) -> str | bool:
        """Return the record's display name, the second item of a read many2one."""
        row = self.data.table(model).get(rec_id)
        if row is None:
            return f"{model},{rec_id}"
        special = rules.display_name(self, model, rec_id, row)
        if special is not None:
            return special
        rec_name = self.registry[model].rec_name if model in self.registry else "name"
        name = row.get(rec_name)
        return name if isinstance(name, str) else False

    def path_values(self, model: str, rec_id: int, path: str) -> list[Any]:
        """Every value a dotted ``path`` reaches from one record (for domains)."""
        head, _, rest = path.partition(".")
        fld = self.schema(model).fields[head]
        current = self.value(model, rec_id, head)
        if not rest:
            return list(current) if fld.type in X2MANY else [current]
        ids = list(current) if fld.type in X2MANY else ([current] if current else [])
        assert fld.relation is not None
        out: list[Any] = []
        for other in ids:
            if self.exists(fld.relation, other):
                out.extend(self.path_values(fld.relation, other, rest))
        return out

    # -- search ------------------------------------------------------------------------
    def prepare_domain(self, model: str, domain: Sequence[Any]) -> list[Any]:
        """Check every leaf's path like Odoo does and rewrite name comparisons.

        A many2one compared with a string (``("partner_id", "ilike", "Wood")``) compares
        its display name, as Odoo's name_search-based operators do.
        """
        if not isinstance(domain, list | tuple):
            raise errors.value_error(f"Invalid domain {domain!r}")
        out: list[Any] = []
        for item in domain:
            if not is_leaf(item):
                out.append(item)
                continue
            path, operator, operand = item
            if isinstance(path, int):
                out.append(tuple(item))
                continue
            current_model, parts, last = model, str(path).split("."), None
            for index, part in enumerate(parts):
                last = self.registry[current_model].fields.get(part)
                if last is None or (index < len(parts) - 1 and not last.relation):
                    leaf = (path, operator, operand)
                    raise errors.value_error(
                        f"Invalid field {current_model}.{part} in leaf {leaf!r}"
                    )
                current_model = last.relation or current_model
            names = operand if isinstance(operand, list | tuple) else [operand]
            if (
                last
                and last.type == "many2one"
                and names
                and all(isinstance(n, str) for n in names)
            ):
                path = f"{path}.display_name"
            out.append((path, operator, operand))
        return out

    def search(
        self,
        model: str,
        domain: Sequence[Any],
        offset: int = 0,
        limit: int | None = None,
        order: str | None = None,
        active_test: bool = True,
    ) -> list[int]:
        """Ids matching ``domain``, sorted by ``order`` (or the model's), then sliced.

        Archived records (``active`` False) are left out unless the domain names
        ``active`` or ``active_test`` is False, like Odoo.
        """
        prepared = self.prepare_domain(model, domain)
        active_filter = (
            active_test
            and "active" in self.schema(model).fields
            and not any(is_leaf(leaf) and str(leaf[0]) == "active" for leaf in prepared)
        )
        parents = self._parents(model)
        found = []
        try:
            for rec_id, row in self.data.table(model).items():
                if active_filter and row.get("active") is False:
                    continue
                if matches(prepared, self._getter(model, rec_id), parents):
                    found.append(rec_id)
        except DomainError as exc:
            raise errors.value_error(str(exc)) from None
        ordered = self.sort(model, found, order)
        end = None if not limit else offset + int(limit)
        return ordered[int(offset or 0) : end]

    def _getter(self, model: str, rec_id: int) -> Callable[[str], list[Any]]:
        return lambda path: self.path_values(model, rec_id, path)

    def _parents(self, model: str) -> Any:
        if "parent_id" not in self.schema(model).fields:
            return None
        table = self.data.table(model)
        return lambda rec_id: table.get(rec_id, {}).get("parent_id") or False

    def sort(self, model: str, ids: list[int], order: str | None = None) -> list[int]:
        """Sort ids by an Odoo ``order`` spec (``"date_planned asc, id desc"``)."""
        spec = order or self.schema(model).order
        keys = []
        for part in spec.split(","):
            words = part.split()
            if not words:
                continue
            name = words[0]
            if name not in self.schema(model).fields:
                raise errors.value_error(f"Invalid field {name!r} on model {model!r}")
            keys.append((name, len(words) > 1 and words[1].lower() == "desc"))
        result = list(ids)
        for name, descending in reversed(keys):
            result.sort(key=partial(self._sort_key, model, name=name), reverse=descending)
        return result

    def _sort_key(self, model: str, rec_id: int, name: str) -> tuple[bool, Any]:
        fld = self.schema(model).fields[name]
        value = self.value(model, rec_id, name)
        if fld.type == "many2one" and value:
            assert fld.relation is not None
            value = self.display_name(fld.relation, value) or ""
        if fld.type in X2MANY:
            value = len(value)
        if value is False and fld.type != "boolean":
            return (True, "")
        return (False, value if not isinstance(value, bool) else int(value))

    # -- read --------------------------------------------------------------------------
    def format(self, fld: Field, value: Any, load: str | None) -> Any:
        """Return a field value as the RPC layer sends it (many2one as ``[id, name]``)."""
        if fld.type == "many2one" and value and load != "_classic_write":
            assert fld.relation is not None
            return [value, self.display_name(fld.relation, value)]
        return value

    def read(
        self, model: str, ids: Iterable[int], names: Sequence[str] | None, load: str | None
    ) -> list[Record]:
        """Read fields of existing records (missing ids are skipped, like Odoo 17)."""
        schema = self.schema(model)
        wanted = [n for n in (names or schema.fields) if n != "id"]
        for name in wanted:
            self.field(model, name)
        rows = []
        for rec_id in self.existing(model, ids):
            row: Record = {"id": rec_id}
            for name in wanted:
                fld = schema.fields[name]
                row[name] = self.format(fld, self.value(model, rec_id, name), load)
            rows.append(row)
        return rows

    # -- write -------------------------------------------------------------------------
    def convert(self, model: str, name: str, value: Any) -> Any:
        """Validate and convert one incoming value to its stored form."""
        fld = self.field(model, name)
        if value is None or value is False:
            return [] if fld.type in X2MANY else False
        if fld.type == "date":
            return _parse_date(str(value)).strftime("%Y-%m-%d")
        if fld.type == "datetime":
            return _parse_datetime(str(value)).strftime("%Y-%m-%d %H:%M:%S")
        if fld.type == "many2one":
            return value[0] if isinstance(value, list | tuple) else int(value)
        if fld.type in ("float", "monetary"):
            return float(value)
        if fld.type == "integer":
            return int(value)
        if fld.type == "html":
            return rules.sanitize_html(str(value))
        if (
            fld.type == "selection"
            and fld.selection
            and str(value) not in {str(key) for key, _label in fld.selection}
        ):
            raise errors.value_error(f"Wrong value for {model}.{name}: {value!r}")
        return value

    def now(self) -> str:
        """Return the server clock, in Odoo's datetime format (UTC)."""
        return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _parse_date(text: str) -> datetime:
    try:
        return datetime.strptime(text[:10], "%Y-%m-%d")
    except ValueError:
        raise errors.value_error(f"time data {text!r} does not match format '%Y-%m-%d'") from None


def _parse_datetime(text: str) -> datetime:
    value = text[:19]
    if len(value) == 10:
        value += " 00:00:00"
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        raise errors.value_error(
            f"time data {text!r} does not match format '%Y-%m-%d %H:%M:%S'"
        ) from None
