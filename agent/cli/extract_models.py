"""``triage extract --extractor llm|hybrid``: the batch through the language model.

Same input and output lines as the rules' batch (plus ``dropped``, ``flags``, ``prompt``,
``tokens_in``, ``tokens_out`` and ``cost``); emails go to the endpoint concurrently up to
``TRIAGE_LLM_MAX_CONCURRENCY`` and at most ``TRIAGE_LLM_REQUESTS_PER_MINUTE``. A line that
cannot be read, or an email the model cannot extract (``--extractor llm``), gets
``{"id", "error"}``; with ``hybrid`` such an email falls back to the rules.
"""

from __future__ import annotations

import asyncio
import json
from typing import IO, Any

from agent.config import load_settings
from agent.errors import ExtractionError, ParseError
from agent.extraction.base import ExtractionContext
from agent.extraction.batch import email_from_line, extraction_to_line
from agent.extraction.factory import build_extractor
from agent.extraction.hybrid import HybridExtractor
from agent.extraction.llm import LLMExtractor
from agent.models import Extraction, InboundEmail

MODEL_EXTRACTORS = ("llm", "hybrid")
CHUNK = 256

ModelExtractor = LLMExtractor | HybridExtractor


def build_model_extractor(name: str) -> ModelExtractor:
    """The language-model or hybrid extractor from settings; ``ConfigError`` without endpoint."""
    built = build_extractor(load_settings(), "llm" if name == "llm" else "hybrid")
    assert isinstance(built, LLMExtractor | HybridExtractor)
    return built


def model_line(ident: Any, extraction: Extraction) -> dict[str, Any]:
    """The rules' output line plus what the model path adds."""
    line = extraction_to_line(ident, extraction)
    line.update(
        dropped=extraction.dropped,
        flags=extraction.flags,
        prompt=f"{extraction.prompt_id}@{extraction.prompt_version}"
        if extraction.prompt_id
        else None,
        tokens_in=extraction.tokens_in,
        tokens_out=extraction.tokens_out,
        cost=extraction.cost,
    )
    return line


def _read(raw: str, number: int) -> tuple[Any, tuple[InboundEmail, ExtractionContext] | str]:
    ident: Any = None
    try:
        obj = json.loads(raw)
        ident = obj.get("id") if isinstance(obj, dict) else None
        return ident, email_from_line(obj)
    except json.JSONDecodeError as exc:
        return ident, f"line {number}: not JSON: {exc.msg}"
    except ParseError as exc:
        return ident, f"{exc.reason}: {exc}"
    except ValueError as exc:
        return ident, f"{type(exc).__name__}: {exc}"


async def _chunk(
    extractor: ModelExtractor, rows: list[tuple[Any, tuple[InboundEmail, ExtractionContext] | str]]
) -> list[dict[str, Any]]:
    items = [row for _, row in rows if not isinstance(row, str)]
    results = iter(await extractor.aextract_many(items))
    lines = []
    for ident, row in rows:
        if isinstance(row, str):
            lines.append({"id": ident, "error": row})
            continue
        result = next(results)
        if isinstance(result, ExtractionError):
            lines.append({"id": ident, "error": f"{type(result).__name__}: {result}"})
        else:
            lines.append(model_line(ident, result))
    return lines


def run_batch_concurrent(extractor: ModelExtractor, source: IO[str], sink: IO[str]) -> int:
    """Extract every line of ``source`` into ``sink`` in order; returns the failed count."""
    raws = [line for line in source if line.strip()]
    rows = [_read(raw, number) for number, raw in enumerate(raws, start=1)]
    llm = extractor if isinstance(extractor, LLMExtractor) else extractor.llm

    async def run() -> int:
        failed = 0
        try:
            for start in range(0, len(rows), CHUNK):
                for line in await _chunk(extractor, rows[start : start + CHUNK]):
                    failed += "error" in line
                    sink.write(json.dumps(line, ensure_ascii=False) + "\n")
        finally:
            if isinstance(llm, LLMExtractor):
                await llm.aclose()
        return failed

    return asyncio.run(run())
