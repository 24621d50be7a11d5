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


@queue_app.command("resolve")
def resolve(
    rec_id: Annotated[str, typer.Argument(metavar="ID", help="Recommendation id (or a prefix).")],
    action: Annotated[str, typer.Option("--action", help="assign, dismiss or rerun.")],
    user: Annotated[str | None, typer.Option("--user", help="Login to assign to.")] = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Why (kept in the audit).")] = None,
) -> None:
    """Assign a queued item to a person, dismiss it, or re-run its email through the pipeline."""
    from agent.errors import ConfigError
    from agent.push import drain
    from agent.queue_actions import assign, dismiss, rerun
    from agent.wiring import build_deps

    deps = build_deps(settings())
    matches = [
        r
        for r in deps.store.recommendations(states=[RecommendationState.QUEUED.value])
        if r.id.startswith(rec_id)
    ]
    if len(matches) != 1:
        raise ConfigError(
            f"{len(matches)} queued recommendations match {rec_id!r}; give more of the id"
        )
    rec = matches[0]
    if action == "assign":
        if not user:
            raise ConfigError("--action assign needs --user LOGIN")
        assign(deps, rec, user, reason)
        pushed = drain(deps.store, deps.gateway, deps.clock, max_wait=30)
        out.print(f"assigned to {user}; outbox: {pushed.pushed} pushed, {pushed.pending} pending")
    elif action == "dismiss":
        dismiss(deps, rec, reason)
        out.print("dismissed")
    elif action == "rerun":
        new = rerun(deps, rec)
        out.print(f"re-run: {new.decision.value if new else 'nothing drafted'}")
    else:
        raise ConfigError("--action must be assign, dismiss or rerun")
