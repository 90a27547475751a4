"""More contents of the development corpus (issue 19, probe round 2): manifest.yaml entries whose
`inhalt` starts with "q-" (wired into inhalte.BUILDERS).

Written as a new producer of Anträge and Bewilligungsbescheide would, in habits the older contents
do not have: the ministry's Antragsvordruck filled in (years as columns „1. Haushaltsjahr“,
☒/☐ boxes for Neu-/Folge-/Änderungsantrag, „entfällt“ in empty fields), an Antrag sent as an
e-mail and printed (header lines „Von:/Gesendet:/An:/Betreff:“, bold run-in labels instead of
headings, the plan in prose with amounts in words), three Haushaltsjahre with a short first
year, and Bescheide whose amounts stand per year in prose, with a Teilablehnung and Auflagen
full of dates and amounts. Every figure an expectation depends on is a parameter of the entry.
"""

from __future__ import annotations

from decimal import Decimal

from korpus.inhalte2 import eur, kommune, KOMMUNEN  # noqa: F401  (KOMMUNEN: merged by inhalte)

ORDNUNG = ["1.", "2.", "3."]


def _d(value) -> Decimal:
    return Decimal(str(value))


# --- the ministry's Antragsvordruck, filled in -------------------------------------------------

def antrag_vordruck(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    stil = p.get("betrag_stil", "std")
    art = p.get("antragsart", "Neuantrag")
    out: list[dict] = [
        {"briefkopf": [k["verwaltung"], k["amt"], k["anschrift"]]},
        {"titel": "Antragsvordruck – Zuwendung Kommunales Integrationsmanagement (KIM)"},
        {"p": "An das Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz, "
              "Referat 745, Kaiser-Friedrich-Straße 5a, 55116 Mainz"},
        {"formular": [[("☒ " if a == art else "☐ ") + a, ""] for a in
                      ("Neuantrag", "Folgeantrag", "Änderungsantrag")], "rahmenlos": True},
        {"h1": "1. Angaben zum Antragsteller"},
        {"formular": [["Gebietskörperschaft", k["name"]], ["Gemeindekennziffer", k["schluessel"]],
                      ["Anschrift", k["anschrift"]],
                      ["Vertretungsberechtigt", f"{k['spitze']} {k['chef']}"]]},
        {"h1": "2. Ansprechperson"},
        {"formular": [["Name", p.get("ansprech", "Herr Timo Brandt")], ["Organisationseinheit", k["amt"]],
                      ["Telefon / E-Mail", f"06131 555-20 / kim@{p['kommune']}.example"]]},
        {"h1": "3. Angaben zur Stelle"},
        {"formular": p["stelle_felder"]},
        {"h1": "4. Organisatorische Anbindung"},
        {"p": p.get("anbindung", f"Die Stelle wird in der {k['verwaltung']} im {k['amt']} geführt.")},
        {"h1": "5. Aufgaben und Schwerpunkte"},
        {"liste": ["Steuerung des Fallmanagements (Case Management) im Verbund",
                   "Netzwerk der Integrationsakteure in Kreis und Gemeinden",
                   "Fortschreibung des Integrationskonzepts"]},
        {"h1": "6. Integrationskonzept"},
        {"formular": [["Integrationskonzept vorhanden", "☒ ja   ☐ nein"],
                      ["Beschluss vom", "22.09.2021 (Kreistag)"]]},
        {"h1": "7. Förderzeitraum"},
        {"formular": [["Beginn", p["beginn"]], ["Ende", p["ende"]]]},
        {"h1": "8. Kosten- und Finanzierungsplan"},
    ]
    jahre = p["jahre"]
    kopf = ["", *[f"{ORDNUNG[i]} Haushaltsjahr ({j['jahr']})" for i, j in enumerate(jahre)]]
    zeilen = [kopf]
    zeilen.append(["Personalausgaben", *[eur(j["personal"], stil) for j in jahre]])
    zeilen.append(["Sachausgaben", *[eur(j["sach"], stil) for j in jahre]])
    zeilen.append(["Summe der Ausgaben",
                   *[eur(_d(j["personal"]) + _d(j["sach"]), stil) for j in jahre]])
    for key, label in (("eigen", "Eigenmittel"), ("dritt", "Drittmittel")):
        zeilen.append([label, *[eur(j[key], stil) if j.get(key) else "entfällt" for j in jahre]])
    zeilen.append(["beantragte Zuwendung", *[eur(j.get("zuwendung") or _d(j["personal"]) + _d(j["sach"])
                                                 - _d(j.get("eigen") or 0) - _d(j.get("dritt") or 0), stil)
                                             for j in jahre]])
    out.append({"tabelle": zeilen})
    for t in p.get("finanz_nach", ()):
        out.append({"p": t})
    out.append({"h1": "9. Erklärungen"})
    out.append({"formular": [["☒", "Mit der Maßnahme wurde noch nicht begonnen."],
                             ["☒", "Weitere Fördermittel für die Stelle werden nicht beantragt."],
                             ["☒", "Die Angaben sind vollständig und richtig."]], "rahmenlos": True})
    out.append({"h1": "10. Ort, Datum, Unterschrift"})
    out.append({"formular": [["Ort, Datum", f"{k['ort']}, {p['datum']}"],
                             ["Unterschrift", p.get("zeichnung", f"{k['chef']}, {k['spitze']}")]]})
    return out


# --- an Antrag sent as an e-mail and printed ---------------------------------------------------

def antrag_mail(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    stil = p.get("betrag_stil", "std")
    out: list[dict] = [
        {"p": f"Von: {p.get('absender', 'Sandra Hoffmann')} <integration@{p['kommune']}.example>"},
        {"p": f"Gesendet: {p['gesendet']}"},
        {"p": "An: KIM-Postfach MFFKI <kim@mffki.rlp.example>"},
        {"p": f"Betreff: {p.get('betreff', 'Antrag auf Förderung KIM – ' + k['name'])}"},
        {"p": "Anlagen: Stellenbeschreibung.pdf; Organigramm.pdf"},
        {"p": "Sehr geehrte Damen und Herren,"},
        {"p": f"hiermit beantragt der {k['name']} ({k['anschrift']}, vertreten durch "
              f"{k['spitze']} {k['chef']}) eine Zuwendung für das Kommunale Integrationsmanagement."},
        {"fett": "Antragsteller:"},
        {"p": f"{k['name']}, {k['anschrift']}, Gemeindeschlüssel {k['schluessel']}"},
        {"fett": "Ansprechperson:"},
        {"p": f"{p.get('absender', 'Sandra Hoffmann')}, {k['amt']}, Tel. 0671 803-1150"},
        {"fett": "Stelle:"},
        {"p": p["stelle_text"]},
        {"fett": "Anbindung:"},
        {"p": f"Die Stelle ist im {k['amt']} der {k['verwaltung']} angesiedelt."},
        {"fett": "Aufgaben:"},
        {"p": "Aufbau eines Netzwerks der Integrationsakteure, Abstimmung mit Ausländerbehörde "
              "und Jobcenter, Fortschreibung des Integrationskonzepts."},
        {"fett": "Integrationskonzept:"},
        {"p": "Ein Integrationskonzept liegt seit dem 05.07.2023 (Beschluss des Kreistags) vor."},
        {"fett": "Förderzeitraum:"},
        {"p": p["zeitraum_text"]},
        {"fett": "Kosten und Finanzierung:"},
    ]
    for j in p["jahre"]:
        out.append({"p": f"{j['jahr']}: Personalausgaben {eur(j['personal'], stil)}"
                         f"{' (' + j['worte'] + ')' if j.get('worte') else ''}, Sachausgaben "
                         f"{eur(j['sach'], stil)}, beantragte Zuwendung "
                         f"{eur(_d(j['personal']) + _d(j['sach']), stil)}."})
    out.append({"fett": "Erklärungen:"})
    out.append({"p": "Wir erklären, dass mit dem Vorhaben noch nicht begonnen wurde, dass keine weiteren "
                     "Fördermittel für die Stelle beantragt werden und die Angaben richtig sind."})
    out.append({"p": "Mit freundlichen Grüßen"})
    out.append({"p": f"im Auftrag\n{p.get('absender', 'Sandra Hoffmann')}\n{k['verwaltung']}"})
    out.append({"p": f"{k['ort']}, {p['datum']} – gezeichnet {k['spitze']} {k['chef']}"})
    return out


# --- a Bescheid with the amounts per year in prose -------------------------------------------

def bescheid_prosa(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    stil = p.get("betrag_stil", "std")
    wort = p.get("wort", "Zuwendung")
    out: list[dict] = [
        {"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
                       "Referat 745 · Kaiser-Friedrich-Straße 5a · 55116 Mainz"]},
        {"p": f"{k['verwaltung']}, {k['amt']}, {k['anschrift']}"},
        {"p": f"Mainz, {p['datum']} · Az. 745-0003#2026/{p.get('az', '0415')} · Ihr Antrag vom "
              f"{p['antrag_vom']}"},
        {"titel": "Bewilligungsbescheid"},
        {"p": "Sehr geehrte Damen und Herren,"},
        {"fett": "1. Bewilligung"},
        {"p": f"auf Ihren Antrag hin bewillige ich dem {k['name']} für den Zeitraum "
              f"{p['zeitraum_text']} eine {wort} im Wege der Festbetragsfinanzierung für die Stelle "
              f"einer Integrationsmanagerin ({p['vzae']})."},
    ]
    for j in p["jahre"]:
        out.append({"p": f"Für das Haushaltsjahr {j['jahr']} wird ein Zuschuss zu den Personalausgaben "
                         f"von {eur(j['personal'], stil)}"
                         f"{' (in Worten: ' + j['worte'] + ')' if j.get('worte') else ''} sowie zu den "
                         f"Sachausgaben von {eur(j['sach'], stil)} gewährt."})
    teile = []
    if p.get("ablehnung"):
        teile.append(("Teilablehnung", p["ablehnung"]))
    teile += [
        ("Finanzierungsart und zuwendungsfähige Ausgaben",
         "Die Zuwendung wird als Festbetrag gewährt; zuwendungsfähig sind die Personal- und "
         "Sachausgaben der Stelle, Verwaltungsgemeinkosten sind es nicht."),
        ("Auszahlung", "Die Mittel werden jeweils zum 01.02. und 01.08. auf Anforderung ausgezahlt."),
        ("Jahresbericht und Verwendungsnachweis",
         f"Der Sachbericht ist bis zum 15.12. eines jeden Jahres, der Verwendungsnachweis bis zum "
         f"{p.get('vn_bis', '30.06.2028')} vorzulegen."),
    ]
    n = 1
    for titel, text in teile:
        n += 1
        out.append({"fett": f"{n}. {titel}"})
        out.append({"p": text})
    out.append({"fett": f"{n + 1}. Nebenbestimmungen und Auflagen"})
    out.append({"liste": [
        "Die ANBest-K (Stand 08.12.2023) sind Bestandteil dieses Bescheids.",
        "Auflage: Die Stelle ist spätestens zum 01.05.2026 zu besetzen; für unbesetzte Monate "
        "entfällt der Zuschuss anteilig (5.000 EUR je Monat).",
        "Auflage: Änderungen der Ausgaben um mehr als 20 v. H. oder 5.000 EUR sind anzuzeigen.",
        "Rückforderungen werden nach § 49a VwVfG mit 5 Prozentpunkten über dem Basiszinssatz verzinst."]})
    out.append({"fett": f"{n + 2}. Begründung"})
    out.append({"p": "Rechtsgrundlage sind § 44 LHO und das Konzept KIM; die Voraussetzungen liegen vor."})
    if not p.get("ohne_rechtsbehelf"):
        out.append({"fett": "Rechtsbehelfsbelehrung"})
        out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
                         f"Verwaltungsgericht {k['gericht'][3:]} erhoben werden."})
    out.append({"p": "Mit freundlichen Grüßen\nIm Auftrag\nDr. Miriam Sauer"})
    return out


BUILDERS = {"q-antrag-vordruck": antrag_vordruck, "q-antrag-mail": antrag_mail,
            "q-bescheid-prosa": bescheid_prosa}
