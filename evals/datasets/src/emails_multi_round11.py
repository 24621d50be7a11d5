# ruff: noqa: E501 - email text is data
"""German, French, Spanish and Dutch, round 11: 65 emails, sixteen in each language and a
seventeenth in German (German with Austrian, Swiss and a Polish vendor writing German; French
with Belgian, Swiss and Québec vendors; Spanish with Colombian, Mexican, Peruvian and Chilean
vendors; Dutch with Flemish ones), aimed at two boundaries. Delay against confirmation:
"Liefertermin bestätigt" against "verschoben", "date confirmée" against "reportée", "fecha
confirmada" against "retrasada", "leverdatum bevestigd" against "uitgesteld", with misleading
surface words (a confirmation that mentions an earlier problem or another order's delay, a delay
phrased as "wir bestätigen den neuen Termin", a re-confirmed date the buyer already accepted).
Partial shipments (Teillieferung, Restmenge folgt, livraison partielle, reliquat, entrega
parcial, resto pendiente, deellevering, restant volgt, backorder) against complete shipping
notices that use the same words ("der Rest ist heute raus, Bestellung komplett"). Delivery notes
whose completeness shows only in their quantity columns, acknowledgements with a date per line,
Québec month-first dates, calendar weeks, ranges, relative dates, forwarded carrier, port and
workshop messages, an inline reply and multi-order mails. Hand-written and hand-labelled by
reading each email; no extractor or classifier was run on them."""

