"""More contents of the development corpus (issue 19, probe round): manifest.yaml entries whose
`inhalt` starts with "p-" (wired into inhalte.BUILDERS).

Written as a new producer would, in habits the older corpus contents and the generator do not
have: staff tables with von/bis columns, vacancies and a parental-leave cover, amounts as
„60 Tsd. EUR“, „60 T€“, bare figures under „in EUR“, plans with the years as rows, Eigenmittel
and Drittmittel lines, the total before the items, periods „Dez. 2025 – Nov. 2026“, dates
„01.12.25“, Aktenzeichen and „Seite 1 von 4“ lines with dates and numbers, „gez.“/„i. A.“
signatures, Anlagen lists with dates, Beschlussvorschlag and Finanzielle Auswirkungen in
Vorlagen, Nebenbestimmungen and Rechtsbehelfsbelehrung full of dates and amounts, report parts
in other words and form tables with ☒/☐. Every figure an expectation depends on is a
parameter of the manifest entry.
"""

from __future__ import annotations

from decimal import Decimal

KOMMUNEN = {
    "alzey-worms": ("Landkreis Alzey-Worms", "Kreisverwaltung Alzey-Worms", "Alzey",
                    "Ernst-Ludwig-Straße 36, 55232 Alzey", "07331", "Landrat", "Heiko Sippel",
                    "Abteilung 5 – Soziales, Referat 52 Migration und Teilhabe", "VG Mainz"),
    "donnersberg": ("Donnersbergkreis", "Kreisverwaltung Donnersbergkreis", "Kirchheimbolanden",
                    "Uhlandstraße 2, 67292 Kirchheimbolanden", "07333", "Landrat", "Rainer Guth",
                    "Fachbereich 2 – Soziales, Sachgebiet Integration", "VG Neustadt"),
    "rhein-pfalz": ("Rhein-Pfalz-Kreis", "Kreisverwaltung Rhein-Pfalz-Kreis", "Ludwigshafen am Rhein",
                    "Europaplatz 5, 67063 Ludwigshafen am Rhein", "07338", "Landrat",
                    "Clemens Körner", "Referat 43 – Integration und Chancengleichheit", "VG Neustadt"),
    "birkenfeld": ("Landkreis Birkenfeld", "Kreisverwaltung Birkenfeld", "Birkenfeld",
                   "Schneewiesenstraße 25, 55765 Birkenfeld", "07134", "Landrat", "Miroslaw Kowalski",
                   "Abteilung 3 – Soziales, Jugend und Integration", "VG Koblenz"),
    "bitburg-pruem": ("Eifelkreis Bitburg-Prüm", "Kreisverwaltung des Eifelkreises Bitburg-Prüm",
                      "Bitburg", "Trierer Straße 1, 54634 Bitburg", "07232", "Landrat",
                      "Andreas Kruppert", "Abteilung 11 – Soziales, Integrationsbüro", "VG Trier"),
    "trier-saarburg": ("Landkreis Trier-Saarburg", "Kreisverwaltung Trier-Saarburg", "Trier",
                       "Willy-Brandt-Platz 1, 54290 Trier", "07235", "Landrat", "Stefan Metzdorf",
                       "Fachbereich 11 – Soziales und Integration", "VG Trier"),
    "rhein-hunsrueck": ("Rhein-Hunsrück-Kreis", "Kreisverwaltung Rhein-Hunsrück-Kreis", "Simmern",
                        "Ludwigstraße 3–5, 55469 Simmern/Hunsrück", "07140", "Landrat",
                        "Volker Boch", "Referat 22 – Integration und Ehrenamt", "VG Koblenz"),
    "altenkirchen": ("Landkreis Altenkirchen (Westerwald)", "Kreisverwaltung Altenkirchen",
                     "Altenkirchen", "Parkstraße 1, 57610 Altenkirchen (Westerwald)", "07132",
                     "Landrat", "Dr. Peter Enders", "Referat 3.2 – Migration und Integration",
                     "VG Koblenz"),
    "suedwestpfalz": ("Landkreis Südwestpfalz", "Kreisverwaltung Südwestpfalz", "Pirmasens",
                      "Unterer Sommerwaldweg 40–42, 66953 Pirmasens", "07340", "Landrätin",
                      "Dr. Susanne Ganster", "Abteilung 4 – Soziales, Referat Integration",
                      "VG Neustadt"),
    "landau": ("Stadt Landau in der Pfalz", "Stadtverwaltung Landau in der Pfalz", "Landau in der Pfalz",
               "Marktstraße 50, 76829 Landau in der Pfalz", "07313000", "Oberbürgermeister",
               "Dominik Geißler", "Amt 50 – Soziales und Integration", "VG Neustadt"),
    "neustadt": ("Stadt Neustadt an der Weinstraße", "Stadtverwaltung Neustadt an der Weinstraße",
                 "Neustadt an der Weinstraße", "Marktplatz 1, 67433 Neustadt an der Weinstraße",
                 "07316000", "Oberbürgermeister", "Marc Weigel",
                 "Abteilung 510 – Migration und Integration", "VG Neustadt"),
    "frankenthal": ("Stadt Frankenthal (Pfalz)", "Stadtverwaltung Frankenthal (Pfalz)", "Frankenthal",
                    "Rathausplatz 2–7, 67227 Frankenthal (Pfalz)", "07311000", "Oberbürgermeister",
                    "Dr. Nicolas Meyer", "Bereich 5 – Jugend und Soziales, Stabsstelle Integration",
                    "VG Neustadt"),
    "mainz": ("Landeshauptstadt Mainz", "Stadtverwaltung Mainz", "Mainz", "Jockel-Fuchs-Platz 1, 55116 Mainz",
              "07315000", "Oberbürgermeister", "Nino Haase", ("Amt 50 – Amt für soziale Leistungen, "
              "Abteilung Integration"), "VG Mainz"),
    "kl-land": ("Landkreis Kaiserslautern", "Kreisverwaltung Kaiserslautern", "Kaiserslautern",
                "Lauterstraße 8, 67657 Kaiserslautern", "07335", "Landrat", "Ralf Leßmeister",
                "Referat 50 – Soziales und Integration", "VG Neustadt"),
    # --- not eligible: a große kreisangehörige Stadt and a Verbandsgemeinde ---
    "stadt-bad-kreuznach": ("Stadt Bad Kreuznach", "Stadtverwaltung Bad Kreuznach", "Bad Kreuznach",
                            "Hochstraße 48, 55545 Bad Kreuznach", "07133006", "Oberbürgermeister",
                            "Emanuel Letz", "Amt 50 – Soziales und Integration", "VG Koblenz"),
    "vg-wallmerod": ("Verbandsgemeinde Wallmerod", "Verbandsgemeindeverwaltung Wallmerod", "Wallmerod",
                     "Koblenzer Straße 4, 56414 Wallmerod", "07143", "Bürgermeister",
                     "Klaus Lütkefedder", "Fachbereich 1 – Bürgerdienste und Soziales", "VG Koblenz"),
}
_FELDER = ("name", "verwaltung", "ort", "anschrift", "schluessel", "spitze", "chef", "amt", "gericht")


