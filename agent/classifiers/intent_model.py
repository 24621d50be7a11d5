"""The learned intent classifier with calibrated probabilities.

TF-IDF over accent-folded word unigrams and bigrams plus cue counts in context (plain,
negated, conditional) and a few structural counts (``intent_features``) feed a logistic
regression wrapped in ``CalibratedClassifierCV``; ``FastScorer`` replays it per email.

Persisted as a versioned file under ``agent/classifiers/models/`` together with its feature
schema; loading refuses a file whose schema differs from the code's, so a stale model is
never applied to features it was not trained on.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import normalize

from agent.classifiers.intent_features import DENSE_NAMES, MAX_CHARS, features
from agent.classifiers.intent_lexicon import CONDITIONALS, NEGATIONS, PHRASES, STEMS
from agent.models import Intent

logger = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL_VERSION = "intent-2"
MODEL_FILE = MODEL_DIR / f"{MODEL_VERSION}.joblib.gz"


def feature_schema() -> dict[str, Any]:
    """What the features are; stored with the model and checked on load."""
    lexicon = json.dumps(
        [sorted(STEMS.items()), sorted(PHRASES.items()), sorted(NEGATIONS), sorted(CONDITIONALS)]
    )
    return {
        "text": "subject + newline + vendor's current words, first chars",
        "max_chars": MAX_CHARS,
        "grams": "accent-folded word unigrams and bigrams, numbers as shapes",
        "tfidf": {"sublinear_tf": True, "smooth_idf": True, "norm": "l2"},
        "dense": list(DENSE_NAMES),
        "lexicon": hashlib.sha256(lexicon.encode()).hexdigest()[:12],
    }


def document(subject: str, text: str) -> str:
    """The classifier's input for one email."""
    return (subject + "\n" + text)[:MAX_CHARS]


