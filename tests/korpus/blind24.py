"""Contents of the twenty-fourth held-out ("blind") corpus (manifest_blind24.yaml).

How it was written: from the rule page of the guideline (kim-rlp-2025.md and its YAML), the
list of Kommunen, the README and the build script bauen.py only. The author had not seen the
checker's fact layer, its readers, rules or checks, the earlier corpora or their deviation
lists, and did not run the checker before the expectations in the manifest were fixed.

What is new: the facts stand in tables of every shape – plans with the years as columns (with a
totals column) or as rows (with a totals row), transposed, with two header rows (year over
"Ausgaben | Zuwendung"), units only in the header ("in €", "in T€", "VZÄ", "Std./Woche"),
footnote marks in cells ("60.000¹"), Sachkosten items with a subtotal, cells left empty or
with "–"; staff tables with several rows per person (a change of extent during the period);
label/value tables with ☒/☐ boxes. Around the tables: Kreis and city letters with a letterhead,
ministry Bescheide, council Vorlagen.
"""

from __future__ import annotations

from decimal import Decimal

SUP = {1: "¹", 2: "²", 3: "³"}


def betrag(x, stil: str = "eur2") -> str:
    """An amount as the writer types it."""
    d = Decimal(str(x)).quantize(Decimal("0.01"))
    ganz, _, cent = f"{d:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".").partition(",")
    if stil == "eur2":
        return f"{ganz},{cent} €"
    if stil == "eur":
        return f"{ganz} EUR" if cent == "00" else f"{ganz},{cent} EUR"
    if stil == "eurpre":
        return f"EUR {ganz},-" if cent == "00" else f"EUR {ganz},{cent}"
    if stil == "strich":
        return f"{ganz},--" if cent == "00" else f"{ganz},{cent}"
    if stil == "nackt":  # unit only in the header ("in €")
        return ganz if cent == "00" else f"{ganz},{cent}"
    if stil == "nackt2":
        return f"{ganz},{cent}"
    if stil in ("te", "te_nackt"):  # thousands, unit "T€" in the cell or only in the header
        t = (d / 1000).quantize(Decimal("0.1"))
        s = f"{t}".replace(".", ",")
        return s if stil == "te_nackt" else f"{s} T€"
    if stil == "tsd":
        t = (d / 1000).quantize(Decimal("0.1"))
        s = f"{t}".replace(".", ",").removesuffix(",0")
        return f"{s} Tsd. EUR"
    raise ValueError(stil)


def _einheit(stil: str) -> str:
    return {"nackt": " (in €)", "nackt2": " in EUR", "te_nackt": " (in T€)"}.get(stil, "")


def _zelle(x, stil, leer="–"):
    return leer if x in (0, None) else betrag(x, stil)


