"""Contents of the twelfth held-out ("blind") corpus (issue 19, item 4).

How it was written: from the guideline (kim-rlp-2025.yaml and its rule page), the list of
municipalities, the build script bauen.py and the task text alone. The author did not read
the fact layer, the readers, the rules, the checker, earlier corpus rounds or any checker
output; every expectation in manifest_blind12.yaml was fixed before the first run.

What is new: four document shapes whose habits are switched per manifest entry – a Kreis or
city letter with the letterhead in the page header, an Aktenzeichen line and a "Seite # "
footer; staff as a table (name / Funktion / Umfang / ab / bis), as prose or as a label/value
form with ☒/☐ boxes; shares as "VZÄ", "v. H.", "%", weekly hours with and without "/Woche",
"Stellenanteil", "halbe Stelle"; amounts as "60.000,00 €", "60.000 EUR", "EUR 60.000,-",
"60 T€", "60 Tsd. EUR", "60.000,--" and bare figures under "in EUR"; plans with years as
columns and an Eigenanteil; annual reports whose parts carry other names; ministry Bescheide
with "Gründe" and "Rechtsbehelfsbelehrung"; council Vorlagen with "Beratungsfolge" and
"Beschlussvorschlag".
"""

from __future__ import annotations

from decimal import Decimal

KOMMUNEN = {}


def _tsd(d: Decimal) -> str:
    s = f"{d:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def betrag(wert, stil: str) -> str:
    d = Decimal(str(wert))
    ganz = d == d.to_integral_value()
    if stil in ("teur", "tsd") and d % 1000 == 0:
        k = int(d / 1000)
        return f"{k} T€" if stil == "teur" else f"{k} Tsd. EUR"
    if stil == "EUR":
        return f"{_tsd(d)[:-3] if ganz else _tsd(d)} EUR"
    if stil == "EURpre":
        return f"EUR {_tsd(d)[:-3]},-" if ganz else f"EUR {_tsd(d)}"
    if stil == "strich":
        return f"{_tsd(d)[:-3]},--" if ganz else _tsd(d)
    if stil == "bare":
        return _tsd(d)
    return f"{_tsd(d)} €"


def _kopf(p: dict) -> list[dict]:
    out = [{"briefkopf": p["briefkopf"]}]
    if p.get("az"):
        az = p["az"]
        out.append({"p": az if az.startswith(("Az", "Aktenzeichen")) else f"Aktenzeichen: {az}"})
    if p.get("fuss"):
        out.append({"fusszeile": [p["fuss"]]})
    return out


def _plan(p: dict) -> list[dict]:
    stil = p.get("stil", "eur")
    jahre = list(p["plan"])
    kopf = "in EUR" if stil == "bare" else "Position"
    rows = [[kopf, *map(str, jahre)]]
    ausg = {j: Decimal(0) for j in jahre}
    for label, key in (("Personalkosten Integrationsmanagement", 0), ("Sachkosten", 1)):
        rows.append([label, *(betrag(p["plan"][j][key], stil) for j in jahre)])
        for j in jahre:
            ausg[j] += Decimal(str(p["plan"][j][key]))
    for label, werte in p.get("zusatzposten", []):
        rows.append([label, *(betrag(w, stil) for w in werte)])
        for j, w in zip(jahre, werte):
            ausg[j] += Decimal(str(w))
    summe = {j: Decimal(str(p.get("summe_falsch", {}).get(j, ausg[j]))) for j in jahre}
    rows.append(["Gesamtausgaben", *(betrag(summe[j], stil) for j in jahre)])
    eigen = p.get("eigen", {})
    zuw = {j: summe[j] - Decimal(str(eigen.get(j, 0))) for j in jahre}
    if "zuwendung_abw" in p:
        zuw.update({j: Decimal(str(v)) for j, v in p["zuwendung_abw"].items()})
    rows.append(["beantragte Zuwendung des Landes", *(betrag(zuw[j], stil) for j in jahre)])
    rows.append(["Eigenanteil der Kommune",
                 *(betrag(eigen.get(j, 0), stil) for j in jahre)])
    rows.append(["Gesamtfinanzierung",
                 *(betrag(zuw[j] + Decimal(str(eigen.get(j, 0))), stil) for j in jahre)])
    return [{"tabelle": rows}]