class IntentClassifier(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """Calibrated intent classifier over word n-grams and cue/structure counts.

    Args:
        C: inverse regularisation of the logistic regression.
        min_df: documents a word gram must occur in to enter the vocabulary.
        bigrams: whether word bigrams are features (unigrams always are).
        dense_weight: scale of the cue and structure block against the TF-IDF block.
        cv: folds of the calibration.
        ensemble: average the calibrated fold models (``True``) or calibrate one model
            fitted on all data on the folds' predictions (``False``).
        random_state: seed for reproducible fits.
    """

    def __init__(
        self,
        C: float = 4.0,
        min_df: int = 2,
        bigrams: bool = False,
        dense_weight: float = 0.5,
        cv: int = 3,
        ensemble: bool = False,
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.min_df = min_df
        self.bigrams = bigrams
        self.dense_weight = dense_weight
        self.cv = cv
        self.ensemble = ensemble
        self.random_state = random_state

    def _grams(self, doc: str) -> tuple[dict[str, int], list[float]]:
        grams, dense = features(doc)
        if not self.bigrams:
            grams = {g: n for g, n in grams.items() if " " not in g}
        return grams, dense

    def _matrix(self, docs: list[str]) -> sparse.csr_matrix:
        rows, columns, values = [], [], []
        dense = np.zeros((len(docs), len(DENSE_NAMES)))
        for row, doc in enumerate(docs):
            grams, dense[row] = self._grams(doc)
            for gram, n in grams.items():
                column = self.vocabulary_.get(gram)
                if column is not None:
                    rows.append(row)
                    columns.append(column)
                    values.append(1.0 + np.log(n))
        tf = sparse.csr_matrix((values, (rows, columns)), shape=(len(docs), len(self.vocabulary_)))
        tfidf = normalize(tf.multiply(self.idf_).tocsr())
        return sparse.hstack([tfidf, sparse.csr_matrix(dense * self.dense_weight)], format="csr")

    def fit(self, docs: list[str], labels: list[str]) -> IntentClassifier:
        """Build the vocabulary and idf, then fit the calibrated logistic regression."""
        df: Counter[str] = Counter()
        for doc in docs:
            df.update(self._grams(doc)[0].keys())
        kept = sorted(g for g, n in df.items() if n >= self.min_df)
        self.vocabulary_ = {g: i for i, g in enumerate(kept)}
        self.idf_ = np.log((1.0 + len(docs)) / (1.0 + np.array([df[g] for g in kept]))) + 1.0
        base = LogisticRegression(
            C=self.C, max_iter=5000, class_weight="balanced", random_state=self.random_state
        )
        folds = StratifiedKFold(self.cv, shuffle=True, random_state=self.random_state)
        self.model_ = CalibratedClassifierCV(
            base, method="sigmoid", cv=folds, ensemble=self.ensemble
        )
        self.model_.fit(self._matrix(docs), labels)
        self.classes_ = self.model_.classes_
        self.scorer_ = FastScorer.from_fitted(self)
        return self

    def predict_proba(self, docs: list[str]) -> np.ndarray:
        """Calibrated probabilities, one row per document, columns in ``classes_`` order."""
        return np.asarray(self.model_.predict_proba(self._matrix(docs)))

    def predict(self, docs: list[str]) -> np.ndarray:
        """The most probable intent per document."""
        return np.asarray(self.classes_[np.argmax(self.predict_proba(docs), axis=1)])


class FastScorer:
    """The fitted model's arithmetic for one document at a time, without sklearn's checks.

    ``CalibratedClassifierCV.predict_proba`` validates its input on every call, which costs
    milliseconds for one email; this replays the same computation (TF-IDF with sublinear tf
    and l2 norm, the dense block, each calibrated model's linear decision and sigmoid, one
    vs rest normalised, averaged) in tens of microseconds. The weights of all calibrated
    models sit in one matrix, one column block per model. ``tests/extraction`` checks it
    against sklearn.
    """

    def __init__(
        self,
        classifier: IntentClassifier,
        coef: np.ndarray,
        intercept: np.ndarray,
        calibration: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
    ) -> None:
        """``coef`` (features x models*classes), ``calibration`` (class index, a, b) per model."""
        self.grams = classifier._grams
        self.vocabulary = classifier.vocabulary_
        self.idf = np.asarray(classifier.idf_, dtype=float)
        self.dense_weight = classifier.dense_weight
        self.n_text = len(self.idf)
        self.text_coef = np.ascontiguousarray(coef[: self.n_text])
        self.dense_coef = np.ascontiguousarray(coef[self.n_text :])
        self.intercept = intercept
        self.calibration = calibration
        self.n_classes = len(classifier.classes_)

    @classmethod
    def from_fitted(cls, classifier: IntentClassifier) -> FastScorer:
        """Copy the arrays out of a fitted ``IntentClassifier``."""
        coefs, intercepts, calibration = [], [], []
        for calibrated in classifier.model_.calibrated_classifiers_:
            estimator = calibrated.estimator
            index = np.searchsorted(classifier.classes_, estimator.classes_)
            a = np.array([c.a_ for c in calibrated.calibrators], dtype=float)
            b = np.array([c.b_ for c in calibrated.calibrators], dtype=float)
            coefs.append(np.asarray(estimator.coef_, dtype=float))
            intercepts.append(np.asarray(estimator.intercept_, dtype=float))
            calibration.append((index, a, b))
        coef = np.vstack(coefs).T
        return cls(classifier, coef, np.concatenate(intercepts), calibration)

    def predict_proba(self, doc: str) -> np.ndarray:
        """Calibrated probabilities of one document, in ``classes_`` order."""
        grams, dense = self.grams(doc)
        vocabulary = self.vocabulary
        columns_list: list[int] = []
        counts: list[int] = []
        for gram, n in grams.items():
            column = vocabulary.get(gram)
            if column is not None:
                columns_list.append(column)
                counts.append(n)
        columns = np.array(columns_list, dtype=np.intp)
        values = (1.0 + np.log(np.array(counts, dtype=float))) * self.idf[columns]
        norm = float(np.sqrt(values @ values))
        if norm > 0:
            values /= norm
        decision = values @ self.text_coef[columns] + self.intercept
        decision += np.array(dense) * self.dense_weight @ self.dense_coef
        total = np.zeros(self.n_classes)
        at = 0
        for index, a, b in self.calibration:
            proba = np.zeros(self.n_classes)
            proba[index] = 1.0 / (1.0 + np.exp(a * decision[at : at + len(index)] + b))
            at += len(index)
            denominator = proba.sum()
            total += proba / denominator if denominator > 0 else 1.0 / self.n_classes
        return total / len(self.calibration)


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
        "feature_schema": feature_schema(),
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
    if payload.get("feature_schema") != feature_schema():
        logger.warning("intent model %s has another feature schema; using cue rules", path)
        return None
    return PackagedIntentModel(classifier, str(payload["version"]))


def load_packaged() -> PackagedIntentModel | None:
    """The model shipped in the package, if trained."""
    return load(MODEL_FILE)
