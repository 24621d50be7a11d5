# ruff: noqa: E501 - email text is data
"""German, French, Spanish and Dutch, round 6: sixteen emails per language, all eight intents
in each, aimed at the pairs the classifier confuses. Confirmation against delay: order
acknowledgements whose date equals the ordered one, acknowledgements whose confirmed week is
later than the requested one, pull-ins the buyer asked for, revised dates already agreed,
"confirmation" subjects that announce a slip. Partial shipment against shipping notice: dispatch
advice that ships everything (often the rest of an earlier partial, with that partial quoted)
against dispatch advice whose table or text shows a missing rest. Question against other:
vendors asking for a choice, an artwork file or a delivery slot, against receipt thank-yous,
holiday closures, contact changes, invoices, trade fairs and out-of-office replies. Formal,
curt, phone-typed and non-native registers, quoted history in the same language with other
dates and orders, attachment text. Hand-written and hand-labelled by reading each email."""

EMAILS = [
# ------------------------------------------------------------------ German
dict(v="schwarzwald", lang="de", at="2026-10-06 10:12", subj="AB zu Ihrer Bestellung P08200",
     text="""
Guten Tag Frau Klein,

anbei unsere Auftragsbestätigung AB-26-7741 zu Ihrer Bestellung P08200. Liefertermin wie gewünscht KW 45, alle Positionen in voller Menge.

Mit freundlichen Grüßen
Markus Weber
Schwarzwald Haushaltswaren GmbH
Innendienst | Tel. +49 7721 40 88-12

Am 02.10.2026 um 14:31 schrieb Sandra Klein:
> Guten Tag Herr Weber,
> bitte bestätigen Sie P08200 mit Liefertermin KW 45. Die alte Bestellung P08201 (KW 41) ist erledigt.

--- attachment: AB-26-7741.pdf ---
AUFTRAGSBESTÄTIGUNG AB-26-7741
Ihre Bestellung: P08200 vom 02.10.2026
Pos  Artikel        Menge  Liefertermin
1    SW-BRT-40      240    KW 45/2026
2    SW-BRT-60      120    KW 45/2026
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P08200", "P08201"],
     vref=["AB-26-7741"], commit=("2026-11-02", "Liefertermin wie gewünscht KW 45"),
     dates=[("2026-11-02", "confirmed_delivery", "wie gewünscht KW 45"), ("2026-10-02", "other", "vom 02.10.2026"),
            ("2026-11-02", "confirmed_delivery", ("KW 45/2026", 0)), ("2026-11-02", "confirmed_delivery", ("KW 45/2026", 1))],
     lines=[("SW-BRT-40", 240, None, "1    SW-BRT-40      240    KW 45/2026", "P08200"),
            ("SW-BRT-60", 120, None, "2    SW-BRT-60      120    KW 45/2026", "P08200")]),

dict(v="ruhrtal", lang="de", at="2026-10-13 08:47", subj="P08202 Rankhilfen",
     text="""
Hallo Herr Brandt,

zu P08202: wir können die Rankhilfen nicht wie bestellt zum 23.10. liefern, unsere Verzinkerei ist ausgelastet. Neuer Liefertermin ist der 06.11.2026. AB folgt mit geänderter Position.

Gruß
Dirk Schulte
Ruhrtal Metallwaren GmbH
""", end="Gruß\nDirk", change="date", intent="delay", po=["P08202"],
     commit=("2026-11-06", "Neuer Liefertermin ist der 06.11.2026"),
     dates=[("2026-10-23", "other", "zum 23.10."), ("2026-11-06", "new_eta", "der 06.11.2026")]),

dict(v="mueller", c=1, lang="de", at="2026-11-04 15:20", subj="AW: P08203 vorziehen?",
     text="""
Hallo Herr Osei,

gute Nachricht: die Laubsauger LS-2200 aus P08203 können wir wie von Ihnen angefragt vorziehen. Anlieferung bei Ihnen in Hamburg jetzt am Donnerstag, 12.11., statt 19.11. Menge unverändert 80 Stück.

Viele Grüße aus Bruchsal
Claudia Schmitt
Müller Gartentechnik GmbH & Co. KG

-----Ursprüngliche Nachricht-----
Von: Mike Osei
Gesendet: Montag, 2. November 2026 09:05
An: Claudia Schmitt
Betreff: P08203 vorziehen?

Hallo Frau Schmitt, geht P08203 auch eine Woche früher? Der Aktionsstart wurde auf den 16.11. gelegt.
""", end="Viele Grüße aus Bruchsal", change="date", intent="confirmation", po=["P08203"],
     commit=("2026-11-12", "Anlieferung bei Ihnen in Hamburg jetzt am Donnerstag, 12.11."),
     dates=[("2026-11-12", "confirmed_delivery", "Donnerstag, 12.11."), ("2026-11-19", "other", "statt 19.11.")],
     lines=[("LS-2200", 80, "Stück", "Menge unverändert 80 Stück", "P08203")]),

dict(v="hansa", lang="de", at="2026-10-20 11:02", subj="Auftragsbestätigung AB 2026-10-4471 / Ihre Bestellung P08204",
     text="""
Sehr geehrte Frau Jensen,

vielen Dank für Ihre Bestellung P08204. Anbei erhalten Sie unsere Auftragsbestätigung AB 2026-10-4471. Bitte beachten Sie, dass wir den Wunschtermin KW 44 nicht halten können; bestätigt ist KW 47.

Mit freundlichen Grüßen

i.A. Anke Petersen
Hansa Glas & Porzellan GmbH
Vertrieb Handel

--- attachment: AB_2026-10-4471.pdf ---
Auftragsbestätigung Nr. AB 2026-10-4471
Bestellnummer Kunde: P08204
Pos. Artikel                Menge    Wunschtermin  bestätigt
10   HG-WG-6 Weinglas 6er   300 Kt.  KW 44         KW 47
20   HG-BE-12 Becher 12er   150 Kt.  KW 44         KW 47
Zahlungsbedingungen: 30 Tage netto
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P08204"],
     vref=["AB 2026-10-4471"], commit=("2026-11-16", "bestätigt ist KW 47"),
     dates=[("2026-10-26", "other", "Wunschtermin KW 44"), ("2026-11-16", "new_eta", "bestätigt ist KW 47"),
            ("2026-10-26", "other", ("KW 44", 1)), ("2026-11-16", "new_eta", ("KW 47", 1)),
            ("2026-10-26", "other", ("KW 44", 2)), ("2026-11-16", "new_eta", ("KW 47", 2))],
     lines=[("HG-WG-6", 300, "Kt.", "10   HG-WG-6 Weinglas 6er   300 Kt.", "P08204"),
            ("HG-BE-12", 150, "Kt.", "20   HG-BE-12 Becher 12er   150 Kt.", "P08204")]),

dict(v="kaiser", c=1, lang="de", at="2026-11-10 16:45", subj="Teillieferung P08205",
     text="""
Hallo Herr Brandt,

heute ist eine Teillieferung zu P08205 rausgegangen: 400 von 600 LED-Lichterketten EK-LK-100. Die restlichen 200 Stück kommen voraussichtlich am 24.11. bei Ihnen an, der Lieferant der Netzteile hat nachgeliefert aber zu knapp.

DHL Freight Sendungsnr. 40 8812 7734 51

Schöne Grüße
Petra Lange
Elektro Kaiser GmbH
""", end="Schöne Grüße", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08205"], commit=("2026-11-24", "kommen voraussichtlich am 24.11. bei Ihnen an"),
     dates=[("2026-11-10", "ship_date", "heute"), ("2026-11-24", "new_eta", "am 24.11.")],
     lines=[("EK-LK-100", 400, None, "400 von 600 LED-Lichterketten EK-LK-100", "P08205"),
            ("EK-LK-100", 200, "Stück", "restlichen 200 Stück", "P08205")],
     track=[("DHL Freight", "40 8812 7734 51", "DHL Freight Sendungsnr. 40 8812 7734 51")]),

dict(v="kaiser", c=1, lang="de", at="2026-11-23 10:30", subj="Restlieferung P08205",
     text="""
Hallo Herr Brandt,

die restlichen 200 Lichterketten EK-LK-100 zu P08205 sind heute raus, damit ist die Bestellung komplett. Zustellung laut DHL morgen.

Sendungsnr. 40 8812 9120 07

Gruß Petra Lange

Am 10.11.2026 um 16:45 schrieb Petra Lange:
> heute ist eine Teillieferung zu P08205 rausgegangen: 400 von 600 LED-Lichterketten EK-LK-100. Die restlichen 200 Stück kommen voraussichtlich am 24.11. bei Ihnen an.
""", end="Gruß Petra", change="shipping", intent="shipping_notice", po=["P08205"],
     commit=("2026-11-24", "Zustellung laut DHL morgen"),
     dates=[("2026-11-23", "ship_date", "sind heute raus"), ("2026-11-24", "confirmed_delivery", "morgen")],
     lines=[("EK-LK-100", 200, None, "die restlichen 200 Lichterketten", "P08205")],
     track=[("DHL", "40 8812 9120 07", "Sendungsnr. 40 8812 9120 07")]),

dict(v="alpen", lang="de", at="2026-12-01 09:15", subj="Versand P08206",
     text="""
Grüß Gott Frau Klein,

Ihre Bestellung P08206 (Kürbiskernöl, Kernöl-Senf) wurde heute vollständig verladen, Spedition Gebrüder Weiss, Zustellung Hamburg Donnerstag/Freitag. Lieferschein anbei.

Freundliche Grüße
Florian Gruber
Alpen Feinkost AG

--- attachment: LS-884120.pdf ---
LIEFERSCHEIN LS-884120
Auftrag: P08206   Versanddatum: 01.12.2026
Art.-Nr.      Bezeichnung              bestellt  geliefert
AF-KKO-250    Kürbiskernöl 250 ml      480       480
AF-SEN-200    Kernöl-Senf 200 g        240       240
Frachtbrief-Nr.: GW 2612 0457 83
""", end="Freundliche Grüße", change="shipping", intent="shipping_notice", po=["P08206"],
     vref=["LS-884120"], commit=("2026-12-04", "Zustellung Hamburg Donnerstag/Freitag"),
     dates=[("2026-12-01", "ship_date", "heute vollständig verladen"), ("2026-12-03", "range_start", "Donnerstag"),
            ("2026-12-04", "range_end", "Freitag"), ("2026-12-01", "ship_date", "Versanddatum: 01.12.2026")],
     lines=[("AF-KKO-250", 480, None, "AF-KKO-250    Kürbiskernöl 250 ml      480       480", "P08206"),
            ("AF-SEN-200", 240, None, "AF-SEN-200    Kernöl-Senf 200 g        240       240", "P08206")],
     track=[("Gebrüder Weiss", "GW 2612 0457 83", "Frachtbrief-Nr.: GW 2612 0457 83")]),

dict(v="bergholz", c=1, lang="de", at="2026-11-17 14:05", subj="Versandavis P08207",
     text="""
Grüezi Herr Osei

Versandavis zu P08207: Heute gehen 3 von 5 Paletten raus (Schneidebretter Eiche und Nuss komplett, Servierbretter noch nicht). Die 2 Paletten Servierbretter BH-SV-40 (360 Stk.) folgen in KW 49, da das Öl noch nicht trocken ist.

Planzer Frachtbrief 7781-22904

Freundliche Grüsse
Corinne Meier
Bergholz Holzwaren AG
""", end="Freundliche Grüsse", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08207"], commit=("2026-11-30", "folgen in KW 49"),
     dates=[("2026-11-17", "ship_date", "Heute"), ("2026-11-30", "new_eta", "folgen in KW 49")],
     lines=[("Schneidebretter Eiche und Nuss", 3, "Paletten", "3 von 5 Paletten", "P08207"),
            ("BH-SV-40", 360, "Stk.", "Die 2 Paletten Servierbretter BH-SV-40 (360 Stk.)", "P08207")],
     track=[("Planzer", "7781-22904", "Planzer Frachtbrief 7781-22904")]),

dict(v="steirer", c=1, lang="de", at="2026-10-08 13:40", subj="P08208 Verpackung",
     text="""
Hallo Frau Jensen,

kurze Frage zu P08208: sollen die Keramiktöpfe wie bei der letzten Lieferung auf Europaletten mit max. 1,60 m Höhe kommen, oder dürfen wir diesmal bis 1,80 m stapeln? Dann sparen wir eine Palette. Termin bleibt wie bestätigt, es geht nur um die Verpackung.

Danke und liebe Grüße
Katharina Steiner
Steirische Keramik GmbH
""", end="Danke und liebe Grüße", change="none", intent="question", po=["P08208"]),

dict(v="schwarzwald", c=1, lang="de", at="2026-10-21 17:02", subj="AW: Bestellung P08209",
     text="""
Danke, Bestellung P08209 ist angekommen, wir melden uns mit der AB.

Gruß
S. Hoffmann

Am 21.10.2026 um 09:12 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Hallo Frau Hoffmann, anbei P08209 über 60 Bratpfannen, Liefertermin KW 46. Grüße, Sandra Klein
""", end="Gruß\nS. Hoffmann", change="none", intent="other", po=["P08209"]),

dict(v="lueneburg", c=1, lang="de", at="2026-09-15 10:20", subj="Mengenplanung Winter",
     text="""
Moin Herr Brandt,

für die Winterkollektion brauchen wir bis Freitag Ihre Mengenplanung für Januar, sonst bekommen wir das Garn nicht mehr rechtzeitig. Können Sie mir sagen, ob es bei den 1.200 Plaids bleibt oder ob wir mit mehr rechnen sollen?

Beste Grüße
Frauke Meyer
Lüneburger Wollmanufaktur
""", end="Beste Grüße", change="none", intent="question",
     dates=[("2026-09-18", "other", "bis Freitag"), ("2027-01-01", "other", "für Januar")]),

dict(v="tirol", c=1, lang="de", at="2026-12-02 08:00", subj="Betriebsurlaub Weihnachten 2026",
     text="""
Sehr geehrte Geschäftspartner,

unser Betrieb bleibt von 23.12.2026 bis einschließlich 06.01.2027 geschlossen. Bestellungen, die bis 11.12. bei uns eingehen, werden noch vor Weihnachten ausgeliefert. Ab 07.01.2027 sind wir wieder für Sie da.

Wir danken für die gute Zusammenarbeit und wünschen frohe Festtage!

Ihr Team der Tiroler Holzwaren GmbH
Verkauf
""", end="Ihr Team der", change="none", intent="other",
     dates=[("2026-12-23", "other", "von 23.12.2026"), ("2027-01-06", "other", "bis einschließlich 06.01.2027"),
            ("2026-12-11", "other", "bis 11.12."), ("2027-01-07", "other", "Ab 07.01.2027")]),

dict(v="hansa", c=1, lang="de", at="2026-11-25 12:15", subj="Stornierung Pos. 20 - P08210",
     text="""
Sehr geehrter Herr Osei,

leider müssen wir Position 20 (HG-KA-8 Karaffe 1 l, 96 Stück) aus Ihrer Bestellung P08210 stornieren: der Artikel wurde vom Hersteller eingestellt. Position 10 liefern wir wie bestätigt am 08.12.

Mit freundlichen Grüßen
Ole Thomsen
Hansa Glas & Porzellan GmbH
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P08210"], commit=("2026-12-08", "Position 10 liefern wir wie bestätigt am 08.12."),
     dates=[("2026-12-08", "confirmed_delivery", "am 08.12.")],
     lines=[("HG-KA-8", 96, "Stück", "HG-KA-8 Karaffe 1 l, 96 Stück", "P08210")]),

dict(v="ruhrtal", c=2, lang="de", at="2026-11-18 09:30", subj="Preisanpassung zum 01.01.2027",
     text="""
Sehr geehrte Frau Klein,

aufgrund der gestiegenen Zinkpreise müssen wir unsere Preise zum 01.01.2027 anpassen:

RM-RH-150 Rankhilfe 150 cm   alt 12,40 EUR   neu 13,35 EUR
RM-RH-200 Rankhilfe 200 cm   alt 15,90 EUR   neu 17,10 EUR

Offene Bestellungen, die bis zum 31.12. geliefert werden, berechnen wir noch zu den alten Preisen.

Mit freundlichen Grüßen
Monika Brandes
Ruhrtal Metallwaren GmbH
""", end="Mit freundlichen Grüßen", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "zum 01.01.2027"), ("2026-12-31", "other", "bis zum 31.12.")],
     prices=[dict(product="RM-RH-150", old=12.40, new=13.35, cur="EUR", eff="2027-01-01",
                  quote="RM-RH-150 Rankhilfe 150 cm   alt 12,40 EUR   neu 13,35 EUR"),
             dict(product="RM-RH-200", old=15.90, new=17.10, cur="EUR", eff="2027-01-01",
                  quote="RM-RH-200 Rankhilfe 200 cm   alt 15,90 EUR   neu 17,10 EUR")]),

dict(v="mueller", c=2, lang="de", at="2026-10-27 11:11", subj="Lieferterminbestätigung P08211",
     text="""
Guten Tag,

hiermit bestätigen wir Ihre Bestellung P08211 wie folgt:

Pos 1  MG-HS-30 Heckenschere      50 Stk   Liefertermin 13.11.2026
Pos 2  MG-RM-42 Rasenmäher 42 cm  20 Stk   Liefertermin 04.12.2026 (bestellt 13.11.)

Pos 2 verschiebt sich wegen eines Lieferengpasses bei den Motoren.

Mit freundlichen Grüßen
Ihr Innendienst
Müller Gartentechnik
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P08211"],
     commit=("2026-12-04", "Liefertermin 04.12.2026"),
     dates=[("2026-11-13", "confirmed_delivery", "Liefertermin 13.11.2026"), ("2026-12-04", "new_eta", "Liefertermin 04.12.2026"),
            ("2026-11-13", "other", "bestellt 13.11.")],
     lines=[("MG-HS-30", 50, "Stk", "Pos 1  MG-HS-30 Heckenschere      50 Stk", "P08211"),
            ("MG-RM-42", 20, "Stk", "Pos 2  MG-RM-42 Rasenmäher 42 cm  20 Stk", "P08211")]),

dict(v="brunner", c=1, lang="de", at="2026-09-22 15:00", subj="Bestätigung neuer Liefertermin P08212",
     text="""
Guten Tag Frau Jensen

Wie telefonisch besprochen bestätigen wir Ihnen für P08212 den neuen Liefertermin 16.10.2026 (statt 09.10.). Die Menge von 500 Geschirrtüchern bleibt unverändert. Danke für Ihr Verständnis.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG

-----Ursprüngliche Nachricht-----
Von: Laura Jensen
Gesendet: Montag, 21. September 2026 16:40
Betreff: AW: P08212

Frau Keller, der 16.10. ist für uns in Ordnung, bitte schriftlich bestätigen.
""", end="Freundliche Grüsse", change="date", intent="confirmation", po=["P08212"],
     commit=("2026-10-16", "den neuen Liefertermin 16.10.2026"),
     dates=[("2026-10-16", "confirmed_delivery", "Liefertermin 16.10.2026"), ("2026-10-09", "other", "statt 09.10.")],
     lines=[("Geschirrtücher", 500, None, "Die Menge von 500 Geschirrtüchern", "P08212")]),
# ------------------------------------------------------------------ French
dict(v="savonnerie", lang="fr", at="2026-10-05 11:20", subj="Confirmation de commande P08220",
     text="""
Bonjour Madame Klein,

Nous accusons bonne réception de votre commande P08220 et vous la confirmons telle quelle : 720 savons de Marseille 100 g et 360 savons lavande, livraison le 23 octobre comme demandé.

Vous trouverez ci-joint notre confirmation de commande CC-26-1187.

Bien cordialement,
Camille Girard
Savonnerie de Provence SARL

--- attachment: CC-26-1187.pdf ---
CONFIRMATION DE COMMANDE CC-26-1187
Votre réf. : P08220 du 01/10/2026
Réf.        Désignation                 Qté   Livraison
SP-MAR-100  Savon de Marseille 100 g    720   23/10/2026
SP-LAV-100  Savon lavande 100 g         360   23/10/2026
""", end="Bien cordialement,", change="none", intent="confirmation", po=["P08220"],
     vref=["CC-26-1187"], commit=("2026-10-23", "livraison le 23 octobre comme demandé"),
     dates=[("2026-10-23", "confirmed_delivery", "livraison le 23 octobre"), ("2026-10-01", "other", "du 01/10/2026"),
            ("2026-10-23", "confirmed_delivery", ("23/10/2026", 0)), ("2026-10-23", "confirmed_delivery", ("23/10/2026", 1))],
     lines=[("SP-MAR-100", 720, None, "720 savons de Marseille 100 g", "P08220"),
            ("SP-LAV-100", 360, None, "360 savons lavande", "P08220"),
            ("SP-MAR-100", 720, None, "SP-MAR-100  Savon de Marseille 100 g    720   23/10/2026", "P08220"),
            ("SP-LAV-100", 360, None, "SP-LAV-100  Savon lavande 100 g         360   23/10/2026", "P08220")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-10-14 09:50", subj="Votre commande P08221",
     text="""
Bonjour,

Suite à votre commande P08221, nous vous informons que la date de livraison souhaitée (semaine 44) ne peut être respectée. Nous vous confirmons une livraison en semaine 46, les jardinières en terre cuite étant en rupture chez notre fournisseur.

Cordialement,
Service ADV
Les Jardins du Val SAS
""", end="Cordialement,", change="date", intent="delay", po=["P08221"],
     commit=("2026-11-09", "Nous vous confirmons une livraison en semaine 46"),
     dates=[("2026-10-26", "other", "semaine 44"), ("2026-11-09", "new_eta", "semaine 46")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-11-03 16:10", subj="RE: P08222 avancer d'une semaine ?",
     text="""
Bonjour Tim,

C'est bon pour avancer P08222 : au lieu du 27/11, les nappes seront livrées chez vous le vendredi 20/11. Quantités inchangées.

Belle fin de journée,
Thomas Roux
Textiles Lyonnais

Le lun. 2 nov. 2026 à 10:14, Tim Brandt <tim.brandt@hhg-retail.com> a écrit :
> Bonjour Thomas, pourriez-vous avancer P08222 d'une semaine ? Merci, Tim
""", end="Belle fin de journée,", change="date", intent="confirmation", po=["P08222"],
     commit=("2026-11-20", "seront livrées chez vous le vendredi 20/11"),
     dates=[("2026-11-27", "other", "au lieu du 27/11"), ("2026-11-20", "confirmed_delivery", "le vendredi 20/11")]),

dict(v="bretagne", lang="fr", at="2026-11-12 18:32", subj="P08223",
     text="""
Bonjour Mike
Petit souci sur P08223, les chargeurs USB-C sont bloqués en douane au Havre. On ne pourra pas livrer lundi, plutôt jeudi 19 si tout va bien. Je vous tiens au courant
Yann

Envoyé de mon iPhone
""", end="Yann\n\nEnvoyé", change="date", intent="delay", po=["P08223"],
     commit=("2026-11-19", "plutôt jeudi 19 si tout va bien"),
     dates=[("2026-11-16", "other", "lundi"), ("2026-11-19", "new_eta", "jeudi 19")]),

dict(v="vosges", lang="fr", at="2026-11-18 10:05", subj="Expédition partielle commande P08224",
     text="""
Madame Jensen,

Nous avons expédié ce jour une partie de votre commande P08224 : 150 boîtes à sel en hêtre sur les 250 commandées. Le solde de 100 pièces sera expédié le 2 décembre, livraison prévue le 4 décembre.

Transporteur : Geodis, récépissé n° 26-118-40772.

Sincères salutations,
Hélène Mathieu
Ateliers Bois des Vosges
""", end="Sincères salutations,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08224"], commit=("2026-12-04", "livraison prévue le 4 décembre"),
     dates=[("2026-11-18", "ship_date", "ce jour"), ("2026-12-02", "ship_date", "expédié le 2 décembre"),
            ("2026-12-04", "new_eta", "livraison prévue le 4 décembre")],
     lines=[("boîtes à sel en hêtre", 150, None, "150 boîtes à sel en hêtre", "P08224"),
            ("boîtes à sel en hêtre", 100, "pièces", "Le solde de 100 pièces", "P08224")],
     track=[("Geodis", "26-118-40772", "récépissé n° 26-118-40772")]),

dict(v="liege", c=1, lang="fr", at="2026-12-07 14:00", subj="Avis d'expédition P08225",
     text="""
Bonjour Madame Klein,

Votre commande P08225 a quitté notre entrepôt ce matin au complet (12 palettes de verres à eau). Livraison estimée mercredi 9 décembre entre 8h et 12h.

N° CMR : BE-LG-558201
Transporteur : Transports Lambert

Cordialement,
Aurélie Lambert
Verrerie Liégeoise
""", end="Cordialement,", change="shipping", intent="shipping_notice", po=["P08225"],
     commit=("2026-12-09", "Livraison estimée mercredi 9 décembre"),
     dates=[("2026-12-07", "ship_date", "ce matin"), ("2026-12-09", "confirmed_delivery", "mercredi 9 décembre")],
     lines=[("verres à eau", 12, "palettes", "12 palettes de verres à eau", "P08225")],
     track=[("Transports Lambert", "BE-LG-558201", "N° CMR : BE-LG-558201")]),

dict(v="vosges", c=1, lang="fr", at="2026-12-02 15:45", subj="Solde P08224 expédié",
     text="""
Bonjour Madame Jensen,

Le solde de P08224 (100 boîtes à sel) est parti aujourd'hui, la commande est donc soldée. Livraison vendredi.

Geodis récépissé 26-122-41108

Cordialement
Didier Schmitt

Le 18/11/2026 à 10:05, Hélène Mathieu a écrit :
> Nous avons expédié ce jour une partie de votre commande P08224 : 150 boîtes à sel en hêtre sur les 250 commandées. Le solde de 100 pièces sera expédié le 2 décembre, livraison prévue le 4 décembre.
""", end="Cordialement\nDidier", change="shipping", intent="shipping_notice", po=["P08224"],
     commit=("2026-12-04", "Livraison vendredi"),
     dates=[("2026-12-02", "ship_date", "aujourd'hui"), ("2026-12-04", "confirmed_delivery", "Livraison vendredi")],
     lines=[("boîtes à sel en hêtre", 100, None, "100 boîtes à sel)", "P08224")],
     track=[("Geodis", "26-122-41108", "Geodis récépissé 26-122-41108")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-11-26 12:30", subj="Avis d'expédition P08226",
     text="""
Bonjour Sandra,

Avis d'expédition pour P08226 : départ aujourd'hui de 560 savons au lait d'ânesse sur 600. Les 40 manquants ne pourront pas être fabriqués avant janvier, nous les retirons de la commande sauf avis contraire de votre part. Livraison Hambourg prévue mardi 1er décembre.

Suivi DB Schenker : 1Z-SCH-7720481

Cordialement,
Julien
""", end="Cordialement,\nJulien", change="quantity", intent="partial_shipment",
     sec=["shipping_notice", "cancellation"], po=["P08226"],
     commit=("2026-12-01", "Livraison Hambourg prévue mardi 1er décembre"),
     dates=[("2026-11-26", "ship_date", "aujourd'hui"), ("2027-01-01", "other", "avant janvier"),
            ("2026-12-01", "confirmed_delivery", "mardi 1er décembre")],
     lines=[("savons au lait d'ânesse", 560, None, "560 savons au lait d'ânesse", "P08226"),
            ("savons au lait d'ânesse", 40, None, "Les 40 manquants", "P08226")],
     track=[("DB Schenker", "1Z-SCH-7720481", "Suivi DB Schenker : 1Z-SCH-7720481")]),

dict(v="bearn", lang="fr", at="2026-09-24 11:00", subj="P08227 - coloris serviettes",
     text="""
Bonjour Madame Klein,

Pour votre commande P08227 de linge de table, pourriez-vous nous préciser le coloris souhaité pour les serviettes : « sable » ou « lin naturel » ? Les deux références sont au même prix. Sans réponse de votre part nous ne pouvons pas lancer le tissage.

Merci d'avance,
Maïté Etchegaray
Tissages du Béarn
""", end="Merci d'avance,", change="none", intent="question", po=["P08227"]),

dict(v="lemaire", c=1, lang="fr", at="2026-10-01 09:00", subj="Changement d'interlocuteur",
     text="""
Chère cliente, cher client,

À partir du 1er novembre, Madame Sophie Dubois reprend le suivi de votre compte en remplacement de Monsieur Olivier Lemaire, qui rejoint notre direction commerciale. Vos interlocuteurs logistiques et les conditions des commandes en cours restent inchangés.

Avec nos meilleures salutations,
Biscuiterie Lemaire SA
""", end="Avec nos meilleures salutations,", change="none", intent="other",
     dates=[("2026-11-01", "other", "À partir du 1er novembre")]),

dict(v="romande", lang="fr", at="2026-11-09 14:20", subj="P08228 - livraison samedi ?",
     text="""
Bonjour Monsieur Osei,

Les couteaux de P08228 sont prêts. Notre transporteur nous demande si votre entrepôt de Hambourg accepte une livraison ce samedi matin 14 novembre, sinon il passera lundi prochain. Pouvez-vous nous le confirmer d'ici demain ?

Meilleures salutations
Luc Favre
Coutellerie Romande SA
""", end="Meilleures salutations", change="none", intent="question", po=["P08228"],
     dates=[("2026-11-14", "other", "ce samedi matin 14 novembre"), ("2026-11-16", "other", "lundi prochain"),
            ("2026-11-10", "other", "d'ici demain")]),

dict(v="lyonnais", lang="fr", at="2026-12-10 10:02", subj="RE: adresse de facturation",
     text="""
Bonjour Tim,
Bien reçu votre modification de l'adresse de facturation, c'est noté pour les prochaines factures.
Bonne journée
Isabelle

Le mer. 9 déc. 2026 à 17:20, Tim Brandt a écrit :
> Bonjour Isabelle, à partir de janvier merci de facturer à Hartmann Home & Garden GmbH, Billstraße 112, 20539 Hamburg. P08229 et suivantes. Cordialement, Tim
""", end="Bonne journée\nIsabelle", change="none", intent="other", po=["P08229"]),

dict(v="bretagne", c=1, lang="fr", at="2026-10-19 11:45", subj="Annulation commande P08230",
     text="""
Bonjour Monsieur Osei,

Nous vous confirmons l'annulation complète de la commande P08230 (300 enceintes Bluetooth BT-MINI) comme demandé dans votre courriel de vendredi. Aucune facture ne vous sera adressée.

Cordialement,
Morgane Tanguy
Accessoires Électroniques Bretagne
""", end="Cordialement,", change="cancel", intent="cancellation", po=["P08230"],
     dates=[("2026-10-16", "other", "courriel de vendredi")],
     lines=[("BT-MINI", 300, None, "300 enceintes Bluetooth BT-MINI", "P08230")]),

dict(v="lemaire", lang="fr", at="2026-11-16 15:30", subj="Nouveaux tarifs 2027",
     text="""
Madame, Monsieur,

En raison de la hausse du prix du beurre, nous appliquerons une augmentation de 6 % sur l'ensemble de notre gamme à compter du 1er janvier 2027. Les commandes passées avant le 15 décembre seront encore facturées à l'ancien tarif. Notre nouvelle grille tarifaire est jointe.

Bien à vous,
Olivier Lemaire

--- attachment: Tarif_2027_Lemaire.pdf ---
TARIF 2027 - valable à partir du 01/01/2027
BL-SPEC-400  Spéculoos 400 g     3,10 EUR  →  3,29 EUR
BL-GAU-250   Gaufres 250 g       2,45 EUR  →  2,60 EUR
""", end="Bien à vous,", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "à compter du 1er janvier 2027"), ("2026-12-15", "other", "avant le 15 décembre"),
            ("2027-01-01", "price_effective", "à partir du 01/01/2027")],
     prices=[dict(pct=6, eff="2027-01-01", quote="une augmentation de 6 % sur l'ensemble de notre gamme"),
             dict(product="BL-SPEC-400", old=3.10, new=3.29, cur="EUR", eff="2027-01-01",
                  quote="BL-SPEC-400  Spéculoos 400 g     3,10 EUR  →  3,29 EUR"),
             dict(product="BL-GAU-250", old=2.45, new=2.60, cur="EUR", eff="2027-01-01",
                  quote="BL-GAU-250   Gaufres 250 g       2,45 EUR  →  2,60 EUR")]),

dict(v="kempen", lang="fr", at="2026-11-20 13:15", subj="Confirmation livraison P08231",
     text="""
Bonjour Madame Klein,

Je confirme la livraison de P08231 (tables de jardin en chêne), mais malheureusement pas au 27 novembre comme prévu dans notre confirmation AB-KM-2290. Le vernis n'est pas sec à temps à cause de l'humidité. Nouvelle date : mercredi 9 décembre. Excusez pour mon français.

Met vriendelijke groeten / Cordialement
Wouter Janssens
Kempense Meubelmakerij BV
""", end="Met vriendelijke groeten / Cordialement", change="date", intent="delay", po=["P08231"],
     vref=["AB-KM-2290"], commit=("2026-12-09", "Nouvelle date : mercredi 9 décembre"),
     dates=[("2026-11-27", "other", "pas au 27 novembre"), ("2026-12-09", "new_eta", "mercredi 9 décembre")]),

dict(v="romande", c=1, lang="fr", at="2026-10-28 08:55", subj="P08232",
     text="""
Bonjour,
P08232 confirmée : 40 blocs à couteaux, livraison semaine 47 comme demandé. Notre n° de commande : CR-26-0913.
Salutations
Chantal Rochat
""", end="Salutations", change="none", intent="confirmation", po=["P08232"], vref=["CR-26-0913"],
     commit=("2026-11-16", "livraison semaine 47"),
     dates=[("2026-11-16", "confirmed_delivery", "livraison semaine 47")],
     lines=[("blocs à couteaux", 40, None, "40 blocs à couteaux", "P08232")]),
# ------------------------------------------------------------------ Spanish
dict(v="aceites", lang="es", at="2026-09-29 12:00", subj="Confirmación pedido P08240",
     text="""
Estimada Sra. Klein:

Le confirmamos su pedido P08240 en su totalidad: 480 botellas de aceite de oliva virgen extra 500 ml, entrega en su almacén de Hamburgo el 16 de octubre, tal como solicitaron. Adjuntamos la confirmación de pedido CP-2026-0877.

Un cordial saludo,
Carmen López
Aceites del Sur S.L.

--- attachment: CP-2026-0877.pdf ---
CONFIRMACIÓN DE PEDIDO CP-2026-0877
Pedido cliente: P08240
Artículo        Cantidad   Fecha entrega
ADS-AOVE-500    480        16/10/2026
Incoterm: DAP Hamburgo
""", end="Un cordial saludo,", change="none", intent="confirmation", po=["P08240"],
     vref=["CP-2026-0877"], commit=("2026-10-16", "entrega en su almacén de Hamburgo el 16 de octubre"),
     dates=[("2026-10-16", "confirmed_delivery", "el 16 de octubre"), ("2026-10-16", "confirmed_delivery", "16/10/2026")],
     lines=[("ADS-AOVE-500", 480, "botellas", "480 botellas de aceite de oliva virgen extra 500 ml", "P08240"),
            ("ADS-AOVE-500", 480, None, "ADS-AOVE-500    480        16/10/2026", "P08240")]),

dict(v="levante", c=1, lang="es", at="2026-10-07 17:20", subj="Confirmación P08241",
     text="""
Hola Tim,

Te adjunto la confirmación de P08241. Ojo: pediste entrega para la semana 43 pero solo podemos confirmar la semana 45, tenemos el telar de jacquard parado por mantenimiento hasta el 20 de octubre. El resto de condiciones sin cambios.

Saludos,
Pablo
""", end="Saludos,\nPablo", change="date", intent="delay", po=["P08241"],
     commit=("2026-11-02", "solo podemos confirmar la semana 45"),
     dates=[("2026-10-19", "other", "la semana 43"), ("2026-11-02", "new_eta", "confirmar la semana 45"),
            ("2026-10-20", "other", "hasta el 20 de octubre")]),

dict(v="iberica", lang="es", at="2026-11-05 10:40", subj="RE: adelantar P08242",
     text="""
Buenos días Mike,

Sí, podemos adelantar el pedido P08242. En lugar del 30 de noviembre, las macetas llegarán a Hamburgo el lunes 23 de noviembre. Cantidades sin cambios (1.200 macetas de 20 cm).

Un saludo,
Sergio Navarro
Jardinería Ibérica

El mié, 4 nov 2026 a las 16:02, Mike Osei (<mike.osei@hhg-retail.com>) escribió:
> Hola Sergio, ¿sería posible adelantar P08242 una semana? Gracias
""", end="Un saludo,", change="date", intent="confirmation", po=["P08242"],
     commit=("2026-11-23", "las macetas llegarán a Hamburgo el lunes 23 de noviembre"),
     dates=[("2026-11-30", "other", "En lugar del 30 de noviembre"), ("2026-11-23", "confirmed_delivery", "el lunes 23 de noviembre")],
     lines=[("macetas de 20 cm", 1200, None, "1.200 macetas de 20 cm", "P08242")]),

dict(v="plasticos", lang="es", at="2026-11-11 19:05", subj="P08243 cajas",
     text="""
Buenas tardes Laura,
Te escribo rapido desde el celular. El P08243 (cajas organizadoras) no va a salir el viernes como te dije, tuvimos falla en la inyectora. Nueva fecha de embarque 25/11 y llegada a Hamburgo aprox 17/12. Mañana te mando la confirmacion corregida.
Rodrigo
""", end="Rodrigo", change="date", intent="delay", po=["P08243"],
     commit=("2026-12-17", "llegada a Hamburgo aprox 17/12"),
     dates=[("2026-11-13", "other", "el viernes"), ("2026-11-25", "ship_date", "Nueva fecha de embarque 25/11"),
            ("2026-12-17", "new_eta", "aprox 17/12"), ("2026-11-12", "other", "Mañana")]),

dict(v="galicia", c=1, lang="es", at="2026-11-19 13:00", subj="Expedición parcial pedido P08244",
     text="""
Estimado Sr. Brandt:

Le informamos que hoy hemos expedido parcialmente su pedido P08244: 900 latas de mejillones en escabeche de las 1.500 pedidas. Las 600 latas restantes saldrán el 3 de diciembre, con entrega estimada el 7 de diciembre.

Agencia: Transportes Carrera, albarán 26/CG/44180.

Atentamente,
Beatriz Castro
Conservas Galicia S.A.
""", end="Atentamente,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08244"], vref=["26/CG/44180"], commit=("2026-12-07", "entrega estimada el 7 de diciembre"),
     dates=[("2026-11-19", "ship_date", "hoy hemos expedido"), ("2026-12-03", "ship_date", "saldrán el 3 de diciembre"),
            ("2026-12-07", "new_eta", "entrega estimada el 7 de diciembre")],
     lines=[("mejillones en escabeche", 900, "latas", "900 latas de mejillones en escabeche", "P08244"),
            ("mejillones en escabeche", 600, "latas", "Las 600 latas restantes", "P08244")]),

