"""Contents of the twenty-fifth held-out corpus (manifest_blind25.yaml), issue 19, item 4.

How it was written: from the guideline's rule page (kim-rlp-2025.md / .yaml), the list of
Kommunen, the shared Fachwissen, the real Koblenz Unterrichtungsvorlage (quellen/003) and the
build script bauen.py alone. The author had not seen the fact layer (facts, readers, rules,
check), no earlier corpus, no checker output; the expectations in the manifest were fixed
before the first run, as a careful human reviewer reads the documents.

What is new: one month of intake at the ministry – documents from many Kommunen, each office
with its own house style: Kreis letters with Aktenzeichen line and "Seite # von 3" footers,
label/value forms with ☒/☐ boxes and years as rows, city applications with Sachkosten items, a
Zwischensumme, Ausgaben and Finanzierung with Eigenmittel; annual reports with their parts in
the writer's words; ministry Bescheide in three template generations (2025 with roman parts,
2026 with arabic parts, an E-Akte print with a label/value head); council Vorlagen close to the
Koblenz Unterrichtungsvorlage, from a Ratsinformationssystem and from a small Kreis. Amounts as
"60.000,00 €", "60.000 EUR", "EUR 60.000,-", "60.000,--", "60 T€", "60 Tsd. EUR" and bare
figures under "in EUR"; staff as tables, prose, weekly hours, "v. H.", "VZÄ", "Stellenanteil".
"""

from __future__ import annotations

from decimal import Decimal

# ---------------------------------------------------------------- amounts in house styles


def _de(x: Decimal, stellen: int = 2) -> str:
    s = f"{x:,.{stellen}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def _tausend(x: Decimal) -> str:
    t = (x / 1000).normalize()
    return f"{t:f}".replace(".", ",")


def betrag(x, stil: str) -> str:
    x = Decimal(str(x))
    voll = _de(x)
    ganz = _de(x, 0)
    return {
        "eur": f"{voll} €",
        "EUR": f"{ganz} EUR",
        "eur_strich": f"EUR {ganz},-",
        "strichstrich": f"{ganz},--",
        "teur": f"{_tausend(x)} T€",
        "tsd": f"{_tausend(x)} Tsd. EUR",
        "nackt": voll,
    }[stil]


def _einheit(stil: str) -> str:
    return {"nackt": " (in EUR)", "teur": " (T€)"}.get(stil, "")


# ---------------------------------------------------------------- shared pieces


def _plan_tabelle(p: dict) -> list[dict]:
    """The requested grant per year; Sachkosten item by item when `sk_posten` is given,
    an overhead-like line when `zusatz` is given; years as columns or as rows."""
    stil = p.get("betrag", "eur")
    jahre = sorted(p["plan"])
    posten = p.get("sk_posten")  # [[label, {jahr: betrag}], ...]
    zusatz = p.get("zusatz")  # [label, {jahr: betrag}] counted into the total
    falsch = p.get("summe_falsch", {})  # {jahr: shown total}
    zeilen: list[tuple[str, dict]] = [("Personalkosten (Zuschuss)", {j: p["plan"][j][0] for j in jahre})]
    if posten:
        for label, werte in posten:
            zeilen.append((label, {j: werte.get(j, 0) for j in jahre}))
        zeilen.append(("Zwischensumme Sachkosten", {j: sum(Decimal(str(w[1].get(j, 0))) for w in posten)
                                                    for j in jahre}))
    else:
        zeilen.append(("Sachkosten", {j: p["plan"][j][1] for j in jahre}))
    if zusatz:
        zeilen.append((zusatz[0], {j: zusatz[1].get(j, 0) for j in jahre}))
    summe = {j: Decimal(str(p["plan"][j][0])) + Decimal(str(p["plan"][j][1]))
             + Decimal(str(zusatz[1].get(j, 0) if zusatz else 0)) for j in jahre}
    for j, w in falsch.items():
        summe[j] = Decimal(str(w))
    zeilen.append((p.get("summe_wort", "Summe"), summe))
    if p.get("jahre_als") == "zeilen":
        kopf = ["Haushaltsjahr"] + [z[0] for z in zeilen]
        rows = [kopf] + [[str(j)] + [betrag(z[1][j], stil) for z in zeilen] for j in jahre]
        return [{"tabelle": rows}]
    kopf = ["Kostenart" + _einheit(stil)] + [str(j) for j in jahre]
    if p.get("gesamtspalte"):
        kopf.append("Gesamt")
    rows = [kopf]
    for label, werte in zeilen:
        row = [label] + [betrag(werte[j], stil) for j in jahre]
        if p.get("gesamtspalte"):
            row.append(betrag(sum(Decimal(str(werte[j])) for j in jahre), stil))
        rows.append(row)
    return [{"tabelle": rows}]


