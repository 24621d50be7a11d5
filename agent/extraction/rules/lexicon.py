"""Date words in English, German, French, Spanish and Dutch, and the regex pieces built from them.

The extractor is keyed on these words, so they live in one place: a new language or spelling
is a line here, not a change in every parser.
"""

from __future__ import annotations

import re

from agent.extraction.rules.fastre import compile_literal_first, fold, folds_as_ignorecase

MONTHS: dict[str, int] = {}
_MONTH_WORDS: tuple[tuple[int, str], ...] = (
    (1, "january jan januar jänner janvier janv enero ene januari"),
    (2, "february feb februar février fevrier févr fevr febrero februari"),
    (3, "march mar märz maerz mär mars marzo maart mrt"),
    (4, "april apr avril avr abril abr"),
    (5, "may mai mayo mei"),
    (6, "june jun juni juin junio"),
    (7, "july jul juli juillet juil julio"),
    (8, "august aug août aout agosto ago augustus"),
    (9, "september sep sept septembre septiembre setiembre"),
    (10, "october oct oktober okt octobre octubre"),
    (11, "november nov novembre noviembre"),
    (12, "december dec dezember dez décembre decembre déc diciembre dic"),
)
for _number, _words in _MONTH_WORDS:
    for _word in _words.split():
        MONTHS[_word] = _number


def _slips(word: str) -> set[str]:
    """A long word typed in haste: one letter dropped or two swapped, never the first."""
    dropped = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    swapped = {
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(1, len(word) - 1)
        if word[i] != word[i + 1]
    }
    return dropped | swapped


# "shipping 18 Novmber", "Hamburg arrival Decmeber 28th", "Ocotber": the long month names
# with one slip of the keyboard (no such spelling is another word of these languages).
for _word, _number in list(MONTHS.items()):
    if len(_word) >= 7:
        for _slip in _slips(_word):
            MONTHS.setdefault(_slip, _number)

WEEKDAYS: dict[str, int] = {}
_WEEKDAY_WORDS: tuple[tuple[int, str], ...] = (
    (0, "monday montag lundi lunes maandag"),
    (1, "tuesday dienstag mardi martes dinsdag"),
    (2, "wednesday mittwoch mercredi miércoles miercoles woensdag wendsday wensday"),
    (3, "thursday donnerstag jeudi jueves donderdag thrusday"),
    (4, "friday freitag vendredi viernes vrijdag"),
    (5, "saturday samstag sonnabend samedi sábado sabado zaterdag"),
    (6, "sunday sonntag dimanche domingo zondag"),
)
for _number, _words in _WEEKDAY_WORDS:
    for _word in _words.split():
        WEEKDAYS[_word] = _number

WEEKDAY_ABBREVIATIONS = (
    "mon tue tues wed weds thu thur thurs fri sat sun mo di mi do fr sa so lu ma je ve"
)
# Abbreviations that stand for a weekday on their own when written with a capital ("Weds").
WEEKDAY_SHORT: dict[str, int] = {
    "Mon": 0,
    "Tue": 1,
    "Tues": 1,
    "Wed": 2,
    "Weds": 2,
    "Thu": 3,
    "Thur": 3,
    "Thurs": 3,
    "Fri": 4,
    "Sat": 5,
    "Sun": 6,
}
WEEKDAY_SHORT_FOLDED = {word.lower(): day for word, day in WEEKDAY_SHORT.items()}

# Words just before a date that put it in the past ("delivered on", "my email from", "since").
_PAST_BEFORE = (
    r"(?:\blast|letzten|vergangenen|since|seit|depuis|desde|sinds|afgelopen|vorige|"
    r"(?:e-?mail|mail|message|call|letter|note|request|bitte|anfrage|nachricht|demande|solicitud|verzoek)"
    r"\s+(?:from|of|on|vom|du|del|van)|missed\s+(?:your|my|our)\s+call|"
    # "the backorder cleared Monday", "I spoke too soon on Monday", "didn't make Friday's pickup"
    r"(?:cleared|failed|spoke(?:\s+too\s+soon)?|(?:didn'?t|did\s+not)\s+make)\s+(?:on\s+)?|"
    r"(?:mentioned|said|told|wrote|sent|gave|got|spoke|called|promised|received|sailed|shipped|"
    r"left|went|dispatched|despatched|arrived|delivered|loaded|departed|collected|picked\s+up|"
    r"broke|started|happened|geliefert|versandt|verschickt|geschickt|angekommen|"
    r"livré(?:e?s?)|expédié(?:e?s?)|arrivé(?:e?s?)|entregad[oa]s?|enviad[oa]s?|llegó|"
    r"geleverd|verzonden|verstuurd|aangekomen)(?:\s+(?:out|off|away|through|down))?\s+(?:(?:you|it|them|us)\s+)?"
    # a place or carrier between the verb and the day: "loaded at Montreal on", "collected by
    # DHL on"
    r"(?:(?:at|in|from|ex|aus|ab|à|de|desde|en|uit|vanuit|te)\s+[\w.-]+(?:\s+[\w.-]+)?\s+)?"
    r"(?:(?:by|via)\s+(?!(?:mon|tue|wed|thu|fri|sat|sun|the|end|mid|early|next|this|to|\d)\w*)"
    r"[\w.-]+(?:\s+[\w.-]+)?\s+)?"
    r"(?:on|last|am|le|el|op|the)?"
    r"(?:\s+the)?)\s*$"
)
PAST_BEFORE = compile_literal_first(_PAST_BEFORE, re.IGNORECASE)
# The same, lower case, matched on folded text (see ``fastre``).
_PAST_BEFORE_FOLDED = compile_literal_first(_PAST_BEFORE)
# An auxiliary before the verb makes it a future or a passive: "will be delivered on".
_NOT_PAST = re.compile(
    r"\b(?:be|being|will|to|être|sera\w*|seront|ser[áa]n?|werden|wird|worden|wordt|zal|zullen|"
    r"kan|can|shall|would|could|should|must|may|n't)\s+(?:not\s+|pas\s+|nicht\s+|niet\s+)?$",
    re.IGNORECASE,
)


