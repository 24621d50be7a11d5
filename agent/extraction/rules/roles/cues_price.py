"""Cues of a price-effective date: "effective", "as of", "valid from" near a price."""

from __future__ import annotations

from agent.extraction.rules.fastre import compile_literal_first

PRICE_CUE = compile_literal_first(
    r"effective|as\s+of|as\s+from|valid\s+from|starting|from|with\s+effect|apply|applies|"
    r"en\s+vigor|in\s+kraft|en\s+vigueur|van\s+kracht|in\s+werking|"
    # "desde el 15 de noviembre entra en vigencia", "valable dès le 01.01.2027"
    r"vigencia|valable\s+(?:dès|à\s+partir|a\s+partir|au\b|du\b)|"
    r"for\s+(?:shipments|deliveries|orders)\s+(?:(?:placed|confirmed|received)\s+)?(?:in|from|after)|"
    r"(?:shipping|shipped|delivered|ordered)\s+(?:on\s+or\s+)?after\s+$|"
    r"gültig|ab\s+dem|\bab\b|wirksam|à\s+compter|à\s+partir|a\s+partir|con\s+efecto|vigente|"
    r"vanaf|met\s+ingang|\bper\b|aplicable|applicable|van\s+toepassing|chang(?:e|es)\s+on\b|a\s+contar\s+del?\b|"
    # "unsere (Listen)preise zum 01.01.2027 anheben"
    r"preise\s+zum\s+$",
)
PRICE_CONTEXT = compile_literal_first(
    r"price|pricing|tarif|%|preis|prix|precio|prijs|prijz|cost|surcharge|increase|erhöhung|"
    r"augmentation|aumento|verhoging|€|\$|£|\beur\b|\busd\b|zuschlag|supplément|recargo|toeslag",
)

_AS_OF = compile_literal_first(
    r"as\s+of|as\s+from|à\s+partir|a\s+partir|à\s+compter|vanaf|met\s+ingang|ab\s+dem|ab\s+sofort"
)
