# ruff: noqa: E501 - email text is data
"""German and Dutch batch (de_nl_more2): delays, confirmations, partial deliveries. Hand-written."""

EMAILS = [
dict(v="hansa", lang="de", at="2026-11-16 10:12", subj="Liefertermin P04400 verschiebt sich",
     text="""
Hallo Frau Klein,

leider müssen wir den Liefertermin für Ihre Bestellung P04400 (Weingläser HG-WG-45) verschieben. Ursprünglich war die Anlieferung für KW 48 bestätigt, neuer Termin ist jetzt KW 50. Grund ist ein Ofenausfall in unserer Glashütte in der Lausitz, die Wanne musste komplett neu angefahren werden.

Die Karaffen HG-KA-10 aus derselben Bestellung sind davon nicht betroffen und kommen wie geplant in KW 48.

Viele Grüße
Anke Petersen
Hansa Glas & Porzellan GmbH
""", end="Viele Grüße", change="date", intent="delay", sec=["confirmation"], po=["P04400"],
     commit=("2026-12-07", "neuer Termin ist jetzt KW 50"),
     dates=[("2026-11-23", "other", ("KW 48", 0)), ("2026-12-07", "new_eta", "KW 50"),
            ("2026-11-23", "confirmed_delivery", ("KW 48", 1))]),

dict(v="hansa", c=1, lang="de", at="2026-10-05 09:30", subj="Auftragsbestätigung AB-HG-26-1187 zu P04401",
     text="""
Guten Morgen Herr Brandt,

im Anhang die Auftragsbestätigung zu Ihrer Bestellung P04401. Liefertermin für alle Positionen: Montag, 16.11.2026 frei Lager Hamburg.

Freundliche Grüße
Ole Thomsen
Innendienst

--- attachment: AB-HG-26-1187.pdf ---
Hansa Glas & Porzellan GmbH · Auftragsbestätigung AB-HG-26-1187
Kunde: Hartmann Home & Garden · Ihre Bestellnr.: P04401 · Datum: 05.10.2026
Pos | Artikel | Bezeichnung | Menge | ME | Preis | Liefertermin
10 | HG-TB-32 | Teller flach 32 cm | 480 | Stk | 4,20 | 16.11.2026
20 | HG-SC-18 | Schale 18 cm | 360 | Stk | 2,95 | 16.11.2026
30 | HG-TA-25 | Tasse mit Untertasse | 240 | Stk | 3,60 | 16.11.2026
Zahlungsbedingung: 30 Tage netto
""", end="Freundliche Grüße", change="none", intent="confirmation", po=["P04401"],
     vref=["AB-HG-26-1187"], commit=("2026-11-16", "Liefertermin für alle Positionen: Montag, 16.11.2026"),
     dates=[("2026-11-16", "confirmed_delivery", "Montag, 16.11.2026"),
            ("2026-10-05", "other", "05.10.2026"),
            ("2026-11-16", "confirmed_delivery", ("16.11.2026", 1)),
            ("2026-11-16", "confirmed_delivery", ("16.11.2026", 2)),
            ("2026-11-16", "confirmed_delivery", ("16.11.2026", 3))],
     lines=[("HG-TB-32", 480, "Stk", "10 | HG-TB-32 | Teller flach 32 cm | 480 | Stk | 4,20 | 16.11.2026", "P04401"),
            ("HG-SC-18", 360, "Stk", "20 | HG-SC-18 | Schale 18 cm | 360 | Stk | 2,95 | 16.11.2026", "P04401"),
            ("HG-TA-25", 240, "Stk", "30 | HG-TA-25 | Tasse mit Untertasse | 240 | Stk | 3,60 | 16.11.2026", "P04401")]),

dict(v="twente", lang="nl", at="2026-11-11 14:20", subj="P04402 opbergboxen - nieuwe leverdatum",
     text="""
Hoi Mike,

Slecht nieuws over P04402 (opbergboxen TK-OB-45). De spuitgietmachine voor de deksels staat sinds maandag stil en het vervangende onderdeel komt pas morgen binnen. We halen de afgesproken leverdatum van vrijdag 13 november daardoor niet. Nieuwe leverdatum: volgende week dinsdag, 17 november.

Sorry voor het ongemak, we doen wat we kunnen.

Groeten,
Ruud Hendriks
Twentse Kunststoffen B.V.
""", end="Groeten,", change="date", intent="delay", po=["P04402"],
     commit=("2026-11-17", "Nieuwe leverdatum: volgende week dinsdag, 17 november"),
     dates=[("2026-11-09", "other", "sinds maandag"), ("2026-11-12", "other", "komt pas morgen binnen"),
            ("2026-11-13", "other", "vrijdag 13 november"),
            ("2026-11-17", "new_eta", "volgende week dinsdag, 17 november")]),

dict(v="devries", c=1, lang="nl", at="2026-10-20 11:00", subj="Deellevering P04403",
     text="""
Goedemorgen Laura,

Vandaag is een deel van order P04403 de deur uit gegaan: 180 van de 300 roestvrijstalen vergieten (DV-VG-24) en de volledige 150 pannensets DV-PS-5. Het restant van 120 vergieten volgt binnen 3 werkdagen, uiterlijk vrijdag 23 oktober bij jullie in Hamburg.

Pakbon PB-261020-07 zit in de bijlage. Transport via Van Dijk Transport, vrachtbrief CMR 0045871.

Met vriendelijke groet,
Femke Smit
De Vries Huishoudelijk B.V.
""", end="Met vriendelijke groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04403"], vref=["PB-261020-07"], commit=("2026-10-23", "uiterlijk vrijdag 23 oktober"),
     dates=[("2026-10-20", "ship_date", "Vandaag is een deel"), ("2026-10-23", "new_eta", "binnen 3 werkdagen"),
            ("2026-10-23", "new_eta", "vrijdag 23 oktober")],
     lines=[("DV-VG-24", 180, None, "180 van de 300 roestvrijstalen vergieten", "P04403"),
            ("DV-PS-5", 150, None, "de volledige 150 pannensets DV-PS-5", "P04403"),
            ("DV-VG-24", 120, None, "restant van 120 vergieten", "P04403")],
     track=[("Van Dijk Transport", "0045871", "CMR 0045871")]),

dict(v="mueller", c=1, lang="de", at="2026-09-24 15:30", subj="Teillieferung P04404 Laubbläser",
     text="""
Sehr geehrte Frau Jensen,

zu Ihrer Bestellung P04404 haben wir heute eine Teillieferung verladen. Die Laubbläser MG-LB-25 sind nur zum Teil verfügbar, weil uns der Zulieferer die Akkupacks nicht vollständig geliefert hat; die Restmenge liefern wir übernächste Woche nach, voraussichtlich am Mittwoch, 07.10.

Details siehe Lieferschein.

Mit freundlichen Grüßen
Claudia Schmitt

--- attachment: LS-2026-30418.pdf ---
LIEFERSCHEIN LS-2026-30418
Bestellung: P04404   Versanddatum: 24.09.2026
Artikel      Bestellt  Geliefert  Restmenge
MG-LB-25     400       250        150
MG-LS-12     120       120        0
Restmenge wird nachgeliefert.
""", end="Mit freundlichen Grüßen", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04404"], vref=["LS-2026-30418"], commit=("2026-10-07", "voraussichtlich am Mittwoch, 07.10."),
     dates=[("2026-09-24", "ship_date", "heute eine Teillieferung verladen"),
            ("2026-10-05", "new_eta", "übernächste Woche"), ("2026-10-07", "new_eta", "am Mittwoch, 07.10."),
            ("2026-09-24", "ship_date", "Versanddatum: 24.09.2026")],
     lines=[("MG-LB-25", 250, None, "MG-LB-25     400       250        150", "P04404"),
            ("MG-LB-25", 150, None, "MG-LB-25     400       250        150", "P04404"),
            ("MG-LS-12", 120, None, "MG-LS-12     120       120        0", "P04404")]),