def _personal(p: dict) -> list[dict]:
    form = p.get("personal_form", "tabelle")
    st = p["stellen"]
    if form == "tabelle":
        return [{"tabelle": [["Name", "Funktion", "Umfang", "ab", "bis"], *st]},
                {"p": f"Entgeltgruppe: {p.get('eg', 'EG 11 TVöD')}."}]
    if form == "prosa":
        satz = " ".join(f"{s[0]} ist als {s[1]} mit {s[2]} vom {s[3]} bis {s[4]} eingesetzt."
                        for s in st)
        return [{"p": satz + f" Die Eingruppierung erfolgt nach {p.get('eg', 'EG 10 TVöD')}."}]
    rows = []
    for i, s in enumerate(st, 1):
        rows += [[f"Person {i}", f"{s[0]} ({s[1]})"], ["Stellenumfang", s[2]],
                 ["Besetzung", f"{s[3]} – {s[4]}"]]
    rows.append(["Entgeltgruppe", p.get("eg", "E 11 TVöD-VKA")])
    return [{"formular": rows}]


def antrag(p: dict) -> list[dict]:
    fehlt = set(p.get("fehlt", []))
    o = _kopf(p)
    o.append({"rechts": p["ortdatum"]})
    o.append({"p": "An das Ministerium für Familie, Frauen, Kultur und Integration "
                   "Rheinland-Pfalz, Kaiser-Friedrich-Straße 5a, 55116 Mainz"})
    o.append({"titel": p.get("titel", "Antrag auf Gewährung einer Zuwendung im Programm "
                                      "Kommunales Integrationsmanagement (KIM)")})
    o.append({"h1": p.get("h_antragsteller", "Antragsteller")})
    o.append({"formular": [["Kommune", p["kommune"]], ["Kreisschlüssel", p["ks"]],
                           ["Anschrift", p["anschrift"]]]})
    if "ansprech" not in fehlt:
        o.append({"h1": "Ansprechperson"})
        o.append({"p": f"{p['ansprech']}, Telefon {p.get('tel', '0261 108-4410')}, "
                       f"E-Mail {p.get('mail', 'integration@example.rlp.de')}"})
    o.append({"h1": p.get("h_stelle", "Angaben zur Stelle")})
    o += _personal(p)
    if p.get("personal_zusatz"):
        o.append({"p": p["personal_zusatz"]})
    o.append({"h1": p.get("h_anbindung", "Organisatorische Anbindung")})
    o.append({"p": p["anbindung"]})
    o.append({"h1": "Aufgaben und Schwerpunkte"})
    o.append({"liste": ["Bestandsaufnahme der Integrationsangebote und Lückenanalyse",
                        "Aufbau einer Steuerungsgruppe mit Jobcenter, Ausländerbehörde und Trägern",
                        "Koordinierung im Einzelfall und Fortschreibung des Integrationskonzepts"]})
    if "konzept" not in fehlt:
        o.append({"h1": "Integrationskonzept"})
        o.append({"p": p.get("konzept_text", "Das örtliche Integrationskonzept wurde 2019 "
                             "beschlossen und wird mit dem KIM fortgeschrieben.")})
    o.append({"h1": p.get("h_plan", "Kosten- und Finanzierungsplan")})
    o += _plan(p)
    if p.get("plan_zusatz"):
        o.append({"p": p["plan_zusatz"]})
    o.append({"h1": p.get("h_zeitraum", "Förderzeitraum")})
    o.append({"p": p["zeitraum"]})
    if "erklaerungen" not in fehlt:
        o.append({"h1": "Erklärungen"})
        box = p.get("boxen", ["☒", "☒", "☒"])
        o.append({"p": f"{box[0]} Für die Stelle wird keine weitere Förderung in Anspruch "
                       "genommen (keine Doppelförderung)."})
        o.append({"p": f"{box[1]} Mit der Maßnahme wurde vor der Bewilligung nicht begonnen."})
        o.append({"p": f"{box[2]} Die Angaben sind vollständig und richtig."})
    o.append({"h1": "Ort, Datum, Unterschrift"})
    o.append({"p": p["ortdatum"]})
    o.append({"p": p.get("zeichnung", "gez. Dr. Anna Berger, Landrätin")})
    if p.get("anlagen"):
        o.append({"fett": "Anlagen"})
        o.append({"liste": p["anlagen"]})
    return o


