"""Contents of the fourteenth held-out ("blind") corpus (manifest_blind14.yaml), issue 19 item 4.

How it was written: from the guideline data and its rule page (kim-rlp-2025.yaml / .md), the list
of Kommunen, the shared domain notes, the real Koblenz Vorlage in quellen/003 and the build
script bauen.py only. The author had not seen the checker's fact layer (facts, readers, rules,
check), no earlier corpus module, manifest or deviation list, no benchmark result and no checker
output; the expectations in the manifest were fixed before the first build and before any run of
the checker, as a careful human reviewer would state them.

What is new in this round: mostly Landkreise and their Kreisverwaltungen – long application forms
with numbered sections, label/value tables and ☒/☐ boxes, staff lists with several part-time people
and changes during the year (Nachbesetzung, Elternzeitvertretung, a planned N. N. share, a vacant
month), cost plans with many Sachkosten items, a Zwischensumme, Eigenmittel and separate
Ausgaben/Finanzierung tables; Kreis letters in Verwaltungsdeutsch ("vorbehaltlich", "i. V. m.",
"gem.", "lt.", "zzgl.", "ggf."); Jahresberichte written by the Integrationsmanagerinnen themselves
with lively prose, activity lists and case numbers and parts named in their own words; ministry
Bescheide with roman part numbers and a long numbered list of Nebenbestimmungen; Kreis Vorlagen
with a Beratungsfolge table and a Beschlussvorschlag.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

K = {
    # key: (name, Verwaltung, Anschrift, Schlüssel, Ort, Spitze, Fachbereich)
    "cochem-zell": ("Landkreis Cochem-Zell", "Kreisverwaltung Cochem-Zell", "Endertplatz 2, 56812 Cochem", "07135", "Cochem", "Landrätin", "Fachbereich 2 – Soziales, Jugend und Integration"),
    "bad-kreuznach": ("Landkreis Bad Kreuznach", "Kreisverwaltung Bad Kreuznach", "Salinenstraße 47, 55543 Bad Kreuznach", "07133", "Bad Kreuznach", "Landrätin", "Abteilung 5 – Soziales und Integration"),
    "westerwald": ("Westerwaldkreis", "Kreisverwaltung des Westerwaldkreises", "Peter-Altmeier-Platz 1, 56410 Montabaur", "07143", "Montabaur", "Landrat", "Referat 42 – Integration und Migration"),
    "mayen-koblenz": ("Landkreis Mayen-Koblenz", "Kreisverwaltung Mayen-Koblenz", "Bahnhofstraße 9, 56068 Koblenz", "07137", "Koblenz", "Landrat", "Abteilung 4 – Soziales"),
    "germersheim": ("Landkreis Germersheim", "Kreisverwaltung Germersheim", "Luitpoldplatz 1, 76726 Germersheim", "07334", "Germersheim", "Landrat", "Referat 31 – Soziales und Integration"),
    "bernkastel": ("Landkreis Bernkastel-Wittlich", "Kreisverwaltung Bernkastel-Wittlich", "Kurfürstenstraße 16, 54516 Wittlich", "07231", "Wittlich", "Landrat", "Fachbereich 14 – Migration und Integration"),
    "suedwestpfalz": ("Landkreis Südwestpfalz", "Kreisverwaltung Südwestpfalz", "Unterer Sommerwaldweg 40-42, 66953 Pirmasens", "07340", "Pirmasens", "Landrätin", "Abteilung 3 – Jugend, Familie und Soziales"),
    "vulkaneifel": ("Landkreis Vulkaneifel", "Kreisverwaltung Vulkaneifel", "Mainzer Straße 25, 54550 Daun", "07233", "Daun", "Landrätin", "Abteilung 3 – Soziales"),
    "rhein-hunsrueck": ("Rhein-Hunsrück-Kreis", "Kreisverwaltung Rhein-Hunsrück-Kreis", "Ludwigstraße 3-5, 55469 Simmern", "07140", "Simmern", "Landrat", "Fachbereich 3 – Soziales und Integration"),
    "donnersberg": ("Donnersbergkreis", "Kreisverwaltung Donnersbergkreis", "Uhlandstraße 2, 67292 Kirchheimbolanden", "07333", "Kirchheimbolanden", "Landrat", "Referat 5.2 – Integration"),
    "kusel": ("Landkreis Kusel", "Kreisverwaltung Kusel", "Trierer Straße 49-51, 66869 Kusel", "07336", "Kusel", "Landrat", "Abteilung 2 – Soziales"),
    "pirmasens": ("Stadt Pirmasens", "Stadtverwaltung Pirmasens", "Exerzierplatzstraße 17, 66953 Pirmasens", "07317", "Pirmasens", "Oberbürgermeister", "Amt 50 – Soziales"),
    "vg-wallmerod": ("Verbandsgemeinde Wallmerod", "Verbandsgemeindeverwaltung Wallmerod", "Koblenzer Straße 40, 56414 Wallmerod", "07143 (VG 07143501)", "Wallmerod", "Bürgermeister", "Fachbereich 1 – Bürgerdienste und Soziales"),
    "alzey-worms": ("Landkreis Alzey-Worms", "Kreisverwaltung Alzey-Worms", "Ernst-Ludwig-Straße 36, 55232 Alzey", "07331", "Alzey", "Landrat", "Abteilung 4 – Soziales"),
    "trier-saarburg": ("Landkreis Trier-Saarburg", "Kreisverwaltung Trier-Saarburg", "Willy-Brandt-Platz 1, 54290 Trier", "07235", "Trier", "Landrat", "Abteilung 8 – Soziales"),
    "ahrweiler": ("Landkreis Ahrweiler", "Kreisverwaltung Ahrweiler", "Wilhelmstraße 24-30, 53474 Bad Neuenahr-Ahrweiler", "07131", "Bad Neuenahr-Ahrweiler", "Landrätin", "Abteilung 5 – Soziales"),
    "bad-duerkheim": ("Landkreis Bad Dürkheim", "Kreisverwaltung Bad Dürkheim", "Philipp-Fauth-Straße 11, 67098 Bad Dürkheim", "07332", "Bad Dürkheim", "Landrat", "Referat 50 – Soziales und Integration"),
    "kaiserslautern-lk": ("Landkreis Kaiserslautern", "Kreisverwaltung Kaiserslautern", "Lauterstraße 8, 67657 Kaiserslautern", "07335", "Kaiserslautern", "Landrat", "Referat 51 – Integration"),
    "neuwied": ("Landkreis Neuwied", "Kreisverwaltung Neuwied", "Wilhelm-Leuschner-Straße 9, 56564 Neuwied", "07138", "Neuwied", "Landrat", "Abteilung 4 – Soziales und Integration"),
    "altenkirchen": ("Landkreis Altenkirchen", "Kreisverwaltung Altenkirchen", "Parkstraße 1, 57610 Altenkirchen", "07132", "Altenkirchen", "Landrat", "Referat 4.3 – Integration"),
    "suew": ("Landkreis Südliche Weinstraße", "Kreisverwaltung Südliche Weinstraße", "An der Kreuzmühle 2, 76829 Landau in der Pfalz", "07337", "Landau in der Pfalz", "Landrat", "Abteilung 3 – Soziales"),
    "rhein-lahn": ("Rhein-Lahn-Kreis", "Kreisverwaltung Rhein-Lahn-Kreis", "Insel Silberau 1, 56130 Bad Ems", "07141", "Bad Ems", "Landrat", "Fachbereich 4 – Soziales"),
    "eifelkreis": ("Eifelkreis Bitburg-Prüm", "Kreisverwaltung Eifelkreis Bitburg-Prüm", "Trierer Straße 1, 54634 Bitburg", "07232", "Bitburg", "Landrat", "Abteilung 5 – Soziales"),
    "mainz-bingen": ("Landkreis Mainz-Bingen", "Kreisverwaltung Mainz-Bingen", "Georg-Rückert-Straße 11, 55218 Ingelheim am Rhein", "07339", "Ingelheim am Rhein", "Landrätin", "Abteilung 4 – Soziales"),
    "birkenfeld": ("Landkreis Birkenfeld", "Kreisverwaltung Birkenfeld", "Schneewiesenstraße 25, 55765 Birkenfeld", "07134", "Birkenfeld", "Landrat", "Abteilung 2 – Soziales"),
    "zweibruecken": ("Stadt Zweibrücken", "Stadtverwaltung Zweibrücken", "Herzogstraße 1, 66482 Zweibrücken", "07320", "Zweibrücken", "Oberbürgermeister", "Amt 50 – Soziales und Integration"),
    "rhein-pfalz": ("Rhein-Pfalz-Kreis", "Kreisverwaltung Rhein-Pfalz-Kreis", "Europaplatz 5, 67063 Ludwigshafen am Rhein", "07338", "Ludwigshafen am Rhein", "Landrat", "Referat 50 – Soziales"),
    "frankenthal": ("Stadt Frankenthal (Pfalz)", "Stadtverwaltung Frankenthal (Pfalz)", "Rathausplatz 2-7, 67227 Frankenthal (Pfalz)", "07311", "Frankenthal (Pfalz)", "Oberbürgermeister", "Bereich 5 – Soziales"),
    "landau": ("Stadt Landau in der Pfalz", "Stadtverwaltung Landau in der Pfalz", "Marktstraße 50, 76829 Landau in der Pfalz", "07313", "Landau in der Pfalz", "Oberbürgermeister", "Amt 50 – Soziales"),
}
GERICHT = {"koblenz": "Verwaltungsgericht Koblenz, Deinhardpassage 1, 56068 Koblenz",
           "mainz": "Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz",
           "neustadt": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße",
           "trier": "Verwaltungsgericht Trier, Egbertstraße 20a, 54295 Trier"}


KONTAKTE = [("Frau Sandra Moos", "Dr. M. Weiler"), ("Herr Stefan Gräf", "A. Hallerbach"),
            ("Frau Nicole Brück", "J. Denninghoff"), ("Herr Markus Adams", "B. Dickes"),
            ("Frau Tanja Reuter", "O. Rubly"), ("Herr Uwe Scherer", "G. Eibes"),
            ("Frau Daniela Fuchs", "S. Ganster")]


def _leute(p) -> tuple[str, str]:
    return KONTAKTE[sum(map(ord, p["kommune"])) % len(KONTAKTE)]


def _d(x) -> Decimal:
    return Decimal(str(x))


def betrag(x, art: str = "eur2") -> str:
    """An amount written the way the entry's writer writes amounts."""
    v = _d(x).quantize(Decimal("0.01"), ROUND_HALF_UP)
    ganz = v == v.to_integral_value()
    euro = f"{int(v):,}".replace(",", ".")
    cent = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if art in ("teur", "tsd"):
        t = (v / 1000).normalize()
        t = f"{t:.1f}" if t == t.to_integral_value() else f"{t:f}"
        t = t.replace(".", ",")
        return f"{t} T€" if art == "teur" else f"{t} Tsd. EUR"
    if art == "eur2":
        return f"{cent} €"
    if art == "eur":
        return f"{euro} EUR" if ganz else f"{cent} EUR"
    if art == "eur_strich":
        return f"EUR {euro},-" if ganz else f"EUR {cent}"
    if art == "strich2":
        return f"{euro},--" if ganz else cent
    if art == "bare":
        return euro if ganz else cent
    return cent  # "bare2"


