"""Contents of the twenty-second held-out corpus (manifest_blind22.yaml), issue 19 item 4.

How it was written: from the guideline's rule page and data file (kim-rlp-2025.md/.yaml), the
list of eligible Kommunen, the domain notes and the real Koblenz Vorlage alone, by an author who
had not seen the checker's fact layer, its readers or rules, nor any earlier corpus. The
expectation of every document (verdict and violated codes, with the arithmetic in `notiz`) was
written into the manifest before the checker had run on any of them.

What is new in this round: edge cases of time and eligibility as real files present them –
periods crossing years and starting or ending inside a month (only full calendar months count),
plans over two or three Haushaltsjahre with the caps pro rata per year, a post filled late or
left early, staff changing extent during the year, Anträge dated just before or after the
application window, Jahresberichte dated on, before or after the 15th of December,
Verbandsgemeinden, verbandsfreie Gemeinden and große kreisangehörige Städte beside Landkreise and
kreisfreie Städte, two-year Bescheide with the amounts per year and Vorlagen deciding on a
multi-year grant. Five builders (letter-style Antrag, form-style Antrag, Jahresbericht, Bescheid,
Vorlage); every figure the expectation depends on is a manifest parameter.
"""

from __future__ import annotations

from decimal import Decimal


def kopfzeile(e) -> str:
    p = e.parameter
    return p.get("ris", f"Bürgerinfo {p.get('kommune', 'Kommune')} · Druckansicht")


# --- amounts -------------------------------------------------------------------------------

def _de(x: Decimal, decimals: int) -> str:
    q = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
    s = f"{Decimal(x).quantize(q):,.{decimals}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def betrag(x, stil: str = "euro") -> str:
    """One amount in the writer's habit."""
    x = Decimal(str(x))
    ganz = x == x.to_integral_value()
    if stil == "euro":          # 60.000,00 €
        return f"{_de(x, 2)} €"
    if stil == "eur":           # 60.000 EUR
        return f"{_de(x, 0 if ganz else 2)} EUR"
    if stil == "eur-strich":    # EUR 60.000,-
        return f"EUR {_de(x, 0)},-" if ganz else f"EUR {_de(x, 2)}"
    if stil == "strich":        # 60.000,--
        return f"{_de(x, 0)},--" if ganz else _de(x, 2)
    if stil == "teur":          # 60 T€ / 16,5 T€
        t = x / 1000
        return f"{_de(t, 0 if t == t.to_integral_value() else 1)} T€"
    if stil == "tsd":           # 60 Tsd. EUR
        t = x / 1000
        return f"{_de(t, 0 if t == t.to_integral_value() else 1)} Tsd. EUR"
    if stil == "nackt":         # bare, under a header "in EUR"
        return _de(x, 2)
    raise ValueError(stil)


def _d(x) -> Decimal:
    return Decimal(str(x))


# --- common pieces -------------------------------------------------------------------------

def _personal(p: dict) -> list[dict]:
    """Staff as a table (name / function / extent / from / until) or in prose."""
    out: list[dict] = []
    rows = p.get("personal", [])
    if p.get("personal_stil", "tabelle") == "tabelle":
        kopf = p.get("personal_kopf", ["Name", "Funktion", "Stellenumfang", "von", "bis"])
        out.append({"tabelle": [kopf] + [list(r) for r in rows]})
    else:
        for r in p.get("personal_prosa", []):
            out.append({"p": r})
    for r in p.get("personal_zusatz", []):
        out.append({"p": r})
    return out


