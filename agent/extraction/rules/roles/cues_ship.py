"""Cues of a ship date: "ship", "dispatch", "pick-up", "ETD", "versand", "expédition".

Also what a ship verb sends (a consignment named as a delivery) and the plans and transit
times that make the date the one the goods leave on.
"""

from __future__ import annotations

import re

from agent.extraction.rules.fastre import compile_literal_first

SHIP = compile_literal_first(
    # "cargamos el martes", "quittera Montréal le", "on the truck this morning", "gaan ... weg"
    # (not "la carga de trabajo", the workload)
    r"\bcarg(?:a(?!\s+de\s+trabajo)|an|amos|ar[áa]n?|aremos|ad[oa]s?|ue|uen)\b|\bquitt(?:e|ent|era|eront|é|ée|és|ées)\b|"
    r"\b(?:on|onto)\s+(?:the|a|our)\s+(?:truck|lorry)\b|\bweg\b|\bcourier(?:ed)?\b|"
    # "a été chargée cet après-midi", "remise aujourd'hui à Planzer", "P123 out today"
    r"\bcharg(?:é|ée|és|ées|ement)\b(?!\s+d)|\bremise?s?\s+$|(?<!sold\s)\bout\s+$|"
    r"ship|dispatch|despatch|leav|pick(?:ed)?[\s-]?up|collect|lo(?<!unlo)ad|\betd\b|sail|depart(?!a?ment)|"
    # "has gone out with DPD", "enlevée ce matin par", "air-freighted today", "mandarlas"
    r"gone\s+out|\benlev(?:é|ée|és|ées|er|ons|era|erons)\b|air-?freighted|\bmand(?:ar|amos|aremos)\w*|"
    r"\bsend|\bsending|senden|schick|envoy|stuur|went\s+out|left\s+(?:us|our|the)|zarp|sald|"
    r"partir(?<!a\spartir)(?<!à\spartir)|übergeben|übergabe|remis\s+au|\bau\s+transporteur|transportista|overgedragen|vertrokken|"
    r"sent\s+out|send\s+out|goes\s+out|go\s+out|going\s+out|hand(?:ed)?\s+over|ex[\s-]works|ex[\s-]factory|ex[\s-]mill|"
    r"\bleft\s+[a-z]+\s+$|'s\s+(?:[a-z]+\s+)?(?:truck|lorry|collection|sailing)|\braus\b|rausgeh|rausgegangen|rausgeschickt|\bsent\b|\bleft\s+on\b|\bleft\s+$|salid[ao]|sali[óo]\b|"
    r"de\s+deur\s+uit|ritiro|(?:truck|lorry|pick-?up|collection)\s+(?:is\s+|has\s+been\s+)?booked|\bsalen\b|\bsale\s+(?:el|este|esta|hoy|ma[ñn]ana|de|del|en|por)\b|\bsale\s+$|embarque|\bzending|(?:\bgo|goes|going|went|\bgone)\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:airport|port|forwarder)\b|(?:\bgo|goes|going|\bput|load\w*|book\w*)\s+on\s+(?:the\s+|a\s+)?(?:next\s+|first\s+|same\s+|later\s+)?(?:vessel|boat|truck|feeder)\b|"
    r"versand|versend|verschick|verschiff|abhol|abgeholt|verlässt|verladen|expédi|expedi|enlèvement|"
    r"départ|envi[aoé]|despach(?!ante)|embarc|verzend|verzonden|verstuurd|verscheept|opgehaald|\bvertrek|salieron|"
    r"verlass|abgefahren|abfahrt|\bpart(?:ent)?\s+(?:comme\s+prévu\s+)?(?:du|de|d'|des|le|la|ce|cette|demain|aujourd)\b|"
    r"\bparti(?:s)?\s+(?:\w+\s+)?(?:hier|ce\s+jour|ce\s+matin|aujourd|le|de|du|d'|que)\b|\bparti\s+$|\bwent\s+$|"
    r"\b(?:est|sont|été|déjà|bien)\s+parti(?:e|es|s)?\b|embarqu|"
    # "they will be re-dyed and flown on 27 November": sent by air
    r"\bflown\b|\bair-?freighted\b|"
    r"\bsalen?\s+(?:de|del|hoy|mañana|manana|el|desde)\b",
)

_SHIPPED = compile_literal_first(
    r"shipped|dispatched|despatched|went\s+out|\bleft\b|\bsent\b(?!\s+(?:\w+\s+)?back)|collected|picked\s+up|"
    r"versandt|verschickt|abgeholt|expédié|enviad|despachad|verzonden|verstuurd|opgehaald"
)
# A delivery named as the consignment itself, which a ship verb in the clause sends.
_CONSIGNMENT = compile_literal_first(
    r"\b(?:teil|erste\s+|zweite\s+|restliche\s+)lieferung\b|"
    r"\b(?:partial|first|second)\s+delivery\b|\blivraison\s+partielle\b|"
    r"\bentrega\s+parcial\b|\bdeellevering\b"
)

# "Expédition prévue le", "la carga está prevista para": the plan is the ship noun's.
_SHIP_PLANNED = re.compile(
    r"\b(?:expédition|envío|envio|versand|verzending|shipment|dispatch|loading|carga|chargement|"
    r"verladung|departure|salida)\s+(?:est\s+|is\s+|ist\s+|está\s+|es\s+)?"
    r"(prévue?s?|previst[oa]s?|geplant|gepland|planned|scheduled|expected|voorzien)"
)


def _blank_plan(m: re.Match[str]) -> str:
    return m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1))


# The consignment an arrival word names: "ETA Hamburg for the first shipment is between Dec 28
# and Jan 2, the second around January 18", "Ankunft der Sendung", "llegada del envío",
# "aankomst van de zending": the noun is the goods arriving, not a ship cue.
_ARRIVAL_OF_SHIPMENT = compile_literal_first(
    r"\b(?:eta|arrival|ankunft|arrivée|llegada|arribo|aankomst)\b[^.!?\n\d]{0,25}?"
    r"\b(?:for|of|von|der|de|du|del|van)\s+(?:the\s+|die\s+|la\s+|le\s+|el\s+|het\s+|de\s+)?"
    r"(?:\w+\s+)?(shipments?|consignments?|sendung(?:en)?|envío|envoi|expédition|zending)\b"
)


def _blank_shipment(m: re.Match[str]) -> str:
    return m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1))


# A date followed by "delivered N working days later" is when the goods leave.
_TRANSIT_AFTER = re.compile(
    r"^[^.!?\n]{0,40}?\d{1,2}\s*(?:business|working|work)\s+days?\s+(?:later|after)"
)