def _personal(p: dict) -> list[dict]:
    out: list[dict] = []
    if p.get("personal"):
        out.append({"tabelle": [p.get("personal_kopf", ["Name", "Funktion", "Stellenumfang",
                                                        "ab", "bis"])] + p["personal"]})
    if p.get("personal_text"):
        out.append({"p": p["personal_text"]})
    return out


def _unterschrift(p: dict) -> list[dict]:
    out = [{"p": "Mit freundlichen Grüßen"}]
    if p.get("unterschrift", True):
        out += [{"p": p.get("zeichnung", "i. A.")}, {"p": p.get("unterzeichner", "Müller")}]
    return out


# ---------------------------------------------------------------- Anträge


def antrag_brief(p: dict) -> list[dict]:
    """A Kreis or city letter: letterhead in the page header, Aktenzeichen line, numbered
    sections, the plan as a table, declarations in prose, 'Seite # von 3'."""
    ohne = set(p.get("ohne", ()))
    k = p["absender"]
    o: list[dict] = [{"briefkopf": [k, p.get("amt", "Abteilung Soziales und Integration"),
                                    p.get("adresse", "")]},
                     {"fusszeile": [f"{k} · Seite # von 3"]},
                     {"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz\n"
                           "Referat Integration\nKaiser-Friedrich-Straße 5a\n55116 Mainz"},
                     {"p": f"Ihr Zeichen: –   Unser Zeichen: {p.get('az', '50-KIM')}"},
                     {"rechts": f"{p['ort']}, {p['datum']}"},
                     {"titel": p.get("betreff", "Antrag auf Förderung des Kommunalen "
                                                "Integrationsmanagements (KIM)")},
                     {"p": "Sehr geehrte Damen und Herren,"},
                     {"p": p.get("einleitung", "hiermit beantragen wir Fördermittel aus dem "
                                               "Programm Kommunales Integrationsmanagement.")}]
    n = 0

    def kopf(text):
        nonlocal n
        n += 1
        o.append({"h1": f"{n}. {text}"})

    if "antragsteller" not in ohne:
        kopf(p.get("h_antragsteller", "Antragsteller"))
        o.append({"p": p.get("antragsteller_text", f"{k}, vertreten durch den Landrat.")})
    if "ansprechperson" not in ohne:
        kopf(p.get("h_ansprechperson", "Ansprechperson"))
        o.append({"p": p.get("kontakt", "Frau Sabine Kern, Tel. 0261 000-412, "
                                        "integration@example.de")})
    if "stelle" not in ohne:
        kopf(p.get("h_stelle", "Stelle und Personal"))
        o += _personal(p)
    if "anbindung" not in ohne:
        kopf(p.get("h_anbindung", "Organisatorische Anbindung"))
        o.append({"p": p.get("anbindung", "Die Stelle ist in der Kreisverwaltung, Abteilung "
                                          "Soziales, Sachgebiet Migration und Integration, angesiedelt.")})
    if "aufgaben" not in ohne:
        kopf(p.get("h_aufgaben", "Aufgaben und Schwerpunkte"))
        o.append({"liste": ["Aufbau und Pflege eines kreisweiten Integrationsnetzwerks",
                            "Koordinierung der Angebote von Verbänden, Jobcenter und Ehrenamt",
                            "Fortschreibung des Integrationskonzepts"]})
    if "konzept" not in ohne:
        kopf(p.get("h_konzept", "Integrationskonzept"))
        o.append({"p": p.get("konzept", "Ein Integrationskonzept liegt vor (Kreistagsbeschluss "
                                        "vom 14.03.2022) und wird fortgeschrieben.")})
    if "finanzierung" not in ohne:
        kopf(p.get("h_finanzierung", "Finanzierungsplan"))
        if p.get("plan_text"):
            o.append({"p": p["plan_text"]})
        o += _plan_tabelle(p)
    if "zeitraum" not in ohne:
        kopf(p.get("h_zeitraum", "Förderzeitraum"))
        o.append({"p": p["zeitraum"]})
    if "erklaerungen" not in ohne:
        kopf(p.get("h_erklaerungen", "Erklärungen"))
        o.append({"p": p.get("erklaerung", "Wir erklären, dass mit der Maßnahme noch nicht "
                                           "begonnen wurde bzw. ein vorzeitiger Beginn beantragt ist, "
                                           "dass die Angaben vollständig und richtig sind und dass "
                                           "keine Overheadkosten geltend gemacht werden.")})
    if "unterschrift" not in ohne:
        o += _unterschrift(p)
    if p.get("anlagen"):
        o += [{"fett": "Anlagen"}, {"liste": p["anlagen"]}]
    return o


