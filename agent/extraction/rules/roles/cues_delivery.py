"""Cues of a delivery date and of whether it changed.

"deliver", "arrive", "ETA" make a delivery; "delayed", "new date" a change (a ``new_eta``);
"as planned", "still holds", "is confirmed" a date that stands; "the rest", "backorder" the
rest of a split delivery, which comes on a new ETA.
"""

from __future__ import annotations

import re

from agent.extraction.rules.fastre import compile_literal_first

DELIVERY = compile_literal_first(
    r"deliver(?!y\s+(?:note|slip))|arriv|\beta\b|reach|\bland(?:s|ing)?\s+(?:in|at)\b|at\s+your|on\s+site|receiv|in\s+stock\s+(?:with|at)\s+you|"
    r"confirm|new\s+date|lead\s*time|transit|laufzeit|tr[áa]nsito|acheminement|zugestellt|geliefert|angeliefert|"
    r"delay|postpon|pushed|moved|\bmoves\b|resched|follow|volgen\b|volgt\b|folgen|folgt|"
    r"suivr|seguir|nachgeliefert|stay|remain(?!ing)|bleib|restent|reste|permanec|blijf|"
    # the earliest the vendor can serve, whatever its verb: "nuestra fábrica no puede servir
    # antes del 30 de octubre", "nous ne pouvons pas servir avant le", "we can't supply before"
    # (a ship verb keeps its ship date: "we can't ship before 12/3")
    r"\bno\s+(?:pued\w+|podemos|podr\w+)\s+(?:servir|surtir|suministrar|atender)\s+antes\s+del?\s+$|"
    r"\bne\s+(?:pouvons|peut|pourrons|pourra)\s+pas\s+(?:servir|fournir)\s+avant\s+(?:le\s+)?$|"
    r"\bcan(?:no|')?t\s+(?:supply|serve)\s+(?:you\s+)?before\s+(?:the\s+)?$|"
    # the new date named as what it becomes: "Het wordt dinsdag 22 december", "it will be
    # Tuesday 22 December", "es wird Dienstag, der 22.", "ce sera mardi 22", "será el martes 22"
    r"\b(?:het\s+wordt|it\s*(?:'ll|\s+will)\s+(?:now\s+)?be|es\s+wird|ce\s+sera|ser[áa])\s+(?:el\s+)?$|"
    r"out\s+until|back\s+in\s+stock|earliest|frühestens|au\s+plus\s+tôt|como\s+pronto|"
    r"op\s+zijn\s+vroegst|ten\s+vroegste|later\s+than|expected|voraussichtlich|prévu|previst|verwacht|"
    r"still\s+(?:good|on|ok|fine)|good\s+for|on\s+track|on\s+schedule|verschoben|"
    # "the date still holds, 2 December into Hamburg"; "unload in Hamburg on Friday"
    r"(?:still|date)\s+holds\b|\bunload|"
    # "Backordered: mop qty 40 - due w/c 19/10": goods due in a week (a payment is due on a day)
    r"\bdue\s+(?:w/c|wk|week|kw|cw)\b|"
    # "New promised date: 12/07/2026", "New Promise Date: 12/04/2026" in a portal's notice
    r"\bpromised?\s+date|"
    # "el arribo a Hamburgo sería el 8 de enero", "arribará a puerto el", "con arribo a Hamburgo a
    # mediados de diciembre": Latin American Spanish arrival
    # ("arriba" is "above"); typed in haste: "arrving consolidator tmrw am", "should arive
    # Friday", "arival 12/3"
    r"\bar(?:r?v(?:e|es|ed|ing|al)|iv(?:e|es|ed|ing|al)|rib(?:o|os|ar|ará|arán|aría|arían|ó|aron|an|e|en))\b|"
    # "P09412 slips to 12/15", "schuift door naar week 50"
    # (not "it might slip to the end of the month": a fear, not a date)
    r"slip(?<!might\sslip)(?<!could\sslip)(?<!may\sslip)(?:s|ped|ping)?\s+(?:to|into|until|till)\b|"
    r"\bschuift\s+(?:\w+\s+)?naar\b|"
    # a pull-in granted: "we can bring P10020 forward from 14 December to Wednesday 9
    # December", "avancer la livraison au", "adelantar la entrega al", "vervroegen naar"
    # (verbs, not participles: "20/11/2026  avancée" in a table names no date of its own)
    r"\b(?:br(?:ing(?:s|ing)?|ought)|pull(?:s|ed|ing)?)\s+(?:\S+\s+){0,3}?forward\b|"
    r"\b(?:vorziehen|avan(?:cer|çons|cerons)|adelant(?:ar|amos|aremos))\b|"
    r"\bvorgezogen\b|\bvervroeg(?:d|t|en)?\b|"
    # out of stock until: "en rupture chez notre distillerie jusqu'à mi-janvier",
    # "agotado hasta", "nicht lieferbar bis", "niet leverbaar tot" (like "out until")
    r"\bout\s+of\s+stock\s+(?:until|till)\b|\brupture\b[^.!?\n\d]{0,40}?\bjusqu|"
    r"\bagotad[oa]s?\b[^.!?\n\d]{0,40}?\bhasta\b|"
    r"\b(?:nicht\s+(?:lieferbar|vorrätig|verfügbar)|ausverkauft)\s+bis\b|"
    r"\b(?:niet\s+(?:leverbaar|op\s+voorraad)|uitverkocht)\s+tot\b|"
    # Dutch participles after the date: "worden maandag geleverd" (German "geliefert" above)
    r"\bgeleverd\b|\bbezorgd\b|"
    # "the 400 fry pans are now due 12/18": the goods' new date (an invoice "is now due")
    r"\bare\s+now\s+due\b|"
    # "Nouvelle date : mercredi 9 décembre", "nueva fecha", a change notice's "oud: week 48
    # nieuw: week 50", "neu: KW 50"
    r"nouvelle\s+date|nueva\s+fecha|\b(?:new|neu|nieuw|nouveau|nouvelle|nuevo|nueva)\s*:|"
    # "shipped today, should land Friday", "should be there tues": the goods' arrival
    # ("\b'll" written as "(?<=\w)'ll": the same, and literal-first, see ``fastre``)
    # where the goods will be, before its date: "they'll ship 11/18 and should be at the port
    # by 11/20" (not "at the new prices", "at least", "at the latest")
    r"(?:\b(?:should|will|shall|to)|(?<=\w)'ll)\s+(?:land\b|be\s+there\b|be\s+at\s+"
    r"(?!(?:the\s+)?(?:new|old|same|current|higher|lower|usual|latest|least|risk)\b)"
    r"[^.!?\n\d]{0,40}$)|"
    r"retard|report(?:[ée]|er|\s+(?:de|du|au|à)\b)|retras|aplaz|vertraag|uitgesteld|(?:in|to|at|into)\s+your\s+(?:dc|warehouse|store|site|door)|"
    r"\byour\s+(?:dc|warehouse)|with\s+you\b|hav(?:e|ing)\s+(?:them|it)\s+(?:at|in|with)\b|you\s+(?:will\s+|should\s+)?have\s+(?:them|it)\b|you(?:'ll|\s+will|\s+should)?\s+(?:get|have)\s+(?:them|it)\b|should\s+see\s+(?:them|it)\b|"
    r"\b(?:las|los|la|lo)\s+(?:ten[ée]is|tienes|tiene[ns]?)\b|"
    # the vendor brings the goods to the buyer: "os lo llevamos el jueves 17", "se las
    # traemos el lunes", "bringen wir Ihnen am Montag", "we'll bring them over on Friday",
    # "nous vous les apportons mardi"
    r"\b(?:os|se|te|le|les)\s+(?:lo|la|los|las)\s+(?:llev|tra[eií])\w*|"
    r"\bbringen\s+(?:wir|sie)\s+(?:ihnen|euch)\b|\bbring\s+(?:them|it)\s+(?:over|round|to\s+you)\b|"
    r"\bvous\s+les?\s+apport\w*|"
    r"\b(?:las|los|la|lo)\s+(?:tendr[íi]a(?:mos|s|n)?|tendr(?:[ée]is|[áa]n|[áa]s|[áa])|teng(?:[áa]is|an|as|a))\b|vous\s+les\s+aurez|haben\s+sie\s+(?:die|sie)\b|"
    r"\bheeft\s+u\s+(?:ze|het)\b|\bzou(?:den)?\s+(?:er|ze|het)\s+$|chez\s+vous|bij\s+(?:u|jullie)\b|liefer(?!schein)|zustell|eintreff|ankunft|ankommen|bei\s+(?:ihnen|euch|dir)\b|"
    r"bestätig|termin|l(?<!bon\sde\sl)ivr|arriv|compter|rechnen\s+mit|plan\s+with|contar\s+con|rekenen\s+op|réception|"
    r"confirm|entreg|lleg|recib|recev|confirmad|lever(?!bon)|aankomst|"
    r"bezorg|ontvang|bevestig|\bdatum|hinterher|\bkommen\b|\bkommt\b|\bkom(?:en|t)\s+(?:in|op|rond|pas|dan)\b|\bkom(?:en|t)\s+$|"
    r"\bcom(?:e|es|ing)\s+(?:(?:in|on|around|by)\s+)?$|"
    # the goods ride on a later run: "They'll come with Thursday's run", "come on Monday's
    # truck", "kommen mit der Tour am Donnerstag", "viendront avec la tournée de jeudi",
    # "vienen con el reparto del jueves", "komen mee met de rit van donderdag"
    r"\bcom(?:e|es|ing)\s+(?:with|on)\s+(?:the\s+)?$|\bkommen\s+mit\s+der\s+(?:tour|fahrt)\s+(?:am|vom)\s+$|"
    r"\bviendront\s+avec\s+la\s+tournée\s+(?:de|du)\s+$|\bvienen\s+con\s+el\s+reparto\s+del\s+$|"
    r"\bkom(?:en|t)\s+mee\s+met\s+de\s+rit\s+van\s+$|"
    r"\ben\s+(?:tu|su|vuestro|vuestra)\s+(?:dep[óo]sito|almac[ée]n|bodega|tienda)|"
    r"\b(?:in|op)\s+(?:uw|jullie)\s+(?:magazijn|winkel|dc)",
)
WEAK_DELIVERY = compile_literal_first(
    r"\bby\b|until|\bnow\b|\bbis\b|\bzum\b|\bpour\b|\bd'ici\b|\bpara\b|\bantes\b|\bvoor\b|\buiterlijk\b|"
    r"\bon\b|\bam\b|\ble\b|\bel\b|\bop\b|moved\s+to|pushed|postponed|delayed|revised|"
    r"around|approx|about|circa|\bca\.|environ|alrededor|ongeveer|rond|"
    # "they move from 4/12 to 18/12"
    r"\bmov(?:e|es|ing)\b[^.!?\n]{0,30}\bto\s+$|"
    # the date that replaces a negated one: "komt een dagje later: niet maandag maar dinsdag
    # 6 oktober", "not Monday but Tuesday", "nicht Montag, sondern", "pas lundi mais", "no el
    # lunes sino el martes"
    r"\b(?:not|niet|nicht|pas|no)\b[^.!?\n]{0,30}\b(?:but|maar|sondern|mais|sino)\s+"
    r"(?:on\s+|op\s+|am\s+|le\s+|el\s+)?$",
)

