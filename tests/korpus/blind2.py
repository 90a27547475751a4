"""Contents of the second held-out ("blind") corpus, tests/korpus/manifest_blind2.yaml.

Written from the guideline text (kim-rlp-2025.md, ../shared/fachwissen.md) and the real
Koblenz paper, without looking at the checker's fact layer or the first two corpora's contents.
Deliberately other than round one: Word forms (content controls "[[…]]", legacy form fields
"<<…>>"), tracked changes left in the file ("{-alt-}{+neu+}"), a reviewer's Word comments,
footnotes that carry facts, text boxes (LibreOffice makes frames of them in an ODT),
continuous two-column sections, landscape pages stored turned (/Rotate 90), tables written
with tab stops or without borders, browser prints of council pages with navigation and
Chromium's running header/footer (print date, URL, "Seite x von y"), figures as
"60.000 EUR (i. W. sechzigtausend Euro)", "ca. 60 TEUR", "60 000 €", "0,5 VZ", "50 v. H.",
"halbtags", "Teilzeit (19,5 Std.)", the applicant only in the letterhead, a report dated only
in a "Stand:" footer.

Each builder takes the entry's `parameter` and returns an outline (see bauen.py).
"""

from __future__ import annotations

KOMMUNEN = {
    "kusel": {"name": "Landkreis Kusel", "behoerde": "Kreisverwaltung Kusel",
              "strasse": "Trierer Straße 49-51", "ort": "66869 Kusel", "kurz": "Kusel",
              "schluessel": "07336", "vg": "Neustadt"},
    "westerwald": {"name": "Westerwaldkreis", "behoerde": "Kreisverwaltung des Westerwaldkreises",
                   "strasse": "Peter-Altmeier-Platz 1", "ort": "56410 Montabaur",
                   "kurz": "Montabaur", "schluessel": "07143", "vg": "Koblenz"},
    "rhein-lahn": {"name": "Rhein-Lahn-Kreis", "behoerde": "Kreisverwaltung des Rhein-Lahn-Kreises",
                   "strasse": "Insel Silberau 1", "ort": "56130 Bad Ems", "kurz": "Bad Ems",
                   "schluessel": "07141", "vg": "Koblenz"},
    "bad-duerkheim": {"name": "Landkreis Bad Dürkheim", "behoerde": "Kreisverwaltung Bad Dürkheim",
                      "strasse": "Philipp-Fauth-Straße 11", "ort": "67098 Bad Dürkheim",
                      "kurz": "Bad Dürkheim", "schluessel": "07332", "vg": "Neustadt"},
    "maxdorf": {"name": "Verbandsgemeinde Maxdorf", "behoerde": "Verbandsgemeindeverwaltung Maxdorf",
                "strasse": "Hauptstraße 79", "ort": "67133 Maxdorf", "kurz": "Maxdorf",
                "schluessel": "07338", "vg": "Neustadt"},
    "cochem-zell": {"name": "Landkreis Cochem-Zell", "behoerde": "Kreisverwaltung Cochem-Zell",
                    "strasse": "Endertplatz 2", "ort": "56812 Cochem", "kurz": "Cochem",
                    "schluessel": "07135", "vg": "Koblenz"},
    "alzey-worms": {"name": "Landkreis Alzey-Worms", "behoerde": "Kreisverwaltung Alzey-Worms",
                    "strasse": "Ernst-Ludwig-Straße 36", "ort": "55232 Alzey", "kurz": "Alzey",
                    "schluessel": "07331", "vg": "Mainz"},
    "vulkaneifel": {"name": "Landkreis Vulkaneifel", "behoerde": "Kreisverwaltung Vulkaneifel",
                    "strasse": "Mainzer Straße 25", "ort": "54550 Daun", "kurz": "Daun",
                    "schluessel": "07233", "vg": "Trier"},
    "koblenz": {"name": "Stadt Koblenz", "behoerde": "Stadtverwaltung Koblenz",
                "strasse": "Willi-Hörter-Platz 1", "ort": "56068 Koblenz", "kurz": "Koblenz",
                "schluessel": "07111", "vg": "Koblenz"},
    "germersheim": {"name": "Landkreis Germersheim", "behoerde": "Kreisverwaltung Germersheim",
                    "strasse": "Luitpoldplatz 1", "ort": "76726 Germersheim",
                    "kurz": "Germersheim", "schluessel": "07334", "vg": "Neustadt"},
    "trier": {"name": "Stadt Trier", "behoerde": "Stadtverwaltung Trier",
              "strasse": "Am Augustinerhof", "ort": "54290 Trier", "kurz": "Trier",
              "schluessel": "07211", "vg": "Trier"},
    "mainz": {"name": "Landeshauptstadt Mainz", "behoerde": "Stadtverwaltung Mainz",
              "strasse": "Jockel-Fuchs-Platz 1", "ort": "55116 Mainz", "kurz": "Mainz",
              "schluessel": "07315", "vg": "Mainz"},
    "ludwigshafen": {"name": "Stadt Ludwigshafen am Rhein",
                     "behoerde": "Stadtverwaltung Ludwigshafen am Rhein",
                     "strasse": "Rathausplatz 20", "ort": "67059 Ludwigshafen am Rhein",
                     "kurz": "Ludwigshafen", "schluessel": "07314", "vg": "Neustadt"},
    "speyer": {"name": "Stadt Speyer", "behoerde": "Stadtverwaltung Speyer",
               "strasse": "Maximilianstraße 100", "ort": "67346 Speyer", "kurz": "Speyer",
               "schluessel": "07318", "vg": "Neustadt"},
    "neuwied": {"name": "Landkreis Neuwied", "behoerde": "Kreisverwaltung Neuwied",
                "strasse": "Wilhelm-Leuschner-Straße 9", "ort": "56564 Neuwied",
                "kurz": "Neuwied", "schluessel": "07138", "vg": "Koblenz"},
    "pirmasens": {"name": "Stadt Pirmasens", "behoerde": "Stadtverwaltung Pirmasens",
                  "strasse": "Exerzierplatzstraße 17", "ort": "66953 Pirmasens",
                  "kurz": "Pirmasens", "schluessel": "07317", "vg": "Neustadt"},
    "birkenfeld": {"name": "Landkreis Birkenfeld", "behoerde": "Kreisverwaltung Birkenfeld",
                   "strasse": "Schneewiesenstraße 25", "ort": "55765 Birkenfeld",
                   "kurz": "Birkenfeld", "schluessel": "07134", "vg": "Koblenz"},
}

