"""Contents of the held-out ("blind") corpus, tests/korpus/manifest_blind.yaml.

Written from the guideline (kim-rlp-2025) and the real Koblenz Vorlage only, without looking at
the checker's fact layer or the development corpus: documents as other Kommunen and other
clerks of the ministry would write them. Each document is one function of the four
"house styles" below per type (form, numbered, letter, council system), fed with its own facts
and wording. The figures of every document are worked out in the comment beside it.

BUILDERS maps the manifest field `inhalt` (here: the document name) to a function returning
the outline that bauen.py writes with its producers.
"""

from __future__ import annotations

from collections.abc import Callable


def H1(t: str) -> dict:
    return {"h1": t}


def H2(t: str) -> dict:
    return {"h2": t}


def P(t: str) -> dict:
    return {"p": t}


def B(t: str) -> dict:
    return {"fett": t}


def L(*items: str) -> dict:
    return {"liste": list(items)}


def T(*rows, verbunden=()) -> dict:
    out = {"tabelle": [list(r) for r in rows]}
    if verbunden:
        out["verbunden"] = list(verbunden)
    return out


def F(*rows) -> dict:
    return {"formular": [list(r) for r in rows]}


MFFKI = ["Ministerium für Familie, Frauen, Kultur und Integration",
         "Rheinland-Pfalz", "Kaiser-Friedrich-Straße 5a | 55116 Mainz"]
MFFKI_ANSCHRIFT = ("Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz, "
                   "Referat 764, Kaiser-Friedrich-Straße 5a, 55116 Mainz")


# =============================================================================================
# Anträge
# =============================================================================================

def antrag_formular(f: dict) -> list[dict]:
    """An application form: every part is a row of a two-column table, the heading in the
    left cell; the cost plan a table of its own with a merged title row."""
    out = [
        {"titel": "Antrag auf Gewährung einer Zuweisung – Kommunales Integrationsmanagement "
                  "Rheinland-Pfalz (KIM)"},
        P(f"An das {MFFKI_ANSCHRIFT}"),
        F(["1. Antragsteller", f["antragsteller"]],
          ["2. Ansprechperson", f["kontakt"]],
          ["3. Angaben zur Stelle", f["stelle"]],
          ["4. Organisatorische Anbindung", f["anbindung"]],
          ["5. Aufgaben und Schwerpunkte", f["aufgaben"]],
          ["6. Integrationskonzept", f["konzept"]],
          ["7. Förderzeitraum", f["zeitraum"]]),
        *f["plan"],
    ]
    rows = []
    if f.get("erklaerungen"):
        rows.append(["9. Erklärungen", f["erklaerungen"]])
    rows.append(["10. Ort, Datum, Unterschrift", f["unterschrift"]])
    out.append(F(*rows))
    return out


def antrag_nummeriert(f: dict) -> list[dict]:
    """Numbered headings (Word numbering when the producer is docx-nummeriert)."""
    k = f.get("kopf", {})
    out: list[dict] = []
    if f.get("briefkopf"):
        out.append({"briefkopf": f["briefkopf"]})
    out += [
        {"titel": f.get("titel", "Antrag auf Förderung des Kommunalen Integrationsmanagements")},
        P(f.get("einleitung", f"an das {MFFKI_ANSCHRIFT}")),
        H1(k.get("antragsteller", "1. Antragstellende Kommune")), *f["antragsteller"],
        H1(k.get("kontakt", "2. Ansprechpartnerin")), *f["kontakt"],
        H1(k.get("stelle", "3. Stellenbesetzung")), *f["stelle"],
        H1(k.get("anbindung", "4. Einbindung in die Verwaltung")), *f["anbindung"],
        H1(k.get("aufgaben", "5. Tätigkeitsschwerpunkte")), *f["aufgaben"],
        H1(k.get("konzept", "6. Örtliches Integrationskonzept")), *f["konzept"],
        H1(k.get("zeitraum", "7. Laufzeit")), *f["zeitraum"],
        H1(k.get("plan", "8. Ausgaben- und Finanzierungsplan")), *f["plan"],
    ]
    if f.get("erklaerungen"):
        out += [H1(k.get("erklaerungen", "9. Erklärungen des Antragstellers")),
                *f["erklaerungen"]]
    out += f["schluss"]
    return out


def antrag_brief(f: dict) -> list[dict]:
    """A cover letter: letterhead, salutation, parts as bold lines ending in a colon, the
    facts mostly in sentences."""
    out: list[dict] = [{"briefkopf": f["briefkopf"]}] if f.get("briefkopf") else []
    out += [
        P(MFFKI_ANSCHRIFT),
        {"rechts": f["ort_datum"]},
        B(f["betreff"]),
        P("Sehr geehrte Damen und Herren,"),
        P(f["einleitung"]),
        B("Antragsteller:"), *f["antragsteller"],
        B("Kontakt:"), *f["kontakt"],
        B("Personal:"), *f["stelle"],
        B("Anbindung in der Verwaltung:"), *f["anbindung"],
        B("Aufgaben:"), *f["aufgaben"],
        B("Integrationsstrategie:"), *f["konzept"],
        B("Beantragter Zeitraum:"), *f["zeitraum"],
        B("Finanzierung:"), *f["plan"],
    ]
    if f.get("erklaerungen"):
        out += [B("Versicherungen:"), *f["erklaerungen"]]
    out += [B("Unterzeichnung:"), *f["schluss"]]
    return out


def antrag_online(f: dict) -> list[dict]:
    """The print view of an online application (HTML, printed by the browser): section
    headings, the answers in label/value tables."""
    out = [{"titel": "Online-Antrag KIM – Druckansicht"},
           P(f"Vorgangsnummer {f['vorgang']} · eingereicht über das Serviceportal "
             "Rheinland-Pfalz"),
           H1("Angaben zum Antragsteller"), F(*f["antragsteller"]),
           H1("Kontaktperson"), F(*f["kontakt"]),
           H1("Angaben zur Stelle"), F(*f["stelle"]),
           H1("Ansiedlung in der Verwaltung"), F(*f["anbindung"]),
           H1("Aufgabenbeschreibung"), *f["aufgaben"],
           H1("Integrationskonzept"), *f["konzept"],
           H1("Beantragter Zeitraum"), F(*f["zeitraum"]),
           H1("Kosten- und Finanzierungsplan"), *f["plan"]]
    if f.get("erklaerungen"):
        out += [H1("Erklärungen"), *f["erklaerungen"]]
    out += [H1("Ort, Datum, Unterschrift"), *f["schluss"]]
    return out


ERKLAERUNG_STANDARD = (
    "Der Antragsteller erklärt, dass für die beantragte Stelle keine weiteren Fördermittel des "
    "Landes, des Bundes oder der EU beantragt oder bewilligt wurden (keine Doppelförderung) "
    "und dass mit der Maßnahme vor Bekanntgabe des Zuwendungsbescheids nicht begonnen wurde.")


# --- a01 Landkreis Mayen-Koblenz: form, part year (Feb–Dec 2026 = 11 months) --------------
# caps 2026: personnel 60.000 × 1,0 × 11/12 = 55.000; Sachkosten 20.000 × 11/12 = 18.333,33
# asked: personnel 55.000, Sachkosten 6.000 + 4.500 + 1.800 + 2.700 = 15.000 -> correct
# totals: 67.320 + 15.000 = 82.320 = 70.000 + 12.320
def a01(p: dict) -> list[dict]:
    return antrag_formular({
        "antragsteller": ("Landkreis Mayen-Koblenz\nKreisverwaltung Mayen-Koblenz\n"
                          "Bahnhofstraße 9, 56068 Koblenz\nKreisschlüssel: 07137"),
        "kontakt": ("Frau Petra Krämer, Abteilung 4 – Soziales\nTelefon 0261 108-4417\n"
                    "E-Mail: petra.kraemer@kvmyk.de"),
        "stelle": ("Integrationsmanagerin: Frau Lena Hoffmann, Dipl.-Sozialpädagogin (FH)\n"
                   "Stellenumfang: 1,0 VZÄ (39 Wochenstunden)\n"
                   "Eingruppierung: EG 10 TVöD-VKA\nBeginn: 01.02.2026"),
        "anbindung": ("Die Stelle ist in der Kreisverwaltung, Abteilung 4 (Soziales), Referat 4.3 "
                      "Integration und Migration angesiedelt und der Abteilungsleitung "
                      "unmittelbar zugeordnet."),
        "aufgaben": ("Bestandsaufnahme der Integrationsangebote in den acht Verbandsgemeinden, "
                     "Aufbau einer Steuerungsgruppe Integration, Vernetzung mit Jobcenter, "
                     "Migrationsberatung und Ehrenamt, Fortschreibung des Integrationskonzepts."),
        "konzept": ("Ein Integrationskonzept besteht seit 2019 (Kreistagsbeschluss vom "
                    "12.03.2019) und soll 2026 fortgeschrieben werden."),
        "zeitraum": "01.02.2026 bis 31.12.2026",
        "plan": [T(["8. Kosten- und Finanzierungsplan – Haushaltsjahr 2026 (Februar bis Dezember)",
                    "", "", ""],
                   ["Ausgabeart", "Ausgaben gesamt", "davon Zuwendung Land", "Eigenanteil Landkreis"],
                   ["Personalausgaben Integrationsmanagerin", "67.320,00 €", "55.000,00 €",
                    "12.320,00 €"],
                   ["Netzwerktreffen und Veranstaltungen", "6.000,00 €", "6.000,00 €", "0,00 €"],
                   ["Dolmetsch- und Übersetzungsleistungen", "4.500,00 €", "4.500,00 €", "0,00 €"],
                   ["Fortbildung, Fachliteratur", "1.800,00 €", "1.800,00 €", "0,00 €"],
                   ["Öffentlichkeitsarbeit (Flyer, Website)", "2.700,00 €", "2.700,00 €",
                    "0,00 €"],
                   ["Summe", "82.320,00 €", "70.000,00 €", "12.320,00 €"],
                   verbunden=[(0, 0, 3)])],
        "erklaerungen": ERKLAERUNG_STANDARD,
        "unterschrift": ("Koblenz, 18.12.2025\n\nIn Vertretung\ngez. Sabine Roth\n"
                         "Erste Kreisbeigeordnete"),
    })


# --- a02 Stadt Landau in der Pfalz: letter, two half positions, start 01.12.2025 ----------
# caps: 2025 (1 month) personnel 5.000, Sachkosten 1.666,67; 2026 60.000 / 20.000
# asked (sentence): personnel 5.000 + 60.000, Sachkosten 1.666,67 + 20.000 -> correct
# table: 6.400 + 1.666,67 = 8.066,67 = 6.666,67 + 1.400; 76.800 + 20.000 = 96.800 =
# 80.000 + 16.800; column "gesamt" 83.200 / 21.666,67 / 104.866,67 / 86.666,67 / 18.200
def a02(p: dict) -> list[dict]:
    return antrag_brief({
        "briefkopf": ["STADTVERWALTUNG LANDAU IN DER PFALZ", "Amt für Soziales und Senioren",
                      "Marktstraße 50 · 76829 Landau in der Pfalz"],
        "ort_datum": "Landau in der Pfalz, 03.11.2025",
        "betreff": "Förderprogramm „Kommunales Integrationsmanagement“ – Antrag der Stadt Landau",
        "einleitung": ("hiermit beantragt die Stadt Landau in der Pfalz eine Zuweisung aus dem "
                       "Programm Kommunales Integrationsmanagement (KIM) für die Zeit vom "
                       "01.12.2025 bis zum 31.12.2026."),
        "antragsteller": [P("Stadt Landau in der Pfalz (kreisfreie Stadt), vertreten durch den "
                            "Oberbürgermeister, Marktstraße 50, 76829 Landau in der Pfalz; "
                            "Gemeindeschlüssel 07313000.")],
        "kontakt": [P("Herr Jonas Becker, Amt für Soziales und Senioren, Telefon 06341 13-5012, "
                      "E-Mail jonas.becker@landau.de")],
        "stelle": [P("Das Integrationsmanagement wird auf zwei halbe Stellen verteilt. Herr "
                     "Murat Yıldız, bisher Integrationsbeauftragter der Stadt, übernimmt ab dem "
                     "01.12.2025 eine halbe Stelle; die zweite halbe Stelle besetzt zum selben "
                     "Tag Frau Sophie Wagner. Beide sind in Entgeltgruppe 11 TVöD eingruppiert.")],
        "anbindung": [P("Beide Stellenanteile gehören zur Abteilung Integration des Amtes für "
                        "Soziales und Senioren der Stadtverwaltung.")],
        "aufgaben": [P("Schwerpunkte sind die Bestandsaufnahme der Angebote in den Feldern "
                       "Sprache, Bildung und Arbeitsmarkt, die Koordinierung des Netzwerks "
                       "Integration Landau sowie die interkulturelle Öffnung der Verwaltung.")],
        "konzept": [P("Die Stadt arbeitet seit 2022 auf der Grundlage der Integrationsstrategie "
                      "„Landau – gemeinsam vielfältig“, die der Stadtrat am 15.11.2022 "
                      "beschlossen hat.")],
        "zeitraum": [P("01.12.2025 bis 31.12.2026.")],
        "plan": [P("Für 2025 (Dezember) beantragen wir einen Personalkostenzuschuss von "
                   "5.000,00 € und Sachkosten von 1.666,67 €, für 2026 einen "
                   "Personalkostenzuschuss von 60.000,00 € und Sachkosten von 20.000,00 €. "
                   "Die Personalausgaben über den Zuschuss hinaus trägt die Stadt."),
                 T(["", "2025 (Dezember)", "2026", "gesamt"],
                   ["Personalausgaben", "6.400,00 €", "76.800,00 €", "83.200,00 €"],
                   ["Sachausgaben", "1.666,67 €", "20.000,00 €", "21.666,67 €"],
                   ["Gesamtausgaben", "8.066,67 €", "96.800,00 €", "104.866,67 €"],
                   ["Zuweisung Land (beantragt)", "6.666,67 €", "80.000,00 €", "86.666,67 €"],
                   ["Eigenmittel Stadt Landau", "1.400,00 €", "16.800,00 €", "18.200,00 €"],
                   ["Gesamtfinanzierung", "8.066,67 €", "96.800,00 €", "104.866,67 €"])],
        "erklaerungen": [P("Wir versichern, dass für die Stellen keine Doppelförderung aus "
                           "anderen öffentlichen Mitteln besteht und dass mit dem Vorhaben "
                           "nicht vor der Bewilligung begonnen wird.")],
        "schluss": [P("Mit freundlichen Grüßen"), P("Landau in der Pfalz, 03.11.2025"),
                    P("Dr. Markus Heinlein, Oberbürgermeister")],
    })


