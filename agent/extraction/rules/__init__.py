"""Deterministic extraction: regular expressions, cue words and a small learned intent model."""

from agent.extraction.rules.extractor import RulesExtractor

__all__ = ["RulesExtractor"]
