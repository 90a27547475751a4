"""Contents of the development corpus, probe round 6 (issue 19): manifest.yaml entries whose
`inhalt` starts with "u-" (wired into inhalte.BUILDERS).

Anträge and Jahresberichte of small administrations in layouts the older contents do not have:
an e-mail printed to PDF (header lines „Von:/Gesendet:/An:/Betreff:“, the date only in the mail
header, the Ministry's earlier mail quoted below with „>“), staff tables with merged cells and
several lines in one cell (two holders of one post in one cell), the report's body on a
two-column page, a Finanzierungsplan over three Haushaltsjahre with Eigenanteil and Drittmittel
rows, the plan as a bulleted list, staff changes and vacancies across the year boundary, a
Mittelverwendung only in prose („Von den bewilligten 60.000 € wurden 57.412,33 € verausgabt“),
a Berichtszeitraum that is not the calendar year, reports and Anträge signed by two people side
by side. Every figure an expectation depends on is a parameter of the manifest entry.
"""

from __future__ import annotations

from decimal import Decimal

from korpus.inhalte2 import KOMMUNEN as _K2
from korpus.inhalte2 import _de

KOMMUNEN = {
    "u-cochem-zell": ("Landkreis Cochem-Zell", "Kreisverwaltung Cochem-Zell", "Cochem",
                      "Endertplatz 2, 56812 Cochem", "07135", "Landrätin", "Anke Beilstein",
                      "Abteilung 4 – Jugend und Soziales, Sachgebiet Integration", "VG Koblenz"),
    "u-kusel": ("Landkreis Kusel", "Kreisverwaltung Kusel", "Kusel", "Trierer Straße 49–51, 66869 Kusel",
                "07336", "Landrat", "Otto Rubly", "Referat 22 – Soziales und Integration",
                "VG Neustadt"),
    "u-zweibruecken": ("Stadt Zweibrücken", "Stadtverwaltung Zweibrücken", "Zweibrücken",
                       "Herzogstraße 1, 66482 Zweibrücken", "07320000", "Oberbürgermeister",
                       "Marold Wosnitza", "Amt 50 – Soziales, Sachgebiet Integration",
                       "VG Neustadt"),
    "u-ahrweiler": ("Landkreis Ahrweiler", "Kreisverwaltung Ahrweiler", "Bad Neuenahr-Ahrweiler",
                    "Wilhelmstraße 24–30, 53474 Bad Neuenahr-Ahrweiler", "07131", "Landrätin",
                    "Cornelia Weigand", "Abteilung 3 – Soziales, Referat Migration", "VG Koblenz"),
    "u-frankenthal": ("Stadt Frankenthal (Pfalz)", "Stadtverwaltung Frankenthal (Pfalz)",
                      "Frankenthal (Pfalz)", "Rathausplatz 2–7, 67227 Frankenthal (Pfalz)",
                      "07311000", "Oberbürgermeister", "Nicolas Meyer",
                      "Bereich 5 – Jugend und Soziales, Integrationsbüro", "VG Neustadt"),
}
_FELDER = ("name", "verwaltung", "ort", "anschrift", "schluessel", "spitze", "chef", "amt", "gericht")


def kommune(key: str) -> dict:
    return dict(zip(_FELDER, KOMMUNEN.get(key) or _K2[key]))


def _d(value) -> Decimal:
    return Decimal(str(value))


def eur(value, stil: str = "eur") -> str:
    if value in ("", None):
        return ""
    v = _d(value)
    if stil == "glatt":  # „60.000 €“ when whole, else with cents
        return f"{_de(v, 0)} €" if v == v.to_integral() else f"{_de(v, 2)} €"
    if stil == "euro":
        return f"{_de(v, 2)} Euro"
    return f"{_de(v, 2)} €"


# --- the e-mail wrapper ---------------------------------------------------------------------

def _mail_kopf(k: dict, p: dict, betreff: str) -> list[dict]:
    absender = p.get("absender", "Beck, Sabine")
    return [{"p": f"Von: {absender} <integration@{p['kommune'][2:]}.example>\n"
                  f"Gesendet: {p['gesendet']}\n"
                  "An: KIM-Postfach MFFKI <kim@mffki.rlp.example>\n"
                  f"Cc: {p.get('cc', 'Amtsleitung 50')}\n"
                  f"Betreff: {p.get('betreff', betreff)}"},
            {"p": p.get("anrede", "Sehr geehrte Damen und Herren,\n\nim Folgenden übersenden wir "
                                  "Ihnen wie erbeten unsere Unterlagen. Der Text steht unten in "
                                  "dieser Mail, der Fragebogen hängt an.")}]


