"""Features of the intent classifier: words a buyer reads, cues in context, a few shapes.

One pass over the accent-folded, lower-cased words of an email gives

- word unigrams and bigrams (numbers and codes reduced to their shape: ``<n>``, ``<code>``,
  ``<trk>`` for a long alphanumeric such as a tracking number);
- cue counts per intent from a five-language stem lexicon (``intent_lexicon``), each
  counted as plain, negated ("no delay", "not yet shipped") or conditional ("if you want to
  cancel"), from the few words before it in the same sentence;
- cue counts, the same way, of groups that are no intent but tell intents apart: a pull-in
  ("bring forward", "vorziehen"), a shipment that completes the order ("in full", "nothing
  held back"), money ("balance payment": then "balance" is no partial-shipment cue), a
  choice put to the buyer ("would you prefer"), a message to all customers;
- structural counts: a tracking-like code, a percentage, a currency amount, a quantity
  next to a "remaining / balance / backorder" cue, question marks;
- the dates (``intent_dates``): linked or labelled date pairs (and acknowledgement tables)
  that move earlier or later or keep the date, and dates a "still / bleibt" says hold.

Words are cached per process (word to shape and cue ids), so an email costs one dict lookup
per word once the common words have been seen.
"""

from __future__ import annotations

import math
import re
import unicodedata

from agent.classifiers.intent_dates import date_cues
from agent.classifiers.intent_lexicon import (
    CONDITIONALS,
    CUE_GROUPS,
    NEGATIONS,
    PHRASES,
    STEMS,
)

MAX_CHARS = 1500
_MAX_CACHE = 50_000
_WORD = re.compile(r"[a-z0-9]+|[?%€$£.,!;:\n]")
_BOUNDARY = frozenset(".,!;:\n?")
_NUMBERS = frozenset({"<n>", "<nnn>"})
_CURRENCY = frozenset({"€", "$", "£", "eur", "usd", "gbp", "chf"})
# The shapes ``_structure`` counts anything for.
_STRUCTURAL = frozenset({"<trk>", "%", *_NUMBERS, *_CURRENCY})
_STRUCT = ("tracking_code", "percent", "currency_amount", "partial_quantity", "question_mark")
_DIRECTIONS = ("earlier", "later", "same", "holds")
DENSE_NAMES: tuple[str, ...] = (
    tuple(f"cue:{group}:{mode}" for group in CUE_GROUPS for mode in ("plain", "neg", "cond"))
    + tuple(f"struct:{name}" for name in _STRUCT)
    + tuple(f"dir:{name}" for name in _DIRECTIONS)
)
_N_CUES = 3 * len(CUE_GROUPS)
_STRUCT_AT = {name: _N_CUES + i for i, name in enumerate(_STRUCT)}
_DIR_AT = _N_CUES + len(_STRUCT)
_QUESTION_AT = _STRUCT_AT["question_mark"]
_PARTIAL = CUE_GROUPS.index("partial_shipment")
_PAYMENT = CUE_GROUPS.index("payment")
_DELAY = CUE_GROUPS.index("delay")
_EARLIER = CUE_GROUPS.index("earlier")
_MONEY_HEADS = frozenset({"balance", "solde", "saldo"})
_MONEY_NEXT = frozenset({"due", "amount", "invoice", "owed", "du", "pendiente"})


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {0xDF: "ss", 0xE6: "ae", 0x153: "oe", 0xF8: "o", 0x2019: "'"}
    for code in range(0xC0, 0x250):
        if code in table:
            continue
        base = unicodedata.normalize("NFKD", chr(code).lower())[:1]
        if base.isascii() and base.isalpha():
            table[code] = base
    return table


_FOLD = _fold_table()
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_STEM_LENGTHS = sorted({len(s) for s in STEMS})
# First words of the phrases: only after one of them can a bigram be a phrase cue.
_PHRASE_HEADS = frozenset(phrase.split(" ")[0] for phrase in PHRASES)
_WORD_CACHE: dict[str, tuple[str, tuple[int, ...]]] = {}
_TOKEN_CACHE: dict[str, list[str]] = {}


def fold(text: str) -> str:
    """Lower case without accents: "Verzögerung" -> "verzogerung", "ß" -> "ss".

    The table maps only non-ASCII characters, so an ASCII text is left as it is and only the
    runs of non-ASCII characters are translated: ``str.translate`` with a dict looks up (and
    raises a ``KeyError`` for) every character, the slowest step of an email's features.
    """
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return _NON_ASCII.sub(_fold_run, lowered)


def _fold_run(match: re.Match[str]) -> str:
    return match[0].translate(_FOLD)


def tokens(folded: str) -> list[str]:
    """``_WORD.findall(folded)``, from a cache of each space-separated word's tokens.

    A token holds no white space, and the only white space that is a token is the newline,
    so the tokens of the text are those of its lines' words in order, a newline between
    lines. A dictionary look-up per word is cheaper than the pattern at every character.
    """
    found: list[str] = []
    cached = _TOKEN_CACHE.get
    for number, line in enumerate(folded.split("\n")):
        if number:
            found.append("\n")
        for word in line.split():
            parts = cached(word)
            if parts is None:
                parts = _WORD.findall(word)
                if len(_TOKEN_CACHE) >= _MAX_CACHE:
                    _TOKEN_CACHE.clear()
                _TOKEN_CACHE[word] = parts
            found += parts
    return found


