"""``triage demo``: the whole pipeline on the bundled retail scenario and inbox."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from agent.cli.common import console, out, print_json, settings
from agent.config import load_settings
from agent.models import Decision, Recommendation

if TYPE_CHECKING:
    from agent.deps import Deps
    from agent.pipeline import IntakeReport
    from agent.push import PushReport

SCENARIO_LEAD = "lead"
SCENARIO_ESCALATION = "escalation"
BUNDLED_INBOX = Path(__file__).resolve().parent.parent / "scenario" / "inbox"


def summarize(recs: list[Recommendation]) -> dict[str, Any]:
    """The JSON shape of the demo's recommendations and decision counts."""
    decisions = {d.value: 0 for d in Decision}
    for rec in recs:
        decisions[rec.decision.value] += 1
    return {
        "recommendations": [
            {
                "id": rec.id,
                "po": rec.po_name,
                "vendor": rec.vendor_name,
                "intent": rec.intent.value if rec.intent else None,
                "action": rec.action.value,
                "new_date": rec.new_date.isoformat() if rec.new_date else None,
                "delay_days": rec.delay_days,
                "confidence": rec.confidence,
                "decision": rec.decision.value,
                "decision_reason": rec.decision_reason,
                "state": rec.state.value,
                "assignee": rec.assignee_login,
                "deadline": rec.deadline.isoformat(),
                "summary": rec.summary,
                "risk": rec.risk.model_dump(mode="json") if rec.risk else None,
                "evidence": [span.quote for span in rec.evidence],
                "trusted": rec.trusted,
            }
            for rec in recs
        ],
        "decisions": decisions,
    }


def render_table(recs: list[Recommendation]) -> Table:
    """The planner's view: one row per recommendation."""
    table = Table(
        "vendor",
        "PO",
        "intent",
        "new date",
        "delay",
        "at risk",
        "risk",
        "action",
        "conf",
        "decision",
        title="Recommendations",
        pad_edge=False,
        padding=(0, 1),
    )
    for rec in recs:
        risk = rec.risk
        table.add_row(
            (rec.vendor_name or "?")[:16],
            rec.po_name or "-",
            rec.intent.value if rec.intent else "-",
            rec.new_date.isoformat() if rec.new_date else "",
            f"{rec.delay_days:+d}d" if rec.delay_days is not None else "",
            risk.product_code if risk else "",
            risk.level.value if risk else "",
            rec.action.value,
            f"{rec.confidence:.2f}",
            rec.decision.value + ("" if rec.trusted else " ⚠"),
        )
    return table


@dataclass
class DemoRun:
    """What one run of the demo read, decided and pushed."""

    read: int
    report: IntakeReport
    recs: list[Recommendation]
    pushed: PushReport


def run_demo(deps: Deps, inbox: Path, *, quiet: bool, push_wait: float) -> DemoRun:
    """Read the Maildir, run the pipeline, push the outbox within ``push_wait`` seconds."""
    from agent.ingest.maildir import MaildirSource
    from agent.pipeline import intake, process_emails
    from agent.push import drain

    source = MaildirSource(inbox, read_only=True)
    items = list(source.fetch())
    with Progress(console=console, transient=True, disable=quiet) as progress:
        task = progress.add_task("reading supplier email", total=len(items))
        raw_items = []
        for item in items:
            raw_items.append((item.raw, f"maildir:{item.key}"))
            progress.advance(task)
        report = intake(deps, raw_items)
        progress.update(task, description="extracting, matching, scoring")
        process_emails(deps, report.new_ids)
        progress.update(task, description="pushing drafts")
        pushed = drain(deps.store, deps.gateway, deps.clock, max_wait=push_wait)
    recs = deps.store.recommendations(source_ids=report.all_ids)
    recs.sort(key=lambda r: (-(r.risk.level.rank if r.risk else -1), r.po_name or ""))
    return DemoRun(len(items), report, recs, pushed)


def demo_json(run: DemoRun) -> dict[str, Any]:
    """The ``--json`` object of a run."""
    report, pushed = run.report, run.pushed
    return {
        "emails": {
            "read": run.read,
            "parsed": report.parsed,
            "duplicates": report.duplicates,
            "errors": report.errors,
            "error_reasons": report.error_reasons,
        },
        **summarize(run.recs),
        "outbox": {"pushed": pushed.pushed, "pending": pushed.pending, "dead": pushed.dead},
    }


def print_run(run: DemoRun) -> None:
    """The planner's table and a one-line summary."""
    wide = Console(width=max(out.width, 140))
    wide.print(render_table(run.recs))
    decisions = summarize(run.recs)["decisions"]
    report = run.report
    out.print(
        f"{run.read} emails read: {report.parsed} new, {report.duplicates} already seen, "
        f"{report.errors} errors. Decisions: {decisions['auto_draft']} auto-drafted, "
        f"{decisions['review']} for review, {decisions['queue']} queued. "
        f"Outbox: {run.pushed.pushed} pushed, {run.pushed.pending} pending."
    )


def demo(
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    inbox: Annotated[
        Path | None, typer.Option(help="Maildir to read instead of the bundled inbox.")
    ] = None,
    odoo: Annotated[
        bool, typer.Option("--odoo", help="Use the Odoo of TRIAGE_ODOO_URL, not the scenario.")
    ] = False,
    odoo_emulator: Annotated[
        bool,
        typer.Option(
            "--odoo-emulator",
            help="Serve the scenario from a local Odoo emulator and write activities into it.",
        ),
    ] = False,
    odoo_version: Annotated[
        int, typer.Option(min=16, max=19, help="Odoo version the emulator poses as.")
    ] = 17,
    keep_serving: Annotated[
        bool,
        typer.Option("--keep-serving", help="Keep the emulator up after the run, until Ctrl-C."),
    ] = False,
    push_wait: Annotated[float, typer.Option(help="Seconds to wait for the outbox.")] = 10.0,
) -> None:
    """Run the whole pipeline on the bundled retail scenario and its supplier inbox."""
    from agent.wiring import build_deps, make_gateway, scenario_clock

    if odoo and odoo_emulator:
        raise typer.BadParameter("use either --odoo or --odoo-emulator, not both")
    if keep_serving and not odoo_emulator:
        raise typer.BadParameter("--keep-serving only applies to --odoo-emulator")
    config = settings()
    if not odoo and not (config.triage_lead and config.escalation_user):
        config = load_settings(
            triage_lead=config.triage_lead or SCENARIO_LEAD,
            escalation_user=config.escalation_user or SCENARIO_ESCALATION,
        )
    if odoo_emulator:
        from agent.cli.demo_emulator import demo_on_emulator

        demo_on_emulator(
            config,
            inbox or BUNDLED_INBOX,
            version=odoo_version,
            json_out=json_out,
            keep_serving=keep_serving,
            push_wait=push_wait,
        )
        return
    gateway = make_gateway(config, scenario=not odoo)
    deps = build_deps(config, gateway=gateway, clock=None if odoo else scenario_clock(config))
    run = run_demo(deps, inbox or BUNDLED_INBOX, quiet=json_out, push_wait=push_wait)
    if json_out:
        print_json(demo_json(run))
    else:
        print_run(run)


def register(app: typer.Typer) -> None:
    """Add ``demo``."""
    app.command("demo")(demo)