def _mail_zitat(p: dict) -> list[dict]:
    """The Ministry's earlier mail, quoted below the answer."""
    if not p.get("zitat", True):
        return []
    zeilen = p.get("zitat_zeilen", [
        f"Am {p.get('zitat_datum', '01.10.2026')} um 09:12 schrieb KIM-Postfach MFFKI "
        "<kim@mffki.rlp.example>:",
        "> Sehr geehrte Damen und Herren,",
        "> wir erinnern an die Vorlage des Jahresberichts bis zum 15.12. Die Förderung beträgt",
        "> bis zu 60.000 € Personalkosten je VZÄ und bis zu 20.000 € Sachkosten im Jahr.",
        "> Mit freundlichen Grüßen",
        "> Referat 745"])
    return [{"p": "\n".join(zeilen)}]


# --- staff --------------------------------------------------------------------------------------

def _personal(p: dict) -> list[dict]:
    out: list[dict] = [{"p": t} for t in p.get("personal_saetze", ())]
    tab = p.get("personal_tabelle")
    if tab:
        item: dict = {"tabelle": [list(r) for r in tab]}
        if p.get("personal_verbunden"):
            item["verbunden"] = [tuple(v) for v in p["personal_verbunden"]]
        out.append(item)
    out += [{"p": t} for t in p.get("personal_nach", ())]
    return out


# --- Mittelverwendung -----------------------------------------------------------------------------

def _mittel(p: dict) -> list[dict]:
    stil = p.get("betrag_stil", "eur")
    form = p.get("mittel_form", "tabelle")
    out: list[dict] = [{"p": t} for t in p.get("mittel_vor", ())]
    m = p.get("mittel", {})
    if form == "prosa":  # one sentence per Kostenart
        out.append({"p": f"Von den bewilligten {eur(m['pers_bew'], stil)} für Personalausgaben wurden "
                         f"{eur(m['pers_ist'], stil)} verausgabt. Für Sachausgaben standen "
                         f"{eur(m['sach_bew'], stil)} zur Verfügung, davon wurden "
                         f"{eur(m['sach_ist'], stil)} ausgegeben."})
    elif form == "prosa_gesamt":  # the total first, the parts after it
        bew = _d(m["pers_bew"]) + _d(m["sach_bew"])
        ist = _d(m["pers_ist"]) + _d(m["sach_ist"])
        out.append({"p": f"Von den bewilligten {eur(bew, stil)} wurden {eur(ist, stil)} verausgabt, "
                         f"davon {eur(m['pers_ist'], stil)} für das Personal der Stelle und "
                         f"{eur(m['sach_ist'], stil)} für Sachausgaben (Fortbildung, Dolmetschdienste, "
                         f"Öffentlichkeitsarbeit). Nicht verbraucht wurden {eur(bew - ist, stil)}."})
    elif form == "prosa_bzw":  # both amounts in one sentence, paired by „bzw.“
        out.append({"p": f"Bewilligt waren {eur(m['pers_bew'], stil)} bzw. {eur(m['sach_bew'], stil)}; "
                         f"verausgabt wurden {eur(m['pers_ist'], stil)} bzw. {eur(m['sach_ist'], stil)} "
                         "(Personal- bzw. Sachausgaben)."})
    elif form == "jahre":  # a Berichtszeitraum over two Haushaltsjahre, one row per year
        rows = [["Haushaltsjahr", "Zeitraum", "Personalausgaben", "Sachausgaben", "zusammen"]]
        for j in p["mittel_jahre"]:
            rows.append([str(j["jahr"]), j["zeitraum"], eur(j["pers"], stil), eur(j["sach"], stil),
                         eur(_d(j["pers"]) + _d(j["sach"]), stil)])
        if p.get("mittel_summe", True):
            rows.append(["Summe", p["berichtszeitraum"],
                         eur(sum(_d(j["pers"]) for j in p["mittel_jahre"]), stil),
                         eur(sum(_d(j["sach"]) for j in p["mittel_jahre"]), stil),
                         eur(sum(_d(j["pers"]) + _d(j["sach"]) for j in p["mittel_jahre"]), stil)])
        out.append({"tabelle": rows})
    elif form == "verbunden":  # a header row spanning the amount columns, multi-line labels
        jahr = p.get("jahr", 2026)
        rows = [["", f"Haushaltsjahr {jahr}", "", ""],
                ["Kostenart", "bewilligt", "verausgabt", "Rest"]]
        for label, bew, ist in (("Personalausgaben\n(Entgelt, Arbeitgeberanteile)", m["pers_bew"], m["pers_ist"]),
                                ("Sachausgaben\n(Fortbildung, Dolmetscher, Material)", m["sach_bew"], m["sach_ist"])):
            rows.append([label, eur(bew, stil), eur(ist, stil), eur(_d(bew) - _d(ist), stil)])
        gesamt = m.get("gesamt_ist", _d(m["pers_ist"]) + _d(m["sach_ist"]))
        rows.append(["Gesamt", eur(_d(m["pers_bew"]) + _d(m["sach_bew"]), stil), eur(gesamt, stil),
                     eur(_d(m["pers_bew"]) + _d(m["sach_bew"]) - _d(gesamt), stil)])
        out.append({"tabelle": rows, "verbunden": [(0, 1, 3)]})
    else:
        rows = [["Kostenart", "bewilligt", "verausgabt"],
                ["Personalausgaben", eur(m["pers_bew"], stil), eur(m["pers_ist"], stil)],
                ["Sachausgaben", eur(m["sach_bew"], stil), eur(m["sach_ist"], stil)]]
        out.append({"tabelle": rows})
    out += [{"p": t} for t in p.get("mittel_nach", ())]
    return out


