"""Contents of the twenty-first held-out corpus (manifest_blind21.yaml).

How it was written: from the guideline's rule page (kim-rlp-2025.md), the list of Kommunen,
fachwissen.md, the Koblenz Unterrichtungsvorlage in quellen/003 and the build script bauen.py
alone. The author had not seen the checker's fact layer, readers, rules, earlier corpora or any
checker output; every expectation in the manifest was fixed, with its arithmetic, before the
first run of the checker on these documents.

What is new: long, complete files as they go to the ministry. Anträge of several pages with a
table of contents (the headings appear twice), sub-sections ("3.1", "8.2"), footnotes and the
attachments in the same file – a Stellenbeschreibung with time shares per task in percent, a
Kooperationsvereinbarung, the organisation chart as a list, the council's decision quoted with
its own date and figures. Jahresberichte with sub-headings, case examples, a statistics annex and
a Mittelverwendung against the plan. Bescheide with numbered Nebenbestimmungen citing ANBest-K
and ANBest-P, an instalment plan and a long Begründung. Vorlagen with a history of earlier
decisions, Beschlussvorschlag, financial effects and Anlagen. A few short letters and forms.

Every figure an expectation depends on comes from the manifest entry's parameters; the builders
only arrange and format it (amount notations: see `geld`).
"""

from __future__ import annotations

from decimal import Decimal

KOMMUNEN = {
    "myk": {"name": "Landkreis Mayen-Koblenz", "behoerde": "Kreisverwaltung Mayen-Koblenz",
            "anschrift": "Bahnhofstraße 9, 56068 Koblenz", "ags": "07 1 37 000",
            "chef": "Landrat", "vg": "Koblenz", "ort": "Koblenz"},
    "kh": {"name": "Landkreis Bad Kreuznach", "behoerde": "Kreisverwaltung Bad Kreuznach",
           "anschrift": "Salinenstraße 47, 55543 Bad Kreuznach", "ags": "07133000",
           "chef": "Landrätin", "vg": "Koblenz", "ort": "Bad Kreuznach"},
    "tr": {"name": "Stadt Trier", "behoerde": "Stadtverwaltung Trier",
           "anschrift": "Am Augustinerhof, 54290 Trier", "ags": "07 2 11 000",
           "chef": "Oberbürgermeister", "vg": "Trier", "ort": "Trier"},
    "lu": {"name": "Stadt Ludwigshafen am Rhein", "behoerde": "Stadtverwaltung Ludwigshafen am Rhein",
           "anschrift": "Rathausplatz 20, 67059 Ludwigshafen am Rhein", "ags": "07314000",
           "chef": "Oberbürgermeisterin", "vg": "Neustadt an der Weinstraße",
           "ort": "Ludwigshafen am Rhein"},
    "ww": {"name": "Westerwaldkreis", "behoerde": "Kreisverwaltung des Westerwaldkreises",
           "anschrift": "Peter-Altmeier-Platz 1, 56410 Montabaur", "ags": "07143000",
           "chef": "Landrat", "vg": "Koblenz", "ort": "Montabaur"},
    "bit": {"name": "Eifelkreis Bitburg-Prüm", "behoerde": "Kreisverwaltung Eifelkreis Bitburg-Prüm",
            "anschrift": "Trierer Straße 1, 54634 Bitburg", "ags": "07 2 32 000",
            "chef": "Landrat", "vg": "Trier", "ort": "Bitburg"},
    "kus": {"name": "Landkreis Kusel", "behoerde": "Kreisverwaltung Kusel",
            "anschrift": "Trierer Straße 49-51, 66869 Kusel", "ags": "07336000",
            "chef": "Landrat", "vg": "Neustadt an der Weinstraße", "ort": "Kusel"},
    "mz": {"name": "Landeshauptstadt Mainz", "behoerde": "Stadtverwaltung Mainz",
           "anschrift": "Jockel-Fuchs-Platz 1, 55116 Mainz", "ags": "07315000",
           "chef": "Oberbürgermeister", "vg": "Mainz", "ort": "Mainz"},
    "azw": {"name": "Landkreis Alzey-Worms", "behoerde": "Kreisverwaltung Alzey-Worms",
            "anschrift": "Ernst-Ludwig-Straße 36, 55232 Alzey", "ags": "07 3 31 000",
            "chef": "Landrat", "vg": "Mainz", "ort": "Alzey"},
    "ps": {"name": "Stadt Pirmasens", "behoerde": "Stadtverwaltung Pirmasens",
           "anschrift": "Exerzierplatzstraße 17, 66953 Pirmasens", "ags": "07317000",
           "chef": "Oberbürgermeister", "vg": "Neustadt an der Weinstraße", "ort": "Pirmasens"},
    "coc": {"name": "Landkreis Cochem-Zell", "behoerde": "Kreisverwaltung Cochem-Zell",
            "anschrift": "Endertplatz 2, 56812 Cochem", "ags": "07135000",
            "chef": "Landrätin", "vg": "Koblenz", "ort": "Cochem"},
    "ft": {"name": "Stadt Frankenthal (Pfalz)", "behoerde": "Stadtverwaltung Frankenthal (Pfalz)",
           "anschrift": "Rathausplatz 2-7, 67227 Frankenthal (Pfalz)", "ags": "07311000",
           "chef": "Oberbürgermeister", "vg": "Neustadt an der Weinstraße", "ort": "Frankenthal"},
    "swp": {"name": "Landkreis Südwestpfalz", "behoerde": "Kreisverwaltung Südwestpfalz",
            "anschrift": "Unterer Sommerwaldweg 40-42, 66953 Pirmasens", "ags": "07340000",
            "chef": "Landrätin", "vg": "Neustadt an der Weinstraße", "ort": "Pirmasens"},
    "ko": {"name": "Stadt Koblenz", "behoerde": "Stadtverwaltung Koblenz",
           "anschrift": "Willi-Hörter-Platz 1, 56068 Koblenz", "ags": "07111000",
           "chef": "Oberbürgermeister", "vg": "Koblenz", "ort": "Koblenz"},
    # not eligible (KIM-101)
    "vg-wirges": {"name": "Verbandsgemeinde Wirges", "behoerde": "Verbandsgemeindeverwaltung Wirges",
                  "anschrift": "Bahnhofstraße 10, 56422 Wirges", "ags": "07143306",
                  "chef": "Bürgermeister", "vg": "Koblenz", "ort": "Wirges"},
    "idar": {"name": "Stadt Idar-Oberstein",
             "behoerde": "Stadtverwaltung Idar-Oberstein",
             "anschrift": "Georg-Maus-Straße 1, 55743 Idar-Oberstein", "ags": "07134045",
             "chef": "Oberbürgermeister", "vg": "Koblenz", "ort": "Idar-Oberstein"},
}

