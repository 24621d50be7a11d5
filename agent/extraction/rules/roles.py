"""The role of each date, read from the words around it as a buyer would.

The nearest cue word in the date's own clause decides: "ship"/"dispatch" make a ship date,
"deliver"/"arrive"/"ETA" a delivery, "effective"/"as of" near a price an effective date.
A date the vendor restates from our order ("instead of 2 Dec", "originally", "was planned
for", "your requested date") is kept apart with role ``other``, so that it never becomes the
commitment. A delivery date is a ``new_eta`` when the clause or the email speaks of a change,
else a ``confirmed_delivery``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.extraction.rules.columns import column_of
from agent.extraction.rules.cuesets import any_of
from agent.extraction.rules.fastre import compile_literal_first, fold
from agent.extraction.rules.mentions import DateMention
from agent.models import DateRole

# The cue patterns are written in lower case and matched on folded text; most are rewritten
# so that each alternative begins with a literal (see ``fastre``).

RESTATED = compile_literal_first(
    r"\bnot\s+$|\bnicht\s+$|\bne\b[^.!?\n]{0,40}\bpas\s+$|\bn\'[^.!?\n]{0,40}\bpas\s+$|\bniet\s+$|nicht\s+wie|not\s+as\b|pas\s+comme|"
    r"no\s+como|niet\s+zoals|instead\s+of(?!\s*(?:eur|usd|gbp|chf|€|\$|£|\d+\s+(?:pallets?|pcs|pieces|units|cartons|boxes|cases)\b))|rather\s+than|won'?t\s+make|will\s+not\s+make|"
    r"can(?:no|')?t\s+(?:make|meet|keep|hold|deliver|ship)|not\s+be\s+able\s+to\s+(?:make|meet|deliver)|"
    r"miss(?:ed)?\s+the|(?:was|were)\s+(?:meant|supposed)\s+to|(?:earlier|sooner)\s+th[ae]n\s+(?:the\s+)?$|(?:earlier|sooner)\s+than\b[^.!?\n\d,]{0,25}$|"
    r"before\s+(?:it|this|that)\s+was\b|"
    r"(?:which|that)\s+(?:i|we)\s+(?:had\s+)?(?:told\s+you|promised|said)\b|\bnot\s+(?:on\s+)?the\b|\bnot\s+on\b|no\s+longer|"
    r"nicht\s+(?:mehr\s+)?(?:zum|am|bis)|ne\s+pourrons\s+pas|pas\s+le|no\s+podremos|\bno\s+el|no\s+lleg(?:amos|aremos|ar[aá]n?|an?)\b|"
    r"niet\s+(?:op|meer)|originally|original(?:ly)?\s+(?:promised\s+)?(?:date|eta|etd|delivery)|"
    r"(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+)?(?:planned|scheduled|due|"
    r"expected|confirmed|promised|foreseen|agreed)|previously|initially|formerly|"
    r"(?:old|previous|earlier|former|current)\s+(?:delivery\s+|promised\s+)?(?:date|eta|schedule)|"
    r"(?:old|previous|former|original)\s+(?:etd|(?:ship(?:ping)?|loading)\s+date|est(?:imated)?\.?\s+(?:delivery|arrival))|"
    r"(?:old|previous|former|original)\s+est(?:imated)?\.?\s+(?:ship(?:ping)?|delivery|arrival)\s+date|"
    # "after my mail yesterday"
    r"(?:my|our|your)\s+(?:e-?mail|mail|message|call)\s+$|"
    r"(?:your|the)\s+requested|requested\s+(?:delivery|date|eta)\b[^.!?\n\d]{0,12}$|"
    r"gewünschte[rs]?\s+(?:liefer)?(?:termin|datum)\b[^.!?\n\d]{0,8}$|date\s+souhaitée|"
    r"fecha\s+(?:solicitada|deseada|requerida)|gewenste\s+(?:lever)?datum|"
    # the buyer's own ask: "vous aviez demandé une livraison en", "pedíais", "Entrega solicitada:"
    r"(?:entrega|livraison|lieferung|levering)\s+(?:solicitada|deseada|demandée|gewünscht|gevraagd)|"
    r"vous\s+aviez\s+(?:demandé|souhaité)|(?<!como\s)ped[íi]ais\b|hab[íi]ais\s+pedido|"
    r"(?:u|jullie)\s+had(?:den)?\s+(?:\w+\s+){0,3}gevraagd|requested\s+(?:delivery\s+)?(?:date|for|on|by)|yo(?<!as\syo)u\s+(?:requested|asked)(?!,)|"
    r"(?:order|po|purchase\s+order)\s+(?:date|dated|of)|"
    r"(?:bestellung|commande|pedido|bestelling)\b[^.!?\n]{0,25}\b(?:vom|du|del|van)\s+$|"
    r"(?:order|pedido|commande|bestellung|bestelling)\s+(?:for|para|pour|für|voor)\s+(?:the\s+|le\s+|el\s+)?$|\bdated\b|\bordered\s+on|placed\s+on|"
    r"(?:your|my|our|ihre?|deine?|meine?|unsere?|votre|ton|mon|notre|su|tu|mi|uw|je|jouw|mijn|ons)\s+(?:e-?mail|mail|message|nachricht|correo|bericht|letter)\s+"
    r"(?:of|from|dated|vom|du|del|van)|"
    # "I know the PO says the 13th", "laut Bestellung", "selon votre commande"
    r"(?:po|order|bestellung|commande|pedido|bestelling)\s+(?:says|said|shows|states)\s+(?:the\s+)?$|"
    r"(?:laut|gemäß)\s+(?:ihrer\s+)?bestellung\s+(?:\w+\s+)?$|selon\s+votre\s+commande\s+(?:\w+\s+)?$|"
    # what the buyer did: "P07611 which you sent yesterday"
    r"(?:which|that)\s+you\s+(?:sent|placed|ordered|mailed)\s+(?:us\s+)?$|"
    # "didn't make Friday's pickup"
    r"(?:didn'?t|did\s+not)\s+make\s+$|"
    # "no need to wait for the 28th - we'll deliver on the 17th"
    r"no\s+need\s+to\s+wait\s+(?:for|until|till)\s+(?:the\s+)?$|(?:pas\s+besoin|inutile)\s+d'attendre\s+(?:le\s+|jusqu'au\s+)?$|"
    r"no\s+hace\s+falta\s+esperar\s+(?:al?\s+|hasta\s+el\s+)?$|niet\s+te\s+wachten\s+(?:tot|op)\s+$|"
    r"nicht\s+bis\s+zum\s+$|"
    # "ya no zarpa el 28", "la fecha que os dimos, el 16"
    r"\bya\s+no\s+(?:\w+\s+){0,2}$|\bno\s+(?:sale|salen|llega|llegan|zarpa|zarpan|cargamos)\s+(?:el\s+)?$|"
    r"\bto\s+be\s+(?:ordered|paid|approved|signed)\s+$|\bque\s+(?:os|te|le|les)\s+(?:dimos|dijimos|confirmamos|prometimos)\b|"
    r"\(\s*(?:was|rev(?:ision)?\.?\s*\d+\s*:)|\bwas\s*:|statt|anstatt|anstelle|ursprünglich|bisher(?:iger)?|"
    r"(?:geplant|vorgesehen|bestätigt)\s+war|alter?\s+termin|wunschtermin|au\s+lieu\s+d|"
    r"initialement|pr[ée]vue?s?\s+(?:initialement|pour\s+le)|ancienne\s+date|pr[ée]c[ée]demment|"
    r"(?:estaba|estaban|era|eran)\s+(?:previst|planificad|programad|fijad)|(?:était|étaient)\s+(?:prévu|planifi|programm)|"
    r"en\s+lugar\s+d|en\s+vez\s+d|originalmente|inicialmente|previsto\s+(?:para|inicialmente)|"
    r"anteriormente|fecha\s+anterior|in\s+plaats\s+van|oorspronkelijk|gepland\s+(?:was|stond)|"
    r"eerder\s+(?:bevestigd|gepland|doorgegeven|genoemd\w*|gecommuniceerd\w*)|oude\s+\w*datum|"
    r"alte[rsn]?\s+\w*(?:termin|datum)|"
    # "Je vous avais confirmé une livraison le", "we had promised", "hatten ... bestätigt"
    r"(?:(?:avais|avions|avait)\s+(?:\w+\s+)?(?:confirm|annonc|promis|indiqu)|"
    r"\bhad\s+(?:\w+\s+)?(?:confirmed|promised|told\s+you|said)|hatten\s+(?:\w+\s+){0,3}(?:bestätigt|zugesagt)|"
    r"hab[íi]a(?:mos)?\s+(?:\w+\s+)?(?:confirmad|prometid)|hadden\s+(?:\w+\s+){0,3}(?:bevestigd|beloofd))"
    r"[^.;!?\n\d]{0,40}$|"
    # "10 days past the 11/20 ship date we confirmed"
    r"(?:days?|weeks?)\s+(?:past|behind)\s+(?:the\s+)?$|(?:we|i)\s+(?:have\s+)?received\s+$|"
    # (with its article: ", livraison prévue le 4 décembre" after a ship date is the new plan)
    r"\b(?:the|die|der|la|le|el|de|het|your|our|ihre|unsere|votre|notre|su|uw|onze)\s+"
    r"(?:delivery|date|lieferung|livraison|entrega|levering)\s+(?:planned|scheduled|geplant|"
    r"prévue|prevista|gepland)\s+(?:on|for|am|für|le|pour|el|para|op|voor)\s+$|"
    r"(?:orders|commandes|pedidos|bestellungen|bestellingen)\s+(?:\w+\s+)?(?:placed|received|"
    r"passées|reçues|recibidos|realizados|eingegangen|eingehend|geplaatst)\s+(?:\w+\s+){0,2}$",
)
_RESTATED_AFTER = re.compile(
    # "antes del 9/10 que teníamos al principio", "fin novembre qui vous avait été confirmée"
    r"^\s*(?:que\s+ten[íi]amos|(?:that|which)\s+we\s+had\b|(?:den|die|das)\s+wir\s+(?:\w+\s+)?hatten|"
    r"que\s+nous\s+avions|die\s+we\s+hadden|qui\s+vous\s+(?:avait|a)\s+été\s+(?:confirm|annonc|promis))|"
    r"^\s*[,)]?\s*(?:is|are|will\s+be)?\s*(?:no\s+longer|not\s+(?:possible|achievable|feasible)|"
    r"(?:we\s+)?can(?:no|')?t\s+(?:make|meet|keep)|(?:we\s+)?cannot|is\s+off|nicht\s+mehr|"
    r"n'est\s+plus|ya\s+no|niet\s+meer)|"
    # "de kaarsen die we in week 49 zouden leveren"
    r"^\s*(?:zouden|zou)\s+(?:\w+\s+)?leveren\b|"
    # the day of a call: "zoals vanmorgen telefonisch afgesproken", "yesterday by phone agreed"
    r"^\s*(?:telefonisch|am\s+telefon|by\s+phone|on\s+the\s+phone|par\s+t[ée]l[ée]phone|por\s+tel[ée]fono)\s+"
    r"(?:afgesproken|besproken|besprochen|vereinbart|abgesprochen|discussed|agreed|convenu|discut[ée]|acordado|hablado)",
)
# The vendor says after the date that it will not hold, before any other date comes: "den
# bestätigten Liefertermin 28.10. können wir leider nicht halten", "the 12/3 date we can't keep".
_NOT_HELD_AFTER = compile_literal_first(
    r"(?:können|kann)\s+(?:wir|ich)\s+(?:\w+\s+){0,2}nicht\s+(?:mehr\s+)?(?:halten|einhalten|schaffen)|"
    r"schaffen\s+wir\s+(?:\w+\s+)?nicht|can(?:no|')?t\s+(?:\w+\s+)?(?:keep|meet|hold|make)|"
    r"won'?t\s+be\s+able\s+to\s+(?:keep|meet|hold|make)|won'?t\s+happen|will\s+not\s+happen|(?:will|would|does|do)\s+not\s+hold|"
    r"(?:won'?t|doesn'?t|no\s+longer)\s+hold|"
    r"ne\s+(?:pourrons|pouvons|pourra|peut)\s+pas\s+(?:\w+\s+)?(?:tenir|respecter|être\s+tenue?)|"
    r"no\s+(?:podremos|podemos|podrá)\s+(?:\w+\s+)?(?:cumplir|mantener)|"
    r"(?:kunnen|kan)\s+(?:we|ik)\s+(?:\w+\s+)?niet\s+(?:\w+\s+)?(?:halen|houden|nakomen|waarmaken)|"
    # "La fecha de entrega del 4 de diciembre, por tanto, no se mantiene"
    r"no\s+se\s+(?:mantiene|mantendr[áa]|puede\s+mantener|cumplir[áa])|ne\s+tient\s+plus|"
    r"n'est\s+plus\s+(?:tenable|valable|possible)|nicht\s+(?:mehr\s+)?(?:haltbar|zu\s+halten)|"
    r"(?:is|are)\s+no\s+longer\s+(?:valid|possible|feasible|realistic)|niet\s+(?:meer\s+)?haalbaar|"
    # "de levering die voor morgen gepland stond gaat niet door": the planned delivery is off
    r"(?:gaat|gaan)\s+(?:\w+\s+){0,2}niet\s+door|findet\s+(?:\w+\s+){0,2}nicht\s+statt|"
    r"(?:won'?t|will\s+not)\s+go\s+ahead|n'aura\s+pas\s+lieu|no\s+(?:se\s+)?(?:realizar[áa]|tendr[áa]\s+lugar)",
)
# The verb came before the date and the negation closes the clause right after it: "we halen
# de leverdatum van vrijdag 13 november daardoor niet", "die Lieferung in KW 51 nicht halten".
_NEGATION_CLOSES = re.compile(
    r"\s*(?:\w+\s+)?(?:niet|nicht)(?:\s+(?:mehr|meer))?"
    r"(?:\s+(?:halen|houden|nakomen|waarmaken|halten|einhalten|schaffen))?\s*(?:[.!;\n]|$)"
)
# "vor dem 20.11. geht es nicht": the negation bounds the date, the date still holds.
_NOT_BEFORE = compile_literal_first(
    r"\b(?:vor|voor|eerder\s+dan|früher\s+als|before|sooner\s+than)\b"
)
# "steht seit Montag still", "since Monday": a date since which something holds is past.
_SINCE = compile_literal_first(
    r"\b(?:since|seit|sinds)\s+(?:the\s+|dem\s+|de\s+|last\s+|letzte[mn]?\s+|vorige[mn]?\s+)?$"
)
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
SHIP = compile_literal_first(
    # "cargamos el martes", "quittera Montréal le", "on the truck this morning", "gaan ... weg"
    r"\bcarg(?:a|an|amos|ar[áa]n?|aremos|ad[oa]s?|ue|uen)\b|\bquitt(?:e|ent|era|eront|é|ée|és|ées)\b|"
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
    r"verlass|abgefahren|abfahrt|\bpart(?:ent)?\s+(?:du|de|d'|des|le|la|ce|cette|demain|aujourd)\b|"
    r"\bparti(?:s)?\s+(?:\w+\s+)?(?:hier|ce\s+jour|ce\s+matin|aujourd|le|de|du|d'|que)\b|\bparti\s+$|\bwent\s+$|"
    r"\b(?:est|sont|été|déjà|bien)\s+parti(?:e|es|s)?\b|embarqu|"
    # "they will be re-dyed and flown on 27 November": sent by air
    r"\bflown\b|\bair-?freighted\b|"
    r"\bsalen?\s+(?:de|del|hoy|mañana|manana|el|desde)\b",
)
DELIVERY = compile_literal_first(
    r"deliver(?!y\s+(?:note|slip))|arriv|\beta\b|reach|\bland(?:s|ing)?\s+(?:in|at)\b|at\s+your|on\s+site|receiv|in\s+stock\s+(?:with|at)\s+you|"
    r"confirm|new\s+date|lead\s*time|transit|laufzeit|tr[áa]nsito|acheminement|zugestellt|geliefert|angeliefert|"
    r"delay|postpon|pushed|moved|\bmoves\b|resched|follow|volgen\b|volgt\b|folgen|folgt|"
    r"suivr|seguir|nachgeliefert|stay|remain(?!ing)|bleib|restent|reste|permanec|blijf|"
    r"out\s+until|back\s+in\s+stock|earliest|frühestens|au\s+plus\s+tôt|como\s+pronto|"
    r"op\s+zijn\s+vroegst|ten\s+vroegste|later\s+than|expected|voraussichtlich|prévu|previst|verwacht|"
    r"still\s+(?:good|on|ok|fine)|good\s+for|on\s+track|on\s+schedule|verschoben|"
    # "the date still holds, 2 December into Hamburg"; "unload in Hamburg on Friday"
    r"(?:still|date)\s+holds\b|\bunload|"
    # "Backordered: mop qty 40 - due w/c 19/10": goods due in a week (a payment is due on a day)
    r"\bdue\s+(?:w/c|wk|week|kw|cw)\b|"
    # "New promised date: 12/07/2026" in a portal's change notice
    r"\bpromised\s+date|"
    # "shipped today, should land Friday", "should be there tues": the goods' arrival
    # ("\b'll" written as "(?<=\w)'ll": the same, and literal-first, see ``fastre``)
    r"\b(?:should|will|shall|to)\s+(?:land|be\s+there)\b|(?<=\w)'ll\s+(?:land|be\s+there)\b|"
    r"retard|report(?:[ée]|er|\s+(?:de|du|au|à)\b)|retras|aplaz|vertraag|uitgesteld|(?:in|to|at|into)\s+your\s+(?:dc|warehouse|store|site|door)|"
    r"\byour\s+(?:dc|warehouse)|with\s+you\b|hav(?:e|ing)\s+(?:them|it)\s+(?:at|in|with)\b|you\s+(?:will\s+|should\s+)?have\s+(?:them|it)\b|you(?:'ll|\s+will|\s+should)?\s+(?:get|have)\s+(?:them|it)\b|should\s+see\s+(?:them|it)\b|"
    r"\b(?:las|los|la|lo)\s+(?:ten[ée]is|tienes|tiene[ns]?)\b|"
    r"\b(?:las|los|la|lo)\s+(?:tendr[íi]a(?:mos|s|n)?|tendr(?:[ée]is|[áa]n|[áa]s|[áa])|teng(?:[áa]is|an|as|a))\b|vous\s+les\s+aurez|haben\s+sie\s+(?:die|sie)\b|"
    r"\bheeft\s+u\s+(?:ze|het)\b|\bzou(?:den)?\s+(?:er|ze|het)\s+$|chez\s+vous|bij\s+(?:u|jullie)\b|liefer(?!schein)|zustell|eintreff|ankunft|ankommen|bei\s+(?:ihnen|euch|dir)\b|"
    r"bestätig|termin|l(?<!bon\sde\sl)ivr|arriv|compter|rechnen\s+mit|plan\s+with|contar\s+con|rekenen\s+op|réception|"
    r"confirm|entreg|lleg|recib|recev|confirmad|lever(?!bon)|aankomst|"
    r"bezorg|ontvang|bevestig|\bdatum|hinterher|\bkommen\b|\bkommt\b|\bkom(?:en|t)\s+(?:in|op|rond|pas|dan)\b|\bkom(?:en|t)\s+$|"
    r"\bcom(?:e|es|ing)\s+(?:(?:in|on|around|by)\s+)?$|"
    r"\ben\s+(?:tu|su|vuestro|vuestra)\s+(?:dep[óo]sito|almac[ée]n|bodega|tienda)|"
    r"\b(?:in|op)\s+(?:uw|jullie)\s+(?:magazijn|winkel|dc)",
)
WEAK_DELIVERY = compile_literal_first(
    r"\bby\b|until|\bnow\b|\bbis\b|\bzum\b|\bpour\b|\bd'ici\b|\bpara\b|\bantes\b|\bvoor\b|\buiterlijk\b|"
    r"\bon\b|\bam\b|\ble\b|\bel\b|\bop\b|moved\s+to|pushed|postponed|delayed|revised|"
    r"around|approx|about|circa|\bca\.|environ|alrededor|ongeveer|rond|"
    # "they move from 4/12 to 18/12"
    r"\bmov(?:e|es|ing)\b[^.!?\n]{0,30}\bto\s+$",
)
OTHER_CUE = compile_literal_first(
    r"invoice|payment|\bdue\b(?!\s+to\b)(?!\s+(?:w/c|wk|week|kw|cw)\b)|paid|meeting|call\b|holiday|closed|vacation|office|back\s+on|"
    r"return|absent|abwesend|zurück|urlaub|rechnung|zahlung|congé|\bfacture|paiement|vacaciones|"
    r"ausente|\bfactura|pago|vakantie|terug|\bfactuur|betaling|valid\s+until|gültig\s+bis|"
    r"wrote|schrieb|a\s+écrit|escribió|schreef|sent:|gesendet|envoyé|enviado\s+el|verzonden:|"
    r"production|produc|finish|technician|techniker|technicien|t[ée]cnico|monteur|repair|clear|customs|"
    r"\b(?:started|begun|began)\s+(?!ship|deliver|load|dispatch|send|pick)\w+ing\b|"
    r"ready(?!\s+(?:to|for)\s+(?:ship|load|dispatch|pick|collect|deliver))|\blist[oa]s\b|"
    r"\bklaar\b(?!\s+voor\s+(?:verzending|transport|levering|verzenden))|aduana|douane|dédouan|liberad[oa]s?\b|let\s+(?:me|us)\s+know|reply|respond|"
    r"answer|decide|feedback|\bupdate\s+(?:you|u)\s+(?:on\s+|by\s+)?$|(?:please|kindly)\s+advise|advise\s+(?:us|me|which|whether|if)\b|rückmeldung|répon|respuesta|laat\s+(?:ons|me|maar|het|even)\s+(?:\w+\s+)?weten|meeting|"
    # "I'll be in Frankfurt on Monday" is where someone is; "delivery will be in week 47" is not
    r"visit|dinner|lunch|\bparty\b|celebrat|be\s+in\s+(?!$)|available\s+to\s+order|order\s+(?:now|by)|cancel|storn|annul|anul|"
    r"geschlossen|fermé|closing|\bshut\b|cerrad|gesloten|betriebsferien|inventur|inventaire|inventario|"
    # "CHRISTMAS HOURS: We close 24 December to 11 January"
    r"\b(?:we|will)\s+close\b|\bwir\s+schließen\b|\bnous\s+fermons\b|\bcerramos\b|\bwe\s+sluiten\b|"
    r"closure|shutdown|sluiting|schließung|fermeture|\bcierre|"
    # "the loom is booked full for another customer until March": capacity, not the goods
    r"booked\s+(?:full|out|up)\b|fully\s+booked|ausgebucht|volgeboekt|\bsaturée?\b|"
    # "the old phone number will still work until end of the year": validity, not the goods
    r"still\s+work(?:s|ing)?\b|will\s+(?:still\s+)?work\b|funktioniert\s+(?:\w+\s+)?noch|"
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
CHANGE = compile_literal_first(
    r"delay|postpon|push|moved|moves|move\s+to|chang(?:e|es|ed)\s+to\b|new\s+(?:date|eta|delivery)|revised|reschedul|later|"
    r"unfortunately|slip|verzög|verschob|verschieb|neue[rn]?\s+(?:termin|liefertermin|datum)|nieuwe\s+\w*datum|"
    r"später|leider|retard|report|décal|nouvelle\s+date|malheureusement|retras|nueva\s+fecha|"
    r"lamentablemente|aplaz|vertrag|vertraag|uitgesteld|nieuwe\s+datum|helaas|later|\bschuift\b|\bschuiven\b",
)
_UNCHANGED = compile_literal_first(
    r"\b(?:stays?|remains?|stands|re-?confirm\w*|unchanged|as\s+planned|on\s+schedule|still\s+(?:scheduled|planned|set|due|expected)|as\s+per\s+confirm\w*|"
    # "everything else as before: delivery 25.09.", "also as per our confirmation"
    r"as\s+per\s+(?:our|my|the)\s+confirm\w*|(?:everything|all)\s+else\s+as\s+before|"
    r"(?:still|date)\s+holds|no\s+changes?(?!\s+(?:is\s+)?possible)|still\s+(?:deliver|arriv|com)\w*|"
    r"maintenue?s?|mantenid[oa]s?|gehandhaafd|beibehalten|still\s+with\s+you|"
    # the buyer's wish granted: "as you asked", "as agreed", "wie gewünscht", "comme convenu"
    r"as\s+(?:you\s+)?(?:asked|requested)|as\s+agreed|(?:date\s+)?we\s+agreed|wie\s+(?:gewünscht|vereinbart)|"
    r"comme\s+(?:demandé|convenu)|como\s+(?:pediste\w*|acordado|solicitado)|zoals\s+(?:gevraagd|afgesproken)|"
    r"(?:as|like)\s+we\s+(?:had\s+)?(?:confirmed|agreed|planned)|"
    r"not\s+affected|unaffected|as\s+per\s+(?:schedule|plan)|according\s+to\s+(?:schedule|plan)|nicht\s+betroffen|pas\s+concern\w*|no\s+se\s+ven\s+afectad\w*|"
    r"niet\s+getroffen|niet\s+in\s+het\s+gedrang|not\s+at\s+risk|se\s+mantienen?|(?:tal\s+)?como\s+se\s+confirm[óo]|as\s+confirmed|wie\s+bestätigt|comme\s+confirmé|"
    r"como\s+confirmado|zoals\s+bevestigd|volgens\s+planning|still\s+(?:on|good|ok|fine)|on\s+time|"
    r"bleib\w*|unverändert|wie\s+geplant|restent|reste|inchangé|comme\s+prévu|permanec\w*|"
    r"sin\s+cambios|según\s+lo\s+previsto|blijf\w*|ongewijzigd|zoals\s+gepland|"
    # "daran ändert sich nichts", "nothing changes there", "rien ne change", "no cambia nada"
    r"ändert\s+sich\s+nichts|nothing\s+changes|(?:does|will|would)\s+not\s+change|(?:doesn|won|wouldn)'?t\s+change|"
    r"ne\s+change\s+rien|rien\s+ne\s+change|no\s+cambia\s+nada|verandert\s+(?:er\s+)?niets)\b",
)
# What is sent is a document, money or a sample, not the goods: "the refund goes out Monday".
DOCUMENT = compile_literal_first(
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
CONDITIONAL = compile_literal_first(
    r"\bif\s+(?:we|it|they)\s+(?:miss|don'?t|do\s+not|can'?t|cannot)\b|"
    r"\bif\s+you|falls\s+sie|\bsi\s+vous|si\s+usted|\bals\s+u\b|\bif\s+(?:yes|so)\b|"
    r"\bcould\s+(?:ship|send|deliver|load|dispatch|have|get)|\bwenn\s+sie|\bals\s+jullie|\bsi\s+lo\s+prefier|"
    r"\b(?:can|could|may)\s+either\b|\bkönnten\s+wir\b|\bwe\s+could\s+offer\b|\b(?:asks?|asked|asking|wonders?|wondering)\s+(?:\w+\s+)?(?:if|whether)\b|"
    r"\bsi\s+(?:le|te|les|os|lo)\s+(?:interesa|desea|sirve|conviene)|\bsi\s+(?:me|nos)\s+|"
    # an offer: "If it helps, we could do ...", "we propose you to keep them and deliver ..."
    # "we'd take them off the order unless you want them in late January"
    r"\bunless\b|\bes\s+sei\s+denn\b|\bà\s+moins\s+que?\b|\ba\s+menos\s+que\b|\btenzij\b|"
    # "the original colour would be possible only in week 4": an option, not the plan
    r"\bwould\s+(?:only\s+)?be\s+possible\b|\bwäre\s+(?:\w+\s+){0,2}$|\bserait\s+possible\b|"
    r"\bser[íi]a\s+posible\b|\bzou\s+(?:\w+\s+)?mogelijk\s+zijn\b|"
    r"\bif\s+it\s+helps\b|\bwe\s+could\s+do\b|\b(?:we|i)\s+(?:would\s+)?propose\b|nous\s+(?:vous\s+)?proposons|"
    r"\bschlagen\s+(?:wir|ich)\s+(?:\w+\s+){0,2}vor\b|\b(?:os|le|les|te)\s+proponemos\b|\bstellen\s+(?:wij|we)\s+voor\b|"
    # a payment the order waits for: "if the deposit is not paid by", "falls die Anzahlung"
    r"\bif\s+(?:the\s+|your\s+)?(?:deposit|payment|prepayment)\b|\bsi\s+(?:le\s+|l'|votre\s+)?(?:acompte|paiement)\b|"
    r"\bsi\s+(?:el\s+)?(?:anticipo|pago)\b|\bfalls\s+(?:die\s+)?(?:anzahlung|zahlung)\b|\bals\s+(?:de\s+)?(?:aanbetaling|betaling)\b",
)
# A date the vendor says will not hold ("will not be delivered on", "won't go out", "ne pourra
# pas être livrée le", "niet in"), in its own sentence; "not later than" is a deadline.
NEGATED = compile_literal_first(
    r"(?:\b(?<!\bif\s)(?<!\bsi\s)(?:not|won'?t|can'?t|cannot|niet|nicht|ne\s+(?:\w+\s+){1,3}pas|n'\w+\s+pas|no\s+podremos|no\s+podr[áa]n?|"
    r"no\s+pod[eé]is)\b(?![^.!?\n]*\b(?:later|late|after|before|earlier|sp[äa]ter|vor|avant|plus\s+tard|"
    r"antes|m[aá]s\s+tarde|voor|affected|only|erst|until|bis|hasta|per|ab|from|as\s+of)\b)"
    r"[^!?\n]{0,35}"
    r"|\(\s*(?:earlier|before|was|antes|vorher|avant|eerder|previously)\s+"
    r"|\bi\.\s?p\.\s?v\.\s*|\bipv\s+(?:(?:ma|di|wo|do|vr|za|zo)\.?\s+)?"
    r"|\b(?:chang|mov|roll|shift|revis|postpon|push|verschob|verschieb|décal|cambi|verscho|schuif|schuiv)\w*"
    r"[^.!?\n]{0,30}\b(?:from|von|vom|du|de|del|van)\s+(?:the\s+|dem\s+|le\s+|el\s+)?"
    r"(?:[^.!?\n]{0,25}\b(?:on|am|le|el|op)\s+)?)$",
)
# The rest of a split delivery, a backorder or the earliest date once out of stock: a new ETA.
REST = compile_literal_first(
    r"remaining|\bthe\s+rest\b|\bbalance\b|backorder|back-order|back\s+order|\bthe\s+other\s+\d|"
    r"\bother\s+\d+\s+\w+\s+(?:deliver|follow|arriv|ship)|earliest|out\s+until|"
    r"restlich|\brest\b|\brest(?:menge|mengen|posten|lieferung)\b|nachgeliefert|frühestens|restant|reliquat|suivront|au\s+plus\s+tôt|"
    r"restantes|resto|como\s+pronto|overige|resterende|\bde\s+rest\b|op\s+zijn\s+vroegst|ten\s+vroegste|"
    r"\bfollows?\b|\bfolg(?:en|t)\b|\bvolg(?:en|t)\b|not\s+before|nicht\s+vor|pas\s+avant|no\s+antes|"
    r"niet\s+voor|naleve|nageleverd|leveren\s+(?:\w+\s+){0,4}na\b",
)
# A date by which the vendor wants an answer or will answer: "confirm by Thursday", "need to
# know by Friday", "I'll confirm a date in January", "Rückmeldung bis Freitag".
REPLY_BY = compile_literal_first(
    r"(?:confirm(?:ation)?|know|answer|reply|respond|decide|decision|feedback|advise|"
    r"rückmeldung|antwort|bescheid|réponse|répondre|confirmer|respuesta|confirmar|"
    r"antwoord|laten\s+weten|bevestigen|vernemen|horen|hear|hören|savoir|saber|commitment|"
    r"zusage|engagement|compromiso|toezegging|choix|choice|keuze|elecci[óo]n|entscheidung)\s+(?:(?:a|the|an|exact|final|firm|this|that|date|it|you|"
    r"de\s+votre\s+part|votre|vos|de\s+su\s+parte|por\s+su\s+parte|su|sus|uw|ihre|your|from|"
    r"us|to|back|with|me|uns|nous|nos|ons|ihnen|graag|gerne|please|new|prices?|changes?|"
    r"quantities)\s+){0,4}(?:by|before|after(?:\s+qc)?(?:\s+on)?|"
    r"in|until|bis|avant|d'ici|antes\s+del?|voor|uiterlijk)\s+(?:the\s+|le\s+|el\s+)?$|"
    # "I'll confirm the exact vessel next week"
    r"(?:confirm|advise|tell\s+you)\s+(?:you\s+)?the\s+(?:exact|final|firm)\s+\w+\s+$|"
    # what must be done by a date: "must be confirmed by", "doivent être passées avant le"
    r"(?:must|need\s+to|needs\s+to|have\s+to|has\s+to)\s+be\s+(?:confirmed|ordered|placed|approved)\s+"
    r"(?:by|before|no\s+later\s+than)\s+(?:the\s+)?$|"
    r"doi(?:t|vent)\s+être\s+(?:confirmée?s?|commandée?s?|passée?s?)\s+(?:avant|d'ici|au\s+plus\s+tard)\s+(?:le\s+)?$|"
    r"deben\s+(?:estar\s+|ser\s+)?(?:confirmad|pedid|realizad)\w*\s+(?:antes\s+del?|hasta\s+el)\s+$",
)
# The same said verb-last: "dienen uiterlijk vrijdag 11 december bevestigd te zijn", "müssen bis
# 10.12. bestellt sein".
_TO_BE_DONE_AFTER = re.compile(
    r"^\s*(?:\w+\s+)?(?:bevestigd|besteld|doorgegeven|geplaatst|bestätigt|bestellt|aufgegeben|"
    r"freigegeben)\s+(?:te\s+)?(?:zijn|worden|sein|werden)\b"
)
# The vendor will answer later: "we'll come back with a date by Wednesday", "get back to you
# before Friday", "wir melden uns bis Freitag", "nous reviendrons vers vous d'ici lundi".
COME_BACK = compile_literal_first(
    r"(?:come|get|revert|report)\s+back\b[^.!?\n]{0,60}\b(?:by|before|until|on)\s+(?:the\s+)?$|"
    # "I will confirm on Monday when the truck passes the border"
    r"(?:will|'ll|shall)\s+(?:re)?confirm\s+(?:on\s+)?$|"
    r"melden\s+(?:uns|mich)\b[^.!?\n]{0,60}\b(?:bis|am|vor)\s+(?:zum\s+|dem\s+)?$|"
    r"(?:revien(?:s|dr\w+)|revenons)\b[^.!?\n]{0,60}\b(?:d'ici|avant|le)\s+(?:le\s+)?$|"
    r"(?:volver\w*|responder\w*)\b[^.!?\n]{0,60}\b(?:antes\s+del?|el|para\s+el)\s+$|"
    r"(?:terugkomen|komen\s+(?:\w+\s+){0,3}terug|laten\s+(?:\w+\s+){0,2}weten)\b[^.!?\n]{0,60}\b(?:voor|op|uiterlijk)\s+$|"
    # "je vous donnerai une nouvelle date ... au plus tard en fin de semaine": when the date comes
    r"(?:(?:give|send|get)\s+(?:you\s+)?a\s+new|(?:donn\w*|communiqu\w*|transmet\w*)\s+(?:\w+\s+){0,2}une\s+nouvelle|"
    r"(?:dar\w*|comunicar\w*|enviar\w*)\s+(?:\w+\s+){0,2}una\s+nueva|einen\s+neuen|een\s+nieuwe)\s+(?:delivery\s+|liefer|lever)?"
    r"(?:date|datum|termin|fecha)\b[^.!?\n\d]{0,60}\b(?:by|before|at\s+the\s+latest|au\s+plus\s+tard|d'ici|avant|"
    r"a\s+m[áa]s\s+tardar|antes\s+del?|spätestens|bis|uiterlijk|voor)\s+(?:on\s+|the\s+|le\s+|el\s+|am\s+|zum\s+)?$|"
    # what the vendor needs from us by a date: "we'd need the text before 6 Nov"
    r"(?:we\s+(?:would\s+|will\s+|'d\s+)?need|necesit\w*|brauchen\s+wir|benötigen\s+wir|nous\s+avons\s+besoin|"
    # "wir bräuchten die Info nur bis Donnerstag", "und brauchen die Angaben bis Freitag"
    r"(?:bräuchten|brauchen|benötigen)\s+(?:wir\s+)?(?:die|eine|ihre|deine)\s+(?:info|angab|antwort|daten|freigabe)\w*|"
    r"hebben\s+we\b[^.!?\n]{0,40}\bnodig)\b[^.!?\n]{0,60}\b(?:by|before|antes\s+del?|bis|vor|avant|d'ici|voor|uiterlijk)"
    r"\s+(?:the\s+|el\s+|le\s+|dem\s+)?$|"
    # what the vendor asks the buyer to do by a date: "Bitte bestätigen Sie uns die Umstellung
    # bis spätestens Freitag", "please confirm the new address by Monday"
    r"(?:please|pls|bitte|merci\s+de|veuillez|por\s+favor|gelieve)\s+(?:\w+\s+){0,2}"
    r"(?:confirm|send|return|sign|bestätigen|senden|schicken|zurück|confirmer|renvoyer|retourner|"
    r"confirm[ae]r?|envi[ae]r?|bevestigen|sturen|terugsturen)\w*\b[^.!?\n\d]{0,60}\b"
    r"(?:by|before|bis|vor|avant|d'ici|antes\s+del?|voor|uiterlijk|(?:at\s+the\s+)?latest)\s+(?:spätestens\s+|the\s+|le\s+|el\s+|dem\s+|zum\s+)?$",
)
_AS_CONFIRMED = compile_literal_first(
    r"\b(?:as|wie|comme|como|zoals)\s+(?:already\s+|previously\s+|bereits\s+|déjà\s+)?"
    r"(?:confirmed|bestätigt|confirmée?s?|confirmad[oa]s?|bevestigd)\b|"
    # "I confirm that it left today": the confirming is the writer's, not the goods'
    r"\b(?:confirm|bestätig|bevestig)\w*\s+(?:\w+\s+)?(?:that|dass|que|dat)\b"
)

_CHANGE_VERB = compile_literal_first(
    r"\b(?:moved|moves|pushed|postponed|delayed|rescheduled|verschoben|report[ée]e?s?|"
    r"retrasad[oa]s?|aplazad[oa]s?|uitgesteld)\b"
)


# The sentence states that the date is confirmed ("P1 ist für KW 48 bestätigt, P2 für KW 50",
# "your order is confirmed for Dec 3"): it holds even in an email that asks something else.
_IS_CONFIRMED = compile_literal_first(
    r"\b(?:ist|sind|bleibt|is|are|remains|est|sont|reste|está|están|sigue|zijn|blijft)\s+"
    r"(?:\S+\s+){0,5}?(?:bestätigt|confirmed|confirmée?s?|confirmad[oa]s?|bevestigd|scheduled\s+to\s+deliver|"
    # "la date de livraison du 9 octobre est tenue", "wird gehalten", "se mantiene"
    r"tenue?s?|maintenue?s?|gehalten|mantenid[oa]s?|gehandhaafd)\b|"
    # "Confirmed for delivery w/c 7 December", "We confirm the order with ETA Hamburg 14/01",
    # "delivery 19.11. is no problem": the vendor states the date in an email about prices
    r"\bconfirmed\s+for\s+(?:delivery|dispatch|shipment|arrival)\b|"
    r"\b(?:we|wir|nous|wij)\s+(?:hereby\s+|hiermit\s+|hierbij\s+)?(?:confirm|bestätigen|confirmons|bevestigen)\b|"
    r"\bconfirmamos\b|"
    # "your order, which we deliver on 18 December, keeps the old prices", "due with you
    # Tuesday", "we keep ETD 22 Sep, ETA 28 Oct": the vendor states the date as it stands
    r"\b(?:we|wir|nous|wij)\s+(?:will\s+|shall\s+)?(?:deliver|liefern|livrons|leveren|keep|maintain|"
    r"behalten|maintenons|conservons|houden)\b|\bentregamos\b|\bmantenemos\b|\bdue\s+with\s+you\b|"
    r"\b(?:is|are|ist|sind|est|es|is)\s+(?:no\s+problem|kein\s+problem|pas\s+un\s+problème|sin\s+problema|"
    r"geen\s+probleem)\b"
)

# The buyer's open order, whose delivery date the sentence states ("Op de lopende bestelling
# P03626 (eettafels, levering half januari) passen we dat niet toe"): it holds in any email.
_OPEN_ORDER = compile_literal_first(
    r"\b(?:open|current|running|lopende|openstaande|laufende[nr]?|offene[nr]?)\s+"
    r"(?:orders?|bestellingen|bestelling|bestellungen|bestellung)\s+(?:\(e\.g\.\s+)?p\w*\d|"
    r"\b(?:commandes?|pedidos?)\s+(?:en\s+cours|en\s+curso|abiertos?|pendientes?)\s+p\w*\d"
)

# A delivery named as the consignment itself, which a ship verb in the clause sends.
_CONSIGNMENT = compile_literal_first(
    r"\b(?:teil|erste\s+|zweite\s+|restliche\s+)lieferung\b|"
    r"\b(?:partial|first|second)\s+delivery\b|\blivraison\s+partielle\b|"
    r"\bentrega\s+parcial\b|\bdeellevering\b"
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


# "Expédition prévue le", "la carga está prevista para": the plan is the ship noun's.
_SHIP_PLANNED = re.compile(
    r"\b(?:expédition|envío|envio|versand|verzending|shipment|dispatch|loading|carga|chargement|"
    r"verladung|departure|salida)\s+(?:est\s+|is\s+|ist\s+|está\s+|es\s+)?"
    r"(prévue?s?|previst[oa]s?|geplant|gepland|planned|scheduled|expected|voorzien)"
)


def _blank_plan(m: re.Match[str]) -> str:
    return m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1))


# "still 11/24", "nach wie vor am": the date the buyer asked about stands.
_STILL = compile_literal_first(
    r"\b(?:still|nach\s+wie\s+vor|toujours|sigue|nog\s+steeds)\s+(?:on\s+|for\s+|am\s+|le\s+|el\s+|op\s+)?$"
)
# A day already past ("yesterday") is never a delivery the vendor commits to.
_PAST_DAYS = frozenset(
    {
        "yesterday",
        "gestern",
        "vorgestern",
        "hier",
        "avant-hier",
        "ayer",
        "anteayer",
        "gisteren",
        "eergisteren",
    }
)
# A date followed by "delivered N working days later" is when the goods leave.
_TRANSIT_AFTER = re.compile(
    r"^[^.!?\n]{0,40}?\d{1,2}\s*(?:business|working|work)\s+days?\s+(?:later|after)"
)

_NEXT_PART = re.compile(
    r"\s(?:and|und|et|y|en|then|dann|puis|luego|daarna)\s+(?!\d)|"
    # "ETA Hamburg approx 27/12, we send booking when ...": a clause with its own subject
    r",\s+(?:we|i|they|wir|ich|nous|je|wij|ik)\s+(?:will\s+|'ll\s+|werden\s+|allons\s+)?"
    r"(?:send|schicken|senden|envoyons|enverrons|sturen|stuur)\b"
)
_NEXT_DATED = re.compile(r"^[^,\d]{0,3},\s+[^\W\d]+[^,\d]{0,30}\d")


def _own_cue(before: str) -> bool:
    return any(p.search(before[-40:]) for p in (SHIP, DELIVERY))


# "delivered end of the month, not on 16 October": the date replaces the one it names after.
_NOT_THE_OTHER = re.compile(
    r"^[\s,]*(?:and\s+|but\s+)?(?:not|nicht|pas|no|niet)\s+(?:on\s+|am\s+|le\s+|el\s+|op\s+)?"
    r"(?:the\s+)?(?:\d|[a-zäéû]+\.?\s+\d)"
)

# Goods the vendor itself receives from its own supplier or factory: "we expect them early
# November from our supplier", "wir bekommen den Stoff am 3.11. von unserem Lieferanten".
INBOUND = compile_literal_first(
    r"(?:from|van|von|de|del|bij)\s+(?:our|onze|ons|unserem|unserer|notre|nos|nuestro|nuestra|"
    r"nuestros)\s+(?:\w+\s+)?(?:supplier|vendor|leverancier|lieferant|fournisseur|proveedor|"
    r"fabrikant|fabricant|fabricante|manufacturer|hersteller|factory|fabriek|usine|f[áa]brica)",
)
_AS_OF = compile_literal_first(
    r"as\s+of|as\s+from|à\s+partir|a\s+partir|à\s+compter|vanaf|met\s+ingang|ab\s+dem|ab\s+sofort"
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
    r"(?:\w+\s+){0,3}?(?:bis|vor|by|before|until|avant|jusqu'au|antes|hasta)\b"
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
    r"\b(?:arriv\w*|com(?:e|es|ing)|deliver(?:s|ed)?|reach(?:es|ing)?)\s+(?:to\s+|at\s+)?us\b)"
    r"[^.!?\n\d]{0,40}$"
)
# A deadline with what happens if it is missed: "must start latest by Friday 18th, otherwise
# packing will be affected", "bis Freitag, sonst verschiebt sich", "avant lundi, sinon".
_OTHERWISE_AFTER = re.compile(
    r"\s*,?\s*(?:otherwise|or\s+else|sonst|andernfalls|ansonsten|sinon|faute\s+de\s+quoi|"
    r"de\s+lo\s+contrario|si\s+no\b|de\s+otro\s+modo|anders|zo\s+niet)\b"
)
# What comes from the vendor's own supplier: "are coming from our partner only on 25 November".
_SUPPLIER_DOES = compile_literal_first(
    r"\b(?:from|von|de|van|bij)\s+(?:our|unserem|unserer|notre|nuestro|onze)\s+(?:partner|supplier|"
    r"zulieferer|lieferanten|fournisseur|proveedor|leverancier)[^.!?\n\d]{0,25}$"
)
# The sentence speaks of cancelling: its dates are the cancelled ones.
CANCELLED = compile_literal_first(r"cancel|storn|annul|anul")
_SHIPPED = compile_literal_first(
    r"shipped|dispatched|despatched|went\s+out|\bleft\b|\bsent\b(?!\s+(?:\w+\s+)?back)|collected|picked\s+up|"
    r"versandt|verschickt|abgeholt|expédié|enviad|despachad|verzonden|verstuurd|opgehaald"
)
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
    r"\bvous\s+recevr\w*|\b(?:ontvangt|krijgt)\s+u\b|\bu\s+(?:ontvangt|krijgt)\b"
)
# One of the options the buyer is asked to choose from: "A) ship on time (loading 9 October)".
_OPTION = re.compile(r"\s*(?:option\s+)?[a-c][).:]\s")
# A numbered item, one of the options when the text before it offers some.
_NUMBERED = re.compile(r"\s*(?:option\s+)?\d[).:]\s")
_OPTIONS_WORD = compile_literal_first(
    r"\b(?:two|three|2|3|following|these|zwei|drei|folgende|deux|trois|dos|tres|twee|drie)\s+"
    r"(?:options?|possibilit\w+|möglichkeiten|varianten|alternativ\w*|opciones|opties|mogelijkheden|"
    r"choices|solutions?)\b|\b(?:options?|opciones|opties|möglichkeiten)\s*:"
)
# "the test report was updated on 15 October": a past event with no delivery word.
_PAST_EVENT = re.compile(
    r"\b(?!schedul|plann|fix|book|postpon|resched|expect|need)\w+ed\s+(?:on|in)\s+$"
)
# "Debido al temporal de esta semana", "due to the storm of this week": the date of the
# cause, not of the goods.
_CAUSE = compile_literal_first(
    # ("due to ship 12/18" is a plan: "due to" before a verb is no cause)
    r"(?:due\s+to(?!\s+(?:ship|arriv|deliver|leav|land|reach|be|go|come|dispatch|load|sail)\w*\b)|because\s+of|owing\s+to|debido\s+al?|a\s+causa\s+del?|à\s+cause\s+de|en\s+raison\s+de|"
    r"wegen|aufgrund|vanwege)\s+(?:\w+\s+){1,3}(?:(?:of|de|van|des|der)\s+)?$"
)
# "until today we did not receive": a point in time, not a delivery.
_UNTIL_NOW = compile_literal_first(r"(?:until|up\s+to|till|bis|jusqu'?à|hasta|tot)\s+$")
# A header field such as "Date:" of a document (proforma, invoice) dates the document.
# ("New date:", "Revised date:" name a delivery, not a document.)
_DOC_DATE = re.compile(
    # ("Effective date: 01/04/2027" in a price notice is when the prices change)
    r"(?<!new)(?<!revised)(?<!updated)(?<!nieuwe)(?<!neues)(?<!nueva)(?<!nouvelle)(?<!promised)(?<!effective)"
    r"(?:^|\s)(?:date|datum|fecha|data|invoice\s+date|doc\.?\s+date)\s*:\s*$|"
    # a document's revision: "Revision: 1 / Revised: 10/20/2026" (a bare field, no delivery word)
    r"^\s*revised\s*:\s*$"
)
# The patterns anchored at the date (``...$``) reach at most this far back into its sentence.
_TAIL = 110
# "Previous Est. Delivery:": an abbreviation's period ends no sentence. The breaks are
# written as one character class first, which ``re`` skips to in C, then what follows each:
# ``[!?\n]\s*|(?<!\b[Ee]st)\.\s+(?=[A-ZÄÖÜÉ])`` and ``[!?;\n]|\.\s+(?=[A-ZÄÖÜÉ])|:\s*\n``.
_SENTENCE_START = re.compile(r"[!?\n.](?:(?<=[!?\n])\s*|(?<=\.)(?<!\b[Ee]st\.)\s+(?=[A-ZÄÖÜÉ]))")
_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_BREAK = re.compile(r"[!?;\n.:](?:(?<=[!?;\n])|(?<=\.)\s+(?=[A-ZÄÖÜÉ])|(?<=:)\s*\n)")


_COMMITTING = (
    DateRole.CONFIRMED_DELIVERY,
    DateRole.NEW_ETA,
    DateRole.RANGE_START,
    DateRole.RANGE_END,
)


@dataclass(frozen=True, slots=True)
class RoledDate:
    """A date mention with its role and the confidence of that role."""

    mention: DateMention
    role: DateRole
    confidence: float
    cued: bool
    stated: bool = False


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around ``text[start:end]`` begins and ends (at most 120 / 80 away)."""
    lo = max(0, start - 120)
    breaks = list(_CLAUSE_BREAK.finditer(text[lo:start]))
    if breaks:
        lo += breaks[-1].end()
    hi = min(len(text), end + 80)
    stop = _CLAUSE_BREAK.search(text[end:hi])
    if stop:
        hi = end + stop.start()
    return lo, hi


