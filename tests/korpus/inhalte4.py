"""Contents of the development corpus, probe round 3 (issue 19): manifest.yaml entries whose
`inhalt` starts with "r-" (wired into inhalte.BUILDERS).

Jahresberichte and Unterrichtungsvorlagen in habits the older contents do not have: a
Kennzahlen table full of counts, percentages and dates before the money; a Mittelverwendung
table with bewilligt / verausgabt / Rest columns, optionally with per-quarter columns; staff
changes narrated in sentences ("seit Mitte März", "zum 1.4."); a report over two years; the
report's parts as a Gliederung (I., 1.1); the Fragebogen named in other words; council-system
prints (ALLRIS, Session, SD.NET) with their header lines and footers; Beschluss-, Mitteilungs-
and Informationsvorlagen; Beratungsfolge tables with dates. Every figure an expectation
depends on is a parameter of the manifest entry.
"""

from __future__ import annotations

from decimal import Decimal

from korpus.inhalte2 import KOMMUNEN as _K2
from korpus.inhalte2 import eur

KOMMUNEN = {
    "kusel": ("Landkreis Kusel", "Kreisverwaltung Kusel", "Kusel", "Trierer Straße 49–51, 66869 Kusel",
              "07336", "Landrat", "Otto Rubly", "Abteilung 4 – Soziales, Referat Integration",
              "VG Neustadt"),
    "vulkaneifel": ("Landkreis Vulkaneifel", "Kreisverwaltung Vulkaneifel", "Daun",
                    "Mainzer Straße 25, 54550 Daun", "07233", "Landrätin", "Julia Gieseking",
                    "Fachbereich 3 – Jugend, Familie, Soziales", "VG Trier"),
    "zweibruecken": ("Stadt Zweibrücken", "Stadtverwaltung Zweibrücken", "Zweibrücken",
                     "Herzogstraße 1, 66482 Zweibrücken", "07320000", "Oberbürgermeister",
                     "Dr. Marold Wosnitza", "Amt 50 – Soziales, Integrationsbüro", "VG Neustadt"),
    "pirmasens": ("Stadt Pirmasens", "Stadtverwaltung Pirmasens", "Pirmasens",
                  "Exerzierplatzstraße 17, 66953 Pirmasens", "07317000", "Oberbürgermeister",
                  "Markus Zwick", "Amt 50 – Soziales und Integration", "VG Neustadt"),
    "westerwald": ("Westerwaldkreis", "Kreisverwaltung des Westerwaldkreises", "Montabaur",
                   "Peter-Altmeier-Platz 1, 56410 Montabaur", "07143", "Landrat", "Achim Schwickert",
                   "Referat 21 – Integration und Migration", "VG Koblenz"),
    "cochem": ("Landkreis Cochem-Zell", "Kreisverwaltung Cochem-Zell", "Cochem",
               "Endertplatz 2, 56812 Cochem", "07135", "Landrätin", "Anke Beilstein",
               "Abteilung 2 – Soziales und Integration", "VG Koblenz"),
}
_FELDER = ("name", "verwaltung", "ort", "anschrift", "schluessel", "spitze", "chef", "amt", "gericht")


def kommune(key: str) -> dict:
    return dict(zip(_FELDER, KOMMUNEN.get(key) or _K2[key]))


def _betrag(v, stil: str) -> str:
    return "" if v in ("", None) else eur(v, stil)


# --- Jahresbericht ------------------------------------------------------------------------------

GLIEDERUNG = {
    "roemisch": lambda n: f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n - 1]}.",
    "zahl": lambda n: f"{n}.",
    "buchst": lambda n: f"{'ABCDEFGHI'[n - 1]})",
    "keine": lambda n: "",
}
TEILE = [
    ("Personelle Ausstattung", "personal"),
    ("Kennzahlen des Berichtsjahres", "kennzahlen"),
    ("Aufbau der Integrationsinfrastruktur", "Die Angebote in den Handlungsfeldern Sprache, Arbeit "
     "und Wohnen wurden erfasst; eine Übersicht (63 Angebote von 27 Trägern) liegt seit dem 30.06. "
     "vor."),
    ("Netzwerk- und Gremienarbeit", "Die Steuerungsgruppe Integration tagte am 18.02., 20.05. und "
     "23.09.; der Runde Tisch Migration mit 41 Teilnehmenden am 04.11."),
    ("Zusammenarbeit mit Land und Nachbarkommunen", "Teilnahme an den Vernetzungstreffen des "
     "MFFKI (12.03., 17.09.) und an zwei regionalen Austauschrunden."),
    ("Öffentlichkeits- und Pressearbeit", "Acht Pressemitteilungen, ein mehrsprachiger Flyer "
     "(Auflage 3.000) und ein Informationsstand beim Kreisfest am 06.09."),
    ("Fortschreibung des Integrationskonzepts", "Der Entwurf der Fortschreibung wurde am 15.10. im "
     "Fachausschuss vorgestellt; der Beschluss ist für März des Folgejahres vorgesehen."),
    ("Mittelverwendung", "mittel"),
    ("Ausblick", "Für das kommende Jahr sind ein Fachtag Arbeitsmarktintegration und die "
     "Fortschreibung des Integrationskonzepts geplant."),
]


