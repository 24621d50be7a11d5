r"""Keeping regular expressions fast in Python's ``re`` without changing what they match.

Two things make a scan of a whole email slow in ``re``: ``IGNORECASE``, and a pattern that
does not begin with a literal character. ``re`` skips ahead to the possible first characters
of a pattern in C and tries the whole pattern only there; a pattern that begins with a
look-behind (``(?<!\w)``) or with ``IGNORECASE`` letters is tried at every position.

- ``fold`` lower-cases text one character for one, so a case-sensitive lower-case pattern
  (``lower_case_only``) matched on the folded text stands in for an ``IGNORECASE`` one, with
  the same offsets. (``IGNORECASE`` also equates a few letters that lower-casing keeps apart,
  such as the long s ``ſ`` with ``s`` and the dotless ``ı`` with ``i``: those no longer match.)
- ``not_after`` writes ``(?<!X)(?:word|...)`` as ``w(?<!Xw)ord|...``: the same matches,
  but each branch begins with its literal first character.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache


def fold_text(text: str) -> str:
    """``text`` lower-cased with ``len(fold_text(text)) == len(text)``.

    ``str.lower`` turns a few characters into two (``İ``); those keep their first, which is
    the simple lower-case mapping ``re.IGNORECASE`` compares with.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower()[0] for char in text)


@lru_cache(maxsize=8)
def lower_same_length(text: str) -> str | None:
    """``text.lower()`` if it keeps the length of ``text``, else ``None``; cached like ``fold``."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


@lru_cache(maxsize=8)
def fold(text: str) -> str:
    """``fold_text`` cached for the few emails in hand: every parser of one email folds its text."""
    lowered = lower_same_length(text)
    return lowered if lowered is not None else fold_text(text)


@lru_cache(maxsize=8)
def folds_as_ignorecase(text: str) -> bool:
    """``ignorecase_as_folded(fold(text))``, cached like ``fold``."""
    return ignorecase_as_folded(fold(text))


def ignorecase_as_folded(folded: str) -> bool:
    """Whether a lower-case pattern on ``folded`` finds what it finds with ``IGNORECASE``.

    True unless the text holds one of the two letters ``IGNORECASE`` equates with a Latin
    letter that lower-casing keeps apart (the dotless ``ı`` and the long ``ſ``).
    """
    return "ı" not in folded and "ſ" not in folded


def by_identity(
    derive: Callable[[re.Pattern[str]], re.Pattern[str]],
) -> Callable[[re.Pattern[str]], re.Pattern[str]]:
    """``functools.cache`` keyed by the pattern object's identity.

    Hashing a compiled pattern hashes its whole compiled code (microseconds for a large
    one), on every call; the identity is free. The source pattern is kept in the cache, so
    its ``id`` is never reused.
    """
    derived: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}

    def cached(pattern: re.Pattern[str]) -> re.Pattern[str]:
        hit = derived.get(id(pattern))
        if hit is None:
            hit = derived[id(pattern)] = (pattern, derive(pattern))
        return hit[1]

    cached.__doc__ = derive.__doc__
    cached.__name__ = derive.__name__
    return cached


@by_identity
def lower_case_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """An ``IGNORECASE`` pattern written in lower case and compiled without the flag.

    On folded text it finds what ``pattern`` finds on the text (see
    ``ignorecase_as_folded``), and ``re`` can skip ahead to its literals.
    """
    if any(char.isupper() for char in re.findall(r"\\(.)", pattern.pattern)):
        raise ValueError(f"an upper-case escape changes when lowered: {pattern.pattern!r}")
    lowered = by_first_literal(literal_first(pattern.pattern.lower()))
    return re.compile(lowered, pattern.flags & ~re.IGNORECASE)


def search_folded(
    pattern: re.Pattern[str], text: str, pos: int, endpos: int
) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)`` for an ``IGNORECASE`` pattern.

    Searched by its lower-case twin on the folded text when that finds the same; the match's
    offsets are the text's, its groups lower case.
    """
    if folds_as_ignorecase(text):
        return lower_case_twin(pattern).search(fold(text), pos, endpos)
    return pattern.search(text, pos, endpos)


def lower_case_only(pattern: str) -> bool:
    """Whether ``pattern`` has no upper-case letter outside escapes and group syntax."""
    literal = re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", "", pattern)
    return literal == literal.lower()