def _plan(p: dict) -> list[dict]:
    """The cost and financing plan, years as columns ("spalten") or as rows ("zeilen")."""
    jahre = p["plan"]  # list of {jahr, pk_kosten, pk_zuw, sk: [[item, amount]], eigen?}
    stil = p.get("betrag_stil", "euro")
    fmt = (lambda x: betrag(x, "nackt")) if stil == "nackt" else (lambda x: betrag(x, stil))
    summenfehler = p.get("summenfehler", {})  # {"jahr/zeile": amount as written}
    calc = []
    for j in jahre:
        sk = sum((_d(a) for _, a in j["sk"]), Decimal(0))
        pk_k = _d(j.get("pk_kosten", j["pk_zuw"]))
        aus = pk_k + sk
        zuw = _d(j["pk_zuw"]) + _d(j.get("sk_zuw", sk))
        eigen = aus - zuw
        calc.append({"jahr": str(j["jahr"]), "label": j.get("label", str(j["jahr"])),
                     "pk_k": pk_k, "pk_z": _d(j["pk_zuw"]), "sk_items": j["sk"], "sk": sk,
                     "sk_z": _d(j.get("sk_zuw", sk)), "aus": aus, "zuw": zuw, "eigen": eigen})

    def wert(c, zeile, x):
        key = f"{c['jahr']}/{zeile}"
        return summenfehler[key] if key in summenfehler else fmt(x)

    out: list[dict] = []
    if p.get("plan_stil", "spalten") == "spalten":
        head = ["Position" + (" (in EUR)" if stil == "nackt" else "")] + [c["label"] for c in calc]
        rows = [head, ["Personalkosten Integrationsmanagement"] + [fmt(c["pk_k"]) for c in calc]]
        items = [it for it, _ in calc[0]["sk_items"]]
        for n, it in enumerate(items):
            rows.append([f"Sachkosten: {it}"] + [fmt(_d(c["sk_items"][n][1])) for c in calc])
        rows.append(["Summe Sachkosten"] + [wert(c, "sk", c["sk"]) for c in calc])
        rows.append(["Gesamtausgaben"] + [wert(c, "aus", c["aus"]) for c in calc])
        out.append({"tabelle": rows})
        out.append({"fett": p.get("fin_titel", "Finanzierung")})
        fin = [head,
               ["beantragte Zuwendung Personalkosten"] + [fmt(c["pk_z"]) for c in calc],
               ["beantragte Zuwendung Sachkosten"] + [fmt(c["sk_z"]) for c in calc],
               ["Eigenanteil der Kommune"] + [fmt(c["eigen"]) for c in calc],
               ["Gesamtfinanzierung"] + [wert(c, "fin", c["aus"]) for c in calc]]
        out.append({"tabelle": fin})
    else:
        head = ["Haushaltsjahr", "Personalkosten", "Sachkosten", "Gesamtausgaben",
                "Zuwendung (beantragt)", "Eigenanteil", "Gesamtfinanzierung"]
        if stil == "nackt":
            head = [h + (" in EUR" if i else "") for i, h in enumerate(head)]
        rows = [head]
        for c in calc:
            rows.append([c["label"], fmt(c["pk_k"]), wert(c, "sk", c["sk"]),
                         wert(c, "aus", c["aus"]), fmt(c["zuw"]), fmt(c["eigen"]),
                         wert(c, "fin", c["aus"])])
        out.append({"tabelle": rows})
        out.append({"p": "Davon entfallen auf die beantragte Zuwendung je Haushaltsjahr:"})
        out.append({"liste": [f"{c['label']}: Personalkosten {fmt(c['pk_z'])}, Sachkosten "
                              f"{fmt(c['sk_z'])}" for c in calc]})
        sk_rows = [["Sachkosten im Einzelnen"] + [c["label"] for c in calc]]
        for n, (it, _) in enumerate(calc[0]["sk_items"]):
            sk_rows.append([it] + [fmt(_d(c["sk_items"][n][1])) for c in calc])
        sk_rows.append(["Summe"] + [wert(c, "sk", c["sk"]) for c in calc])
        out.append({"tabelle": sk_rows})
    for z in p.get("plan_zusatz", []):
        out.append({"p": z})
    return out


def _erklaerungen(p: dict) -> list[dict]:
    art = p.get("erklaerungen", "liste")
    texte = p.get("erklaerung_texte", [
        "Für das Vorhaben werden keine weiteren Fördermittel des Landes, des Bundes oder der EU "
        "beantragt oder in Anspruch genommen (keine Doppelförderung).",
        "Mit der Maßnahme wurde vor Bekanntgabe des Bewilligungsbescheids nicht begonnen, "
        "soweit nicht ein vorzeitiger Maßnahmebeginn zugelassen wurde.",
        "Die Angaben in diesem Antrag sind vollständig und richtig."])
    if art == "keine":
        return []
    out = [{"h1": p.get("erklaerung_titel", "Erklärungen")}]
    if art == "liste":
        out.append({"p": "Die Antragstellerin erklärt:"})
        out.append({"liste": texte})
    else:  # boxes
        leer = set(p.get("leer", []))
        out.append({"formular": [["☐" if n in leer else "☒", t] for n, t in enumerate(texte)]})
    return out


