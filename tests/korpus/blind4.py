"""Contents of the fourth held-out corpus (manifest_blind4.yaml, issue 19).

Written from the guideline kim-rlp-2025 (its page and data file), fachwissen.md, the Koblenz
Vorlage UV/0084/2026 and the README only — without looking at the checker's fact layer, its
rules, readers, rule cases, the generator or the earlier rounds' contents. The documents are
written in the shapes the issue names as still misread (weekly hours without "/Woche",
"Wochenstunden" columns, two people with the same share in one sentence, one share in two
notations, a VZÄ inside a cost label, a Stellenbeschreibung with task percentages, an item list
in one amount column, a Bescheid's "Zuwendung 2025: …" with Sachkosten stated apart, overhead
as "zentrale Dienste"/"interne Verrechnung", the document's own date in a place-and-date line,
a "Datum" field or a colophon, names ending in "-straße", placement as a check box or only
"Amt / Abteilung", a Jahresbericht part named by its partners) and in other notations of
authorities: "60 TEUR", "EUR 60.000,-", "60.000,-- €", "60 000 €", ISO dates, long dates.

Each builder takes the manifest entry's `parameter` and returns an outline for bauen.py.
"""

from __future__ import annotations

MFFKI = ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
         "Referat 735 – Integration vor Ort", "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]

KOMMUNEN = {
    "suew": {"name": "Landkreis Südliche Weinstraße", "kurz": "Südliche Weinstraße",
                 "behoerde": "Kreisverwaltung Südliche Weinstraße",
                 "anschrift": "An der Kreuzmühle 2, 76829 Landau in der Pfalz", "schluessel": "07337",
                 "ort": "Landau in der Pfalz", "gericht": "Neustadt an der Weinstraße"},
    "neustadt": {"name": "Stadt Neustadt an der Weinstraße", "kurz": "Neustadt an der Weinstraße",
                     "behoerde": "Stadtverwaltung Neustadt an der Weinstraße",
                     "anschrift": "Marktplatz 1, 67433 Neustadt an der Weinstraße",
                     "schluessel": "07316", "ort": "Neustadt an der Weinstraße",
                     "gericht": "Neustadt an der Weinstraße"},
    "donnersberg": {"name": "Donnersbergkreis", "kurz": "Donnersbergkreis",
                        "behoerde": "Kreisverwaltung Donnersbergkreis",
                        "anschrift": "Uhlandstraße 2, 67292 Kirchheimbolanden", "schluessel": "07333",
                        "ort": "Kirchheimbolanden", "gericht": "Neustadt an der Weinstraße"},
    "pirmasens": {"name": "Stadt Pirmasens", "kurz": "Pirmasens", "behoerde": "Stadtverwaltung Pirmasens",
                      "anschrift": "Exerzierplatzstraße 17, 66953 Pirmasens", "schluessel": "07317",
                      "ort": "Pirmasens", "gericht": "Neustadt an der Weinstraße"},
    "trier-saarburg": {"name": "Landkreis Trier-Saarburg", "kurz": "Trier-Saarburg",
                           "behoerde": "Kreisverwaltung Trier-Saarburg",
                           "anschrift": "Willy-Brandt-Platz 1, 54290 Trier", "schluessel": "07235",
                           "ort": "Trier", "gericht": "Trier"},
    "zweibruecken": {"name": "Stadt Zweibrücken", "kurz": "Zweibrücken",
                         "behoerde": "Stadtverwaltung Zweibrücken",
                         "anschrift": "Herzogstraße 1, 66482 Zweibrücken", "schluessel": "07320",
                         "ort": "Zweibrücken", "gericht": "Neustadt an der Weinstraße"},
    "landau": {"name": "Stadt Landau in der Pfalz", "kurz": "Landau in der Pfalz",
                   "behoerde": "Stadtverwaltung Landau in der Pfalz",
                   "anschrift": "Marktstraße 50, 76829 Landau in der Pfalz", "schluessel": "07313",
                   "ort": "Landau in der Pfalz", "gericht": "Neustadt an der Weinstraße"},
    "rhein-pfalz": {"name": "Rhein-Pfalz-Kreis", "kurz": "Rhein-Pfalz-Kreis",
                        "behoerde": "Kreisverwaltung Rhein-Pfalz-Kreis",
                        "anschrift": "Europaplatz 5, 67063 Ludwigshafen am Rhein", "schluessel": "07338",
                        "ort": "Ludwigshafen am Rhein", "gericht": "Neustadt an der Weinstraße"},
    "bernkastel": {"name": "Landkreis Bernkastel-Wittlich", "kurz": "Bernkastel-Wittlich",
                       "behoerde": "Kreisverwaltung Bernkastel-Wittlich",
                       "anschrift": "Kurfürstenstraße 16, 54516 Wittlich", "schluessel": "07231",
                       "ort": "Wittlich", "gericht": "Trier"},
    "ahrweiler": {"name": "Landkreis Ahrweiler", "kurz": "Ahrweiler",
                      "behoerde": "Kreisverwaltung Ahrweiler",
                      "anschrift": "Wilhelmstraße 24–30, 53474 Bad Neuenahr-Ahrweiler",
                      "schluessel": "07131", "ort": "Bad Neuenahr-Ahrweiler", "gericht": "Koblenz"},
    "hunsrueck": {"name": "Rhein-Hunsrück-Kreis", "kurz": "Rhein-Hunsrück-Kreis",
                      "behoerde": "Kreisverwaltung Rhein-Hunsrück-Kreis",
                      "anschrift": "Ludwigstraße 3–5, 55469 Simmern/Hunsrück", "schluessel": "07140",
                      "ort": "Simmern/Hunsrück", "gericht": "Koblenz"},
    "rhein-lahn": {"name": "Rhein-Lahn-Kreis", "kurz": "Rhein-Lahn-Kreis",
                       "behoerde": "Kreisverwaltung Rhein-Lahn-Kreis",
                       "anschrift": "Insel Silberau 1, 56130 Bad Ems", "schluessel": "07141",
                       "ort": "Bad Ems", "gericht": "Koblenz"},
    "altenkirchen": {"name": "Landkreis Altenkirchen (Westerwald)", "kurz": "Altenkirchen",
                         "behoerde": "Kreisverwaltung Altenkirchen",
                         "anschrift": "Parkstraße 1, 57610 Altenkirchen (Westerwald)",
                         "schluessel": "07132", "ort": "Altenkirchen", "gericht": "Koblenz"},
    "ludwigshafen": {"name": "Stadt Ludwigshafen am Rhein", "kurz": "Ludwigshafen am Rhein",
                         "behoerde": "Stadtverwaltung Ludwigshafen am Rhein",
                         "anschrift": "Rathausplatz 20, 67059 Ludwigshafen am Rhein",
                         "schluessel": "07314", "ort": "Ludwigshafen am Rhein",
                         "gericht": "Neustadt an der Weinstraße"},
    "mayen-koblenz": {"name": "Landkreis Mayen-Koblenz", "kurz": "Mayen-Koblenz",
                          "behoerde": "Kreisverwaltung Mayen-Koblenz",
                          "anschrift": "Bahnhofstraße 9, 56068 Koblenz", "schluessel": "07137",
                          "ort": "Koblenz", "gericht": "Koblenz"},
    "maikammer": {"name": "Verbandsgemeinde Maikammer", "kurz": "Maikammer",
                      "behoerde": "Verbandsgemeindeverwaltung Maikammer",
                      "anschrift": "Immengartenstraße 24, 67487 Maikammer",
                      "schluessel": "07337 5 07", "ort": "Maikammer",
                      "gericht": "Neustadt an der Weinstraße"},
    "germersheim": {"name": "Landkreis Germersheim", "kurz": "Germersheim",
                        "behoerde": "Kreisverwaltung Germersheim",
                        "anschrift": "Luitpoldplatz 1, 76726 Germersheim", "schluessel": "07334",
                        "ort": "Germersheim", "gericht": "Neustadt an der Weinstraße"},
    "kaiserslautern-lk": {"name": "Landkreis Kaiserslautern", "kurz": "Kaiserslautern (Landkreis)",
                              "behoerde": "Kreisverwaltung Kaiserslautern",
                              "anschrift": "Lauterstraße 8, 67657 Kaiserslautern",
                              "schluessel": "07335", "ort": "Kaiserslautern",
                              "gericht": "Neustadt an der Weinstraße"},
    "birkenfeld": {"name": "Landkreis Birkenfeld", "kurz": "Birkenfeld",
                       "behoerde": "Kreisverwaltung Birkenfeld",
                       "anschrift": "Schneewiesenstraße 25, 55765 Birkenfeld", "schluessel": "07134",
                       "ort": "Birkenfeld", "gericht": "Koblenz"},
    "trier": {"name": "Stadt Trier", "kurz": "Trier", "behoerde": "Stadtverwaltung Trier",
                  "anschrift": "Am Augustinerhof, 54290 Trier", "schluessel": "07211", "ort": "Trier",
                  "gericht": "Trier"},
    "westerwald": {"name": "Westerwaldkreis", "kurz": "Westerwaldkreis",
                       "behoerde": "Kreisverwaltung Westerwaldkreis",
                       "anschrift": "Peter-Altmeier-Platz 1, 56410 Montabaur", "schluessel": "07143",
                       "ort": "Montabaur", "gericht": "Koblenz"},
    "vulkaneifel": {"name": "Landkreis Vulkaneifel", "kurz": "Vulkaneifel",
                        "behoerde": "Kreisverwaltung Vulkaneifel",
                        "anschrift": "Mainzer Straße 25, 54550 Daun", "schluessel": "07233",
                        "ort": "Daun", "gericht": "Trier"},
    "bad-kreuznach": {"name": "Landkreis Bad Kreuznach", "kurz": "Bad Kreuznach",
                          "behoerde": "Kreisverwaltung Bad Kreuznach",
                          "anschrift": "Salinenstraße 47, 55543 Bad Kreuznach", "schluessel": "07133",
                          "ort": "Bad Kreuznach", "gericht": "Koblenz"},
    "frankenthal": {"name": "Stadt Frankenthal (Pfalz)", "kurz": "Frankenthal (Pfalz)",
                        "behoerde": "Stadtverwaltung Frankenthal (Pfalz)",
                        "anschrift": "Rathausplatz 2–7, 67227 Frankenthal (Pfalz)",
                        "schluessel": "07311", "ort": "Frankenthal (Pfalz)",
                        "gericht": "Neustadt an der Weinstraße"},
    "suedwestpfalz": {"name": "Landkreis Südwestpfalz", "kurz": "Südwestpfalz",
                          "behoerde": "Kreisverwaltung Südwestpfalz",
                          "anschrift": "Unterer Sommerwaldweg 40–42, 66953 Pirmasens",
                          "schluessel": "07340", "ort": "Pirmasens",
                          "gericht": "Neustadt an der Weinstraße"},
}


