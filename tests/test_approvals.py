from __future__ import annotations

import datetime as dt
import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from agent.approvals import decide, links, load_secret, sign, verify
from agent.clock import FixedClock
from agent.errors import ApprovalError
from agent.models import Action, RecommendationState
from agent.store import outbox
from agent.store.repository import Store
from tests.factories import NOW, recommendation

SECRET = b"k" * 32


def _rec(store: Store, **kw: object) -> str:
    data: dict[str, object] = {
        "action": Action.ACCEPT_NEW_DATE,
        "new_date": dt.date(2026, 12, 14),
        "target_id": 5,
        "po_name": "P00005",
        "line_ids": [51, 52],
        "assignee_id": 7,
        "state": RecommendationState.PUSHED,
    }
    data.update(kw)
    rec = recommendation("r1", **data)
    store.save_recommendation(rec)
    return rec.id


def _use(store: Store, clock: FixedClock, token: str) -> RecommendationState:
    claim = verify(SECRET, token, clock.now())
    rec = decide(
        store,
        clock,
        claim.rid,
        claim.verdict,
        f"user:{claim.uid}",
        actor_uid=claim.uid,
        jti=claim.jti,
    )
    return rec.state


def test_approval_applies_new_dates_once(store: Store, clock: FixedClock) -> None:
    rec_id = _rec(store)
    rec = store.get_recommendation(rec_id)
    assert rec is not None
    token = sign(SECRET, rec, "approve", clock.now())
    assert _use(store, clock, token) == RecommendationState.APPROVED
    entries = outbox.entries(store)
    assert [e.kind for e in entries] == ["set_line_dates"]
    assert [c["line_id"] for c in entries[0].payload["changes"]] == [51, 52]
    with pytest.raises(ApprovalError, match="already"):
        _use(store, clock, token)
    assert len(outbox.entries(store)) == 1
    events = [e.event for e in store.audit_log(rec_id)]
    assert events == ["recommendation_approved"]


def test_reject_records_reason_and_changes_no_order(store: Store, clock: FixedClock) -> None:
    rec_id = _rec(store)
    rec = decide(store, clock, rec_id, "reject", "api:planner", reason="vendor unreliable")
    assert rec.state == RecommendationState.REJECTED
    assert outbox.entries(store) == []
    assert store.audit_log(rec_id)[0].details["reason"] == "vendor unreliable"


@pytest.mark.parametrize("problem", ["tampered", "expired", "foreign", "malformed"])
def test_bad_links_change_nothing(store: Store, clock: FixedClock, problem: str) -> None:
    rec_id = _rec(store)
    rec = store.get_recommendation(rec_id)
    assert rec is not None
    token = sign(SECRET, rec, "approve", clock.now(), ttl=dt.timedelta(hours=1))
    if problem == "tampered":
        payload, sig = token.split(".")
        token = payload[:-2] + ("A" if payload[-2] != "A" else "B") + payload[-1] + "." + sig
    elif problem == "expired":
        clock.advance(dt.timedelta(hours=2))
    elif problem == "foreign":
        token = sign(b"other-secret" * 3, rec, "approve", clock.now())
    else:
        token = "not-a-token"
    with pytest.raises(ApprovalError):
        _use(store, clock, token)
    again = store.get_recommendation(rec_id)
    assert again is not None and again.state == RecommendationState.PUSHED
    assert outbox.entries(store) == []


def test_link_for_another_assignee_is_refused(store: Store, clock: FixedClock) -> None:
    rec_id = _rec(store)
    rec = store.get_recommendation(rec_id)
    assert rec is not None
    token = sign(SECRET, rec.model_copy(update={"assignee_id": 99}), "approve", clock.now())
    with pytest.raises(ApprovalError, match="another assignee"):
        _use(store, clock, token)


def test_secret_is_generated_once_and_private(tmp_path: Path) -> None:
    first = load_secret(None, tmp_path)
    assert load_secret(None, tmp_path) == first and len(first) == 32
    assert (tmp_path / "approval.secret").stat().st_mode & 0o077 == 0
    assert load_secret("configured", tmp_path) == b"configured"


def test_links_point_at_the_api(store: Store) -> None:
    rec = store.get_recommendation(_rec(store))
    assert rec is not None
    made = links(SECRET, rec, "https://triage.example.com/", NOW)
    assert set(made) == {"Approve", "Reject"}
    assert made["Approve"].startswith("https://triage.example.com/v1/approvals/")


def _secret_at_barrier(data_dir: str, barrier: Any, out: Any) -> None:
    barrier.wait()
    out.put(load_secret(None, Path(data_dir)).hex())


def test_servers_starting_at_once_share_one_secret(tmp_path: Path) -> None:
    """Processes racing to create the secret all end up with the one on disk."""
    context = multiprocessing.get_context("fork")
    for round_ in range(5):
        data_dir = tmp_path / f"round{round_}"
        barrier, out = context.Barrier(8), context.Queue()
        workers = [
            context.Process(target=_secret_at_barrier, args=(str(data_dir), barrier, out))
            for _ in range(8)
        ]
        for worker in workers:
            worker.start()
        seen = {out.get(timeout=60) for _ in workers}
        for worker in workers:
            worker.join(timeout=60)
            assert worker.exitcode == 0
        assert seen == {(data_dir / "approval.secret").read_bytes().hex()}
        assert [p.name for p in data_dir.iterdir()] == ["approval.secret"]


def test_threads_starting_at_once_share_one_secret(tmp_path: Path) -> None:
    barrier = threading.Barrier(16)

    def load() -> bytes:
        barrier.wait()
        return load_secret(None, tmp_path)

    with ThreadPoolExecutor(16) as pool:
        found = set(pool.map(lambda _: load(), range(16)))
    assert found == {(tmp_path / "approval.secret").read_bytes()}
