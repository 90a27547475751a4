"""Contents of the twenty-eighth held-out corpus (manifest_blind28.yaml), issue 19 item 4.

How it was written: from the guideline's rule page (kim-rlp-2025.md/.yaml), the list of
Kommunen, the shared domain notes, the real Koblenz Unterrichtungsvorlage and the build script
bauen.py alone. The author had not seen the checker's fact layer, readers, rules or checks, nor
any earlier corpus file, and fixed every expectation in the manifest before the checker ever ran
on these documents.

What is new (the angle of this round): documents in the voice of the people who do the work.
Anträge and Jahresberichte are written by the integration managers themselves – first person,
narrative, headings of their own making ("Was ich tun werde: Aufgaben und Schwerpunkte"),
lists of meetings and partners, quotes of participants, a short box or table dropped into the
story; Sachberichte with numbered paragraphs ("(1)", "(2)", …); a Kreis form with ☒/☐
boxes filled in by the manager; a Fachbereich's Vorlage telling the council what the managers
did; the ministry's Bescheide answering them ("Ihr Antrag vom …"). Staff, amounts and dates
stand where such writers put them: inside a sentence, in a box, in a closing table.

The builders lay out the skeleton of each shape; every figure the expectation depends on
(staff, shares, periods, amounts, dates) comes from the manifest entry's parameters, mostly as
the very text or table rows the writer typed.
"""

from __future__ import annotations

# --- Kommunen used in this round (addresses plausible, not verified) -------------------------

KOMMUNEN = {
    "cochem-zell": {"name": "Landkreis Cochem-Zell", "haus": "Kreisverwaltung Cochem-Zell",
                    "strasse": "Endertplatz 2", "ort": "56812 Cochem", "schluessel": "07135",
                    "vg": "Verwaltungsgericht Koblenz, Deinhardpassage 1, 56068 Koblenz"},
    "kusel": {"name": "Landkreis Kusel", "haus": "Kreisverwaltung Kusel",
              "strasse": "Trierer Straße 49-51", "ort": "66869 Kusel", "schluessel": "07336",
              "vg": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                    "67433 Neustadt an der Weinstraße"},
    "pirmasens": {"name": "Stadt Pirmasens", "haus": "Stadtverwaltung Pirmasens",
                  "strasse": "Exerzierplatzstraße 17", "ort": "66953 Pirmasens",
                  "schluessel": "07317",
                  "vg": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                        "67433 Neustadt an der Weinstraße"},
    "trier-saarburg": {"name": "Landkreis Trier-Saarburg", "haus": "Kreisverwaltung Trier-Saarburg",
                       "strasse": "Willy-Brandt-Platz 1", "ort": "54290 Trier",
                       "schluessel": "07235",
                       "vg": "Verwaltungsgericht Trier, Egbertstraße 20a, 54295 Trier"},
    "worms": {"name": "Stadt Worms", "haus": "Stadtverwaltung Worms",
              "strasse": "Marktplatz 2", "ort": "67547 Worms", "schluessel": "07319",
              "vg": "Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz"},
    "westerwald": {"name": "Westerwaldkreis", "haus": "Kreisverwaltung des Westerwaldkreises",
                   "strasse": "Peter-Altmeier-Platz 1", "ort": "56410 Montabaur",
                   "schluessel": "07143",
                   "vg": "Verwaltungsgericht Koblenz, Deinhardpassage 1, 56068 Koblenz"},
    "landau": {"name": "Stadt Landau in der Pfalz", "haus": "Stadtverwaltung Landau in der Pfalz",
               "strasse": "Marktstraße 50", "ort": "76829 Landau in der Pfalz",
               "schluessel": "07313",
               "vg": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                     "67433 Neustadt an der Weinstraße"},
    "vulkaneifel": {"name": "Landkreis Vulkaneifel", "haus": "Kreisverwaltung Vulkaneifel",
                    "strasse": "Mainzer Straße 25", "ort": "54550 Daun", "schluessel": "07233",
                    "vg": "Verwaltungsgericht Trier, Egbertstraße 20a, 54295 Trier"},
    "alzey-worms": {"name": "Landkreis Alzey-Worms", "haus": "Kreisverwaltung Alzey-Worms",
                    "strasse": "Ernst-Ludwig-Straße 36", "ort": "55232 Alzey",
                    "schluessel": "07331",
                    "vg": "Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz"},
    "frankenthal": {"name": "Stadt Frankenthal (Pfalz)", "haus": "Stadtverwaltung Frankenthal (Pfalz)",
                    "strasse": "Rathausplatz 2-7", "ort": "67227 Frankenthal (Pfalz)",
                    "schluessel": "07311",
                    "vg": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                          "67433 Neustadt an der Weinstraße"},
    "rhein-lahn": {"name": "Rhein-Lahn-Kreis", "haus": "Kreisverwaltung des Rhein-Lahn-Kreises",
                   "strasse": "Insel Silberau 1", "ort": "56130 Bad Ems", "schluessel": "07141",
                   "vg": "Verwaltungsgericht Koblenz, Deinhardpassage 1, 56068 Koblenz"},
    "donnersberg": {"name": "Donnersbergkreis", "haus": "Kreisverwaltung Donnersbergkreis",
                    "strasse": "Uhlandstraße 2", "ort": "67292 Kirchheimbolanden",
                    "schluessel": "07333",
                    "vg": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                          "67433 Neustadt an der Weinstraße"},
    "zweibruecken": {"name": "Stadt Zweibrücken", "haus": "Stadtverwaltung Zweibrücken",
                     "strasse": "Herzogstraße 1", "ort": "66482 Zweibrücken",
                     "schluessel": "07320",
                     "vg": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                           "67433 Neustadt an der Weinstraße"},
    "birkenfeld": {"name": "Landkreis Birkenfeld", "haus": "Kreisverwaltung Birkenfeld",
                   "strasse": "Schneewiesenstraße 25", "ort": "55765 Birkenfeld",
                   "schluessel": "07134",
                   "vg": "Verwaltungsgericht Koblenz, Deinhardpassage 1, 56068 Koblenz"},
    # not eligible: a große kreisangehörige Stadt
    "andernach": {"name": "Stadt Andernach", "haus": "Stadtverwaltung Andernach",
                  "strasse": "Läufstraße 11", "ort": "56626 Andernach",
                  "schluessel": "07137003", "schluessel_label": "Amtlicher Gemeindeschlüssel",
                  "vg": ""},
}

