"""Fit the confidence calibration on the dev split: isotonic or Platt, chosen by log-loss.

The population is the eligible drafts (trusted sender, matched order): only their
confidence ever reaches a threshold. The target is whether the draft is correct (intent,
commitment date and order all right). Both maps are scored by cross-validated log-loss on
dev (out-of-fold predictions, so the more flexible isotonic map is not favoured for
fitting noise). Platt's smooth curve is kept unless isotonic is clearly better
(``ISOTONIC_MARGIN``): on a hundred drafts isotonic's steps put hard 0.00 and 1.00 on
drafts that were merely in an all-wrong or all-right bin, which no planner should read as
certainty. The chosen map is refitted on all of dev and saved with a version.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from agent.classifiers.calibration import (
    CEILING,
    FLOOR,
    CalibrationCard,
    ConfidenceCalibrator,
    logit,
)
from agent.errors import ConfigError
from agent.evals.metrics import ece, reliability

FOLDS = 5
SEED = 0
VERSION = "calibration-v1"


@dataclass
class CalibrationReport:
    """What fitting found: the chosen map and the error before and after."""

    calibrator: ConfidenceCalibrator
    n: int
    positives: int
    log_loss: dict[str, float]
    ece_before: float | None
    ece_after: float | None
    ece_after_cv: float | None
    pairs_before: list[tuple[float, bool]] = field(default_factory=list)
    pairs_after: list[tuple[float, bool]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary (also stored in the card)."""
        return {
            "version": self.calibrator.version,
            "method": self.calibrator.card.method,
            "n": self.n,
            "positives": self.positives,
            "log_loss_cv": {k: round(v, 4) for k, v in self.log_loss.items()},
            "ece_before": self.ece_before,
            "ece_after": self.ece_after,
            "ece_after_cv": self.ece_after_cv,
        }


ISOTONIC_MARGIN = 0.95
"""Isotonic must beat Platt's cross-validated log-loss by 5 % to be chosen."""


def _card(
    method: str, raw: np.ndarray, y: np.ndarray, fitted_on: dict[str, Any]
) -> CalibrationCard:
    if method == "isotonic":
        iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(raw, y)
        xs = [float(v) for v in iso.X_thresholds_]
        ys = [min(max(float(v), FLOOR), CEILING) for v in iso.y_thresholds_]
        return CalibrationCard(version=VERSION, method="isotonic", x=xs, y=ys, fitted_on=fitted_on)
    features = np.array([[logit(float(v))] for v in raw])
    lr = LogisticRegression(C=1e4, max_iter=1000).fit(features, y)
    return CalibrationCard(
        version=VERSION,
        method="platt",
        a=float(lr.coef_[0][0]),
        b=float(lr.intercept_[0]),
        fitted_on=fitted_on,
    )


def _log_loss(p: Sequence[float], y: Sequence[int]) -> float:
    eps = 1e-6
    total = 0.0
    for pi, yi in zip(p, y, strict=True):
        pi = min(max(pi, eps), 1 - eps)
        total -= yi * math.log(pi) + (1 - yi) * math.log(1 - pi)
    return float(total / len(y))


def _out_of_fold(method: str, raw: np.ndarray, y: np.ndarray) -> list[float]:
    folds = min(FOLDS, int(y.sum()), int(len(y) - y.sum()))
    predicted = np.zeros(len(y))
    if folds < 2:
        card = _card(method, raw, y, {})
        calibrator = ConfidenceCalibrator(card)
        return [calibrator.calibrate(float(v), None, None) for v in raw]
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    for train, test in splitter.split(raw.reshape(-1, 1), y):
        calibrator = ConfidenceCalibrator(_card(method, raw[train], y[train], {}))
        for i in test:
            predicted[i] = calibrator.calibrate(float(raw[i]), None, None)
    return [float(v) for v in predicted]


def fit(
    pairs: Sequence[tuple[float, bool]], fitted_on: dict[str, Any] | None = None
) -> CalibrationReport:
    """Fit both maps on (raw confidence, correct) pairs and keep the better one.

    Raises:
        ConfigError: when the pairs hold only right or only wrong drafts (nothing to fit).
    """
    raw = np.array([float(c) for c, _ in pairs])
    y = np.array([1 if ok else 0 for _, ok in pairs])
    if len(pairs) < 4 or y.min() == y.max():
        raise ConfigError(
            f"calibration needs both right and wrong drafts; got {int(y.sum())} right and "
            f"{int(len(y) - y.sum())} wrong eligible drafts"
        )
    out_of_fold = {m: _out_of_fold(m, raw, y) for m in ("isotonic", "platt")}
    losses = {m: _log_loss(p, [int(v) for v in y]) for m, p in out_of_fold.items()}
    method = "isotonic" if losses["isotonic"] < losses["platt"] * ISOTONIC_MARGIN else "platt"
    info = {
        "fitted_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "n": len(pairs),
        **(fitted_on or {}),
    }
    calibrator = ConfidenceCalibrator(_card(method, raw, y, info))
    after = [(calibrator.calibrate(float(c), None, None), bool(ok)) for c, ok in pairs]
    report = CalibrationReport(
        calibrator=calibrator,
        n=len(pairs),
        positives=int(y.sum()),
        log_loss=losses,
        ece_before=ece(list(pairs)),
        ece_after=ece(after),
        ece_after_cv=ece([(p, bool(ok)) for p, ok in zip(out_of_fold[method], y, strict=True)]),
        pairs_before=[(float(c), bool(ok)) for c, ok in pairs],
        pairs_after=after,
    )
    card = calibrator.card.model_copy(update={"report": report.as_dict()})
    report.calibrator = ConfidenceCalibrator(card)
    return report


def text_reliability(pairs: Sequence[tuple[float, bool]], width: int = 30) -> list[str]:
    """A reliability diagram in text: per bin, mean confidence vs share correct."""
    lines = ["bin        n  conf  right  " + "share right (| = mean confidence)"]
    for lo, hi, members in reliability(pairs):
        if not members:
            lines.append(f"{lo:.1f}-{hi:.1f}  {0:3d}     -      -")
            continue
        conf = sum(c for c, _ in members) / len(members)
        acc = sum(1 for _, ok in members if ok) / len(members)
        bar = ["#" if i < round(acc * width) else " " for i in range(width)]
        mark = min(width - 1, int(conf * width))
        bar[mark] = "|"
        lines.append(
            f"{lo:.1f}-{hi:.1f}  {len(members):3d}  {conf:.2f}   {acc:.2f}  [{''.join(bar)}]"
        )
    return lines