# --- a03 Rhein-Lahn-Kreis: Word numbering, 75 % position, full year 2026 ------------------
# cap personnel 0,75 × 60.000 = 45.000, asked 45.000; Sachkosten 12.500 -> correct
# costs 58.240 + 7.500 + 3.000 + 2.000 = 70.740 = 57.500 + 13.240
def a03(p: dict) -> list[dict]:
    return antrag_nummeriert({
        "antragsteller": [P("Rhein-Lahn-Kreis, Kreisverwaltung, Insel Silberau 1, "
                            "56130 Bad Ems. Kreisschlüssel 07141.")],
        "kontakt": [P("Frau Annette Schuster, Telefon 02603 972-318, "
                      "E-Mail annette.schuster@rhein-lahn.rlp.de")],
        "stelle": [T(["Name", "Stellenumfang", "Entgeltgruppe", "Beginn"],
                     ["Katharina Ebert", "75 % (29,25 Std./Woche)", "E 11 TVöD", "01.01.2026"])],
        "anbindung": [P("Die Stelle wird in der Kreisverwaltung im Fachbereich 3 – Jugend, "
                        "Familie, Soziales – als Stabsstelle Integration geführt.")],
        "aufgaben": [L("Bestandsaufnahme der Integrationsangebote im Kreisgebiet",
                       "Aufbau und Moderation eines Netzwerks Integration Rhein-Lahn",
                       "Abstimmung mit den Verbandsgemeinden und der Migrationsberatung",
                       "Berichterstattung an das MFFKI")],
        "konzept": [P("Ein eigenes Integrationskonzept besteht noch nicht; es soll im Rahmen "
                      "des KIM bis Ende 2026 erarbeitet werden.")],
        "zeitraum": [P("Beantragt wird die Förderung für das Haushaltsjahr 2026 (01.01.2026 "
                       "bis 31.12.2026).")],
        "plan": [T(["Kostenart", "Haushaltsjahr 2026"],
                   ["Personalkosten Integrationsmanagerin (E 11)", "EUR 58.240,-"],
                   ["Sachkosten: Netzwerkveranstaltungen", "EUR 7.500,-"],
                   ["Sachkosten: Sprachmittlung", "EUR 3.000,-"],
                   ["Sachkosten: Material, Druck", "EUR 2.000,-"],
                   ["Gesamtkosten", "EUR 70.740,-"]),
                 P("Beantragt werden für 2026 ein Personalkostenzuschuss von 45.000 Euro und "
                   "Sachkosten von 12.500 Euro, zusammen 57.500 Euro. Den Rest von 13.240 Euro "
                   "trägt der Rhein-Lahn-Kreis aus Eigenmitteln.")],
        "erklaerungen": [P(ERKLAERUNG_STANDARD)],
        "schluss": [P("Bad Ems, 20.11.2025"), P("Im Auftrag"),
                    P("(Unterschrift) Thomas Klein, Fachbereichsleiter")],
    })


# --- a04 Verbandsgemeinde Wallmerod: online form; not eligible (KIM-101) ------------------
# otherwise complete: 1,0 VZÄ, 2026: personnel 60.000, Sachkosten 15.000
def a04(p: dict) -> list[dict]:
    return antrag_online({
        "vorgang": "KIM-2025-00187",
        "antragsteller": [["Name der Körperschaft", "Verbandsgemeinde Wallmerod"],
                          ["Verwaltung", "Verbandsgemeindeverwaltung Wallmerod"],
                          ["Anschrift", "Schulstraße 6, 56414 Wallmerod"],
                          ["Amtlicher Gemeindeschlüssel", "07143081"],
                          ["Landkreis", "Westerwaldkreis"]],
        "kontakt": [["Name", "Herr Daniel Schmidt"], ["Telefon", "06435 508-120"],
                    ["E-Mail", "d.schmidt@vg-wallmerod.de"]],
        "stelle": [["Person", "Frau Julia Neumann"], ["Umfang", "1,0 VZÄ (Vollzeit)"],
                   ["Entgeltgruppe", "E 10 TVöD"], ["Beginn", "01.01.2026"]],
        "anbindung": [["Organisationseinheit",
                       "Fachbereich 2 – Bürgerdienste der Verbandsgemeindeverwaltung"]],
        "aufgaben": [P("Koordination der Integrationsarbeit in den 21 Ortsgemeinden, "
                       "Netzwerk mit Kitas, Schulen und Vereinen, Beratung der Ortsbürgermeister.")],
        "konzept": [P("Ein Integrationskonzept ist in Vorbereitung.")],
        "zeitraum": [["Beginn", "01.01.2026"], ["Ende", "31.12.2026"]],
        "plan": [T(["Position", "Betrag 2026"],
                   ["Personalkostenzuschuss", "60.000,00 €"],
                   ["Sachkosten", "15.000,00 €"],
                   ["Beantragte Zuwendung gesamt", "75.000,00 €"])],
        "erklaerungen": [P(ERKLAERUNG_STANDARD)],
        "schluss": [P("Wallmerod, 06.10.2025 – elektronisch unterzeichnet durch "
                      "Bürgermeister Klaus Lütkefedder")],
    })


# --- a05 Stadt Andernach (große kreisangehörige Stadt): not eligible (KIM-101) ------------
def a05(p: dict) -> list[dict]:
    return antrag_nummeriert({
        "kopf": {"antragsteller": "1. Antragsteller", "kontakt": "2. Ansprechpartner",
                 "stelle": "3. Angaben zur Stelle", "anbindung": "4. Organisatorische Anbindung",
                 "aufgaben": "5. Aufgaben", "konzept": "6. Integrationskonzept",
                 "zeitraum": "7. Förderzeitraum", "plan": "8. Finanzierungsplan",
                 "erklaerungen": "9. Erklärungen"},
        "antragsteller": [P("Stadt Andernach (große kreisangehörige Stadt), Stadtverwaltung, "
                            "Läufstraße 11, 56626 Andernach, Gemeindeschlüssel 07137003.")],
        "kontakt": [P("Herr Frank Weber, Amt für Familie und Soziales, Tel. 02632 922-301, "
                      "E-Mail frank.weber@andernach.de")],
        "stelle": [P("Eine Vollzeitstelle (1,0 VZÄ), Entgeltgruppe S 12 TVöD SuE, Besetzung "
                     "zum 01.01.2026 mit Frau Miriam Lang.")],
        "anbindung": [P("Amt für Familie und Soziales der Stadtverwaltung Andernach, "
                        "Sachgebiet Integration.")],
        "aufgaben": [P("Vernetzung der Akteure der Integrationsarbeit in Andernach, Aufbau "
                       "eines Willkommensbüros, Begleitung des Beirats für Migration und "
                       "Integration.")],
        "konzept": [P("Das Integrationskonzept der Stadt Andernach stammt aus dem Jahr 2017.")],
        "zeitraum": [P("01.01.2026 – 31.12.2026")],
        "plan": [T(["Ausgaben 2026", "Betrag"],
                   ["Personalkosten (Zuschuss)", "60.000,00 €"],
                   ["Sachkosten", "12.000,00 €"],
                   ["Summe", "72.000,00 €"])],
        "erklaerungen": [P(ERKLAERUNG_STANDARD)],
        "schluss": [B("Ort, Datum, Unterschrift"), P("Andernach, 27.10.2025"),
                    P("gez. Christian Greiner, Oberbürgermeister")],
    })


# --- a06 Landkreis Bernkastel-Wittlich: position at a charity (KIM-102) -------------------
def a06(p: dict) -> list[dict]:
    return antrag_brief({
        "briefkopf": ["Kreisverwaltung Bernkastel-Wittlich",
                      "Kurfürstenstraße 16 · 54516 Wittlich"],
        "ort_datum": "Wittlich, 14.01.2026",
        "betreff": "Antrag auf Förderung nach dem Konzept Kommunales Integrationsmanagement",
        "einleitung": ("der Landkreis Bernkastel-Wittlich beantragt hiermit die Förderung einer "
                       "Stelle für das Kommunale Integrationsmanagement ab dem 01.03.2026."),
        "antragsteller": [P("Landkreis Bernkastel-Wittlich, Kurfürstenstraße 16, 54516 "
                            "Wittlich, Kreisschlüssel 07231.")],
        "kontakt": [P("Frau Carina Thiel, Telefon 06571 14-2290, E-Mail "
                      "carina.thiel@bernkastel-wittlich.de")],
        "stelle": [P("Gefördert werden soll eine Vollzeitstelle (1,0 VZÄ, Entgeltgruppe 10 "
                     "TVöD), die zum 01.03.2026 mit Herrn Simon Marx besetzt wird.")],
        "anbindung": [P("Die Stelle wird beim Caritasverband Mosel-Eifel-Hunsrück e.V. in "
                        "Wittlich eingerichtet, der die Migrationsberatung im Kreis seit Jahren "
                        "trägt. Der Landkreis leitet die Zuweisung auf Grundlage eines "
                        "Weiterleitungsvertrags an den Verband weiter; Dienst- und Fachaufsicht "
                        "liegen beim Verband.")],
        "aufgaben": [P("Bestandsaufnahme der Angebote, Aufbau von Netzwerken in den "
                       "Verbandsgemeinden, Öffentlichkeitsarbeit.")],
        "konzept": [P("Der Kreistag hat 2021 ein Integrationskonzept beschlossen.")],
        "zeitraum": [P("01.03.2026 bis 31.12.2026 (zehn Monate).")],
        # caps for 10 months: personnel 50.000, Sachkosten 16.666,67; asked 50.000 / 12.000
        "plan": [T(["Haushaltsjahr 2026", "Ausgaben", "Zuweisung", "Eigenanteil"],
                   ["Personalausgaben", "61.500,00 €", "50.000,00 €", "11.500,00 €"],
                   ["Sachausgaben", "12.000,00 €", "12.000,00 €", "0,00 €"],
                   ["Gesamt", "73.500,00 €", "62.000,00 €", "11.500,00 €"])],
        "erklaerungen": [P(ERKLAERUNG_STANDARD)],
        "schluss": [P("Mit freundlichen Grüßen"), P("Gregor Eibes, Landrat")],
    })


# --- a08 Stadt Pirmasens: overhead under another name (KIM-107) ---------------------------
# Sachkosten 8.000 + 4.000 + 6.000 = 18.000 (<= 20.000); total 78.000; the 6.000 are a
# share of the central cross-cutting services = overhead
def a08(p: dict) -> list[dict]:
    return antrag_nummeriert({
        "titel": "Antrag auf Zuweisung für das Kommunale Integrationsmanagement 2026",
        "antragsteller": [P("Stadt Pirmasens, Exerzierplatzstraße 17, 66953 Pirmasens; "
                            "Gemeindeschlüssel 07317000.")],
        "kontakt": [P("Frau Nadine Pfeiffer, Telefon 06331 84-2210, "
                      "E-Mail nadinepfeiffer@pirmasens.de")],
        "stelle": [P("1,0 VZÄ, Entgeltgruppe E 11 TVöD, besetzt mit Herrn Ali Demir ab "
                     "01.01.2026.")],
        "anbindung": [P("Die Stelle ist dem Referat Soziales der Stadtverwaltung Pirmasens, "
                        "Abteilung Integration, zugeordnet.")],
        "aufgaben": [P("Aufbau einer Steuerungsgruppe, Netzwerk Arbeitsmarktintegration mit "
                       "dem Jobcenter, Bestandsaufnahme der Sprachkursangebote.")],
        "konzept": [P("Ein Integrationskonzept besteht seit 2020.")],
        "zeitraum": [P("Haushaltsjahr 2026")],
        "plan": [T(["Ausgaben 2026", "Betrag"],
                   ["Personalausgaben Integrationsmanager (1,0 VZÄ, E 11)", "60.000,00 €"],
                   ["Netzwerk- und Fachveranstaltungen", "8.000,00 €"],
                   ["Sprachmittlung", "4.000,00 €"],
                   [("Anteilige Kosten der zentralen Querschnittsdienste (Personalverwaltung, "
                    "IT, Kämmerei), pauschal 10 % der Personalausgaben"), "6.000,00 €"],
                   ["Beantragte Zuweisung gesamt", "78.000,00 €"])],
        "erklaerungen": [P(ERKLAERUNG_STANDARD)],
        "schluss": [P("Pirmasens, den 02.12.2025"), P("gez. Markus Zwick, Oberbürgermeister")],
    })


# --- a09 Landkreis Kusel: letterhead in the page header, plan in T€ ------------------------
# 71,4 + 18,0 = 89,4 = 78,0 + 11,4 (T€); personnel 60 T€, Sachkosten 18 T€ -> correct
def a09(p: dict) -> list[dict]:
    return antrag_nummeriert({
        "briefkopf": ["Kreisverwaltung Kusel · Trierer Straße 49–51 · 66869 Kusel",
                      "Abteilung 2 – Soziales, Jugend und Integration"],
        "titel": "Antrag KIM – Landkreis Kusel",
        "einleitung": "Empfänger: " + MFFKI_ANSCHRIFT,
        "kopf": {"antragsteller": "1. Antragsteller", "kontakt": "2. Kontakt",
                 "stelle": "3. Personal", "anbindung": "4. Ansiedlung in der Verwaltung",
                 "aufgaben": "5. Arbeitsschwerpunkte", "konzept": "6. Integrationskonzept",
                 "zeitraum": "7. Förderzeitraum", "plan": "8. Finanzierungsplan",
                 "erklaerungen": "9. Erklärungen"},
        "antragsteller": [P("Landkreis Kusel, Trierer Straße 49–51, 66869 Kusel "
                            "(Kreisschlüssel 07336)")],
        "kontakt": [P("Herr Stefan Ruppert, Tel. 06381 424-215, stefan.ruppert@kv-kus.de")],
        "stelle": [P("Vollzeit (1,0 VZÄ), Entgeltgruppe 10 TVöD, vorgesehen für Frau Elena "
                     "Popescu; Beginn 01.01.2026.")],
        "anbindung": [P("Abteilung 2 der Kreisverwaltung, Referat Integration.")],
        "aufgaben": [P("Bestandsaufnahme und Lückenanalyse, Vernetzung der Akteure im "
                       "ländlichen Raum, Mobilitätsangebote für Sprachkurse, "
                       "Öffentlichkeitsarbeit.")],
        "konzept": [P("Ein Teilhabekonzept des Landkreises von 2018 wird fortgeschrieben.")],
        "zeitraum": [P("01.01.2026 bis 31.12.2026")],
        "plan": [T(["Finanzierungsplan 2026 (Beträge in T€)", "Ausgaben", "Zuwendung Land",
                    "Eigenanteil"],
                   ["Personalausgaben (1,0 VZÄ, EG 10)", "71,4", "60,0", "11,4"],
                   ["Sachausgaben", "18,0", "18,0", "0,0"],
                   ["Summe", "89,4", "78,0", "11,4"]),
                 P("Beantragt werden somit 60 T€ Personalkostenzuschuss und 18 T€ Sachkosten. "
                   "Gemeinkosten und Verwaltungskostenpauschalen werden nicht geltend gemacht; "
                   "die Arbeitsplatzkosten trägt der Landkreis.")],
        "erklaerungen": [P(ERKLAERUNG_STANDARD)],
        "schluss": [P("Kusel, 14.10.2025"), P("Otto Rubly, Landrat")],
    })


