"""Reference data a gateway reads once and keeps.

Warehouses, who owns which location and receipt type, users, model and activity-type ids,
the fields the server's purchase.order has.
These change rarely (a new warehouse, a new buyer), so one connection reads them at start
(:meth:`Reference.prepare`) and answers from memory afterwards; a key it has never seen
(a new location, a new user) is read on demand and remembered. Users and the vendor
directory are re-read after ``ttl`` seconds so a long-running service notices changes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from agent.errors import OdooError
from agent.odoo.records import User, Warehouse
from agent.odoo.transport import OdooTransport
from agent.odoo.wire import any_of, m2o_id, m2o_name, opt, text

logger = logging.getLogger(__name__)

USER_FIELDS = ["login", "name", "email"]


class Reference:
    """Per-connection cache of reference data (see the module docstring).

    Args:
        transport: The connection to read through.
        ttl: Seconds after which users are read again.
        monotonic: Time source for ``ttl`` (tests pass a fake).
    """

    def __init__(
        self,
        transport: OdooTransport,
        ttl: float = 900.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        """Start empty; :meth:`prepare` fills what every batch needs."""
        self._t = transport
        self._ttl = ttl
        self._monotonic = monotonic
        self._warehouses: list[Warehouse] | None = None
        self._location_wh: dict[int, int | None] = {}
        self._type_wh: dict[int, int | None] = {}
        self._users: dict[int, User] = {}
        self._users_at = -1.0
        self._model_ids: dict[str, int] = {}
        self._xmlids: dict[str, int] = {}
        self._fields: dict[str, set[str]] = {}

    def prepare(self) -> None:
        """Read warehouses, internal locations, receipt types, users and PO fields (5 calls)."""
        self.warehouses()
        self.warehouse_of_locations([])
        self.warehouse_of_picking_types([])
        self.users()
        self.fields_of("purchase.order")

    # ------------------------------------------------------------ warehouses
    def warehouses(self) -> list[Warehouse]:
        """All active warehouses (read once)."""
        if self._warehouses is None:
            rows = self._t.call(
                "stock.warehouse", "search_read", domain=[], fields=["name", "code", "lot_stock_id"]
            )
            self._warehouses = [
                Warehouse(id=r["id"], name=text(r["name"]), code=text(r["code"])) for r in rows
            ]
        return list(self._warehouses)

    def warehouse_of_locations(self, location_ids: Iterable[int]) -> dict[int, int | None]:
        """Warehouse of each stock location (internal ones read at start, others on demand)."""
        if not self._location_wh:
            rows = self._t.call(
                "stock.location",
                "search_read",
                domain=[["usage", "=", "internal"]],
                fields=["warehouse_id"],
            )
            self._location_wh.update({r["id"]: m2o_id(r["warehouse_id"]) for r in rows})
        return self._resolve(self._location_wh, location_ids, "stock.location", "warehouse_id")

    def warehouse_of_picking_types(self, type_ids: Iterable[int]) -> dict[int, int | None]:
        """Warehouse of each operation type (receipt types read at start, others on demand)."""
        if not self._type_wh:
            rows = self._t.call(
                "stock.picking.type",
                "search_read",
                domain=[["code", "=", "incoming"]],
                fields=["warehouse_id"],
            )
            self._type_wh.update({r["id"]: m2o_id(r["warehouse_id"]) for r in rows})
        return self._resolve(self._type_wh, type_ids, "stock.picking.type", "warehouse_id")

    def _resolve(
        self, cache: dict[int, int | None], ids: Iterable[int], model: str, field: str
    ) -> dict[int, int | None]:
        wanted = {i for i in ids if i}
        missing = sorted(wanted - set(cache))
        if missing:
            rows = self._t.call(model, "read", missing, fields=[field])
            cache.update({r["id"]: m2o_id(r[field]) for r in rows})
            cache.update({i: None for i in missing if i not in cache})
        return {i: cache.get(i) for i in wanted}

    # ------------------------------------------------------------ users
    def users(self, ids: Sequence[int] = (), logins: Sequence[str] = ()) -> list[User]:
        """Users by id or login; internal users are read at start and after ``ttl``."""
        if self._users_at < 0 or self._monotonic() - self._users_at > self._ttl:
            rows = self._t.call(
                "res.users", "search_read", domain=[["share", "=", False]], fields=USER_FIELDS
            )
            self._users = {r["id"]: _user(r) for r in rows}
            self._users_at = self._monotonic()
        known_logins = {u.login for u in self._users.values()}
        missing_ids = sorted(set(ids) - set(self._users))
        missing_logins = sorted(set(logins) - known_logins)
        if missing_ids or missing_logins:
            leaves: list[Any] = []
            if missing_ids:
                leaves.append(("id", "in", missing_ids))
            if missing_logins:
                leaves.append(("login", "in", missing_logins))
            rows = self._t.call(
                "res.users", "search_read", domain=any_of(leaves), fields=USER_FIELDS
            )
            self._users.update({r["id"]: _user(r) for r in rows})
        wanted_ids, wanted_logins = set(ids), set(logins)
        return [
            u
            for uid, u in sorted(self._users.items())
            if uid in wanted_ids or u.login in wanted_logins
        ]

    def user_login(self, user_id: int | None) -> str | None:
        """Login of a cached user (no call)."""
        user = self._users.get(user_id) if user_id else None
        return user.login if user else None

    # ------------------------------------------------------------ ids for writes
    def model_ids(self, models: Iterable[str]) -> dict[str, int]:
        """``ir.model`` ids of models (``res_model_id`` of activities), read once."""
        missing = sorted(set(models) - set(self._model_ids))
        if missing:
            rows = self._t.call(
                "ir.model", "search_read", domain=[["model", "in", missing]], fields=["model"]
            )
            self._model_ids.update({r["model"]: r["id"] for r in rows})
        unknown = [m for m in missing if m not in self._model_ids]
        if unknown:
            raise OdooError(
                f"models {unknown} are not installed in this database",
                model="ir.model",
                method="search_read",
            )
        return {m: self._model_ids[m] for m in models}

    def xmlids(self, xmlids: Iterable[str]) -> dict[str, int]:
        """Record ids of external ids (``mail.mail_activity_data_todo``), read once."""
        missing = sorted(set(xmlids) - set(self._xmlids))
        if missing:
            leaves = []
            for xmlid in missing:
                module, _, name = xmlid.partition(".")
                leaves.append(["&", ["module", "=", module], ["name", "=", name]])
            rows = self._t.call(
                "ir.model.data",
                "search_read",
                domain=any_of(leaves),
                fields=["module", "name", "res_id"],
            )
            self._xmlids.update({f"{r['module']}.{r['name']}": int(r["res_id"]) for r in rows})
        unknown = [x for x in missing if x not in self._xmlids]
        if unknown:
            raise OdooError(
                f"external ids {unknown} do not exist; check TRIAGE_ODOO_ACTIVITY_TYPE",
                model="ir.model.data",
                method="search_read",
            )
        return {x: self._xmlids[x] for x in xmlids}

    def fields_of(self, model: str) -> set[str]:
        """Field names the server's ``model`` has (read once; customisations included)."""
        if model not in self._fields:
            found = self._t.call(model, "fields_get", attributes=["type"])
            self._fields[model] = set(found) if isinstance(found, dict) else set()
        return self._fields[model]


def _user(row: dict[str, Any]) -> User:
    return User(
        id=row["id"],
        login=text(row["login"]),
        name=text(row["name"]) or m2o_name(row.get("name")),
        email=opt(row.get("email")) or None,
    )
