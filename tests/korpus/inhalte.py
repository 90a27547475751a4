"""The texts of the corpus: outlines of Anträge, Bescheide, Vorlagen and Jahresberichte as
Kommunen and the ministry write them — not as kimdocs' own templates do.

An outline is a list of one-key dicts:
  {"titel": …}          title line
  {"h1": …} / {"h2": …} heading (the writer decides: heading style, bold line or Word
                        automatic numbering; a leading "3. " is the heading's number)
  {"fett": …}           a bold line in the body text ("Hintergrund:")
  {"p": …}              paragraph
  {"liste": [...]}      bullet list
  {"tabelle": rows}     table, first row is its header; an optional second key "verbunden":
                        [[row, first column, last column], …] merges cells of one row (the
                        covered cells hold "")
  {"formular": rows}    form table: [label, text] rows, the label is the part's heading
Each builder takes the parameters of one manifest entry; everything not given has a default.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

# --- the bodies that write ------------------------------------------------------------------

KOMMUNEN = {
    "worms": {"name": "Stadt Worms", "verwaltung": "Stadtverwaltung Worms", "ort": "Worms",
                  "anschrift": "Marktplatz 2, 67547 Worms", "schluessel": "Gemeindeschlüssel 07319000",
                  "amt": "Bereich 5 – Soziales, Jugend und Wohnen, Abteilung 5.3 Migration und "
                      "Integration", "gericht": "Mainz"},
    "bad-duerkheim": {"name": "Landkreis Bad Dürkheim", "verwaltung": "Kreisverwaltung Bad Dürkheim",
                          "ort": "Bad Dürkheim", "anschrift": "Philipp-Fauth-Straße 11, 67098 Bad Dürkheim",
                          "schluessel": "Kreisschlüssel 07332", "gericht": "Neustadt an der Weinstraße",
                          "amt": "Abteilung 4 – Soziales und Integration, Referat 41 Integration"},
    "trier": {"name": "Stadt Trier", "verwaltung": "Stadtverwaltung Trier", "ort": "Trier",
                  "anschrift": "Am Augustinerhof, 54290 Trier", "schluessel": "Gemeindeschlüssel 07211000",
                  "amt": "Amt für Soziales und Wohnen, Sachgebiet Integration", "gericht": "Trier"},
    "mainz-bingen": {"name": "Landkreis Mainz-Bingen", "verwaltung": "Kreisverwaltung Mainz-Bingen",
                         "ort": "Ingelheim am Rhein", "anschrift": "Georg-Rückert-Straße 11, 55218 Ingelheim am Rhein",
                         "schluessel": "Kreisschlüssel 07339", "gericht": "Mainz",
                         "amt": "Abteilung Soziales, Referat Migration und Teilhabe"},
    "westerwaldkreis": {"name": "Westerwaldkreis", "verwaltung": "Kreisverwaltung des Westerwaldkreises",
                            "ort": "Montabaur", "anschrift": "Peter-Altmeier-Platz 1, 56410 Montabaur",
                            "schluessel": "Kreisschlüssel 07143", "gericht": "Koblenz",
                            "amt": "Referat 43 – Integration und Migration"},
    "speyer": {"name": "Stadt Speyer", "verwaltung": "Stadtverwaltung Speyer", "ort": "Speyer",
                   "anschrift": "Maximilianstraße 100, 67346 Speyer", "schluessel": "Gemeindeschlüssel 07318000",
                   "amt": "Fachbereich 4 – Jugend, Familie, Senioren und Soziales, Abteilung Integration",
                   "gericht": "Neustadt an der Weinstraße"},
    "germersheim": {"name": "Landkreis Germersheim", "verwaltung": "Kreisverwaltung Germersheim",
                        "ort": "Germersheim", "anschrift": "Luitpoldplatz 1, 76726 Germersheim",
                        "schluessel": "Kreisschlüssel 07334", "gericht": "Neustadt an der Weinstraße",
                        "amt": "Abteilung 3 – Soziales, Referat 32 Migration und Integration"},
    "neuwied": {"name": "Landkreis Neuwied", "verwaltung": "Kreisverwaltung Neuwied", "ort": "Neuwied",
                    "anschrift": "Wilhelm-Leuschner-Straße 9, 56564 Neuwied",
                    "schluessel": "Kreisschlüssel 07138", "gericht": "Koblenz",
                    "amt": "Abteilung 5 – Soziales, Sachgebiet Integration und Teilhabe"},
    "kaiserslautern": {"name": "Stadt Kaiserslautern", "verwaltung": "Stadtverwaltung Kaiserslautern",
                           "ort": "Kaiserslautern", "anschrift": "Willy-Brandt-Platz 1, 67657 Kaiserslautern",
                           "schluessel": "Gemeindeschlüssel 07312000", "gericht": "Neustadt an der Weinstraße",
                           "amt": "Referat Soziales, Abteilung Integration und Teilhabe"},
    "kusel": {"name": "Landkreis Kusel", "verwaltung": "Kreisverwaltung Kusel", "ort": "Kusel",
                  "anschrift": "Trierer Straße 49–51, 66869 Kusel", "schluessel": "Kreisschlüssel 07336",
                  "gericht": "Neustadt an der Weinstraße", "amt": "Fachbereich 2.1 – Soziales und Integration"},
    "vulkaneifel": {"name": "Landkreis Vulkaneifel", "verwaltung": "Kreisverwaltung Vulkaneifel",
                        "ort": "Daun", "anschrift": "Mainzer Straße 25, 54550 Daun",
                        "schluessel": "Kreisschlüssel 07233", "gericht": "Trier",
                        "amt": "Abteilung 2 – Soziales, Jugend und Integration"},
    "ludwigshafen": {"name": "Stadt Ludwigshafen am Rhein", "verwaltung": "Stadtverwaltung Ludwigshafen am Rhein",
                         "ort": "Ludwigshafen am Rhein", "anschrift": "Rathausplatz 20, 67059 Ludwigshafen am Rhein",
                         "schluessel": "Gemeindeschlüssel 07314000", "gericht": "Neustadt an der Weinstraße",
                         "amt": "Bereich Integration und Migration im Dezernat für Soziales"},
    "ahrweiler": {"name": "Landkreis Ahrweiler", "verwaltung": "Kreisverwaltung Ahrweiler",
                      "ort": "Bad Neuenahr-Ahrweiler", "anschrift": "Wilhelmstraße 24–30, 53474 Bad Neuenahr-Ahrweiler",
                      "schluessel": "Kreisschlüssel 07131", "gericht": "Koblenz",
                      "amt": "Abteilung 2.2 – Soziales, Referat Migration"},
    "pirmasens": {"name": "Stadt Pirmasens", "verwaltung": "Stadtverwaltung Pirmasens", "ort": "Pirmasens",
                      "anschrift": "Exerzierplatzstraße 17, 66953 Pirmasens",
                      "schluessel": "Gemeindeschlüssel 07317000", "gericht": "Neustadt an der Weinstraße",
                      "amt": "Amt für Soziales, Sachgebiet Integration"},
    "cochem-zell": {"name": "Landkreis Cochem-Zell", "verwaltung": "Kreisverwaltung Cochem-Zell",
                        "ort": "Cochem", "anschrift": "Endertplatz 2, 56812 Cochem",
                        "schluessel": "Kreisschlüssel 07135", "gericht": "Koblenz",
                        "amt": "Abteilung 4 – Jugend, Familie, Soziales, Stabsstelle Integration"},
    "zweibruecken": {"name": "Stadt Zweibrücken", "verwaltung": "Stadtverwaltung Zweibrücken",
                         "ort": "Zweibrücken", "anschrift": "Herzogstraße 1, 66482 Zweibrücken",
                         "schluessel": "Gemeindeschlüssel 07320000", "gericht": "Neustadt an der Weinstraße",
                         "amt": "Amt 50 – Soziales, Integrationsbüro"},
    "koblenz": {"name": "Stadt Koblenz", "verwaltung": "Stadtverwaltung Koblenz", "ort": "Koblenz",
                    "anschrift": "Willi-Hörter-Platz 1, 56068 Koblenz", "schluessel": "Gemeindeschlüssel 07111000",
                    "amt": "50-Sozialamt, Abteilung Migration und Integration", "gericht": "Koblenz"},
    # --- not eligible (fachwissen.md §1 and §6) ---
    "vg-nastaetten": {"name": "Verbandsgemeinde Nastätten", "verwaltung": "Verbandsgemeindeverwaltung Nastätten",
                          "ort": "Nastätten", "anschrift": "Bahnhofstraße 1, 56355 Nastätten",
                          "schluessel": "Rhein-Lahn-Kreis (07141)", "gericht": "Koblenz",
                          "amt": "Fachbereich 2 – Bürgerdienste, Soziales"},
    "og-hochspeyer": {"name": "Ortsgemeinde Hochspeyer", "verwaltung": "Ortsgemeinde Hochspeyer",
                          "ort": "Hochspeyer", "anschrift": "Hauptstraße 121, 67691 Hochspeyer",
                          "schluessel": "Landkreis Kaiserslautern (07335)", "gericht": "Neustadt an der Weinstraße",
                          "amt": "Ortsbürgermeister, Büro für Gemeinwesenarbeit"},
    "idar-oberstein": {"name": "Stadt Idar-Oberstein", "verwaltung": "Stadtverwaltung Idar-Oberstein",
                           "ort": "Idar-Oberstein", "anschrift": "Georg-Maus-Straße 1, 55743 Idar-Oberstein",
                           "schluessel": "Gemeindeschlüssel 07134045", "gericht": "Koblenz",
                           "amt": "Fachbereich 3 – Soziales und Integration"},
    "andernach": {"name": "Stadt Andernach", "verwaltung": "Stadtverwaltung Andernach", "ort": "Andernach",
                      "anschrift": "Läufstraße 11, 56626 Andernach", "schluessel": "Gemeindeschlüssel 07137003",
                      "gericht": "Koblenz", "amt": "Amt 50 – Soziales, Integrationsbüro"},
    "hassloch": {"name": "Gemeinde Haßloch (verbandsfrei)", "verwaltung": "Gemeindeverwaltung Haßloch",
                     "ort": "Haßloch", "anschrift": "Rathausplatz 1, 67454 Haßloch",
                     "schluessel": "Gemeindeschlüssel 07332024", "gericht": "Neustadt an der Weinstraße",
                     "amt": "Fachbereich 3 – Bürgerdienste und Soziales"},
    "caritas-worms": {"name": "Caritasverband Worms e. V.", "verwaltung": "Caritasverband Worms e. V.",
                          "ort": "Worms", "anschrift": "Kämmererstraße 44, 67547 Worms",
                          "schluessel": "Vereinsregister Amtsgericht Mainz VR 20117", "gericht": "Mainz",
                          "amt": "Fachdienst Migration des Caritasverbandes Worms e. V.", "extern": True},
    "integra-westpfalz": {"name": "Integra Westpfalz gGmbH", "verwaltung": "Integra Westpfalz gGmbH",
                              "ort": "Kaiserslautern", "anschrift": "Pariser Straße 23, 67655 Kaiserslautern",
                              "schluessel": "Handelsregister Amtsgericht Kaiserslautern HRB 31877",
                              "gericht": "Neustadt an der Weinstraße",
                              "amt": "Geschäftsbereich Teilhabe der Integra Westpfalz gGmbH", "extern": True},
}

VOLLZEIT_STUNDEN = Decimal(39)

SACH_POSTEN = [  # how an authority splits its Sachkosten (share of the total)
    ("Netzwerktreffen und Fachveranstaltungen", Decimal("0.40")),
    ("Dolmetsch- und Übersetzungsleistungen", Decimal("0.25")),
    ("Öffentlichkeitsarbeit (Flyer, Wegweiser)", Decimal("0.20")),
    ("Fortbildung und Dienstreisen", None),  # the rest
]


# --- formatting as the authorities do ------------------------------------------------------

def d(value) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _grouped(value: Decimal, places: int) -> str:
    q = Decimal(1).scaleb(-places) if places else Decimal(1)
    text = f"{d(value).quantize(q, rounding=ROUND_HALF_UP):,.{places}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def betrag(value, form: str = "eur") -> str:
    """An amount as the document's author writes it."""
    value = d(value)
    if form == "eur":
        return f"{_grouped(value, 2)} EUR"
    if form == "euro":
        return f"{_grouped(value, 0)} €" if value == value.to_integral() else f"{_grouped(value, 2)} €"
    if form == "eur-strich":  # "EUR 58.240,-"
        return f"EUR {_grouped(value, 0)},-" if value == value.to_integral() \
            else f"EUR {_grouped(value, 2)}"
    if form == "teur":  # "60 T€", "18,5 T€"
        thousands = (value / 1000).normalize()
        return f"{format(thousands, 'f').replace('.', ',')} T€"
    raise ValueError(form)


