"""``triage scan``: Odoo's exception records through the recommend, gate and outbox path."""

from __future__ import annotations

from typing import Annotated

import typer

from agent.cli.common import out, print_json, settings


def scan(
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    ack_days: Annotated[
        int | None, typer.Option(help="Days before an unacknowledged order is an exception.")
    ] = None,
    push_wait: Annotated[float, typer.Option(help="Seconds to wait for the outbox.")] = 10.0,
) -> None:
    """Scan Odoo (or the bundled scenario) for exceptions and draft what to do about them."""
    from agent.cli.outbox_cmd import push_before_exit
    from agent.exceptions_flow import process_exceptions
    from agent.push import CREATE_ACTIVITY
    from agent.scan import record_scan
    from agent.scan import scan as run_scan
    from agent.store import outbox
    from agent.wiring import build_deps, scenario_clock

    config = settings()
    deps = build_deps(config, clock=None if config.odoo.url else scenario_clock(config))
    result = run_scan(
        deps.gateway,
        deps.store,
        deps.clock.now(),
        ack_days=config.scan_ack_days if ack_days is None else ack_days,
        lookback_days=config.scan_lookback_days,
    )
    recs = process_exceptions(deps, result.fresh)
    record_scan(deps.store, result, deps.clock.now())
    waiting = {e.id for e in outbox.entries(deps.store, ["pending"]) if e.kind == CREATE_ACTIVITY}
    pushed = push_before_exit(deps, push_wait)
    written = sum(1 for e in outbox.entries(deps.store, ["done"]) if e.id in waiting)
    counts = result.counts()
    if json_out:
        print_json(
            {
                "exceptions": counts,
                "new_exceptions": result.new,
                "recommendations": [
                    {
                        "id": r.id,
                        "source": r.source_id,
                        "po": r.po_name,
                        "action": r.action.value,
                        "decision": r.decision.value,
                        "state": r.state.value,
                        "risk": r.risk.level.value if r.risk else None,
                        "summary": r.summary,
                    }
                    for r in recs
                ],
                "activities_written": written,
                "outbox": pushed,
            }
        )
        return
    found = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n) or "none"
    out.print(
        f"Exceptions: {found} ({result.new} new). {len(recs)} recommendations; "
        f"{written} activities written to Odoo, {pushed['pending']} writes pending."
    )


def register(app: typer.Typer) -> None:
    """Add ``scan``."""
    app.command("scan")(scan)
