"""One self-contained HTML report of a run: figures, plots and the worst examples.

Everything is inline (CSS and hand-drawn SVG); the file names no URL, loads no script and
reads the same offline as online.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from agent.evals.dataset import Example, load_dataset
from agent.evals.metrics import eligible, reliability
from agent.evals.results import ExampleResult
from agent.evals.rundir import Run
from agent.evals.svg import heatmap, line_chart, reliability_chart
from agent.evals.tune import sweep

WORST = 12
CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#222}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:8px 0}td,th{padding:3px 8px;border:1px solid #ddd;
text-align:right}th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}
.plots{display:flex;flex-wrap:wrap;gap:16px}.ex{border:1px solid #ddd;padding:8px;margin:10px 0}
pre{white-space:pre-wrap;background:#fbfbfb;padding:8px;font-size:12px}
mark.pred{background:#ffe08a}mark.gold{background:#b6f0b6}mark.both{background:#9fd8ff}
.bad{color:#b00}.small{color:#666;font-size:12px}
"""


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return escape(str(value))


def _table(rows: dict[str, dict[str, Any]], columns: Sequence[str]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in ["", *columns])
    body = "".join(
        f"<tr><td>{escape(name)}</td>"
        + "".join(f"<td>{_fmt(row.get(c))}</td>" for c in columns)
        + "</tr>"
        for name, row in rows.items()
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def highlight(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """The text as HTML with ``pred`` and ``gold`` spans marked (overlaps marked ``both``)."""
    marks = [0] * (len(text) + 1)
    for start, end, kind in spans:
        bit = 1 if kind == "pred" else 2
        for i in range(max(0, start), min(len(text), end)):
            marks[i] |= bit
    out: list[str] = []
    i = 0
    names = {1: "pred", 2: "gold", 3: "both"}
    while i < len(text):
        j = i
        while j < len(text) and marks[j] == marks[i]:
            j += 1
        chunk = escape(text[i:j])
        out.append(f'<mark class="{names[marks[i]]}">{chunk}</mark>' if marks[i] else chunk)
        i = j
    return "".join(out)


def _curves(results: Sequence[ExampleResult]) -> tuple[str, str, str]:
    pool = eligible(results)
    total_right = sum(r.correct for r in pool) or 1
    pr: dict[str, list[tuple[float, float]]] = {}
    for name, key in (("calibrated", "confidence"), ("raw", "raw_confidence")):
        pairs = [(float(getattr(r, key)), r.correct) for r in pool]
        pr[name] = [
            (p.correct / total_right, p.precision or 0.0) for p in sweep(pairs, len(results))
        ]
    bins: dict[str, list[tuple[float, float, int]]] = {}
    for name, key in (("calibrated", "confidence"), ("raw", "raw_confidence")):
        pairs = [(float(getattr(r, key)), r.correct) for r in pool]
        bins[name] = [
            (sum(c for c, _ in m) / len(m), sum(1 for _, ok in m if ok) / len(m), len(m))
            for _, _, m in reliability(pairs)
            if m
        ]
    points = sweep([(r.confidence, r.correct) for r in pool], len(results))
    threshold = {
        "coverage": [(p.threshold, p.coverage) for p in points],
        "precision": [(p.threshold, p.precision or 0.0) for p in points],
        "precision lower 95%": [(p.threshold, p.lower) for p in points],
    }
    return (
        line_chart("Precision-recall of right drafts", pr, "recall", "precision"),
        reliability_chart("Reliability diagram", bins),
        line_chart("Auto threshold vs coverage and precision", threshold, "threshold", "share"),
    )


def _worst(results: Sequence[ExampleResult]) -> list[ExampleResult]:
    wrong = [r for r in results if not r.correct]
    return sorted(wrong, key=lambda r: (r.error is None, -r.confidence, r.id))[:WORST]


def _example_html(result: ExampleResult, example: Example | None) -> str:
    spans = [(s.start, s.end, "pred") for s in result.evidence]
    if result.gold_commitment_span is not None:
        g = result.gold_commitment_span
        spans.append((g.start, g.end, "gold"))
    text = (
        highlight(example.text, spans)
        if example
        else escape(" … ".join(s.quote for s in result.evidence))
    )
    diffs = "".join(f"<li class='bad'>{escape(d)}</li>" for d in result.diffs)
    error = f"<p class='bad'>error: {escape(result.error)}</p>" if result.error else ""
    return (
        f"<div class='ex'><b>{escape(result.id)}</b> · {escape(result.vendor)} · "
        f"{escape(result.language)} · gold {escape(result.gold_intent)} · predicted "
        f"{escape(result.pred_intent or '–')} · action {escape(result.action or '–')} · "
        f"confidence {result.confidence:.3f} · <b>{escape(result.decision)}</b>"
        f"<ul>{diffs}</ul>{error}<pre>{text}</pre></div>"
    )


def render(run: Run, examples: dict[str, Example] | None = None) -> str:
    """The HTML text of the report of ``run``."""
    metrics = run.metrics
    overall = metrics["overall"]
    confusion = metrics["intent"]["confusion"]
    pr, rel, thr = _curves(run.results)
    config_rows = "".join(
        f"<tr><td>{escape(k)}</td><td>{escape(str(v))}</td></tr>"
        for k, v in run.config.items()
        if not isinstance(v, dict | list)
    )
    columns = ["n", "intent_accuracy", "commitment_exact", "match_accuracy"]
    columns += ["auto_draft_precision", "auto_draft_coverage", "touchless_rate"]
    slices = "".join(
        f"<h3>by {escape(name)}</h3>" + _table(values, columns)
        for name, values in metrics["slices"].items()
    )
    worst = "".join(_example_html(r, (examples or {}).get(r.id)) for r in _worst(run.results))
    calibration = metrics.get("calibration", {})
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>evals {escape(run.name)}</title><style>{CSS}</style></head><body>"
        f"<h1>Evals run {escape(run.name)}</h1><table>{config_rows}</table>"
        "<h2>Figures</h2>"
        + _table({k: {"value": v} for k, v in overall.items()}, ["value"])
        + f"<p>ECE raw {_fmt(calibration.get('ece_raw'))}, calibrated "
        f"{_fmt(calibration.get('ece'))} over {_fmt(calibration.get('n_eligible'))} eligible "
        "drafts.</p><h2>Plots</h2><div class='plots'>"
        + heatmap("Intent confusion (rows: label)", confusion["labels"], confusion["matrix"])
        + pr
        + rel
        + thr
        + "</div><h2>Intents</h2>"
        + _table(metrics["intent"]["per_class"], ["precision", "recall", "f1", "support"])
        + "<h2>Slices</h2>"
        + slices
        + "<h2>Worst examples</h2><p class='small'><mark class='pred'>predicted evidence</mark> "
        "<mark class='gold'>labelled commitment</mark> <mark class='both'>both</mark></p>"
        + worst
        + "</body></html>"
    )


def write_report(run: Run, out: Path | None = None) -> Path:
    """Render and write ``report.html`` (in the run directory unless ``out`` is given)."""
    examples: dict[str, Example] = {}
    dataset = run.config.get("dataset")
    if dataset and Path(dataset).exists():
        examples = {e.id: e for e in load_dataset(Path(dataset)).examples}
    target = out or run.path / "report.html"
    target.write_text(render(run, examples), encoding="utf-8")
    return target
