"""Intent cues in five languages: weighted patterns, and the few rules that are certain.

The cue scores decide intent when no model file is present (the learned classifier has its
own lexicon in ``agent.classifiers.intent_lexicon``), and the patterns locate the evidence
span of the decided intent. Out-of-office replies and newsletters are decided here outright.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from agent.extraction.rules.fastre import compile_literal_first, fold_text, ignorecase_as_folded
from agent.models import Intent

_F = re.IGNORECASE

CUES: dict[Intent, tuple[tuple[str, float], ...]] = {
    Intent.DELAY: (
        (
            r"delay|late\b|postpon|pushed|push(?:ed)?\s+back|slipp|behind\s+schedule|running\s+behind|"
            r"won'?t\s+make|can(?:no|')t\s+(?:make|deliver|meet)|not\s+(?:be\s+)?ready|new\s+eta|"
            r"new\s+(?:delivery\s+)?date|revised\s+(?:eta|date|schedule|delivery)|reschedul|rolled|"
            r"missed|later\s+than|no\s+longer\s+valid|instead\s+of",
            2.0,
        ),
        (
            r"verzög|verspät|verschob|verschieb|später|neue[rn]?\s+(?:liefer)?termin|"
            r"nicht\s+(?:mehr\s+)?halten|retard|report[ée]|décal|nouvelle\s+date|au\s+lieu\s+d|"
            r"retras|demora|nueva\s+fecha|aplaz|en\s+lugar\s+d|vertraging|vertraagd|uitgesteld|"
            r"nieuwe\s+(?:lever)?datum|in\s+plaats\s+van|verschoven|later\s+dan",
            2.0,
        ),
        (
            r"unfortunately|sorry|apolog|leider|malheureusement|désolé|lamentablemente|lo\s+sentimos|"
            r"helaas|excuses",
            0.6,
        ),
    ),
    Intent.CONFIRMATION: (
        (
            r"confirm|on\s+time|on\s+schedule|as\s+planned|as\s+agreed|acknowledg|we\s+accept|"
            r"order\s+confirmation|bestätig|termingerecht|wie\s+geplant|wie\s+vereinbart|"
            r"comme\s+prévu|confirmons|confirmé|accusé\s+de\s+réception|confirmamos|confirmad|"
            r"según\s+lo\s+previsto|en\s+plazo|bevestig|zoals\s+gepland|op\s+tijd|akkoord",
            2.0,
        ),
    ),
    Intent.PARTIAL_SHIPMENT: (
        (
            r"partial|only\s+(?:ship|send|deliver|have)|remaining|the\s+balance|balance\s+of|"
            r"back-?order|short\s+(?:ship|by|of)|split\s+(?:the\s+)?(?:delivery|shipment)|"
            r"teillieferung|restmenge|nachliefer|rückstand|livraison\s+partielle|reliquat|"
            r"le\s+solde|le\s+reste|parcial|restantes?|pendientes?|deellevering|restant|nalever|"
            r"resterende",
            2.0,
        ),
        (r"\bonly\b|\bnur\b|seulement|solo|sólo|alleen|maar", 0.5),
    ),
    Intent.CANCELLATION: (
        (
            r"cancel|discontinu|no\s+longer\s+(?:available|produc|supply|make)|end\s+of\s+life|"
            r"cannot\s+supply|can'?t\s+supply|unable\s+to\s+supply|storn|annul|eingestellt|"
            r"nicht\s+mehr\s+lieferbar|plus\s+disponible|arrêt\s+(?:définitif|de\s+(?:la\s+)?fabrication)|anul|descatalog|"
            r"ya\s+no\s+(?:se\s+)?fabric|geannuleerd|annuleren|uit\s+het\s+assortiment|"
            r"niet\s+meer\s+leverbaar",
            2.5,
        ),
    ),
    Intent.PRICE_CHANGE: (
        (
            r"price\s+(?:increase|adjust|change|list|update)|new\s+price|prices?\s+will|"
            r"surcharge|preiserhöhung|preisanpassung|neue[rn]?\s+preis|augmentation|hausse\s+de|"
            r"nouveaux?\s+(?:prix|tarifs?)|aumento\s+de\s+precio|nuevos?\s+precios?|subida|"
            r"prijsverhoging|prijsstijging|nieuwe\s+prijs|prijsaanpassing",
            2.5,
        ),
        (
            r"\d\s?%|€\s?\d|\d\s?€|\$\s?\d|£\s?\d|\bEUR\b|\bUSD\b|per\s+(?:unit|piece)|"
            r"price|preis|prix|precio|prijs|tarif",
            0.6,
        ),
    ),
    Intent.SHIPPING_NOTICE: (
        (
            r"shipped|dispatched|despatched|tracking|track\s*(?:&|and)\s*trace|\bawb\b|"
            r"bill\s+of\s+lading|\bb/l\b|on\s+(?:its|the)\s+way|has\s+left|have\s+left|"
            r"handed\s+over|picked\s+up|delivery\s+note|versandt|verschickt|sendungsnummer|"
            r"versendet|unterwegs|expédié|numéro\s+de\s+suivi|en\s+route|enviado|seguimiento|"
            r"despachad|verzonden|verstuurd|onderweg",
            2.0,
        ),
        (r"\b(?:dhl|ups|fedex|dpd|gls|postnl|tnt|schenker|kuehne|kühne|container)\b", 1.0),
    ),
    Intent.QUESTION: (
        (r"\?", 1.0),
        (
            r"could\s+you|can\s+you|please\s+(?:confirm|advise|let|send|check)|let\s+(?:me|us)\s+know|"
            r"do\s+you\s+want|would\s+you|kindly\s+advise|which\s+(?:one|option)|"
            r"können\s+sie|könnten\s+sie|bitte\s+(?:teilen|bestätigen|geben)|pourriez|pouvez-vous|"
            r"merci\s+de\s+(?:nous\s+)?(?:confirmer|indiquer)|podr[ií]an|pueden|puede\s+usted|"
            r"kunt\s+u|zou\s+u|graag\s+(?:uw|een)",
            1.5,
        ),
    ),
    Intent.OTHER: (
        (
            r"out\s+of\s+(?:the\s+)?office|newsletter|unsubscribe|webinar|trade\s+fair|"
            r"season'?s\s+greetings|abwesen|urlaub|außer\s+haus|abmelden|messe|absent|"
            r"désabonner|congés?|fuera\s+de\s+la\s+oficina|vacaciones|darse\s+de\s+baja|"
            r"afwezig|vakantie|uitschrijven|not\s+in\s+the\s+office",
            3.0,
        ),
    ),
}
COMPILED: dict[Intent, tuple[tuple[re.Pattern[str], float], ...]] = {
    intent: tuple((re.compile(p.lower()), w) for p, w in cues) for intent, cues in CUES.items()
}
# ``COMPILED`` rewritten so that each alternative begins with a literal, grouped by it (same
# matches, see ``fastre``): ``re`` tries far fewer alternatives at each position.
_COUNTED: tuple[tuple[Intent, tuple[tuple[re.Pattern[str], float], ...]], ...] = tuple(
    (intent, tuple((compile_literal_first(p.lower()), w) for p, w in cues))
    for intent, cues in CUES.items()
)

_CERTAIN_AT_START = (
    r"auto(?:matic)?\s*(?:reply|response|antwort)|automatische\s+antwort|"
    r"réponse\s+automatique|respuesta\s+automática|automatisch\s+antwoord|out\s+of\s+office|"
    r"abwesenheitsnotiz|absence|fuera\s+de\s+la\s+oficina|afwezig"
)
_CERTAIN_ANYWHERE = (
    r"out\s+of\s+(?:the\s+)?office|i\s+am\s+(?:currently\s+)?(?:away|on\s+leave|out)|"
    r"ich\s+bin\s+(?:bis|vom|derzeit|zurzeit)[^.\n]{0,60}(?:abwesend|nicht\s+im\s+büro|urlaub)|"
    r"je\s+suis\s+absent|estoy\s+fuera\s+de\s+la\s+oficina|ik\s+ben\s+(?:afwezig|niet\s+op)|"
    r"unsubscribe|se\s+désabonner|abmelden|darse\s+de\s+baja|uitschrijven"
)
CERTAIN_OTHER = re.compile(f"^(?:{_CERTAIN_AT_START})|{_CERTAIN_ANYWHERE}", _F)
# ``CERTAIN_OTHER`` in two parts: its anchored start, and the rest matched on folded text (lower
# case, each alternative beginning with a literal, so ``re`` skips ahead; see ``fastre``).
_CERTAIN_START = re.compile(_CERTAIN_AT_START, _F)
_CERTAIN_FOLDED = compile_literal_first(_CERTAIN_ANYWHERE)


@dataclass(frozen=True, slots=True)
class CueScores:
    """A weighted cue score per intent."""

    scores: dict[Intent, float]


def cue_scores(text: str) -> CueScores:
    """Count each cue pattern in lower-cased ``text`` (capped at 3), weighted per intent.

    Patterns are lower case and compiled without ``IGNORECASE``, which is much slower in ``re``.
    """
    text = text.lower()
    scores: dict[Intent, float] = {}
    for intent, cues in _COUNTED:
        total = 0.0
        for pattern, weight in cues:
            # only the first three matches count
            total += weight * sum(1 for _ in itertools.islice(pattern.finditer(text), 3))
        scores[intent] = total
    return CueScores(scores)


def is_certainly_other(subject: str, text: str, notes: list[str]) -> bool:
    """Auto-replies and newsletters: an ``Auto-Submitted`` note, or an unmistakable phrase."""
    if any("auto-submitted" in note.lower() or "auto_submitted" in note.lower() for note in notes):
        return True
    return _certain(subject) or _certain(text[:600])


def _certain(text: str) -> bool:
    """``CERTAIN_OTHER.search(text)``, as a bool."""
    if _CERTAIN_START.match(text):
        return True
    folded = fold_text(text)
    if not ignorecase_as_folded(folded):
        return CERTAIN_OTHER.search(text) is not None
    return _CERTAIN_FOLDED.search(folded) is not None


def rule_intent(scores: dict[Intent, float]) -> tuple[Intent, float, list[Intent]]:
    """Primary intent, its softmax share, and secondary intents from cue scores alone."""
    if not any(scores.values()):
        return Intent.OTHER, 0.5, []
    exps = {intent: math.exp(score) for intent, score in scores.items()}
    total = sum(exps.values())
    ranked = sorted(scores, key=lambda i: scores[i], reverse=True)
    primary = ranked[0]
    secondary: list[Intent] = [i for i in ranked[1:] if scores[i] >= 2.0 and i != Intent.OTHER]
    return primary, exps[primary] / total, secondary
