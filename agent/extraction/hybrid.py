"""``HybridExtractor``: the rules first, the language model only where it adds value.

The deterministic extractor always runs. The model is asked when the rules are unsure (their
confidence is below ``min_rules_confidence``, a delay has no committed date, or no order
reference was found) or always, by setting. If the model fails in a declared way
(``ModelUnavailable``, ``ExtractionInvalid``) the rules' result stands; nothing else is
caught. Where both answered, their results are merged value by value (every value in either
is grounded), and disagreement on intent or committed date lowers the confidence.

``extractor`` on the result says which path produced it: ``hybrid:rules``, ``hybrid:llm`` or
``hybrid:fallback``. Injection-like text is flagged on every path.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Literal, Protocol

from agent.errors import ExtractionError, ExtractionInvalid, ModelUnavailable
from agent.extraction.base import ExtractionContext, Extractor
from agent.extraction.injection import injection_flags, injection_spans, overlaps
from agent.models import Extraction, InboundEmail, Intent, PoRef

logger = logging.getLogger(__name__)

Mode = Literal["hybrid", "always", "off"]
DISAGREEMENT_FACTOR = 0.5


class AsyncExtractor(Protocol):
    """An extractor that can also run in an event loop (the language-model one)."""

    name: str

    def extract(self, email: InboundEmail, context: ExtractionContext) -> Extraction:
        """Extract one email (blocking)."""
        ...

    async def aextract(self, email: InboundEmail, context: ExtractionContext) -> Extraction:
        """Extract one email without blocking the loop."""
        ...


def unsure_reasons(rules: Extraction, min_confidence: float) -> list[str]:
    """Why the rules' result needs a second opinion (empty when it does not)."""
    reasons = []
    if rules.confidence < min_confidence:
        reasons.append(f"confidence {rules.confidence:.2f} < {min_confidence:.2f}")
    if rules.intent == Intent.DELAY and rules.commitment is None:
        reasons.append("delay without a committed date")
    if not rules.po_refs:
        reasons.append("no order reference")
    return reasons


def strip_injected(result: Extraction, text: str) -> Extraction:
    """Drop values whose evidence lies inside instruction-like text (words aimed at a model)."""
    spans = injection_spans(text)
    if not spans:
        return result
    dropped = list(result.dropped)

    def keep(kind: str, value: object, span: object) -> bool:
        start, end = getattr(span, "start", None), getattr(span, "end", None)
        if start is None or end is None or not overlaps(spans, start, end):
            return True
        dropped.append(f"{kind} {value}: inside instruction-like text")
        return False

    return result.model_copy(
        update={
            "po_refs": [r for r in result.po_refs if keep("po_ref", r.value, r.span)],
            "dates": [d for d in result.dates if keep("date", d.value, d.span)],
            "lines": [ln for ln in result.lines if keep("line", ln.qty, ln.span)],
            "price_changes": [
                p for p in result.price_changes if keep("price change", p.percent, p.span)
            ],
            "tracking": [t for t in result.tracking if keep("tracking", t.number, t.span)],
            "dropped": dropped,
        }
    )


def _merge_refs(first: Sequence[PoRef], second: Sequence[PoRef]) -> list[PoRef]:
    seen = {(r.kind, r.value) for r in first}
    return [*first, *(r for r in second if (r.kind, r.value) not in seen)]


def merge(rules: Extraction, llm: Extraction) -> Extraction:
    """The model's grounded values, completed by the rules', with agreement checked."""
    flags = list(dict.fromkeys([*rules.flags, *llm.flags]))
    confidence = max(rules.confidence, llm.confidence)
    intent_confidence = llm.intent_confidence
    if rules.intent != llm.intent:
        flags.append(f"extractors_disagree:intent:{rules.intent.value}/{llm.intent.value}")
        confidence = min(rules.confidence, llm.confidence) * DISAGREEMENT_FACTOR
        intent_confidence *= DISAGREEMENT_FACTOR
    ours, theirs = rules.commitment, llm.commitment
    if ours is not None and theirs is not None and ours.value != theirs.value:
        flags.append(
            f"extractors_disagree:commitment:{ours.value.isoformat()}/{theirs.value.isoformat()}"
        )
        confidence = min(confidence, min(rules.confidence, llm.confidence) * DISAGREEMENT_FACTOR)
    return llm.model_copy(
        update={
            "intent_confidence": round(intent_confidence, 3),
            "intent_span": llm.intent_span
            or (rules.intent_span if rules.intent == llm.intent else None),
            "po_refs": _merge_refs(llm.po_refs, rules.po_refs),
            "dates": llm.dates or rules.dates,
            "lines": llm.lines or rules.lines,
            "price_changes": llm.price_changes or rules.price_changes,
            "tracking": llm.tracking or rules.tracking,
            "confidence": round(confidence, 3),
            "extractor": "hybrid:llm",
            "dropped": [*rules.dropped, *llm.dropped],
            "flags": flags,
        }
    )


