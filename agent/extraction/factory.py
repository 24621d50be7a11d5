"""Choose the extractor from settings: rules, the language model, or both (hybrid)."""

from __future__ import annotations

from typing import Literal

from agent.config import Settings
from agent.errors import ConfigError
from agent.extraction.base import Extractor

ExtractorKind = Literal["auto", "rules", "llm", "hybrid"]


def build_extractor(settings: Settings, kind: ExtractorKind = "auto") -> Extractor:
    """The extractor of ``kind``; ``auto`` is hybrid when an endpoint is configured.

    ``llm`` and ``hybrid`` need ``TRIAGE_LLM_BASE_URL`` (or an API key for OpenAI itself);
    ``auto`` with ``TRIAGE_LLM_MODE=off`` or without an endpoint is the rules alone.
    """
    from agent.extraction.rules.extractor import RulesExtractor

    llm_settings = settings.llm
    if kind == "auto":
        kind = "hybrid" if llm_settings.configured and llm_settings.mode != "off" else "rules"
    if kind == "rules":
        return RulesExtractor()
    if not llm_settings.configured:
        raise ConfigError(
            f"--extractor {kind} needs a model endpoint: set TRIAGE_LLM_BASE_URL "
            "(and TRIAGE_LLM_API_KEY, TRIAGE_LLM_MODEL) or use --extractor rules"
        )
    from agent.extraction.hybrid import HybridExtractor
    from agent.extraction.llm import LLMExtractor

    llm = LLMExtractor(llm_settings)
    if kind == "llm":
        return llm
    return HybridExtractor(
        RulesExtractor(),
        llm,
        "always" if llm_settings.mode == "always" else "hybrid",
        min_rules_confidence=llm_settings.min_rules_confidence,
    )
