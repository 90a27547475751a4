"""Contents of the third held-out ("blind") corpus (manifest_blind3.yaml), written from the
guideline kim-rlp-2025 without looking at the checker's fact layer.

Angles of this round: text as it comes out of OCR'd or odd PDF producers (decomposed umlauts,
ligatures, soft hyphens inside words, dashes in amounts, the unit on the next line, the euro
sign before and after, thin spaces as digit groups), Jahresberichte as municipalities narrate
them (a change of holder mid-year, parental leave with a substitute, vacant months, tables of
participants and network meetings full of numbers that are not money), Anträge with several
positions in different departments, an Eigenanteil and a two-year Finanzierungsplan with
"Summe" rows, Vorlagen with Beschlussvorschlag and Begründung that quote the Bescheid, Bescheide
with Nebenbestimmungen and a Teilablehnung, applicants written as abbreviations.

Each case is a dict in FAELLE; BUILDERS maps the case name (the manifest's `inhalt`) to a
function returning the outline (see bauen.py).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

KOMMUNEN = {
    "mainz-bingen": {"name": "Landkreis Mainz-Bingen", "kurz": "Lkr. Mainz-Bingen",
                         "verwaltung": "Kreisverwaltung Mainz-Bingen", "schluessel": "07339",
                         "anschrift": "Georg-Rückert-Straße 11, 55218 Ingelheim am Rhein",
                         "ort": "Ingelheim am Rhein", "spitze": "Landrätin",
                         "gericht": "Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz"},
    "cochem-zell": {"name": "Landkreis Cochem-Zell", "kurz": "KV Cochem-Zell",
                        "verwaltung": "Kreisverwaltung Cochem-Zell", "schluessel": "07135",
                        "anschrift": "Endertplatz 2, 56812 Cochem", "ort": "Cochem", "spitze": "Landrat",
                        "gericht": "Verwaltungsgericht Koblenz, Deinhardplatz 4, 56068 Koblenz"},
    "worms": {"name": "Stadt Worms", "kurz": "Stadtverw. Worms", "verwaltung": "Stadtverwaltung Worms",
                  "schluessel": "07319", "anschrift": "Marktplatz 2, 67547 Worms", "ort": "Worms",
                  "spitze": "Oberbürgermeister",
                  "gericht": "Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz"},
    "kusel": {"name": "Landkreis Kusel", "kurz": "Lkr. Kusel", "verwaltung": "Kreisverwaltung Kusel",
                  "schluessel": "07336", "anschrift": "Trierer Straße 49-51, 66869 Kusel", "ort": "Kusel",
                  "spitze": "Landrat",
                  "gericht": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                          "67433 Neustadt an der Weinstraße"},
    "bitburg-pruem": {"name": "Eifelkreis Bitburg-Prüm", "kurz": "KV Bitburg-Prüm",
                          "verwaltung": "Kreisverwaltung Eifelkreis Bitburg-Prüm",
                          "schluessel": "07232", "anschrift": "Trierer Straße 1, 54634 Bitburg",
                          "ort": "Bitburg", "spitze": "Landrat",
                          "gericht": "Verwaltungsgericht Trier, Egbertstraße 20a, 54295 Trier"},
    "neuwied": {"name": "Landkreis Neuwied", "kurz": "Lkr. Neuwied",
                    "verwaltung": "Kreisverwaltung Neuwied", "schluessel": "07138",
                    "anschrift": "Wilhelm-Leuschner-Straße 9, 56564 Neuwied", "ort": "Neuwied",
                    "spitze": "Landrat",
                    "gericht": "Verwaltungsgericht Koblenz, Deinhardplatz 4, 56068 Koblenz"},
    "alzey-worms": {"name": "Landkreis Alzey-Worms", "kurz": "KV Alzey-Worms",
                        "verwaltung": "Kreisverwaltung Alzey-Worms", "schluessel": "07331",
                        "anschrift": "Ernst-Ludwig-Straße 36, 55232 Alzey", "ort": "Alzey",
                        "spitze": "Landrat",
                        "gericht": "Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz"},
    "nieder-olm": {"name": "Verbandsgemeinde Nieder-Olm", "kurz": "VG Nieder-Olm",
                       "verwaltung": "Verbandsgemeindeverwaltung Nieder-Olm", "schluessel": None,
                       "anschrift": "Pariser Straße 110, 55268 Nieder-Olm", "ort": "Nieder-Olm",
                       "spitze": "Bürgermeister", "gericht": ""},
    "speyer": {"name": "Stadt Speyer", "kurz": "Stadtverw. Speyer",
                   "verwaltung": "Stadtverwaltung Speyer", "schluessel": "07318",
                   "anschrift": "Maximilianstraße 100, 67346 Speyer", "ort": "Speyer",
                   "spitze": "Oberbürgermeisterin",
                   "gericht": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                           "67433 Neustadt an der Weinstraße"},
    "germersheim": {"name": "Landkreis Germersheim", "kurz": "Lkr. Germersheim",
                        "verwaltung": "Kreisverwaltung Germersheim", "schluessel": "07334",
                        "anschrift": "Luitpoldplatz 1, 76726 Germersheim", "ort": "Germersheim",
                        "spitze": "Landrat",
                        "gericht": "Verwaltungsgericht Neustadt an der Weinstraße, "
                                "Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße"},
    "trier": {"name": "Stadt Trier", "kurz": "Stadtverw. Trier", "verwaltung": "Stadtverwaltung Trier",
                  "schluessel": "07211", "anschrift": "Am Augustinerhof, 54290 Trier", "ort": "Trier",
                  "spitze": "Oberbürgermeister",
                  "gericht": "Verwaltungsgericht Trier, Egbertstraße 20a, 54295 Trier"},
    "ludwigshafen": {"name": "Stadt Ludwigshafen am Rhein", "kurz": "Stadtverw. Ludwigshafen",
                         "verwaltung": "Stadtverwaltung Ludwigshafen am Rhein", "schluessel": "07314",
                         "anschrift": "Rathausplatz 20, 67059 Ludwigshafen am Rhein",
                         "ort": "Ludwigshafen am Rhein", "spitze": "Oberbürgermeisterin",
                         "gericht": "Verwaltungsgericht Neustadt an der Weinstraße, "
                                 "Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße"},
    "pirmasens": {"name": "Stadt Pirmasens", "kurz": "Stadtverw. Pirmasens",
                      "verwaltung": "Stadtverwaltung Pirmasens", "schluessel": "07317",
                      "anschrift": "Exerzierplatz 1, 66953 Pirmasens", "ort": "Pirmasens",
                      "spitze": "Oberbürgermeister",
                      "gericht": "Verwaltungsgericht Neustadt an der Weinstraße, "
                              "Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße"},
    "vulkaneifel": {"name": "Landkreis Vulkaneifel", "kurz": "KV Vulkaneifel",
                        "verwaltung": "Kreisverwaltung Vulkaneifel", "schluessel": "07233",
                        "anschrift": "Mainzer Straße 25, 54550 Daun", "ort": "Daun", "spitze": "Landrätin",
                        "gericht": "Verwaltungsgericht Trier, Egbertstraße 20a, 54295 Trier"},
    "landau": {"name": "Stadt Landau in der Pfalz", "kurz": "Stadtverw. Landau i. d. Pf.",
                   "verwaltung": "Stadtverwaltung Landau in der Pfalz", "schluessel": "07313",
                   "anschrift": "Marktstraße 50, 76829 Landau in der Pfalz",
                   "ort": "Landau in der Pfalz", "spitze": "Oberbürgermeister",
                   "gericht": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                           "67433 Neustadt an der Weinstraße"},
    "bad-duerkheim": {"name": "Landkreis Bad Dürkheim", "kurz": "Lkr. Bad Dürkheim",
                          "verwaltung": "Kreisverwaltung Bad Dürkheim", "schluessel": "07332",
                          "anschrift": "Philipp-Fauth-Straße 11, 67098 Bad Dürkheim",
                          "ort": "Bad Dürkheim", "spitze": "Landrat",
                          "gericht": "Verwaltungsgericht Neustadt an der Weinstraße, "
                                  "Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße"},
    "koblenz": {"name": "Stadt Koblenz", "kurz": "Stadtverw. Koblenz",
                    "verwaltung": "Stadtverwaltung Koblenz", "schluessel": "07111",
                    "anschrift": "Willi-Hörter-Platz 1, 56068 Koblenz", "ort": "Koblenz",
                    "spitze": "Oberbürgermeister",
                    "gericht": "Verwaltungsgericht Koblenz, Deinhardplatz 4, 56068 Koblenz"},
    "zweibruecken": {"name": "Stadt Zweibrücken", "kurz": "Stadtverw. Zweibrücken",
                         "verwaltung": "Stadtverwaltung Zweibrücken", "schluessel": "07320",
                         "anschrift": "Herzogstraße 1, 66482 Zweibrücken", "ort": "Zweibrücken",
                         "spitze": "Oberbürgermeister", "gericht": ""},
    "ahrweiler": {"name": "Landkreis Ahrweiler", "kurz": "KV Ahrweiler",
                      "verwaltung": "Kreisverwaltung Ahrweiler", "schluessel": "07131",
                      "anschrift": "Wilhelmstraße 24-30, 53474 Bad Neuenahr-Ahrweiler",
                      "ort": "Bad Neuenahr-Ahrweiler", "spitze": "Landrätin",
                      "gericht": "Verwaltungsgericht Koblenz, Deinhardplatz 4, 56068 Koblenz"},
}

# --- text as odd producers deliver it -----------------------------------------------------------

_SHY_VOR = ("Integrations", "Finanzierungs", "Personal", "Verwaltungs", "Öffentlichkeits",
            "Netzwerk", "Bewilligungs", "Zuwendungs", "Stellen", "Sach", "Jahres", "Neben")


def _shy(text: str) -> str:
    for prefix in _SHY_VOR:
        text = re.sub(rf"({prefix})(?=[a-zäöüß]{{3}})", "\\1\u00ad", text)
    return text


def _ligaturen(text: str) -> str:
    for a, b in (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"),
                 ("fl", "\ufb02")):
        text = text.replace(a, b)
    return text


def _stil(value, arten: tuple[str, ...]):
    if isinstance(value, str):
        if "shy" in arten:
            value = _shy(value)
        if "ligaturen" in arten:
            value = _ligaturen(value)
        if "nfd" in arten:
            value = unicodedata.normalize("NFD", value)
        return value
    if isinstance(value, list):
        return [_stil(v, arten) for v in value]
    if isinstance(value, dict):
        return {k: _stil(v, arten) for k, v in value.items()}
    return value


def betrag(v, form: str = "eur") -> str:
    """An amount as the document writes it."""
    d = Decimal(str(v)).quantize(Decimal("0.01"))
    ganz, cent = f"{d:,.2f}".split(".")
    ganz = ganz.replace(",", ".")
    rund = cent == "00"
    if form == "eur":
        return f"{ganz},{cent} EUR"
    if form == "euro":
        return f"{ganz},{cent} €"
    if form == "strich":  # 60.000,– €
        return f"{ganz},\u2013 €" if rund else f"{ganz},{cent} €"
    if form == "geviert":  # 60.000,— EUR
        return f"{ganz},\u2014 EUR" if rund else f"{ganz},{cent} EUR"
    if form == "vorne":
        return f"€ {ganz},{cent}"
    if form == "duenn":  # thin space as digit group separator
        return f"{ganz.replace('.', chr(0x2009))},{cent} €"
    if form == "nnbsp":
        return f"{ganz},{cent}\u202f€"
    if form == "umbruch":  # the unit on the next line of the cell
        return f"{ganz},{cent}\nEUR"
    raise ValueError(form)


def _fmt(c: dict, v, n: int = 0) -> str:
    """Amount `v` in the case's format; a list of formats alternates along the rows."""
    form = c.get("format", "eur")
    if isinstance(form, list):
        form = form[n % len(form)]
    return betrag(v, form)


