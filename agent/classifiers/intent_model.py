"""The learned intent classifier with calibrated probabilities, fitted with scikit-learn.

TF-IDF over accent-folded word unigrams (and optionally bigrams), a TF-IDF block of character
n-grams inside words (``intent_chars``), cue counts in context (plain, negated, conditional)
and a few structural counts (``intent_features``) feed a logistic regression wrapped in
``CalibratedClassifierCV``. A calibrated complement naive
Bayes over the same features can be averaged in (``nb_weight``); it is off by default: at
0.3 it gained 0.008 group-CV macro-F1 (less than the spread between repeats) but lost on
the dev hand-written emails and leave-one-language-out and raised the calibration error.
What ships is the fitted arithmetic, an ``intent_scorer.FastScorer`` persisted versioned
under ``agent/classifiers/models/`` with its feature schema.

Re-checked on the grown set (rounds 9 and 10: 3,011 hand-written train and dev emails;
``intent_eval --repeats 2``), the defaults give group-CV 0.925 (repeats 0.9247 and 0.9262,
ECE 0.098; confirmation 0.871, delay 0.880), dev hand-written 0.951 (683 emails, trained on
train) and leave-one-language-out 0.879. Nothing beat them:

- per-class additive log-probability offsets for macro-F1 (coordinate ascent on out-of-fold
  predictions, cross-fitted over the group-CV folds) lost 0.004 group-CV macro-F1 (0.9247
  -> 0.9206, seed 0) and confirmation/delay with it; the fitted offsets changed sign from
  fold to fold. ECE fell 0.099 -> 0.092, not enough to pay for it;
- ``class_weight=None`` instead of ``"balanced"``: 0.9261 against 0.9247 on seed 0, no more
  than the spread between repeats (0.0015), so balanced stays;
- one-axis grid screens (group-CV seed 0 only, against 0.9247): C 8 0.9267 (ECE 0.095);
  ``char_weight`` 2.0 0.9294, dev hand-written 0.955 (ECE 0.121), but leave-one-language-out
  0.874 (de 0.861 -> 0.847). Not adopted without its second repeat; the other axes (C 2,
  char_weight 1.0, dense_weight 0.5, min_df 3, bigrams) were not run.
"""

from __future__ import annotations

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
from sklearn.naive_bayes import ComplementNB
from sklearn.preprocessing import normalize

from agent.classifiers.intent_chars import CharGrams
from agent.classifiers.intent_features import DENSE_NAMES
from agent.classifiers.intent_scorer import (
    MODEL_DIR,
    MODEL_FILE,
    MODEL_VERSION,
    FastScorer,
    NaiveBayesPart,
    PackagedIntentModel,
    document,
    feature_schema,
    load,
    load_packaged,
    word_grams,
)