CHANGE = compile_literal_first(
    r"delay|postpon|push|moved|moves|move\s+to|chang(?:e|es|ed)\s+to\b|new\s+(?:date|eta|delivery)|revised|reschedul|later|"
    r"unfortunately|slip|verzög|verschob|verschieb|neue[rn]?\s+(?:termin|liefertermin|datum)|nieuwe\s+\w*datum|"
    r"später|leider|retard|report|décal|nouvelle\s+date|malheureusement|retras|nueva\s+fecha|"
    r"lamentablemente|aplaz|vertrag|vertraag|uitgesteld|nieuwe\s+datum|helaas|later|\bschuift\b|\bschuiven\b|"
    r"\b(?:new|neu|nieuw|nouveau|nouvelle|nuevo|nueva)\s*:",
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

# The rest of a split delivery, a backorder or the earliest date once out of stock: a new ETA.
REST = compile_literal_first(
    r"remaining|\bthe\s+rest\b|\bbalance\b|backorder|back-order|back\s+order|\bthe\s+other\s+\d|"
    r"\bother\s+\d+\s+\w+\s+(?:deliver|follow|arriv|ship)|earliest|out\s+until|"
    r"restlich|\brest\b|\brest(?:menge|mengen|posten|lieferung)\b|nachgeliefert|frühestens|restant|reliquat|suivront|au\s+plus\s+tôt|"
    r"restantes|resto|como\s+pronto|overige|resterende|\bde\s+rest\b|op\s+zijn\s+vroegst|ten\s+vroegste|"
    r"\bfollows?\b|\bfolg(?:en|t)\b|\bvolg(?:en|t)\b|not\s+before|nicht\s+vor|pas\s+avant|no\s+antes|"
    r"niet\s+voor|naleve|nageleverd|leveren\s+(?:\w+\s+){0,4}na\b",
)

_AS_CONFIRMED = compile_literal_first(
    r"\b(?:as|wie|comme|como|zoals)\s+(?:already\s+|previously\s+|bereits\s+|déjà\s+)?"
    r"(?:confirmed|bestätigt|confirmée?s?|confirmad[oa]s?|bevestigd)\b|"
    # "partent comme prévu le 16 octobre", "ships as planned on": the plan is the ship verb's
    r"\b(?:as\s+planned|wie\s+geplant|comme\s+prévu|como\s+(?:estaba\s+)?previsto|"
    r"zoals\s+gepland)\b|"
    # "Ship date stays 9/25 either way", "Shipment will remain as per schedule i.e. 14th
    # November", "der Versandtermin bleibt der 18.11.", "l'expédition reste prévue le", "el
    # embarque se mantiene el", "de verzending blijft op": staying says the ship date stands
    r"\b(?:stays?|stayed|remains?|remained|bleibt|bleiben|reste|restent|se\s+mantienen?|"
    r"permanece|sigue|blijft|blijven)\b|"
    r"\b(?:as\s+per|according\s+to)\s+(?:the\s+)?(?:schedule|plan)\b|"
    # a plan that takes its noun's role: "l'enlèvement est prévu le 20 octobre", "the pick-up
    # is scheduled for", "die Abholung ist für den 12.11. geplant", "la recogida está prevista
    # para", "het ophalen staat gepland op" (the pick-up's, a ship date)
    r"\b(?:est|sont|is|are|ist|sind|está|están|staat|staan)\s+(?:\w+\s+)?(?:prévue?s?|planned|"
    r"scheduled|geplant|eingeplant|vorgesehen|previst[oa]s?|programad[oa]s?|gepland)\b|"
    # "I confirm that it left today": the confirming is the writer's, not the goods'
    r"\b(?:confirm|bestätig|bevestig)\w*\s+(?:\w+\s+)?(?:that|dass|que|dat)\b"
)

_CHANGE_VERB = compile_literal_first(
    r"\b(?:moved|moves|pushed|postponed|delayed|rescheduled|slip(?:s|ped)|verschoben|report[ée]e?s?|"
    # a pull-in: "podemos adelantar el embarque al 29", "bring the loading forward to"
    r"forward|vor(?:ziehen|gezogen)|avan(?:cer|çons)|adelant(?:ar|amos)|vervroegen|"
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

# "still 11/24", "nach wie vor am": the date the buyer asked about stands.
# The date the vendor keeps, offered back in a question or an offer: "or you prefer to keep the
# 4/12?", "we simply keep the 7th", "Les deux options respectent la date du 11/20", "wir bleiben
# beim 7.12.", "on garde le 7", "mantenemos el 7", "we houden het bij 7 december".
_KEPT = compile_literal_first(
    # (not a purpose: "I need to know by Monday to keep the 12/11 date")
    r"\b(?:(?<!\bto\s)keep|(?:prefer|rather|want|wish)\s+to\s+keep|stick\s+(?:to|with)|stay\s+with)"
    r"\s+(?:the\s+(?:date\s+(?:of\s+)?)?)?$|"
    r"\b(?:respect\w*|keep\w*|tiennent|respetan|halten)\s+(?:la|the|die|den)\s+(?:date|fecha|datum|"
    r"termin)\s+(?:du|of|del|vom|van)\s+$|"
    r"\b(?:bleiben|bleibt\s+es)\s+(?:\w+\s+)?(?:beim|bei\s+dem)\s+$|"
    r"\b(?:on\s+garde|nous\s+gardons|on\s+reste\s+sur)\s+le\s+$|"
    r"\b(?:mantenemos|nos\s+quedamos\s+con)\s+el\s+$|\bhouden\s+(?:we|wij)\s+het\s+bij\s+$"
)
_STILL = compile_literal_first(
    r"\b(?:still|nach\s+wie\s+vor|toujours|sigue|nog\s+steeds)\s+(?:on\s+|for\s+|am\s+|le\s+|el\s+|op\s+)?$"
)

# "CW 52 latest", "by Friday at the latest", "spätestens", "au plus tard", "a más tardar",
# "uiterlijk": the date is the last day the goods may come, even after a negated one.
_AT_THE_LATEST = re.compile(
    r"\s*,?\s*(?:latest|at\s+the\s+latest|spätestens|au\s+plus\s+tard|a\s+m[áa]s\s+tardar|"
    r"uiterlijk|op\s+(?:zijn|z'n)\s+laatst)\b"
)
# A time slot on the day: "Morgenochtend tussen 8 en 10", "Tuesday between 8 and 10 am",
# "Montag zwischen 8 und 10 Uhr", "mardi entre 8h et 10h", "el lunes entre las 8 y las 10".
_TIME_WINDOW = re.compile(
    r"\s*,?\s*(?:between|zwischen|entre|tussen)\s+(?:las\s+)?\d{1,2}(?:[:.h]\d{2}|h)?\s*"
    r"(?:am|pm|uhr|u)?\s*(?:and|und|et|y|en|-|–)\s+(?:las\s+)?\d{1,2}\b"
)

# "delivered end of the month, not on 16 October": the date replaces the one it names after.
_NOT_THE_OTHER = re.compile(
    r"^[\s,]*(?:and\s+|but\s+)?(?:not|nicht|pas|no|niet)\s+(?:on\s+|am\s+|le\s+|el\s+|op\s+)?"
    r"(?:the\s+)?(?:\d|[a-zäéû]+\.?\s+\d)"
)

# The rest named right before its date, with no verb between: "rest (24) end of next week".
_BARE_REST = compile_literal_first(
    r"(?:\brest|\bremaining|\bthe\s+balance|\brestlichen?|\ble\s+reste|\bel\s+resto)"
    r"(?:\s*\(\d+\)|\s+\d+(?:\s+(?:pcs|pieces|units|cases|cartons|pallets|stück|stk\.?))?)?"
    r"\s*[:,-]?\s*$"
    # "60 went out today, other 40 next week": the other part, counted
    r"|(?:^|[,;]\s*)other\s+\d+(?:\s+(?:pcs|pieces|units|cases|cartons|pallets))?\s*[:,-]?\s*$"
    # "shipped today except the toboggans, which are backordered to week 46", "im Rückstand
    # bis KW 48", "en reliquat jusqu'au 4 décembre", "en backorder hasta el 9", "in backorder
    # tot week 50": the rest's date, though the sentence ships the first part
    r"|\bback-?\s?order(?:ed)?\s+(?:to|until|till|for)\s+$|\br[üu]ckstand\s+bis\s+(?:zum\s+|kw\s+)?$"
    r"|\ben\s+reliquat\s+(?:jusqu'(?:au|à)|pour\s+(?:le\s+)?)\s*$"
    r"|\ben\s+backorder\s+(?:hasta|tot)\s+(?:el\s+)?$"
)
# German "nachschicken", "nachliefern": the particle after the date sends the rest later.
_SENT_AFTER = re.compile(r"\s*nach\s*(?:[,.;!?\n]|$|und\b|sobald\b)")
