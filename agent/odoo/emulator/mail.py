"""Chatter and activities: message_post, activity_schedule, action_feedback, message_process.

What a client sees is reproduced from transcripts 031-044 and 080-083: ``message_post``
returns the new mail.message id, whose ``message_id`` has Odoo's shape
``<{15 digits}.{unix time}-openerp-{res_id}-{model}@{host}>``; from Odoo 17 a plain ``str``
body is HTML-escaped unless ``body_is_html=True`` (16 takes every body as HTML); marking an
activity done posts a note and removes the activity; ``message_process`` routes a raw email
to the document whose message it answers (In-Reply-To, then References).
"""

from __future__ import annotations

import email
import email.policy
import html
import random
import re
import time
from datetime import UTC
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime
from typing import Any

from . import errors, rules
from .methods import Env, create_record, method, xmlid_lookup

SUBTYPES = {"mail.mt_comment": 1, "mail.mt_note": 2, "mail.mt_activities": 3}
_REFERENCE = re.compile(r"<[^<>\s]+>")


class RecordRef:
    """A recordset returned by a method; JSON-RPC shows it as its repr, JSON-2 as ids."""

    def __init__(self, model: str, ids: list[int]) -> None:
        """Point at ``ids`` of ``model``."""
        self.model = model
        self.ids = ids

    def __str__(self) -> str:
        """Python's recordset repr, e.g. ``mail.activity(12,)``."""
        return f"{self.model}{tuple(self.ids)!r}"


def new_message_id(host: str, model: str | None = None, res_id: int | None = None) -> str:
    """Return a Message-Id shaped like Odoo's for a message about ``model``/``res_id``."""
    digits = f"{random.randrange(10**15):015d}"
    where = f"{res_id}-{model}" if model and res_id else "message-notify"
    return f"<{digits}.{time.time():.15f}-openerp-{where}@{host}>"


def _author(env: Env) -> tuple[Any, str]:
    user = env.db.data.table("res.users").get(env.uid, {})
    partner = env.db.data.table("res.partner").get(user.get("partner_id") or 0, {})
    name = partner.get("name") or user.get("name") or user.get("login", "")
    address = partner.get("email") or user.get("email") or ""
    return user.get("partner_id") or False, f'"{name}" <{address}>'


def post_message(env: Env, model: str, res_id: int, values: dict[str, Any]) -> int:
    """Create the mail.message of a post on ``model``/``res_id`` and return its id."""
    db = env.db
    thread = sorted(
        i
        for i, row in db.data.table("mail.message").items()
        if row.get("model") == model and row.get("res_id") == res_id
    )
    author_id, email_from = _author(env)
    row: dict[str, Any] = {
        "model": model,
        "res_id": res_id,
        "record_name": db.display_name(model, res_id),
        "message_type": "notification",
        "subtype_id": SUBTYPES["mail.mt_note"],
        "author_id": author_id,
        "email_from": email_from,
        "reply_to": email_from,
        "parent_id": thread[0] if thread else False,
        "message_id": new_message_id(db.hostname, model, res_id),
        "date": db.now(),
    }
    row.update(values)
    return create_record(env, "mail.message", row)


def _subtype(env: Env, xmlid: str | None, subtype_id: int | bool) -> int:
    if subtype_id:
        return int(subtype_id)
    name = xmlid or "mail.mt_note"
    if name in SUBTYPES:
        return SUBTYPES[name]
    module, _, short = name.partition(".")
    return xmlid_lookup(env.db, module, short)[1]


@method("thread", multi=True, access="write", owner="MailThread")
def message_post(
    env: Env,
    ids: list[int],
    body: str = "",
    subject: str | None = None,
    message_type: str = "notification",
    subtype_xmlid: str | None = None,
    subtype_id: int | bool = False,
    partner_ids: list[int] | None = None,
    attachment_ids: list[int] | None = None,
    author_id: int | None = None,
    email_from: str | None = None,
    parent_id: int | bool = False,
    **kwargs: Any,
) -> int:
    """Post a message in the chatter of one record; returns the mail.message id."""
    if len(ids) != 1:
        raise errors.value_error(f"Expected singleton: {RecordRef(env.model, ids)}")
    if not env.db.exists(env.model, ids[0]):
        raise errors.missing_error(env.model, ids, env.uid)
    text = str(body or "")
    if env.db.version >= 17 and not kwargs.get("body_is_html") and text:
        text = f"<p>{html.escape(text)}</p>"
    values: dict[str, Any] = {
        "body": text,
        "subject": subject or False,
        "message_type": message_type,
        "subtype_id": _subtype(env, subtype_xmlid, subtype_id),
        "partner_ids": [[6, 0, list(partner_ids or [])]],
        "attachment_ids": [[6, 0, list(attachment_ids or [])]],
    }
    if author_id:
        values["author_id"] = author_id
    if email_from:
        values["email_from"] = email_from
    if parent_id:
        values["parent_id"] = parent_id
    return post_message(env, env.model, ids[0], values)


def ir_model_id(env: Env, model: str) -> int:
    """Return the ir.model id of ``model`` (purchase.order is 534, as in the real database)."""
    for rec_id, row in env.db.data.table("ir.model").items():
        if row.get("model") == model:
            return rec_id
    description = env.db.schema(model).description
    return create_record(env, "ir.model", {"model": model, "name": description})