def datum(text: str) -> date:
    day, month, year = (int(x) for x in text.split("."))
    return date(year, month, day)


def sach_posten(total, jahr: int) -> list[tuple[str, Decimal]]:
    total, out, rest = d(total), [], d(total)
    for label, share in SACH_POSTEN:
        amount = rest if share is None else (total * share).quantize(Decimal(1))
        out.append((label, amount))
        rest -= amount
    return [(label, amount) for label, amount in out if amount]


def anteil_text(stelle: dict) -> str:
    """The share as written in the staff table: "0,5 VZÄ", "50 %", "19,5 Std./Woche"…"""
    return stelle["anteil"]


# --- Antrag ---------------------------------------------------------------------------------

ANTRAG_KOPF = {  # heading wordings, per variant; keys = the parts of an Antrag
    "a": {"antragsteller": "Antragsteller", "ansprechperson": "Ansprechperson",
              "zeitraum": "Förderzeitraum", "stelle": "Angaben zur Stelle",
              "anbindung": "Organisatorische Anbindung", "aufgaben": "Aufgaben und Schwerpunkte",
              "konzept": "Integrationskonzept", "finanzierung": "Finanzierungsplan",
              "erklaerungen": "Erklärungen", "unterschrift": "Ort, Datum, Unterschrift"},
    "b": {"antragsteller": "Antragstellende Kommune", "ansprechperson": "Ansprechpartner/-in",
              "zeitraum": "Beantragter Zeitraum", "stelle": "Stellenbesetzung",
              "anbindung": "Einbindung in die Verwaltung", "aufgaben": "Tätigkeitsschwerpunkte",
              "konzept": "Örtliches Integrationskonzept", "finanzierung": "Kosten- und Finanzierungsplan",
              "erklaerungen": "Erklärungen des Antragstellers", "unterschrift": "Unterschrift"},
    "c": {"antragsteller": "Zuwendungsempfänger", "ansprechperson": "Kontakt",
              "zeitraum": "Laufzeit", "stelle": "Personal",
              "anbindung": "Ansiedlung in der Verwaltung", "aufgaben": "Aufgabenbeschreibung",
              "konzept": "Integrationsstrategie", "finanzierung": "Ausgaben- und Finanzierungsplan",
              "erklaerungen": "Versicherungen", "unterschrift": "Ort und Datum"},
}