dict(v="valencia", c=1, lang="es", at="2026-12-03 11:30", subj="Salida pedido P08245",
     text="""
Hola Sandra,

Te confirmo que el pedido P08245 ha salido hoy completo, 14 palets. Entrega prevista en vuestro almacén entre el martes 8 y el miércoles 9 de diciembre.

Adjunto el aviso de expedición.

Saludos cordiales,
Amparo Soler
Cerámica Valenciana

--- attachment: Aviso_expedicion_AE-3391.pdf ---
AVISO DE EXPEDICIÓN AE-3391
Pedido: P08245      Fecha salida: 03/12/2026
Referencia      Pedido   Enviado
CV-PLT-27       1.800    1.800
CV-BOL-14       960      960
Transportista: Primafrío   CMR 0098812-ES
""", end="Saludos cordiales,", change="shipping", intent="shipping_notice", po=["P08245"],
     vref=["AE-3391"], commit=("2026-12-09", "entre el martes 8 y el miércoles 9 de diciembre"),
     dates=[("2026-12-03", "ship_date", "ha salido hoy completo"), ("2026-12-08", "range_start", "el martes 8"),
            ("2026-12-09", "range_end", "el miércoles 9 de diciembre"), ("2026-12-03", "ship_date", "Fecha salida: 03/12/2026")],
     lines=[("CV-PLT-27", 1800, None, "CV-PLT-27       1.800    1.800", "P08245"),
            ("CV-BOL-14", 960, None, "CV-BOL-14       960      960", "P08245")],
     track=[("Primafrío", "0098812-ES", "CMR 0098812-ES")]),

