"""``triage outbox list|retry|purge``: the durable queue of writes to Odoo.

Also :func:`push_before_exit`, which one-shot commands call so that what they drafted
reaches Odoo before they exit (within a bounded wait), and which says what is left.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import typer
from rich.table import Table

from agent.cli.common import console, out, print_json, settings
from agent.deps import Deps

STATES = ("pending", "done", "dead")


def push_before_exit(deps: Deps, max_wait: float) -> dict[str, int]:
    """Drain the outbox for at most ``max_wait`` seconds; counts of pushed, pending, dead."""
    from agent.push import drain
    from agent.store import outbox

    report = drain(deps.store, deps.gateway, deps.clock, max_wait=max_wait)
    pending, dead, _ = outbox.depth(deps.store, deps.clock.now())
    if pending:
        console.print(
            f"{pending} write(s) to Odoo still pending; they go out with the next command "
            "or `triage serve` (see `triage outbox list`)"
        )
    return {"pushed": report.pushed, "pending": pending, "dead": dead}


def _age(created: dt.datetime, now: dt.datetime) -> str:
    seconds = max(int((now - created).total_seconds()), 0)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def list_entries(
    state: Annotated[
        list[str] | None, typer.Option("--state", help="pending, done or dead (repeatable).")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Show outbox entries: state, attempts, last error and age."""
    from agent.store import outbox
    from agent.store.repository import Store

    wanted = state or []
    unknown = sorted(set(wanted) - set(STATES))
    if unknown:
        raise typer.BadParameter(f"unknown state(s) {unknown}; use {', '.join(STATES)}")
    store = Store.open(settings().store_url)
    now = dt.datetime.now(dt.UTC)
    rows = outbox.entries(store, wanted)
    if json_out:
        data: list[dict[str, Any]] = [
            {
                "id": e.id,
                "kind": e.kind,
                "state": e.state,
                "attempts": e.attempts,
                "last_error": e.last_error,
                "age_seconds": int((now - e.created_at).total_seconds()),
                "next_attempt_at": e.next_attempt_at.isoformat(),
                "key": e.idempotency_key,
            }
            for e in rows
        ]
        print_json({"entries": data})
        return
    table = Table("id", "kind", "state", "attempts", "age", "last error", title="Outbox")
    for e in rows:
        table.add_row(
            str(e.id),
            e.kind,
            e.state,
            str(e.attempts),
            _age(e.created_at, now),
            (e.last_error or "")[:80],
        )
    out.print(table)


def retry(
    ids: Annotated[list[int] | None, typer.Argument(help="Entry ids to retry.")] = None,
    dead: Annotated[bool, typer.Option("--dead", help="Retry every dead entry.")] = False,
) -> None:
    """Put dead (or waiting) entries back in the queue, due now."""
    from agent.store import outbox
    from agent.store.repository import Store

    store = Store.open(settings().store_url)
    chosen = list(ids or [])
    if dead:
        chosen += [e.id for e in outbox.entries(store, ["dead"])]
    if not chosen:
        raise typer.BadParameter("give entry ids or --dead")
    count = outbox.retry(store, sorted(set(chosen)), dt.datetime.now(dt.UTC))
    out.print(f"{count} entr{'y' if count == 1 else 'ies'} queued again.")


def purge(
    done: Annotated[bool, typer.Option("--done", help="Delete entries Odoo confirmed.")] = False,
    dead: Annotated[bool, typer.Option("--dead", help="Delete dead letters.")] = False,
) -> None:
    """Delete settled entries: done ones, dead letters, or both."""
    from agent.store import outbox
    from agent.store.repository import Store

    states = [s for s, wanted in (("done", done), ("dead", dead)) if wanted]
    if not states:
        raise typer.BadParameter("say what to purge: --done and/or --dead")
    count = outbox.purge(Store.open(settings().store_url), states)
    out.print(f"{count} entr{'y' if count == 1 else 'ies'} deleted.")


def register(app: typer.Typer) -> None:
    """Add the ``outbox`` command group."""
    group = typer.Typer(help="The queue of writes to Odoo.", no_args_is_help=True)
    group.command("list")(list_entries)
    group.command("retry")(retry)
    group.command("purge")(purge)
    app.add_typer(group, name="outbox")