def _unterschrift(p: dict) -> list[dict]:
    u = p.get("unterschrift")
    out = [{"rechts": p["ort_datum"]}] if p.get("ort_datum") else []
    if u is None:
        return out
    out.append({"fett": p.get("unterschrift_titel", "Ort, Datum, Unterschrift")})
    for line in u:
        out.append({"p": line})
    return out


# --- Antrag as a letter --------------------------------------------------------------------

def antrag_brief(p: dict) -> list[dict]:
    out: list[dict] = [{"briefkopf": p["briefkopf"]}]
    for z in p.get("adresse", ["Ministerium für Familie, Frauen, Kultur und Integration",
                               "Rheinland-Pfalz", "Referat Integration",
                               "Kaiser-Friedrich-Straße 5a", "55116 Mainz"]):
        out.append({"p": z})
    if p.get("az"):
        out.append({"p": p["az"]})
    out.append({"rechts": p["datum_zeile"]})
    out.append({"titel": p.get("titel", "Antrag auf Gewährung einer Zuwendung nach dem "
                                         "Programm „Kommunales Integrationsmanagement“ (KIM)")})
    out.append({"p": p.get("anrede", "Sehr geehrte Damen und Herren,")})
    out.append({"p": p["einleitung"]})
    out.append({"h1": p.get("h_antragsteller", "1. Antragsteller")})
    for z in p["antragsteller"]:
        out.append({"p": z})
    if p.get("ansprechperson", True):
        out.append({"h1": p.get("h_ansprech", "2. Ansprechperson")})
        out.append({"p": p.get("ansprech_text", "Frau Sabine Kettern, Sachgebiet Integration, "
                                                "Durchwahl -214, integration@verwaltung.example")})
    out.append({"h1": p.get("h_stelle", "3. Angaben zur Stelle")})
    out += _personal(p)
    out.append({"h1": p.get("h_anbindung", "4. Organisatorische Anbindung")})
    out.append({"p": p["anbindung"]})
    out.append({"h1": p.get("h_aufgaben", "5. Aufgaben und Schwerpunkte")})
    out.append({"liste": p.get("aufgaben", [
        "Bestandsaufnahme der Integrationsangebote (Sprache, Bildung, Wohnen, Arbeitsmarkt)",
        "Aufbau einer Steuerungsgruppe Integration mit Jobcenter, Ausländerbehörde und Trägern",
        "Fortschreibung des Integrationskonzepts und Berichterstattung an das MFFKI"])})
    out.append({"h1": p.get("h_konzept", "6. Integrationskonzept")})
    out.append({"p": p.get("konzept", "Ein Integrationskonzept wurde 2019 beschlossen; es soll bis "
                                      "2027 fortgeschrieben werden.")})
    out.append({"h1": p.get("h_zeitraum", "7. Förderzeitraum")})
    out.append({"p": p["zeitraum"]})
    out.append({"h1": p.get("h_plan", "8. Kosten- und Finanzierungsplan")})
    out += _plan(p)
    out += _erklaerungen(p)
    out.append({"p": "Mit freundlichen Grüßen"})
    out += _unterschrift(p)
    if p.get("anlagen"):
        out.append({"fett": "Anlagen"})
        out.append({"liste": p["anlagen"]})
    if p.get("fusszeile"):
        out.append({"fusszeile": p["fusszeile"]})
    return out


# --- Antrag as a form ----------------------------------------------------------------------

