"""Cues of dates that are no commitment of the goods: events, documents, orders, supplies.

An invoice, a meeting, a holiday or a fair; a document sent instead of goods; an order
cut-off or terms for orders or deliveries in general (which ones a price applies to); what
reaches the vendor from its own supplier; a cancelled line; a cause ("due to the storm of");
a document's header date; what stays closed or unpaid.
"""

from __future__ import annotations

import re

from agent.extraction.rules.fastre import compile_literal_first

OTHER_CUE = compile_literal_first(
    # (goods that "are now due 12/18 instead of 12/09" come then; an invoice "is now due")
    r"invoice|payment|\bdue\b(?<!\bare\snow\sdue)(?!\s+to\b)(?!\s+(?:w/c|wk|week|kw|cw)\b)|paid|meeting|call\b|holiday|closed|vacation|office|back\s+on|"
    r"return|absent|abwesend|zurück|urlaub|rechnung|zahlung|congé|\bfacture|paiement|vacaciones|"
    r"ausente|\bfactura|pago|vakantie|terug|\bfactuur|betaling|valid\s+until|gültig\s+bis|"
    r"wrote|schrieb|a\s+écrit|escribió|schreef|sent:|gesendet|envoyé|enviado\s+el|verzonden:|"
    r"production|produc|finish|technician|techniker|technicien|t[ée]cnico|monteur|repair|clear|customs|"
    r"\b(?:started|begun|began)\s+(?!ship|deliver|load|dispatch|send|pick)\w+ing\b|"
    r"ready(?!\s+(?:to|for)\s+(?:ship|load|dispatch|pick|collect|deliver))|\blist[oa]s\b|"
    r"\bklaar\b(?!\s+voor\s+(?:verzending|transport|levering|verzenden))|aduana|douane|dédouan|liberad[oa]s?\b|let\s+(?:me|us)\s+know|reply|respond|"
    # ("Honest answer: we can do 250 of the 400 for the 2nd": an answer given, not awaited)
    r"answer(?!\s*:)|decide|feedback|\bupdate\s+(?:you|u)\s+(?:on\s+|by\s+)?$|(?:please|kindly)\s+advise|advise\s+(?:us|me|which|whether|if)\b|rückmeldung|répon|respuesta|laat\s+(?:ons|me|maar|het|even)\s+(?:\w+\s+)?weten|meeting|"
    # "I'll be in Frankfurt on Monday" is where someone is; "delivery will be in week 47" is not
    r"visit|dinner|lunch|\bparty\b|celebrat|be\s+in\s+(?!$)|available\s+to\s+order|order\s+(?:now|by)|cancel|storn|annul|anul|"
    r"geschlossen|fermé|closing|\bshut\b|cerrad|gesloten|betriebsferien|inventur|inventaire|inventario|"
    # "CHRISTMAS HOURS: We close 24 December to 11 January"
    r"\b(?:we|will)\s+close\b|\bwir\s+schließen\b|\bnous\s+fermons\b|\bcerramos\b|\bwe\s+sluiten\b|"
    r"closure|shutdown|sluiting|schließung|fermeture|\bcierre|"
    # "the loom is booked full for another customer until March": capacity, not the goods
    r"booked\s+(?:full|out|up)\b|fully\s+booked|ausgebucht|volgeboekt|\bsaturée?\b|"
    # "the old phone number will still work until end of the year": validity, not the goods
    r"still\s+work(?:s|ing)?\b|"
    # a machine out of action or a need covered until a date: "the kiln is out of service until
    # February", "außer Betrieb bis", "hors service jusqu'au", "fuera de servicio", "buiten
    # gebruik tot"; "wir haben unseren Bedarf bis März eingedeckt", "we are covered until March",
    # "nous sommes couverts jusqu'en mars", "estamos cubiertos hasta marzo", "we zijn gedekt tot
    # maart" (goods "out until March" are out of stock: a delivery cue)
    r"\bout\s+of\s+(?:action|service|order)\b|außer\s+betrieb|"
    r"hors\s+service|fuera\s+de\s+servicio|buiten\s+gebruik|eingedeckt|\b(?:covered|stocked)\s+"
    r"(?:until|till|through|up\s+to)\b|couverts?\s+jusqu|cubiertos?\s+hasta|gedekt\s+tot|will\s+(?:still\s+)?work\b|funktioniert\s+(?:\w+\s+)?noch|"
    r"fonctionne(?:ra)?\s+encore|sigue\s+funcionando|werkt\s+nog|"
    r"annual\s+leave|on\s+leave|sick\s+leave|refund|reembols|rembours|erstatt|\banticipo\b|\bdeposit\b|\bacompte\b|anzahlung|aanbetaling|acknowledg(?<!as\sacknowledg)|proforma|pro-forma|quotation|"
    r"samples?\b|muster|échantillon|muestra|catalog|price\s+list|preisliste|credit\s+note|"
    r"gutschrift|\bavoir\b|abono|creditnota|statement|extracto|kontoauszug|relevé|"
    r"trade\s+(?:fair|show)|exhibition|\bbooth\b|\bsalon\b|\bmesse\b|\bferia\b|\bbeurs\b|"
    r"\bhall[e]?\s+\d|\bhal\s+\d|\bstand\s+(?:no\.?\s*)?[a-z]?-?\d|"
    r"new\s+(?:erp|it\s+|computer\s+|software\s+)?system|\berp\b|launch|lancement|lanzamiento|markteinführung|lancering|newsletter|nieuwsbrief|bulletin|"
    r"bolet[íi]n|rundbrief|"
    # registration deadlines of events, a vessel's cut-off
    r"registr|\banmeld|\binscri|aanmeld|early[\s-]bird|frühbucher|vroegboek|cut-?off|"
    # a fair "opens its doors"
    r"ihre\s+tore|its\s+doors|ses\s+portes|sus\s+puertas|(?:haar|zijn)\s+deuren",
)

