"""HTML for activity notes and chatter messages. Everything from an email is escaped."""

from __future__ import annotations

from html import escape

from agent.models import Recommendation


def activity_note(rec: Recommendation, links: dict[str, str] | None = None) -> str:
    """The activity's note: the proposal, the risk factors, and the quoted evidence."""
    parts = [f"<p>{escape(rec.text).replace(chr(10), '<br/>')}</p>"]
    if rec.risk is not None and rec.risk.factors:
        items = "".join(f"<li>{escape(f)}</li>" for f in rec.risk.factors[:3])
        parts.append(f"<p>Why:</p><ul>{items}</ul>")
    if rec.evidence:
        quotes = "".join(f"<li><q>{escape(span.quote)}</q></li>" for span in rec.evidence)
        parts.append(f"<p>Evidence from the vendor's email:</p><ul>{quotes}</ul>")
    parts.append(
        f"<p><small>Confidence {rec.confidence:.0%}; {escape(rec.decision_reason)}."
        f" Drafted by triage ({escape(rec.id)}).</small></p>"
    )
    if links:
        anchors = " · ".join(
            f'<a href="{escape(url, quote=True)}">{escape(label)}</a>'
            for label, url in links.items()
        )
        parts.append(f"<p>{anchors}</p>")
    return "".join(parts)


def chatter_note(rec: Recommendation) -> str:
    """The chatter note: what the vendor said, quoted, with the decision."""
    quotes = "".join(f"<blockquote>{escape(span.quote)}</blockquote>" for span in rec.evidence)
    return (
        f"<p><b>{escape(rec.summary)}</b></p>{quotes}"
        f"<p><small>{escape(rec.action.value)} · {escape(rec.decision.value)}</small></p>"
    )


def marker(rec_id: str) -> str:
    """The idempotency marker written into the activity note."""
    return f"triage:{rec_id}"