def _antragsteller_name(c: dict) -> str:
    k = KOMMUNEN[c["kommune"]]
    return k["kurz"] if c.get("kurzname", True) else k["name"]


# --- Antrag -------------------------------------------------------------------------------------

def antrag(c: dict) -> list[dict]:
    k = KOMMUNEN[c["kommune"]]
    jahre = c["jahre"]  # {year: {"ausgaben": [(label, amount)], "pk": grant, "sk": grant}}
    ohne = set(c.get("ohne", ()))
    out: list[dict] = [{"titel": "Antrag auf Gewährung einer Zuweisung – Kommunales "
                                 "Integrationsmanagement Rheinland-Pfalz (KIM)"}]
    out.append({"p": "An das Ministerium für Familie, Frauen, Kultur und Integration "
                     "Rheinland-Pfalz, Referat Integration, Kaiser-Friedrich-Straße 5a, "
                     "55116 Mainz"})
    out.append({"h1": "1. Antragsteller"})
    rows = [["Antragsteller", _antragsteller_name(c)],
            ["Anschrift", f"{k['verwaltung']}, {k['anschrift']}"]]
    if k["schluessel"] and not c.get("ohne_schluessel"):
        rows.append(["Kreisschlüssel", k["schluessel"]])
    out.append({"formular": rows})
    out.append({"h1": "2. Ansprechperson"})
    out.append({"p": c.get("ansprechperson", "Frau Sabine Lorenz, Tel. 06132 7877-120, "
                                             "lorenz.s@kreis-beispiel.de")})
    out.append({"h1": "3. Angaben zur Stelle"})
    stellen = [["Stelleninhaber/in", "Stellenanteil", "Entgeltgruppe", "Beginn", "Dienststelle"]]
    stellen += [list(s) for s in c["stellen"]]
    out.append({"tabelle": stellen})
    for p in c.get("stellen_text", ()):
        out.append({"p": p})
    out.append({"h1": "4. Organisatorische Anbindung"})
    out.append({"p": c["anbindung"]})
    out.append({"h1": "5. Aufgaben und Schwerpunkte"})
    out.append({"liste": [("Bestandsaufnahme der Integrationsangebote (Wohnen, Sprache und "
                          "Bildung, Migrationsberatung, Arbeitsmarkt)"),
                          ("Aufbau einer Steuerungsgruppe Integration und Vernetzung der "
                          "Akteure vor Ort"),
                          "Öffentlichkeitsarbeit und interkulturelle Öffnung der Verwaltung",
                          "Kooperation mit dem MFFKI und der DBKI, Berichterstattung"]})
    out.append({"h1": "6. Integrationskonzept"})
    out.append({"p": c.get("konzept", "Ein Integrationskonzept liegt seit 2019 vor; es soll "
                                      "mit dem Integrationsmanagement fortgeschrieben werden.")})
    out.append({"h1": "7. Finanzierungsplan"})
    years = sorted(jahre)
    head = ["Position"] + [f"Haushaltsjahr {y}" for y in years]
    plan = [head, ["A. Ausgaben"] + [""] * len(years)]
    labels = [label for label, _ in jahre[years[0]]["ausgaben"]]
    for i, label in enumerate(labels):
        plan.append([label] + [_fmt(c, jahre[y]["ausgaben"][i][1], i) for y in years])
    ges = {y: sum(Decimal(str(a)) for _, a in jahre[y]["ausgaben"]) for y in years}
    summe_a = {y: jahre[y].get("summe_ausgaben_angegeben", ges[y]) for y in years}
    plan.append(["Summe Ausgaben (Gesamtausgaben)"] + [_fmt(c, summe_a[y]) for y in years])
    plan.append(["B. Finanzierung"] + [""] * len(years))
    eigen = {y: ges[y] - Decimal(str(jahre[y]["pk"])) - Decimal(str(jahre[y]["sk"]))
             for y in years}
    plan.append(["Eigenanteil " + k["name"]] + [_fmt(c, eigen[y], 1) for y in years])
    plan.append(["beantragte Zuwendung Personalkosten"] + [_fmt(c, jahre[y]["pk"], 2)
                                                           for y in years])
    plan.append(["beantragte Zuwendung Sachkosten"] + [_fmt(c, jahre[y]["sk"], 3)
                                                       for y in years])
    plan.append(["Summe Finanzierung (Gesamtfinanzierung)"] + [_fmt(c, ges[y]) for y in years])
    out.append({"tabelle": plan})
    for item in c.get("nach_plan", ()):
        out.append(item)
    out.append({"h1": "8. Förderzeitraum"})
    out.append({"p": f"Die Förderung wird für den Zeitraum vom {c['beginn']} bis "
                     f"{c['ende']} beantragt."})
    if "erklaerungen" not in ohne:
        out.append({"h1": "9. Erklärungen"})
        out.append({"p": "Der Antragsteller erklärt, dass für die beantragte Stelle keine "
                         "weiteren Fördermittel des Landes, des Bundes oder der EU beantragt "
                         "oder bewilligt sind (keine Doppelförderung) und dass mit der "
                         "Maßnahme nicht vor der Bewilligung begonnen wird."})
    out.append({"h1": "Ort, Datum, Unterschrift"})
    out.append({"p": f"{k['ort']}, {c['datum']}"})
    out.append({"p": f"gez. {c.get('unterzeichner', 'Müller')}, {k['spitze']}"})
    return _stil(out, tuple(c.get("stil", ())))