# What is sent is a document, money or a sample, not the goods: "the refund goes out Monday".
DOCUMENT = compile_literal_first(
    # ("Le haremos llegar una nueva oferta a mediados de noviembre", "a fresh quote")
    r"(?:new|fresh|neues|nouvelle|nueva|nieuwe)\s+(?:offer|quote|angebot|offre|oferta|offerte)|"
    r"refund|acknowledg(?<!as\sacknowledg)|proforma|pro-forma|quotation|invoice|rechnung|\bfacture|\bfactura|\bfactuur|"
    r"samples?\b|muster|échantillon|muestra|catalog|price\s+list|preisliste|prijslijst|"
    r"liste\s+de\s+prix|lista\s+de\s+precios|credit\s+note|"
    r"gutschrift|\bavoir\b|abono|creditnota|statement|extracto|kontoauszug|relevé|"
    r"auftragsbestätigung|accusé|confirmación\s+de\s+pedido|orderbevestiging|order\s+confirmation|"
    r"\bdocuments\b|dokumente|unterlagen|documentos|documenten|\bfichier|\bfiles?\b|\bdatei|\barchivo|"
    r"\bartwork|druckdaten|"
    # textile approval samples: "strike-off for the indigo print sent yesterday", "lab dips"
    r"strike-?offs?\b|lab\s*dips?\b",
)

# Goods the vendor itself receives from its own supplier or factory: "we expect them early
# November from our supplier", "wir bekommen den Stoff am 3.11. von unserem Lieferanten".
INBOUND = compile_literal_first(
    r"(?:from|van|von|de|del|bij)\s+(?:our|onze|ons|unserem|unserer|notre|nos|nuestro|nuestra|"
    r"nuestros)\s+(?:\w+\s+)?(?:supplier|vendor|leverancier|lieferant|fournisseur|proveedor|"
    r"fabrikant|fabricant|fabricante|manufacturer|hersteller|factory|fabriek|usine|f[áa]brica)",
)

