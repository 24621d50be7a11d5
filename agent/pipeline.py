"""The orchestrator: ingest -> extract -> match -> assess -> recommend -> gate -> outbox.

Each stage is a plain function over pydantic models; this module only sequences them for a
batch, reads Odoo once per kind of record for the whole batch (``agent.snapshot``), and
records every outcome. One bad email is recorded with its reason and never stops the batch.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from agent.agent_match import agent_matches
from agent.commitments import derive_commitments
from agent.deps import Deps
from agent.errors import OdooUnavailable, ParseError
from agent.extraction.base import ExtractionContext
from agent.extraction.orders import order_commitments
from agent.ingest.headscan import message_key
from agent.ingest.mime import parse_email
from agent.ingest.trust import assess_sender, sender_keys
from agent.matching import match_email, order_keys
from agent.models import (
    Commitment,
    Extraction,
    InboundEmail,
    Match,
    Recommendation,
    RiskAssessment,
    SenderTrust,
)
from agent.odoo.records import PurchaseOrder
from agent.risk.base import RiskInputs
from agent.risk.inputs import risk_inputs
from agent.snapshot import OrderKeys, Snapshot, read_orders, read_stock, read_users, read_vendors
from agent.store import commitments as commitment_store
from agent.store.repository import StoredEmail
from agent.submit import Case, submit
from agent.vendors import VendorReport, note_for, vendor_reports

logger = logging.getLogger(__name__)

ODOO_WAIT = "odoo_wait"
"""Status of an email extracted while Odoo could not be reached; matched once it answers."""
WAITING = ("received", ODOO_WAIT)


@dataclass
class IntakeReport:
    """What intake did with a batch of raw messages."""

    parsed: int = 0
    duplicates: int = 0
    errors: int = 0
    error_reasons: dict[str, int] = field(default_factory=dict)
    new_ids: list[str] = field(default_factory=list)
    all_ids: list[str] = field(default_factory=list)


def intake(deps: Deps, items: Iterable[tuple[bytes, str]]) -> IntakeReport:
    """Parse and commit raw messages; a bad one is quarantined with its reason.

    A bad message is stored under :func:`~agent.ingest.headscan.message_key`, as the HTTP
    intake stores raw bytes, so the same bytes are one row whichever way they came in.
    """
    report = IntakeReport()
    for raw, source in items:
        now = deps.clock.now()
        try:
            email = parse_email(raw, source=source)
        except ParseError as exc:
            key = message_key(raw)  # the key ``POST /v1/emails`` commits the same bytes under
            result = deps.store.add_failed_email(
                raw,
                message_id=key.message_id,
                content_hash=key.content_hash,
                source=source,
                reason=exc.reason,
                error=str(exc),
                now=now,
            )
            report.all_ids.append(result.id)
            if result.created:
                report.errors += 1
                report.error_reasons[exc.reason] = report.error_reasons.get(exc.reason, 0) + 1
            else:
                report.duplicates += 1
            continue
        result = deps.store.add_email(raw, email, source, now)
        report.all_ids.append(result.id)
        if result.created:
            report.parsed += 1
            report.new_ids.append(result.id)
        else:
            report.duplicates += 1
    return report


@dataclass
class _Work:
    stored: StoredEmail
    email: InboundEmail
    trust: SenderTrust | None = None
    extraction: Extraction | None = None
    match: Match | None = None
    commitments: list[Commitment] = field(default_factory=list)
    rows: dict[int, list[int]] = field(default_factory=dict)


def process_emails(deps: Deps, email_ids: Sequence[str]) -> list[Recommendation]:
    """Take stored emails through every stage, reading Odoo once per kind for the batch.

    While Odoo cannot be reached the emails are still extracted, and kept as ``odoo_wait``
    with the error (:func:`_wait_for_odoo`); ``agent.waiting`` runs them again later.
    """
    if not email_ids:
        return []
    stored = [s for s in deps.store.emails(ids=email_ids) if s.status in WAITING and s.email]
    work = [_Work(stored=s, email=s.email) for s in stored if s.email is not None]
    if not work:
        return []
    work.sort(key=_sent_order)
    snapshot = Snapshot()
    try:
        _read_senders(deps, work, snapshot)
        keys = _extract(deps, work, snapshot)
        orders, risks, vendors = _match_and_assess(deps, work, keys, snapshot)
    except OdooUnavailable as exc:
        _wait_for_odoo(deps, work, exc)
        return []
    out: list[Recommendation] = []
    for item in work:
        try:
            with deps.store.unit():  # all of the email's writes commit together, or none
                made = _record(deps, item, orders, snapshot, risks, vendors)
        except OdooUnavailable as exc:
            _wait_for_odoo(deps, [item], exc)
            continue
        except Exception as exc:  # one email never stops the batch: record why
            _fail(deps, item, "recommend", exc)
            continue
        out.extend(made)
    return out


def _read_senders(deps: Deps, work: list[_Work], snapshot: Snapshot) -> None:
    """The vendors of every sender of the batch (one read)."""
    addresses: set[str] = set()
    domains: set[str] = set()
    for item in work:
        found_emails, found_domains = sender_keys(item.email)
        addresses.update(found_emails)
        domains.update(found_domains)
    read_vendors(deps.gateway, addresses, domains, snapshot)


def _extract(deps: Deps, work: list[_Work], snapshot: Snapshot) -> OrderKeys:
    """Assess each sender and extract each email; the order keys the batch names."""
    directory = {v.id: v for v in snapshot.vendor_directory}
    directory.update({v.id: v for v in snapshot.vendors_by_email.values()})
    keys = OrderKeys()
    for item in list(work):
        try:
            item.trust = assess_sender(
                item.email,
                snapshot.vendors_by_email,
                snapshot.vendors_by_domain,
                snapshot.vendor_directory,
            )
            vendor = directory.get(item.trust.vendor_id) if item.trust.vendor_id else None
            item.extraction = deps.extractor.extract(
                item.email, _context(deps, vendor.country_code if vendor else None)
            )
        except Exception as exc:  # one email never stops the batch: record why
            _fail(deps, item, "extraction", exc)
            work.remove(item)
            continue
        found = order_keys(item.email, item.extraction, item.trust)
        keys.names |= found.names
        keys.partner_refs |= found.partner_refs
        keys.message_ids |= found.message_ids
        keys.vendor_ids |= found.vendor_ids
    return keys


def _context(deps: Deps, country: str | None) -> ExtractionContext:
    return ExtractionContext(
        vendor_country=country,
        week_weekday=deps.settings.week_weekday,
        po_prefixes=deps.po_prefixes,
    )


def _match_and_assess(
    deps: Deps, work: list[_Work], keys: OrderKeys, snapshot: Snapshot
) -> tuple[dict[int, PurchaseOrder], list[RiskAssessment], dict[int, VendorReport]]:
    """Match every email to its orders, derive commitments, read stock and assess risk."""
    today = deps.clock.now().date()
    read_orders(deps.gateway, keys, snapshot)
    matched = [
        (i.email, i.extraction, match_email(i.email, i.extraction, i.trust, snapshot))
        for i in work
        if i.extraction is not None
    ]
    for item, match in zip(work, agent_matches(deps, matched, snapshot), strict=True):
        item.match = match
    orders = {po.id: po for po in snapshot.orders()}
    for item in work:
        assert item.extraction is not None and item.match is not None
        item.commitments = derive_commitments(
            item.extraction,
            item.match,
            orders,
            item.stored.id,
            deps.clock.now(),
            per_order=order_commitments(item.email, item.extraction, deps.po_prefixes),
        )
    products = {
        line.product_id
        for item in work
        for po_id in (item.match.po_ids if item.match else [])
        for line in orders[po_id].lines
        if po_id in orders
    }
    read_stock(deps.gateway, sorted(products), today, snapshot)
    read_users(deps.gateway, {po.user_id for po in orders.values() if po.user_id}, snapshot)
    vendors = _vendor_reports(deps, work, orders)
    risks = _assess(deps, work, orders, snapshot, today, vendors)
    return orders, risks, vendors


def _wait_for_odoo(deps: Deps, items: Sequence[_Work], exc: OdooUnavailable) -> None:
    """Keep each email's extraction (made without Odoo if need be) and mark it ``odoo_wait``.

    Nothing was matched or recommended, so nothing is lost: the email is taken through the
    whole pipeline again once Odoo answers (``agent.waiting``), its extraction replaced.
    """
    logger.warning("odoo unavailable, %d email(s) wait for it: %s", len(items), exc)
    for item in items:
        try:
            extraction = item.extraction or deps.extractor.extract(item.email, _context(deps, None))
            with deps.store.unit():
                deps.store.save_extraction(
                    item.stored.id, extraction, None, item.trust, deps.clock.now(), replace=True
                )
                deps.store.set_email_status(
                    item.stored.id, ODOO_WAIT, deps.clock.now(), error=f"odoo: {exc}"
                )
        except Exception as failure:  # one email never stops the batch: record why
            _fail(deps, item, "extraction", failure)


def _record(
    deps: Deps,
    item: _Work,
    orders: dict[int, PurchaseOrder],
    snapshot: Snapshot,
    risks: list[RiskAssessment],
    vendors: Mapping[int, VendorReport],
) -> list[Recommendation]:
    """Store one email's extraction and commitments, submit a case per order, mark it done."""
    assert item.extraction is not None and item.match is not None
    deps.store.save_extraction(
        item.stored.id,
        item.extraction,
        item.match,
        item.trust,
        deps.clock.now(),
        replace=item.stored.status == ODOO_WAIT,
    )
    commitment_store.record(deps.store, item.commitments, item.match.vendor_id)
    out: list[Recommendation] = []
    for match in per_order_matches(item.match, orders):
        po_id = match.po_ids[0] if match.po_ids else None
        case = Case(
            source_type="email",
            source_id=item.stored.id,
            email=item.email,
            extraction=item.extraction,
            intent=item.extraction.intent,
            trust=item.trust,
            match=match,
            commitments=[c for c in item.commitments if po_id is None or c.po_id == po_id],
            risks=[risks[i] for i in item.rows.get(po_id or 0, [])],
            vendor_note=note_for(vendors, item.match.vendor_id),
        )
        rec = submit(deps, case, orders, snapshot)
        if rec is not None:
            out.append(rec)
    deps.store.set_email_status(item.stored.id, "processed", deps.clock.now())
    return out