def not_after(forbidden: str, branches: Iterable[str]) -> str:
    r"""``(?<!forbidden)(?:branch|...)`` with the look-behind moved after each first character.

    ``forbidden`` is one character class (``[\w/-]``); each branch must begin with a literal
    character (not an escape, class or group) and hold no top-level ``|``. After that
    character, the look-behind checks the two characters ending there: the one before the
    match, and the first character.
    Branches that share their first character share one look-behind, in their given order
    (branches with different first characters never match at the same place).
    """
    rests: dict[str, list[str]] = {}
    for branch in branches:
        first = branch[0]
        if first in "\\[(.^$|?*+{":
            raise ValueError(f"branch must begin with a literal character: {branch!r}")
        rests.setdefault(first, []).append(branch[1:])
    parts = []
    for first, rest in rests.items():
        escaped = re.escape(first)
        body = rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"
        parts.append(f"{escaped}(?<!{forbidden}{escaped}){body}")
    return "(?:" + "|".join(parts) + ")"


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth)`` of each ``(``, ``)`` and ``|`` outside classes and escapes.

    ``depth`` counts the groups open before the character.
    """
    depth = 0
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index += 1
            if pattern[index : index + 1] == "^":
                index += 1
            if pattern[index : index + 1] == "]":
                index += 1
            while index < len(pattern) and pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
        elif char in "()|":
            yield index, char, depth
            depth += {"(": 1, ")": -1, "|": 0}[char]
        index += 1


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split at ``|`` outside groups and classes)."""
    cuts = [index for index, char, depth in _structure(pattern) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise(bounds)]


def _group_end(pattern: str) -> int:
    """Index just after the group that opens ``pattern``."""
    for index, char, depth in _structure(pattern):
        if char == ")" and depth == 1:
            return index + 1
    raise ValueError(f"unbalanced group: {pattern!r}")


def literal_first(pattern: str) -> str:
    r"""``pattern`` rewritten so that each top-level alternative begins with a literal.

    A leading ``\bw`` (``w`` a letter) becomes ``w(?<!\ww)``; a leading non-capturing group
    of alternatives followed by ``rest`` becomes one alternative per group branch, in order,
    and an optional one (``(?:x)?rest``) also ``rest`` after them, as a greedy ``?`` tries.
    ``re`` tries alternatives left to right at each position, so the matches are the same.
    Patterns with capturing groups are returned unchanged.
    """
    if any(
        char == "("
        and (pattern[index + 1 : index + 2] != "?" or pattern[index + 1 : index + 3] == "?P")
        for index, char, _depth in _structure(pattern)
    ):
        return pattern
    out: list[str] = []
    for branch in branches(pattern):
        out.extend(_literal_first_branch(branch))
    return "|".join(out)


def _expand_group(lead: str, branch: str) -> list[str]:
    """``lead(?:x|y)rest`` as ``lead x rest``, ``lead y rest``, each made literal-first.

    An optional group (``(?:x)?rest``) also gives ``lead rest`` after them, as a greedy ``?``
    tries.
    """
    end = _group_end(branch)
    inner, rest = branch[3 : end - 1], branch[end:]
    optional = rest[:1] == "?" and rest[1:2] not in ("?", "+")
    if optional:
        rest = rest[1:]
    elif rest[:1] in ("*", "+", "{", "?"):
        return [lead + branch]
    expanded: list[str] = []
    for alternative in branches(inner):
        expanded.extend(_literal_first_branch(lead + alternative + rest))
    if optional:
        expanded.extend(_literal_first_branch(lead + rest))
    return expanded


def _literal_first_branch(branch: str) -> list[str]:
    if (
        branch.startswith("\\b")
        and branch[2:3].isalpha()
        and branch[3:4] not in ("?", "*", "+", "{")
    ):
        first = branch[2]
        return [f"{first}(?<!\\w{first}){branch[3:]}"]
    if branch.startswith("\\b(?<"):
        # zero-width assertions commute: ``\b(?<!x)rest`` is ``(?<!x)\brest``
        end = _group_end(branch[2:]) + 2
        return _literal_first_branch(branch[2:end] + "\\b" + branch[end:])
    if branch.startswith(("(?<!", "(?<=")):
        return _behind_after_first(branch)
    if branch.startswith("\\b(?:"):
        # A zero-width assertion distributes over the group: ``\b(?:x|y)rest`` is
        # ``\bxrest|\byrest``, each alternative tried in order as before.
        return _expand_group("\\b", branch[2:])
    if branch.startswith("(?:"):
        return _expand_group("", branch)
    return [branch]