def _kopf(p, az_label="Aktenzeichen"):
    name, verw, anschrift, _, ort, _, fb = K[p["kommune"]]
    return {"briefkopf": [verw, fb, anschrift, f"{az_label}: {p.get('az', '51-0815/KIM')}"]}


def _plan_tabellen(p) -> list[dict]:
    """Ausgaben and Finanzierung as two tables, years as columns (a Kreis form)."""
    f = p.get("format", "eur2")
    jahre = [str(j) for j in p["jahre"]]
    kosten_p = [_d(x) for x in p["personalkosten"]]
    zusch_p = [_d(x) for x in p["zuschuss_personal"]]
    posten = p["sachposten"]
    sach = [sum((_d(r[1 + i]) for r in posten), Decimal(0)) for i in range(len(jahre))]
    zwischen = [_d(x) for x in p.get("zwischensumme_geschrieben", sach)]
    aus = [kosten_p[i] + zwischen[i] for i in range(len(jahre))]
    eigen = [aus[i] - zusch_p[i] - zwischen[i] for i in range(len(jahre))]
    kopf = "Position (in EUR)" if f in ("bare", "bare2") else "Position"
    A = [[kopf, *jahre],
         ["Personalausgaben Integrationsmanagement (AG-Brutto inkl. Nebenkosten)",
          *[betrag(x, f) for x in kosten_p]]]
    A += [[f"Sachausgaben – {r[0]}", *[betrag(x, f) for x in r[1:]]] for r in posten]
    A += [["Zwischensumme Sachausgaben", *[betrag(x, f) for x in zwischen]],
          ["Gesamtausgaben", *[betrag(x, f) for x in aus]]]
    F = [[kopf, *jahre],
         ["Beantragte Zuwendung Land – Personalkosten", *[betrag(x, f) for x in zusch_p]],
         ["Beantragte Zuwendung Land – Sachkosten", *[betrag(x, f) for x in zwischen]],
         [p.get("eigen_label", "Eigenmittel des Landkreises"), *[betrag(x, f) for x in eigen]],
         ["Gesamtfinanzierung", *[betrag(x, f) for x in aus]]]
    return [{"h2": "a) Ausgabenplan"}, {"tabelle": A}, {"h2": "b) Finanzierungsplan"},
            {"tabelle": F}]


