"""Run the pipeline's extraction, matching and gate on labelled examples.

Each example goes through the stages the pipeline uses for a real email (sender trust,
extraction, order look-up, matching, commitments, action, composite confidence,
calibration, gate) against the in-memory Odoo of :mod:`agent.evals.gateway`. The risk
model is left out: the dataset carries no stock. ``jobs > 1`` spreads examples over a
process pool; an example that fails is recorded with its error and never stops the run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import logging
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

from agent.classifiers.base import Calibrator
from agent.commitments import derive_commitments
from agent.config import LLMSettings, Settings
from agent.errors import ConfigError
from agent.evals.dataset import Example
from agent.evals.gateway import dataset_gateway, vendor_ids
from agent.evals.results import ExampleResult, SpanOut
from agent.extraction.base import ExtractionContext, Extractor
from agent.extraction.field_keys import price_keys, ref_key
from agent.ingest.trust import assess_sender, sender_keys
from agent.matching import match_email, order_keys
from agent.models import Action, Extraction, InboundEmail, Intent, Match, SenderTrust
from agent.policy import Policy, gate
from agent.recommend import choose_action
from agent.scenario.gateway import ScenarioGateway
from agent.snapshot import Snapshot, read_orders, read_vendors
from agent.submit import Case, confidence_of, raw_confidence

logger = logging.getLogger(__name__)

ExtractorKind = Literal["rules", "llm", "hybrid"]
_PREFIX = re.compile(r"^[A-Za-z]+")


def make_extractor(kind: ExtractorKind, llm: LLMSettings) -> Extractor:
    """The extractor to evaluate; ``llm`` and ``hybrid`` need a configured endpoint.

    Raises:
        ConfigError: one line that says what to set, when no endpoint is configured or
            the language-model extractor is not part of this build.
    """
    from agent.extraction.rules.extractor import RulesExtractor

    if kind == "rules":
        return RulesExtractor()
    if not llm.configured:
        raise ConfigError(
            f"--extractor {kind} needs a model endpoint: set TRIAGE_LLM_BASE_URL "
            "(and TRIAGE_LLM_API_KEY, TRIAGE_LLM_MODEL) or use --extractor rules"
        )
    try:
        factory = importlib.import_module("agent.extraction.factory")
    except ImportError as exc:
        raise ConfigError(
            f"--extractor {kind}: the language-model extractor is not installed in this build"
        ) from exc
    extractor: Extractor = factory.build_extractor(Settings(llm=llm), kind)
    return extractor


@dataclass(frozen=True)
class RunSpec:
    """Everything a worker needs to evaluate examples on its own."""

    extractor: ExtractorKind
    llm: LLMSettings
    policy: Policy
    calibrator: Calibrator | None
    universe: tuple[Example, ...]


class Evaluator:
    """Evaluates examples one by one with one extractor and one in-memory Odoo."""

    def __init__(self, spec: RunSpec) -> None:
        """Build the extractor and the gateway over the whole dataset (``spec.universe``)."""
        self.spec = spec
        self.extractor = make_extractor(spec.extractor, spec.llm)
        self.gateway: ScenarioGateway = dataset_gateway(list(spec.universe))
        self.vendor_ids = vendor_ids(self.gateway)
        prefixes = {m.group(0).upper() for o in self.gateway.scenario.orders
                    if (m := _PREFIX.match(o.name))}  # fmt: skip
        self.po_prefixes = tuple(sorted(prefixes)) or ("P",)

    def evaluate(self, example: Example) -> ExampleResult:
        """Run one example through the stages and compare with its labels."""
        base = _gold(example, self.vendor_ids.get(example.vendor))
        try:
            return self._evaluate(example, base)
        except Exception as exc:  # one example never stops a run: record why
            logger.warning("example %s failed: %s: %s", example.id, type(exc).__name__, exc)
            return _updated(base, error=f"{type(exc).__name__}: {exc}")

    def _evaluate(self, example: Example, base: ExampleResult) -> ExampleResult:
        email = inbound(example)
        snapshot = Snapshot()
        addresses, domains = sender_keys(email)
        read_vendors(self.gateway, addresses, domains, snapshot)
        trust = assess_sender(
            email, snapshot.vendors_by_email, snapshot.vendors_by_domain, snapshot.vendor_directory
        )
        vendor = next((v for v in snapshot.vendor_directory if v.id == trust.vendor_id), None)
        context = ExtractionContext(
            vendor_country=vendor.country_code if vendor else None,
            po_prefixes=self.po_prefixes,
        )
        extraction = self.extractor.extract(email, context)
        read_orders(self.gateway, order_keys(email, extraction, trust), snapshot)
        match = match_email(email, extraction, trust, snapshot)
        orders = {po.id: po for po in snapshot.orders()}
        now = example.received_at
        commitments = derive_commitments(extraction, match, orders, example.id, now)
        action, _ = choose_action(
            extraction, commitments, None, match, snapshot, now.date(), extraction.intent
        )
        case = Case(
            source_type="email",
            source_id=example.id,
            intent=extraction.intent,
            match=match,
            email=email,
            extraction=extraction,
            trust=trust,
            commitments=commitments,
        )
        confidence = confidence_of(case, self.spec.calibrator, action)
        has_target = bool(match.po_ids) and match.po_ids[0] in orders
        result = gate(
            self.spec.policy,
            intent=extraction.intent,
            action=action,
            confidence=confidence,
            trusted=trust.trusted,
            has_target=has_target,
        )
        return _compare(
            base,
            extraction,
            match,
            trust,
            action=action.value,
            raw=round(raw_confidence(case), 4),
            confidence=confidence,
            decision=result.decision.value,
            reason=result.reason,
            has_target=has_target,
        )


def inbound(example: Example) -> InboundEmail:
    """The example as the parsed email the pipeline would hold."""
    end = example.new_text_end
    if end is None or not 0 <= end <= len(example.text):
        end = len(example.text)
    return InboundEmail(
        message_id=f"<{example.id}@evals.local>",
        content_hash=hashlib.sha256(example.text.encode()).hexdigest(),
        subject=example.subject,
        from_addr=example.from_address,
        from_name=example.from_name,
        date=example.received_at,
        text=example.text,
        new_text_end=end,
        source="evals",
    )


def _gold(example: Example, vendor_id: int | None) -> ExampleResult:
    labels = example.labels
    span = None
    if labels.commitment_quote and labels.commitment_start is not None:
        span = SpanOut(
            start=labels.commitment_start,
            end=labels.commitment_end or labels.commitment_start,
            quote=labels.commitment_quote,
            label="gold commitment",
        )
    return ExampleResult(
        id=example.id,
        split=example.split,
        vendor=example.vendor,
        language=example.language,
        change_type=example.change_type,
        origin=example.origin,
        injection=example.injection,
        gold_intent=labels.intent,
        gold_po_refs=list(labels.po_refs),
        gold_commitment=labels.commitment_date.isoformat() if labels.commitment_date else None,
        gold_commitment_span=span,
        gold_qtys=sorted(line.qty for line in labels.lines if line.qty is not None),
        gold_vendor_refs=sorted(ref_key(v) for v in labels.vendor_refs),
        gold_tracking=sorted(ref_key(t["number"]) for t in labels.tracking),
        gold_prices=price_keys((p["new_price"], p["percent"]) for p in labels.price_changes),
        gold_po=example.gold_po,
        gold_vendor_id=vendor_id,
    )


def _compare(
    base: ExampleResult,
    extraction: Extraction,
    match: Match,
    trust: SenderTrust,
    *,
    action: str,
    raw: float,
    confidence: float,
    decision: str,
    reason: str,
    has_target: bool,
) -> ExampleResult:
    commitment = extraction.commitment
    pred_date = commitment.value.isoformat() if commitment else None
    gold_date = base.gold_commitment
    within = (
        gold_date is None
        if pred_date is None
        else gold_date is not None
        and abs((dt.date.fromisoformat(pred_date) - dt.date.fromisoformat(gold_date)).days) <= 1
    )
    primary = match.po_names[0] if match.po_names else None
    match_ok = match.vendor_id == base.gold_vendor_id and primary == base.gold_po
    intent_ok = extraction.intent.value == base.gold_intent
    commitment_ok = pred_date == gold_date
    evidence = [
        SpanOut(start=d.span.start, end=d.span.end, quote=d.span.quote, label=d.role.value)
        for d in extraction.dates
    ]
    if extraction.intent_span is not None:
        s = extraction.intent_span
        evidence.insert(0, SpanOut(start=s.start, end=s.end, quote=s.quote, label="intent"))
    pred_refs = extraction.odoo_refs
    diffs = []
    if not intent_ok:
        diffs.append(f"intent: {base.gold_intent} -> {extraction.intent.value}")
    if not commitment_ok:
        diffs.append(f"commitment: {gold_date} -> {pred_date}")
    if set(pred_refs) != set(base.gold_po_refs):
        diffs.append(f"po_refs: {base.gold_po_refs} -> {pred_refs}")
    if not match_ok:
        diffs.append(
            f"match: {base.gold_po} (vendor {base.gold_vendor_id}) -> {primary}"
            f" (vendor {match.vendor_id}, {match.method.value})"
        )
    return _updated(
        base,
        pred_intent=extraction.intent.value,
        intent_confidence=extraction.intent_confidence,
        pred_po_refs=pred_refs,
        pred_commitment=pred_date,
        pred_qtys=sorted(line.qty for line in extraction.lines if line.qty is not None),
        pred_vendor_refs=sorted(ref_key(v) for v in extraction.vendor_refs),
        pred_tracking=sorted(ref_key(t.number) for t in extraction.tracking),
        pred_prices=price_keys((p.new_price, p.percent) for p in extraction.price_changes),
        match_vendor_id=match.vendor_id,
        match_po_names=match.po_names,
        match_method=match.method.value,
        match_confidence=match.confidence,
        trusted=trust.trusted,
        action=action,
        raw_confidence=raw,
        confidence=confidence,
        decision=decision,
        decision_reason=reason,
        has_target=has_target,
        intent_ok=intent_ok,
        commitment_ok=commitment_ok,
        commitment_within_1d=within,
        match_ok=match_ok,
        correct=intent_ok and commitment_ok and match_ok,
        evidence=evidence,
        diffs=diffs,
    )


_WORKER: Evaluator | None = None


def _init_worker(spec: RunSpec) -> None:
    global _WORKER
    _WORKER = Evaluator(spec)


def _work(example: Example) -> ExampleResult:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER.evaluate(example)


def run_examples(
    spec: RunSpec,
    examples: Sequence[Example],
    *,
    jobs: int = 1,
    on_result: Callable[[ExampleResult], None] | None = None,
) -> list[ExampleResult]:
    """Evaluate ``examples`` (in their order), on ``jobs`` processes when more than one.

    ``on_result`` is called once per finished example (for a progress bar).
    """
    results: list[ExampleResult] = []
    if jobs <= 1 or len(examples) < 2:
        evaluator = Evaluator(spec)
        for example in examples:
            results.append(evaluator.evaluate(example))
            if on_result is not None:
                on_result(results[-1])
        return results
    if spec.extractor != "rules":
        make_extractor(spec.extractor, spec.llm)  # fail fast here on a missing endpoint
    chunk = max(1, len(examples) // (jobs * 4))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(spec,)) as pool:
        for result in pool.map(_work, examples, chunksize=chunk):
            results.append(result)
            if on_result is not None:
                on_result(result)
    return results


def _updated(base: ExampleResult, **changes: Any) -> ExampleResult:
    """A validated copy of ``base`` with ``changes``."""
    return ExampleResult.model_validate({**base.model_dump(), **changes})


def regate(
    results: Sequence[ExampleResult], policy: Policy, calibrator: Calibrator | None
) -> list[ExampleResult]:
    """The same results under another calibration and policy, without re-extracting.

    Confidence and decision are recomputed from the stored raw confidence exactly as
    :func:`agent.submit.confidence_of` and :func:`agent.policy.gate` do.
    """
    out = []
    for r in results:
        if r.error is not None or r.pred_intent is None or r.action is None:
            out.append(r)
            continue
        intent, action = Intent(r.pred_intent), Action(r.action)
        value = r.raw_confidence
        if calibrator is not None:
            value = calibrator.calibrate(value, intent, action)
        confidence = round(max(0.0, min(1.0, value)), 4)
        decided = gate(
            policy,
            intent=intent,
            action=action,
            confidence=confidence,
            trusted=r.trusted,
            has_target=r.has_target,
        )
        out.append(
            r.model_copy(
                update={
                    "confidence": confidence,
                    "decision": decided.decision.value,
                    "decision_reason": decided.reason,
                }
            )
        )
    return out