# --- Bewilligungsbescheid ----------------------------------------------------------------------

def bescheid(c: dict) -> list[dict]:
    k = KOMMUNEN[c["kommune"]]
    ohne = set(c.get("ohne", ()))
    jahre = c["jahre"]  # {year: (pk, sk)}
    years = sorted(jahre)
    out: list[dict] = [{"briefkopf": [
        "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
        "Kaiser-Friedrich-Straße 5a · 55116 Mainz",
        (f"Mein Aktenzeichen: 3321-0001#2025/{c.get('az', '0041')}-0701 · "
        f"Ihr Schreiben vom {c['antrag_vom']}"),
        ("Ansprechpartner/-in / E-Mail: Jana Weber, jana.weber@mffki.rlp.de · "
        "Telefon / Fax: 06131 16-5512 / 06131 16-175512")]}]
    out.append({"p": f"{k['verwaltung']}, {k['anschrift']}"})
    out.append({"rechts": f"Mainz, {c['datum']}"})
    out.append({"titel": "Zuwendungsbescheid"})
    out.append({"p": "Kommunales Integrationsmanagement Rheinland-Pfalz (KIM); "
                     f"Ihr Antrag vom {c['antrag_vom']}"})
    out.append({"h1": "1. Bewilligung"})
    gesamt = sum(Decimal(str(pk)) + Decimal(str(sk)) for pk, sk in jahre.values())
    out.append({"p": f"Auf Ihren Antrag bewillige ich dem {k['name']} für den "
                     f"Bewilligungszeitraum vom {c['beginn']} bis {c['ende']} zur Finanzierung "
                     "der Stelle des Kommunalen Integrationsmanagements (Zuwendungszweck) eine "
                     f"Zuweisung in Höhe von insgesamt bis zu {_fmt(c, gesamt)}."})
    tab = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"]]
    for i, y in enumerate(years):
        pk, sk = (Decimal(str(x)) for x in jahre[y])
        summe = Decimal(str(c.get("summe_angegeben", {}).get(y, pk + sk)))
        tab.append([str(y), _fmt(c, pk, i), _fmt(c, sk, i + 1), _fmt(c, summe, i)])
    out.append({"tabelle": tab})
    for p in c.get("nach_tenor", ()):
        out.append({"p": p})
    out.append({"h1": "2. Finanzierungsart und zuwendungsfähige Ausgaben"})
    out.append({"p": "Die Zuwendung wird als Festbetragsfinanzierung je Vollzeitäquivalent "
                     "(VZÄ) gewährt. Zuwendungsfähig sind die Personalausgaben der "
                     "Integrationsmanagerin bzw. des Integrationsmanagers und die Sachausgaben "
                     "für Vernetzung, Treffen und Veranstaltungen. Overheadkosten sind nicht "
                     "zuwendungsfähig."})
    for p in c.get("stellen_text", ()):
        out.append({"p": p})
    out.append({"h1": "3. Auszahlung"})
    out.append({"p": "Die Zuwendung wird auf Anforderung ausgezahlt, soweit sie innerhalb von "
                     "zwei Monaten nach der Auszahlung für fällige Zahlungen benötigt wird."})
    out.append({"h1": "4. Jahresbericht und Verwendungsnachweis"})
    out.append({"p": "Bis zum 15. Dezember eines jeden Jahres ist ein Jahresbericht zusammen "
                     "mit dem ausgefüllten Fragebogen des MFFKI vorzulegen. Der "
                     "Verwendungsnachweis ist innerhalb von sechs Monaten nach Ablauf des "
                     "Bewilligungszeitraums vorzulegen."})
    out.append({"h1": "5. Nebenbestimmungen"})
    out.append({"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung "
                     "an kommunale Körperschaften (ANBest-K) sind Bestandteil dieses "
                     "Bescheides. Darüber hinaus gelten folgende besondere Nebenbestimmungen:"})
    out.append({"liste": c.get("nebenbestimmungen", [
        ("Eine Änderung des Stellenanteils oder ein Wechsel der Stelleninhaberin bzw. des "
        "Stelleninhabers ist unverzüglich anzuzeigen."),
        "Monate, in denen die Stelle nicht besetzt ist, werden nicht gefördert.",
        ("Nicht verbrauchte Mittel sind zu erstatten; der Erstattungsanspruch ist nach "
        "§ 49a VwVfG zu verzinsen.")])})
    if "begruendung" not in ohne:
        out.append({"h1": "6. Begründung"})
        out.append({"p": "Rechtsgrundlage sind § 44 LHO und die Verwaltungsvorschriften hierzu "
                         "sowie die Förderrichtlinie KIM. Die Zuwendung ist eine freiwillige "
                         "Leistung des Landes; ein Rechtsanspruch besteht nicht. Ich habe über "
                         "Ihren Antrag nach pflichtgemäßem Ermessen im Rahmen der verfügbaren "
                         "Haushaltsmittel entschieden."})
        for p in c.get("begruendung_extra", ()):
            out.append({"p": p})
    if "rechtsbehelf" not in ohne:
        out.append({"h1": "7. Rechtsbehelfsbelehrung"})
        out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                         f"Klage beim {k['gericht']} erhoben werden. Die Klage ist elektronisch "
                         "einzureichen (§ 55d VwGO)."})
    out.append({"p": "Mit freundlichen Grüßen"})
    out.append({"p": "Im Auftrag"})
    out.append({"p": "Dr. Thomas Brandt"})
    return _stil(out, tuple(c.get("stil", ())))