dict(v="galicia", c=1, lang="es", at="2026-12-03 12:10", subj="RE: Expedición parcial pedido P08244",
     text="""
Estimado Sr. Brandt:

Hoy ha salido el resto del pedido P08244 (600 latas de mejillones), con lo que el pedido queda completo. Mantenemos la entrega para el lunes 7.

Atentamente,
Beatriz Castro

El 19/11/2026 a las 13:00, Beatriz Castro escribió:
> Le informamos que hoy hemos expedido parcialmente su pedido P08244: 900 latas de mejillones en escabeche de las 1.500 pedidas.
""", end="Atentamente,", change="shipping", intent="shipping_notice", po=["P08244"],
     commit=("2026-12-07", "Mantenemos la entrega para el lunes 7"),
     dates=[("2026-12-03", "ship_date", "Hoy ha salido"), ("2026-12-07", "confirmed_delivery", "el lunes 7")],
     lines=[("mejillones en escabeche", 600, "latas", "600 latas de mejillones", "P08244")]),

dict(v="forja_toledo", lang="es", at="2026-10-22 16:00", subj="Aviso de envío pedido P08246",
     text="""
Buenas tardes,

Adjuntamos aviso de envío del pedido P08246, salida hoy por Seur.

Saludos,
Ignacio Morales
Forja Toledana S.L.

--- attachment: AE_P08246.pdf ---
AVISO DE ENVÍO
Pedido: P08246     Fecha envío: 22/10/2026
Artículo                Pedido  Enviado  Pendiente
FT-ATZ-30 Atizador      120     120      0
FT-SOP-2 Soporte leña   80      50       30
Pendiente prevista: semana 45
Nº expedición Seur: 5512 0098 7743
""", end="Saludos,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08246"], commit=("2026-11-02", "Pendiente prevista: semana 45"),
     dates=[("2026-10-22", "ship_date", "salida hoy por Seur"), ("2026-10-22", "ship_date", "Fecha envío: 22/10/2026"),
            ("2026-11-02", "new_eta", "Pendiente prevista: semana 45")],
     lines=[("FT-ATZ-30", 120, None, "FT-ATZ-30 Atizador      120     120      0", "P08246"),
            ("FT-SOP-2", 50, None, "FT-SOP-2 Soporte leña   80      50       30", "P08246"),
            ("FT-SOP-2", 30, None, "FT-SOP-2 Soporte leña   80      50       30", "P08246")],
     track=[("Seur", "5512 0098 7743", "Nº expedición Seur: 5512 0098 7743")]),