EMAILS = [
# ----------------------------------------------------------------------------- German
dict(v="schwarzwald", lang="de", at="2026-10-05 09:10", subj="AW: P11200 Liefertermin gefährdet?",
     text="""
Hallo Frau Jensen,

Entwarnung: die Störung an der Emaillieranlage, von der ich Ihnen berichtet hatte, ist seit Freitag behoben und die Anlage läuft wieder im Dreischichtbetrieb. Ihre Bestellung P11200 (360 Bräter SH-BR-28) ist bereits emailliert und wird am 13.10. verladen. Den Liefertermin Donnerstag, 15.10.2026 bestätigen wir Ihnen hiermit verbindlich.

Mit freundlichen Grüßen
Markus Weber
Schwarzwald Haushaltswaren GmbH

Am 02.10.2026 um 16:44 schrieb Laura Jensen <laura.jensen@hhg-retail.com>:
> Hallo Herr Weber,
> Sie schrieben von Problemen an der Emaillieranlage. Ist der 15.10. für P11200 gefährdet? Dann bräuchten wir bis Montag eine Info.
> Gruß Laura Jensen
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P11200"],
     commit=("2026-10-15", "Den Liefertermin Donnerstag, 15.10.2026 bestätigen wir"),
     dates=[("2026-10-02", "other", "seit Freitag"), ("2026-10-13", "ship_date", "am 13.10. verladen"),
            ("2026-10-15", "confirmed_delivery", "Donnerstag, 15.10.2026")]),

dict(v="mueller", c=1, lang="de", at="2026-10-20 11:25", subj="Terminbestätigung P11201",
     text="""
Sehr geehrter Herr Brandt,

hiermit bestätigen wir Ihnen den neuen Liefertermin für Ihre Bestellung P11201 (Akku-Heckenscheren MG-HS-18, 150 Stück): KW 46. Ursprünglich war die Lieferung für den 28.10. zugesagt; unser Zulieferer für die Akkupacks hat jedoch kurzfristig um zwei Wochen verschoben.

Wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen
Claudia Schmitt
Innendienst
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P11201"],
     commit=("2026-11-09", "den neuen Liefertermin für Ihre Bestellung P11201 (Akku-Heckenscheren MG-HS-18, 150 Stück): KW 46"),
     dates=[("2026-11-09", "new_eta", "KW 46"), ("2026-10-28", "other", "28.10.")]),

dict(v="kaiser", c=1, lang="de", at="2026-11-12 15:05", subj="Lieferavis P11202 / Teillieferung",
     text="""
Hallo Frau Klein,

zu Ihrer Bestellung P11202 haben wir heute folgende Positionen an GLS übergeben (9 Pakete, Sammel-Trackingnummer GLS-D11C-5520871):

Pos. 1  EK-LED-9W   LED-Leuchtmittel E27 9 W     1.200 Stück   komplett
Pos. 2  EK-LED-5W   LED-Leuchtmittel E14 5 W       600 Stück   Teilmenge, 400 Stück Rückstand
Pos. 3  EK-VL-3     Verlängerung 3 m weiß            0 Stück   Rückstand 250 Stück

Die Restmenge folgt in KW 48, wir melden uns dann mit der neuen Sendungsnummer.

Viele Grüße
Petra Lange
Elektro Kaiser GmbH
""", end="Viele Grüße", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11202"], commit=("2026-11-23", "Die Restmenge folgt in KW 48"),
     dates=[("2026-11-12", "ship_date", "haben wir heute folgende Positionen an GLS übergeben"),
            ("2026-11-23", "new_eta", "KW 48")],
     lines=[("EK-LED-9W", 1200, "Stück", "Pos. 1  EK-LED-9W   LED-Leuchtmittel E27 9 W     1.200 Stück   komplett", "P11202"),
            ("EK-LED-5W", 600, "Stück", "Pos. 2  EK-LED-5W   LED-Leuchtmittel E14 5 W       600 Stück", "P11202"),
            ("EK-LED-5W", 400, "Stück", "400 Stück Rückstand", "P11202"),
            ("EK-VL-3", 250, "Stück", "Rückstand 250 Stück", "P11202")],
     track=[("GLS", "GLS-D11C-5520871", "Sammel-Trackingnummer GLS-D11C-5520871")]),

dict(v="hansa", c=1, lang="de", at="2026-11-25 10:40", subj="Restlieferung P11203 - Bestellung jetzt komplett",
     text="""
Sehr geehrte Frau Jensen,

nach der Teillieferung vom 06.11.2026 haben wir heute die restlichen 480 Teelichtgläser HG-TL-8 zu Ihrer Bestellung P11203 verladen. Damit ist die Bestellung vollständig ausgeliefert, es bestehen keine Rückstände mehr. Spedition: Hellmann, Sendungsnummer HEL-D11C-209914. Zustellung voraussichtlich Freitag.

Mit freundlichen Grüßen
Ole Thomsen
Hansa Glas & Porzellan GmbH
""", end="Mit freundlichen Grüßen", change="shipping", intent="shipping_notice", po=["P11203"],
     commit=("2026-11-27", "Zustellung voraussichtlich Freitag"),
     dates=[("2026-11-06", "other", "06.11.2026"), ("2026-11-25", "ship_date", "heute die restlichen"),
            ("2026-11-27", "confirmed_delivery", "voraussichtlich Freitag")],
     lines=[("HG-TL-8", 480, None, "die restlichen 480 Teelichtgläser HG-TL-8", "P11203")],
     track=[("Hellmann", "HEL-D11C-209914", "Sendungsnummer HEL-D11C-209914")]),

dict(v="steirer", c=1, lang="de", at="2026-09-22 14:15", subj="Auftragsbestätigung AB-D11C-3310 zu P11204",
     text="""
Sehr geehrte Frau Klein,

danke für Ihren Auftrag P11204. In der beiliegenden Auftragsbestätigung haben wir für die Pos. 2 leider einen späteren Termin eintragen müssen als von Ihnen gewünscht, da die Glasur "Salbei" erst neu angemischt werden muss. Pos. 1 liefern wir wie gewünscht.

Mit freundlichen Grüßen
Katharina Steiner
Steirische Keramik GmbH

--- attachment: AB-D11C-3310.pdf ---
AUFTRAGSBESTÄTIGUNG AB-D11C-3310 vom 22.09.2026
Ihre Bestellnummer: P11204
Pos  Artikel    Bezeichnung               Menge  Wunschtermin  Bestätigt
1    SK-KR-1L   Krug 1 l weiß             144    16.10.2026    16.10.2026
2    SK-SC-16   Schale 16 cm salbei       288    16.10.2026    06.11.2026
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P11204"],
     vref=["AB-D11C-3310"], commit=("2026-11-06", "06.11.2026"),
     dates=[("2026-09-22", "other", "22.09.2026"), ("2026-10-16", "other", ("16.10.2026", 0)),
            ("2026-10-16", "confirmed_delivery", ("16.10.2026", 1)), ("2026-10-16", "other", ("16.10.2026", 2)),
            ("2026-11-06", "new_eta", "06.11.2026")],
     lines=[("SK-KR-1L", 144, None, "1    SK-KR-1L   Krug 1 l weiß             144    16.10.2026    16.10.2026", "P11204"),
            ("SK-SC-16", 288, None, "2    SK-SC-16   Schale 16 cm salbei       288    16.10.2026    06.11.2026", "P11204")]),

dict(v="d10c_sauerland", c=1, lang="de", at="2026-12-03 16:50", subj="P11205",
     text="""
P11205 nur 40 von 60 Rollen Maschendraht verladen, Rest 20 Rollen kommt KW 51. Gruß Versand
""", end="Gruß Versand", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11205"],
     commit=("2026-12-14", "Rest 20 Rollen kommt KW 51"),
     dates=[("2026-12-14", "new_eta", "KW 51")],
     lines=[("Maschendraht", 40, "Rollen", "nur 40 von 60 Rollen Maschendraht", "P11205"),
            ("Maschendraht", 20, "Rollen", "Rest 20 Rollen", "P11205")]),

dict(v="brunner", c=1, lang="de", at="2026-10-14 08:35", subj="WG: Produktionsplanung P11206 / P11207",
     text="""
Guten Morgen Herr Osei

Unten die Rückmeldung aus unserer Weberei. Kurz zusammengefasst: P11206 (Tischläufer BT-TL-140) verschiebt sich auf KW 45, P11207 (Geschirrtücher) bleibt beim bestätigten Termin 23.10.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG

---------- Weitergeleitete Nachricht ---------
Von: Weberei Wattwil <weberei@brunner-textil.ch>
Datum: Di., 13. Okt. 2026 um 17:12
Betreff: Produktionsplanung

Hallo Nadine
Der Jacquardstuhl 3 steht, das Ersatzteil kommt erst am 19.10. Die Tischläufer für P11206 können wir frühestens am 29.10. fertig haben, Versand dann am 30.10., Lieferung beim Kunden in KW 45. Die Geschirrtücher für P11207 sind fertig gewebt und gehen wie geplant am 21.10. raus.
Gruss Beat
""", end="Freundliche Grüsse", change="date", intent="delay", sec=["confirmation"], po=["P11206", "P11207"],
     commit=("2026-11-02", "P11206 (Tischläufer BT-TL-140) verschiebt sich auf KW 45"),
     dates=[("2026-11-02", "new_eta", ("KW 45", 0)), ("2026-10-23", "confirmed_delivery", "23.10."),
            ("2026-10-19", "other", "19.10."), ("2026-10-29", "other", "29.10."),
            ("2026-10-30", "ship_date", "30.10."), ("2026-11-02", "new_eta", ("KW 45", 1)),
            ("2026-10-21", "ship_date", "21.10.")],
     changes=[("P11206", "delay", "2026-11-02", None, "verschiebt sich auf KW 45"),
              ("P11207", "confirmation", "2026-10-23", None, "bleibt beim bestätigten Termin 23.10.")]),

dict(v="alpen", c=1, lang="de", at="2026-12-01 09:30", subj="P11208 Liefertermin",
     text="""
Grüß Gott Herr Brandt,

leider muss ich Ihnen mitteilen, dass sich die Lieferung der Kürbiskern-Pesto-Gläser (AF-PE-190, 600 Kartons) zu P11208 verzögert. Statt am 04.12. wie in unserer AB bestätigt, können wir erst am Mittwoch, 16.12. zustellen, weil die Deckel vom Lieferanten falsch bedruckt wurden (MHD fehlte).
Ich hoffe, das geht sich vor Weihnachten noch aus für Ihre Filialen.

Mit freundlichen Grüßen
Theresa Huber
Alpen Feinkost AG
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P11208"],
     commit=("2026-12-16", "können wir erst am Mittwoch, 16.12. zustellen"),
     dates=[("2026-12-04", "other", "04.12."), ("2026-12-16", "new_eta", "Mittwoch, 16.12.")]),

dict(v="lueneburg", c=1, lang="de", at="2026-11-09 13:20", subj="AW: AW: Verzögerung P11209?",
     text="""
Hallo Frau Klein,

nein, keine Verzögerung bei P11209, da hat mein Kollege sich vertan, das betraf eine andere Kundin. Ihre Strickdecken LW-SD-130 sind fertig konfektioniert und gehen übermorgen raus; Anlieferung bei Ihnen wie bestätigt am Freitag, 13.11.

Schöne Grüße
Frauke Meyer

Am 09.11.2026 um 10:02 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Liebe Frau Meyer,
> Herr Albers schrieb am Freitag etwas von einer Verzögerung um zwei Wochen. Gilt das auch für P11209? Geplant war der 13.11.
> Gruß Sandra Klein
""", end="Schöne Grüße", change="none", intent="confirmation", po=["P11209"],
     commit=("2026-11-13", "Anlieferung bei Ihnen wie bestätigt am Freitag, 13.11."),
     dates=[("2026-11-11", "ship_date", "gehen übermorgen raus"),
            ("2026-11-13", "confirmed_delivery", "Freitag, 13.11.")]),

dict(v="d9d_franken", c=1, lang="de", at="2026-10-27 07:55", subj="Lieferschein LS-D11C-77120 zu P11210",
     text="""
Guten Morgen,

anbei der Lieferschein zur heutigen Sendung. Spedition Rhenus, Sendungsnr. RHE-D11C-448120.

Gruß
Versand
Fränkische Bürstenwerke GmbH

--- attachment: LS-D11C-77120.pdf ---
LIEFERSCHEIN LS-D11C-77120          Lieferdatum: 27.10.2026
Kunde: Hartmann Home & Garden, Hamburg     Ihre Bestellung: P11210
Pos  Artikel    Bezeichnung              bestellt  geliefert  offen
1    FB-SB-30   Spülbürste Buche          1.000     1.000       0
2    FB-FK-40   Flaschenbürste Kokos        500       300     200
Offene Mengen werden nachgeliefert, voraussichtlich 10.11.2026.
""", end="Gruß\nVersand", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11210"], vref=["LS-D11C-77120"],
     commit=("2026-11-10", "nachgeliefert, voraussichtlich 10.11.2026"),
     dates=[("2026-10-27", "ship_date", "heutigen Sendung"), ("2026-10-27", "ship_date", "27.10.2026"),
            ("2026-11-10", "new_eta", "10.11.2026")],
     lines=[("FB-SB-30", 1000, None, "1    FB-SB-30   Spülbürste Buche          1.000     1.000       0", "P11210"),
            ("FB-FK-40", 300, None, "2    FB-FK-40   Flaschenbürste Kokos        500       300     200", "P11210"),
            ("FB-FK-40", 200, None, "2    FB-FK-40   Flaschenbürste Kokos        500       300     200", "P11210")],
     track=[("Rhenus", "RHE-D11C-448120", "Sendungsnr. RHE-D11C-448120")]),

dict(v="ruhrtal", c=2, lang="de", at="2026-09-16 11:00", subj="Verladung P11211 auf zwei LKW",
     text="""
Hallo Herr Osei,

Ihre Bestellung P11211 geht heute komplett raus, wegen des Gewichts aufgeteilt auf zwei LKW: LKW 1 mit 14 Paletten (CMR-Nr. KN-D11C-0916-1), LKW 2 mit 8 Paletten (CMR-Nr. KN-D11C-0916-2), beide Kühne + Nagel. Es handelt sich also nicht um eine Teillieferung, sondern um die ganze Bestellung. Beide Fahrzeuge sind morgen früh bei Ihnen an der Rampe.

Mit freundlichen Grüßen
Monika Brandes
Ruhrtal Metallwaren GmbH
""", end="Mit freundlichen Grüßen", change="shipping", intent="shipping_notice", po=["P11211"],
     commit=("2026-09-17", "Beide Fahrzeuge sind morgen früh bei Ihnen an der Rampe"),
     dates=[("2026-09-16", "ship_date", "geht heute komplett raus"),
            ("2026-09-17", "confirmed_delivery", "morgen früh")],
     track=[("Kühne + Nagel", "KN-D11C-0916-1", "CMR-Nr. KN-D11C-0916-1"),
            ("Kühne + Nagel", "KN-D11C-0916-2", "CMR-Nr. KN-D11C-0916-2")]),

dict(v="tirol", lang="de", at="2026-11-30 10:20", subj="P11212 - leider wieder später",
     text="""
Sehr geehrte Frau Jensen,

ich melde mich wegen Ihrer Bestellung P11212 (Salatbesteck TH-SB-30, Frühstücksbretter TH-FB-22). Wie Sie wissen, hatten wir Ihnen KW 49 bestätigt, und bis vor kurzem sah auch alles danach aus. Dann ist uns am Donnerstag die Kantenschleifmaschine ausgefallen, und der Techniker konnte erst heute kommen. Die Maschine läuft jetzt wieder, aber uns fehlen vier Arbeitstage.

Realistisch ist eine Zustellung zwischen 14. und 18. Dezember; ich gebe Ihnen den genauen Tag, sobald die Spedition den Termin bestätigt hat. Die Frühstücksbretter sind übrigens schon fertig - wenn Ihnen das hilft, könnten wir die auch vorab schicken, sonst kommt alles zusammen. Geben Sie mir einfach kurz Bescheid.

Nochmals Entschuldigung und freundliche Grüße aus Schwaz
Andreas Hofer
Tiroler Holzwaren GmbH
""", end="Nochmals Entschuldigung", change="date", intent="delay", sec=["question"], po=["P11212"],
     commit=("2026-12-18", "Realistisch ist eine Zustellung zwischen 14. und 18. Dezember"),
     dates=[("2026-11-30", "other", "KW 49"), ("2026-11-26", "other", "am Donnerstag"),
            ("2026-11-30", "other", "erst heute"), ("2026-12-14", "range_start", "zwischen 14."),
            ("2026-12-18", "range_end", "18. Dezember")]),

dict(v="d11c_allgaeu", lang="de", at="2026-10-09 12:45", subj="Teillieferung P11213",
     text="""
Sehr geehrter Herr Osei,

Ihre Bestellung P11213 konnten wir heute nur teilweise ausliefern: 250 von 400 Filzuntersetzern AF-UN-10 (4er-Set) sind unterwegs, die DPD-Paketnummern folgen per separater Mail. Die Restmenge von 150 Sets folgt, sobald unser Filzlieferant die Nachlieferung in Anthrazit schickt - einen festen Termin hat er uns leider noch nicht genannt.

Die Sitzauflagen AF-SA-40 aus derselben Bestellung sind komplett dabei (120 Stück).

Mit freundlichen Grüßen
Monika Rauch
Allgäuer Filzwerk GmbH
""", end="Mit freundlichen Grüßen", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11213"],
     dates=[("2026-10-09", "ship_date", "heute nur teilweise ausliefern")],
     lines=[("AF-UN-10", 250, None, "250 von 400 Filzuntersetzern AF-UN-10", "P11213"),
            ("AF-UN-10", 150, "Sets", "Restmenge von 150 Sets", "P11213"),
            ("AF-SA-40", 120, "Stück", "komplett dabei (120 Stück)", "P11213")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-12-08 14:30", subj="AW: P11214 neuer Termin",
     text="""
Hallo Herr Osei,

wie gestern telefonisch besprochen bestätige ich Ihnen hiermit schriftlich den neuen Termin für P11214 (Woks SH-WK-30): Anlieferung Donnerstag, 17.12. Danke, dass Sie die Verschiebung akzeptiert haben.

Viele Grüße
Sabine Hoffmann

Am 07.12.2026 um 15:10 schrieb Mike Osei <mike.osei@hhg-retail.com>:
> Frau Hoffmann, wie besprochen: der 17.12. statt 10.12. ist für uns ok, bitte schriftlich bestätigen.
""", end="Viele Grüße", change="date", intent="confirmation", po=["P11214"],
     commit=("2026-12-17", "Anlieferung Donnerstag, 17.12."),
     dates=[("2026-12-07", "other", "gestern"), ("2026-12-17", "confirmed_delivery", "Donnerstag, 17.12.")]),

dict(v="polska", lang="de", at="2026-11-17 10:05", subj="Teil Lieferung Bestellung P11215",
     text="""
Guten Tag Frau Jensen,

wir senden heute Teil von Bestellung P11215: 1.800 Stk Tassen PC-TS-300 auf 6 Paletten, Raben Trans, CMR Nr. RAB-D11C-66120. Die Teller PC-TL-27 (960 Stk) sind nicht fertig, Brennofen hatte Problem. Wir liefern Rest in KW 49, spätestens 04.12.

Entschuldigung für Unannehmlichkeiten.

Mit freundliche Grüße
Katarzyna Nowak
Polska Ceramika
""", end="Mit freundliche Grüße", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11215"], commit=("2026-12-04", "spätestens 04.12."),
     dates=[("2026-11-17", "ship_date", "wir senden heute"), ("2026-11-30", "new_eta", "KW 49"),
            ("2026-12-04", "new_eta", "04.12.")],
     lines=[("PC-TS-300", 1800, "Stk", "1.800 Stk Tassen PC-TS-300", "P11215"),
            ("PC-TL-27", 960, "Stk", "Die Teller PC-TL-27 (960 Stk)", "P11215")],
     track=[("Raben Trans", "RAB-D11C-66120", "CMR Nr. RAB-D11C-66120")]),

dict(v="d9e_rheinwerk", lang="de", at="2026-09-28 08:40", subj="Status P11216 / P11217",
     text="""
Guten Morgen Herr Brandt,

kurzer Status zu Ihren beiden Aufträgen:

1) P11216 Wandhaken RW-WH-5: heute gehen 2.000 Stück raus (Schenker, Sendung DBS-D11C-310877). Die restlichen 1.000 Stück folgen in KW 41, die Verzinkerei hängt hinterher.
2) P11217 Gartenregale RW-GR-160: Liefertermin 02.10. wie bestätigt.

Viele Grüße
Katrin Vogt
Rheinwerk Metallbau AG
""", end="Viele Grüße", change="quantity", intent="partial_shipment", sec=["shipping_notice", "confirmation"],
     po=["P11216", "P11217"], commit=("2026-10-05", "Die restlichen 1.000 Stück folgen in KW 41"),
     dates=[("2026-09-28", "ship_date", "heute gehen 2.000 Stück raus"), ("2026-10-05", "new_eta", "KW 41"),
            ("2026-10-02", "confirmed_delivery", "02.10.")],
     lines=[("RW-WH-5", 2000, "Stück", "heute gehen 2.000 Stück raus", "P11216"),
            ("RW-WH-5", 1000, "Stück", "Die restlichen 1.000 Stück", "P11216")],
     track=[("Schenker", "DBS-D11C-310877", "Sendung DBS-D11C-310877")],
     changes=[("P11216", "partial_shipment", "2026-10-05", 1000, "Die restlichen 1.000 Stück folgen in KW 41"),
              ("P11217", "confirmation", "2026-10-02", None, "Liefertermin 02.10. wie bestätigt")]),
# ----------------------------------------------------------------------------- French
dict(v="savonnerie", lang="fr", at="2026-10-13 10:15", subj="Commande P11220 - point production",
     text="""
Bonjour Madame Jensen,

Bonne nouvelle : le retard de notre fournisseur d'huiles essentielles, dont je vous avais parlé début octobre, est rattrapé. Votre commande P11220 (savons liquides 500 ml, 720 flacons) est en cours de conditionnement et la date de livraison du jeudi 22 octobre est confirmée.

Bien cordialement,
Camille Girard
Savonnerie de Provence SARL
""", end="Bien cordialement,", change="none", intent="confirmation", po=["P11220"],
     commit=("2026-10-22", "la date de livraison du jeudi 22 octobre est confirmée"),
     dates=[("2026-10-01", "other", "début octobre"), ("2026-10-22", "confirmed_delivery", "jeudi 22 octobre")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-11-03 16:20", subj="Votre commande P11221 - nouvelle date",
     text="""
Madame, Monsieur,

Nous vous confirmons la nouvelle date de livraison de votre commande P11221 : semaine 48, au lieu de la semaine 45 initialement confirmée. Les jardinières JV-JA-80 sont bloquées chez notre sous-traitant de rotomoulage, nous en sommes sincèrement désolés.

Cordialement,
Service ADV
Les Jardins du Val SAS
""", end="Cordialement,", change="date", intent="delay", po=["P11221"],
     commit=("2026-11-23", "la nouvelle date de livraison de votre commande P11221 : semaine 48"),
     dates=[("2026-11-23", "new_eta", "semaine 48"), ("2026-11-02", "other", "semaine 45")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-11-19 11:40", subj="P11222 - livraison partielle",
     text="""
Bonjour Madame Klein,

Votre commande P11222 part aujourd'hui en livraison partielle, transporteur Heppner, récépissé HEP-D11C-88412 :

- TL-HC-50 housses de coussin lin 50x50 : 600 pièces expédiées sur 600
- TL-PL-130 plaids coton 130x170 : 220 pièces expédiées sur 400

Le reliquat de 180 plaids sera expédié le 2 décembre, pour une livraison chez vous le 4 décembre au plus tard.

Cordialement,
Thomas Roux
Textiles Lyonnais SA
""", end="Cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11222"], commit=("2026-12-04", "une livraison chez vous le 4 décembre au plus tard"),
     dates=[("2026-11-19", "ship_date", "part aujourd'hui"), ("2026-12-02", "ship_date", "le 2 décembre"),
            ("2026-12-04", "new_eta", "le 4 décembre au plus tard")],
     lines=[("TL-HC-50", 600, "pièces", "TL-HC-50 housses de coussin lin 50x50 : 600 pièces expédiées sur 600", "P11222"),
            ("TL-PL-130", 220, "pièces", "220 pièces expédiées sur 400", "P11222"),
            ("TL-PL-130", 180, None, "Le reliquat de 180 plaids", "P11222")],
     track=[("Heppner", "HEP-D11C-88412", "récépissé HEP-D11C-88412")]),

dict(v="bretagne", c=1, lang="fr", at="2026-09-24 09:05", subj="Reliquat P11223 expédié",
     text="""
Bonjour Mike,

Le reliquat de votre commande P11223 (les 500 multiprises AEB-MP-4 restantes) est parti ce matin avec DB Schenker, n° de suivi DBS-D11C-774301. Avec la première livraison du 15/09/2026, la commande est désormais soldée, plus rien en attente de notre côté.
Livraison prévue lundi 28/09.

Bonne journée,
Morgane
""", end="Bonne journée,", change="shipping", intent="shipping_notice", po=["P11223"],
     commit=("2026-09-28", "Livraison prévue lundi 28/09"),
     dates=[("2026-09-24", "ship_date", "est parti ce matin"), ("2026-09-15", "other", "15/09/2026"),
            ("2026-09-28", "confirmed_delivery", "lundi 28/09")],
     lines=[("AEB-MP-4", 500, None, "les 500 multiprises AEB-MP-4 restantes", "P11223")],
     track=[("DB Schenker", "DBS-D11C-774301", "n° de suivi DBS-D11C-774301")]),

dict(v="liege", lang="fr", at="2026-12-02 14:00", subj="RE: P11224 / P11225 livraisons décembre",
     text="""
Bonjour Madame Jensen,

Je suis désolé, mais la livraison de P11224 (vases soufflés VL-VS-25) ne pourra pas avoir lieu le 9 décembre comme prévu. Le four n°2 a dû être arrêté pour une réparation du creuset. Nous reprendrons la production lundi prochain et nous pouvons vous livrer au plus tôt le mardi 22 décembre. Si c'est trop tard pour vos magasins, dites-le-moi et nous regarderons pour une livraison partielle avant Noël.

Bien à vous,
Marc Delvaux
Verrerie Liégeoise SRL

Le 27 nov. 2026 à 09:12, Laura Jensen <laura.jensen@hhg-retail.com> a écrit :
> Bonjour Monsieur Delvaux,
> merci pour la confirmation de P11225 pour le 4 décembre. Et pour P11224, toujours le 9 ?
""", end="Bien à vous,", change="date", intent="delay", sec=["question"], po=["P11224", "P11225"],
     commit=("2026-12-22", "nous pouvons vous livrer au plus tôt le mardi 22 décembre"),
     dates=[("2026-12-09", "other", "le 9 décembre"), ("2026-12-07", "other", "lundi prochain"),
            ("2026-12-22", "new_eta", "mardi 22 décembre")]),

dict(v="d9c_nantes", lang="fr", at="2026-10-21 10:30", subj="Accusé de réception de commande P11226",
     text="""
Bonjour Monsieur Brandt,

Veuillez trouver ci-dessous notre accusé de réception pour votre commande P11226. Toutes les lignes sont confirmées aux dates demandées, malgré la tension actuelle sur l'émail bleu dont nous vous avions parlé.

Cordialement,
Delphine Guérin
Faïencerie Nantaise SAS

--- attachment: ARC-D11C-2210.pdf ---
ACCUSÉ DE RÉCEPTION DE COMMANDE ARC-D11C-2210 - 21/10/2026
Votre commande : P11226
Réf.       Désignation               Qté   Prix unit.  Livraison confirmée
FN-AS-22   Assiette plate 22 cm      480   4,20 €      13/11/2026
FN-BL-14   Bol 14 cm bleu            360   3,10 €      13/11/2026
FN-PL-30   Plat ovale 30 cm          120   9,80 €      27/11/2026
""", end="Cordialement,", change="none", intent="confirmation", po=["P11226"], vref=["ARC-D11C-2210"],
     commit=("2026-11-27", "27/11/2026"),
     dates=[("2026-10-21", "other", "21/10/2026"), ("2026-11-13", "confirmed_delivery", ("13/11/2026", 0)),
            ("2026-11-13", "confirmed_delivery", ("13/11/2026", 1)), ("2026-11-27", "confirmed_delivery", "27/11/2026")],
     lines=[("FN-AS-22", 480, None, "FN-AS-22   Assiette plate 22 cm      480   4,20 €      13/11/2026", "P11226"),
            ("FN-BL-14", 360, None, "FN-BL-14   Bol 14 cm bleu            360   3,10 €      13/11/2026", "P11226"),
            ("FN-PL-30", 120, None, "FN-PL-30   Plat ovale 30 cm          120   9,80 €      27/11/2026", "P11226")]),

dict(v="vosges", lang="fr", at="2026-11-26 17:45", subj="P11227",
     text="""
P11227 : on ne pourra pas tenir vendredi, ce sera mardi prochain. Désolée.
Hélène
""", end="Hélène", change="date", intent="delay", po=["P11227"],
     commit=("2026-12-01", "ce sera mardi prochain"),
     dates=[("2026-11-27", "other", "vendredi"), ("2026-12-01", "new_eta", "mardi prochain")]),

dict(v="lemaire", c=1, lang="fr", at="2026-12-10 08:50", subj="Commande P11228 incomplète",
     text="""
Bonjour Madame Klein,

Votre commande P11228 est chargée ce matin, mais incomplète : nous n'avons pu produire que 850 boîtes de spéculoos 400 g sur les 1 200 commandées, suite à une panne de notre four tunnel. Le reliquat de 350 boîtes ne pourra pas être livré avant les fêtes ; nous le supprimons donc de la commande, sauf avis contraire de votre part. Les gaufres (BL-GF-12, 600 boîtes) sont complètes.

Livraison chez vous demain après-midi, transporteur Ziegler, lettre de voiture ZIE-D11C-51207.

Bien cordialement,
Sophie Dubois
Biscuiterie Lemaire SA
""", end="Bien cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11228"], commit=("2026-12-11", "Livraison chez vous demain après-midi"),
     dates=[("2026-12-10", "ship_date", "chargée ce matin"), ("2026-12-11", "confirmed_delivery", "demain après-midi")],
     lines=[("spéculoos 400 g", 850, "boîtes", "850 boîtes de spéculoos 400 g", "P11228"),
            ("spéculoos 400 g", 350, "boîtes", "Le reliquat de 350 boîtes", "P11228"),
            ("BL-GF-12", 600, "boîtes", "BL-GF-12, 600 boîtes", "P11228")],
     track=[("Ziegler", "ZIE-D11C-51207", "lettre de voiture ZIE-D11C-51207")]),

dict(v="d10d_leman", lang="fr", at="2026-10-06 11:20", subj="P11229 - report de livraison",
     text="""
Bonjour Madame Jensen,

Je dois malheureusement revenir sur la date de livraison de votre commande P11229 (carafes CL-CA-1L et verres CL-VE-35). La livraison initialement confirmée en semaine 42 n'est plus tenable : notre fournisseur de sable de silice a livré un lot non conforme et nous avons dû refondre deux jours de production. Nous pouvons vous livrer entre le 26 et le 30 octobre.

Avec nos excuses, meilleures salutations
Sébastien Python
Cristallerie du Léman SA
""", end="Avec nos excuses, meilleures salutations", change="date", intent="delay", po=["P11229"],
     commit=("2026-10-30", "Nous pouvons vous livrer entre le 26 et le 30 octobre"),
     dates=[("2026-10-12", "other", "semaine 42"), ("2026-10-26", "range_start", "entre le 26"),
            ("2026-10-30", "range_end", "30 octobre")]),

dict(v="laurentides", c=1, lang="fr", at="2026-11-16 13:10", subj="Expédition partielle - commande P11230",
     text="""
Bonjour Mme Jensen,

Petite mise à jour pour votre commande P11230 : on a expédié aujourd'hui 40 caisses de sirop d'érable 540 ml (LA-SI-540) sur les 64 prévues, par conteneur via Montréal, BL MSC-D11C-3309912. Les 24 caisses restantes partiront sur le prochain départ, le 12/01, avec une arrivée prévue à Hamburg vers le 01/27.

Bonne fin de journée,
Marc-André
""", end="Bonne fin de journée,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11230"], commit=("2027-01-27", "une arrivée prévue à Hamburg vers le 01/27"),
     dates=[("2026-11-16", "ship_date", "on a expédié aujourd'hui"), ("2026-12-01", "ship_date", "le 12/01"),
            ("2027-01-27", "new_eta", "vers le 01/27")],
     lines=[("LA-SI-540", 40, "caisses", "40 caisses de sirop d'érable 540 ml (LA-SI-540) sur les 64 prévues", "P11230"),
            ("LA-SI-540", 24, "caisses", "Les 24 caisses restantes", "P11230")],
     track=[("MSC", "MSC-D11C-3309912", "BL MSC-D11C-3309912")]),

dict(v="bearn", lang="fr", at="2026-09-10 15:30", subj="TR: Enlèvement commande P11231",
     text="""
Bonjour Madame Klein,

Je vous transfère la confirmation du transporteur : toute la commande P11231 (linge de table basque, 3 palettes) a été enlevée hier. Il n'y a pas de reliquat, tout était prêt.

Cordialement,
Maïté Etchegaray
Tissages du Béarn SARL

---------- Message transféré ---------
De : Exploitation Transports Larrieu <exploitation@transports-larrieu.fr>
Date : jeu. 10 sept. 2026 à 08:14
Objet : Enlèvement Tissages du Béarn

Bonjour,
Enlèvement effectué le 09/09 à 16h30, 3 palettes, destinataire Hartmann Home & Garden, Hamburg. Position LAR-D11C-90914. Livraison prévue le lundi 14/09 avant midi.
Cordialement, l'exploitation
""", end="Cordialement,\nMaïté", change="shipping", intent="shipping_notice", po=["P11231"],
     commit=("2026-09-14", "Livraison prévue le lundi 14/09"),
     dates=[("2026-09-09", "ship_date", "a été enlevée hier"), ("2026-09-09", "ship_date", "le 09/09"),
            ("2026-09-14", "confirmed_delivery", "lundi 14/09")],
     track=[("Transports Larrieu", "LAR-D11C-90914", "Position LAR-D11C-90914")]),

dict(v="d11c_bordeaux", lang="fr", at="2026-10-29 10:00", subj="Vos commandes P11232 et P11233",
     text="""
Bonjour Monsieur Osei,

Point sur vos deux commandes en cours :

- P11232 (bacs à fleurs demi-barrique TB-DB-60, 80 pcs) : aucun changement, livraison confirmée semaine 46.
- P11233 (tonneaux récupérateurs d'eau TB-RE-200, 40 pcs) : livraison reportée au vendredi 20 novembre au lieu du 6 novembre, les robinets laiton ne sont pas arrivés.

Désolé pour ce contretemps sur la seconde commande.

Cordialement,
Aurélien Dupuy
Tonnellerie Bordelaise SAS
""", end="Cordialement,", change="date", intent="delay", sec=["confirmation"], po=["P11232", "P11233"],
     commit=("2026-11-09", "livraison confirmée semaine 46"),
     dates=[("2026-11-09", "confirmed_delivery", "semaine 46"), ("2026-11-20", "new_eta", "vendredi 20 novembre"),
            ("2026-11-06", "other", "du 6 novembre")],
     changes=[("P11232", "confirmation", "2026-11-09", None, "livraison confirmée semaine 46"),
              ("P11233", "delay", "2026-11-20", None, "livraison reportée au vendredi 20 novembre")]),

dict(v="romande", c=1, lang="fr", at="2026-12-15 09:25", subj="RE: P11234 possibilité d'avancer ?",
     text="""
Bonjour Madame Jensen,

Suite à votre demande d'hier, nous avons pu réorganiser l'atelier d'affûtage : nous vous confirmons l'avancement de votre commande P11234 (couteaux d'office CR-CO-9, 300 pièces). Livraison le vendredi 18 décembre au lieu du 8 janvier.

Meilleures salutations
Chantal Rochat
Coutellerie Romande SA
""", end="Meilleures salutations", change="date", intent="confirmation", po=["P11234"],
     commit=("2026-12-18", "Livraison le vendredi 18 décembre"),
     dates=[("2026-12-14", "other", "hier"), ("2026-12-18", "confirmed_delivery", "vendredi 18 décembre"),
            ("2027-01-08", "other", "8 janvier")]),

dict(v="d10d_namur", c=1, lang="fr", at="2026-11-05 14:50", subj="Expédition commande P11235",
     text="""
Bonjour,

Votre commande P11235 est partie ce jour. Vous trouverez le bon de livraison ci-dessous.

Service commercial
Poterie Mosane SRL

--- attachment: BL-D11C-4471.pdf ---
POTERIE MOSANE SRL - BON DE LIVRAISON BL-D11C-4471 - 05/11/2026
Commande : P11235
Article     Désignation                 Commandé   Livré   Reste à livrer
PM-CA-18    Cache-pot grès 18 cm          240        240        0
PM-CA-24    Cache-pot grès 24 cm          180        120       60
PM-SO-30    Soucoupe 30 cm                180        100       80
Reste à livrer : semaine 47
Transporteur : Dachser - n° 8812-D11C-0455
""", end="Service commercial\nPoterie", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11235"], vref=["BL-D11C-4471"], commit=("2026-11-16", "Reste à livrer : semaine 47"),
     dates=[("2026-11-05", "ship_date", "partie ce jour"), ("2026-11-05", "ship_date", "05/11/2026"),
            ("2026-11-16", "new_eta", "semaine 47")],
     lines=[("PM-CA-18", 240, None, "PM-CA-18    Cache-pot grès 18 cm          240        240        0", "P11235"),
            ("PM-CA-24", 120, None, "PM-CA-24    Cache-pot grès 24 cm          180        120       60", "P11235"),
            ("PM-CA-24", 60, None, "PM-CA-24    Cache-pot grès 24 cm          180        120       60", "P11235"),
            ("PM-SO-30", 100, None, "PM-SO-30    Soucoupe 30 cm                180        100       80", "P11235"),
            ("PM-SO-30", 80, None, "PM-SO-30    Soucoupe 30 cm                180        100       80", "P11235")],
     track=[("Dachser", "8812-D11C-0455", "n° 8812-D11C-0455")]),

dict(v="boreal_qc", lang="fr", at="2026-10-02 11:00", subj="RE: Commande P11236 - toujours le 19 ?",
     text="""
Bonjour Mme Klein,

Je confirme que la date du 10/19 tient toujours pour votre commande P11236 (chaises Adirondack MB-AD-01, 96 unités). Le problème de séchage du cèdre qu'on a eu en août est réglé depuis longtemps, vous n'avez pas à vous inquiéter. Les chaises seront chargées au port de Montréal le 10/05.

Au plaisir,
Marc-Olivier Pelletier
Meubles Boréal inc.
""", end="Au plaisir,", change="none", intent="confirmation", po=["P11236"],
     commit=("2026-10-19", "la date du 10/19 tient toujours"),
     dates=[("2026-10-19", "confirmed_delivery", "10/19"), ("2026-08-01", "other", "en août"),
            ("2026-10-05", "ship_date", "le 10/05")]),

dict(v="vosges", c=1, lang="fr", at="2026-11-12 09:40", subj="RE: P11237 livraison complète ?",
     text="""
Bonjour Monsieur Brandt,

Non, pas de livraison partielle cette fois : les 4 références de P11237 sont parties au complet ce matin (2 palettes, 96 colis). Transporteur Kuehne+Nagel, n° de suivi KN-D11C-7730215. Livraison estimée entre mardi et mercredi prochain.

Cordialement,
Didier Schmitt
Ateliers Bois des Vosges

Le 11 nov. 2026 à 18:02, Tim Brandt <tim.brandt@hhg-retail.com> a écrit :
> Bonjour, est-ce qu'on aura encore une livraison partielle sur P11237 comme pour P11219 ?
""", end="Cordialement,", change="shipping", intent="shipping_notice", po=["P11237", "P11219"],
     commit=("2026-11-18", "Livraison estimée entre mardi et mercredi prochain"),
     dates=[("2026-11-12", "ship_date", "parties au complet ce matin"), ("2026-11-17", "range_start", "entre mardi"),
            ("2026-11-18", "range_end", "mercredi prochain")],
     track=[("Kuehne+Nagel", "KN-D11C-7730215", "n° de suivi KN-D11C-7730215")]),
# ----------------------------------------------------------------------------- Spanish
dict(v="aceites", lang="es", at="2026-10-15 12:10", subj="Pedido P11240 - nueva fecha de entrega",
     text="""
Estimada Sra. Jensen:

Le confirmamos la nueva fecha de entrega de su pedido P11240 (aceite de oliva virgen extra 750 ml, 1.200 botellas): el camión saldrá de Jaén el lunes 26 de octubre y llegará a Hamburgo el jueves 29 de octubre. La fecha confirmada inicialmente era el 20 de octubre, pero la embotelladora ha tenido una avería en la línea de etiquetado.

Disculpe las molestias.

Un cordial saludo,
Carmen López
Aceites del Sur S.L.
""", end="Un cordial saludo,", change="date", intent="delay", po=["P11240"],
     commit=("2026-10-29", "llegará a Hamburgo el jueves 29 de octubre"),
     dates=[("2026-10-26", "ship_date", "lunes 26 de octubre"), ("2026-10-29", "new_eta", "jueves 29 de octubre"),
            ("2026-10-20", "other", "el 20 de octubre")]),

dict(v="levante", c=1, lang="es", at="2026-11-04 09:45", subj="Entrega parcial pedido P11241",
     text="""
Hola Sandra,

Te escribo para avisarte de que hoy sale una entrega parcial del pedido P11241:

Referencia   Descripción                 Pedido   Enviado   Pendiente
TXL-TO-70    Toalla baño 70x140 blanca     800       800         0
TXL-TO-50    Toalla lavabo 50x100 gris     600       350       250
TXL-AL-60    Alfombrilla baño 60x90        300         0       300

El resto pendiente (250 toallas de lavabo y las 300 alfombrillas) os llegará la semana 48. Agencia de transporte: Palletways, expedición PW-D11C-116044.

Un saludo,
Pablo Sanchis
Textil Levante
""", end="Un saludo,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11241"], commit=("2026-11-23", "os llegará la semana 48"),
     dates=[("2026-11-04", "ship_date", "hoy sale una entrega parcial"), ("2026-11-23", "new_eta", "semana 48")],
     lines=[("TXL-TO-70", 800, None, "TXL-TO-70    Toalla baño 70x140 blanca     800       800         0", "P11241"),
            ("TXL-TO-50", 350, None, "TXL-TO-50    Toalla lavabo 50x100 gris     600       350       250", "P11241"),
            ("TXL-TO-50", 250, None, "250 toallas de lavabo", "P11241"),
            ("TXL-AL-60", 300, None, "las 300 alfombrillas", "P11241")],
     track=[("Palletways", "PW-D11C-116044", "expedición PW-D11C-116044")]),

