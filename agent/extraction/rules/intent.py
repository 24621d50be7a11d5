"""Intent of an email: certain rules first, then the learned classifier, else cue scores.

The classifier (``agent.classifiers.intent_scorer``) is loaded lazily on first use, once per
process; without a model file the cue rules decide alone and the extraction says so.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Protocol

from agent.extraction.rules.intent_rules import (
    COMPILED,
    cue_scores,
    is_certainly_other,
    rule_intent,
)
from agent.models import Intent, Span

logger = logging.getLogger(__name__)

SECONDARY_THRESHOLD = 0.25
_LONGER_LOWER = "\u0130"  # the one character whose lower case is two characters long
_SIGMA = "\u03a3"


class IntentModel(Protocol):
    """What the extractor needs from a learned intent model."""

    version: str

    def predict_proba_one(self, subject: str, text: str) -> dict[Intent, float]:
        """Calibrated probability of each intent for one email."""
        ...


@dataclass(frozen=True, slots=True)
class IntentDecision:
    """The primary intent, its probability, the secondary intents and the evidence.

    ``probabilities`` holds the classifier's calibrated probability of every intent (empty
    when a rule or the cue scores decided).
    """

    intent: Intent
    confidence: float
    secondary: list[Intent] = field(default_factory=list)
    span: Span | None = None
    model_version: str | None = None
    probabilities: dict[Intent, float] = field(default_factory=dict)


def current_text(text: str, zones: list[tuple[int, int]]) -> str:
    """The vendor's current words joined, as the classifier was trained on them."""
    return "\n".join(text[a:b] for a, b in zones)


class IntentDecider:
    """Decides intent; holds the lazily loaded model.

    Args:
        model: a model to use; ``None`` loads the packaged one on first use.
        use_classifier: ``False`` uses cue rules only.
    """

    def __init__(self, model: IntentModel | None = None, *, use_classifier: bool = True) -> None:
        self._model = model
        self._use = use_classifier
        self._loaded = model is not None
        self._lock = threading.Lock()

    def _get_model(self) -> IntentModel | None:
        if not self._use:
            return None
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    from agent.classifiers.intent_scorer import load_packaged

                    self._model = load_packaged()
                    self._loaded = True
        return self._model

    def decide(
        self, subject: str, text: str, zones: list[tuple[int, int]], notes: list[str]
    ) -> IntentDecision:
        """Intent of one email from its subject and the vendor's current words."""
        current = current_text(text, zones)
        if is_certainly_other(subject, current, notes):
            return IntentDecision(Intent.OTHER, 0.97, [], None, "rule")
        model = self._get_model()
        if model is None:
            scores = cue_scores(subject + "\n" + current).scores
            intent, confidence, secondary = rule_intent(scores)
            version = None
            probabilities: dict[Intent, float] = {}
        else:
            probabilities = model.predict_proba_one(subject, current)
            ranked = sorted(probabilities, key=lambda i: probabilities[i], reverse=True)
            intent, confidence = ranked[0], probabilities[ranked[0]]
            secondary = [i for i in ranked[1:] if probabilities[i] >= SECONDARY_THRESHOLD]
            version = model.version
        return IntentDecision(
            intent,
            round(float(confidence), 4),
            secondary,
            _evidence(text, zones, intent),
            version,
            {i: float(p) for i, p in probabilities.items()},
        )


def _evidence(text: str, zones: list[tuple[int, int]], intent: Intent) -> Span | None:
    if not zones or _LONGER_LOWER in text:  # lower case would shift the offsets
        return None
    # Only the text up to the last zone is searched (a search ends at its end position, so
    # what follows is never read): lower just that, unless a capital sigma, whose lower case
    # depends on the letters after it, could end up differently.
    last = max(b for _, b in zones)
    lowered = text.lower() if _SIGMA in text else text[:last].lower()
    for pattern, _weight in COMPILED[intent]:
        for start, end in zones:
            m = pattern.search(lowered, start, end)
            if m and m.end() > m.start():
                return Span(start=m.start(), end=m.end(), quote=text[m.start() : m.end()])
    return None