def _nearest(pattern: re.Pattern[str], before: str, after: str) -> int | None:
    best: int | None = None
    for m in pattern.finditer(before):
        best = len(before) - m.end()
    first = pattern.search(after)
    if first is not None:
        distance = int(first.start() * 1.5) + 8
        if best is None or distance < best:
            best = distance
    return best


def assign_roles(
    text: str, mentions: list[DateMention], *, change_email: bool, price_email: bool
) -> list[RoledDate]:
    """Give each mention a role from its clause; ``change_email`` makes deliveries new ETAs."""
    folded = fold(text)
    roled: list[RoledDate] = []
    previous_end = 0
    for mention in mentions:
        lo, hi = _clause(text, mention.start, mention.end)
        before, after = folded[lo : mention.start], folded[mention.end : hi]
        own = folded[max(previous_end, mention.start - 60) : mention.start]
        end = _SENTENCE_END.search(text, mention.end, mention.end + 150)
        question = end is not None and end.group(0) == "?"
        lo_own = max(previous_end, mention.start - 160)
        lo_whole = max(0, mention.start - 160)
        heads = [m.end() for m in _SENTENCE_START.finditer(text, lo_whole, mention.start)]
        whole = folded[max(heads, default=lo_whole) : mention.start]
        own_heads = [h for h in heads if h > lo_own] if lo_own > lo_whole else heads
        sentence = folded[max(own_heads, default=lo_own) : mention.start]
        found = _role(
            mention,
            before,
            after,
            own,
            sentence,
            change_email,
            price_email,
            question,
            follows_date=previous_end > mention.start - 60,
            whole_sentence=whole,
        )
        # "So we have two options:\n1. We ship ... 2. We wait ...": a numbered option
        line_at = folded.rfind("\n", 0, mention.start) + 1
        if (
            found.role != DateRole.OTHER
            and _NUMBERED.match(folded, line_at)
            and _OPTIONS_WORD.search(folded, max(0, line_at - 400), line_at)
        ):
            found = RoledDate(mention, DateRole.OTHER, 0.7, True)
        if found.role in _COMMITTING and folded[mention.start : mention.end] in _PAST_DAYS:
            found = RoledDate(mention, DateRole.OTHER, 0.7, True)
        # "Mogen we die leveren? Dan blijft de levering op 22 oktober staan.": the answer decides
        head = max(heads, default=-1)
        if (
            found.role in _COMMITTING
            and head > 0
            and _THEN.match(folded, head)
            and text[max(0, head - 3) : head].rstrip().endswith("?")
        ):
            found = RoledDate(mention, DateRole.OTHER, 0.7, True)
        stop = _CLAUSE_BREAK.search(text, mention.end, mention.end + 150)
        stop_at = stop.start() if stop else mention.end + 150
        following = next((m.start for m in mentions if m.start >= mention.end), stop_at)
        if _NOT_HELD_AFTER.search(folded, mention.end, min(stop_at, following)) or (
            _NEGATION_CLOSES.match(folded, mention.end, min(stop_at, following))
            and not _NOT_BEFORE.search(before[-25:])
        ):
            found = RoledDate(mention, DateRole.OTHER, 0.85, True)
        # "the remaining 150 follow in week 50, delivery 11 December": the rest's date even
        # when another date stands between it and the cue; a rest that has already shipped
        # arrives on the shipping notice's estimate.
        if (
            found.role == DateRole.CONFIRMED_DELIVERY
            and found.cued
            and REST.search(whole)
            and not _SHIPPED.search(whole)
            and not _UNCHANGED.search(before + " " + after)
        ):
            found = RoledDate(mention, DateRole.NEW_ETA, found.confidence, True, found.stated)
        if not found.cued:
            found = _by_column(found, folded, change_email)
        if found.role == DateRole.OTHER and _in_delivery_note_head(folded, mention.start):
            found = RoledDate(mention, DateRole.SHIP_DATE, 0.7, True)
        # "PAKBON PB-2093   Leverdatum: 24/11/2026": the note's own delivery date, on its title
        # line, is the day the goods on it leave
        line_head = folded[folded.rfind("\n", 0, mention.start) + 1 : mention.start]
        if (
            found.role == DateRole.CONFIRMED_DELIVERY
            and _in_delivery_note_head(folded, mention.start)
            and _DELIVERY_NOTE.search(line_head)
        ):
            found = RoledDate(mention, DateRole.SHIP_DATE, 0.7, True)
        if found.role in (DateRole.CONFIRMED_DELIVERY, DateRole.NEW_ETA) and _CONSIGNMENT.search(
            folded, mention.end, mention.end + 40
        ):
            found = _consignment_sent(found, folded, end.start() if end else mention.end + 150)
        if found.role == DateRole.CONFIRMED_DELIVERY and not found.stated and not question:
            stop_at = end.start() if end is not None else mention.end
            heads = [
                m.end() for m in _SENTENCE_START.finditer(text, max(0, lo_own - 100), mention.start)
            ]
            head = max(heads, default=lo_own)
            if _IS_CONFIRMED.search(folded, head, stop_at) or (
                _OPEN_ORDER.search(folded, head, mention.start) and found.confidence >= 0.85
            ):
                found = RoledDate(mention, found.role, found.confidence, True, stated=True)
        roled.append(found)
        if mention.end > previous_end and mention.part != "start":
            previous_end = mention.end
    return _pulled_in(text, _same_role_for_both_ends(roled))