def kopfzeile(e) -> str:
    key = e.parameter.get("kommune") or next(
        (key for key in sorted(KOMMUNEN, key=len, reverse=True) if f"-{key}" in e.name), "")
    k = KOMMUNEN.get(key, {"kurz": "Rheinland-Pfalz"})
    return f"Bürgerinfoportal {k['kurz']} · Druckansicht · Sitzungsdienst"


# --- pieces shared by the Anträge --------------------------------------------------------------

AUFGABEN = [
    ("Bestandsaufnahme der Integrationsangebote (Wohnen, Sprache und Bildung, Migrationsberatung, "
    "Arbeitsmarkt) und Benennung von Lücken"),
    "Aufbau und Begleitung einer Steuerungsgruppe Integration in der Verwaltung",
    "Vernetzung mit Politik, Migrantenorganisationen, Wohlfahrtsverbänden und Nachbarkommunen",
    "Öffentlichkeitsarbeit und Sensibilisierung für den Integrationsprozess",
    "Austausch mit dem Fachreferat des MFFKI und der DBKI, Teilnahme an den KIM-Jours fixes",
]

ERKLAERUNGEN = [
    ("☒ Für die beantragte Stelle werden keine weiteren Fördermittel des Landes, des Bundes oder "
    "der EU in Anspruch genommen (keine Doppelförderung)."),
    ("☒ Mit der Maßnahme wurde vor der Bewilligung nicht begonnen; ein Arbeitsvertrag für die "
    "geförderten Stellenanteile wird erst nach Zugang des Bescheids geschlossen."),
    "☒ Die Angaben in diesem Antrag sind vollständig und richtig.",
]


def _antrag(k: dict, *, stelle: list, anbindung: list, plan: list, zeitraum: str,
            datum: list, briefkopf: list | None = None, ansprech: str | None = None,
            konzept: str | None = None, aufgaben: list | None = None, anhang: list | None = None,
            kopf: list | None = None, nummern: bool = True) -> list[dict]:
    n = (lambda i, t: f"{i}. {t}") if nummern else (lambda i, t: t)
    out: list[dict] = []
    if briefkopf:
        out.append({"briefkopf": briefkopf})
    out.append({"titel": "Antrag auf Gewährung einer Zuwendung aus dem Förderprogramm "
                         "„Kommunales Integrationsmanagement“ (KIM) Rheinland-Pfalz"})
    out += kopf or [{"p": "An das Ministerium für Familie, Frauen, Kultur und Integration "
                          "Rheinland-Pfalz, Kaiser-Friedrich-Straße 5a, 55116 Mainz"}]
    out += [
        {"h1": n(1, "Antragsteller")},
        {"formular": [["Kommune", k["name"]], ["Anschrift", k["anschrift"]],
                      ["Kreisschlüssel", k["schluessel"]]]},
        {"h1": n(2, "Ansprechperson")},
        {"p": ansprech or f"{k['behoerde']}, Integrationsbeauftragte Frau Miriam Kessler, "
                          "Telefon 06341 940-512, integration@verwaltung.example"},
        {"h1": n(3, "Angaben zur Stelle")},
        *stelle,
        {"h1": n(4, "Organisatorische Anbindung")},
        *anbindung,
        {"h1": n(5, "Aufgaben und Schwerpunkte")},
        {"liste": aufgaben or AUFGABEN},
        {"h1": n(6, "Integrationskonzept")},
        {"p": konzept or "Ein Integrationskonzept wurde 2019 vom Kreistag beschlossen; seine "
                         "Fortschreibung ist eine Aufgabe des Integrationsmanagements."},
        {"h1": n(7, "Förderzeitraum")},
        {"p": zeitraum},
        {"h1": n(8, "Finanzierungsplan")},
        *plan,
        {"h1": n(9, "Erklärungen")},
        {"liste": ERKLAERUNGEN},
        {"h1": n(10, "Ort, Datum, Unterschrift")},
        *datum,
    ]
    out += anhang or []
    return out


def _plan(jahre: list[str], pk: list[str], sk: list[str], ges: list[str],
          zuw: list[str] | None = None, eigen: list[str] | None = None,
          fin: list[str] | None = None) -> dict:
    """The usual Finanzierungsplan: expenses against financing per year."""
    zuw = zuw or ges
    fin = fin or ges
    rows = [["", *jahre], ["Personalkosten", *pk], ["Sachkosten", *sk], ["Gesamtausgaben", *ges],
            ["beantragte Zuwendung", *zuw]]
    if eigen:
        rows.append(["Eigenanteil der Kommune", *eigen])
    rows.append(["Gesamtfinanzierung", *fin])
    return {"tabelle": rows}


def _unterschrift(ort_datum: str, name: str, amt: str) -> list[dict]:
    return [{"p": ort_datum}, {"p": f"gez. {name}"}, {"p": amt}]


def _kontrollkaestchen(k: dict, ja: bool, amt: str) -> list[dict]:
    box = "☒ ja ☐ nein" if ja else "☐ ja ☒ nein"
    verw = "Kreisverwaltung" if k["name"].startswith(("Landkreis", "Rhein", "Donners",
                                                      "Westerwald")) else "Stadtverwaltung"
    return [{"formular": [[f"Stelle in der {verw} angesiedelt", box],
                          ["Amt / Abteilung", amt]]}]


# --- Anträge ------------------------------------------------------------------------------------

def a_suew_std(p):
    """Two people at "19,5 Std." without "/Woche"; the regular week stated in a footnote-like
    line; placement as a ticked box; a name ending in -straße; dated in a place-and-date line."""
    k = KOMMUNEN["suew"]
    return _antrag(
        k,
        briefkopf=[k["behoerde"], "Referat 50 – Soziales und Integration", k["anschrift"]],
        stelle=[
            {"p": "Die Stelle der Integrationsmanagerin wird auf zwei Beschäftigte aufgeteilt:"},
            {"tabelle": [["Name", "Umfang", "Entgeltgruppe", "Beginn"],
                         ["Sabine Roth", "19,5 Std.", "E 11 TVöD", "01.01.2026"],
                         ["Tobias Weingart", "19,5 Std.", "E 10 TVöD", "01.01.2026"]]},
            {"p": "Die regelmäßige wöchentliche Arbeitszeit einer Vollzeitbeschäftigten beträgt "
                  "nach TVöD 39 Stunden; beide Anteile zusammen ergeben eine volle Stelle."},
        ],
        anbindung=_kontrollkaestchen(k, True, "Referat 50 – Soziales und Integration"),
        zeitraum="01.01.2026 bis 31.12.2026",
        plan=[_plan(["2026"], ["60.000,00 €"], ["20.000,00 €"], ["80.000,00 €"])],
        datum=_unterschrift("Landau in der Pfalz, 17.10.2025", "Dr. Annette Lauer",
                            "Landrätin"),
    )


def a_neustadt_wochenstunden(p):
    """One person in a "Wochenstunden" column (39), the 39-hour week in the prose; only
    "Amt / Abteilung: 50-Sozialamt"; period across two years; amounts as "EUR 60.000,-"."""
    k = KOMMUNEN["neustadt"]
    return _antrag(
        k,
        stelle=[
            {"tabelle": [["Stelleninhaberin", "Wochenstunden", "Entgeltgruppe", "Beginn"],
                         ["Leyla Demir", "39", "E 11 TVöD", "01.02.2026"]]},
            {"p": "Die Stelle ist eine Vollzeitstelle bei einer regelmäßigen Arbeitszeit von "
                  "39 Stunden in der Woche."},
        ],
        anbindung=[{"p": "Amt / Abteilung: 50-Sozialamt"}],
        zeitraum="01.02.2026 bis 31.01.2027",
        plan=[
            _plan(["2026", "2027"], ["EUR 55.000,-", "EUR 5.000,-"],
                  ["EUR 18.000,-", "EUR 1.500,-"], ["EUR 73.000,-", "EUR 6.500,-"]),
            {"p": "2026 umfasst elf, 2027 einen Fördermonat."},
        ],
        datum=_unterschrift("Neustadt an der Weinstraße, den 04.12.2025", "Roland Kiefer",
                            "Oberbürgermeister"),
    )


