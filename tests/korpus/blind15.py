"""Contents of the fifteenth held-out corpus (manifest_blind15.yaml), issue 19, item 4.

How it was written: from the guideline data and its rule page (kim-rlp-2025.yaml/.md), the list
of eligible Kommunen, fachwissen.md, the real Koblenz Vorlage in quellen/003 and the build
script bauen.py alone. The author had not seen the checker's fact layer, readers, rules, the
earlier corpora or any checker output, and did not run the checker; every expectation in the
manifest was fixed before the first run.

What is new (the angle of this round): documents written mostly as cities and ineligible
verbandsfreie Gemeinden or große kreisangehörige Städte write them – short covering letters with
the plan as an attachment, council-system Vorlagen with a Beratungsfolge table and a box
"Finanzielle Auswirkungen: ja ☒ nein ☐", Jahresberichte that are partly tables of measures
(Maßnahme | Zeitraum | Ergebnis), amounts in thousands ("60 T€", "60 Tsd. €") and rounded,
staff as "1/2 Stelle", "Vollzeitäquivalent 0,75", "75 %-Stelle", weekly hours with and without
"/Woche", Änderungsbescheide besides first grants, dates as "zum 1.1.", "ab Jan. 2026".

Every figure the expectation depends on is a parameter in the manifest; the builders only
format it (`stil` of amounts, `umfang` of staff shares).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# --- formatting ---------------------------------------------------------------------------


def _de(value, places: int = 2) -> str:
    q = Decimal(str(value)).quantize(Decimal(1) / (10 ** places) if places else Decimal(1),
                                     rounding=ROUND_HALF_UP)
    whole, _, frac = f"{q:.{places}f}".partition(".")
    neg = whole.startswith("-")
    whole = whole.lstrip("-")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = ("-" if neg else "") + ".".join(groups)
    return f"{text},{frac}" if places else text


def betrag(value, stil: str) -> str:
    """An amount in the writer's notation."""
    v = Decimal(str(value))
    if stil == "euro":  # 60.000,00 €
        return f"{_de(v)} €"
    if stil == "eur":  # 60.000 EUR
        return f"{_de(v, 0)} EUR" if v == v.to_integral() else f"{_de(v)} EUR"
    if stil == "eur_vorn":  # EUR 60.000,-
        return f"EUR {_de(v, 0)},-" if v == v.to_integral() else f"EUR {_de(v)}"
    if stil == "strich":  # 60.000,--
        return f"{_de(v, 0)},--" if v == v.to_integral() else _de(v)
    if stil == "teur":  # 60 T€ / 1,5 T€
        t = v / 1000
        return f"{_de(t, 0) if t == t.to_integral() else _de(t, 1)} T€"
    if stil == "tsd":  # 60 Tsd. €
        t = v / 1000
        return f"{_de(t, 0) if t == t.to_integral() else _de(t, 1)} Tsd. €"
    if stil == "nackt":  # bare figure under a header "in EUR"
        return _de(v, 0) if v == v.to_integral() else _de(v)
    raise ValueError(stil)


def _stunden(value) -> str:
    """Weekly hours with as many decimals as they have (29,25 stays 29,25)."""
    v = Decimal(str(value)).normalize()
    places = max(0, -v.as_tuple().exponent)
    return _de(v, places)


def umfang(p: dict) -> str:
    """A staff share in the writer's notation: p["umfang"] names it, p["vzae"] or
    p["stunden"] holds the figure."""
    art = p.get("umfang", "vzae")
    if art == "stunden":  # 19,5 Std./Woche
        return f"{_stunden(p['stunden'])} Std./Woche"
    if art == "stunden_ohne":  # 19,5 Wochenstunden (no "/Woche")
        return f"{_stunden(p['stunden'])} Wochenstunden"
    v = Decimal(str(p["vzae"]))
    if art == "vzae":
        return f"{_de(v)} VZÄ"
    if art == "vollzeitaeq":
        return f"Vollzeitäquivalent {_de(v)}"
    if art == "prozentstelle":
        return f"{_de(v * 100, 0)} %-Stelle"
    if art == "vh":
        return f"{_de(v * 100, 0)} v. H."
    if art == "prozent":
        return f"{_de(v * 100, 0)} %"
    if art == "stellenanteil":
        return f"Stellenanteil {_de(v)}"
    if art == "bruch":
        return {"1.0": "volle Stelle", "0.5": "1/2 Stelle", "0.75": "3/4 Stelle"}[str(v)]
    raise ValueError(art)