def plan_tabelle(p: dict) -> list[dict]:
    """The Finanzierungsplan of an Antrag as one or two tables, in the shape `p['form']`."""
    plan = {int(j): v for j, v in p["plan"].items()}
    jahre = sorted(plan)
    stil = p.get("stil", "eur2")
    form = p.get("form", "spalten")
    fn = p.get("fussnote")  # [year, text]: a footnote mark on that year's Personalkosten
    delta = Decimal(str(p.get("summe_falsch", 0)))

    def pk(j):
        return Decimal(str(plan[j]["pk"]))

    def sk(j):
        return Decimal(str(plan[j].get("sk", 0)))

    def eig(j):
        return Decimal(str(plan[j].get("eigen", 0)))

    def ov(j):
        return Decimal(str(plan[j].get("overhead", 0)))

    def mark(j, text):
        return text + SUP[1] if fn and int(fn[0]) == j else text

    out: list[dict] = []
    ovname = p.get("overhead_name", "Verwaltungskostenpauschale")
    if form == "spalten":  # years as columns, a totals column
        head = ["Position" + _einheit(stil)] + [str(j) for j in jahre] + ["Gesamt"]
        rows = [head]
        rows.append(["Personalausgaben Integrationsmanagement"]
                    + [mark(j, betrag(pk(j) + eig(j), stil)) for j in jahre]
                    + [betrag(sum(pk(j) + eig(j) for j in jahre), stil)])
        items = p.get("sk_posten")
        if items:
            for name, werte in items:
                rows.append([f"  {name}"] + [_zelle(werte.get(str(j), 0), stil) for j in jahre]
                            + [betrag(sum(Decimal(str(v)) for v in werte.values()), stil)])
            rows.append(["Zwischensumme Sachausgaben"] + [_zelle(sk(j), stil) for j in jahre]
                        + [betrag(sum(sk(j) for j in jahre), stil)])
        else:
            rows.append(["Sachausgaben"] + [_zelle(sk(j), stil) for j in jahre]
                        + [betrag(sum(sk(j) for j in jahre), stil)])
        if any(ov(j) for j in jahre):
            rows.append([ovname] + [_zelle(ov(j), stil) for j in jahre]
                        + [betrag(sum(ov(j) for j in jahre), stil)])
        ges = {j: pk(j) + eig(j) + sk(j) + ov(j) for j in jahre}
        rows.append(["Gesamtausgaben"] + [betrag(ges[j] + (delta if j == jahre[-1] else 0), stil)
                                          for j in jahre]
                    + [betrag(sum(ges.values()) + delta, stil)])
        rows.append(["beantragte Zuwendung KIM"]
                     + [betrag(pk(j) + sk(j) + ov(j), stil) for j in jahre]
                     + [betrag(sum(pk(j) + sk(j) + ov(j) for j in jahre), stil)])
        rows.append(["Eigenmittel Kommune"] + [_zelle(eig(j), stil) for j in jahre]
                    + [_zelle(sum(eig(j) for j in jahre), stil)])
        rows.append(["Gesamtfinanzierung"] + [betrag(ges[j], stil) for j in jahre]
                    + [betrag(sum(ges.values()), stil)])
        out.append({"tabelle": rows})
    elif form == "zeilen":  # years as rows, a totals row
        head = ["Haushaltsjahr", "Personalkosten", "Sachkosten", "Eigenmittel",
                "Zuwendung (beantragt)", "Gesamtausgaben"]
        head = [h + (_einheit(stil) if i else "") for i, h in enumerate(head)]
        rows = [head]
        for j in jahre:
            rows.append([str(j), mark(j, betrag(pk(j) + eig(j), stil)), _zelle(sk(j), stil),
                         _zelle(eig(j), stil), betrag(pk(j) + sk(j), stil),
                         betrag(pk(j) + eig(j) + sk(j), stil)])
        rows.append(["Summe", betrag(sum(pk(j) + eig(j) for j in jahre), stil),
                     betrag(sum(sk(j) for j in jahre), stil),
                     _zelle(sum(eig(j) for j in jahre), stil),
                     betrag(sum(pk(j) + sk(j) for j in jahre) + delta, stil),
                     betrag(sum(pk(j) + eig(j) + sk(j) for j in jahre) + delta, stil)])
        out.append({"tabelle": rows})
    elif form == "zweikopf":  # two header rows: the year over "Ausgaben | Zuwendung"
        r1 = ["Kostenart" + _einheit(stil)]
        r2 = [""]
        spans = []
        for n, j in enumerate(jahre):
            r1 += [str(j), ""]
            r2 += ["Ausgaben", "beantragte Zuwendung"]
            spans.append([0, 1 + 2 * n, 2 + 2 * n])
        rows = [r1, r2]
        rows.append(["Personalkosten"] + [c for j in jahre for c in
                                          (betrag(pk(j) + eig(j), stil), mark(j, betrag(pk(j), stil)))])
        rows.append(["Sachkosten"] + [c for j in jahre for c in
                                      (_zelle(sk(j), stil), _zelle(sk(j), stil))])
        rows.append(["Summe"] + [c for j in jahre for c in
                                 (betrag(pk(j) + eig(j) + sk(j), stil),
                                  betrag(pk(j) + sk(j) + (delta if j == jahre[-1] else 0), stil))])
        out.append({"tabelle": rows, "verbunden": spans})
        if any(eig(j) for j in jahre):
            out.append({"p": "Die Differenz zwischen Ausgaben und Zuwendung trägt die Kommune aus "
                             "Eigenmitteln: " + ", ".join(f"{j}: {betrag(eig(j), stil if 'nackt' not in stil else 'eur2')}"
                                                          for j in jahre) + "."})
    elif form == "formular":  # label/value lines
        rows = []
        for j in jahre:
            rows.append([f"Personalkostenzuschuss {j}", mark(j, betrag(pk(j), stil))])
            rows.append([f"Sachkostenzuschuss {j}", _zelle(sk(j), stil)])
            if eig(j):
                rows.append([f"Eigenmittel {j}", betrag(eig(j), stil)])
        rows.append(["Beantragte Zuwendung insgesamt",
                     betrag(sum(pk(j) + sk(j) for j in jahre) + delta, stil)])
        out.append({"formular": rows})
    else:
        raise ValueError(form)
    if fn:
        out.append({"p": f"{SUP[1]} {fn[1]}"})
    return out