def a_donnersberg_wochenstunden_unter(p):
    """A "Wochenstunden" column with 15 and 24: 15 of 39 hours is below 0,5 VZÄ."""
    k = KOMMUNEN["donnersberg"]
    return _antrag(
        k,
        nummern=False,
        stelle=[
            {"tabelle": [["Name", "Wochenstunden", "Entgeltgruppe", "Beginn"],
                         ["Jana Pfeiffer", "24", "E 10 TVöD", "01.04.2026"],
                         ["Murat Aydin", "15", "E 9c TVöD", "01.04.2026"]]},
            {"p": "Grundlage ist die tarifliche Wochenarbeitszeit von 39 Stunden."},
        ],
        anbindung=_kontrollkaestchen(k, True, "Abteilung 4 – Jugend, Familie und Soziales"),
        zeitraum="01.04.2026 bis 31.12.2026",
        plan=[_plan(["2026"], ["45.000,00 €"], ["15.000,00 €"], ["60.000,00 €"])],
        datum=_unterschrift("Kirchheimbolanden, 12.02.2026", "Horst Eberle", "Landrat"),
    )


def a_pirmasens_std_ueber(p):
    """30 Std. and 19,5 Std. without "/Woche": 49,5 of 39 hours is more than one VZÄ."""
    k = KOMMUNEN["pirmasens"]
    return _antrag(
        k,
        stelle=[
            {"p": "Vorgesehen sind Frau Elena Baumann (30 Std., E 11 TVöD) und Herr Jonas Keller "
                  "(19,5 Std., E 10 TVöD), beide ab 01.05.2026. Vollzeit entspricht bei der "
                  "Stadtverwaltung Pirmasens 39 Std."},
        ],
        anbindung=[{"p": "Die Stelle ist in der Stadtverwaltung Pirmasens im Amt für Jugend, "
                         "Familie und Soziales angesiedelt."}],
        zeitraum="01.05.2026 bis 31.12.2026",
        plan=[_plan(["2026"], ["40.000,00 €"], ["13.000,00 €"], ["53.000,00 €"])],
        datum=_unterschrift("Pirmasens, 20.03.2026", "Oliver Franzen", "Oberbürgermeister"),
    )


def a_trier_saarburg_gleicher_satz(p):
    """Two people with the same share in one sentence ("… mit 50 v. H., … mit 50 v. H.")."""
    k = KOMMUNEN["trier-saarburg"]
    return _antrag(
        k,
        stelle=[
            {"p": "Das Integrationsmanagement übernehmen Frau Katharina Wagner mit 50 v. H., "
                  "Herr Daniel Schäfer mit 50 v. H. einer Vollzeitstelle (jeweils E 11 TVöD, "
                  "Beginn 01.01.2026)."},
        ],
        anbindung=[{"p": "Beide Beschäftigte gehören zur Kreisverwaltung Trier-Saarburg, "
                         "Abteilung 6 – Soziales, Sachgebiet Integration."}],
        zeitraum="01.01.2026 – 31.12.2026",
        plan=[_plan(["2026"], ["60.000,00 €"], ["20.000,00 €"], ["80.000,00 €"])],
        datum=_unterschrift("Trier, 30.10.2025", "Georg Thiel", "Landrat"),
    )


def _doppelnotation(k: dict, pk: str, ges: str, ort_datum: str, name: str, amt: str):
    return _antrag(
        k,
        stelle=[
            {"p": "Frau Nora Lindemann wird ab 01.01.2026 mit 0,5 VZÄ (halbe Stelle, "
                  "19,5 Std./Woche) als Integrationsmanagerin beschäftigt, Entgeltgruppe "
                  "E 11 TVöD."},
        ],
        anbindung=[{"p": f"Die Stelle ist in der {k['behoerde']}, Amt für Soziales und "
                         "Integration, angesiedelt."}],
        zeitraum="01.01.2026 bis 31.12.2026",
        plan=[_plan(["2026"], [pk], ["20.000,00 €"], [ges])],
        datum=_unterschrift(ort_datum, name, amt),
    )


def a_zweibruecken_doppelnotation_ueber(p):
    """One share in two notations; 60.000 € Personalkosten for 0,5 VZÄ exceed 30.000 €."""
    return _doppelnotation(KOMMUNEN["zweibruecken"], "60.000,00 €", "80.000,00 €",
                           "Zweibrücken, 05.11.2025", "Frank Rudolph", "Oberbürgermeister")


def a_landau_doppelnotation(p):
    """The same notation with 30.000 € Personalkosten: correct."""
    return _doppelnotation(KOMMUNEN["landau"], "30.000,00 €", "50.000,00 €",
                           "Landau in der Pfalz, 06.11.2025", "Achim Wendel",
                           "Oberbürgermeister")


def a_rhein_pfalz_vzae_label(p):
    """A VZÄ figure inside a cost label: "Personalkosten (2 × 0,5 VZÄ, zehn Monate)"."""
    k = KOMMUNEN["rhein-pfalz"]
    return _antrag(
        k,
        stelle=[
            {"tabelle": [["Person", "Stellenanteil", "Entgeltgruppe", "Beginn"],
                         ["Anna Berger", "0,5 VZÄ", "E 11 TVöD", "01.03.2026"],
                         ["Yusuf Kaya", "0,5 VZÄ", "E 11 TVöD", "01.03.2026"]]},
        ],
        anbindung=_kontrollkaestchen(k, True, "Fachbereich 5 – Soziales, Referat Integration"),
        zeitraum="01.03.2026 bis 31.12.2026 (zehn Monate)",
        plan=[{"tabelle": [["Kostenart", "2026"],
                           ["Personalkosten (2 × 0,5 VZÄ, zehn Monate)", "50.000,00 €"],
                           ["Sachkosten", "15.000,00 €"],
                           ["Gesamtausgaben", "65.000,00 €"],
                           ["beantragte Zuwendung", "65.000,00 €"],
                           ["Gesamtfinanzierung", "65.000,00 €"]]}],
        datum=_unterschrift("Ludwigshafen am Rhein, 14.01.2026", "Walter Hummel", "Landrat"),
    )


def a_bernkastel_stellenbeschreibung(p):
    """One full-time manager; an attached Stellenbeschreibung with time shares per task."""
    k = KOMMUNEN["bernkastel"]
    return _antrag(
        k,
        stelle=[{"p": "Frau Julia Hoffmann, Vollzeit (1,0 VZÄ), Entgeltgruppe E 11 TVöD, "
                      "Beginn 01.01.2026."}],
        anbindung=[{"p": "Kreisverwaltung Bernkastel-Wittlich, Geschäftsbereich 2 – Jugend "
                         "und Soziales, Stabsstelle Integration."}],
        zeitraum="01.01.2026 bis 31.12.2026",
        plan=[_plan(["2026"], ["60.000,00 €"], ["18.500,00 €"], ["78.500,00 €"])],
        datum=_unterschrift("Wittlich, 21.11.2025", "Hendrik Maas", "Landrat"),
        anhang=[
            {"h1": "Anlage: Stellenbeschreibung Integrationsmanagerin"},
            {"tabelle": [["Nr.", "Tätigkeit", "Zeitanteil"],
                         ["1", "Bestandsaufnahme und Analyse der Integrationsangebote", "30 %"],
                         ["2", "Koordination der Steuerungsgruppe und der Netzwerke", "25 %"],
                         ["3", "Fortschreibung des Integrationskonzepts", "20 %"],
                         ["4", "Öffentlichkeitsarbeit", "15 %"],
                         ["5", "Berichtswesen gegenüber dem MFFKI", "5 %"],
                         ["6", "Fortbildung", "5 %"]]},
        ],
    )


def _postenliste(rows: list[list[str]], rahmenlos: bool) -> dict:
    item = {"tabelle": [["Position", "Betrag"], *rows]}
    if rahmenlos:
        item["rahmenlos"] = True
    return item


def a_ahrweiler_postenliste(p):
    """A Finanzierungsplan as an item list in one amount column, the Personalkosten label
    wrapped onto a second line, "Summe Sachkosten"; borderless on its own page."""
    k = KOMMUNEN["ahrweiler"]
    return _antrag(
        k,
        stelle=[{"p": "Herr Paul Schneider, 1,0 VZÄ, E 11 TVöD, Beginn 01.01.2026."}],
        anbindung=[{"p": "Kreisverwaltung Ahrweiler, Abteilung 2.1 – Soziales, Teilhabe und "
                         "Integration."}],
        zeitraum="01.01.2026 bis 31.12.2026 (Haushaltsjahr 2026)",
        plan=[
            {"querformat": False},
            {"p": "Ausgaben und Finanzierung im Haushaltsjahr 2026:"},
            _postenliste([
                ["Personalkosten Integrationsmanager (E 11 TVöD,\n1,0 VZÄ, 01.01.–31.12.2026)",
                 "60.000,00 €"],
                ["Sachkosten: Fortbildung und Supervision", "3.000,00 €"],
                ["Veranstaltungen und Netzwerktreffen", "8.000,00 €"],
                ["Öffentlichkeitsarbeit, Druckkosten", "4.000,00 €"],
                ["Fahrtkosten", "2.000,00 €"],
                ["Summe Sachkosten", "17.000,00 €"],
                ["Gesamtausgaben", "77.000,00 €"],
                ["beantragte Zuwendung", "77.000,00 €"],
                ["Gesamtfinanzierung", "77.000,00 €"],
            ], rahmenlos=True),
            {"querformat": False},
        ],
        datum=_unterschrift("Bad Neuenahr-Ahrweiler, 09.12.2025", "Ulrike Fassbender",
                            "Landrätin"),
    )