dict(v="alicante", c=1, lang="es", at="2026-09-17 09:30", subj="Pedido P08247 - etiquetas",
     text="""
Buenos días,

Para preparar el pedido P08247 necesitamos saber si quieren las etiquetas de precio ya puestas en cada juguete o sueltas en la caja. ¿Y el código EAN es el mismo que el año pasado? Quedamos a la espera para poder empezar.

Gracias,
Departamento de Pedidos
Juguetes de Jardín Alicante
""", end="Gracias,", change="none", intent="question", po=["P08247"]),

dict(v="andino", lang="es", at="2026-12-14 08:00", subj="Respuesta automática: P08248 pedido café",
     text="""
Gracias por su mensaje. Estaré fuera de la oficina del 14 al 31 de diciembre con acceso limitado al correo. Para temas urgentes de pedidos, por favor contacte a Valentina Ospina.

Andrés Restrepo
Café Andino S.A.S.
""", end="Andrés Restrepo", change="none", intent="other", po=["P08248"],
     dates=[("2026-12-14", "other", "del 14"), ("2026-12-31", "other", "al 31 de diciembre")]),

dict(v="tlaquepaque", lang="es", at="2026-10-26 12:00", subj="P08249 barniz",
     text="""
Hola Laura,

Sobre el P08249: el barniz mate que pidieron ya no lo tenemos. Podemos hacer las macetas con barniz satinado (mismo precio, misma fecha) o esperar el mate, que nos llega en unas tres semanas. ¿Qué prefieren?

Saludos,
Alejandra Ruiz
Artesanías Tlaquepaque
""", end="Saludos,", change="none", intent="question", po=["P08249"]),