dict(v="iberica", lang="es", at="2026-09-18 10:20", subj="RE: Pedido P11242 - fecha de entrega",
     text="""
Buenos días Sr. Osei:

Le escribo para tranquilizarle: el retraso que tuvimos con el pedido anterior (P11243, las mangueras) no afecta a su pedido P11242. Los juegos de herramientas de jardín JI-HE-5 están ya embalados y la fecha de entrega del 25/09 queda confirmada.

Atentamente,
Sergio Navarro
Jardinería Ibérica S.L.
""", end="Atentamente,", change="none", intent="confirmation", po=["P11242", "P11243"],
     commit=("2026-09-25", "la fecha de entrega del 25/09 queda confirmada"),
     dates=[("2026-09-25", "confirmed_delivery", "25/09")]),

dict(v="galicia", c=1, lang="es", at="2026-12-09 13:30", subj="Re: entrega P11244",
     text="""
Buenas tardes Laura,

Siento decirte que no llegamos al 11 de diciembre que te confirmé. La lata de 120 g (CG-SA-120, sardinas en aceite) se ha retrasado en la litografía y hasta el martes que viene no tendremos envases. Calculamos que la mercancía saldrá de Vigo el 17/12 y llegará a vuestro almacén el 21/12.

Un abrazo,
Beatriz

El 2 dic 2026, a las 10:05, Laura Jensen <laura.jensen@hhg-retail.com> escribió:
> Hola Beatriz, ¿confirmas entrega de P11244 el 11/12? Gracias.
""", end="Un abrazo,", change="date", intent="delay", po=["P11244"],
     commit=("2026-12-21", "llegará a vuestro almacén el 21/12"),
     dates=[("2026-12-11", "other", "11 de diciembre"), ("2026-12-15", "other", "el martes que viene"),
            ("2026-12-17", "ship_date", "el 17/12"), ("2026-12-21", "new_eta", "el 21/12")]),