def a_hunsrueck_postenliste_summe(p):
    """The item list with a wrong "Summe Sachkosten" (items 17.000 €, stated 18.000 €)."""
    k = KOMMUNEN["hunsrueck"]
    return _antrag(
        k,
        stelle=[{"p": "Frau Lea Schmitt, 1,0 VZÄ, E 11 TVöD, Beginn 01.01.2026."}],
        anbindung=[{"p": "Kreisverwaltung Rhein-Hunsrück-Kreis, Fachbereich Soziales, "
                         "Sachgebiet Integration und Migration."}],
        zeitraum="01.01.2026 bis 31.12.2026",
        plan=[
            _postenliste([
                ["Personalkosten Integrationsmanagerin (E 11 TVöD,\n1,0 VZÄ, ganzjährig)",
                 "60.000,00 €"],
                ["Sachkosten: Fortbildung", "2.500,00 €"],
                ["Veranstaltungen", "9.000,00 €"],
                ["Öffentlichkeitsarbeit", "3.500,00 €"],
                ["Dolmetschkosten", "2.000,00 €"],
                ["Summe Sachkosten", "18.000,00 €"],
                ["Gesamtausgaben", "78.000,00 €"],
                ["beantragte Zuwendung", "78.000,00 €"],
                ["Gesamtfinanzierung", "78.000,00 €"],
            ], rahmenlos=False),
        ],
        datum=_unterschrift("Simmern/Hunsrück, 02.12.2025", "Uwe Reinhardt", "Landrat"),
    )


def a_rhein_lahn_zwischensumme(p):
    """Personalkosten first, then Sachkosten items with a "Zwischensumme Sachkosten", then
    "Gesamtsumme"; amounts as "60.000,-- €"."""
    k = KOMMUNEN["rhein-lahn"]
    return _antrag(
        k,
        stelle=[{"p": "Frau Hanna Becker, Stellenanteil 1,0 (Vollzeit), E 11 TVöD, ab "
                      "01.01.2026."}],
        anbindung=[{"p": "Kreisverwaltung Rhein-Lahn-Kreis, Fachbereich 4 – Soziales und "
                         "Teilhabe."}],
        zeitraum="01.01.2026 bis 31.12.2026",
        plan=[{"tabelle": [
            ["Ausgaben 2026", "Betrag"],
            ["Personalkosten (Zuschuss)", "60.000,-- €"],
            ["Sachkosten Veranstaltungen", "7.500,-- €"],
            ["Sachkosten Öffentlichkeitsarbeit", "4.500,-- €"],
            ["Sachkosten Fortbildung, Reisekosten", "6.000,-- €"],
            ["Zwischensumme Sachkosten", "18.000,-- €"],
            ["Gesamtsumme der Ausgaben", "78.000,-- €"],
        ]},
            {"tabelle": [["Finanzierung 2026", "Betrag"],
                         ["beantragte Zuwendung des Landes", "78.000,-- €"],
                         ["Eigenanteil", "0,-- €"],
                         ["Gesamtfinanzierung", "78.000,-- €"]]}],
        datum=_unterschrift("Bad Ems, 27.11.2025", "Karl Brenner", "Landrat"),
    )


def a_altenkirchen_zentrale_dienste(p):
    """Overhead as "Anteilige Leistungen der zentralen Dienste, Verrechnungssatz 7 %"."""
    k = KOMMUNEN["altenkirchen"]
    return _antrag(
        k,
        stelle=[{"p": "Herr Felix Brandt, 1,0 VZÄ, E 11 TVöD, Beginn 01.01.2026."}],
        anbindung=_kontrollkaestchen(k, True, "Referat 3.2 – Soziales und Integration"),
        zeitraum="01.01.2026 bis 31.12.2026",
        plan=[_postenliste([
            ["Personalkosten Integrationsmanager (1,0 VZÄ)", "60.000,00 €"],
            ["Sachkosten: Netzwerkveranstaltungen", "6.000,00 €"],
            ["Öffentlichkeitsarbeit", "3.000,00 €"],
            ["Fortbildung", "2.000,00 €"],
            [("Anteilige Leistungen der zentralen Dienste, Verrechnungssatz 7 % der "
             "Personalkosten"), "4.200,00 €"],
            ["Summe Sachkosten", "15.200,00 €"],
            ["Gesamtausgaben", "75.200,00 €"],
            ["beantragte Zuwendung", "75.200,00 €"],
            ["Gesamtfinanzierung", "75.200,00 €"],
        ], rahmenlos=False)],
        datum=_unterschrift("Altenkirchen, 15.12.2025", "Dr. Klaus Imhoff", "Landrat"),
    )


def a_ludwigshafen_datum_spaet(p):
    """The Antrag's own date in a "Datum" field (14.01.2027) after the deadline; the period
    begins 01.12.2026, within it."""
    k = KOMMUNEN["ludwigshafen"]
    return _antrag(
        k,
        kopf=[{"formular": [["Aktenzeichen", "5-50-KIM/2026"], ["Datum", "14.01.2027"],
                            ["Empfänger", "MFFKI Rheinland-Pfalz, Referat 735"]]}],
        stelle=[{"p": "Frau Sophie Krämer, 1,0 VZÄ, E 11 TVöD, Beginn 01.12.2026."}],
        anbindung=[{"p": "Bereich 5-50 Soziales der Stadtverwaltung Ludwigshafen am Rhein, "
                         "Abteilung Integration."}],
        zeitraum="01.12.2026 bis 30.11.2027",
        plan=[_plan(["2026", "2027"], ["5.000,00 €", "55.000,00 €"],
                    ["1.500,00 €", "18.000,00 €"], ["6.500,00 €", "73.000,00 €"])],
        datum=[{"p": "Ludwigshafen am Rhein (Datum siehe Kopf)"}, {"p": "gez. Petra Lorenz"},
               {"p": "Oberbürgermeisterin"}],
    )


def a_mayen_koblenz_vor_programm(p):
    """Dated 28.07.2025, before the programme began (11.08.2025)."""
    k = KOMMUNEN["mayen-koblenz"]
    return _antrag(
        k,
        stelle=[{"p": "Frau Carolin Weber, 1,0 VZÄ, E 11 TVöD, vorgesehener Beginn "
                      "01.10.2025."}],
        anbindung=[{"p": "Kreisverwaltung Mayen-Koblenz, Abteilung 8 – Soziales, Referat "
                         "Integration."}],
        zeitraum="01.10.2025 bis 30.09.2026",
        plan=[_plan(["2025", "2026"], ["15.000,00 €", "45.000,00 €"],
                    ["5.000,00 €", "15.000,00 €"], ["20.000,00 €", "60.000,00 €"])],
        datum=_unterschrift("Koblenz, 28.07.2025", "Jens Albrecht", "Landrat"),
    )


def a_vg_maikammer(p):
    """A Verbandsgemeinde (not eligible) inside the Landkreis Südliche Weinstraße."""
    k = KOMMUNEN["maikammer"]
    return _antrag(
        k,
        stelle=[{"p": "Frau Laura Fischer, 1,0 VZÄ, E 10 TVöD, Beginn 01.03.2026."}],
        anbindung=[{"p": "Verbandsgemeindeverwaltung Maikammer, Fachbereich 1 – Bürgerdienste "
                         "und Soziales."}],
        zeitraum="01.03.2026 bis 31.12.2026",
        plan=[_plan(["2026"], ["50.000,00 €"], ["16.000,00 €"], ["66.000,00 €"])],
        datum=_unterschrift("Maikammer, 19.01.2026", "Erwin Holler", "Bürgermeister"),
    )


def a_germersheim_traeger(p):
    """Placement answered "☐ ja ☒ nein": the manager is employed by a welfare association."""
    k = KOMMUNEN["germersheim"]
    return _antrag(
        k,
        stelle=[{"p": "Frau Aylin Öztürk, 1,0 VZÄ, Vergütung in Anlehnung an E 11 TVöD, "
                      "Beginn 01.04.2026."}],
        anbindung=[{"formular": [
            ["Stelle in der Kreisverwaltung angesiedelt", "☐ ja ☒ nein"],
            ["Falls nein: Träger", ("Diakonisches Werk Pfalz, Regionalstelle Germersheim; die "
                                   "Zuwendung wird an den Träger weitergeleitet")],
        ]}],
        zeitraum="01.04.2026 bis 31.12.2026",
        plan=[_plan(["2026"], ["45.000,00 €"], ["15.000,00 €"], ["60.000,00 €"])],
        datum=_unterschrift("Germersheim, 03.02.2026", "Thomas Seibel", "Landrat"),
    )