dict(v="schwarzwald", lang="de", at="2026-12-01 08:45", subj="Storno P04405",
     text="""
Hallo Herr Osei,

wie telefonisch besprochen stornieren wir Ihre Bestellung P04405 (Gusseisentöpfe SH-GT-28) vollständig. Die Ware war noch nicht produziert, es fallen keine Stornokosten an. Eine Stornobestätigung mit der Nummer ST-26-0093 geht Ihnen separat zu.

Beste Grüße
Markus Weber
""", end="Beste Grüße", change="cancel", intent="cancellation", po=["P04405"], vref=["ST-26-0093"]),

dict(v="kaashandel", c=1, lang="nl", at="2026-11-02 13:00", subj="Prijsaanpassing per 1 januari",
     text="""
Beste inkoop,

Door de gestegen melkprijs en hogere energiekosten passen wij onze prijzen aan per 1 januari 2027. Hieronder de nieuwe prijzen per stuk (EUR):

Artikel                                  oud     nieuw
HK-GO-450 Goudse jong 450 g              3,85    4,05
HK-LE-300 Leerdammer-stijl plakken 300 g 2,70    2,79
HK-OK-1000 Oude kaas blok 1 kg           11,40   11,95

Orders die vóór 15 december geplaatst zijn, leveren wij nog tegen de huidige prijzen.

Met vriendelijke groet,
Lotte Visser
Hollandse Kaashandel B.V.
""", end="Met vriendelijke groet,", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "1 januari 2027"), ("2026-12-15", "other", "vóór 15 december")],
     prices=[dict(product="HK-GO-450", old=3.85, new=4.05, cur="EUR", eff="2027-01-01",
                  quote="HK-GO-450 Goudse jong 450 g              3,85    4,05"),
             dict(product="HK-LE-300", old=2.70, new=2.79, cur="EUR", eff="2027-01-01",
                  quote="HK-LE-300 Leerdammer-stijl plakken 300 g 2,70    2,79"),
             dict(product="HK-OK-1000", old=11.40, new=11.95, cur="EUR", eff="2027-01-01",
                  quote="HK-OK-1000 Oude kaas blok 1 kg           11,40   11,95")]),

dict(v="kaiser", c=1, lang="de", at="2026-10-13 16:05", subj="Versandavis zu P04406",
     text="""
Guten Tag Frau Klein,

Ihre Bestellung P04406 (LED-Leuchtmittel EK-LM-9W, 2.000 Stück in 40 Kartons) wurde heute vollständig an DHL Freight übergeben. Zustellung morgen, Zeitfenster 8–12 Uhr.

Sendungsnummer: JVGL0612445591
Lieferschein: LS-K-558120

Mit freundlichen Grüßen
Petra Lange
Elektro Kaiser GmbH
""", end="Mit freundlichen Grüßen", change="shipping", intent="shipping_notice", po=["P04406"],
     vref=["LS-K-558120"], commit=("2026-10-14", "Zustellung morgen"),
     dates=[("2026-10-13", "ship_date", "heute vollständig"), ("2026-10-14", "confirmed_delivery", "Zustellung morgen")],
     lines=[("EK-LM-9W", 2000, "Stück", "EK-LM-9W, 2.000 Stück", "P04406")],
     track=[("DHL Freight", "JVGL0612445591", "Sendungsnummer: JVGL0612445591")]),

dict(v="jansen", c=1, lang="nl", at="2026-09-15 10:40", subj="Vraag over etikettering P04407",
     text="""
Hallo Tim,

Voor order P04407 (stekkerdozen EJ-SD-6) hebben we nog één vraag: willen jullie de dozen met jullie eigen EAN-stickers, of mogen we onze standaard retailverpakking gebruiken? Met eigen stickers moeten we de bestanden uiterlijk donderdag hebben, anders past het niet meer in de productieplanning.

Graag even een kort antwoord.

Groet,
Eva Mulder
Elektro Jansen B.V.
""", end="Groet,", change="none", intent="question", po=["P04407"],
     dates=[("2026-09-17", "other", "uiterlijk donderdag")]),