def _box(an: bool) -> str:
    return "☒" if an else "☐"


def antrag_formular(p: dict) -> list[dict]:
    """The ministry's application form as a small Kreis fills it in: label/value tables,
    ☒/☐ boxes, the plan with years as rows, a place-date-signature line."""
    ohne = set(p.get("ohne", ()))
    o: list[dict] = [{"titel": "Antrag auf Gewährung einer Zuweisung – Kommunales "
                               "Integrationsmanagement (KIM)"},
                     {"p": "Eingangsstempel MFFKI: ____________"}]
    if "antragsteller" not in ohne:
        o += [{"h1": "A. Angaben zum Antragsteller"},
              {"formular": [["Antragstellende Kommune", p["absender"]],
                            ["Kreisschlüssel", p.get("schluessel", "")],
                            ["Anschrift", p.get("adresse", "")],
                            ["Art der Kommune", f"{_box(p.get('kreis', True))} Landkreis   "
                                                f"{_box(not p.get('kreis', True))} kreisfreie Stadt"]]}]
    if "ansprechperson" not in ohne:
        o += [{"h1": "B. Ansprechperson"},
              {"formular": [["Name", p.get("kontakt", "Herr Jonas Weber")],
                            ["Telefon", "06561 15-0"], ["E-Mail", "kim@example.de"]]}]
    if "stelle" not in ohne:
        o += [{"h1": "C. Angaben zur Stelle"}] + _personal(p)
    if "anbindung" not in ohne:
        o += [{"h1": "D. Organisatorische Anbindung"},
              {"formular": [["Ansiedlung", p.get("anbindung", "Kreisverwaltung, Fachbereich 3 "
                                                               "– Jugend, Familie, Soziales")],
                            ["Stabsstelle", f"{_box(p.get('stab', False))} ja   "
                                            f"{_box(not p.get('stab', False))} nein"]]}]
    if "aufgaben" not in ohne:
        o += [{"h1": "E. Aufgaben und Schwerpunkte"},
              {"p": "Netzwerkkoordination, Bestandsaufnahme der Integrationsangebote, "
                    "Begleitung der Steuerungsgruppe Integration."}]
    if "konzept" not in ohne:
        o += [{"h1": "F. Integrationskonzept"},
              {"formular": [["Integrationskonzept vorhanden",
                             f"{_box(p.get('konzept_da', True))} ja   "
                             f"{_box(not p.get('konzept_da', True))} nein, in Erarbeitung"]]}]
    if "finanzierung" not in ohne:
        o += [{"h1": "G. Finanzierungsplan"}] + _plan_tabelle(p)
    if "zeitraum" not in ohne:
        o += [{"h1": "H. Förderzeitraum"}, {"formular": [["beantragt", p["zeitraum"]]]}]
    if "erklaerungen" not in ohne:
        boxen = p.get("boxen", [True, True, True])
        o += [{"h1": "I. Erklärungen"},
              {"p": "Die antragstellende Kommune erklärt:"},
              {"formular": [[_box(boxen[0]), "Mit der Maßnahme wurde noch nicht begonnen."],
                            [_box(boxen[1]), "Die Angaben in diesem Antrag sind vollständig "
                                             "und richtig."],
                            [_box(boxen[2]), "Overheadkosten werden nicht geltend gemacht."]]}]
    if "unterschrift" not in ohne:
        o += [{"h1": "J. Ort, Datum, Unterschrift"},
              {"formular": [["Ort, Datum", f"{p['ort']}, {p['datum']}"],
                            ["Unterschrift", p.get("unterzeichner", "gez. Landrat")
                             if p.get("unterschrift", True) else ""]]}]
    return o