def a_kaiserslautern_teur(p):
    """Amounts in TEUR; "Vollzeit"; a sentence that overhead is NOT claimed."""
    k = KOMMUNEN["kaiserslautern-lk"]
    return _antrag(
        k,
        stelle=[{"p": "Besetzung: Herr Simon Ludwig, Vollzeit, E 11 TVöD, Beginn 01.01.2026."}],
        anbindung=[{"p": "Kreisverwaltung Kaiserslautern, Referat 51 – Soziales, Stabsstelle "
                         "Integration."}],
        zeitraum="01.01.2026 bis 31.12.2026",
        plan=[_plan(["2026"], ["60 TEUR"], ["20 TEUR"], ["80 TEUR"]),
              {"p": "Overheadkosten (Verwaltungsgemeinkosten) werden nicht beantragt."}],
        datum=_unterschrift("Kaiserslautern, 24.11.2025", "Bernd Kolb", "Landrat"),
    )


def a_birkenfeld_unausgeglichen(p):
    """A Finanzierungsplan that does not balance (80.000 € expenses, 75.000 € financed)."""
    k = KOMMUNEN["birkenfeld"]
    return _antrag(
        k,
        stelle=[{"p": "Herr Lukas Wolf, 1,0 VZÄ, E 11 TVöD, Beginn 01.01.2026."}],
        anbindung=[{"p": "Kreisverwaltung Birkenfeld, Fachbereich 3 – Soziales, Jugend und "
                         "Integration."}],
        zeitraum="01.01.2026 bis 31.12.2026",
        plan=[_plan(["2026"], ["60.000 €"], ["20.000 €"], ["80.000 €"], zuw=["75.000 €"],
                    eigen=["0 €"], fin=["75.000 €"])],
        datum=_unterschrift("Birkenfeld, 10.12.2025", "Sven Dietz", "Landrat"),
    )


# --- Bewilligungsbescheide ----------------------------------------------------------------------

def _bescheid(k: dict, *, datum: str, az: str, zeitraum: str, stellen: str, betraege: list,
              ohne: tuple = (), ihr_schreiben: str = "09.12.2025", gez: str = "Im Auftrag",
              nummern: bool = True) -> list[dict]:
    sections = [
        ("Bewilligung", [
            {"p": f"Auf Ihren Antrag vom {ihr_schreiben} bewillige ich Ihnen – {k['name']}, "
                  f"Kreisschlüssel {k['schluessel']} – für die Durchführung des Kommunalen "
                  "Integrationsmanagements eine Zuwendung als Zuweisung im Wege der "
                  "Projektförderung."},
            {"p": f"Bewilligungszeitraum: {zeitraum}"},
            {"p": f"Geförderte Stellenanteile: {stellen}"},
            *betraege,
        ]),
        ("Finanzierungsart und zuwendungsfähige Ausgaben", [
            {"p": "Die Zuwendung wird als Festbetragsfinanzierung mit einem Höchstbetrag von "
                  "60.000 Euro je Vollzeitäquivalent und Jahr für Personalkosten sowie bis zu "
                  "20.000 Euro je Jahr für Sachkosten gewährt, anteilig nach vollen "
                  "Kalendermonaten. Overheadkosten sind nicht zuwendungsfähig."},
        ]),
        ("Auszahlung", [
            {"p": "Die Zuwendung wird auf Anforderung ausgezahlt, soweit sie innerhalb von zwei "
                  "Monaten nach der Auszahlung für fällige Zahlungen benötigt wird."},
        ]),
        ("Jahresbericht und Verwendungsnachweis", [
            {"p": "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten "
                  "Fragebogen des MFFKI vorzulegen. Der Verwendungsnachweis ist innerhalb von "
                  "sechs Monaten nach Ablauf des Bewilligungszeitraums vorzulegen."},
        ]),
        ("Nebenbestimmungen", [
            {"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
                  "kommunale Körperschaften (ANBest-K) sind Bestandteil dieses Bescheids. Nicht "
                  "verwendete Mittel sind nach § 49a VwVfG zu erstatten und zu verzinsen."},
        ]),
        ("Begründung", [
            {"p": "Rechtsgrundlage sind § 44 LHO und die Förderrichtlinie Kommunales "
                  "Integrationsmanagement. Die Zuwendung ist eine freiwillige Leistung; ein "
                  "Rechtsanspruch besteht nicht. Nach pflichtgemäßem Ermessen und im Rahmen der "
                  "verfügbaren Haushaltsmittel war dem Antrag wie geschehen zu entsprechen."},
        ]),
        ("Rechtsbehelfsbelehrung", [
            {"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage "
                  f"beim Verwaltungsgericht {k['gericht']} erhoben werden."},
        ]),
    ]
    out: list[dict] = [
        {"briefkopf": MFFKI},
        {"formular": [["Mein Aktenzeichen", az], ["Ihr Schreiben vom", ihr_schreiben],
                      ["Datum", datum]]},
        {"p": f"{k['behoerde']}\n{k['anschrift']}".replace("\n", ", ")},
        {"titel": "Bewilligungsbescheid"},
        {"p": "Zuwendung aus dem Förderprogramm „Kommunales Integrationsmanagement“ (KIM)"},
    ]
    i = 0
    for titel, body in sections:
        if titel in ohne:
            continue
        i += 1
        out.append({"h1": f"{i}. {titel}" if nummern else titel})
        out += body
    out += [{"p": gez}, {"p": "Dr. Henrike Vogt"}]
    return out


def b_trier_zuwendung_2025(p):
    """"Zuwendung 2025: 13.333,33 EUR" with the Sachkosten stated separately (two months)."""
    k = KOMMUNEN["trier"]
    return _bescheid(
        k, datum="20.10.2025", az="735-0004#2025/0117-0701", ihr_schreiben="25.09.2025",
        zeitraum="01.11.2025 bis 31.10.2026",
        stellen="1,0 VZÄ (Frau Merve Yıldız, Amt für Soziales und Wohnen)",
        betraege=[
            {"p": "Zuwendung 2025: 13.333,33 EUR"},
            {"p": "davon Personalkosten 10.000,00 EUR und Sachkosten 3.333,33 EUR "
                  "(zwei Fördermonate)."},
            {"p": "Zuwendung 2026: 66.666,67 EUR"},
            {"p": "davon Personalkosten 50.000,00 EUR und Sachkosten 16.666,67 EUR "
                  "(zehn Fördermonate)."},
        ])


def b_westerwald_zuwendung_2025_sk(p):
    """The same shape with 5.000 EUR Sachkosten for two months of 2025 (> 3.333,33 EUR)."""
    k = KOMMUNEN["westerwald"]
    return _bescheid(
        k, datum="22.10.2025", az="735-0004#2025/0121-0701", ihr_schreiben="30.09.2025",
        zeitraum="01.11.2025 bis 31.10.2026",
        stellen="1,0 VZÄ (Herr Niklas Hahn)",
        betraege=[
            {"p": "Zuwendung 2025: 15.000,00 EUR"},
            {"p": "davon Personalkosten 10.000,00 EUR und Sachkosten 5.000,00 EUR."},
            {"p": "Zuwendung 2026: 66.666,67 EUR"},
            {"p": "davon Personalkosten 50.000,00 EUR und Sachkosten 16.666,67 EUR."},
        ])


def b_ahrweiler(p):
    """Granted what the Ahrweiler Antrag asked (77.000 € for 2026); amounts as "60.000,-- €"."""
    k = KOMMUNEN["ahrweiler"]
    return _bescheid(
        k, datum="08.01.2026", az="735-0004#2025/0188-0701", ihr_schreiben="09.12.2025",
        zeitraum="01.01.2026 bis 31.12.2026", stellen="1,0 VZÄ (Herr Paul Schneider)",
        betraege=[{"tabelle": [["Haushaltsjahr 2026", "Betrag"],
                               ["Personalkosten", "60.000,-- €"],
                               ["Sachkosten", "17.000,-- €"],
                               ["Zuwendung gesamt", "77.000,-- €"]]}])


def b_rhein_pfalz_vzae_label(p):
    """"Personalkosten (2 × 0,5 VZÄ, zehn Monate)" as a line of the grant."""
    k = KOMMUNEN["rhein-pfalz"]
    return _bescheid(
        k, datum="16.02.2026", az="735-0004#2026/0012-0701", ihr_schreiben="14.01.2026",
        zeitraum="01.03.2026 bis 31.12.2026",
        stellen="Frau Anna Berger und Herr Yusuf Kaya mit je 0,5 VZÄ",
        betraege=[{"tabelle": [["Zuwendung 2026", "Betrag"],
                               ["Personalkosten (2 × 0,5 VZÄ, zehn Monate)", "50.000,00 EUR"],
                               ["Sachkosten (zehn Monate)", "15.000,00 EUR"],
                               ["Summe", "65.000,00 EUR"]]}])


def b_suew_gleicher_satz(p):
    """Two people with the same share in one sentence; 60.000 € for 2026."""
    k = KOMMUNEN["suew"]
    return _bescheid(
        k, datum="02.12.2025", az="735-0004#2025/0166-0701", ihr_schreiben="17.10.2025",
        zeitraum="01.01.2026 bis 31.12.2026",
        stellen="Frau Sabine Roth mit 50 v. H., Herr Tobias Weingart mit 50 v. H. einer "
                "Vollzeitstelle",
        betraege=[{"p": "Für das Haushaltsjahr 2026 wird eine Zuwendung von 80.000,00 EUR "
                        "bewilligt, davon 60.000,00 EUR Personalkosten und 20.000,00 EUR "
                        "Sachkosten."}])


