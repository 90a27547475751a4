"""Contents of the nineteenth held-out corpus (manifest_blind19.yaml), issue 19 item 4.

How it was written: from the guideline data file and its rule page, the list of Kommunen, the
domain notes (fachwissen.md), the real Koblenz Unterrichtungsvorlage and the build script
bauen.py alone. The author had not seen the checker's fact layer, its readers, rules or checks,
nor any earlier corpus, and fixed every expectation in the manifest before the checker ever ran
on these documents.

What is new in this round: documents as they arrive filled into forms and Vordrucke – the
ministry's Antrag form and municipal copies of it with numbered fields ("3.2 Stellenumfang"),
label/value tables, check boxes in the writers' many styles (☒/☐, [X]/[ ], (x)/( ), ■/□, an "X"
in a ja/nein column, "trifft zu"), declarations as a list of boxes of which one may stay empty;
an online portal's print of an Antrag; Jahresberichte as questionnaires (numbered questions with
the answer under each, hint questions answered "entfällt"); ministry Bescheide printed from a
Fachverfahren (field labels, Kassenzeichen, Haushaltsstelle, instalment tables); council
Vorlagen from a Ratsinformationssystem with a Beratungsfolge table; a few plain letters.

Every figure a verdict depends on is a parameter of the manifest entry; the builders only lay
them out. Amounts are written as the entry's `betrag` style asks.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

KOMMUNEN = {
    "germersheim": ("Landkreis Germersheim", "Kreisverwaltung Germersheim",
                    "Luitpoldplatz 1, 76726 Germersheim", "07334", "Verwaltungsgericht Neustadt an der Weinstraße", "Landrat", "Germersheim"),
    "trier": ("Stadt Trier", "Stadtverwaltung Trier", "Am Augustinerhof, 54290 Trier", "07211",
              "Verwaltungsgericht Trier", "Oberbürgermeister", "Trier"),
    "westerwald": ("Westerwaldkreis", "Kreisverwaltung des Westerwaldkreises",
                   "Peter-Altmeier-Platz 1, 56410 Montabaur", "07143", "Verwaltungsgericht Koblenz",
                   "Landrat", "Montabaur"),
    "kusel": ("Landkreis Kusel", "Kreisverwaltung Kusel", "Trierer Straße 49-51, 66869 Kusel",
              "07336", "Verwaltungsgericht Neustadt an der Weinstraße", "Landrat", "Kusel"),
    "kaisersesch": ("Verbandsgemeinde Kaisersesch", "Verbandsgemeindeverwaltung Kaisersesch",
                    "Bahnhofstraße 47, 56759 Kaisersesch", "07135", "Verwaltungsgericht Koblenz",
                    "Bürgermeister", "Kaisersesch"),
    "mainz": ("Stadt Mainz", "Stadtverwaltung Mainz", "Jockel-Fuchs-Platz 1, 55116 Mainz", "07315",
              "Verwaltungsgericht Mainz", "Oberbürgermeister", "Mainz"),
    "myk": ("Landkreis Mayen-Koblenz", "Kreisverwaltung Mayen-Koblenz",
            "Bahnhofstraße 9, 56068 Koblenz", "07137", "Verwaltungsgericht Koblenz", "Landrat",
            "Koblenz"),
    "koblenz": ("Stadt Koblenz", "Stadtverwaltung Koblenz", "Willi-Hörter-Platz 1, 56068 Koblenz",
                "07111", "Verwaltungsgericht Koblenz", "Oberbürgermeister", "Koblenz"),
    "duerkheim": ("Landkreis Bad Dürkheim", "Kreisverwaltung Bad Dürkheim",
                  "Philipp-Fauth-Straße 11, 67098 Bad Dürkheim", "07332",
                  "Verwaltungsgericht Neustadt an der Weinstraße", "Landrat", "Bad Dürkheim"),
    "rheinlahn": ("Rhein-Lahn-Kreis", "Kreisverwaltung des Rhein-Lahn-Kreises",
                  "Insel Silberau 1, 56130 Bad Ems", "07141", "Verwaltungsgericht Koblenz",
                  "Landrat", "Bad Ems"),
    "alzey": ("Landkreis Alzey-Worms", "Kreisverwaltung Alzey-Worms",
              "Ernst-Ludwig-Straße 36, 55232 Alzey", "07331", "Verwaltungsgericht Mainz",
              "Landrat", "Alzey"),
    "ludwigshafen": ("Stadt Ludwigshafen am Rhein", "Stadtverwaltung Ludwigshafen am Rhein",
                     "Rathausplatz 20, 67059 Ludwigshafen am Rhein", "07314",
                     "Verwaltungsgericht Neustadt an der Weinstraße", "Oberbürgermeisterin",
                     "Ludwigshafen am Rhein"),
    "suedwestpfalz": ("Landkreis Südwestpfalz", "Kreisverwaltung Südwestpfalz",
                      "Unterer Sommerwaldweg 40-42, 66953 Pirmasens", "07340",
                      "Verwaltungsgericht Neustadt an der Weinstraße", "Landrätin", "Pirmasens"),
    "bitburg": ("Eifelkreis Bitburg-Prüm", "Kreisverwaltung Eifelkreis Bitburg-Prüm",
                "Trierer Straße 1, 54634 Bitburg", "07232", "Verwaltungsgericht Trier", "Landrat",
                "Bitburg"),
    "neuwied": ("Landkreis Neuwied", "Kreisverwaltung Neuwied", "Wilhelm-Leuschner-Straße 9, 56564 Neuwied",
                "07138", "Verwaltungsgericht Koblenz", "Landrat", "Neuwied"),
    "cochem": ("Landkreis Cochem-Zell", "Kreisverwaltung Cochem-Zell", "Endertplatz 2, 56812 Cochem",
               "07135", "Verwaltungsgericht Koblenz", "Landrätin", "Cochem"),
    "pirmasens": ("Stadt Pirmasens", "Stadtverwaltung Pirmasens", "Exerzierplatzstraße 17, 66953 Pirmasens",
                  "07317", "Verwaltungsgericht Neustadt an der Weinstraße", "Oberbürgermeister",
                  "Pirmasens"),
    "zweibruecken": ("Stadt Zweibrücken", "Stadtverwaltung Zweibrücken",
                     "Herzogstraße 1, 66482 Zweibrücken", "07320",
                     "Verwaltungsgericht Neustadt an der Weinstraße", "Oberbürgermeister",
                     "Zweibrücken"),
    "trier-saarburg": ("Landkreis Trier-Saarburg", "Kreisverwaltung Trier-Saarburg",
                       "Willy-Brandt-Platz 1, 54290 Trier", "07235", "Verwaltungsgericht Trier",
                       "Landrat", "Trier"),
    "ahrweiler": ("Landkreis Ahrweiler", "Kreisverwaltung Ahrweiler",
                  "Wilhelmstraße 24-30, 53474 Bad Neuenahr-Ahrweiler", "07131",
                  "Verwaltungsgericht Koblenz", "Landrätin", "Bad Neuenahr-Ahrweiler"),
    "speyer": ("Stadt Speyer", "Stadtverwaltung Speyer", "Maximilianstraße 100, 67346 Speyer", "07318",
               "Verwaltungsgericht Neustadt an der Weinstraße", "Oberbürgermeisterin", "Speyer"),
    "worms": ("Stadt Worms", "Stadtverwaltung Worms", "Marktplatz 2, 67547 Worms", "07319",
              "Verwaltungsgericht Mainz", "Oberbürgermeister", "Worms"),
    "landau": ("Stadt Landau in der Pfalz", "Stadtverwaltung Landau in der Pfalz",
               "Marktstraße 50, 76829 Landau in der Pfalz", "07313",
               "Verwaltungsgericht Neustadt an der Weinstraße", "Oberbürgermeister", "Landau"),
}

BOXES = {"☒": ("☒", "☐"), "[X]": ("[X]", "[ ]"), "(x)": ("(x)", "( )"), "■": ("■", "□")}


def k(p: dict) -> tuple:
    return KOMMUNEN[p["kommune"]]


def betrag(value, style: str = "eur2") -> str:
    """An amount as the writer types it."""
    d = Decimal(str(value))
    if style == "teur":
        t = (d / 1000).normalize()
        return _de(t, 0 if t == t.to_integral() else 1) + " T€"
    if style == "tsd":
        t = (d / 1000).normalize()
        return _de(t, 0 if t == t.to_integral() else 1) + " Tsd. EUR"
    if style == "eur":
        return _de(d, 0 if d == d.to_integral() else 2) + " EUR"
    if style == "eurpre":
        return "EUR " + _de(d, 0) + ",-" if d == d.to_integral() else "EUR " + _de(d, 2)
    if style == "strich":
        return _de(d, 0) + ",--" if d == d.to_integral() else _de(d, 2)
    if style == "bare":
        return _de(d, 2)
    return _de(d, 2) + " €"


def _de(d: Decimal, places: int) -> str:
    q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = f"{q:,.{places}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def _sum(values) -> Decimal:
    return sum((Decimal(str(v)) for v in values), Decimal(0))


def kopfzeile(e) -> str:
    p = e.parameter
    if e.art == "vorlage":
        return f"Bürgerinformationssystem {k(p)[1]} · Vorlage {p.get('nummer', '')}"
    if e.art == "antrag":
        return "KIM-Förderportal Rheinland-Pfalz · Antrag (Druckansicht)"
    if e.art == "bescheid":
        return "E-Akte RLP · Posteingang · Zuwendungsbescheid (Druckansicht)"
    return f"{k(p)[1]} · Druckansicht"


# --- plans ------------------------------------------------------------------------------------

def plan_tabellen(p: dict) -> list[dict]:
    """The Finanzierungsplan: years as columns ("spalten") or as rows ("zeilen")."""
    style = p.get("betrag", "eur2")
    jahre = p["plan"]
    bare = style == "bare"
    f = (lambda v: betrag(v, "bare")) if bare else (lambda v: betrag(v, style))
    years = list(jahre)
    if p.get("plan_form", "spalten") == "zeilen":
        head = ["Haushaltsjahr", "Personalkosten", "Sachkosten", "beantragte Zuwendung"]
        if bare:
            head = [h + (" (in EUR)" if i else "") for i, h in enumerate(head)]
        rows = [head]
        for y in years:
            j = jahre[y]
            sk = _sum(v for _, v in j["sk"])
            total = j.get("summe", Decimal(str(j["pk"])) + sk)
            rows.append([str(y), f(j["pk"]), f(sk), f(total)])
        out = [{"tabelle": rows}]
        items = jahre[years[0]]["sk"]
        out.append({"p": "Die Sachkosten setzen sich je Jahr zusammen aus: " + "; ".join(
            f"{n} {f(v)}" for n, v in items) + (" (Beträge in EUR)" if bare else "") + "."})
        return out
    head = ["Ausgabenart" + (" (in EUR)" if bare else "")] + [f"HJ {y}" for y in years]
    rows = [head, ["Personalkosten (Zuschuss)"] + [f(jahre[y]["pk"]) for y in years]]
    labels = [n for n, _ in jahre[years[0]]["sk"]]
    for i, n in enumerate(labels):
        rows.append([f"Sachkosten: {n}"] + [f(jahre[y]["sk"][i][1]) for y in years])
    rows.append(["Zwischensumme Sachkosten"] + [
        f(jahre[y].get("sk_summe", _sum(v for _, v in jahre[y]["sk"]))) for y in years])
    rows.append(["Summe beantragte Zuwendung"] + [
        f(jahre[y].get("summe", Decimal(str(jahre[y]["pk"])) + _sum(v for _, v in jahre[y]["sk"])))
        for y in years])
    return [{"tabelle": rows}]


def staff_tabelle(p: dict) -> dict:
    rows = [["Name", "Funktion", "Stellenumfang", "Entgeltgruppe", "von", "bis"]]
    for s in p["personal"]:
        rows.append([s["name"], s.get("funktion", "Integrationsmanagerin"), s["umfang"],
                     s.get("eg", "E 11 TVöD"), s["von"], s.get("bis", "")])
    return {"tabelle": rows}


# --- Antrag as a form ------------------------------------------------------------------------

def antrag_formular(p: dict) -> list[dict]:
    name, verwaltung, anschrift, ks, _, chef, ort = k(p)
    ja, nein = BOXES[p.get("kaestchen", "☒")]
    ohne = set(p.get("ohne", ()))
    stil = p.get("stil", "ministerium")
    out: list[dict] = []
    if stil == "kommunal":
        out.append({"briefkopf": [verwaltung, p.get("abteilung", "Abteilung Soziales und Integration"),
                                  anschrift]})
    out.append({"titel": "Antrag auf Gewährung einer Zuwendung im Programm "
                         "„Kommunales Integrationsmanagement“ (KIM)"})
    out.append({"formular": [["Vordruck", p.get("vordruck", "KIM-A 1 (Stand 08/2025)")],
                             ["Eingangsvermerk MFFKI", "(wird vom Ministerium ausgefüllt)"]]})
    out.append({"p": "An das Ministerium für Familie, Frauen, Kultur und Integration "
                     "Rheinland-Pfalz, Kaiser-Friedrich-Straße 5a, 55116 Mainz"})
    if "antragsteller" not in ohne:
        out.append({"h1": "1. Antragsteller"})
        stadt, verband = name.startswith("Stadt"), name.startswith("Verbands")
        art_lt = nein if stadt or verband else ja
        art_st = ja if stadt else nein
        rows = [["1.1 Gebietskörperschaft", name],
                ["1.2 Anschrift", anschrift],
                ["1.3 Kreisschlüssel", ks],
                ["1.4 Art der Gebietskörperschaft",
                 f"{art_lt} Landkreis   {art_st} kreisfreie Stadt   "
                 f"{ja if name.startswith('Verbands') else nein} sonstige: "
                 + ("Verbandsgemeinde" if name.startswith("Verbands") else "")],
                ["1.5 Bankverbindung", p.get("iban", "IBAN DE12 5505 0120 0000 0040 17")]]
        out.append({"formular": rows})
    if "ansprechperson" not in ohne:
        out.append({"h1": "2. Ansprechperson"})
        out.append({"formular": [["2.1 Name", p.get("kontakt", "Frau Sabine Roth")],
                                 ["2.2 Telefon", p.get("telefon", "06341 940-312")],
                                 ["2.3 E-Mail", p.get("mail", "integration@kreis.example.de")]]})
    if "stelle" not in ohne:
        out.append({"h1": "3. Angaben zur Stelle"})
        out.append({"p": "3.1 Besetzung der Stelle (je Stellenanteil eine Zeile; Fortsetzung auf "
                         "Beiblatt möglich)"})
        out.append(staff_tabelle(p))
        out.append({"formular": [["3.2 Stellenumfang insgesamt", p["umfang_gesamt"]],
                                 ["3.3 Bemerkungen", p.get("bemerkung_stelle", "—")]]})
    if "anbindung" not in ohne:
        out.append({"h1": "4. Organisatorische Anbindung"})
        out.append({"formular": [["4.1 Amt / Abteilung", p.get("amt", "Abteilung 5 – Soziales, Amt für Integration")],
                                 ["4.2 Dienstort", p.get("dienstort", anschrift)],
                                 ["4.3 Fachaufsicht", p.get("aufsicht", "Abteilungsleitung")]]})
    if "aufgaben" not in ohne:
        out.append({"h1": "5. Aufgaben und Schwerpunkte"})
        out.append({"liste": p.get("aufgaben", [
            "Bestandsaufnahme der Integrationsangebote und Aufbau einer Steuerungsgruppe",
            "Vernetzung der Ämter (Ausländerbehörde, Jobcenter, Jugendamt) und der freien Träger",
            "Fortschreibung des Integrationskonzepts",
            "Öffentlichkeitsarbeit und Austausch mit MFFKI und DBKI"])})
    if "konzept" not in ohne:
        out.append({"h1": "6. Integrationskonzept"})
        out.append({"p": f"{ja} liegt vor (Kreistags-/Ratsbeschluss vom {p.get('konzept_datum', '12.06.2023')})   "
                         f"{nein} in Erarbeitung   {nein} nicht vorhanden"})
    if "zeitraum" not in ohne:
        out.append({"h1": "7. Förderzeitraum"})
        out.append({"formular": [["7.1 Beginn", p["beginn"]], ["7.2 Ende", p["ende"]]]})
    if "plan" not in ohne:
        out.append({"h1": "8. Finanzierungsplan"})
        out.extend(plan_tabellen(p))
        if p.get("plan_zusatz"):
            out.append({"p": p["plan_zusatz"]})
    if "erklaerungen" not in ohne:
        out.append({"h1": "9. Erklärungen"})
        out.append({"p": "Die Antragstellerin / der Antragsteller erklärt (Zutreffendes ankreuzen):"})
        leer = set(p.get("unangekreuzt", ()))
        texte = ["Für die beantragte Stelle wird keine weitere Förderung aus Mitteln des Landes, "
                 "des Bundes oder der EU beantragt oder bezogen (keine Doppelförderung).",
                 "Mit der Maßnahme wurde vor Bekanntgabe des Bewilligungsbescheids nicht begonnen.",
                 "Die Stelle ist in der Kommunalverwaltung angesiedelt.",
                 "Die Angaben in diesem Antrag sind vollständig und richtig."]
        if p.get("jn_spalte"):
            rows = [["Erklärung", "ja", "nein"]]
            for i, t in enumerate(texte):
                rows.append([t, "" if i in leer else "X", ""])
            out.append({"tabelle": rows})
        else:
            for i, t in enumerate(texte):
                out.append({"p": f"{nein if i in leer else ja}  {t}"})
    out.append({"h1": "10. Anlagen"})
    out.append({"liste": p.get("anlagen", ["Stellenbeschreibung", "Organigramm der Verwaltung"])})
    if "unterschrift" not in ohne:
        out.append({"h1": "11. Ort, Datum, Unterschrift"})
        out.append({"formular": [["Ort, Datum", f"{ort}, {p['datum']}"],
                                 ["Unterschrift", p.get("zeichnung", f"gez. {p.get('unterzeichner', 'Michael Schäfer')}, {chef}")]]})
    else:
        out.append({"p": f"Datum der Antragstellung: {p['datum']}"})
    out.append({"fusszeile": [f"Vordruck KIM-A 1 · {name} · Seite #"]})
    return out


# --- Antrag as a letter ----------------------------------------------------------------------

def antrag_brief(p: dict) -> list[dict]:
    name, verwaltung, anschrift, ks, _, chef, ort = k(p)
    ohne = set(p.get("ohne", ()))
    out: list[dict] = [{"briefkopf": [verwaltung, p.get("abteilung", "Referat Migration und Integration"),
                                      anschrift, f"Aktenzeichen: {p.get('az', '50-4-KIM')}"]}]
    for line in ("Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
                 "Referat Integration", "Kaiser-Friedrich-Straße 5a", "55116 Mainz"):
        out.append({"p": line})
    out.append({"rechts": f"{ort}, {p['datum']}"})
    out.append({"fett": "Antrag auf Förderung einer Stelle im Kommunalen Integrationsmanagement (KIM)"})
    out.append({"p": "Sehr geehrte Damen und Herren,"})
    out.append({"p": "hiermit beantragen wir eine Zuwendung nach dem Konzept Kommunales "
                     "Integrationsmanagement in Rheinland-Pfalz."})
    out.append({"fett": "Antragsteller"})
    out.append({"p": f"{name}, vertreten durch die {verwaltung}, {anschrift}; "
                     f"Kreisschlüssel {ks}"})
    if "ansprechperson" not in ohne:
        out.append({"fett": "Ansprechpartnerin"})
        out.append({"p": p.get("kontakt_text", "Frau Lea Hartmann, Telefon 0261 108-419, "
                                                "E-Mail lea.hartmann@verwaltung.example.de")})
    out.append({"fett": "Stelle und Personal"})
    out.append({"p": p["personal_text"]})
    if "anbindung" not in ohne:
        out.append({"fett": "Organisatorische Einbindung"})
        out.append({"p": p.get("anbindung_text", "Die Stelle ist im Amt für Soziales und Integration, "
                                                  "Abteilung Integration, angesiedelt.")})
    if "aufgaben" not in ohne:
        out.append({"fett": "Aufgaben"})
        out.append({"p": p.get("aufgaben_text", "Schwerpunkte sind die Bestandsaufnahme der "
                                                  "Integrationsangebote, der Aufbau einer Steuerungsgruppe, "
                                                  "die Vernetzung der Ämter und Träger und die "
                                                  "Öffentlichkeitsarbeit.")})
    if "konzept" not in ohne:
        out.append({"fett": "Integrationskonzept"})
        out.append({"p": p.get("konzept_text", "Ein Integrationskonzept wurde 2022 beschlossen; es "
                                                 "wird im Rahmen des KIM fortgeschrieben.")})
    out.append({"fett": "Förderzeitraum"})
    out.append({"p": p["zeitraum_text"]})
    out.append({"fett": "Finanzierungsplan"})
    if p.get("plan_text"):
        out.append({"p": p["plan_text"]})
    if p.get("plan_tabelle"):
        out.append({"tabelle": p["plan_tabelle"]})
    elif p.get("plan"):
        out.extend(plan_tabellen(p))
    if "erklaerungen" not in ohne:
        out.append({"fett": "Erklärungen"})
        out.append({"p": p.get("erklaerung_text", "Wir erklären, dass für die Stelle keine "
                                                    "Doppelförderung aus anderen öffentlichen Mitteln "
                                                    "besteht und dass mit der Maßnahme nicht vor der "
                                                    "Bewilligung begonnen wurde.")})
    out.append({"p": "Mit freundlichen Grüßen"})
    if p.get("zeichnung", "In Vertretung"):
        out.append({"p": p.get("zeichnung", "In Vertretung")})
    out.append({"p": p.get("unterzeichner", "Thomas Weiland, Erster Kreisbeigeordneter")})
    if p.get("anlagen"):
        out.append({"fett": "Anlagen"})
        out.append({"liste": p["anlagen"]})
    return out


# --- Jahresbericht ------------------------------------------------------------------------------

FRAGEN = {
    "personal": "1. Personal: Wer war im Berichtsjahr als Integrationsmanagerin/-manager tätig "
                "(Name, Stellenumfang in VZÄ, seit wann)? Gab es Vakanzen?",
    "infrastruktur": "2. Integrationsinfrastruktur: Welche Bestandsaufnahme der Angebote liegt vor, "
                     "welche Lücken und Handlungsfelder wurden erkannt?",
    "vernetzung": "3. Vernetzung in der Kommune: Mit welchen Stellen der Verwaltung, der Politik "
                  "und welchen Akteuren vor Ort wurde zusammengearbeitet?",
    "interkommunal": "4. Interkommunale Vernetzung: Welcher Austausch mit anderen Kommunen fand statt?",
    "oeffentlichkeit": "5. Öffentlichkeitsarbeit: Wie wurde die Öffentlichkeit informiert?",
    "land": "6. Kooperation mit dem Land: Wie gestaltete sich die Zusammenarbeit mit MFFKI und DBKI?",
    "konzept": "7. Stand des Integrationskonzepts: Wie ist der Stand der Erarbeitung bzw. "
               "Fortschreibung?",
    "einzelfall": "8. Koordinierung im Einzelfall: Gab es Fallkonferenzen?",
    "mittel": "9. Mittelverwendung: Welche Mittel wurden bewilligt und verausgabt?",
    "ausblick": "10. Ausblick: Was ist für das kommende Jahr geplant?",
}

ANTWORTEN = {
    "infrastruktur": "Die Bestandsaufnahme der Angebote in den Handlungsfeldern Sprache und Bildung, "
                     "Wohnen, Arbeitsmarkt und Migrationsberatung wurde im Frühjahr abgeschlossen. "
                     "Lücken bestehen bei Sprachkursen mit Kinderbetreuung und im ländlichen Raum.",
    "vernetzung": "Das Integrationsmanagement leitet die ämterübergreifende Arbeitsgruppe "
                  "(Ausländerbehörde, Jobcenter, Jugendamt, Schulverwaltung) und nimmt an den "
                  "Netzwerkrunden der Wohlfahrtsverbände teil. Der Beirat für Migration und "
                  "Integration wurde zweimal unterrichtet.",
    "interkommunal": "Regelmäßiger Austausch mit den Integrationsmanagerinnen der Nachbarkommunen "
                     "im regionalen Arbeitskreis (vier Treffen).",
    "oeffentlichkeit": "Pressemitteilungen zur Woche der Vielfalt, ein Flyer in sechs Sprachen und "
                       "eine Seite im Internetauftritt der Verwaltung.",
    "land": "Teilnahme an allen Jour-fixe-Terminen des MFFKI und an zwei Fachtagen der DBKI; "
            "Berichterstattung zum Stand der Maßnahmenplanung.",
    "konzept": "Die Fortschreibung des Integrationskonzepts wurde begonnen; der Entwurf soll im "
               "kommenden Jahr beschlossen werden.",
    "einzelfall": "entfällt",
    "ausblick": "Beschluss des fortgeschriebenen Integrationskonzepts, Ausbau der Steuerungsgruppe "
                "und eine Fachveranstaltung zur Arbeitsmarktintegration.",
}


def mittel_tabelle(p: dict) -> dict:
    style = p.get("betrag", "eur2")
    rows = [["Position", "bewilligt", "verausgabt"]]
    for label, bew, ver in p["mittel"]:
        rows.append([label, betrag(bew, style), betrag(ver, style)])
    rows.append(["Summe", betrag(p.get("summe_bewilligt", _sum(b for _, b, _ in p["mittel"])), style),
                 betrag(p.get("summe_verausgabt", _sum(v for _, _, v in p["mittel"])), style)])
    return {"tabelle": rows}


def jahresbericht(p: dict) -> list[dict]:
    name, verwaltung, anschrift, _, _, chef, ort = k(p)
    ohne = set(p.get("ohne", ()))
    jahr = p["jahr"]
    fragebogen = p.get("form", "fragebogen") == "fragebogen"
    out: list[dict] = [{"briefkopf": [verwaltung, p.get("abteilung", "Integrationsmanagement"), anschrift]}]
    out.append({"titel": f"Jahresbericht {jahr} – Kommunales Integrationsmanagement"})
    out.append({"formular": [["Kommune", name], ["Berichtsjahr", str(jahr)],
                             ["Förderung seit", p["seit"]],
                             ["Aktenzeichen MFFKI", p.get("az", f"KIM-{jahr}-{p['kommune'][:3].upper()}")]]})
    if fragebogen:
        out.append({"p": "Bitte beantworten Sie die Fragen unter der jeweiligen Frage. Nicht "
                         "zutreffende Fragen bitte mit „entfällt“ kennzeichnen."})
    for key, frage in FRAGEN.items():
        if key in ohne:
            continue
        if not fragebogen:
            frage = p.get("titel_" + key, frage.split(":")[0])
        out.append({"h1": frage})
        if key == "personal":
            if p.get("personal_text"):
                out.append({"p": p["personal_text"]})
            else:
                out.append(staff_tabelle(p))
        elif key == "mittel":
            out.append({"p": p.get("mittel_text", f"Für {jahr} bewilligt und bis zum Berichtsdatum "
                                                   "verausgabt (Hochrechnung bis 31.12. eingeschlossen):")})
            out.append(mittel_tabelle(p))
            if p.get("mittel_zusatz"):
                out.append({"p": p["mittel_zusatz"]})
        else:
            out.append({"p": p.get("antwort_" + key, ANTWORTEN[key])})
    out.append({"fett": "Anlagen"})
    out.append({"liste": p.get("anlagen", ["ausgefüllter Fragebogen des MFFKI zur Evaluation des KIM",
                                           "Pressespiegel"])})
    out.append({"p": f"{ort}, {p['datum']}"})
    out.append({"p": p.get("zeichnung", "i. A. Miriam Kessler, Abteilungsleitung Soziales")})
    return out


# --- Bescheid ---------------------------------------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    name, verwaltung, anschrift, _, gericht, chef, ort = k(p)
    ohne = set(p.get("ohne", ()))
    style = p.get("betrag", "eur2")
    fach = p.get("form", "fachverfahren") == "fachverfahren"
    out: list[dict] = [{"briefkopf": [
        "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
        "Kaiser-Friedrich-Straße 5a, 55116 Mainz"]}]
    if fach:
        out.append({"formular": [["Mein Aktenzeichen", p.get("az", "7211-0003#2026/0017-0701")],
                                 ["Kassenzeichen", p.get("kassenzeichen", "6100.2026.004417")],
                                 ["Haushaltsstelle", p.get("haushaltsstelle", "Kap. 07 02, Titel 633 81")],
                                 ["Ihr Antrag vom", p["antrag_vom"]],
                                 ["Datum", p["datum"]],
                                 ["Empfänger", f"{verwaltung}, {anschrift}"]]})
    else:
        out.append({"p": verwaltung})
        out.append({"p": anschrift})
        out.append({"rechts": f"Mainz, {p['datum']}"})
        out.append({"p": f"Ihr Antrag vom {p['antrag_vom']}"})
    out.append({"titel": "Zuwendungsbescheid (Zuweisung) – Kommunales Integrationsmanagement"})
    jahre = p["jahre"]  # {year: [pk, sk]}
    if "bewilligung" not in ohne:
        out.append({"h1": "I. Bewilligung"})
        out.append({"p": f"Auf Ihren Antrag bewillige ich {'der' if name.startswith('Stadt') else 'dem'} {name} für den Bewilligungszeitraum "
                         f"{p['zeitraum']} eine Zuwendung in Höhe von insgesamt "
                         f"{betrag(_sum(sum(map(Decimal, v)) for v in jahre.values()), style)}. "
                         "Zuwendungszweck ist die Förderung der Stelle einer Integrationsmanagerin/eines "
                         f"Integrationsmanagers ({p['vzae']} VZÄ) im Kommunalen Integrationsmanagement."})
        rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Gesamt"]]
        for y, (pk, sk) in jahre.items():
            rows.append([str(y), betrag(pk, style), betrag(sk, style),
                         betrag(Decimal(pk) + Decimal(sk), style)])
        out.append({"tabelle": rows})
    out.append({"h1": "II. Finanzierungsart und zuwendungsfähige Ausgaben"})
    out.append({"p": "Die Zuwendung wird als Festbetragsfinanzierung gewährt. Zuwendungsfähig sind die "
                     "Personalausgaben der Stelle bis zum Höchstbetrag von 60.000 Euro je VZÄ und Jahr "
                     "sowie Sachausgaben bis 20.000 Euro je Jahr, jeweils anteilig für volle Monate. "
                     "Overheadkosten sind nicht zuwendungsfähig."})
    if "auszahlung" not in ohne:
        out.append({"h1": "III. Auszahlung"})
        out.append({"p": "Die Mittel werden auf Abruf in folgenden Teilbeträgen ausgezahlt "
                         f"(Kassenzeichen bitte angeben):"})
        rows = [["Rate", "fällig", "Betrag"]]
        for i, (faellig, amount) in enumerate(p["raten"], 1):
            rows.append([f"{i}. Rate", faellig, betrag(amount, style)])
        rows.append(["Summe", "", betrag(_sum(a for _, a in p["raten"]), style)])
        out.append({"tabelle": rows})
    out.append({"h1": "IV. Jahresbericht und Verwendungsnachweis"})
    out.append({"p": "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten "
                     "Fragebogen vorzulegen. Der Verwendungsnachweis ist innerhalb von sechs Monaten "
                     "nach Ablauf des Bewilligungszeitraums vorzulegen."})
    out.append({"h1": "V. Nebenbestimmungen"})
    out.append({"liste": ["Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
                          "kommunale Körperschaften (ANBest-K) sind Bestandteil dieses Bescheids.",
                          "Nicht zweckentsprechend verwendete Beträge sind nach § 49a VwVfG zu "
                          "erstatten und zu verzinsen.",
                          "Personelle Veränderungen sind unverzüglich mitzuteilen."]})
    if "begruendung" not in ohne:
        out.append({"h1": "VI. Begründung"})
        out.append({"p": "Rechtsgrundlage sind § 44 LHO und das Konzept Kommunales Integrationsmanagement. "
                         "Die Zuwendung ist eine freiwillige Leistung; ein Rechtsanspruch besteht nicht. "
                         "Nach pflichtgemäßem Ermessen im Rahmen der verfügbaren Haushaltsmittel war dem "
                         "Antrag zu entsprechen."})
    if "rbb" not in ohne:
        out.append({"h1": "VII. Rechtsbehelfsbelehrung"})
        if p.get("widerspruch"):
            out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                             "Widerspruch beim Ministerium für Familie, Frauen, Kultur und Integration "
                             "Rheinland-Pfalz, Kaiser-Friedrich-Straße 5a, 55116 Mainz, erhoben werden."})
        else:
            out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage "
                             f"beim {p.get('gericht', gericht)} schriftlich oder in elektronischer Form "
                             "erhoben werden."})
    if "zeichnung" not in ohne:
        out.append({"p": "Im Auftrag"})
        out.append({"p": p.get("unterzeichner", "gez. Dr. Katrin Vogelsang")})
    else:
        out.append({"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"})
    if fach:
        out.append({"p": "Bearbeitung: Fachverfahren ZUWEND-RP, Druck " + p["datum"]})
    out.append({"fusszeile": ["Zuwendungsbescheid KIM · Seite #"]})
    return out


# --- Vorlage ----------------------------------------------------------------------------------

def vorlage(p: dict) -> list[dict]:
    name, verwaltung, *_ = k(p)
    ohne = set(p.get("ohne", ()))
    out: list[dict] = []
    if p.get("navigation"):
        out.append({"navigation": ["Startseite", "Sitzungen", "Vorlagen", p["nummer"]]})
    out.append({"titel": p.get("vorlagenart", "Unterrichtungsvorlage")})
    out.append({"formular": [["Vorlage-Nr.", p["nummer"]], ["Datum", p["datum"]],
                             ["Dezernat / Amt", p.get("amt", "Dezernat III / Amt für Soziales")],
                             ["Aktenzeichen", p.get("az", "50/KIM")],
                             [p.get("betreff_wort", "Betreff"),
                              p.get("betreff", "Kommunales Integrationsmanagement (KIM) – Sachstand")]]})
    if "beratung" not in ohne:
        out.append({"fett": p.get("beratung_wort", "Beratungsfolge")})
        rows = [["Datum", "Gremium", "Zuständigkeit", "Status"]]
        rows += p.get("beratung", [["21.04.2026", "Ausschuss für Soziales und Integration",
                                    "Kenntnisnahme", "öffentlich"],
                                   ["05.05.2026", "Beirat für Migration und Integration",
                                    "Kenntnisnahme", "öffentlich"]])
        out.append({"tabelle": rows})
    if p.get("beschlussvorschlag"):
        out.append({"h1": "Beschlussvorschlag"})
        out.append({"p": p["beschlussvorschlag"]})
    teile = [("hintergrund", "Hintergrund", "Das Land fördert seit August 2025 je Landkreis und "
              "kreisfreier Stadt die Stelle einer Integrationsmanagerin bzw. eines "
              "Integrationsmanagers mit bis zu einem Vollzeitäquivalent (bis zu 60.000 Euro) und "
              "Sachkosten bis 20.000 Euro jährlich."),
             ("umsetzung", "Umsetzung", "Die Stelle ist in der Verwaltung angesiedelt. Zu den "
              "Aufgaben gehören die Bestandsaufnahme der Angebote, die Vernetzung der Akteure und "
              "die Fortschreibung des Integrationskonzepts."),
             ("sachstand", "Sachstand", "Der Bewilligungsbescheid liegt vor. Die Stelle ist besetzt; "
              "eine erste Steuerungsgruppe hat getagt.")]
    for key, wort, text in teile:
        if key in ohne:
            continue
        out.append({"h1": p.get("wort_" + key, wort)})
        out.append({"p": p.get("text_" + key, text)})
    if "anlagen" not in ohne:
        out.append({"fett": "Anlagen"})
        out.append({"liste": p.get("anlagen", ["Bewilligungsbescheid (nichtöffentlich)"])})
    out.append({"p": p.get("zeichnung", f"gez. {p.get('unterzeichner', 'Dr. Anna Berg, Beigeordnete')}")})
    return out


BUILDERS = {
    "antrag-formular": antrag_formular,
    "antrag-brief": antrag_brief,
    "jahresbericht": jahresbericht,
    "bescheid": bescheid,
    "vorlage": vorlage,
}