def _behind_after_first(branch: str) -> list[str]:
    r"""``(?<!x)rest`` as ``c(?<!xc)...`` for each literal-first branch ``c...`` of ``rest``.

    The look-behind, tested after the first character ``c``, covers ``c`` too: it holds
    there exactly when ``(?<!x)`` holds before ``c`` (likewise ``(?<=x)``). Unchanged unless
    every branch of ``rest`` begins with a literal.
    """
    end = _group_end(branch)
    kind, body, rest = branch[:4], branch[4 : end - 1], branch[end:]
    if len(branches(body)) > 1:
        body = f"(?:{body})"
    out = []
    for alternative in _literal_first_branch(rest):
        token = _first_literal(alternative)
        if token is None:
            return [branch]
        out.append(f"{token}{kind}{body}{token}){alternative[len(token) :]}")
    return out


def _first_literal(branch: str) -> str | None:
    r"""The literal character token a branch begins with (``a``, ``\(``), if it does."""
    if branch[:1] == "\\":
        token = branch[:2] if branch[1:2] and not branch[1:2].isalnum() else ""
    else:
        token = branch[:1] if branch[:1] not in ("", *".^$|?*+{}[]()") else ""
    if not token or branch[len(token) : len(token) + 1] in ("?", "*", "+", "{"):
        return None
    return token


def by_first_literal(pattern: str) -> str:
    r"""``pattern``'s top-level alternatives grouped by the literal they begin with.

    ``ab|cd|ae`` becomes ``a(?:b|e)|cd``: ``re`` tries each alternative in turn at every
    position, so fewer alternatives are tried; alternatives with different first characters
    never match at the same place, and those in one group keep their order, so the matches
    are the same. Unchanged unless every alternative begins with a literal. Without
    capturing groups, each group is grouped again by the literal that follows (``_grouped``):
    ``a(?<!\wa)bc|a(?<!\wa)bd`` becomes ``a(?:b(?:c(?<!\wabc)|d(?<!\wabd)))``.
    """
    if _captures(pattern):
        return _grouped(branches(pattern), nested=False)
    flat = [flat for branch in branches(pattern) for flat in _flattened(branch)]
    if any(_first_literal(branch) is None for branch in flat):
        return pattern
    return _grouped(flat)


def _captures(pattern: str) -> bool:
    return any(
        char == "("
        and (pattern[index + 1 : index + 2] != "?" or pattern[index + 1 : index + 3] == "?P")
        for index, char, _depth in _structure(pattern)
    )


def _grouped(alternatives: list[str], *, nested: bool = True) -> str:
    """``alternatives`` joined with ``|``, grouped by first literal (and, nested, by the next).

    Nested, the alternatives of one group are grouped again by the literal that follows
    (a leading look-behind moved after it, as ``literal_first`` does): ``re`` rejects an
    alternative that begins with a literal by one comparison, but must try a look-behind
    or a longer prefix first otherwise, and the cue sets hold hundreds of alternatives
    sharing a first letter. A run of alternatives that cannot begin with a literal stays
    in place, so the order of the alternatives is kept. (Only without capturing groups:
    expanding ``(?:x|y)`` would copy a group in between.)
    """
    groups: dict[str, tuple[str, list[str]]] = {}
    for branch in alternatives:
        token = _first_literal(branch)
        if token is None:
            return "|".join(alternatives)
        # keyed by the character itself: ``\-`` and ``-`` are one group
        groups.setdefault(token[-1], (token, []))[1].append(branch[len(token) :])
    return "|".join(
        token
        + (
            rests[0]
            if len(rests) == 1
            else "(?:" + (_regrouped(rests) if nested else "|".join(rests)) + ")"
        )
        for token, rests in groups.values()
    )


def _regrouped(rests: list[str]) -> str:
    """``rests`` (alternatives after a shared literal) grouped again, run by run."""
    out: list[str] = []
    run: list[str] = []
    for rest in rests:
        led = _literal_first_branch(rest)
        if all(_first_literal(branch) is not None for branch in led):
            run.extend(led)
            continue
        if run:
            out.append(_grouped(run))
        out.append(rest)
        run = []
    if run:
        out.append(_grouped(run))
    return "|".join(out)


