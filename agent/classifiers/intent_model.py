"""The learned intent classifier with calibrated probabilities.

TF-IDF character n-grams plus the cue counts of the rules feed a logistic regression wrapped
in ``CalibratedClassifierCV``.

Persisted as a versioned file under ``agent/classifiers/models/`` together with its feature
schema; loading refuses a file whose schema differs from the code's, so a stale model is
never applied to features it was not trained on.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from agent.extraction.rules.intent_rules import CUE_NAMES, cue_scores
from agent.models import Intent

logger = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL_VERSION = "intent-1"
MODEL_FILE = MODEL_DIR / f"{MODEL_VERSION}.joblib.gz"
MAX_CHARS = 1500


def feature_schema(ngram_range: tuple[int, int]) -> dict[str, Any]:
    """What the features are; stored with the model and checked on load."""
    cue_hash = hashlib.sha256("|".join(CUE_NAMES).encode()).hexdigest()[:12]
    return {
        "text": "subject + newline + vendor's current words, first chars",
        "max_chars": MAX_CHARS,
        "tfidf": {"analyzer": "char_wb", "ngram_range": list(ngram_range), "lowercase": True},
        "cues": {"names": len(CUE_NAMES), "hash": cue_hash},
    }


def document(subject: str, text: str) -> str:
    """The classifier's input for one email."""
    return (subject + "\n" + text)[:MAX_CHARS]


class IntentClassifier(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """Calibrated intent classifier over character n-grams and rule cue counts.

    Args:
        C: inverse regularisation of the logistic regression.
        ngram_range: character n-gram lengths.
        max_features: vocabulary cap of the TF-IDF vectoriser.
        cue_weight: scale of the cue counts against the TF-IDF block.
        cv: folds of the calibration.
        random_state: seed for reproducible fits.
    """

    def __init__(
        self,
        C: float = 8.0,
        ngram_range: tuple[int, int] = (2, 4),
        max_features: int = 40000,
        cue_weight: float = 0.3,
        cv: int = 3,
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.ngram_range = ngram_range
        self.max_features = max_features
        self.cue_weight = cue_weight
        self.cv = cv
        self.random_state = random_state

    def _features(self, docs: list[str]) -> sparse.csr_matrix:
        tfidf = self.vectorizer_.transform(docs)
        cues = np.array([cue_scores(d).counts for d in docs], dtype=float) * self.cue_weight
        return sparse.hstack([tfidf, sparse.csr_matrix(cues)], format="csr")

    def fit(self, docs: list[str], labels: list[str]) -> IntentClassifier:
        """Fit the vectoriser, then the calibrated logistic regression."""
        self.vectorizer_ = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=self.ngram_range,
            max_features=self.max_features,
            sublinear_tf=True,
            min_df=2,
            dtype=np.float32,
        )
        self.vectorizer_.fit(docs)
        base = LogisticRegression(
            C=self.C, max_iter=2000, class_weight="balanced", random_state=self.random_state
        )
        self.model_ = CalibratedClassifierCV(base, method="sigmoid", cv=self.cv)
        self.model_.fit(self._features(docs), labels)
        self.classes_ = self.model_.classes_
        self.scorer_ = FastScorer.from_fitted(self)
        return self

    def predict_proba(self, docs: list[str]) -> np.ndarray:
        """Calibrated probabilities, one row per document, columns in ``classes_`` order."""
        return np.asarray(self.model_.predict_proba(self._features(docs)))

    def predict(self, docs: list[str]) -> np.ndarray:
        """The most probable intent per document."""
        return np.asarray(self.classes_[np.argmax(self.predict_proba(docs), axis=1)])


class FastScorer:
    """The fitted model's arithmetic for one document at a time, without sklearn's checks.

    ``CalibratedClassifierCV.predict_proba`` validates its input on every call, which costs
    milliseconds for one email; this replays the same computation (TF-IDF with sublinear tf
    and l2 norm, cue counts, each fold's linear decision and sigmoid calibration, normalised
    and averaged) in microseconds. ``tests/extraction`` checks it against sklearn.
    """

    def __init__(
        self,
        analyzer: Any,
        vocabulary: dict[str, int],
        idf: np.ndarray,
        cue_weight: float,
        folds: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]],
        n_classes: int,
    ) -> None:
        """Hold the fitted arrays; ``folds`` are (coef, intercept, class index, a, b)."""
        self.analyzer = analyzer
        self.vocabulary = vocabulary
        self.idf = idf
        self.cue_weight = cue_weight
        self.folds = folds
        self.n_classes = n_classes
        self.n_text = len(idf)

    @classmethod
    def from_fitted(cls, classifier: IntentClassifier) -> FastScorer:
        """Copy the arrays out of a fitted ``IntentClassifier``."""
        vectorizer = classifier.vectorizer_
        folds = []
        for calibrated in classifier.model_.calibrated_classifiers_:
            estimator = calibrated.estimator
            index = np.searchsorted(classifier.classes_, estimator.classes_)
            a = np.array([c.a_ for c in calibrated.calibrators], dtype=float)
            b = np.array([c.b_ for c in calibrated.calibrators], dtype=float)
            coef = np.asarray(estimator.coef_, dtype=float)
            intercept = np.asarray(estimator.intercept_, dtype=float)
            folds.append((coef, intercept, index, a, b))
        return cls(
            vectorizer.build_analyzer(),
            dict(vectorizer.vocabulary_),
            np.asarray(vectorizer.idf_, dtype=float),
            classifier.cue_weight,
            folds,
            len(classifier.classes_),
        )

    def predict_proba(self, doc: str) -> np.ndarray:
        """Calibrated probabilities of one document, in ``classes_`` order."""
        vocabulary = self.vocabulary
        counts: dict[int, int] = {}
        for gram, n in Counter(self.analyzer(doc)).items():
            column = vocabulary.get(gram)
            if column is not None:
                counts[column] = n
        columns = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        values = 1.0 + np.log(np.fromiter(counts.values(), dtype=float, count=len(counts)))
        values *= self.idf[columns]
        norm = float(np.sqrt(np.dot(values, values)))
        if norm > 0:
            values /= norm
        cues = np.asarray(cue_scores(doc).counts, dtype=float) * self.cue_weight
        total = np.zeros(self.n_classes)
        for coef, intercept, index, a, b in self.folds:
            decision = coef[:, columns] @ values + coef[:, self.n_text :] @ cues + intercept
            proba = np.zeros(self.n_classes)
            proba[index] = 1.0 / (1.0 + np.exp(a * decision + b))
            denominator = proba.sum()
            total += proba / denominator if denominator > 0 else 1.0 / self.n_classes
        return total / len(self.folds)


