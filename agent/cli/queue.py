"""``triage queue``: what waits for a person, with the reason."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from agent.cli.common import out, print_json, settings
from agent.models import Decision, RecommendationState

queue_app = typer.Typer(help="The local review queue.", invoke_without_command=True)


@queue_app.callback()
def list_queue(
    ctx: typer.Context,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """List queued recommendations and those waiting for review."""
    if ctx.invoked_subcommand is not None:
        return
    from agent.store.repository import Store

    store = Store.open(settings().store_url)
    queued = store.recommendations(states=[RecommendationState.QUEUED.value])
    review = [
        r
        for r in store.recommendations(decisions=[Decision.REVIEW.value])
        if r.state in (RecommendationState.PENDING_PUSH, RecommendationState.PUSHED)
    ]
    items = queued + review
    if json_out:
        print_json(
            {
                "items": [
                    {
                        "id": r.id,
                        "po": r.po_name,
                        "vendor": r.vendor_name,
                        "action": r.action.value,
                        "decision": r.decision.value,
                        "state": r.state.value,
                        "reason": r.decision_reason,
                        "confidence": r.confidence,
                        "trusted": r.trusted,
                    }
                    for r in items
                ]
            }
        )
        return
    table = Table(
        "id", "PO", "vendor", "action", "decision", "reason", title="Waiting for a person"
    )
    for r in items:
        table.add_row(
            r.id[:8],
            r.po_name or "-",
            (r.vendor_name or "?")[:24],
            r.action.value,
            r.decision.value,
            r.decision_reason,
        )
    out.print(table)
    out.print(f"{len(items)} waiting.")


def register(app: typer.Typer) -> None:
    """Add the ``queue`` group."""
    app.add_typer(queue_app, name="queue")