ANTRAG_DEFAULT = {
    "kommune": "worms", "stil": "ueberschriften", "kopf": "a", "nummern": True,
    "stellen": [{"person": "Frau Leonie Brandt", "anteil": "1,0 VZÄ", "eg": "E 11 TVöD",
                  "beginn": "01.01.2026"}],
    "stellen_prosa": False, "zeitraum": ["01.01.2026", "31.12.2026"], "zeitraum_satz": False,
    "jahre": {2026: {"personal": 60000, "ausgaben": 74800, "sach": 20000}},
    "finanz_form": "jahresspalten", "betrag_form": "eur", "summe_falsch": 0, "overhead": None,
    "overhead_negiert": False, "ansiedlung": None, "datum": "14.11.2025", "ohne": [],
    "ansprechperson": "Herr Jonas Keller", "konzept": "vorhanden", "einleitung": False,
    "stelle_zusatz": None, "personal_label": "Personalkosten",
}


def _stellen_tabelle(p: dict) -> list[list[str]]:
    rows = [["Stellenanteil", "Besetzung", "Umfang", "Entgeltgruppe", "Beginn"]]
    for i, s in enumerate(p["stellen"], 1):
        rows.append([f"Stellenanteil {i}", s["person"], anteil_text(s), s["eg"], s["beginn"]])
    return rows


def _stellen_satz(p: dict) -> str:
    parts = []
    for s in p["stellen"]:
        who = s["person"] if not s["person"].startswith("N.N.") else "eine noch zu besetzende Stelle"
        ende = f" bis {s['ende']}" if s.get("ende") else ""
        parts.append(f"{who} mit {s.get('anteil_prosa', anteil_text(s))} ({s['eg']}) ab dem "
                     f"{s['beginn']}{ende}")
    return "Die Stelle wird wie folgt besetzt: " + "; ".join(parts) + "."


def _ansiedlung(p: dict, k: dict) -> str:
    if p["ansiedlung"]:
        return p["ansiedlung"]
    if k.get("extern"):
        return (f"Die Stelle wird beim {k['name']} angesiedelt und dort vom {k['amt']} "
                "fachlich begleitet.")
    return (f"Die Stelle wird in der {k['verwaltung']} angesiedelt (Organisationseinheit: "
            f"{k['amt']}). Die Dienst- und Fachaufsicht liegt bei der Abteilungsleitung.")


def _jahre(p: dict) -> list[tuple[int, dict]]:
    return sorted((int(j), v) for j, v in p["jahre"].items())


def _finanzierung(p: dict) -> list[dict]:
    form, bf = p["finanz_form"], p["betrag_form"]
    jahre = _jahre(p)
    ov = p["overhead"]  # {"label": …, "betrag": …} in every year, or None
    out: list[dict] = []
    if form == "jahresspalten":
        kopf = ["Beantragte Zuwendung"] + [str(j) for j, _ in jahre]
        rows = [kopf, [p["personal_label"]] + [betrag(v["personal"], bf) for _, v in jahre]]
        sach_rows = {}
        for j, v in jahre:
            for label, amount in sach_posten(v["sach"], j):
                sach_rows.setdefault(label, {})[j] = amount
        for label, per_year in sach_rows.items():
            rows.append([f"Sachkosten: {label}"] + [betrag(per_year.get(j, 0), bf) for j, _ in jahre])
        rows.append(["Summe Sachkosten"] + [betrag(v["sach"], bf) for _, v in jahre])
        if ov:
            rows.append([ov["label"]] + [betrag(ov["betrag"], bf) for _ in jahre])
        rows.append(["Gesamt"] + [betrag(d(v["personal"]) + d(v["sach"])
                                          + (d(ov["betrag"]) if ov else 0)
                                          + d(p["summe_falsch"]), bf) for _, v in jahre])
        out.append({"p": "Die Ausgaben werden in voller Höhe aus der Zuwendung des Landes "
                         "beantragt, soweit sie die Höchstbeträge nicht übersteigen:"})
        out.append({"tabelle": rows})
    elif form == "eigenanteil":
        for j, v in jahre:
            ausgaben_sach = d(v["sach"])
            rows = [["Kostenart", f"Gesamtausgaben {j}", "davon Zuwendung", "Eigenanteil"]]
            rows.append(["Personalausgaben (Entgelt, AG-Anteile)", betrag(v["ausgaben"], bf),
                         betrag(v["personal"], bf), betrag(d(v["ausgaben"]) - d(v["personal"]), bf)])
            rows.append(["Sachausgaben", betrag(ausgaben_sach, bf), betrag(v["sach"], bf),
                         betrag(0, bf)])
            if ov:
                rows.append([ov["label"], betrag(ov["betrag"], bf), betrag(ov["betrag"], bf),
                             betrag(0, bf)])
            ovb = d(ov["betrag"]) if ov else Decimal(0)
            rows.append(["Summe", betrag(d(v["ausgaben"]) + ausgaben_sach + ovb, bf),
                         betrag(d(v["personal"]) + d(v["sach"]) + ovb + d(p["summe_falsch"]), bf),
                         betrag(d(v["ausgaben"]) - d(v["personal"]), bf)])
            out.append({"p": f"Haushaltsjahr {j}:"})
            out.append({"tabelle": rows})
    elif form == "schlicht":  # no "beantragt" beside the amounts, "Personalausgaben"
        rows = [["Kostenart"] + [str(j) for j, _ in jahre],
                ["Personalausgaben"] + [betrag(v["personal"], bf) for _, v in jahre],
                ["Sachausgaben"] + [betrag(v["sach"], bf) for _, v in jahre]]
        if ov:
            rows.append([ov["label"]] + [betrag(ov["betrag"], bf) for _ in jahre])
        ovb = d(ov["betrag"]) if ov else Decimal(0)
        rows.append(["Gesamt"] + [betrag(d(v["personal"]) + d(v["sach"]) + ovb
                                          + d(p["summe_falsch"]), bf) for _, v in jahre])
        out.append({"p": "Der Zuschuss des Landes soll die folgenden Ausgaben decken; weitere "
                         "Personalausgaben der Stelle trägt die Kommune selbst."})
        out.append({"tabelle": rows})
    elif form == "zweispaltig":  # one small table per year, the year only in its caption
        for j, v in jahre:
            ovb = d(ov["betrag"]) if ov else Decimal(0)
            rows = [["Position", "Betrag"], ["Zuschuss Personalkosten", betrag(v["personal"], bf)],
                    ["Sachkosten", betrag(v["sach"], bf)]]
            if ov:
                rows.append([ov["label"], betrag(ov["betrag"], bf)])
            rows.append(["Gesamt", betrag(d(v["personal"]) + d(v["sach"]) + ovb
                                          + d(p["summe_falsch"]), bf)])
            out.append({"p": f"Beantragte Zuwendung {j}"})
            out.append({"tabelle": rows})
    elif form == "mehrzeilig":  # the year as a merged header cell over two columns
        kopf1, kopf2 = ["Kostenart"], [""]
        merged = []
        for i, (j, _) in enumerate(jahre):
            kopf1 += [str(j), ""]
            kopf2 += ["Ausgaben", "beantragte Zuwendung"]
            merged.append([0, 1 + 2 * i, 2 + 2 * i])
        rows = [kopf1, kopf2]
        rows.append(["Personal"] + [x for _, v in jahre for x in (betrag(v["ausgaben"], bf),
                                                                  betrag(v["personal"], bf))])
        rows.append(["Sachkosten"] + [x for _, v in jahre for x in (betrag(v["sach"], bf),
                                                                    betrag(v["sach"], bf))])
        if ov:
            rows.append([ov["label"]] + [betrag(ov["betrag"], bf) for _ in jahre for _ in (0, 1)])
        ovb = d(ov["betrag"]) if ov else Decimal(0)
        rows.append(["Summe"] + [x for _, v in jahre for x in (
            betrag(d(v["ausgaben"]) + d(v["sach"]) + ovb, bf),
            betrag(d(v["personal"]) + d(v["sach"]) + ovb + d(p["summe_falsch"]), bf))])
        out.append({"tabelle": rows, "verbunden": merged})
    elif form == "prosa":
        for j, v in jahre:
            text = (f"Für das Haushaltsjahr {j} entstehen Personalausgaben von "
                    f"{betrag(v['ausgaben'], bf)}. Beantragt wird hierfür ein Zuschuss zu den "
                    f"Personalkosten in Höhe von {betrag(v['personal'], bf)}. Für Sachkosten "
                    f"(Netzwerktreffen, Dolmetschleistungen, Öffentlichkeitsarbeit) werden "
                    f"{betrag(v['sach'], bf)} beantragt.")
            if ov:
                text += f" Hinzu kommt als weiterer Posten: {ov['label']}, {betrag(ov['betrag'], bf)}."
            out.append({"p": text})
    else:
        raise ValueError(form)
    if p["overhead_negiert"]:
        out.append({"p": "Overheadkosten, Gemeinkosten oder eine Verwaltungskostenpauschale "
                         "werden nicht geltend gemacht."})
    return out