def _stellen(p) -> list[dict]:
    rows = [["Name", "Funktion / Entgeltgruppe", p.get("umfang_kopf", "Stellenumfang"), "von", "bis"]]
    rows += [list(r) for r in p["personal"]]
    out = [{"tabelle": rows}]
    if p.get("personal_hinweis"):
        out.append({"p": p["personal_hinweis"]})
    return out


AUFGABEN = ["Bestandsaufnahme der Integrationsangebote im Kreisgebiet (Wohnen, Sprache und Bildung, "
            "Migrationsberatung, Arbeitsmarkt) und Identifizierung von Lücken",
            "Aufbau und Koordinierung einer Steuerungsgruppe Integration mit den Verbandsgemeinden",
            "Vernetzung innerhalb der Kreisverwaltung (Jobcenter, Ausländerbehörde, Jugendamt) und "
            "mit den Akteuren vor Ort",
            "Fortschreibung des Integrationskonzepts und Berichterstattung an das MFFKI",
            "Öffentlichkeitsarbeit und interkulturelle Öffnung der Verwaltung"]


def antrag_formular(p) -> list[dict]:
    name, verw, anschrift, schl, ort, spitze, fb = K[p["kommune"]]
    fehlt = set(p.get("fehlt", ()))
    o = [_kopf(p), {"titel": "Antrag auf Gewährung einer Zuweisung – Kommunales "
                             "Integrationsmanagement Rheinland-Pfalz (KIM)"},
         {"p": "an das Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz, "
               "Kaiser-Friedrich-Straße 5a, 55116 Mainz"},
         {"p": "gem. Konzept Kommunales Integrationsmanagement i. V. m. § 44 LHO"}]
    o += [{"h1": "1. Antragstellende Gebietskörperschaft"},
          {"formular": [["Gebietskörperschaft", name], ["Kreisschlüssel", schl],
                        ["Anschrift", anschrift], ["Vertreten durch", f"{spitze} {p.get('spitze_name', _leute(p)[1])}"]]}]
    o += [{"h1": "2. Ansprechpartner/-in"},
          {"formular": [["Name", p.get("kontakt", _leute(p)[0])], ["Organisationseinheit", fb],
                        ["Telefon", p.get("telefon", "0261 108-412")],
                        ["E-Mail", p.get("mail", "integration@kreis.example.de")]]}]
    o += [{"h1": "3. Angaben zur Stelle und zum Personal"}, *_stellen(p)]
    o += [{"h1": "4. Organisatorische Anbindung"},
          {"formular": [["Dezernat / Abteilung", fb], ["Sachgebiet", p.get("sachgebiet", "Koordinierungsstelle Integration")],
                        ["Ansiedlung", p.get("ansiedlung", f"☒ in der {verw}\n☐ bei einem Dritten")]]}]
    o += [{"h1": "5. Aufgaben und Schwerpunkte"}, {"liste": AUFGABEN}]
    o += [{"h1": "6. Integrationskonzept"},
          {"p": p.get("konzept", "☒ Ein Integrationskonzept liegt vor (Kreistagsbeschluss vom 12.05.2022); "
                                 "die Fortschreibung ist für 2026 vorgesehen.   ☐ liegt nicht vor")}]
    o += [{"h1": "7. Beantragter Förderzeitraum"},
          {"formular": [["Zeitraum", p["zeitraum"]], ["Beginn der Maßnahme", p.get("beginn", "nicht vor Bewilligung")]]}]
    o += [{"h1": "8. Kosten- und Finanzierungsplan"}, *_plan_tabellen(p)]
    if p.get("plan_hinweis"):
        o.append({"p": p["plan_hinweis"]})
    if "erklaerungen" not in fehlt:
        b = p.get("boxen", ["☒", "☒", "☒"])
        o += [{"h1": "9. Erklärungen"},
              {"p": f"{b[0]} Für die beantragte Maßnahme werden keine weiteren öffentlichen Mittel in Anspruch genommen; "
                    "eine Doppelförderung ist ausgeschlossen."},
              {"p": f"{b[1]} Mit der Maßnahme wurde vor Bekanntgabe des Zuwendungsbescheides nicht begonnen."},
              {"p": f"{b[2]} Die Angaben in diesem Antrag sind vollständig und richtig; Änderungen werden unverzüglich mitgeteilt."}]
    if "unterschrift" not in fehlt:
        o += [{"h1": "10. Ort, Datum, Unterschrift"}, {"p": f"{ort}, {p['datum']}"},
              {"p": p.get("zeichnung", f"gez. {p.get('spitze_name', _leute(p)[1])}")}, {"p": spitze}]
    o += [{"fett": "Anlagen"}, {"liste": ["Stellenbeschreibung Integrationsmanagement",
                                         "Organigramm der Kreisverwaltung"]}]
    if p.get("fusszeile", True):
        o.append({"fusszeile": [f"{verw} · Antrag KIM · Seite #"]})
    return o