# --- Unterrichtungsvorlage ---------------------------------------------------------------------

def vorlage(c: dict) -> list[dict]:
    k = KOMMUNEN[c["kommune"]]
    ohne = set(c.get("ohne", ()))
    out: list[dict] = [{"titel": "Unterrichtungsvorlage"}]
    kopf = [["Vorlage-Nr.", c["nummer"]], ["Datum", c["datum"]],
            ["Dezernat", c.get("dezernat", "Dezernat III – Soziales, Jugend, Integration")],
            ["Verfasser", c.get("verfasser", "Amt 50 – Soziales und Integration")],
            ["Aktenzeichen", c.get("az", "50.2-451-12")]]
    if "betreff" not in ohne:
        kopf.append(["Betreff", "Kommunales Integrationsmanagement (KIM) – Sachstandsbericht"])
    out.append({"formular": kopf})
    if "gremienweg" not in ohne:
        out.append({"fett": "Beratungsfolge"})
        out.append({"tabelle": [
            ["Datum", "Gremium", "Zuständigkeit", "Status"],
            [c.get("sitzung", "03.03.2026"), c.get("gremium", "Ausschuss für Soziales und "
                                                              "Integration"),
             "Kenntnisnahme", "öffentlich"]]})
    out.append({"h1": "Beschlussvorschlag"})
    out.append({"p": f"Der {c.get('gremium', 'Ausschuss für Soziales und Integration')} nimmt "
                     "den Bericht der Verwaltung zum Kommunalen Integrationsmanagement zur "
                     "Kenntnis."})
    out.append({"h1": "Begründung"})
    out.append({"h2": "1. Hintergrund"})
    out.append({"p": "Das Land Rheinland-Pfalz fördert mit dem Programm Kommunales "
                     "Integrationsmanagement (KIM) seit August 2025 die 24 Landkreise und 12 "
                     "kreisfreien Städte. Gefördert werden eine Stelle mit bis zu einem "
                     "Vollzeitäquivalent und Sachkosten für Vernetzung und Veranstaltungen."})
    out.append({"p": c["bescheid_zitat"]})
    if "umsetzung" not in ohne:
        out.append({"h2": "2. Umsetzung"})
        out.append({"p": c.get("umsetzung", f"Die Stelle ist im Amt 50 der {k['verwaltung']} "
                                            "angesiedelt. Die Integrationsmanagerin baut eine "
                                            "Steuerungsgruppe auf und erstellt eine "
                                            "Bestandsaufnahme der Angebote.")})
    if "sachstand" not in ohne:
        out.append({"h2": "3. Sachstand"})
        out.append({"p": c.get("sachstand", "Bis Ende Februar fanden drei Netzwerktreffen mit "
                                            "insgesamt 64 Teilnehmenden statt; die "
                                            "Bestandsaufnahme ist zu zwei Dritteln "
                                            "abgeschlossen.")})
    out.append({"h1": "Finanzielle Auswirkungen"})
    out.append({"p": c.get("finanzen", "Die Kosten der Stelle werden bis auf den Eigenanteil "
                                       "durch die Zuweisung des Landes gedeckt.")})
    out.append({"h1": "Anlagen"})
    out.append({"liste": ["Zuwendungsbescheid des MFFKI (Kopie)"]})
    return _stil(out, tuple(c.get("stil", ())))


# --- Jahresbericht ------------------------------------------------------------------------------

def jahresbericht(c: dict) -> list[dict]:
    k = KOMMUNEN[c["kommune"]]
    ohne = set(c.get("ohne", ()))
    jahr = c["jahr"]
    out: list[dict] = [{"titel": f"Jahresbericht {jahr} – Kommunales Integrationsmanagement "
                                 f"{c.get('kopfname', k['name'])}"}]
    out.append({"p": f"Berichtsjahr: {jahr} · Stand: {c['datum']}"})
    out.append({"h1": "1. Personal"})
    out.append({"tabelle": [["Name", "Stellenanteil", "Zeitraum", "Bemerkung"]]
                + [list(r) for r in c["personal"]]})
    for p in c.get("personal_text", ()):
        out.append({"p": p})
    out.append({"h1": "2. Integrationsinfrastruktur"})
    out.append({"p": "Die Bestandsaufnahme der Angebote in den Handlungsfeldern Wohnen, "
                     "Sprache und Bildung, Migrationsberatung und Arbeitsmarkt wurde "
                     "abgeschlossen. Lücken bestehen bei Sprachkursen mit Kinderbetreuung."})
    out.append({"h2": "Steuerungsgremien"})
    out.append({"p": "Die Steuerungsgruppe Integration tagte viermal unter Leitung der "
                     "Sozialdezernentin."})
    out.append({"h1": "3. Vernetzung in der Kommune"})
    out.append({"p": "Die Integrationsmanagerin hat die Netzwerkrunden in den Sozialräumen "
                     "neu aufgestellt. Übersicht:"})
    out.append({"tabelle": c.get("netzwerk", [
        ["Netzwerk", "Treffen", "Teilnehmende"],
        ["Runder Tisch Integration", "4", "112"],
        ["AG Sprache und Bildung", "6", "78"],
        ["Arbeitskreis Arbeitsmarkt", "3", "41"],
        ["Gesamt", "13", "231"]])})
    out.append({"h1": "4. Interkommunale Vernetzung"})
    out.append({"p": "Regelmäßiger Austausch mit den Integrationsmanagerinnen der "
                     "Nachbarkommunen, zwei gemeinsame Fachtage."})
    if "oeffentlichkeit" not in ohne:
        out.append({"h1": "5. Öffentlichkeitsarbeit"})
        out.append({"p": "Interkulturelle Woche mit 1.240 Besucherinnen und Besuchern, drei "
                         "Pressemitteilungen, mehrsprachiger Wegweiser in 2.500 Exemplaren."})
    out.append({"h1": "6. Kooperation mit dem Land"})
    out.append({"p": "Teilnahme an vier Jours fixes des MFFKI und an den Fachtagen der DBKI."})
    out.append({"h1": "7. Integrationskonzept"})
    out.append({"p": "Die Fortschreibung des Integrationskonzepts wurde begonnen; der Entwurf "
                     "soll im Frühjahr des Folgejahres beraten werden."})
    out.append({"h1": "8. Mittelverwendung"})
    mv = c["mittel"]  # (label, bewilligt, verausgabt)
    tab = [["Position", "bewilligt", "verausgabt"]]
    for i, (label, b, v) in enumerate(mv):
        tab.append([label, _fmt(c, b, i), _fmt(c, v, i + 1)])
    sb = sum(Decimal(str(b)) for _, b, _ in mv)
    sv = Decimal(str(c.get("summe_verausgabt", sum(Decimal(str(v)) for _, _, v in mv))))
    tab.append(["Summe", _fmt(c, sb), _fmt(c, sv)])
    out.append({"tabelle": tab})
    for p in c.get("mittel_text", ()):
        out.append({"p": p})
    out.append({"h1": "9. Ausblick"})
    out.append({"p": f"Für {jahr + 1} ist der Beschluss des fortgeschriebenen "
                     "Integrationskonzepts geplant."})
    out.append({"h1": "Anlagen"})
    if "fragebogen" not in ohne:
        out.append({"liste": [("Fragebogen des MFFKI zur Evaluierung des KIM (ausgefüllt, "
                              "beigefügt)"), "Teilnehmendenlisten der Netzwerktreffen"]})
    else:
        out.append({"liste": ["Teilnehmendenlisten der Netzwerktreffen",
                              "Pressespiegel"]})
    out.append({"p": f"{k['ort']}, {c['datum']}"})
    return _stil(out, tuple(c.get("stil", ())))


