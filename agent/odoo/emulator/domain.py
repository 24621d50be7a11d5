"""Odoo domain evaluation over plain Python values.

A domain is a list in Polish (prefix) notation: leaves ``[path, operator, value]`` combined
with ``"&"``, ``"|"`` and ``"!"``; leaves side by side are implicitly AND-ed. This module
only knows the syntax and the operators: the caller passes a ``getter`` that returns, for
one record, every value a (possibly dotted) path reaches, so that ``partner_id.email`` and
one2many fields get Odoo's "any of them matches" meaning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

Getter = Callable[[str], list[Any]]
Parents = Callable[[int], int | bool]

OPERATORS = frozenset(
    {
        "=",
        "!=",
        "<>",
        "<",
        "<=",
        ">",
        ">=",
        "in",
        "not in",
        "like",
        "not like",
        "ilike",
        "not ilike",
        "=like",
        "=ilike",
        "child_of",
        "parent_of",
        "=?",
    }
)
_NEGATIVE = {"!=": "=", "<>": "=", "not in": "in", "not like": "like", "not ilike": "ilike"}
TRUE_LEAF = (1, "=", 1)
FALSE_LEAF = (0, "=", 1)


class DomainError(ValueError):
    """The domain is not well-formed (unknown operator, missing operands)."""


def is_leaf(item: Any) -> bool:
    """Whether ``item`` is a ``(path, operator, value)`` leaf rather than an operator."""
    return isinstance(item, list | tuple) and len(item) == 3


def normalize(domain: Sequence[Any]) -> list[Any]:
    """Make the implicit ANDs explicit, so that the result is pure prefix notation.

    Raises:
        DomainError: on an unknown item or a dangling operator.

    """
    result: list[Any] = []
    expected = 1
    for item in domain:
        if expected == 0:
            result.insert(0, "&")
            expected = 1
        if item in ("&", "|"):
            expected += 1
        elif item == "!":
            pass
        elif is_leaf(item):
            expected -= 1
        else:
            raise DomainError(f"Invalid domain term {item!r}")
        result.append(tuple(item) if is_leaf(item) else item)
    if result and expected != 0:
        raise DomainError(f"Invalid domain {list(domain)!r}: missing operands")
    return result


def leaves(domain: Sequence[Any]) -> list[tuple[Any, str, Any]]:
    """Every leaf of a domain, in order (for validation by the caller)."""
    return [(item[0], item[1], item[2]) for item in domain if is_leaf(item)]


def matches(domain: Sequence[Any], getter: Getter, parents: Parents | None = None) -> bool:
    """Evaluate ``domain`` for one record.

    Args:
        domain: The domain (implicit ANDs allowed).
        getter: Returns every value a path reaches on the record. An empty many2one is
            ``[False]``; an empty one2many/many2many is ``[]``.
        parents: For ``child_of``/``parent_of``: returns the ``parent_id`` of a record of
            the same model (False at the top).

    Returns:
        True when the record satisfies the domain.

    """
    items = normalize(domain)
    if not items:
        return True
    result, rest = _evaluate(items, 0, getter, parents)
    while rest < len(items):  # normalize guarantees one tree; be tolerant anyway
        more, rest = _evaluate(items, rest, getter, parents)
        result = result and more
    return result


def _evaluate(
    items: list[Any], pos: int, getter: Getter, parents: Parents | None
) -> tuple[bool, int]:
    item = items[pos]
    if item == "!":
        value, nxt = _evaluate(items, pos + 1, getter, parents)
        return not value, nxt
    if item in ("&", "|"):
        left, nxt = _evaluate(items, pos + 1, getter, parents)
        right, nxt = _evaluate(items, nxt, getter, parents)
        return (left and right) if item == "&" else (left or right), nxt
    return evaluate_leaf(item, getter, parents), pos + 1


def evaluate_leaf(
    leaf: tuple[Any, str, Any], getter: Getter, parents: Parents | None = None
) -> bool:
    """Evaluate one ``(path, operator, value)`` leaf."""
    path, operator, value = leaf
    if leaf == TRUE_LEAF:
        return True
    if leaf == FALSE_LEAF:
        return False
    operator = operator.lower()
    if operator not in OPERATORS:
        raise DomainError(f"Invalid operator {operator!r} in leaf {leaf!r}")
    if operator == "=?":
        if value is None or value is False:
            return True
        operator = "="
    values = getter(path)
    if operator in _NEGATIVE:
        return not _any_match(values, _NEGATIVE[operator], value, parents)
    return _any_match(values, operator, value, parents)


def _any_match(values: list[Any], operator: str, operand: Any, parents: Parents | None) -> bool:
    if operator in ("child_of", "parent_of"):
        return _hierarchy(values, operator, operand, parents)
    if operator == "=" and operand is False:
        return not values or any(v is False or v is None for v in values)
    if operator == "in":
        wanted = list(operand) if isinstance(operand, list | tuple | set) else [operand]
        if False in wanted and (not values or False in values):
            return True
        return any(v in wanted for v in values if v is not False)
    return any(_compare(v, operator, operand) for v in values)


def _compare(value: Any, operator: str, operand: Any) -> bool:
    if value is False or value is None:
        return False
    if operator == "=":
        return bool(value == operand)
    if operator in ("like", "ilike", "=like", "=ilike"):
        return _like(str(value), operator, str(operand))
    try:
        if operator == "<":
            return bool(value < operand)
        if operator == "<=":
            return bool(value <= operand)
        if operator == ">":
            return bool(value > operand)
        if operator == ">=":
            return bool(value >= operand)
    except TypeError:
        return False
    raise DomainError(f"Unsupported operator {operator!r}")


def _like(value: str, operator: str, pattern: str) -> bool:
    flags = re.IGNORECASE if operator in ("ilike", "=ilike") else 0
    if operator in ("like", "ilike"):
        return (pattern.lower() if flags else pattern) in (value.lower() if flags else value)
    regex = "".join(".*" if ch == "%" else "." if ch == "_" else re.escape(ch) for ch in pattern)
    return re.fullmatch(regex, value, flags | re.DOTALL) is not None


def _hierarchy(values: list[Any], operator: str, operand: Any, parents: Parents | None) -> bool:
    wanted = set(operand) if isinstance(operand, list | tuple | set) else {operand}
    for value in values:
        if value is False or not isinstance(value, int):
            continue
        if operator == "child_of":
            node: int | bool = value
            seen: set[int] = set()
            while isinstance(node, int) and node not in seen:
                if node in wanted:
                    return True
                seen.add(node)
                node = parents(node) if parents else False
        else:
            for target in wanted:
                node = target
                seen = set()
                while isinstance(node, int) and node not in seen:
                    if node == value:
                        return True
                    seen.add(node)
                    node = parents(node) if parents else False
    return False
