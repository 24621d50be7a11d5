"""``triage evals import-feedback``: planners' outcomes in the store become examples."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from agent.config import load_settings
from agent.evals.dataset import load_dataset
from agent.extraction.base import ExtractionContext
from agent.extraction.rules import RulesExtractor
from agent.models import Intent, Match, MatchMethod
from agent.store import feedback
from agent.store.repository import Store
from tests.evals.conftest import invoke
from tests.factories import NOW, inbound, recommendation

TEXT = "Hi Laura,\n\nP00412 is delayed, the new delivery date is 12/18.\n\nThanks,\nJessica"


def _seed(store: Store) -> None:
    extractor = RulesExtractor()
    for n, outcome in enumerate(("accepted", "rejected", "ignored", "edited"), start=1):
        email = inbound(f"<m{n}@acme>", TEXT + " " * n, subject="Re: P00412")
        email_id = store.add_email(TEXT.encode(), email, "test", NOW).id
        extraction = extractor.extract(email, ExtractionContext(vendor_country="US"))
        match = Match(vendor_id=7, vendor_name="Acme", po_names=["P00412"], po_ids=[1],
                      method=MatchMethod.REFERENCE, confidence=0.97)  # fmt: skip
        store.save_extraction(email_id, extraction, match, None, NOW)
        rec = recommendation(f"r{n}", f"P00412:{n}", source_id=email_id, intent=Intent.DELAY,
                             vendor_name="Acme", po_name="P00412")  # fmt: skip
        store.save_recommendation(rec)
        detail = "new date 12/19" if outcome == "edited" else None
        feedback.record(store, rec.id, outcome, "odoo", detail, NOW + dt.timedelta(hours=n))


def test_import_feedback_writes_labelled_examples(tmp_path: Path) -> None:
    settings = load_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(settings.store_url)
    try:
        _seed(store)
    finally:
        store.close()
    out = tmp_path / "feedback.jsonl"
    result = invoke("evals", "import-feedback", "--out", str(out), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["written"] == 3 and summary["skipped"] == {"ignored": 1}
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    by_outcome = {r["label_source"]["outcome"]: r for r in rows}
    assert set(by_outcome) == {"accepted", "rejected", "edited"}
    accepted = by_outcome["accepted"]
    assert accepted["text"].startswith(TEXT)
    assert accepted["label_status"] == "confirmed"
    assert accepted["labels"]["intent"] == "delay"
    assert accepted["labels"]["commitment_date"] == "2026-12-18"
    assert accepted["labels"]["po_refs"] == ["P00412"]
    assert by_outcome["rejected"]["label_status"] == "disputed"
    assert by_outcome["edited"]["label_source"]["detail"] == "new date 12/19"
    loaded = load_dataset(out)
    assert not loaded.errors and len(loaded.examples) == 3