MFFKI = ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
         "Referat Integration", "Kaiser-Friedrich-Straße 5a", "55116 Mainz"]


def kopfzeile(e) -> str:
    k = KOMMUNEN.get(e.parameter.get("kommune", ""), {"name": "Kommune", "haus": "Verwaltung"})
    if e.art == "bescheid":
        return "MFFKI · e-Akte · Ausgangsschreiben · Druckansicht"
    if e.art == "vorlage":
        return f"Bürgerinfoportal {k['name']} · Vorlage · Druckansicht"
    return f"{k['haus']} · Dokumentenablage Integration · Druckansicht"


def _k(p: dict) -> dict:
    return KOMMUNEN[p["kommune"]]


def _gebiet(k: dict) -> tuple[str, str]:
    """The area and the council of a Kommune, as its own staff name them."""
    if k["name"].startswith("Stadt"):
        return "Stadtgebiet", "Der Stadtrat"
    return "Kreisgebiet", "Der Kreistag"


def _teil(p: dict, key: str) -> bool:
    """A part is written unless the entry leaves it out (`ohne`)."""
    return key not in (p.get("ohne") or ())


def _box(ticked: bool) -> str:
    return "☒" if ticked else "☐"


# --- Antrag written by the manager (letter, first person) ------------------------------------

AUFGABEN = [
    "eine Bestandsaufnahme der Integrationsangebote im {gebiet} (Sprache, Wohnen, Arbeit, "
    "Beratung) und ihrer Lücken",
    "den Aufbau einer Steuerungsgruppe Integration mit Jobcenter, Ausländerbehörde, "
    "Migrationsberatung und den Schulen",
    "die Vernetzung der Ämter untereinander und mit den Ehrenamtlichen",
    "die Fortschreibung unseres Integrationskonzepts gemeinsam mit dem Beirat für Migration "
    "und Integration",
    "regelmäßigen Austausch mit dem MFFKI, der DBKI und den Nachbarkommunen",
]