def antrag_formular(p: dict) -> list[dict]:
    out: list[dict] = []
    if p.get("briefkopf"):
        out.append({"briefkopf": p["briefkopf"]})
    out.append({"titel": p.get("titel", "Antragsformular KIM – Kommunales Integrationsmanagement "
                                         "Rheinland-Pfalz")})
    out.append({"p": p.get("eingang", "Eingangsvermerk MFFKI: ____________")})
    out.append({"h1": "A. Antragsteller"})
    out.append({"formular": [[a, b] for a, b in p["antragsteller_form"]]})
    if p.get("ansprechperson", True):
        out.append({"h1": "B. Ansprechperson"})
        out.append({"formular": [["Name", p.get("ansprech_name", "Herr Jonas Reuter")],
                                 ["Telefon", p.get("ansprech_tel", "0621 5909-3312")],
                                 ["E-Mail", p.get("ansprech_mail", "integration@kv.example")]]})
    out.append({"h1": "C. Angaben zur Stelle"})
    out += _personal(p)
    out.append({"h1": "D. Organisatorische Anbindung"})
    out.append({"formular": [["Amt / Abteilung", p["anbindung"]]]})
    out.append({"h1": "E. Aufgaben und Schwerpunkte"})
    out.append({"p": p.get("aufgaben_text", "Koordination der Integrationsarbeit im Kreisgebiet, "
                                            "Netzwerkarbeit, Bestandsaufnahme der Angebote, "
                                            "Steuerungsgruppe, Fortschreibung der "
                                            "Integrationsstrategie.")})
    out.append({"h1": "F. Integrationskonzept"})
    box = p.get("konzept_box", "☒ ja, beschlossen am 14.03.2022   ☐ nein")
    out.append({"formular": [["Liegt ein örtliches Integrationskonzept vor?", box]]})
    out.append({"h1": "G. Bewilligungszeitraum"})
    out.append({"formular": [["beantragt", p["zeitraum"]]]})
    out.append({"h1": "H. Finanzierungsplan"})
    out += _plan(p)
    p2 = dict(p)
    p2.setdefault("erklaerungen", "kaestchen")
    p2.setdefault("erklaerung_titel", "I. Erklärungen")
    out += _erklaerungen(p2)
    out.append({"h1": "K. Ort, Datum, Unterschrift"})
    out.append({"formular": [["Ort, Datum", p["ort_datum_form"]],
                             ["Unterschrift", p.get("unterschrift_form", "")]]})
    if p.get("fusszeile"):
        out.append({"fusszeile": p["fusszeile"]})
    return out


# --- Jahresbericht -------------------------------------------------------------------------

_JB_TEILE = {
    "personal": "Personelle Besetzung",
    "infrastruktur": "Bestandsaufnahme und Handlungsfelder",
    "vernetzung": "Netzwerkarbeit vor Ort",
    "interkommunal": "Interkommunaler Austausch",
    "oeffentlichkeit": "Presse- und Öffentlichkeitsarbeit",
    "land": "Zusammenarbeit mit MFFKI und DBKI",
    "konzept": "Stand des Integrationskonzepts",
    "mittel": "Mittelverwendung",
    "ausblick": "Ausblick",
}
_JB_TEXT = {
    "infrastruktur": "Die Bestandsaufnahme der Angebote in Sprache, Bildung, Wohnen und "
                     "Arbeitsmarkt ist abgeschlossen; Lücken bestehen bei Sprachkursen mit "
                     "Kinderbetreuung. Die Steuerungsgruppe Integration tagt vierteljährlich.",
    "vernetzung": "Regelmäßige Runden mit Jobcenter, Ausländerbehörde, Migrationsberatung und "
                  "den Ehrenamtsinitiativen; Vorstellung im Sozialausschuss.",
    "interkommunal": "Austausch mit den Integrationsmanagerinnen der Nachbarkommunen in einer "
                     "regionalen Runde (dreimal im Jahr).",
    "oeffentlichkeit": "Pressemitteilungen zur Interkulturellen Woche, eine Seite im "
                       "Internetauftritt, Flyer in sechs Sprachen.",
    "land": "Teilnahme an allen Jour-fixe-Terminen des Fachreferats und an zwei Workshops der "
            "DBKI.",
    "konzept": "Die Fortschreibung des Integrationskonzepts ist begonnen; ein Entwurf soll im "
               "zweiten Quartal des Folgejahres dem Ausschuss vorgelegt werden.",
    "ausblick": "Im kommenden Jahr stehen die Fortschreibung des Konzepts und ein Fachtag im "
                "Mittelpunkt.",
}


def jahresbericht(p: dict) -> list[dict]:
    out: list[dict] = []
    if p.get("briefkopf"):
        out.append({"briefkopf": p["briefkopf"]})
    out.append({"titel": p["titel"]})
    for z in p.get("kopf", []):
        out.append({"p": z})
    teile = dict(_JB_TEILE, **p.get("teilnamen", {}))
    ohne = set(p.get("ohne", []))
    n = 0
    for key in ("personal", "infrastruktur", "vernetzung", "interkommunal", "oeffentlichkeit",
                "land", "konzept", "mittel", "ausblick"):
        if key in ohne:
            continue
        n += 1
        out.append({"h1": f"{n}. {teile[key]}" if p.get("nummern", True) else teile[key]})
        if key == "personal":
            out += _personal(p)
        elif key == "mittel":
            out += _mittel(p)
        else:
            out.append({"p": p.get("texte", {}).get(key, _JB_TEXT[key])})
    if p.get("anlagen"):
        out.append({"fett": "Anlagen"})
        out.append({"liste": p["anlagen"]})
    out.append({"rechts": p["ort_datum"]})
    for z in p.get("zeichnung", []):
        out.append({"p": z})
    if p.get("fusszeile"):
        out.append({"fusszeile": p["fusszeile"]})
    return out