def antrag_stadt(p: dict) -> list[dict]:
    """A large city's application as its council system prints it: prose staff, Sachkosten
    item by item, Ausgaben and Finanzierung with Eigenmittel."""
    ohne = set(p.get("ohne", ()))
    k = p["absender"]
    o: list[dict] = [{"briefkopf": [k, "Amt für Integration und Migration",
                                    p.get("adresse", "")]},
                     {"rechts": p["datum"]},
                     {"titel": f"Förderantrag KIM – {k}"}]
    if "antragsteller" not in ohne:
        o += [{"h1": "Antragstellerin"}, {"p": p.get("antragsteller_text", f"{k}, vertreten "
                                                   "durch den Oberbürgermeister.")}]
    if "ansprechperson" not in ohne:
        o += [{"h1": "Ansprechpartnerin"}, {"p": p.get("kontakt", "Frau Dr. Aylin Demir, "
                                                                 "Abteilungsleitung Integration")}]
    if "stelle" not in ohne:
        o += [{"h1": "Stellenbesetzung"}] + _personal(p)
    if "anbindung" not in ohne:
        o += [{"h1": "Anbindung in der Verwaltung"},
              {"p": p.get("anbindung", "Die Stelle ist im Amt für Integration und Migration der "
                                       "Stadtverwaltung angesiedelt und dem Dezernat II zugeordnet.")}]
    if "aufgaben" not in ohne:
        o += [{"h1": "Aufgaben"}, {"p": "Steuerung des Netzwerks Integration, Koordination des "
                                        "Welcome Centers, Fortschreibung des Integrationskonzepts."}]
    if "konzept" not in ohne:
        o += [{"h1": "Integrationskonzept"}, {"p": "Das Integrationskonzept der Stadt wurde 2023 "
                                                   "vom Stadtrat beschlossen."}]
    if "finanzierung" not in ohne:
        o += [{"h1": "Kosten- und Finanzierungsplan"}]
        if p.get("plan_text"):
            o.append({"p": p["plan_text"]})
        o += _plan_tabelle(p)
        if p.get("finanzierung"):  # [[label, {jahr: betrag}], ...] incl. Gesamt lines
            stil = p.get("betrag", "eur")
            jahre = sorted(p["plan"])
            o.append({"tabelle": [["Finanzierung" + _einheit(stil)] + [str(j) for j in jahre]]
                      + [[lab] + [betrag(w[j], stil) for j in jahre]
                         for lab, w in p["finanzierung"]]})
    if "zeitraum" not in ohne:
        o += [{"h1": "Laufzeit"}, {"p": p["zeitraum"]}]
    if "erklaerungen" not in ohne:
        o += [{"h1": "Erklärungen"}, {"p": p.get("erklaerung", "Die Stadt versichert die "
                                                 "Richtigkeit der Angaben; ein vorzeitiger "
                                                 "Maßnahmebeginn liegt nicht vor; Overhead wird "
                                                 "nicht abgerechnet.")}]
    if "unterschrift" not in ohne:
        o += [{"h1": "Unterschrift"}, {"p": f"{p['ort']}, {p['datum']}"}]
        if p.get("unterschrift", True):
            o += [{"p": p.get("unterzeichner", "gez. Oberbürgermeister")}]
    return o


# ---------------------------------------------------------------- Jahresberichte

