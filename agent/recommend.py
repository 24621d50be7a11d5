"""Draft the recommendation for one case: action, impact, deadline and text from templates.

The action follows the facts: what the vendor now commits to and what that does to stock.
A delay that empties a shelf asks for an alternate vendor when one delivers in time, a
transfer when another warehouse has surplus, and otherwise for expediting; a harmless delay
is accepted. The text comes from ``prompts/recommendation.yaml``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from agent.models import (
    Action,
    Commitment,
    CommitmentKind,
    Extraction,
    Intent,
    Match,
    RiskAssessment,
    RiskLevel,
    Span,
    Tracking,
)
from agent.odoo.records import PurchaseOrder, SupplierInfo
from agent.prompts import load_prompt
from agent.snapshot import Snapshot
from agent.vendor_texts import followup_email, price_review

SUMMARY_MAX = 79
MAX_TRACKING = 5
DEADLINE_DAYS = {RiskLevel.CRITICAL: 0, RiskLevel.HIGH: 1, RiskLevel.MEDIUM: 3, RiskLevel.LOW: 5}
ACTION_FAMILY = {
    Action.ACCEPT_NEW_DATE: "delivery",
    Action.EXPEDITE: "delivery",
    Action.BUY_ALTERNATE: "delivery",
    Action.TRANSFER: "delivery",
    Action.SPLIT_ORDER: "delivery",
    Action.CHASE_VENDOR: "delivery",
    Action.REVIEW_CANCELLATION: "cancellation",
    Action.REVIEW_PRICE_CHANGE: "price",
    Action.ANSWER_VENDOR: "question",
    Action.REORDER: "reorder",
    Action.INFO_ONLY: "info",
}


@dataclass
class Draft:
    """The facts of a recommendation before the gate decides where it goes."""

    action: Action
    summary: str
    text: str
    deadline: dt.date
    evidence: list[Span]
    new_date: dt.date | None = None
    previous_date: dt.date | None = None
    delay_days: int | None = None
    risk: RiskAssessment | None = None
    facts: dict[str, str] = field(default_factory=dict)


def worst(risks: list[RiskAssessment]) -> RiskAssessment | None:
    """The most urgent assessment (highest level, then probability)."""
    if not risks:
        return None
    return max(risks, key=lambda r: (r.level.rank, r.probability))


def _alternate(
    risk: RiskAssessment, vendor_id: int | None, snapshot: Snapshot, today: dt.date
) -> SupplierInfo | None:
    """A vendor on the price list who delivers before the shelf runs empty."""
    options = [
        info
        for info in snapshot.supplier_infos.get(risk.product_id, [])
        if info.vendor_id != vendor_id
    ]
    if not options:
        return None
    best = min(options, key=lambda info: (info.delay_days, info.price))
    arrival = today + dt.timedelta(days=best.delay_days)
    if risk.stockout_date is None or arrival <= risk.stockout_date + dt.timedelta(days=2):
        return best
    return None


def _transfer_source(risk: RiskAssessment, snapshot: Snapshot) -> tuple[str, float] | None:
    """Another warehouse whose stock covers well beyond its own demand."""
    for (product_id, warehouse_id), position in snapshot.positions.items():
        if product_id != risk.product_id or warehouse_id == risk.warehouse_id:
            continue
        series = snapshot.demand.get((product_id, warehouse_id))
        daily = sum(series.daily[-28:]) / 28 if series and series.daily else 0.0
        surplus = position.on_hand - position.reserved - daily * 30
        if surplus >= max(risk.units_short, 1.0):
            name = (
                snapshot.warehouses[warehouse_id].name
                if warehouse_id in snapshot.warehouses
                else str(warehouse_id)
            )
            return name, surplus
    return None


def choose_action(
    extraction: Extraction | None,
    commitments: list[Commitment],
    risk: RiskAssessment | None,
    match: Match,
    snapshot: Snapshot,
    today: dt.date,
    intent: Intent | None,
) -> tuple[Action, dict[str, str]]:
    """The action the facts call for, with the extra facts its text needs."""
    facts: dict[str, str] = {}
    kinds = {c.kind for c in commitments}
    if intent is None and not match.po_ids and risk is not None:
        options = sorted(
            snapshot.supplier_infos.get(risk.product_id, []), key=lambda i: (i.delay_days, i.price)
        )
        if options:
            facts["alternate"] = f"{options[0].vendor_name} ({options[0].delay_days} days)"
        facts["qty"] = f"{max(risk.units_short, 1.0):.0f}"
        return Action.REORDER, facts
    if intent == Intent.CANCELLATION or CommitmentKind.CANCEL in kinds:
        if risk is not None:
            alt = _alternate(risk, match.vendor_id, snapshot, today)
            if alt is not None:
                facts["alternate"] = (
                    f"Alternate: {alt.vendor_name} ({alt.delay_days} days lead time)."
                )
        return Action.REVIEW_CANCELLATION, facts
    if intent == Intent.PRICE_CHANGE:
        return Action.REVIEW_PRICE_CHANGE, facts
    if intent == Intent.QUESTION:
        return Action.ANSWER_VENDOR, facts
    moved = [c for c in commitments if c.kind in (CommitmentKind.DATE, CommitmentKind.QUANTITY)]
    late = [c for c in moved if c.new_date and c.previous_date and c.new_date > c.previous_date]
    partial = CommitmentKind.QUANTITY in kinds
    if not late and not partial:
        if intent == Intent.DELAY and not moved:
            return Action.CHASE_VENDOR, facts
        return Action.INFO_ONLY, facts
    if risk is not None and risk.level in (RiskLevel.HIGH, RiskLevel.CRITICAL):
        alt = _alternate(risk, match.vendor_id, snapshot, today)
        if alt is not None:
            facts["alternate"] = alt.vendor_name
            facts["qty"] = f"{max(risk.units_short, alt.min_qty):.0f}"
            return Action.BUY_ALTERNATE, facts
        source = _transfer_source(risk, snapshot)
        if source is not None:
            facts["transfer_from"] = source[0]
            facts["qty"] = f"{min(risk.units_short, source[1]):.0f}"
            return Action.TRANSFER, facts
        return Action.EXPEDITE, facts
    return (Action.SPLIT_ORDER if partial else Action.ACCEPT_NEW_DATE), facts


def draft(
    *,
    extraction: Extraction | None,
    intent: Intent | None,
    commitments: list[Commitment],
    risks: list[RiskAssessment],
    match: Match,
    orders: dict[int, PurchaseOrder],
    snapshot: Snapshot,
    today: dt.date,
    extra_evidence: list[Span] | None = None,
    text: str | None = None,
    vendor_note: str | None = None,
) -> Draft:
    """Draft the recommendation for one email or exception.

    ``vendor_note`` is the vendor's delivery record in one sentence (``agent.vendors``);
    a delivery recommendation quotes it after its text.
    """
    risk = worst(risks)
    action, facts = choose_action(extraction, commitments, risk, match, snapshot, today, intent)
    dated = [c for c in commitments if c.new_date is not None and c.kind != CommitmentKind.PRICE]
    latest = max(dated, key=lambda c: c.new_date or today) if dated else None
    new_date = latest.new_date if latest else None
    previous = latest.previous_date if latest else None
    delay = (new_date - previous).days if new_date and previous else None
    order = orders.get(match.po_ids[0]) if match.po_ids else None
    level = risk.level if risk else RiskLevel.LOW
    deadline = today + dt.timedelta(days=DEADLINE_DAYS[level])
    if risk and risk.stockout_date and risk.stockout_date - dt.timedelta(days=1) < deadline:
        deadline = max(today, risk.stockout_date - dt.timedelta(days=1))
    values = {
        "po": ", ".join(match.po_names) or "an unmatched order",
        "vendor": match.vendor_name or (order.partner_name if order else "the vendor"),
        "new_date": new_date.isoformat() if new_date else "no date given",
        "previous_date": previous.isoformat() if previous else "unknown",
        "delay_days": str(delay) if delay is not None else "?",
        "product": (risk.product_code or risk.product_name) if risk else "the products",
        "warehouse": risk.warehouse_name if risk else "",
        "level": level.value,
        "probability": f"{risk.probability:.0%}" if risk else "n/a",
        "stockout_date": risk.stockout_date.isoformat()
        if risk and risk.stockout_date
        else "not within the horizon",
        "units_short": f"{risk.units_short:.0f}" if risk else "0",
        "cover_days": f"{risk.days_of_cover:.1f}"
        if risk and risk.days_of_cover is not None
        else "n/a",
        "factors": "; ".join(risk.factors[:3]) if risk and risk.factors else "no stock concern",
        "alternate": facts.get("alternate", ""),
        "transfer_from": facts.get("transfer_from", ""),
        "qty": facts.get("qty", ""),
        "intent": intent.value if intent else "exception",
    }
    prompt = load_prompt("recommendation")
    summary = prompt.render(action.value, "summary", **values)
    if len(summary) > SUMMARY_MAX:
        summary = summary[: SUMMARY_MAX - 1] + "…"
    evidence = [c.evidence for c in commitments if c.evidence is not None]
    if extraction is not None and extraction.intent_span is not None:
        evidence.insert(0, extraction.intent_span)
    evidence.extend(extra_evidence or [])
    shipments = extraction.tracking[:MAX_TRACKING] if extraction is not None else []
    evidence.extend(t.span for t in shipments)
    if text is not None:
        evidence = [sentence_around(text, span) for span in evidence]
    unique = list({(s.start, s.end): s for s in evidence}.values())
    body = prompt.render(action.value, "body", **values)
    if shipments:
        body = f"{body} {tracking_sentence(shipments)}"
    if vendor_note and ACTION_FAMILY[action] == "delivery":
        body = f"{body} Vendor record: {vendor_note}."
    if action == Action.REVIEW_PRICE_CHANGE and extraction is not None:
        impact = price_review(extraction, order, snapshot.products)
        if impact:
            body = f"{body} Impact: {impact}."
    if action == Action.CHASE_VENDOR and order is not None:
        vendor = next((v for v in snapshot.vendor_directory if v.id == order.partner_id), None)
        language, subject, email = followup_email(
            vendor, order, snapshot.users.get(order.user_id or 0)
        )
        body = f"{body}\n\nSuggested email ({language}), subject “{subject}”:\n{email}"
    return Draft(
        action=action,
        summary=summary,
        text=body,
        deadline=deadline,
        evidence=unique,
        new_date=new_date,
        previous_date=previous,
        delay_days=delay,
        risk=risk,
        facts=facts,
    )


MAX_EVIDENCE = 300


def tracking_sentence(shipments: list[Tracking]) -> str:
    """The carriers and tracking numbers the vendor gave, for the planner to follow up on."""
    named = [f"{t.carrier} {t.number}" if t.carrier else t.number for t in shipments]
    return f"Tracking: {', '.join(named)}."


def _boundary_before(text: str, i: int) -> bool:
    """A sentence starts at ``i``: after ``.!?`` and a space, or after a blank line."""
    if i <= 0:
        return True
    if text[i - 1] == "\n" and (i < 2 or text[i - 2] == "\n"):
        return True
    return i >= 2 and text[i - 1].isspace() and text[i - 2] in ".!?"


def _boundary_after(text: str, i: int) -> bool:
    """A sentence ends before ``i``: after ``.!?``, or before a blank line."""
    if i >= len(text):
        return True
    if text[i - 1] in ".!?" and text[i].isspace():
        return True
    return text[i] == "\n" and i + 1 < len(text) and text[i + 1] == "\n"


def sentence_around(text: str, span: Span) -> Span:
    """Widen a span to the sentence that holds it, so a planner reads it in context.

    Emails are hard-wrapped, so a single line break does not end a sentence; a blank
    line, or a full stop, question or exclamation mark followed by a space, does.
    """
    if span.end > len(text) or text[span.start : span.end] != span.quote:
        return span
    start = span.start
    while not _boundary_before(text, start) and span.end - start < MAX_EVIDENCE:
        start -= 1
    end = span.end
    while not _boundary_after(text, end) and end - start < MAX_EVIDENCE:
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end, quote=text[start:end])


def recommendation_key(po_name: str | None, source_id: str, action: Action) -> str:
    """At most one open recommendation per order and kind: this is that key."""
    return f"{po_name or 'unmatched:' + source_id}:{ACTION_FAMILY[action]}"