# An attached delivery note's title: its header date is the day the goods left.
_DELIVERY_NOTE = compile_literal_first(
    r"\b(?:delivery\s+note|dispatch\s+note|packing\s+slip|lieferschein|bon\s+de\s+livraison|"
    r"albar[aá]n|pakbon|leverbon)\b"
)
_ATTACHMENT_MARK = "--- attachment:"


def _in_delivery_note_head(folded: str, start: int) -> bool:
    """The date stands in the first lines of an attached delivery note, before its rows.

    "--- attachment: LS.pdf ---", "Lieferschein Nr. 5521 vom 04.11.2026": the note is dated the
    day it ships, whereas a date deeper in the note (a row, a delivery field) has its own cue.
    """
    mark = folded.rfind(_ATTACHMENT_MARK, max(0, start - 300), start)
    if mark < 0:
        return False
    head = folded[mark:start]
    return head.count("\n") <= 3 and _DELIVERY_NOTE.search(head) is not None


def _consignment_sent(found: RoledDate, folded: str, stop: int) -> RoledDate:
    """A ship verb for the consignment named right after the date makes a ship date.

    "Heute ist die erste Teillieferung ... rausgegangen": the verb comes before any delivery
    word of the sentence.
    """
    rest = _CONSIGNMENT.sub(_blank, folded[found.mention.end : stop])
    ship = SHIP.search(rest)
    delivery = DELIVERY.search(rest)
    if ship is None or (delivery is not None and delivery.start() < ship.start()):
        return found
    return RoledDate(found.mention, DateRole.SHIP_DATE, 0.75, True)