def kommune(key: str) -> dict:
    return dict(zip(_FELDER, KOMMUNEN[key]))


# --- notations --------------------------------------------------------------------------------

def _de(value: Decimal, places: int) -> str:
    text = f"{value:,.{places}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def eur(value, stil: str = "std") -> str:
    """An amount as the producer writes it."""
    v = Decimal(str(value))
    whole = v == v.to_integral()
    if stil == "std":
        return f"{_de(v, 2)} EUR"
    if stil == "tsd":  # „55 Tsd. EUR“, „1,667 Tsd. EUR“
        t = format((v / 1000).normalize(), "f").replace(".", ",")
        return f"{t} Tsd. EUR"
    if stil == "teuro":  # „55 T€“
        t = format((v / 1000).normalize(), "f").replace(".", ",")
        return f"{t} T€"
    if stil == "tsd_nackt":  # bare thousands under a note „Alle Beträge in T€“: „55,0“
        return _de(v / 1000, 1)
    if stil == "nackt":  # bare figure under a header „in EUR“
        return _de(v, 0) if whole else _de(v, 2)
    if stil == "euro":
        return f"{_de(v, 0)} Euro" if whole else f"{_de(v, 2)} Euro"
    if stil == "strich":  # „55.000,-- €“
        return f"{_de(v, 0)},-- €" if whole else f"{_de(v, 2)} €"
    raise ValueError(stil)


