"""``cuesets.any_of``: one scan finds a match exactly where one of the patterns would."""

from __future__ import annotations

import re

import pytest

from agent.extraction.rules import roles
from agent.extraction.rules.cuesets import any_of
from agent.extraction.rules.fastre import compile_literal_first, fold

_TEXTS = [
    "we will not deliver on",
    "since the ",
    "due to the storm of ",
    "if you want them by ",
    "the spare part arrives ",
    "Hi Laura, quick update: delivery now ",
    "orders received after ",
    "we cancel line 3, rest ships on ",
    "",
]


def test_any_of_matches_where_one_pattern_matches() -> None:
    first = compile_literal_first(r"\bnot\s+$|since")
    second = compile_literal_first(r"arriv|\bdue\b")
    both = any_of(first, second)
    for text in _TEXTS:
        expected = first.search(text) is not None or second.search(text) is not None
        assert (both.search(text) is not None) == expected, text


def test_roles_cue_sets_agree_with_their_patterns() -> None:
    tail_patterns = (
        roles.NEGATED,
        roles.REPLY_BY,
        roles.COME_BACK,
        roles._UNTIL_NOW,
        roles._SINCE,
        roles._CAUSE,
        roles._ONLY_UNTIL,
        roles._SUPPLY_ARRIVES,
        roles._SUPPLIER_DOES,
        roles._TO_US,
    )
    sentence_patterns = (roles.CONDITIONAL, roles.ORDER_CUTOFF, roles.CANCELLED)
    for text in map(fold, _TEXTS):
        for combined, patterns in (
            (roles._TAIL_CUES, tail_patterns),
            (roles._SENTENCE_CUES, sentence_patterns),
        ):
            expected = any(p.search(text) for p in patterns)
            assert (combined.search(text) is not None) == expected, text


def test_any_of_refuses_groups_and_mixed_flags() -> None:
    with pytest.raises(ValueError):
        any_of(re.compile(r"(a)"), re.compile("b"))
    with pytest.raises(ValueError):
        any_of(re.compile("a", re.IGNORECASE), re.compile("b"))