dict(v="alpen", c=1, lang="de", at="2026-12-09 11:20", subj="P04408 – neuer Liefertermin",
     text="""
Servus Herr Brandt,

leider schaffen wir den vereinbarten Termin für P04408 (Kürbiskernöl AF-KO-250) nicht. Die Etiketten mit dem neuen Pflichthinweis sind beim Drucker hängen geblieben. Statt 11.12. können wir erst Ende KW 51 liefern, also am 18.12.

Die Lebkuchen (AF-LK-400) aus P04409 sind fertig und gehen wie bestätigt morgen raus.

Liebe Grüße
Theresa Huber

Am 27.11.2026 um 14:02 schrieb Tim Brandt <tim.brandt@hhg-retail.com>:
> Hallo Frau Huber, bitte P04408 wie bestätigt am 11.12. anliefern, P04409 bis 14.12.
> Danke, Tim Brandt
""", end="Liebe Grüße", change="date", intent="delay", sec=["confirmation"], po=["P04408", "P04409"],
     commit=("2026-12-18", "erst Ende KW 51 liefern, also am 18.12."),
     dates=[("2026-12-11", "other", "Statt 11.12."), ("2026-12-18", "new_eta", "Ende KW 51"),
            ("2026-12-18", "new_eta", "am 18.12."), ("2026-12-10", "ship_date", "morgen raus")],
     changes=[("P04408", "delay", "2026-12-18", None, "Statt 11.12. können wir erst Ende KW 51 liefern"),
              ("P04409", "confirmation", None, None, "gehen wie bestätigt morgen raus")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-10-27 09:15", subj="Orderbevestiging P04410",
     text="""
Dag Sandra,

Hierbij bevestigen wij jullie bestelling P04410. Alles is voorradig behalve de plaids, die worden speciaal geweven; levering van de volledige order in week 46, op maandag 9 november.

Orderbevestiging OB-VT-26-3321 in bijlage.

Met vriendelijke groeten
An Claes
Vlaamse Textiel NV

--- attachment: OB-VT-26-3321.pdf ---
ORDERBEVESTIGING OB-VT-26-3321
Uw referentie: P04410
Leverdatum: 09/11/2026
Artikel    Omschrijving             Aantal   Eenheidsprijs
VT-PL-130  Plaid wol 130x170        220      18,90
VT-KS-45   Kussenhoes linnen 45x45  640      4,35
VT-TL-50   Theedoek halflinnen      1.500    1,20
""", end="Met vriendelijke groeten", change="none", intent="confirmation", po=["P04410"],
     vref=["OB-VT-26-3321"], commit=("2026-11-09", "levering van de volledige order in week 46, op maandag 9 november"),
     dates=[("2026-11-09", "confirmed_delivery", "week 46"), ("2026-11-09", "confirmed_delivery", "maandag 9 november"),
            ("2026-11-09", "confirmed_delivery", "09/11/2026")],
     lines=[("VT-PL-130", 220, None, "VT-PL-130  Plaid wol 130x170        220      18,90", "P04410"),
            ("VT-KS-45", 640, None, "VT-KS-45   Kussenhoes linnen 45x45  640      4,35", "P04410"),
            ("VT-TL-50", 1500, None, "VT-TL-50   Theedoek halflinnen      1.500    1,20", "P04410")]),

dict(v="brunner", c=1, lang="de", at="2026-12-18 12:00", subj="Automatische Antwort: AW: P04411 Bademäntel",
     text="""
Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin vom 21.12. bis und mit 06.01.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Anfrage zu P04411 wird nach meiner Rückkehr bearbeitet. In dringenden Fällen wenden Sie sich bitte an verkauf@brunner-textil.ch.

Nadine Keller
Brunner Textil AG
""", end="Nadine Keller", change="none", intent="other", po=["P04411"],
     dates=[("2026-12-21", "other", "21.12."), ("2027-01-06", "other", "06.01.2027")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-11-19 15:50", subj="Annulering regel 3 order P04412",
     text="""
Beste Laura,

Helaas moeten we regel 3 van order P04412 annuleren: de terracotta potten VB-TP-40 (300 stuks) kunnen we dit seizoen niet meer leveren, onze Italiaanse leverancier is failliet gegaan. Regels 1 en 2 (plantenbakken en gieters) blijven staan en leveren we zoals bevestigd op 2 december.

Een creditnota is niet nodig, er is nog niets gefactureerd.

Met vriendelijke groet,
Sanne de Jong
""", end="Met vriendelijke groet,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P04412"], commit=("2026-12-02", "leveren we zoals bevestigd op 2 december"),
     dates=[("2026-12-02", "confirmed_delivery", "op 2 december")],
     lines=[("VB-TP-40", 300, "stuks", "VB-TP-40 (300 stuks)", "P04412")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-09-29 10:00", subj="Energiezuschlag ab Oktober",
     text="""
Sehr geehrte Damen und Herren,

wir müssen ab dem 01.10.2026 einen Energiezuschlag von 3 % auf alle Lieferungen erheben. Das betrifft auch Ihre offenen Bestellungen P04413 und P04414, soweit sie nach diesem Datum ausgeliefert werden. Die Stückpreise selbst bleiben unverändert.

Wir bedauern diesen Schritt und danken für Ihr Verständnis.

Mit freundlichen Grüßen
Sabine Hoffmann
Schwarzwald Haushaltswaren GmbH
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P04413", "P04414"],
     dates=[("2026-10-01", "price_effective", "ab dem 01.10.2026")],
     prices=[dict(product=None, pct=3, cur=None, eff="2026-10-01",
                  quote="Energiezuschlag von 3 % auf alle Lieferungen")],
     changes=[("P04413", "price_change", None, None, "Das betrifft auch Ihre offenen Bestellungen P04413 und P04414"),
              ("P04414", "price_change", None, None, "Das betrifft auch Ihre offenen Bestellungen P04413 und P04414")]),

dict(v="jansen", lang="nl", at="2026-12-07 17:10", subj="P04415 onderweg",
     text="""
Hoi Mike, P04415 is vandaag opgehaald door PostNL, 6 colli. Track & trace: 3SEJNS4471902. Levering verwacht morgenochtend.
gr Bram
""", end="gr Bram", change="shipping", intent="shipping_notice", po=["P04415"],
     commit=("2026-12-08", "Levering verwacht morgenochtend"),
     dates=[("2026-12-07", "ship_date", "vandaag opgehaald"), ("2026-12-08", "confirmed_delivery", "Levering verwacht morgenochtend")],
     track=[("PostNL", "3SEJNS4471902", "Track & trace: 3SEJNS4471902")]),

dict(v="kaiser", lang="de", at="2026-10-22 09:05", subj="WG: Wandleuchten P04416",
     text="""
Hallo Herr Osei,

ich leite Ihnen unten die Info unseres Lagers weiter. Kurz zusammengefasst: Die Wandleuchten EK-WL-12 für P04416 kommen nicht wie zugesagt Anfang November, sondern erst Mitte November zu Ihnen. Ich weiß, das ist ärgerlich, gerade vor dem Weihnachtsgeschäft, und ich habe auch schon mit unserem Einkauf gesprochen, ob wir über einen anderen Lieferanten etwas beschleunigen können – leider ohne Erfolg. Sobald ich einen festen Tag habe, melde ich mich noch einmal.

Viele Grüße
Stefan Kaiser

---------- Weitergeleitete Nachricht ---------
Von: Lager Nord <lager@elektro-kaiser.de>
Datum: Mi., 21. Okt. 2026 um 16:44
Betreff: WE Wandleuchten
An: Stefan Kaiser

Stefan, der Container mit den EK-WL-12 hat in Rotterdam Verspätung, Entladung bei uns erst am 09.11. Danach 3 Tage Prüfung und Umpacken. Gruß, Dirk
""", end="Viele Grüße", change="date", intent="delay", po=["P04416"],
     commit=("2026-11-15", "erst Mitte November zu Ihnen"),
     dates=[("2026-11-01", "other", "Anfang November"), ("2026-11-15", "new_eta", "Mitte November"),
            ("2026-11-09", "other", "am 09.11.")]),

dict(v="twente", c=1, lang="nl", at="2026-12-03 10:30", subj="P04417 - force majeure granulaat",
     text="""
Goedemorgen Sandra,

Betreft P04417, de emmers TK-EM-60 en de afvalbakken TK-AB-30.

Onze granulaatleverancier heeft force majeure afgekondigd (brand in de fabriek in Geleen). Daardoor kunnen we de bevestigde levering in week 51 niet waarmaken. Op dit moment is de beste inschatting week 2 van 2027, dus vanaf maandag 11 januari.

Twee vragen:
1. Is het goed als we de afvalbakken (daar hebben we nog materiaal voor) alvast los leveren in week 51?
2. Of willen jullie alles in één keer?

Hoor graag van je.

Met vriendelijke groet,
Ilse Bosman
""", end="Met vriendelijke groet,", change="date", intent="delay", sec=["question"], po=["P04417"],
     commit=("2027-01-11", "beste inschatting week 2 van 2027, dus vanaf maandag 11 januari"),
     dates=[("2026-12-14", "other", "levering in week 51"), ("2027-01-11", "new_eta", "week 2 van 2027"),
            ("2027-01-11", "new_eta", "maandag 11 januari"), ("2026-12-14", "other", "los leveren in week 51")]),

dict(v="brunner", lang="de", at="2026-11-05 14:00", subj="P04418 – Lieferung vorgezogen",
     text="""
Grüezi Frau Jensen

Gute Nachricht zu P04418: Wir können Ihrem Wunsch entsprechen und die Lieferung der Duvetbezüge BT-DB-160 vorziehen. Statt in KW 49 liefern wir bereits am Dienstag, 24.11., an Ihr Lager in Hamburg. Menge unverändert 350 Stück.

Freundliche Grüsse
Reto Brunner
Brunner Textil AG
""", end="Freundliche Grüsse", change="date", intent="confirmation", po=["P04418"],
     commit=("2026-11-24", "liefern wir bereits am Dienstag, 24.11."),
     dates=[("2026-11-30", "other", "KW 49"), ("2026-11-24", "confirmed_delivery", "Dienstag, 24.11.")],
     lines=[("BT-DB-160", 350, "Stück", "Menge unverändert 350 Stück", "P04418")]),

dict(v="kaashandel", lang="nl", at="2026-09-09 08:20", subj="RE: bestelling P04419",
     text="""
Goedemorgen,

Order P04419 in goede orde ontvangen en bevestigd onder ons nummer VO-88213. Levering volgende week donderdag 17/9 met onze eigen koelwagen, tussen 6:00 en 9:00 aan dock 4.

Groet,
Kees Bakker
Hollandse Kaashandel B.V.
""", end="Groet,", change="none", intent="confirmation", po=["P04419"], vref=["VO-88213"],
     commit=("2026-09-17", "Levering volgende week donderdag 17/9"),
     dates=[("2026-09-17", "confirmed_delivery", "volgende week donderdag 17/9")]),

dict(v="hansa", lang="de", at="2026-11-26 13:40", subj="Versand heute: P04420 + P04421",
     text="""
Hallo Frau Klein,

heute sind zwei Ihrer Bestellungen bei uns rausgegangen (Spedition Kühne + Nagel, Abholung 11:30 Uhr):

P04420 – Espressotassen HG-ES-8: geliefert 600 von 900 Stück, Rest 300 Stück folgt Anfang KW 50
P04421 – Servierplatten HG-SP-40: komplett, 144 Stück

Voraussichtliche Zustellung beider Sendungen: Montag, 30.11.

K+N Sendungsnummer: KN 6612 7730 18

Viele Grüße
Anke Petersen
""", end="Viele Grüße", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04420", "P04421"], commit=("2026-12-07", "Rest 300 Stück folgt Anfang KW 50"),
     dates=[("2026-11-26", "ship_date", "heute sind zwei"), ("2026-12-07", "new_eta", "Anfang KW 50"),
            ("2026-11-30", "confirmed_delivery", "Montag, 30.11.")],
     lines=[("HG-ES-8", 600, "Stück", "geliefert 600 von 900 Stück", "P04420"),
            ("HG-ES-8", 300, "Stück", "Rest 300 Stück", "P04420"),
            ("HG-SP-40", 144, "Stück", "komplett, 144 Stück", "P04421")],
     track=[("Kühne + Nagel", "KN 6612 7730 18", "K+N Sendungsnummer: KN 6612 7730 18")],
     changes=[("P04420", "partial_shipment", "2026-12-07", 300, "geliefert 600 von 900 Stück, Rest 300 Stück folgt Anfang KW 50"),
              ("P04421", "shipping_notice", "2026-11-30", 144, "P04421 – Servierplatten HG-SP-40: komplett, 144 Stück")]),

dict(v="vanderberg", lang="nl", at="2026-10-08 16:00", subj="Update P04422 tuinslangen",
     text="""
Hallo Laura,

Even een update over P04422. Morgen gaat er een vracht naar jullie toe, maar niet compleet. Van de tuinslangen VB-TS-25 zijn er maar 400 in plaats van 650, de slanghaspels komen wel allemaal mee. Het restant (250 slangen) verwachten we eind oktober te kunnen leveren, de fabriek in Polen draait extra diensten.

Leverdatum van de eerste vracht: maandag 12 oktober.

Groetjes,
Pieter

--- attachment: Pakbon_PB-4471.pdf ---
Pakbon PB-4471 | Order P04422
Artikel    Besteld  Geleverd  Restant
VB-TS-25   650      400       250
VB-SH-10   80       80        0
Verzenddatum: 09-10-2026
""", end="Groetjes,", change="quantity", intent="partial_shipment",
     po=["P04422"], vref=["PB-4471"], commit=("2026-10-31", "verwachten we eind oktober te kunnen leveren"),
     dates=[("2026-10-09", "ship_date", "Morgen gaat er een vracht"), ("2026-10-31", "new_eta", "eind oktober"),
            ("2026-10-12", "confirmed_delivery", "maandag 12 oktober"), ("2026-10-09", "ship_date", "09-10-2026")],
     lines=[("VB-TS-25", 400, None, "maar 400 in plaats van 650", "P04422"),
            ("VB-TS-25", 250, None, "Het restant (250 slangen)", "P04422"),
            ("VB-TS-25", 400, None, "VB-TS-25   650      400       250", "P04422"),
            ("VB-TS-25", 250, None, "VB-TS-25   650      400       250", "P04422"),
            ("VB-SH-10", 80, None, "VB-SH-10   80       80        0", "P04422")]),

dict(v="mueller", lang="de", at="2026-11-03 11:10", subj="P04423: Vertikutierer abgekündigt",
     text="""
Sehr geehrter Herr Brandt,

der Vertikutierer MG-VT-32 aus Ihrer Bestellung P04423 wurde vom Hersteller ersatzlos abgekündigt. Wir stornieren daher diese Position (80 Stück). Als Alternative könnten wir Ihnen das Nachfolgemodell MG-VT-36 zum gleichen Preis anbieten, lieferbar ab KW 3/2027. Hätten Sie daran Interesse?

Die übrigen Positionen bleiben unverändert.

Mit freundlichen Grüßen
Jürgen Müller
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", sec=["question"], po=["P04423"],
     dates=[("2027-01-18", "other", "ab KW 3/2027")],
     lines=[("MG-VT-32", 80, "Stück", "diese Position (80 Stück)", "P04423")]),

dict(v="devries", lang="nl", at="2026-12-14 09:00", subj="Factuur F-2026-11873",
     text="""
Goedemorgen,

In de bijlage vindt u factuur F-2026-11873 voor order P04424 (geleverd op 10 december). Betaling graag uiterlijk 13 januari 2027 op het bij u bekende rekeningnummer.

Met vriendelijke groet,
Mark de Vries
De Vries Huishoudelijk B.V.
""", end="Met vriendelijke groet,", change="none", intent="other", po=["P04424"], vref=["F-2026-11873"],
     dates=[("2026-12-10", "other", "geleverd op 10 december"), ("2027-01-13", "other", "13 januari 2027")]),

dict(v="kaiser", c=1, lang="de", at="2026-09-08 13:15", subj="Vorschau Lichterketten Q4",
     text="""
Hallo Frau Jensen,

für die Planung des Weihnachtsgeschäfts bräuchten wir eine grobe Vorschau: Wie viele Lichterketten EK-LK-200 werden Sie voraussichtlich im Oktober und November abrufen? Unser Hersteller in Tschechien nimmt Kapazitätsreservierungen nur noch bis 18.09. an. Ihre laufende Bestellung P04425 ist davon nicht betroffen.

Danke und viele Grüße
Petra Lange
""", end="Danke und viele Grüße", change="none", intent="question", po=["P04425"],
     dates=[("2026-10-01", "other", "im Oktober"), ("2026-11-01", "other", "November"),
            ("2026-09-18", "other", "bis 18.09.")]),

dict(v="jansen", lang="nl", at="2026-11-23 10:00", subj="Orderbevestiging 2026/7719 - P04426",
     text="""
Goedemorgen Tim,

Bijgaand onze orderbevestiging voor P04426. Let op: de verlengkabels leveren we in week 49, de LED-strips in week 50, zoals jullie zelf in de bestelling hadden aangegeven.

Groet,
Bram Jansen

--- attachment: OB_2026_7719.pdf ---
Elektro Jansen B.V. – Orderbevestiging 2026/7719
Klant: Hartmann Home & Garden GmbH, Hamburg
Inkooporder: P04426
Regel  Artikel     Omschrijving              Aantal  Leverweek
1      EJ-VK-10    Verlengkabel 10 m         500     49/2026
2      EJ-LS-5     LED-strip 5 m warm wit    320     50/2026
""", end="Groet,", change="none", intent="confirmation", po=["P04426"], vref=["2026/7719"],
     commit=("2026-12-07", "de LED-strips in week 50"),
     dates=[("2026-11-30", "confirmed_delivery", "in week 49"), ("2026-12-07", "confirmed_delivery", "week 50"),
            ("2026-11-30", "confirmed_delivery", "49/2026"), ("2026-12-07", "confirmed_delivery", "50/2026")],
     lines=[("EJ-VK-10", 500, None, "1      EJ-VK-10    Verlengkabel 10 m         500     49/2026", "P04426"),
            ("EJ-LS-5", 320, None, "2      EJ-LS-5     LED-strip 5 m warm wit    320     50/2026", "P04426")]),

dict(v="alpen", lang="de", at="2026-10-16 12:30", subj="Versandbestätigung P04427",
     text="""
Sehr geehrte Frau Klein,

Ihre Bestellung P04427 (Kernöl-Geschenksets AF-GS-3, 240 Stück auf 1 Palette) verlässt heute unser Lager in Graz. Laufzeit mit Schachinger Logistik erfahrungsgemäß 2–3 Werktage. Die Frachtbriefnummer lautet SL-4410928.

Mit freundlichen Grüßen
Florian Gruber
Alpen Feinkost AG
""", end="Mit freundlichen Grüßen", change="shipping", intent="shipping_notice", po=["P04427"],
     commit=("2026-10-21", "Laufzeit mit Schachinger Logistik erfahrungsgemäß 2–3 Werktage"),
     dates=[("2026-10-16", "ship_date", "verlässt heute"), ("2026-10-20", "range_start", "2–3 Werktage"),
            ("2026-10-21", "range_end", "2–3 Werktage")],
     lines=[("AF-GS-3", 240, "Stück", "AF-GS-3, 240 Stück", "P04427")],
     track=[("Schachinger Logistik", "SL-4410928", "Frachtbriefnummer lautet SL-4410928")]),

dict(v="twente", lang="nl", at="2026-09-21 11:45", subj="Prijsverlaging TK-OB-45",
     text="""
Beste Mike,

Goed nieuws voor de verandering: door lagere grondstofprijzen verlagen wij de prijs van de opbergbox TK-OB-45 van € 6,40 naar € 5,95 per stuk, ingaand 1 oktober. Dat geldt ook voor de nog openstaande order P04428, die factureren we dus al tegen de nieuwe prijs.

Met vriendelijke groet,
Ruud Hendriks
Twentse Kunststoffen B.V.
""", end="Met vriendelijke groet,", change="price", intent="price_change", po=["P04428"],
     dates=[("2026-10-01", "price_effective", "ingaand 1 oktober")],
     prices=[dict(product="TK-OB-45", old=6.40, new=5.95, cur="EUR", eff="2026-10-01",
                  quote="van € 6,40 naar € 5,95 per stuk")]),

dict(v="polska", lang="de", at="2026-11-30 15:20", subj="AW: P04429 Liefertermin",
     text="""
Guten Tag Herr Osei,

entschuldigung fur spate Antwort. Bestellung P04429 (Keramik Blumentopfe) wir konnen nicht liefern am 04.12 wie bestätigt, die Brennofen war kaput zwei Tage. Neue Liefertermin ist Mitte Dezember, wir denken 15.12. oder 16.12. Ich schreibe wieder wenn LKW ist gebucht.

Mit freundliche Grusse
Katarzyna Nowak
Polska Ceramika Sp. z o.o.
""", end="Mit freundliche Grusse", change="date", intent="delay", po=["P04429"],
     commit=("2026-12-16", "Neue Liefertermin ist Mitte Dezember, wir denken 15.12. oder 16.12."),
     dates=[("2026-12-04", "other", "am 04.12"), ("2026-12-15", "new_eta", "Mitte Dezember"),
            ("2026-12-15", "range_start", "15.12."), ("2026-12-16", "range_end", "16.12.")]),

dict(v="kaashandel", lang="nl", at="2026-10-01 09:10", subj="Nieuwe contactpersoon",
     text="""
Beste relatie,

Na 22 jaar ga ik met pensioen. Per 1 november neemt mijn collega Lotte Visser al mijn klanten over; zij is bereikbaar via lotte.visser@hollandsekaas.nl en 0182-571 204. Lopende orders en afspraken blijven gewoon staan.

Bedankt voor de prettige samenwerking!

Hartelijke groet,
Kees Bakker
""", end="Hartelijke groet,", change="none", intent="other",
     dates=[("2026-11-01", "other", "Per 1 november")]),

dict(v="mueller", c=2, lang="de", at="2026-09-17 07:55", subj="AW: P04431",
     text="""
Hallo,

P04431 bestätigt, Anlieferung Do. 24.09. wie bestellt.

Gruß
Innendienst
Müller Gartentechnik
""", end="Gruß", change="none", intent="confirmation", po=["P04431"],
     commit=("2026-09-24", "Anlieferung Do. 24.09. wie bestellt"),
     dates=[("2026-09-24", "confirmed_delivery", "Do. 24.09.")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-10-28 10:00", subj="AW: Fragen zu P04432",
     text="""
Hallo Frau Jensen,

meine Antworten direkt unten im Text.

> 1. Bleibt es beim Liefertermin 30.10. für P04432?
Leider nein. Die Messerblöcke SH-MB-6 kommen erst nächste Woche Freitag, also am 06.11. Die Buchenholzblöcke vom Drechsler waren feucht und müssen nachtrocknen.

> 2. Können Sie die Schneidebretter aus P04433 mitschicken?
Ja, die packen wir dazu, dann kommt alles zusammen am 06.11.

Schöne Grüße
Sabine Hoffmann
""", end="Schöne Grüße", change="date", intent="delay", sec=["confirmation"], po=["P04432", "P04433"],
     commit=("2026-11-06", "kommen erst nächste Woche Freitag, also am 06.11."),
     dates=[("2026-11-06", "new_eta", "nächste Woche Freitag"), ("2026-11-06", "new_eta", "also am 06.11."),
            ("2026-11-06", "confirmed_delivery", "zusammen am 06.11.")],
     changes=[("P04432", "delay", "2026-11-06", None, "Die Messerblöcke SH-MB-6 kommen erst nächste Woche Freitag, also am 06.11."),
              ("P04433", "confirmation", "2026-11-06", None, "dann kommt alles zusammen am 06.11.")]),

dict(v="devries", lang="nl", at="2026-11-12 16:45", subj="P04434",
     text="""
Laura, P04434 wordt helaas een week later: niet 19/11 maar 26/11. De glazen deksels zijn nog onderweg.
Mvg Mark
""", end="Mvg Mark", change="date", intent="delay", po=["P04434"],
     commit=("2026-11-26", "maar 26/11"),
     dates=[("2026-11-19", "other", "niet 19/11"), ("2026-11-26", "new_eta", "maar 26/11")]),

dict(v="kaiser", lang="de", at="2026-12-02 11:25", subj="Auftragsbestätigung AB 2026-9120 / P04435",
     text="""
Sehr geehrter Herr Brandt,

vielen Dank für Ihren Auftrag P04435. Wir bestätigen Menge, Preise und Ihren Wunschtermin: Anlieferung Anfang Januar, konkret am Dienstag, 05.01.2027. Bitte beachten Sie, dass unser Betrieb vom 24.12. bis 03.01. geschlossen ist.

Mit freundlichen Grüßen
Stefan Kaiser

--- attachment: AB_2026-9120.pdf ---
AUFTRAGSBESTÄTIGUNG AB 2026-9120 vom 02.12.2026
Bestellung P04435
Pos  Art.-Nr.   Bezeichnung              Menge   E-Preis   Termin
1    EK-HK-45   Heizkörperthermostat     300     14,90     05.01.2027
2    EK-RM-10   Rauchmelder 10 J.        500     8,75      05.01.2027
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P04435"],
     vref=["AB 2026-9120"], commit=("2027-01-05", "konkret am Dienstag, 05.01.2027"),
     dates=[("2027-01-01", "confirmed_delivery", "Anlieferung Anfang Januar"),
            ("2027-01-05", "confirmed_delivery", "Dienstag, 05.01.2027"),
            ("2026-12-24", "other", "vom 24.12."), ("2027-01-03", "other", "bis 03.01."),
            ("2026-12-02", "other", "02.12.2026"),
            ("2027-01-05", "confirmed_delivery", ("05.01.2027", 1)),
            ("2027-01-05", "confirmed_delivery", ("05.01.2027", 2))],
     lines=[("EK-HK-45", 300, None, "1    EK-HK-45   Heizkörperthermostat     300     14,90     05.01.2027", "P04435"),
            ("EK-RM-10", 500, None, "2    EK-RM-10   Rauchmelder 10 J.        500     8,75      05.01.2027", "P04435")]),

dict(v="vlaamse", lang="nl", at="2026-09-03 14:10", subj="Bevestiging P04436",
     text="""
Hallo Mike,

Bedankt voor order P04436 (badjassen VT-BJ in M, L en XL). Alles is op voorraad en wordt morgen gepickt; we leveren binnen 3 werkdagen, dus uiterlijk dinsdag 8 september.

Vriendelijke groeten
Jeroen Peeters
Vlaamse Textiel NV
""", end="Vriendelijke groeten", change="none", intent="confirmation", po=["P04436"],
     commit=("2026-09-08", "uiterlijk dinsdag 8 september"),
     dates=[("2026-09-04", "other", "morgen gepickt"), ("2026-09-08", "confirmed_delivery", "binnen 3 werkdagen"),
            ("2026-09-08", "confirmed_delivery", "dinsdag 8 september")]),

dict(v="brunner", c=1, lang="de", at="2026-10-09 10:20", subj="P04437 – Teillieferung Tischläufer",
     text="""
Grüezi Herr Osei

Von Ihrer Bestellung P04437 können wir am Montag, 12.10., folgende Mengen liefern:
- Geschirrtücher BT-GT-50: 1.000 Stück (komplett)
- Tischläufer BT-TL-40: 180 von 300 Stück

Die Restmenge von 120 Tischläufern liefern wir in KW 44 nach; die Färberei hatte eine Farbabweichung, die Partie musste neu gefärbt werden.

Bitte bestätigen Sie kurz, dass die Teillieferung für Sie in Ordnung ist.

Freundliche Grüsse
Nadine Keller
""", end="Freundliche Grüsse", change="quantity", intent="partial_shipment", sec=["question"], po=["P04437"],
     commit=("2026-10-26", "liefern wir in KW 44 nach"),
     dates=[("2026-10-12", "confirmed_delivery", "Montag, 12.10."), ("2026-10-26", "new_eta", "KW 44")],
     lines=[("BT-GT-50", 1000, "Stück", "BT-GT-50: 1.000 Stück", "P04437"),
            ("BT-TL-40", 180, "Stück", "180 von 300 Stück", "P04437"),
            ("BT-TL-40", 120, None, "Restmenge von 120 Tischläufern", "P04437")]),

dict(v="jansen", c=1, lang="nl", at="2026-12-10 11:30", subj="P04438 deels verzonden",
     text="""
Hoi Tim,

Vandaag verzonden voor P04438: 240 rookmelders EJ-RM-1 van de 400. De overige 160 staan in backorder; onze leverancier kan nog geen datum noemen. Zodra ik meer weet hoor je het. Levering van de 240 stuks morgen via DHL, zendingnummer JJD000390011223344.

Groet,
Eva
""", end="Groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P04438"],
     commit=("2026-12-11", "Levering van de 240 stuks morgen"),
     dates=[("2026-12-10", "ship_date", "Vandaag verzonden"), ("2026-12-11", "confirmed_delivery", "morgen via DHL")],
     lines=[("EJ-RM-1", 240, None, "240 rookmelders EJ-RM-1 van de 400", "P04438"),
            ("EJ-RM-1", 160, None, "De overige 160 staan in backorder", "P04438")],
     track=[("DHL", "JJD000390011223344", "zendingnummer JJD000390011223344")]),

dict(v="hansa", c=1, lang="de", at="2026-12-16 09:40", subj="Stornobestätigung P04439 / P04440",
     text="""
Sehr geehrte Frau Klein,

hiermit bestätigen wir die Stornierung Ihrer Bestellungen P04439 und P04440 gemäß Ihrer E-Mail von gestern. Beide Aufträge (AB-HG-26-1502 und AB-HG-26-1519) sind in unserem System storniert, es entstehen Ihnen keine Kosten.

Mit freundlichen Grüßen
Ole Thomsen
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", po=["P04439", "P04440"],
     vref=["AB-HG-26-1502", "AB-HG-26-1519"],
     dates=[("2026-12-15", "other", "E-Mail von gestern")],
     changes=[("P04439", "cancellation", None, None, "die Stornierung Ihrer Bestellungen P04439 und P04440"),
              ("P04440", "cancellation", None, None, "Beide Aufträge (AB-HG-26-1502 und AB-HG-26-1519) sind in unserem System storniert")]),

dict(v="twente", lang="nl", at="2026-10-14 13:00", subj="Annulering order P04441",
     text="""
Beste Sandra,

Tot onze spijt moeten we order P04441 (200 stuks kweekbakken TK-KB-12) volledig annuleren. De matrijs is bij het onderhoud gescheurd en een nieuwe matrijs laten maken is voor deze kleine serie niet rendabel. De aanbetaling van € 480,- storten we binnen 5 werkdagen terug.

Excuses voor de overlast.

Met vriendelijke groet,
Ruud Hendriks
""", end="Met vriendelijke groet,", change="cancel", intent="cancellation", po=["P04441"],
     dates=[("2026-10-21", "other", "binnen 5 werkdagen")],
     lines=[("TK-KB-12", 200, "stuks", "200 stuks kweekbakken TK-KB-12", "P04441")]),

dict(v="vanderberg", lang="nl", at="2026-11-09 10:05", subj="Transporttoeslag",
     text="""
Hallo inkoop,

Onze vervoerder rekent sinds kort een hogere dieseltoeslag door. Wij moeten daarom vanaf volgende week maandag een transporttoeslag van € 35,- per pallet in rekening brengen, ook op de nog te leveren order P04442 (4 pallets).

Met vriendelijke groet,
Pieter van der Berg
""", end="Met vriendelijke groet,", change="price", intent="price_change", po=["P04442"],
     dates=[("2026-11-16", "price_effective", "vanaf volgende week maandag")],
     prices=[dict(product=None, new=35.0, cur="EUR", eff="2026-11-16",
                  quote="transporttoeslag van € 35,- per pallet")]),

dict(v="brunner", lang="de", at="2026-11-17 15:30", subj="Preisanpassung Baumwollartikel 2027",
     text="""
Grüezi miteinander

Aufgrund der gestiegenen Baumwollpreise erhöhen wir per 1. Februar 2027 die Preise für alle Baumwollartikel um 6 %. Für die Frottiertücher BT-FT-70 bedeutet das neu CHF 7.80 statt CHF 7.35 pro Stück. Ihre bereits bestätigte Bestellung P04443 liefern wir selbstverständlich noch zu den bisherigen Konditionen.

Freundliche Grüsse
Reto Brunner
""", end="Freundliche Grüsse", change="price", intent="price_change", po=["P04443"],
     dates=[("2027-02-01", "price_effective", "per 1. Februar 2027")],
     prices=[dict(product=None, pct=6, cur=None, eff="2027-02-01",
                  quote="die Preise für alle Baumwollartikel um 6 %"),
             dict(product="BT-FT-70", old=7.35, new=7.80, cur="CHF", eff="2027-02-01",
                  quote="neu CHF 7.80 statt CHF 7.35 pro Stück")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-12-15 06:50", subj="Onderweg: P04444",
     text="""
Goedemorgen,

De koelwagen met order P04444 (kerstkaasplanken HK-KP-3, 360 stuks) is om 6:15 vertrokken uit Gouda. Verwachte aankomst bij jullie DC vanmiddag tussen 14 en 16 uur. Chauffeur: Henk, 06-41229087. Vrachtbrief CMR NL-2026-77120.

Groet,
Lotte Visser
""", end="Groet,", change="shipping", intent="shipping_notice", po=["P04444"],
     commit=("2026-12-15", "Verwachte aankomst bij jullie DC vanmiddag"),
     dates=[("2026-12-15", "confirmed_delivery", "vanmiddag")],
     lines=[("HK-KP-3", 360, "stuks", "HK-KP-3, 360 stuks", "P04444")],
     track=[(None, "NL-2026-77120", "CMR NL-2026-77120")]),

dict(v="kaiser", c=1, lang="de", at="2026-11-18 14:50", subj="Lieferavis LA-77412 zu P04445",
     text="""
Guten Tag,

anbei das Lieferavis zu P04445. Die Ware wurde heute verladen, Zustellung voraussichtlich Freitag.

Mit freundlichen Grüßen
Petra Lange

--- attachment: Lieferavis_LA-77412.pdf ---
LIEFERAVIS LA-77412
Bestellung: P04445
Versanddatum: 18.11.2026
Voraussichtliche Zustellung: 20.11.2026
Spediteur: Dachser, Sendungsnr. 8840 1123 5567
Pos  Artikel      Bezeichnung                Menge
1    EK-TS-16     Tischleuchte Stoffschirm   150
2    EK-LB-8      Leuchtmittel E14 8er-Pack  600
""", end="Mit freundlichen Grüßen", change="shipping", intent="shipping_notice", po=["P04445"],
     vref=["LA-77412"], commit=("2026-11-20", "Zustellung voraussichtlich Freitag"),
     dates=[("2026-11-18", "ship_date", "heute verladen"), ("2026-11-20", "confirmed_delivery", "voraussichtlich Freitag"),
            ("2026-11-18", "ship_date", "18.11.2026"), ("2026-11-20", "confirmed_delivery", "20.11.2026")],
     lines=[("EK-TS-16", 150, None, "1    EK-TS-16     Tischleuchte Stoffschirm   150", "P04445"),
            ("EK-LB-8", 600, None, "2    EK-LB-8      Leuchtmittel E14 8er-Pack  600", "P04445")],
     track=[("Dachser", "8840 1123 5567", "Sendungsnr. 8840 1123 5567")]),

dict(v="devries", c=1, lang="nl", at="2026-09-28 12:15", subj="Vraagje P04446",
     text="""
Hoi Laura,

Snelle vraag over P04446: onze chauffeur zou de pannen op zaterdag 3 oktober kunnen brengen, anders wordt het pas de dinsdag erna. Is jullie magazijn op zaterdag open? Laat het even weten vóór donderdag.

Groetjes,
Femke
""", end="Groetjes,", change="none", intent="question", po=["P04446"],
     dates=[("2026-10-03", "other", "zaterdag 3 oktober"), ("2026-10-06", "other", "de dinsdag erna"),
            ("2026-10-01", "other", "vóór donderdag")]),

dict(v="hansa", lang="de", at="2026-10-19 09:50", subj="Rückfrage Glasur – P04447",
     text="""
Hallo Herr Brandt,

bei den Porzellanbechern HG-BE-35 aus P04447 ist in Ihrer Bestellung als Farbe „Salbei" angegeben, im Artikelstamm aber „Eukalyptus". Welche Glasur möchten Sie? Wir brauchen die Info bis Mittwoch, damit der Brand wie geplant laufen kann.

Viele Grüße
Anke Petersen
""", end="Viele Grüße", change="none", intent="question", po=["P04447"],
     dates=[("2026-10-21", "other", "bis Mittwoch")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-09-11 15:05", subj="RE: wijziging P04448",
     text="""
Dank je, jullie wijziging op P04448 is binnen. We kijken ernaar en komen er maandag op terug.

Sanne

Op 11 sep. 2026 om 13:40 schreef Laura Jensen <laura.jensen@hhg-retail.com>:
> Graag de gieters in P04448 van groen naar antraciet wijzigen.
""", end="Sanne", change="none", intent="other", po=["P04448"],
     dates=[("2026-09-14", "other", "maandag op terug")]),

dict(v="mueller", c=1, lang="de", at="2026-12-11 09:35", subj="AW: Restmenge P04449 stornieren",
     text="""
Hallo Frau Jensen,

wie von Ihnen gewünscht stornieren wir die offene Restmenge von 60 Schneefräsen-Abdeckungen MG-SA-70 aus P04449. Die bereits am 27.11. gelieferten 140 Stück bleiben wie berechnet, die Rechnung RE-2026-44190 ist davon nicht betroffen.

Mit freundlichen Grüßen
Claudia Schmitt

Am 10.12.2026 um 08:12 schrieb Laura Jensen <laura.jensen@hhg-retail.com>:
> Hallo Frau Schmitt,
> die Restmenge aus P04449 (Liefertermin war KW 51) brauchen wir nicht mehr, bitte stornieren.
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", po=["P04449"],
     vref=["RE-2026-44190"],
     dates=[("2026-11-27", "other", "am 27.11.")],
     lines=[("MG-SA-70", 60, None, "Restmenge von 60 Schneefräsen-Abdeckungen MG-SA-70", "P04449"),
            ("MG-SA-70", 140, "Stück", "gelieferten 140 Stück", "P04449")]),

dict(v="kaiser", lang="de", at="2026-09-14 10:30", subj="Preisanpassung Kabel und Verlängerungen",
     text="""
Sehr geehrte Damen und Herren,

wegen des anhaltend hohen Kupferpreises passen wir die Preise für Kabel und Verlängerungen ab KW 40 an:

EK-VL-5  Verlängerungskabel 5 m     alt 6,10 EUR   neu 6,55 EUR
EK-VL-10 Verlängerungskabel 10 m    alt 9,40 EUR   neu 10,15 EUR

Für Ihre offene Bestellung P04450 gelten bereits die neuen Preise, da die Auslieferung erst in KW 41 erfolgt. Wenn Sie damit nicht einverstanden sind, melden Sie sich bitte bis Freitag.

Mit freundlichen Grüßen
Stefan Kaiser
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P04450"],
     commit=("2026-10-05", "da die Auslieferung erst in KW 41 erfolgt"),
     dates=[("2026-09-28", "price_effective", "ab KW 40"), ("2026-10-05", "confirmed_delivery", "in KW 41"),
            ("2026-09-18", "other", "bis Freitag")],
     prices=[dict(product="EK-VL-5", old=6.10, new=6.55, cur="EUR", eff="2026-09-28",
                  quote="EK-VL-5  Verlängerungskabel 5 m     alt 6,10 EUR   neu 6,55 EUR"),
             dict(product="EK-VL-10", old=9.40, new=10.15, cur="EUR", eff="2026-09-28",
                  quote="EK-VL-10 Verlängerungskabel 10 m    alt 9,40 EUR   neu 10,15 EUR")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-12-01 13:20", subj="Pallets voor P04451",
     text="""
Dag Sandra,

Voor de levering van P04451 moeten we nog weten op welke pallets jullie de goederen willen: europallets (80x120) of industriepallets (100x120)? Op industriepallets passen 20% meer dozen, maar ik weet dat niet elk DC die aanneemt. Kan je dat laten weten tegen donderdag?

Groetjes
An
""", end="Groetjes", change="none", intent="question", po=["P04451"],
     dates=[("2026-12-03", "other", "tegen donderdag")]),

dict(v="jansen", lang="nl", at="2026-10-05 08:30", subj="Uitnodiging Vakbeurs Installatie & Elektro",
     text="""
Beste relatie,

Graag nodigen wij u uit op onze stand (hal 9, C042) tijdens de Vakbeurs Installatie & Elektro, 17 t/m 19 november in de Jaarbeurs Utrecht. We tonen daar onze nieuwe lijn slimme stekkers en de vernieuwde LED-strips. Vrijkaarten kunt u aanvragen via beurs@elektrojansen.nl.

Met vriendelijke groet,
Bram Jansen
Elektro Jansen B.V.
""", end="Met vriendelijke groet,", change="none", intent="other",
     dates=[("2026-11-17", "other", "17 t/m 19 november"), ("2026-11-19", "other", "17 t/m 19 november")]),

dict(v="twente", c=1, lang="nl", at="2026-11-24 15:40", subj="Restant P04452 verzonden",
     text="""
Goedemiddag Mike,

Het restant van P04452 (800 stuks opbergboxen TK-OB-30) is vandaag verzonden, daarmee is de order compleet. Levering donderdag 26 november tussen 7 en 12 uur. Vrachtbrief Bakker Logistiek: BL-55120447.

Met vriendelijke groet,
Ilse Bosman
""", end="Met vriendelijke groet,", change="shipping", intent="shipping_notice", po=["P04452"],
     commit=("2026-11-26", "Levering donderdag 26 november"),
     dates=[("2026-11-24", "ship_date", "vandaag verzonden"), ("2026-11-26", "confirmed_delivery", "donderdag 26 november")],
     lines=[("TK-OB-30", 800, "stuks", "800 stuks opbergboxen TK-OB-30", "P04452")],
     track=[("Bakker Logistiek", "BL-55120447", "Vrachtbrief Bakker Logistiek: BL-55120447")]),

dict(v="alpen", lang="de", at="2026-11-02 14:10", subj="Verschiebung Auslieferung P04453",
     text="""
Sehr geehrte Frau Klein,

wir müssen Sie leider informieren, dass sich die Auslieferung Ihrer Bestellung P04453 (Zirbenkissen AF-ZK-30 und Bauernbrot-Backmischung AF-BM-1) von Ende dieser Woche auf Ende des Monats verschiebt. Unser Zirbenholz-Lieferant hat uns kurzfristig im Stich gelassen. Die Backmischungen wären zwar fertig, wir würden aber gerne alles zusammen schicken, um Ihnen doppelte Frachtkosten zu ersparen.

Mit freundlichen Grüßen
Florian Gruber
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P04453"],
     commit=("2026-11-30", "auf Ende des Monats verschiebt"),
     dates=[("2026-11-06", "other", "Ende dieser Woche"), ("2026-11-30", "new_eta", "Ende des Monats")]),

dict(v="devries", lang="nl", at="2026-12-17 10:10", subj="P04454 kerstservetten",
     text="""
Hallo Laura,

Van P04454 leveren we maandag 21 december 500 van de 800 kerstservetten DV-KS-33. De overige 300 komen half januari, de drukkerij is tot 4 januari dicht.

Groet,
Mark
""", end="Groet,", change="quantity", intent="partial_shipment", po=["P04454"],
     commit=("2027-01-15", "De overige 300 komen half januari"),
     dates=[("2026-12-21", "confirmed_delivery", "maandag 21 december"), ("2027-01-15", "new_eta", "half januari"),
            ("2027-01-04", "other", "tot 4 januari")],
     lines=[("DV-KS-33", 500, None, "500 van de 800 kerstservetten DV-KS-33", "P04454"),
            ("DV-KS-33", 300, None, "De overige 300", "P04454")]),

dict(v="vlaamse", lang="nl", at="2026-11-25 16:20", subj="RE: P04455 fleecedekens",
     text="""
Dag Mike,

Ik had je al gewaarschuwd dat het krap zou worden met de fleecedekens voor P04455, en helaas is het nu zo ver. De weverij in Kortrijk heeft twee weken stilgelegen door een staking, en alles wat daar in de planning stond is opgeschoven. Ik heb er gisteren nog met de productieleider over gebeld en hij denkt dat de dekens ten vroegste eind volgende week klaar zijn. Met het transport erbij wordt de nieuwe leverdatum dan dinsdag 8 december in plaats van 27 november zoals in onze orderbevestiging stond. Ik weet dat dat voor jullie kerstactie erg krap is; als het helpt kunnen we een deel per koerier sturen, maar dan moet ik dat wel uiterlijk vrijdag weten.

Groeten
Jeroen

________________________________
Van: Mike Osei <mike.osei@hhg-retail.com>
Verzonden: maandag 16 november 2026 10:02
Aan: Jeroen Peeters
Onderwerp: P04455 fleecedekens

Hoi Jeroen, blijft 27/11 staan voor P04455?
""", end="Groeten\nJeroen", change="date", intent="delay", sec=["question"], po=["P04455"],
     commit=("2026-12-08", "wordt de nieuwe leverdatum dan dinsdag 8 december"),
     dates=[("2026-11-24", "other", "gisteren"), ("2026-12-04", "other", "eind volgende week"),
            ("2026-12-08", "new_eta", "dinsdag 8 december"), ("2026-11-27", "other", "in plaats van 27 november"),
            ("2026-11-27", "other", "uiterlijk vrijdag")]),

dict(v="schwarzwald", lang="de", at="2026-09-22 11:00", subj="AB-SH-2026-0871 / Ihre Bestellung P04456",
     text="""
Guten Tag Herr Brandt,

danke für die Bestellung P04456. Anbei die AB, alle Positionen wie gewünscht zum 09.10.

Gruß
Markus Weber

--- attachment: AB-SH-2026-0871.pdf ---
Schwarzwald Haushaltswaren GmbH
AUFTRAGSBESTÄTIGUNG AB-SH-2026-0871
Ihre Bestellung P04456 vom 21.09.2026
Pos Artikel     Bezeichnung               Menge  Liefertermin
1   SH-BK-24    Backform rund 24 cm       600    09.10.2026
2   SH-KR-6     Kuchenrost 6er            300    09.10.2026
3   SH-TS-3     Teigschaber 3er-Set       900    09.10.2026
""", end="Gruß\nMarkus", change="none", intent="confirmation", po=["P04456"], vref=["AB-SH-2026-0871"],
     commit=("2026-10-09", "alle Positionen wie gewünscht zum 09.10."),
     dates=[("2026-10-09", "confirmed_delivery", "zum 09.10."), ("2026-09-21", "other", "vom 21.09.2026"),
            ("2026-10-09", "confirmed_delivery", ("09.10.2026", 0)),
            ("2026-10-09", "confirmed_delivery", ("09.10.2026", 1)),
            ("2026-10-09", "confirmed_delivery", ("09.10.2026", 2))],
     lines=[("SH-BK-24", 600, None, "1   SH-BK-24    Backform rund 24 cm       600    09.10.2026", "P04456"),
            ("SH-KR-6", 300, None, "2   SH-KR-6     Kuchenrost 6er            300    09.10.2026", "P04456"),
            ("SH-TS-3", 900, None, "3   SH-TS-3     Teigschaber 3er-Set       900    09.10.2026", "P04456")]),

dict(v="twente", lang="nl", at="2026-12-08 17:05", subj="P04457",
     text="""
Hoi Sandra,

kort berichtje over P04457. Morgen leveren we 1.200 van de 2.000 wasmanden TK-WM-40, meer hebben we niet kunnen maken omdat de matrijs voor de hengsels in onderhoud was. Het restnat (800 st) komt volgende week donderdag.

gr. Ruud
""", end="gr. Ruud", change="quantity", intent="partial_shipment", po=["P04457"],
     commit=("2026-12-17", "komt volgende week donderdag"),
     dates=[("2026-12-09", "confirmed_delivery", "Morgen leveren"), ("2026-12-17", "new_eta", "volgende week donderdag")],
     lines=[("TK-WM-40", 1200, None, "1.200 van de 2.000 wasmanden TK-WM-40", "P04457"),
            ("TK-WM-40", 800, "st", "Het restnat (800 st)", "P04457")]),

dict(v="hansa", lang="de", at="2026-10-27 08:40", subj="Konformitätserklärungen Porzellan",
     text="""
Sehr geehrte Damen und Herren,

anbei erhalten Sie die aktualisierten Konformitätserklärungen nach LFGB und EU 1935/2004 für unser gesamtes Porzellansortiment. Die Erklärungen sind gültig bis 31.12.2027 und ersetzen die bisherigen Dokumente. Prüfberichte schicken wir Ihnen auf Anfrage gerne zu.

Mit freundlichen Grüßen
Anke Petersen
Qualitätsmanagement
""", end="Mit freundlichen Grüßen", change="none", intent="other",
     dates=[("2027-12-31", "other", "bis 31.12.2027")]),
]