MONATE_KURZ = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
               "Nov.", "Dez."]


def tag(iso: str, stil: str = "punkt") -> str:
    """A date as the producer writes it: 01.12.2025, 01.12.25, 1.12.2025, Dez. 2025."""
    y, m, d = (int(x) for x in iso.split("-"))
    if stil == "kurz":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if stil == "ohne_null":
        return f"{d}.{m}.{y}"
    if stil == "monat":
        return f"{MONATE_KURZ[m - 1]} {y}"
    return f"{d:02d}.{m:02d}.{y}"


def _summe(*werte) -> Decimal:
    return sum((Decimal(str(w)) for w in werte if w not in (None, "")), Decimal(0))


def _kopf_zeilen(p: dict, k: dict) -> list[dict]:
    """Letterhead, file-number and page lines full of dates and numbers."""
    out: list[dict] = [{"briefkopf": [k["verwaltung"], k["amt"], k["anschrift"],
                                      "Telefon 0 63 52 / 7 10-0 · Telefax 0 63 52 / 7 10-2 99"]}]
    if p.get("az"):
        out.append({"p": p["az"]})
    if p.get("seite"):
        out.append({"p": p["seite"]})
    return out


# --- Antrag -----------------------------------------------------------------------------------

ANTRAG_TITEL = {
    "a": ["Antragstellende Gebietskörperschaft", "Ansprechpartner/-in", "Stellenanteile",
          "Organisatorische Einbindung", "Arbeitsschwerpunkte", "Integrationskonzept",
          "Laufzeit", "Kosten- und Finanzierungsplan", "Erklärungen des Antragstellers",
          "Unterschrift"],
    "b": ["Zuwendungsempfänger", "Kontaktperson", "Personal", "Ansiedlung in der Verwaltung",
          "Aufgaben", "Örtliches Integrationskonzept", "Bewilligungszeitraum",
          "Ausgaben- und Finanzierungsplan", "Versicherungen", "Ort und Datum"],
}

STELLEN_KOPF = ["Name", "Stellenanteil", "Entgeltgruppe", "von", "bis", "Bemerkung"]


def _stellen(p: dict) -> list[dict]:
    out: list[dict] = []
    if p.get("stellen_satz"):
        out.append({"p": p["stellen_satz"]})
    rows = [p.get("stellen_kopf", STELLEN_KOPF)]
    for s in p.get("stellen", ()):
        rows.append([s["wer"], s["anteil"], s.get("eg", "EG 10 TVöD"), s.get("von", ""),
                     s.get("bis", ""), s.get("bem", "")])
    if len(rows) > 1:
        out.append({"tabelle": rows})
    for t in p.get("stellen_nach", ()):
        out.append({"p": t})
    return out