def _mittel(p: dict) -> list[dict]:
    stil = p.get("betrag_stil", "euro")
    fmt = lambda x: betrag(x, stil)  # noqa: E731
    out: list[dict] = []
    if p.get("mittel_vorab"):
        out.append({"p": p["mittel_vorab"]})
    rows = [p.get("mittel_kopf", ["Haushaltsjahr / Position", "bewilligt", "verausgabt"])]
    for j in p["mittel"]:  # {label, pk_bew, pk_ist, sk_bew, sk_ist, zusatz?: [[label, bew, ist]]}
        rows.append([f"{j['label']} Personalkosten", fmt(j["pk_bew"]), fmt(j["pk_ist"])])
        rows.append([f"{j['label']} Sachkosten", fmt(j["sk_bew"]), fmt(j["sk_ist"])])
        for lab, bew, ist in j.get("zusatz", []):
            rows.append([f"{j['label']} {lab}", fmt(bew), fmt(ist)])
        bew = _d(j["pk_bew"]) + _d(j["sk_bew"]) + sum((_d(b) for _, b, _ in j.get("zusatz", [])),
                                                      Decimal(0))
        ist = _d(j["pk_ist"]) + _d(j["sk_ist"]) + sum((_d(i) for _, _, i in j.get("zusatz", [])),
                                                      Decimal(0))
        rows.append([f"Summe {j['label']}", j.get("summe_bew", fmt(bew)),
                     j.get("summe_ist", fmt(ist))])
    out.append({"tabelle": rows})
    for z in p.get("mittel_nach", []):
        out.append({"p": z})
    return out