def jahresbericht(p: dict) -> list[dict]:
    fehlt = set(p.get("fehlt", []))
    h = {"personal": "Personelle Besetzung", "infra": "Bestandsaufnahme und Handlungsfelder",
         "vernetzung": "Netzwerkarbeit vor Ort", "interkommunal": "Interkommunaler Austausch",
         "oeff": "Presse- und Öffentlichkeitsarbeit", "land": "Zusammenarbeit mit MFFKI und DBKI",
         "konzept": "Stand des Integrationskonzepts", "mittel": "Verwendung der Mittel",
         "ausblick": "Ausblick", **p.get("namen", {})}
    stil = p.get("stil", "eur")
    o = _kopf(p)
    o.append({"titel": p.get("titel", f"Jahresbericht {p['jahr']} – Kommunales "
                                      f"Integrationsmanagement {p['kommune']}")})
    o.append({"rechts": p["ortdatum"]})
    txt = {
        "personal": None,
        "infra": "Die Bestandsaufnahme der Angebote wurde abgeschlossen; als Handlungsfeld mit "
                 "dem größten Bedarf wurde der Übergang in Ausbildung benannt.",
        "vernetzung": "Das Netzwerk Integration tagte viermal; die Steuerungsgruppe mit Jobcenter "
                      "und Ausländerbehörde trifft sich monatlich.",
        "interkommunal": "Regelmäßiger Austausch mit den Integrationsmanagerinnen der "
                         "Nachbarkreise im regionalen Arbeitskreis.",
        "oeff": "Zwei Pressemitteilungen, ein Flyer in fünf Sprachen, ein Infostand beim "
                "Kreiserntedankfest.",
        "land": "Teilnahme an allen Jour-fixe-Terminen des Fachreferats und an zwei "
                "Fachtagen der DBKI.",
        "konzept": "Die Fortschreibung des Integrationskonzepts ist für das Frühjahr im "
                   "Kreistag vorgesehen.",
        "ausblick": "Im kommenden Jahr liegt der Schwerpunkt auf der Einzelfallkoordination.",
    }
    for key in ("personal", "infra", "vernetzung", "interkommunal", "oeff", "land", "konzept",
                "mittel", "ausblick"):
        if key in fehlt:
            continue
        o.append({"h1": h[key]})
        if key == "personal":
            o += _personal(p)
            if p.get("personal_zusatz"):
                o.append({"p": p["personal_zusatz"]})
        elif key == "mittel":
            pk_b, sk_b, pk_v, sk_v = p["mittel"]
            kopf = "in EUR" if stil == "bare" else "Kostenart"
            sb = Decimal(str(pk_b)) + Decimal(str(sk_b))
            sv = Decimal(str(p.get("summe_v", Decimal(str(pk_v)) + Decimal(str(sk_v)))))
            o.append({"tabelle": [[kopf, "bewilligt", "verausgabt (aus der Zuwendung)"],
                                  ["Personalkosten", betrag(pk_b, stil), betrag(pk_v, stil)],
                                  ["Sachkosten", betrag(sk_b, stil), betrag(sk_v, stil)],
                                  ["Summe", betrag(sb, stil), betrag(sv, stil)]]})
        else:
            o.append({"p": txt[key]})
    o.append({"fett": "Anlagen"})
    o.append({"liste": p.get("anlagen", ["ausgefüllter Fragebogen des MFFKI zur Evaluierung",
                                         "Teilnehmerliste Netzwerk Integration"])})
    o.append({"p": p.get("zeichnung", "i. A. Petra Lenz, Integrationsmanagerin")})
    return o