_JB_NAMEN = {
    "standard": {"personal": "Personal", "infra": "Integrationsinfrastruktur",
                 "vernetzung": "Vernetzung in der Kommune",
                 "interkommunal": "Interkommunale Vernetzung",
                 "oeffentlichkeit": "Öffentlichkeitsarbeit", "land": "Kooperation mit dem Land",
                 "konzept": "Stand des Integrationskonzepts", "mittel": "Mittelverwendung",
                 "ausblick": "Ausblick"},
    "anders": {"personal": "Personelle Besetzung", "infra": "Bestandsaufnahme und Handlungsfelder",
               "vernetzung": "Netzwerkarbeit vor Ort", "interkommunal": "Austausch mit anderen Kommunen",
               "oeffentlichkeit": "Presse- und Öffentlichkeitsarbeit",
               "land": "Zusammenarbeit mit MFFKI und DBKI", "konzept": "Integrationsstrategie",
               "mittel": "Verwendung der Mittel", "ausblick": "Ausblick und Planung"},
    "kurz": {"personal": "Stellenbesetzung", "infra": "Integrationsangebote",
             "vernetzung": "Netzwerkarbeit", "interkommunal": "Interkommunale Zusammenarbeit",
             "oeffentlichkeit": "Öffentlichkeitsarbeit", "land": "Austausch mit dem Land",
             "konzept": "Integrationskonzept", "mittel": "Finanzielle Übersicht",
             "ausblick": "Vorhaben"},
}
_JB_TEXT = {
    "infra": "Im Kreisgebiet bestehen Migrationsberatung, Jugendmigrationsdienst, drei "
             "Sprachcafés und ein Integrationsbeirat; Lücken sehen wir bei Angeboten für Frauen.",
    "vernetzung": "Das Netzwerk Integration trifft sich vierteljährlich; beteiligt sind Jobcenter, "
                  "Ausländerbehörde, Wohlfahrtsverbände und Migrantenorganisationen.",
    "interkommunal": "Regelmäßiger Austausch mit den KIM der Nachbarkreise im Regionaltreffen Nord.",
    "oeffentlichkeit": "Pressemitteilung zum Start, Seite im Internetauftritt, Flyer in vier Sprachen.",
    "land": "Teilnahme an den Jours fixes des MFFKI und an zwei Fachtagen der DBKI.",
    "konzept": "Die Fortschreibung des Integrationskonzepts ist begonnen; Beschluss ist für 2027 "
               "geplant.",
    "ausblick": "2027 stehen die Beteiligung der Migrantenorganisationen und ein Monitoring an.",
}


def jahresbericht(p: dict) -> list[dict]:
    namen = _JB_NAMEN[p.get("namen", "standard")]
    ohne = set(p.get("ohne", ()))
    num = p.get("nummern", True)
    o: list[dict] = []
    if p.get("briefkopf"):
        o.append({"briefkopf": p["briefkopf"]})
    o += [{"titel": p.get("titel", f"Jahresbericht {p['jahr']} – Kommunales "
                                   "Integrationsmanagement")},
          {"p": f"{p['absender']}"},
          {"p": f"Berichtszeitraum: {p['zeitraum']}"}]
    n = 0
    for key in ("personal", "infra", "vernetzung", "interkommunal", "oeffentlichkeit", "land",
                "konzept", "mittel", "ausblick"):
        if key in ohne:
            continue
        n += 1
        o.append({"h1": f"{n}. {namen[key]}" if num else namen[key]})
        if key == "personal":
            o += _personal(p)
        elif key == "mittel":
            stil = p.get("betrag", "eur")
            o.append({"tabelle": [["Position" + _einheit(stil), "Plan", "Ist"]]
                      + [[lab, betrag(a, stil), betrag(b, stil)] for lab, a, b in p["mittel"]]})
            if p.get("mittel_text"):
                o.append({"p": p["mittel_text"]})
        else:
            o.append({"p": p.get(f"text_{key}", _JB_TEXT[key])})
    anlagen = list(p.get("anlagen", []))
    if p.get("fragebogen", True):
        anlagen.insert(0, p.get("fragebogen_wort", "ausgefüllter Fragebogen des MFFKI zur Evaluierung"))
    if anlagen:
        o += [{"fett": "Anlagen"}, {"liste": anlagen}]
    o += [{"rechts": f"{p['ort']}, {p['datum']}"}, {"p": p.get("unterzeichner", "gez. Kern")}]
    return o


# ---------------------------------------------------------------- Bescheide