# The last day to order ("Laatste bestellingen voor levering vóór Kerst: uiterlijk woensdag
# 16 december") is a cut-off for the buyer, not a delivery.
ORDER_CUTOFF = compile_literal_first(
    r"laatste\s+bestelling|last\s+orders?\b|order\s+(?:deadline|cut-?off)|bestellschluss|"
    r"letzte\s+bestellung|date\s+limite\s+de\s+commande|derni[èe]res?\s+commandes?|"
    r"fecha\s+l[íi]mite\s+(?:de|para)\s+(?:los\s+)?pedidos|(?:ú|u)ltimos?\s+pedidos?|"
    # "Les dernières expéditions partiront le 16 décembre" before a closure
    r"derni[èe]res\s+(?:expéditions|livraisons)|last\s+(?:shipments|deliveries)\b|"
    r"letzten\s+(?:lieferungen|sendungen)|(?:ú|u)ltim[oa]s\s+(?:envíos|entregas)|laatste\s+(?:zendingen|leveringen)|"
    # "Commandes avant le 15 janvier, livraison garantie ...", "orders before 15 January"
    r"(?:commandes?|orders?|bestellungen|pedidos|bestellingen)\s+(?:placed\s+|passées\s+)?"
    r"(?:avant|before|bis|vor|antes\s+del?|voor)\s+(?:le\s+|the\s+|el\s+|dem\s+)?$|"
    # "Toute commande reçue après le 11 décembre sera traitée à notre retour"
    r"(?:commandes?|orders?|pedidos?|bestellungen|bestellingen?)\s+(?:reçues?|received|placed|"
    r"recibid[oa]s?|ontvangen|geplaatst|eingehend)\s+(?:après|after|después\s+del?|nach|na)\s+"
    r"(?:le\s+|the\s+|el\s+|dem\s+)?$"
)
# Terms for orders in general, in the date's whole sentence: "Orders confirmed till 31/01 keep
# the old prices", "orders received in this period we confirm from 5 January", "Orders die vóór
# 15 december binnen zijn en in december worden geleverd".
_ORDER_TERMS = compile_literal_first(
    r"(?:commandes|orders|pedidos|bestellungen|bestellingen)\s+(?:confirmed|received|placed|"
    r"confirmées|reçues|passées|confirmados|recibidos|bestätigt|eingegangen|bevestigd|ontvangen|"
    r"geplaatst)\s+(?:till|until|up\s+to|in\s+(?:this|that)\s+period|during|jusqu'au|pendant|"
    r"hasta|durante|bis|tot|tijdens)\b|"
    r"(?:orders|bestellingen)\s+die\s+(?:vóór|voor|na|tot)\b|"
    # "Aufträge, die bis Ende Februar eingehen, berechnen wir zum alten Preis"
    r"(?:aufträge|bestellungen|orders|commandes|pedidos)\s*,?\s+(?:die|that|which|qui|que)\s+"
    r"(?:\w+\s+){0,3}?(?:bis|vor|by|before|until|avant|jusqu'au|antes|hasta)\b|"
    # orders in general named by their delivery: "Les commandes passées avant le 15 décembre
    # et livrées avant le 31 janvier restent facturées à l'ancien tarif", "Para pedidos con
    # entrega en enero mantenemos el precio actual", "orders delivered before", "Bestellungen
    # mit Lieferung im Januar", "bestellingen met levering in januari"
    # (right before the date: in "commandes en cours non livrées au 1er décembre, dont votre
    # commande P05450 (livraison prévue le 9 décembre)" the bracket is the order's own plan)
    r"(?:commandes|orders|pedidos|bestellungen|aufträge|bestellingen)\s+(?:\w+\s+){0,8}?"
    r"(?:livrées|delivered|with\s+delivery|con\s+entrega|entregad[oa]s|geliefert|mit\s+lieferung|"
    r"geleverd|met\s+levering)\b[^.!?\n\d(]{0,15}$"
)
# In a price letter, deliveries in general named by a time: "Deliveries in December, including
# your order P10126, are not affected", "Lieferungen bis Ende Dezember", "les livraisons de
# décembre", "las entregas de diciembre", "leveringen in december": which deliveries a price
# applies to.
DELIVERIES_TERMS = compile_literal_first(
    r"\b(?:deliveries|lieferungen|livraisons|entregas|leveringen)\s+(?:in|im|during|until|before|"
    r"after|from|bis|vor|ab|de|d'ici|avant|après|en|del?|hasta|antes|desde|van|voor|tot|na|vanaf)\b"
    r"[^.!?\n\d(]{0,15}$"
)
# "nimmt Reservierungen nur noch bis 18.09. an", "orders only until Friday": a window that
# closes on the date is a deadline, not a delivery.
_ONLY_UNTIL = compile_literal_first(
    r"\b(?:nur\s+noch|noch|only|nog\s+maar|alleen\s+nog|seulement|uniquement|s[óo]lo)\s+"
    r"(?:bis|until|till|tot|jusqu'?(?:au|à)|hasta)\s+(?:zum\s+|the\s+|le\s+|el\s+)?$"
)
# A part or raw material reaching the vendor's plant is no delivery of the goods: "het
# vervangende onderdeel komt pas morgen binnen", "the spare part arrives Monday".
_SUPPLY_ARRIVES = compile_literal_first(
    r"\b(?:onderde[e]?l(?:en)?|ersatzteil\w*|spare\s+parts?|replacement\s+parts?|"
    r"raw\s+materials?|rohmaterial\w*|rohstoff\w*|grondstof\w*|materia\s+prima|"
    r"mati[èe]res?\s+premi[èe]res?|pi[èe]ces?\s+de\s+(?:rechange|remplacement)|repuestos?|"
    # the repairer coming is no delivery either: "der Techniker kommt erst im Jänner"
    r"technician|techniker|technicien|t[ée]cnico|monteur|engineer|mechanic)\b"
    r"[^.!?\n\d]{0,20}\b(?:komt|komen|kommt|kommen|arrives?|arriving|comes?|llega\w*|arrive\w*|livr\w*|"
    r"eintreff\w*|trifft)\b[^.!?\n\d]{0,15}$"
)
# What reaches the vendor itself: "el mate, que nos llega en unas tres semanas", "el curtidor
# no nos puede entregar el cuero antes de fin de año", "der Stoff wird uns erst am ... geliefert".
_TO_US = compile_literal_first(
    r"(?:\bnos\s+(?:(?:puede|pueden|podr[áa]n?|va\s+a|van\s+a)\s+)?(?:lleg|entreg|env[ií]|mand|surt)\w*|"
    r"\b(?:uns|ons)\s+(?:\w+\s+){0,2}(?:liefer|geliefert|zugestellt|erreich|lever|geleverd|bezorg)\w*|"
    r"\b(?:liefert|liefern|schickt|schicken|levert|leveren|stuurt|sturen)\s+(?:uns|ons)\b|"
    r"\b(?:arriv\w*|com(?:e|es|ing)|deliver(?:s|ed)?|reach(?:es|ing)?)\s+(?:to\s+|at\s+)?us\b|"
    # the vendor's own stock coming in: "New stock lands at our warehouse in 10 days", "kommt
    # bei uns im Lager an", "arrive dans notre entrepôt", "llega a nuestro almacén", "komt in
    # ons magazijn"
    r"\b(?:lands?|landing|arriv\w*|com(?:e|es|ing)|reach\w*|kommt|kommen|llega\w*|komt|komen)\s+"
    r"(?:\w+\s+)?(?:at|in|into|to|bei|im|dans|à|a|en|in)\s+(?:our|unser\w*|uns\s+im|notre|nuestro|"
    r"nuestra|onze|ons)\s+(?:warehouse|dc|lager|entrepôt|dépôt|almac[ée]n|bodega|magazijn|depot)"
    r"|"
    # the backorder's arrival at the vendor's own warehouse, before it ships on to the buyer:
    # "on backorder with an ETA to our warehouse of 11/6", "expected in our DC on", "Ankunft in
    # unserem Lager am", "arrivée dans notre entrepôt le", "llegada a nuestro almacén el",
    # "aankomst in ons magazijn op"
    r"\b(?:eta|arriv\w*|expected|due|reach\w*|ankunft|eintreff\w*|llegada|lleg\w*|aankomst)\b"
    r"[^.!?\n\d]{0,12}\b(?:(?:to|at|in|into)\s+our\s+(?:own\s+)?(?:warehouse|dc|depot|facility)|"
    r"in\s+unser(?:em|en)?\s+lager|(?:dans|à)\s+notre\s+entrep[ôo]t|(?:a|en)\s+nuestro\s+almac[ée]n|"
    r"in\s+ons\s+magazijn)\b)"
    r"[^.!?\n\d]{0,40}$"
)