MFFKI = ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
         "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]


def kopfzeile(e) -> str:
    k = KOMMUNEN.get(e.parameter.get("kommune", ""), {"name": "Kommune"})
    return f"Bürgerinformationssystem {k['name']} · Druckansicht"


# --- notations ---------------------------------------------------------------------------------

def _de(x: Decimal, nk: int = 2) -> str:
    s = f"{x:,.{nk}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def geld(betrag, stil: str = "eur") -> str:
    """`betrag` in the notation a writer uses: eur 60.000,00 € | EUR 60.000 EUR | vor EUR
    60.000,- | strich 60.000,-- € | teur 60 T€ | tsd 60 Tsd. EUR | euro 60.000 Euro | bar 60.000,00"""
    d = Decimal(str(betrag))
    ganz = d == d.to_integral_value()
    if stil == "eur":
        return f"{_de(d)} €"
    if stil == "EUR":
        return f"{_de(d, 0 if ganz else 2)} EUR"
    if stil == "vor":
        return f"EUR {_de(d, 0)},-" if ganz else f"EUR {_de(d)}"
    if stil == "strich":
        return f"{_de(d, 0)},-- €" if ganz else f"{_de(d)} €"
    if stil in ("teur", "tsd"):
        t = d / 1000
        txt = _de(t, 0) if t == t.to_integral_value() else _de(t, 1 if (t * 10) % 1 == 0 else 2)
        return f"{txt} T€" if stil == "teur" else f"{txt} Tsd. EUR"
    if stil == "euro":
        return f"{_de(d, 0 if ganz else 2)} Euro"
    if stil == "bar":
        return _de(d)
    raise ValueError(stil)


def _summe(werte) -> Decimal:
    return sum((Decimal(str(w)) for w in werte), Decimal(0))


# --- shared pieces -----------------------------------------------------------------------------

def _toc(titel: list[str], start: int = 2) -> list[dict]:
    zeilen = [f"{t} {'.' * max(4, 58 - len(t))} {start + i // 2}" for i, t in enumerate(titel)]
    return [{"fett": "Inhaltsverzeichnis"}, *({"p": z} for z in zeilen)]


def _personal(p: dict) -> list[dict]:
    out: list[dict] = []
    staff = p.get("personal", [])
    if p.get("personal_als", "tabelle") == "tabelle":
        kopf = p.get("personal_kopf", ["Name", "Funktion", "Stellenumfang", "von", "bis",
                                       "Entgeltgruppe"])
        rows = [kopf] + [[s.get("name", "N. N."), s.get("funktion", "Integrationsmanagerin"),
                          s["umfang"], s.get("von", ""), s.get("bis", ""), s.get("eg", "E 11")]
                         [:len(kopf)] for s in staff]
        out.append({"tabelle": rows})
    for satz in p.get("personal_text", []):
        out.append({"p": satz})
    return out