def antrag_brief(p: dict) -> list[dict]:
    k = _k(p)
    h = p.get("ueberschriften") or {}
    gebiet, rat = _gebiet(k)
    wir = bool(p.get("wir"))
    out: list[dict] = [{"briefkopf": [k["haus"], p.get("abteilung", "Abteilung Soziales"),
                                      f"{k['strasse']} · {k['ort']}"]}]
    if p.get("aktenzeichen"):
        out.append({"p": f"Aktenzeichen: {p['aktenzeichen']}"})
    out += [{"p": ", ".join(MFFKI)},
            {"rechts": p["ortdatum"]},
            {"titel": p.get("titel", "Antrag auf Förderung des Kommunalen "
                                     "Integrationsmanagements (KIM)")},
            {"p": "Sehr geehrte Damen und Herren,"},
            {"p": p["einleitung"]}]
    if _teil(p, "antragsteller"):
        out += [{"h1": h.get("antragsteller", "1. Antragstellende Kommune")},
                {"p": f"{k['name']}, vertreten durch {p['vertreten']}, {k['haus']}, "
                      f"{k['strasse']}, {k['ort']}. {k.get('schluessel_label', 'Kreisschlüssel')}: "
                      f"{k['schluessel']}."}]
    if _teil(p, "kontakt"):
        out += [{"h1": h.get("kontakt", "2. Ansprechpartnerin")}, {"p": p["kontakt"]}]
    out.append({"h1": h.get("stelle", "3. Die Integrationsmanagerin und ihre Stelle")})
    out += [{"p": t} for t in p.get("personal_text", ())]
    if p.get("personal_tabelle"):
        out.append({"tabelle": p["personal_tabelle"]})
    if _teil(p, "anbindung"):
        out += [{"h1": h.get("anbindung", "4. Wo die Stelle angesiedelt ist – Organisatorische "
                                          "Anbindung")}, {"p": p["anbindung"]}]
    if _teil(p, "aufgaben"):
        out += [{"h1": h.get("aufgaben", "5. Was ich tun werde: Aufgaben und Schwerpunkte")},
                {"p": f"{'Unsere' if wir else 'Meine'} Schwerpunkte für die ersten beiden "
                      "Jahre sind:"},
                {"liste": [a.format(gebiet=gebiet) for a in AUFGABEN]}]
    out += [{"h1": h.get("konzept", "6. Gibt es bei uns ein Integrationskonzept?")},
            {"p": p.get("konzept", f"Ja. {rat} hat 2019 ein Integrationskonzept "
                                   "beschlossen; es ist in die Jahre gekommen und soll 2026/27 "
                                   "fortgeschrieben werden – das ist eine "
                                   f"{'unserer' if wir else 'meiner'} ersten Aufgaben.")},
            {"h1": h.get("zeitraum", "7. Für welchen Zeitraum? – Förderzeitraum")},
            {"p": p["zeitraum"]},
            {"h1": h.get("plan", "8. Was es kostet: Kosten- und Finanzierungsplan")}]
    out += [{"p": t} for t in p.get("plan_text", ())]
    if p.get("plan_tabelle"):
        out.append({"tabelle": p["plan_tabelle"]})
    out += [{"p": t} for t in p.get("plan_nachsatz", ())]
    if _teil(p, "erklaerungen"):
        out += [{"h1": h.get("erklaerungen", "9. Erklärungen des Antragstellers")},
                {"p": "Der Antragsteller erklärt,"},
                {"liste": p.get("erklaerungen", [
                    "dass für die beantragte Stelle keine weiteren Fördermittel des Landes, "
                    "des Bundes oder der EU beantragt oder bewilligt sind (keine "
                    "Doppelförderung),",
                    "dass mit der Maßnahme vor Bekanntgabe des Bewilligungsbescheids nicht "
                    "begonnen wurde,",
                    "dass die Angaben in diesem Antrag vollständig und richtig sind."])}]
    if p.get("unterschrift"):
        out.append({"p": "Ort, Datum, Unterschrift"})
        out += [{"p": z} for z in p["unterschrift"]]
    out += [{"fett": "Anlagen"}, {"liste": p.get("anlagen", ["Stellenbeschreibung",
                                                            "Organigramm der Verwaltung"])}]
    return out


# --- Antrag as the Kreis form, filled in by the manager ---------------------------------------