def past_tense_before(text: str, start: int) -> bool:
    """Whether the words just before ``start`` put a date in the past ("delivered on", "since")."""
    if folds_as_ignorecase(text):
        m = _PAST_BEFORE_FOLDED.search(fold(text), max(0, start - 30), start)
    else:
        m = PAST_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    return _NOT_PAST.search(text, max(0, m.start() - 20), m.start()) is None


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex matching any of ``words``, longest first, factored as a trie.

    Python's ``re`` tries each branch of a flat alternation at every position; sharing
    prefixes (``j(?:an(?:uary|uar)?|...)``) makes the scan several times faster.
    """
    return _trie_regex(_trie(words))


def alternation_at_word_start(words: list[str] | tuple[str, ...]) -> str:
    """``alternation(words)`` not after a word character, the look-behind after each first letter.

    The same matches; each branch begins with a literal, so ``re`` skips ahead to the
    possible first letters (see ``fastre.not_after``).
    """
    branches = []
    for char, child in sorted(_trie(words).items(), key=lambda kv: kv[0]):
        first = re.escape(char)
        branches.append(f"{first}(?<!\\w{first}){_trie_regex(child)}")
    return "(?:" + "|".join(branches) + ")"


def _trie(words: list[str] | tuple[str, ...]) -> dict:  # type: ignore[type-arg]
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = trie
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _trie_regex(node: dict) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [
        re.escape(char) + _trie_regex(child)
        for char, child in sorted(node.items(), key=lambda kv: kv[0])
        if char != ""
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


MONTH_RE = f"(?:{alternation(list(MONTHS))})"
# A month word not after a word character.
MONTH_WORD_RE = alternation_at_word_start(list(MONTHS))
WEEKDAY_RE = f"(?:{alternation(list(WEEKDAYS))})"
# German and Dutch write a weekday and its part of the day as one word: "Montagvormittag",
# "Freitagnachmittag", "maandagvoormiddag" (Flemish), "dinsdagochtend", "woensdagavond".
DAY_PART_SUFFIX = alternation(
    [
        "vormittag",
        "nachmittag",
        "morgen",
        "abend",
        "mittag",
        "voormiddag",
        "namiddag",
        "ochtend",
        "middag",
        "avond",
    ]
)
WEEKDAY_ANY_RE = f"(?:{alternation([*WEEKDAYS, *WEEKDAY_ABBREVIATIONS.split()])})"

# Words that make a following weekday or week mean "of the next week".
NEXT_WORDS = (
    "next",
    "nächsten",
    "nächste",
    "nächster",
    "kommenden",
    "kommende",
    "prochain",
    "prochaine",
    "próximo",
    "proximo",
    "próxima",
    "proxima",
    "que viene",
    "volgende",
    "komende",
    "aanstaande",
)
THIS_WORDS = ("this", "coming", "diesen", "diese", "dieser", "ce", "cette", "este", "esta", "deze")

# Month-first numeric dates are written in these countries.
MONTH_FIRST_COUNTRIES = frozenset({"US", "CA", "PH"})

UNITS: dict[str, str] = {}
_UNIT_WORDS: tuple[tuple[str, str], ...] = (
    (
        "pcs",
        "pcs pc pce pces piece pieces units unit ea each stück stk stck pièces pièce "
        "unités unité piezas pieza unidades unidad uds ud stuks stuk",
    ),
    ("cartons", "cartons carton ctn ctns kartons karton cajas caja"),
    ("boxes", "boxes box dozijn dozen"),
    ("cases", "cases case"),
    ("pallets", "pallets pallet plt paletten palette palettes palés pallets"),
    ("sets", "sets set"),
    ("pairs", "pairs pair paar paires pares"),
    ("rolls", "rolls roll rollen rouleaux rollos"),
    ("kg", "kg kgs kilo kilos"),
    ("m", "meter meters metres mètres metros"),
    ("l", "liter liters litres litros"),
)
for _unit, _words in _UNIT_WORDS:
    for _word in _words.split():
        UNITS.setdefault(_word, _unit)

UNIT_RE = f"(?:{alternation(list(UNITS))})"
