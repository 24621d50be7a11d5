"""Vendor scorecards end to end: Odoo's line history joined with the store's promises."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agent.clock import FixedClock
from agent.config import load_settings
from agent.models import Commitment, CommitmentKind, Intent, Match, MatchMethod
from agent.odoo.records import LineHistory
from agent.recommend import draft
from agent.scenario.build import load_scenario
from agent.scenario.gateway import ScenarioGateway
from agent.snapshot import Snapshot
from agent.store import commitments as commitment_store
from agent.store.repository import Store
from agent.vendors import (
    history_row,
    load_history,
    note_for,
    reports,
    risk_figures,
    vendor_reports,
)

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 26, 7, tzinfo=UTC)
TERRA, GREEN_VALLEY = 18, 15


def _line(**changes: object) -> LineHistory:
    base: dict[str, object] = {
        "vendor_id": 5,
        "vendor_name": "Vendor",
        "po_id": 1,
        "po_name": "P00001",
        "line_id": 11,
        "product_id": 7,
        "state": "done",
        "ordered_at": dt.datetime(2026, 10, 1, 9, tzinfo=UTC),
        "ordered_qty": 10.0,
        "date_planned": dt.date(2026, 10, 10),
        "received_qty": 10.0,
        "receipt_dates": [dt.date(2026, 10, 10)],
    }
    return LineHistory.model_validate({**base, **changes})


def _commitment(kind: CommitmentKind, new: dt.date | None, **changes: object) -> Commitment:
    base: dict[str, object] = {
        "po_id": 1,
        "po_name": "P00001",
        "line_id": 11,
        "kind": kind,
        "previous_date": dt.date(2026, 10, 10),
        "new_date": new,
        "source_id": "email-1",
        "recorded_at": dt.datetime(2026, 10, 5, tzinfo=UTC),
    }
    return Commitment.model_validate({**base, **changes})


def test_original_promise_prefers_the_gateway_then_the_first_sighting() -> None:
    line = _line(date_planned=dt.date(2026, 10, 14), first_date_planned=dt.date(2026, 10, 10))
    row = history_row(line, [], first_seen=dt.date(2026, 10, 12))
    assert row is not None and row.original_promise == dt.date(2026, 10, 10)
    row = history_row(_line(date_planned=dt.date(2026, 10, 14)), [], dt.date(2026, 10, 12))
    assert row is not None and row.original_promise == dt.date(2026, 10, 12)
    # Odoo's date differs from every known promise: the change itself is a revision.
    assert [(r.promised, r.source) for r in row.revisions] == [(dt.date(2026, 10, 14), "portal")]


def test_email_revisions_count_against_the_last_promise() -> None:
    moved = _commitment(CommitmentKind.DATE, dt.date(2026, 10, 13))
    line = _line(receipt_dates=[dt.date(2026, 10, 13)], date_planned=dt.date(2026, 10, 13))
    row = history_row(line, [moved, _commitment(CommitmentKind.PRICE, None, price=2.0)])
    assert row is not None
    assert row.original_promise == dt.date(2026, 10, 13)  # nothing older is known
    row = history_row(line, [moved], first_seen=dt.date(2026, 10, 10))
    assert row is not None
    assert [(r.promised, r.source) for r in row.revisions] == [(dt.date(2026, 10, 13), "email")]
    score = reports([row])[5].score
    assert (score.on_time_first_promise, score.on_time_last_revision) == (0.0, 1.0)
    assert score.average_delay_days == 3.0


def test_partial_and_open_lines() -> None:
    short = history_row(_line(received_qty=6.0), [])
    split = history_row(_line(receipt_dates=[dt.date(2026, 10, 9), dt.date(2026, 10, 12)]), [])
    still_open = history_row(_line(state="purchase", received_qty=4.0), [])
    assert short is not None and short.partial and short.received_on == dt.date(2026, 10, 10)
    assert split is not None and split.partial and split.receipts == 2
    assert still_open is not None and still_open.received_on is None
    assert history_row(_line(ordered_qty=0.0), []) is None


def test_record_pins_the_date_an_email_moved_away_from(store: Store) -> None:
    commitment_store.record(store, [_commitment(CommitmentKind.DATE, dt.date(2026, 10, 20))], 5)
    later = _commitment(
        CommitmentKind.DATE,
        dt.date(2026, 10, 25),
        previous_date=dt.date(2026, 10, 20),
        source_id="email-2",
        recorded_at=dt.datetime(2026, 10, 8, tzinfo=UTC),
    )
    commitment_store.record(store, [later], 5)
    promise = commitment_store.promises(store, [11])[11]
    assert (promise.promised, promise.source) == (dt.date(2026, 10, 10), "email")


def test_load_history_pins_open_lines_once(store: Store) -> None:
    gateway = ScenarioGateway(load_scenario())
    rows = load_history(gateway, store, [TERRA], NOW)
    p233 = next(r for r in rows if r.line_id == 2331)
    assert p233.original_promise == dt.date(2026, 11, 30) and p233.received_on is None
    assert commitment_store.promises(store, [2331])[2331].promised == dt.date(2026, 11, 30)
    assert len({r.po_id for r in rows if r.received_on is not None}) >= 10


def test_scenario_scorecards_tell_vendors_apart(store: Store) -> None:
    found = vendor_reports(ScenarioGateway(load_scenario()), store, [TERRA, GREEN_VALLEY], NOW)
    terra, green = found[TERRA], found[GREEN_VALLEY]
    assert (
        terra.sentence == "this vendor delivered 7 of its last 10 orders late, by 6 days on average"
    )
    assert terra.score.on_time_first_promise == 0.3
    assert (terra.score.on_time_last_revision or 0) >= 0.3
    assert green.score.late_share is not None and green.score.late_share < 0.2
    assert terra.open_orders > 0 and terra.score.avg_ack_days is not None
    figures = risk_figures(found, TERRA)
    assert figures == {
        "vendor_late_share": pytest.approx(8 / 14, abs=1e-4),
        "vendor_avg_delay_days": pytest.approx(45 / 8, abs=0.01),
    }
    assert risk_figures(found, None) == {} and risk_figures(found, 99) == {}
    assert note_for(found, TERRA) == terra.sentence and note_for(found, 99) is None


def _match() -> Match:
    return Match(
        vendor_id=TERRA,
        vendor_name="Terra",
        po_ids=[233],
        po_names=["P00233"],
        method=MatchMethod.REFERENCE,
        confidence=1.0,
    )


def test_delivery_recommendations_quote_the_vendor_record() -> None:
    note = "this vendor delivered 7 of its last 10 orders late, by 6 days on average"
    late = _commitment(
        CommitmentKind.DATE,
        dt.date(2026, 12, 21),
        po_id=233,
        po_name="P00233",
        line_id=2331,
        previous_date=dt.date(2026, 11, 30),
    )
    common = {
        "extraction": None,
        "risks": [],
        "match": _match(),
        "orders": {},
        "snapshot": Snapshot(),
        "today": NOW.date(),
        "vendor_note": note,
    }
    delayed = draft(intent=Intent.DELAY, commitments=[late], **common)  # type: ignore[arg-type]
    assert delayed.text.endswith(f"Vendor record: {note}.")
    price = draft(intent=Intent.PRICE_CHANGE, commitments=[], **common)  # type: ignore[arg-type]
    assert "Vendor record" not in price.text


def test_pipeline_quotes_terra_on_the_known_delay(tmp_path: Path) -> None:
    from agent.ingest.maildir import MaildirSource
    from agent.pipeline import intake, process_emails
    from agent.scenario import INBOX_DIR
    from agent.scenario.facts import KNOWN_DELAY_EMAIL_FILE, KNOWN_DELAYED_PO
    from agent.wiring import build_deps

    settings = load_settings()
    deps = build_deps(
        settings,
        gateway=ScenarioGateway(load_scenario()),
        clock=FixedClock(NOW),
        store=Store.open(f"sqlite:///{tmp_path / 's.db'}"),
    )
    items = [
        (i.raw, i.key)
        for i in MaildirSource(INBOX_DIR, read_only=True).fetch()
        if i.key == KNOWN_DELAY_EMAIL_FILE or KNOWN_DELAY_EMAIL_FILE.startswith(i.key)
    ]
    assert len(items) == 1
    recs = process_emails(deps, intake(deps, items).new_ids)
    rec = next(r for r in recs if r.po_name == KNOWN_DELAYED_PO)
    assert "7 of its last 10 orders late, by 6 days on average" in rec.text
    stored = commitment_store.history(deps.store, po_ids=[233])
    assert stored and all(c.source == "email" for c in stored)
    assert commitment_store.promises(deps.store, [2331])[2331].promised == dt.date(2026, 11, 30)


class _LinesGateway:
    """Answers ``line_history`` from a fixed list (the only read the scorecards make)."""

    def __init__(self, lines: list[LineHistory]) -> None:
        self.lines = lines

    def line_history(self, vendor_ids: list[int], since: dt.date) -> list[LineHistory]:
        return [h for h in self.lines if h.vendor_id in vendor_ids]


def test_vendor_reports_read_only_the_revisions_that_reach_a_report(store: Store) -> None:
    """Scorecards equal those of the full history, whatever open orders were revised."""
    open_line = {"state": "purchase", "received_qty": 0.0, "receipt_dates": []}
    lines = [
        _line(),  # vendor 5: P00001 delivered
        _line(po_id=2, po_name="P00002", line_id=21, **open_line),  # vendor 5: open
        _line(vendor_id=6, po_id=3, po_name="P00003", line_id=31, **open_line),  # only open
    ]
    for po_id, line_id, vendor_id in ((1, 11, 5), (2, 21, 5), (3, 31, 6)):
        for k in range(3):
            moved = _commitment(
                CommitmentKind.DATE,
                dt.date(2026, 10, 12 + 3 * k),
                po_id=po_id,
                po_name=f"P0000{po_id}",
                line_id=line_id,
                source_id=f"email-{k}",
                recorded_at=dt.datetime(2026, 10, 2 + k, tzinfo=UTC),
            )
            commitment_store.record(store, [moved], vendor_id)
    gateway = _LinesGateway(lines)
    full = reports(load_history(gateway, store, [5, 6], NOW))  # type: ignore[arg-type]
    found = vendor_reports(gateway, store, [5, 6], NOW)  # type: ignore[arg-type]
    assert found == full
    assert found[5].open_orders == 1 and found[6].open_orders == 1
    assert found[6].score.delivered == 0