# --- a10 Stadt Zweibrücken: 0,75 + 0,5 = 1,25 VZÄ (KIM-103) -------------------------------
def a10(p: dict) -> list[dict]:
    return antrag_online({
        "vorgang": "KIM-2025-00211",
        "antragsteller": [["Name", "Stadt Zweibrücken"],
                          ["Anschrift", "Herzogstraße 1, 66482 Zweibrücken"],
                          ["Gemeindeschlüssel", "07320000"]],
        "kontakt": [["Name", "Frau Laura Hahn"], ["Telefon", "06332 871-412"],
                    ["E-Mail", "laura.hahn@zweibruecken.de"]],
        "stelle": [["Stellenanteil 1", ("Herr Tobias Brandt, 0,75 VZÄ (29,25 Std./Woche), "
                                       "E 11 TVöD, ab 01.01.2026")],
                   ["Stellenanteil 2", ("Frau Aylin Kaya, 0,5 VZÄ (19,5 Std./Woche), "
                                       "E 10 TVöD, ab 01.01.2026")]],
        "anbindung": [["Organisationseinheit", ("Amt für Familie, Jugend und Soziales der "
                                               "Stadtverwaltung Zweibrücken")]],
        "aufgaben": [P("Netzwerkarbeit, Bestandsaufnahme, Begleitung des Beirats für Migration "
                       "und Integration, Aufbau eines Lotsenprojekts.")],
        "konzept": [P("Die Stadt verfügt über ein Integrationskonzept aus dem Jahr 2019.")],
        "zeitraum": [["Beginn", "01.01.2026"], ["Ende", "31.12.2026"]],
        "plan": [T(["Position", "2026"],
                   ["Personalkostenzuschuss", "60.000,00 €"],
                   ["Sachkosten", "14.000,00 €"],
                   ["Beantragte Zuwendung", "74.000,00 €"])],
        "erklaerungen": [P(ERKLAERUNG_STANDARD)],
        "schluss": [P("Zweibrücken, 29.10.2025, Dr. Marold Wosnitza, Oberbürgermeister")],
    })


# --- a11 Westerwaldkreis: 25 + 14 Wochenstunden, 14/39 = 0,36 VZÄ < 0,5 (KIM-104) -------
def a11(p: dict) -> list[dict]:
    return antrag_nummeriert({
        "antragsteller": [P("Westerwaldkreis, Kreisverwaltung, Peter-Altmeier-Platz 1, "
                            "56410 Montabaur – Kreisschlüssel 07143")],
        "kontakt": [P("Frau Melanie Koch, Referat Soziales, Telefon 02602 124-611, "
                      "E-Mail melanie.koch@westerwaldkreis.de")],
        "stelle": [P("Die Aufgabe teilen sich zwei Beschäftigte der Kreisverwaltung: Frau "
                     "Ines Richter mit 25 Wochenstunden und Herr Paul Engel mit 14 "
                     "Wochenstunden (zusammen 39 Stunden, eine Vollzeitstelle). Entgeltgruppe "
                     "jeweils E 10 TVöD, Beginn 01.01.2026.")],
        "anbindung": [P("Referat 41 – Soziales und Integration der Kreisverwaltung.")],
        "aufgaben": [P("Bestandsaufnahme, Steuerungsgruppe Integration, Netzwerke in den zehn "
                       "Verbandsgemeinden.")],
        "konzept": [P("Ein Integrationskonzept wurde 2020 verabschiedet.")],
        "zeitraum": [P("01.01.2026 bis 31.12.2026")],
        "plan": [T(["Kostenart", "2026"],
                   ["Personalkostenzuschuss (1,0 VZÄ)", "60.000,00 €"],
                   ["Sachkosten", "15.000,00 €"],
                   ["Gesamt", "75.000,00 €"])],
        "erklaerungen": [P(ERKLAERUNG_STANDARD)],
        "schluss": [P("Montabaur, 05.11.2025"), P("gez. Achim Schwickert, Landrat")],
    })


# --- a12 Stadt Speyer: dated before the programme (28.07.2025 < 11.08.2025, KIM-111) -----
def a12(p: dict) -> list[dict]:
    return antrag_formular({
        "antragsteller": "Stadt Speyer\nMaximilianstraße 100, 67346 Speyer\n"
                         "Gemeindeschlüssel 07318000",
        "kontakt": "Herr Oliver Schäfer\nTelefon 06232 14-2701\nE-Mail oliver.schaefer@stadt-speyer.de",
        "stelle": "Frau Hanna Lorenz, 1,0 VZÄ, EG 11 TVöD, Beginn 01.01.2026",
        "anbindung": "Fachbereich 4 – Jugend, Familie, Senioren und Soziales der Stadtverwaltung",
        "aufgaben": "Koordination der Integrationsarbeit, Netzwerk Speyer integriert, "
                    "Begleitung des Migrationsbeirats",
        "konzept": "Integrationskonzept der Stadt Speyer (2016), Fortschreibung geplant",
        "zeitraum": "01.01.2026 bis 31.12.2026",
        "plan": [T(["8. Finanzierungsplan 2026", "Betrag"],
                   ["Personalkostenzuschuss", "60.000,00 €"],
                   ["Sachkosten", "20.000,00 €"],
                   ["Summe", "80.000,00 €"])],
        "erklaerungen": ERKLAERUNG_STANDARD,
        "unterschrift": "Speyer, 28.07.2025\n\ngez. Stefanie Seiler, Oberbürgermeisterin",
    })


# --- a13 Landkreis Bad Dürkheim: subtotal wrong (5.000 + 4.000 + 2.500 = 11.500, not
# 12.500; KIM-108)
def a13(p: dict) -> list[dict]:
    return antrag_brief({
        "briefkopf": ["Kreisverwaltung Bad Dürkheim", "Philipp-Fauth-Straße 11 · 67098 Bad Dürkheim"],
        "ort_datum": "Bad Dürkheim, 16.09.2025",
        "betreff": "KIM – Antrag des Landkreises Bad Dürkheim",
        "einleitung": "hiermit stellen wir Antrag auf Förderung des Kommunalen "
                      "Integrationsmanagements für das Jahr 2026.",
        "antragsteller": [P("Landkreis Bad Dürkheim, Philipp-Fauth-Straße 11, 67098 Bad "
                            "Dürkheim, Kreisschlüssel 07332")],
        "kontakt": [P("Herr Benjamin Wolf, Telefon 06322 961-5120, "
                      "E-Mail benjamin.wolf@kreis-bad-duerkheim.de")],
        "stelle": [P("Eine Vollzeitstelle (1,0 VZÄ) in Entgeltgruppe 11 TVöD; Besetzung zum "
                     "01.01.2026, die Stelle ist derzeit ausgeschrieben.")],
        "anbindung": [P("Abteilung 5 – Jugend und Soziales der Kreisverwaltung, "
                        "Sachgebiet Migration.")],
        "aufgaben": [P("Bestandsaufnahme, Vernetzung, Aufbau einer Steuerungsgruppe.")],
        "konzept": [P("Ein Integrationskonzept liegt seit 2018 vor.")],
        "zeitraum": [P("01.01.2026 bis 31.12.2026")],
        "plan": [T(["Position", "2026"],
                   ["Personalkostenzuschuss", "60.000,00 €"],
                   ["Netzwerkarbeit", "5.000,00 €"],
                   ["Dolmetscherleistungen", "4.000,00 €"],
                   ["Fortbildung", "2.500,00 €"],
                   ["Summe Sachkosten", "12.500,00 €"],
                   ["Gesamtsumme (beantragte Zuweisung)", "72.500,00 €"])],
        "erklaerungen": [P(ERKLAERUNG_STANDARD)],
        "schluss": [P("Mit freundlichen Grüßen"), P("Im Auftrag"), P("Sandra Fuchs")],
    })


# --- a14 Landkreis Trier-Saarburg: Sachkosten 24.000 > 20.000 (KIM-106) -------------------
def a14(p: dict) -> list[dict]:
    return antrag_nummeriert({
        "antragsteller": [P("Landkreis Trier-Saarburg, Willy-Brandt-Platz 1, 54290 Trier; "
                            "Kreisschlüssel 07235")],
        "kontakt": [P("Frau Kerstin Lenz, Tel. 0651 715-409, kerstin.lenz@trier-saarburg.de")],
        "stelle": [P("1,0 VZÄ, EG 10 TVöD, Frau Maria Schneider, ab 01.01.2026")],
        "anbindung": [P("Kreisverwaltung, Abteilung 4 – Soziales, Stabsstelle Integration")],
        "aufgaben": [P("Vernetzung, Bestandsaufnahme, Integrationskonferenz des Kreises")],
        "konzept": [P("Integrationskonzept Trier-Saarburg 2021")],
        "zeitraum": [P("01.01.2026 bis 31.12.2026")],
        "plan": [T(["Ausgabeposition", "2026"],
                   ["Personalkostenzuschuss (1,0 VZÄ)", "60.000,00 €"],
                   ["Netzwerkarbeit und Gremien", "9.000,00 €"],
                   ["Sprachmittlung", "6.000,00 €"],
                   ["Veranstaltungsreihe „Vielfalt im Kreis“", "6.500,00 €"],
                   ["Material und Druck", "2.500,00 €"],
                   ["Gesamt", "84.000,00 €"])],
        "erklaerungen": [P(ERKLAERUNG_STANDARD)],
        "schluss": [B("Ort, Datum, Unterschrift"), P("Trier, 23.10.2025"),
                    P("gez. Stefan Metzdorf, Landrat")],
    })


# --- a15 Landkreis Neuwied: start 01.04.2026 (9 months) but full-year personnel 60.000 > 45.000
# (KIM-105); Sachkosten 15.000 = 20.000 × 9/12
def a15(p: dict) -> list[dict]:
    return antrag_brief({
        "briefkopf": ["Kreisverwaltung Neuwied · Wilhelm-Leuschner-Straße 9 · 56564 Neuwied"],
        "ort_datum": "Neuwied, 09.02.2026",
        "betreff": "Antrag auf Förderung – Kommunales Integrationsmanagement",
        "einleitung": "der Landkreis Neuwied beantragt eine Zuweisung für eine Stelle im "
                      "Kommunalen Integrationsmanagement.",
        "antragsteller": [P("Landkreis Neuwied, Wilhelm-Leuschner-Straße 9, 56564 Neuwied "
                            "(Kreisschlüssel 07138)")],
        "kontakt": [P("Frau Jana Albrecht, Telefon 02631 803-377, "
                      "E-Mail jana.albrecht@kreis-neuwied.de")],
        "stelle": [P("Gefördert werden soll eine volle Stelle (1,0 VZÄ, EG 11 TVöD), die zum "
                     "01.04.2026 mit Herrn Lukas Baumann besetzt wird.")],
        "anbindung": [P("Die Stelle wird im Referat Integration der Abteilung Soziales der "
                        "Kreisverwaltung angesiedelt.")],
        "aufgaben": [P("Aufbau eines Netzwerks Integration, Bestandsaufnahme, "
                       "Öffentlichkeitsarbeit.")],
        "konzept": [P("Das Integrationskonzept des Landkreises ist von 2019.")],
        "zeitraum": [P("Förderzeitraum: 01.04.2026 bis 31.12.2026")],
        "plan": [T(["Haushaltsjahr 2026", "beantragt"],
                   ["Personalkostenzuschuss", "60.000,00 €"],
                   ["Sachkosten", "15.000,00 €"],
                   ["Summe", "75.000,00 €"])],
        "erklaerungen": [P(ERKLAERUNG_STANDARD)],
        "schluss": [P("Mit freundlichen Grüßen"), P("Achim Hallerbach, Landrat")],
    })