def _kopf_zeilen(p: dict) -> list[dict]:
    out = [{"briefkopf": p["briefkopf"]}] if p.get("briefkopf") else []
    if p.get("fusszeile"):
        out.append({"fusszeile": p["fusszeile"]})
    return out


def _personal(p: dict) -> list[dict]:
    """Staff as a table (Name | Funktion | Stellenumfang | von | bis) or as prose."""
    leute = p["personal"]
    if p.get("personal_stil", "tabelle") == "tabelle":
        rows = [["Name", "Funktion", "Stellenumfang", "von", "bis"]]
        for x in leute:
            rows.append([x["name"], x.get("funktion", "Integrationsmanagerin"), umfang(x),
                         x["von"], x.get("bis", "")])
        return [{"tabelle": rows}]
    saetze = []
    for x in leute:
        if x.get("vakant"):
            saetze.append(f"Die Stelle ({umfang(x)}) ist noch unbesetzt; sie wird nach "
                          f"Ausschreibung ab {x['von']} besetzt (bis {x['bis']}).")
        else:
            anteil = umfang(x)
            anteil = f"einer {anteil}" if anteil.endswith("-Stelle") or anteil.endswith("/4 Stelle") \
                or anteil == "1/2 Stelle" else anteil
            saetze.append(f"{x['name']} ist {x.get('von_text', 'ab ' + x['von'])} mit "
                          f"{anteil} als {x.get('funktion', 'Integrationsmanagerin')} tätig"
                          + (f" (befristet bis {x['bis']})" if x.get("bis") else "") + ".")
    return [{"p": " ".join(saetze)}]


def _plan(plan: dict) -> list[dict]:
    """A plan with years as columns (or rows), items, an optional wrong total and an optional
    financing table (Zuwendung, Eigenmittel)."""
    jahre, stil = plan["jahre"], plan.get("stil", "euro")
    kopf = plan.get("kopf", "Position")
    if stil == "nackt":
        kopf += " (in EUR)"
    zeilen = plan["zeilen"]
    summen = [sum(Decimal(str(z[1 + i])) for z in zeilen) for i in range(len(jahre))]
    for jahr, wert in (plan.get("summe_falsch") or {}).items():
        summen[jahre.index(str(jahr))] = Decimal(str(wert))
    summe_label = plan.get("summe", "Summe")
    out = []
    if plan.get("ausrichtung", "spalten") == "spalten":
        rows = [[kopf, *[str(j) for j in jahre]]]
        rows += [[z[0], *[betrag(v, stil) for v in z[1:]]] for z in zeilen]
        if summe_label:
            rows.append([summe_label, *[betrag(s, stil) for s in summen]])
    else:
        rows = [["Haushaltsjahr" + (" (in EUR)" if stil == "nackt" else ""),
                 *[z[0] for z in zeilen], *([summe_label] if summe_label else [])]]
        for i, j in enumerate(jahre):
            rows.append([str(j), *[betrag(z[1 + i], stil) for z in zeilen],
                         *([betrag(summen[i], stil)] if summe_label else [])])
    out.append({"tabelle": rows})
    fin = plan.get("finanzierung")
    if fin:
        rows = [["Finanzierung", *[str(j) for j in jahre]]]
        for label, werte in fin:
            rows.append([label, *[betrag(v, stil) for v in werte]])
        rows.append(["Gesamtfinanzierung", *[betrag(sum(Decimal(str(w[i])) for _, w in fin), stil)
                                             for i in range(len(jahre))]])
        out.append({"tabelle": rows})
    return out


