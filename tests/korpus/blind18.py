"""Contents of the eighteenth held-out corpus (manifest_blind18.yaml), issue 19, item 4.

How it was written: from the guideline's rule page (kim-rlp-2025.md), the list of Kommunen, the
build script bauen.py and general knowledge of how municipal offices write – without reading the
checker's fact layer, readers, rules or checks, any earlier corpus, or any checker output. Every
expectation in the manifest was fixed before the first build and before any run of the checker.

What is new in this round: documents typed in Word WITHOUT its structure tools – headings as
plain lines in capitals or with typed numbers ("1.)", "II.", "a."), cost plans as lines aligned
with tabs or runs of spaces instead of tables, several facts in one long paragraph, dates and
amounts in running text, hard line breaks inside paragraphs, signature blocks typed as short
lines ("gez.", "i. A."), a few ministry Bescheide and council Vorlagen written the usual way.
Amounts appear as "60.000,00 €", "60.000 EUR", "EUR 60.000,-", "60 T€", "60 Tsd. EUR",
"60.000,--" and bare figures under "in EUR"; staff as VZÄ, percent, "v. H.", weekly hours.
"""

from __future__ import annotations

from decimal import Decimal


def _de(value, places: int = 2) -> str:
    q = Decimal(str(value)).quantize(Decimal(1) / (10 ** places)) if places else Decimal(
        str(value)).quantize(Decimal(1))
    sign = "-" if q < 0 else ""
    q = abs(q)
    whole, _, frac = f"{q:f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sign + ".".join(groups)
    return out + ("," + frac if places else "")


def betrag(value, stil: str) -> str:
    """An amount in one writer's habit."""
    v = Decimal(str(value))
    if stil == "eur2":
        return f"{_de(v)} €"
    if stil == "eur":
        return f"{_de(v, 0) if v == v.to_integral() else _de(v)} EUR"
    if stil == "eurstrich":
        return f"EUR {_de(v, 0)},-" if v == v.to_integral() else f"EUR {_de(v)}"
    if stil == "te":
        t = v / 1000
        return f"{_de(t, 0) if t == t.to_integral() else _de(t, 1)} T€"
    if stil == "tsd":
        t = v / 1000
        return f"{_de(t, 0) if t == t.to_integral() else _de(t, 1)} Tsd. EUR"
    if stil == "strich2":
        return f"{_de(v, 0)},--" if v == v.to_integral() else _de(v)
    if stil == "bar":
        return _de(v)
    raise ValueError(stil)


def _kopf(stil: str, nr: str, text: str) -> dict:
    """A heading as the writer typed it."""
    if stil == "caps":
        return {"p": f"{nr}.) {text.upper()}"}
    if stil == "roemisch":
        return {"p": f"{nr}. {text}"}
    if stil == "fett":
        return {"fett": f"{nr}. {text}"}
    if stil == "h1":
        return {"h1": f"{nr}. {text}"}
    if stil == "plain":
        return {"p": text}
    raise ValueError(stil)


_ROEM = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"]


def _nummer(stil: str, i: int) -> str:
    return _ROEM[i] if stil == "roemisch" else str(i + 1)


def _planzeilen(p: dict) -> list[dict]:
    """The cost plan as tab-aligned lines, lines with runs of spaces, or a tabs block."""
    stil, form = p.get("betrag", "eur2"), p.get("planform", "tabs")
    jahre = p["jahre"]
    rows = []
    for label, werte in p["plan"]:
        rows.append([label, *(betrag(w, stil) if w is not None else "" for w in werte)])
    kopf = ["Position", *(f"{j}" + (" in EUR" if stil == "bar" else "") for j in jahre)]
    out = []
    if form == "tabs":
        out.append({"tabs": [kopf, *rows]})
    elif form == "tabzeilen":
        out.append({"p": "\t\t".join(kopf)})
        out.extend({"p": "\t\t".join(r)} for r in rows)
    elif form == "leerzeichen":
        out.append({"p": kopf[0].ljust(34) + "".join(k.rjust(16) for k in kopf[1:])})
        out.extend({"p": r[0].ljust(34) + "".join(c.rjust(16) for c in r[1:])} for r in rows)
    elif form == "fliesstext":
        satz = "; ".join(f"{r[0]} " + " und ".join(f"{c} ({j})" for c, j in zip(r[1:], jahre))
                         for r in rows)
        out.append({"p": f"Wir planen im Einzelnen: {satz}."})
    else:
        raise ValueError(form)
    return out