def _sent_order(item: _Work) -> tuple[dt.datetime, str]:
    """Oldest email first (by its Date), so a later email about an order updates the earlier.

    Emails read in one batch share their arrival time, and store ids are random: without
    this the winner between two emails about the same order would change from run to run.
    """
    sent = item.email.date
    sent = sent.astimezone(dt.UTC) if sent.tzinfo else sent.replace(tzinfo=dt.UTC)
    return sent, item.email.message_id


def per_order_matches(match: Match, orders: Mapping[int, PurchaseOrder]) -> list[Match]:
    """One match per order an email names, so each order gets its own recommendation."""
    if len(match.po_ids) < 2:
        return [match]
    out = []
    for po_id, name in zip(match.po_ids, match.po_names, strict=True):
        order = orders.get(po_id)
        own = {line.id for line in order.lines} if order else set()
        out.append(
            match.model_copy(
                update={
                    "po_ids": [po_id],
                    "po_names": [name],
                    "line_ids": [lid for lid in match.line_ids if lid in own],
                }
            )
        )
    return out


def _assess(
    deps: Deps,
    work: list[_Work],
    orders: dict[int, PurchaseOrder],
    snapshot: Snapshot,
    today: dt.date,
    vendors: Mapping[int, VendorReport] | None = None,
) -> list[RiskAssessment]:
    """One risk-model call for every product x warehouse the batch touches."""
    rows: list[RiskInputs] = []
    for item in work:
        if item.match is None:
            continue
        for po_id in item.match.po_ids:
            order = orders.get(po_id)
            if order is None:
                continue
            seen: set[tuple[int, int]] = set()
            warehouse_id = order.warehouse_id or next(iter(snapshot.warehouses), 0)
            for line in order.lines:
                key = (line.product_id, warehouse_id)
                if key in seen or line.product_id not in snapshot.products:
                    continue
                seen.add(key)
                item.rows.setdefault(po_id, []).append(len(rows))
                rows.append(risk_inputs(key, order, item.commitments, snapshot, today, vendors))
    return deps.risk_model.assess(rows) if rows else []


# ---------------------------------------------------------------- vendor scorecards
def _vendor_reports(
    deps: Deps, work: list[_Work], orders: dict[int, PurchaseOrder]
) -> dict[int, VendorReport]:
    """Scorecards of every vendor the batch's orders belong to: one history read."""
    ids = {
        orders[po_id].partner_id
        for item in work
        for po_id in (item.match.po_ids if item.match else [])
        if po_id in orders
    }
    return vendor_reports(deps.gateway, deps.store, sorted(ids), deps.clock.now()) if ids else {}


def _fail(deps: Deps, item: _Work, stage: str, exc: Exception) -> None:
    logger.exception("email %s failed in %s", item.stored.id, stage)
    deps.store.set_email_status(
        item.stored.id, "failed", deps.clock.now(), error=f"{stage}: {type(exc).__name__}: {exc}"
    )