def _teile(p: dict, teile: list[tuple[str, str, list[dict]]]) -> list[dict]:
    """Parts in order; p["ohne"] drops parts by key, p["namen"] renames a heading."""
    ohne, namen = set(p.get("ohne", ())), p.get("namen", {})
    ebene = p.get("ebene", "h1")
    out = []
    for key, titel, inhalt in teile:
        if key in ohne:
            continue
        if titel:
            out.append({ebene: namen.get(key, titel)})
        out += inhalt
    return out


# --- Antrag as a covering letter with the plan as an attachment ---------------------------


def antrag_brief(p: dict) -> list[dict]:
    out = _kopf_zeilen(p)
    out += [{"p": p["absender"]},
            {"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"},
            {"p": "Kaiser-Friedrich-Straße 5a, 55116 Mainz"},
            {"rechts": f"{p['ort']}, {p['datum']}"}]
    if p.get("az"):
        out.append({"p": f"Unser Zeichen: {p['az']}"})
    out += [{"fett": p.get("betreff", "Antrag auf Förderung im Programm „Kommunales "
                                      "Integrationsmanagement“ (KIM)")},
            {"p": "Sehr geehrte Damen und Herren,"},
            {"p": p.get("einleitung", "hiermit beantragen wir eine Zuwendung für die Stelle "
                        "einer Integrationsmanagerin bzw. eines Integrationsmanagers nach dem "
                        "Konzept Kommunales Integrationsmanagement. Die Angaben im Einzelnen:")}]
    n = p.get("nummern", True)
    anlage = p.get("plan_als_anlage", False)
    plan = _plan(p["plan"]) + ([{"p": p["plan_zusatz"]}] if p.get("plan_zusatz") else [])

    def h(i: int, t: str) -> str:
        return f"{i}. {t}" if n else t

    teile = [
        ("antragsteller", h(1, "Antragsteller"), [{"formular": [
            ["Kommune", p["kommune"]], ["Anschrift", p["anschrift"]],
            ["Gemeindeschlüssel", p["schluessel"]]]}]),
        ("ansprech", h(2, "Ansprechperson"), [{"p": p.get("ansprech", "Frau Dr. Lena Hoffmann, "
                                                    "Tel. 0621 504-2210, lena.hoffmann@stadt.de")}]),
        ("stelle", h(3, "Stelle und Personal"), _personal(p)
         + ([{"p": p["personal_zusatz"]}] if p.get("personal_zusatz") else [])),
        ("anbindung", h(4, "Organisatorische Anbindung"), [{"p": p["anbindung"]}]),
        ("aufgaben", h(5, "Aufgaben und Schwerpunkte"), [{"liste": p.get("aufgaben", [
            "Bestandsaufnahme der Integrationsangebote und Aufbau einer Steuerungsgruppe",
            "Vernetzung der Akteure in Verwaltung, Politik und Zivilgesellschaft",
            "Fortschreibung des Integrationskonzepts",
            "Öffentlichkeitsarbeit zum Thema Integration"])}]),
        ("konzept", h(6, "Integrationskonzept"), [{"p": p.get("konzept", "Ein Integrationskonzept "
                                                      "wurde 2019 vom Stadtrat beschlossen.")}]),
        ("zeitraum", h(7, "Förderzeitraum"), [{"p": p["zeitraum"]}]),
        ("plan", h(8, "Finanzierungsplan"), [{"p": "Der Kosten- und Finanzierungsplan ist als "
                                                  "Anlage 1 beigefügt (letzte Seite)."}]
         if anlage else [{"p": p.get("plan_text", "Beantragte Zuwendung je Haushaltsjahr:")}]
         + plan),
        ("erklaerungen", h(9, "Erklärungen"), [{"liste": p.get("erklaerungen", [
            "Für die beantragte Stelle werden keine weiteren Fördermittel des Landes, des Bundes "
            "oder der EU in Anspruch genommen (keine Doppelförderung).",
            "Mit der Maßnahme wurde vor der Bewilligung nicht begonnen."])}]),
    ]
    out += _teile(p, teile)
    anlagen = (["Kosten- und Finanzierungsplan (Anlage 1)"] if anlage else []) + p.get("anlagen", [])
    if anlagen:
        out += [{"fett": "Anlagen"}, {"liste": anlagen}]
    if "unterschrift" not in p.get("ohne", ()):
        out += [{"p": "Mit freundlichen Grüßen"}]
        if p.get("ort_datum_zeile", True):
            out.append({"p": f"Ort, Datum, Unterschrift: {p['ort']}, {p['datum']}"})
        out += [{"p": line} for line in p["unterschrift"]]
    if anlage:
        out += [{"h1": "Anlage 1 – Kosten- und Finanzierungsplan"},
                {"p": f"{p['kommune']}, Antrag vom {p['datum']}"}] + plan
    return out


