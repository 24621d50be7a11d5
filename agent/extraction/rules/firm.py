"""Whether a delivery date holds in an email whose intent commits to nothing.

A question, a price change or a cancellation commits to no date of its own, yet the vendor
may state the order's delivery date in it: as firm ("confirmed", "ETA Hamburg 5 Nov", "as
originally planned"), as planned ("est prévue le mardi 22 décembre", "ist für KW 50
eingeplant", "your order P08063 for delivery in week 51"), in a bracket or heading about the
order inside a question, or as the yes to the date the buyer asked about ("Yes, 12 November
is fine"). A request, a negation or a question in the date's own sentence, or a closure of
that day in the next, keeps it a mention.
"""

from __future__ import annotations

import re

from agent.extraction.rules.fastre import search_folded
from agent.extraction.rules.mentions import DateMention
from agent.extraction.rules.roles.windows import order_aside

# A delivery date the vendor states as firm in its own sentence, which holds even in an email
# whose intent commits to nothing: "P05640 - confirmed, ... arrive Hamburg 5 Nov", a pro
# forma invoice's "ETA Hamburg: early March 2027" under a request for the deposit, "Am
# bestätigten Termin KW 46 ändert sich nichts", "on les expédie mardi et vous les aurez
# vendredi 25".
_FIRM_BEFORE = re.compile(
    r"\b(?:eta|confirmed|bestätigt\w*|confirmé\w*|confirmad[oa]s?|bevestigd\w*|"
    r"vous\s+les\s+aurez|vous\s+l'aurez|you\s*(?:will|'ll)\s+have\s+(?:them|it)|"
    r"(?:los|las|lo|la)\s+tendr[áa]n?|sie\s+haben\s+(?:sie|die\s+ware)|"
    r"(?:heeft\s+u|hebben\s+jullie|heb\s+je)\s+(?:ze|het))\b"
    # not a deadline to confirm by: "orders confirmed before 31 October get 3% discount"
    r"(?!\s+(?:before|by|until|till|antes|avant|vor|bis|voor|hasta|jusqu|d'ici)\b)[^.!?\n]*$",
    re.IGNORECASE,
)
# "... will be with you on Friday 16 October as originally planned".
_FIRM_AFTER = re.compile(
    r"[^.!?\n]{0,30}?\b(?:as\s+(?:originally\s+|previously\s+)?(?:planned|scheduled|agreed|"
    r"promised|confirmed)|wie\s+(?:geplant|vereinbart|zugesagt|bestätigt)|comme\s+prévu|"
    r"como\s+(?:estaba\s+)?previsto|zoals\s+(?:gepland|afgesproken|bevestigd))\b",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.!?\n]")
# A request or a negation before the cue: "please confirm", "not yet confirmed", "if".
_NOT_FIRM = re.compile(
    r"\b(?:please|pls|kindly|can\s+you|could\s+you|bitte|merci\s+de|pouvez|pourriez|"
    r"por\s+favor|puede|podr[íi]an?|graag|kunt\s+u|kun\s+je|not|nicht|pas|niet|no|yet|tbc|"
    r"to\s+be|if|wenn|falls|si|als|unless|sinon|otherwise|anders|must|should|need|muss|"
    r"müssen|doit|doivent|debe|deben|moet|moeten)\b",
    re.IGNORECASE,
)