def personal_tabelle(p: dict) -> list[dict]:
    rows = p["personal"]
    form = p.get("personal_form", "tabelle")
    if form == "prosa":
        return [{"p": s} for s in rows]
    kopf = p.get("personal_kopf", ["Name", "Funktion", "Stellenumfang", "von", "bis"])
    return [{"tabelle": [kopf] + [list(r) for r in rows]}]


def _kopf(p: dict) -> list[dict]:
    out = []
    if p.get("briefkopf"):
        out.append({"briefkopf": p["briefkopf"]})
    if p.get("fusszeile"):
        out.append({"fusszeile": p["fusszeile"]})
    for line in p.get("kopfzeilen", []):
        out.append({"p": line})
    return out


def antrag(p: dict) -> list[dict]:
    """A Kreis or city Antrag: letter or form, the plan and the staff as tables."""
    ohne = set(p.get("ohne", []))
    o = _kopf(p)
    o.append({"titel": p.get("titel", "Antrag auf Förderung des Kommunalen "
                                        "Integrationsmanagements (KIM)")})
    if p.get("einleitung"):
        o.append({"p": p["einleitung"]})
    o.append({"h1": p.get("h_antragsteller", "1. Antragsteller")})
    o.append({"formular": [list(r) for r in p["antragsteller"]]})
    if "ansprechperson" not in ohne:
        o.append({"h1": p.get("h_ansprech", "2. Ansprechperson")})
        o.append({"formular": [list(r) for r in p["ansprech"]]})
    o.append({"h1": p.get("h_zeitraum", "3. Förderzeitraum")})
    o.append({"p": p["zeitraum"]})
    o.append({"h1": p.get("h_stelle", "4. Stelle und Personal")})
    if p.get("stelle_text"):
        o.append({"p": p["stelle_text"]})
    o += personal_tabelle(p)
    o.append({"h1": p.get("h_org", "5. Organisatorische Anbindung")})
    o.append({"p": p["org"]})
    stadt = p["antragsteller"][0][1].startswith("Stadt")
    o.append({"h1": p.get("h_aufgaben", "6. Aufgaben und Schwerpunkte")})
    o.append({"liste": p.get("aufgaben", [
        "Aufbau und Pflege eines Netzwerks der Integrationsakteure im "
        + ("Stadtgebiet" if stadt else "Kreisgebiet"),
        "Koordinierung der Zusammenarbeit von Ausländerbehörde, Jobcenter und Sozialamt im Einzelfall",
        "Fortschreibung des Integrationskonzepts und Berichterstattung an das MFFKI"])})
    if "integrationskonzept" not in ohne:
        o.append({"h1": p.get("h_konzept", "7. Integrationskonzept")})
        o.append({"p": p.get("konzept", "Ein Integrationskonzept wurde 2021 vom "
                                         + ("Stadtrat" if stadt else "Kreistag")
                                         + " beschlossen; es wird derzeit fortgeschrieben.")})
    o.append({"h1": p.get("h_plan", "8. Finanzierungsplan")})
    if p.get("plan_text"):
        o.append({"p": p["plan_text"]})
    o += plan_tabelle(p)
    if "erklaerungen" not in ohne:
        o.append({"h1": p.get("h_erkl", "9. Erklärungen")})
        box = p.get("boxen", [True, True, True])
        texte = ["Für das Vorhaben werden keine weiteren Fördermittel des Landes oder des Bundes "
                 "in Anspruch genommen (keine Doppelförderung).",
                 "Mit der Maßnahme wurde vor der Bewilligung nicht begonnen.",
                 "Die Angaben in diesem Antrag sind vollständig und richtig."]
        o.append({"formular": [["☒" if b else "☐", t] for b, t in zip(box, texte)]})
    if "unterschrift" not in ohne:
        o.append({"h1": p.get("h_unterschrift", "10. Ort, Datum, Unterschrift")})
        o.append({"p": p["ort_datum"]})
        for line in p.get("zeichnung", ["gez. Landrat"]):
            o.append({"p": line})
    else:
        o.append({"rechts": p["ort_datum"]})
    if p.get("anlagen"):
        o.append({"fett": "Anlagen"})
        o.append({"liste": p["anlagen"]})
    return o