# --- Antrag as a label/value form with ☒/☐ boxes -----------------------------------------


def antrag_formular(p: dict) -> list[dict]:
    out = _kopf_zeilen(p)
    out += [{"titel": "Antrag auf Gewährung einer Zuweisung – Kommunales "
                      "Integrationsmanagement (KIM)"},
            {"p": "An das Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz, "
                  "Kaiser-Friedrich-Straße 5a, 55116 Mainz"}]
    boxes = p.get("kaestchen", [True, True, True])
    texte = ["Für die Stelle wird keine andere Förderung (Land, Bund, EU) beantragt oder "
             "bezogen.", "Mit der Maßnahme wurde noch nicht begonnen.",
             "Die Angaben sind vollständig und richtig."]
    teile = [
        ("antragsteller", "A. Angaben zum Antragsteller", [{"formular": [
            ["Antragstellende Kommune", p["kommune"]], ["Anschrift", p["anschrift"]],
            ["Amtlicher Gemeindeschlüssel", p["schluessel"]]]}]),
        ("ansprech", "B. Ansprechpartner/-in", [{"formular": [
            ["Name", p.get("ansprech_name", "Herr Jonas Weber")],
            ["Telefon / E-Mail", p.get("ansprech_kontakt", "0631 365-1140 / integration@stadt.de")]]}]),
        ("stelle", "C. Angaben zur Stelle", _personal(p)
         + ([{"p": p["personal_zusatz"]}] if p.get("personal_zusatz") else [])),
        ("anbindung", "D. Organisatorische Anbindung", [{"formular": [
            ["Amt / Abteilung", p["anbindung"]],
            ["Träger der Stelle", p.get("traeger", "☒ Kommunalverwaltung   ☐ externer Träger")]]}]),
        ("aufgaben", "E. Aufgaben und Schwerpunkte", [{"p": p.get("aufgaben", "Aufbau der "
                                                           "Steuerungsgruppe Integration, Bestandsaufnahme der Angebote, "
                                                           "Netzwerkarbeit mit Trägern und Migrantenorganisationen, "
                                                           "Fortschreibung des Integrationskonzepts.")}]),
        ("konzept", "F. Integrationskonzept", [{"formular": [
            ["Örtliches Integrationskonzept vorhanden", p.get("konzept", "☒ ja   ☐ nein")]]}]),
        ("zeitraum", "G. Förderzeitraum", [{"formular": [["Beantragter Zeitraum", p["zeitraum"]]]}]),
        ("plan", "H. Finanzierungsplan", _plan(p["plan"])
         + ([{"p": p["plan_zusatz"]}] if p.get("plan_zusatz") else [])),
        ("erklaerungen", "I. Erklärungen", [{"p": ("☒ " if b else "☐ ") + t}
                                            for b, t in zip(boxes, texte)]),
        ("unterschrift", "J. Ort, Datum, Unterschrift", [{"formular": [
            ["Ort, Datum", f"{p['ort']}, {p['datum']}"],
            ["Unterschrift", p.get("unterschrift", "")]]}]),
    ]
    return out + _teile(p, teile)