# --- a16 Eifelkreis Bitburg-Prüm: bold lines only, start 01.07.2026 (6 months) ------------
# caps: personnel 30.000, Sachkosten 10.000; asked 30.000 / 9.600 -> correct
# 38.900 + 9.600 = 48.500 = 39.600 + 8.900
def a16(p: dict) -> list[dict]:
    return antrag_nummeriert({
        "titel": "Antrag auf Gewährung einer Zuwendung im Programm KIM",
        "kopf": {"antragsteller": "I. Antragsteller", "kontakt": "II. Ansprechperson",
                 "stelle": "III. Integrationsmanagerin", "anbindung": "IV. Organisatorische Anbindung",
                 "aufgaben": "V. Aufgaben und Schwerpunkte", "konzept": "VI. Integrationskonzept",
                 "zeitraum": "VII. Bewilligungszeitraum", "plan": "VIII. Kostenplan",
                 "erklaerungen": "IX. Erklärung"},
        "antragsteller": [P("Eifelkreis Bitburg-Prüm, Trierer Straße 1, 54634 Bitburg. "
                            "Kreisschlüssel: 07232.")],
        "kontakt": [P("Frau Bianca Kessler, Telefon 06561 15-3304, "
                      "E-Mail bianca.kessler@bitburg-pruem.de")],
        "stelle": [P("Frau Svenja Mertes, Vollzeit (39 Std./Woche), EG 10 TVöD-VKA; "
                     "Arbeitsbeginn 01.07.2026.")],
        "anbindung": [P("Geschäftsbereich II – Soziales, Abteilung 13 Integration der "
                        "Kreisverwaltung Bitburg-Prüm.")],
        "aufgaben": [P("Im Flächenkreis mit 235 Ortsgemeinden liegt der Schwerpunkt auf der "
                       "Vernetzung der Ehrenamtsinitiativen, der Bestandsaufnahme der "
                       "Sprachkursangebote und der Zusammenarbeit mit dem Jobcenter.")],
        "konzept": [P("Es besteht kein Integrationskonzept; eine Integrationsstrategie soll "
                      "unter Beteiligung der Verbandsgemeinden erarbeitet werden.")],
        "zeitraum": [P("01.07.2026 – 31.12.2026")],
        "plan": [T(["Position (Juli–Dezember 2026)", "Ausgaben", "Zuwendung", "Eigenanteil"],
                   ["Personalausgaben", "EUR 38.900,-", "EUR 30.000,-", "EUR 8.900,-"],
                   ["Sachausgaben", "EUR 9.600,-", "EUR 9.600,-", "EUR 0,-"],
                   ["Gesamt", "EUR 48.500,-", "EUR 39.600,-", "EUR 8.900,-"])],
        "erklaerungen": [P("Für die Stelle werden keine anderen Fördermittel in Anspruch "
                           "genommen (keine Doppelförderung). Mit der Maßnahme wird erst nach "
                           "Bewilligung begonnen.")],
        "schluss": [B("Ort, Datum, Unterschrift"), P("Bitburg, 12.05.2026"),
                    P("Andreas Kruppert, Landrat")],
    })


# --- a17 Stadt Ludwigshafen am Rhein: online form, full year, Sachkosten at the cap -------
# personnel 60.000 (1,0 VZÄ); Sachkosten 20.000; 79.300 + 20.000 = 99.300 = 80.000 + 19.300
def a17(p: dict) -> list[dict]:
    return antrag_online({
        "vorgang": "KIM-2025-00093",
        "antragsteller": [["Name", "Stadt Ludwigshafen am Rhein"],
                          ["Art", "kreisfreie Stadt"],
                          ["Anschrift", "Rathausplatz 20, 67059 Ludwigshafen am Rhein"],
                          ["Gemeindeschlüssel", "07314000"],
                          ["Einwohnerzahl", "176.000, davon 43 % mit Migrationsgeschichte"]],
        "kontakt": [["Name", "Frau Derya Aksoy"], ["Telefon", "0621 504-3318"],
                    ["E-Mail", "derya.aksoy@ludwigshafen.de"]],
        "stelle": [["Person", "Herr Kevin Schulz"],
                   ["Umfang", "Vollzeit (39 Std./Woche)"],
                   ["Entgeltgruppe", "E 12 TVöD"], ["Beginn", "01.01.2026"]],
        "anbindung": [["Organisationseinheit",
                       ("Bereich Integration und Vielfalt im Dezernat für Soziales der "
                       "Stadtverwaltung")]],
        "aufgaben": [P("Bestandsaufnahme der Integrationsangebote in den 10 Stadtteilen, "
                       "Koordination der Stadtteilnetzwerke, Mitarbeit in der Steuerungsgruppe "
                       "Ankommen in Ludwigshafen, Öffentlichkeitsarbeit.")],
        "konzept": [P("Der Stadtrat hat 2023 das Vielfaltskonzept Ludwigshafen beschlossen; "
                      "es ist Grundlage der Arbeit.")],
        "zeitraum": [["Beginn", "01.01.2026"], ["Ende", "31.12.2026"]],
        "plan": [T(["Haushaltsjahr 2026", "Ausgaben", "davon Zuwendung", "Eigenanteil"],
                   ["Personalausgaben", "79.300,00 €", "60.000,00 €", "19.300,00 €"],
                   ["Sachausgaben", "20.000,00 €", "20.000,00 €", "0,00 €"],
                   ["Summe", "99.300,00 €", "80.000,00 €", "19.300,00 €"])],
        "erklaerungen": [P(ERKLAERUNG_STANDARD)],
        "schluss": [P("Ludwigshafen am Rhein, den 30.09.2025"),
                    P("Jutta Steinruck, Oberbürgermeisterin")],
    })


# --- a18 Landkreis Südwestpfalz: form (to PDF), 0,5 VZÄ from 01.03.2026 (10 months) ------
# caps: personnel 0,5 × 60.000 × 10/12 = 25.000; Sachkosten 16.666,67; asked 25.000 / 8.000
# costs 32.350 + 5.000 + 3.000 = 40.350 = 25.000 + 8.000 + 7.350
def a18(p: dict) -> list[dict]:
    return antrag_formular({
        "antragsteller": "Landkreis Südwestpfalz\nUnterer Sommerwaldweg 40–42, 66953 Pirmasens\n"
                         "Kreisschlüssel 07340",
        "kontakt": "Frau Tanja Weis, Telefon 06331 809-241, tanja.weis@lksuedwestpfalz.de",
        "stelle": "halbe Stelle (0,5 VZÄ), Entgeltgruppe 10 TVöD\nBesetzung: Herr Felix Maurer\n"
                  "Beginn: 01.03.2026",
        "anbindung": "Kreisverwaltung, Abteilung 3 – Soziales, Referat Migration",
        "aufgaben": "Vernetzung der Akteure, Bestandsaufnahme in den Verbandsgemeinden, "
                    "Kooperation mit dem Land",
        "konzept": "kein eigenes Integrationskonzept; Erarbeitung ab 2027 geplant",
        "zeitraum": "01.03.2026 bis 31.12.2026",
        "plan": [T(["8. Ausgaben 2026 (März–Dezember)", "Euro"],
                   ["Personalausgaben", "32.350"],
                   ["Sachausgaben Netzwerkarbeit", "5.000"],
                   ["Sachausgaben Veranstaltungen", "3.000"],
                   ["Summe Ausgaben", "40.350"]),
                 T(["Finanzierung 2026", "Euro"],
                   ["Zuwendung Personalkosten", "25.000"],
                   ["Zuwendung Sachkosten", "8.000"],
                   ["Eigenmittel Landkreis", "7.350"],
                   ["Summe Finanzierung", "40.350"])],
        "erklaerungen": ERKLAERUNG_STANDARD,
        "unterschrift": "Pirmasens, 21.01.2026\ngez. Dr. Susanne Ganster, Landrätin",
    })


# =============================================================================================
# Bewilligungsbescheide (all from the MFFKI, written by different clerks)
# =============================================================================================