class HybridExtractor:
    """Rules first, the model when they are unsure (or always), rules again if it fails.

    Args:
        rules: the deterministic extractor.
        llm: the language-model extractor (anything with ``extract`` and ``aextract``).
        mode: ``hybrid`` asks the model only when the rules are unsure, ``always`` asks it
            for every email, ``off`` never asks it.
        min_rules_confidence: below this the rules count as unsure.
    """

    name = "hybrid"

    def __init__(
        self,
        rules: Extractor,
        llm: AsyncExtractor | None,
        mode: Mode = "hybrid",
        *,
        min_rules_confidence: float = 0.7,
    ) -> None:
        self.rules = rules
        self.llm = llm
        self.mode = mode
        self.min_rules_confidence = min_rules_confidence

    def _plan(self, rules: Extraction) -> list[str]:
        if self.llm is None or self.mode == "off":
            return []
        if self.mode == "always":
            return ["always"]
        return unsure_reasons(rules, self.min_rules_confidence)

    def _rules_only(self, rules: Extraction, email: InboundEmail) -> Extraction:
        return self._flagged(rules.model_copy(update={"extractor": "hybrid:rules"}), email)

    def _fallback(self, rules: Extraction, email: InboundEmail, exc: ExtractionError) -> Extraction:
        kind = "model_unavailable" if isinstance(exc, ModelUnavailable) else "model_invalid"
        logger.info("hybrid fallback to rules for %s: %s", email.message_id, exc)
        result = rules.model_copy(
            update={
                "extractor": "hybrid:fallback",
                "flags": [*rules.flags, f"llm_fallback:{kind}"],
                "dropped": [*rules.dropped, f"model answer not used: {exc}"],
            }
        )
        return self._flagged(result, email)

    def _flagged(self, result: Extraction, email: InboundEmail) -> Extraction:
        found = injection_flags(f"{email.subject}\n{email.text}")
        if not found:
            return result
        missing = [f for f in found if f not in result.flags]
        return strip_injected(
            result.model_copy(update={"flags": [*result.flags, *missing]}), email.text
        )

    def extract(self, email: InboundEmail, context: ExtractionContext) -> Extraction:
        """Extract one email (blocking)."""
        rules = self.rules.extract(email, context)
        if not self._plan(rules):
            return self._rules_only(rules, email)
        assert self.llm is not None
        try:
            llm = self.llm.extract(email, context)
        except (ModelUnavailable, ExtractionInvalid) as exc:
            return self._fallback(rules, email, exc)
        return self._flagged(merge(rules, llm), email)

    async def aextract(self, email: InboundEmail, context: ExtractionContext) -> Extraction:
        """Extract one email without blocking the event loop on the model."""
        rules = self.rules.extract(email, context)
        if not self._plan(rules):
            return self._rules_only(rules, email)
        assert self.llm is not None
        try:
            llm = await self.llm.aextract(email, context)
        except (ModelUnavailable, ExtractionInvalid) as exc:
            return self._fallback(rules, email, exc)
        return self._flagged(merge(rules, llm), email)

    async def aextract_many(
        self, items: Sequence[tuple[InboundEmail, ExtractionContext]]
    ) -> list[Extraction | ExtractionError]:
        """Extract many emails concurrently; an email that fails yields its error."""

        async def one(
            email: InboundEmail, context: ExtractionContext
        ) -> Extraction | ExtractionError:
            try:
                return await self.aextract(email, context)
            except ExtractionError as exc:
                return exc

        return list(await asyncio.gather(*(one(e, c) for e, c in items)))