def antrag_formular(p: dict) -> list[dict]:
    k = _k(p)
    out: list[dict] = [
        {"briefkopf": [k["haus"], "Vordruck 50-KIM/1 (Stand 09/2025)"]},
        {"titel": "Antrag auf Zuweisung – Kommunales Integrationsmanagement Rheinland-Pfalz"},
        {"p": "Bitte vollständig ausfüllen; zutreffendes ankreuzen ☒."},
        {"h1": "A. Antragsteller"},
        {"formular": [["Kommune", k["name"]], ["Anschrift", f"{k['strasse']}, {k['ort']}"],
                      ["Kreisschlüssel", k["schluessel"]], ["Vertreten durch", p["vertreten"]]]},
        {"h1": "B. Ansprechpartner/-in"},
        {"formular": [["Name", p["kontakt_name"]], ["Telefon / E-Mail", p["kontakt_tel"]]]},
        {"h1": "C. Angaben zur Stelle"},
    ]
    if p.get("personal_tabelle"):
        out.append({"tabelle": p["personal_tabelle"]})
    out += [{"p": t} for t in p.get("personal_text", ())]
    out += [{"h1": "D. Organisatorische Anbindung"},
            {"formular": [["Ansiedlung", p["anbindung"]]]}]
    if _teil(p, "aufgaben"):
        out += [{"h1": "E. Aufgaben und Schwerpunkte"},
                {"p": "(in eigenen Worten der Integrationsmanagerin / des Integrationsmanagers)"},
                {"p": p.get("aufgaben", "Ich möchte zuerst wissen, was es bei uns schon gibt: "
                                        "Sprachkurse, Migrationsberatung, Wohnraumhilfe, "
                                        "Jobcenter-Angebote. Danach baue ich eine "
                                        "Steuerungsgruppe auf und bringe die Ämter an einen "
                                        "Tisch.")}]
    out += [{"h1": "F. Integrationskonzept"},
            {"p": f"{_box(p.get('konzept_ja', True))} liegt vor (Beschluss vom 14.03.2022)   "
                  f"{_box(not p.get('konzept_ja', True))} ist in Erarbeitung"},
            {"h1": "G. Förderzeitraum"}, {"formular": [["beantragt", p["zeitraum"]]]},
            {"h1": "H. Finanzierungsplan"}]
    out += [{"p": t} for t in p.get("plan_text", ())]
    out.append({"tabelle": p["plan_tabelle"]})
    out += [{"h1": "I. Erklärungen"},
            {"p": "Der Antragsteller erklärt (bitte ankreuzen):"}]
    for ticked, text in p.get("erklaerungen", [[True, "Eine Doppelförderung der Stelle aus "
                                                "anderen öffentlichen Mitteln besteht nicht."],
                                               [True, "Mit der Maßnahme wurde vor der "
                                                "Bewilligung nicht begonnen."],
                                               [True, "Die Allgemeinen Nebenbestimmungen "
                                                "werden anerkannt."]]):
        out.append({"p": f"{_box(ticked)} {text}"})
    if p.get("unterschrift"):
        out += [{"h1": "J. Ort, Datum, Unterschrift"}]
        out += [{"p": z} for z in p["unterschrift"]]
    return out


# --- Jahresbericht in the manager's own voice --------------------------------------------------

TREFFEN = [
    "Steuerungsgruppe Integration (4 Sitzungen: Februar, Mai, September, November)",
    "Runder Tisch Ehrenamt mit 23 Initiativen",
    "Arbeitskreis Sprache mit VHS, Musikschule und den Kitas",
    "Fallkonferenzen mit Jobcenter und Ausländerbehörde (monatlich)",
]
PARTNER = ["Jobcenter", "Ausländerbehörde", "Migrationsberatung für Erwachsene (MBE) des "
           "Caritasverbands", "Jugendmigrationsdienst", "Volkshochschule", "Beirat für "
           "Migration und Integration", "Schulsozialarbeit"]


