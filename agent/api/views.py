"""Server-rendered HTML: the Jinja2 environment and the evidence highlighter."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from agent.models import Span

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")


def highlight(text: str, spans: Sequence[Span]) -> Markup:
    """The text, escaped, with every evidence span wrapped in ``<mark>``.

    A span whose quote does not sit at its offsets is looked up by its quote; one that
    cannot be found is left out rather than marking the wrong words.
    """
    ranges: list[tuple[int, int]] = []
    for span in spans:
        start, end = span.start, span.end
        if text[start:end] != span.quote:
            start = text.find(span.quote) if span.quote else -1
            end = start + len(span.quote)
        if start >= 0 and end > start:
            ranges.append((start, end))
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts: list[str] = []
    at = 0
    for start, end in merged:
        parts.append(str(escape(text[at:start])))
        parts.append(f'<mark class="evidence">{escape(text[start:end])}</mark>')
        at = end
    parts.append(str(escape(text[at:])))
    return Markup("".join(parts))


TEMPLATES.env.filters["highlight"] = highlight


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render a template of ``agent/api/templates``."""
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status_code)
