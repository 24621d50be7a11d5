"""The demand and supply anomaly model: an IsolationForest with a percentile score.

The raw IsolationForest score has no fixed scale, so ``fit`` also keeps the quantiles of
the training rows' scores and ``anomaly_score`` reports a row's percentile among them: 0.99
means "more unusual than 99 % of the history it was trained on".
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.ensemble import IsolationForest

from agent.classifiers.persist import ModelFileError, load_model, save_model
from agent.risk.features import FEATURE_SCHEMA

ANOMALY_VERSION = "anomaly-v1"
DATA_DIR = Path(__file__).parent / "data"
DEFAULT_PATH = DATA_DIR / f"{ANOMALY_VERSION}.joblib"

_QUANTILES = np.linspace(0.0, 1.0, 201)


def _average_path_length(n: int) -> float:
    """Mean path length of an unsuccessful search in a binary tree of ``n`` samples.

    scikit-learn's normaliser of isolation depths, written out with the same operations so
    that ``raw_score`` matches ``IsolationForest.score_samples`` exactly.
    """
    if n <= 1:
        return 0.0
    if n == 2:
        return 1.0
    return float(2.0 * (np.log(n - 1.0) + np.euler_gamma) - 2.0 * (n - 1.0) / n)


class DemandSupplyAnomaly(BaseEstimator):  # type: ignore[misc]
    """IsolationForest over ``FEATURE_SCHEMA`` with scores reported as percentiles.

    Args:
        n_estimators: trees in the forest; 24 keeps scoring a million rows under one
            seconds on one core.
        max_samples: rows drawn per tree.
        fit_rows: at most this many training rows are used (a random subset) to fit and to
            compute the percentile table.
        random_state: seed of the forest and of the subset.
    """

    def __init__(
        self,
        n_estimators: int = 24,
        max_samples: int = 256,
        fit_rows: int = 200_000,
        random_state: int = 0,
    ) -> None:
        self.n_estimators = n_estimators
        self.max_samples = max_samples
        self.fit_rows = fit_rows
        self.random_state = random_state

    def fit(self, X: np.ndarray, y: object = None) -> Self:
        """Fit the forest and the percentile table on ``X`` (rows x ``FEATURE_SCHEMA``)."""
        X = np.asarray(X, dtype=np.float32)
        if X.ndim != 2 or X.shape[1] != len(FEATURE_SCHEMA):
            raise ValueError(f"expected {len(FEATURE_SCHEMA)} feature columns, got {X.shape}")
        rng = np.random.default_rng(self.random_state)
        if len(X) > self.fit_rows:
            X = X[rng.choice(len(X), self.fit_rows, replace=False)]
        self.forest_ = IsolationForest(
            n_estimators=self.n_estimators,
            max_samples=min(self.max_samples, len(X)),
            random_state=self.random_state,
        ).fit(X)
        raw = -self.forest_.score_samples(X)
        self.quantiles_ = np.quantile(raw, _QUANTILES).astype(np.float64)
        self.n_features_in_ = X.shape[1]
        self.feature_schema_ = FEATURE_SCHEMA
        return self

    def raw_score(self, X: np.ndarray) -> np.ndarray:
        """IsolationForest's anomaly score (higher is more unusual).

        Equal, bit for bit, to ``-forest_.score_samples(X)``, computed tree by tree without
        scikit-learn's per-call validation and joblib dispatch, which cost about 1.5 ms a
        call: the pipeline scores a few rows per batch. ``tests/risk`` pins the equality;
        a scikit-learn without the forest's path-length tables takes its own route.
        """
        X = np.ascontiguousarray(X, dtype=np.float32)
        forest = self.forest_
        decision = getattr(forest, "_decision_path_lengths", None)
        average = getattr(forest, "_average_path_length_per_tree", None)
        if decision is None or average is None or X.ndim != 2 or X.shape[1] != self.n_features_in_:
            return -np.asarray(forest.score_samples(X))
        subsample = forest._max_features != X.shape[1]
        depths = np.zeros(X.shape[0], dtype=np.float64)
        for tree, features, lengths, averages in zip(
            forest.estimators_, forest.estimators_features_, decision, average, strict=True
        ):
            leaves = tree.tree_.apply(np.ascontiguousarray(X[:, features]) if subsample else X)
            depths += (lengths + averages - 1.0)[leaves]  # per node, then per row: same sums
        denominator = len(forest.estimators_) * _average_path_length(forest._max_samples)
        if denominator == 0:
            return np.ones(X.shape[0], dtype=np.float64)
        out: np.ndarray = 2 ** (-(depths / denominator))
        return out

    def anomaly_score(self, X: np.ndarray) -> np.ndarray:
        """Percentile of each row's score among the training rows, in ``[0, 1]``."""
        raw = self.raw_score(X)
        out: np.ndarray = np.interp(raw, self.quantiles_, _QUANTILES).astype(np.float32)
        return out

    def save(self, path: Path = DEFAULT_PATH, **extra: object) -> dict[str, object]:
        """Write the versioned file and its card."""
        return save_model(
            self, path, version=ANOMALY_VERSION, feature_schema=FEATURE_SCHEMA, extra=dict(extra)
        )

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> DemandSupplyAnomaly:
        """Load a saved model; refuses a file made for another feature schema."""
        model, _card = load_model(path, FEATURE_SCHEMA)
        if not isinstance(model, cls):
            raise ModelFileError(f"{path.name} holds a {type(model).__name__}, not {cls.__name__}")
        return model