dict(v="valencia", lang="es", at="2026-10-26 16:10", subj="Pedido P11245 completado",
     text="""
Estimada Sra. Klein:

Tras la entrega parcial de la semana pasada, hoy hemos cargado el resto del pedido P11245: 1.440 azulejos decorativos CV-AZ-20 en 4 palés. Con esto el pedido queda completo, no queda nada pendiente.

Transportista: TIPSA, número de envío TIP-D11C-2026104. Entrega prevista: viernes 30 de octubre.

Atentamente,
Vicente Ferrer
Cerámica Valenciana S.L.
""", end="Atentamente,", change="shipping", intent="shipping_notice", po=["P11245"],
     commit=("2026-10-30", "Entrega prevista: viernes 30 de octubre"),
     dates=[("2026-10-19", "other", "la semana pasada"), ("2026-10-26", "ship_date", "hoy hemos cargado"),
            ("2026-10-30", "confirmed_delivery", "viernes 30 de octubre")],
     lines=[("CV-AZ-20", 1440, None, "1.440 azulejos decorativos CV-AZ-20", "P11245")],
     track=[("TIPSA", "TIP-D11C-2026104", "número de envío TIP-D11C-2026104")]),

dict(v="andino", lang="es", at="2026-11-02 08:30", subj="Embarque parcial pedido P11246",
     text="""
Buen día Sr. Brandt,

Le informo que el contenedor con su pedido P11246 zarpó ayer de Cartagena en la motonave "Cap San Lorenzo", BL HLCU-D11C-884120. Sin embargo, solo pudimos embarcar 180 de los 300 sacos de café verde (69 kg) porque la trilladora no alcanzó a procesar el lote completo. Los 120 sacos restantes van en el siguiente zarpe, estimado para el 16 de noviembre, con arribo a Hamburgo a mediados de diciembre.

El primer contenedor tiene ETA Hamburgo 24/11.

Cordialmente,
Andrés Restrepo
Café Andino S.A.S.
""", end="Cordialmente,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11246"], commit=("2026-12-15", "con arribo a Hamburgo a mediados de diciembre"),
     dates=[("2026-11-01", "ship_date", "zarpó ayer"), ("2026-11-16", "ship_date", "16 de noviembre"),
            ("2026-12-15", "new_eta", "mediados de diciembre"), ("2026-11-24", "confirmed_delivery", "ETA Hamburgo 24/11")],
     lines=[("café verde", 180, "sacos", "solo pudimos embarcar 180 de los 300 sacos", "P11246"),
            ("café verde", 120, "sacos", "Los 120 sacos restantes", "P11246")],
     track=[(None, "HLCU-D11C-884120", "BL HLCU-D11C-884120")]),