def bescheid(p: dict) -> list[dict]:
    """The ministry's Bescheid in three template generations: "2025" (roman parts, "Gründe"),
    "2026" (arabic parts), "eakte" (E-Akte print with a label/value head)."""
    gen = p.get("gen", "2026")
    ohne = set(p.get("ohne", ()))
    stil = p.get("betrag", "eur")
    jahre = sorted(p["jahre"])
    o: list[dict] = [{"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration",
                                    "Rheinland-Pfalz",
                                    "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]}]
    if gen == "eakte":
        o += [{"formular": [["Empfänger", p["empf"]], ["Aktenzeichen", p["az"]],
                            ["Datum", p["datum"]], ["Bearbeitung", "Referat 735"]]}]
    else:
        o += [{"p": p["empf"]}, {"p": f"Aktenzeichen: {p['az']}"}, {"rechts": f"Mainz, {p['datum']}"}]
    o += [{"titel": "Zuwendungsbescheid"},
          {"p": f"Förderprogramm Kommunales Integrationsmanagement (KIM); Ihr Antrag vom "
                f"{p['antrag_vom']}"}]
    roem = ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII."]
    teile = [("tenor", {"2025": "Bewilligung", "2026": "Bewilligung der Zuwendung",
                        "eakte": "Entscheidung"}[gen]),
             ("art", {"2025": "Art und Umfang der Zuwendung", "2026": "Finanzierungsart und "
                      "zuwendungsfähige Ausgaben", "eakte": "Finanzierungsart"}[gen]),
             ("auszahlung", {"2025": "Auszahlung", "2026": "Auszahlungsverfahren",
                             "eakte": "Mittelabruf"}[gen]),
             ("bericht", {"2025": "Jahresbericht und Verwendungsnachweis", "2026": "Berichtspflicht",
                          "eakte": "Nachweis der Verwendung"}[gen]),
             ("neben", {"2025": "Nebenbestimmungen", "2026": "Allgemeine Nebenbestimmungen",
                        "eakte": "Nebenbestimmungen und Auflagen"}[gen]),
             ("begruendung", {"2025": "Gründe", "2026": "Begründung", "eakte": "Begründung"}[gen]),
             ("rbb", {"2025": "Rechtsbehelfsbelehrung", "2026": "Rechtsbehelfsbelehrung",
                      "eakte": "Belehrung über den Rechtsbehelf"}[gen])]
    n = 0
    for key, titel in teile:
        if key in ohne:
            continue
        num = roem[n] if gen == "2025" else f"{n + 1}."
        n += 1
        o.append({"h1": f"{num} {titel}"})
        if key == "tenor":
            o.append({"p": f"Auf Ihren Antrag bewillige ich Ihnen für den Zeitraum {p['zeitraum']} "
                           f"eine Zuwendung für eine Stelle Kommunales Integrationsmanagement im "
                           f"Umfang von {p['vzae_text']} in folgender Höhe:"})
            rows = [["Haushaltsjahr", "Personalkostenzuschuss", "Sachkosten", "Summe"]]
            for j in jahre:
                pk, sk = (Decimal(str(x)) for x in p["jahre"][j])
                rows.append([str(j), betrag(pk, stil), betrag(sk, stil), betrag(pk + sk, stil)])
            o.append({"tabelle": rows})
        elif key == "art":
            o.append({"p": "Die Zuwendung wird als Zuweisung im Wege der Festbetragsfinanzierung "
                           "gewährt. Zuwendungsfähig sind die Personalausgaben der Stelle und "
                           "Sachausgaben; Overheadkosten sind nicht zuwendungsfähig."})
        elif key == "auszahlung":
            o.append({"p": "Die Mittel werden auf Anforderung halbjährlich ausgezahlt, frühestens "
                           "nach Eintritt der Bestandskraft oder Rechtsbehelfsverzicht."})
        elif key == "bericht":
            o.append({"p": "Bis zum 15. Dezember eines jeden Jahres ist ein Jahresbericht mit dem "
                           "ausgefüllten Fragebogen vorzulegen. Der Verwendungsnachweis ist "
                           "innerhalb von sechs Monaten nach Ende des Bewilligungszeitraums "
                           "vorzulegen."})
        elif key == "neben":
            o.append({"liste": ["Die ANBest-K sind Bestandteil dieses Bescheids.",
                                "Änderungen der Stellenbesetzung sind unverzüglich mitzuteilen.",
                                "Die Stelle ist in der Kommunalverwaltung anzusiedeln."]})
        elif key == "begruendung":
            o.append({"p": "Die Voraussetzungen des Konzepts Kommunales Integrationsmanagement "
                           "liegen vor. Die Bewilligung erfolgt im Rahmen der verfügbaren "
                           "Haushaltsmittel nach pflichtgemäßem Ermessen."})
        elif key == "rbb":
            if p.get("widerspruch"):
                o.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                               "Widerspruch erhoben werden. Der Widerspruch ist beim Ministerium "
                               "für Familie, Frauen, Kultur und Integration, Kaiser-Friedrich-"
                               "Straße 5a, 55116 Mainz, schriftlich oder zur Niederschrift "
                               "einzulegen."})
            else:
                o.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                               f"Klage beim Verwaltungsgericht {p['vg']} schriftlich, in "
                               "elektronischer Form oder zur Niederschrift des Urkundsbeamten der "
                               "Geschäftsstelle erhoben werden."})
    if p.get("zeichnung", True):
        o += [{"p": "Mit freundlichen Grüßen"}, {"p": p.get("zeichner", "Im Auftrag")},
              {"p": p.get("zeichner_name", "Dr. Hofmann")}]
    if gen == "eakte":
        o.append({"p": "Dieses Schreiben wurde elektronisch erstellt."})
    return o