def b_zweibruecken_doppelnotation_ueber(p):
    """0,5 VZÄ written in two notations; 60.000 EUR Personalkosten granted (> 30.000 EUR)."""
    k = KOMMUNEN["zweibruecken"]
    return _bescheid(
        k, datum="10.12.2025", az="735-0004#2025/0170-0701", ihr_schreiben="05.11.2025",
        zeitraum="01.01.2026 bis 31.12.2026",
        stellen="Frau Nora Lindemann, 0,5 VZÄ (halbe Stelle, 19,5 Std./Woche)",
        betraege=[{"p": "Zuwendung 2026: 80.000,00 EUR (Personalkosten 60.000,00 EUR, "
                        "Sachkosten 20.000,00 EUR)."}],
        nummern=False)


def b_vulkaneifel_ohne_rbb(p):
    """No Rechtsbehelfsbelehrung."""
    k = KOMMUNEN["vulkaneifel"]
    return _bescheid(
        k, datum="12.01.2026", az="735-0004#2026/0003-0701", ihr_schreiben="01.12.2025",
        zeitraum="01.02.2026 bis 31.12.2026", stellen="1,0 VZÄ (Frau Hannah Klein)",
        betraege=[{"p": "Zuwendung 2026: 55.000,00 EUR Personalkosten und 18.333,33 EUR "
                        "Sachkosten, zusammen 73.333,33 EUR (elf Fördermonate)."}],
        ohne=("Rechtsbehelfsbelehrung",))


def b_bad_kreuznach_summe(p):
    """A grant table whose total is wrong (60.000 + 20.000 ≠ 90.000)."""
    k = KOMMUNEN["bad-kreuznach"]
    return _bescheid(
        k, datum="15.12.2025", az="735-0004#2025/0175-0701", ihr_schreiben="13.11.2025",
        zeitraum="01.01.2026 bis 31.12.2026", stellen="1,0 VZÄ (Herr Ben Hartmann)",
        betraege=[{"tabelle": [["", "2026"], ["Personalkosten", "60.000,00 €"],
                               ["Sachkosten", "20.000,00 €"], ["Summe", "90.000,00 €"]]}])


def b_birkenfeld_ohne_begruendung(p):
    """No Begründung."""
    k = KOMMUNEN["birkenfeld"]
    return _bescheid(
        k, datum="18.12.2025", az="735-0004#2025/0180-0701", ihr_schreiben="10.12.2025",
        zeitraum="01.01.2026 bis 31.12.2026", stellen="1,0 VZÄ (Herr Lukas Wolf)",
        betraege=[{"p": "Zuwendung 2026: 75.000,00 EUR (Personalkosten 60.000,00 EUR, "
                        "Sachkosten 15.000,00 EUR)."}],
        ohne=("Begründung",))


def b_germersheim_euro_vorne(p):
    """Amounts as "EUR 60.000,-", long dates."""
    k = KOMMUNEN["germersheim"]
    return _bescheid(
        k, datum="5. Dezember 2025", az="735-0004#2025/0169-0701",
        ihr_schreiben="3. November 2025",
        zeitraum="1. Januar 2026 bis 31. Dezember 2026", stellen="1,0 VZÄ (Frau Eva Lang)",
        betraege=[{"formular": [["Personalkosten 2026", "EUR 60.000,-"],
                                ["Sachkosten 2026", "EUR 20.000,-"],
                                ["Zuwendung 2026 insgesamt", "EUR 80.000,-"]]}],
        gez="In Vertretung")


# --- Unterrichtungsvorlagen ----------------------------------------------------------------------

HINTERGRUND = ("Das Land Rheinland-Pfalz fördert seit dem 11.08.2025 mit dem Programm "
               "„Kommunales Integrationsmanagement“ (KIM) je Landkreis und kreisfreier Stadt eine "
               "Stelle mit bis zu einem Vollzeitäquivalent (bis zu 60.000 € Personalkosten je "
               "VZÄ und bis zu 20.000 € Sachkosten im Jahr). Anträge sind bis Ende 2026 möglich.")
UMSETZUNG = ("Die Dialog- und Beratungsstelle Kommunale Integration (DBKI) begleitet die "
             "Integrationsmanagerinnen und -manager; regelmäßige Jours fixes mit dem MFFKI sind "
             "vereinbart. Verwaltungsintern wird eine Steuerungsgruppe Integration gebildet.")


def _vorlage(k: dict, *, nummer: str, datum: str, betreff: str | None, sachstand: str,
             gremien: list | None, ohne: tuple = (), titel: str = "Unterrichtungsvorlage",
             namen: dict | None = None, kopf_als: str = "formular",
             anlagen: list | None = None) -> list[dict]:
    namen = {"Hintergrund": "Hintergrund", "Umsetzung": "Umsetzung", "Sachstand": "Sachstand",
             "Anlagen": "Anlagen", "Betreff": "Betreff", "Gremienweg": "Gremienweg",
             **(namen or {})}
    rows = [["Vorlage", nummer], ["Datum", datum], ["Dezernat", "Dezernat II"],
            ["Verfasser", "50-Sozialamt"], ["Az.", "50/503-KIM"]]
    if betreff:
        rows.append([namen["Betreff"], betreff])
    out: list[dict] = [{"titel": titel}]
    if kopf_als == "formular":
        out.append({"formular": rows})
    else:
        out += [{"p": f"{a}: {b}"} for a, b in rows]
    if not betreff:
        out.append({"p": "Kommunales Integrationsmanagement – Sachstandsbericht"})
    if gremien:
        out += [{"fett": f"{namen['Gremienweg']}:"},
                {"tabelle": [["Datum", "Gremium", "Zuständigkeit", "Status"], *gremien]}]
    body = [("Hintergrund", HINTERGRUND), ("Umsetzung", UMSETZUNG), ("Sachstand", sachstand)]
    for key, text in body:
        if key in ohne:
            continue
        out += [{"h1": namen[key]}, {"p": text}]
    if "Anlagen" not in ohne:
        out += [{"h1": namen["Anlagen"]},
                {"liste": anlagen or ["Förderrichtlinie KIM (Auszug)",
                                      "Bewilligungsbescheid des MFFKI"]}]
    return out


def _gremium(datum: str, name: str) -> list[list[str]]:
    return [[datum, name, "Kenntnisnahme", "öffentlich"]]


def v_frankenthal(p):
    k = KOMMUNEN["frankenthal"]
    return _vorlage(
        k, nummer="UV/0213/2026", datum="12.05.2026",
        betreff="Kommunales Integrationsmanagement – Besetzung der Stelle",
        gremien=_gremium("09.06.2026", "Ausschuss für Soziales, Integration und Senioren"),
        namen={"Hintergrund": "Sachverhalt"},
        sachstand="Die Stadtverwaltung Frankenthal (Pfalz) hat die Förderung beantragt; der "
                  "Bewilligungsbescheid vom 20.02.2026 umfasst 1,0 VZÄ ab 01.03.2026. Die Stelle "
                  "ist im Bereich Soziales angesiedelt und seit 01.03.2026 besetzt.")


def v_ludwigshafen(p):
    k = KOMMUNEN["ludwigshafen"]
    return _vorlage(
        k, nummer="20263318", datum="03.03.2026",
        betreff="Teilnahme am Förderprogramm KIM",
        gremien=_gremium("24.03.2026", "Integrationsausschuss"),
        namen={"Betreff": "Gegenstand", "Gremienweg": "Beratungsweg",
               "Hintergrund": "Ausgangslage", "Umsetzung": "Durchführung",
               "Sachstand": "Aktueller Stand"},
        sachstand="Der Antrag wurde am 02.03.2026 gestellt. Vorgesehen ist eine Vollzeitstelle "
                  "im Bereich 5-50 Soziales.")


def v_suew(p):
    k = KOMMUNEN["suew"]
    return _vorlage(
        k, nummer="KT/2026/041", datum="18.02.2026",
        betreff="Kommunales Integrationsmanagement im Landkreis Südliche Weinstraße",
        gremien=_gremium("10.03.2026", "Kreisausschuss"), kopf_als="zeilen",
        sachstand="Der Landkreis Südliche Weinstraße erhält die Förderung seit 01.01.2026. Das "
                  "Integrationsmanagement übernehmen Frau Sabine Roth mit 50 v. H., Herr Tobias "
                  "Weingart mit 50 v. H. einer Vollzeitstelle.")


def v_pirmasens(p):
    k = KOMMUNEN["pirmasens"]
    return _vorlage(
        k, nummer="0147/II/50/2026", datum="21.04.2026",
        betreff="KIM – Vorstellung des Integrationsmanagements",
        gremien=[*_gremium("12.05.2026", "Sozialausschuss"), ["26.05.2026", "Stadtrat", "Kenntnisnahme", "öffentlich"]],
        sachstand="Die Stelle (0,5 VZÄ, halbe Stelle, 19,5 Std./Woche, und eine zweite halbe "
                  "Stelle) ist seit 01.05.2026 besetzt.")


def v_donnersberg(p):
    k = KOMMUNEN["donnersberg"]
    return _vorlage(
        k, nummer="DBK/UV/2026/019", datum="06.10.2026",
        betreff="Kommunales Integrationsmanagement – Zwischenbericht",
        gremien=_gremium("27.10.2026", "Ausschuss für Soziales und Integration"),
        namen={"Hintergrund": "Anlass"},
        sachstand="Seit 01.04.2026 arbeiten zwei Integrationsmanagerinnen (24 und 20 "
                  "Wochenstunden) in der Abteilung 4 der Kreisverwaltung.")