# A date cell earlier in a row, matched on the reversed row: "23.11.2026", "24/11", "kw 48".
_ROW_DATE = re.compile(
    r"\d{2,4}[./-]\d{1,2}[./-]\d{1,2}\b|\d{1,2}[./-]\d{1,2}\b|\d{1,2}\s*wk\b|\d{1,2}\s*\.?mes\b"
)


def _by_column(found: RoledDate, folded: str, change_email: bool) -> RoledDate:
    """A date without a cue in a table row takes the role its column header names."""
    column = column_of(folded, found.mention.start)
    if column is None:
        return found
    if column == "ship":
        role = DateRole.SHIP_DATE
    elif column == "new":
        role = _ranged(found.mention, DateRole.NEW_ETA)
    elif column == "delivery":
        # "Was 12/10  Now 12/10": a new date equal to the old one on its row is unchanged.
        mention = found.mention
        row = folded[folded.rfind("\n", 0, mention.start) + 1 : mention.start]
        unchanged = re.search(
            rf"(?<![\w/.]){re.escape(folded[mention.start : mention.end])}\s", row
        )
        # "Wunschtermin 23.11.2026  Bestätigt 30.11.2026": a date under an old or requested
        # column earlier in the row that differs makes this one its replacement.
        earlier = _ROW_DATE.search(row[::-1])
        replaces = (
            earlier is not None and column_of(folded, mention.start - earlier.end()) == "other"
        )
        changed = (change_email or replaces) and unchanged is None
        role = _ranged(mention, DateRole.NEW_ETA if changed else DateRole.CONFIRMED_DELIVERY)
    else:
        role = DateRole.OTHER
    return RoledDate(found.mention, role, 0.7, True)