dict(v="plasticos", c=1, lang="es", at="2026-09-29 14:15", subj="Pedido P11247 cubetas",
     text="""
Hola Mike, buenas tardes.

Te comento que el pedido P11247 (cubetas PN-CU-19, 2,000 pzas) no va a salir el viernes como te habíamos confirmado, se nos cayó el molde de inyección y lo mandamos a reparar. La nueva fecha de embarque es el 9 de octubre, y el tránsito a Veracruz + barco es de unas 4 semanas, o sea llegando a Hamburgo aprox. el 6 de noviembre.

Saludos,
Fernanda
""", end="Saludos,", change="date", intent="delay", po=["P11247"],
     commit=("2026-11-06", "llegando a Hamburgo aprox. el 6 de noviembre"),
     dates=[("2026-10-02", "other", "el viernes"), ("2026-10-09", "ship_date", "el 9 de octubre"),
            ("2026-11-06", "new_eta", "el 6 de noviembre")]),

dict(v="alicante", c=1, lang="es", at="2026-12-01 10:05", subj="Albarán pedido P11248",
     text="""
Buenos días,

Adjuntamos albarán de la mercancía que ha salido hoy hacia su almacén.

Saludos,
Pedidos
Juguetes de Jardín Alicante S.L.

--- attachment: ALB-D11C-7781.pdf ---
ALBARÁN DE ENTREGA ALB-D11C-7781        Fecha: 01/12/2026
Cliente: Hartmann Home & Garden GmbH - Pedido cliente: P11248
Código      Artículo                       Cant. pedida   Cant. servida   Pendiente
JA-CU-01    Cubo y pala playa              500            500             0
JA-RE-02    Regadera infantil              400            240             160
JA-CA-03    Carretilla infantil            200            200             0
Mercancía pendiente: se servirá en la semana 51.
Transporte: Seur, nº SEUR-D11C-300122
""", end="Saludos,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11248"], vref=["ALB-D11C-7781"], commit=("2026-12-14", "se servirá en la semana 51"),
     dates=[("2026-12-01", "ship_date", "ha salido hoy"), ("2026-12-01", "ship_date", "01/12/2026"),
            ("2026-12-14", "new_eta", "semana 51")],
     lines=[("JA-CU-01", 500, None, "JA-CU-01    Cubo y pala playa              500            500             0", "P11248"),
            ("JA-RE-02", 240, None, "JA-RE-02    Regadera infantil              400            240             160", "P11248"),
            ("JA-RE-02", 160, None, "JA-RE-02    Regadera infantil              400            240             160", "P11248"),
            ("JA-CA-03", 200, None, "JA-CA-03    Carretilla infantil            200            200             0", "P11248")],
     track=[("Seur", "SEUR-D11C-300122", "nº SEUR-D11C-300122")]),

