"""``triage apikey create|list|revoke``: API keys with scopes, stored hashed."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from agent.cli.common import console, out, print_json, settings
from agent.errors import ConfigError

apikey_app = typer.Typer(help="API keys for the HTTP API and the dashboard.", no_args_is_help=True)


@apikey_app.command("create")
def create(
    name: Annotated[str, typer.Argument(help="Who or what uses the key, e.g. 'mail-gateway'.")],
    scope: Annotated[
        list[str],
        typer.Option("--scope", "-s", help="ingest, read, approve or admin; repeat for several."),
    ],
    login: Annotated[
        str | None, typer.Option(help="The Odoo login of the planner this key stands for.")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Create a key and print it once; only its hash is kept."""
    from agent.api.security import create_key
    from agent.clock import SystemClock
    from agent.store.repository import Store

    store = Store.open(settings().store_url)
    try:
        record, key = create_key(store, name, scope, login, SystemClock().now())
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
    finally:
        store.close()
    if json_out:
        print_json(
            {"id": record.id, "name": record.name, "scopes": list(record.scopes), "key": key}
        )
        return
    out.print(f"Created key {record.id} ({record.name}, scopes {', '.join(record.scopes)}).")
    out.print(key, highlight=False, soft_wrap=True)
    console.print("Store it now: it is not shown again.")


@apikey_app.command("list")
def list_keys(
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """List keys (never their secrets)."""
    from agent.store import apikeys
    from agent.store.repository import Store

    store = Store.open(settings().store_url)
    try:
        keys = apikeys.all_keys(store)
    finally:
        store.close()
    if json_out:
        print_json(
            {
                "keys": [
                    {
                        "id": k.id,
                        "name": k.name,
                        "prefix": k.prefix,
                        "scopes": list(k.scopes),
                        "login": k.login,
                        "created_at": k.created_at.isoformat(),
                        "revoked_at": k.revoked_at.isoformat() if k.revoked_at else None,
                    }
                    for k in keys
                ]
            }
        )
        return
    table = Table("id", "name", "prefix", "scopes", "login", "created", "revoked", title="API keys")
    for k in keys:
        table.add_row(
            k.id,
            k.name,
            k.prefix,
            ",".join(k.scopes),
            k.login or "",
            k.created_at.strftime("%Y-%m-%d %H:%M"),
            k.revoked_at.strftime("%Y-%m-%d %H:%M") if k.revoked_at else "",
        )
    out.print(table)


@apikey_app.command("revoke")
def revoke(
    key_id: Annotated[str, typer.Argument(metavar="ID_OR_PREFIX", help="The key's id or prefix.")],
) -> None:
    """Revoke a key; requests and dashboard sessions with it stop at once."""
    from agent.clock import SystemClock
    from agent.store import apikeys
    from agent.store.repository import Store

    store = Store.open(settings().store_url)
    try:
        revoked = apikeys.revoke(store, key_id, SystemClock().now())
    finally:
        store.close()
    if not revoked:
        raise ConfigError(f"no active key with id or prefix {key_id!r} (see `triage apikey list`)")
    for k in revoked:
        out.print(f"Revoked {k.id} ({k.name}).")


def register(app: typer.Typer) -> None:
    """Add the ``apikey`` group."""
    app.add_typer(apikey_app, name="apikey")
