"""Confidence calibration: raw composite confidence -> probability that a draft is right.

Fitted by ``triage evals calibrate`` on the dev split (see :mod:`agent.evals.calibrate`)
and persisted as a small JSON file with its version, method and what it was fitted on.
Two maps are supported: ``isotonic`` (a monotone step function, stored as the knots of a
piecewise-linear interpolation) and ``platt`` (a logistic curve on the log-odds of the raw
confidence). Outputs are kept inside ``[FLOOR, CEILING]``: finite data never proves
certainty, so a calibrated 1.0 (which would pass any threshold) cannot occur.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from agent.errors import ConfigError
from agent.models import Action, Intent

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_PATH = DATA_DIR / "calibration-v1.json"
FLOOR = 0.001
CEILING = 0.999
_EPS = 1e-4


def logit(p: float) -> float:
    """Log-odds of ``p``, with ``p`` kept away from 0 and 1."""
    p = min(max(p, _EPS), 1 - _EPS)
    return math.log(p / (1 - p))


class CalibrationCard(BaseModel):
    """The persisted calibration: map parameters plus provenance."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    method: Literal["isotonic", "platt"]
    x: list[float] = Field(default_factory=list)
    y: list[float] = Field(default_factory=list)
    a: float = 1.0
    b: float = 0.0
    fitted_on: dict[str, Any] = Field(default_factory=dict)
    report: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _knots(self) -> CalibrationCard:
        if self.method == "isotonic":
            if not self.x or len(self.x) != len(self.y):
                raise ValueError("isotonic calibration needs as many x as y knots (at least one)")
            if any(b < a for a, b in zip(self.x, self.x[1:], strict=False)):
                raise ValueError("isotonic knots must be sorted by x")
        return self


class ConfidenceCalibrator:
    """The fitted map, as the gate uses it (implements ``Calibrator``).

    The map is global: intent and action are accepted for the Protocol but the dev split
    is too small to fit one map per intent honestly.
    """

    def __init__(self, card: CalibrationCard) -> None:
        """Wrap a validated card."""
        self.card = card
        self.version = card.version

    def calibrate(self, raw: float, intent: Intent | None, action: Action | None) -> float:
        """The calibrated probability for one recommendation."""
        del intent, action
        card = self.card
        if card.method == "platt":
            value = 1.0 / (1.0 + math.exp(-(card.a * logit(raw) + card.b)))
        else:
            value = _interp(raw, card.x, card.y)
        return min(max(value, FLOOR), CEILING)

    def save(self, path: Path) -> None:
        """Write the card as JSON."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.card.model_dump_json(indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ConfidenceCalibrator:
        """Read a card; ``ConfigError`` names the file when it is unusable."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(CalibrationCard.model_validate(data))
        except FileNotFoundError as exc:
            raise ConfigError(f"calibration file not found: {path}") from exc
        except ValueError as exc:  # JSON and validation errors alike
            first = str(exc).splitlines()[0]
            raise ConfigError(f"{path}: not a valid calibration file: {first}") from exc


def _interp(x: float, xs: list[float], ys: list[float]) -> float:
    if x <= xs[0]:
        return ys[0]
    if x >= xs[-1]:
        return ys[-1]
    for i in range(1, len(xs)):
        if x <= xs[i]:
            x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
            return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return ys[-1]


def load_default(path: Path = DEFAULT_PATH) -> ConfidenceCalibrator | None:
    """The packaged calibration, or ``None`` when none has been fitted yet."""
    if not path.exists():
        return None
    return ConfidenceCalibrator.load(path)