dict(v="lima", lang="es", at="2026-10-08 09:00", subj="Pedido P11249 - embarque confirmado",
     text="""
Estimada Laura:

Gracias por su paciencia durante el paro de transportistas de la semana pasada. Ya se normalizó todo en el puerto del Callao y le confirmo que su pedido P11249 (chalinas de alpaca TAP-CH-01, 400 unidades) se embarca según lo previsto el 15 de octubre, con llegada a Hamburgo el 18 de noviembre, tal como figura en nuestra confirmación de pedido OC-D11C-1502.

Saludos cordiales,
Rosa Quispe
Textiles Alpaca del Perú S.A.C.
""", end="Saludos cordiales,", change="none", intent="confirmation", po=["P11249"], vref=["OC-D11C-1502"],
     commit=("2026-11-18", "con llegada a Hamburgo el 18 de noviembre"),
     dates=[("2026-09-28", "other", "la semana pasada"), ("2026-10-15", "ship_date", "15 de octubre"),
            ("2026-11-18", "confirmed_delivery", "18 de noviembre")]),

dict(v="forja_toledo", lang="es", at="2026-11-20 12:30", subj="Estado pedidos P11250 y P11251",
     text="""
Buenos días Sr. Osei,

Le resumo el estado de sus pedidos:

P11250 - candelabros de forja FT-CA-3: enviados completos hoy, 240 uds, agencia Dachser, nº DAC-D11C-662019. Entrega prevista el miércoles 25.
P11251 - apliques de pared FT-AP-2: solo hemos podido enviar 90 de 150 uds con la misma expedición. Las 60 restantes quedan pendientes de forja y se las mandamos a principios de diciembre.

Un saludo,
Ignacio Morales
Forja Toledana S.L.
""", end="Un saludo,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11250", "P11251"], commit=("2026-11-25", "Entrega prevista el miércoles 25"),
     dates=[("2026-11-20", "ship_date", "enviados completos hoy"), ("2026-11-25", "confirmed_delivery", "el miércoles 25"),
            ("2026-12-01", "ship_date", "principios de diciembre")],
     lines=[("FT-CA-3", 240, "uds", "240 uds", "P11250"),
            ("FT-AP-2", 90, "uds", "enviar 90 de 150 uds", "P11251"),
            ("FT-AP-2", 60, None, "Las 60 restantes", "P11251")],
     track=[("Dachser", "DAC-D11C-662019", "nº DAC-D11C-662019")],
     changes=[("P11250", "shipping_notice", "2026-11-25", 240, "enviados completos hoy"),
              ("P11251", "partial_shipment", None, 60, "Las 60 restantes quedan pendientes de forja")]),

dict(v="cesteria_rioja", c=1, lang="es", at="2026-10-19 17:05", subj="P11252",
     text="""
P11252: salen hoy 30 cestas de 50, el resto la semana que viene.
Almacén Cestería Riojana
""", end="Almacén", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11252"],
     commit=("2026-10-26", "el resto la semana que viene"),
     dates=[("2026-10-19", "ship_date", "salen hoy"), ("2026-10-26", "new_eta", "la semana que viene")],
     lines=[("cestas", 30, None, "30 cestas de 50", "P11252")]),

dict(v="hamacas_sj", lang="es", at="2026-09-14 10:40", subj="pedido P11253 hamacas",
     text="""
Buenos dias Sra Jensen

Disculpe la demora en responder. Le cuento que las hamacas del pedido P11253 no van a estar para la fecha que confirmamos (30 de septiembre) porque las tejedoras de San Jacinto estubieron sin hilo teñido casi dos semanas por el invierno, las lluvias dañaron la carretera. Ahora calculamos tenerlas listas el 9 de octubre y embarcar por Cartagena el 13 de octubre, llegada a Hamburgo mas o menos el 10 de noviembre.

Que pena con usted.
Luis Carlos
""", end="Luis Carlos", change="date", intent="delay", po=["P11253"],
     commit=("2026-11-10", "llegada a Hamburgo mas o menos el 10 de noviembre"),
     dates=[("2026-09-30", "other", "30 de septiembre"), ("2026-10-09", "other", "el 9 de octubre"),
            ("2026-10-13", "ship_date", "el 13 de octubre"), ("2026-11-10", "new_eta", "el 10 de noviembre")]),

dict(v="d9c_murcia", lang="es", at="2026-11-24 11:50", subj="Confirmación de pedido P11254",
     text="""
Buenos días Sra. Klein:

Le adjuntamos la confirmación de su pedido P11254. Todas las referencias se confirman para el 4 de diciembre, salvo los pimientos del piquillo, que no tendremos hasta la semana 51 por falta de materia prima.

Un saludo,
Encarna Sánchez
Conservas Vegetales de Murcia S.L.

--- attachment: CP-D11C-0931.pdf ---
CONFIRMACIÓN DE PEDIDO CP-D11C-0931 - 24/11/2026
Pedido cliente: P11254
Ref.        Producto                        Cajas   Fecha solicitada   Fecha confirmada
CVM-AL-400  Alcachofas 400 g                 120     04/12/2026         04/12/2026
CVM-PI-250  Pimientos del piquillo 250 g     200     04/12/2026         14/12/2026
CVM-ES-300  Espárragos blancos 300 g          80     04/12/2026         04/12/2026
""", end="Un saludo,", change="date", intent="delay", po=["P11254"], vref=["CP-D11C-0931"],
     commit=("2026-12-14", "no tendremos hasta la semana 51"),
     dates=[("2026-12-04", "confirmed_delivery", "4 de diciembre"), ("2026-12-14", "new_eta", "semana 51"),
            ("2026-11-24", "other", "24/11/2026"),
            ("2026-12-04", "other", ("04/12/2026", 0)), ("2026-12-04", "confirmed_delivery", ("04/12/2026", 1)),
            ("2026-12-04", "other", ("04/12/2026", 2)), ("2026-12-14", "new_eta", "14/12/2026"),
            ("2026-12-04", "other", ("04/12/2026", 3)), ("2026-12-04", "confirmed_delivery", ("04/12/2026", 4))],
     lines=[("CVM-AL-400", 120, None, "CVM-AL-400  Alcachofas 400 g                 120     04/12/2026         04/12/2026", "P11254"),
            ("CVM-PI-250", 200, None, "CVM-PI-250  Pimientos del piquillo 250 g     200     04/12/2026         14/12/2026", "P11254"),
            ("CVM-ES-300", 80, None, "CVM-ES-300  Espárragos blancos 300 g          80     04/12/2026         04/12/2026", "P11254")]),

dict(v="d10d_bilbao", c=1, lang="es", at="2026-12-04 09:15", subj="P11255 pendiente enviado",
     text="""
Hola Tim, lo pendiente de P11255 (los 75 juegos de cuchillos CV-JC-6) ha salido esta mañana con GLS, seguimiento GLS-D11C-7704418. Con esto el pedido está completo. Llegará el miércoles o el jueves que viene.

Ondo izan / un saludo,
Ainhoa
""", end="Ondo izan", change="shipping", intent="shipping_notice", po=["P11255"],
     commit=("2026-12-10", "Llegará el miércoles o el jueves que viene"),
     dates=[("2026-12-04", "ship_date", "ha salido esta mañana"), ("2026-12-09", "range_start", "el miércoles"),
            ("2026-12-10", "range_end", "el jueves que viene")],
     lines=[("CV-JC-6", 75, None, "los 75 juegos de cuchillos CV-JC-6", "P11255")],
     track=[("GLS", "GLS-D11C-7704418", "seguimiento GLS-D11C-7704418")]),

dict(v="pomaire_cl", lang="es", at="2026-10-30 15:20", subj="RV: Omisión de recalada - su pedido P11256",
     text="""
Estimada Laura,

Le reenvío el aviso de la naviera. El buque en que iba su pedido P11256 (macetas de greda GP-MA-30) fue omitido en San Antonio por congestión, así que la carga se embarca en el siguiente servicio. La llegada a Hamburgo, que teníamos para el 20 de noviembre, pasa al 4 de diciembre según la naviera.

Saludos cordiales,
Francisca Araya
Greda de Pomaire Ltda.

---------- Mensaje reenviado ---------
De: Customer Service <cs.chile@oceanline-example.com>
Fecha: jue, 29 oct 2026 a las 18:40
Asunto: Omisión de recalada

Estimado cliente: le informamos que la M/N "Santa Rosa" omitirá la recalada en San Antonio. Su contenedor OLCU-D11C-221907 será embarcado en la M/N "Santa Bárbara", ETD San Antonio 05/11/2026, ETA Hamburgo 04/12/2026.
""", end="Saludos cordiales,", change="date", intent="delay", po=["P11256"],
     commit=("2026-12-04", "pasa al 4 de diciembre"),
     dates=[("2026-11-20", "other", "20 de noviembre"), ("2026-12-04", "new_eta", "4 de diciembre"),
            ("2026-11-05", "ship_date", "05/11/2026"), ("2026-12-04", "new_eta", "04/12/2026")],
     track=[(None, "OLCU-D11C-221907", "contenedor OLCU-D11C-221907")]),

dict(v="d11c_zaragoza", lang="es", at="2026-11-10 10:30", subj="Pedido P11257 - ¿entrega parcial o completa?",
     text="""
Buenos días Sr. Brandt:

Sobre su pedido P11257: las 60 mesas plegables MJE-ME-80 están terminadas, pero de las 240 sillas MJE-SI-01 solo tenemos 160 listas; el resto estará terminado el 27/11 porque el proveedor de tornillería nos falló. La fecha confirmada era el 13/11.

¿Les enviamos ya una entrega parcial (60 mesas y 160 sillas) el jueves, o prefieren esperar y recibir todo junto en la semana 49? Necesitamos su respuesta antes del viernes para reservar el camión.

Atentamente,
Raquel Lahoz
Muebles de Jardín Ebro S.L.
""", end="Atentamente,", change="date", intent="delay", sec=["question"], po=["P11257"],
     dates=[("2026-11-27", "other", "27/11"), ("2026-11-13", "other", "13/11"),
            ("2026-11-12", "other", "el jueves"), ("2026-11-30", "other", "semana 49"),
            ("2026-11-13", "other", "antes del viernes")],
     lines=[("MJE-ME-80", 60, None, "las 60 mesas plegables MJE-ME-80", "P11257"),
            ("MJE-SI-01", 160, None, "solo tenemos 160 listas", "P11257")]),