# Between a date and the one it replaces: "7 December rather than 10 December", "23.11.
# (bisher 30.11.)", "5 november i.p.v. 12 november".
_REPLACES_GAP = re.compile(
    r"[^.!?\n]{0,25}?(?:\b(?:instead\s+of|rather\s+than|not|statt|anstatt|bisher|au\s+lieu\s+d\w*|"
    r"en\s+(?:lugar|vez)\s+de\w*|in\s+plaats\s+van|ipv|was|earlier|previously|"
    r"antes\s+del?|avant|vorher|eerder)\b|\bi\.\s?p\.\s?v\.)[^.!?\n\d]{0,20}$"
)


def _pulled_in(text: str, roled: list[RoledDate]) -> list[RoledDate]:
    """A new date earlier than the one it replaces is a pull-in the vendor confirms.

    "will now arrive on Monday 7th December rather than Thursday 10th", "die Lieferung wird
    auf Montag, 23.11. vorgezogen (bisher 30.11.)": the goods come sooner, nothing slips.
    """
    for index in range(len(roled) - 1):
        new, old = roled[index], roled[index + 1]
        if (
            new.role == DateRole.NEW_ETA
            and old.role == DateRole.OTHER
            and new.mention.part == old.mention.part == "single"
            and old.mention.value > new.mention.value
            and old.mention.start - new.mention.end <= 45
            and _REPLACES_GAP.match(fold(text), new.mention.end, old.mention.start)
        ):
            roled[index] = RoledDate(
                new.mention, DateRole.CONFIRMED_DELIVERY, new.confidence, True, stated=True
            )
    return roled