def _kosten_tabelle(p: dict) -> list[dict]:
    """Kosten- und Finanzierungsplan per year: expenditure, grant, Eigenmittel (balanced unless
    the entry says otherwise)."""
    stil = p.get("stil", "eur")
    jahre = p["plan"]
    f = (lambda b: geld(b, "bar")) if stil == "bar" else (lambda b: geld(b, stil))
    out: list[dict] = []
    out.append({"h2": p.get("h_personal", "8.1 Personalkosten")})
    out.append({"p": p.get("personal_kosten_text",
                           "Die Personalkosten sind nach den Personalkostenrichtwerten "
                           "(Arbeitgeberbrutto einschließlich Sozialversicherung und "
                           "Zusatzversorgung) berechnet.")})
    out.append({"h2": p.get("h_sach", "8.2 Sachkosten")})
    sach_rows = [["Position"] + [str(j["jahr"]) for j in jahre]]
    labels = [lab for lab, _ in jahre[0]["sach"]]
    for i, lab in enumerate(labels):
        sach_rows.append([lab] + [f(j["sach"][i][1]) for j in jahre])
    sach_sum = [j.get("sach_summe_angegeben", _summe(b for _, b in j["sach"])) for j in jahre]
    sach_rows.append(["Summe Sachkosten"] + [f(s) for s in sach_sum])
    if stil == "bar":
        out.append({"p": "(Beträge in EUR)"})
    out.append({"tabelle": sach_rows})
    out.append({"h2": p.get("h_finanz", "8.3 Ausgaben und Finanzierung")})
    rows = [["", *(str(j["jahr"]) + (f" ({j['monate']})" if j.get("monate") else "")
                   for j in jahre)]]
    pk = [Decimal(str(j["personalkosten"])) for j in jahre]
    sk = [_summe(b for _, b in j["sach"]) for j in jahre]
    zp = [Decimal(str(j["zuwendung_personal"])) for j in jahre]
    zs = [Decimal(str(j.get("zuwendung_sach", sk[n]))) for n, j in enumerate(jahre)]
    ges = [a + b for a, b in zip(pk, sk)]
    eig = [g - a - b for g, a, b in zip(ges, zp, zs)]
    rows += [["Personalkosten", *map(f, pk)], ["Sachkosten", *map(f, sk)],
             ["Gesamtausgaben", *map(f, ges)],
             ["Beantragte Zuweisung Personalkosten", *map(f, zp)],
             ["Beantragte Zuweisung Sachkosten", *map(f, zs)],
             ["Eigenmittel " + p.get("kurz", "der Kommune"), *map(f, eig)],
             ["Gesamtfinanzierung", *map(f, [a + b + c for a, b, c in zip(zp, zs, eig)])]]
    out.append({"tabelle": rows})
    for satz in p.get("plan_text", []):
        out.append({"p": satz})
    return out


def _unterschrift(p: dict, k: dict) -> list[dict]:
    if p.get("ohne_unterschrift"):
        return []
    out = [{"rechts": p.get("ortdatum", f"{k['ort']}, {p['datum']}")}]
    for z in p.get("zeichnung", [f"gez. {p.get('unterzeichner', 'Dr. Petra Lindner')}",
                                 k["chef"]]):
        out.append({"p": z})
    return out


# --- Antrag, long ------------------------------------------------------------------------------