def jahresbericht(p: dict) -> list[dict]:
    ohne = set(p.get("ohne", []))
    o = _kopf(p)
    o.append({"titel": p["titel"]})
    o.append({"p": p["einleitung"]})
    teile = [
        ("personal", "1. Personal", None),
        ("infra", "2. Bestandsaufnahme und Handlungsfelder",
         "Die Bestandsaufnahme der Integrationsangebote wurde abgeschlossen; Lücken bestehen bei "
         "Sprachkursen mit Kinderbetreuung und bei der Begleitung zu Behörden."),
        ("vernetzung", "3. Vernetzung in der Kommune",
         "Die Netzwerkrunde Integration tagte viermal; beteiligt waren Jobcenter, Ausländerbehörde, "
         "Wohlfahrtsverbände und der Beirat für Migration und Integration."),
        ("interkommunal", "4. Interkommunale Zusammenarbeit",
         "Regelmäßiger Austausch mit den Integrationsmanagerinnen der Nachbarkreise."),
        ("oeffentlichkeit", "5. Öffentlichkeitsarbeit",
         "Zwei Pressemitteilungen, ein Faltblatt in sechs Sprachen, Aktionstag zur Woche der Vielfalt."),
        ("land", "6. Zusammenarbeit mit dem Land",
         "Teilnahme an allen Jour-fixe-Terminen des MFFKI und an zwei Fachtagen der DBKI."),
        ("konzept", "7. Stand des Integrationskonzepts",
         "Die Fortschreibung des Integrationskonzepts ist im Entwurf fertig und geht im Frühjahr "
         "in den Ausschuss."),
        ("mittel", "8. Mittelverwendung", None),
        ("ausblick", "9. Ausblick",
         "Im kommenden Jahr stehen die Einzelfallkoordination und der Aufbau einer Steuerungsgruppe "
         "im Vordergrund."),
    ]
    namen = p.get("ueberschriften", {})
    for key, h, text in teile:
        if key in ohne:
            continue
        o.append({"h1": namen.get(key, h)})
        if key == "personal":
            if p.get("personal_text"):
                o.append({"p": p["personal_text"]})
            o += personal_tabelle(p)
        elif key == "mittel":
            if p.get("mittel_text"):
                o.append({"p": p["mittel_text"]})
            o.append({"tabelle": [list(r) for r in p["mittel"]],
                      **({"verbunden": p["mittel_verbunden"]} if p.get("mittel_verbunden") else {})})
            if p.get("mittel_fussnote"):
                o.append({"p": p["mittel_fussnote"]})
        else:
            o.append({"p": text})
    o.append({"fett": "Anlagen"})
    o.append({"liste": p.get("anlagen", ["Ausgefüllter Fragebogen des MFFKI zur Evaluierung des KIM"])})
    o.append({"rechts": p["ort_datum"]})
    for line in p.get("zeichnung", ["gez. Landrat"]):
        o.append({"p": line})
    return o


