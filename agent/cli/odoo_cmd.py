"""``triage odoo check``: can the service work with the configured Odoo, and what to fix."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from agent.cli.common import out, print_json, settings


def check(
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Check the Odoo of TRIAGE_ODOO_URL: reachable, version, database, login, modules, rights."""
    from agent.odoo.checks import run_checks

    report = run_checks(settings().odoo)
    if json_out:
        print_json(report.as_json())
    else:
        table = Table("check", "ok", "detail", title=f"Odoo {report.version or '?'}")
        for item in report.checks:
            table.add_row(item.name, "yes" if item.ok else "[red]NO[/red]", item.detail)
        out.print(table)
        out.print("All checks passed." if report.ok else "Fix the failing checks above.")
    raise typer.Exit(0 if report.ok else 1)


def register(app: typer.Typer) -> None:
    """Add the ``odoo`` command group."""
    group = typer.Typer(help="Work with the configured Odoo.", no_args_is_help=True)
    group.command("check")(check)
    app.add_typer(group, name="odoo")