@method("thread", multi=True, access="read", owner="MailActivityMixin")
def activity_schedule(
    env: Env,
    ids: list[int],
    act_type_xmlid: str = "",
    date_deadline: str | None = None,
    summary: str = "",
    note: str = "",
    **act_values: Any,
) -> RecordRef:
    """Schedule one activity per record; returns the new activities."""
    type_id = act_values.pop("activity_type_id", None)
    if act_type_xmlid:
        module, _, name = act_type_xmlid.partition(".")
        type_id = xmlid_lookup(env.db, module, name)[1]
    created = []
    for rec_id in env.db.existing(env.model, ids):
        vals = {
            "res_model_id": ir_model_id(env, env.model),
            "res_model": env.model,
            "res_id": rec_id,
            "activity_type_id": type_id or 4,
            "summary": summary or False,
            "note": note or False,
            "user_id": act_values.pop("user_id", None) or env.uid,
            **act_values,
        }
        if date_deadline:
            vals["date_deadline"] = date_deadline
        created.append(create_record(env, "mail.activity", vals))
    return RecordRef("mail.activity", created)


def _feedback_body(env: Env, activity: dict[str, Any], feedback: str | bool) -> str:
    type_name = env.db.display_name("mail.activity.type", activity.get("activity_type_id") or 0)
    parts = [
        '\n    <p>\n        <span class="fa fa-tasks fa-fw"></span>'
        f"<span>{html.escape(str(type_name or ''))}</span> done\n"
    ]
    if activity.get("summary"):
        parts.append(f"        <span>: </span><span>{html.escape(activity['summary'])}</span>\n")
    parts.append("    </p>\n")
    if feedback:
        parts.append(f"    <div>\n            {html.escape(str(feedback))}\n    </div>\n")
    if activity.get("note"):
        parts.append(
            '    \n        <div class="o_mail_note_title"><strong>Original note:</strong></div>\n'
            f"        <div>{activity['note']}</div>\n"
        )
    return "".join(parts)


@method("mail.activity", multi=True, access="write", owner="MailActivity")
def action_feedback(
    env: Env, ids: list[int], feedback: str | bool = False, attachment_ids: list[int] | None = None
) -> int | bool:
    """Mark activities done: post a note on each document, then drop (or archive) them."""
    table = env.db.data.table("mail.activity")
    missing = [i for i in ids if i not in table]
    if missing:
        raise errors.missing_error("mail.activity", missing, env.uid)
    messages = []
    for activity_id in ids:
        activity = dict(table[activity_id])
        model = env.db.value("mail.activity", activity_id, "res_model")
        values = {
            "body": _feedback_body(env, activity, feedback),
            "subtype_id": SUBTYPES["mail.mt_activities"],
            "mail_activity_type_id": activity.get("activity_type_id") or False,
            "attachment_ids": [[6, 0, list(attachment_ids or [])]],
        }
        messages.append(post_message(env, model, activity["res_id"], values))
        type_row = env.db.data.table("mail.activity.type").get(
            activity.get("activity_type_id") or 0, {}
        )
        if type_row.get("keep_done"):
            table[activity_id].update(active=False, date_done=rules.today())
        else:
            del table[activity_id]
    return messages[0] if messages else False


@method("mail.activity", multi=True, access="write", owner="MailActivity")
def action_done(env: Env, ids: list[int]) -> int | bool:
    """Mark activities done without feedback."""
    result: int | bool = action_feedback(env, ids)
    return result


def _text_body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        return ""
    content = str(part.get_content())
    if part.get_content_type() == "text/html":
        return rules.sanitize_html(content)
    return f"<pre>{html.escape(content, quote=False)}</pre>\n"


def _thread_of(env: Env, references: list[str]) -> tuple[str, int] | None:
    by_message_id = {
        row.get("message_id"): row for row in env.db.data.table("mail.message").values()
    }
    for reference in references:
        row = by_message_id.get(reference)
        if row and row.get("model") and row.get("res_id"):
            return str(row["model"]), int(row["res_id"])
    return None


@method("mail.thread", access=None, owner="MailThread")
def message_process(
    env: Env,
    model: str | bool,
    message: str,
    custom_values: dict[str, Any] | None = None,
    save_original: bool = False,
    strip_attachments: bool = False,
    thread_id: int | None = None,
) -> int | bool:
    """Route a raw RFC 822 email to the record it answers; False when nothing matches.

    Only reply routing is emulated (In-Reply-To, then References, against the
    ``message_id`` of known mail.message rows) plus an explicit ``model``/``thread_id``;
    alias routing that would create new records is not.
    """
    parsed = email.message_from_string(str(message), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    message_id = str(parsed.get("Message-ID") or "").strip()
    known = {row.get("message_id") for row in env.db.data.table("mail.message").values()}
    if message_id and message_id in known:
        return False
    references = _REFERENCE.findall(str(parsed.get("In-Reply-To") or ""))
    references += list(reversed(_REFERENCE.findall(str(parsed.get("References") or ""))))
    route = _thread_of(env, references)
    if route is None and model and thread_id and env.db.exists(str(model), thread_id):
        route = (str(model), int(thread_id))
    if route is None:
        return False
    sender = str(parsed.get("From") or "")
    address = parseaddr(sender)[1].lower()
    author = next(
        (
            i
            for i, row in env.db.data.table("res.partner").items()
            if (row.get("email") or "").lower() == address and address
        ),
        False,
    )
    try:
        sent = parsedate_to_datetime(str(parsed.get("Date"))).astimezone(UTC)
        when = sent.strftime("%Y-%m-%d %H:%M:%S")
    except (TypeError, ValueError):
        when = env.db.now()
    values = {
        "body": _text_body(parsed),
        "subject": str(parsed.get("Subject") or "") or False,
        "message_type": "email",
        "subtype_id": SUBTYPES["mail.mt_comment"],
        "author_id": author,
        "email_from": sender,
        "reply_to": str(parsed.get("Reply-To") or sender),
        "message_id": message_id or new_message_id(env.db.hostname),
        "date": when,
    }
    post_message(env, route[0], route[1], values)
    return route[1]