def v_zweibruecken_ohne_sachstand(p):
    k = KOMMUNEN["zweibruecken"]
    return _vorlage(
        k, nummer="UV/2026/0033", datum="14.01.2026",
        betreff="Kommunales Integrationsmanagement",
        gremien=_gremium("04.02.2026", "Haupt- und Finanzausschuss"),
        namen={"Hintergrund": "1. Hintergrund", "Umsetzung": "2. Umsetzung",
               "Anlagen": "3. Anlagen"},
        sachstand="", ohne=("Sachstand",))


def v_landau_ohne_gremienweg(p):
    k = KOMMUNEN["landau"]
    return _vorlage(
        k, nummer="223/2026", datum="09.02.2026",
        betreff="Förderprogramm Kommunales Integrationsmanagement – Unterrichtung",
        gremien=None,
        sachstand="Die Stadtverwaltung Landau in der Pfalz beschäftigt seit 01.01.2026 eine "
                  "Integrationsmanagerin mit 0,5 VZÄ.")


def v_neustadt_ohne_umsetzung(p):
    k = KOMMUNEN["neustadt"]
    return _vorlage(
        k, nummer="UV 2026/117", datum="17.03.2026",
        betreff="Kommunales Integrationsmanagement in Neustadt an der Weinstraße",
        gremien=_gremium("15.04.2026", "Sozialausschuss"),
        sachstand="Frau Leyla Demir ist seit 01.02.2026 als Integrationsmanagerin im "
                  "50-Sozialamt tätig.", ohne=("Umsetzung",))


def v_trier_ohne_betreff(p):
    k = KOMMUNEN["trier"]
    return _vorlage(
        k, nummer="0412/2026", datum="28.04.2026", betreff=None,
        gremien=_gremium("19.05.2026", "Dezernatsausschuss II"),
        sachstand="Die Stelle ist seit 01.11.2025 mit 1,0 VZÄ besetzt.")


# --- Jahresberichte ---------------------------------------------------------------------------

def _jb(k: dict, *, personal: list, mittel: list, schluss: list, jahr: str = "2026",
        ohne: tuple = (), namen: dict | None = None, nummern: bool = True,
        zusatz: list | None = None, kopf: list | None = None) -> list[dict]:
    namen = {"Personal": "Personal", "Infra": "Integrationsinfrastruktur",
             "Vernetzung": "Vernetzung in der Kommune",
             "Interkommunal": "Interkommunale Vernetzung",
             "Oeffentlichkeit": "Öffentlichkeitsarbeit", "Land": "Kooperation mit dem Land",
             "Konzept": "Stand des Integrationskonzepts", "Mittel": "Mittelverwendung",
             "Ausblick": "Ausblick", **(namen or {})}
    teile = [
        ("Personal", personal),
        ("Infra", [{"p": "Die Bestandsaufnahme der Angebote in den Handlungsfeldern Wohnen, "
                         "Sprache und Bildung, Migrationsberatung und Arbeitsmarkt ist "
                         "abgeschlossen; Lücken bestehen bei Sprachkursen mit Kinderbetreuung."}]),
        ("Vernetzung", [{"p": "Die Steuerungsgruppe Integration tagte viermal; dreimal fand "
                              "eine Netzwerkrunde mit Trägern und Migrantenorganisationen statt."}]),
        ("Interkommunal", [{"p": "Regelmäßiger Austausch mit den Integrationsmanagerinnen der "
                                 "Nachbarkommunen in einem regionalen Arbeitskreis."}]),
        ("Oeffentlichkeit", [{"p": "Interkulturelle Woche, Pressemitteilungen, eine "
                                   "Informationsseite auf der Internetseite der Verwaltung."}]),
        ("Land", [{"p": "Teilnahme an allen KIM-Jours fixes des MFFKI und an zwei "
                        "Fachtagen der DBKI; Berichterstattung an das Fachreferat."}]),
        ("Konzept", [{"p": "Die Fortschreibung des Integrationskonzepts ist begonnen; der "
                           "Entwurf soll 2027 den Gremien vorgelegt werden."}]),
        ("Mittel", mittel),
        ("Ausblick", [{"p": "2027 stehen die Verabschiedung des fortgeschriebenen Konzepts und "
                            "der Ausbau der Einzelfallkoordination an."}]),
    ]
    out: list[dict] = [*(kopf or []),
                       {"titel": f"Jahresbericht {jahr} – Kommunales Integrationsmanagement"},
                       {"formular": [["Kommune", k["name"]], ["Berichtsjahr", jahr]]}]
    i = 0
    for key, body in teile:
        if key in ohne:
            continue
        i += 1
        out.append({"h1": f"{i}. {namen[key]}" if nummern else namen[key]})
        out += body
    out += zusatz or []
    out += schluss
    return out


def _mittel(bew_pk, bew_sk, bew_sum, ist_pk, ist_sk, ist_sum, extra=()) -> list[dict]:
    rows = [["Position", "bewilligt 2026", "verausgabt 2026"],
            ["Personalkosten", bew_pk, ist_pk], ["Sachkosten", bew_sk, ist_sk], *extra,
            ["Summe", bew_sum, ist_sum]]
    return [{"tabelle": rows}]


def j_frankenthal_kolophon(p):
    """The report date only in a colophon line; "Zusammenarbeit mit MFFKI und DBKI"."""
    k = KOMMUNEN["frankenthal"]
    return _jb(
        k,
        personal=[{"p": "Frau Elif Arslan, 1,0 VZÄ, seit 01.03.2026 (E 11 TVöD)."}],
        namen={"Land": "Zusammenarbeit mit MFFKI und DBKI"},
        mittel=_mittel("50.000,00 €", "16.666,67 €", "66.666,67 €",
                       "49.120,00 €", "12.480,00 €", "61.600,00 €"),
        schluss=[{"p": "Stadtverwaltung Frankenthal (Pfalz) · Bereich Soziales · Frankenthal "
                       "(Pfalz), 03.12.2026 · Anlage: ausgefüllter Fragebogen des MFFKI"}],
    )


def j_ludwigshafen_kolophon_spaet(p):
    """The colophon line dated 17.12.2026, after the 15.12. deadline."""
    k = KOMMUNEN["ludwigshafen"]
    return _jb(
        k,
        personal=[{"p": "Frau Sophie Krämer, 1,0 VZÄ, seit 01.01.2026."}],
        namen={"Land": "Zusammenarbeit mit MFFKI und DBKI"},
        mittel=_mittel("60.000,00 €", "20.000,00 €", "80.000,00 €",
                       "58.400,00 €", "17.250,00 €", "75.650,00 €"),
        schluss=[{"p": "Bereich Soziales · Ludwigshafen am Rhein, 17.12.2026 · Anlage: "
                       "Fragebogen des MFFKI (ausgefüllt)"}],
    )


def j_suew_wochenstunden(p):
    """Staff in a "Wochenstunden" column (19,5 and 19,5), the 39-hour week stated below."""
    k = KOMMUNEN["suew"]
    return _jb(
        k,
        personal=[{"tabelle": [["Name", "Wochenstunden", "seit"],
                               ["Sabine Roth", "19,5", "01.01.2026"],
                               ["Tobias Weingart", "19,5", "01.01.2026"]]},
                  {"p": "Vollzeit entspricht 39 Wochenstunden; zusammen 1,0 VZÄ."}],
        namen={"Land": "Zusammenarbeit mit MFFKI und DBKI"},
        mittel=_mittel("60.000,00 €", "20.000,00 €", "80.000,00 €",
                       "59.310,00 €", "18.900,00 €", "78.210,00 €"),
        schluss=[{"p": "Landau in der Pfalz, 08.12.2026"}, {"p": "gez. Dr. Annette Lauer, "
                                                                "Landrätin"},
                 {"p": "Anlage: ausgefüllter Fragebogen des MFFKI"}],
    )


def j_donnersberg_interne_verrechnung(p):
    """Overhead as "interne Verrechnung" among the spent Sachkosten."""
    k = KOMMUNEN["donnersberg"]
    return _jb(
        k,
        personal=[{"p": "Frau Jana Pfeiffer (0,5 VZÄ) und Frau Svenja Ohl (0,5 VZÄ), beide "
                        "seit 01.04.2026."}],
        mittel=[{"tabelle": [["Position", "verausgabt 2026"],
                             ["Personalkosten", "44.100,00 €"],
                             ["Sachkosten Veranstaltungen", "6.300,00 €"],
                             ["Sachkosten Öffentlichkeitsarbeit", "2.100,00 €"],
                             ["interne Verrechnung (Personal- und Organisationsamt, IT)",
                              "2.400,00 €"],
                             ["Summe", "54.900,00 €"]]}],
        schluss=[{"p": "Kirchheimbolanden, 11.12.2026"},
                 {"p": "Anlage: Fragebogen des MFFKI"}],
    )


def j_hunsrueck_ohne_fragebogen(p):
    """No mention of the Fragebogen."""
    k = KOMMUNEN["hunsrueck"]
    return _jb(
        k,
        personal=[{"p": "Frau Lea Schmitt, 1,0 VZÄ, seit 01.01.2026."}],
        mittel=_mittel("60.000,00 €", "18.000,00 €", "78.000,00 €",
                       "57.900,00 €", "16.400,00 €", "74.300,00 €"),
        schluss=[{"p": "Simmern/Hunsrück, 10.12.2026"}, {"p": "gez. Uwe Reinhardt, Landrat"}],
    )