# A delivery date the vendor states as planned or due for the order: "La livraison de votre
# commande P06265 est prévue le mardi 22 décembre", "la livraison prévue semaine 43", "the
# truck is planned for 23 December", "Votre commande P10242, livrable le 4 décembre",
# "your order P08063 for delivery in week 51 is still at the current prices", "livraison
# toujours le 17/12", "est planifiée pour le lundi 07/12", "la entrega está prevista para el 9
# de diciembre", "de levering is gepland op vrijdag 4 december", "Liefertermin weiterhin der
# 10.12.". Only the preposition or article stands between the cue and the date.
_PLANNED_BEFORE = re.compile(
    r"(?:\b(?:is|are|'s|still|now|remains?)\s+(?:planned|scheduled)\s+(?:for|on)|"
    r"\b(?:planned|scheduled)\s+(?:delivery|arrival)(?:\s+date)?\s*:?|"
    r"\bdue\s+(?:in|at|into)\s+your\s+(?:dc|warehouse|store)\s+(?:on)?|"
    r"\bp[\w/-]{0,8}\d{3,}\)?,?\s+for\s+delivery\s+(?:on|in|for)|"
    # "Voor de levering van P07255 op vrijdag 11/12:", "the delivery of P04711 on"
    r"\b(?:delivery|levering|livraison|lieferung|entrega)\s+(?:of|van|de|von|für|del)\s+"
    r"(?:(?:order|bestelling|commande|bestellung|pedido)\s+)?p[\w/-]{0,8}\d{3,}\s+"
    r"(?:on|op|le|am|el|in|en)|"
    r"\b(?:prévue?s?|planifiée?s?|programmée?s?)\s+(?:pour\s+)?(?:le|la|au|en|à\s+la|pour)?|"
    r"\blivrables?\s+(?:le|au|en)|"
    r"\blivraison\s+toujours\s+(?:prévue\s+)?(?:le|au|pour\s+le|en)|"
    r"\b(?:previst|programad|planificad)[oa]s?\s+(?:para\s+)?(?:el|la)?|"
    # "staat gepland voor levering op dinsdag 15 december", "scheduled for delivery on"
    r"\b(?:planned|scheduled)\s+for\s+(?:delivery|arrival)\s+(?:on|in)|"
    r"\b(?:gepland|ingepland)\s+(?:voor\s+(?:de\s+)?levering\s+)?(?:op|voor|in)|"
    r"\b(?:geplant|eingeplant|vorgesehen)\s+(?:für|am|zum|in)\s+(?:den|der)?|"
    r"\b(?:liefertermin|lieferung|anlieferung)\s+(?:ist\s+)?weiterhin\s+(?:am|der|in)?)"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# "die ist ja für KW 50 eingeplant": the German verb after the date.
_PLANNED_AFTER = re.compile(
    r"\.?\s+(?:zur\s+(?:anlieferung|lieferung)\s+)?(?:eingeplant|geplant|vorgesehen)\b",
    re.IGNORECASE,
)


def explicitly_committed(text: str, start: int, end: int, *, planned: bool = True) -> bool:
    """The date's own sentence, not a question, states it as firm and asks nothing.

    ``planned`` lets a date stated as planned count as firm (see ``_PLANNED_BEFORE``). A
    bracket about an order inside a question is a sentence of its own ("for P11354 (the 300
    camp chairs, due in your DC 14 December), do you still want them in Hamburg?").
    """
    stop = _SENTENCE_STOP.search(text, end, end + 150)
    stop_at = end + 150 if stop is None else stop.start()
    begin = max(0, start - 150)
    heads = [m.end() for m in _SENTENCE_STOP.finditer(text, begin, start)]
    begin = max(heads, default=begin)
    if stop is not None and stop.group(0) == "?":
        if not order_aside(text, start, end, stop_at):
            return False
        if text.find(")", end, stop_at) >= 0:
            begin, stop_at = text.rfind("(", begin, start) + 1, text.find(")", end, stop_at)
        else:
            stop_at = text.find(":", end, stop_at)
    cue = search_folded(_FIRM_BEFORE, text, begin, start)
    if cue is not None:
        return search_folded(_NOT_FIRM, text, begin, start) is None
    after = search_folded(_FIRM_AFTER, text, end, end + 60)
    if after is not None:
        return search_folded(_NOT_FIRM, text, begin, after.end()) is None
    return planned and _planned(text, begin, start, end, stop_at)


# The next sentence says the planned day cannot be: "ist bei uns für den 31.12. eingeplant.
# Laut Ihrem Rundschreiben ist Ihr Lager an diesem Tag geschlossen", "your DC is closed that
# day", "votre entrepôt est fermé ce jour-là", "el almacén está cerrado ese día".
_DAY_BLOCKED = re.compile(
    r"\b(?:(?:an|on|at)\s+)?(?:diesem|dem|that|this|ce|ese|este|die|deze)\s+"
    r"(?:tag|day|date|jour(?:-là)?|día|dag|datum)\b[^.!?\n]{0,60}?\b(?:geschlossen|closed|"
    r"fermée?s?|cerrad[oa]s?|gesloten|dicht)\b|"
    r"\b(?:geschlossen|closed|fermée?s?|cerrad[oa]s?|gesloten|dicht)\s+(?:an\s+diesem\s+tag|"
    r"(?:on\s+)?that\s+day|ce\s+jour(?:-là)?|ese\s+día|(?:op\s+)?die\s+dag)\b",
    re.IGNORECASE,
)


def _planned(text: str, begin: int, start: int, end: int, stop: int) -> bool:
    """The sentence ``text[begin:stop]`` states its date ``text[start:end]`` as planned.

    (A negation after the date, "prévue le 10 décembre ne pourra pas être tenue", has made
    it ``other`` already: see ``roles.assign``.)
    """
    if search_folded(_PLANNED_BEFORE, text, max(begin, start - 60), start) is None:
        after = search_folded(_PLANNED_AFTER, text, end, min(stop, end + 40))
        if after is None or after.start() != end:
            return False
    return (
        search_folded(_NOT_FIRM, text, begin, start) is None
        and search_folded(_DAY_BLOCKED, text, stop, stop + 200) is None
    )


# The vendor's yes to the date the buyer asked about, at the head of its answer: "> Delivery
# 12 November stays as agreed?\nYes, 12 November is fine.", "Ja, 05.11. passt", "Yes Laura,
# 23.10 is ok for P10112", "Oui, le 12 novembre est bon", "Sí, el 12 de noviembre está bien",
# "Ja, 12 november is goed".
_YES_BEFORE = re.compile(r"(?:^|\n)\s*(?:yes|ja|oui|s[íi]|jawel)\b[^\n.!?]{0,25}$", re.IGNORECASE)
_FINE_AFTER = re.compile(
    r"\.?\s+(?:is|ist|est|está|esta)?\s*(?:fine|ok|okay|good|confirmed|no\s+problem|passt|geht|"
    r"bon|confirmée?|bien|goed|prima|akkoord)\b",
    re.IGNORECASE,
)


def accepted(text: str, mention: DateMention) -> bool:
    """The date opens the vendor's yes: "Yes, 12 November is fine"."""
    return (
        _FINE_AFTER.match(text, mention.end, mention.end + 30) is not None
        and _YES_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
    )