def antrag_brief(p) -> list[dict]:
    name, verw, anschrift, schl, ort, spitze, fb = K[p["kommune"]]
    f = p.get("format", "eur2")
    fehlt = set(p.get("fehlt", ()))
    o = [_kopf(p, "Unser Zeichen"), {"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"},
         {"p": "Referat Integration"}, {"p": "Kaiser-Friedrich-Straße 5a"}, {"p": "55116 Mainz"},
         {"rechts": f"{ort}, {p['datum']}"},
         {"fett": "Antrag auf Förderung des Kommunalen Integrationsmanagements (KIM); hier: Antragstellung "
                  f"{name}"},
         {"p": "Sehr geehrte Damen und Herren,"},
         {"p": "vorbehaltlich der Zustimmung der zuständigen Gremien beantragen wir hiermit eine Zuweisung "
               "nach dem Konzept Kommunales Integrationsmanagement i. V. m. § 44 LHO. Die Angaben im Einzelnen:"}]
    o += [{"h1": "1. Antragsteller"},
          {"p": f"{name}, vertreten durch {p.get('spitze_text', 'den ' + spitze)}, {anschrift}; "
                f"Kreisschlüssel/Gemeindeschlüssel {schl}."}]
    o += [{"h1": "2. Ansprechperson"},
          {"p": p.get("kontakt", "Herr Dominik Lauer, Sachgebietsleitung Integration, Telefon 06381 424-233, "
                                 "E-Mail d.lauer@kv.example.de")}]
    o += [{"h1": "3. Stelle und Personal"}, {"p": p["personal_text"]}]
    o += [{"h1": "4. Organisatorische Anbindung"}, {"p": p.get("ansiedlung", f"Die Stelle ist in der {verw}, {fb}, angesiedelt "
                                                                         "und der Abteilungsleitung unmittelbar zugeordnet.")}]
    o += [{"h1": "5. Aufgabenbeschreibung"}, {"p": "Die Integrationsmanagerin bzw. der Integrationsmanager nimmt gem. "
                                                      "Nr. 2 des Konzepts insbesondere folgende Aufgaben wahr:"},
          {"liste": AUFGABEN[:4]}]
    o += [{"h1": "6. Örtliches Integrationskonzept"}, {"p": p.get("konzept", "Ein Integrationskonzept liegt lt. Beschluss "
                                                                              "des Kreistages vom 27.03.2023 vor; ggf. wird es 2026 fortgeschrieben.")}]
    o += [{"h1": "7. Laufzeit"}, {"p": f"Die Förderung wird für den Zeitraum {p['zeitraum']} beantragt."}]
    kopf = "in EUR" if f in ("bare", "bare2") else ""
    rows = [["Haushaltsjahr", f"Zuschuss Personalkosten {kopf}".strip(), f"Sachkosten {kopf}".strip(),
             f"Zuwendung gesamt {kopf}".strip()]]
    ges = [Decimal(0)] * 3
    for j, zp, zs in p["jahre_zeilen"]:
        zp, zs = _d(zp), _d(zs)
        rows.append([str(j), betrag(zp, f), betrag(zs, f), betrag(zp + zs, f)])
        ges = [ges[0] + zp, ges[1] + zs, ges[2] + zp + zs]
    rows.append(["Summe", *[betrag(x, f) for x in ges]])
    o += [{"h1": "8. Finanzierungsplan"}, {"p": p.get("plan_text", "Es werden folgende Personal- und Sachkosten als "
                                                                    "Zuwendung beantragt:")}, {"tabelle": rows}]
    if p.get("sach_text"):
        o.append({"p": p["sach_text"]})
    if "erklaerungen" not in fehlt:
        o += [{"h1": "9. Erklärungen"},
              {"p": "Der Antragsteller erklärt, dass für die Stelle keine weiteren Fördermittel beantragt oder bewilligt "
                    "wurden (keine Doppelförderung) und dass mit der Maßnahme vor Bekanntgabe des Bescheides nicht "
                    "begonnen wurde."}]
    o.append({"p": "Für Rückfragen stehen wir Ihnen gerne zur Verfügung."})
    if "unterschrift" not in fehlt:
        o += [{"p": "Mit freundlichen Grüßen"}, {"p": p.get("zeichnung", "i. A.\ngez. Dominik Lauer")}]
    o += [{"fett": "Anlagen:"}, {"liste": ["Stellenbeschreibung", "Kostenaufstellung (zzgl. Arbeitgeberanteile)"]}]
    o.append({"fusszeile": [f"{verw} · Seite #"]})
    return o