# ----------------------------------------------------------------------------- Dutch
dict(v="vanderberg", c=1, lang="nl", at="2026-10-07 10:00", subj="Nieuwe leverdatum order P11260",
     text="""
Beste mevrouw Jensen,

Hierbij bevestigen wij de nieuwe leverdatum voor uw order P11260 (plantenbakken VB-PB-60, 320 stuks): vrijdag 23 oktober. De eerder bevestigde levering in week 41 halen wij helaas niet, omdat de kleurstof voor de antraciet variant te laat binnenkwam.

Met vriendelijke groet,
Sanne de Jong
Van der Berg Tuinartikelen B.V.
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P11260"],
     commit=("2026-10-23", "de nieuwe leverdatum voor uw order P11260 (plantenbakken VB-PB-60, 320 stuks): vrijdag 23 oktober"),
     dates=[("2026-10-23", "new_eta", "vrijdag 23 oktober"), ("2026-10-05", "other", "week 41")]),

dict(v="devries", lang="nl", at="2026-11-18 14:40", subj="Deellevering P11261",
     text="""
Hoi Mike,

Vandaag is een deellevering van P11261 de deur uitgegaan via PostNL Pakketten, zendingnummer 3SDVH-D11C-884210:

- 480 st. pannenlappen DV-PL-20 (compleet)
- 300 st. ovenwanten DV-OW-30 (van de 500)

De resterende 200 ovenwanten volgen volgende week woensdag, die liggen nog bij de borduurder.

Groet,
Mark
""", end="Groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11261"],
     commit=("2026-11-25", "De resterende 200 ovenwanten volgen volgende week woensdag"),
     dates=[("2026-11-18", "ship_date", "Vandaag is een deellevering"),
            ("2026-11-25", "new_eta", "volgende week woensdag")],
     lines=[("DV-PL-20", 480, "st.", "480 st. pannenlappen DV-PL-20 (compleet)", "P11261"),
            ("DV-OW-30", 300, "st.", "300 st. ovenwanten DV-OW-30 (van de 500)", "P11261"),
            ("DV-OW-30", 200, None, "De resterende 200 ovenwanten", "P11261")],
     track=[("PostNL", "3SDVH-D11C-884210", "zendingnummer 3SDVH-D11C-884210")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-12-07 09:20", subj="Levering P11262 - staking Rotterdam",
     text="""
Goedemorgen mevrouw Klein,

De staking bij de haven van Rotterdam van vorige week heeft gelukkig geen gevolgen voor uw bestelling P11262 (Goudse kaas jong belegen, 240 wielen). De kaas ligt al in ons distributiecentrum in Bodegraven en wordt zoals bevestigd op donderdag 10 december bij u afgeleverd.

Met vriendelijke groet,
Lotte Visser
Hollandse Kaashandel B.V.
""", end="Met vriendelijke groet,", change="none", intent="confirmation", po=["P11262"],
     commit=("2026-12-10", "zoals bevestigd op donderdag 10 december bij u afgeleverd"),
     dates=[("2026-11-30", "other", "vorige week"), ("2026-12-10", "confirmed_delivery", "donderdag 10 december")]),

dict(v="vlaamse", lang="nl", at="2026-09-23 15:10", subj="Restant P11263 vertrokken",
     text="""
Dag Tim,

Het restant van order P11263 (de 150 badjassen VT-BJ-L die vorige keer nog ontbraken) is vandaag vertrokken met Dachser, referentie DACH-D11C-47720. Daarmee is de order volledig geleverd. Levering bij jullie in Hamburg verwacht op vrijdag 25/09.

Groeten,
Jeroen
""", end="Groeten,", change="shipping", intent="shipping_notice", po=["P11263"],
     commit=("2026-09-25", "Levering bij jullie in Hamburg verwacht op vrijdag 25/09"),
     dates=[("2026-09-23", "ship_date", "is vandaag vertrokken"), ("2026-09-25", "confirmed_delivery", "vrijdag 25/09")],
     lines=[("VT-BJ-L", 150, None, "de 150 badjassen VT-BJ-L", "P11263")],
     track=[("Dachser", "DACH-D11C-47720", "referentie DACH-D11C-47720")]),

dict(v="jansen", c=1, lang="nl", at="2026-10-20 11:35", subj="Orderbevestiging P11264",
     text="""
Beste mevrouw Jensen,

In de bijlage de orderbevestiging voor P11264. Ondanks de vertraging bij P11265 (zie mijn mail van vorige week) kunnen we deze order gewoon leveren in de weken die u gevraagd heeft.

Met vriendelijke groet,
Eva Mulder
Elektro Jansen B.V.

--- attachment: OB-D11C-6631.pdf ---
ORDERBEVESTIGING OB-D11C-6631 d.d. 20-10-2026
Uw order: P11264
Art.nr     Omschrijving             Aantal  Leverweek
EJ-VL-12   Verlengsnoer 5 m          400     wk 45
EJ-SD-6    Stekkerdoos 6-voudig      250     wk 45
EJ-TS-1    Tijdschakelaar digitaal   120     wk 46
""", end="Met vriendelijke groet,", change="none", intent="confirmation", po=["P11264", "P11265"],
     vref=["OB-D11C-6631"], commit=("2026-11-09", "wk 46"),
     dates=[("2026-10-12", "other", "vorige week"), ("2026-10-20", "other", "20-10-2026"),
            ("2026-11-02", "confirmed_delivery", ("wk 45", 0)), ("2026-11-02", "confirmed_delivery", ("wk 45", 1)),
            ("2026-11-09", "confirmed_delivery", "wk 46")],
     lines=[("EJ-VL-12", 400, None, "EJ-VL-12   Verlengsnoer 5 m          400     wk 45", "P11264"),
            ("EJ-SD-6", 250, None, "EJ-SD-6    Stekkerdoos 6-voudig      250     wk 45", "P11264"),
            ("EJ-TS-1", 120, None, "EJ-TS-1    Tijdschakelaar digitaal   120     wk 46", "P11264")]),

dict(v="twente", lang="nl", at="2026-11-27 08:45", subj="P11266 leverdatum niet haalbaar",
     text="""
Goedemorgen meneer Osei,

Slecht nieuws over P11266 (opbergboxen TK-OB-45, 1.600 stuks): door een defecte spuitgietmatrijs kunnen we de bevestigde leverdatum van 2 december niet halen. De nieuwe matrijsinzet komt maandag binnen; wij verwachten te leveren tussen 14 en 16 december.

Excuses voor het ongemak.

Met vriendelijke groet,
Ruud Hendriks
Twentse Kunststoffen B.V.
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P11266"],
     commit=("2026-12-16", "wij verwachten te leveren tussen 14 en 16 december"),
     dates=[("2026-12-02", "other", "van 2 december"), ("2026-11-30", "other", "maandag"),
            ("2026-12-14", "range_start", "tussen 14"), ("2026-12-16", "range_end", "16 december")]),

dict(v="zeeland", c=1, lang="nl", at="2026-10-14 13:00", subj="Pakbon PB-D11C-2291 / P11267",
     text="""
Goedemiddag,

Bijgaand de pakbon van de zending die vandaag bij ons is opgehaald door Van den Heuvel Transport.

Met vriendelijke groet,
Verkoop
Zeeuwse Touw- en Mattenfabriek B.V.

--- attachment: PB-D11C-2291.pdf ---
PAKBON PB-D11C-2291     Datum: 14-10-2026
Order klant: P11267
Artikel      Omschrijving                 Besteld  Geleverd  Backorder
ZT-DM-60     Deurmat kokos 40x60            600      600         0
ZT-DM-90     Deurmat kokos 60x90            300      180       120
ZT-TR-10     Jute touw 10 m                 400      400         0
Backorder wordt geleverd in week 44.
Vrachtbrief: VDH-D11C-66102
""", end="Met vriendelijke groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11267"], vref=["PB-D11C-2291"], commit=("2026-10-26", "Backorder wordt geleverd in week 44"),
     dates=[("2026-10-14", "ship_date", "vandaag bij ons is opgehaald"), ("2026-10-14", "ship_date", "14-10-2026"),
            ("2026-10-26", "new_eta", "week 44")],
     lines=[("ZT-DM-60", 600, None, "ZT-DM-60     Deurmat kokos 40x60            600      600         0", "P11267"),
            ("ZT-DM-90", 180, None, "ZT-DM-90     Deurmat kokos 60x90            300      180       120", "P11267"),
            ("ZT-DM-90", 120, None, "ZT-DM-90     Deurmat kokos 60x90            300      180       120", "P11267"),
            ("ZT-TR-10", 400, None, "ZT-TR-10     Jute touw 10 m                 400      400         0", "P11267")],
     track=[("Van den Heuvel Transport", "VDH-D11C-66102", "Vrachtbrief: VDH-D11C-66102")]),

dict(v="westland", lang="nl", at="2026-09-08 16:20", subj="Update orders P11268 en P11269",
     text="""
Beste Laura,

Even een update over je twee orders bij ons:

P11268 (tulpenbollen mix, 2.000 netjes): wordt zoals bevestigd op donderdag 17 september bij jullie geleverd.
P11269 (narcissen Tête-à-Tête, 1.500 netjes): de oogst is later gedroogd dan gepland, deze levering schuift op van week 38 naar week 40.

Groet uit 's-Gravenzande,
Gert-Jan
""", end="Groet uit", change="date", intent="delay", sec=["confirmation"], po=["P11268", "P11269"],
     commit=("2026-09-17", "wordt zoals bevestigd op donderdag 17 september bij jullie geleverd"),
     dates=[("2026-09-17", "confirmed_delivery", "donderdag 17 september"), ("2026-09-14", "other", "week 38"),
            ("2026-09-28", "new_eta", "week 40")],
     changes=[("P11268", "confirmation", "2026-09-17", None, "wordt zoals bevestigd op donderdag 17 september bij jullie geleverd"),
              ("P11269", "delay", "2026-09-28", None, "schuift op van week 38 naar week 40")]),

dict(v="gentse", c=1, lang="nl", at="2026-12-11 10:50", subj="RE: P11270 weer vertraagd?",
     text="""
Geen vertraging meer voor P11270: de kaarsen zijn klaar en worden maandag geleverd zoals afgesproken. Els

-----Oorspronkelijk bericht-----
Van: Sandra Klein <sandra.klein@hhg-retail.com>
Verzonden: donderdag 10 december 2026 17:31
Onderwerp: P11270 weer vertraagd?

Dag Els, jullie transporteur meldde vertraging. Blijft het bij maandag 14/12?
""", end="Els\n", change="none", intent="confirmation", po=["P11270"],
     commit=("2026-12-14", "worden maandag geleverd zoals afgesproken"),
     dates=[("2026-12-14", "confirmed_delivery", "maandag geleverd")]),

