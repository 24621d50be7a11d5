"""``triage extract --jsonl IN [--out OUT] [--extractor rules|llm|hybrid]``: batch extraction.

One output line per input line, in order. A line that cannot be read or extracted gets
``{"id", "error"}`` and the batch goes on. A progress bar goes to standard error when the
output is a file.
"""

from __future__ import annotations

import json
import logging
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress

from agent.cli.common import configure_logging
from agent.errors import ConfigError, ParseError, TriageError
from agent.extraction.base import Extractor
from agent.extraction.batch import email_from_line, extraction_to_line

logger = logging.getLogger(__name__)

EXTRACTORS = ("rules", "llm", "hybrid")


def build_extractor(name: str) -> Extractor:
    """The extractor called ``name``; ``ConfigError`` for an unknown one."""
    if name == "rules":
        from agent.extraction.rules import RulesExtractor

        return RulesExtractor()
    raise ConfigError(f"unknown extractor {name!r}; choose one of: {', '.join(EXTRACTORS)}")


def extract_line(extractor: Extractor, raw: str, line_number: int) -> dict[str, Any]:
    """The output object for one input line, or ``{"id", "error"}``."""
    ident: Any = None
    try:
        obj = json.loads(raw)
        ident = obj.get("id") if isinstance(obj, dict) else None
        email, context = email_from_line(obj)
        return extraction_to_line(ident, extractor.extract(email, context))
    except json.JSONDecodeError as exc:
        return {"id": ident, "error": f"line {line_number}: not JSON: {exc.msg}"}
    except ParseError as exc:
        return {"id": ident, "error": f"{exc.reason}: {exc}"}
    except (TriageError, ValueError) as exc:
        return {"id": ident, "error": f"{type(exc).__name__}: {exc}"}
    except Exception as exc:  # one email's bug is recorded, the batch goes on
        logger.exception("extraction failed on line %d", line_number)
        return {"id": ident, "error": f"internal: {type(exc).__name__}: {exc}"}


def run_batch(extractor: Extractor, source: IO[str], sink: IO[str], progress: bool) -> int:
    """Extract every line of ``source`` into ``sink``; returns the number of failed lines."""
    lines = [line for line in source if line.strip()]
    failed = 0
    bar = Progress(console=Console(stderr=True), transient=True) if progress else nullcontext()
    with bar as shown:
        task = shown.add_task("extracting", total=len(lines)) if shown else None
        for number, raw in enumerate(lines, start=1):
            result = extract_line(extractor, raw, number)
            failed += "error" in result
            sink.write(json.dumps(result, ensure_ascii=False) + "\n")
            if shown is not None and task is not None:
                shown.advance(task)
    return failed


def extract(
    jsonl: Annotated[Path, typer.Option("--jsonl", help="Input JSONL, one email per line.")],
    out: Annotated[
        Path | None, typer.Option("--out", help="Output JSONL (default: standard output).")
    ] = None,
    extractor: Annotated[
        str, typer.Option("--extractor", help="Which extractor: rules, llm or hybrid.")
    ] = "rules",
) -> None:
    """Extract intent, PO references, dates, lines, prices and tracking from emails in JSONL."""
    configure_logging()
    if not jsonl.exists():
        raise ConfigError(f"no such input file: {jsonl}")
    if extractor in ("llm", "hybrid"):
        from agent.cli.extract_models import build_model_extractor, run_batch_concurrent

        model = build_model_extractor(extractor)
        with jsonl.open(encoding="utf-8") as source:
            if out is None:
                failed = run_batch_concurrent(model, source, sys.stdout)
            else:
                with out.open("w", encoding="utf-8") as sink:
                    failed = run_batch_concurrent(model, source, sink)
        if failed:
            sys.stderr.write(f'{failed} line(s) failed; see their "error"\n')
        return
    chosen = build_extractor(extractor)
    with jsonl.open(encoding="utf-8") as source:
        if out is None:
            failed = run_batch(chosen, source, sys.stdout, progress=False)
        else:
            with out.open("w", encoding="utf-8") as sink:
                failed = run_batch(chosen, source, sink, progress=True)
    if failed:
        sys.stderr.write(f'{failed} line(s) failed; see their "error"\n')


def register(app: typer.Typer) -> None:
    """Add the ``extract`` command."""
    app.command("extract")(extract)