def _unterschrift(p: dict) -> list[dict]:
    out = [{"p": p.get("ort_datum", f"{p['ort']}, den {p['datum']}")}]
    if p.get("unterschrift", True):
        out += [{"p": p.get("gruss", "Mit freundlichen Grüßen")},
                {"p": p.get("zeichnung", "gez.")}, {"p": p["zeichner"]},
                {"p": p.get("funktion", "Landrat")}]
    else:
        out += [{"p": "_______________________________"}, {"p": "(Unterschrift)"}]
    return out


def antrag_getippt(p: dict) -> list[dict]:
    """An application typed as a letter: letterhead lines, typed headings, tab-aligned plan."""
    stil = p.get("kopfstil", "caps")
    ohne = set(p.get("ohne", ()))
    o: list[dict] = []
    if p.get("briefkopf"):
        o.append({"briefkopf": p["briefkopf"]})
    else:
        o.extend({"p": z} for z in p["absender"])
    o.append({"p": f"Aktenzeichen: {p['az']}"})
    o.append({"rechts": f"{p['ort']}, {p['datum']}"})
    o.append({"p": "Ministerium für Familie, Frauen, Kultur und Integration\nReferat 745\n"
                   "Kaiser-Friedrich-Straße 5a\n55116 Mainz"})
    o.append({"p": "Antrag auf Gewährung einer Zuwendung im Rahmen des Kommunalen "
                   "Integrationsmanagements (KIM)"})
    o.append({"p": "Sehr geehrte Damen und Herren,\nhiermit beantragen wir die Förderung der "
                   "Stelle einer Integrationsmanagerin / eines Integrationsmanagers nach dem "
                   "Konzept KIM. Die Angaben im Einzelnen:"})
    teile = [
        ("antragsteller", p.get("t_antragsteller", "Antragsteller"), [
            {"p": f"{p['antragsteller']}\n{p['anschrift']}\nKreisschlüssel {p['ks']}"}]),
        ("ansprechperson", p.get("t_ansprech", "Ansprechperson"), [
            {"p": p["ansprech"]}]),
        ("personal", p.get("t_personal", "Angaben zur Stelle"),
         [{"p": z} for z in p["personal"]]),
        ("anbindung", p.get("t_anbindung", "Organisatorische Anbindung"),
         [{"p": p["anbindung"]}]),
        ("aufgaben", p.get("t_aufgaben", "Aufgaben und Schwerpunkte"), [
            {"p": "a. Bestandsaufnahme der Integrationsangebote im " + p.get("gebiet", "Kreis")},
            {"p": "b. Aufbau einer Steuerungsgruppe Integration mit Jobcenter, "
                  "Ausländerbehörde und Migrationsberatung"},
            {"p": "c. Koordinierung im Einzelfall und Öffentlichkeitsarbeit"}]),
        ("konzept", p.get("t_konzept", "Integrationskonzept"), [
            {"p": p.get("konzept", "Ein Integrationskonzept wurde 2019 vom Kreistag "
                                   "beschlossen und soll fortgeschrieben werden.")}]),
        ("zeitraum", p.get("t_zeitraum", "Förderzeitraum"), [{"p": p["zeitraum"]}]),
        ("plan", p.get("t_plan", "Finanzierungsplan"),
         [{"p": p.get("plan_vor", "Die Kosten und die beantragte Zuwendung stellen sich wie "
                                  "folgt dar:")}, *_planzeilen(p),
          *([{"p": p["plan_nach"]}] if p.get("plan_nach") else [])]),
        ("erklaerungen", p.get("t_erkl", "Erklärungen"), [{"p": p.get(
            "erklaerung", "Wir erklären, dass für die beantragte Stelle keine weiteren "
                          "Fördermittel des Landes oder des Bundes beantragt oder bewilligt "
                          "sind (keine Doppelförderung) und dass mit der Maßnahme vor der "
                          "Bewilligung nicht begonnen wurde.")}]),
    ]
    i = 0
    for key, titel, body in teile:
        if key in ohne:
            continue
        o.append(_kopf(stil, _nummer(stil, i), titel))
        o.extend(body)
        i += 1
    if "unterschrift" not in ohne:  # without it the letter simply ends after the last part
        o.append(_kopf(stil, _nummer(stil, i), "Ort, Datum, Unterschrift"))
        o.extend(_unterschrift(p))
    if p.get("anlagen"):
        o.append({"p": "Anlagen:\n" + "\n".join(p["anlagen"])})
    if p.get("fusszeile"):
        o.append({"fusszeile": p["fusszeile"]})
    return o