# --- Jahresbericht, partly a table of measures ----------------------------------------------


def jahresbericht(p: dict) -> list[dict]:
    out = _kopf_zeilen(p)
    out += [{"titel": p.get("titel", f"Jahresbericht {p['jahr']} – Kommunales "
                                     "Integrationsmanagement")},
            {"p": f"{p['kommune']} · Berichtszeitraum {p['zeitraum']} · Stand: {p['datum']}"}]
    massnahmen = p.get("massnahmen", [
        ["Bestandsaufnahme Sprachkurse und Beratung", "Jan.–Apr.", "Angebotslandkarte erstellt"],
        ["Steuerungsgruppe Integration", "quartalsweise", "4 Sitzungen"],
        ["Netzwerkrunde Migrationsdienste", "monatlich", "11 Treffen, 23 Träger"],
        ["Interkulturelle Woche", "Sept.", "14 Veranstaltungen"]])
    stil = p.get("stil", "euro")
    mittel = [["Kostenart", "bewilligt", "verausgabt"]]
    for label, bew, aus in p["mittel"]:
        mittel.append([label, betrag(bew, stil), betrag(aus, stil)])
    if p.get("mittel_summe", True):
        sb = sum(Decimal(str(m[1])) for m in p["mittel"])
        sa = Decimal(str(p.get("mittel_summe_falsch", sum(Decimal(str(m[2])) for m in p["mittel"]))))
        mittel.append(["Gesamt", betrag(sb, stil), betrag(sa, stil)])
    teile = [
        ("personal", "1. Personelle Besetzung", _personal(p)
         + ([{"p": p["personal_zusatz"]}] if p.get("personal_zusatz") else [])),
        ("infra", "2. Integrationsinfrastruktur", [
            {"p": "Die Bestandsaufnahme der Angebote wurde abgeschlossen; als Handlungsfelder "
                  "wurden Wohnen, Sprache und Arbeitsmarkt festgelegt."},
            {"tabelle": [["Maßnahme", "Zeitraum", "Ergebnis"], *massnahmen]}]),
        ("vernetzung", "3. Vernetzung in der Kommune", [
            {"p": "Das Integrationsmanagement arbeitet mit Sozialamt, Jobcenter, Ausländerbehörde "
                  "und den Trägern im Netzwerk Integration zusammen; der Beirat für Migration und "
                  "Integration wurde zweimal unterrichtet."}]),
        ("interkommunal", "4. Interkommunaler Austausch", [
            {"p": p.get("interkommunal", "Regelmäßiger Austausch mit den Integrationsmanagerinnen "
                        "der Nachbarkommunen in einem halbjährlichen Regionaltreffen.")}]),
        ("oeffentlich", "5. Öffentlichkeitsarbeit", [
            {"p": "Pressemitteilungen, eine Seite im Stadtportal und ein Flyer in sechs Sprachen."}]),
        ("land", "6. Kooperation mit dem Land", [
            {"p": "Teilnahme am Jour fixe des MFFKI und an zwei Fachtagen der DBKI."}]),
        ("konzept", "7. Stand des Integrationskonzepts", [
            {"p": p.get("konzept_text", "Die Fortschreibung des Integrationskonzepts ist "
                        "begonnen; der Entwurf soll 2027 dem Rat vorgelegt werden.")}]),
        ("mittel", "8. Mittelverwendung", [{"p": p.get("mittel_text", "Verausgabt im "
                                                       "Berichtsjahr gegenüber der Bewilligung:")},
                                           {"tabelle": mittel}]
         + ([{"p": p["mittel_zusatz"]}] if p.get("mittel_zusatz") else [])),
        ("ausblick", "9. Ausblick", [{"p": "Für das kommende Jahr sind eine Fachkräfterunde "
                                           "Wohnen und die Beschlussfassung zum Konzept geplant."}]),
    ]
    out += _teile(p, teile)
    if p.get("anlagen"):
        out += [{"fett": "Anlagen"}, {"liste": p["anlagen"]}]
    out += [{"p": f"{p['ort']}, {p['datum']}"}] + [{"p": x} for x in p.get("zeichnung", [])]
    return out


