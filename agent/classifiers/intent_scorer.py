"""The shipped intent model: the fitted arithmetic as plain arrays, loadable without sklearn.

``intent_model.IntentClassifier`` is fitted with scikit-learn; what is persisted and used at
run time is a ``FastScorer``: the vocabulary, idf, the linear weights and the sigmoid
calibration of each calibrated model, and the complement naive Bayes averaged in. Loading
it imports neither scikit-learn nor the training code, so the extractor's first email does
not pay seconds of imports, and one email costs tens of microseconds. The file carries its
version and feature schema; loading refuses a file whose schema differs from the code's, so
a stale model never scores features it was not trained on.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from pathlib import Path
from typing import Any

import numpy as np

from agent.classifiers.intent_chars import CharGrams
from agent.classifiers.intent_features import DENSE_NAMES, MAX_CHARS, fold, folded_features
from agent.classifiers.intent_lexicon import CONDITIONALS, NEGATIONS, PHRASES, STEMS
from agent.models import Intent

logger = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL_VERSION = "intent-4"
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
        "chars": "char n-grams inside accent-folded words, digits as 0, tf-idf block",
        "tfidf": {"sublinear_tf": True, "smooth_idf": True, "norm": "l2"},
        "dense": list(DENSE_NAMES),
        "lexicon": hashlib.sha256(lexicon.encode()).hexdigest()[:12],
        "scorer": "calibrated logistic regression, optionally averaged with calibrated CNB",
    }


def document(subject: str, text: str) -> str:
    """The classifier's input for one email."""
    return (subject + "\n" + text)[:MAX_CHARS]


def word_grams(doc: str, bigrams: bool) -> tuple[dict[str, int], list[float]]:
    """``features`` of ``doc``, without the bigrams unless ``bigrams``."""
    return folded_features(fold(doc[:MAX_CHARS]), bigrams)


class NaiveBayesPart:
    """A calibrated complement naive Bayes over the same features, averaged with weight.

    Each model's joint log-likelihood is the features times its log probabilities, turned
    into probabilities by a softmax; those go through the per-class sigmoid calibration.

    Args:
        weight: share of the naive Bayes in the averaged probabilities.
        log_prob: (text columns + dense columns) x (models * classes) log probabilities.
        n_text: text columns.
        calibration: per model, the class index of its columns and the sigmoid's a and b.
    """

    def __init__(
        self,
        weight: float,
        log_prob: np.ndarray,
        n_text: int,
        calibration: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
    ) -> None:
        """Hold the fitted arrays."""
        self.weight = weight
        self.text_log_prob = np.ascontiguousarray(log_prob[:n_text])
        self.dense_log_prob = np.ascontiguousarray(log_prob[n_text:])
        self.calibration = calibration