def antrag_formular(p: dict) -> list[dict]:
    """A form with label/value rows and ☒/☐ declaration boxes."""
    o: list[dict] = [{"p": p["absender"][0]}, {"titel": "Antrag KIM – Formblatt"},
                     {"p": f"Eingangsstempel Ministerium: ____________   Az. {p['az']}"}]
    o.append({"fett": "1. Antragsteller"})
    o.append({"formular": [["Kommune", p["antragsteller"]], ["Anschrift", p["anschrift"]],
                           ["Kreisschlüssel", p["ks"]]]})
    o.append({"fett": "2. Ansprechpartner"})
    o.append({"formular": [["Name", p["ansprech"]]]})
    o.append({"fett": "3. Stellenbesetzung"})
    o.append({"formular": [["Person / Stellenumfang / ab", z] for z in p["personal"]]})
    o.append({"fett": "4. Organisatorische Anbindung"})
    o.append({"formular": [["Amt / Abteilung", p["anbindung"]]]})
    o.append({"fett": "5. Aufgaben und Schwerpunkte"})
    o.append({"p": "Bestandsaufnahme, Steuerungsgruppe, Netzwerkarbeit mit Ehrenamt und "
                   "Migrantenorganisationen, Koordinierung im Einzelfall."})
    o.append({"fett": "6. Integrationskonzept"})
    o.append({"formular": [["Integrationskonzept vorhanden", p.get("konzept_box", "☒ ja   ☐ nein")]]})
    o.append({"fett": "7. Förderzeitraum"})
    o.append({"formular": [["von – bis", p["zeitraum"]]]})
    o.append({"fett": "8. Finanzierungsplan"})
    o.extend(_planzeilen(p))
    o.append({"fett": "9. Erklärungen"})
    o.append({"p": f"{p.get('box1', '☒')} Für die Stelle werden keine weiteren Fördermittel "
                   "in Anspruch genommen (keine Doppelförderung)."})
    o.append({"p": f"{p.get('box2', '☒')} Mit der Maßnahme wurde vor der Bewilligung nicht "
                   "begonnen."})
    o.append({"fett": "10. Ort, Datum, Unterschrift"})
    o.extend(_unterschrift(p))
    return o