dict(v="aceites", c=1, lang="es", at="2026-11-02 10:00", subj="Factura FV-26-3318",
     text="""
Buenos días Sandra,

Le envío adjunta la factura FV-26-3318 correspondiente al pedido P08240, entregado el 16 de octubre. Vencimiento a 30 días, el 1 de diciembre.

Saludos cordiales,
Javier Ruiz
Administración - Aceites del Sur
""", end="Saludos cordiales,", change="none", intent="other", po=["P08240"], vref=["FV-26-3318"],
     dates=[("2026-10-16", "other", "entregado el 16 de octubre"), ("2026-12-01", "other", "el 1 de diciembre")]),

dict(v="pampa", c=1, lang="es", at="2026-11-13 15:00", subj="Pedido P08250 - anulación línea 2",
     text="""
Estimado Mike,

Lamentablemente debemos anular la línea 2 del pedido P08250 (40 bolsos de cuero color suela, CP-BS-02): el curtidor no nos puede entregar el cuero en ese tono antes de fin de año. La línea 1 (60 cinturones) se mantiene con embarque el 4 de diciembre.

Disculpá las molestias.
Saludos,
Julieta Romero
Cueros de la Pampa
""", end="Saludos,\nJulieta", change="cancel", intent="cancellation", po=["P08250"],
     dates=[("2026-12-04", "ship_date", "embarque el 4 de diciembre")],
     lines=[("CP-BS-02", 40, None, "40 bolsos de cuero color suela, CP-BS-02", "P08250"),
            ("cinturones", 60, None, "60 cinturones", "P08250")]),

