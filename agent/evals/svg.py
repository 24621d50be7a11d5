"""Small inline-SVG plots drawn by hand: no JavaScript, no external resources."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

W, H, PAD = 420, 300, 44
COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e")


def _x(v: float) -> float:
    return PAD + v * (W - 2 * PAD)


def _y(v: float) -> float:
    return H - PAD - v * (H - 2 * PAD)


def _axes(x_label: str, y_label: str) -> list[str]:
    parts = [
        f'<line x1="{PAD}" y1="{H - PAD}" x2="{W - PAD}" y2="{H - PAD}" stroke="#333"/>',
        f'<line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{H - PAD}" stroke="#333"/>',
    ]
    for i in range(0, 11, 2):
        v = i / 10
        parts.append(
            f'<text x="{_x(v):.1f}" y="{H - PAD + 14}" font-size="10" '
            f'text-anchor="middle">{v:.1f}</text>'
        )
        parts.append(
            f'<text x="{PAD - 6}" y="{_y(v) + 3:.1f}" font-size="10" text-anchor="end">'
            f"{v:.1f}</text>"
        )
        parts.append(
            f'<line x1="{PAD}" y1="{_y(v):.1f}" x2="{W - PAD}" y2="{_y(v):.1f}" stroke="#eee"/>'
        )
    parts.append(
        f'<text x="{W / 2}" y="{H - 8}" font-size="11" text-anchor="middle">'
        f"{escape(x_label)}</text>"
    )
    parts.append(
        f'<text x="12" y="{H / 2}" font-size="11" text-anchor="middle" '
        f'transform="rotate(-90 12 {H / 2})">{escape(y_label)}</text>'
    )
    return parts


def _svg(title: str, body: list[str], width: int = W, height: int = H) -> str:
    return (
        f'<svg width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'
        f'<text x="{width / 2}" y="16" font-size="13" text-anchor="middle" font-weight="bold">'
        f"{escape(title)}</text>" + "".join(body) + "</svg>"
    )


def _legend(names: Sequence[str]) -> list[str]:
    return [
        f'<rect x="{W - PAD - 120}" y="{PAD + 4 + i * 14}" width="10" height="10" '
        f'fill="{COLORS[i % len(COLORS)]}"/><text x="{W - PAD - 106}" y="{PAD + 13 + i * 14}" '
        f'font-size="10">{escape(name)}</text>'
        for i, name in enumerate(names)
    ]


def line_chart(
    title: str,
    series: Mapping[str, Sequence[tuple[float, float]]],
    x_label: str,
    y_label: str,
    diagonal: bool = False,
) -> str:
    """Lines (with dots) of (x, y) points in [0, 1] x [0, 1]."""
    body = _axes(x_label, y_label)
    if diagonal:
        body.append(
            f'<line x1="{_x(0)}" y1="{_y(0)}" x2="{_x(1)}" y2="{_y(1)}" '
            'stroke="#999" stroke-dasharray="4 3"/>'
        )
    for i, (_, points) in enumerate(series.items()):
        color = COLORS[i % len(COLORS)]
        if not points:
            continue
        path = " ".join(f"{_x(x):.1f},{_y(y):.1f}" for x, y in points)
        body.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="1.6"/>')
        body.extend(
            f'<circle cx="{_x(x):.1f}" cy="{_y(y):.1f}" r="2.2" fill="{color}"/>' for x, y in points
        )
    body.extend(_legend(list(series)))
    return _svg(title, body)


def reliability_chart(title: str, series: Mapping[str, Sequence[tuple[float, float, int]]]) -> str:
    """Reliability diagram: per bin (mean confidence, share right, count), with the diagonal."""
    points = {name: [(c, a) for c, a, _ in bins] for name, bins in series.items()}
    return line_chart(title, points, "mean confidence in bin", "share of drafts right", True)


def heatmap(title: str, labels: Sequence[str], matrix: Sequence[Sequence[int]]) -> str:
    """Confusion matrix: rows are labels, columns predictions, counts in the cells."""
    cell, left, top = 34, 120, 120
    size = left + cell * len(labels) + 10
    peak = max((v for row in matrix for v in row), default=1) or 1
    body = []
    for j, label in enumerate(labels):
        x = left + j * cell + cell / 2
        body.append(
            f'<text x="{x}" y="{top - 6}" font-size="10" transform="rotate(-50 {x} {top - 6})">'
            f"{escape(label)}</text>"
        )
    for i, row in enumerate(matrix):
        y = top + i * cell
        body.append(
            f'<text x="{left - 6}" y="{y + cell / 2 + 3}" font-size="10" text-anchor="end">'
            f"{escape(labels[i])}</text>"
        )
        for j, value in enumerate(row):
            shade = int(255 - 200 * value / peak)
            fill = f"rgb({shade},{shade},255)" if i == j else f"rgb(255,{shade},{shade})"
            body.append(
                f'<rect x="{left + j * cell}" y="{y}" width="{cell}" height="{cell}" '
                f'fill="{fill if value else "#fafafa"}" stroke="#ccc"/>'
            )
            if value:
                body.append(
                    f'<text x="{left + j * cell + cell / 2}" y="{y + cell / 2 + 4}" '
                    f'font-size="11" text-anchor="middle">{value}</text>'
                )
    body.append(f'<text x="{left}" y="{size + 4}" font-size="10">columns: predicted</text>')
    return _svg(title, body, width=size + 10, height=top + cell * len(labels) + 24)