def jahresbericht_getippt(p: dict) -> list[dict]:
    """An annual report typed with its parts as plain capital or numbered lines."""
    stil = p.get("kopfstil", "caps")
    ohne = set(p.get("ohne", ()))
    o: list[dict] = []
    o.extend({"p": z} for z in p["absender"])
    o.append({"rechts": f"{p['ort']}, {p['datum']}"})
    o.append({"p": f"JAHRESBERICHT {p['jahr']} – KOMMUNALES INTEGRATIONSMANAGEMENT"
                   f"\n{p['kommune']}"})
    namen = p.get("teile", {})
    teile = [
        ("personal", namen.get("personal", "Personal"), [{"p": z} for z in p["personal"]]),
        ("infra", namen.get("infra", "Integrationsinfrastruktur"), [
            {"p": "Die Bestandsaufnahme der Angebote (Sprachkurse, Migrationsberatung, "
                  "Jugendmigrationsdienst, Ehrenamtsinitiativen) ist abgeschlossen; Lücken "
                  "bestehen bei Kinderbetreuung während der Kurse."}]),
        ("vernetzung", namen.get("vernetzung", "Vernetzung in der Kommune"), [
            {"p": "Netzwerkrunde Integration viermal im Jahr, Steuerungsgruppe mit Jobcenter "
                  "und Ausländerbehörde seit März."}]),
        ("interkommunal", namen.get("interkommunal", "Interkommunale Vernetzung"), [
            {"p": "Regelmäßiger Austausch mit den Integrationsmanagerinnen der Nachbarkreise."}]),
        ("oeffentlich", namen.get("oeffentlich", "Öffentlichkeitsarbeit"), [
            {"p": "Pressemitteilungen, Interkulturelle Woche, Flyer in sechs Sprachen."}]),
        ("land", namen.get("land", "Kooperation mit dem Land"), [
            {"p": "Teilnahme an den Jour-fixe-Terminen des MFFKI und an den Fachtagen der "
                  "DBKI."}]),
        ("konzept", namen.get("konzept", "Integrationskonzept"), [
            {"p": "Die Fortschreibung des Integrationskonzepts wurde begonnen; Beschluss ist "
                  "für Herbst nächsten Jahres vorgesehen."}]),
        ("mittel", namen.get("mittel", "Mittelverwendung"),
         [{"p": p.get("mittel_vor", f"Im Jahr {p['jahr']} wurden verausgabt:")},
          *_planzeilen(p), *([{"p": p["mittel_nach"]}] if p.get("mittel_nach") else [])]),
        ("ausblick", namen.get("ausblick", "Ausblick"), [
            {"p": "Im kommenden Jahr stehen die Verstetigung der Steuerungsgruppe und ein "
                  "Integrationsmonitoring an."}]),
    ]
    i = 0
    for key, titel, body in teile:
        if key in ohne:
            continue
        o.append(_kopf(stil, _nummer(stil, i), titel))
        o.extend(body)
        i += 1
    o.append({"p": "Anlagen:\n" + "\n".join(p.get("anlagen", ["- Fragebogen des MFFKI "
                                                               "(ausgefüllt)"]))})
    o.extend([{"p": "i. A."}, {"p": p["zeichner"]}, {"p": p.get("funktion", "Integrationsmanagerin")}])
    return o