def _kennzahlen(p: dict) -> list[dict]:
    rows = [["Kennzahl", "Wert", "Stand"]]
    rows += [list(r) for r in p.get("kennzahlen", [
        ["Beratungs- und Lotsenfälle", "412", "30.11."],
        ["Netzwerkpartner (Organisationen)", "38", "30.11."],
        ["Anteil Frauen an den Beratenen", "54 %", "30.11."],
        ["Teilnehmende an Veranstaltungen", "1.250", "30.11."],
        ["Sitzungen der Steuerungsgruppe", "3", "23.09."]])]
    return [{"tabelle": rows}]


def _personal(p: dict) -> list[dict]:
    out: list[dict] = [{"p": t} for t in p["personal_saetze"]]
    if p.get("personal_tabelle"):
        out.append({"tabelle": [list(r) for r in p["personal_tabelle"]]})
    return out


def _mittel_tabelle(p: dict, jahr_zeilen: list) -> list[dict]:
    """Kostenart | bewilligt | verausgabt | Rest (| Q1..Q4 before verausgabt)."""
    stil = p.get("betrag_stil", "std")
    quartale = p.get("quartale", False)
    if quartale == "nur":  # Kostenart | I.–IV. Quartal | Summe: no bewilligt, no Rest
        rows = [["Kostenart", "I. Quartal", "II. Quartal", "III. Quartal", "IV. Quartal",
                 f"Summe {p.get('jahr', 2026)}"]]
        for label, quarters in jahr_zeilen:
            rows.append([label, *(_betrag(q, stil) for q in quarters),
                         _betrag(sum(Decimal(str(q)) for q in quarters), stil)])
        return [{"tabelle": rows}]
    kopf = ["Kostenart", "bewilligt"]
    if quartale:
        kopf += ["I. Quartal", "II. Quartal", "III. Quartal", "IV. Quartal"]
    kopf += ["verausgabt", "Rest"]
    rows = [p.get("mittel_kopf", kopf)]
    for z in jahr_zeilen:
        label, bew, ist = z[0], z[1], z[2]
        row = [label, _betrag(bew, stil)]
        if quartale:
            row += [_betrag(q, stil) for q in z[3]]
        rest = z[4] if len(z) > 4 else (Decimal(str(bew)) - Decimal(str(ist))
                                        if bew not in ("", None) and ist not in ("", None) else "")
        row += [_betrag(ist, stil), _betrag(rest, stil)]
        rows.append(row)
    return [{"tabelle": rows}]


def _mittel(p: dict) -> list[dict]:
    out: list[dict] = []
    if p.get("mittel_vorsatz"):
        out.append({"p": p["mittel_vorsatz"]})
    jahre = p.get("mittel_jahre")
    if jahre:  # a report over two years: one table per year, each under its own line
        for jahr, zeilen in jahre:
            out.append({"fett": f"Haushaltsjahr {jahr}"})
            out += _mittel_tabelle(p, zeilen)
    else:
        out += _mittel_tabelle(p, p["mittel"])
    out += [{"p": t} for t in p.get("mittel_nach", ())]
    return out