def _same_role_for_both_ends(roled: list[RoledDate]) -> list[RoledDate]:
    """A range whose end is no delivery is none at its start ("vom 23.12. bis 5.1. zu")."""
    for index in range(1, len(roled)):
        first, second = roled[index - 1], roled[index]
        if (
            first.mention.part == "start"
            and second.mention.part == "end"
            and second.role == DateRole.OTHER
            and first.role != DateRole.OTHER
        ):
            roled[index - 1] = RoledDate(first.mention, DateRole.OTHER, second.confidence, True)
        # A price takes effect at the start of its window; the window's end is no start.
        if (
            first.mention.part == "start"
            and second.mention.part == "end"
            and first.role == second.role == DateRole.PRICE_EFFECTIVE
        ):
            roled[index] = RoledDate(second.mention, DateRole.OTHER, second.confidence, True)
    return roled


# The vendor holds to the original date after all: "I can now firmly confirm the original
# date: delivered 10/16", "wir bestätigen den ursprünglichen Termin", "on garde la date initiale".
_KEEPS_ORIGINAL = compile_literal_first(
    r"\b(?:re-?confirm|confirm|keep|hold|stick\s+to|back\s+to|return\s+to|bestätig|halten|"
    r"confirm|maint|garde|tenons|respect|manten|mantien|bevestig|houden)\w*\s+(?:\w+\s+){0,3}$"
)
_ORIGINAL = compile_literal_first(r"original|ursprüngl|initia|oorspronkelijk")
_NEGATION = compile_literal_first(r"\b(?:not|cannot|can't|won't|nicht|pas|no|niet|kein\w*)\b")


