"""Carrier names as a supplier writes them, for the carrier of a tracking number.

A planner calls the carrier the vendor named, so the name is kept as written ("Estes Express
Lines", "Kühne + Nagel", "DHL Freight"), longest form first: "DHL Freight" is a different
network from "DHL Express", and "UPS Freight" from parcel UPS. Names that are also ordinary
words ("ONE", "MSC", "HMM", "DX") count only in capitals and only as the carrier of a number
found otherwise, never as what marks a number.
"""

from __future__ import annotations

import re

from agent.extraction.rules.fastre import branches, literal_first

# Longer forms of a name come before the shorter one inside each alternative.
KNOWN: tuple[str, ...] = (
    r"DHL(?:\s+Express(?:\s+Worldwide)?|\s+Freight|\s+Global\s+Forwarding|\s+Parcel)?",
    r"UPS(?:\s+Freight(?:\s+\(TForce\))?)?",
    r"TForce(?:\s+Freight)?",
    r"Fed\s?Ex(?:\s+Freight)?",
    r"DPD(?:\s+UK)?",
    r"GLS",
    r"TNT",
    r"Post\s?NL(?:\s+Pallet)?",
    r"(?:DB\s+)?Schenker",
    r"K(?:uehne|ühne)\s*\+\s*Nagel|K\+N|Kühne\s+Spedition",
    r"Maersk",
    r"CMA\s+CGM",
    r"Hapag[-\s]Lloyd",
    r"COSCO",
    r"Evergreen\s+Line",
    r"OOCL",
    r"Geodis(?:\s+Calberson)?",
    r"Dachser",
    r"Planzer",
    r"Pallet(?:ways|force|line)|Pall-Ex",
    r"XPO(?:\s+Logistics)?",
    r"Estes(?:\s+Express(?:\s+Lines)?)?",
    r"Old\s+Dominion(?:\s+Freight\s+Line)?|ODFL",
    r"Saia(?:\s+LTL(?:\s+Freight)?)?",
    r"R\+L\s+Carriers",
    r"YRC(?:\s+Freight)?",
    r"ABF(?:\s+Freight)?",
    r"Day\s*&\s*Ross",
    r"Central\s+Freight(?:\s+Lines)?",
    r"Purolator(?-i:\s+Freight)?",
    r"Schneider",
    r"Hellmann(?:\s+Worldwide\s+Logistics)?",
    r"Gebr(?:üder|\.)\s+Weiss",
    r"DSV(?:\s+Road)?",
    r"Raben(?:\s+Logistics)?",
    r"SEUR(?:\s+Cargo)?",
    r"TIPSA",
    r"MRW",
    r"Correos(?:\s+Express)?",
    r"Chronopost",
    r"Colissimo",
    r"Heppner",
    r"Gefco",
    r"Ziegler",
    r"Fercam",
    r"Arcese",
    r"Girteka",
    r"Ekol",
    r"Ege\s+Lojistik",
    r"Lagermax",
    r"Rhenus",
    r"Galliker",
    r"Mainfreight",
    r"Expeditors",
    r"Bpost",
    r"Royal\s+Mail",
    r"USPS",
    r"Parcelforce(?:\s+Worldwide)?",
    r"An\s+Post",
    r"APC\s+Overnight",
    r"Primafr[íi]o",
    r"Torrestir",
    r"Vlantana",
    r"BRT",
    r"Hermes",
    r"Lufthansa\s+Cargo",
    r"China\s+Airlines(?:\s+Cargo)?",
    r"Cathay(?:\s+Pacific)?\s+Cargo",
    r"Emirates\s+SkyCargo",
    r"Air\s+New\s+Zealand\s+Cargo",
    r"DX\s+Freight",
)
# Shipping lines whose names are also ordinary words count only in capitals.
SHOUTED = r"(?-i:ONE|MSC|HMM|ANL|DX)"
# Hauliers without a household name, recognised by how their names are built.
_WORD = r"[A-ZÀ-Ý]\w*\.?"
_MORE = rf"(?<!\.) {_WORD}"
GENERIC = (
    rf"(?-i:Transport(?:es|s)? {_WORD}(?:{_MORE})?(?:{_MORE})?)",
    rf"(?-i:Van(?: der| den| de)? {_WORD}(?:(?<!\.) (?:Transport(?:en)?|Logistics))?)",
    r"(?-i:[A-ZÀ-Ý]\w* (?:Transport|Logistik|Logistics|Spedition))",
    rf"(?-i:Spedition {_WORD})",
)