def antrag_lang(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    h = {"antragsteller": "1. Antragsteller", "kontakt": "2. Ansprechperson",
         "stelle": "3. Angaben zur Stelle", "org": "4. Organisatorische Anbindung",
         "aufgaben": "5. Aufgaben und Schwerpunkte", "konzept": "6. Örtliches Integrationskonzept",
         "zeitraum": "7. Förderzeitraum", "plan": "8. Kosten- und Finanzierungsplan",
         "erkl": "9. Erklärungen", "unterschrift": "10. Ort, Datum, Unterschrift"}
    h.update(p.get("teile", {}))
    out: list[dict] = [{"briefkopf": [k["behoerde"], p.get("amt", "Abteilung 5 – Jugend, Soziales, Integration"),
                                      k["anschrift"], f"Aktenzeichen: {p.get('az', '50-112-KIM')}"]}]
    out += [{"p": z} for z in ("Ministerium für Familie, Frauen, Kultur und Integration "
                               "Rheinland-Pfalz", "Referat Integration",
                               "Kaiser-Friedrich-Straße 5a", "55116 Mainz")]
    out.append({"rechts": p.get("kopfdatum", f"{k['ort']}, {p['datum']}")})
    out.append({"titel": p.get("titel", "Antrag auf Gewährung einer Zuweisung im Programm "
                                        "„Kommunales Integrationsmanagement Rheinland-Pfalz“ (KIM)")})
    teile = [v for v in h.values() if v] + ["Anlagen"]
    out += _toc(teile)
    if h["antragsteller"]:
        out += [{"h1": h["antragsteller"]},
                {"formular": [["Antragstellende Kommune", k["name"]],
                              ["Anschrift", k["anschrift"]],
                              ["Amtlicher Gemeindeschlüssel", k["ags"]],
                              ["Vertreten durch", f"{k['chef']} {p.get('unterzeichner', 'Dr. Petra Lindner')}"],
                              ["Bankverbindung", p.get("iban", "IBAN DE12 5705 0120 0000 1234 56")]]}]
    if h["kontakt"]:
        out += [{"h1": h["kontakt"]},
                {"p": p.get("kontakt", "Frau Miriam Schneider, Sachgebietsleitung Integration, "
                                       "Telefon 0261 108-412, m.schneider@kreis-beispiel.de")}]
    out += [{"h1": h["stelle"]}, {"h2": "3.1 Stellenbesetzung"}] if h["stelle"] else []
    out += _personal(p)
    if h["stelle"]:
        out.append({"h2": "3.2 Eingruppierung und Arbeitszeit"})
        out.append({"fussnote": [p.get("arbeitszeit", "Die Stelle ist nach Entgeltgruppe 11 TVöD-VKA "
                                 "bewertet; die regelmäßige Arbeitszeit beträgt 39 Wochenstunden."),
                                 "Stellenbewertung durch das Organisationsamt vom 02.09.2025."]})
    if h["org"]:
        out += [{"h1": h["org"]}, {"p": p.get("anbindung", "Die Stelle ist in der Kreisverwaltung, "
                                   "Abteilung 5, Referat 51 „Soziales und Integration“ angesiedelt und "
                                   "der Abteilungsleitung unmittelbar zugeordnet.")},
                {"h2": "4.1 Organigramm (Auszug)"},
                {"liste": p.get("organigramm", [k["chef"], "  Abteilung 5 – Jugend, Soziales, Integration",
                                                "    Referat 51 – Soziales und Integration",
                                                "      Stabsstelle Kommunales Integrationsmanagement"])}]
    if h["aufgaben"]:
        out += [{"h1": h["aufgaben"]}, {"h2": "5.1 Strategische Aufgaben"},
                {"p": "Bestandsaufnahme der Integrationsangebote in den Handlungsfeldern Wohnen, "
                      "Sprache und Bildung, Arbeitsmarkt und Migrationsberatung; Aufbau einer "
                      "Steuerungsgruppe; Fortschreibung des Integrationskonzepts."},
                {"h2": "5.2 Vernetzung und Öffentlichkeitsarbeit"},
                {"p": "Vernetzung innerhalb der Verwaltung, mit der Politik und den Akteuren vor Ort, "
                      "Austausch mit den Nachbarkommunen, mit dem MFFKI und der DBKI; Information "
                      "der Öffentlichkeit über den Integrationsprozess."}]
    if h["konzept"]:
        out += [{"h1": h["konzept"]},
                {"fussnote": [p.get("konzept", "Ein Integrationskonzept besteht seit 2019 und wird "
                              "derzeit fortgeschrieben."), p.get("beschluss_fn",
                              "Beschluss des Kreistags vom 25.03.2019, Drucksache 0123/2019.")]}]
    if h["zeitraum"]:
        out += [{"h1": h["zeitraum"]}, {"p": p["zeitraum"]}]
    if h["plan"]:
        out += [{"h1": h["plan"]}] + _kosten_tabelle(p)
    if h["erkl"]:
        out += [{"h1": h["erkl"]}]
        for z in p.get("erklaerungen", [
                "☒ Für die beantragten Ausgaben werden keine weiteren Fördermittel Dritter in "
                "Anspruch genommen (keine Doppelförderung).",
                "☒ Mit der Maßnahme wurde vor Bekanntgabe des Bewilligungsbescheides nicht "
                "begonnen.",
                "☒ Die Angaben in diesem Antrag und seinen Anlagen sind vollständig und richtig."]):
            out.append({"p": z})
    if h["unterschrift"]:
        out += [{"h1": h["unterschrift"]}]
    out += _unterschrift(p, k)
    out += [{"h1": "Anlagen"}, {"liste": ["Anlage 1: Stellenbeschreibung",
                                          "Anlage 2: Kooperationsvereinbarung",
                                          "Anlage 3: Auszug aus der Niederschrift"]}]
    out += _anlagen_antrag(p, k)
    return out


def _anlagen_antrag(p: dict, k: dict) -> list[dict]:
    out: list[dict] = [{"h1": "Anlage 1 – Stellenbeschreibung"},
                       {"p": p.get("stb_kopf", "Stelle: Integrationsmanagerin/Integrationsmanager, "
                                   "Entgeltgruppe 11 TVöD")}]
    out.append({"tabelle": [["Nr.", "Aufgabe", "Zeitanteil"]] + [
        [str(n), a, z] for n, (a, z) in enumerate(p.get("stb", [
            ("Bestandsaufnahme und Analyse der Integrationsinfrastruktur", "25 %"),
            ("Aufbau und Leitung der Steuerungsgruppe", "20 %"),
            ("Netzwerkarbeit mit Trägern, Ehrenamt und Nachbarkommunen", "25 %"),
            ("Fortschreibung des Integrationskonzepts", "15 %"),
            ("Öffentlichkeitsarbeit und Berichtswesen", "15 %")]), 1)]})
    out += [{"h1": "Anlage 2 – Kooperationsvereinbarung"},
            {"p": p.get("koop", f"Zwischen der {k['behoerde']} und dem Jobcenter, der "
                        "Migrationsberatung des Diakonischen Werkes und der Volkshochschule wird "
                        "vereinbart, dass die Partner an der Steuerungsgruppe teilnehmen, Daten zu "
                        "ihren Angeboten zweimal jährlich austauschen und gemeinsame "
                        "Fallbesprechungen durchführen. Die Vereinbarung gilt für die Laufzeit des "
                        "Programms; Kosten entstehen den Partnern daraus nicht.")}]
    out += [{"h1": "Anlage 3 – Auszug aus der Niederschrift"},
            {"p": p.get("beschluss", "Der Kreisausschuss hat in seiner Sitzung am 13.10.2025 "
                        "einstimmig beschlossen, am Programm teilzunehmen und die nicht durch die "
                        "Zuweisung gedeckten Kosten aus dem Kreishaushalt zu tragen.")}]
    return out


# --- Antrag, short (covering letter with a form) -----------------------------------------------

def antrag_kurz(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    stil = p.get("stil", "eur")
    out: list[dict] = [{"briefkopf": [k["behoerde"], k["anschrift"], f"Az. {p.get('az', '51.2-KIM')}"]},
                       {"rechts": f"{k['ort']}, {p['datum']}"},
                       {"titel": "KIM – Antrag auf Förderung (Kurzfassung mit Formblatt)"}]
    out.append({"p": "Sehr geehrte Damen und Herren, anbei übersenden wir unseren Antrag. "
                     "Das Formblatt ist vollständig ausgefüllt."})
    out.append({"h1": "Antragsteller"})
    out.append({"formular": [["Kommune", k["name"]], ["Anschrift", k["anschrift"]],
                             ["Gemeindeschlüssel", k["ags"]]]})
    out.append({"h1": "Kontakt"})
    out.append({"p": p.get("kontakt", "Herr Jonas Weber, Sachgebiet Integration, Durchwahl -2290")})
    out.append({"h1": "Stellenanteile"})
    out += _personal(p)
    out.append({"h1": "Organisatorische Einbindung"})
    out.append({"p": p.get("anbindung", "Amt für Soziales und Integration der Stadtverwaltung, "
                                        "Sachgebiet Integration.")})
    out.append({"h1": "Aufgaben"})
    out.append({"p": "Koordination der Integrationsarbeit, Steuerungsgruppe, Netzwerkarbeit, "
                     "Fortschreibung des Integrationskonzepts, Öffentlichkeitsarbeit."})
    out.append({"h1": "Integrationskonzept"})
    out.append({"p": p.get("konzept", "☒ liegt vor (Ratsbeschluss vom 14.06.2022)   ☐ in Erarbeitung")})
    out.append({"h1": "Laufzeit"})
    out.append({"p": p["zeitraum"]})
    out.append({"h1": "Finanzierungsplan"})
    rows = [["Jahr", "Personalkosten", "Sachkosten", "Gesamtausgaben", "Zuweisung Personal",
             "Zuweisung Sachkosten", "Eigenmittel", "Gesamtfinanzierung"]]
    for j in p["plan"]:
        pk, sk = Decimal(str(j["personalkosten"])), _summe(b for _, b in j["sach"])
        zp, zs = Decimal(str(j["zuwendung_personal"])), Decimal(str(j.get("zuwendung_sach", sk)))
        rows.append([str(j["jahr"]), geld(pk, stil), geld(sk, stil), geld(pk + sk, stil),
                     geld(zp, stil), geld(zs, stil), geld(pk + sk - zp - zs, stil),
                     geld(pk + sk, stil)])
    out.append({"tabelle": rows})
    for satz in p.get("plan_text", []):
        out.append({"p": satz})
    out.append({"h1": "Erklärungen"})
    for z in p.get("erklaerungen", ["☒ keine Doppelförderung", "☒ kein vorzeitiger Maßnahmebeginn"]):
        out.append({"p": z})
    out.append({"h1": "Unterschrift"})
    out += _unterschrift(p, k)
    return out


# --- Jahresbericht --------------------------------------------------------------------------------

def bericht_lang(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    j = p["jahr"]
    h = {"personal": "1. Personelle Besetzung", "infra": "2. Bestandsaufnahme und Handlungsfelder",
         "steuer": "3. Steuerungsgruppe", "vernetzung": "4. Netzwerkarbeit vor Ort",
         "interkommunal": "5. Zusammenarbeit mit Nachbarkommunen",
         "oeffentlich": "6. Presse- und Öffentlichkeitsarbeit",
         "land": "7. Zusammenarbeit mit MFFKI und DBKI",
         "konzept": "8. Stand des Integrationskonzepts", "mittel": "9. Mittelverwendung",
         "ausblick": f"10. Ausblick {j + 1}"}
    h.update(p.get("teile", {}))
    out: list[dict] = [{"briefkopf": [k["behoerde"], p.get("amt", "Stabsstelle Integration"),
                                      k["anschrift"]]},
                       {"titel": p.get("titel", f"Jahresbericht {j} – Kommunales Integrationsmanagement")},
                       {"p": f"{k['name']} · Berichtszeitraum 01.01.{j} bis 31.12.{j} · "
                             f"{p.get('stand', 'Stand: ' + p['datum'])}"}] + (
        [{"p": f"Bewilligungszeitraum laut Zuwendungsbescheid: {p['bewilligungszeitraum']}"}]
        if p.get("bewilligungszeitraum") else [])
    out += _toc([v for v in h.values() if v] + ["Anhang: Statistik"])
    if h["personal"]:
        out += [{"h1": h["personal"]}] + _personal(p)
    if h["infra"]:
        out += [{"h1": h["infra"]}, {"h2": _unter(h["infra"], 1, "Angebote")},
                {"p": "Erfasst wurden 64 Angebote in den Handlungsfeldern Sprache und Bildung, "
                      "Arbeitsmarkt, Wohnen und Migrationsberatung."},
                {"h2": _unter(h["infra"], 2, "Lücken")},
                {"p": "Lücken bestehen bei Sprachkursen mit Kinderbetreuung und bei der "
                      "Wohnraumvermittlung im ländlichen Raum."}]
    if h["steuer"]:
        out += [{"h1": h["steuer"]}, {"p": "Die Steuerungsgruppe tagte viermal; Mitglieder sind "
                                           "Jobcenter, Ausländerbehörde, Schulamt, Wohlfahrtsverbände."}]
    if h["vernetzung"]:
        out += [{"h1": h["vernetzung"]},
                {"p": "Netzwerkrunden fanden quartalsweise statt; der Sozialausschuss wurde zweimal "
                      "unterrichtet."},
                {"h2": "Fallbeispiel: Familie mit fünf Kindern"},
                {"p": "Für eine fünfköpfige Familie aus Afghanistan wurden Wohnung, Kita-Plätze, "
                      "Sprachkurs und Anerkennung des Berufsabschlusses in einer Fallkonferenz mit "
                      "sechs Stellen abgestimmt."}]
    if h["interkommunal"]:
        out += [{"h1": h["interkommunal"]},
                {"p": p.get("interkommunal_text", "Regelmäßiger Austausch mit den "
                            "Integrationsmanagerinnen der Nachbarkreise, zwei gemeinsame Fachtage.")}]
    if h["oeffentlich"]:
        out += [{"h1": h["oeffentlich"]},
                {"p": "Pressemitteilungen zur Interkulturellen Woche, Internetseite, Flyer in sechs "
                      "Sprachen."}]
    if h["land"]:
        out += [{"h1": h["land"]}, {"p": "Teilnahme an drei Jour fixe des MFFKI und an den "
                                         "Fachtreffen der DBKI."}]
    if h["konzept"]:
        out += [{"h1": h["konzept"]}, {"p": p.get("konzept", "Die Fortschreibung des "
                                                  "Integrationskonzepts ist für 2027 vorgesehen; "
                                                  "der Entwurf liegt vor.")}]
    if h["mittel"]:
        out += [{"h1": h["mittel"]}] + _mittel(p)
    if h["ausblick"]:
        out += [{"h1": h["ausblick"]}, {"p": "Schwerpunkte: Wohnen, Arbeitsmarktintegration von "
                                             "Frauen, Fortschreibung des Konzepts."}]
    out += [{"h1": "Anhang: Statistik"},
            {"tabelle": [["Kennzahl", f"{j - 1}", f"{j}"],
                         ["Fallkonferenzen", "—", p.get("fallkonferenzen", "23")],
                         ["Netzwerktreffen", "—", "14"],
                         ["Teilnehmende Fachtag", "—", "86"]]}]
    out += [{"fett": "Anlagen"}, {"liste": p.get("anlagen", [
        f"Fragebogen des MFFKI zur Evaluierung des KIM {j} (ausgefüllt)",
        "Protokolle der Steuerungsgruppe"])}]
    out += _unterschrift(p, k)
    return out


def _unter(titel: str, n: int, text: str) -> str:
    nummer = titel.split(" ", 1)[0]
    return f"{nummer}{n} {text}" if nummer.rstrip(".").isdigit() else text


def _mittel(p: dict) -> list[dict]:
    stil = p.get("stil", "eur")
    rows = [["Position", "bewilligt", "verausgabt", "Abweichung"]]
    plan_sum = ist_sum = Decimal(0)
    for lab, plan, ist in p["mittel"]:
        a, b = Decimal(str(plan)), Decimal(str(ist))
        plan_sum, ist_sum = plan_sum + a, ist_sum + b
        rows.append([lab, geld(a, stil), geld(b, stil), ("+" if b > a else "") + geld(b - a, stil)
                     if b != a else "—"])
    rows.append(["Gesamt", geld(plan_sum, stil), geld(ist_sum, stil),
                 ("+" if ist_sum > plan_sum else "") + geld(ist_sum - plan_sum, stil)
                 if ist_sum != plan_sum else "—"])
    out = [{"p": p.get("mittel_kopf", "Verausgabte Mittel aus der Zuweisung gegenüber dem "
                                       "Bewilligungsbescheid (Stand: " + p["datum"] + "):")},
           {"tabelle": rows}]
    for satz in p.get("mittel_text", []):
        out.append({"p": satz})
    return out


# --- Bescheid -------------------------------------------------------------------------------------

def bescheid_lang(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    stil = p.get("stil", "eur")
    h = {"bew": "1. Bewilligung", "fin": "2. Finanzierungsart und zuwendungsfähige Ausgaben",
         "ausz": "3. Auszahlung", "jb": "4. Jahresbericht und Verwendungsnachweis",
         "nb": "5. Nebenbestimmungen", "begr": "6. Begründung", "rbb": "Rechtsbehelfsbelehrung"}
    h.update(p.get("teile", {}))
    out: list[dict] = [{"briefkopf": MFFKI + [f"Mein Aktenzeichen: {p.get('az', '7213-0004#2026/0017-0701')}",
                                              f"Ihr Schreiben vom: {p.get('antrag_vom', '15.10.2025')}",
                                              "Ansprechpartnerin: Frau Keller · Telefon 06131 16-5723"]},
                       {"p": k["behoerde"]}, {"p": k["chef"]}, {"p": k["anschrift"]},
                       {"rechts": f"Mainz, {p['datum']}"},
                       {"titel": p.get("titel", "Zuwendungsbescheid")},
                       {"p": "Kommunales Integrationsmanagement Rheinland-Pfalz (KIM); Ihr Antrag "
                             f"vom {p.get('antrag_vom', '15.10.2025')}"},
                       {"p": "Sehr geehrte Damen und Herren, auf Ihren Antrag ergeht folgender Bescheid:"}]
    jahre = p["jahre"]
    if h["bew"]:
        out += [{"h1": h["bew"]},
                {"p": f"Dem Zuwendungsempfänger ({k['name']}) wird für den Zeitraum {p['zeitraum']} eine Zuweisung als "
                      f"Festbetragsfinanzierung für die Stelle einer Integrationsmanagerin bzw. "
                      f"eines Integrationsmanagers im Umfang von {p['umfang']} bewilligt:"},
                {"tabelle": [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Gesamt"]] + [
                    [str(j["jahr"]), geld(j["personal"], stil), geld(j["sach"], stil),
                     geld(_summe([j["personal"], j["sach"]]), stil)] for j in jahre] + (
                    [["Summe", geld(_summe(j["personal"] for j in jahre), stil),
                      geld(_summe(j["sach"] for j in jahre), stil),
                      geld(_summe(j["personal"] + j["sach"] for j in jahre), stil)]]
                    if len(jahre) > 1 else [])}]
        for satz in p.get("bew_text", []):
            out.append({"p": satz})
    if h["fin"]:
        out += [{"h1": h["fin"]},
                {"p": "Die Zuweisung wird als Festbetrag je Haushaltsjahr gewährt, zugleich "
                      "Höchstbetrag. Zuwendungsfähig sind die Personalausgaben der Stelle bis "
                      "60.000 € je VZÄ und Jahr sowie Sachausgaben bis 20.000 € je Jahr, jeweils "
                      "anteilig nach vollen Kalendermonaten. Overheadkosten sind nicht zuwendungsfähig."}]
    if h["ausz"]:
        raten = p.get("raten", [])
        out += [{"h1": h["ausz"]},
                {"p": "Die Zuweisung wird auf Abruf in folgenden Teilbeträgen ausgezahlt, soweit "
                      "sie innerhalb von zwei Monaten nach der Auszahlung benötigt wird:"}]
        if raten:
            out.append({"tabelle": [["Rate", "Fälligkeit", "Betrag"]] + [
                [str(n), d, geld(b, stil)] for n, (d, b) in enumerate(raten, 1)] + [
                ["Summe", "", geld(_summe(b for _, b in raten), stil)]]})
    if h["jb"]:
        out += [{"h1": h["jb"]},
                {"p": "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten "
                      "Fragebogen des MFFKI vorzulegen. Der Verwendungsnachweis ist innerhalb von "
                      "sechs Monaten nach Ablauf des Bewilligungszeitraums vorzulegen."}]
    if h["nb"]:
        out += [{"h1": h["nb"]}, {"liste": [
            "5.1 Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
            "kommunale Körperschaften (ANBest-K) in der am Tag dieses Bescheids geltenden Fassung "
            "sind Bestandteil dieses Bescheids.",
            "5.2 Abweichend von Nr. 1.4 ANBest-K dürfen Mittel nur für fällige Zahlungen "
            "abgerufen werden.",
            "5.3 Änderungen der Stellenbesetzung sind unverzüglich mitzuteilen (Nr. 5 ANBest-K).",
            "5.4 Eine unbesetzte Stelle wird nicht gefördert.",
            "5.5 Für den Verwendungsnachweis gilt Nr. 6 ANBest-K; die Frist entspricht Nr. 6.1 "
            "ANBest-P.",
            "5.6 Nicht zweckentsprechend verwendete Beträge sind nach § 49a VwVfG zu erstatten "
            "und zu verzinsen."]}]
    if h["begr"]:
        out += [{"h1": h["begr"]},
                {"p": "Rechtsgrundlage sind § 44 LHO und die dazu erlassenen Verwaltungsvorschriften "
                      "sowie das Konzept des Landes zum Kommunalen Integrationsmanagement. Die "
                      "Förderung ist eine freiwillige Leistung; ein Rechtsanspruch besteht nicht. "
                      "Das Ministerium entscheidet nach pflichtgemäßem Ermessen im Rahmen der "
                      "verfügbaren Haushaltsmittel."},
                {"p": p.get("begr_text", "Der Antrag erfüllt die Fördervoraussetzungen: die "
                            "antragstellende Kommune ist antragsberechtigt, die Stelle ist in der "
                            "Kommunalverwaltung angesiedelt und der Mindestanteil von 0,5 VZÄ wird "
                            "eingehalten.")}]
    if h["rbb"]:
        out += [{"h1": h["rbb"]}, {"p": p.get("rbb_text", "Gegen diesen Bescheid kann innerhalb "
                                              "eines Monats nach Bekanntgabe Klage beim "
                                              f"Verwaltungsgericht {k['vg']} erhoben werden.")}]
    out += [{"p": "Mit freundlichen Grüßen"}]
    out += [{"p": z} for z in p.get("zeichnung", ["Im Auftrag", "gez. Dr. Anja Hoffmann"])]
    out += [{"fett": "Anlagen"}, {"liste": ["ANBest-K", "Vordruck Verwendungsnachweis",
                                            "Fragebogen des MFFKI"]}]
    return out


# --- Vorlage ----------------------------------------------------------------------------------------

def vorlage_lang(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    h = {"gremien": "Beratungsfolge", "beschluss": "Beschlussvorschlag",
         "historie": "Bisherige Beschlüsse", "hinter": "Sachverhalt", "umsetzung": "Umsetzung",
         "stand": "Sachstand", "finanz": "Finanzielle Auswirkungen", "anlagen": "Anlagen"}
    h.update(p.get("teile", {}))
    out: list[dict] = [{"titel": p.get("titel", "Unterrichtungsvorlage")},
                       {"formular": [["Vorlage-Nr.", p["nr"]], ["Datum", p["datum"]],
                                     ["Dezernat", p.get("dezernat", "Dezernat III")],
                                     ["Federführung", p.get("amt", "Amt 50 – Soziales und Integration")],
                                     ["Aktenzeichen", p.get("az", "50/512-KIM")]]
                        + ([[p.get("betreff_label", "Betreff"), p["betreff"]]]
                           if p.get("betreff") else [])}]
    if h["gremien"]:
        out += [{"fett": h["gremien"]},
                {"tabelle": [["Datum", "Gremium", "Zuständigkeit", "Ergebnis"]] + [
                    [d, g, z, "☐ Kenntnis genommen"] for d, g, z in p.get("gremien", [
                        ("19.01.2026", "Sozialausschuss", "Kenntnisnahme"),
                        ("02.02.2026", p.get("rat", "Kreisausschuss"), "Kenntnisnahme")])]}]
    if h["beschluss"]:
        out += [{"h1": h["beschluss"]}, {"p": f"Der {p.get('rat', 'Kreisausschuss')} nimmt den "
                                              "Bericht zum Kommunalen Integrationsmanagement zur Kenntnis."}]
    if h["historie"]:
        out += [{"h1": h["historie"]}, {"liste": p.get("historie", [
            "13.10.2025 – Beschluss über die Teilnahme am Programm (Vorlage 0231/2025)",
            "08.12.2025 – Haushaltsbeschluss 2026 mit Eigenmitteln von 21.400 €"])}]
    if h["hinter"]:
        out += [{"h1": h["hinter"]},
                {"p": "Das Land fördert seit August 2025 in den 36 Landkreisen und kreisfreien "
                      "Städten eine Stelle Integrationsmanagement mit bis zu 60.000 € je VZÄ und "
                      "Jahr sowie Sachkosten bis 20.000 € jährlich."}]
    if h["umsetzung"]:
        out += [{"h1": h["umsetzung"]}, {"h2": "Stellenbesetzung"},
                {"p": p.get("umsetzung", "Die Stelle ist seit dem 01.01.2026 mit einer Vollzeitkraft "
                            "besetzt und im Amt 50 angesiedelt.")},
                {"h2": "Steuerungsgruppe"}, {"p": "Eine Steuerungsgruppe wurde im März 2026 eingerichtet."}]
    if h["stand"]:
        out += [{"h1": h["stand"]}, {"p": p.get("stand", "Die Bestandsaufnahme ist abgeschlossen, "
                                                "der erste Jahresbericht wird im Dezember vorgelegt.")}]
    if h["finanz"]:
        out += [{"h1": h["finanz"]}, {"p": p.get("finanz", "Landeszuweisung 2026: 80.000 €; "
                                                 "Eigenmittel: 21.400 €.")}]
    if h["anlagen"]:
        out += [{"h1": h["anlagen"]}, {"liste": p.get("anlagen", ["Bewilligungsbescheid des MFFKI",
                                                                    "Präsentation Bestandsaufnahme"])}]
    out += [{"rechts": f"{k['ort']}, {p['datum']}"}, {"p": p.get("zeichnung", f"{k['chef']}, i. A. gez. Schmitt")}]
    return out


BUILDERS = {"antrag_lang": antrag_lang, "antrag_kurz": antrag_kurz, "bericht_lang": bericht_lang,
            "bescheid_lang": bescheid_lang, "vorlage_lang": vorlage_lang}