def antrag(params: dict) -> list[dict]:
    p = {**ANTRAG_DEFAULT, **params}
    k = KOMMUNEN[p["kommune"]]
    h = ANTRAG_KOPF[p["kopf"]]
    beginn, ende = p["zeitraum"]
    parts: dict[str, list] = {}
    parts["antragsteller"] = [f"{k['verwaltung']}", f"Anschrift: {k['anschrift']}", k["schluessel"]]
    parts["ansprechperson"] = [(f"{p['ansprechperson']}, Telefon (Durchwahl) 4410, "
                               f"E-Mail: integration@{p['kommune']}.example")]
    if p["zeitraum_satz"]:
        parts["zeitraum"] = [(f"Die Förderung wird für die Zeit vom {beginn} bis zum {ende} "
                             "beantragt; die Stelle soll unmittelbar nach Eingang des "
                             "Bescheids besetzt werden.")]
    else:
        parts["zeitraum"] = [f"{beginn} bis {ende}"]
    parts["stelle"] = [{"tabelle": _stellen_tabelle(p)}] if p["stil"] != "formular" \
        else [_stellen_satz(p)]
    if p["stellen_prosa"]:
        for s in p["stellen"]:
            parts["stelle"].append(f"{s['person']} ({s.get('anteil_prosa', anteil_text(s))}) "
                                   "übernimmt die Koordination der Netzwerkarbeit.")
    if p["stelle_zusatz"]:
        parts["stelle"].append(p["stelle_zusatz"])
    parts["anbindung"] = [_ansiedlung(p, k)]
    parts["aufgaben"] = [
        ("Die Integrationsmanagerin bzw. der Integrationsmanager erhebt die bestehenden Angebote "
        "in den Handlungsfeldern Wohnen, Sprache und Bildung, Migrationsberatung und "
        "Arbeitsmarkt, benennt Lücken und steuert die Arbeitsgruppe Integration."),
        ("Schwerpunkte sind die Vernetzung innerhalb der Verwaltung und mit den Trägern vor Ort "
        "sowie die Fortschreibung der örtlichen Integrationsstrategie.")]
    parts["konzept"] = ["Ein Integrationskonzept wurde 2019 vom Rat beschlossen und wird "
                        "fortgeschrieben." if p["konzept"] == "vorhanden" else
                        "Ein Integrationskonzept besteht noch nicht; es soll bis 2027 "
                        "erarbeitet werden."]
    parts["finanzierung"] = _finanzierung(p)
    parts["erklaerungen"] = [
        ("Der Antragsteller erklärt, dass für die beantragten Ausgaben keine weiteren "
        "Fördermittel beantragt oder bewilligt wurden (keine Doppelförderung) und dass mit der "
        "Maßnahme vor Bekanntgabe des Bewilligungsbescheids nicht begonnen wurde.")]
    parts["unterschrift"] = [f"{k['ort']}, {p['datum']}", "gez. Dr. Anna Berger",
                             "Beigeordnete"]
    order = ["antragsteller", "ansprechperson", "zeitraum", "stelle", "anbindung", "aufgaben",
             "konzept", "finanzierung", "erklaerungen", "unterschrift"]
    order = [o for o in order if o not in p["ohne"]]

    out: list[dict] = [{"titel": "Antrag auf Förderung des Kommunalen Integrationsmanagements "
                                 "(KIM) Rheinland-Pfalz"},
                       {"p": "an das Ministerium für Familie, Frauen, Kultur und Integration "
                             "Rheinland-Pfalz, Kaiser-Friedrich-Straße 5a, 55116 Mainz"}]
    if p["einleitung"]:  # the applicant named in a sentence
        out.append({"p": f"Hiermit beantragt die {k['verwaltung']} für die {k['name']} eine "
                         "Zuwendung zur Förderung einer Integrationsmanagerin bzw. eines "
                         f"Integrationsmanagers für den Zeitraum vom {beginn} bis {ende}."
                    if not k.get("extern") else
                    f"Hiermit beantragt der {k['name']} eine Zuwendung zur Förderung einer "
                    f"Integrationsmanagerin für den Zeitraum vom {beginn} bis {ende}."})
    if p["stil"] == "formular":
        rows = []
        for n, key in enumerate(order, 1):
            texts = []
            for item in parts[key]:
                if isinstance(item, dict) and "tabelle" in item:
                    texts += [" | ".join(r) for r in item["tabelle"]]
                elif isinstance(item, dict):
                    continue
                else:
                    texts.append(item)
            label = f"{n}. {h[key]}" if p["nummern"] else h[key]
            if key == "finanzierung":
                rows.append([label, "siehe Tabelle unten"])
            else:
                rows.append([label, "\n".join(texts)])
        out.append({"formular": rows})
        if "finanzierung" in order:
            out.append({"fett": h["finanzierung"]})
            out += [i for i in parts["finanzierung"] if isinstance(i, dict)]
        return out
    for n, key in enumerate(order, 1):
        if key == "unterschrift" and p["kopf"] != "a":  # a closing line, not a heading
            out.append({"p": h[key] + ":"})
            out += [{"p": t} for t in parts[key]]
            continue
        out.append({"h1": f"{n}. {h[key]}" if p["nummern"] else h[key]})
        for item in parts[key]:
            out.append(item if isinstance(item, dict) else {"p": item})
    return out