def _by_first_letter(names: tuple[str, ...]) -> str:
    r"""``names`` as one alternation, its alternatives grouped by their first letter.

    ``DHL...|DPD...|UPS...`` becomes ``D(?:HL...|PD...)|U(?:PS...)``: ``re`` tries every
    alternative at each place a name may begin, and now rejects a group by one comparison.
    Each name begins with a capital (a leading optional group is expanded by
    ``literal_first``: ``(?:DB\s+)?Schenker`` is ``DB\s+Schenker|Schenker``), and no two
    capitals match one character even ignoring case, so only alternatives of one group can
    match at one place, and they keep their order: the matches are the same. (Not
    ``fastre.by_first_literal``: it groups by the exact character, and again by the next
    one, which is safe only without ``IGNORECASE``, and this pattern ignores case.)
    """
    groups: dict[str, list[str]] = {}
    for name in names:
        for branch in branches(literal_first(name)):
            if not ("A" <= branch[0] <= "Z") or branch[1:2] in ("?", "*", "+", "{"):
                raise ValueError(f"a name must begin with a capital letter: {branch!r}")
            groups.setdefault(branch[0], []).append(branch[1:])
    return "|".join(
        first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for first, rests in groups.items()
    )


_KNOWN_ALTERNATION = _by_first_letter(KNOWN)
_CARRIER = re.compile(
    r"(?<![\w+])(?:(?P<known>"
    + "|".join((_KNOWN_ALTERNATION, SHOUTED))
    + r")|(?P<generic>"
    + "|".join(GENERIC)
    + "))"
    r"(?![\w+])",
    re.IGNORECASE,
)
CARRIER_NAME = r"(?:" + _KNOWN_ALTERNATION + r")"
_KNOWN = re.compile(r"(?<![\w+])(?:" + CARRIER_NAME + r")(?![\w+])", re.IGNORECASE)
_ABBREVIATION = re.compile(r"\b(?:Hnos|Bros|Cia|Co|Ltd|Ltda|Inc)\.$")


_BEFORE = 300
# A field line naming the carrier under the number's line, as dispatch advices print it.
_CARRIER_LINE = re.compile(
    r"(?:carrier|transporteur|transportista|transporter|vervoerder|spedition|naviera|"
    r"agencia|haulier)\s*:",
    re.IGNORECASE,
)


def carrier_near(text: str, start: int, end: int) -> str | None:
    """The carrier named closest before a number, else after it on its line.

    A name before the number is the usual way ("with Geodis, récépissé 2611 8840 0731"), often
    a paragraph earlier; one after it counts only on the same line ("CMR 0045871 (Van Dijk
    Transport)") or on a "Carrier:" line right under it, since the next paragraph often names
    another carrier for other papers ("docs will send by DHL"). A known carrier beats a
    generic haulier name: "Spedition Hellmann" is Hellmann, and "Planning Transport" may be
    no carrier at all.
    """
    window_start = max(0, start - _BEFORE)
    line_end = text.find("\n", end, end + 80)
    window_end = min(len(text), end + 80) if line_end < 0 else line_end
    if line_end >= 0 and (label := _CARRIER_LINE.match(text, line_end + 1)) is not None:
        next_end = text.find("\n", label.end())
        window_end = len(text) if next_end < 0 else next_end
    best: tuple[int, int, str] | None = None
    for m in _CARRIER.finditer(text, window_start, window_end):
        if start <= m.start() < end:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end + 40
        name = m.group()
        inner = None if m.group("known") else _KNOWN.search(name)
        if inner is not None and name.startswith("Spedition"):
            name = inner.group()
        elif name.endswith(".") and not _ABBREVIATION.search(name):
            name = name[:-1]
        name = _as_a_name(" ".join(name.split()), text, m.start())
        rank = (0 if m.group("known") or inner is not None else 1, distance, name)
        if best is None or rank[:2] < best[:2]:
            best = rank
    return best[2] if best else None


def _as_a_name(name: str, text: str, start: int) -> str:
    """A name read from a mail address or a link ("noreply@dhl.com") as a planner writes it.

    Hosts are lower case; short names are acronyms there ("dpd", "xpo" are DPD, XPO).
    """
    if start == 0 or text[start - 1] not in "@./" or not name.islower():
        return name
    return name.upper() if len(name) <= 4 else name.capitalize()