# ---------------------------------------------------------------- Vorlagen


def vorlage(p: dict) -> list[dict]:
    """Council Vorlagen: "koblenz" (close to UV/0084/2026), "ris" (a council information
    system's print), "kreis" (a small Kreis' Word template)."""
    stil = p.get("stil", "koblenz")
    ohne = set(p.get("ohne", ()))
    o: list[dict] = []
    if stil == "ris":
        o.append({"briefkopf": [f"{p['kommune']} – Ratsinformationssystem", "Vorlage – Druckansicht"]})
    else:
        o.append({"p": p["kommune"] if stil == "kreis" else f"Stadtverwaltung {p['kommune']}"})
    o.append({"titel": p.get("art_text", "Unterrichtungsvorlage")})
    kopf = [["Vorlage", p["nr"]], ["Datum", p["datum"]], ["Verfasser", p.get("verfasser",
                                                                              "50-Sozialamt")]]
    if "betreff" not in ohne:
        kopf.append([p.get("betreff_wort", "Betreff"), p["betreff"]])
    o.append({"formular": kopf})
    if "gremien" not in ohne:
        o.append({"fett": p.get("gremien_wort", "Beratungsfolge")})
        o.append({"tabelle": [["Datum", "Gremium", "Zuständigkeit"]] + p["gremien"]})
    h = {"koblenz": ("Hintergrund", "Umsetzung", "Sachstand"),
         "ris": ("Sachverhalt", "Durchführung", "Aktueller Sachstand"),
         "kreis": ("Ausgangslage", "Umsetzung des Programms", "Stand")}[stil]
    if p.get("beschluss"):
        o += [{"h1": "Beschlussvorschlag"}, {"p": p["beschluss"]}]
    if "hintergrund" not in ohne:
        o += [{"h1": h[0]}, {"p": "Das Land fördert seit dem 11.08.2025 mit dem Programm "
                                  "Kommunales Integrationsmanagement (KIM) je Landkreis und kreisfreier "
                                  "Stadt eine Stelle mit bis zu 60.000 € Personalkostenzuschuss je "
                                  "VZÄ und bis zu 20.000 € Sachkosten im Jahr."}]
    if "umsetzung" not in ohne:
        o += [{"h1": h[1]}, {"p": p.get("umsetzung", "Die Dialog- und Beratungsstelle Kommunale "
                                                     "Integration (DBKI) begleitet die KIM; "
                                                     "regelmäßige Jours fixes finden statt.")}]
    if "sachstand" not in ohne:
        o += [{"h1": h[2]}, {"p": p["sachstand"]}]
    if p.get("finanz"):
        o += [{"fett": "Finanzielle Auswirkungen"}, {"p": p["finanz"]}]
    if p.get("anlagen"):
        o += [{"h1": "Anlagen"}, {"liste": p["anlagen"]}]
    if p.get("zeichnung"):
        o += [{"p": p["zeichnung"]}]
    return o


BUILDERS = {
    "b25-antrag-brief": antrag_brief,
    "b25-antrag-formular": antrag_formular,
    "b25-antrag-stadt": antrag_stadt,
    "b25-jahresbericht": jahresbericht,
    "b25-bescheid": bescheid,
    "b25-vorlage": vorlage,
}


def kopfzeile(e) -> str:
    """The line a browser print carries on top: a council system for Vorlagen, the ministry's
    E-Akte (intake or outgoing) for everything else."""
    if e.art == "vorlage":
        return f"Ratsinformationssystem {e.parameter.get('kommune', 'Kommune')} · Druckansicht"
    if e.art == "bescheid":
        return "E-Akte MFFKI · Postausgang · Druckansicht"
    return "E-Akte MFFKI · Posteingang · Druckansicht"