def _was_before(sentence: str, pos: int) -> int | None:
    r"""Where ``(?:^|[\s,;(])was\s+$`` matches in ``sentence`` from ``pos`` ("... was 12/3").

    This branch of the restated cues is tested on its own: in ``RESTATED`` a branch that
    does not begin with a letter would make ``re`` try every branch at every position.
    """
    head = sentence.rstrip()
    if len(head) == len(sentence) or not head.endswith("was"):
        return None
    at = len(head) - 4
    if at < 0:
        return 0 if pos == 0 else None
    if at >= pos and (sentence[at].isspace() or sentence[at] in ",;("):
        return at
    return None


def _restated(sentence: str, own: int) -> bool:
    """Whether the date's words (``sentence`` from ``own`` on) restate an earlier date."""
    m = RESTATED.search(sentence, own)
    was = _was_before(sentence, own)
    if was is not None and (m is None or was <= m.start()):
        # the leftmost restated cue, which is no "original" one
        return True
    if m is None:
        return False
    # "nur 300 statt 500 Stück zum Wunschtermin, der Rest kommt in KW 2": the rest's date
    if REST.search(sentence, m.end()) is not None:
        return False
    if _ORIGINAL.match(sentence, m.start()) is None:
        return True
    kept = _KEEPS_ORIGINAL.search(sentence, max(0, m.start() - 60), m.start())
    if kept is None or _NEGATION.search(sentence, max(0, kept.start() - 30), kept.start()):
        return True
    return (
        RESTATED.search(sentence, m.end()) is not None or _was_before(sentence, m.end()) is not None
    )


# After the cancelled part, the rest goes on: "I'll cancel those 150 and just send the mats
# ... they'd go out Monday", "cancelling line 3. rest ships fri, delivery tues 9/22".
_GOES_ON = re.compile(r"[.,;]\s|\s(?:and|but|und|aber|et|mais|y|pero|maar)\s")


_NOT_CANCELLING = re.compile(
    r"(?:\bnot|n't|\bnicht|\bpas|\bno|\bniet|too\s+late\s+to|zu\s+spät\s+(?:zum|für\s+(?:eine|die))?|"
    r"trop\s+tard\s+pour|demasiado\s+tarde\s+para|te\s+laat\s+om(?:\s+te)?)\s+(?:\w+\s+)?$"
)


def _cancelled(sentence: str) -> bool:
    """Whether the sentence cancels what its date belongs to."""
    last = None
    for found in CANCELLED.finditer(sentence):
        # "we are not cancelling", "too late to cancel": the order goes on
        if _NOT_CANCELLING.search(sentence, max(0, found.start() - 25), found.start()):
            continue
        last = found
    if last is None:
        return False
    cut = _GOES_ON.search(sentence, last.end())
    if cut is None:
        return True
    return SHIP.search(sentence, cut.end()) is None and DELIVERY.search(sentence, cut.end()) is None


# The patterns ``_plainly_other`` searches the tail and the sentence with, each set as one
# (see ``cuesets``): where it finds nothing, none of its patterns needs a scan of its own.
_TAIL_CUES = any_of(
    NEGATED,
    REPLY_BY,
    COME_BACK,
    _UNTIL_NOW,
    _SINCE,
    _CAUSE,
    _ONLY_UNTIL,
    _SUPPLY_ARRIVES,
    _SUPPLIER_DOES,
    _TO_US,
)
_SENTENCE_CUES = any_of(CONDITIONAL, ORDER_CUTOFF, CANCELLED)


def _plainly_other(
    mention: DateMention, after: str, own: str, sentence: str, tail: str, question: bool
) -> RoledDate | None:
    """Role ``other`` for a date the words right around it rule out as a commitment.

    Restated or negated, asked about or conditional, the vendor's own inbound goods, an order
    cut-off or a cancelled line, a document's date.
    """
    in_tail = _TAIL_CUES.search(tail) is not None
    in_sentence = _SENTENCE_CUES.search(sentence) is not None
    if (
        _restated(sentence, max(0, len(sentence) - len(own)))
        or _RESTATED_AFTER.match(after)
        or (in_tail and NEGATED.search(tail))
    ):
        return RoledDate(mention, DateRole.OTHER, 0.85, True)
    if (
        question
        or (in_sentence and CONDITIONAL.search(sentence))
        or _OPTION.match(sentence)
        or (in_tail and (REPLY_BY.search(tail) or COME_BACK.search(tail)))
        or _TO_BE_DONE_AFTER.match(after)
    ):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    if INBOUND.search(after[:40]) and not _COORDINATOR.search(after[:40]):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    if (
        (in_sentence and ORDER_CUTOFF.search(sentence))
        or _OTHERWISE_AFTER.match(after)
        or (in_sentence and _cancelled(sentence))
        or (
            in_tail
            and (
                (mention.kind == "relative_day" and _UNTIL_NOW.search(tail))
                or _SINCE.search(tail)
                or _CAUSE.search(tail)
                or _ONLY_UNTIL.search(tail)
                or _SUPPLY_ARRIVES.search(tail)
                or _SUPPLIER_DOES.search(tail)
                or _TO_US.search(tail)
            )
        )
    ):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    doc = _DOC_DATE.search(tail) if ":" in tail else None
    # "N.º confirmación: ADS-CP-1187      Fecha: 09/11/2026": a header field is its own cell
    cell = tail.rfind("  ", 0, doc.start()) + 1 if doc else 0
    if doc and not DELIVERY.search(tail, cell, doc.start()) and not SHIP.search(sentence):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    return None


