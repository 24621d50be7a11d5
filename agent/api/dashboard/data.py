"""What the dashboard pages show, computed from the store, the policy and the gateway."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from agent.api.deps import Service
from agent.api.metrics import model_usage
from agent.deps import Deps
from agent.models import Commitment, CommitmentKind, Recommendation, RiskAssessment
from agent.risk.scorecard import (
    CommitmentHistoryRow,
    Revision,
    describe_scorecard,
    vendor_scorecard,
)
from agent.store import commitments as commitment_store
from agent.store import jobs, outbox, stats

OPEN = ("queued", "pending_push", "pushed")


def risk_rows(deps: Deps) -> list[RiskAssessment]:
    """The newest assessment per product and warehouse among open recommendations."""
    newest: dict[tuple[int, int], tuple[dt.datetime, RiskAssessment]] = {}
    for rec in deps.store.recommendations(states=OPEN):
        if rec.risk is None:
            continue
        key = (rec.risk.product_id, rec.risk.warehouse_id)
        if key not in newest or newest[key][0] < rec.updated_at:
            newest[key] = (rec.updated_at, rec.risk)
    rows = [risk for _, risk in newest.values()]
    return sorted(rows, key=lambda r: (-r.level.rank, -r.probability, r.product_code))


def health(service: Service) -> dict[str, Any]:
    """Integration health: outbox, last Odoo sync, mailbox, dead letters, model circuit."""
    deps = service.deps
    now = deps.clock.now()
    pending, dead, age = outbox.depth(deps.store, now)
    done = outbox.entries(deps.store, [outbox.DONE])
    status = service.mailbox_status()
    _, _, circuit = model_usage(deps.extractor)
    return {
        "outbox_depth": pending,
        "outbox_oldest_age_seconds": round(age, 1),
        "dead_letters": dead,
        "last_odoo_sync": max((e.created_at for e in done), default=None),
        "mailbox": status,
        "model_circuit": circuit
        or ("not configured" if not deps.settings.llm.configured else "unknown"),
        "emails": deps.store.count_emails(),
        "jobs": jobs.counts(deps.store),
        "last_approval": stats.last_event_at(
            deps.store, ["recommendation_approved", "recommendation_rejected"]
        ),
    }


@dataclass(frozen=True)
class Overdue:
    """A recommendation waiting longer than the SLA of its risk level."""

    rec: Recommendation
    hours_waiting: float
    sla_hours: float


def past_sla(deps: Deps) -> list[Overdue]:
    """Undecided recommendations older than their SLA, longest waiting first."""
    now = deps.clock.now()
    found = []
    for rec in deps.store.recommendations(states=OPEN):
        sla = deps.policy.sla.hours(rec.risk.level if rec.risk else None)
        waited = (now - rec.created_at).total_seconds() / 3600
        if waited > sla:
            found.append(Overdue(rec=rec, hours_waiting=round(waited, 1), sla_hours=sla))
    return sorted(found, key=lambda o: -o.hours_waiting)


@dataclass(frozen=True)
class VendorRow:
    """One vendor's scorecard line."""

    vendor_id: int
    vendor_name: str
    orders: int
    revisions_per_order: float
    average_slip_days: float | None
    avg_ack_days: float | None
    open_recommendations: int
    sentence: str


def scorecards(deps: Deps) -> list[VendorRow]:
    """Per vendor: promises and revisions from the commitment history, open items."""
    history = commitment_store.history(deps.store)
    if not history:
        return []
    names = sorted({c.po_name for c in history})
    orders = deps.gateway.orders_by_names(names)
    by_line: dict[tuple[str, int], list[Commitment]] = defaultdict(list)
    for c in history:
        if c.line_id is not None:
            by_line[(c.po_name, c.line_id)].append(c)
    rows: dict[int, list[CommitmentHistoryRow]] = defaultdict(list)
    slips: dict[int, list[float]] = defaultdict(list)
    for (po_name, line_id), promises in by_line.items():
        po = orders.get(po_name)
        line = next((x for x in po.lines if x.id == line_id), None) if po else None
        if po is None or line is None or line.product_qty <= 0:
            continue
        dated = [c for c in promises if c.kind == CommitmentKind.DATE and c.new_date]
        previous = [c.previous_date for c in dated if c.previous_date]
        rows[po.partner_id].append(
            CommitmentHistoryRow(
                vendor_id=po.partner_id,
                vendor_name=po.partner_name,
                po_id=po.id,
                po_name=po.name,
                line_id=line.id,
                product_id=line.product_id,
                ordered_at=po.date_order,
                ordered_qty=line.product_qty,
                original_promise=min(previous) if previous else line.date_planned.date(),
                revisions=[
                    Revision(
                        promised=c.new_date, qty=c.qty, source=c.source, recorded_at=c.recorded_at
                    )
                    for c in dated
                    if c.new_date is not None
                ],
                acknowledged_at=po.date_approve if po.acknowledged else None,
            )
        )
        slips[po.partner_id].extend(
            (c.new_date - c.previous_date).days for c in dated if c.new_date and c.previous_date
        )
    open_recs: dict[int, int] = defaultdict(int)
    for rec in deps.store.recommendations(states=OPEN):
        if rec.vendor_id is not None:
            open_recs[rec.vendor_id] += 1
    out = []
    for vendor_id, lines in rows.items():
        score = vendor_scorecard(lines)
        slip = slips[vendor_id]
        out.append(
            VendorRow(
                vendor_id=vendor_id,
                vendor_name=score.vendor_name,
                orders=score.orders,
                revisions_per_order=score.revisions_per_order,
                average_slip_days=round(sum(slip) / len(slip), 1) if slip else None,
                avg_ack_days=score.avg_ack_days,
                open_recommendations=open_recs[vendor_id],
                sentence=describe_scorecard(score),
            )
        )
    return sorted(out, key=lambda v: (-(v.average_slip_days or 0), v.vendor_name))