GERICHTE = {
    "Koblenz": "Verwaltungsgericht Koblenz, Deinhardpassage 1, 56068 Koblenz",
    "Mainz": "Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz",
    "Neustadt": ("Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                 "67433 Neustadt an der Weinstraße"),
    "Trier": "Verwaltungsgericht Trier, Egbertstraße 20a, 54295 Trier",
}


def _k(p: dict) -> dict:
    return KOMMUNEN[p["kommune"]]


def _feld(p: dict, wert: str) -> str:
    """A form value: a content control, a legacy form field or plain text."""
    return {"sdt": f"[[{wert}]]", "feld": f"<<{wert}>>"}.get(p.get("formular"), wert)


def _ohne(outline: list[dict], *woerter: str) -> list[dict]:
    """The outline without the sections (h1 and what follows up to the next h1) whose heading
    contains one of `woerter`."""
    out, skip = [], False
    for item in outline:
        if "h1" in item:
            skip = any(w in item["h1"] for w in woerter)
        if not skip:
            out.append(item)
    return out


# --- Antrag -----------------------------------------------------------------------------------

def _finanzplan(p: dict) -> list[list[str]]:
    jahre = p.get("jahre", ["2026"])
    f = p.get("finanz", {"personalkosten": "68.400,00 €", "sachkosten": "12.000,00 €",
                         "gesamtausgaben": "80.400,00 €", "zuwendung_personal": "60.000,00 €",
                         "zuwendung_sach": "12.000,00 €", "eigenanteil": "8.400,00 €",
                         "gesamtfinanzierung": "80.400,00 €"})
    zeilen = [("Personalkosten (Arbeitgeberbrutto, E 11 TVöD)", "personalkosten"),
              ("Sachkosten (Netzwerk, Veranstaltungen)", "sachkosten"),
              ("Gesamtausgaben", "gesamtausgaben"),
              ("Beantragte Zuwendung Personalkosten", "zuwendung_personal"),
              ("Beantragte Zuwendung Sachkosten", "zuwendung_sach"),
              ("Eigenanteil der Kommune", "eigenanteil"),
              ("Gesamtfinanzierung", "gesamtfinanzierung")]
    rows = [["Position", *jahre]]
    for label, key in zeilen:
        werte = f[key] if isinstance(f[key], list) else [f[key]] * len(jahre)
        rows.append([label, *(_feld(p, w) for w in werte)])
    return rows


def antrag(p: dict) -> list[dict]:
    k = _k(p)
    stellen = p.get("stellen", [["Frau Miriam Held", "1,0 VZÄ", "E 11 TVöD", "01.01.2026"]])
    out: list[dict] = []
    if p.get("briefkopf_textfeld"):
        out.append({"textfeld": [k["behoerde"], k["strasse"], k["ort"],
                                 "Abteilung Soziales, Migration und Integration"]})
    else:
        out.append({"briefkopf": [k["behoerde"], f"{k['strasse']} · {k['ort']}"]})
    out += [
        {"p": "An das Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz, "
              "Referat Integration, Kaiser-Friedrich-Straße 5a, 55116 Mainz"},
        {"titel": "Antrag auf Gewährung einer Zuweisung für das Kommunale "
                  "Integrationsmanagement (KIM)"},
        {"h1": "1. Antragsteller"},
    ]
    if p.get("briefkopf_textfeld"):
        out.append({"formular": [["Antragstellende Kommune", "siehe Briefkopf"],
                                 ["Kreisschlüssel", _feld(p, k["schluessel"])]]})
    else:
        out.append({"formular": [["Kommune", _feld(p, k["name"])],
                                 ["Anschrift", _feld(p, f"{k['strasse']}, {k['ort']}")],
                                 ["Kreisschlüssel", _feld(p, k["schluessel"])]]})
    out += [
        {"h1": "2. Ansprechperson"},
        {"formular": [["Name", _feld(p, "Herr Jonas Reuter")],
                      ["Telefon", _feld(p, "06381 424-310")],
                      ["E-Mail", _feld(p, "jonas.reuter@kommune.example")]]},
        {"h1": "3. Stelle und Personal"},
    ]
    if p.get("stellen_tabs"):
        out.append({"tabs": [["Person", "Umfang", "Entgeltgruppe", "Beginn"], *stellen]})
    else:
        out.append({"tabelle": [["Person", "Stellenumfang", "Entgeltgruppe", "Beginn"],
                                *[[s[0], _feld(p, s[1]), s[2], _feld(p, s[3])]
                                  for s in stellen]]})
    out += [
        {"h1": "4. Organisatorische Anbindung"},
        {"p": p.get("anbindung", f"Die Stelle ist in der {k['behoerde']}, Abteilung Soziales, "
                                 "Referat Migration und Integration, angesiedelt und der "
                                 "Abteilungsleitung unmittelbar zugeordnet.")},
        {"h1": "5. Aufgaben und Schwerpunkte"},
        {"liste": [("Bestandsaufnahme der Integrationsangebote (Wohnen, Sprache und Bildung, "
                    "Migrationsberatung, Arbeitsmarkt)"),
                   "Aufbau einer Steuerungsgruppe Integration in der Verwaltung",
                   "Vernetzung mit Trägern, Jobcenter und Nachbarkommunen",
                   "Öffentlichkeitsarbeit und Kooperation mit MFFKI und DBKI"]},
        {"h1": "6. Integrationskonzept"},
        {"p": "Ein Integrationskonzept besteht noch nicht; es soll im ersten Förderjahr "
              "gemeinsam mit dem Beirat für Migration und Integration erarbeitet werden."},
        {"h1": "7. Förderzeitraum"},
        {"p": p.get("zeitraum", "Beantragt wird die Förderung für den Zeitraum vom 01.01.2026 "
                                "bis zum 31.12.2026.")},
    ]
    if p.get("plan_quer"):
        out.append({"querformat": True})
    out.append({"h1": "8. Finanzierungsplan"})
    if p.get("plan_vortext"):
        out.append({"p": p["plan_vortext"]})
    if p.get("plan_tabs"):
        out.append({"tabs": _finanzplan(p)})
    elif p.get("plan_fussnote"):
        out.append({"tabelle": _finanzplan(p)})
        out.append({"fussnote": ["Erläuterungen zum Finanzierungsplan siehe Fußnote.",
                                 p["plan_fussnote"]]})
    else:
        out.append({"tabelle": _finanzplan(p)})
    if p.get("plan_kommentar"):
        out.append({"kommentar": p["plan_kommentar"]})
    if p.get("plan_quer"):
        out.append({"querformat": False})
    if not p.get("ohne_erklaerungen"):
        out += [
            {"h1": "9. Erklärungen"},
            {"p": "Die antragstellende Kommune erklärt, dass für die beantragte Stelle keine "
                  "weiteren Fördermittel des Landes, des Bundes oder der EU beantragt oder "
                  "bewilligt wurden (keine Doppelförderung), und dass mit der Maßnahme nicht vor "
                  "der Bewilligung begonnen wurde."},
        ]
    out += [
        {"h1": "Ort, Datum, Unterschrift"},
        {"p": f"{k['kurz']}, {p.get('datum', '14.10.2025')}"},
        {"p": p.get("zeichnung", "gez. Dr. Anja Weber, Landrätin")},
    ]
    if p.get("fusszeile"):
        out.append({"fusszeile": p["fusszeile"]})
    return out


# --- Bewilligungsbescheid --------------------------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    k = _k(p)
    jahre = p.get("jahre", [["2026", "60.000,00 EUR", "20.000,00 EUR", "80.000,00 EUR"]])
    gesamt = p.get("gesamt", "80.000,00 EUR")
    zeitraum = p.get("zeitraum", "01.01.2026 bis 31.12.2026")
    umfang = p.get("umfang", "einer Stelle im Umfang von 1,0 VZÄ")
    gericht = GERICHTE[p.get("gericht", k["vg"])]
    out: list[dict] = [
        {"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
                       "Kaiser-Friedrich-Straße 5a · 55116 Mainz",
                       "Mein Aktenzeichen: 3321-0001#2026/0032-0701",
                       f"Ihr Schreiben vom {p.get('antrag_vom', '14.10.2025')}",
                       "Ansprechpartnerin / E-Mail: Frau Lena Bach, lena.bach@mffki.rlp.example",
                       "Telefon / Fax: 06131 16-0000 / 06131 16-0001"]},
        {"p": f"{k['behoerde']}, {k['strasse']}, {k['ort']}"},
        {"rechts": f"Mainz, {p.get('datum', '12.01.2026')}"},
        {"titel": "Zuwendungsbescheid"},
        {"p": "Kommunales Integrationsmanagement Rheinland-Pfalz (KIM); Ihr Antrag vom "
              f"{p.get('antrag_vom', '14.10.2025')}"},
        {"h1": "1. Bewilligung"},
        {"p": f"Auf Ihren Antrag bewillige ich dem {k['name']} für die Personal- und Sachkosten "
              f"{umfang} einer Integrationsmanagerin bzw. eines Integrationsmanagers für den "
              f"Bewilligungszeitraum vom {zeitraum} eine Zuwendung in Form einer Zuweisung in "
              f"Höhe von insgesamt {gesamt}."},
        {"tabelle": [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"], *jahre]},
        {"h1": "2. Finanzierungsart und zuwendungsfähige Ausgaben"},
        {"p": "Die Zuwendung wird als Festbetragsfinanzierung je Vollzeitäquivalent mit "
              "Höchstbetrag gewährt. Zuwendungsfähig sind die Personalausgaben der Stelle bis "
              "60.000 EUR je VZÄ und Jahr sowie Sachausgaben für Vernetzung, Treffen und "
              "Veranstaltungen bis 20.000 EUR je Jahr. Overheadkosten sind nicht "
              "zuwendungsfähig."},
        {"h1": "3. Auszahlung"},
        {"p": "Die Zuwendung wird auf Anforderung ausgezahlt, soweit sie innerhalb von zwei "
              "Monaten nach der Auszahlung für fällige Zahlungen benötigt wird."},
        {"h1": "4. Jahresbericht und Verwendungsnachweis"},
        {"p": "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten "
              "Fragebogen des MFFKI vorzulegen. Der Verwendungsnachweis ist innerhalb von sechs "
              "Monaten nach Ende des Bewilligungszeitraums vorzulegen."},
    ]
    if p.get("nb_spalten"):
        out.append({"spalten": 2})
    out += [
        {"h1": "5. Nebenbestimmungen"},
        {"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
              "kommunale Körperschaften (ANBest-K) sind Bestandteil dieses Bescheides. "
              "Darüber hinaus gilt:"},
        {"liste": [("5.1 Ändert sich die Besetzung der Stelle, ist dies unverzüglich "
                    "mitzuteilen."),
                   ("5.2 Nicht verbrauchte Mittel sind zu erstatten; der Erstattungsanspruch ist "
                    "nach § 49a VwVfG zu verzinsen."),
                   "5.3 Die Zuwendung ist wirtschaftlich und sparsam zu verwenden."]},
    ]
    if p.get("nb_spalten"):
        out.append({"spalten": 1})
    if not p.get("ohne_begruendung"):
        out += [
            {"h1": "6. Begründung"},
            {"p": "Rechtsgrundlage sind § 44 LHO und die Verwaltungsvorschriften hierzu sowie "
                  "die Förderrichtlinie KIM. Die Förderung ist eine freiwillige Leistung; ein "
                  "Rechtsanspruch besteht nicht. Ich habe nach pflichtgemäßem Ermessen im Rahmen "
                  "der verfügbaren Haushaltsmittel entschieden. Ihr Antrag erfüllt die "
                  "Voraussetzungen der Förderrichtlinie."},
        ]
    out.append({"h1": "7. Rechtsbehelfsbelehrung"})
    if p.get("widerspruch"):
        out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                         "Widerspruch beim Ministerium für Familie, Frauen, Kultur und "
                         "Integration, Kaiser-Friedrich-Straße 5a, 55116 Mainz, erhoben werden."})
    else:
        text = (f"Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
                f"{gericht} erhoben werden. Die Klage ist als juristische Person des "
                "öffentlichen Rechts elektronisch einzureichen (§ 55d VwGO).")
        if p.get("ohne_vorverfahren_satz"):
            text += (" Ein Vorverfahren findet nicht statt (§ 68 Abs. 1 Satz 2 Nr. 1 VwGO), "
                     "da der Bescheid von einer obersten Landesbehörde erlassen wurde.")
        out.append({"p": text})
    if not p.get("ohne_zeichnung"):
        out += [{"p": "Im Auftrag"}, {"p": "gez. Dr. Jana Vogt"}]
    if p.get("kommentar"):
        out.append({"kommentar": p["kommentar"]})
    return out