# --- the cases ----------------------------------------------------------------------------------

def _voll(pk=60000, sk=18000, kosten=78400, sach=((12000, ("Netzwerktreffen und "
                                                  "Veranstaltungen")), (6000, ("Dolmetsch- "
                                                                       "und Übersetzungskosten")))):
    ausgaben = [("Personalkosten Integrationsmanagement", kosten)]
    ausgaben += [(f"Sachkosten: {label}", a) for a, label in sach]
    return {"ausgaben": ausgaben, "pk": pk, "sk": sk}


FAELLE: dict[str, tuple] = {}


def _fall(name, builder, **c):
    FAELLE[name] = (builder, c)


ANB_SOZ = ("Die Stelle ist in der {v} im Fachbereich Soziales, Abteilung Integration und "
           "Migration, angesiedelt und untersteht unmittelbar der Fachbereichsleitung.")

# Anträge
_fall("b3-antrag-mainz-bingen-nfd", antrag, kommune="mainz-bingen", datum="10.12.2025",
      beginn="01.01.2026", ende="31.12.2027", stil=("nfd",), format="euro",
      stellen=[("Frau Mira Öztürk", "1,0 VZÄ", "E 11 TVöD", "01.01.2026",
                "Abteilung Soziales, Referat Integration")],
      anbindung=ANB_SOZ.format(v="Kreisverwaltung Mainz-Bingen"),
      jahre={2026: _voll(kosten=78400), 2027: _voll(kosten=80750)})
_fall("b3-antrag-cochem-zell-ligaturen", antrag, kommune="cochem-zell", datum="02.02.2026",
      beginn="01.04.2026", ende="31.12.2027", stil=("ligaturen", "shy"), format="strich",
      stellen=[("Frau Lea Fink", "0,5 VZÄ", "E 10 TVöD", "01.04.2026",
                "Abt. 5 Soziales (Sozialplanung)"),
               ("Herr Jonas Pfaff", "0,5 VZÄ", "E 10 TVöD", "01.04.2026",
                "Stabsstelle Integration im Büro des Landrats")],
      stellen_text=["Die beiden Stellenanteile ergeben zusammen ein Vollzeitäquivalent."],
      anbindung="Beide Stellenanteile sind in der Kreisverwaltung Cochem-Zell angesiedelt: "
                "ein Anteil in der Abteilung Soziales, einer in der Stabsstelle Integration "
                "beim Landrat. Die fachliche Koordination liegt bei der Stabsstelle.",
      jahre={2026: _voll(pk=45000, sk=15000, kosten=54000, sach=((9000, "Netzwerkarbeit"),
                                                                 (6000, "Fortbildung"))),
             2027: _voll(pk=60000, sk=20000, kosten=73500, sach=((14000, "Netzwerkarbeit"),
                                                                 (6000, "Fortbildung")))})
_fall("b3-antrag-worms-euro-vorne", antrag, kommune="worms", datum="15.01.2026",
      beginn="01.03.2026", ende="28.02.2027", format=["vorne", "duenn", "euro"],
      stellen=[("Herr Daniel Reuter", "39 Std./Woche", "E 11 TVöD", "01.03.2026",
                "Bereich 5 – Soziales, Abteilung 5.3 Integration")],
      anbindung=ANB_SOZ.format(v="Stadtverwaltung Worms"),
      jahre={2026: _voll(pk=50000, sk=15000, kosten=64500,
                         sach=((10000, "Netzwerktreffen"), (5000, "Öffentlichkeitsarbeit"))),
             2027: _voll(pk=10000, sk=3000, kosten=13000,
                         sach=((2000, "Netzwerktreffen"), (1000, "Öffentlichkeitsarbeit")))})
_fall("b3-antrag-kusel-eur-umbruch", antrag, kommune="kusel", datum="05.03.2026",
      beginn="01.07.2026", ende="30.06.2027", format="umbruch",
      stellen=[("N. N. (Stelle in Ausschreibung)", "1,0 VZÄ", "E 11 TVöD", "01.07.2026",
                "Sozialamt, Sachgebiet Integration")],
      anbindung=ANB_SOZ.format(v="Kreisverwaltung Kusel"),
      jahre={2026: _voll(pk=30000, sk=10000, kosten=38500,
                         sach=((6000, "Netzwerkarbeit"), (4000, "Veranstaltungen"))),
             2027: _voll(pk=30000, sk=10000, kosten=39600,
                         sach=((6000, "Netzwerkarbeit"), (4000, "Veranstaltungen")))})
_fall("b3-antrag-bitburg-pruem-nummeriert", antrag, kommune="bitburg-pruem",
      datum="20.10.2025", beginn="01.01.2026", ende="31.12.2026", format="geviert",
      stellen=[("Frau Katrin Weiß", "0,5 VZÄ", "E 10 TVöD", "01.01.2026", "Sozialamt"),
               ("Frau Anja Becker", "19,5 Std./Woche", "E 10 TVöD", "01.01.2026",
                "Amt für Schulen, Kultur und Integration")],
      anbindung="Die beiden Stellenanteile sind in der Kreisverwaltung Eifelkreis "
                "Bitburg-Prüm angesiedelt (Sozialamt sowie Amt für Schulen, Kultur und "
                "Integration).",
      jahre={2026: _voll(pk=60000, sk=20000, kosten=71200,
                         sach=((11000, "Netzwerkarbeit"), (9000, "Veranstaltungen")))})