JB_TEILE = {
    "personal": "1. Personelle Besetzung des Integrationsmanagements",
    "infrastruktur": "2. Bestandsaufnahme: Was gibt es bei uns im Kreis?",
    "vernetzung": "3. Netzwerkarbeit vor Ort",
    "interkommunal": "4. Blick über den Kreisrand – Austausch mit anderen Kommunen",
    "oeffentlichkeit": "5. Presse- und Öffentlichkeitsarbeit",
    "land": "6. Zusammenarbeit mit MFFKI und DBKI",
    "konzept": "7. Stand des Integrationskonzepts",
    "mittel": "8. Verwendung der Mittel",
    "ausblick": "9. Ausblick",
}


def jahresbericht(p) -> list[dict]:
    name, verw, anschrift, schl, ort, spitze, fb = K[p["kommune"]]
    f = p.get("format", "eur2")
    j = p["jahr"]
    fehlt = set(p.get("fehlt", ()))
    teile = {**JB_TEILE, **p.get("teile", {})}
    faelle = p.get("faelle", 42)
    text = {
        "personal": [{"p": p.get("personal_text", "")}] + (_stellen(p) if p.get("personal") else []),
        "infrastruktur": [
            {"p": "Unsere Bestandsaufnahme hat uns das ganze Frühjahr begleitet. Wir haben mit jeder "
                  "Verbandsgemeinde gesprochen, Angebote gesammelt und in einer Übersicht zusammengeführt. "
                  "Das Ergebnis: viel Engagement, aber große Lücken im ländlichen Raum."},
            {"liste": ["Handlungsfeld Sprache und Bildung: 14 Sprachkursangebote, davon nur 3 mit Kinderbetreuung",
                       "Handlungsfeld Wohnen: kaum bezahlbarer Wohnraum, lange Wartezeiten",
                       "Handlungsfeld Arbeitsmarkt: enge Zusammenarbeit mit dem Jobcenter aufgebaut",
                       "Migrationsberatung: zwei Standorte, Sprechstunden in den VG-Rathäusern neu eingerichtet"]},
            {"p": f"Im Berichtsjahr haben wir in {faelle} Einzelfällen die Zusammenarbeit der beteiligten Stellen "
                  "koordiniert, z. B. bei der Aufnahme einer sechsköpfigen Familie aus Afghanistan."}],
        "vernetzung": [
            {"p": "Ohne Netzwerk geht nichts! Die Steuerungsgruppe Integration tagt seit März vierteljährlich, "
                  "dazu kommen die Netzwerkrunden mit Ehrenamt, Wohlfahrtsverbänden und Schulen."},
            {"liste": ["4 Sitzungen der Steuerungsgruppe", "6 Netzwerktreffen in den Verbandsgemeinden",
                       "Vorstellung im Sozialausschuss des Kreistages"]}],
        "interkommunal": [
            {"p": "Mit den Kolleginnen und Kollegen der Nachbarkreise treffen wir uns alle zwei Monate zum "
                  "Fachaustausch, abwechselnd vor Ort und digital. Beim landesweiten Vernetzungstreffen in "
                  "Mainz haben wir unser Projekt „Integrationslotsen“ vorgestellt."}],
        "oeffentlichkeit": [
            {"p": "Drei Presseartikel in der Lokalzeitung, eine eigene Seite auf der Homepage des Kreises und "
                  "die Interkulturelle Woche im September mit über 600 Besucherinnen und Besuchern – das Thema "
                  "Integration war in diesem Jahr sichtbar."}],
        "land": [
            {"p": "Am Jour fixe des MFFKI haben wir regelmäßig teilgenommen; mit der DBKI standen wir zu "
                  "Fragen der Zielplanung im Austausch. Die Berichterstattung an das Fachreferat erfolgt "
                  "mit diesem Bericht und dem Fragebogen."}],
        "konzept": [
            {"p": "Das Integrationskonzept aus 2022 wird derzeit fortgeschrieben. Ein Entwurf soll dem "
                  "Kreistag im Frühjahr vorgelegt werden."}],
        "ausblick": [
            {"p": f"Für {j + 1} haben wir uns viel vorgenommen: die Fortschreibung des Konzepts abschließen, "
                  "Sprechstunden in allen Verbandsgemeinden anbieten und eine Fortbildungsreihe zur "
                  "interkulturellen Öffnung der Verwaltung starten."}],
    }
    rows = [["Haushaltsjahr / Position", f"bewilligt{' (in EUR)' if f in ('bare', 'bare2') else ''}",
             f"verausgabt{' (in EUR)' if f in ('bare', 'bare2') else ''}"]]
    for jahr, bp, vp, bs, vs in p["mittel"]:
        rows += [[f"{jahr}: Personalkosten", betrag(bp, f), betrag(vp, f)],
                 [f"{jahr}: Sachkosten", betrag(bs, f), betrag(vs, f)]]
    for extra in p.get("mittel_extra", ()):
        rows.append([extra[0], betrag(extra[1], f) if extra[1] is not None else "–", betrag(extra[2], f)])
    tb = sum(_d(r[1]) + _d(r[3]) for r in p["mittel"]) + sum(_d(e[1] or 0) for e in p.get("mittel_extra", ()))
    tv = sum(_d(r[2]) + _d(r[4]) for r in p["mittel"]) + sum(_d(e[2]) for e in p.get("mittel_extra", ()))
    rows.append(["Summe", betrag(tb, f), betrag(tv, f)])
    mt = p.get("mittel_text", "")
    if mt and mt[-1] not in ".:":
        p = {**p, "mittel_text": mt + ":"}
    text["mittel"] = [{"p": p.get("mittel_text", "Die aus der Zuwendung verausgabten Mittel stellen sich gegenüber der "
                                                 "Bewilligung wie folgt dar:")}, {"tabelle": rows}]
    o = [_kopf(p), {"titel": p.get("titel", f"Jahresbericht {j} – Kommunales Integrationsmanagement {name}")},
         {"p": f"Berichtszeitraum: {p.get('zeitraum', f'01.01.{j} – 31.12.{j}')}"},
         {"p": f"Verfasst von: {p.get('autorin', 'Integrationsmanagerin')}, {fb}"},
         {"rechts": f"{ort}, {p['datum']}"}]
    if p.get("einleitung"):
        o.append({"p": p["einleitung"]})
    for key, titel in teile.items():
        if key in fehlt:
            continue
        o.append({"h1": titel})
        o += text[key]
    anl = ["Ausgefüllter Fragebogen des MFFKI zur Evaluation des KIM"] if p.get("fragebogen", True) else []
    anl += ["Übersicht der Angebote (Bestandsaufnahme)", "Pressespiegel"]
    if p.get("fragebogen_text"):
        o.append({"p": p["fragebogen_text"]})
    o += [{"fett": "Anlagen"}, {"liste": anl}, {"fusszeile": [f"Jahresbericht KIM {j} · {name} · Seite #"]}]
    return o