dict(v="valencia", lang="es", at="2026-10-15 13:20", subj="Recargo energético",
     text="""
Estimada Sandra:

Por el incremento del coste del gas, a partir del 1 de noviembre aplicaremos un recargo energético de 0,18 EUR por pieza en todos los platos y cuencos. Para el pedido abierto P08251 mantenemos el precio acordado.

Un saludo,
Vicente Ferrer
Cerámica Valenciana S.L.
""", end="Un saludo,", change="price", intent="price_change", po=["P08251"],
     dates=[("2026-11-01", "price_effective", "a partir del 1 de noviembre")],
     prices=[dict(product="recargo energético por pieza", new=0.18, cur="EUR", eff="2026-11-01",
                  quote="un recargo energético de 0,18 EUR por pieza")]),

dict(v="maule", lang="es", at="2026-10-30 11:00", subj="Confirmación embarque P08252",
     text="""
Hola Tim,

Te confirmo el embarque de P08252 (canastos de mimbre), pero en el buque siguiente: zarpa de San Antonio el 18 de noviembre en vez del 6. ETA Hamburgo 22 de diciembre (antes teníamos 10 de diciembre). La fábrica se atrasó con el teñido.

Cariños,
Catalina Soto
Mimbres del Maule SpA
""", end="Cariños,", change="date", intent="delay", po=["P08252"],
     commit=("2026-12-22", "ETA Hamburgo 22 de diciembre"),
     dates=[("2026-11-18", "ship_date", "zarpa de San Antonio el 18 de noviembre"), ("2026-11-06", "other", "en vez del 6"),
            ("2026-12-22", "new_eta", "ETA Hamburgo 22 de diciembre"), ("2026-12-10", "other", "antes teníamos 10 de diciembre")]),