_fall("b3-antrag-neuwied-pk-ueber", antrag, kommune="neuwied", datum="12.11.2025",
      beginn="01.01.2026", ende="31.12.2027", format="euro",
      stellen=[("Herr Tobias Klein", "1,0 VZÄ", "E 11 TVöD", "01.01.2026",
                "Amt 50 Soziales, Integration")],
      anbindung=ANB_SOZ.format(v="Kreisverwaltung Neuwied"),
      jahre={2026: _voll(pk=66000, sk=12000, kosten=78400),
             2027: _voll(pk=66000, sk=12000, kosten=80750)})
_fall("b3-antrag-alzey-worms-sachsumme", antrag, kommune="alzey-worms", datum="30.01.2026",
      beginn="01.01.2026", ende="31.12.2026", stil=("shy",), format="euro",
      stellen=[("Frau Nora Schuster", "1,0 VZÄ", "E 11 TVöD", "01.01.2026",
                "Referat 31 Soziales und Integration")],
      anbindung=ANB_SOZ.format(v="Kreisverwaltung Alzey-Worms"),
      jahre={2026: _voll(pk=60000, sk=18000, kosten=77900,
                         sach=((18000, "laut Sachkostenaufstellung"),))},
      nach_plan=[{"fett": "Sachkostenaufstellung 2026"},
                 {"tabelle": [["Sachkosten", "Betrag"],
                              ["Netzwerktreffen (Raummiete, Verpflegung)", "4.500,00 €"],
                              ["Dolmetschpool", "6.000,00 €"],
                              ["Öffentlichkeitsarbeit, Druck", "3.500,00 €"],
                              ["Fortbildung", "4.000,00 €"],
                              ["Summe", "19.000,00 €"]]}])
_fall("b3-antrag-vg-nieder-olm", antrag, kommune="nieder-olm", datum="18.12.2025",
      beginn="01.02.2026", ende="31.12.2026", format="eur", kurzname=True,
      stellen=[("Frau Petra Jung", "1,0 VZÄ", "E 10 TVöD", "01.02.2026",
                "Fachbereich 2 Bürgerdienste")],
      anbindung=ANB_SOZ.format(v="Verbandsgemeindeverwaltung Nieder-Olm"),
      jahre={2026: _voll(pk=55000, sk=18000, kosten=67000,
                         sach=((10000, "Netzwerkarbeit"), (8000, "Veranstaltungen")))})
_fall("b3-antrag-speyer-traeger", antrag, kommune="speyer", datum="22.01.2026",
      beginn="01.03.2026", ende="28.02.2027", format="nnbsp",
      stellen=[("Herr Felix Ahrens", "1,0 VZÄ", "E 11 TVöD", "01.03.2026",
                "Caritasverband Speyer e. V., Migrationsdienst")],
      anbindung="Die Stelle wird beim Caritasverband für die Diözese Speyer e. V. "
                "(Migrationsdienst) angesiedelt; die Stadt leitet die Zuwendung an den "
                "Träger weiter. Die fachliche Abstimmung erfolgt mit dem Fachbereich Soziales.",
      jahre={2026: _voll(pk=50000, sk=15000, kosten=64000,
                         sach=((10000, "Netzwerkarbeit"), (5000, "Veranstaltungen"))),
             2027: _voll(pk=10000, sk=3000, kosten=13000,
                         sach=((2000, "Netzwerkarbeit"), (1000, "Veranstaltungen")))})
_fall("b3-antrag-germersheim-anteil", antrag, kommune="germersheim", datum="09.09.2025",
      beginn="01.01.2026", ende="31.12.2026", format="euro",
      stellen=[("Frau Selin Aydın", "0,6 VZÄ", "E 11 TVöD", "01.01.2026",
                "Abteilung Jugend und Soziales"),
               ("Herr Marco Braun", "0,4 VZÄ", "E 11 TVöD", "01.01.2026",
                "Stabsstelle Kreisentwicklung")],
      anbindung="Beide Stellenanteile sind in der Kreisverwaltung Germersheim angesiedelt.",
      jahre={2026: _voll(pk=60000, sk=20000, kosten=79000,
                         sach=((12000, "Netzwerkarbeit"), (8000, "Veranstaltungen")))})
_fall("b3-antrag-trier-ohne-erklaerung", antrag, kommune="trier", datum="14.04.2026",
      beginn="01.06.2026", ende="31.05.2027", stil=("nfd",), format="eur", ohne=("erklaerungen",),
      stellen=[("Frau Jülide Kaya", "1,0 VZÄ", "E 11 TVöD", "01.06.2026",
                "Amt für Soziales und Wohnen, Abteilung Integration")],
      anbindung=ANB_SOZ.format(v="Stadtverwaltung Trier"),
      jahre={2026: _voll(pk=35000, sk=11000, kosten=45500,
                         sach=((7000, "Netzwerkarbeit"), (4000, "Veranstaltungen"))),
             2027: _voll(pk=25000, sk=8000, kosten=33000,
                         sach=((5000, "Netzwerkarbeit"), (3000, "Veranstaltungen")))})

# Bescheide
_fall("b3-bescheid-mainz-bingen-teilablehnung", bescheid, kommune="mainz-bingen",
      antrag_vom="10.12.2025", datum="22.12.2025", beginn="01.01.2026", ende="31.12.2027",
      format="geviert", az="0052",
      jahre={2026: (60000, 15000), 2027: (60000, 15000)},
      nach_tenor=[("Sie haben Zuwendungen von 60.000,— EUR Personalkosten und 20.000,— EUR "
                  "Sachkosten je Haushaltsjahr beantragt. Soweit Sachkosten von 5.000,— EUR je "
                  "Haushaltsjahr für den Dolmetschpool beantragt sind, wird der Antrag "
                  "abgelehnt (Teilablehnung).")],
      begruendung_extra=[("Die Kosten des Dolmetschpools werden bereits aus dem Landesprogramm "
                         "Sprachmittlung gefördert; eine Doppelförderung ist ausgeschlossen. "
                         "Insoweit war der Antrag abzulehnen.")])
_fall("b3-bescheid-cochem-zell-nfd", bescheid, kommune="cochem-zell", antrag_vom="03.11.2025",
      datum="15.12.2025", beginn="01.01.2026", ende="31.12.2026", format="euro",
      stil=("nfd", "ligaturen"), az="0047", jahre={2026: (60000, 20000)})
_fall("b3-bescheid-worms-nebenbestimmungen", bescheid, kommune="worms",
      antrag_vom="15.01.2026", datum="20.02.2026", beginn="01.03.2026", ende="28.02.2027",
      format=["vorne", "euro"], az="0063",
      jahre={2026: (50000, 15000), 2027: (10000, 3000)},
      nebenbestimmungen=[
          ("Die Zuwendung darf nur für die Stelle in der Stadtverwaltung Worms verwendet "
          "werden; eine Weiterleitung an Dritte ist ausgeschlossen."),
          ("Ein Wechsel der Stelleninhaberin oder des Stelleninhabers ist innerhalb von zwei "
          "Wochen anzuzeigen."),
          ("Für jeden vollen Kalendermonat ohne Besetzung verringert sich die Zuwendung um "
          "5.000,00 € Personalkosten."),
          ("Zu Unrecht erhaltene Beträge sind zu erstatten und nach § 49a VwVfG mit fünf "
          "Prozentpunkten über dem Basiszinssatz jährlich zu verzinsen.")])