def _flattened(branch: str) -> list[str]:
    """``t(?:x|y)`` as ``tx``, ``ty`` (recursively), so that they can be grouped afresh."""
    token = _first_literal(branch)
    rest = branch[len(token) :] if token is not None else ""
    if token is None or not rest.startswith("(?:") or _group_end(rest) != len(rest):
        return [branch]
    return [token + flat for inner in branches(rest[3:-1]) for flat in _flattened(inner)]


def literal_run(branch: str) -> str:
    """The letters ``branch`` begins with, up to its first syntax or quantified letter."""
    run = 0
    while (
        run < len(branch)
        and branch[run].isalnum()
        and branch[run + 1 : run + 2]
        not in (
            "?",
            "*",
            "+",
            "{",
        )
    ):
        run += 1
    return branch[:run]


def literal_run_not_after(forbidden: str, branch: str) -> str:
    r"""``(?<!forbidden)branch`` with the look-behind after the literal letters it begins with.

    ``our\s+x`` becomes ``our(?<!\wour)\s+x``: ``re`` then looks for the word ``our`` in C
    before it tries the rest, where a one-letter prefix stops at every ``o``.
    """
    literal = literal_run(branch)
    if not literal:
        raise ValueError(f"branch must begin with a letter: {branch!r}")
    return f"{literal}(?<!{forbidden}{literal}){branch[len(literal) :]}"


# A pattern and the string each of its matches begins with ("" when there is none):
# ``str.find`` skips to that string several times faster than ``re``'s own scan.
Led = tuple[str, re.Pattern[str]]


def finditer_any(
    patterns: Sequence[Led], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``finditer`` of the alternation ``p1|p2|...`` of ``patterns``, from one scan of each.

    A pattern that begins with a literal string is found fast; an alternation of several
    such patterns begins with a character class, which ``re`` tests at every character more
    than ten times slower. The matches are the alternation's: the leftmost, the first
    pattern on a tie (as ``|`` tries its alternatives in order), the next search from the
    end of the last match. The patterns must not match the empty string.
    """
    end = len(text) if endpos is None else endpos
    found = [_search_led(led, text, pos, end) for led in patterns]
    while True:
        best: re.Match[str] | None = None
        for index, m in enumerate(found):
            if m is not None and m.start() < pos:
                m = found[index] = _search_led(patterns[index], text, pos, end)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()


def _search_led(led: Led, text: str, pos: int, end: int) -> re.Match[str] | None:
    """``pattern.search(text, pos, end)``, begun at the first place its lead occurs."""
    lead, pattern = led
    if lead:
        pos = text.find(lead, pos, end)
        if pos < 0:
            return None
    return pattern.search(text, pos, end)


@by_identity
def _after_newline(pattern: re.Pattern[str]) -> re.Pattern[str]:
    body = pattern.pattern[1:]
    if (
        not pattern.pattern.startswith("^")
        or not pattern.flags & re.MULTILINE
        or len(branches(body)) != 1
    ):
        raise ValueError(f"not a MULTILINE pattern anchored at its start: {pattern.pattern!r}")
    return re.compile("\n(?:" + body + ")", pattern.flags)


def line_spans(pattern: re.Pattern[str], text: str, pos: int = 0) -> Iterator[tuple[int, int]]:
    """``m.span()`` of each match of ``pattern.finditer(text, pos)``, found from the newlines.

    ``pattern`` is ``^X`` with ``re.MULTILINE``, which ``re`` tries at every position; here
    ``re`` skips ahead to each newline in C and tries ``X`` after it (and at the start of the
    text). ``X`` must not match the empty string.
    """
    if pos == 0:
        first = pattern.match(text)
        if first is not None:
            yield first.span()
            pos = first.end()
    after_newline = _after_newline(pattern)
    while (m := after_newline.search(text, max(pos - 1, 0))) is not None:
        yield m.start() + 1, m.end()
        pos = m.end()


# Each pattern ``compile_literal_first`` rewrote, with its source: the tests check that both
# find the same matches.
REWRITTEN: dict[str, tuple[str, int]] = {}


def compile_literal_first(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(literal_first(pattern), flags)``, recorded in ``REWRITTEN``.

    Without ``IGNORECASE`` the alternatives are also grouped by ``by_first_literal``.
    """
    rewritten = literal_first(pattern)
    if not flags & re.IGNORECASE:
        rewritten = by_first_literal(rewritten)
    REWRITTEN[rewritten] = (pattern, flags)
    return re.compile(rewritten, flags)