NEBENBESTIMMUNGEN = [
    "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an kommunale Körperschaften "
    "(ANBest-K) in der am Tag dieses Bescheides geltenden Fassung sind Bestandteil dieses Bescheides.",
    "Die Zuwendung ist wirtschaftlich und sparsam und ausschließlich für den Zuwendungszweck zu verwenden.",
    "Personelle Veränderungen (Ausscheiden, Elternzeit, Nachbesetzung, Änderung des Stellenumfangs) sind "
    "dem MFFKI unverzüglich schriftlich mitzuteilen.",
    "Mittel für Monate, in denen die Stelle nicht besetzt ist, dürfen nicht abgerufen werden; bereits "
    "ausgezahlte Mittel sind zurückzuzahlen.",
    "Overheadkosten sind nicht zuwendungsfähig.",
    "Der Zuwendungsbescheid kann nach §§ 48, 49 VwVfG i. V. m. § 1 LVwVfG zurückgenommen oder widerrufen "
    "werden; der zu erstattende Betrag ist nach § 49a Abs. 3 VwVfG zu verzinsen.",
    "Das MFFKI und der Rechnungshof Rheinland-Pfalz sind berechtigt, die Verwendung der Zuwendung zu prüfen.",
    "Die Zuwendungsempfängerin wirkt an der Evaluation des KIM durch das ism Mainz mit.",
]