# --- Unterrichtungsvorlage -------------------------------------------------------------------

def vorlage(p: dict) -> list[dict]:
    k = _k(p)
    nummer = p.get("nummer", "UV/0112/2026")
    out: list[dict] = []
    if p.get("navigation"):
        out.append({"navigation": ["Startseite", "Sitzungskalender", "Gremien", "Vorlagen",
                                   "Recherche", "Mein Bereich / Anmelden",
                                   f"Sie sind hier: Vorlagen › {nummer}"]})
    out.append({"titel": "Unterrichtungsvorlage"})
    kopf = [f"Vorlage: {nummer}\tDatum: {p.get('datum', '02.06.2026')}",
            "Dezernat 3",
            "Verfasser: 50 – Amt für Soziales und Integration\tAz.: 50-503-11",
            ]
    if not p.get("ohne_betreff"):
        kopf.append("Betreff: Kommunales Integrationsmanagement – Bericht über die Umsetzung")
    if p.get("kopf_textfeld"):
        out.append({"textfeld": kopf})
    elif p.get("kopf_rahmen"):
        out.append({"rahmen": kopf})
    elif p.get("kopf_tabs"):
        out.append({"tabs": [line.split("\t") for line in kopf]})
    else:
        out += [{"p": line.replace("\t", " · ")} for line in kopf]
    if p.get("ohne_betreff"):
        out.append({"fett": "Kommunales Integrationsmanagement – Bericht über die Umsetzung"})
    if not p.get("ohne_gremienweg"):
        out += [
            {"fett": "Beratungsfolge:"},
            {"tabelle": [["Datum", "Gremium", "Zuständigkeit", "Status"],
                         [p.get("sitzung", "24.06.2026"), "Ausschuss für Soziales und Integration",
                          "Kenntnisnahme", "öffentlich"]]},
        ]
    out.append({"fett": "Unterrichtung:"})
    if p.get("spalten"):
        out.append({"spalten": 2})
    out += [
        {"h1": "Hintergrund"},
        {"p": "Das Land Rheinland-Pfalz fördert seit dem 11.08.2025 mit dem Programm "
              "„Kommunales Integrationsmanagement“ je Kommune eine Stelle mit bis zu 60.000 € "
              "Personalkostenzuschuss je Vollzeitäquivalent und bis zu 20.000 € Sachkosten im "
              "Jahr, insgesamt also ca. 80 TEUR jährlich."},
    ]
    if not p.get("ohne_umsetzung"):
        if p.get("umsetzung_geloescht"):
            out += [{"p": "{-Umsetzung-}"},
                    {"p": "{-Die Dialog- und Beratungsstelle Kommunale Integration (DBKI) begleitet "
                          "die Kommunen; regelmäßige Jours fixes finden statt.-}"}]
        else:
            out += [
                {"h1": "Umsetzung"},
                {"p": "Die Dialog- und Beratungsstelle Kommunale Integration (DBKI) berät die "
                      "Integrationsmanagerinnen und -manager; das MFFKI lädt regelmäßig zu Jours "
                      "fixes ein. In der Verwaltung wurde eine ämterübergreifende "
                      "Steuerungsgruppe eingerichtet."},
            ]
    if not p.get("ohne_sachstand"):
        out += [
            {"h1": "Sachstand"},
            {"p": p.get("sachstand", f"Die {k['behoerde']} hat die Förderung beantragt und den "
                                     "Bewilligungsbescheid am 12.01.2026 erhalten. Die Stelle "
                                     "ist seit dem 01.02.2026 mit zwei Kolleginnen zu je 0,5 VZ "
                                     "besetzt (Teilzeit, je 19,5 Std.).")},
        ]
    if p.get("kommentar"):
        out.append({"kommentar": p["kommentar"]})
    if p.get("spalten"):
        out.append({"spalten": 1})
    out += [
        {"h1": "Anlagen"},
        {"liste": ["Förderrichtlinie KIM", "Bewilligungsbescheid vom 12.01.2026"]},
    ]
    return out