def bescheid(p: dict) -> list[dict]:
    fehlt = set(p.get("fehlt", []))
    stil = p.get("stil", "eur")
    o = [{"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration",
                        "Rheinland-Pfalz", "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]},
         {"fusszeile": ["Seite # "]},
         {"p": f"Aktenzeichen: {p['az']}"},
         {"rechts": p["ortdatum"]},
         {"p": f"{p['empfaenger']}"},
         {"titel": "Zuwendungsbescheid – Kommunales Integrationsmanagement (KIM)"},
         {"p": f"Bezug: Ihr Antrag vom {p['antrag_vom']}"}]
    jahre = list(p["bewilligt"])
    o.append({"h1": "Bewilligung der Zuwendung"})
    o.append({"p": f"Hiermit bewillige ich Ihnen für den Zeitraum {p['zeitraum']} eine "
                   "Zuwendung als Zuweisung. Zuwendungszweck ist die Förderung der Stelle des "
                   f"Integrationsmanagements mit {p['vzae']} VZÄ."})
    rows = [["", *map(str, jahre)]]
    rows.append(["Personalkosten", *(betrag(p["bewilligt"][j][0], stil) for j in jahre)])
    rows.append(["Sachkosten", *(betrag(p["bewilligt"][j][1], stil) for j in jahre)])
    rows.append(["Gesamt", *(betrag(Decimal(str(p["bewilligt"][j][0]))
                                    + Decimal(str(p["bewilligt"][j][1])), stil) for j in jahre)])
    o.append({"tabelle": rows})
    o.append({"h1": "Finanzierungsart und zuwendungsfähige Ausgaben"})
    o.append({"p": "Die Zuwendung wird im Wege der Festbetragsfinanzierung gewährt; jeder "
                   "Betrag ist zugleich Höchstbetrag seiner Zeile im Haushaltsjahr."})
    o.append({"h1": "Auszahlung"})
    o.append({"p": "Die Mittel werden auf Abruf in Teilbeträgen ausgezahlt."})
    o.append({"h1": "Jahresbericht und Verwendungsnachweis"})
    o.append({"p": "Der Jahresbericht ist jeweils bis zum 15.12. vorzulegen, der "
                   "Verwendungsnachweis sechs Monate nach Ende des Bewilligungszeitraums."})
    o.append({"h1": "Nebenbestimmungen"})
    o.append({"p": "Die ANBest-K sind Bestandteil dieses Bescheids. Eine Erstattung ist nach "
                   "§ 49a VwVfG zu verzinsen."})
    if "begruendung" not in fehlt:
        o.append({"h1": "Gründe"})
        o.append({"p": "Auf die Zuwendung besteht kein Rechtsanspruch; ich habe mein Ermessen "
                       "nach § 44 LHO pflichtgemäß ausgeübt."})
    if "rbb" not in fehlt:
        o.append({"h1": "Rechtsbehelfsbelehrung"})
        o.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                       "Klage beim Verwaltungsgericht Mainz erhoben werden."})
    if "zeichnung" not in fehlt:
        o.append({"p": p.get("zeichnung", "Im Auftrag")})
        o.append({"p": p.get("zeichner", "Dr. Markus Heil")})
    else:
        o.append({"p": "Referat 735 – Integration"})
    return o


def vorlage(p: dict) -> list[dict]:
    fehlt = set(p.get("fehlt", []))
    o = [{"briefkopf": [p["stadt"], "Vorlage"]},
         {"formular": [["Vorlage-Nr.", p["nr"]], ["Datum", p["datum"]],
                       ["Dezernat/Amt", p.get("amt", "Dezernat III / Amt für Soziales")],
                       ["Betreff", p["betreff"]]]}]
    if "gremien" not in fehlt:
        o.append({"fett": "Beratungsfolge"})
        o.append({"tabelle": [["Datum", "Gremium", "Zuständigkeit"],
                              [p.get("sitzung", "12.03.2026"), "Sozialausschuss",
                               "Kenntnisnahme"]]})
    if p.get("beschluss"):
        o.append({"h1": "Beschlussvorschlag"})
        o.append({"p": "Der Ausschuss nimmt den Bericht zum Kommunalen "
                       "Integrationsmanagement zur Kenntnis."})
    for key, h, t in (("hintergrund", "Sachverhalt", "Das Land fördert seit August 2025 je "
                       "Landkreis und kreisfreier Stadt eine Stelle des Integrationsmanagements "
                       "mit bis zu 60.000 Euro Personal- und 20.000 Euro Sachkosten im Jahr."),
                      ("umsetzung", "Umsetzung", "Die Stelle ist im Amt für Soziales angesiedelt; "
                       "eine Steuerungsgruppe begleitet die Arbeit."),
                      ("sachstand", "Aktueller Sachstand", p.get("sachstand",
                       "Die Stelle ist seit dem 01.01.2026 mit 1,0 VZÄ besetzt."))):
        if key not in fehlt:
            o.append({"h1": h})
            o.append({"p": t})
    o.append({"fett": "Anlagen"})
    o.append({"liste": ["Präsentation KIM"]})
    o.append({"p": p.get("zeichnung", "gez. Oberbürgermeister")})
    return o


BUILDERS = {"b12-antrag": antrag, "b12-jahresbericht": jahresbericht,
            "b12-bescheid": bescheid, "b12-vorlage": vorlage}


def kopfzeile(e) -> str:
    """The council system's title line of a browser print."""
    return f"Bürgerinfo {e.parameter.get('kommune', e.parameter.get('stadt', 'Kommune'))} · Druckansicht"
