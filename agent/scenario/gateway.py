"""``ScenarioGateway``: the offline twin of Odoo that answers from the bundled scenario.

Reads answer from :class:`~agent.scenario.model.Scenario` through indexes built once.
Writes (activities, chatter notes, new line dates) go to the local review queue's
:class:`~agent.scenario.activity_log.ActivityLog`; they are idempotent by marker like the
real adapter, and later reads see them (a changed line date moves its incoming quantity).
Mistakes Odoo would refuse (an unknown record, user or line) raise ``OdooError`` with the
name of the exception Odoo would have raised, and the whole call writes nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Literal

from agent.errors import OdooError
from agent.odoo.gateway import (
    OrderLookup,
    VendorLookup,
    find_orders_one_by_one,
    find_vendors_one_by_one,
)
from agent.odoo.records import (
    ActivityDraft,
    ActivityStatus,
    DemandSeries,
    IncomingLine,
    LineHistory,
    Product,
    PurchaseOrder,
    ReorderRule,
    StockPosition,
    SupplierInfo,
    User,
    Vendor,
    Warehouse,
)
from agent.scenario.activity_log import (
    ActivityClosed,
    ActivityCreated,
    ActivityLog,
    ActivityReassigned,
    LineDatesSet,
    LogEntry,
    NotePosted,
)
from agent.scenario.demand import window
from agent.scenario.history import closed_line_history
from agent.scenario.model import Scenario

logger = logging.getLogger(__name__)

OPEN_STATES = frozenset({"draft", "sent", "to approve", "purchase"})
INCOMING_STATES = frozenset({"purchase"})
SCAN_STATES = frozenset({"sent", "to approve", "purchase", "done"})
FIRST_ACTIVITY_ID = 1
_MISSING = "odoo.exceptions.MissingError"
_INVALID = "odoo.exceptions.ValidationError"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _bracketed(message_id: str) -> str:
    value = message_id.strip()
    return value if value.startswith("<") else f"<{value}>"


class ScenarioGateway:
    """The ``OdooGateway`` of the embedded default: the scenario plus a local activity log.

    Args:
        scenario: What to answer reads from (usually ``load_scenario()``).
        activity_log: JSON-lines file of the writes; ``None`` keeps them in memory.
        clock: Time stamp of new log entries (UTC now by default).
    """

    name: str = "scenario"

    def __init__(
        self,
        scenario: Scenario,
        activity_log: Path | None = None,
        *,
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        """Index the scenario and replay an existing activity log."""
        self.scenario = scenario
        self.log = ActivityLog(activity_log)
        self._clock = clock
        self._vendors = {v.id: v for v in scenario.vendors}
        self._by_email: dict[str, Vendor] = {}
        self._by_domain: dict[str, list[Vendor]] = defaultdict(list)
        for vendor in scenario.vendors:
            addresses = [vendor.email, *vendor.contact_emails] if vendor.email else []
            addresses = addresses or list(vendor.contact_emails)
            for address in addresses:
                self._by_email.setdefault(address.lower(), vendor)
            domains = {a.lower().rsplit("@", 1)[-1] for a in addresses}
            for domain in sorted(domains | {d.lower() for d in vendor.domains}):
                self._by_domain[domain].append(vendor)
        self._orders = {o.id: o for o in scenario.orders}
        self._order_by_name = {o.name: o.id for o in scenario.orders}
        self._order_by_ref = {o.partner_ref: o.id for o in scenario.orders if o.partner_ref}
        self._order_by_message = {
            m.message_id: m.res_id for m in scenario.mail_messages if m.model == "purchase.order"
        }
        self._line_ids = {line.id for o in scenario.orders for line in o.lines}
        self._products = {p.id: p for p in scenario.products}
        self._product_by_code = {p.default_code: p for p in scenario.products}
        self._users = {u.id: u for u in scenario.users}
        self._demand = {(d.product_id, d.warehouse_id): d for d in scenario.demand}
        self._records: dict[str, set[int]] = {
            "purchase.order": set(self._orders),
            "product.product": set(self._products),
            "res.partner": set(self._vendors),
            "stock.warehouse.orderpoint": {r.id for r in scenario.reorder_rules},
        }
        self._activities: dict[str, ActivityCreated] = {}
        self._closed: dict[str, ActivityClosed] = {}
        self._owners: dict[int, int] = {}
        self._dates: dict[int, dt.datetime] = {}
        self._last_message_id = max((m.id for m in scenario.mail_messages), default=0)
        self._last_activity_id = FIRST_ACTIVITY_ID - 1
        self.log.subscribe(self._apply)

    # ------------------------------------------------------------ log replay
    def _apply(self, entry: LogEntry) -> None:
        if isinstance(entry, ActivityCreated):
            self._activities.setdefault(entry.draft.marker, entry)
            self._last_activity_id = max(self._last_activity_id, entry.activity_id)
            if entry.note_id is not None:
                self._last_message_id = max(self._last_message_id, entry.note_id)
        elif isinstance(entry, NotePosted):
            self._last_message_id = max(self._last_message_id, entry.message_id)
        elif isinstance(entry, LineDatesSet):
            self._dates.update(dict(entry.changes))
        elif isinstance(entry, ActivityReassigned):
            self._owners[entry.activity_id] = entry.user_id
        else:
            self._closed[entry.marker] = entry

    # ------------------------------------------------------------ reads
    def server_version(self) -> str:
        """Always ``"scenario"``."""
        return "scenario"

    def vendors_by_emails(self, emails: Sequence[str]) -> dict[str, Vendor]:
        """Vendors by exact company or contact address; unknown addresses are left out."""
        found = {e.strip().lower(): self._by_email.get(e.strip().lower()) for e in emails}
        return {email: vendor for email, vendor in found.items() if vendor is not None}

    def vendors_by_domains(self, domains: Sequence[str]) -> dict[str, list[Vendor]]:
        """Vendors with an address on each domain; domains nobody uses are left out."""
        keys = {d.strip().lower().lstrip("@") for d in domains}
        return {d: list(self._by_domain[d]) for d in sorted(keys) if d in self._by_domain}

    def find_vendors(self, emails: Sequence[str] = (), domains: Sequence[str] = ()) -> VendorLookup:
        """Both vendor look-ups at once (round trips are free offline)."""
        return find_vendors_one_by_one(self, emails, domains)

    def vendor_directory(self) -> list[Vendor]:
        """Every vendor of the scenario."""
        return list(self.scenario.vendors)

    def vendors_by_ids(self, ids: Sequence[int]) -> dict[int, Vendor]:
        """Vendors by partner id."""
        return {i: self._vendors[i] for i in ids if i in self._vendors}

    def orders_by_names(self, names: Sequence[str]) -> dict[str, PurchaseOrder]:
        """Orders by exact Odoo name, with lines as currently dated."""
        self.log.refresh()
        return {n: self._order(self._order_by_name[n]) for n in names if n in self._order_by_name}

    def orders_by_partner_refs(self, refs: Sequence[str]) -> dict[str, PurchaseOrder]:
        """Orders by the vendor's own order number (exact)."""
        self.log.refresh()
        return {r: self._order(self._order_by_ref[r]) for r in refs if r in self._order_by_ref}

    def open_orders_by_vendors(self, vendor_ids: Sequence[int]) -> dict[int, list[PurchaseOrder]]:
        """Each asked vendor's open orders (RFQ sent or confirmed, not fully received)."""
        self.log.refresh()
        result: dict[int, list[PurchaseOrder]] = {v: [] for v in vendor_ids}
        for order_id, order in self._orders.items():
            if (
                order.partner_id in result
                and order.state in OPEN_STATES
                and any(line.qty_received < line.product_qty for line in order.lines)
            ):
                result[order.partner_id].append(self._order(order_id))
        return result

    def orders_by_message_ids(self, message_ids: Sequence[str]) -> dict[str, PurchaseOrder]:
        """Orders whose chatter holds a message with one of these Message-IDs."""
        self.log.refresh()
        found = {m: self._order_by_message.get(_bracketed(m)) for m in message_ids}
        return {m: self._order(order_id) for m, order_id in found.items() if order_id is not None}

    def find_orders(
        self,
        names: Sequence[str] = (),
        partner_refs: Sequence[str] = (),
        message_ids: Sequence[str] = (),
        open_for_vendors: Sequence[int] = (),
    ) -> OrderLookup:
        """The four order look-ups at once (round trips are free offline)."""
        return find_orders_one_by_one(self, names, partner_refs, message_ids, open_for_vendors)

    def products(self, ids: Sequence[int]) -> dict[int, Product]:
        """Products by id."""
        return {i: self._products[i] for i in ids if i in self._products}

    def products_by_codes(self, codes: Sequence[str]) -> dict[str, Product]:
        """Products by internal reference (exact)."""
        return {c: self._product_by_code[c] for c in codes if c in self._product_by_code}

    def warehouses(self) -> list[Warehouse]:
        """Both warehouses."""
        return list(self.scenario.warehouses)

    def users(self, ids: Sequence[int] = (), logins: Sequence[str] = ()) -> list[User]:
        """Users whose id or login is asked for, in id order."""
        wanted_ids, wanted_logins = set(ids), set(logins)
        return [u for u in self.scenario.users if u.id in wanted_ids or u.login in wanted_logins]

    def stock_positions(self, product_ids: Sequence[int]) -> list[StockPosition]:
        """Per-warehouse stock of these products."""
        wanted = set(product_ids)
        return [s for s in self.scenario.stock if s.product_id in wanted]

    def incoming(self, product_ids: Sequence[int]) -> list[IncomingLine]:
        """Remaining quantities of confirmed order lines, by warehouse and (current) date.

        RFQs (state ``sent``) have no stock moves in Odoo yet, so they are not incoming.
        """
        self.log.refresh()
        wanted = set(product_ids)
        result = []
        for order_id, raw in self._orders.items():
            if raw.state not in INCOMING_STATES or raw.warehouse_id is None:
                continue
            order = self._order(order_id)
            for line in order.lines:
                remaining = line.product_qty - line.qty_received
                if line.product_id in wanted and remaining > 0:
                    result.append(
                        IncomingLine(
                            product_id=line.product_id,
                            warehouse_id=raw.warehouse_id,
                            po_id=order.id,
                            po_name=order.name,
                            line_id=line.id,
                            qty=remaining,
                            date_planned=line.date_planned.date(),
                            vendor_id=order.partner_id,
                        )
                    )
        return sorted(result, key=lambda i: (i.date_planned, i.po_id, i.line_id))

    def supplier_infos(self, product_ids: Sequence[int]) -> list[SupplierInfo]:
        """Price list entries of these products (several vendors per product)."""
        wanted = set(product_ids)
        return [s for s in self.scenario.supplier_infos if s.product_id in wanted]

    def reorder_rules(self, product_ids: Sequence[int]) -> list[ReorderRule]:
        """Reordering rules of these products."""
        wanted = set(product_ids)
        return [r for r in self.scenario.reorder_rules if r.product_id in wanted]

    def demand_history(
        self, product_ids: Sequence[int], days: int, end: dt.date
    ) -> list[DemandSeries]:
        """``days`` days of demand ending on ``end``; days outside the history sold nothing."""
        if days < 1:
            raise OdooError(f"days must be at least 1, got {days}", model="stock.move")
        result = []
        for product_id in product_ids:
            for warehouse in self.scenario.warehouses:
                series = self._demand.get((product_id, warehouse.id))
                if series is not None:
                    result.append(window(series, days, end))
        return result

    def scan_orders(self, since: dt.date) -> list[PurchaseOrder]:
        """Sent and confirmed orders ordered on or after ``since``, lines as currently dated."""
        self.log.refresh()
        return [
            self._order(order_id)
            for order_id, order in sorted(self._orders.items())
            if order.state in SCAN_STATES and order.date_order.date() >= since
        ]

    def reorder_rules_below_minimum(self) -> list[ReorderRule]:
        """Rules whose forecast (on hand - reserved + confirmed incoming) is below the minimum."""
        self.log.refresh()
        stock = {(s.product_id, s.warehouse_id): s for s in self.scenario.stock}
        incoming: dict[tuple[int, int], float] = defaultdict(float)
        for line in self.incoming(sorted({r.product_id for r in self.scenario.reorder_rules})):
            incoming[(line.product_id, line.warehouse_id)] += line.qty
        below = []
        for rule in self.scenario.reorder_rules:
            key = (rule.product_id, rule.warehouse_id)
            position = stock.get(key)
            on_hand = position.on_hand - position.reserved if position else 0.0
            forecast = round(on_hand + incoming[key], 3)
            if forecast < rule.product_min_qty:
                below.append(rule.model_copy(update={"qty_forecast": forecast}))
        return below

    def line_history(self, vendor_ids: Sequence[int], since: dt.date) -> list[LineHistory]:
        """The generated closed orders (``agent.scenario.history``) and the confirmed open ones.

        Open lines already partly received have no receipt date in the story; their
        receipt is dated on the planned day (or yesterday, when that is still ahead).
        """
        self.log.refresh()
        wanted = set(vendor_ids)
        out = [
            h
            for h in closed_line_history(self.scenario.today)
            if h.vendor_id in wanted and h.ordered_at.date() >= since
        ]
        yesterday = self.scenario.today - dt.timedelta(days=1)
        for order_id, raw in sorted(self._orders.items()):
            if (
                raw.partner_id not in wanted
                or raw.state not in INCOMING_STATES
                or raw.date_order.date() < since
            ):
                continue
            order = self._order(order_id)
            originals = {line.id: line.date_planned for line in raw.lines}
            for line in order.lines:
                planned = line.date_planned.date()
                received = [min(originals[line.id].date(), yesterday)] if line.qty_received else []
                out.append(
                    LineHistory(
                        vendor_id=order.partner_id,
                        vendor_name=order.partner_name,
                        po_id=order.id,
                        po_name=order.name,
                        line_id=line.id,
                        product_id=line.product_id,
                        warehouse_id=order.warehouse_id,
                        state=order.state,
                        ordered_at=order.date_order,
                        ordered_qty=line.product_qty,
                        date_planned=planned,
                        first_date_planned=originals[line.id].date(),
                        date_planned_changed_at=None
                        if line.id not in self._dates
                        else self._clock(),
                        acknowledged_at=order.date_approve if order.acknowledged else None,
                        received_qty=line.qty_received,
                        receipt_dates=received,
                    )
                )
        return sorted(out, key=lambda h: (h.ordered_at, h.po_id, h.line_id))

    # ------------------------------------------------------------ writes
    def find_activities(self, markers: Sequence[str]) -> dict[str, ActivityStatus]:
        """Activities created earlier with these markers: open, done or gone."""
        self.log.refresh()
        return {m: self._status(m) for m in markers if m in self._activities}

    def create_activities(self, drafts: Sequence[ActivityDraft]) -> dict[str, int]:
        """Create activities (and their chatter notes); a known marker returns its activity."""
        for draft in drafts:
            self._check_record(draft.res_model, draft.res_id, "mail.activity")
            if draft.user_id not in self._users:
                raise OdooError(
                    f"user {draft.user_id} does not exist",
                    model="mail.activity",
                    method="create",
                    odoo_name=_INVALID,
                )
        result: dict[str, int] = {}
        with self.log.writing() as append:
            for draft in drafts:
                existing = self._activities.get(draft.marker)
                if existing is None:
                    note_id = self._next_message_id() if draft.chatter_html else None
                    self._last_activity_id += 1
                    entry = ActivityCreated(
                        at=self._clock(),
                        activity_id=self._last_activity_id,
                        note_id=note_id,
                        draft=draft,
                    )
                    append(entry)
                    existing = entry
                result[draft.marker] = existing.activity_id
        logger.info("scenario: %d activities asked, %d markers known", len(drafts), len(result))
        return result

    def set_line_dates(self, changes: Sequence[tuple[int, dt.datetime]]) -> None:
        """Record new planned dates; later reads of those lines and their incoming see them."""
        unknown = sorted({line_id for line_id, _ in changes} - self._line_ids)
        if unknown:
            raise OdooError(
                f"purchase order lines {unknown} do not exist",
                model="purchase.order.line",
                method="write",
                odoo_name=_MISSING,
            )
        aware = [
            (line_id, when if when.tzinfo else when.replace(tzinfo=dt.UTC))
            for line_id, when in changes
        ]
        if aware:
            with self.log.writing() as append:
                append(LineDatesSet(at=self._clock(), changes=aware))

    def reassign_activities(self, changes: Sequence[tuple[int, int]]) -> None:
        """Hand open activities to other users (activity id, user id)."""
        known = {a.activity_id for a in self._activities.values()}
        unknown = sorted({activity_id for activity_id, _ in changes} - known)
        if unknown or any(user_id not in self._users for _, user_id in changes):
            raise OdooError(
                f"cannot reassign activities {unknown or [c[0] for c in changes]}",
                model="mail.activity",
                method="write",
                odoo_name=_MISSING,
            )
        with self.log.writing() as append:
            for activity_id, user_id in changes:
                append(
                    ActivityReassigned(at=self._clock(), activity_id=activity_id, user_id=user_id)
                )

    def post_note(self, res_model: str, res_id: int, body_html: str) -> int:
        """Record an internal note on a record; returns its message id."""
        self._check_record(res_model, res_id, "mail.message")
        with self.log.writing() as append:
            message_id = self._next_message_id()
            append(
                NotePosted(
                    at=self._clock(),
                    message_id=message_id,
                    res_model=res_model,
                    res_id=res_id,
                    body_html=body_html,
                )
            )
        return message_id

    def close_activity(
        self, marker: str, state: str = "done", feedback: str | None = None
    ) -> ActivityStatus:
        """Play the planner: mark an activity done (with feedback) or delete it (``"gone"``).

        Not part of ``OdooGateway``; it stands in for a person acting in Odoo's UI, so the
        feedback loop can be run offline.
        """
        if state not in ("done", "gone"):
            raise OdooError(f"state must be 'done' or 'gone', not {state!r}", model="mail.activity")
        with self.log.writing() as append:
            if marker not in self._activities:
                raise OdooError(
                    f"no activity with marker {marker!r}", model="mail.activity", odoo_name=_MISSING
                )
            closed_state: Literal["done", "gone"] = "done" if state == "done" else "gone"
            append(
                ActivityClosed(
                    at=self._clock(), marker=marker, state=closed_state, feedback=feedback
                )
            )
        return self._status(marker)

    def notes(self, res_model: str, res_id: int) -> list[NotePosted]:
        """Notes posted on one record through this log (for review screens and tests)."""
        return [
            e
            for e in self.log.entries
            if isinstance(e, NotePosted) and e.res_model == res_model and e.res_id == res_id
        ]

    # ------------------------------------------------------------ helpers
    def _order(self, order_id: int) -> PurchaseOrder:
        order = self._orders[order_id]
        if not any(line.id in self._dates for line in order.lines):
            return order
        lines = [
            line.model_copy(update={"date_planned": self._dates[line.id]})
            if line.id in self._dates
            else line
            for line in order.lines
        ]
        planned = min(line.date_planned for line in lines)
        return order.model_copy(update={"lines": lines, "date_planned": planned})

    def _status(self, marker: str) -> ActivityStatus:
        created = self._activities[marker]
        closed = self._closed.get(marker)
        return ActivityStatus(
            marker=marker,
            activity_id=created.activity_id if closed is None else None,
            state="open" if closed is None else closed.state,
            feedback=closed.feedback if closed else None,
            user_id=self._owners.get(created.activity_id, created.draft.user_id),
            date_deadline=created.draft.date_deadline,
        )

    def _next_message_id(self) -> int:
        self._last_message_id += 1
        return self._last_message_id

    def _check_record(self, res_model: str, res_id: int, model: str) -> None:
        ids: Iterable[int] | None = self._records.get(res_model)
        if ids is None or res_id not in ids:
            raise OdooError(
                f"{res_model} record {res_id} does not exist",
                model=model,
                method="create",
                odoo_name=_MISSING,
            )