# --- Jahresbericht ----------------------------------------------------------------------------

def jahresbericht(p: dict) -> list[dict]:
    k = _k(p)
    personal = p.get("personal", [["Frau Derya Kaya", "0,5 VZÄ", "seit 01.01.2026"],
                                  ["Herr Lukas Brandt", "halbtags (19,5 Std.)",
                                   "seit 01.01.2026"]])
    mittel = p.get("mittel", [["Position", "bewilligt", "verausgabt"],
                              ["Personalkosten", "60.000,00 €", "58.740,00 €"],
                              ["Sachkosten", "20.000,00 €", "16.412,35 €"],
                              ["Summe", "80.000,00 €", "75.152,35 €"]])
    out: list[dict] = [
        {"briefkopf": [k["behoerde"], "Kommunales Integrationsmanagement"]},
        {"titel": f"Jahresbericht 2026 – Kommunales Integrationsmanagement ({k['name']})"},
        {"p": "Berichtsjahr: 2026"},
    ]
    if not p.get("datum_nur_fusszeile"):
        out.append({"p": f"{k['kurz']}, {p.get('datum', '01.12.2026')}"})
    if p.get("spalten"):
        out.append({"spalten": 2})
    out.append({"h1": "1. Personal"})
    if p.get("personal_textfeld"):
        out.append({"p": "Die Stellenbesetzung ist im Kasten zusammengefasst."})
        out.append({"textfeld": [" – ".join(r) for r in personal]})
    else:
        out.append({"tabelle": [["Name", "Stellenumfang", "Beginn"], *personal]})
    out += [
        {"h1": "2. Integrationsinfrastruktur"},
        {"p": "Die Bestandsaufnahme der Angebote in den Handlungsfeldern Wohnen, Sprache und "
              "Bildung, Migrationsberatung und Arbeitsmarkt ist abgeschlossen. Lücken zeigen "
              "sich bei Sprachkursen mit Kinderbetreuung im ländlichen Raum."},
        {"h2": "Steuerungsgremien"},
        {"p": "Die Steuerungsgruppe Integration tagt seit März 2026 vierteljährlich."},
        {"h1": "3. Vernetzung in der Kommune"},
        {"p": "Regelmäßige Netzwerkrunden mit Jobcenter, Migrationsberatung, Schulen und "
              "Ehrenamtsinitiativen; Bericht im Sozialausschuss am 24.06.2026."},
        {"h1": "4. Interkommunale Vernetzung"},
        {"p": "Austausch mit den Integrationsmanagerinnen der Nachbarkommunen in einem "
              "halbjährlichen Treffen."},
        {"h1": "5. Öffentlichkeitsarbeit"},
        {"p": "Pressemitteilungen, ein mehrsprachiger Wegweiser und die Interkulturelle Woche."},
        {"h1": "6. Kooperation mit dem Land"},
        {"p": "Teilnahme an den Jours fixes des MFFKI und an zwei Fachtagen der DBKI."},
        {"h1": "7. Integrationskonzept"},
        {"p": "Die Erarbeitung des Integrationskonzepts hat im Herbst 2026 begonnen."},
    ]
    if p.get("spalten"):
        out.append({"spalten": 1})
    if p.get("mittel_quer"):
        out.append({"querformat": True})
    out.append({"h1": "8. Mittelverwendung"})
    if p.get("mittel_vortext"):
        out.append({"p": p["mittel_vortext"]})
    out.append({"tabelle": mittel, **({"rahmenlos": True} if p.get("rahmenlos") else {})})
    if p.get("mittel_kommentar"):
        out.append({"kommentar": p["mittel_kommentar"]})
    if p.get("mittel_quer"):
        out.append({"querformat": False})
    if not p.get("ohne_ausblick"):
        out += [
            {"h1": "9. Ausblick"},
            {"p": p.get("ausblick", "2027 soll das Integrationskonzept dem Kreistag vorgelegt "
                                    "werden; für 2027 sind erneut ca. 80 TEUR beantragt.")},
        ]
    out.append({"h1": "Anlagen"})
    if p.get("fragebogen_fussnote"):
        out.append({"fussnote": ["Verwendungsnachweis 2026", p["fragebogen_fussnote"]]})
    elif p.get("ohne_fragebogen"):
        out.append({"liste": ["Verwendungsnachweis 2026 (zahlenmäßiger Nachweis)"]})
    else:
        out.append({"liste": ["Ausgefüllter Fragebogen des MFFKI zur Evaluierung (beigefügt)",
                              "Verwendungsnachweis 2026"]})
    if p.get("datum_nur_fusszeile"):
        out.append({"fusszeile": [(f"{k['behoerde']} · Jahresbericht KIM 2026 · "
                                   f"Stand: {p['datum']} · Seite #")]})
    elif p.get("fusszeile"):
        out.append({"fusszeile": p["fusszeile"]})
    return out


BUILDERS = {"antrag": antrag, "bescheid": bescheid, "vorlage": vorlage,
            "jahresbericht": jahresbericht}


def kopfzeile(e) -> str:
    """The council system's (or e-Akte viewer's) line above a browser-printed page."""
    k = KOMMUNEN[e.parameter.get("kommune", "mainz")]
    if e.art == "bescheid":
        return "e-Akte RLP · Dokumentansicht · Druckversion"
    return f"Bürgerinformationssystem {k['name']} · Druckansicht"