# --- Jahresbericht --------------------------------------------------------------------------------

JB_TEILE = [
    ("Personal", "personal"),
    ("Integrationsinfrastruktur", "Die Bestandsaufnahme der Angebote in den Handlungsfeldern Sprache, "
     "Arbeit, Wohnen und Gesundheit wurde abgeschlossen; 41 Angebote von 19 Trägern sind erfasst."),
    ("Vernetzung in der Kommune", "Die Steuerungsgruppe Integration tagte dreimal; mit "
     "Ausländerbehörde und Jobcenter findet ein monatlicher Austausch statt."),
    ("Interkommunale Vernetzung", "Regelmäßiger Austausch mit den Integrationsmanagerinnen der "
     "Nachbarkreise, zuletzt am 12.11. in Mayen."),
    ("Öffentlichkeitsarbeit", "Zwei Pressemitteilungen, ein mehrsprachiger Wegweiser und ein "
     "Stand beim Herbstmarkt."),
    ("Kooperation mit dem Land", "Teilnahme an den Vernetzungstreffen des MFFKI und am Jour fixe "
     "der DBKI."),
    ("Integrationskonzept", "Die Fortschreibung des Integrationskonzepts wurde im Sozialausschuss "
     "vorgestellt; der Beschluss ist für das Frühjahr vorgesehen."),
    ("Mittelverwendung", "mittel"),
    ("Ausblick", "Im kommenden Jahr sind ein Fachtag Arbeitsmarkt und die Verstetigung der "
     "Steuerungsgruppe geplant."),
]


def _zeichnung(k: dict, p: dict) -> list[dict]:
    z = p.get("zeichnung", "eine")
    if z == "zwei":  # two signatures side by side, names under a rule line
        return [{"tabelle": [["____________________", "____________________"],
                             [f"{k['chef']}\n{k['spitze']}", f"{p.get('zweite', 'Sabine Beck')}\n"
                              f"{p.get('zweite_funktion', 'Integrationsmanagerin')}"]],
                 "rahmenlos": True}]
    if z == "zwei_datiert":  # each signer with place and date of their own signature
        return [{"tabelle": [[f"{k['ort']}, {p['datum']}", f"{k['ort']}, {p['datum2']}"],
                             ["____________________", "____________________"],
                             [f"{k['chef']}\n{k['spitze']}", f"{p.get('zweite', 'Sabine Beck')}\n"
                              f"{p.get('zweite_funktion', 'Integrationsmanagerin')}"]],
                 "rahmenlos": True}]
    if z == "zwei_zeilen":  # the two names one below the other, each with „gez.“
        return [{"p": f"gez. {k['chef']}, {k['spitze']}\ngez. {p.get('zweite', 'Sabine Beck')}, "
                      f"{p.get('zweite_funktion', 'Integrationsmanagerin')}"}]
    if z == "keine":
        return []
    return [{"p": f"Im Auftrag\n{p.get('zweite', 'Sabine Beck')}"}]