dict(v="lima", c=1, lang="es", at="2026-09-10 09:00", subj="Confirmación orden P08253",
     text="""
Estimada Laura,

Hemos recibido su orden P08253 y la confirmamos sin cambios: 250 mantas de alpaca, despacho aéreo el 28 de septiembre y entrega en Hamburgo el 2 de octubre, como indicaba su orden.

Nuestro número de pedido interno es LM-PV-0455.

Saludos cordiales,
Diego Salazar
Textiles Alpaca del Perú
""", end="Saludos cordiales,", change="none", intent="confirmation", po=["P08253"], vref=["LM-PV-0455"],
     commit=("2026-10-02", "entrega en Hamburgo el 2 de octubre"),
     dates=[("2026-09-28", "ship_date", "despacho aéreo el 28 de septiembre"),
            ("2026-10-02", "confirmed_delivery", "entrega en Hamburgo el 2 de octubre")],
     lines=[("mantas de alpaca", 250, None, "250 mantas de alpaca", "P08253")]),
# ------------------------------------------------------------------ Dutch
dict(v="vanderberg", c=1, lang="nl", at="2026-10-12 10:00", subj="Orderbevestiging P08260",
     text="""
Beste Sandra,

Hierbij bevestigen wij jullie order P08260 zoals besteld: 300 tuinslangen TS-25 en 150 haspels, levering week 44 op jullie DC in Hamburg. Orderbevestiging OB-26-5521 zit in de bijlage.

Met vriendelijke groet,
Sanne de Jong
Van der Berg Tuinartikelen B.V.

--- attachment: OB-26-5521.pdf ---
ORDERBEVESTIGING OB-26-5521
Uw referentie: P08260
Artikel   Omschrijving     Aantal  Levering
TS-25     Tuinslang 25 m   300     wk 44/2026
HS-01     Slanghaspel      150     wk 44/2026
""", end="Met vriendelijke groet,", change="none", intent="confirmation", po=["P08260"],
     vref=["OB-26-5521"], commit=("2026-10-26", "levering week 44"),
     dates=[("2026-10-26", "confirmed_delivery", "levering week 44"),
            ("2026-10-26", "confirmed_delivery", ("wk 44/2026", 0)), ("2026-10-26", "confirmed_delivery", ("wk 44/2026", 1))],
     lines=[("TS-25", 300, None, "300 tuinslangen TS-25", "P08260"),
            ("HS-01", 150, None, "150 haspels", "P08260"),
            ("TS-25", 300, None, "TS-25     Tuinslang 25 m   300     wk 44/2026", "P08260"),
            ("HS-01", 150, None, "HS-01     Slanghaspel      150     wk 44/2026", "P08260")]),

dict(v="devries", lang="nl", at="2026-10-20 14:30", subj="Order P08261",
     text="""
Hallo Mike,

Order P08261 is in ons systeem verwerkt, maar de gevraagde leverdatum van 30 oktober halen we niet. De pannensets komen pas vrijdag 13 november binnen bij ons, levering bij jullie dan dinsdag 17 november. Bevestiging volgt morgen.

Groeten,
Mark de Vries
De Vries Huishoudelijk B.V.
""", end="Groeten,", change="date", intent="delay", po=["P08261"],
     commit=("2026-11-17", "levering bij jullie dan dinsdag 17 november"),
     dates=[("2026-10-30", "other", "leverdatum van 30 oktober"), ("2026-11-13", "other", "vrijdag 13 november"),
            ("2026-11-17", "new_eta", "dinsdag 17 november"), ("2026-10-21", "other", "morgen")]),

dict(v="twente", c=1, lang="nl", at="2026-11-02 09:20", subj="RE: P08262 week eerder?",
     text="""
Goedemorgen Laura,

Geen probleem, we kunnen P08262 een week eerder leveren: nieuwe leverdatum donderdag 12 november in plaats van 19 november. Aantallen blijven gelijk.

Met vriendelijke groet,
Ilse Bosman
Twentse Kunststoffen B.V.

Op vr 30 okt 2026 om 15:48 schreef Laura Jensen <laura.jensen@hhg-retail.com>:
> Hoi Ilse, kunnen jullie P08262 naar week 46 halen? Groet, Laura
""", end="Met vriendelijke groet,", change="date", intent="confirmation", po=["P08262"],
     commit=("2026-11-12", "nieuwe leverdatum donderdag 12 november"),
     dates=[("2026-11-12", "confirmed_delivery", "donderdag 12 november"), ("2026-11-19", "other", "in plaats van 19 november")]),

dict(v="westland", lang="nl", at="2026-09-25 07:40", subj="P08263",
     text="""
Hoi Tim, korte update P08263: de tulpenbollen zijn nog niet gedroogd genoeg, we schuiven een week op. Levering wordt dinsdag 6 okt ipv 29 sept. Sorry!
Gert-Jan
Verstuurd vanaf mijn telefoon
""", end="Gert-Jan\nVerstuurd", change="date", intent="delay", po=["P08263"],
     commit=("2026-10-06", "Levering wordt dinsdag 6 okt"),
     dates=[("2026-10-06", "new_eta", "dinsdag 6 okt"), ("2026-09-29", "other", "ipv 29 sept")]),

dict(v="zeeland", lang="nl", at="2026-11-24 15:10", subj="Deellevering P08264",
     text="""
Goedemiddag Sandra,

Vandaag is een deel van P08264 vertrokken: 420 deurmatten kokos 40x60. De 180 matten 50x80 volgen over twee weken, de vlechtmachine staat stil voor onderhoud.

Vrachtbrief Bakker Logistiek: BKL-2611-9834

Met vriendelijke groet,
Jolanda Verhulst
Zeeuwse Touw- en Mattenfabriek
""", end="Met vriendelijke groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08264"], commit=("2026-12-08", "De 180 matten 50x80 volgen over twee weken"),
     dates=[("2026-11-24", "ship_date", "Vandaag"), ("2026-12-08", "new_eta", "volgen over twee weken")],
     lines=[("deurmatten kokos 40x60", 420, None, "420 deurmatten kokos 40x60", "P08264"),
            ("matten 50x80", 180, None, "De 180 matten 50x80", "P08264")],
     track=[("Bakker Logistiek", "BKL-2611-9834", "Vrachtbrief Bakker Logistiek: BKL-2611-9834")]),