# What comes from the vendor's own supplier: "are coming from our partner only on 25 November".
_SUPPLIER_DOES = compile_literal_first(
    r"\b(?:from|von|de|van|bij)\s+(?:our|unserem|unserer|notre|nuestro|onze)\s+(?:partner|supplier|"
    r"zulieferer|lieferanten|fournisseur|proveedor|leverancier)[^.!?\n\d]{0,25}$|"
    # the supplier named as subject: "the wax supplier only delivers on the 12th", "unser
    # Lieferant liefert erst am", "le fournisseur ne livre que le", "el proveedor solo entrega
    # el", "de leverancier levert pas op"
    r"\b(?:supplier|zulieferer|lieferant|fournisseur|proveedor|leverancier)\s+(?:\w+\s+){0,2}?"
    r"(?:delivers|liefert|livre|entrega|levert)\b[^.!?\n\d]{0,20}$"
)
# The sentence speaks of cancelling: its dates are the cancelled ones.
CANCELLED = compile_literal_first(r"cancel|storn|annul|anul")

# "we will send you a corrected order confirmation today": the vendor sends a document.
_SENDS = compile_literal_first(
    r"\bsend(?:ing)?\s+(?:you\s+)?(?:an?\s+|the\s+|our\s+)?(?:\w+\s+)?(?:order\s+confirmation|documents)"
)
# "Te mando la confirmación el lunes", "I'll send the confirmation tomorrow": a document.
_CONFIRMATION_SENT = compile_literal_first(
    r"\b(?:send|sending|mail|e-?mail|schick\w*|sende\w*|envo\w*|envi\w*|mand\w*|stuur\w*)\s+"
    r"(?:\w+\s+){0,2}(?:confirmation|bestätigung|confirmaci[óo]n|bevestiging)\s+"
    r"(?:on\s+|by\s+|el\s+|le\s+|am\s+|op\s+|al\s+|the\s+)?$|"
    # "Will get the confirmation over to you once the planner has had a look, probably Monday"
    r"\bget\s+(?:the|our|an?)\s+(?:order\s+)?confirmation\s+(?:over\s+)?to\s+you\b"
    r"(?:(?!deliver|arriv|ship|dispatch|eta\b)[^.!?\n\d]){0,80}$"
)
# "die Auftragsbestätigung bekommen Sie am Montag": the buyer receives (a document).
_YOU_GET = compile_literal_first(
    r"\b(?:bekommen|erhalten)\s+sie\b|\byou(?:'ll|\s+will|\s+should)?\s+(?:receive|get)\b|"
    r"\bvous\s+recevr\w*|\b(?:ontvangt|krijgt)\s+u\b|\bu\s+(?:ontvangt|krijgt)\b|"
    # what the vendor will get to the buyer: "Le haremos llegar", "nous vous ferons parvenir",
    # "lassen wir Ihnen ... zukommen", "we'll get you"
    r"\b(?:le|les|te|os)\s+har(?:emos|é)\s+llegar\b|\bvous\s+fer(?:ons|ai)\s+parvenir\b|"
    r"\blassen\s+wir\s+ihnen\b|\bwe(?:'ll|\s+will)\s+get\s+you\b"
)

