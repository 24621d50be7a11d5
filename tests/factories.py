"""Small builders of domain objects for tests."""

from __future__ import annotations

import datetime as dt
import hashlib

from agent.models import (
    Action,
    Decision,
    InboundEmail,
    Recommendation,
    RecommendationState,
)

NOW = dt.datetime(2026, 11, 26, 7, 0, tzinfo=dt.UTC)


def inbound(message_id: str = "<a@x>", body: str = "hello", **kw: object) -> InboundEmail:
    data: dict[str, object] = {
        "message_id": message_id,
        "content_hash": hashlib.sha256(body.encode()).hexdigest(),
        "subject": "Re: P00042",
        "from_addr": "orders@acme-supply.com",
        "date": NOW,
        "text": body,
        "new_text_end": len(body),
    }
    data.update(kw)
    return InboundEmail.model_validate(data)


def recommendation(rec_id: str = "r1", key: str = "P1:delivery", **kw: object) -> Recommendation:
    data: dict[str, object] = {
        "id": rec_id,
        "key": key,
        "source_type": "email",
        "source_id": "e1",
        "action": Action.EXPEDITE,
        "deadline": NOW.date(),
        "summary": "s",
        "text": "t",
        "confidence": 0.9,
        "decision": Decision.AUTO_DRAFT,
        "state": RecommendationState.PENDING_PUSH,
        "created_at": NOW,
        "updated_at": NOW,
    }
    data.update(kw)
    return Recommendation.model_validate(data)
