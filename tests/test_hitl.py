"""Human in the loop on the bundled scenario: approvals, escalation, feedback, merging."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from agent.approvals import decide, load_secret, sign, verify
from agent.clock import FixedClock
from agent.config import load_settings
from agent.deps import Deps
from agent.errors import ApprovalError
from agent.followup import follow_up
from agent.ingest.maildir import MaildirSource
from agent.models import Action, RecommendationState
from agent.notes import marker
from agent.pipeline import intake, process_emails
from agent.policy import Policy, Sla
from agent.push import drain
from agent.scenario.gateway import ScenarioGateway
from agent.store import feedback
from agent.wiring import build_deps, make_gateway, scenario_clock

INBOX = Path(__file__).resolve().parent.parent / "agent" / "scenario" / "inbox"


@pytest.fixture
def deps(tmp_path: Path) -> Deps:
    settings = load_settings(escalation_user="escalation")
    clock = scenario_clock(settings)
    built = build_deps(settings, gateway=make_gateway(settings, scenario=True), clock=clock)
    policy = Policy(sla=Sla(critical=4, high=24, medium=72, low=120))
    # Fixed policy on raw confidence: these tests are about queue actions, not calibration.
    return Deps(**{**built.__dict__, "policy": policy, "calibrator": None})


def _run_inbox(deps: Deps) -> None:
    items = [(i.raw, i.key) for i in MaildirSource(INBOX, read_only=True).fetch()]
    report = intake(deps, items)
    process_emails(deps, report.new_ids)
    drain(deps.store, deps.gateway, deps.clock, max_wait=5)


def _secret(deps: Deps) -> bytes:
    return load_secret(None, deps.settings.data_dir)


def test_approving_a_new_date_changes_the_lines_once(deps: Deps) -> None:
    _run_inbox(deps)
    accepted = [
        r
        for r in deps.store.recommendations(states=["pushed"])
        if r.action == Action.ACCEPT_NEW_DATE and r.line_ids
    ]
    assert accepted
    rec = accepted[0]
    assert rec.new_date is not None and rec.po_name is not None
    token = sign(_secret(deps), rec, "approve", deps.clock.now())
    claim = verify(_secret(deps), token, deps.clock.now())
    decide(
        deps.store,
        deps.clock,
        claim.rid,
        claim.verdict,
        "user:buyer",
        actor_uid=claim.uid,
        jti=claim.jti,
    )
    drain(deps.store, deps.gateway, deps.clock, max_wait=5)
    order = deps.gateway.orders_by_names([rec.po_name])[rec.po_name]
    changed = [line for line in order.lines if line.id in rec.line_ids]
    assert changed and all(line.date_planned.date() == rec.new_date for line in changed)
    assert isinstance(deps.gateway, ScenarioGateway)
    notes = deps.gateway.notes("purchase.order", order.id)
    assert any("approved by user:buyer" in n.body_html for n in notes)
    with pytest.raises(ApprovalError, match="already"):
        decide(
            deps.store,
            deps.clock,
            claim.rid,
            claim.verdict,
            "user:buyer",
            actor_uid=claim.uid,
            jti=claim.jti,
        )
    assert (
        len(
            [
                n
                for n in deps.gateway.notes("purchase.order", order.id)
                if "approved by" in n.body_html
            ]
        )
        == 1
    )


def test_sla_escalates_once_and_feedback_is_recorded(deps: Deps) -> None:
    _run_inbox(deps)
    pushed = deps.store.recommendations(states=["pushed"])
    assert pushed
    assert follow_up(deps).escalated == 0
    assert isinstance(deps.clock, FixedClock)
    deps.clock.advance(dt.timedelta(hours=121))
    report = follow_up(deps)
    assert report.escalated == len(pushed)
    drain(deps.store, deps.gateway, deps.clock, max_wait=5)
    statuses = deps.gateway.find_activities([marker(r.id) for r in pushed])
    escalation_id = deps.gateway.users(logins=["escalation"])[0].id
    assert all(s.user_id == escalation_id for s in statuses.values())
    assert follow_up(deps).escalated == 0
    assert isinstance(deps.gateway, ScenarioGateway)
    deps.gateway.close_activity(marker(pushed[0].id), "done")
    deps.gateway.close_activity(marker(pushed[1].id), "gone")
    report = follow_up(deps)
    assert (report.accepted, report.rejected) == (1, 1)
    outcomes = {
        label.recommendation_id: label.outcome
        for label in feedback.labels(deps.store)
        if label.outcome != "ignored"
    }
    assert outcomes == {pushed[0].id: "accepted", pushed[1].id: "rejected"}
    done = deps.store.get_recommendation(pushed[0].id)
    assert done is not None and done.state == RecommendationState.DONE


def _delay_email(n: int, day: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Erik Lind <order@nordichome.se>"
    msg["To"] = "purchasing@brightmart.example"
    msg["Subject"] = "Re: Purchase Order P00234"
    msg["Message-ID"] = f"<burst-{n}@nordichome.se>"
    msg["Date"] = format_datetime(dt.datetime(2026, 11, 25, 9, n, tzinfo=dt.UTC))
    msg["Authentication-Results"] = "mx.brightmart.example; spf=pass; dkim=pass; dmarc=pass"
    msg.set_content(
        f"Hello,\n\nUpdate {n}: P00234 is delayed, new delivery date {day} December 2026.\n\n"
        "Best regards,\nErik"
    )
    return msg.as_bytes()


def test_a_burst_about_one_order_gives_one_updated_recommendation(deps: Deps) -> None:
    for n, day in enumerate([10, 11, 12, 14, 15], start=1):
        report = intake(deps, [(_delay_email(n, day), f"burst-{n}")])
        process_emails(deps, report.new_ids)
        drain(deps.store, deps.gateway, deps.clock, max_wait=5)
    recs = [r for r in deps.store.recommendations() if r.po_name == "P00234"]
    assert len(recs) == 1
    assert recs[0].new_date == dt.date(2026, 12, 15)
    assert isinstance(deps.gateway, ScenarioGateway)
    statuses = deps.gateway.find_activities([marker(recs[0].id)])
    assert len(statuses) == 1
    updates = [
        n
        for n in deps.gateway.notes("purchase.order", recs[0].target_id or 0)
        if "Update" in n.body_html
    ]
    assert len(updates) >= 1


def test_queue_assign_dismiss_and_rerun(deps: Deps) -> None:
    from agent.policy import Band
    from agent.queue_actions import assign, dismiss, rerun

    deps = Deps(**{**deps.__dict__, "policy": Policy(default=Band(auto=0.999, review=0.998))})
    _run_inbox(deps)
    queued = deps.store.recommendations(states=["queued"])
    with_target = [r for r in queued if r.target_id is not None and r.trusted]
    untrusted = [r for r in queued if not r.trusted]
    assert with_target and untrusted
    assigned = assign(deps, with_target[0], "lead", "checked the email myself")
    drain(deps.store, deps.gateway, deps.clock, max_wait=5)
    status = deps.gateway.find_activities([marker(assigned.id)])[marker(assigned.id)]
    assert status.user_id == deps.gateway.users(logins=["lead"])[0].id
    dismiss(deps, untrusted[0], "spoofed: reported to IT")
    gone = deps.store.get_recommendation(untrusted[0].id)
    assert gone is not None and gone.state == RecommendationState.DISMISSED
    unmatched = [r for r in queued if r.target_id is None and r.source_type == "email"]
    assert unmatched
    again = rerun(deps, unmatched[0])
    assert again is not None and again.source_id == unmatched[0].source_id
    events = [e.event for e in deps.store.audit_log(unmatched[0].id)]
    assert "queue_rerun" in events


def test_two_orders_in_one_email_get_their_own_dates_and_recommendations(deps: Deps) -> None:
    msg = EmailMessage()
    msg["From"] = "Erik Lind <order@nordichome.se>"
    msg["To"] = "purchasing@brightmart.example"
    msg["Subject"] = "Delivery update"
    msg["Message-ID"] = "<two-orders@nordichome.se>"
    msg["Date"] = format_datetime(dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC))
    msg["Authentication-Results"] = "mx.brightmart.example; spf=pass; dkim=pass; dmarc=pass"
    msg.set_content(
        "Hello,\n\nP00234 is delayed: the new delivery date is 18 December 2026.\n"
        "P00242 is delayed as well, new delivery date 4 December 2026.\n\nRegards,\nErik"
    )
    report = intake(deps, [(msg.as_bytes(), "two-orders")])
    recs = process_emails(deps, report.new_ids)
    by_po = {r.po_name: r for r in recs}
    assert set(by_po) == {"P00234", "P00242"}
    assert by_po["P00234"].new_date == dt.date(2026, 12, 18)
    assert by_po["P00242"].new_date == dt.date(2026, 12, 4)
    assert by_po["P00234"].key != by_po["P00242"].key
