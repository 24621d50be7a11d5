"""``triage digest``: each planner's morning summary."""

from __future__ import annotations

from typing import Annotated

import typer

from agent.cli.common import out, print_json, settings


def digest(
    user: Annotated[str | None, typer.Option("--user", help="One planner's login.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    send: Annotated[bool, typer.Option("--send", help="Post to Odoo and mail it.")] = False,
) -> None:
    """Print (and with --send deliver) what needs each planner, ranked by risk."""
    from agent.digest import build_digests, deliver
    from agent.push import drain
    from agent.wiring import build_deps

    deps = build_deps(settings())
    digests = build_digests(deps, [user] if user else None)
    delivered = deliver(deps, digests) if send else {"posted": 0, "mailed": 0}
    if send:
        drain(deps.store, deps.gateway, deps.clock, max_wait=30)
    if json_out:
        print_json({"digests": [d.model_dump(mode="json") for d in digests], **delivered})
        return
    for d in digests:
        out.rule(f"{d.user}: {len(d.open)} open")
        for item in d.open:
            out.print(
                f"  {item.po or '-':8} {item.risk or '':8} due {item.deadline}  {item.summary}"
            )
        for title, items in (
            ("new delays", d.new_delays),
            ("escalated", d.escalations),
            ("approvals overdue", d.overdue_approvals),
        ):
            if items:
                out.print(f"  {title}: {', '.join(i.po or '-' for i in items)}")
    if not digests:
        out.print("nothing open for anyone")


def register(app: typer.Typer) -> None:
    """Add ``digest``."""
    app.command("digest")(digest)
