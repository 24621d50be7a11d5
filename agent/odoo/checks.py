"""``triage odoo check``: what works against the configured Odoo, and what to fix.

Each check is tried in order and reports ``(name, ok, detail)``; a check that cannot run
because an earlier one failed says so instead of raising. Nothing is written to Odoo: the
create right on ``mail.activity`` is asked with ``check_access_rights``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

import httpx

from agent.config import OdooSettings
from agent.errors import OdooError
from agent.odoo.connect import open_transport
from agent.odoo.json2 import probe_version
from agent.odoo.rpc_errors import MODULES_HINT
from agent.odoo.transport import OdooTransport
from agent.odoo.versions import SUPPORTED_FROM, parse_version

MODULES = ("purchase", "stock", "purchase_stock")
READ_MODELS = ("purchase.order", "res.partner", "stock.quant")


@dataclass(frozen=True)
class Check:
    """One check's outcome."""

    name: str
    ok: bool
    detail: str


@dataclass
class CheckReport:
    """All checks, and the server version when it could be read."""

    version: str | None = None
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return bool(self.checks) and all(c.ok for c in self.checks)

    def as_json(self) -> dict[str, Any]:
        """The ``--json`` shape: ``version``, ``ok`` and ``checks``."""
        return {
            "version": self.version,
            "ok": self.ok,
            "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in self.checks],
        }

    def add(self, name: str, ok: bool, detail: str) -> bool:
        """Record a check; returns ``ok`` so callers can stop early."""
        self.checks.append(Check(name, ok, detail))
        return ok


def run_checks(settings: OdooSettings) -> CheckReport:
    """Run every check against ``settings`` (see the module docstring)."""
    report = CheckReport()
    if not settings.url:
        report.add("configured", False, "TRIAGE_ODOO_URL is not set: the bundled scenario is used")
        return report
    try:
        info = probe_version(settings.url, settings.timeout)
    except OdooError as exc:
        report.add("reachable", False, str(exc))
        return report
    report.add("reachable", True, f"{settings.url} answers")
    report.version = str(info.get("server_version") or "?")
    major = parse_version(report.version, info.get("server_version_info"))[0]
    transport_name = "JSON-2" if major >= 19 else "JSON-RPC (odoorpc)"
    if not report.add(
        "version",
        major >= SUPPORTED_FROM,
        f"Odoo {report.version}, spoken over {transport_name}"
        if major >= SUPPORTED_FROM
        else f"Odoo {report.version} is too old: 16 or later is needed",
    ):
        return report
    _check_database(settings, report)
    try:
        transport = open_transport(settings)
    except OdooError as exc:
        report.add("login", False, str(exc))
        return report
    try:
        report.add("login", True, f"logged in as {settings.login!r} (uid {transport.uid})")
        _check_modules(transport, report)
        _check_access(transport, report)
    finally:
        transport.close()
    return report


def _check_database(settings: OdooSettings, report: CheckReport) -> None:
    body = {
        "jsonrpc": "2.0",
        "method": "call",
        "params": {"service": "db", "method": "list", "args": []},
        "id": random.randint(1, 10**9),
    }
    try:
        answer = httpx.post(f"{settings.url}/jsonrpc", json=body, timeout=settings.timeout).json()
    except (httpx.HTTPError, ValueError) as exc:
        report.add("database", True, f"cannot list databases ({exc}); login will tell")
        return
    names = answer.get("result") if isinstance(answer, dict) else None
    if not isinstance(names, list):
        report.add("database", True, "database listing is disabled; login will tell")
    elif settings.db in names:
        report.add("database", True, f"database {settings.db!r} exists")
    else:
        report.add(
            "database",
            False,
            f"no database {settings.db!r}; the server has {sorted(names)}: fix TRIAGE_ODOO_DB",
        )


def _check_modules(transport: OdooTransport, report: CheckReport) -> None:
    try:
        rows = transport.call(
            "ir.module.module",
            "search_read",
            domain=[["name", "in", list(MODULES)]],
            fields=["name", "state"],
        )
    except OdooError as exc:
        report.add("modules", False, f"cannot read installed modules: {exc}")
        return
    states = {r["name"]: r["state"] for r in rows}
    missing = [m for m in MODULES if states.get(m) != "installed"]
    report.add(
        "modules",
        not missing,
        f"{', '.join(MODULES)} installed" if not missing else f"missing {missing}: {MODULES_HINT}",
    )


def _check_access(transport: OdooTransport, report: CheckReport) -> None:
    for model in READ_MODELS:
        try:
            transport.call(model, "search_read", domain=[], fields=["id"], limit=1)
            report.add(f"read {model}", True, "allowed")
        except OdooError as exc:
            report.add(f"read {model}", False, str(exc))
    try:
        allowed = transport.call(
            "mail.activity", "check_access_rights", operation="create", raise_exception=False
        )
    except OdooError as exc:
        report.add("create mail.activity", False, str(exc))
        return
    report.add(
        "create mail.activity",
        bool(allowed),
        "allowed"
        if allowed
        else f"user {transport.login!r} may not create activities: give it the Purchase user group",
    )
