"""``triage policy check FILE``: validate a policy file and explain what it decides."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from agent.cli.common import out, print_json
from agent.policy import load_policy

policy_app = typer.Typer(help="Gate policy files.", no_args_is_help=True)


@policy_app.command("check")
def check(
    file: Annotated[Path, typer.Argument(help="Policy TOML file.")],
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Validate FILE; errors name the line and key. Prints the effective bands and rules."""
    policy = load_policy(file)
    if json_out:
        print_json({"ok": True, "policy": policy.model_dump(mode="json")})
        return
    table = Table("applies to", "auto", "review", title=f"Policy {policy.version}: bands")
    table.add_row("default", f"{policy.default.auto:.2f}", f"{policy.default.review:.2f}")
    for intent, band in policy.intents.items():
        table.add_row(f"intent {intent.value}", f"{band.auto:.2f}", f"{band.review:.2f}")
    for action, band in policy.actions.items():
        table.add_row(f"action {action.value}", f"{band.auto:.2f}", f"{band.review:.2f}")
    out.print(table)
    for rule in policy.approval:
        out.print(
            f"rule {rule.name}: assignee {rule.assignee or 'buyer'}"
            + (f", needs approval by {rule.approver}" if rule.needs_approval else "")
        )
    sla = policy.sla
    out.print(
        f"SLA hours: critical {sla.critical:g}, high {sla.high:g}, medium {sla.medium:g}, "
        f"low {sla.low:g}; escalation to {sla.escalation_user or 'settings.escalation_user'}"
    )
    out.print("[green]policy is valid[/green]")


def register(app: typer.Typer) -> None:
    """Add the ``policy`` group."""
    app.add_typer(policy_app, name="policy")