def jahresbericht(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    ohne = set(p.get("ohne", ()))
    mail = p.get("huelle") == "email"
    out: list[dict] = []
    if mail:
        out += _mail_kopf(k, p, f"Jahresbericht KIM – {k['name']}")
    else:
        out.append({"briefkopf": [k["verwaltung"], k["amt"], k["anschrift"]]})
        if p.get("datum_oben", True) and p.get("datum"):
            out.append({"rechts": f"{k['ort']}, {p['datum']}"})
    out.append({"titel": p.get("titel", "Jahresbericht Kommunales Integrationsmanagement (KIM)")})
    out.append({"p": p.get("zeitraum_zeile", f"Berichtszeitraum: {p['berichtszeitraum']}")})
    if p.get("spalten"):
        out.append({"spalten": 2})
    titel = dict(p.get("titel_ersatz", {}))
    spalten = bool(p.get("spalten"))
    for n, (name, inhalt) in enumerate([t for t in JB_TEILE if t[0] not in ohne], start=1):
        if spalten and inhalt == "mittel":  # a Word table wider than a column: LibreOffice
            out.append({"spalten": 1})      # cuts it at the page edge – the table below
            spalten = False
        out.append({"h1": f"{n}. {titel.get(name, name)}"})
        if inhalt == "personal":
            out += _personal(p)
        elif inhalt == "mittel":
            out += _mittel(p)
        else:
            out.append({"p": dict(p.get("texte", {})).get(name, inhalt)})
    if spalten:
        out.append({"spalten": 1})
    if p.get("fragebogen", True):
        out.append({"p": "Der ausgefüllte Fragebogen des MFFKI zur Evaluierung des KIM ist beigefügt."})
    if not mail and p.get("datum") and not p.get("datum_oben", True):
        out.append({"p": f"{k['ort']}, den {p['datum']}"})
    out += _zeichnung(k, p)
    if mail:
        out.append({"p": f"--\n{p.get('absender', 'Beck, Sabine')}\n{k['verwaltung']}\n{k['amt']}\n"
                         f"{k['anschrift']}"})
        out += _mail_zitat(p)
    return out


# --- Antrag -------------------------------------------------------------------------------------

def _plan_drei_jahre(p: dict, stil: str) -> list[dict]:
    """Years as columns; Ausgaben, then Finanzierung: Eigenanteil, Drittmittel, Zuwendung."""
    jahre = p["jahre"]
    kopf = ["Position", *[f"{j['jahr']}\n({j['monate']})" if j.get("monate") else str(j["jahr"])
                          for j in jahre], "Gesamt"]
    rows = [kopf]

    def zeile(label, werte):
        return [label, *[eur(w, stil) if w not in (None, "") else "–" for w in werte],
                eur(sum(_d(w or 0) for w in werte), stil)]
    pers = [j["pers"] for j in jahre]
    sach = [j["sach"] for j in jahre]
    ges = [_d(a) + _d(b) for a, b in zip(pers, sach)]
    eigen = [j.get("eigen", 0) for j in jahre]
    dritt = [j.get("dritt", 0) for j in jahre]
    zuw = [j.get("zuw", g - _d(e) - _d(d)) for j, g, e, d in zip(jahre, ges, eigen, dritt)]
    rows += [["A. Ausgaben", *[""] * (len(kopf) - 1)],
             zeile("Personalausgaben", pers), zeile("Sachausgaben", sach),
             zeile("Gesamtausgaben", ges),
             ["B. Finanzierung", *[""] * (len(kopf) - 1)],
             zeile("Eigenanteil", eigen), zeile(p.get("dritt_label", "Drittmittel (Jobcenter)"), dritt),
             zeile("beantragte Zuwendung des Landes", zuw),
             zeile("Gesamtfinanzierung", [_d(e) + _d(d) + _d(z) for e, d, z in zip(eigen, dritt, zuw)])]
    n = len(kopf) - 1
    return [{"tabelle": rows, "verbunden": [(1, 0, n), (5, 0, n)]}]


def _plan_liste(p: dict, stil: str) -> list[dict]:
    items = []
    for j in p["jahre"]:
        zeit = f" ({j['monate']})" if j.get("monate") else ""
        items.append(f"Haushaltsjahr {j['jahr']}{zeit}: Personalausgaben {eur(j['pers'], stil)}, "
                     f"Sachausgaben {eur(j['sach'], stil)}")
    out = [{"p": p.get("liste_vor", "Wir beantragen folgende Zuwendung:")}, {"liste": items}]
    out += [{"p": t} for t in p.get("plan_nach", ("Eigenanteil und Drittmittel sind nicht vorgesehen; "
                                                  "die Zuwendung deckt die Ausgaben vollständig.",))]
    return out


ANTRAG_TEILE = ["Antragsteller", "Ansprechperson", "Organisatorische Anbindung", "Angaben zur Stelle",
                "Aufgaben und Schwerpunkte", "Integrationskonzept", "Förderzeitraum",
                "Finanzierungsplan", "Erklärungen"]


def antrag(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    stil = p.get("betrag_stil", "eur")
    ohne = set(p.get("ohne", ()))
    mail = p.get("huelle") == "email"
    out: list[dict] = []
    if mail:
        out += _mail_kopf(k, p, "Antrag KIM")
    else:
        out.append({"briefkopf": [k["verwaltung"], k["amt"], k["anschrift"]]})
        out.append({"rechts": f"{k['ort']}, {p['datum']}"})
    out.append({"titel": "Antrag auf Förderung des Kommunalen Integrationsmanagements (KIM)"})
    if p.get("spalten"):
        out.append({"spalten": 2})
    texte = {
        "Antragsteller": f"{k['name']}, {k['anschrift']}, vertreten durch {k['spitze']} {k['chef']}; "
                         f"Kreisschlüssel {k['schluessel']}",
        "Ansprechperson": p.get("ansprech", "Frau Sabine Beck, Telefon 02671 61-450"),
        "Organisatorische Anbindung": p.get("anbindung", f"Die Stelle ist in der {k['verwaltung']}, "
                                            f"{k['amt']}, angesiedelt."),
        "Aufgaben und Schwerpunkte": "Aufbau des Netzwerks der Integrationsakteure, Koordinierung im "
                                     "Einzelfall mit Ausländerbehörde und Jobcenter, Fortschreibung "
                                     "des Integrationskonzepts.",
        "Integrationskonzept": "Ein Integrationskonzept liegt vor (Kreistagsbeschluss vom 21.03.2023).",
        "Förderzeitraum": f"Beantragt wird die Förderung vom {p['beginn']} bis zum {p['ende']}.",
    }
    n = 0
    for name in ANTRAG_TEILE:
        if name in ohne:
            continue
        n += 1
        out.append({"h1": f"{n}. {name}"})
        if name == "Angaben zur Stelle":
            out += _personal(p)
        elif name == "Finanzierungsplan":
            if p.get("spalten"):  # the wide plan below the two columns
                out.append({"p": "Der Finanzierungsplan folgt unten."})
            else:
                out += _antrag_plan(p, stil)
        elif name == "Erklärungen":
            out.append({"liste": ["Mit der Maßnahme wurde noch nicht begonnen.",
                                  "Weitere Fördermittel für die Stelle werden nicht beantragt.",
                                  "Die Angaben sind vollständig und richtig."]})
        else:
            out.append({"p": texte[name]})
    if p.get("spalten"):
        out.append({"spalten": 1})
        out.append({"fett": "Finanzierungsplan"})
        out += _antrag_plan(p, stil)
    if "Unterschrift" not in ohne:
        out.append({"fett": "Ort, Datum, Unterschrift"})
        out.append({"p": f"{k['ort']}, {p.get('datum', '')}".rstrip(", ")})
        out += _zeichnung(k, p)
    if mail:
        out += _mail_zitat(p)
    return out


def _antrag_plan(p: dict, stil: str) -> list[dict]:
    out = [{"p": t} for t in p.get("plan_vor", ())]
    out += {"drei": _plan_drei_jahre, "liste": _plan_liste}[p.get("plan_form", "drei")](p, stil)
    return out


BUILDERS = {"u-jahresbericht": jahresbericht, "u-antrag": antrag}