class FastScorer:
    """A fitted intent model's arithmetic for one document at a time.

    Replays ``CalibratedClassifierCV.predict_proba`` over the classifier's features: TF-IDF
    with sublinear tf and l2 norm, the dense block, each calibrated model's linear decision
    and sigmoid, one-vs-rest normalised, averaged over the models. The weights of all models
    sit in one matrix, one column block per model. ``tests/extraction`` checks it against
    sklearn.

    Args:
        classes: the intent labels, in column order.
        vocabulary: word gram to column.
        idf: inverse document frequency per column.
        bigrams: whether word bigrams are features.
        dense_weight: scale of the dense block.
        coef: (text columns + dense columns) x (models * classes) weights.
        intercept: (models * classes) intercepts.
        calibration: per model, the class index of its columns and the sigmoid's a and b
            (``sigmoid``), or the inverse temperature as ``a`` (``temperature``).
        method: the calibration, ``sigmoid`` or ``temperature``.
        nb: the complement naive Bayes averaged in, if any.
        chars: the character n-gram block, if any; its weights sit between the word
            columns and the dense columns of ``coef``.
    """

    def __init__(
        self,
        classes: list[str],
        vocabulary: dict[str, int],
        idf: np.ndarray,
        bigrams: bool,
        dense_weight: float,
        coef: np.ndarray,
        intercept: np.ndarray,
        calibration: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
        method: str = "sigmoid",
        nb: NaiveBayesPart | None = None,
        chars: CharGrams | None = None,
    ) -> None:
        """Hold the fitted arrays."""
        self.classes = classes
        self.vocabulary = vocabulary
        self.idf = np.asarray(idf, dtype=float)
        self.bigrams = bigrams
        self.dense_weight = dense_weight
        n_text = len(self.idf)
        n_chars = 0 if chars is None else len(chars)
        self.text_coef = np.ascontiguousarray(coef[:n_text])
        self.char_coef = np.ascontiguousarray(coef[n_text : n_text + n_chars])
        self.dense_coef = np.ascontiguousarray(coef[n_text + n_chars :])
        self.chars = chars
        self.intercept = intercept
        self.calibration = calibration
        self.method = method
        self.nb = nb
        self._prepare()

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        for derived in ("_sigmoid", "_idf_all", "_coef_all", "_dense_at"):
            state.pop(derived, None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._prepare()

    def _prepare(self) -> None:
        """The arrays derived at load time: the sigmoid, and all weights in one block.

        ``_coef_all`` stacks the word, character and dense weights (``coef`` as fitted), and
        ``_idf_all`` the word and character idf, so that one email's columns of all three
        blocks are gathered and multiplied at once (``_predict_one_sigmoid``).
        """
        self._sigmoid = self._one_sigmoid()
        char_idf = np.zeros(0) if self.chars is None else self.chars.idf
        self._idf_all = np.concatenate((self.idf, char_idf))
        self._coef_all = np.ascontiguousarray(
            np.concatenate((self.text_coef, self.char_coef, self.dense_coef))
        )
        self._dense_at = len(self._idf_all)

    def _one_sigmoid(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The sigmoid's a and b when one sigmoid over all classes is all of the calibration.

        Then ``_calibrated`` is the normalised sigmoid of the decision, the same arithmetic
        without its zeros, scatter and average over one model.
        """
        n_classes = len(self.classes)
        if self.method != "sigmoid" or len(self.calibration) != 1 or self.nb is not None:
            return None
        index, a, b = self.calibration[0]
        if not np.array_equal(index, np.arange(n_classes)) or len(a) != n_classes:
            return None
        return a, b

    def predict_proba(self, doc: str) -> np.ndarray:
        """Calibrated probabilities of one document, in ``classes`` order."""
        folded = fold(doc[:MAX_CHARS])
        grams, dense = folded_features(folded, self.bigrams)
        if self._sigmoid is not None:
            return self._predict_one_sigmoid(folded, grams, dense, self._sigmoid)
        vocabulary = self.vocabulary
        columns_list: list[int] = []
        counts: list[int] = []
        for gram, n in grams.items():
            column = vocabulary.get(gram)
            if column is not None:
                columns_list.append(column)
                counts.append(n)
        columns = np.array(columns_list, dtype=np.intp)
        values = (1.0 + np.log(np.array(counts, dtype=float))) * self.idf.take(columns)
        norm = float(np.sqrt(values @ values))
        if norm > 0:
            values /= norm
        decision = values @ self.text_coef.take(columns, axis=0) + self.intercept
        decision += np.array(dense) * self.dense_weight @ self.dense_coef
        if self.chars is not None:
            char_columns, char_values = self.chars.transform_folded(folded)
            decision += char_values @ self.char_coef.take(char_columns, axis=0)
        sigmoid = self._sigmoid
        if sigmoid is not None:
            proba = 1.0 / (1.0 + np.exp(sigmoid[0] * decision + sigmoid[1]))
            denominator = proba.sum()
            if denominator > 0:
                return np.asarray(proba / denominator)
        proba = _calibrated(decision, self.calibration, self.method, len(self.classes))
        if self.nb is None:
            return proba
        jll = values @ self.nb.text_log_prob[columns]
        jll += np.array(dense) * self.dense_weight @ self.nb.dense_log_prob
        at = 0
        for index, _, _ in self.nb.calibration:
            block = jll[at : at + len(index)]
            exp = np.exp(block - block.max())
            jll[at : at + len(index)] = exp / exp.sum()
            at += len(index)
        nb_proba = _calibrated(jll, self.nb.calibration, "sigmoid", len(self.classes))
        return (1.0 - self.nb.weight) * proba + self.nb.weight * nb_proba

    def _predict_one_sigmoid(
        self,
        folded: str,
        grams: dict[str, int],
        dense: list[float],
        sigmoid: tuple[np.ndarray, np.ndarray],
    ) -> np.ndarray:
        """``predict_proba`` of a one-sigmoid model, with all blocks in one gather.

        The word and character columns (each block's TF-IDF l2-normed on its own) and the
        non-zero dense features become one sparse row over ``_coef_all``: one ``take`` and
        one product instead of three, the same sums in another order.
        """
        vocabulary = self.vocabulary
        columns_list: list[int] = []
        counts: list[int] = []
        for gram, n in grams.items():
            column = vocabulary.get(gram)
            if column is not None:
                columns_list.append(column)
                counts.append(n)
        n_words = len(columns_list)
        if self.chars is not None:
            char_columns, char_counts = self.chars.counts_folded(folded)
            columns = np.concatenate(
                (np.array(columns_list, dtype=np.intp), char_columns + len(self.idf))
            )
            tf = np.concatenate((np.array(counts, dtype=float), char_counts))
        else:
            columns = np.array(columns_list, dtype=np.intp)
            tf = np.array(counts, dtype=float)
        values = (1.0 + np.log(tf)) * self._idf_all.take(columns)
        words = values[:n_words]
        norm = math.sqrt(words @ words)
        if norm > 0:
            words /= norm
        if self.chars is not None and len(values) > n_words:
            chars = values[n_words:]
            norm = math.sqrt(chars @ chars)
            if norm > 0:
                chars *= self.chars.weight / norm
        at = self._dense_at
        dense_columns = [at + i for i, value in enumerate(dense) if value]
        if dense_columns:
            weight = self.dense_weight
            columns = np.concatenate((columns, np.array(dense_columns, dtype=np.intp)))
            values = np.concatenate((values, [weight * value for value in dense if value]))
        decision = values @ self._coef_all.take(columns, axis=0) + self.intercept
        proba = 1.0 / (1.0 + np.exp(sigmoid[0] * decision + sigmoid[1]))
        denominator = proba.sum()
        if denominator > 0:
            return np.asarray(proba / denominator)
        return _calibrated(decision, self.calibration, self.method, len(self.classes))


def _calibrated(
    decision: np.ndarray,
    calibration: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
    method: str,
    n_classes: int,
) -> np.ndarray:
    """``CalibratedClassifierCV``'s average over its models of the calibrated scores."""
    total = np.zeros(n_classes)
    at = 0
    for index, a, b in calibration:
        block = decision[at : at + len(index)]
        at += len(index)
        proba = np.zeros(n_classes)
        if method == "temperature":
            logits = a[0] * block
            exp = np.exp(logits - logits.max())
            proba[index] = exp / exp.sum()
        else:
            proba[index] = 1.0 / (1.0 + np.exp(a * block + b))
        denominator = proba.sum()
        total += proba / denominator if denominator > 0 else 1.0 / n_classes
    return total / len(calibration)


class PackagedIntentModel:
    """A fitted scorer with its version, as the extractor uses it."""

    def __init__(self, scorer: FastScorer, version: str) -> None:
        """Wrap a fitted scorer."""
        self.scorer = scorer
        self.version = version
        self._intents = [Intent(c) for c in scorer.classes]

    def predict_proba_one(self, subject: str, text: str) -> dict[Intent, float]:
        """Calibrated probability of each intent for one email."""
        row = self.scorer.predict_proba(document(subject, text)).tolist()
        return dict(zip(self._intents, row, strict=True))


def load(path: Path) -> PackagedIntentModel | None:
    """Load a persisted model; ``None`` (logged) when the file is missing or stale."""
    if not path.exists():
        logger.info("no intent model at %s; intent falls back to cue rules", path)
        return None
    import joblib

    payload = joblib.load(path)
    scorer = payload.get("scorer")
    if payload.get("feature_schema") != feature_schema() or not isinstance(scorer, FastScorer):
        logger.warning("intent model %s has another feature schema; using cue rules", path)
        return None
    return PackagedIntentModel(scorer, str(payload["version"]))


def load_packaged() -> PackagedIntentModel | None:
    """The model shipped in the package, if trained."""
    return load(MODEL_FILE)