_fall("b3-bescheid-kusel-halbjahr", bescheid, kommune="kusel", antrag_vom="05.03.2026",
      datum="12.05.2026", beginn="01.07.2026", ende="30.06.2027", format="umbruch", az="0071",
      jahre={2026: (30000, 10000), 2027: (30000, 10000)},
      stellen_text=[("Die Zuwendung für die noch unbesetzte Stelle steht unter der Bedingung "
                    "ihrer Besetzung; gefördert wird jeder volle Kalendermonat ab Besetzung.")])
_fall("b3-bescheid-koblenz-zwei-halbe", bescheid, kommune="koblenz", antrag_vom="30.10.2025",
      datum="27.11.2025", beginn="01.12.2025", ende="31.12.2026", format="eur", az="0039",
      jahre={2025: (5000, 1500), 2026: (60000, 20000)},
      stellen_text=[("Gefördert werden zwei Stellenanteile von je 0,5 VZÄ im Amt für "
                    "Migration und Integration der Stadtverwaltung Koblenz.")])
_fall("b3-bescheid-ludwigshafen-sachkosten", bescheid, kommune="ludwigshafen",
      antrag_vom="12.09.2025", datum="10.11.2025", beginn="01.01.2026", ende="31.12.2026",
      format="euro", az="0033", jahre={2026: (60000, 24000)})
_fall("b3-bescheid-pirmasens-ohne-rbb", bescheid, kommune="pirmasens", antrag_vom="01.10.2025",
      datum="17.11.2025", beginn="01.01.2026", ende="31.12.2026", format="strich", az="0036",
      ohne=("rechtsbehelf",), jahre={2026: (60000, 20000)})
_fall("b3-bescheid-vulkaneifel-summe", bescheid, kommune="vulkaneifel",
      antrag_vom="08.10.2025", datum="01.12.2025", beginn="01.01.2026", ende="31.12.2027",
      format="euro", az="0044", jahre={2026: (60000, 20000), 2027: (60000, 20000)},
      summe_angegeben={2027: 85000})
_fall("b3-bescheid-landau-ohne-begruendung", bescheid, kommune="landau",
      antrag_vom="21.01.2026", datum="02.03.2026", beginn="01.04.2026", ende="31.12.2026",
      format="eur", stil=("shy",), az="0066", ohne=("begruendung",),
      jahre={2026: (45000, 15000)})
_fall("b3-bescheid-bad-duerkheim-anteilig", bescheid, kommune="bad-duerkheim",
      antrag_vom="04.06.2026", datum="15.09.2026", beginn="01.10.2026", ende="30.09.2027",
      format=["vorne", "euro"], az="0088", jahre={2026: (60000, 5000), 2027: (45000, 15000)})

# Vorlagen
_ZITAT = ("Mit Bescheid vom {d} hat das MFFKI eine Zuweisung von {pk} Personalkosten und "
          "{sk} Sachkosten je Haushaltsjahr bewilligt.")
_fall("b3-vorlage-worms-beschlussvorschlag", vorlage, kommune="worms", nummer="0137/2026",
      datum="04.03.2026", gremium="Ausschuss für Soziales, Integration und Senioren",
      sitzung="18.03.2026",
      bescheid_zitat=_ZITAT.format(d="20.02.2026", pk="€ 50.000,00", sk="€ 15.000,00")
      + " Für Januar und Februar 2027 folgen € 10.000,00 und € 3.000,00.",
      finanzen="Personalkosten der Stelle (E 11) rund € 64.500,00 im Jahr 2026; davon "
               "trägt die Stadt € 14.500,00 als Eigenanteil.")
_fall("b3-vorlage-mainz-bingen-nfd", vorlage, kommune="mainz-bingen", nummer="KA/2026/014",
      datum="12.01.2026", gremium="Kreisausschuss", sitzung="26.01.2026", stil=("nfd",),
      bescheid_zitat=_ZITAT.format(d="22.12.2025", pk="60.000,— EUR", sk="15.000,— EUR")
      + " Der Antrag auf weitere 5.000,— EUR Sachkosten für den Dolmetschpool wurde "
        "abgelehnt.")
_fall("b3-vorlage-cochem-zell-ligaturen", vorlage, kommune="cochem-zell", nummer="2026/031",
      datum="09.02.2026", gremium="Ausschuss für Soziales und Integration",
      stil=("ligaturen", "shy"),
      bescheid_zitat=_ZITAT.format(d="15.12.2025", pk="60.000,– €", sk="20.000,– €"))
_fall("b3-vorlage-kusel-odt", vorlage, kommune="kusel", nummer="V/2026/0088",
      datum="20.05.2026", gremium="Sozialausschuss", sitzung="10.06.2026",
      bescheid_zitat=_ZITAT.format(d="12.05.2026", pk="30.000,00 EUR", sk="10.000,00 EUR")
      + " Der Bewilligungszeitraum beginnt am 01.07.2026.",
      umsetzung="Die Stelle (1,0 VZÄ, E 11) wurde ausgeschrieben; die Besetzung ist zum "
                "01.07.2026 vorgesehen. Angesiedelt ist sie im Sozialamt der Kreisverwaltung.")
_fall("b3-vorlage-trier-nummeriert", vorlage, kommune="trier", nummer="0456/2026",
      datum="23.06.2026", gremium="Dezernatsausschuss II",
      bescheid_zitat=_ZITAT.format(d="28.05.2026", pk="35.000 EUR", sk="11.000 EUR"))
_fall("b3-vorlage-germersheim-fett", vorlage, kommune="germersheim", nummer="KT-2026-022",
      datum="16.02.2026", gremium="Kreisausschuss", sitzung="02.03.2026",
      bescheid_zitat=_ZITAT.format(d="19.12.2025", pk="60.000\u2009€", sk="20.000\u2009€"))
_fall("b3-vorlage-speyer-ohne-gremienweg", vorlage, kommune="speyer", nummer="1021/2026",
      datum="11.03.2026", ohne=("gremienweg",),
      bescheid_zitat=_ZITAT.format(d="25.02.2026", pk="50.000,00 €", sk="15.000,00 €"))
_fall("b3-vorlage-neuwied-ohne-sachstand", vorlage, kommune="neuwied", nummer="2026/0412",
      datum="24.02.2026", ohne=("sachstand",),
      bescheid_zitat=_ZITAT.format(d="15.12.2025", pk="60.000 €", sk="12.000 €"))
_fall("b3-vorlage-zweibruecken-ohne-umsetzung", vorlage, kommune="zweibruecken",
      nummer="UV/0019/2026", datum="05.05.2026", ohne=("umsetzung",), stil=("shy",),
      bescheid_zitat=_ZITAT.format(d="14.04.2026", pk="45.000,– €", sk="15.000,– €"))