# --- Bewilligungsbescheid -------------------------------------------------------------------

BESCHEID_DEFAULT = {
    "kommune": "worms", "az": "3321-0001#2025/0117-0701", "datum": "15.12.2025",
    "antrag_datum": "14.11.2025", "zeitraum": ["01.01.2026", "31.12.2026"], "vzae": "1,0",
    "jahre": {2026: {"personal": 60000, "sach": 20000}}, "stil": "roemisch", "betrag_form": "eur",
    "summe_falsch": 0, "ohne": [], "zeichnung": "Im Auftrag",
}

BESCHEID_KOPF = {
    "roemisch": ["I. Bewilligung", "II. Finanzierungsart und zuwendungsfähige Ausgaben",
                 "III. Auszahlung", "IV. Jahresbericht und Verwendungsnachweis",
                 "V. Nebenbestimmungen", "VI. Begründung", "VII. Rechtsbehelfsbelehrung"],
    "ziffern": ["1. Zuwendung", "2. Art und Umfang der Zuwendung", "3. Mittelabruf",
                "4. Berichtspflicht", "5. Auflagen", "6. Gründe", "7. Rechtsbehelfsbelehrung"],
}
BESCHEID_TEILE = ["bewilligung", "finanzierung", "auszahlung", "bericht", "nebenbestimmungen",
                  "begruendung", "rechtsbehelf"]


def bescheid(params: dict) -> list[dict]:
    p = {**BESCHEID_DEFAULT, **params}
    k = KOMMUNEN[p["kommune"]]
    bf = p["betrag_form"]
    beginn, ende = p["zeitraum"]
    jahre = _jahre(p)
    gesamt = sum(d(v["personal"]) + d(v["sach"]) for _, v in jahre)
    teile = {}
    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"]]
    for j, v in jahre:
        rows.append([str(j), betrag(v["personal"], bf), betrag(v["sach"], bf),
                     betrag(d(v["personal"]) + d(v["sach"]) + d(p["summe_falsch"]), bf)])
    teile["bewilligung"] = [
        {"p": f"auf Ihren Antrag vom {p['antrag_datum']} bewillige ich Ihnen für den "
              f"Bewilligungszeitraum vom {beginn} bis {ende} eine Zuwendung als Zuweisung in "
              f"Höhe von insgesamt {betrag(gesamt, bf)}. Zuwendungszweck ist die Förderung der "
              f"Stelle einer Integrationsmanagerin bzw. eines Integrationsmanagers im Umfang von "
              f"{p['vzae']} VZÄ im Rahmen des Kommunalen Integrationsmanagements."},
        {"p": "Die Zuwendung verteilt sich wie folgt auf die Haushaltsjahre:"},
        {"tabelle": rows}]
    teile["finanzierung"] = [{"p": "Die Zuwendung wird im Wege der Festbetragsfinanzierung "
                                   "gewährt. Der Höchstbetrag beträgt 60.000 EUR je VZÄ und Jahr "
                                   "für Personalkosten sowie 20.000 EUR je Jahr für Sachkosten; "
                                   "zuwendungsfähig sind die Personalausgaben der Stelle und "
                                   "die Sachausgaben für Vernetzung und Veranstaltungen."}]
    teile["auszahlung"] = [{"p": "Die Mittel werden auf Anforderung ausgezahlt, soweit sie "
                                 "innerhalb von zwei Monaten nach der Auszahlung für fällige "
                                 "Zahlungen benötigt werden."}]
    teile["bericht"] = [{"p": "Bis zum 15.12. eines jeden Jahres legen Sie einen Jahresbericht "
                              "mit dem ausgefüllten Fragebogen des MFFKI vor. Der "
                              "Verwendungsnachweis ist bis zum 30.06. des Folgejahres "
                              "vorzulegen."}]
    teile["nebenbestimmungen"] = [{"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur "
                                        "Projektförderung an kommunale Körperschaften (ANBest-K) "
                                        "sind Bestandteil dieses Bescheids. Nicht verwendete "
                                        "Mittel sind nach § 49a VwVfG zu erstatten und zu "
                                        "verzinsen."}]
    teile["begruendung"] = [{"p": "Die Zuwendung ist eine freiwillige Leistung des Landes; ein "
                                  "Rechtsanspruch besteht nicht. Ich habe nach pflichtgemäßem "
                                  "Ermessen im Rahmen der verfügbaren Haushaltsmittel entschieden. "
                                  "Rechtsgrundlage sind § 44 LHO und die Verwaltungsvorschriften "
                                  "dazu sowie das Konzept Kommunales Integrationsmanagement."}]
    teile["rechtsbehelf"] = [{"p": f"Gegen diesen Bescheid kann innerhalb eines Monats nach "
                                   f"Bekanntgabe Klage beim Verwaltungsgericht {k['gericht']} "
                                   f"erhoben werden. Ein Widerspruch findet nicht statt "
                                   f"(§ 68 Abs. 1 Satz 2 Nr. 1 VwGO)."}]
    out: list[dict] = [
        {"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz · "
              "Kaiser-Friedrich-Straße 5a · 55116 Mainz"},
        {"p": f"{k['verwaltung']}, {k['anschrift']}"},
        {"tabelle": [["Mein Aktenzeichen", "Ihr Schreiben vom", "Ansprechpartner/-in / E-Mail",
                      "Telefon / Fax"],
                     [p["az"], p["antrag_datum"], "Sabine Wolf, kim@mffki.rlp.example",
                      "06131 16-5521"]]},
        {"p": f"Mainz, {p['datum']}"},
        {"titel": "Zuwendungsbescheid – Kommunales Integrationsmanagement (KIM)"},
        {"p": "Sehr geehrte Damen und Herren,"},
    ]
    for kopf, teil in zip(BESCHEID_KOPF[p["stil"]], BESCHEID_TEILE):
        if teil in p["ohne"]:
            continue
        out.append({"h1": kopf})
        out += teile[teil]
    if p["zeichnung"]:
        out += [{"p": "Mit freundlichen Grüßen"}, {"p": p["zeichnung"]}, {"p": "Sabine Wolf"}]
    return out


# --- Unterrichtungsvorlage ------------------------------------------------------------------

VORLAGE_DEFAULT = {
    "kommune": "speyer", "nummer": "0311/2026", "datum": "12.02.2026", "dezernat": "Dezernat III",
    "verfasser": "Fachbereich 4 – Abteilung Integration", "az": "4-50-11",
    "betreff": "Kommunales Integrationsmanagement – Sachstandsbericht", "gremium": "Ausschuss für "
    "Soziales und Integration", "sitzung": "10.03.2026", "labels": "koblenz", "ohne": [],
    "kopf_label": "Betreff", "sachstand_satz": "Die Stadt hat ihren Antrag am 14.11.2025 gestellt; "
    "der Bewilligungsbescheid des MFFKI ging am 15.12.2025 ein.",
}

VORLAGE_LABELS = {
    "koblenz": ["Hintergrund:", "Umsetzung:", "Sachstand:", "Anlagen:"],
    "alternativ": ["Sachverhalt", "Durchführung", "Aktueller Stand", "Anlagenverzeichnis"],
    "ausgangslage": ["Ausgangslage", "Umsetzung des Programms", "Stand", "Anlage"],
}