def jahresbericht_ich(p: dict) -> list[dict]:
    k = _k(p)
    h = p.get("ueberschriften") or {}
    n = [0]
    ziffern = p.get("stil") == "ziffern"
    gebiet, _ = _gebiet(k)
    wir = bool(p.get("wir"))

    def par(text: str) -> dict:
        if not ziffern:
            return {"p": text}
        n[0] += 1
        return {"p": f"({n[0]}) {text}"}

    out: list[dict] = [{"briefkopf": [k["haus"], p.get("abteilung", "Integrationsmanagement")]},
                       {"titel": p.get("titel", f"Jahresbericht {p['jahr']} – Kommunales "
                                                "Integrationsmanagement")},
                       {"p": p["kopftext"]}]
    if p.get("intro"):
        out.append(par(p["intro"]))
    out.append({"h1": h.get("personal", "1. Wer wir sind – Personal")})
    out += [par(t) for t in p.get("personal_text", ())]
    if p.get("personal_tabelle"):
        out.append({"tabelle": p["personal_tabelle"]})
    if _teil(p, "infrastruktur"):
        out += [{"h1": h.get("infrastruktur", "2. Bestandsaufnahme: was es bei uns gibt und was "
                                              "fehlt")},
                par(f"{'Wir haben' if wir else 'Ich habe'} im Laufe des Jahres alle Angebote im "
                    f"{gebiet} zusammengetragen: "
                    "41 Angebote von 19 Trägern. Gut versorgt sind wir bei den Sprachkursen in "
                    "den Städten; auf dem Land fehlen Kinderbetreuung während der Kurse und "
                    "bezahlbarer Wohnraum. Die Übersicht ist jetzt online."),
                {"h2": "Steuerungsgruppe"},
                par("Die Steuerungsgruppe Integration tagt seit März unter Vorsitz der "
                    "Sozialdezernentin; sie bündelt Ämter, Jobcenter und Träger.")]
    if _teil(p, "vernetzung"):
        out += [{"h1": h.get("vernetzung", "3. Netzwerkarbeit vor Ort")},
                par("Ohne Netzwerk geht hier nichts. Diese Runden "
                    f"{'haben wir' if wir else 'habe ich'} aufgebaut oder begleitet:"),
                {"liste": TREFFEN},
                par("Unsere wichtigsten Partner: " + ", ".join(PARTNER) + "."),
                par("„Zum ersten Mal saßen Jobcenter und Ausländerbehörde mit uns "
                    "Ehrenamtlichen an einem Tisch“, sagte eine Teilnehmerin des Runden "
                    "Tisches im Oktober.")]
    if _teil(p, "interkommunal"):
        out += [{"h1": h.get("interkommunal", "4. Austausch mit anderen Kommunen")},
                par(p.get("interkommunal_text", "Mit den Integrationsmanagerinnen und "
                          "-managern der Nachbarkommunen "
                          f"{'treffen wir uns' if wir else 'treffe ich mich'} alle acht Wochen "
                          "reihum; im Juni haben wir gemeinsam eine Fortbildung zum "
                          "Aufenthaltsrecht organisiert."))]
    if _teil(p, "oeffentlichkeit"):
        out += [{"h1": h.get("oeffentlichkeit", "5. Öffentlichkeitsarbeit")},
                par("Drei Artikel in der Lokalzeitung, ein Beitrag im Amtsblatt, die Woche der "
                    "Vielfalt im September mit rund 400 Gästen und ein Instagram-Kanal, den "
                    "eine Praktikantin betreut.")]
    if _teil(p, "land"):
        out += [{"h1": h.get("land", "6. Zusammenarbeit mit MFFKI und DBKI")},
                par(f"{'Wir haben' if wir else 'Ich habe'} an allen fünf Jour fixes des Landes "
                    "teilgenommen; die DBKI hat uns bei der Bestandsaufnahme beraten.")]
    if _teil(p, "konzept"):
        out += [{"h1": h.get("konzept", "7. Unser Integrationskonzept")},
                par(p.get("konzept_text", "Die Fortschreibung läuft: fünf Werkstätten mit "
                          "zusammen 120 Beteiligten; der Entwurf geht im März in den "
                          "zuständigen Ausschuss."))]
    if _teil(p, "mittel"):
        out.append({"h1": h.get("mittel", "8. Mittelverwendung")})
        out += [par(t) for t in p.get("mittel_text", ())]
        if p.get("mittel_tabelle"):
            out.append({"tabelle": p["mittel_tabelle"]})
    if _teil(p, "ausblick"):
        out += [{"h1": h.get("ausblick", f"9. Ausblick {int(p['jahr']) + 1}")},
                par(f"Im kommenden Jahr {'wollen wir' if wir else 'will ich'} die "
                    "Steuerungsgruppe um die Wirtschaft erweitern und eine Lotsenstelle "
                    "einrichten.")]
    out.append({"fett": "Anlagen"})
    out.append({"liste": p.get("anlagen", ["Fragebogen des MFFKI zur Evaluierung "
                                           "(ausgefüllt)", "Angebotsübersicht"])})
    out.append({"rechts": p["ortdatum"]})
    out += [{"p": z} for z in p.get("unterschrift", ())]
    return out