def bescheid(p: dict) -> list[dict]:
    ohne = set(p.get("ohne", []))
    o = _kopf(p)
    o.append({"p": p["empfaenger"]})
    o.append({"rechts": p["ort_datum"]})
    o.append({"titel": p.get("titel", "Zuwendungsbescheid")})
    o.append({"p": "Betreff: Kommunales Integrationsmanagement (KIM) – Ihr Antrag vom "
                   + p["antrag_vom"]})
    o.append({"h1": p.get("h_bew", "1. Bewilligung")})
    o.append({"p": p["tenor"]})
    o.append({"tabelle": [list(r) for r in p["tabelle"]],
              **({"verbunden": p["verbunden"]} if p.get("verbunden") else {})})
    if p.get("tabelle_fussnote"):
        o.append({"p": p["tabelle_fussnote"]})
    o.append({"h1": p.get("h_fin", "2. Finanzierungsart und zuwendungsfähige Ausgaben")})
    o.append({"p": "Die Zuwendung wird als Festbetragsfinanzierung im Wege der Zuweisung gewährt. "
                   "Zuwendungsfähig sind die Personalausgaben der Integrationsmanagerin bzw. des "
                   "Integrationsmanagers und Sachausgaben; Overheadkosten sind nicht zuwendungsfähig."})
    if "auszahlung" not in ohne:
        o.append({"h1": p.get("h_ausz", "3. Auszahlung")})
        o.append({"p": "Die Zuwendung wird auf Anforderung in halbjährlichen Teilbeträgen ausgezahlt."})
    o.append({"h1": p.get("h_jb", "4. Jahresbericht und Verwendungsnachweis")})
    o.append({"p": "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten "
                   "Fragebogen des MFFKI vorzulegen; der Verwendungsnachweis ist binnen sechs "
                   "Monaten nach Ablauf des Bewilligungszeitraums vorzulegen."})
    o.append({"h1": p.get("h_nb", "5. Nebenbestimmungen")})
    o.append({"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
                   "kommunale Körperschaften (ANBest-K) sind Bestandteil dieses Bescheids. Erstattung "
                   "und Verzinsung richten sich nach § 49a VwVfG."})
    o.append({"h1": p.get("h_begr", "6. Begründung")})
    o.append({"p": "Die Zuwendung wird auf Grundlage des § 44 LHO und des Konzepts KIM nach "
                   "pflichtgemäßem Ermessen gewährt; die Fördervoraussetzungen liegen vor."})
    if "rbb" not in ohne:
        o.append({"h1": p.get("h_rbb", "Rechtsbehelfsbelehrung")})
        o.append({"p": p["rbb"]})
    if "zeichnung" not in ohne:
        for line in p.get("zeichnung", ["Im Auftrag", "gez. Dr. Weiland"]):
            o.append({"p": line})
    o.append({"fett": "Anlage"})
    o.append({"liste": ["ANBest-K in der am Tag dieses Bescheids geltenden Fassung"]})
    return o


def vorlage(p: dict) -> list[dict]:
    ohne = set(p.get("ohne", []))
    o = _kopf(p)
    o.append({"titel": p.get("titel", "Unterrichtungsvorlage")})
    o.append({"formular": [list(r) for r in p["kopf"]]})
    if "gremien" not in ohne:
        o.append({"fett": p.get("h_gremien", "Beratungsfolge")})
        o.append({"tabelle": [list(r) for r in p["gremien"]]})
    if p.get("beschluss"):
        o.append({"h1": "Beschlussvorschlag"})
        o.append({"p": p["beschluss"]})
    o.append({"h1": p.get("h_hinter", "Sachverhalt")})
    o.append({"p": "Das Land fördert mit dem Kommunalen Integrationsmanagement (KIM) seit August "
                   "2025 je Landkreis und kreisfreier Stadt eine Stelle mit bis zu einem VZÄ."})
    if "umsetzung" not in ohne:
        o.append({"h1": p.get("h_umsetzung", "Umsetzung")})
        o.append({"p": "Die Stelle ist im Fachbereich Soziales angesiedelt; sie koordiniert das "
                       "Netzwerk der Integrationsakteure."})
    if "sachstand" not in ohne:
        o.append({"h1": p.get("h_sachstand", "Sachstand")})
        if p.get("sachstand_text"):
            o.append({"p": p["sachstand_text"]})
        if p.get("zahlen"):
            o.append({"tabelle": [list(r) for r in p["zahlen"]]})
    o.append({"h1": "Anlagen"})
    o.append({"liste": p.get("anlagen", ["Zuwendungsbescheid des MFFKI"])})
    for line in p.get("zeichnung", []):
        o.append({"p": line})
    return o


def kopfzeile(e) -> str:
    """The running line of a council system's print view (chromium-pdf)."""
    return e.parameter.get("ris", "Bürgerinformationssystem · Druckansicht")


BUILDERS = {"b24-antrag": antrag, "b24-jahresbericht": jahresbericht, "b24-bescheid": bescheid,
            "b24-vorlage": vorlage}