def vorlage(params: dict) -> list[dict]:
    p = {**VORLAGE_DEFAULT, **params}
    k = KOMMUNEN[p["kommune"]]
    lab = VORLAGE_LABELS[p["labels"]]
    out: list[dict] = [{"titel": "Unterrichtungsvorlage"},
                       {"tabelle": [["Vorlage", p["nummer"], "Datum", p["datum"]],
                                    [p["dezernat"], "", "Az.", p["az"]],
                                    ["Verfasser", p["verfasser"], "", ""]]}]
    if "betreff" not in p["ohne"]:
        out += [{"fett": f"{p['kopf_label']}:"}, {"p": p["betreff"]}]
    else:
        out += [{"p": p["betreff"]}]
    if "gremienweg" not in p["ohne"]:
        out += [{"fett": "Beratungsfolge:"},
                {"tabelle": [["Datum", "Gremium", "Zuständigkeit", "Status"],
                             [p["sitzung"], p["gremium"], "Kenntnisnahme", "öffentlich"]]}]
    teile = {
        "hintergrund": [
            ("Die kommunalen Spitzenverbände und die Landesregierung haben die "
            "Kooperationsstrategie „Kommunen und Land gemeinsam für Integration“ am 01.07.2025 "
            "vorgestellt. Ein Schwerpunkt ist das Kommunale Integrationsmanagement."),
            ("Das Förderprogramm wurde am 11.08.2025 veröffentlicht. Gefördert werden bis zu "
            "60.000 € Personalkosten je Vollzeitäquivalent und bis zu 20.000 € Sachkosten je "
            "Jahr.")],
        "umsetzung": [
            (f"Die Stelle ist in der {k['verwaltung']} angesiedelt ({k['amt']}). Eine "
            "verwaltungsinterne Arbeitsgruppe "
            "Integration wurde eingerichtet; die Dialog- und Beratungsstelle Kommunale "
            "Integration (DBKI) begleitet die Kommunen.")],
        "sachstand": [p["sachstand_satz"],
                      ("Die Integrationsmanagerin hat die Bestandsaufnahme der Angebote "
                      "begonnen und stellt sich in der Sitzung vor.")],
    }
    n = 0
    for label, teil in zip(lab[:3], ["hintergrund", "umsetzung", "sachstand"]):
        if teil in p["ohne"]:
            continue
        n += 1
        out.append({"fett": label} if label.endswith(":") else {"h1": f"{n}. {label}"})
        out += [{"p": t} for t in teile[teil]]
    if "anlagen" not in p["ohne"]:
        out.append({"fett": lab[3]} if lab[3].endswith(":") else {"h1": lab[3]})
        out.append({"liste": ["Konzept Kommunales Integrationsmanagement",
                              "Bewilligungsbescheid vom 15.12.2025"]})
    return out


def koblenz_uv(params: dict) -> list[dict]:
    """UV/0084/2026 of the Stadt Koblenz (quellen/003_…), as faithful as a table layout allows."""
    box = "☐"
    return [
        {"titel": "Unterrichtungsvorlage"},
        {"tabelle": [["Vorlage: UV/0084/2026", "", "Datum: 24.03.2026"],
                     ["Dezernat 2", "", ""],
                     ["Verfasser:", "50-Sozialamt", "Az.: 503001"]]},
        {"fett": "Betreff:"},
        {"p": "Kommunales Integrationsmanagement - Vorstellung der Integrationsmanagerinnen"},
        {"fett": "Gremienweg:"},
        {"tabelle": [["22.04.2026", "Sozialausschuss", f"{box} einstimmig", f"{box} mehrheitl."],
                     ["", "", f"{box} abgelehnt", f"{box} Kenntnis"],
                     ["", "", f"{box} verwiesen", f"{box} vertagt"],
                     ["", "", f"{box} Enthaltungen", f"{box} Gegenstimmen"],
                     ["TOP", "öffentlich", "ohne BE abgesetzt", "geändert"]]},
        {"fett": "Unterrichtung:"},
        {"fett": "Hintergrund:"},
        {"p": "Die Kommunalen Spitzenverbände Rheinland-Pfalz und die Landesregierung unter "
              "Federführung des Integrationsministeriums wünschen mehr Austausch und Abstimmung "
              "mit den Kommunen zu den Fragen und Handlungserfordernissen im Themenfeld "
              "\"Integration\"."},
        {"p": "Auf Basis eines Dialogprozesses wurde die Kooperationsstrategie \"Kommunen und "
              "Land gemeinsam für Integration\" erarbeitet und am 01.07.2025 vorgestellt. Die "
              "Verankerung eines kommunalen Integrationsmanagements ist ein Schwerpunkt der "
              "Kooperationsstrategie."},
        {"p": "Ein Förderprogramm „Kommunales Integrationsmanagement“ wurde am 11.08.25 "
              "veröffentlicht. Die 36 Landkreise und kreisfreien Städte in Rheinland-Pfalz "
              "erhielten die Möglichkeit der Antragstellung zunächst befristet bis Ende 2026. Die "
              "Förderung umfasst bis zu 60.000 € Personalkostenzuschuss/ Vollzeitstelle oder VZÄ "
              "je Kommune und bis zu 20.000 € Sachkosten für die Einrichtung einer Stelle "
              "Kommunale Integrationsmanager (KIM)."},
        {"fett": "Umsetzung:"},
        {"p": "Eine Dialog- und Beratungsstelle Kommunale Integration (DBKI) wurde gebildet und "
              "ab dem 01.03.26 als Ansprechpartner für die KIM eingesetzt. Das Institut für "
              "Sozialpädagogische Forschung Mainz (ism gGmbH) wurde mit der Aufgabe der Dialog- "
              "und Beratungsstelle beauftragt. Die Beratung der KIM bei der Identifizierung von "
              "Handlungsbedarfen und dem Aufbau von Vernetzungsstrukturen gehört zu den Aufgaben "
              "der DBKI. Regelmäßige KIM-Jours fix werden einberufen. Ein Dialogprozess mit dem "
              "MFFKI, den KIM und der Dialog- und Beratungsstelle wird etabliert."},
        {"fett": "Sachstand:"},
        {"p": "Die Stadtverwaltung Koblenz hat einen Antrag auf Förderung gestellt und diesen "
              "zum 01.12.25 bewilligt bekommen. Hinzu kommen 15 weitere Kommunen, die bisher "
              "einen Antrag gestellt haben."},
        {"p": "Die in der Förderrichtlinie vorgegebenen Aufgaben der Kommunalen "
              "Integrationsmanager wurden in Koblenz zum Teil bereits durch die "
              "Integrationsbeauftragte wahrgenommen. Bei der Antragstellung wurden demnach 50% "
              "der Stelle der Integrationsbeauftragten Beate Oster angegeben. Um die Entwicklung "
              "des Integrationsmanagements qualitativ sowie strukturell weiterzuentwickeln wurde "
              "zusätzlich Frau Karin Ritter als „Lotsenhauskoordinatorin“ in Teilzeit "
              "eingestellt. Das Lotsenhaus International wurde im Juli 2025 eröffnet. 9 "
              "Institutionen sind dort vertreten. Die Abteilung Migration und Integration der "
              "Stadtverwaltung, die Agentur für Arbeit, das Jobcenter Koblenz, der "
              "Caritasverband Koblenz e.V., die IHK, die HWK, die Universität, die Hochschule und "
              "das DRK. Um Synergieeffekte zu heben und die Zusammenarbeit zu optimieren wurde "
              "eine Koordinationsstelle und Ansprechpartnerin benötigt. Diese neue Aufgabe "
              "entspricht den Vorgaben der Förderrichtlinie, so dass Frau Ritter als weitere "
              "Integrationsmanagerin (50%) angegeben werden konnte."},
        {"p": "Zusammen sind Frau Oster und Frau Ritter nun zu je 50% Kommunale "
              "Integrationsmanagerinnen mit den jeweiligen Schwerpunkten"},
        {"liste": ["Netzwerk und soziale Integration"]},
        {"p": "und"},
        {"liste": ["Lotsenhaus International und berufliche Integration"]},
        {"p": "Die beiden Integrationsmanagerinnen stellen sich vor."},
        {"fett": "Anlagen:"},
        {"liste": ["Kooperationsrichtlinie", "Konzept Kommunales Integrationsmanagement",
                   "Förderrichtlinie KIM"]},
    ]