GERICHTE = {
    "koblenz": "Verwaltungsgericht Koblenz, Deinhardpassage 1, 56068 Koblenz",
    "mainz": "Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz",
    "neustadt": ("Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                 "67433 Neustadt an der Weinstraße"),
    "trier": "Verwaltungsgericht Trier, Egbertstraße 20a, 54295 Trier",
}


def _klage(gericht: str) -> str:
    return ("Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage "
            f"beim {GERICHTE[gericht]} erhoben werden. Ein Vorverfahren findet nicht statt "
            "(§ 68 Abs. 1 Satz 2 Nr. 1 VwGO). Die Klage ist als elektronisches Dokument nach "
            "Maßgabe des § 55a VwGO einzureichen; Behörden und juristische Personen des "
            "öffentlichen Rechts sind hierzu nach § 55d VwGO verpflichtet.")


def _briefkopf(az: str, schreiben: str, person: str, telefon: str) -> dict:
    return {"briefkopf": [*MFFKI, f"Mein Aktenzeichen: {az}", f"Ihr Schreiben vom: {schreiben}",
                          f"Ansprechpartner/-in / E-Mail: {person}", f"Telefon / Fax: {telefon}"]}


BEGRUENDUNG_STANDARD = (
    "Die Zuwendung ist eine freiwillige Leistung des Landes Rheinland-Pfalz. Ein "
    "Rechtsanspruch auf die Förderung besteht nicht; das Ministerium entscheidet nach "
    "pflichtgemäßem Ermessen im Rahmen der verfügbaren Haushaltsmittel. Rechtsgrundlagen sind "
    "§ 44 der Landeshaushaltsordnung (LHO) mit den Verwaltungsvorschriften dazu und das Konzept "
    "Kommunales Integrationsmanagement in Rheinland-Pfalz. Ihr Antrag erfüllt die "
    "Fördervoraussetzungen; die Stelle ist in Ihrer Verwaltung angesiedelt.")


def bescheid_roemisch(f: dict) -> list[dict]:
    """Roman-numbered parts, the letterhead in the page header."""
    out = [_briefkopf(f["az"], f["schreiben"], f["person"], f["telefon"]),
           P(f["empfaenger"]), {"rechts": f["datum"]},
           {"titel": "Zuwendungsbescheid"},
           B(f"Kommunales Integrationsmanagement (KIM) – {f['kurz']}"),
           P("Sehr geehrte Damen und Herren,"),
           P(f"auf Ihren Antrag vom {f['schreiben']} ergeht folgender Bescheid:"),
           H1("I. Bewilligung"),
           P(f"Ich bewillige Ihnen für den Zeitraum {f['zeitraum']} eine Zuwendung in Form "
             "einer Zuweisung in der nachstehenden Höhe. Zuwendungszweck ist die Förderung "
             f"der Stelle einer Integrationsmanagerin bzw. eines Integrationsmanagers. "
             f"{f.get('tenor_zusatz', '')}".strip()),
           f["tabelle"],
           H1("II. Art und Umfang der Zuwendung"),
           P(f"Die Zuwendung wird als Festbetragsfinanzierung mit Höchstbetrag gewährt. "
             f"Zuwendungsfähig sind die Personalausgaben für {f['vzae']} sowie Sachausgaben für "
             "Netzwerkarbeit, Veranstaltungen und Sprachmittlung."),
           H1("III. Auszahlung"),
           P("Die Mittel werden auf Anforderung ausgezahlt, soweit sie innerhalb von zwei "
             "Monaten nach der Auszahlung für fällige Zahlungen benötigt werden."),
           H1("IV. Verwendungsnachweis"),
           P("Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten "
             "Fragebogen des Fachreferats vorzulegen; der Verwendungsnachweis folgt innerhalb "
             "von sechs Monaten nach Ablauf des Bewilligungszeitraums."),
           H1("V. Nebenbestimmungen"),
           P("Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
             "kommunale Körperschaften (ANBest-K) sind Bestandteil dieses Bescheids. Nicht "
             "zweckentsprechend verwendete Beträge sind nach § 49a VwVfG zu erstatten und zu "
             "verzinsen.")]
    if f.get("begruendung", True):
        out += [H1("VI. Begründung"), P(f.get("begruendung_text", BEGRUENDUNG_STANDARD))]
    out += [H1("Rechtsbehelfsbelehrung"), P(f.get("belehrung") or _klage(f["gericht"])),
            P("Mit freundlichen Grüßen"), P("Im Auftrag"), P(f["zeichnung"])]
    return out


def bescheid_nummeriert(f: dict) -> list[dict]:
    """Arabic numbers, the letterhead as lines of the text, wording after the ANBest."""
    out = [P("MINISTERIUM FÜR FAMILIE, FRAUEN, KULTUR UND INTEGRATION RHEINLAND-PFALZ"),
           P("Postfach 31 80 | 55021 Mainz"),
           F(["Mein Aktenzeichen", f["az"]], ["Ihr Schreiben vom", f["schreiben"]],
             ["Ansprechpartner/-in / E-Mail", f["person"]], ["Telefon / Fax", f["telefon"]]),
           P(f["empfaenger"]), {"rechts": f"Mainz, {f['datum']}"},
           {"titel": "Bewilligungsbescheid"},
           P(f"Betreff: Förderung des Kommunalen Integrationsmanagements; {f['kurz']}"),
           H1("1. Zuwendung"),
           P(f"Auf Ihren Antrag bewillige ich Ihnen eine Zuweisung des Landes für die Zeit "
             f"{f['zeitraum']}. Zuwendungszweck: Personal- und Sachausgaben der Stelle im "
             f"Kommunalen Integrationsmanagement. {f.get('tenor_zusatz', '')}".strip()),
           f["tabelle"],
           H1("2. Finanzierungsart"),
           P(f"Festbetragsfinanzierung; Höchstbetrag je Vollzeitäquivalent und Jahr 60.000 Euro "
             f"für Personalausgaben, für Sachausgaben 20.000 Euro je Jahr. Gefördert werden "
             f"{f['vzae']}."),
           H1("3. Mittelabruf"),
           P("Die Zuweisung wird auf Ihren Abruf in Teilbeträgen ausgezahlt, jeweils für den "
             "Bedarf der nächsten zwei Monate."),
           H1("4. Berichtspflicht"),
           P("Zum 15.12. jedes Förderjahres legen Sie einen Jahresbericht vor, dem der "
             "Fragebogen des MFFKI beizufügen ist."),
           H1("5. Auflagen"),
           P("Die ANBest-K in der jeweils gültigen Fassung werden zum Bestandteil dieses "
             "Bescheids erklärt. Für die Erstattung und Verzinsung gilt § 49a VwVfG.")]
    if f.get("begruendung", True):
        out += [H1("6. Gründe"), P(f.get("begruendung_text", BEGRUENDUNG_STANDARD))]
    out += [H1("Rechtsbehelfsbelehrung"), P(f.get("belehrung") or _klage(f["gericht"])),
            P("gez."), P(f["zeichnung"])]
    return out


def bescheid_tenor(f: dict) -> list[dict]:
    """Tenor first, then the reasons, as a lawyer in the ministry writes it."""
    out = [_briefkopf(f["az"], f["schreiben"], f["person"], f["telefon"]),
           P(f["empfaenger"]), {"rechts": f["datum"]},
           {"titel": "Bescheid über die Bewilligung einer Zuweisung"},
           P(f"Kommunales Integrationsmanagement Rheinland-Pfalz; Ihr Antrag vom "
             f"{f['schreiben']}"),
           H1("Tenor"),
           P(f"1. Dem {f['kurz']} wird für den Bewilligungszeitraum {f['zeitraum']} eine "
             "Zuweisung zur Finanzierung der Stelle im Kommunalen Integrationsmanagement "
             f"(Zuwendungszweck) bewilligt. {f.get('tenor_zusatz', '')}".strip()),
           f["tabelle"],
           P("2. Die Nebenbestimmungen unter Abschnitt C sind Bestandteil dieses Bescheids."),
           H1("A. Zuwendungsfähige Ausgaben"),
           P(f"Festbetragsfinanzierung bis zum Höchstbetrag. Zuwendungsfähig sind die "
             f"Personalausgaben für {f['vzae']} und die Sachausgaben der Netzwerkarbeit."),
           H1("B. Auszahlungsverfahren"),
           P("Die Auszahlung erfolgt auf schriftliche Anforderung für den Bedarf der folgenden "
             "zwei Monate."),
           H1("C. Allgemeine Nebenbestimmungen"),
           P("Die ANBest-K gelten. Wird die Zuwendung nicht zweckentsprechend verwendet, ist sie "
             "nach § 49a VwVfG zu erstatten und zu verzinsen."),
           H1("D. Nachweis der Verwendung"),
           P("Der Jahresbericht mit dem Fragebogen ist bis zum 15.12. des jeweiligen Jahres "
             "vorzulegen.")]
    if f.get("begruendung", True):
        out += [H1("Begründung der Entscheidung"),
                P(f.get("begruendung_text", BEGRUENDUNG_STANDARD))]
    out += [H1("Rechtsmittelbelehrung"), P(f.get("belehrung") or _klage(f["gericht"])),
            P("In Vertretung"), P(f["zeichnung"])]
    return out


def _jahre(*zeilen, kopf=("Haushaltsjahr", "Personalausgaben", "Sachausgaben", "Summe")):
    return T(list(kopf), *[list(z) for z in zeilen])


# b01 Landkreis Germersheim: 1,0 VZÄ, 2026 60.000 + 20.000 = 80.000 (as in the press) -> correct
def b01(p: dict) -> list[dict]:
    return bescheid_roemisch({
        "az": "7213-0004#2025/0031-0701", "schreiben": "22.09.2025",
        "person": "Frau Weidmann / kim@mffki.rlp.de", "telefon": "06131 16-5718 / 16-175718",
        "empfaenger": "Kreisverwaltung Germersheim, Luitpoldplatz 1, 76726 Germersheim",
        "datum": "Mainz, 28.11.2025", "kurz": "Landkreis Germersheim",
        "zeitraum": "vom 01.01.2026 bis zum 31.12.2026",
        "tabelle": _jahre(["2026", "60.000,00 €", "20.000,00 €", "80.000,00 €"]),
        "vzae": "1,0 VZÄ", "gericht": "neustadt", "zeichnung": "Dr. Andrea Weidmann",
    })


# b02 Stadt Mainz: from 01.10.2025 (3 months of 2025): 15.000 + 5.000; 2026 60.000 + 20.000
def b02(p: dict) -> list[dict]:
    return bescheid_nummeriert({
        "az": "7213-0004#2025/0044-0701", "schreiben": "05.08.2025 (eingegangen 14.08.2025)",
        "person": "Herr Kolb / markus.kolb@mffki.rlp.de", "telefon": "06131 16-5731",
        "empfaenger": "Stadtverwaltung Mainz, Amt für soziale Leistungen, Postfach 3820, "
                      "55028 Mainz",
        "datum": "19.09.2025", "kurz": "Stadt Mainz",
        "zeitraum": "vom 01.10.2025 bis 31.12.2026",
        "tabelle": _jahre(["2025 (Oktober–Dezember)", "15.000,00 €", "5.000,00 €", "20.000,00 €"],
                          ["2026", "60.000,00 €", "20.000,00 €", "80.000,00 €"],
                          ["Gesamt", "75.000,00 €", "25.000,00 €", "100.000,00 €"]),
        "vzae": "eine Stelle mit 1,0 VZÄ", "gericht": "mainz", "zeichnung": "Markus Kolb",
    })


# b03 Landkreis Vulkaneifel: 0,75 VZÄ -> 45.000; Sachkosten 12.000; 57.000 -> correct
def b03(p: dict) -> list[dict]:
    return bescheid_tenor({
        "az": "7213-0004#2025/0058-0701", "schreiben": "30.10.2025",
        "person": "Frau Berg / kim@mffki.rlp.de", "telefon": "06131 16-5720",
        "empfaenger": "Kreisverwaltung Vulkaneifel, Mainzer Straße 25, 54550 Daun",
        "datum": "Mainz, 15. Dezember 2025", "kurz": "Landkreis Vulkaneifel",
        "zeitraum": "01.01.2026 bis 31.12.2026",
        "tabelle": T(["Zuweisung 2026", "Betrag"],
                     ["Personalausgaben (0,75 VZÄ)", "45.000,00 €"],
                     ["Sachausgaben", "12.000,00 €"],
                     ["Zuweisung insgesamt", "57.000,00 €"]),
        "vzae": "0,75 VZÄ (29,25 Wochenstunden)", "gericht": "trier",
        "zeichnung": "Dr. Thomas Hellwig, Abteilungsleiter",
    })


# b04 Stadt Worms: 0,5 VZÄ from 01.07.2026 (6 months): 0,5 × 60.000 × 6/12 = 15.000;
# Sachkosten 20.000 × 6/12 = 10.000 -> correct
def b04(p: dict) -> list[dict]:
    return bescheid_roemisch({
        "az": "7213-0004#2026/0012-0701", "schreiben": "03.03.2026",
        "person": "Frau Weidmann / kim@mffki.rlp.de", "telefon": "06131 16-5718",
        "empfaenger": "Stadtverwaltung Worms, Bereich 5 – Soziales, Adenauerring 2, 67547 Worms",
        "datum": "Mainz, 12.06.2026", "kurz": "Stadt Worms",
        "zeitraum": "vom 01.07.2026 bis zum 31.12.2026",
        "tabelle": _jahre(["2026 (Juli–Dezember)", "15.000,00 €", "10.000,00 €", "25.000,00 €"]),
        "vzae": "eine halbe Stelle (0,5 VZÄ)", "gericht": "mainz",
        "zeichnung": "Dr. Andrea Weidmann",
    })


# b05 Landkreis Ahrweiler: two half positions = 1,0 VZÄ; 60.000 + 18.500 = 78.500 -> correct;
# the text also names the caps (60.000 / 20.000) and the budget
def b05(p: dict) -> list[dict]:
    return bescheid_nummeriert({
        "az": "7213-0004#2025/0061-0701", "schreiben": "11.11.2025",
        "person": "Herr Kolb / markus.kolb@mffki.rlp.de", "telefon": "06131 16-5731",
        "empfaenger": "Kreisverwaltung Ahrweiler, Wilhelmstraße 24–30, 53474 Bad Neuenahr-Ahrweiler",
        "datum": "17.12.2025", "kurz": "Landkreis Ahrweiler",
        "zeitraum": "vom 01.01.2026 bis 31.12.2026",
        "tabelle": T(["2026", "Euro"],
                     ["Personalausgaben", "60.000 Euro"],
                     ["Sachausgaben", "18.500 Euro"],
                     ["Summe", "78.500 Euro"]),
        "vzae": "zwei Stellenanteile zu je 0,5 VZÄ",
        "begruendung_text": BEGRUENDUNG_STANDARD + (
            " Das Land stellt für das Programm im Jahr 2026 Haushaltsmittel von 3 Mio. Euro "
            "bereit. Die beantragten Sachausgaben von 18.500 Euro liegen unter der "
            "Maximalförderung von 20.000 Euro je Kommune und Jahr."),
        "gericht": "koblenz", "zeichnung": "Markus Kolb",
    })


# b06 Stadt Trier: the notice names the Verwaltungsgericht Koblenz; Trier belongs to the
# VG Trier (§ 52 Nr. 3 VwGO) -> Rechtsbehelfsbelehrung unrichtig (KIM-307)
def b06(p: dict) -> list[dict]:
    return bescheid_roemisch({
        "az": "7213-0004#2025/0050-0701", "schreiben": "14.10.2025",
        "person": "Frau Berg / kim@mffki.rlp.de", "telefon": "06131 16-5720",
        "empfaenger": "Stadtverwaltung Trier, Amt für Soziales und Wohnen, Augustinerhof, "
                      "54290 Trier",
        "datum": "Mainz, 10.12.2025", "kurz": "Stadt Trier",
        "zeitraum": "vom 01.01.2026 bis zum 31.12.2026",
        "tabelle": _jahre(["2026", "60.000,00 €", "16.000,00 €", "76.000,00 €"]),
        "vzae": "1,0 VZÄ", "gericht": "koblenz", "zeichnung": "Dr. Andrea Weidmann",
    })


# b07 Landkreis Südliche Weinstraße: Widerspruch instead of Klage against a ministry's
# notice (§ 68 Abs. 1 Satz 2 Nr. 1 VwGO) -> Rechtsbehelfsbelehrung unrichtig (KIM-307)
def b07(p: dict) -> list[dict]:
    return bescheid_tenor({
        "az": "7213-0004#2025/0047-0701", "schreiben": "01.10.2025",
        "person": "Frau Berg / kim@mffki.rlp.de", "telefon": "06131 16-5720",
        "empfaenger": "Kreisverwaltung Südliche Weinstraße, An der Kreuzmühle 2, 76829 Landau",
        "datum": "Mainz, 02.12.2025", "kurz": "Landkreis Südliche Weinstraße",
        "zeitraum": "01.01.2026 bis 31.12.2026",
        "tabelle": T(["Zuweisung 2026", "Betrag"],
                     ["Personalausgaben (1,0 VZÄ)", "60.000,00 €"],
                     ["Sachausgaben", "20.000,00 €"],
                     ["Zuweisung insgesamt", "80.000,00 €"]),
        "vzae": "1,0 VZÄ",
        "belehrung": ("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                      "Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur "
                      "Niederschrift beim Ministerium für Familie, Frauen, Kultur und "
                      "Integration Rheinland-Pfalz, Kaiser-Friedrich-Straße 5a, 55116 Mainz, "
                      "einzulegen."),
        "gericht": "neustadt", "zeichnung": "Dr. Thomas Hellwig, Abteilungsleiter",
    })


# b08 Landkreis Cochem-Zell: no Begründung (KIM-306); 60.000 + 15.000 = 75.000
def b08(p: dict) -> list[dict]:
    return bescheid_nummeriert({
        "az": "7213-0004#2025/0066-0701", "schreiben": "20.11.2025",
        "person": "Herr Kolb / markus.kolb@mffki.rlp.de", "telefon": "06131 16-5731",
        "empfaenger": "Kreisverwaltung Cochem-Zell, Endertplatz 2, 56812 Cochem",
        "datum": "22.12.2025", "kurz": "Landkreis Cochem-Zell",
        "zeitraum": "vom 01.01.2026 bis 31.12.2026",
        "tabelle": _jahre(["2026", "60.000,00 €", "15.000,00 €", "75.000,00 €"]),
        "vzae": "1,0 VZÄ", "begruendung": False, "gericht": "koblenz",
        "zeichnung": "Markus Kolb",
    })


# b09 Stadt Kaiserslautern: Sachausgaben 25.000 > 20.000 (KIM-106); 60.000 + 25.000 = 85.000
def b09(p: dict) -> list[dict]:
    return bescheid_roemisch({
        "az": "7213-0004#2025/0039-0701", "schreiben": "09.09.2025",
        "person": "Frau Weidmann / kim@mffki.rlp.de", "telefon": "06131 16-5718",
        "empfaenger": "Stadtverwaltung Kaiserslautern, Referat Soziales, Willy-Brandt-Platz 1, "
                      "67657 Kaiserslautern",
        "datum": "Mainz, 30.10.2025", "kurz": "Stadt Kaiserslautern (kreisfreie Stadt)",
        "zeitraum": "vom 01.01.2026 bis zum 31.12.2026",
        "tabelle": _jahre(["2026", "60.000,00 €", "25.000,00 €", "85.000,00 €"]),
        "vzae": "1,0 VZÄ", "gericht": "neustadt", "zeichnung": "Dr. Andrea Weidmann",
    })


# b10 Landkreis Altenkirchen: from 01.11.2025 (2 months of 2025): personnel cap 2025 is
# 60.000 × 2/12 = 10.000, granted 15.000 (KIM-105); Sachkosten 3.333,33 = 20.000 × 2/12
def b10(p: dict) -> list[dict]:
    return bescheid_tenor({
        "az": "7213-0004#2025/0052-0701", "schreiben": "24.09.2025",
        "person": "Frau Berg / kim@mffki.rlp.de", "telefon": "06131 16-5720",
        "empfaenger": "Kreisverwaltung Altenkirchen, Parkstraße 1, 57610 Altenkirchen (Westerwald)",
        "datum": "Mainz, 27.10.2025", "kurz": "Landkreis Altenkirchen (Westerwald)",
        "zeitraum": "01.11.2025 bis 31.12.2026",
        "tabelle": _jahre(["2025 (November–Dezember)", "15.000,00 €", "3.333,33 €", "18.333,33 €"],
                          ["2026", "60.000,00 €", "20.000,00 €", "80.000,00 €"]),
        "vzae": "1,0 VZÄ", "gericht": "koblenz",
        "zeichnung": "Dr. Thomas Hellwig, Abteilungsleiter",
    })


# b11 Landkreis Bad Kreuznach: 60.000 + 20.000 written as 90.000 (KIM-108)
def b11(p: dict) -> list[dict]:
    return bescheid_nummeriert({
        "az": "7213-0004#2025/0070-0701", "schreiben": "02.12.2025",
        "person": "Herr Kolb / markus.kolb@mffki.rlp.de", "telefon": "06131 16-5731",
        "empfaenger": "Kreisverwaltung Bad Kreuznach, Salinenstraße 47, 55543 Bad Kreuznach",
        "datum": "29.01.2026", "kurz": "Landkreis Bad Kreuznach",
        "zeitraum": "vom 01.02.2026 bis 31.12.2026",
        # 11 months: caps 55.000 / 18.333,33; granted 55.000 + 18.000 = 73.000, written 83.000
        "tabelle": _jahre(["2026 (Februar–Dezember)", "55.000,00 €", "18.000,00 €",
                           "83.000,00 €"]),
        "vzae": "1,0 VZÄ", "gericht": "koblenz", "zeichnung": "Markus Kolb",
    })


# =============================================================================================
# Unterrichtungsvorlagen
# =============================================================================================

def vorlage_ris(f: dict) -> list[dict]:
    """Print view of a council information system: head data and Beratungsfolge as tables."""
    out = [{"titel": f.get("art", "Mitteilungsvorlage")},
           F(["Vorlage-Nr.", f["nr"]], ["Datum", f["datum"]], ["Federführung", f["amt"]],
             ["Verfasser/in", f["verfasser"]], ["Aktenzeichen", f["az"]],
             ["Betreff", f["betreff"]])]
    if f.get("gremien"):
        out += [B("Beratungsfolge:"),
                T(["Datum", "Gremium", "Zuständigkeit", "Status"], *f["gremien"])]
    out += [H1(f.get("k_hintergrund", "Sachverhalt")), *f["hintergrund"]]
    if f.get("umsetzung"):
        out += [H1(f.get("k_umsetzung", "Umsetzung")), *f["umsetzung"]]
    if f.get("sachstand"):
        out += [H1(f.get("k_sachstand", "Aktueller Sachstand")), *f["sachstand"]]
    out += [H1("Anlagen"), L(*f["anlagen"])] if f.get("anlagen") else []
    return out


def vorlage_info(f: dict) -> list[dict]:
    """An Informationsvorlage from Word: head as lines, numbered parts."""
    out = [P(f["kopfzeile"]), {"titel": "Informationsvorlage"},
           P(f"Vorlage-Nr.: {f['nr']}    Datum: {f['datum']}"),
           P(f"Amt: {f['amt']}    Az.: {f['az']}"),
           P(f"Betreff: {f['betreff']}")]
    if f.get("gremien"):
        out += [H2("Beratungsweg"), T(["Sitzung am", "Gremium", "Behandlung"], *f["gremien"])]
    out += [H1(f.get("k_hintergrund", "1. Anlass")), *f["hintergrund"]]
    if f.get("umsetzung"):
        out += [H1(f.get("k_umsetzung", "2. Durchführung")), *f["umsetzung"]]
    if f.get("sachstand"):
        out += [H1(f.get("k_sachstand", "3. Stand")), *f["sachstand"]]
    if f.get("anlagen"):
        out += [H2("Anlagen"), L(*f["anlagen"])]
    return out


def vorlage_unterrichtung(f: dict) -> list[dict]:
    """Close to the Koblenz paper: a head table, Gremienweg with result boxes, bold parts."""
    out = [{"titel": "Unterrichtungsvorlage"},
           T(["Vorlage: " + f["nr"], "Datum: " + f["datum"]],
             [f["amt"], "Az.: " + f["az"]],
             ["Verfasser: " + f["verfasser"], ""]),
           B("Gegenstand:"), P(f["betreff"])]
    if f.get("gremien"):
        out += [B("Gremienweg:"),
                T(["Datum", "Gremium", "Ergebnis"],
                  *[[d, g, ("☐ einstimmig ☐ mehrheitl. ☐ abgelehnt ☐ Kenntnis ☐ verwiesen "
                     "☐ vertagt – öffentlich")] for d, g in f["gremien"]])]
    out += [B("Unterrichtung:"), H1(f.get("k_hintergrund", "Ausgangslage")), *f["hintergrund"]]
    if f.get("umsetzung"):
        out += [H1(f.get("k_umsetzung", "Umsetzung des Programms")), *f["umsetzung"]]
    if f.get("sachstand"):
        out += [H1(f.get("k_sachstand", "Sachstand")), *f["sachstand"]]
    if f.get("anlagen"):
        out += [H1("Anlagen"), L(*f["anlagen"])]
    return out


PROGRAMM = ("Das Land hat am 11.08.2025 das Förderprogramm „Kommunales Integrationsmanagement“ "
            "(KIM) veröffentlicht. Antragsberechtigt sind die 24 Landkreise und 12 kreisfreien "
            "Städte; Anträge können bis Ende 2026 gestellt werden. Gefördert werden bis zu "
            "60.000 € Personalkosten je Vollzeitäquivalent und bis zu 20.000 € Sachkosten im "
            "Jahr.")


def v01(p: dict) -> list[dict]:
    return vorlage_ris({
        "nr": "MV/0217/2026", "datum": "04.05.2026", "amt": "Bereich 5 – Soziales, Jugend und Wohnen",
        "verfasser": "Abteilung 5.3 Integration", "az": "5.3-KIM",
        "betreff": "Kommunales Integrationsmanagement – Bericht über den Start in Worms",
        "gremien": [["20.05.2026", "Ausschuss für Soziales und Integration", "Kenntnisnahme",
                     "öffentlich"],
                    ["03.06.2026", "Stadtrat", "Kenntnisnahme", "öffentlich"]],
        "hintergrund": [P("Mit der Kooperationsstrategie „Kommunen und Land gemeinsam für "
                          "Integration“ vom 01.07.2025 haben Land und kommunale Spitzenverbände "
                          "vereinbart, die Integrationsarbeit vor Ort zu stärken."),
                        P(PROGRAMM)],
        "umsetzung": [P("Die Stadt Worms hat zum 01.07.2026 eine halbe Stelle (0,5 VZÄ) im "
                        "Bereich 5 eingerichtet. Die Integrationsmanagerin koordiniert das "
                        "Netzwerk Integration und arbeitet mit der Dialog- und Beratungsstelle "
                        "Kommunale Integration (DBKI) zusammen.")],
        "sachstand": [P("Der Zuwendungsbescheid des MFFKI vom 12.06.2026 liegt vor "
                        "(15.000 € Personal- und 10.000 € Sachkosten für 2026). Die Stelle ist "
                        "mit Frau Yasemin Öztürk besetzt.")],
        "anlagen": ["Konzept Kommunales Integrationsmanagement", "Zuwendungsbescheid"],
    })


def v02(p: dict) -> list[dict]:
    return vorlage_info({
        "kopfzeile": "Kreisverwaltung Mainz-Bingen · Georg-Rückert-Straße 11 · 55218 Ingelheim",
        "nr": "KA-IV/2026/041", "datum": "12.02.2026", "amt": "Abteilung 4 – Soziales",
        "az": "40-KIM/2026", "betreff": "Sachstandsbericht Kommunales Integrationsmanagement",
        "gremien": [["02.03.2026", "Sozialausschuss", "zur Kenntnis"],
                    ["16.03.2026", "Kreisausschuss", "zur Kenntnis"]],
        "k_hintergrund": "1. Ausgangslage",
        "hintergrund": [P(PROGRAMM),
                        P("Der Landkreis hat in seinem Integrationskonzept 2020 eine "
                          "koordinierende Stelle als Ziel benannt.")],
        "k_umsetzung": "2. Umsetzung im Landkreis",
        "umsetzung": [P("Die Stelle wurde mit 1,0 VZÄ in der Abteilung Soziales geschaffen und "
                        "zum 01.01.2026 mit Herrn Daniel Kraus besetzt. Eine Steuerungsgruppe "
                        "mit den Verbandsgemeinden ist eingerichtet.")],
        "k_sachstand": "3. Aktueller Stand",
        "sachstand": [P("Die Bewilligung über 80.000 € für 2026 liegt vor. Die "
                        "Bestandsaufnahme der Angebote in den Verbandsgemeinden hat begonnen.")],
        "anlagen": ["Förderrichtlinie KIM"],
    })


def v03(p: dict) -> list[dict]:
    return vorlage_unterrichtung({
        "nr": "UV/0031/2026", "datum": "09.03.2026", "amt": "Dezernat II – Soziales",
        "az": "50-201", "verfasser": "50 – Amt für Soziales",
        "betreff": "Kommunales Integrationsmanagement in Neustadt an der Weinstraße",
        "gremien": [("25.03.2026", "Ausschuss für Soziales, Generationen und Integration")],
        "hintergrund": [P(PROGRAMM)],
        "umsetzung": [P("Neustadt an der Weinstraße hat den Antrag am 02.10.2025 gestellt. Die "
                        "Stelle (1,0 VZÄ, EG 11) ist im Amt für Soziales angesiedelt und seit "
                        "01.01.2026 besetzt.")],
        "sachstand": [P("Das Netzwerk Integration Neustadt hat sich am 18.02.2026 konstituiert; "
                        "17 Organisationen arbeiten mit. Eine Bestandsaufnahme wird bis Herbst "
                        "vorgelegt.")],
        "anlagen": ["Präsentation Netzwerk Integration"],
    })


def v04(p: dict) -> list[dict]:
    return vorlage_ris({
        "art": "Unterrichtungsvorlage",
        "nr": "2026/0088", "datum": "21.04.2026", "amt": "Abteilung 3 – Jugend, Familie, Soziales",
        "verfasser": "Referat 31", "az": "31/KIM",
        "betreff": "Einrichtung des Kommunalen Integrationsmanagements im Rhein-Pfalz-Kreis",
        "gremien": [["07.05.2026", "Ausschuss für Soziales und Integration", "Unterrichtung",
                     "öffentlich"]],
        "k_hintergrund": "Hintergrund",
        "hintergrund": [P(PROGRAMM),
                        P("Im Kreisgebiet leben rund 155.000 Menschen, davon 14 % ohne deutsche "
                          "Staatsangehörigkeit.")],
        "k_umsetzung": "Umsetzung",
        "umsetzung": [P("Die Stelle wurde auf zwei Beschäftigte zu je 0,5 VZÄ aufgeteilt. Hinzu "
                        "kommt eine Verwaltungskraft mit 0,25 VZÄ, die der Landkreis aus "
                        "eigenen Mitteln trägt.")],
        "k_sachstand": "Sachstand",
        "sachstand": [P("Bewilligung am 14.01.2026; beide Integrationsmanagerinnen haben ihre "
                        "Arbeit zum 01.02.2026 aufgenommen.")],
        "anlagen": ["Organigramm Abteilung 3"],
    })


def v05(p: dict) -> list[dict]:
    return vorlage_info({
        "kopfzeile": "Stadtverwaltung Frankenthal (Pfalz)",
        "nr": "IV 2026/112", "datum": "17.06.2026", "amt": "Bereich Soziales und Integration",
        "az": "50.3/KIM",
        "betreff": "Kommunales Integrationsmanagement – Halbjahresbericht",
        "gremien": [["30.06.2026", "Integrationsbeirat", "Kenntnisnahme"],
                    ["08.07.2026", "Sozialausschuss", "Kenntnisnahme"]],
        "k_hintergrund": "1. Anlass",
        "hintergrund": [P("Der Sozialausschuss hat in seiner Sitzung am 12.11.2025 um einen "
                          "halbjährlichen Bericht über das Kommunale Integrationsmanagement "
                          "gebeten."), P(PROGRAMM)],
        "k_umsetzung": "2. Durchführung",
        "umsetzung": [P("Die Integrationsmanagerin (0,75 VZÄ) arbeitet seit 01.01.2026 im "
                        "Bereich Soziales und Integration. Schwerpunkte: Stadtteil Nord, "
                        "Arbeitsmarktintegration, Netzwerk der Migrantenorganisationen.")],
        "k_sachstand": "3. Stand der Arbeit",
        "sachstand": [P("Bisher fanden zwei Netzwerktreffen und ein Fachtag statt. Die "
                        "Fortschreibung des Integrationskonzepts ist für 2027 geplant.")],
        "anlagen": ["Übersicht Netzwerktreffen 2026"],
    })


def v06(p: dict) -> list[dict]:
    return vorlage_unterrichtung({
        "nr": "UV-KT/2026/007", "datum": "26.01.2026", "amt": "Abteilung 5 – Soziales und Integration",
        "az": "51-KIM", "verfasser": "Abteilung 5",
        "betreff": "Förderprogramm KIM – Information über die Antragstellung",
        "gremien": [("10.02.2026", "Kreisausschuss"), ("23.02.2026", "Kreistag")],
        "k_hintergrund": "1. Hintergrund",
        "hintergrund": [P(PROGRAMM)],
        "k_umsetzung": "2. Umsetzung",
        "umsetzung": [P("Die Verwaltung hat am 15.12.2025 einen Antrag für eine Vollzeitstelle ab "
                        "01.04.2026 gestellt. Die Stelle wird in der Abteilung 5 angesiedelt.")],
        "k_sachstand": "3. Sachstand",
        "sachstand": [P("Die Stellenausschreibung läuft bis 15.02.2026. Der Bescheid des "
                        "Ministeriums steht noch aus.")],
        "anlagen": ["Antrag vom 15.12.2025"],
    })


# v07 Stadt Kaiserslautern: no Beratungsfolge (KIM-402)
def v07(p: dict) -> list[dict]:
    return vorlage_ris({
        "nr": "0412/2026", "datum": "11.09.2026", "amt": "Referat Soziales",
        "verfasser": "Abteilung Integration", "az": "50.4",
        "betreff": "Kommunales Integrationsmanagement – Zwischenbericht",
        "hintergrund": [P(PROGRAMM)],
        "umsetzung": [P("Die Stadt hat eine Vollzeitstelle im Referat Soziales eingerichtet; "
                        "bewilligt sind für 2026 60.000 € Personal- und 20.000 € Sachkosten.")],
        "sachstand": [P("Das Integrationsmanagement ist seit 01.01.2026 tätig und hat das "
                        "Netzwerk Ankommen in Kaiserslautern aufgebaut.")],
        "anlagen": ["Zwischenbericht"],
    })


# v08 Landkreis Birkenfeld: no Sachstand (KIM-405)
def v08(p: dict) -> list[dict]:
    return vorlage_unterrichtung({
        "nr": "UV/2026/019", "datum": "03.03.2026", "amt": "Fachbereich 2 – Soziales",
        "az": "2.1-KIM", "verfasser": "Fachbereich 2",
        "betreff": "Kommunales Integrationsmanagement im Landkreis Birkenfeld",
        "gremien": [("18.03.2026", "Sozialausschuss")],
        "hintergrund": [P(PROGRAMM)],
        "umsetzung": [P("Der Landkreis beabsichtigt, eine Stelle mit 1,0 VZÄ im Fachbereich 2 "
                        "einzurichten und die Aufgaben des Integrationsmanagements mit dem "
                        "Migrationsdienst abzustimmen.")],
        "anlagen": ["Konzept Kommunales Integrationsmanagement"],
    })


# v09 Donnersbergkreis: Anlass and Stand, but nothing on the Umsetzung (KIM-404)
def v09(p: dict) -> list[dict]:
    return vorlage_info({
        "kopfzeile": "Kreisverwaltung Donnersbergkreis · Uhlandstraße 2 · 67292 Kirchheimbolanden",
        "nr": "DBK-IV/2026/015", "datum": "08.04.2026", "amt": "Abteilung 3 – Soziales",
        "az": "3/KIM", "betreff": "Information zum Kommunalen Integrationsmanagement",
        "gremien": [["22.04.2026", "Ausschuss für Soziales", "zur Kenntnis"]],
        "hintergrund": [P(PROGRAMM)],
        "k_sachstand": "2. Stand",
        "sachstand": [P("Der Antrag des Donnersbergkreises wurde am 17.03.2026 bewilligt.")],
        "anlagen": ["Bewilligungsbescheid vom 17.03.2026"],
    })


def v10(p: dict) -> list[dict]:
    return vorlage_unterrichtung({
        "nr": "UV/0102/2026", "datum": "14.10.2026", "amt": "Abteilung 4 – Soziales",
        "az": "4.2-KIM", "verfasser": "Referat Integration",
        "betreff": "Kommunales Integrationsmanagement – Stand nach neun Monaten",
        "gremien": [("29.10.2026", "Kreisausschuss")],
        "k_hintergrund": "Sachverhalt",
        "hintergrund": [P(PROGRAMM), P("Der Kreistag hat die Antragstellung am 10.11.2025 "
                                       "beschlossen.")],
        "k_umsetzung": "Durchführung",
        "umsetzung": [P("Die Integrationsmanagerin arbeitet seit 01.02.2026 mit einer vollen "
                        "Stelle in der Abteilung 4; Schwerpunkte sind die Bestandsaufnahme und "
                        "die Vernetzung mit den Verbandsgemeinden.")],
        "k_sachstand": "Aktueller Stand",
        "sachstand": [P("Eine Steuerungsgruppe tagt vierteljährlich; der erste Jahresbericht "
                        "wird dem MFFKI bis zum 15.12.2026 vorgelegt.")],
        "anlagen": ["Übersicht der Integrationsangebote im Landkreis"],
    })


# =============================================================================================
# Jahresberichte
# =============================================================================================

def jb_konzept(f: dict) -> list[dict]:
    """Numbered along the tasks of Konzept Nr. 2, place and date at the end."""
    k = f.get("kopf", {})
    out = [{"titel": f"Jahresbericht {f['jahr']} – Kommunales Integrationsmanagement"},
           P(f["kommune"]),
           P(f.get("einleitung", f"Berichtszeitraum: 01.01.{f['jahr']} bis 31.12.{f['jahr']}")),
           H1(k.get("personal", "1. Personelle Besetzung")), *f["personal"],
           H1("2. Integrationsinfrastruktur"), *f["infrastruktur"],
           H1(k.get("vernetzung", "3. Netzwerkarbeit vor Ort")), *f["vernetzung"],
           H1("4. Interkommunaler Austausch"), *f["interkommunal"]]
    if f.get("oeffentlichkeit"):
        out += [H1("5. Öffentlichkeitsarbeit"), *f["oeffentlichkeit"]]
    out += [H1("6. Zusammenarbeit mit dem Land"), *f["land"],
            H1("7. Stand des Integrationskonzepts"), *f["konzept"],
            H1("8. Mittelverwendung"), *f["mittel"],
            H1("9. Ausblick"), *f["ausblick"]]
    if f.get("anlagen"):
        out += [B("Anlagen"), L(*f["anlagen"])]
    out += f["schluss"]
    return out


def jb_erzaehlend(f: dict) -> list[dict]:
    """A narrative report: date at the top right, headings in the Kommune's own words."""
    out = [{"briefkopf": f["briefkopf"]}] if f.get("briefkopf") else []
    out += [{"rechts": f["ort_datum"]},
            {"titel": f"Bericht über das Kommunale Integrationsmanagement im Jahr {f['jahr']}"},
            P(f["einleitung"]),
            H1("Das Integrationsmanagement vor Ort"), *f["personal"],
            H1("Bestandsaufnahme und Handlungsfelder"), *f["infrastruktur"]]
    if f.get("steuerung"):
        out += [H2("Steuerungsgruppe"), *f["steuerung"]]
    out += [H1("Vernetzung innerhalb der Kommune"), *f["vernetzung"],
            H1("Interkommunale Zusammenarbeit"), *f["interkommunal"]]
    if f.get("oeffentlichkeit"):
        out += [H1("Presse- und Öffentlichkeitsarbeit"), *f["oeffentlichkeit"]]
    out += [H1("Kooperation mit MFFKI und DBKI"), *f["land"],
            H1("Integrationsstrategie"), *f["konzept"],
            H1("Verwendung der Mittel"), *f["mittel"],
            H1("Ausblick und Planung"), *f["ausblick"],
            *f["schluss"]]
    return out


def jb_ris(f: dict) -> list[dict]:
    """Lettered parts, as a report published in a council information system."""
    out = [{"titel": f"Jahresbericht Kommunales Integrationsmanagement {f['jahr']}"},
           F(["Kommune", f["kommune"]], ["Berichtsjahr", str(f["jahr"])],
             ["Datum", f["datum"]], ["Verfasserin", f["verfasser"]]),
           H1("A. Personalsituation"), *f["personal"],
           H1("B. Integrationsangebote"), *f["infrastruktur"],
           H1("C. Vernetzung"), *f["vernetzung"],
           H1("D. Vernetzung mit anderen Kommunen"), *f["interkommunal"]]
    if f.get("oeffentlichkeit"):
        out += [H1("E. Information der Öffentlichkeit"), *f["oeffentlichkeit"]]
    out += [H1("F. Austausch mit dem Land"), *f["land"],
            H1("G. Integrationskonzept und -strategie"), *f["konzept"],
            H1("H. Finanzielle Übersicht"), *f["mittel"],
            H1("I. Perspektive"), *f["ausblick"]]
    if f.get("anlagen"):
        out += [H1("Anlagen"), L(*f["anlagen"])]
    return out


INTERKOMMUNAL = [P("Die Integrationsmanagerin nimmt an den regionalen Treffen der "
                   "KIM-Kommunen teil und tauscht sich mit den Nachbarkommunen über "
                   "Arbeitshilfen und gemeinsame Fortbildungen aus.")]
LAND = [P("Teilnahme an den KIM-Jours fixes des MFFKI und an den Fachtagen der Dialog- und "
          "Beratungsstelle Kommunale Integration (DBKI); Berichterstattung an das Fachreferat.")]


# j01 Landkreis Germersheim 2026: 1,0 VZÄ; spent 55.000 + 14.380,50 = 69.380,50 of 80.000;
# dated 08.12.2026; mentions a Jour fixe on 17.12.2026 (after the deadline, not the report date)
def j01(p: dict) -> list[dict]:
    return jb_konzept({
        "jahr": 2026, "kommune": "Landkreis Germersheim – Kreisverwaltung, Abteilung 2 Soziales",
        "personal": [P("Frau Carolin Seitz ist seit dem 01.01.2026 mit einer Vollzeitstelle "
                       "(1,0 VZÄ, 39 Wochenstunden) als Integrationsmanagerin tätig.")],
        "infrastruktur": [P("Die Bestandsaufnahme der Angebote in den Handlungsfeldern Wohnen, "
                            "Sprache und Bildung, Migrationsberatung und Arbeitsmarkt ist "
                            "abgeschlossen. Lücken bestehen bei Sprachkursen mit "
                            "Kinderbetreuung im südlichen Kreisgebiet.")],
        "vernetzung": [P("Die Netzwerkrunde Integration tagt sechsmal im Jahr mit 28 Akteuren; "
                         "in der Verwaltung besteht eine Arbeitsgruppe mit Jobcenter, "
                         "Ausländerbehörde und Jugendamt.")],
        "interkommunal": INTERKOMMUNAL,
        "oeffentlichkeit": [P("Interkulturelle Woche mit 14 Veranstaltungen, Pressemitteilungen "
                              "und eine neue Internetseite „Ankommen im Kreis Germersheim“.")],
        "land": [*LAND, P("Der nächste Jour fixe ist für den 17.12.2026 geplant.")],
        "konzept": [P("Das Integrationskonzept von 2019 wird fortgeschrieben; der Entwurf "
                      "soll dem Kreistag im Frühjahr 2027 vorgelegt werden.")],
        "mittel": [T(["Kostenart", "Bewilligt 2026", "Verausgabt bis 30.11.2026"],
                     ["Personalkosten", "60.000,00 €", "55.000,00 €"],
                     ["Sachkosten", "20.000,00 €", "14.380,50 €"],
                     ["Summe", "80.000,00 €", "69.380,50 €"])],
        "ausblick": [P("2027 stehen die Fortschreibung des Konzepts und der Aufbau von "
                       "Sprachcafés in drei Verbandsgemeinden an.")],
        "anlagen": ["Ausgefüllter Fragebogen des MFFKI zur Evaluation", "Pressespiegel"],
        "schluss": [P("Germersheim, 08.12.2026"), P("Im Auftrag"), P("Carolin Seitz")],
    })


# j02 Stadt Mainz 2025 (from 01.10.2025: caps 15.000 / 5.000): spent 14.600 + 4.210,35
def j02(p: dict) -> list[dict]:
    return jb_erzaehlend({
        "briefkopf": ["Landeshauptstadt Mainz", "Amt für soziale Leistungen – Integration"],
        "ort_datum": "Mainz, 11.12.2025", "jahr": 2025,
        "einleitung": ("Die Landeshauptstadt Mainz legt hiermit ihren ersten Jahresbericht über "
                       "das Kommunale Integrationsmanagement vor. Er umfasst die Zeit vom "
                       "01.10.2025 bis zum 31.12.2025. Der ausgefüllte Fragebogen des MFFKI ist "
                       "beigefügt."),
        "personal": [P("Herr Jan Petersen arbeitet seit dem 01.10.2025 in Vollzeit "
                       "(1,0 VZÄ) als Integrationsmanager.")],
        "infrastruktur": [P("In den ersten drei Monaten wurde eine Übersicht der Angebote in "
                            "Sprache, Bildung und Arbeitsmarkt erstellt; Handlungsfelder für "
                            "2026 sind Wohnen und die interkulturelle Öffnung der Verwaltung.")],
        "vernetzung": [P("Gespräche mit 22 Trägern, dem Beirat für Migration und Integration "
                         "und den Ortsbeiräten; ein Netzwerktreffen am 25.11.2025.")],
        "interkommunal": INTERKOMMUNAL,
        "oeffentlichkeit": [P("Vorstellung im Amtsblatt und auf mainz.de.")],
        "land": LAND,
        "konzept": [P("Das Integrationskonzept der Stadt von 2014 soll ab 2026 überarbeitet "
                      "werden.")],
        "mittel": [P("Bewilligt wurden für 2025 15.000,00 € Personal- und 5.000,00 € "
                     "Sachkosten. Verausgabt wurden 14.600,00 € Personalkosten und 4.210,35 € "
                     "Sachkosten.")],
        "ausblick": [P("2026: Bestandsaufnahme Wohnen, Aufbau einer Steuerungsgruppe.")],
        "schluss": [P("Im Auftrag"), P("gez. Jan Petersen")],
    })


# j03 Landkreis Vulkaneifel 2026: 0,75 VZÄ; personnel spent 55.120, of it 45.000 from the
# grant (cap 45.000); Sachkosten 11.870 (granted 12.000) -> correct
def j03(p: dict) -> list[dict]:
    return jb_ris({
        "jahr": 2026, "kommune": "Landkreis Vulkaneifel", "datum": "Daun, 1. Dezember 2026",
        "verfasser": "Frau Nina Thommes, Integrationsmanagerin",
        "personal": [P("Frau Nina Thommes, 0,75 VZÄ (29,25 Std./Woche), seit 01.01.2026.")],
        "infrastruktur": [P("Bestandsaufnahme der Angebote im ländlichen Raum; Handlungsfeld "
                            "Mobilität zu Sprachkursen; Lücken bei der Migrationsberatung im "
                            "Norden des Kreises.")],
        "vernetzung": [P("Netzwerk Integration Vulkaneifel mit 19 Mitgliedern, Arbeitskreis "
                         "Ehrenamt, Austausch mit den Verbandsgemeinden.")],
        "interkommunal": INTERKOMMUNAL,
        "oeffentlichkeit": [P("Broschüre „Willkommen in der Vulkaneifel“ in sechs Sprachen.")],
        "land": LAND,
        "konzept": [P("Eine Integrationsstrategie ist im Entwurf fertig.")],
        "mittel": [T(["Position", "Bewilligt", "Ausgaben gesamt", "davon aus der Zuweisung"],
                     ["Personalausgaben", "45.000,00 €", "55.120,00 €", "45.000,00 €"],
                     ["Sachausgaben", "12.000,00 €", "11.870,00 €", "11.870,00 €"],
                     ["Summe", "57.000,00 €", "66.990,00 €", "56.870,00 €"]),
                   P("Die Personalausgaben über die Zuweisung hinaus trägt der Landkreis.")],
        "ausblick": [P("Verabschiedung der Integrationsstrategie im Kreistag 2027.")],
        "anlagen": ["Fragebogen MFFKI (ausgefüllt)"],
    })


# j04 Stadt Worms 2026, halbe Stelle from 01.07.2026 (caps 15.000 / 10.000): spent 14.800 +
# 6.450 = 21.250 of 25.000
def j04(p: dict) -> list[dict]:
    return jb_konzept({
        "jahr": 2026, "kommune": "Stadt Worms, Bereich 5 – Soziales, Jugend und Wohnen",
        "einleitung": "Berichtszeitraum: 01.07.2026 bis 31.12.2026 (Beginn der Förderung).",
        "kopf": {"personal": "1. Personal"},
        "personal": [P("Frau Yasemin Öztürk ist seit 01.07.2026 mit einer halben Stelle als "
                       "Integrationsmanagerin beschäftigt.")],
        "infrastruktur": [P("Erste Bestandsaufnahme der Integrationsangebote in Worms; "
                            "Handlungsfeld Sprache und Bildung.")],
        "vernetzung": [P("Netzwerk Integration Worms: drei Treffen seit Juli.")],
        "interkommunal": INTERKOMMUNAL,
        "oeffentlichkeit": [P("Pressegespräch zum Start, Beitrag im Stadtmagazin.")],
        "land": LAND,
        "konzept": [P("Worms hat kein eigenes Integrationskonzept; die Erarbeitung beginnt 2027.")],
        "mittel": [T(["2026", "bewilligt", "verausgabt"],
                     ["Personalkosten", "15.000,00 €", "14.800,00 €"],
                     ["Sachkosten", "10.000,00 €", "6.450,00 €"],
                     ["Gesamt", "25.000,00 €", "21.250,00 €"])],
        "ausblick": [P("2027: Integrationskonzept, Ausbau der Netzwerkarbeit.")],
        "anlagen": ["Fragebogen des MFFKI"],
        "schluss": [P("Worms, 10.12.2026"), P("gez. Yasemin Öztürk")],
    })


# j05 Landkreis Ahrweiler 2026: two persons with 19,5 Wochenstunden each (0,5 + 0,5);
# spent 59.100 + 17.900 (granted 60.000 / 18.500); dated 14.12.2026
def j05(p: dict) -> list[dict]:
    return jb_erzaehlend({
        "ort_datum": "Bad Neuenahr-Ahrweiler, 14.12.2026", "jahr": 2026,
        "einleitung": ("Bericht des Landkreises Ahrweiler für das Jahr 2026. Den ausgefüllten "
                       "Fragebogen zur Evaluierung des KIM fügen wir als Anlage bei."),
        "personal": [P("Frau Sarah Busch und Herr Marco Theisen teilen sich das "
                       "Integrationsmanagement mit jeweils 19,5 Wochenstunden; beide sind seit "
                       "dem 01.01.2026 tätig.")],
        "infrastruktur": [P("Nach der Flut 2021 liegt ein Schwerpunkt auf Wohnraum; die "
                            "Bestandsaufnahme der Beratungsangebote ist abgeschlossen.")],
        "steuerung": [P("Die Steuerungsgruppe Integration (Kreisverwaltung, Jobcenter, "
                        "Verbandsgemeinden, Wohlfahrtsverbände) tagt quartalsweise.")],
        "vernetzung": [P("Netzwerk Integration Ahr mit 31 Mitgliedern.")],
        "interkommunal": INTERKOMMUNAL,
        "oeffentlichkeit": [P("Aktionstag „Vielfalt an der Ahr“ und regelmäßige "
                              "Pressemitteilungen.")],
        "land": LAND,
        "konzept": [P("Die Integrationsstrategie des Kreises wurde im Juni 2026 vom Kreistag "
                      "beschlossen.")],
        "mittel": [T(["", "Bewilligung 2026", "Ausgaben 2026"],
                     ["Personalausgaben", "60.000 Euro", "59.100 Euro"],
                     ["Sachausgaben", "18.500 Euro", "17.900 Euro"],
                     ["Summe", "78.500 Euro", "77.000 Euro"])],
        "ausblick": [P("Umsetzung der Strategie, Wohnraumlotsen.")],
        "schluss": [P("Mit freundlichen Grüßen"), P("Im Auftrag"), P("Sarah Busch")],
    })


# j06 Landkreis Kusel 2026: dated 15.12.2026 (the deadline itself); 60.000 + 17.640
def j06(p: dict) -> list[dict]:
    return jb_konzept({
        "jahr": 2026, "kommune": "Landkreis Kusel",
        "personal": [P("Frau Elena Popescu, Vollzeit (1,0 VZÄ), seit 01.01.2026.")],
        "infrastruktur": [P("Bestandsaufnahme der Angebote abgeschlossen; Handlungsfelder "
                            "Mobilität, Sprache, Arbeitsmarkt.")],
        "vernetzung": [P("Runder Tisch Integration mit den Verbandsgemeinden Kusel-Altenglan, "
                         "Lauterecken-Wolfstein und Oberes Glantal.")],
        "interkommunal": INTERKOMMUNAL,
        "oeffentlichkeit": [P("Infoabende in sieben Gemeinden, Artikel in der Rheinpfalz.")],
        "land": LAND,
        "konzept": [P("Das Teilhabekonzept wurde 2026 fortgeschrieben.")],
        "mittel": [P("Verausgabt wurden 60.000,00 € Personalkosten (bewilligt 60.000,00 €) und "
                     "17.640,00 € Sachkosten (bewilligt 18.000,00 €).")],
        "ausblick": [P("Ausbau der mobilen Beratung 2027.")],
        "anlagen": ["Fragebogen des Fachreferats"],
        "schluss": [P("Kusel, den 15.12.2026"), P("Otto Rubly, Landrat")],
    })


# j07 Stadt Speyer 2026: dated 19.12.2026, after the 15.12. (KIM-109)
def j07(p: dict) -> list[dict]:
    return jb_konzept({
        "jahr": 2026, "kommune": "Stadt Speyer, Fachbereich 4",
        "personal": [P("Frau Hanna Lorenz, 1,0 VZÄ, seit 01.01.2026.")],
        "infrastruktur": [P("Bestandsaufnahme der Integrationsangebote, Handlungsfeld Bildung.")],
        "vernetzung": [P("Netzwerk Speyer integriert: fünf Sitzungen.")],
        "interkommunal": INTERKOMMUNAL,
        "oeffentlichkeit": [P("Woche der Vielfalt, Pressearbeit.")],
        "land": LAND,
        "konzept": [P("Fortschreibung des Integrationskonzepts 2016 begonnen.")],
        "mittel": [T(["Kostenart", "bewilligt", "verausgabt"],
                     ["Personal", "60.000,00 €", "58.900,00 €"],
                     ["Sachkosten", "20.000,00 €", "16.300,00 €"],
                     ["Summe", "80.000,00 €", "75.200,00 €"])],
        "ausblick": [P("Verabschiedung des fortgeschriebenen Konzepts 2027.")],
        "anlagen": ["Fragebogen des MFFKI"],
        "schluss": [P("Speyer, 19.12.2026"), P("gez. Hanna Lorenz")],
    })


# j08 Landkreis Mayen-Koblenz 2026 (from 01.02.2026): the Fragebogen is only announced for
# January (KIM-110); spent 52.000 + 13.900 within the caps 55.000 / 18.333,33
def j08(p: dict) -> list[dict]:
    return jb_erzaehlend({
        "ort_datum": "Koblenz, 04.12.2026", "jahr": 2026,
        "einleitung": ("Der Landkreis Mayen-Koblenz berichtet über das erste Jahr des "
                       "Kommunalen Integrationsmanagements (Förderbeginn 01.02.2026). Der "
                       "Fragebogen des MFFKI wird nach Abstimmung im Kreisausschuss im Januar "
                       "2027 nachgereicht."),
        "personal": [P("Frau Lena Hoffmann, 1,0 VZÄ, seit 01.02.2026.")],
        "infrastruktur": [P("Bestandsaufnahme in den acht Verbandsgemeinden; Handlungsfelder "
                            "Sprache, Arbeitsmarkt und Wohnen.")],
        "vernetzung": [P("Steuerungsgruppe Integration und vier regionale Netzwerkrunden.")],
        "interkommunal": INTERKOMMUNAL,
        "oeffentlichkeit": [P("Interkulturelle Woche, Social-Media-Reihe „Gesichter der "
                              "Integration“.")],
        "land": LAND,
        "konzept": [P("Fortschreibung des Integrationskonzepts 2019 läuft.")],
        "mittel": [T(["Februar–Dezember 2026", "bewilligt", "verausgabt"],
                     ["Personalkosten", "55.000,00 €", "52.000,00 €"],
                     ["Sachkosten", "15.000,00 €", "13.900,00 €"],
                     ["Summe", "70.000,00 €", "65.900,00 €"])],
        "ausblick": [P("2027: Integrationskonferenz des Landkreises.")],
        "schluss": [P("Im Auftrag"), P("Petra Krämer")],
    })


# j09 Rhein-Hunsrück-Kreis 2026: no part on Öffentlichkeitsarbeit (KIM-505)
def j09(p: dict) -> list[dict]:
    return jb_ris({
        "jahr": 2026, "kommune": "Rhein-Hunsrück-Kreis", "datum": "Simmern, 07.12.2026",
        "verfasser": "Frau Ronja Klein, Integrationsmanagerin",
        "personal": [P("Frau Ronja Klein, 1,0 VZÄ, seit 01.01.2026.")],
        "infrastruktur": [P("Bestandsaufnahme und Handlungsfelder Sprache, Arbeit, Wohnen.")],
        "vernetzung": [P("Netzwerk Integration Hunsrück, Arbeitskreis Ehrenamt.")],
        "interkommunal": INTERKOMMUNAL,
        "land": LAND,
        "konzept": [P("Das Integrationskonzept wird 2027 erstellt.")],
        "mittel": [T(["Kostenart", "bewilligt", "verausgabt"],
                     ["Personalkosten", "60.000,00 €", "60.000,00 €"],
                     ["Sachkosten", "14.000,00 €", "12.750,00 €"],
                     ["Summe", "74.000,00 €", "72.750,00 €"])],
        "ausblick": [P("Erstellung des Integrationskonzepts.")],
        "anlagen": ["Fragebogen MFFKI"],
    })


# j10 Stadt Pirmasens 2026: Sachkosten spent 21.300 > 20.000 (KIM-106)
def j10(p: dict) -> list[dict]:
    return jb_konzept({
        "jahr": 2026, "kommune": "Stadt Pirmasens, Referat Soziales",
        "personal": [P("Herr Ali Demir, 1,0 VZÄ, seit 01.01.2026.")],
        "infrastruktur": [P("Bestandsaufnahme der Sprachkurse und Beratungsangebote.")],
        "vernetzung": [P("Steuerungsgruppe Integration, Netzwerk Arbeit.")],
        "interkommunal": INTERKOMMUNAL,
        "oeffentlichkeit": [P("Internationales Fest, Pressearbeit.")],
        "land": LAND,
        "konzept": [P("Fortschreibung des Integrationskonzepts 2020.")],
        "mittel": [T(["Ausgaben 2026", "Betrag"],
                     ["Personalkosten (aus der Zuweisung)", "60.000,00 €"],
                     ["Sachkosten Netzwerkarbeit", "9.800,00 €"],
                     ["Sachkosten Sprachmittlung", "6.200,00 €"],
                     ["Sachkosten Internationales Fest", "5.300,00 €"],
                     ["Summe", "81.300,00 €"])],
        "ausblick": [P("Ausbau der Arbeitsmarktintegration.")],
        "anlagen": ["Fragebogen des MFFKI"],
        "schluss": [P("Pirmasens, 03.12.2026"), P("gez. Ali Demir")],
    })


# j11 Stadt Ludwigshafen 2026: a Verwaltungskostenpauschale paid from the grant (KIM-107);
# Sachkosten 9.000 + 5.500 + 4.200 = 18.700
def j11(p: dict) -> list[dict]:
    return jb_erzaehlend({
        "ort_datum": "Ludwigshafen am Rhein, 09.12.2026", "jahr": 2026,
        "einleitung": ("Jahresbericht der Stadt Ludwigshafen am Rhein; der ausgefüllte "
                       "Fragebogen des MFFKI liegt bei."),
        "personal": [P("Herr Kevin Schulz, Vollzeit, seit 01.01.2026.")],
        "infrastruktur": [P("Bestandsaufnahme in allen Stadtteilen abgeschlossen.")],
        "vernetzung": [P("Zehn Stadtteilnetzwerke, Steuerungsgruppe Ankommen.")],
        "interkommunal": INTERKOMMUNAL,
        "oeffentlichkeit": [P("Kampagne „Ludwigshafen – Stadt der Vielfalt“.")],
        "land": LAND,
        "konzept": [P("Das Vielfaltskonzept 2023 wird umgesetzt.")],
        "mittel": [T(["Position", "verausgabt 2026"],
                     ["Personalkosten (Zuschuss)", "60.000,00 €"],
                     ["Netzwerkarbeit", "9.000,00 €"],
                     ["Veranstaltungen", "5.500,00 €"],
                     ["Verwaltungskostenpauschale (7 % der Personalkosten)", "4.200,00 €"],
                     ["Summe", "78.700,00 €"])],
        "ausblick": [P("Fortschreibung des Vielfaltskonzepts.")],
        "schluss": [P("Im Auftrag"), P("Derya Aksoy")],
    })


# j12 Landkreis Cochem-Zell 2026, checked with its Bescheid b08 (Sachkosten granted 15.000):
# spent 17.200 (KIM-113); within the programme cap of 20.000
def j12(p: dict) -> list[dict]:
    return jb_ris({
        "jahr": 2026, "kommune": "Landkreis Cochem-Zell", "datum": "Cochem, 10.12.2026",
        "verfasser": "Frau Judith Bremm",
        "personal": [P("Frau Judith Bremm, 1,0 VZÄ, seit 01.01.2026.")],
        "infrastruktur": [P("Bestandsaufnahme der Angebote an der Mosel und im Hunsrück.")],
        "vernetzung": [P("Netzwerk Integration Cochem-Zell.")],
        "interkommunal": INTERKOMMUNAL,
        "oeffentlichkeit": [P("Ausstellung „Angekommen an der Mosel“.")],
        "land": LAND,
        "konzept": [P("Integrationskonzept in Arbeit.")],
        "mittel": [T(["Kostenart", "bewilligt", "verausgabt"],
                     ["Personalkosten", "60.000,00 €", "59.400,00 €"],
                     ["Sachkosten", "15.000,00 €", "17.200,00 €"],
                     ["Summe", "75.000,00 €", "76.600,00 €"])],
        "ausblick": [P("Integrationskonzept 2027.")],
        "anlagen": ["Fragebogen des MFFKI"],
    })


BUILDERS: dict[str, Callable[[dict], list[dict]]] = {
    name: fn for name, fn in dict(globals()).items()
    if callable(fn) and len(name) == 3 and name[0] in "abvj" and name[1:].isdigit()
}


def kopfzeile(e) -> str:
    """Header line of the HTML print (council system, portal or e-file)."""
    return {"antrag": "Serviceportal Rheinland-Pfalz · Antragsassistent",
            "bescheid": "e-Akte MFFKI · Druckansicht",
            "vorlage": "Bürgerinfoportal · Vorlage",
            "jahresbericht": "Ratsinformationssystem · Bericht"}[e.art]