# "Debido al temporal de esta semana", "due to the storm of this week": the date of the
# cause, not of the goods.
_CAUSE = compile_literal_first(
    # ("due to ship 12/18" is a plan: "due to" before a verb is no cause)
    r"(?:due\s+to(?!\s+(?:ship|arriv|deliver|leav|land|reach|be|go|come|dispatch|load|sail)\w*\b)|because\s+of|owing\s+to|debido\s+al?|a\s+causa\s+del?|à\s+cause\s+de|en\s+raison\s+de|"
    r"wegen|aufgrund|vanwege)\s+(?:\w+\s+){1,3}(?:(?:of|de|van|des|der)\s+)?$"
)

# A header field such as "Date:" of a document (proforma, invoice) dates the document.
# ("New date:", "Revised date:" name a delivery, not a document.)
_DOC_DATE = re.compile(
    # ("Effective date: 01/04/2027" in a price notice is when the prices change)
    r"(?<!new)(?<!revised)(?<!updated)(?<!nieuwe)(?<!neues)(?<!nueva)(?<!nouvelle)(?<!promised)(?<!promise)(?<!effective)"
    r"(?:^|\s)(?:date|datum|fecha|data|invoice\s+date|doc\.?\s+date)\s*:\s*$|"
    # a document's revision: "Revision: 1 / Revised: 10/20/2026" (a bare field, no delivery word)
    r"^\s*revised\s*:\s*$"
)