# Jahresberichte
_fall("b3-jb-mainz-bingen-wechsel", jahresbericht, kommune="mainz-bingen", jahr=2026,
      datum="27.11.2026", kopfname="Lkr. Mainz-Bingen", format="euro",
      personal=[("Frau Mira Öztürk", "1,0 VZÄ", "01.01.2026 – 30.06.2026",
                 "ausgeschieden (Wechsel in ein anderes Amt)"),
                ("Herr Paul Seidel", "1,0 VZÄ", "seit 01.08.2026", "Nachfolger")],
      personal_text=[("Im Juli 2026 war die Stelle unbesetzt. Zu keinem Zeitpunkt waren mehr "
                     "als 1,0 VZÄ besetzt; gefördert wurden elf volle Monate.")],
      mittel=[("Personalkosten", 60000, 52380), ("Sachkosten", 15000, 13940.25)])
_fall("b3-jb-cochem-zell-elternzeit", jahresbericht, kommune="cochem-zell", jahr=2026,
      datum="04.12.2026", stil=("nfd", "ligaturen"), format="strich",
      personal=[("Frau Lea Brand", "1,0 VZÄ", "01.01.2026 – 30.04.2026",
                 "seit 01.05.2026 in Elternzeit"),
                ("Herr Nils Otto", "1,0 VZÄ", "seit 01.06.2026",
                 "befristete Vertretung für die Dauer der Elternzeit")],
      personal_text=[("Im Mai 2026 war die Stelle nicht besetzt. Die Vertretung tritt an die "
                     "Stelle von Frau Brand; gefördert ist weiterhin 1,0 VZÄ.")],
      mittel=[("Personalkosten", 60000, 53100), ("Sachkosten", 20000, 16240.50)])
_fall("b3-jb-worms-zahlen", jahresbericht, kommune="worms", jahr=2026, datum="01.12.2026",
      kopfname="Stadtverw. Worms", format=["vorne", "euro"],
      personal=[("Herr Daniel Reuter", "39 Std./Woche", "seit 01.03.2026", "")],
      netzwerk=[["Netzwerk", "Treffen 2026", "Teilnehmende", "davon Ehrenamtliche"],
                ["Runder Tisch Integration", "5", "146", "38"],
                ["AG Wohnen", "4", "52", "11"],
                ["AG Sprache und Bildung", "6", "1.080", "240"],
                ["Sprechstunde Vereine", "22", "310", "310"],
                ["Gesamt", "37", "1.588", "599"]],
      mittel=[("Personalkosten", 50000, 49650), ("Sachkosten", 15000, 14210)])
_fall("b3-jb-kusel-vakanz", jahresbericht, kommune="kusel", jahr=2026, datum="30.11.2026",
      format="umbruch",
      personal=[("Frau Ina Roth", "0,5 VZÄ", "seit 01.07.2026", ""),
                ("unbesetzt", "0,5 VZÄ", "01.07.2026 – 30.09.2026", "Vakanz"),
                ("Herr Ole Wagner", "0,5 VZÄ", "seit 01.10.2026", "")],
      personal_text=[("Bewilligungszeitraum: 01.07.2026 bis 30.06.2027. Der zweite "
                     "Stellenanteil war von Juli bis September unbesetzt; die Mittel für diese "
                     "drei Monate werden nicht abgerufen.")],
      mittel=[("Personalkosten", 30000, 22300), ("Sachkosten", 10000, 7630)])
_fall("b3-jb-ahrweiler-nummeriert", jahresbericht, kommune="ahrweiler", jahr=2026,
      datum="10.12.2026", format="geviert",
      personal=[("Frau Hanna Vogt", "1,0 VZÄ", "seit 01.01.2026", "")],
      mittel=[("Personalkosten", 60000, 58900), ("Sachkosten", 20000, 19400)])
_fall("b3-jb-trier-spaet", jahresbericht, kommune="trier", jahr=2025, datum="22.12.2025",
      format="eur",
      personal=[("Frau Jülide Kaya", "1,0 VZÄ", "seit 01.09.2025", "")],
      mittel=[("Personalkosten", 20000, 19400), ("Sachkosten", 6000, 4100)])
_fall("b3-jb-mainz-bingen-ueber-bewilligung", jahresbericht, kommune="mainz-bingen",
      jahr=2026, datum="08.12.2026", format="euro",
      personal=[("Frau Mira Öztürk", "1,0 VZÄ", "seit 01.01.2026", "")],
      mittel=[("Personalkosten", 60000, 59200), ("Sachkosten", 15000, 17500)],
      mittel_text=[("Die Mehrausgaben bei den Sachkosten entstanden durch zusätzliche "
                   "Dolmetscheinsätze.")])
_fall("b3-jb-neuwied-ohne-fragebogen", jahresbericht, kommune="neuwied", jahr=2026,
      datum="11.12.2026", format="euro", ohne=("fragebogen",),
      personal=[("Herr Tobias Klein", "1,0 VZÄ", "seit 01.01.2026", "")],
      mittel=[("Personalkosten", 60000, 57300), ("Sachkosten", 12000, 11800)])
_fall("b3-jb-speyer-summe", jahresbericht, kommune="speyer", jahr=2026, datum="14.12.2026",
      format="nnbsp",
      personal=[("Herr Felix Ahrens", "1,0 VZÄ", "seit 01.03.2026", "")],
      mittel=[("Personalkosten", 50000, 48700), ("Sachkosten", 15000, 12950)],
      summe_verausgabt=62650)
_fall("b3-jb-landau-ohne-oeffentlichkeit", jahresbericht, kommune="landau", jahr=2026,
      datum="02.12.2026", format="eur", stil=("shy",), ohne=("oeffentlichkeit",),
      personal=[("Frau Eva Hahn", "1,0 VZÄ", "seit 01.04.2026", "")],
      mittel=[("Personalkosten", 45000, 44100), ("Sachkosten", 15000, 9800)])
_fall("b3-jb-pirmasens-vzae", jahresbericht, kommune="pirmasens", jahr=2026,
      datum="09.12.2026", format="strich",
      personal=[("Frau Carla Neumann", "0,75 VZÄ", "seit 01.01.2026", ""),
                ("Herr Jan Schulte", "0,5 VZÄ", "seit 01.01.2026", "")],
      personal_text=["Beide Kräfte arbeiten das ganze Jahr parallel im Integrationsmanagement."],
      mittel=[("Personalkosten", 60000, 58000), ("Sachkosten", 20000, 18000)])


def _builder(name):
    def build(parameter: dict) -> list[dict]:
        fn, case = FAELLE[name]
        return fn({**case, **(parameter or {})})
    return build


BUILDERS = {name: _builder(name) for name in FAELLE}


def kopfzeile(e) -> str:
    _fn, case = FAELLE[e.inhalt]
    k = KOMMUNEN[case["kommune"]]
    if e.art == "vorlage":
        return f"Ratsinformationssystem {k['name']} · Vorlage {case['nummer']} · Druckansicht"
    if e.art == "bescheid":
        return "MFFKI Rheinland-Pfalz · e-Akte · Druckansicht"
    return f"{k['verwaltung']} · Dokumentenablage · Druckansicht"
