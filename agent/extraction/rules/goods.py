"""Words that name goods after a count, and the words that never do.

"120 Plaids LW-PL-130", "all 640 swags", "las 36 macetas grandes": a count followed by a
noun is a count of goods when the noun is not a month, a duration, a measure, an amount, a
freight or document word, a pronoun or a verb ("14 November", "30 days", "750 ml", "2
trucks", "the 4 lines", "the 200 we shipped").
"""

from __future__ import annotations

import re

from agent.extraction.rules.fastre import compile_literal_first
from agent.extraction.rules.lexicon import MONTH_RE, UNIT_RE, WEEKDAY_RE

# Times, amounts and measures: what a count before them is a count of, never goods.
_SPANS = (
    r"days?|weeks?|months?|hours?|tage?n?|wochen?|monate?n?|stunden?|jours?|semaines?|mois|"
    r"heures?|d[ií]as?|semanas?|meses|horas?|dagen|weken|maanden|uur"
)
_MONEY = r"eur|euros?|usd|dollars?|gbp|chf|percent|prozent|pour|por|procent"
_MEASURES = r"g|gr|kg|mg|ml|cl|dl|l|ltr|lb|lbs|oz|mm|cm|m|in|inch|w|v|kw|mah"
_LOADS = r"pallets?|palett\w*|pal[eé]s|cartons?|kartons?|cajas?"
NOT_GOODS = (
    rf"(?:{MONTH_RE}|{WEEKDAY_RE}|{_SPANS}|{_MONEY}|x|and|und|et|y|en|or|"
    r"oder|ou|o|of|to|at|on|in|is|are|was|de|des|der|van|von|items?|artikel\w*|articles?|art[ií]culos?|"
    r"our|your|the|die|der|den|le|la|les|el|los|las|het|een|ihr\w*|unser\w*|votre|vos|notre|"
    r"su|sus|nuestr\w*|uw|onze|bestellt\w*|ordered|command\w*|pedid\w*|besteld\w*|"
    rf"{_LOADS}|{_MEASURES})"
)
WORD = r"[^\W\d_](?:[^\W\d_]|['-])*(?![\w-])"
# Words after a count that name no goods: freight, documents, order lines, verbs and adverbs.
_DOCUMENTS = (
    r"lines?|orders?|positions?|positionen|zeilen|lignes?|l[ií]neas?|regels?|commandes?|"
    r"pedidos?|bestellungen|bestellingen|trucks?|lkws?|camions?|camiones|vrachtwagens?|"
    r"containers?|contenedores|conteneurs?|shipments?|deliveries|lieferungen|livraisons|"
    r"entregas|leveringen|parcels?|packages?|pakete?|colis|bultos|pakketten"
)
FREIGHT = (
    rf"(?:{_DOCUMENTS}|"
    r"more|less|extra|mehr|plus|más|meer|still|already|noch|schon|déjà|ya|al|nog|"
    r"we|you|they|wir|sie|nous|vous|nosotros|wij|jullie|zij|"
    r"can|could|should|would|will|have|has|had|be|been|go|went|ship|shipped|left|"
    r"percent|prozent|pour|cent|por|ciento|procent|working|business|calendar|"
    r"prices?|preise?|prix|precios?|prijs|prijzen|increase|quantity|menge|quantité|cantidad|"
    r"version|skus?|qt|designs?|colou?rs?|sizes?|models?|now|after|before|that|which|for|as|"
    r"se|so|to|from|a|e|i|sont|sind|son|zijn|together|zusammen|ensemble|juntos|samen|stock|"
    r"came|come|comes|broke|arrive[sd]?|follow(?:s|ed)?|remain(?:s|ed)?|ships|didn't|don't|"
    r"won't|can't|not|no|nicht|pas|niet|ne|quedan|faltan|llegan|kommen|folgen|gehen|"
    r"suivront|arrivent|partent|volgen|komen|gaan|que|qui|quedaban|dat|die|which|who|planned|"
    r"geplant|prévues?|previstos?|gepland|cette|this|esta|este|dit|dieser|diese|mee|mit|avec|con|"
    r"met|os|us|uns|nous|les|nos|uhr|am|pm|o'clock|h|hrs|colli|palets|gsm|kwh|mph|km|"
    r"sent|gesendet|envoyés?|enviad[oa]s|verzonden)"
)
# "all 640 swags", "the full 300 BBQ covers", "Les 360 vases", "De 160 stoelen": a count the
# article or "all" sets apart, of goods named right after it.
GOODS_CUE = compile_literal_first(
    r"(?<!\w)(?:all(?:[ \t]+the)?|the(?:[ \t]+(?:full|first|last|other))?|these|those|les|las|los|"
    r"die|den|het|alle|diese|tous[ \t]+les|toutes[ \t]+les|todos[ \t]+los|todas[ \t]+las|"
    r"ces|estos|estas|deze)[ \t]+$"
)
# Words that say the count is what is left, before the goods' name ("150 outstanding fire pit
# covers").
_LEFT = (
    r"(?:other|remaining|outstanding|missing|backordered|otros|otras|restantes?|pendientes?|"
    r"faltantes?|autres|restants?|manquants?|übrigen|restlichen|fehlenden|overige|resterende|"
    r"ontbrekende)"
)
# Short count words the unit list leaves out ("500 st", "2,880 pzas", "3.000 netjes").
_COUNT_WORD = r"(?:st|pzas?|netjes?|filets?|zakjes?|bultos?)"
_NOT_NAME = rf"(?:{_LEFT}|{_COUNT_WORD}|{NOT_GOODS}|{FREIGHT}|{UNIT_RE})"
_GOODS_WORD = rf"[ \t]+(?!{_NOT_NAME}(?![\w'-]))(?i:{WORD})"
# Later words of the name may be units of the goods ("400 pillowcase pairs").
_MORE_WORD = rf"[ \t]+(?!(?:{_LEFT}|{NOT_GOODS}|{FREIGHT})(?![\w'-]))(?i:{WORD})"
# The goods' name: up to three such words ("the full 300 BBQ covers"), after a word saying the
# count is what is left or a short count word; one of them at least.
GOODS_AFTER = re.compile(
    rf"(?:[ \t]+(?:{_LEFT}|(?P<unit>{_COUNT_WORD}))\.?(?![\w'-]))?"
    rf"(?P<goods>(?:{_GOODS_WORD}(?:{_MORE_WORD}){{0,2}})?)"
)
ORDERED_AFTER = re.compile(
    r"(?:[ \t]+[^\W\d_]+){0,3}[ \t]+(?:you|sie|vous|usted(?:es)?|jullie|u)[ \t]+"
    r"(?:ordered|bestellt|bestelde|command\w+|pedi\w+|hebt besteld)"
)
# A count opening an item of a list of goods: "complete: 400 duvet covers, 400 pillowcase
# pairs and 150 fitted sheets", "(80 fuentes de cobre y 120 jarros)".
LIST_CUE = compile_literal_first(r"(?:[:(,+]|(?<!\w)(?:and|und|et|y|en|plus))[ \t]*$")
# "the other 60", "De overige 300", "las otras 60", "die übrigen 150", "the missing 120": a
# number the vendor sets apart as the rest of the goods, a line whatever follows it ...
LEFT_CUE = compile_literal_first(
    r"(?<!\w)(?:(?:the|de|die|les|las|los|het)[ \t]+)?(?:other|missing|last|overige|resterende|"
    r"ontbrekende|übrigen|restlichen|fehlenden|autres|otr[oa]s|faltantes)[ \t]+$"
)
# Words of ``LEFT_CUE``, to skip it in emails that use none.
LEFT_NEEDLES = (
    "other",
    "missing",
    "last",
    "overige",
    "resterende",
    "ontbrekende",
    "übrigen",
    "restlichen",
    "fehlenden",
    "autres",
    "otros",
    "otras",
    "faltantes",
)
# ... but a time, amount, measure, load, document or kind of article after it ("the last 3
# weeks", "the other 2 orders", "the other 50 EUR", "the other 2 items are OK").
NOT_COUNTED_AFTER = re.compile(
    rf"[ \t]*(?:[x×+]|(?:{MONTH_RE}|{WEEKDAY_RE}|{_SPANS}|{_MONEY}|{_MEASURES}|{_LOADS}|"
    rf"{_DOCUMENTS}|years?|jahren?|jahre|ans|años|jaar|times|mal|fois|veces|keer|items?|"
    r"artikel\w*|articles?|art[ií]culos?|skus?|products?|produkte?|produits?|productos?|"
    r"producten|designs?|colou?rs?|sizes?|models?)(?![\w'-]))"
)
LIST_NEXT = re.compile(r"[ \t]*(?:[,;)+]|\.(?:\s|$)|$|\n|(?:and|und|et|y|en|plus)(?!\w))")