def jahresbericht(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    gl = GLIEDERUNG[p.get("gliederung", "roemisch")]
    ohne = set(p.get("ohne", ()))
    out: list[dict] = []
    if p.get("briefkopf", True):
        out.append({"briefkopf": [k["verwaltung"], k["amt"], k["anschrift"]]})
    if p.get("fusszeile"):
        out.append({"fusszeile": [p["fusszeile"]]})
    out.append({"titel": p.get("titel", "Jahresbericht Kommunales Integrationsmanagement")})
    out.append({"formular": [["Kommune", k["name"]], ["Berichtszeitraum", p["berichtszeitraum"]],
                             ["Bewilligung", p.get("bewilligung", "Bescheid des MFFKI vom 03.11.2025")],
                             ["Ansprechperson", p.get("ansprech", "Frau Miriam Lenz, Tel. 06381 424-310")]]})
    titel = dict(p.get("titel_ersatz", {}))
    n = 0
    for name, inhalt in TEILE:
        if name in ohne:
            continue
        n += 1
        nr = gl(n)
        out.append({"h1": f"{nr} {titel.get(name, name)}".strip()})
        if inhalt == "personal":
            out += _personal(p)
        elif inhalt == "kennzahlen":
            out += _kennzahlen(p)
        elif inhalt == "mittel":
            out += _mittel(p)
        else:
            out.append({"p": inhalt})
    if p.get("fragebogen_satz"):
        out.append({"p": p["fragebogen_satz"]})
    if p.get("anlagen") is not None:
        if p["anlagen"]:
            out.append({"fett": p.get("anlagen_titel", "Anlagen")})
            out.append({"liste": p["anlagen"]})
    else:
        out.append({"fett": "Anlagen"})
        out.append({"liste": ["Ausgefüllter Fragebogen des MFFKI zur Evaluierung des KIM",
                              "Übersicht der Netzwerkpartner (Stand 30.11.)"]})
    out.append({"p": f"{k['ort']}, den {p['datum']}"})
    out.append({"p": p.get("zeichnung", f"Im Auftrag\n{p.get('unterzeichner', 'Miriam Lenz')}")})
    return out


# --- Vorlage ----------------------------------------------------------------------------------

SYSTEM_FUSS = {"allris": "ALLRIS® Office Integration 3.9.2 · Seite # ",
               "session": "Vorlage {nummer} · Ausdruck vom {datum} · Seite # ",
               "sdnet": "SD.NET RIM 4 · Drucksache {nummer} · Seite # "}


def vorlage(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    system = p.get("system", "allris")
    ohne = set(p.get("ohne", ()))
    art = p.get("vorlagenart", "Mitteilungsvorlage")
    out: list[dict] = [{"fusszeile": [SYSTEM_FUSS[system].format(**p)]}]
    if system == "allris":
        out.append({"p": f"{k['name']} – {k['verwaltung']}"})
        out.append({"titel": f"{art} – {p['nummer']}"})
        kopf = [["Status", "öffentlich"], ["Vorlage-Art", art],
                ["Federführend", k["amt"]], ["Bearbeiter/-in", "Frau Jana Schäfer"],
                ["Datum", p["datum"]]]
    elif system == "session":
        out.append({"titel": art})
        kopf = [["Vorlage-Nr.", p["nummer"]], ["Datum", p["datum"]],
                ["Amt / Dienststelle", k["amt"]], ["Aktenzeichen", "50.3-KIM"]]
    else:
        out.append({"p": f"{k['verwaltung']} · Drucksache {p['nummer']}"})
        out.append({"titel": art})
        kopf = [["Drucksachen-Nr.", p["nummer"]], ["Datum", p["datum"]],
                ["Dezernat / Amt", f"Dezernat II / {k['amt']}"]]
    if "betreff" not in ohne:
        kopf.insert(1, [p.get("betreff_label", "Betreff"),
                        p.get("betreff", "Kommunales Integrationsmanagement (KIM) – Bericht zum Sachstand")])
    if p.get("stand_zeile"):
        kopf.append(["Stand", p["stand_zeile"]])
    out.append({"formular": kopf})
    if "gremien" not in ohne:
        out.append({"fett": p.get("gremien_titel", "Beratungsfolge")})
        rows = [["Datum", "Gremium", "Zuständigkeit", "Ö/N"]]
        rows += [[d, g, z, "Ö"] for d, g, z in p["gremien"]]
        out.append({"tabelle": rows})
    elif p.get("gremien_satz"):
        out.append({"p": p["gremien_satz"]})
    if art == "Beschlussvorlage":
        out.append({"fett": "Beschlussvorschlag:"})
        out.append({"p": p.get("vorschlag", "Der Kreisausschuss nimmt den Bericht zur Kenntnis und "
                                             "stimmt der Fortführung des KIM bis zum 31.12.2026 zu.")})
    teile = p.get("teile", [["Sachverhalt", "hintergrund"], ["Umsetzung", "umsetzung"],
                            ["Sachstand", "sachstand"]])
    texte = {
        "hintergrund": [f"Das Land fördert mit dem KIM seit August 2025 die Stelle einer "
                        f"Integrationsmanagerin bzw. eines Integrationsmanagers. Mit Bescheid vom "
                        f"{p.get('bescheid_vom', '03.11.2025')} wurden dem {k['name']} "
                        f"{p.get('bewilligt', '80.000 EUR')} bewilligt."],
        "umsetzung": [f"Die Stelle ist beim {k['amt']} angesiedelt und seit dem "
                      f"{p.get('besetzt', '01.01.2026')} mit 1,0 VZÄ besetzt; sie arbeitet eng mit "
                      "Ausländerbehörde und Jobcenter zusammen."],
        "sachstand": ["Die Bestandsaufnahme ist abgeschlossen, vier Netzwerktreffen haben "
                      "stattgefunden, die Fortschreibung des Integrationskonzepts läuft."],
        "finanzen": ["Die Zuwendung deckt die Personal- und Sachkosten; der Eigenanteil von "
                     "4.200 EUR ist im Haushalt 2026 veranschlagt."],
    }
    stil = p.get("teil_stil", "h1")
    for n, (titel, key) in enumerate(teile, 1):
        if key in ohne:
            continue
        head = f"{n}. {titel}" if p.get("teile_nummeriert") else titel
        if stil == "doppelpunkt":
            out.append({"fett": f"{head}:"})
        else:
            out.append({stil: head})
        out += [{"p": t} for t in texte[key]]
    if "anlagen" not in ohne:
        out.append({"fett": p.get("anlagen_titel", "Anlage/n:")})
        out.append({"liste": p.get("anlagen", ["Präsentation KIM (Stand 30.09.2026)"])})
    out.append({"p": p.get("zeichnung", f"{k['chef']}\n{k['spitze']}")})
    return out


BUILDERS = {"r-jahresbericht": jahresbericht, "r-vorlage": vorlage}