def _role(
    mention: DateMention,
    before: str,
    after: str,
    own: str,
    sentence: str,
    change_email: bool,
    price_email: bool,
    question: bool = False,
    *,
    follows_date: bool = False,
    whole_sentence: str = "",
) -> RoledDate:
    """Role of one mention from its folded clause.

    ``before`` and ``after`` are the clause's two sides, ``own`` the text before the mention
    back to the previous date, ``sentence`` the part of that in the date's own sentence;
    ``question`` says the date's sentence asks something.
    """
    tail = sentence[-_TAIL:]
    early = _plainly_other(mention, after, own, sentence, tail, question)
    if early is not None:
        return early
    clause = before + " " + after
    distances = _coordinated_cue_distances(before, after, own if follows_date else "")
    # A price cue makes an effective date only in a price email or a clause about prices.
    priced = price_email or PRICE_CONTEXT.search(clause) is not None
    price_cue = _nearest(PRICE_CUE, before, after) if priced else None
    cued = price_cue is not None
    # "payment must arrive before 15 December ... released from port": the other cue is nearer.
    nearer_other = price_cue is not None and distances.get("other", 10**6) < price_cue
    # "... at the prices on your order, and delivery for Tuesday 3rd November": outside a price
    # email, a delivery or ship word nearer than the price cue makes the date the goods'.
    if not price_email and price_cue is not None:
        nearer_other = (
            nearer_other
            or min(distances.get("delivery", 10**6), distances.get("ship", 10**6)) < price_cue
        )
    if (
        cued
        and not nearer_other
        and ((price_email and not distances) or PRICE_CONTEXT.search(clause))
    ):
        return RoledDate(mention, DateRole.PRICE_EFFECTIVE, 0.8, True)
    if not distances:
        if _PAST_EVENT.search(before):
            return RoledDate(mention, DateRole.OTHER, 0.6, True)
        if (
            WEAK_DELIVERY.search(before[-40:])
            or REST.search(sentence)
            or _STILL.search(before)
            # "Carrier quotes 3-4 business days to the consolidator": a transit time
            or mention.business_days is not None
        ):
            distances["delivery"] = 100
        else:
            # "a partir del lunes 7 ... deja de atender": when something starts, no delivery
            starts = _AS_OF.search(before[-30:]) is not None
            return RoledDate(mention, _ranged(mention, DateRole.OTHER), 0.5, starts)
    kind = min(distances, key=lambda k: distances[k])
    if kind == "other" or _ORDER_TERMS.search(whole_sentence or sentence):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    if kind == "ship" and DOCUMENT.search(sentence):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    # "our order confirmation follows tomorrow by EDI": a document comes, not the goods.
    if (
        kind == "delivery"
        and DOCUMENT.search(sentence)
        and (REST.search(sentence) or _SENDS.search(sentence) or _YOU_GET.search(sentence))
    ) or (kind == "delivery" and _CONFIRMATION_SENT.search(sentence)):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    # "shipped 300 today, rest next week", "schicken die restlichen 180 Mitte Dezember nach":
    # the rest's own date, when no verb of its own sends it, is when the rest comes.
    if kind == "ship" and (
        _BARE_REST.search(before[-40:]) or (REST.search(sentence) and _SENT_AFTER.match(after))
    ):
        return RoledDate(mention, _ranged(mention, DateRole.NEW_ETA), 0.75, True)
    if kind == "ship" and mention.business_days is None:
        return RoledDate(mention, _ranged(mention, DateRole.SHIP_DATE), 0.8, True)
    if mention.business_days is None and _TRANSIT_AFTER.match(after):
        return RoledDate(mention, DateRole.SHIP_DATE, 0.75, True)
    unchanged = _UNCHANGED.search(clause)
    # "delivery Friday 27.11. instead of 24.11. as planned": the words after "instead of" are
    # the replaced date's
    if unchanged is not None and unchanged.start() > len(before):
        instead = _INSTEAD.search(after, 0, unchanged.start() - len(before) - 1)
        unchanged = None if instead is not None else unchanged
    if unchanged is not None or _STILL.search(before):
        role = _ranged(mention, DateRole.CONFIRMED_DELIVERY)
        return RoledDate(mention, role, 0.8, True, stated=distances.get("delivery", 100) < 100)
    # "the 200 remaining are ready next week and would reach Hamburg mid-January": the rest
    # is named once for every date of its sentence.
    rest = REST.search(whole_sentence or sentence)
    changed = (
        change_email
        or bool(CHANGE.search(clause))
        or bool(rest)
        or bool(_NOT_THE_OTHER.match(after))
    )
    role = DateRole.NEW_ETA if changed else DateRole.CONFIRMED_DELIVERY
    # (a business-day span after a ship cue has no delivery word of its own)
    confidence = 0.85 if distances.get("delivery", 100) < 100 else 0.6
    return RoledDate(mention, _ranged(mention, role), confidence, True)


# The rest named right before its date, with no verb between: "rest (24) end of next week".
_BARE_REST = compile_literal_first(
    r"(?:\brest|\bremaining|\bthe\s+balance|\brestlichen?|\ble\s+reste|\bel\s+resto)"
    r"(?:\s*\(\d+\)|\s+\d+(?:\s+(?:pcs|pieces|units|cases|cartons|pallets|stück|stk\.?))?)?"
    r"\s*[:,-]?\s*$"
    # "60 went out today, other 40 next week": the other part, counted
    r"|(?:^|[,;]\s*)other\s+\d+(?:\s+(?:pcs|pieces|units|cases|cartons|pallets))?\s*[:,-]?\s*$"
)
# German "nachschicken", "nachliefern": the particle after the date sends the rest later.
_SENT_AFTER = re.compile(r"\s*nach\s*(?:[,.;!?\n]|$|und\b|sobald\b)")


# A sentence that goes on from a question: its dates depend on the answer.
_THEN = compile_literal_first(
    r"(?:then|dan|dann|alors|entonces|in\s+(?:that|this)\s+case|in\s+dat\s+geval|in\s+diesem\s+fall|"
    r"dans\s+ce\s+cas|en\s+ese\s+caso)\b"
)
_INSTEAD = compile_literal_first(
    r"\b(?:instead\s+of|rather\s+than|statt|anstatt|au\s+lieu|en\s+(?:lugar|vez)\s+de|in\s+plaats\s+van|"
    r"not|nicht|niet)\b|\bi\.\s?p\.\s?v\."
)


# "and" between two dates ends the first one's words: in "sale el 12/12 y llegaría a Hamburgo"
# the arrival is not the 12/12, in "liberado y el martes 20 en tu depósito" the clearance is
# not the 20th. (Dutch "en" is Spanish "in", so it is left out.)
_COORDINATOR = re.compile(r"\s(?:and|y|e|und|et)\s")


def _coordinated_cue_distances(before: str, after: str, own: str) -> dict[str, int]:
    """``_cue_distances`` of the date's own side of an "and", else of the whole clause.

    ``own`` is the text back to the previous date when that is near (else empty): an "and"
    in it starts this date's words. (An "and" after the date starts the next one's: that
    split is ``_cue_distances``'s own.)
    """
    cut = max(_COORDINATOR.finditer(own), key=lambda m: m.start(), default=None)
    if cut is not None:
        distances = _cue_distances(before[len(before) - (len(own) - cut.end()) :], after)
        if distances:
            return distances
    return _cue_distances(before, after)


def _cue_distances(before: str, after: str) -> dict[str, int]:
    """How far the nearest ship, delivery and other cue is from the date, by kind."""
    distances: dict[str, int] = {}
    # "sail on 13 Nov and land in Hamburg ...": a cue after "and" belongs to the next part.
    after = _NEXT_PART.split(after, maxsplit=1)[0]
    # "departed Ningbo on 14 Nov, ETA Hamburg 20 Dec": the words after a comma that lead to
    # another date are that date's, when the date has a cue of its own before it.
    if before.strip() and _NEXT_DATED.match(after) and _own_cue(before):
        after = after[: after.index(",")]
    for name, pattern in (("ship", SHIP), ("delivery", DELIVERY), ("other", OTHER_CUE)):
        found = _nearest(pattern, before, after)
        if found is not None:
            distances[name] = found
    if "ship" in distances and "delivery" in distances:
        # "ship as confirmed on 12/8": "as confirmed" says the date stands, not what it is;
        # "heute ist die erste Teillieferung rausgegangen": the partial delivery is the goods;
        # "ETD moved to 4 Dec": the change verb says the ship date changed, not what it is.
        plain = _nearest(
            DELIVERY,
            _SHIP_PLANNED.sub(
                _blank_plan,
                _CHANGE_VERB.sub(
                    _blank, _CONSIGNMENT.sub(_blank, _AS_CONFIRMED.sub(_blank, before))
                ),
            ),
            _CHANGE_VERB.sub(_blank, _CONSIGNMENT.sub(_blank, _AS_CONFIRMED.sub(_blank, after))),
        )
        if plain is None:
            del distances["delivery"]
        else:
            distances["delivery"] = plain
    conditional = _nearest(CONDITIONAL, before, "")
    if conditional is not None and conditional < distances.get("other", 10**6):
        distances["other"] = conditional
    return distances


def _ranged(mention: DateMention, role: DateRole) -> DateRole:
    if mention.part == "start" and role in (DateRole.CONFIRMED_DELIVERY, DateRole.NEW_ETA):
        return DateRole.RANGE_START
    if mention.part == "end" and role in (DateRole.CONFIRMED_DELIVERY, DateRole.NEW_ETA):
        return DateRole.RANGE_END
    return role