class PackagedIntentModel:
    """A fitted classifier with its version, as the extractor uses it."""

    def __init__(self, classifier: IntentClassifier, version: str) -> None:
        """Wrap a fitted classifier."""
        self.classifier = classifier
        self.version = version
        self._intents = [Intent(c) for c in classifier.classes_]

    def predict_proba_one(self, subject: str, text: str) -> dict[Intent, float]:
        """Calibrated probability of each intent for one email."""
        row = self.classifier.scorer_.predict_proba(document(subject, text))
        return {intent: float(p) for intent, p in zip(self._intents, row, strict=True)}


def save(classifier: IntentClassifier, path: Path = MODEL_FILE, **meta: Any) -> Path:
    """Persist a fitted classifier with its version and feature schema."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "version": MODEL_VERSION,
        "feature_schema": feature_schema(classifier.ngram_range),
        "classifier": classifier,
        **meta,
    }
    joblib.dump(payload, path, compress=("gzip", 6))
    return path


def load(path: Path) -> PackagedIntentModel | None:
    """Load a persisted model; ``None`` (logged) when the file is missing or stale."""
    if not path.exists():
        logger.info("no intent model at %s; intent falls back to cue rules", path)
        return None
    payload = joblib.load(path)
    classifier = payload["classifier"]
    if payload.get("feature_schema") != feature_schema(classifier.ngram_range):
        logger.warning("intent model %s has another feature schema; using cue rules", path)
        return None
    return PackagedIntentModel(classifier, str(payload["version"]))


def load_packaged() -> PackagedIntentModel | None:
    """The model shipped in the package, if trained."""
    return load(MODEL_FILE)