# --- Bescheid of the ministry answering the Kommune -------------------------------------------

def bescheid_mffki(p: dict) -> list[dict]:
    k = _k(p)
    h = p.get("ueberschriften") or {}
    out: list[dict] = [
        {"briefkopf": MFFKI[:1] + ["Kaiser-Friedrich-Straße 5a · 55116 Mainz"]},
        {"formular": [["Mein Aktenzeichen", p["aktenzeichen"]],
                      ["Ihr Schreiben vom", p["ihr_schreiben"]],
                      ["Ansprechpartner/-in / E-Mail", p.get("sachbearbeitung",
                                                              "Frau Adler, kim@mffki.rlp.de")]]},
        {"p": f"{k['haus']}, {p.get('zu_haenden', 'z. Hd. Integrationsmanagement')}, "
              f"{k['strasse']}, {k['ort']}"},
        {"rechts": p["ortdatum"]},
        {"titel": p.get("titel", "Zuwendungsbescheid – Kommunales Integrationsmanagement")},
        {"p": p.get("anrede", "Sehr geehrte Damen und Herren,")},
        {"p": p["einleitung"]},
        {"h1": h.get("tenor", "1. Bewilligung")}]
    out += [{"p": t} for t in p["tenor_text"]]
    if p.get("tenor_tabelle"):
        out.append({"tabelle": p["tenor_tabelle"]})
    out += [{"h1": h.get("finanzierung", "2. Finanzierungsart und zuwendungsfähige Ausgaben")},
            {"p": p.get("finanzierung_text", "Die Zuwendung wird als Festbetragsfinanzierung "
                                             "gewährt. Zuwendungsfähig sind die Personalausgaben "
                                             "der Integrationsmanagerin bis zu 60.000 Euro je "
                                             "Vollzeitäquivalent und Jahr sowie Sachausgaben "
                                             "bis zu 20.000 Euro im Jahr, jeweils anteilig für "
                                             "die vollen Monate des Bewilligungszeitraums. "
                                             "Overheadkosten sind nicht zuwendungsfähig.")},
            {"h1": h.get("auszahlung", "3. Auszahlung")},
            {"p": "Die Mittel werden auf Anforderung ausgezahlt, soweit sie innerhalb von zwei "
                  "Monaten nach der Auszahlung für fällige Zahlungen benötigt werden."},
            {"h1": h.get("bericht", "4. Jahresbericht und Verwendungsnachweis")},
            {"p": "Bis zum 15. Dezember jedes Jahres legen Sie einen Jahresbericht mit dem "
                  "ausgefüllten Fragebogen des Fachreferats vor. Der Verwendungsnachweis ist "
                  "innerhalb von sechs Monaten nach Ablauf des Bewilligungszeitraums "
                  "vorzulegen."}]
    if _teil(p, "nebenbestimmungen"):
        out += [{"h1": h.get("nebenbestimmungen", "5. Nebenbestimmungen")},
                {"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung "
                      "an kommunale Körperschaften (ANBest-K) in der am Tag dieses Bescheids "
                      "geltenden Fassung sind Bestandteil dieses Bescheids. Wird die Zuwendung "
                      "nicht zweckentsprechend verwendet, ist sie nach § 49a VwVfG zu erstatten "
                      "und zu verzinsen."}]
    if _teil(p, "begruendung"):
        out += [{"h1": h.get("begruendung", "6. Begründung")},
                {"p": p.get("begruendung", "Ihr Antrag erfüllt die Voraussetzungen des "
                            "Konzepts Kommunales Integrationsmanagement. Die Förderung ist eine "
                            "freiwillige Leistung des Landes nach § 44 LHO; ein Rechtsanspruch "
                            "besteht nicht. Nach pflichtgemäßem Ermessen und im Rahmen der "
                            "verfügbaren Haushaltsmittel wird die Zuwendung wie beantragt "
                            "bewilligt.")}]
    if _teil(p, "rbb"):
        out += [{"h1": h.get("rbb", "7. Rechtsbehelfsbelehrung")},
                {"p": p.get("rbb_text", "Gegen diesen Bescheid kann innerhalb eines Monats "
                            "nach seiner Bekanntgabe Klage beim " + k["vg"] + ", erhoben "
                            "werden.")}]
    out.append({"p": p.get("gruss", "Mit freundlichen Grüßen")})
    out += [{"p": z} for z in p.get("zeichnung", ["Im Auftrag", "gez. Dr. Weinand"])]
    if p.get("anlagen", ["ANBest-K"]):
        out += [{"fett": "Anlage"}, {"liste": p.get("anlagen", ["ANBest-K"])}]
    return out


