"""``triage ingest SOURCE`` and ``triage watch SOURCE``: mailbox to Odoo through the pipeline."""

from __future__ import annotations

import logging
import time
from typing import Annotated

import typer
from rich.progress import Progress

from agent.cli.common import console, out, print_json, settings
from agent.deps import Deps
from agent.ingest.sources import MailItem, MailSource
from agent.pipeline import IntakeReport, intake, process_emails
from agent.store.cursors import StoreCursorStore
from agent.waiting import retry_waiting, waiting

logger = logging.getLogger(__name__)
BATCH = 50


def run_batch(deps: Deps, source: MailSource, items: list[MailItem], report: IntakeReport) -> None:
    """Commit a batch, acknowledge each message only after its commit, then process it."""
    batch = intake(deps, [(item.raw, f"{source.name}#{item.key}") for item in items])
    for item in items:
        source.ack(item)
    report.parsed += batch.parsed
    report.duplicates += batch.duplicates
    report.errors += batch.errors
    for reason, count in batch.error_reasons.items():
        report.error_reasons[reason] = report.error_reasons.get(reason, 0) + count
    report.new_ids.extend(batch.new_ids)
    report.all_ids.extend(batch.all_ids)
    process_emails(deps, batch.new_ids)


def ingest_all(deps: Deps, source: MailSource, show_progress: bool) -> IntakeReport:
    """Take everything the source holds now through the pipeline, in batches.

    Emails left waiting for Odoo by an earlier run go first, if Odoo answers now.
    """
    retry_waiting(deps, BATCH)
    report = IntakeReport()
    items = list(source.fetch())
    with Progress(console=console, transient=True, disable=not show_progress) as progress:
        task = progress.add_task(f"ingesting {source.name}", total=len(items))
        for start in range(0, len(items), BATCH):
            chunk = items[start : start + BATCH]
            run_batch(deps, source, chunk, report)
            progress.advance(task, len(chunk))
    return report


def ingest(
    source_spec: Annotated[
        str, typer.Argument(metavar="SOURCE", help="imap://user@host:port/FOLDER or maildir:PATH")
    ],
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    push_wait: Annotated[float, typer.Option(help="Seconds to wait for the outbox.")] = 30.0,
) -> None:
    """Take what the mailbox holds now through the whole pipeline, then exit."""
    from agent.ingest.spec import open_source
    from agent.push import drain
    from agent.wiring import build_deps

    config = settings()
    deps = build_deps(config)
    source = open_source(source_spec, config, cursor_store=StoreCursorStore(deps.store))
    try:
        report = ingest_all(deps, source, show_progress=not json_out)
    finally:
        source.close()
    pushed = drain(deps.store, deps.gateway, deps.clock, max_wait=push_wait)
    left = len(waiting(deps))
    if json_out:
        print_json(
            {
                "parsed": report.parsed,
                "duplicates": report.duplicates,
                "errors": report.errors,
                "error_reasons": report.error_reasons,
                "waiting_for_odoo": left,
                "outbox_pending": pushed.pending,
                "outbox_pushed": pushed.pushed,
            }
        )
        return
    out.print(
        f"{report.parsed} parsed, {report.duplicates} duplicates, {report.errors} errors "
        f"{report.error_reasons or ''}; {left} waiting for Odoo; "
        f"outbox: {pushed.pushed} pushed, {pushed.pending} pending."
    )


def watch(
    source_spec: Annotated[
        str, typer.Argument(metavar="SOURCE", help="imap://... or maildir:PATH")
    ],
    poll: Annotated[float, typer.Option(help="Seconds between polls without IDLE.")] = 60.0,
) -> None:
    """Keep ingesting as mail arrives (IDLE where the server has it, polling otherwise)."""
    from agent.errors import MailboxError
    from agent.ingest.spec import open_source
    from agent.push import push_once
    from agent.wiring import build_deps

    config = settings()
    deps = build_deps(config)
    source = open_source(source_spec, config, cursor_store=StoreCursorStore(deps.store))
    backoff = 1.0
    try:
        while True:
            try:
                report = ingest_all(deps, source, show_progress=False)
                backoff = 1.0
                if report.parsed or report.errors:
                    logger.warning("ingested %d, %d errors", report.parsed, report.errors)
                push_once(deps.store, deps.gateway, deps.clock)
                source.wait(poll)
            except MailboxError as exc:
                logger.error("mailbox failing, retrying in %.0fs: %s", backoff, exc)
                time.sleep(backoff)
                backoff = min(backoff * 2, 300.0)
    except KeyboardInterrupt:
        out.print("stopped")
    finally:
        source.close()


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and ``watch``."""
    app.command("ingest")(ingest)
    app.command("watch")(watch)