# After the cancelled part, the rest goes on: "I'll cancel those 150 and just send the mats
# ... they'd go out Monday", "cancelling line 3. rest ships fri, delivery tues 9/22".
_GOES_ON = re.compile(r"[.,;]\s|\s(?:and|but|und|aber|et|mais|y|pero|maar)\s")


_NOT_CANCELLING = re.compile(
    r"(?:\bnot|n't|\bnicht|\bpas|\bno|\bniet|too\s+late\s+to|zu\s+spät\s+(?:zum|für\s+(?:eine|die))?|"
    r"trop\s+tard\s+pour|demasiado\s+tarde\s+para|te\s+laat\s+om(?:\s+te)?)\s+(?:\w+\s+)?$"
)

# What stays shut or unpaid is no delivery: "unser Betrieb bleibt von 23.12. bis 06.01.
# geschlossen", "our office remains closed from", "la facture ... reste impayée à ce jour",
# "la oficina permanece cerrada del", "ons magazijn blijft gesloten van". The staying word
# before the date, the closed or unpaid word before it too or in the clause after it.
_STAYS_BEFORE = compile_literal_first(
    r"\b(?:stays?|remains?|bleibt|bleiben|reste|restent|permanece\w*|sigue|blijft|blijven)\b"
    r"[^.!?\n]{0,40}$"
)
_SHUT = compile_literal_first(
    r"\b(?:closed|shut|geschlossen|fermée?s?|cerrad[oa]s?|gesloten|unpaid|impayée?s?|"
    r"impagad[oa]s?|unbezahlt|onbetaald)\b"
)


def stays_shut(tail: str, after: str) -> bool:
    """The date's clause says something stays closed or unpaid (see ``_STAYS_BEFORE``)."""
    stays = _STAYS_BEFORE.search(tail)
    if stays is None:
        return False
    return _SHUT.search(tail, stays.start()) is not None or _SHUT.search(after, 0, 80) is not None


# Production said verb-last after the date (English and the Romance languages put "produced",
# "bottled" before it, where ``OTHER_CUE`` finds it): "die erst Mitte Jänner abgefüllt wird",
# "die in KW 50 produziert werden", "dat in week 50 geproduceerd wordt": when goods are made.
MADE_AFTER = re.compile(
    r"\s*(?:abgefüllt|produziert|hergestellt|gefertigt|gebrannt|gewebt|geproduceerd|gemaakt|"
    r"gebotteld|afgevuld|gebakken)\s+(?:wird|werden|ist|sind|wordt|worden)\b"
)