# --- Jahresbericht --------------------------------------------------------------------------

JB_KOPF = {
    "standard": {"personal": "Personal", "infrastruktur": "Integrationsinfrastruktur",
                     "vernetzung": "Vernetzung in der Kommune",
                     "interkommunal": "Interkommunale Vernetzung",
                     "oeffentlichkeit": "Öffentlichkeitsarbeit", "land": "Kooperation mit dem Land",
                     "konzept": "Stand des Integrationskonzepts", "mittel": "Mittelverwendung",
                     "ausblick": "Ausblick"},
    "alternativ": {"personal": "Personelle Besetzung", "infrastruktur": "Bestandsaufnahme und Handlungsfelder",
                       "vernetzung": "Netzwerkarbeit vor Ort", "interkommunal": "Interkommunaler Austausch",
                       "oeffentlichkeit": "Presse- und Öffentlichkeitsarbeit",
                       "land": "Zusammenarbeit mit dem Land", "konzept": "Integrationsstrategie",
                       "mittel": "Zahlenmäßiger Nachweis", "ausblick": "Ausblick und Planung"},
    # what a careful reader accepts although no guideline wording matches
    "eigen": {"personal": "Das Integrationsmanagement vor Ort",
                  "infrastruktur": "Angebote und Lücken in den Handlungsfeldern",
                  "vernetzung": "Netzwerke in Stadt und Verwaltung",
                  "interkommunal": "Austausch mit Nachbarkommunen",
                  "oeffentlichkeit": "Information der Öffentlichkeit",
                  "land": "Jour fixe mit MFFKI und DBKI", "konzept": "Integrationskonzept",
                  "mittel": "Finanzen", "ausblick": "Planung 2027"},
}

JB_DEFAULT = {
    "kommune": "trier", "jahr": 2026, "datum": "01.12.2026", "kopf": "standard", "kombiniert": False,
    "stellen": [{"person": "Frau Miriam Hoffmann", "anteil": "1,0 VZÄ", "seit": "01.01.2026"}],
    "zeitraum": None, "mittel_form": "bewilligt_verausgabt", "betrag_form": "eur",
    "mittel": {"bew_personal": 60000, "ver_personal": 58200, "ausgaben_personal": None,
                "bew_sach": 20000, "ver_sach": 17850.40},
    "overhead": None, "summe_falsch": 0, "fragebogen": True, "ohne": [], "lange_tabelle": False,
    "ort_datum": True, "staff_prosa": False, "titel": None,
}


def _mittel(p: dict) -> list[dict]:
    m, bf, jahr = p["mittel"], p["betrag_form"], p["jahr"]
    ov = p["overhead"]
    ovb = d(ov["betrag"]) if ov else Decimal(0)
    out: list[dict] = []
    if p["mittel_form"] == "bewilligt_verausgabt":
        rows = [["Position", f"bewilligt {jahr}", f"verausgabt {jahr}"],
                ["Personalkosten", betrag(m["bew_personal"], bf), betrag(m["ver_personal"], bf)],
                ["Sachkosten", betrag(m["bew_sach"], bf), betrag(m["ver_sach"], bf)]]
        if ov:
            rows.append([ov["label"], betrag(0, bf), betrag(ov["betrag"], bf)])
        rows.append(["Summe", betrag(d(m["bew_personal"]) + d(m["bew_sach"]), bf),
                     betrag(d(m["ver_personal"]) + d(m["ver_sach"]) + ovb + d(p["summe_falsch"]), bf)])
        out.append({"tabelle": rows})
    elif p["mittel_form"] == "eigenanteil":
        rows = [["Ausgabenart", f"Ausgaben {jahr} gesamt", "davon aus der Zuwendung", "bewilligt"],
                ["Personalausgaben", betrag(m["ausgaben_personal"], bf),
                 betrag(m["ver_personal"], bf), betrag(m["bew_personal"], bf)],
                ["Sachausgaben", betrag(m["ver_sach"], bf), betrag(m["ver_sach"], bf),
                 betrag(m["bew_sach"], bf)]]
        if ov:
            rows.append([ov["label"], betrag(ov["betrag"], bf), betrag(ov["betrag"], bf), betrag(0, bf)])
        rows.append(["Summe",
                     betrag(d(m["ausgaben_personal"]) + d(m["ver_sach"]) + ovb, bf),
                     betrag(d(m["ver_personal"]) + d(m["ver_sach"]) + ovb + d(p["summe_falsch"]), bf),
                     betrag(d(m["bew_personal"]) + d(m["bew_sach"]), bf)])
        out.append({"p": "Die Personalausgaben übersteigen den Zuschuss; die Differenz trägt "
                         "die Kommune aus Eigenmitteln."})
        out.append({"tabelle": rows})
    elif p["mittel_form"] == "prosa":
        text = (f"Im Jahr {jahr} wurden für Personalkosten {betrag(m['ver_personal'], bf)} "
                f"verausgabt (bewilligt: {betrag(m['bew_personal'], bf)}). Für Sachkosten wurden "
                f"{betrag(m['ver_sach'], bf)} verausgabt (bewilligt: {betrag(m['bew_sach'], bf)}).")
        if ov:
            text += f" Zusätzlich abgerechnet wurde: {ov['label']}, {betrag(ov['betrag'], bf)}."
        out.append({"p": text})
    else:
        raise ValueError(p["mittel_form"])
    if p["lange_tabelle"]:
        # a Sachkosten ledger long enough to break across a page (browser print)
        rows = [["Datum", "Sachkostenbeleg", f"verausgabt {jahr}"]]
        posten = _ledger(d(m["ver_sach"]), jahr)
        rows += [[dt, text, betrag(a, bf)] for dt, text, a in posten]
        rows.append(["", "Summe Sachkosten", betrag(d(m["ver_sach"]), bf)])
        out.append({"p": "Einzelnachweis der Sachkosten:"})
        out.append({"tabelle": rows})
    return out