def _shape(word: str) -> str:
    if word.isalpha() or not word.isalnum():
        return word
    if word.isdigit():
        return "<n>" if len(word) <= 4 else "<nnn>"
    return "<trk>" if len(word) >= 10 else "<code>"


def _word_info(word: str) -> tuple[str, tuple[int, ...]]:
    info = _WORD_CACHE.get(word)
    if info is None:
        found: set[int] = set()
        for n in _STEM_LENGTHS:
            if n > len(word):
                break
            found.update(STEMS.get(word[:n], ()))
        info = (_shape(word), tuple(sorted(found)))
        if len(_WORD_CACHE) >= _MAX_CACHE:
            _WORD_CACHE.clear()
        _WORD_CACHE[word] = info
    return info


def _mode(words: list[str], index: int) -> int:
    """0 plain, 1 negated (a negation within 3 words), 2 conditional (within 6 words)."""
    for back in range(1, 7):
        at = index - back
        if at < 0 or words[at] in _BOUNDARY:
            return 0
        if back <= 3 and words[at] in NEGATIONS:
            return 1
        if words[at] in CONDITIONALS:
            return 2
    return 0


def features(doc: str) -> tuple[dict[str, int], list[float]]:
    """Sparse word-gram counts and the dense cue/structure vector (``DENSE_NAMES`` order)."""
    return folded_features(fold(doc[:MAX_CHARS]))


def folded_features(folded: str, bigrams: bool = True) -> tuple[dict[str, int], list[float]]:
    """``features`` of an already folded document (``fold(doc[:MAX_CHARS])``).

    The scorer folds once and shares the text with the character block; without
    ``bigrams`` the bigram counts are left out (phrase cues are still counted), which is
    what a model without bigram features reads, at less cost.
    """
    words = tokens(folded)
    grams: dict[str, int] = {}
    dense = [0.0] * len(DENSE_NAMES)
    shapes: list[str] = []
    numbers: list[int] = []
    partial: list[int] = []
    previous = ""
    cached = _WORD_CACHE.get
    for index, word in enumerate(words):
        shape, cues = cached(word) or _word_info(word)
        shapes.append(shape)
        if shape in _BOUNDARY:
            previous = ""
            if shape == "?":
                dense[_QUESTION_AT] += 1
            continue
        grams[shape] = grams.get(shape, 0) + 1
        if cues:  # a word without cues has none to count or to drop
            if word in _MONEY_HEADS and _is_money(words, index + 1):
                cues = tuple(cue for cue in cues if cue != _PARTIAL)
            for cue in cues:
                dense[3 * cue + _mode(words, index)] += 1
        if previous and (bigrams or previous in _PHRASE_HEADS):
            bigram = previous + " " + shape
            if bigrams:
                grams[bigram] = grams.get(bigram, 0) + 1
            phrases = PHRASES.get(bigram)
            if phrases:
                for cue in phrases:
                    dense[3 * cue + _mode(words, index - 1)] += 1
                    cues = (*cues, cue)
        previous = shape
        if cues and _PARTIAL in cues:
            partial.append(index)
        if shape in _STRUCTURAL:
            _structure(dense, shape, shapes, numbers, index)
    _finish(dense, folded, partial, numbers)
    return grams, dense


def _finish(dense: list[float], folded: str, partial: list[int], numbers: list[int]) -> None:
    """The partial quantity and date directions into ``dense``, then every count as log1p."""
    if partial and numbers and any(abs(p - n) <= 4 for p in partial for n in numbers):
        dense[_STRUCT_AT["partial_quantity"]] = 1.0
    earlier, later, same, holds = date_cues(folded)
    dense[_DIR_AT : _DIR_AT + 4] = earlier, later, same, holds
    if earlier > later:  # the "instead of" of a pull-in is no delay cue
        dense[3 * _DELAY] = max(0.0, dense[3 * _DELAY] - earlier)
        dense[3 * _EARLIER] += earlier
    for i, value in enumerate(dense):
        if value:
            dense[i] = math.log1p(min(value, 5.0))


def _is_money(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` makes a preceding "balance" money, not goods."""
    if index >= len(words):
        return False
    word = words[index]
    return word in _MONEY_NEXT or _PAYMENT in _word_info(word)[1]


def _structure(
    dense: list[float], shape: str, shapes: list[str], numbers: list[int], index: int
) -> None:
    if shape == "<trk>":
        dense[_STRUCT_AT["tracking_code"]] += 1
    elif shape == "%":
        dense[_STRUCT_AT["percent"]] += 1
    elif shape in _NUMBERS:
        numbers.append(index)
        if index and shapes[index - 1] in _CURRENCY:
            dense[_STRUCT_AT["currency_amount"]] += 1
    elif shape in _CURRENCY and index and shapes[index - 1] in _NUMBERS:
        dense[_STRUCT_AT["currency_amount"]] += 1
