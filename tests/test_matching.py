from __future__ import annotations

from agent.matching import match_email, order_keys, thread_ids
from agent.models import (
    ExtractedLine,
    Extraction,
    Intent,
    MatchMethod,
    PoRef,
    SenderTrust,
    Span,
)
from agent.scenario import load_scenario
from agent.scenario.gateway import ScenarioGateway
from agent.snapshot import Snapshot, read_orders
from tests.factories import inbound

SPAN = Span(start=0, end=1, quote="x")


def _extraction(refs: list[PoRef] = (), lines: list[ExtractedLine] = ()) -> Extraction:  # type: ignore[assignment]
    return Extraction(
        message_id="<m>",
        intent=Intent.DELAY,
        intent_confidence=0.9,
        confidence=0.9,
        extractor="test",
        po_refs=list(refs),
        lines=list(lines),
    )


def _snapshot(email_refs: Extraction, trust: SenderTrust | None, email: object) -> Snapshot:
    gateway = ScenarioGateway(load_scenario())
    snapshot = Snapshot()
    read_orders(gateway, order_keys(email, email_refs, trust), snapshot)  # type: ignore[arg-type]
    return snapshot


def _trust(vendor_id: int | None) -> SenderTrust:
    return SenderTrust(trusted=True, vendor_id=vendor_id, method="exact" if vendor_id else "none")


def _order(name: str) -> tuple[int, int]:
    order = next(o for o in load_scenario().orders if o.name == name)
    return order.id, order.partner_id


def test_reference_from_the_right_vendor_is_sure() -> None:
    po_id, vendor = _order("P00233")
    email = inbound()
    extraction = _extraction([PoRef(value="P00233", span=SPAN)])
    match = match_email(
        email, extraction, _trust(vendor), _snapshot(extraction, _trust(vendor), email)
    )
    assert match.method == MatchMethod.REFERENCE and match.po_ids == [po_id]
    assert match.confidence > 0.9


def test_reference_to_another_vendors_order_is_doubted() -> None:
    _, vendor = _order("P00233")
    _, other = _order("P00232")
    assert vendor != other
    email = inbound()
    extraction = _extraction([PoRef(value="P00233", span=SPAN)])
    match = match_email(
        email, extraction, _trust(other), _snapshot(extraction, _trust(other), email)
    )
    assert match.method == MatchMethod.REFERENCE and match.confidence < 0.5
    assert any("another vendor" in note for note in match.notes)


def test_reply_thread_and_vendor_reference() -> None:
    scenario = load_scenario()
    message = scenario.mail_messages[0]
    email = inbound(references=["<other@x>", message.message_id])
    assert thread_ids(email)[0] == message.message_id
    extraction = _extraction()
    order = next(o for o in scenario.orders if o.id == message.res_id)
    trust = _trust(order.partner_id)
    match = match_email(email, extraction, trust, _snapshot(extraction, trust, email))
    assert match.method == MatchMethod.REPLY_THREAD and match.po_ids == [order.id]
    with_ref = next(o for o in scenario.orders if o.partner_ref)
    extraction = _extraction([PoRef(value=with_ref.partner_ref or "", kind="vendor", span=SPAN)])
    trust = _trust(with_ref.partner_id)
    match = match_email(inbound(), extraction, trust, _snapshot(extraction, trust, inbound()))
    assert match.method == MatchMethod.VENDOR_REF and match.po_ids == [with_ref.id]


def test_unknown_sender_without_reference_matches_nothing() -> None:
    extraction = _extraction()
    match = match_email(inbound(), extraction, None, _snapshot(extraction, None, inbound()))
    assert match.method == MatchMethod.NONE and match.confidence == 0.0


def test_named_product_picks_its_line() -> None:
    scenario = load_scenario()
    order = next(o for o in scenario.orders if len(o.lines) > 1)
    code = order.lines[1].product_code
    extraction = _extraction(
        [PoRef(value=order.name, span=SPAN)],
        [ExtractedLine(product=code, qty=5, span=SPAN, confidence=0.9)],
    )
    trust = _trust(order.partner_id)
    match = match_email(inbound(), extraction, trust, _snapshot(extraction, trust, inbound()))
    assert match.line_ids == [order.lines[1].id]