def _ledger(total: Decimal, jahr: int) -> list[tuple[str, str, Decimal]]:
    kinds = ["Raummiete Netzwerktreffen", "Dolmetschleistung Elterncafé", "Druck Wegweiser",
             "Fahrtkosten Jour fixe Mainz", "Verpflegung Fachtag", "Honorar Moderation"]
    n = 44
    each = (total / n).quantize(Decimal("0.01"))
    out = []
    for i in range(n):
        amount = each if i < n - 1 else total - each * (n - 1)
        month = 1 + i * 11 // n
        out.append((f"{(i % 27) + 1:02d}.{month:02d}.{jahr}", f"{kinds[i % len(kinds)]} ({i + 1})",
                    amount))
    return out


def jahresbericht(params: dict) -> list[dict]:
    p = {**JB_DEFAULT, **params}
    k = KOMMUNEN[p["kommune"]]
    h = JB_KOPF[p["kopf"]]
    jahr = p["jahr"]
    out: list[dict] = [{"titel": p["titel"] or f"Jahresbericht {jahr}"},
                       {"p": f"Kommunales Integrationsmanagement – {k['name']}"},
                       {"p": f"Berichtsjahr: {jahr}"}]
    if p["zeitraum"]:
        out.append({"p": p["zeitraum"]})
    teile: dict[str, list] = {}
    staff = [["Name", "Stellenanteil", "seit"]] + [
        [s["person"], s["anteil"], s["seit"]] for s in p["stellen"]]
    teile["personal"] = [{"tabelle": staff}]
    if p["staff_prosa"]:
        teile["personal"].append({"p": " ".join(
            f"{s['person']} ist seit dem {s['seit']} mit {s.get('anteil_prosa', s['anteil'])} "
            "als Integrationsmanagerin tätig." for s in p["stellen"])})
    teile["infrastruktur"] = [{"p": "Die Bestandsaufnahme der Angebote in den Handlungsfeldern "
                                    "Wohnen, Sprache und Bildung, Migrationsberatung und "
                                    "Arbeitsmarkt ist abgeschlossen. Lücken bestehen bei "
                                    "Sprachkursen mit Kinderbetreuung und bei der Beratung im "
                                    "ländlichen Raum. Eine Steuerungsgruppe tagt zweimal im Jahr."}]
    teile["vernetzung"] = [{"p": "Innerhalb der Verwaltung tagt eine ämterübergreifende "
                                 "Arbeitsgruppe vierteljährlich; mit den Trägern vor Ort wurde "
                                 "ein Netzwerk Integration gegründet, das sich sechsmal traf."}]
    teile["interkommunal"] = [{"p": "Mit den Nachbarkommunen fand ein regelmäßiger Austausch zu "
                                    "gemeinsamen Angeboten und zur Wohnraumversorgung statt."}]
    teile["oeffentlichkeit"] = [{"p": "Ein mehrsprachiger Wegweiser wurde veröffentlicht, zwei "
                                      "Pressegespräche und eine Woche der Vielfalt fanden statt."}]
    teile["land"] = [{"p": "Die Integrationsmanagerin nahm an den Jours fixes des MFFKI und an "
                           "den Fachtagen der DBKI teil und berichtete zum Stand der Umsetzung."}]
    teile["konzept"] = [{"p": "Die Fortschreibung des Integrationskonzepts hat begonnen; ein "
                              "Entwurf soll dem Rat im Frühjahr vorgelegt werden."}]
    teile["mittel"] = _mittel(p)
    teile["ausblick"] = [{"p": f"Im Jahr {jahr + 1} sollen die Lücken bei den Sprachkursen "
                               "geschlossen und das Integrationskonzept beschlossen werden."}]
    order = ["personal", "infrastruktur", "vernetzung", "interkommunal", "oeffentlichkeit",
             "land", "konzept", "mittel", "ausblick"]
    order = [o for o in order if o not in p["ohne"]]
    n = 0
    for key in order:
        if p["kombiniert"] and key == "oeffentlichkeit":
            out += teile[key]  # under the combined heading already opened
            continue
        n += 1
        title = h[key]
        if p["kombiniert"] and key == "vernetzung":
            title = "Vernetzung und Öffentlichkeitsarbeit"
        out.append({"h1": f"{n}. {title}"})
        out += teile[key]
    out.append({"h1": "Anlagen"})
    anlagen = ["Teilnehmendenstatistik der Netzwerktreffen"]
    if p["fragebogen"]:
        anlagen.insert(0, "Ausgefüllter Fragebogen des MFFKI zur Evaluierung des KIM")
    out.append({"liste": anlagen})
    if p["ort_datum"]:
        out.append({"p": f"{k['ort']}, {p['datum']}"})
    else:
        out.append({"p": f"Stand: {p['datum']}"})
    out.append({"p": "Im Auftrag"})
    out.append({"p": "Thomas Lehmann, Abteilungsleitung"})
    return out


BUILDERS = {"antrag": antrag, "bescheid": bescheid, "vorlage": vorlage,
            "jahresbericht": jahresbericht, "koblenz_uv": koblenz_uv}


# the probe round's producers (issue 19): builders "p-…" and their Kommunen in inhalte2.py
from korpus import inhalte2 as _inhalte2  # noqa: E402

BUILDERS.update(_inhalte2.BUILDERS)
for _key in _inhalte2.KOMMUNEN:
    KOMMUNEN.setdefault(_key, _inhalte2.kommune(_key))

# probe round 3 (issue 19): builders "r-…" (Jahresberichte, Vorlagen) and their Kommunen in inhalte4.py
from korpus import inhalte4 as _inhalte4  # noqa: E402

BUILDERS.update(_inhalte4.BUILDERS)
for _key in _inhalte4.KOMMUNEN:
    KOMMUNEN.setdefault(_key, _inhalte4.kommune(_key))

# the probe round 2's producers (issue 19): Anträge and Bescheide, builders "q-…" in inhalte3.py
from korpus import inhalte3 as _inhalte3  # noqa: E402

BUILDERS.update(_inhalte3.BUILDERS)

# probe round 4 (issue 19): builders "s-…" (slide decks, reports with a table of contents,
# council-system Vorlagen) and their Kommunen in inhalte5.py
from korpus import inhalte5 as _inhalte5  # noqa: E402

BUILDERS.update(_inhalte5.BUILDERS)
for _key in _inhalte5.KOMMUNEN:
    KOMMUNEN.setdefault(_key, _inhalte5.kommune(_key))

# probe round 5 (issue 19): Anträge with attachments and Bescheide, builders "t-…" in inhalte6.py
from korpus import inhalte6 as _inhalte6  # noqa: E402

BUILDERS.update(_inhalte6.BUILDERS)
for _key in _inhalte6.KOMMUNEN:
    KOMMUNEN.setdefault(_key, _inhalte6.kommune(_key))

# probe round 6 (issue 19): Anträge and Jahresberichte of small administrations in unusual
# layouts (e-mail prints, merged cells, two columns, three-year plans), builders "u-…" in inhalte7.py
from korpus import inhalte7 as _inhalte7  # noqa: E402

BUILDERS.update(_inhalte7.BUILDERS)
for _key in _inhalte7.KOMMUNEN:
    KOMMUNEN.setdefault(_key, _inhalte7.kommune(_key))

# probe round 7 (issue 19): figures that are no amounts, shares or dates, mixed notations,
# builders "v-…" in inhalte8.py (wrapping the builders of inhalte4.py and inhalte6.py)
from korpus import inhalte8 as _inhalte8  # noqa: E402

BUILDERS.update(_inhalte8.BUILDERS)