def _finanzplan(p: dict) -> list[dict]:
    """The plan in the entry's layout: years as rows (zeilen) or columns (spalten), optional
    Eigenmittel/Drittmittel lines, the total before the items (summe_zuerst)."""
    stil = p.get("betrag_stil", "std")
    out: list[dict] = []
    if p.get("finanz_vorsatz"):
        out.append({"p": p["finanz_vorsatz"]})
    jahre = p["jahre"]
    if p.get("layout", "zeilen") == "zeilen":
        kopf = ["Haushaltsjahr", "Personalausgaben", "Sachausgaben", "Gesamtausgaben"]
        extra = [x for x in ("eigen", "dritt") if any(j.get(x) for j in jahre)]
        kopf += [{"eigen": "davon Eigenmittel", "dritt": "davon Drittmittel"}[x] for x in extra]
        kopf.append("beantragte Zuwendung")
        rows = [kopf]
        for j in jahre:
            ges = _summe(j["personal"], j["sach"])
            row = [str(j["jahr"]), eur(j["personal"], stil), eur(j["sach"], stil), eur(ges, stil)]
            row += [eur(j.get(x) or 0, stil) for x in extra]
            row.append(eur(j.get("zuwendung", ges - _summe(*(j.get(x) for x in extra))), stil))
            rows.append(row)
        out.append({"tabelle": rows})
    else:  # years as columns, the total first
        kopf = ["Position"] + [str(j["jahr"]) for j in jahre]
        ges = ["Gesamtausgaben"] + [eur(j.get("gesamt") or _summe(j["personal"], j["sach"]), stil)
                                    for j in jahre]
        pers = ["davon Personalausgaben"] + [eur(j["personal"], stil) for j in jahre]
        sach = ["davon Sachausgaben"] + [eur(j["sach"], stil) for j in jahre]
        rows = [kopf, ges, pers, sach] if p.get("summe_zuerst", True) else [kopf, pers, sach, ges]
        for key, label in (("eigen", "Eigenmittel der Kommune"), ("dritt", "Drittmittel (Stiftung)"),
                           ("zuwendung", "Zuwendung des Landes (beantragt)")):
            if any(j.get(key) for j in jahre):
                rows.append([label] + [eur(j.get(key) or 0, stil) for j in jahre])
        out.append({"tabelle": rows})
    for t in p.get("finanz_nach", ()):
        out.append({"p": t})
    return out


ERKL = [("Für die Stelle werden keine weiteren Fördermittel von Land, Bund oder EU in Anspruch "
         "genommen; eine Doppelförderung ist ausgeschlossen."),
        "Mit dem Vorhaben wurde vor Bekanntgabe des Zuwendungsbescheids nicht begonnen.",
        "Die Angaben in diesem Antrag einschließlich der Anlagen sind vollständig und richtig."]


def _erklaerungen(p: dict) -> list[dict]:
    boxes = p.get("kreuze", [True, True, True])
    if p.get("erkl_form", "kreuz") == "kreuz":
        return [{"formular": [["☒" if b else "☐", t] for b, t in zip(boxes, ERKL)],
                 "rahmenlos": True}]
    return [{"p": "Der Antragsteller versichert:"}, {"liste": [t for b, t in zip(boxes, ERKL) if b]}]