# --- Bescheid ------------------------------------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    stil = p.get("betrag_stil", "euro")
    fmt = lambda x: betrag(x, stil)  # noqa: E731
    out: list[dict] = [{"briefkopf": [
        "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
        "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]}]
    for z in p["empfaenger"]:
        out.append({"p": z})
    out.append({"formular": [["Mein Aktenzeichen", p["az"]],
                             ["Ihr Schreiben vom", p["antrag_vom"]],
                             ["Ansprechpartner/-in", "Frau Dr. Lindemann"],
                             ["Datum", p["datum"]]]})
    out.append({"titel": p.get("titel", "Zuwendungsbescheid")})
    out.append({"p": p.get("betreff", "Kommunales Integrationsmanagement Rheinland-Pfalz (KIM); "
                                      "Ihr Antrag auf Gewährung einer Zuweisung")})
    out.append({"p": "Sehr geehrte Damen und Herren,"})
    ohne = set(p.get("ohne", []))
    h = p.get("h", {})
    out.append({"h1": h.get("bewilligung", "1. Bewilligung")})
    out.append({"p": p["tenor"]})
    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"]]
    for j in p["jahre"]:  # {label, pk, sk, summe?}
        rows.append([j["label"], fmt(j["pk"]), fmt(j["sk"]),
                     j.get("summe", fmt(_d(j["pk"]) + _d(j["sk"])))])
    if len(p["jahre"]) > 1:
        pk = sum((_d(j["pk"]) for j in p["jahre"]), Decimal(0))
        sk = sum((_d(j["sk"]) for j in p["jahre"]), Decimal(0))
        rows.append(["Gesamt", fmt(pk), fmt(sk), p.get("gesamt", fmt(pk + sk))])
    out.append({"tabelle": rows})
    out.append({"h1": h.get("finanzierung", "2. Finanzierungsart und zuwendungsfähige Ausgaben")})
    out.append({"p": p.get("finanzierung_text", "Die Zuwendung wird als Festbetragsfinanzierung "
                           "gewährt. Zuwendungsfähig sind die Personalausgaben der Stelle bis "
                           "60.000 Euro je Vollzeitäquivalent und Jahr sowie Sachausgaben bis "
                           "20.000 Euro je Jahr, jeweils anteilig nach vollen Kalendermonaten des "
                           "Bewilligungszeitraums. Overheadkosten sind nicht zuwendungsfähig.")})
    out.append({"h1": h.get("auszahlung", "3. Auszahlung")})
    out.append({"p": "Die Mittel werden auf Anforderung ausgezahlt, soweit sie innerhalb von zwei "
                     "Monaten nach der Auszahlung für fällige Zahlungen benötigt werden."})
    out.append({"h1": h.get("bericht", "4. Jahresbericht und Verwendungsnachweis")})
    out.append({"p": p.get("bericht_text", "Bis zum 15. Dezember eines jeden Jahres ist ein "
                           "Jahresbericht mit dem ausgefüllten Fragebogen des Fachreferats "
                           "vorzulegen. Der Verwendungsnachweis ist innerhalb von sechs Monaten "
                           "nach Ablauf des Bewilligungszeitraums vorzulegen.")})
    out.append({"h1": h.get("nebenbestimmungen", "5. Nebenbestimmungen")})
    out.append({"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
                     "kommunale Körperschaften (ANBest-K) in der am Tag dieses Bescheids "
                     "geltenden Fassung sind Bestandteil dieses Bescheids. Nicht verwendete "
                     "Mittel sind nach § 49a VwVfG zu erstatten und zu verzinsen."})
    if "begruendung" not in ohne:
        out.append({"h1": h.get("begruendung", "6. Begründung")})
        out.append({"p": "Die Zuwendung ist eine freiwillige Leistung des Landes; ein "
                         "Rechtsanspruch besteht nicht. Nach pflichtgemäßem Ermessen und im "
                         "Rahmen der verfügbaren Haushaltsmittel wird die Zuwendung auf der "
                         "Grundlage des § 44 LHO und der Förderrichtlinie KIM gewährt."})
    if "rbb" not in ohne:
        out.append({"h1": h.get("rbb", "Rechtsbehelfsbelehrung")})
        out.append({"p": p["rbb"]})
    out.append({"p": "Mit freundlichen Grüßen"})
    for z in p.get("zeichnung", ["Im Auftrag", "gez. Dr. Anke Lindemann"]):
        out.append({"p": z})
    out.append({"fett": "Anlage"})
    out.append({"liste": ["ANBest-K"]})
    if p.get("fusszeile"):
        out.append({"fusszeile": p["fusszeile"]})
    return out


# --- Vorlage -------------------------------------------------------------------------------

def vorlage(p: dict) -> list[dict]:
    out: list[dict] = []
    if p.get("briefkopf"):
        out.append({"briefkopf": p["briefkopf"]})
    out.append({"titel": p["titel"]})
    kopf = [["Vorlage-Nr.", p["nr"]], ["Datum", p["datum"]], ["Dezernat / Amt", p["amt"]],
            ["Aktenzeichen", p.get("az", "50/51-12")]]
    if p.get("betreff_label", "Betreff") is not None:
        kopf.append([p.get("betreff_label", "Betreff"), p["betreff"]])
    out.append({"formular": kopf})
    ohne = set(p.get("ohne", []))
    h = p.get("h", {})
    if "gremien" not in ohne:
        out.append({"h1": h.get("gremien", "Beratungsfolge")})
        out.append({"tabelle": [["Datum", "Gremium", "Zuständigkeit", "Status"]]
                    + [list(r) for r in p["gremien"]]})
    if p.get("beschlussvorschlag"):
        out.append({"h1": "Beschlussvorschlag"})
        out.append({"p": p["beschlussvorschlag"]})
    for key, default in (("hintergrund", "Sachverhalt"), ("umsetzung", "Umsetzung"),
                         ("sachstand", "Sachstand")):
        if key in ohne:
            continue
        out.append({"h1": h.get(key, default)})
        for z in p["texte"][key]:
            out.append({"p": z})
        if key == "umsetzung" and p.get("finanz_tabelle"):
            out.append({"tabelle": p["finanz_tabelle"]})
    if p.get("finanz"):
        out.append({"h1": "Finanzielle Auswirkungen"})
        out.append({"p": p["finanz"]})
    if "anlagen" not in ohne:
        out.append({"h1": "Anlagen"})
        out.append({"liste": p.get("anlagen", ["Schreiben des MFFKI"])})
    for z in p.get("zeichnung", []):
        out.append({"p": z})
    return out


BUILDERS = {
    "b22-antrag-brief": antrag_brief,
    "b22-antrag-formular": antrag_formular,
    "b22-jahresbericht": jahresbericht,
    "b22-bescheid": bescheid,
    "b22-vorlage": vorlage,
}