def bescheid(p) -> list[dict]:
    name, verw, anschrift, schl, ort, spitze, fb = K[p["kommune"]]
    f = p.get("format", "eur2")
    fehlt = set(p.get("fehlt", ()))
    o = [{"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
                        "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]},
         {"p": verw}, *({"p": z} for z in anschrift.split(", ")),
         {"formular": [["Mein Aktenzeichen", p.get("az", "7213-0004#2026/0011-0701")],
                       ["Ihr Schreiben vom", p["antrag_vom"]],
                       ["Ansprechpartner/-in / E-Mail", "Frau Keller / kim@mffki.rlp.example"],
                       ["Telefon / Fax", "06131 16-5xxx / 06131 16-17xxx"]], "rahmenlos": True},
         {"rechts": f"Mainz, {p['datum']}"},
         {"titel": "Zuwendungsbescheid"},
         {"fett": "Kommunales Integrationsmanagement Rheinland-Pfalz (KIM); Ihr Antrag vom " + p["antrag_vom"]},
         {"p": "Sehr geehrte Damen und Herren,"},
         {"p": "auf Ihren o. g. Antrag ergeht folgender Bescheid:"}]
    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Gesamt"]]
    for j, bp, bs in p["betraege"]:
        rows.append([str(j), betrag(bp, f), betrag(bs, f), betrag(_d(bp) + _d(bs), f)])
    o += [{"h1": "I. Bewilligung"},
          {"p": f"Ich bewillige Ihnen ({name}, Zuwendungsempfänger) für den Bewilligungszeitraum {p['zeitraum']} "
                "eine Zuwendung in Form einer Zuweisung. Zuwendungszweck ist die Förderung der Stelle einer "
                f"Integrationsmanagerin bzw. eines Integrationsmanagers im Umfang von {p['vzae_text']} in der "
                f"{verw}."}, {"tabelle": rows}]
    if p.get("bedingung"):
        o.append({"p": p["bedingung"]})
    o += [{"h1": "II. Finanzierungsart und zuwendungsfähige Ausgaben"},
          {"p": "Die Zuwendung wird als Festbetragsfinanzierung gewährt. Zuwendungsfähig sind die Personalausgaben "
                "bis zum Höchstbetrag von 60.000 Euro je Vollzeitäquivalent und Jahr sowie Sachausgaben bis zu "
                "20.000 Euro je Jahr, für Teiljahre anteilig nach vollen Kalendermonaten. Die Festbeträge sind "
                "zugleich Höchstbeträge."}]
    o += [{"h1": "III. Auszahlung"},
          {"p": "Die Zuwendung wird auf Anforderung ausgezahlt, soweit sie voraussichtlich innerhalb von zwei "
                "Monaten nach Auszahlung für fällige Zahlungen benötigt wird."}]
    o += [{"h1": "IV. Jahresbericht und Verwendungsnachweis"},
          {"p": "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten Fragebogen des "
                "MFFKI vorzulegen. Der Verwendungsnachweis ist innerhalb von sechs Monaten nach Ablauf des "
                "Bewilligungszeitraums vorzulegen."}]
    o += [{"h1": "V. Nebenbestimmungen"}]
    o += [{"p": f"{n}. {t}"} for n, t in enumerate(NEBENBESTIMMUNGEN, 1)]
    if "begruendung" not in fehlt:
        o += [{"h1": "VI. Begründung"},
              {"p": "Rechtsgrundlage sind § 44 LHO und die Verwaltungsvorschriften dazu sowie das Konzept Kommunales "
                    "Integrationsmanagement. Auf die Zuwendung besteht kein Rechtsanspruch; ich entscheide nach "
                    "pflichtgemäßem Ermessen im Rahmen der verfügbaren Haushaltsmittel. Die Voraussetzungen der "
                    "Förderung liegen vor; dem Antrag war im bewilligten Umfang zu entsprechen."}]
    rbb = p.get("rbb", "ok")
    gericht = GERICHT[p["gericht"]]
    if rbb == "widerspruch":
        text = ("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. "
                "Der Widerspruch ist schriftlich oder zur Niederschrift beim Ministerium für Familie, Frauen, "
                "Kultur und Integration Rheinland-Pfalz, Kaiser-Friedrich-Straße 5a, 55116 Mainz, einzulegen.")
    else:
        text = ("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
                f"{gericht} schriftlich, nach Maßgabe des § 55a VwGO als elektronisches Dokument oder zur "
                "Niederschrift des Urkundsbeamten der Geschäftsstelle erhoben werden. Ein Widerspruchsverfahren "
                "findet nicht statt (§ 68 Abs. 1 Satz 2 Nr. 1 VwGO).")
    o += [{"h1": "Rechtsbehelfsbelehrung"}, {"p": text}]
    o += [{"p": "Mit freundlichen Grüßen"}, {"p": "Im Auftrag"}, {"p": p.get("zeichner", "gez. Dr. Katharina Helmes")},
          {"p": "Referatsleiterin"}]
    o += [{"fett": "Anlage"}, {"liste": ["ANBest-K"]},
          {"fusszeile": ["MFFKI · Zuwendungsbescheid KIM · Seite #"]}]
    return o


def vorlage(p) -> list[dict]:
    name, verw, anschrift, schl, ort, spitze, fb = K[p["kommune"]]
    fehlt = set(p.get("fehlt", ()))
    art = p.get("vorlagenart", "Informationsvorlage")
    o = [{"briefkopf": [verw, "Vorlage für die Gremien des Kreises" if name.startswith(("Landkreis", "Eifel", "Rhein", "Wester", "Donners"))
                        else "Vorlage für die Gremien der Stadt"]},
         {"titel": art},
         {"formular": [["Vorlage-Nr.", p["nummer"]], ["Datum", p["datum"]], ["Fachbereich", fb],
                       ["Verfasser/in", p.get("verfasser", "Koordinierungsstelle Integration")],
                       ["Az.", p.get("az", "50/512-10")],
                       ["Betreff", "Kommunales Integrationsmanagement (KIM) – " + p.get("betreff", "Sachstandsbericht")]]}]
    if "beratung" not in fehlt:
        rows = [["Datum", "Gremium", "Zuständigkeit", "Status"]] + [list(r) for r in p["gremien"]]
        o += [{"fett": p.get("beratung_titel", "Beratungsfolge:")}, {"tabelle": rows}]
    if p.get("beschluss"):
        o += [{"h1": "Beschlussvorschlag"}, {"p": p["beschluss"]}]
    o += [{"h1": p.get("hintergrund_titel", "Sachverhalt")},
          {"p": "Das Land Rheinland-Pfalz fördert seit dem 11.08.2025 die Einrichtung eines Kommunalen "
                "Integrationsmanagements in den 36 Landkreisen und kreisfreien Städten. Gefördert wird je "
                "Kommune eine Stelle mit bis zu einem Vollzeitäquivalent mit bis zu 60.000 € Personalkosten "
                "sowie bis zu 20.000 € Sachkosten jährlich. Eine Antragstellung ist zunächst bis Ende 2026 möglich."}]
    if "umsetzung" not in fehlt:
        o += [{"h1": p.get("umsetzung_titel", "Umsetzung")},
              {"p": p.get("umsetzung_text", "Die Stelle wird in der Koordinierungsstelle Integration angesiedelt. "
                                            "Sie baut eine Steuerungsgruppe mit den Verbandsgemeinden auf, erstellt eine "
                                            "Bestandsaufnahme der Angebote und schreibt das Integrationskonzept fort.")}]
    o += [{"h1": p.get("sachstand_titel", "Sachstand")}, {"p": p["sachstand"]}]
    if p.get("finanzen"):
        o += [{"h1": "Finanzielle Auswirkungen"}, {"p": p["finanzen"]}]
    if p.get("anlagen", True):
        o += [{"fett": "Anlagen:"}, {"liste": ["Präsentation KIM", "Konzept des MFFKI (Auszug)"]}]
    o.append({"p": p.get("zeichnung", f"gez. {spitze}")})
    return o


def kopfzeile(e) -> str:
    name = K[e.parameter["kommune"]][0]
    if e.art == "bescheid":
        return "MFFKI Rheinland-Pfalz · e-Akte · Druckansicht"
    if e.art == "vorlage":
        return f"Bürgerinformationssystem {name} · Vorlage · Druckansicht"
    return f"{K[e.parameter['kommune']][1]} · Dokumentenmanagement · Druckansicht"


BUILDERS = {
    "b14-antrag-formular": antrag_formular,
    "b14-antrag-brief": antrag_brief,
    "b14-jahresbericht": jahresbericht,
    "b14-bescheid": bescheid,
    "b14-vorlage": vorlage,
}
