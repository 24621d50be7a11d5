"""Single use of approval links, enforced by a primary key."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.exc import IntegrityError

from agent.store.repository import Store
from agent.store.tables import ApprovalUseRow


def record_use(
    store: Store, jti: str, rec_id: str, verdict: str, actor: str, now: dt.datetime
) -> bool:
    """Record a link's use; False when it was used before (a replay)."""
    try:
        with store.session() as session:
            session.add(
                ApprovalUseRow(
                    jti=jti, recommendation_id=rec_id, verdict=verdict, actor=actor, used_at=now
                )
            )
    except IntegrityError:
        return False
    return True