dict(v="jansen", c=1, lang="nl", at="2026-12-08 11:45", subj="Verzonden: P08265",
     text="""
Hallo Mike,

P08265 is vanochtend compleet verzonden met PostNL Pakketten, 22 colli. Verwachte aflevering morgen tussen 9 en 17 uur.

Track & trace: 3SHHG0042281937

Groet,
Eva Mulder
Elektro Jansen B.V.
""", end="Groet,", change="shipping", intent="shipping_notice", po=["P08265"],
     commit=("2026-12-09", "Verwachte aflevering morgen"),
     dates=[("2026-12-08", "ship_date", "vanochtend"), ("2026-12-09", "confirmed_delivery", "morgen")],
     track=[("PostNL", "3SHHG0042281937", "Track & trace: 3SHHG0042281937")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-11-30 16:00", subj="Nalevering P08266",
     text="""
Dag Laura,

Goed nieuws: de nabestelling van P08266 (de 240 keukenhanddoeken grijs) is vandaag vertrokken. Daarmee is de volledige order geleverd. Levering bij jullie woensdag.

Pakbon in bijlage.

Vriendelijke groeten,
An Claes
Vlaamse Textiel NV

--- attachment: Pakbon_PB-77120.pdf ---
PAKBON PB-77120
Order: P08266 (nalevering)
Verzenddatum: 30/11/2026
Art.       Omschrijving              Besteld  Eerder geleverd  Nu geleverd
VT-KH-GR   Keukenhanddoek grijs      600      360              240
Openstaand: 0
""", end="Vriendelijke groeten,", change="shipping", intent="shipping_notice", po=["P08266"],
     vref=["PB-77120"], commit=("2026-12-02", "Levering bij jullie woensdag"),
     dates=[("2026-11-30", "ship_date", "vandaag vertrokken"), ("2026-12-02", "confirmed_delivery", "Levering bij jullie woensdag"),
            ("2026-11-30", "ship_date", "Verzenddatum: 30/11/2026")],
     lines=[("VT-KH-GR", 240, None, "de 240 keukenhanddoeken grijs", "P08266"),
            ("VT-KH-GR", 240, None, "VT-KH-GR   Keukenhanddoek grijs      600      360              240", "P08266")]),

dict(v="kaashandel", lang="nl", at="2026-10-08 13:30", subj="Verzendbevestiging P08267",
     text="""
Beste Tim,

P08267 is vandaag verzonden, maar niet compleet: van de Gouda jong (art. HK-GJ-450) konden we maar 96 van de 144 stuks leveren. De ontbrekende 48 stuks sturen we mee met jullie volgende order, of we leveren ze los in week 43, laat maar weten wat jullie willen.

Koelvervoer: Van der Wal, CMR 0461-22871

Groet,
Kees Bakker
Hollandse Kaashandel B.V.
""", end="Groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice", "question"],
     po=["P08267"],
     dates=[("2026-10-08", "ship_date", "vandaag verzonden"), ("2026-10-19", "other", "in week 43")],
     lines=[("HK-GJ-450", 96, "stuks", "maar 96 van de 144 stuks", "P08267"),
            ("HK-GJ-450", 48, "stuks", "De ontbrekende 48 stuks", "P08267")],
     track=[("Van der Wal", "0461-22871", "CMR 0461-22871")]),

dict(v="gentse", c=1, lang="nl", at="2026-10-01 10:10", subj="P08268 logo voor wikkels",
     text="""
Dag Sandra,

Voor order P08268 (kerstkaarsen) hebben we nog jullie logo-bestand in vector nodig voor de wikkels. Kunnen jullie dat deze week nog sturen? Anders komt de productieplanning in het gedrang.

Groetjes,
Els Vermeulen
Gentse Kaarsenmakerij
""", end="Groetjes,", change="none", intent="question", po=["P08268"],
     dates=[("2026-09-28", "other", "deze week")]),

dict(v="twente", lang="nl", at="2026-09-08 09:00", subj="Uitnodiging Tuinbeurs Houten",
     text="""
Beste relatie,

Graag nodigen wij u uit op onze stand op de Tuinbeurs Houten van 22 tot en met 24 september (hal 3, stand C14). We tonen er onze nieuwe collectie bloempotten van gerecycled plastic. Aanmelden kan via onze website.

Met vriendelijke groet,
Ruud Hendriks
Twentse Kunststoffen B.V.
""", end="Met vriendelijke groet,", change="none", intent="other",
     dates=[("2026-09-22", "other", "van 22"), ("2026-09-24", "other", "tot en met 24 september")]),

dict(v="kempen", c=1, lang="nl", at="2026-11-26 14:00", subj="P08269 leverdag?",
     text="""
Hallo Mike,

De banken van P08269 staan klaar. Onze chauffeur kan maandag 30 november of woensdag 2 december leveren. Welke dag past het best voor jullie magazijn? Graag antwoord voor morgenmiddag.

Groeten,
Liesbeth Wouters
""", end="Groeten,", change="none", intent="question", po=["P08269"],
     dates=[("2026-11-30", "other", "maandag 30 november"), ("2026-12-02", "other", "woensdag 2 december"),
            ("2026-11-27", "other", "morgenmiddag")]),

dict(v="devries", c=1, lang="nl", at="2026-12-16 10:30", subj="RE: P08270 ander afleveradres",
     text="""
Hoi Laura,

Dank je, het gewijzigde afleveradres voor P08270 is goed ontvangen en doorgegeven aan de planning.

Groetjes,
Femke

-----Oorspronkelijk bericht-----
Van: Laura Jensen
Verzonden: dinsdag 15 december 2026 17:02
Onderwerp: P08270 ander afleveradres

Femke, graag P08270 op 21 december leveren op ons filiaal in Lübeck in plaats van het DC.
""", end="Groetjes,", change="none", intent="other", po=["P08270"]),

dict(v="westland", c=1, lang="nl", at="2026-10-15 11:00", subj="Annulering order P08271",
     text="""
Geachte heer Brandt,

Door een schimmelinfectie in onze partij amaryllisbollen moeten wij order P08271 helaas volledig annuleren. Een eventuele aanbetaling wordt binnen 14 dagen teruggestort. Onze excuses voor het ongemak.

Met vriendelijke groet,
Orderdesk
Westland Bloembollen B.V.
""", end="Met vriendelijke groet,", change="cancel", intent="cancellation", po=["P08271"],
     dates=[("2026-10-29", "other", "binnen 14 dagen")]),

dict(v="jansen", lang="nl", at="2026-11-05 15:00", subj="Prijsaanpassing verlengkabels",
     text="""
Beste Sandra,

Door hogere kopertarieven verhogen we per 1 december de prijs van de verlengkabels:
EJ-VK-3 (3 m): van € 4,80 naar € 5,10
EJ-VK-5 (5 m): van € 6,20 naar € 6,60
Order P08272 die al bevestigd is leveren we nog tegen de oude prijs.

Met vriendelijke groet,
Bram Jansen
""", end="Met vriendelijke groet,", change="price", intent="price_change", po=["P08272"],
     dates=[("2026-12-01", "price_effective", "per 1 december")],
     prices=[dict(product="EJ-VK-3", old=4.80, new=5.10, cur="EUR", eff="2026-12-01",
                  quote="EJ-VK-3 (3 m): van € 4,80 naar € 5,10"),
             dict(product="EJ-VK-5", old=6.20, new=6.60, cur="EUR", eff="2026-12-01",
                  quote="EJ-VK-5 (5 m): van € 6,20 naar € 6,60")]),

dict(v="vanderberg", lang="nl", at="2026-11-09 12:00", subj="Bevestiging nieuwe leverdatum P08273",
     text="""
Beste Sandra,

Hierbij de aangepaste orderbevestiging voor P08273. Helaas schuift de levering van de plantenbakken van week 47 naar week 49, onze leverancier van het hout is te laat. De overige regels blijven op week 47.

Met vriendelijke groet,
Pieter van der Berg
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P08273"],
     commit=("2026-11-30", "schuift de levering van de plantenbakken van week 47 naar week 49"),
     dates=[("2026-11-16", "other", "van week 47"), ("2026-11-30", "new_eta", "naar week 49"),
            ("2026-11-16", "confirmed_delivery", "blijven op week 47")]),

dict(v="zeeland", c=1, lang="nl", at="2026-09-14 16:40", subj="RE: order P08274",
     text="""
Akkoord, P08274 bevestigd: 600 kokosmatten, levering vrijdag 2 oktober zoals gevraagd. Ons ordernr. ZT-26-1140.
Verkoop Zeeuwse Touw
""", end="Verkoop Zeeuwse Touw", change="none", intent="confirmation", po=["P08274"], vref=["ZT-26-1140"],
     commit=("2026-10-02", "levering vrijdag 2 oktober"),
     dates=[("2026-10-02", "confirmed_delivery", "levering vrijdag 2 oktober")],
     lines=[("kokosmatten", 600, None, "600 kokosmatten", "P08274")]),
]
