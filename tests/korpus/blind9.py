"""Contents of the ninth held-out ("blind") corpus (manifest_blind9.yaml), issue 19 item 4.

How it was written: from the guideline alone – the rule page and data file of kim-rlp-2025,
the list of eligible Kommunen, the shared domain notes, the Koblenz Unterrichtungsvorlage and
the build script bauen.py – by an author who had not seen the checker's fact layer, readers,
rules, tests or any earlier corpus. Every expectation in the manifest was fixed before the
checker ran on a single document; the checker's output was never looked at.

What is new: five document shapes written as a Kreisverwaltung, a Stadtverwaltung, the
ministry and a council information system write them, with the habits varied per entry –
staff as a table with name / function / Stellenumfang / from / until or in prose, as weekly
hours with or without "/Woche" (and a document's own full-time hours), "v. H.", "%",
"Stellenanteil", "VZÄ", half and full positions; changes of person, a vacant month and a
parental leave covered; amounts as "60.000,00 €", "60.000 EUR", "EUR 60.000,-", "60 T€",
"60 Tsd. EUR", "60.000,--" and bare figures under "in EUR"; plans with Sachkosten items, a
subtotal, Eigenmittel and totals, years as columns or as rows; dates as "1. Dezember 2025",
"01.12.25", "2025-12-01", "01.12.2025"; letterheads, Aktenzeichen lines, "Seite x von y"
footers, "gez." and "i. A." signatures, Anlagen lists; label/value forms with ☒/☐ boxes;
report parts named in other words; Bescheide with "Gründe"; Vorlagen with "Beratungsfolge",
"Gegenstand" and a Beschlussvorschlag.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")


# --- notations ------------------------------------------------------------------------------

def _tsd(d: Decimal, nachkomma: int = 2) -> str:
    q = d.quantize(Decimal(1) / (10 ** nachkomma), ROUND_HALF_UP) if nachkomma else d.quantize(
        Decimal(1), ROUND_HALF_UP)
    ganz, _, rest = f"{q:f}".partition(".")
    neg = ganz.startswith("-")
    ganz = ganz.lstrip("-")
    gruppen = []
    while ganz:
        gruppen.insert(0, ganz[-3:])
        ganz = ganz[:-3]
    text = ("-" if neg else "") + ".".join(gruppen)
    return f"{text},{rest}" if rest else text


def betrag(wert, stil: str = "euro") -> str:
    """An amount in one of the notations municipalities use."""
    d = Decimal(str(wert))
    if stil == "euro":  # 60.000,00 €
        return f"{_tsd(d)} €"
    if stil == "eur":  # 60.000 EUR (cents only where there are some)
        return f"{_tsd(d, 0 if d == d.to_integral() else 2)} EUR"
    if stil == "eur-vorn":  # EUR 60.000,-
        return f"EUR {_tsd(d, 0)},-" if d == d.to_integral() else f"EUR {_tsd(d)}"
    if stil == "strich":  # 60.000,--
        return f"{_tsd(d, 0)},--" if d == d.to_integral() else _tsd(d)
    if stil == "teur":  # 60 T€ / 7,5 T€
        t = (d / 1000).normalize()
        return f"{_tsd(t, 0) if t == t.to_integral() else str(t).replace('.', ',')} T€"
    if stil == "tsd":  # 60 Tsd. EUR
        t = (d / 1000).normalize()
        return f"{_tsd(t, 0) if t == t.to_integral() else str(t).replace('.', ',')} Tsd. EUR"
    if stil == "nackt":  # under a header "in EUR"
        return _tsd(d)
    raise ValueError(stil)


def datum(iso: str, stil: str = "punkt") -> str:
    d = date.fromisoformat(iso)
    if stil == "punkt":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if stil == "kurz":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if stil == "iso":
        return d.isoformat()
    if stil == "lang":
        return f"{d.day}. {MONATE[d.month - 1]} {d.year}"
    raise ValueError(stil)


def anteil(vzae, stil: str, vollzeit: str = "39") -> str:
    """A staff share in one of the notations of the documents."""
    v = Decimal(str(vzae))
    komma = lambda x: f"{x.normalize():f}".replace(".", ",")  # noqa: E731
    if stil == "vzae":
        return f"{komma(v)} VZÄ"
    if stil == "prozent":
        return f"{komma(v * 100)} %"
    if stil == "vh":
        return f"{komma(v * 100)} v. H."
    if stil == "std":
        return f"{komma(v * Decimal(vollzeit))} Std./Woche"
    if stil == "stunden":
        return f"{komma(v * Decimal(vollzeit))} Wochenstunden"
    if stil == "anteil":
        return f"Stellenanteil {komma(v)}"
    if stil == "stelle":
        return {"1": "volle Stelle", "0.5": "halbe Stelle"}.get(f"{v.normalize():f}",
                                                                f"{komma(v)} Stelle")
    raise ValueError(stil)


def kopfzeile(e) -> str:
    k = e.parameter.get("kommune", "Rheinland-Pfalz")
    if e.art == "vorlage":
        return f"Bürgerinformationssystem {k} – Vorlage {e.parameter.get('nummer', '')}"
    return f"Dokumentenmanagement {k} – Druckansicht"


def _briefkopf(p: dict) -> list[dict]:
    lines = p.get("briefkopf")
    return [{"briefkopf": lines}] if lines else []


def _fuss(p: dict) -> list[dict]:
    return [{"fusszeile": [p["fusszeile"]]}] if p.get("fusszeile") else []


# --- Antrag ---------------------------------------------------------------------------------

def _personal(p: dict, stil: str) -> list[dict]:
    vollzeit = p.get("vollzeit", "39")
    personen = p["personen"]
    out: list[dict] = []
    if p.get("vollzeit_satz"):
        out.append({"p": p["vollzeit_satz"]})
    if p.get("personal_form", "tabelle") == "tabelle":
        rows = [["Name", "Funktion", "Stellenumfang", "Entgeltgruppe", "ab", "bis"]]
        for x in personen:
            rows.append([x["name"], x.get("funktion", "Integrationsmanagerin"),
                         x.get("umfang") or anteil(x["vzae"], x.get("stil", stil), vollzeit),
                         x.get("eg", "EG 11 TVöD"),
                         datum(x["ab"], p.get("datum_stil", "punkt")),
                         datum(x["bis"], p.get("datum_stil", "punkt")) if x.get("bis") else "–"])
        out.append({"tabelle": rows})
    else:
        for x in personen:
            wer = x["name"]
            satz = (f"{wer} ({x.get('funktion', 'Integrationsmanagerin')}) ist mit "
                    f"{x.get('umfang') or anteil(x['vzae'], x.get('stil', stil), vollzeit)} "
                    f"ab dem {datum(x['ab'], 'lang')}"
                    + (f" bis zum {datum(x['bis'], 'lang')}" if x.get("bis") else "")
                    + f" für das Integrationsmanagement vorgesehen, Eingruppierung {x.get('eg', 'EG 11 TVöD')}.")
            out.append({"p": satz})
    for extra in p.get("personal_text", []):
        out.append({"p": extra})
    return out


def _plan(p: dict) -> list[dict]:
    """Kosten- und Finanzierungsplan: Ausgaben with Sachkosten items and a subtotal, then the
    financing with the requested grant and Eigenmittel; years as columns or as rows."""
    stil = p.get("betrag_stil", "euro")
    jahre = p["plan"]
    fmt = (lambda x: betrag(x, "nackt")) if stil == "nackt" else (lambda x: betrag(x, stil))
    zeilen: list[tuple[str, dict]] = []
    labels = list(next(iter(jahre.values()))["sach"].keys())
    pl = p.get("personal_label", "Personalkosten Integrationsmanagement (AG-Brutto)")
    zeilen.append((pl, {j: Decimal(v["personal"]) for j, v in jahre.items()}))
    for lab in labels:
        zeilen.append((lab, {j: Decimal(v["sach"].get(lab, "0")) for j, v in jahre.items()}))
    sach = {j: sum(Decimal(x) for x in v["sach"].values()) for j, v in jahre.items()}
    ges = {j: Decimal(v["personal"]) + sach[j] for j, v in jahre.items()}
    zp = {j: Decimal(v["zuw_personal"]) for j, v in jahre.items()}
    zs = {j: Decimal(v["zuw_sach"]) for j, v in jahre.items()}
    eigen = {j: ges[j] - zp[j] - zs[j] for j in jahre}
    block = [("Zwischensumme Sachkosten", sach), ("Gesamtausgaben", ges),
             ("Zuwendung Land (KIM) – Personalkostenzuschuss", zp),
             ("Zuwendung Land (KIM) – Sachkostenzuschuss", zs),
             (p.get("eigen_label", "Eigenmittel"), eigen),
             ("Gesamtfinanzierung", {j: zp[j] + zs[j] + eigen[j] for j in jahre})]
    alle = zeilen + block
    kopf = p.get("plan_kopf", "Position")
    if stil == "nackt":
        kopf += " (in EUR)"
    if p.get("plan_ausrichtung", "spalten") == "spalten":
        rows = [[kopf, *[f"Haushaltsjahr {j}" for j in jahre]]]
        for lab, werte in alle:
            rows.append([lab, *[fmt(werte[j]) for j in jahre]])
        return [{"tabelle": rows}]
    # years as rows: one row per year, the items as columns (only the main lines)
    cols = [("Personalkosten", {j: Decimal(v["personal"]) for j, v in jahre.items()}),
            ("Sachkosten", sach), ("Gesamtausgaben", ges), ("Zuschuss Personal", zp),
            ("Zuschuss Sachkosten", zs), (p.get("eigen_label", "Eigenmittel"), eigen),
            ("Gesamtfinanzierung", {j: zp[j] + zs[j] + eigen[j] for j in jahre})]
    rows = [["Jahr" + (" (in EUR)" if stil == "nackt" else ""), *[c for c, _ in cols]]]
    for j in jahre:
        rows.append([str(j), *[fmt(w[j]) for _, w in cols]])
    out = [{"tabelle": rows}]
    items = [["Sachkosten im Einzelnen", *[str(j) for j in jahre]]]
    for lab in labels:
        items.append([lab, *[fmt(Decimal(v["sach"].get(lab, "0"))) for v in jahre.values()]])
    items.append(["Summe Sachkosten", *[fmt(sach[j]) for j in jahre]])
    out.append({"tabelle": items})
    return out


def _erklaerungen(p: dict, formular: bool) -> list[dict]:
    modus = p.get("erklaerungen", "ja")
    if modus == "fehlt":
        return []
    box = "☐" if modus == "unangekreuzt" else "☒"
    saetze = [("Für die beantragte Maßnahme werden keine weiteren Fördermittel des Landes, des "
               "Bundes oder der EU in Anspruch genommen (keine Doppelförderung)."),
              ("Mit der Maßnahme wurde vor Bekanntgabe des Bewilligungsbescheids nicht begonnen; "
               "ein Arbeitsvertrag für die geförderte Stelle wurde noch nicht geschlossen."),
              "Die Angaben in diesem Antrag sind vollständig und richtig."]
    kopf = p.get("erklaerungen_kopf", "Erklärungen")
    if formular:
        return [{"h1": kopf}, {"formular": [[box, s] for s in saetze]}]
    return [{"h1": kopf}, {"p": "Die Antragstellerin erklärt:"}, {"liste": saetze}]


def _unterschrift(p: dict) -> list[dict]:
    u = p.get("unterschrift")
    if not u:
        return []
    out = [{"h1": p.get("unterschrift_kopf", "Ort, Datum, Unterschrift")}] if p.get(
        "unterschrift_kopf", "Ort, Datum, Unterschrift") else []
    out.append({"p": f"{p['ort']}, {datum(p['datum'], p.get('datum_stil', 'punkt'))}"})
    out.extend({"p": line} for line in u)
    return out


def antrag(p: dict) -> list[dict]:
    formular = p.get("form") == "formular"
    ds = p.get("datum_stil", "punkt")
    out = _briefkopf(p) + _fuss(p)
    if p.get("aktenzeichen"):
        out.append({"p": f"Aktenzeichen: {p['aktenzeichen']}"})
    if p.get("an_ministerium", True):
        out.append({"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"
                         " – Referat Integration – Kaiser-Friedrich-Straße 5a, 55116 Mainz"})
    if not formular:
        out.append({"rechts": f"{p['ort']}, {datum(p['datum'], ds)}"})
    out.append({"titel": p.get("titel", "Antrag auf Gewährung einer Zuwendung für das "
                                        "Kommunale Integrationsmanagement (KIM)")})
    for s in p.get("einleitung", []):
        out.append({"p": s})
    ap = p["antragsteller"]
    out.append({"h1": p.get("antragsteller_kopf", "Antragsteller")})
    if formular:
        out.append({"formular": [["Antragstellende Körperschaft", ap["name"]],
                                 ["Anschrift", ap["anschrift"]],
                                 ["Gemeinde-/Kreisschlüssel", ap["schluessel"]],
                                 ["Art der Körperschaft", ap.get("art_text", "")]]})
    else:
        out.append({"p": f"{ap['name']}, {ap['anschrift']}"})
        out.append({"p": f"Kreisschlüssel: {ap['schluessel']}" + (
            f" – {ap['art_text']}" if ap.get("art_text") else "")})
    if p.get("ansprech", True):
        out.append({"h1": "Ansprechperson"})
        ort = p["ort"].split()[0].lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
        out.append({"p": p.get("ansprech_text", f"Frau Jana Weber, Sachgebiet Integration, "
                                                f"Tel. 0{len(ort) + 6}1 {len(p['ort']) * 7}-412, "
                                                f"integration@{ort}.example.de")})
    out.append({"h1": p.get("stelle_kopf", "Stelle und Personal")})
    out.extend(_personal(p, p.get("anteil_stil", "vzae")))
    out.append({"h1": p.get("anbindung_kopf", "Organisatorische Anbindung")})
    if formular and p.get("anbindung_box"):
        out.append({"formular": p["anbindung_box"]})
    else:
        stadt = ap["name"].startswith("Stadt")
        out.append({"p": p.get("anbindung", (
            "Die Stelle ist in der Stadtverwaltung, Amt für Soziales und Integration, "
            "Abteilung Migration, angesiedelt und der Amtsleitung unmittelbar zugeordnet."
            if stadt else "Die Stelle ist in der Kreisverwaltung, Abteilung Soziales, Referat "
            "Migration und Integration, angesiedelt."))})
    out.append({"h1": p.get("aufgaben_kopf", "Aufgaben und Schwerpunkte")})
    out.append({"liste": p.get("aufgaben", [
        "Bestandsaufnahme der Integrationsangebote und Aufbau einer Steuerungsgruppe",
        "Vernetzung der Akteure in Verwaltung, Politik und Zivilgesellschaft",
        "Koordination im Einzelfall zwischen Ausländerbehörde, Jobcenter und Beratungsstellen",
        "Öffentlichkeitsarbeit und Berichterstattung an das MFFKI"])})
    if p.get("konzept", True):
        out.append({"h1": p.get("konzept_kopf", "Integrationskonzept")})
        out.append({"p": p.get("konzept_text", "Ein örtliches Integrationskonzept wurde 2019 "
                                              "beschlossen und wird derzeit fortgeschrieben.")})
    out.append({"h1": p.get("zeitraum_kopf", "Förderzeitraum")})
    out.append({"p": p.get("zeitraum_text", f"Beantragt wird die Förderung für den Zeitraum vom "
                                           f"{datum(p['beginn'], ds)} bis {datum(p['ende'], ds)}.")})
    out.append({"h1": p.get("plan_titel", "Kosten- und Finanzierungsplan")})
    for s in p.get("plan_vortext", []):
        out.append({"p": s})
    out.extend(_plan(p))
    for s in p.get("plan_nachtext", []):
        out.append({"p": s})
    out.extend(_erklaerungen(p, formular))
    out.extend(_unterschrift(p))
    if p.get("anlagen"):
        out.append({"fett": "Anlagen"})
        out.append({"liste": p["anlagen"]})
    return out


# --- Jahresbericht --------------------------------------------------------------------------

_JB_TEXT = {
    "personal": None,
    "infrastruktur": "Die Bestandsaufnahme der Integrationsangebote wurde abgeschlossen; Lücken "
                     "bestehen bei Sprachkursen mit Kinderbetreuung und bei der Beratung im "
                     "ländlichen Raum. Eine Steuerungsgruppe tagt vierteljährlich.",
    "vernetzung": "Regelmäßige Netzwerkrunden mit Jobcenter, Ausländerbehörde, "
                  "Migrationsberatung, Schulen und Vereinen; Bericht im Sozialausschuss.",
    "interkommunal": "Austausch mit den Integrationsmanagerinnen der Nachbarkreise in einer "
                     "regionalen Arbeitsgruppe (viermal im Jahr).",
    "oeffentlichkeit": "Pressemitteilungen zur Interkulturellen Woche, ein mehrsprachiger "
                       "Wegweiser und eine Seite auf der Homepage der Verwaltung.",
    "land": "Teilnahme an den Jour-fixe-Terminen des MFFKI und an den Fachtagen der DBKI; "
            "Abstimmung der Berichterstattung mit dem Fachreferat.",
    "konzept": "Das Integrationskonzept wird fortgeschrieben; der Entwurf soll im Frühjahr "
               "dem Kreistag vorgelegt werden.",
    "mittel": None,
    "ausblick": "Im kommenden Jahr stehen die Fortschreibung des Konzepts und ein Fachtag zur "
                "Arbeitsmarktintegration an.",
}

_JB_KOEPFE = {
    "personal": "Personal", "infrastruktur": "Integrationsinfrastruktur",
    "vernetzung": "Vernetzung in der Kommune", "interkommunal": "Interkommunale Vernetzung",
    "oeffentlichkeit": "Öffentlichkeitsarbeit", "land": "Kooperation mit dem Land",
    "konzept": "Integrationskonzept", "mittel": "Mittelverwendung", "ausblick": "Ausblick",
}


def jahresbericht(p: dict) -> list[dict]:
    ds = p.get("datum_stil", "punkt")
    koepfe = {**_JB_KOEPFE, **p.get("koepfe", {})}
    fehlt = set(p.get("fehlt", []))
    out = _briefkopf(p) + _fuss(p)
    out.append({"titel": p.get("titel", f"Jahresbericht {p['jahr']} – Kommunales "
                                        "Integrationsmanagement")})
    zeitraum = p.get("zeitraum_text", f"01.01.{p['jahr']} – 31.12.{p['jahr']}")
    out.append({"p": f"{p['absender']} – Berichtszeitraum {zeitraum}"})
    out.append({"rechts": f"{p['ort']}, {datum(p['datum'], ds)}"})
    nummer = 0
    for teil in ("personal", "infrastruktur", "vernetzung", "interkommunal", "oeffentlichkeit",
                 "land", "konzept", "mittel", "ausblick"):
        if teil in fehlt:
            continue
        nummer += 1
        kopf = koepfe[teil]
        out.append({"h1": f"{nummer}. {kopf}" if p.get("nummern") else kopf})
        if teil == "personal":
            out.extend(_personal(p, p.get("anteil_stil", "vzae")))
        elif teil == "mittel":
            out.extend(_mittel(p))
        else:
            text = p.get("texte", {}).get(teil, _JB_TEXT[teil])
            if p["absender"].startswith("Stadt"):  # a city has a council, not a Kreistag
                text = text.replace("dem Kreistag", "dem Stadtrat").replace(
                    "der Nachbarkreise", "der Nachbarkommunen")
            out.append({"p": text})
    if p.get("fragebogen", True):
        out.append({"fett": "Anlagen"})
        out.append({"liste": [p.get("fragebogen_text", "Ausgefüllter Fragebogen des MFFKI zur "
                                                     "Evaluierung des KIM")]})
    else:
        out.append({"fett": "Anlagen"})
        out.append({"liste": ["Presseartikel (Auswahl)", "Protokoll der Steuerungsgruppe"]})
    for line in p.get("schluss", []):
        out.append({"p": line})
    return out


def _mittel(p: dict) -> list[dict]:
    stil = p.get("betrag_stil", "euro")
    fmt = lambda x: betrag(x, stil)  # noqa: E731
    m = p["mittel"]
    rows = [["Position" + (" (in EUR)" if stil == "nackt" else ""), "bewilligt", "verausgabt"]]
    summe_b = summe_v = Decimal(0)
    for lab, (b, v) in m.items():
        rows.append([lab, fmt(b), fmt(v)])
        summe_b += Decimal(b)
        summe_v += Decimal(v)
    rows.append(["Summe", fmt(summe_b), fmt(summe_v)])
    out = [{"p": p.get("mittel_vortext", f"Mittelverwendung im Haushaltsjahr {p['jahr']}:")},
           {"tabelle": rows}]
    for s in p.get("mittel_nachtext", []):
        out.append({"p": s})
    return out


# --- Bescheid -------------------------------------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    ds = p.get("datum_stil", "punkt")
    stil = p.get("betrag_stil", "euro")
    fehlt = set(p.get("fehlt", []))
    k = {"bewilligung": "Bewilligung", "finanzierung": "Finanzierungsart und zuwendungsfähige "
         "Ausgaben", "auszahlung": "Auszahlung", "bericht": "Jahresbericht und "
         "Verwendungsnachweis", "neben": "Nebenbestimmungen", "begruendung": "Begründung",
         "rechtsbehelf": "Rechtsbehelfsbelehrung", **p.get("koepfe", {})}
    out = [{"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration",
                          "Rheinland-Pfalz", "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]},
           *_fuss(p)]
    out.append({"p": p["empfaenger"]})
    out.append({"p": p["empfaenger_anschrift"]})
    out.append({"p": f"Mein Aktenzeichen: {p['aktenzeichen']}   Ihr Antrag vom "
                     f"{datum(p['antrag_datum'], ds)}"})
    out.append({"rechts": f"Mainz, {datum(p['datum'], ds)}"})
    out.append({"titel": "Zuwendungsbescheid (Bewilligungsbescheid)"})
    out.append({"p": "Kommunales Integrationsmanagement (KIM) – Zuweisung zur Förderung der "
                     "Stelle einer Integrationsmanagerin / eines Integrationsmanagers"})
    out.append({"p": "Sehr geehrte Damen und Herren,"})
    jahre = p["jahre"]
    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"]]
    gesamt = Decimal(0)
    for j, v in jahre.items():
        s = Decimal(v.get("summe", Decimal(v["personal"]) + Decimal(v["sach"])))
        rows.append([str(j), betrag(v["personal"], stil), betrag(v["sach"], stil), betrag(s, stil)])
        gesamt += s
    rows.append(["Gesamt", betrag(sum(Decimal(v["personal"]) for v in jahre.values()), stil),
                 betrag(sum(Decimal(v["sach"]) for v in jahre.values()), stil),
                 betrag(p.get("gesamt", gesamt), stil)])
    if "bewilligung" not in fehlt:
        out.append({"h1": k["bewilligung"]})
        out.append({"p": f"auf Ihren Antrag bewillige ich Ihnen für den "
                         f"Bewilligungszeitraum vom {datum(p['beginn'], ds)} bis "
                         f"{datum(p['ende'], ds)} eine Zuweisung zur Förderung von "
                         f"{p['stelle_text']} für das Kommunale Integrationsmanagement in Höhe von "
                         f"insgesamt {betrag(p.get('gesamt', gesamt), stil)}. Die Zuweisung verteilt "
                         "sich wie folgt auf die Haushaltsjahre:"})
        out.append({"tabelle": rows})
        for s in p.get("bewilligung_nachtext", []):
            out.append({"p": s})
    if "finanzierung" not in fehlt:
        out.append({"h1": k["finanzierung"]})
        out.append({"p": "Die Zuweisung wird als Festbetragsfinanzierung gewährt. Der "
                         "Personalkostenzuschuss beträgt bis zu 60.000 Euro je Vollzeitäquivalent "
                         "und Jahr, der Sachkostenzuschuss bis zu 20.000 Euro je Jahr, jeweils "
                         "anteilig nach vollen Kalendermonaten. Zuwendungsfähig sind die Personal-"
                         " und Sachausgaben der Stelle; Overheadkosten sind nicht zuwendungsfähig."})
    if "auszahlung" not in fehlt:
        out.append({"h1": k["auszahlung"]})
        out.append({"p": "Die Mittel werden auf Anforderung in Teilbeträgen ausgezahlt, soweit sie "
                         "innerhalb von zwei Monaten nach der Auszahlung benötigt werden."})
    if "bericht" not in fehlt:
        out.append({"h1": k["bericht"]})
        out.append({"p": "Bis zum 15. Dezember eines jeden Jahres ist ein Jahresbericht mit dem "
                         "ausgefüllten Fragebogen des MFFKI vorzulegen. Der Verwendungsnachweis ist "
                         "innerhalb von sechs Monaten nach Ablauf des Bewilligungszeitraums "
                         "vorzulegen."})
    if "neben" not in fehlt:
        out.append({"h1": k["neben"]})
        out.append({"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
                         "kommunale Körperschaften (ANBest-K) in der am Tag dieses Bescheids "
                         "geltenden Fassung sind Bestandteil dieses Bescheids. Zu erstattende "
                         "Beträge sind nach § 49a VwVfG zu verzinsen."})
        for s in p.get("neben_extra", []):
            out.append({"p": s})
    if "begruendung" not in fehlt:
        out.append({"h1": k["begruendung"]})
        out.append({"p": "Die Zuweisung beruht auf § 44 LHO und dem Konzept Kommunales "
                         "Integrationsmanagement in Rheinland-Pfalz. Die Antragstellerin ist "
                         "antragsberechtigt; die Voraussetzungen liegen vor. Im Rahmen des "
                         "pflichtgemäßen Ermessens und der verfügbaren Haushaltsmittel wird die "
                         "Zuweisung in der beantragten Höhe gewährt."})
    if "rechtsbehelf" not in fehlt:
        out.append({"h1": k["rechtsbehelf"]})
        out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage "
                         f"beim {p['gericht']} erhoben werden."})
    out.append({"p": "Mit freundlichen Grüßen"})
    out.extend({"p": line} for line in p["zeichnung"])
    if p.get("anlagen"):
        out.append({"fett": "Anlagen"})
        out.append({"liste": p["anlagen"]})
    return out


# --- Vorlage --------------------------------------------------------------------------------

def vorlage(p: dict) -> list[dict]:
    ds = p.get("datum_stil", "punkt")
    fehlt = set(p.get("fehlt", []))
    k = {"hintergrund": "Sachverhalt", "umsetzung": "Umsetzung", "sachstand": "Sachstand",
         **p.get("koepfe", {})}
    out = _briefkopf(p) + _fuss(p)
    if p.get("navigation"):
        out.append({"navigation": p["navigation"]})
    out.append({"titel": p.get("vorlagenart", "Informationsvorlage")})
    kopf = [["Vorlage-Nr.", p["nummer"]], ["Datum", datum(p["datum"], ds)],
            ["Federführung", p.get("federfuehrung", "Amt für Soziales und Integration")],
            ["Aktenzeichen", p.get("aktenzeichen", "50.3-KIM")]]
    if "betreff" not in fehlt:
        kopf.append([p.get("betreff_label", "Betreff"), p["betreff"]])
    out.append({"formular": kopf})
    if "gremien" not in fehlt:
        out.append({"fett": p.get("gremien_label", "Beratungsfolge")})
        rows = [["Datum", "Gremium", "Zuständigkeit", "Status"]]
        for d, g, z in p["gremien"]:
            rows.append([datum(d, ds), g, z, "öffentlich"])
        out.append({"tabelle": rows})
    if p.get("beschlussvorschlag"):
        out.append({"h1": "Beschlussvorschlag"})
        out.append({"p": p["beschlussvorschlag"]})
    texte = {
        "hintergrund": "Das Land Rheinland-Pfalz fördert mit dem Kommunalen "
                       "Integrationsmanagement (KIM) seit August 2025 in den Landkreisen und "
                       "kreisfreien Städten je eine Stelle mit bis zu einem Vollzeitäquivalent. "
                       "Die Förderung beträgt bis zu 60.000 Euro Personalkosten je VZÄ und bis zu "
                       "20.000 Euro Sachkosten im Jahr.",
        "umsetzung": "Die Verwaltung hat den Antrag fristgerecht gestellt; die Stelle ist im "
                     "Amt für Soziales angesiedelt. Eine Steuerungsgruppe mit Jobcenter, "
                     "Ausländerbehörde und Trägern wurde eingerichtet.",
        "sachstand": "Der Zuwendungsbescheid liegt vor. Die Stelle ist besetzt; die "
                     "Bestandsaufnahme der Angebote läuft.",
        **p.get("texte", {}),
    }
    for teil in ("hintergrund", "umsetzung", "sachstand"):
        if teil in fehlt:
            continue
        out.append({"h1": k[teil]})
        out.append({"p": texte[teil]})
        for s in p.get(f"{teil}_extra", []):
            out.append({"p": s})
    if p.get("finanzen"):
        out.append({"h1": "Finanzielle Auswirkungen"})
        out.append({"p": p["finanzen"]})
    if p.get("anlagen"):
        out.append({"h1": "Anlagen"})
        out.append({"liste": p["anlagen"]})
    out.extend({"p": line} for line in p.get("zeichnung", []))
    return out


BUILDERS = {"antrag": antrag, "jahresbericht": jahresbericht, "bescheid": bescheid,
            "vorlage": vorlage}