# --- Bescheid (first grant or Änderungsbescheid) -------------------------------------------


def bescheid(p: dict) -> list[dict]:
    stil = p.get("stil", "euro")
    jahre = p["jahre"]  # {"2026": [personal, sach]}
    aenderung = p.get("aenderung")
    out = _kopf_zeilen(p) or [{"briefkopf": [
        "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
        "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]}]
    out += [{"p": p["empfaenger"]},
            {"p": f"Mein Aktenzeichen: {p['az']}"}, {"p": f"Ihr Schreiben vom: {p['antrag_vom']}"},
            {"rechts": f"Mainz, {p['datum']}"},
            {"fett": ("Änderungsbescheid" if aenderung else "Zuwendungsbescheid")
             + " – Kommunales Integrationsmanagement (KIM)"}]
    if aenderung:
        out.append({"p": f"Mein Bescheid vom {aenderung} wird wie folgt geändert. Soweit nachstehend "
                         "nichts anderes bestimmt ist, gelten seine Bestimmungen fort."})
    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"]]
    for j, (pk, sk) in jahre.items():
        s = Decimal(str(p.get("summe_falsch", {}).get(j, Decimal(str(pk)) + Decimal(str(sk)))))
        rows.append([j, betrag(pk, stil), betrag(sk, stil), betrag(s, stil)])
    gericht = p.get("gericht", "Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz")
    rbb = (f"Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
           + ("Widerspruch beim Ministerium für Familie, Frauen, Kultur und Integration "
              "erhoben werden." if p.get("widerspruch") else
              f"Klage beim {gericht} erhoben werden. Die Klage ist schriftlich oder zur "
              "Niederschrift des Urkundsbeamten der Geschäftsstelle zu erheben."))
    teile = [
        ("bewilligung", "I. Bewilligung", [
            {"p": f"Auf Ihren Antrag vom {p['antrag_vom']} bewillige ich {p['empfaenger_kurz']} "
                  f"für den Zeitraum {p['zeitraum']} eine Zuweisung als Festbetrag für die "
                  f"Stelle des Kommunalen Integrationsmanagements ({p['vzae_text']}) "
                  + ("in folgender neuer Höhe:" if aenderung else "in folgender Höhe:")},
            {"tabelle": rows}]),
        ("finanzierung", "II. Finanzierungsart und zuwendungsfähige Ausgaben", [
            {"p": "Festbetragsfinanzierung. Zuwendungsfähig sind die Personalausgaben der Stelle "
                  "(höchstens 60.000 Euro je VZÄ und Jahr, anteilig nach vollen Monaten) und "
                  "Sachausgaben für Netzwerkarbeit und Veranstaltungen (höchstens 20.000 Euro je "
                  "Jahr). Overheadkosten sind nicht zuwendungsfähig."}]),
        ("auszahlung", "III. Auszahlung", [
            {"p": "Die Mittel werden auf Anforderung ausgezahlt, soweit sie innerhalb von zwei "
                  "Monaten nach der Auszahlung für fällige Zahlungen benötigt werden."}]),
        ("bericht", "IV. Jahresbericht und Verwendungsnachweis", [
            {"p": "Bis zum 15.12. jedes Jahres ist ein Jahresbericht mit dem ausgefüllten "
                  "Fragebogen des Fachreferats vorzulegen; der Verwendungsnachweis ist innerhalb "
                  "von sechs Monaten nach Ablauf des Bewilligungszeitraums vorzulegen."}]),
        ("nebenbestimmungen", "V. Nebenbestimmungen", [
            {"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
                  "kommunale Körperschaften (ANBest-K) sind Bestandteil dieses Bescheids. Nicht "
                  "verwendete Mittel sind nach § 49a VwVfG zu erstatten und zu verzinsen."}]),
        ("begruendung", "VI. Begründung", [
            {"p": "Rechtsgrundlage sind § 44 LHO und das Konzept Kommunales "
                  "Integrationsmanagement. Die Förderung ist eine freiwillige Leistung; ein "
                  "Rechtsanspruch besteht nicht. Ich habe im Rahmen pflichtgemäßen Ermessens und "
                  "der verfügbaren Haushaltsmittel entschieden."
                  + (" " + p["begruendung_zusatz"] if p.get("begruendung_zusatz") else "")}]),
        ("rbb", "VII. Rechtsbehelfsbelehrung", [{"p": rbb}]),
    ]
    out += _teile(p, teile)
    if "zeichnung" not in p.get("ohne", ()):
        out += [{"p": x} for x in p.get("zeichnung", ["Mit freundlichen Grüßen", "Im Auftrag",
                                                       "Dr. Miriam Kessler"])]
    return out


# --- Vorlage of a council information system ------------------------------------------------


def vorlage(p: dict) -> list[dict]:
    out = _kopf_zeilen(p)
    out += [{"titel": p.get("vorlagenart", "Unterrichtungsvorlage")}]
    kopf = [["Vorlage-Nr.", p["nr"]], ["Datum", p["datum"]], ["Federführung", p["amt"]]]
    if "betreff" not in p.get("ohne", ()):
        kopf.append([p.get("betreff_label", "Betreff"), p["betreff"]])
    out.append({"formular": kopf})
    if "beratung" not in p.get("ohne", ()):
        out += [{"fett": p.get("beratung_label", "Beratungsfolge")},
                {"tabelle": [["Datum", "Gremium", "Zuständigkeit", "Status"],
                             *p.get("beratung", [[p["sitzung"], "Ausschuss für Soziales und "
                                                  "Integration", "Kenntnisnahme", "öffentlich"]])]}]
    if p.get("finanz", True):
        out.append({"formular": [["Finanzielle Auswirkungen", p.get("finanz_text",
                                  "ja ☒   nein ☐ – Landesförderung (Zuweisung des MFFKI)")]]})
    if p.get("beschlussvorschlag"):
        out += [{"fett": "Beschlussvorschlag"}, {"p": p["beschlussvorschlag"]}]
    teile = [
        ("hintergrund", "Sachverhalt", [{"p": p.get("hintergrund", "Das Land fördert seit dem "
                                                    "11.08.2025 mit dem Programm „Kommunales Integrationsmanagement“ "
                                                    "die Stelle einer Integrationsmanagerin bzw. eines "
                                                    "Integrationsmanagers mit bis zu 60 T€ je Vollzeitäquivalent und "
                                                    "Jahr sowie Sachkosten bis 20 T€ jährlich.")}]),
        ("umsetzung", "Umsetzung", [{"p": p.get("umsetzung", "Die Stelle ist im Amt für Soziales "
                                                "angesiedelt und arbeitet mit der Steuerungsgruppe Integration und "
                                                "der DBKI zusammen.")}]),
        ("sachstand", "Sachstand", [{"p": p["sachstand"]}]
         + ([{"tabelle": p["sachstand_tabelle"]}] if p.get("sachstand_tabelle") else [])),
    ]
    out += _teile(p, teile)
    if p.get("anlagen"):
        out += [{"fett": "Anlagen"}, {"liste": p["anlagen"]}]
    out += [{"p": x} for x in p.get("zeichnung", [])]
    return out


def kopfzeile(e) -> str:
    """The running line of a council system's print view."""
    standard = {"bescheid": "MFFKI · E-Akte · Ausdruck",
                "antrag": f"{e.parameter.get('kommune', 'Kommune')} · Ausdruck"}
    return e.parameter.get("ris", standard.get(e.art, "Bürgerinfo · Sitzungsdienst · Druckansicht"))


BUILDERS = {
    "b15-antrag-brief": antrag_brief,
    "b15-antrag-formular": antrag_formular,
    "b15-jahresbericht": jahresbericht,
    "b15-bescheid": bescheid,
    "b15-vorlage": vorlage,
}