def j_trier_saarburg_zeitanteile(p):
    """One manager with "39 Std." (no "/Woche") and the time shares of her tasks in percent."""
    k = KOMMUNEN["trier-saarburg"]
    return _jb(
        k,
        personal=[{"p": "Frau Katharina Wagner, 39 Std., seit 01.01.2026 (zuvor zwei halbe "
                        "Stellen geplant, Herr Schäfer hat die Stelle nicht angetreten)."},
                  {"p": "Zeitanteile der Tätigkeiten im Berichtsjahr: Bestandsaufnahme 35 %, "
                        "Netzwerkarbeit 25 %, Konzeptfortschreibung 20 %, Öffentlichkeitsarbeit "
                        "10 %, Berichtswesen 10 %."}],
        mittel=_mittel("60.000,00 €", "20.000,00 €", "80.000,00 €",
                       "60.000,00 €", "19.150,00 €", "79.150,00 €"),
        schluss=[{"p": "Trier, 01.12.2026"}, {"p": "Anlage: ausgefüllter Fragebogen des MFFKI"}],
    )


def j_ahrweiler_ueber_bewilligung(p):
    """Spent 19.500 € Sachkosten against 17.000 € granted (Bescheid b4-bescheid-ahrweiler)."""
    k = KOMMUNEN["ahrweiler"]
    return _jb(
        k,
        personal=[{"p": "Herr Paul Schneider, 1,0 VZÄ, seit 01.01.2026."}],
        mittel=_mittel("60.000,00 €", "17.000,00 €", "77.000,00 €",
                       "60.000,00 €", "19.500,00 €", "79.500,00 €"),
        schluss=[{"p": "Bad Neuenahr-Ahrweiler, 04.12.2026"},
                 {"p": "Anlage: ausgefüllter Fragebogen des MFFKI"}],
    )


def j_bernkastel_ohne_land(p):
    """No part on the cooperation with the Land."""
    k = KOMMUNEN["bernkastel"]
    return _jb(
        k,
        personal=[{"p": "Frau Julia Hoffmann, Vollzeit, seit 01.01.2026."}],
        mittel=_mittel("60.000,00 €", "18.500,00 €", "78.500,00 €",
                       "59.800,00 €", "17.900,00 €", "77.700,00 €"),
        ohne=("Land",),
        schluss=[{"p": "Wittlich, 09.12.2026"}, {"p": "Anlage: Fragebogen des MFFKI"}],
    )


def j_rhein_pfalz_mit_bescheid(p):
    """Two managers at 0,5 VZÄ from 01.03.2026; spent within the Bescheid."""
    k = KOMMUNEN["rhein-pfalz"]
    return _jb(
        k,
        personal=[{"p": "Frau Anna Berger und Herr Yusuf Kaya, je 0,5 VZÄ, seit 01.03.2026."}],
        mittel=_mittel("50.000,00 €", "15.000,00 €", "65.000,00 €",
                       "48.500,00 €", "14.200,00 €", "62.700,00 €"),
        namen={"Land": "Zusammenarbeit mit MFFKI und DBKI", "Mittel": "Verwendung der Mittel"},
        schluss=[{"p": "Ludwigshafen am Rhein, 07.12.2026"},
                 {"p": "Anlage: ausgefüllter Fragebogen des MFFKI"}],
    )


def j_suedwestpfalz_wochenstunden_unter(p):
    """A "Wochenstunden" column with 15 for one person: below 0,5 VZÄ."""
    k = KOMMUNEN["suedwestpfalz"]
    return _jb(
        k,
        personal=[{"tabelle": [["Name", "Wochenstunden", "seit"],
                               ["Theresa Bach", "24", "01.01.2026"],
                               ["Can Yılmaz", "15", "01.01.2026"]]},
                  {"p": "Die tarifliche Wochenarbeitszeit beträgt 39 Stunden."}],
        mittel=_mittel("60.000,00 €", "20.000,00 €", "80.000,00 €",
                       "59.000,00 €", "15.800,00 €", "74.800,00 €"),
        schluss=[{"p": "Pirmasens, 02.12.2026"}, {"p": "Anlage: Fragebogen des MFFKI"}],
    )


def j_zweibruecken_iso(p):
    """A report dated in ISO form in its Stand line; the part on the Land named "Jour fixe"."""
    k = KOMMUNEN["zweibruecken"]
    return _jb(
        k,
        kopf=[{"p": "Stand: 2026-12-10"}],
        personal=[{"p": "Frau Nora Lindemann, 0,5 VZÄ (halbe Stelle, 19,5 Std./Woche), seit "
                        "01.01.2026."}],
        namen={"Land": "Jour fixe und Austausch mit dem Land"},
        mittel=_mittel("30.000,00 €", "20.000,00 €", "50.000,00 €",
                       "29.700,00 €", "11.350,00 €", "41.050,00 €"),
        schluss=[{"p": "Anlage: ausgefüllter Fragebogen des MFFKI"}],
    )


BUILDERS = {
    "b4-antrag-suew-std": a_suew_std,
    "b4-antrag-neustadt-wochenstunden": a_neustadt_wochenstunden,
    "b4-antrag-donnersberg-wochenstunden-unter": a_donnersberg_wochenstunden_unter,
    "b4-antrag-pirmasens-std-ueber": a_pirmasens_std_ueber,
    "b4-antrag-trier-saarburg-gleicher-satz": a_trier_saarburg_gleicher_satz,
    "b4-antrag-zweibruecken-doppelnotation-ueber": a_zweibruecken_doppelnotation_ueber,
    "b4-antrag-landau-doppelnotation": a_landau_doppelnotation,
    "b4-antrag-rhein-pfalz-vzae-label": a_rhein_pfalz_vzae_label,
    "b4-antrag-bernkastel-stellenbeschreibung": a_bernkastel_stellenbeschreibung,
    "b4-antrag-ahrweiler-postenliste": a_ahrweiler_postenliste,
    "b4-antrag-hunsrueck-postenliste-summe": a_hunsrueck_postenliste_summe,
    "b4-antrag-rhein-lahn-zwischensumme": a_rhein_lahn_zwischensumme,
    "b4-antrag-altenkirchen-zentrale-dienste": a_altenkirchen_zentrale_dienste,
    "b4-antrag-ludwigshafen-datum-spaet": a_ludwigshafen_datum_spaet,
    "b4-antrag-mayen-koblenz-vor-programm": a_mayen_koblenz_vor_programm,
    "b4-antrag-vg-maikammer": a_vg_maikammer,
    "b4-antrag-germersheim-traeger": a_germersheim_traeger,
    "b4-antrag-kaiserslautern-teur": a_kaiserslautern_teur,
    "b4-antrag-birkenfeld-unausgeglichen": a_birkenfeld_unausgeglichen,
    "b4-bescheid-trier-zuwendung-2025": b_trier_zuwendung_2025,
    "b4-bescheid-westerwald-zuwendung-2025-sk": b_westerwald_zuwendung_2025_sk,
    "b4-bescheid-ahrweiler": b_ahrweiler,
    "b4-bescheid-rhein-pfalz-vzae-label": b_rhein_pfalz_vzae_label,
    "b4-bescheid-suew-gleicher-satz": b_suew_gleicher_satz,
    "b4-bescheid-zweibruecken-doppelnotation-ueber": b_zweibruecken_doppelnotation_ueber,
    "b4-bescheid-vulkaneifel-ohne-rbb": b_vulkaneifel_ohne_rbb,
    "b4-bescheid-bad-kreuznach-summe": b_bad_kreuznach_summe,
    "b4-bescheid-birkenfeld-ohne-begruendung": b_birkenfeld_ohne_begruendung,
    "b4-bescheid-germersheim-euro-vorne": b_germersheim_euro_vorne,
    "b4-vorlage-frankenthal": v_frankenthal,
    "b4-vorlage-ludwigshafen": v_ludwigshafen,
    "b4-vorlage-suew": v_suew,
    "b4-vorlage-pirmasens": v_pirmasens,
    "b4-vorlage-donnersberg": v_donnersberg,
    "b4-vorlage-zweibruecken-ohne-sachstand": v_zweibruecken_ohne_sachstand,
    "b4-vorlage-landau-ohne-gremienweg": v_landau_ohne_gremienweg,
    "b4-vorlage-neustadt-ohne-umsetzung": v_neustadt_ohne_umsetzung,
    "b4-vorlage-trier-ohne-betreff": v_trier_ohne_betreff,
    "b4-jb-frankenthal-kolophon": j_frankenthal_kolophon,
    "b4-jb-ludwigshafen-kolophon-spaet": j_ludwigshafen_kolophon_spaet,
    "b4-jb-suew-wochenstunden": j_suew_wochenstunden,
    "b4-jb-donnersberg-interne-verrechnung": j_donnersberg_interne_verrechnung,
    "b4-jb-hunsrueck-ohne-fragebogen": j_hunsrueck_ohne_fragebogen,
    "b4-jb-trier-saarburg-zeitanteile": j_trier_saarburg_zeitanteile,
    "b4-jb-ahrweiler-ueber-bewilligung": j_ahrweiler_ueber_bewilligung,
    "b4-jb-bernkastel-ohne-land": j_bernkastel_ohne_land,
    "b4-jb-rhein-pfalz-mit-bescheid": j_rhein_pfalz_mit_bescheid,
    "b4-jb-suedwestpfalz-wochenstunden-unter": j_suedwestpfalz_wochenstunden_unter,
    "b4-jb-zweibruecken-iso": j_zweibruecken_iso,
}