def antrag(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    t = ANTRAG_TITEL[p.get("titel_satz", "a")]
    nummer = p.get("nummern", "zahl")
    ohne = set(p.get("ohne", ()))
    out = _kopf_zeilen(p, k)
    out.append({"titel": "Antrag auf Gewährung einer Zuwendung – Kommunales Integrationsmanagement "
                         "(KIM) Rheinland-Pfalz"})
    out.append({"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz, "
                     "Referat 745, Kaiser-Friedrich-Straße 5a, 55116 Mainz"})
    n = 0

    def h(text):
        nonlocal n
        n += 1
        out.append({"h1": f"{n}. {text}" if nummer == "zahl" else
                    f"{'ABCDEFGHIJ'[n - 1]}) {text}" if nummer == "buchst" else text})

    h(t[0])
    out.append({"formular": [["Name", k["name"]],
                             ["Kreis-/Gemeindeschlüssel", k["schluessel"]],
                             ["Anschrift", k["anschrift"]],
                             ["vertreten durch", f"{k['spitze']} {k['chef']}"]]})
    h(t[1])
    out.append({"p": f"{p.get('ansprech', 'Frau Daniela Roth')}, {k['amt']}, Telefon 06352 710-214, "
                     f"E-Mail integration@{p['kommune']}.example"})
    h(t[2])
    out += _stellen(p)
    h(t[3])
    out.append({"p": p.get("anbindung", f"Die Stelle ist in der {k['verwaltung']} eingerichtet und "
                                        f"dort dem {k['amt']} zugeordnet (Dienst- und Fachaufsicht: "
                                        "Abteilungsleitung).")})
    h(t[4])
    out.append({"liste": ["Bestandsaufnahme der Integrationsangebote und Benennung von Lücken",
                          "Aufbau und Pflege eines Netzwerks der Integrationsakteure",
                          "Abstimmung mit Ausländerbehörde, Jobcenter und Schulverwaltung",
                          "Fortschreibung des Integrationskonzepts",
                          "Öffentlichkeitsarbeit und Berichterstattung an die Gremien"]})
    h(t[5])
    out.append({"p": f"Für den {k['name']} liegt ein vom Kreistag bzw. Stadtrat am 14.03.2022 "
                     "beschlossenes Integrationskonzept vor (Drucksache 2022/041); es wird im "
                     "Rahmen des KIM fortgeschrieben."})
    h(t[6])
    out.append({"p": p["zeitraum_text"]})
    h(t[7])
    out += _finanzplan(p)
    if "erklaerungen" not in ohne:
        h(t[8])
        out += _erklaerungen(p)
    if p.get("anlagen"):
        out.append({"fett": "Anlagen"})
        out.append({"liste": p["anlagen"]})
    h(t[9])
    out.append({"p": f"{k['ort']}, {p['datum']}"})
    out.append({"p": p.get("zeichnung", f"gez. {k['chef']}, {k['spitze']}")})
    return out


# --- Jahresbericht ----------------------------------------------------------------------------

JB_TEILE = ("personal", "infrastruktur", "vernetzung", "interkommunal", "oeffentlichkeit", "land",
            "konzept", "mittel", "ausblick")
JB_TITEL = {
    "a": {"personal": "Personalausstattung", "infrastruktur": "Bestandsaufnahme der Angebote",
          "vernetzung": "Netzwerkarbeit innerhalb der Kommune", "interkommunal": "Austausch mit anderen Kommunen",
          "oeffentlichkeit": "Presse- und Öffentlichkeitsarbeit", "land": "Zusammenarbeit mit dem Land",
          "konzept": "Integrationskonzept", "mittel": "Verwendung der Mittel",
          "ausblick": "Planung für das Folgejahr"},
    "b": {"personal": "Stellenbesetzung", "infrastruktur": "Integrationsinfrastruktur vor Ort",
          "vernetzung": "Vernetzung vor Ort", "interkommunal": "Interkommunale Zusammenarbeit",
          "oeffentlichkeit": "Information der Öffentlichkeit", "land": "Kooperation mit MFFKI und DBKI",
          "konzept": "Stand der Integrationsstrategie", "mittel": "Finanzielle Übersicht",
          "ausblick": "Ausblick"},
}
JB_TEXT = {
    "infrastruktur": ("Die Angebote in den Handlungsfeldern Sprache, Bildung, Arbeit und Wohnen "
                      "wurden bis zum 30.06. erfasst (57 Angebote, 23 Träger). Lücken bestehen bei "
                      "Sprachkursen mit Kinderbetreuung."),
    "vernetzung": ("Der verwaltungsinterne Arbeitskreis (Ausländerbehörde, Jugendamt, Jobcenter) "
                   "tagte am 12.02., 14.05., 10.09. und 19.11.; das Netzwerk Integration mit 34 "
                   "Mitgliedern traf sich zweimal."),
    "interkommunal": ("Regelmäßige Treffen mit den Integrationsmanagerinnen und -managern der "
                      "Region, zuletzt am 08.10. in Kaiserslautern."),
    "oeffentlichkeit": ("Zwölf Pressemitteilungen, ein Wegweiser in fünf Sprachen (Auflage 2.500 "
                        "Stück) und ein Stand bei der Interkulturellen Woche."),
    "land": ("Teilnahme an den Jours fixes des MFFKI am 05.03. und 24.09. sowie an zwei Fachtagen "
             "der DBKI."),
    "konzept": ("Die Fortschreibung des Integrationskonzepts wurde am 02.07. im Ausschuss "
                "beschlossen; der Entwurf soll bis 31.03. des Folgejahres vorliegen."),
    "ausblick": ("Schwerpunkte im Folgejahr: Fachtag Arbeitsmarkt, Ausbau der Sprachmittlung, "
                 "Beteiligung der Migrantenorganisationen."),
}


def _mittel(p: dict) -> list[dict]:
    stil = p.get("betrag_stil", "std")
    unit = {"nackt": " (in EUR)", "tsd_nackt": " (in T€)"}.get(stil, "")
    out: list[dict] = [{"p": p.get("mittel_satz", f"Mittelverwendung im Haushaltsjahr {p['jahr']}"
                                                  f"{unit}:")}]
    rows = [p.get("mittel_kopf", ["Ausgabeart", "Ansatz lt. Bescheid", "Ist"])]
    for label, soll, ist in p["mittel"]:
        rows.append([label, eur(soll, stil) if soll != "" else "", eur(ist, stil) if ist != "" else ""])
    out.append({"tabelle": rows})
    for t in p.get("mittel_nach", ()):
        out.append({"p": t})
    return out


def jahresbericht(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    v = p.get("titel_satz", "a")
    ohne = set(p.get("ohne", ()))
    out = _kopf_zeilen(p, k)
    out.append({"titel": p.get("titel", f"Sachbericht {p['jahr']} – Kommunales Integrationsmanagement")})
    out.append({"p": f"{k['name']}, Berichtszeitraum {p['berichtszeitraum']}, Bewilligungsbescheid "
                     f"vom {p.get('bescheid_vom', '03.11.2025')}, Az. 745-0003#2025/0212"})
    n = 0
    for teil in JB_TEILE:
        if teil in ohne:
            continue
        n += 1
        out.append({"h1": f"{n}. {JB_TITEL[v][teil]}" if p.get("nummern", True) else JB_TITEL[v][teil]})
        if teil == "personal":
            out += _stellen({**p, "stellen_kopf": p.get("stellen_kopf",
                                                        ["Name", "Stellenanteil", "Entgeltgruppe",
                                                         "von", "bis", "Bemerkung"])})
        elif teil == "mittel":
            out += _mittel(p)
        else:
            out.append({"p": JB_TEXT[teil]})
    out.append({"fett": "Anlagen"})
    out.append({"liste": p.get("anlagen", ["Fragebogen des MFFKI zum KIM (ausgefüllt am 20.11.)",
                                           "Teilnehmerlisten der Netzwerktreffen vom 14.05. und 19.11."])})
    out.append({"p": f"{k['ort']}, {p['datum']}"})
    out.append({"p": p.get("zeichnung", f"i. A. {p.get('ansprech', 'Daniela Roth')}")})
    return out


# --- Bescheid ---------------------------------------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    stil = p.get("betrag_stil", "std")
    ohne = set(p.get("ohne", ()))
    out: list[dict] = [
        {"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
                       "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]},
        {"formular": [["Aktenzeichen", p.get("az", "745-0003#2025/0212-0701")],
                      ["Ihr Antrag vom", p["antrag_vom"]],
                      ["Bearbeitung", "Frau Lena Kraus, Telefon 06131 16-5712"],
                      ["Datum", p["datum"]]], "rahmenlos": True},
        {"p": f"{k['verwaltung']}, {k['amt']}, {k['anschrift']}"},
        {"titel": "Zuwendungsbescheid"},
        {"p": "Kommunales Integrationsmanagement (KIM) – Festbetragsfinanzierung"},
        {"p": "Sehr geehrte Damen und Herren, auf Ihren Antrag ergeht folgender Bescheid:"},
    ]
    n = 0

    def h(text):
        nonlocal n
        n += 1
        out.append({"h1": f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][n - 1]}. {text}"})

    h("Bewilligung")
    out.append({"p": f"Dem {k['name']} wird für den Bewilligungszeitraum {p['zeitraum_text']} für "
                     f"eine Integrationsmanagerin bzw. einen Integrationsmanager ({p['vzae']}) eine "
                     "Zuwendung als Zuweisung bewilligt:"})
    rows = [["Jahr", "Personalkosten", "Sachkosten", "Zuwendung"]]
    if stil == "nackt":
        rows[0] = ["Jahr", "Personalkosten (EUR)", "Sachkosten (EUR)", "Zuwendung (EUR)"]
    tot = Decimal(0)
    for j in p["jahre"]:
        z = Decimal(j.get("zuwendung") or _summe(j["personal"], j["sach"]))
        tot += z
        rows.append([str(j["jahr"]), eur(j["personal"], stil), eur(j["sach"], stil), eur(z, stil)])
    rows.append(["insgesamt", "", "", eur(p.get("gesamt") or tot, stil)])
    if p.get("summe_zuerst"):
        rows = [rows[0], rows[-1], *rows[1:-1]]
    out.append({"tabelle": rows})
    h("Finanzierungsart und zuwendungsfähige Ausgaben")
    out.append({"p": "Festbetragsfinanzierung. Zuwendungsfähig sind die Personalausgaben der Stelle "
                     "(bis 60.000 EUR je VZÄ und Jahr) und Sachausgaben (bis 20.000 EUR je Jahr), "
                     "jeweils anteilig nach vollen Kalendermonaten. Verwaltungsgemeinkosten sind "
                     "nicht zuwendungsfähig."})
    h("Auszahlung")
    out.append({"p": "Die Mittel werden in zwei Raten zum 15.01. und 15.07. eines Jahres auf das Konto "
                     "der Kreiskasse ausgezahlt, erstmals nach Eintritt der Bestandskraft."})
    h("Jahresbericht und Verwendungsnachweis")
    out.append({"p": "Bis zum 15.12. jedes Jahres ist ein Jahresbericht mit dem Fragebogen des MFFKI "
                     f"vorzulegen; der Verwendungsnachweis bis zum {p.get('vn_bis', '30.06.2027')}."})
    if "neben" not in ohne:
        h("Nebenbestimmungen")
        out.append({"liste": [
            "Die ANBest-K in der Fassung vom 08.12.2023 sind Bestandteil dieses Bescheids.",
            ("Ermäßigen sich die zuwendungsfähigen Ausgaben um mehr als 7,5 v. H. oder mehr als "
            "10.000 EUR, ist dies unverzüglich anzuzeigen."),
            ("Erstattungsansprüche sind mit 5 Prozentpunkten über dem Basiszinssatz jährlich zu "
            "verzinsen (§ 49a Abs. 3 VwVfG); Beträge unter 500 EUR werden nicht erhoben."),
            ("Die Stelle ist bis zum 31.03.2026 zu besetzen; Monate ohne Besetzung werden nicht "
            "gefördert."),
            "Belege sind fünf Jahre nach Vorlage des Verwendungsnachweises aufzubewahren."]})
    h("Begründung")
    out.append({"p": "Rechtsgrundlage sind § 44 LHO mit den VV sowie das Konzept KIM. Die "
                     "Fördervoraussetzungen liegen vor; die Entscheidung ergeht nach pflichtgemäßem "
                     "Ermessen im Rahmen der verfügbaren Haushaltsmittel."})
    if "rechtsbehelf" not in ohne:
        h("Rechtsbehelfsbelehrung")
        out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage "
                         f"beim Verwaltungsgericht {k['gericht'][3:]} erhoben werden. Ein "
                         "Vorverfahren findet nicht statt (§ 68 Abs. 1 Satz 2 Nr. 1 VwGO)."})
    out.append({"p": "Mit freundlichen Grüßen"})
    out.append({"p": p.get("zeichnung", "Im Auftrag\ngez. Dr. Tobias Lenz")})
    out.append({"p": "Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig. "
                     "Seite 3 von 3"})
    return out


# --- Vorlage ----------------------------------------------------------------------------------

def vorlage(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    ohne = set(p.get("ohne", ()))
    out: list[dict] = [{"titel": p.get("titel", "Informationsvorlage")}]
    head = [["Drucksache Nr.", p["nummer"]], ["öffentlich", "☒ ja ☐ nein"],
            ["Federführung", k["amt"]], ["Datum", p["datum"]]]
    if "betreff" not in ohne:
        head.append(["Gegenstand", "Kommunales Integrationsmanagement (KIM) – Sachstandsbericht"])
    out.append({"formular": head})
    if "gremien" not in ohne:
        out.append({"fett": "Beratungsfolge"})
        rows = [["Gremium", "Sitzung am", "Status"]]
        rows += [[g, d, "Kenntnisnahme"] for g, d in p["gremien"]]
        out.append({"tabelle": rows})
    if p.get("beschluss", True):
        out.append({"fett": "Beschlussvorschlag"})
        out.append({"p": "Der Ausschuss nimmt den Bericht der Verwaltung zur Umsetzung des KIM "
                         "zur Kenntnis."})
    teile = [("hintergrund", "Sachverhalt", [
        ("Mit dem Programm KIM fördert das Land seit dem 11.08.2025 die 24 Landkreise und 12 "
         "kreisfreien Städte mit bis zu 60.000 EUR je VZÄ und Jahr und bis zu 20.000 EUR "
         "Sachkosten jährlich."),
        (f"Mit Bescheid vom {p.get('bescheid_vom', '03.11.2025')} wurden dem {k['name']} "
        f"{p.get('bewilligt', '77.000 EUR')} bewilligt.")]),
        ("umsetzung", "Durchführung", [
            (f"Die Stelle ist in der {k['verwaltung']} beim {k['amt']} angesiedelt; die Besetzung "
            f"erfolgte zum {p.get('besetzt', '01.01.2026')} mit 1,0 VZÄ (EG 11 TVöD).")]),
        ("sachstand", p.get("t_sachstand", "Aktueller Stand"), [
            ("Die Bestandsaufnahme ist abgeschlossen; drei Netzwerktreffen fanden statt; die "
             "Fortschreibung des Integrationskonzepts hat begonnen.")])]
    for key, titel, texte in teile:
        if key in ohne:
            continue
        out.append({"h1": titel})
        out += [{"p": x} for x in texte]
    out.append({"fett": "Finanzielle Auswirkungen"})
    out.append({"tabelle": [["", "2026"], ["Gesamtausgaben", p.get("fa_gesamt", "85.400 EUR")],
                            ["Zuwendung Land", p.get("fa_land", "77.000 EUR")],
                            ["Eigenanteil", p.get("fa_eigen", "8.400 EUR")]]})
    out.append({"fett": "Anlagen"})
    out.append({"liste": [f"Zuwendungsbescheid des MFFKI vom {p.get('bescheid_vom', '03.11.2025')}",
                          "Präsentation Sachstand KIM (Stand 30.09.2026)"]})
    out.append({"p": f"{k['ort']}, {p['datum']}"})
    out.append({"p": f"gez. {k['chef']}"})
    return out


BUILDERS = {"p-antrag": antrag, "p-jahresbericht": jahresbericht, "p-bescheid": bescheid,
            "p-vorlage": vorlage}


def kopf_name(key: str) -> str:
    return KOMMUNEN[key][0] if key in KOMMUNEN else "Kommune"
