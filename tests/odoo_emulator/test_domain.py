"""Domain evaluation: operators, prefix notation, dotted paths."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.odoo.emulator.domain import DomainError, matches, normalize

RECORD: dict[str, list[Any]] = {
    "name": ["P00008"],
    "state": ["purchase"],
    "amount": [7435.33],
    "partner_id": [9],
    "partner_id.email": ["wood.corner26@example.com"],
    "order_line": [17, 18],
    "origin": [False],
    "tag_ids": [],
    "parent_id": [3],
}


def get(path: str) -> list[Any]:
    """Return the values of ``path`` on the sample record."""
    return RECORD[path]


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ([], True),
        ([("state", "=", "purchase")], True),
        ([("state", "!=", "purchase")], False),
        ([("amount", ">", 7000)], True),
        ([("amount", "<=", 7000)], False),
        ([("amount", ">=", 7435.33), ("amount", "<", 7435.34)], True),
        ([("state", "in", ["draft", "purchase"])], True),
        ([("state", "not in", ["draft", "purchase"])], False),
        ([("name", "like", "P000")], True),
        ([("name", "like", "p000")], False),
        ([("name", "ilike", "p000")], True),
        ([("name", "not ilike", "p000")], False),
        ([("name", "=like", "P%8")], True),
        ([("name", "=ilike", "p____8")], True),
        ([("name", "=like", "P%9")], False),
        ([("partner_id.email", "ilike", "wood")], True),
        ([("order_line", "=", 18)], True),
        ([("order_line", "in", [99])], False),
        ([("origin", "=", False)], True),
        ([("origin", "!=", False)], False),
        ([("tag_ids", "=", False)], True),
        ([("origin", "in", [False, "x"])], True),
        (["|", ("state", "=", "draft"), ("state", "=", "purchase")], True),
        (["&", ("state", "=", "draft"), ("state", "=", "purchase")], False),
        (["!", ("state", "=", "draft")], True),
        (["|", "!", ("state", "=", "purchase"), ("amount", "<", 0)], False),
        ([(1, "=", 1)], True),
        ([(0, "=", 1)], False),
        ([("parent_id", "child_of", 1)], True),
        ([("parent_id", "child_of", [7])], False),
        ([("origin", "=?", False)], True),
    ],
)
def test_operators(domain: list[Any], expected: bool) -> None:
    """Operators."""
    parents = {3: 1, 1: False}
    assert matches(domain, get, lambda i: parents.get(i, False)) is expected


def test_normalize_makes_implicit_and_explicit() -> None:
    """Normalize makes implicit and explicit."""
    assert normalize([("a", "=", 1), ("b", "=", 2), ("c", "=", 3)]) == [
        "&",
        "&",
        ("a", "=", 1),
        ("b", "=", 2),
        ("c", "=", 3),
    ]
    assert normalize(["|", ("a", "=", 1), ("b", "=", 2), ("c", "=", 3)]) == [
        "&",
        "|",
        ("a", "=", 1),
        ("b", "=", 2),
        ("c", "=", 3),
    ]


@pytest.mark.parametrize("domain", [["|", ("a", "=", 1)], ["bad"], [("a", "~", 1)]])
def test_malformed_domains_raise(domain: list[Any]) -> None:
    """Malformed domains raise."""
    with pytest.raises(DomainError):
        matches(domain, lambda path: [1])


values = st.integers(min_value=-5, max_value=5)
leaves = st.tuples(st.just("x"), st.sampled_from(["=", "!=", "<", "<=", ">", ">="]), values)


@given(x=values, leaf=leaves)
def test_negation_is_the_complement(x: int, leaf: tuple[str, str, int]) -> None:
    """``!`` of a leaf is its complement on a single-valued field."""

    def getter(path: str) -> list[Any]:
        return [x]

    assert matches(["!", leaf], getter) is not matches([leaf], getter)


@given(x=values, a=leaves, b=leaves)
def test_de_morgan(x: int, a: tuple[str, str, int], b: tuple[str, str, int]) -> None:
    """Not (a or b) == (not a) and (not b); implicit AND equals explicit ``&``."""

    def getter(path: str) -> list[Any]:
        return [x]

    assert matches(["!", "|", a, b], getter) == matches(["&", "!", a, "!", b], getter)
    assert matches([a, b], getter) == matches(["&", a, b], getter)


@given(x=values, wanted=st.lists(values, max_size=4))
def test_in_and_not_in(x: int, wanted: list[int]) -> None:
    """In and not in."""

    def getter(path: str) -> list[Any]:
        return [x]

    assert matches([("x", "in", wanted)], getter) is (x in wanted)
    assert matches([("x", "not in", wanted)], getter) is (x not in wanted)
