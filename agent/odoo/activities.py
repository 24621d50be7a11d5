"""Writes: activities with their chatter notes, approved line dates, and notes.

Idempotency rests on the marker (``triage:<recommendation id>``) that every activity note
and chatter note carries. :func:`find_activities` searches open activities, and the
messages Odoo leaves when an activity is marked done, for markers in one ``|``-ORed domain
each. :func:`create_activities` posts the chatter notes *before* the activities and skips
notes already posted, so a crash anywhere in between is repaired by the next push without a
second note or a second activity.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from agent.odoo.records import ActivityDraft, ActivityStatus
from agent.odoo.reference import Reference
from agent.odoo.transport import OdooTransport
from agent.odoo.wire import all_of, any_of, format_datetime, m2o_id, parse_date, text

NOTE_SUBTYPE = "mail.mt_note"
_FEEDBACK = re.compile(r"</p>\s*<div>(.*?)</div>", re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")
Row = dict[str, Any]


def _marker_leaves(field: str, markers: Sequence[str]) -> list[Any]:
    return any_of([(field, "ilike", m) for m in markers])


def find_activities(transport: OdooTransport, markers: Sequence[str]) -> dict[str, ActivityStatus]:
    """Activities created earlier with these markers: open (or archived done) and done."""
    wanted = sorted({m for m in markers if m})
    if not wanted:
        return {}
    domain = _marker_leaves("note", wanted)
    if transport.version.activity_active:
        domain = all_of(domain, [["active", "in", [True, False]]])
    fields = ["note", "user_id", "date_deadline", "res_id"]
    if transport.version.activity_active:
        fields.append("active")
    rows: list[Row] = transport.call("mail.activity", "search_read", domain=domain, fields=fields)
    found: dict[str, ActivityStatus] = {}
    for row in rows:
        note = text(row.get("note"))
        for marker in (m for m in wanted if m in note):
            archived = row.get("active") is False
            found[marker] = ActivityStatus(
                marker=marker,
                activity_id=None if archived else row["id"],
                state="done" if archived else "open",
                user_id=m2o_id(row.get("user_id")),
                date_deadline=parse_date(row.get("date_deadline")),
            )
    missing = [m for m in wanted if m not in found or found[m].state == "done"]
    if missing:
        messages: list[Row] = transport.call(
            "mail.message",
            "search_read",
            domain=all_of(
                [["mail_activity_type_id", "!=", False]], _marker_leaves("body", missing)
            ),
            fields=["body", "res_id"],
        )
        for message in messages:
            body = text(message.get("body"))
            for marker in (m for m in missing if m in body):
                previous = found.get(marker)
                found[marker] = ActivityStatus(
                    marker=marker,
                    activity_id=None,
                    state="done",
                    feedback=feedback_of(body),
                    user_id=previous.user_id if previous else None,
                    date_deadline=previous.date_deadline if previous else None,
                )
    return found


def feedback_of(body: str) -> str | None:
    """The planner's feedback in the message Odoo posts when an activity is marked done."""
    match = _FEEDBACK.search(body)
    if match is None:
        return None
    value = html.unescape(_TAGS.sub("", match.group(1))).strip()
    return value or None


def chatter_body(draft: ActivityDraft) -> str:
    """The chatter note as posted: the draft's HTML plus its marker."""
    return f"{draft.chatter_html}<p><small>{html.escape(draft.marker)}</small></p>"


def create_activities(
    transport: OdooTransport, reference: Reference, drafts: Sequence[ActivityDraft]
) -> dict[str, int]:
    """Post missing chatter notes, then create every activity in one ``create`` call."""
    if not drafts:
        return {}
    model_ids = reference.model_ids({d.res_model for d in drafts})
    type_ids = reference.xmlids({d.activity_type for d in drafts})
    with_notes = [d for d in drafts if d.chatter_html]
    if with_notes:
        posted = _posted_notes(transport, with_notes)
        for draft in with_notes:
            if draft.marker not in posted:
                post_note(transport, draft.res_model, draft.res_id, chatter_body(draft))
    values = [
        {
            "res_model_id": model_ids[d.res_model],
            "res_id": d.res_id,
            "activity_type_id": type_ids[d.activity_type],
            "summary": d.summary[:79],
            "note": d.note_html,
            "date_deadline": d.date_deadline.isoformat(),
            "user_id": d.user_id,
        }
        for d in drafts
    ]
    created = transport.call("mail.activity", "create", vals_list=values)
    ids = created if isinstance(created, list) else [created]
    return {d.marker: int(i) for d, i in zip(drafts, ids, strict=True)}


def _posted_notes(transport: OdooTransport, drafts: Sequence[ActivityDraft]) -> set[str]:
    markers = [d.marker for d in drafts]
    rows: list[Row] = transport.call(
        "mail.message",
        "search_read",
        domain=all_of(
            [
                ["model", "in", sorted({d.res_model for d in drafts})],
                ["res_id", "in", sorted({d.res_id for d in drafts})],
                ["mail_activity_type_id", "=", False],
            ],
            _marker_leaves("body", markers),
        ),
        fields=["body"],
    )
    bodies = [text(r.get("body")) for r in rows]
    return {m for m in markers if any(m in body for body in bodies)}


def post_note(transport: OdooTransport, res_model: str, res_id: int, body_html: str) -> int:
    """An internal note (subtype note) whose HTML is kept as HTML on every version."""
    kwargs: dict[str, Any] = {
        "body": body_html,
        "message_type": "comment",
        "subtype_xmlid": NOTE_SUBTYPE,
    }
    if transport.version.body_is_html:
        kwargs["body_is_html"] = True
    result = transport.call(res_model, "message_post", [res_id], **kwargs)
    if isinstance(result, list):
        result = result[0]
    return int(result)


def set_line_dates(transport: OdooTransport, changes: Sequence[tuple[int, dt.datetime]]) -> None:
    """Write new planned dates: one ``write`` per distinct date."""
    by_date: dict[str, list[int]] = defaultdict(list)
    for line_id, planned in changes:
        by_date[format_datetime(planned)].append(line_id)
    for when, line_ids in sorted(by_date.items()):
        transport.call(
            "purchase.order.line", "write", sorted(set(line_ids)), vals={"date_planned": when}
        )
