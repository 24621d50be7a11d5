"""Planners' outcomes as labelled examples: what they did with drafts becomes evals data.

Each feedback label recorded from Odoo (``agent.store.feedback``) is joined with its
recommendation, the email it came from and what was extracted from that email. The
example carries the dataset schema plus ``label_source`` (where the label came from) and
``label_status``:

* ``accepted`` (activity done as drafted): ``confirmed``, the drafted values are the labels;
* ``edited`` (done with a changed note): ``corrected``, the planner's note is kept in
  ``label_source.detail`` for a person to fold into the labels;
* ``rejected`` (activity cancelled): ``disputed``, the drafted values are known wrong;
* ``ignored`` (overdue, nobody acted): skipped, it says nothing about correctness.

Exception records (not emails) are skipped: they have no text to label.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.models import Extraction, InboundEmail, Match, Recommendation
from agent.store import feedback
from agent.store.repository import Store

STATUS = {"accepted": "confirmed", "edited": "corrected", "rejected": "disputed"}


@dataclass
class ImportReport:
    """How many labels became examples and why the others did not."""

    written: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        """Count one skipped label."""
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def example_of(
    label: feedback.FeedbackLabel,
    rec: Recommendation,
    email: InboundEmail,
    extraction: Extraction | None,
    match: Match | None,
    split: str,
) -> dict[str, Any]:
    """One dataset line from one planner outcome."""
    commitment = extraction.commitment if extraction else None
    return {
        "id": f"fb-{rec.id}",
        "split": split,
        "origin": "feedback",
        "language": "und",
        "vendor": rec.vendor_name or (match.vendor_name if match else None) or "unknown",
        "vendor_country": None,
        "from": f"{email.from_name} <{email.from_addr}>" if email.from_name else email.from_addr,
        "subject": email.subject,
        "received_at": email.date.isoformat(),
        "text": email.text,
        "new_text_end": email.new_text_end,
        "change_type": "none",
        "injection": False,
        "labels": {
            "intent": (extraction.intent.value if extraction else None)
            or (rec.intent.value if rec.intent else "other"),
            "secondary_intents": [i.value for i in extraction.secondary_intents]
            if extraction
            else [],
            "po_refs": extraction.odoo_refs if extraction else [],
            "vendor_refs": extraction.vendor_refs if extraction else [],
            "commitment_date": commitment.value.isoformat() if commitment else None,
            "commitment_quote": commitment.span.quote if commitment else None,
            "commitment_start": commitment.span.start if commitment else None,
            "commitment_end": commitment.span.end if commitment else None,
            "dates": [
                {
                    "value": d.value.isoformat(),
                    "role": d.role.value,
                    "quote": d.span.quote,
                    "start": d.span.start,
                    "end": d.span.end,
                }
                for d in (extraction.dates if extraction else [])
            ],
        },
        "label_status": STATUS[label.outcome],
        "label_source": {
            "kind": "planner_feedback",
            "outcome": label.outcome,
            "source": label.source,
            "detail": label.detail,
            "recorded_at": label.recorded_at.isoformat(),
            "recommendation_id": rec.id,
            "action": rec.action.value,
            "po": rec.po_name,
            "extractor": extraction.extractor if extraction else None,
        },
    }


def import_feedback(store: Store, out: Path, split: str = "dev") -> ImportReport:
    """Write one example per usable outcome to ``out`` (JSONL); returns what happened."""
    report = ImportReport()
    lines: list[str] = []
    for label in feedback.labels(store):
        if label.outcome not in STATUS:
            report.skip(label.outcome)
            continue
        rec = store.get_recommendation(label.recommendation_id)
        if rec is None:
            report.skip("recommendation missing")
            continue
        if rec.source_type != "email":
            report.skip("not an email")
            continue
        stored = store.get_email(rec.source_id)
        if stored is None or stored.email is None:
            report.skip("email missing")
            continue
        found = store.latest_extraction(rec.source_id)
        extraction, match = (found[0], found[1]) if found else (None, None)
        record = example_of(label, rec, stored.email, extraction, match, split)
        lines.append(json.dumps(record, ensure_ascii=False))
        report.written += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return report