# --- Vorlage drafted by the Fachbereich -------------------------------------------------------

def vorlage_fachbereich(p: dict) -> list[dict]:
    k = _k(p)
    h = p.get("ueberschriften") or {}
    kopf = [["Vorlage-Nr.", p["nummer"]], ["Datum", p["datum"]],
            ["Federführung", p.get("fachbereich", "Fachbereich 5 – Jugend, Familie, Soziales")],
            ["Verfasser/in", p.get("verfasser", "Abt. 5.3 Integration")]]
    if _teil(p, "betreff"):
        kopf.append(["Betreff", p["betreff"]])
    out: list[dict] = [{"briefkopf": [k["haus"]]},
                       {"titel": p.get("titel", "Mitteilungsvorlage")},
                       {"formular": kopf}]
    if _teil(p, "beratungsfolge"):
        out += [{"fett": h.get("beratungsfolge", "Beratungsfolge")},
                {"tabelle": [["Datum", "Gremium", "Zuständigkeit", "Status"]]
                            + p["beratungsfolge"]}]
    if p.get("beschlussvorschlag"):
        out += [{"h1": "Beschlussvorschlag"}, {"p": p["beschlussvorschlag"]}]
    if _teil(p, "hintergrund"):
        out += [{"h1": h.get("hintergrund", "Sachverhalt")},
                {"p": "Das Land fördert seit August 2025 mit dem Programm „Kommunales "
                      "Integrationsmanagement“ (KIM) in den Landkreisen und kreisfreien Städten "
                      "je eine Stelle im Umfang von bis zu einem Vollzeitäquivalent mit bis zu "
                      "60.000 Euro Personalkosten und bis zu 20.000 Euro Sachkosten im Jahr."}]
        out += [{"p": t} for t in p.get("hintergrund_text", ())]
    if _teil(p, "umsetzung"):
        out += [{"h1": h.get("umsetzung", "Umsetzung")}]
        out += [{"p": t} for t in p["umsetzung_text"]]
        if p.get("umsetzung_liste"):
            out.append({"liste": p["umsetzung_liste"]})
    if _teil(p, "sachstand"):
        out += [{"h1": h.get("sachstand", "Sachstand")}]
        out += [{"p": t} for t in p["sachstand_text"]]
        if p.get("sachstand_tabelle"):
            out.append({"tabelle": p["sachstand_tabelle"]})
    out += [{"h1": "Finanzielle Auswirkungen"},
            {"p": p.get("finanzen", "ja ☒  nein ☐ – die Landesförderung deckt Personal- und "
                                    "Sachkosten bis zu den Höchstbeträgen; der Rest ist im "
                                    "Haushalt veranschlagt.")},
            {"fett": "Anlagen"}, {"liste": p.get("anlagen", ["Jahresbericht der "
                                                            "Integrationsmanagerin"])}]
    out += [{"p": z} for z in p.get("zeichnung", ())]
    return out


BUILDERS = {
    "b28-antrag-brief": antrag_brief,
    "b28-antrag-formular": antrag_formular,
    "b28-jahresbericht": jahresbericht_ich,
    "b28-bescheid": bescheid_mffki,
    "b28-vorlage": vorlage_fachbereich,
}