def bescheid(p: dict) -> list[dict]:
    """A ministry Bescheid written the usual way (headings, Nebenbestimmungen, Belehrung)."""
    ohne = set(p.get("ohne", ()))
    stil = p.get("kopfstil", "h1")
    o: list[dict] = [{"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration",
                                    "Rheinland-Pfalz"]},
                     {"p": f"{p['empfaenger']}\n{p['anschrift']}"},
                     {"p": f"Aktenzeichen: {p['az']}"},
                     {"rechts": f"Mainz, {p['datum']}"},
                     {"titel": "Zuwendungsbescheid"},
                     {"p": "Kommunales Integrationsmanagement (KIM)\nIhr Antrag vom "
                           f"{p['antrag_vom']}"}]
    stil_b = p.get("betrag", "eur2")
    zeilen = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"]]
    for j, pk, sk in p["betraege"]:
        zeilen.append([str(j), betrag(pk, stil_b), betrag(sk, stil_b),
                       betrag(Decimal(str(pk)) + Decimal(str(sk)), stil_b)])
    teile = [
        ("bewilligung", p.get("t_bew", "Bewilligung"), [
            {"p": f"Auf Ihren Antrag bewillige ich der {p['empfaenger']} für den "
                  f"Bewilligungszeitraum {p['zeitraum']} eine Zuwendung als "
                  f"Festbetragsfinanzierung für {p['vzae']} VZÄ in folgender Höhe:"},
            {"tabelle": zeilen}]),
        ("finanzierung", p.get("t_fin", "Finanzierungsart und zuwendungsfähige Ausgaben"), [
            {"p": "Die Zuwendung wird als Festbetragsfinanzierung gewährt. Zuwendungsfähig "
                  "sind die Personalausgaben der Integrationsmanagerin und die Sachausgaben; "
                  "Overheadkosten sind nicht zuwendungsfähig."}]),
        ("auszahlung", p.get("t_ausz", "Auszahlung"), [
            {"p": "Die Mittel werden auf Abruf halbjährlich ausgezahlt."}]),
        ("jahresbericht", p.get("t_jb", "Jahresbericht und Verwendungsnachweis"), [
            {"p": "Bis zum 15.12. jeden Jahres ist ein Jahresbericht mit dem ausgefüllten "
                  "Fragebogen vorzulegen; der Verwendungsnachweis ist binnen sechs Monaten "
                  "nach Ablauf des Bewilligungszeitraums vorzulegen."}]),
        ("nebenbestimmungen", p.get("t_nb", "Nebenbestimmungen"), [
            {"p": "1. Die ANBest-K in der am Tag dieses Bescheids geltenden Fassung sind "
                  "Bestandteil dieses Bescheids."},
            {"p": "2. Zu erstattende Beträge sind nach § 49a VwVfG zu verzinsen."}]),
        ("begruendung", p.get("t_begr", "Begründung"), [
            {"p": "Die Voraussetzungen des Konzepts KIM liegen vor. Die Bewilligung erfolgt im "
                  "Rahmen des pflichtgemäßen Ermessens nach § 44 LHO."}]),
        ("belehrung", p.get("t_rbb", "Rechtsbehelfsbelehrung"), [{"p": p.get(
            "belehrung", "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                         f"Klage beim {p['gericht']} erhoben werden.")}]),
    ]
    i = 0
    for key, titel, body in teile:
        if key in ohne:
            continue
        o.append(_kopf(stil, _nummer(stil, i), titel))
        o.extend(body)
        i += 1
    if "zeichnung" not in ohne:
        o.extend([{"p": "Im Auftrag"}, {"p": p.get("zeichner", "Dr. Claudia Weinert")}])
    o.append({"p": "Anlage: ANBest-K"})
    return o


def vorlage(p: dict) -> list[dict]:
    """A council information document (Unterrichtungsvorlage) with a Beschlussvorschlag."""
    ohne = set(p.get("ohne", ()))
    o: list[dict] = [{"titel": p.get("titel", "Unterrichtungsvorlage")},
                     {"formular": [["Vorlagen-Nr.", p["nr"]], ["Datum", p["datum"]],
                                   ["Amt", p.get("amt", "Amt für Integration")],
                                   *([[p.get("t_betreff", "Betreff"), p["betreff"]]]
                                     if "betreff" not in ohne else [])]}]
    if "gremien" not in ohne:
        o.append({"h2": p.get("t_gremien", "Beratungsfolge")})
        o.append({"tabelle": [["Datum", "Gremium", "Zuständigkeit"],
                              *[[d, g, "Kenntnisnahme"] for d, g in p["gremien"]]]})
    teile = [
        ("hintergrund", p.get("t_hint", "Sachverhalt"), p["hintergrund"]),
        ("umsetzung", p.get("t_ums", "Umsetzung"), p.get("umsetzung", [
            "Die Stelle ist im Amt angesiedelt; Schwerpunkte sind Bestandsaufnahme, "
            "Steuerungsgruppe und Netzwerkarbeit."])),
        ("sachstand", p.get("t_stand", "Sachstand"), p["sachstand"]),
    ]
    for key, titel, body in teile:
        if key in ohne:
            continue
        o.append({"h2": titel})
        o.extend({"p": z} for z in body)
    o.append({"h2": "Beschlussvorschlag"})
    o.append({"p": p.get("beschluss", "Der Ausschuss nimmt den Bericht zur Kenntnis.")})
    o.append({"h2": "Anlagen"})
    o.append({"p": p.get("anlagen", "keine")})
    return o


BUILDERS = {
    "b18-antrag-getippt": antrag_getippt,
    "b18-antrag-formular": antrag_formular,
    "b18-jahresbericht": jahresbericht_getippt,
    "b18-bescheid": bescheid,
    "b18-vorlage": vorlage,
}


def kopfzeile(e) -> str:
    """The running line of the council information system's print view."""
    if e.art == "vorlage":
        return "Bürgerinfo · Ratsinformationssystem · Vorlage " + e.parameter.get("nr", "")
    # never the entry's name: it tells the defect ("ohne-fragebogen") and must not be text
    return "Dokumentenmanagement · Druckansicht"