__all__ = [
    "MODEL_DIR",
    "MODEL_FILE",
    "MODEL_VERSION",
    "FastScorer",
    "IntentClassifier",
    "PackagedIntentModel",
    "document",
    "fast_scorer",
    "feature_schema",
    "load",
    "load_packaged",
    "save",
]


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
        method: ``sigmoid`` (one-vs-rest Platt, normalised) or ``temperature`` (softmax of
            the logits over a fitted temperature). Sigmoid is the default: in group CV
            temperature has the lower ECE (0.05 against 0.15, sigmoid is underconfident) but
            puts some wrong answers at 0.999+, where no gate threshold can catch them;
            sigmoid's confidence ranks right over wrong better (AUROC 0.77 against 0.75).
        nb_weight: share of a sigmoid-calibrated complement naive Bayes over the same
            features in the averaged probabilities (0 for the logistic regression alone);
            its calibrated fold models are always averaged (steadier than one refit).
        nb_alpha: additive smoothing of the naive Bayes.
        char_weight: scale of the character n-gram block (``intent_chars``) against the
            word block; 0 leaves it out. It cannot be combined with ``nb_weight``.
        char_range: smallest and largest character n-gram.
        char_min_df: documents a character n-gram must occur in to enter the vocabulary.
        class_weight: the logistic regression's class weights, ``"balanced"`` (inversely
            proportional to class frequency) or ``None`` (every email counts once).
        random_state: seed for reproducible fits.
    """

    def __init__(
        self,
        C: float = 4.0,
        min_df: int = 2,
        bigrams: bool = False,
        dense_weight: float = 0.25,
        cv: int = 3,
        ensemble: bool = False,
        method: str = "sigmoid",
        nb_weight: float = 0.0,
        nb_alpha: float = 0.3,
        char_weight: float = 1.5,
        char_range: tuple[int, int] = (2, 4),
        char_min_df: int = 3,
        class_weight: str | None = "balanced",
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.min_df = min_df
        self.bigrams = bigrams
        self.dense_weight = dense_weight
        self.cv = cv
        self.ensemble = ensemble
        self.method = method
        self.nb_weight = nb_weight
        self.nb_alpha = nb_alpha
        self.char_weight = char_weight
        self.char_range = char_range
        self.char_min_df = char_min_df
        self.class_weight = class_weight
        self.random_state = random_state

    def _grams(self, doc: str) -> tuple[dict[str, int], list[float]]:
        return word_grams(doc, self.bigrams)

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
        blocks = [tfidf, self._char_matrix(docs), sparse.csr_matrix(dense * self.dense_weight)]
        return sparse.hstack([b for b in blocks if b is not None], format="csr")

    def _char_matrix(self, docs: list[str]) -> sparse.csr_matrix | None:
        if self.chars_ is None:
            return None
        rows = [self.chars_.transform_one(doc) for doc in docs]
        indptr = np.cumsum([0] + [len(columns) for columns, _ in rows])
        columns = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, dtype=np.intp)
        values = np.concatenate([v for _, v in rows]) if rows else np.zeros(0)
        return sparse.csr_matrix((values, columns, indptr), shape=(len(docs), len(self.chars_)))

    def fit(self, docs: list[str], labels: list[str]) -> IntentClassifier:
        """Build the vocabulary and idf, then fit the calibrated logistic regression."""
        if len(set(labels)) < 3:
            raise ValueError("the intent classifier needs at least three intents to learn")
        if self.char_weight > 0 and self.nb_weight > 0:
            raise ValueError("char_weight and nb_weight cannot both be set")
        df: Counter[str] = Counter()
        for doc in docs:
            df.update(self._grams(doc)[0].keys())
        kept = sorted(g for g, n in df.items() if n >= self.min_df)
        self.vocabulary_ = {g: i for i, g in enumerate(kept)}
        self.idf_ = np.log((1.0 + len(docs)) / (1.0 + np.array([df[g] for g in kept]))) + 1.0
        low, high = self.char_range
        self.chars_: CharGrams | None = (
            CharGrams.fit(docs, low, high, self.char_min_df, self.char_weight)
            if self.char_weight > 0
            else None
        )
        base = LogisticRegression(
            C=self.C,
            max_iter=5000,
            class_weight=self.class_weight,
            random_state=self.random_state,
        )
        folds = StratifiedKFold(self.cv, shuffle=True, random_state=self.random_state)
        self.model_ = CalibratedClassifierCV(
            base, method=self.method, cv=folds, ensemble=self.ensemble
        )
        matrix = self._matrix(docs)
        self.model_.fit(matrix, labels)
        self.classes_ = self.model_.classes_
        self.nb_: CalibratedClassifierCV | None = None
        if self.nb_weight > 0:
            self.nb_ = CalibratedClassifierCV(
                ComplementNB(alpha=self.nb_alpha),
                method="sigmoid",
                cv=folds,
                ensemble=True,
            )
            self.nb_.fit(matrix, labels)
        self.scorer_ = fast_scorer(self)
        return self

    def predict_proba(self, docs: list[str]) -> np.ndarray:
        """Calibrated probabilities, one row per document, columns in ``classes_`` order."""
        matrix = self._matrix(docs)
        proba = np.asarray(self.model_.predict_proba(matrix))
        if self.nb_ is None:
            return proba
        blended = (1.0 - self.nb_weight) * proba + self.nb_weight * self.nb_.predict_proba(matrix)
        return np.asarray(blended)

    def predict(self, docs: list[str]) -> np.ndarray:
        """The most probable intent per document."""
        return np.asarray(self.classes_[np.argmax(self.predict_proba(docs), axis=1)])


def fast_scorer(classifier: IntentClassifier) -> FastScorer:
    """Copy the arrays out of a fitted ``IntentClassifier``."""
    coefs, intercepts, calibration = [], [], []
    for calibrated in classifier.model_.calibrated_classifiers_:
        estimator = calibrated.estimator
        index = np.searchsorted(classifier.classes_, estimator.classes_)
        if classifier.method == "temperature":
            # sklearn fits temperature scaling on label-encoded targets: columns are classes_
            index = np.arange(len(classifier.classes_))
            a = np.array([float(calibrated.calibrators[0].beta_)])
            b = np.zeros(0)
        else:
            a = np.array([c.a_ for c in calibrated.calibrators], dtype=float)
            b = np.array([c.b_ for c in calibrated.calibrators], dtype=float)
        coefs.append(np.asarray(estimator.coef_, dtype=float))
        intercepts.append(np.asarray(estimator.intercept_, dtype=float))
        calibration.append((index, a, b))
    return FastScorer(
        [str(c) for c in classifier.classes_],
        dict(classifier.vocabulary_),
        classifier.idf_,
        classifier.bigrams,
        classifier.dense_weight,
        np.vstack(coefs).T,
        np.concatenate(intercepts),
        calibration,
        classifier.method,
        None if classifier.nb_ is None else _naive_bayes_part(classifier, classifier.nb_),
        classifier.chars_,
    )


def _naive_bayes_part(classifier: IntentClassifier, nb: CalibratedClassifierCV) -> NaiveBayesPart:
    log_probs, calibration = [], []
    for calibrated in nb.calibrated_classifiers_:
        estimator = calibrated.estimator
        index = np.searchsorted(classifier.classes_, estimator.classes_)
        a = np.array([c.a_ for c in calibrated.calibrators], dtype=float)
        b = np.array([c.b_ for c in calibrated.calibrators], dtype=float)
        log_probs.append(np.asarray(estimator.feature_log_prob_, dtype=float))
        calibration.append((index, a, b))
    return NaiveBayesPart(
        classifier.nb_weight, np.vstack(log_probs).T, len(classifier.idf_), calibration
    )


def save(classifier: IntentClassifier, path: Path = MODEL_FILE, **meta: Any) -> Path:
    """Persist a fitted classifier's scorer with its version and feature schema."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "version": MODEL_VERSION,
        "feature_schema": feature_schema(),
        "scorer": classifier.scorer_,
        "params": classifier.get_params(),
        **meta,
    }
    joblib.dump(payload, path, compress=("gzip", 6))
    return path