dict(v="kempen", lang="nl", at="2026-11-03 09:30", subj="Tuinbanken P11271 - later",
     text="""
Dag Sandra,

Ik had je vorige week nog gezegd dat de tuinbanken voor P11271 op schema zaten, maar ik moet daar helaas op terugkomen. Onze houtleverancier in Antwerpen heeft ons gisteren laten weten dat de container met iroko-hout een week later aankomt (zie zijn mail hieronder). Wij hebben dat hout nodig voor de zitting en de rugleuning, dus we kunnen pas beginnen met zagen als het binnen is. Reken met vier werkdagen productie en een dag voor het oliën, dan kunnen de banken op dinsdag 24 november bij jullie zijn in plaats van 17 november.

De tuintafels uit dezelfde order zijn al klaar; als je wil, sturen we die al vooraf mee met de levering voor P11272 van volgende week woensdag. Laat je het me weten?

Groetjes,
Wouter

---------- Doorgestuurd bericht ---------
Van: Houthandel Scheldezicht <verkoop@scheldezicht-hout.be>
Datum: ma 2 nov. 2026 om 16:12
Onderwerp: container iroko

Wouter, de container met jullie iroko komt niet op 6/11 maar op 13/11 binnen in Antwerpen. Levering bij jullie ten vroegste 16/11.
""", end="Groetjes,", change="date", intent="delay", sec=["question", "confirmation"], po=["P11271", "P11272"],
     commit=("2026-11-24", "dan kunnen de banken op dinsdag 24 november bij jullie zijn"),
     dates=[("2026-10-26", "other", "vorige week"), ("2026-11-02", "other", "gisteren"),
            ("2026-11-24", "new_eta", "dinsdag 24 november"), ("2026-11-17", "other", "17 november"),
            ("2026-11-11", "confirmed_delivery", "volgende week woensdag"),
            ("2026-11-06", "other", "op 6/11"), ("2026-11-13", "other", "13/11"), ("2026-11-16", "other", "16/11")],
     changes=[("P11271", "delay", "2026-11-24", None, "dan kunnen de banken op dinsdag 24 november bij jullie zijn"),
              ("P11272", "confirmation", "2026-11-11", None, "de levering voor P11272 van volgende week woensdag")]),

dict(v="brugse", c=1, lang="nl", at="2026-10-01 14:10", subj="Order P11273 gedeeltelijk verzonden",
     text="""
Geachte,

Order P11273 werd vandaag gedeeltelijk verzonden: 1.000 van de 1.500 bezems BB-BZ-30. De resterende 500 stuks kunnen wij niet meer leveren omdat de leverancier van het paardenhaar gestopt is; dit restant vervalt en wordt niet gefactureerd. De overige orderlijnen zijn volledig geleverd.

Transporteur: Bpost, zendingsnummer BPO-D11C-3321087. Verwachte levering: maandag 5 oktober.

Met vriendelijke groeten,
Orderbeheer
Brugse Borstel- en Bezemfabriek NV
""", end="Met vriendelijke groeten,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11273"], commit=("2026-10-05", "Verwachte levering: maandag 5 oktober"),
     dates=[("2026-10-01", "ship_date", "werd vandaag gedeeltelijk verzonden"),
            ("2026-10-05", "confirmed_delivery", "maandag 5 oktober")],
     lines=[("BB-BZ-30", 1000, None, "1.000 van de 1.500 bezems BB-BZ-30", "P11273"),
            ("BB-BZ-30", 500, "stuks", "De resterende 500 stuks", "P11273")],
     track=[("Bpost", "BPO-D11C-3321087", "zendingsnummer BPO-D11C-3321087")]),

dict(v="d9c_utrecht", lang="nl", at="2026-11-12 16:45", subj="Bevestiging aangepaste levering P11274",
     text="""
Beste meneer Brandt,

Zoals gisteren telefonisch afgesproken bevestig ik hierbij de aangepaste levering van P11274 (hanglampen UL-HL-35, 90 stuks): week 49 in plaats van week 47. Dank dat u hiermee akkoord bent gegaan.

Met vriendelijke groet,
Joost van Leeuwen
Utrechtse Lampenfabriek B.V.
""", end="Met vriendelijke groet,", change="date", intent="confirmation", po=["P11274"],
     commit=("2026-11-30", "week 49 in plaats van week 47"),
     dates=[("2026-11-11", "other", "gisteren"), ("2026-11-30", "confirmed_delivery", "week 49"),
            ("2026-11-16", "other", "week 47")]),

dict(v="d10c_friesland", c=1, lang="nl", at="2026-12-02 11:05", subj="P11275 compleet geladen",
     text="""
Goedemorgen,

P11275 is vanochtend compleet geladen, dus niet in twee delen zoals eerst gepland: de laatste picknicktafels FT-PT-180 waren toch eerder klaar. Totaal 60 tafels op 6 pallets, transporteur Mainfreight, vrachtbrief MF-D11C-702281. Aflevering morgen tussen 8 en 12 uur.

Groet,
Verkoop Friese Tuinhout
""", end="Groet,", change="shipping", intent="shipping_notice", po=["P11275"],
     commit=("2026-12-03", "Aflevering morgen"),
     dates=[("2026-12-02", "ship_date", "vanochtend compleet geladen"), ("2026-12-03", "confirmed_delivery", "Aflevering morgen")],
     lines=[("FT-PT-180", 60, None, "Totaal 60 tafels", "P11275")],
     track=[("Mainfreight", "MF-D11C-702281", "vrachtbrief MF-D11C-702281")]),

dict(v="mechelen_d8b", lang="nl", at="2026-09-30 10:25", subj="Levering P11276 uitgesteld",
     text="""
Beste Laura,

Ik moet je helaas melden dat de levering van P11276 (loungesets MT-LS-4) voorlopig niet doorgaat. De bevestigde datum van 9 oktober is niet haalbaar: onze leverancier van het aluminium frame is failliet verklaard en we zoeken een vervanger. Ik kan je op dit moment geen nieuwe datum geven; ten laatste volgende vrijdag laat ik je weten hoe we verder gaan.

Met vriendelijke groeten,
Tine Verstraeten
Mechelse Tuinmeubelen BV
""", end="Met vriendelijke groeten,", change="date", intent="delay", po=["P11276"],
     dates=[("2026-10-09", "other", "9 oktober"), ("2026-10-09", "other", "ten laatste volgende vrijdag")]),

dict(v="d11c_groningen", lang="nl", at="2026-10-22 15:30", subj="RE: P11277 bloempotten",
     text="""
Hallo Sandra,

Zie mijn antwoorden hieronder in je mail.

> Hoe staat het met P11277? Komen de bloempotten GK-BP-25 deze week nog?
Ja, vandaag zijn 400 van de 640 stuks vertrokken, ze zijn morgen bij jullie.

> En de schotels GK-SC-25?
Die zijn compleet mee, alle 640.

> Wanneer komt de rest van de potten?
De laatste 240 potten komen uit de oven op 29/10, levering bij jullie maandag 2 november.

Groet,
Marloes
""", end="Groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11277"],
     commit=("2026-11-02", "levering bij jullie maandag 2 november"),
     dates=[("2026-10-22", "ship_date", "vandaag zijn 400"), ("2026-10-23", "confirmed_delivery", "ze zijn morgen bij jullie"),
            ("2026-10-29", "other", "29/10"), ("2026-11-02", "new_eta", "maandag 2 november")],
     lines=[("GK-BP-25", 400, "stuks", "400 van de 640 stuks", "P11277"),
            ("GK-SC-25", 640, None, "alle 640", "P11277"),
            ("GK-BP-25", 240, None, "De laatste 240 potten", "P11277")]),

dict(v="d9e_brabant", c=1, lang="nl", at="2026-11-16 12:00", subj="Wijziging leverdatum P11278",
     text="""
*** Automatisch bericht - Brabant Metaalwerk B.V. ***
Wijziging leverdatum
Order klant: P11278   Onze order: VO-D11C-88017
Regel 1  BM-KR-40  Kledingrek zwart     120 st.   oud: week 48   nieuw: week 50
Regel 2  BM-SR-90  Schoenenrek 90 cm     80 st.   oud: week 48   nieuw: week 48 (ongewijzigd)
-----
Mike, sorry hiervoor: de lasrobot heeft twee weken stilgestaan. Regel 2 komt wel gewoon volgende week.
Henk
""", end="Henk", change="date", intent="delay", po=["P11278"], vref=["VO-D11C-88017"],
     commit=("2026-12-07", "nieuw: week 50"),
     dates=[("2026-11-23", "other", ("week 48", 0)), ("2026-12-07", "new_eta", "week 50"),
            ("2026-11-23", "other", ("week 48", 1)), ("2026-11-23", "confirmed_delivery", ("week 48", 2)),
            ("2026-11-23", "confirmed_delivery", "volgende week")],
     lines=[("BM-KR-40", 120, "st.", "Regel 1  BM-KR-40  Kledingrek zwart     120 st.", "P11278"),
            ("BM-SR-90", 80, "st.", "Regel 2  BM-SR-90  Schoenenrek 90 cm     80 st.", "P11278")]),
# ----------------------------------------------------------------------------- German (Swiss), appended
dict(v="luzern", lang="de", at="2026-11-20 09:15", subj="AW: Paraffin-Engpass - Auswirkungen auf P11218?",
     text="""
Grüezi Herr Brandt

Danke für Ihre Nachfrage. Der Paraffin-Engpass, über den in der Fachpresse berichtet wird, betrifft uns nicht: wir haben unseren Bedarf bis März eingedeckt. Ihre Bestellung P11218 (Stumpenkerzen LK-SK-7, 1'200 Stück) ist in Produktion und wird wie bestätigt bis spätestens Ende KW 49 bei Ihnen angeliefert.

Freundliche Grüsse
Beat Zimmermann
Luzerner Kerzen AG

Am 19.11.2026 um 16:20 schrieb Tim Brandt <tim.brandt@hhg-retail.com>:
> Grüezi Herr Zimmermann, man liest von Lieferengpässen bei Paraffin. Ist P11218 (KW 49) davon betroffen?
""", end="Freundliche Grüsse", change="none", intent="confirmation", po=["P11218"],
     commit=("2026-12-04", "wird wie bestätigt bis spätestens Ende KW 49 bei Ihnen angeliefert"),
     dates=[("2027-03-01", "other", "bis März"), ("2026-12-04", "confirmed_delivery", "Ende KW 49")]),
]
