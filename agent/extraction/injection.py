"""Deterministic detection of text that tries to instruct a model or the service.

Email text is data. It is passed to the model inside delimiters and nothing in it can change
policy, but an email that tries is worth a planner's eye: such emails are flagged
``prompt_injection`` whichever extractor read them.
"""

from __future__ import annotations

import re

INJECTION_FLAG = "prompt_injection"

_F = re.IGNORECASE
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "override_instructions",
        re.compile(
            r"\b(?:ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}"
            r"\b(?:instructions?|prompts?|rules?|guidelines?|directives?|system)\b",
            _F,
        ),
    ),
    (
        "override_instructions",
        re.compile(
            r"\b(?:ignoriere|vergiss)\b[^.\n]{0,40}\b(?:anweisungen|regeln|instruktionen)\b"
            r"|\bignor(?:ez|e|es)\b[^.\n]{0,40}\b(?:instructions|consignes|règles)\b"
            r"|\bignora\b[^.\n]{0,40}\b(?:instrucciones|reglas)\b"
            r"|\bnegeer\b[^.\n]{0,40}\b(?:instructies|regels)\b",
            _F,
        ),
    ),
    (
        "role_play",
        re.compile(
            r"\byou are (?:now|no longer)\b|\bact as (?:an?|the) (?:admin|administrator|system)"
            r"|\bnew (?:system )?instructions?\s*:|\bdeveloper mode\b|\bjailbreak",
            _F,
        ),
    ),
    (
        "addressed_to_ai",
        re.compile(
            r"\b(?:dear|note (?:to|for)|message (?:to|for)|hinweis an|instruction pour|"
            r"instructie voor|nota para|if you are)\b[^.\n]{0,30}"
            r"\b(?:AI|KI|IA|LLM|bots?|(?:language )?model|assistan[tc]e?|assistent|"
            r"automat\w*\s+(?:systems?|triage)|triage system)\b"
            r"|\b(?:AI|KI|IA) (?:agent|assistant|system|assistent)\s*:",
            _F,
        ),
    ),
    (
        "chat_markup",
        re.compile(
            r"<\|(?:im_start|im_end|system|endoftext)\|>|\[/?INST\]|<</?SYS>>|"
            r"^\s*(?:system|assistant)\s*:|</?email_data>|###\s*(?:system|instruction)|"
            r"<!--\s*(?:system|assistant|ai|instruction)\b",
            _F | re.M,
        ),
    ),
    (
        "approval",
        re.compile(
            r"\b(?:mark|set|flag|treat|consider)\b[^.\n]{0,40}\b(?:as\s+)?(?:approved|"
            r"accepted|verified|trusted|done|auto[- ]?approved?)\b"
            r"|\bauto[- ]?approve\b|\bapprove (?:this|it|the (?:change|order|request))"
            r"|\bskip (?:the )?(?:review|approval|gate)\b|\bno (?:human )?review (?:is )?needed\b",
            _F,
        ),
    ),
    (
        "policy_change",
        re.compile(
            r"\b(?:change|set|lower|raise|increase|decrease|update)\b[^.\n]{0,40}"
            r"\b(?:thresholds?|confidence|policy|limits?|risk level|priority)\b[^.\n]{0,30}"
            r"\b(?:to|=)\b",
            _F,
        ),
    ),
    (
        "assignment",
        re.compile(
            r"\b(?:assign|reassign|forward|escalate|route)\b[^.\n]{0,30}\b(?:this|it|the "
            r"(?:task|activity|ticket|recommendation))\b[^.\n]{0,20}\bto\b"
            r"|\bassign(?:ed)? to (?:user|login|admin)\b",
            _F,
        ),
    ),
    (
        "prompt_leak",
        re.compile(
            r"\b(?:reveal|print|show|repeat|output|display|tell me|send me)\b[^.\n]{0,30}"
            r"\b(?:your|the)\s+(?:full\s+)?(?:system\s+)?"
            r"(?:prompt|instructions|configuration|api key|secrets?)\b",
            _F,
        ),
    ),
    (
        "tool_call",
        re.compile(
            r"\b(?:call|invoke|run|execute|use)\b[^.\n]{0,20}\b(?:the\s+)?(?:tool|function)"
            r"\b|\bcall\s+[a-z]+_[a-z_]+\s+with\b|\b(?:propose_recommendation|draft_recommendation|"
            r"set_line_dates|create_activit(?:y|ies)|"
            r"post_note|find_orders\w*)\s*\(",
            _F,
        ),
    ),
)


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def injection_spans(text: str) -> list[tuple[int, int]]:
    """The sentences (or lines) that hold instruction-like text, as ``[start, end)`` intervals.

    Values found inside them are not facts the vendor states but words aimed at a model, so
    grounding drops them.
    """
    spans: list[tuple[int, int]] = []
    for _, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            before = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
            start = before[-1] if before else 0
            after = _SENTENCE_END.search(text, m.end())
            spans.append((start, after.end() if after else len(text)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` touches any of ``spans``."""
    return any(s < end and start < e for s, e in spans)


def detect_injection(text: str) -> list[str]:
    """The kinds of instruction-like text found, in pattern order, without repeats."""
    return list(dict.fromkeys(kind for kind, pattern in _PATTERNS if pattern.search(text)))


def injection_flags(text: str) -> list[str]:
    """``["prompt_injection", "injection:<kind>", ...]`` or ``[]`` for ordinary text."""
    kinds = detect_injection(text)
    return [INJECTION_FLAG, *(f"injection:{kind}" for kind in kinds)] if kinds else []
