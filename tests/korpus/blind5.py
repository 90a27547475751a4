"""Contents of the fifth held-out ("blind") corpus (issue 19, item 4): manifest_blind5.yaml.

How it was written: from the guideline alone – kimdocs/guideline/richtlinien/kim-rlp-2025.yaml
and its rule page kim-rlp-2025.md (codes, parameters, what each rule checks), the list of
Kommunen (kimdocs/guideline/listen/kommunen-rlp.yaml), /work/shared/fachwissen.md, the real
Koblenz Unterrichtungsvorlage (quellen/003_…), the README and the shapes issues 18 and 19 name –
by someone who had NOT seen the fact layer or the checker: nothing under kimdocs/facts/,
kimdocs/readers/, kimdocs/rules/, kimdocs/check/, no rule cases (tests/regelfaelle/), no
generator (tests/generator/), no earlier round's contents (blind*.py, inhalte.py) or deviation
lists, and no checker output on these documents. The expectations in manifest_blind5.yaml were
fixed and committed before the checker first ran on them.

One builder per document shape; each returns an outline for tests/korpus/bauen.py and takes the
facts (Kommune, dates, staff, amounts, defects) from the manifest entry's parameters, so the
manifest states every figure its expectation depends on. The producers' habits are new: letters
with a place-and-date line, Word forms with legacy fields or content controls and check boxes
(☒/☐), item lists in one amount column on a page of their own, tables with merged headers on a
landscape page stored turned, two-column reports, colophon lines, receipt stamps as text, amounts
as „50.000,- EUR“, „EUR 45.000,-“, „45 TEUR“, „60.000 Euro“, „60.000,-- €“, „€ 60.000,00“,
„60 000 €“, shares as „0,50 Vollzeitäquivalente“, „halbe Stelle (50 %)“, „Teilzeit 19,5 h“,
„Stellenumfang 75 v. H.“, „Wochenstunden“ columns, dates as „1. Dez. 2025“, „2025-12-10“,
„04.03.26“, „1. Dezember 2026“.
"""

from __future__ import annotations

from decimal import Decimal

KOMMUNEN = {
    "mayen-koblenz": {"name": "Landkreis Mayen-Koblenz", "kurz": "Mayen-Koblenz", "schluessel": "07137",
                          "verwaltung": "Kreisverwaltung Mayen-Koblenz",
                          "anschrift": "Bahnhofstraße 9, 56068 Koblenz", "ort": "Koblenz",
                          "amt": "Abteilung 5 – Soziales, Referat Integration und Teilhabe",
                          "spitze": "Landrat", "chef": "Marko Boos"},
    "ahrweiler": {"name": "Landkreis Ahrweiler", "kurz": "Ahrweiler", "schluessel": "07131",
                      "verwaltung": "Kreisverwaltung Ahrweiler",
                      "anschrift": "Wilhelmstraße 24–30, 53474 Bad Neuenahr-Ahrweiler",
                      "ort": "Bad Neuenahr-Ahrweiler", "amt": "Fachbereich 2.1 – Soziales und Integration",
                      "spitze": "Landrätin", "chef": "Cornelia Weigand"},
    "rhein-lahn": {"name": "Rhein-Lahn-Kreis", "kurz": "Rhein-Lahn", "schluessel": "07141",
                       "verwaltung": "Kreisverwaltung des Rhein-Lahn-Kreises",
                       "anschrift": "Insel Silberau 1, 56130 Bad Ems", "ort": "Bad Ems",
                       "amt": "Abteilung 4 – Jugend, Familie und Soziales", "spitze": "Landrat",
                       "chef": "Jörg Denninghoff"},
    "suew": {"name": "Landkreis Südliche Weinstraße", "kurz": "Südliche Weinstraße",
                 "schluessel": "07337", "verwaltung": "Kreisverwaltung Südliche Weinstraße",
                 "anschrift": "An der Kreuzmühle 2, 76829 Landau in der Pfalz",
                 "ort": "Landau in der Pfalz", "amt": "Referat 52 – Integration und Migration",
                 "spitze": "Landrat", "chef": "Dietmar Seefeldt"},
    "kusel": {"name": "Landkreis Kusel", "kurz": "Kusel", "schluessel": "07336",
                  "verwaltung": "Kreisverwaltung Kusel", "anschrift": "Trierer Straße 49–51, 66869 Kusel",
                  "ort": "Kusel", "amt": "Abteilung 3 – Soziales, Sachgebiet Migration", "spitze": "Landrat",
                  "chef": "Otto Rubly"},
    "germersheim": {"name": "Landkreis Germersheim", "kurz": "Germersheim", "schluessel": "07334",
                        "verwaltung": "Kreisverwaltung Germersheim",
                        "anschrift": "Luitpoldplatz 1, 76726 Germersheim", "ort": "Germersheim",
                        "amt": "Referat 21 – Soziales und Teilhabe", "spitze": "Landrat",
                        "chef": "Martin Brandl"},
    "bernkastel": {"name": "Landkreis Bernkastel-Wittlich", "kurz": "Bernkastel-Wittlich",
                       "schluessel": "07231", "verwaltung": "Kreisverwaltung Bernkastel-Wittlich",
                       "anschrift": "Kurfürstenstraße 16, 54516 Wittlich", "ort": "Wittlich",
                       "amt": "Fachbereich 12 – Soziales, Sachgebiet Integration", "spitze": "Landrat",
                       "chef": "Gregor Eibes"},
    "pirmasens": {"name": "Stadt Pirmasens", "kurz": "Pirmasens", "schluessel": "07317",
                      "verwaltung": "Stadtverwaltung Pirmasens",
                      "anschrift": "Exerzierplatzstraße 17, 66953 Pirmasens", "ort": "Pirmasens",
                      "amt": "Amt 50 – Soziales und Integration", "spitze": "Oberbürgermeister",
                      "chef": "Markus Zwick"},
    "zweibruecken": {"name": "Stadt Zweibrücken", "kurz": "Zweibrücken", "schluessel": "07320",
                         "verwaltung": "Stadtverwaltung Zweibrücken",
                         "anschrift": "Herzogstraße 1, 66482 Zweibrücken", "ort": "Zweibrücken",
                         "amt": "Amt für Soziales und Integration (Amt 50)",
                         "spitze": "Oberbürgermeister", "chef": "Marold Wosnitza"},
    "frankenthal": {"name": "Stadt Frankenthal (Pfalz)", "kurz": "Frankenthal (Pfalz)",
                        "schluessel": "07311", "verwaltung": "Stadtverwaltung Frankenthal (Pfalz)",
                        "anschrift": "Rathausplatz 2–7, 67227 Frankenthal (Pfalz)",
                        "ort": "Frankenthal (Pfalz)", "amt": "Bereich 3 – Soziales, Jugend und Integration",
                        "spitze": "Oberbürgermeister", "chef": "Dr. Nicolas Meyer"},
    "alzey-worms": {"name": "Landkreis Alzey-Worms", "kurz": "Alzey-Worms", "schluessel": "07331",
                        "verwaltung": "Kreisverwaltung Alzey-Worms",
                        "anschrift": "Ernst-Ludwig-Straße 36, 55232 Alzey", "ort": "Alzey",
                        "amt": "Abteilung 4 – Soziales, Referat Migration", "spitze": "Landrat",
                        "chef": "Heiko Sippel"},
    "vg-nastaetten": {"name": "Verbandsgemeinde Nastätten", "kurz": "Nastätten",
                          "schluessel_text": "Verbandsgemeinde im Rhein-Lahn-Kreis",
                          "verwaltung": "Verbandsgemeindeverwaltung Nastätten",
                          "anschrift": "Bahnhofstraße 1, 56355 Nastätten", "ort": "Nastätten",
                          "amt": "Fachbereich 2 – Bürgerdienste und Soziales",
                          "spitze": "Bürgermeister", "chef": "Jens Güllering"},
    "stadt-bad-kreuznach": {"name": "Stadt Bad Kreuznach", "kurz": "Bad Kreuznach",
                                "schluessel_text": "Amtlicher Gemeindeschlüssel 07133006",
                                "verwaltung": "Stadtverwaltung Bad Kreuznach",
                                "anschrift": "Hochstraße 48, 55545 Bad Kreuznach", "ort": "Bad Kreuznach",
                                "amt": "Amt 50 – Amt für Soziales und Integration",
                                "spitze": "Oberbürgermeister", "chef": "Emanuel Letz"},
    "westerwald": {"name": "Westerwaldkreis", "kurz": "Westerwaldkreis", "schluessel": "07143",
                       "verwaltung": "Kreisverwaltung des Westerwaldkreises",
                       "anschrift": "Peter-Altmeier-Platz 1, 56410 Montabaur", "ort": "Montabaur",
                       "amt": "Referat 23 – Soziales", "spitze": "Landrat", "chef": "Achim Schwickert"},
    "trier": {"name": "Stadt Trier", "kurz": "Trier", "schluessel": "07211",
                  "verwaltung": "Stadtverwaltung Trier", "anschrift": "Am Augustinerhof, 54290 Trier",
                  "ort": "Trier", "amt": "Amt für Soziales und Wohnen, Abteilung Integration",
                  "spitze": "Oberbürgermeister", "chef": "Wolfram Leibe"},
    "ludwigshafen": {"name": "Stadt Ludwigshafen am Rhein", "kurz": "Ludwigshafen am Rhein",
                         "schluessel": "07314", "verwaltung": "Stadtverwaltung Ludwigshafen am Rhein",
                         "anschrift": "Rathausplatz 20, 67059 Ludwigshafen am Rhein",
                         "ort": "Ludwigshafen am Rhein",
                         "amt": "Bereich 4-1 Soziales, Abteilung Migration und Integration",
                         "spitze": "Oberbürgermeisterin", "chef": "Jutta Steinruck"},
    "lk-kaiserslautern": {"name": "Landkreis Kaiserslautern", "kurz": "Kaiserslautern (Landkreis)",
                              "schluessel": "07335", "verwaltung": "Kreisverwaltung Kaiserslautern",
                              "anschrift": "Lauterstraße 8, 67657 Kaiserslautern",
                              "ort": "Kaiserslautern", "amt": "Referat 51 – Soziales und Integration",
                              "spitze": "Landrat", "chef": "Ralf Leßmeister"},
    "kaiserslautern": {"name": "Stadt Kaiserslautern", "kurz": "Kaiserslautern",
                           "schluessel": "07312", "verwaltung": "Stadtverwaltung Kaiserslautern",
                           "anschrift": "Willy-Brandt-Platz 1, 67657 Kaiserslautern",
                           "ort": "Kaiserslautern", "amt": "Referat Soziales, Abteilung Integration",
                           "spitze": "Oberbürgermeisterin", "chef": "Beate Kimmel"},
    "rhein-pfalz": {"name": "Rhein-Pfalz-Kreis", "kurz": "Rhein-Pfalz-Kreis", "schluessel": "07338",
                        "verwaltung": "Kreisverwaltung Rhein-Pfalz-Kreis",
                        "anschrift": "Europaplatz 5, 67063 Ludwigshafen am Rhein",
                        "ort": "Ludwigshafen am Rhein", "amt": "Abteilung 5 – Soziales, Referat Integration",
                        "spitze": "Landrat", "chef": "Clemens Körner"},
    "mainz-bingen": {"name": "Landkreis Mainz-Bingen", "kurz": "Mainz-Bingen", "schluessel": "07339",
                         "verwaltung": "Kreisverwaltung Mainz-Bingen",
                         "anschrift": "Georg-Rückert-Straße 11, 55218 Ingelheim am Rhein",
                         "ort": "Ingelheim am Rhein", "amt": "Fachbereich 5 – Soziales, Team Integration",
                         "spitze": "Landrätin", "chef": "Dorothea Schäfer"},
    "speyer": {"name": "Stadt Speyer", "kurz": "Speyer", "schluessel": "07318",
                   "verwaltung": "Stadtverwaltung Speyer", "anschrift": "Maximilianstraße 100, 67346 Speyer",
                   "ort": "Speyer", "amt": "Fachbereich 4 – Jugend, Familie, Senioren und Soziales",
                   "spitze": "Oberbürgermeisterin", "chef": "Stefanie Seiler"},
    "koblenz": {"name": "Stadt Koblenz", "kurz": "Koblenz", "schluessel": "07111",
                    "verwaltung": "Stadtverwaltung Koblenz", "anschrift": "Willi-Hörter-Platz 1, 56068 Koblenz",
                    "ort": "Koblenz", "amt": "50-Sozialamt, Abteilung Migration und Integration",
                    "spitze": "Oberbürgermeister", "chef": "David Langner"},
    "vulkaneifel": {"name": "Landkreis Vulkaneifel", "kurz": "Vulkaneifel", "schluessel": "07233",
                        "verwaltung": "Kreisverwaltung Vulkaneifel",
                        "anschrift": "Mainzer Straße 25, 54550 Daun", "ort": "Daun",
                        "amt": "Abteilung 3 – Soziales und Integration", "spitze": "Landrätin",
                        "chef": "Julia Gieseking"},
    "cochem-zell": {"name": "Landkreis Cochem-Zell", "kurz": "Cochem-Zell", "schluessel": "07135",
                        "verwaltung": "Kreisverwaltung Cochem-Zell",
                        "anschrift": "Endertplatz 2, 56812 Cochem", "ort": "Cochem",
                        "amt": "Fachbereich 2 – Soziales", "spitze": "Landrätin", "chef": "Anke Beilstein"},
    "birkenfeld": {"name": "Landkreis Birkenfeld", "kurz": "Birkenfeld", "schluessel": "07134",
                       "verwaltung": "Kreisverwaltung Birkenfeld",
                       "anschrift": "Schneewiesenstraße 25, 55765 Birkenfeld", "ort": "Birkenfeld",
                       "amt": "Fachbereich 3 – Soziales und Integration", "spitze": "Landrat",
                       "chef": "Miroslaw Kowalski"},
    "eifelkreis": {"name": "Eifelkreis Bitburg-Prüm", "kurz": "Bitburg-Prüm", "schluessel": "07232",
                       "verwaltung": "Kreisverwaltung Eifelkreis Bitburg-Prüm",
                       "anschrift": "Trierer Straße 1, 54634 Bitburg", "ort": "Bitburg",
                       "amt": "Abteilung 5 – Soziales und Integration", "spitze": "Landrat",
                       "chef": "Andreas Kruppert"},
    "worms": {"name": "Stadt Worms", "kurz": "Worms", "schluessel": "07319",
                  "verwaltung": "Stadtverwaltung Worms", "anschrift": "Marktplatz 2, 67547 Worms",
                  "ort": "Worms", "amt": "Bereich 5 – Soziales, Abteilung Integration",
                  "spitze": "Oberbürgermeister", "chef": "Adolf Kessel"},
    "neuwied": {"name": "Landkreis Neuwied", "kurz": "Neuwied (Landkreis)", "schluessel": "07138",
                    "verwaltung": "Kreisverwaltung Neuwied",
                    "anschrift": "Wilhelm-Leuschner-Straße 9, 56564 Neuwied", "ort": "Neuwied",
                    "amt": "Referat 21 – Soziales und Integration", "spitze": "Landrat",
                    "chef": "Achim Hallerbach"},
    "rhein-hunsrueck": {"name": "Rhein-Hunsrück-Kreis", "kurz": "Rhein-Hunsrück", "schluessel": "07140",
                            "verwaltung": "Kreisverwaltung Rhein-Hunsrück-Kreis",
                            "anschrift": "Ludwigstraße 3–5, 55469 Simmern/Hunsrück",
                            "ort": "Simmern/Hunsrück", "amt": "Fachbereich Soziales, Sachgebiet Integration",
                            "spitze": "Landrat", "chef": "Volker Boch"},
    "trier-saarburg": {"name": "Landkreis Trier-Saarburg", "kurz": "Trier-Saarburg",
                           "schluessel": "07235", "verwaltung": "Kreisverwaltung Trier-Saarburg",
                           "anschrift": "Willy-Brandt-Platz 1, 54290 Trier", "ort": "Trier",
                           "amt": "Abteilung 5 – Soziales, Integrationsbüro", "spitze": "Landrat",
                           "chef": "Stefan Metzdorf"},
    "landau": {"name": "Stadt Landau in der Pfalz", "kurz": "Landau in der Pfalz", "schluessel": "07313",
                   "verwaltung": "Stadtverwaltung Landau in der Pfalz",
                   "anschrift": "Marktstraße 50, 76829 Landau in der Pfalz", "ort": "Landau in der Pfalz",
                   "amt": "Amt für Soziales und Senioren, Integrationsbüro",
                   "spitze": "Oberbürgermeister", "chef": "Dominik Geißler"},
    "mainz": {"name": "Landeshauptstadt Mainz", "kurz": "Mainz", "schluessel": "07315",
                  "verwaltung": "Stadtverwaltung Mainz", "anschrift": "Jockel-Fuchs-Platz 1, 55116 Mainz",
                  "ort": "Mainz", "amt": "Amt für Soziale Leistungen, Abteilung Integration",
                  "spitze": "Oberbürgermeister", "chef": "Nino Haase"},
    "bad-duerkheim": {"name": "Landkreis Bad Dürkheim", "kurz": "Bad Dürkheim", "schluessel": "07332",
                          "verwaltung": "Kreisverwaltung Bad Dürkheim",
                          "anschrift": "Philipp-Fauth-Straße 11, 67098 Bad Dürkheim",
                          "ort": "Bad Dürkheim", "amt": "Referat 50 – Soziales", "spitze": "Landrat",
                          "chef": "Hans-Ulrich Ihlenfeld"},
}

MINISTERIUM = ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
               "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
MONATE_KURZ = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
               "Nov.", "Dez."]


# --- notations -------------------------------------------------------------------------------

def eur(betrag: str, stil: str = "std") -> str:
    """An amount as the producer writes it."""
    d = Decimal(str(betrag)).quantize(Decimal("0.01"))
    ganz = int(d)
    cent = int((d - ganz) * 100)
    g = f"{ganz:,}".replace(",", ".")
    ct = f"{cent:02d}"
    rund = cent == 0
    tausend = rund and ganz % 1000 == 0
    if stil == "std":
        return f"{g},{ct} €"
    if stil == "eur":
        return f"{g},{ct} EUR"
    if stil == "strich":
        return f"{g},- EUR" if rund else f"{g},{ct} EUR"
    if stil == "doppelstrich":
        return f"{g},-- €" if rund else f"{g},{ct} €"
    if stil == "euro":
        return f"{g} Euro" if rund else f"{g},{ct} Euro"
    if stil == "eur_vor":
        return f"EUR {g},-" if rund else f"EUR {g},{ct}"
    if stil == "euro_vor":
        return f"€ {g},{ct}"
    if stil == "teur":
        return f"{ganz // 1000} TEUR" if tausend else f"{g},{ct} €"
    if stil == "leer":
        return f"{ganz:,}".replace(",", " ") + (" €" if rund else f",{ct} €")
    if stil == "zahl":  # a column headed "in EUR"
        return f"{g},{ct}"
    raise ValueError(stil)


def datum(iso: str, stil: str = "punkt") -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    if stil == "punkt":
        return f"{d:02d}.{m:02d}.{y}"
    if stil == "kurz":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if stil == "lang":
        return f"{d}. {MONATE[m - 1]} {y}"
    if stil == "abk":
        return f"{d}. {MONATE_KURZ[m - 1]} {y}"
    if stil == "iso":
        return iso
    raise ValueError(stil)


def _k(p: dict) -> dict:
    return KOMMUNEN[p["kommune"]]


def _maennlich(k: dict) -> bool:
    name = k["name"]
    return name.startswith(("Landkreis", "Eifelkreis", "Westerwaldkreis")) or name.endswith("Kreis")


def _nom(k: dict) -> str:
    return ("der " if _maennlich(k) else "die ") + k["name"]


def _dat(k: dict) -> str:
    return ("dem " if _maennlich(k) else "der ") + k["name"]


def _schluessel(k: dict) -> str:
    return k.get("schluessel_text") or f"Kreisschlüssel {k['schluessel']}"


def kopfzeile(e) -> str:
    p = e.parameter
    if p.get("kopfzeile"):
        return p["kopfzeile"]
    k = KOMMUNEN.get(p.get("kommune", ""), {"name": "Kommune", "kurz": "Kommune"})
    if e.art == "vorlage":
        return f"Bürgerinformationssystem {k['name']} · Vorlage drucken"
    if e.art == "bescheid":
        return "MFFKI · e-Akte RLP · Ausfertigung"
    return f"{k['verwaltung']} · Dokumentenablage · Druckansicht"


def _kopf(stil: str, n: int, text: str) -> str:
    """A heading numbered in the producer's way."""
    if stil == "zahl":
        return f"{n}. {text}"
    if stil == "buchst":
        return f"{'ABCDEFGHIJKLMN'[n - 1]}. {text}"
    if stil == "roem":
        return f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][n - 1]}. {text}"
    if stil == "teil":
        return f"Teil {n}: {text}"
    if stil == "ziffer_ohne_punkt":
        return f"{n} {text}"
    return text


# --- shared text -----------------------------------------------------------------------------

AUFGABEN = [
    ("Bestandsaufnahme der Integrationsangebote in den Handlungsfeldern Wohnen, Sprache und "
    "Bildung, Migrationsberatung und Arbeitsmarkt; Benennen von Lücken"),
    ("Aufbau und Moderation eines Netzwerks der Akteure der Integrationsarbeit vor Ort "
    "(Jobcenter, Migrationsberatung, Schulen, Wohlfahrtsverbände, Migrantenorganisationen)"),
    ("Abstimmung innerhalb der Verwaltung (Ausländerbehörde, Jugendamt, Schulverwaltung) und "
    "Vorbereitung der Befassung der Gremien"),
    "Fortschreibung des Integrationskonzepts und Steuerung seiner Umsetzung",
    "Öffentlichkeitsarbeit zur Sensibilisierung für den Integrationsprozess",
    "Austausch mit dem MFFKI und der Dialog- und Beratungsstelle Kommunale Integration (DBKI)",
]


def _aufgaben(n: int = 6) -> list[dict]:
    return [{"p": "Die Integrationsmanagerin bzw. der Integrationsmanager übernimmt insbesondere "
                  "folgende Aufgaben:"}, {"liste": AUFGABEN[:n]}]


def _konzept_text(k: dict, variante: int = 0) -> str:
    texte = [
        (f"Der {k['name']} verfügt über ein Integrationskonzept aus dem Jahr 2019, das im Rahmen "
        "des KIM fortgeschrieben werden soll."),
        (f"Ein örtliches Integrationskonzept liegt für {k['kurz']} noch nicht vor; seine "
        "Erarbeitung ist eine der ersten Aufgaben des Integrationsmanagements."),
        ("Das Integrationskonzept wurde 2021 von den Gremien beschlossen; es wird derzeit evaluiert und "
        "bis Ende 2027 fortgeschrieben."),
    ]
    return texte[variante % len(texte)]


ERKLAERUNG_DOPPEL = ("Für die beantragte Stelle werden keine weiteren Fördermittel des Landes, "
                     "des Bundes oder der EU in Anspruch genommen (keine Doppelförderung).")
ERKLAERUNG_BEGINN = ("Mit der Maßnahme wurde vor der Bewilligung nicht begonnen; insbesondere "
                     "wurde noch kein Arbeitsvertrag für die geförderte Stelle geschlossen.")
ERKLAERUNG_ANGABEN = "Die Angaben in diesem Antrag sind vollständig und richtig."


def _finanzplan_tabelle(p: dict) -> list[list[str]]:
    """Personal- und Sachkosten per year as a table with a sum row, in the entry's notation."""
    stil = p.get("betrag_stil", "std")
    jahre = p["jahre"]
    kopf = [p.get("finanz_kopf", "Kostenart")] + [
        f"{p.get('jahr_praefix', 'Haushaltsjahr ')}{j['jahr']}" for j in jahre]
    personal = [p.get("personal_label", "Personalkosten")] + [eur(j["personal"], stil) for j in jahre]
    sach = [p.get("sach_label", "Sachkosten")] + [eur(j["sach"], stil) for j in jahre]
    summe = [p.get("summe_label", "Summe (beantragte Zuwendung)")] + [
        eur(str(Decimal(j["personal"]) + Decimal(j["sach"])), stil) for j in jahre]
    return [kopf, personal, sach, summe]


# --- Anträge ---------------------------------------------------------------------------------

def _stellen_tabelle(p: dict) -> list[list[str]]:
    rows = [["Name / Besetzung", "Stellenumfang", "Entgeltgruppe", "Beginn"]]
    for s in p["stellen"]:
        rows.append([s["wer"], s["umfang"], s.get("eg", "EG 11 TVöD"), s["beginn"]])
    return rows


def antrag_gliederung(p: dict) -> list[dict]:
    """An Antrag in numbered parts (style from `kopf`): staff as a table or in one sentence,
    the Finanzierungsplan per year or as given rows, optional Stellenbeschreibung as Anlage,
    the place-and-date line and signature at the end (or only a date in the header)."""
    k = _k(p)
    stil = p.get("kopf", "zahl")
    d = datum(p["datum"], p.get("datum_stil", "punkt"))
    beginn, ende = (datum(x, p.get("zeitraum_stil", "punkt")) for x in p["zeitraum"])
    out: list[dict] = [{"briefkopf": [k["verwaltung"], k["amt"], k["anschrift"]]}]
    if p.get("datum_im_kopf"):
        out.append({"formular": [["Datum", d], ["Aktenzeichen", p.get("az", "50-23/KIM")]]})
    out.append({"titel": p.get("titel", "Antrag auf Förderung im Programm „Kommunales "
                                         "Integrationsmanagement“ (KIM)")})
    out.append({"p": "an das Ministerium für Familie, Frauen, Kultur und Integration "
                     "Rheinland-Pfalz, Referat Integration, Kaiser-Friedrich-Straße 5a, 55116 Mainz"})
    n = 0

    def h(text):
        nonlocal n
        n += 1
        out.append({"h1": _kopf(stil, n, text)})

    h(p.get("t_antragsteller", "Antragsteller"))
    out.append({"formular": [["Gebietskörperschaft", k["name"]], ["Schlüssel", _schluessel(k)],
                             ["Anschrift", k["anschrift"]],
                             ["Vertreten durch", f"{k['spitze']} {k['chef']}"]]})
    if "ansprechperson" not in p.get("ohne", ()):
        h(p.get("t_ansprech", "Ansprechperson"))
        a = p.get("ansprech", {"name": "Frau Katrin Müller", "tel": "0621 5909-4410"})
        out.append({"p": f"{a['name']}, {k['amt']}, Telefon {a['tel']}, E-Mail "
                         f"kim@{p['kommune']}.example"})
    h(p.get("t_stelle", "Stelle und Personal"))
    if p.get("stellen_satz"):
        out.append({"p": p["stellen_satz"]})
    if p.get("stellen"):
        out.append({"tabelle": _stellen_tabelle(p)})
    if p.get("stellen_zusatz"):
        out.append({"p": p["stellen_zusatz"]})
    h(p.get("t_anbindung", "Organisatorische Anbindung"))
    out.append({"p": p.get("anbindung", f"Die Stelle wird in der {k['verwaltung']} eingerichtet "
                                         f"und dem {k['amt']} zugeordnet. Dienst- und Fachaufsicht "
                                         "liegen bei der Amtsleitung.")})
    h(p.get("t_aufgaben", "Aufgaben und Schwerpunkte"))
    out += _aufgaben(p.get("aufgaben_n", 6))
    h(p.get("t_konzept", "Integrationskonzept"))
    out.append({"p": _konzept_text(k, p.get("konzept_variante", 0))})
    h(p.get("t_zeitraum", "Förderzeitraum"))
    out.append({"p": p.get("zeitraum_satz", f"Die Förderung wird für den Zeitraum vom {beginn} bis "
                                             f"zum {ende} beantragt.")})
    h(p.get("t_finanz", "Finanzierungsplan"))
    if p.get("finanz_vorsatz"):
        out.append({"p": p["finanz_vorsatz"]})
    tabelle = p.get("finanzplan") or _finanzplan_tabelle(p)
    item = {"tabelle": tabelle}
    if p.get("finanz_verbunden"):
        item["verbunden"] = p["finanz_verbunden"]
    out.append(item)
    for satz in p.get("finanz_saetze", ()):
        out.append({"p": satz})
    h(p.get("t_erklaerungen", "Erklärungen"))
    out.append({"p": "Die antragstellende Kommune erklärt:"})
    out.append({"liste": [ERKLAERUNG_DOPPEL, ERKLAERUNG_BEGINN, ERKLAERUNG_ANGABEN]})
    if p.get("unterschrift", True):
        out.append({"fett": "Ort, Datum, Unterschrift"})
        out.append({"p": f"{p.get('ort', k['ort'])}, {d}"})
        out.append({"p": "(Unterschrift)"})
        out.append({"p": f"{k['chef']}, {k['spitze']}"})
    if p.get("stellenbeschreibung"):
        n += 1
        out.append({"h1": _kopf(stil, n, "Anlage: Stellenbeschreibung")})
        out.append({"p": "Stellenbeschreibung Integrationsmanagerin/Integrationsmanager – "
                         "Anteile der Tätigkeiten an der Arbeitszeit"})
        rows = [["Nr.", "Tätigkeit", "Zeitanteil"]]
        for i, (was, anteil) in enumerate(p["stellenbeschreibung"], 1):
            rows.append([str(i), was, anteil])
        out.append({"tabelle": rows})
    return out


def antrag_brief(p: dict) -> list[dict]:
    """An Antrag as a letter: letterhead, place-and-date line on the right, subject, salutation,
    parts as bold lines inside the letter, a closing formula and the signature."""
    k = _k(p)
    d = datum(p["datum"], p.get("datum_stil", "lang"))
    beginn, ende = (datum(x, p.get("zeitraum_stil", "lang")) for x in p["zeitraum"])
    stil = p.get("betrag_stil", "strich")
    out: list[dict] = [
        {"briefkopf": [k["verwaltung"], k["amt"], k["anschrift"]]},
        {"p": f"{k['verwaltung']} · {k['anschrift']}"},
        {"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"},
        {"p": "Referat 745 – Integration"},
        {"p": "Kaiser-Friedrich-Straße 5a"},
        {"p": "55116 Mainz"},
        {"rechts": f"{p.get('ort', k['ort'])}, den {d}"},
        {"fett": p.get("betreff", "Antrag auf Gewährung einer Zuwendung aus dem Förderprogramm "
                                  "„Kommunales Integrationsmanagement“ (KIM)")},
        {"p": "Sehr geehrte Damen und Herren,"},
        {"p": f"hiermit beantragt {_nom(k)} eine Zuwendung für die Stelle einer "
              "Integrationsmanagerin bzw. eines Integrationsmanagers. Zu den einzelnen Punkten:"},
    ]
    out.append({"h2": "Antragstellende Kommune"})
    out.append({"p": f"{k['name']}, {k['anschrift']}, {_schluessel(k)}; vertreten durch "
                     f"{k['spitze']} {k['chef']}."})
    if "ansprechperson" not in p.get("ohne", ()):
        out.append({"h2": "Ansprechpartnerin"})
        out.append({"p": p.get("ansprech_text", f"Frau Anja Lorenz, {k['amt']}, Telefon 0261 "
                                                "108-412, E-Mail anja.lorenz@kv.example")})
    out.append({"h2": "Angaben zur Stelle"})
    out.append({"p": p["stellen_satz"]})
    out.append({"h2": "Organisatorische Anbindung"})
    out.append({"p": f"Die Stelle ist in der {k['verwaltung']} angesiedelt, {k['amt']}."})
    out.append({"h2": "Aufgaben und Schwerpunkte"})
    out += _aufgaben(5)
    out.append({"h2": "Integrationskonzept"})
    out.append({"p": _konzept_text(k, p.get("konzept_variante", 1))})
    out.append({"h2": "Förderzeitraum"})
    out.append({"p": f"Beantragt wird die Förderung vom {beginn} bis {ende}."})
    out.append({"h2": "Finanzierungsplan"})
    for j in p["jahre"]:
        summe = Decimal(j["personal"]) + Decimal(j["sach"])
        out.append({"p": f"Haushaltsjahr {j['jahr']} ({j['monate']}): Personalkosten "
                         f"{eur(j['personal'], stil)}, Sachkosten {eur(j['sach'], stil)}, "
                         f"beantragte Zuwendung insgesamt {eur(str(summe), stil)}."})
    out.append({"p": "Die Sachkosten umfassen Netzwerkveranstaltungen, Sprachmittlung, "
                     "Fortbildung und Materialien der Öffentlichkeitsarbeit. "
                     "Verwaltungsgemeinkosten werden nicht geltend gemacht."})
    out.append({"h2": "Erklärungen"})
    out.append({"p": ERKLAERUNG_DOPPEL + " " + ERKLAERUNG_BEGINN + " " + ERKLAERUNG_ANGABEN})
    out.append({"p": "Für Rückfragen stehen wir gern zur Verfügung."})
    out.append({"p": "Mit freundlichen Grüßen"})
    out.append({"p": "(Unterschrift)"})
    out.append({"p": f"{k['chef']}"})
    out.append({"p": k["spitze"]})
    return out


def _feld(text: str, art: str) -> str:
    if art == "alt":
        return f"<<{text}>>"
    if art == "sdt":
        return f"[[{text}]]"
    return text


def _box(ja: bool) -> str:
    return "☒" if ja else "☐"


def antrag_formular(p: dict) -> list[dict]:
    """A Word form of the Kreisverwaltung: numbered parts as bold lines, each a label/value
    table whose values sit in form fields (legacy FORMTEXT or content controls), placement and
    declarations as check boxes."""
    k = _k(p)
    f = p.get("felder", "alt")
    stil = p.get("betrag_stil", "teur")
    d = datum(p["datum"], p.get("datum_stil", "iso"))
    beginn, ende = (datum(x, p.get("zeitraum_stil", "punkt")) for x in p["zeitraum"])
    out: list[dict] = [
        {"briefkopf": [k["verwaltung"], "Vordruck KIM-A (Stand 09/2025)"]},
        {"titel": "Antrag auf Zuwendung – Kommunales Integrationsmanagement (KIM)"},
        {"p": "Bitte vollständig ausfüllen und unterschrieben an das MFFKI, Referat Integration, "
              "Kaiser-Friedrich-Straße 5a, 55116 Mainz senden."},
        {"fett": "1. Antragsteller"},
        {"formular": [["Kommune", _feld(k["name"], f)], ["Kreisschlüssel", _feld(k["schluessel"], f)],
                      ["Anschrift", _feld(k["anschrift"], f)]]},
        {"fett": "2. Ansprechperson"},
        {"formular": [["Name", _feld(p.get("ansprech", "Herr Daniel Kurz"), f)],
                      ["Telefon / E-Mail", _feld("02641 975-318 / integration@kreis.example", f)]]},
        {"fett": "3. Angaben zur Stelle"},
    ]
    rows = [["Nr.", "Besetzung", "Umfang", "Entgeltgruppe", "Beginn"]]
    for i, s in enumerate(p["stellen"], 1):
        rows.append([str(i), _feld(s["wer"], f), _feld(s["umfang"], f),
                     _feld(s.get("eg", "E 10"), f), _feld(s["beginn"], f)])
    out.append({"tabelle": rows})
    out.append({"fett": "4. Organisatorische Anbindung"})
    ja = p.get("in_verwaltung", True)
    out.append({"formular": [
        [f"Stelle in der {k['verwaltung'].split()[0]} angesiedelt",
         f"{_box(ja)} ja   {_box(not ja)} nein"],
        ["Amt / Abteilung", _feld(p.get("amt", k["amt"]), f)],
        ["Anstellungsträger", _feld(p.get("traeger", k["verwaltung"]), f)]]})
    if p.get("anbindung_zusatz"):
        out.append({"p": p["anbindung_zusatz"]})
    out.append({"fett": "5. Aufgaben und Schwerpunkte"})
    out.append({"formular": [["Schwerpunkte", _feld("; ".join(AUFGABEN[:4]), f)]]})
    out.append({"fett": "6. Integrationskonzept"})
    out.append({"formular": [["Örtliches Integrationskonzept vorhanden",
                              (f"{_box(p.get('konzept', True))} ja   "
                              f"{_box(not p.get('konzept', True))} nein")],
                             ["Erläuterung", _feld(_konzept_text(k, 2), f)]]})
    out.append({"fett": "7. Förderzeitraum"})
    out.append({"formular": [["von", _feld(beginn, f)], ["bis", _feld(ende, f)]]})
    out.append({"fett": "8. Finanzierungsplan"})
    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"]]
    for j in p["jahre"]:
        summe = str(Decimal(j["personal"]) + Decimal(j["sach"]))
        rows.append([str(j["jahr"]), _feld(eur(j["personal"], stil), f),
                     _feld(eur(j["sach"], stil), f), _feld(eur(summe, stil), f)])
    out.append({"tabelle": rows})
    out.append({"fett": "9. Erklärungen"})
    e = p.get("erklaerungen", {})
    out.append({"p": f"{_box(e.get('doppel', True))} {ERKLAERUNG_DOPPEL}"})
    out.append({"p": f"{_box(e.get('beginn', True))} {ERKLAERUNG_BEGINN}"})
    out.append({"p": f"{_box(e.get('angaben', True))} {ERKLAERUNG_ANGABEN}"})
    out.append({"fett": "10. Ort, Datum, Unterschrift"})
    out.append({"formular": [["Ort, Datum", _feld(f"{k['ort']}, {d}", f)],
                             ["Unterschrift", f"gez. {k['chef']}, {k['spitze']}"]]})
    return out


def antrag_postenliste(p: dict) -> list[dict]:
    """An Antrag whose Finanzierungsplan is an item list in one amount column (the Personal-
    kosten label wraps onto a second line, several Sachkosten items, „Summe Sachkosten“, a
    total), borderless, on a page of its own at the end."""
    k = _k(p)
    stil = p.get("betrag_stil", "std")
    d = datum(p["datum"], p.get("datum_stil", "punkt"))
    beginn, ende = (datum(x, "punkt") for x in p["zeitraum"])
    personal = Decimal(p["personal"])
    posten = [(a, Decimal(b)) for a, b in p["posten"]]
    sach = sum((b for _, b in posten), Decimal(0))
    out: list[dict] = [
        {"briefkopf": [k["verwaltung"], k["amt"]]},
        {"titel": f"Antrag {k['kurz']} – Förderung Kommunales Integrationsmanagement "
                  f"{p['jahr']}"},
        {"h1": "Antragsteller"},
        {"p": f"{k['name']}, {k['anschrift']} ({_schluessel(k)})"},
        {"h1": "Ansprechpartner/-in"},
        {"p": "Herr Stefan Glaser, Telefon 06331 84-2270, stefan.glaser@verwaltung.example"},
        {"h1": "Personal"},
        {"p": p["stellen_satz"]},
        {"h1": "Anbindung in der Verwaltung"},
        {"p": f"Amt / Abteilung: {k['amt']}"},
        {"h1": "Aufgaben"},
    ]
    out += _aufgaben(6)
    out += [
        {"h1": "Integrationskonzept"},
        {"p": _konzept_text(k, 0)},
        {"h1": "Laufzeit"},
        {"p": f"{beginn} – {ende}"},
        {"h1": "Erklärungen"},
        {"liste": [ERKLAERUNG_DOPPEL, ERKLAERUNG_BEGINN]},
        {"fett": "Ort und Datum"},
        {"p": f"{k['ort']}, {d}"},
        {"p": f"gez. {k['chef']}, {k['spitze']}"},
        {"querformat": False},  # a page of its own
        {"h1": "Finanzierungsplan (Anlage)"},
        {"p": f"Ausgaben und beantragte Zuwendung im Haushaltsjahr {p['jahr']}, Beträge in EUR"},
    ]
    rows = [["Position", "Betrag"], [p["personal_label"], eur(str(personal), stil)]]
    rows.append(["Sachkosten:", ""])
    for a, b in posten:
        rows.append([f"– {a}", eur(str(b), stil)])
    rows.append(["Summe Sachkosten", eur(str(sach), stil)])
    rows.append(["Gesamtsumme (beantragte Zuwendung)", eur(str(personal + sach), stil)])
    out.append({"tabelle": rows, "rahmenlos": True})
    return out


# --- Jahresberichte --------------------------------------------------------------------------

JB_TITEL = {
    "personal": ["Personal", "Personelle Besetzung", "Personalsituation",
                 "Das Integrationsmanagement vor Ort", "Stellenbesetzung"],
    "infrastruktur": ["Integrationsinfrastruktur", "Bestandsaufnahme und Handlungsfelder",
                      "Bestandsaufnahme", "Integrationsinfrastruktur", "Integrationsangebote"],
    "vernetzung": ["Vernetzung in der Kommune", "Netzwerkarbeit vor Ort", "Vernetzung",
                   "Vernetzung innerhalb der Kommune", "Netzwerkarbeit"],
    "interkommunal": ["Interkommunale Vernetzung", "Interkommunaler Austausch",
                      "Vernetzung mit anderen Kommunen", "Interkommunale Zusammenarbeit",
                      "Interkommunale Vernetzung"],
    "oeffentlichkeit": ["Öffentlichkeitsarbeit", "Presse- und Öffentlichkeitsarbeit",
                        "Öffentlichkeitsarbeit", "Information der Öffentlichkeit",
                        "Öffentlichkeits- und Pressearbeit"],
    "land": ["Kooperation mit dem Land", "Zusammenarbeit mit dem Land", "Austausch mit dem Land",
             "Kooperation mit dem Land", "Jour fixe"],
    "konzept": ["Stand des Integrationskonzepts", "Integrationskonzept", "Integrationsstrategie",
                "Integrationskonzept und -strategie", "Stand des Integrationskonzepts"],
    "mittel": ["Mittelverwendung", "Verwendung der Mittel", "Finanzielle Übersicht",
               "Mittelverwendung und Finanzen", "Zahlenmäßiger Nachweis"],
    "ausblick": ["Ausblick", "Ausblick und Planung", "Planung", "Perspektive", "Ausblick"],
}

JB_TEXT = {
    "infrastruktur": [
        ("Die Bestandsaufnahme der Angebote wurde im ersten Halbjahr abgeschlossen. Erfasst "
        "wurden 64 Angebote in den Handlungsfeldern Wohnen, Sprache und Bildung, "
        "Migrationsberatung und Arbeitsmarkt. Lücken zeigen sich bei Sprachkursen mit "
        "Kinderbetreuung und bei der Beratung im ländlichen Raum."),
        ("Eine Steuerungsgruppe aus Verwaltung, Jobcenter und Wohlfahrtsverbänden tagt seit "
        "März vierteljährlich und priorisiert die Handlungsfelder."),
    ],
    "vernetzung": [
        ("Innerhalb der Verwaltung wurde ein Arbeitskreis mit Ausländerbehörde, Jugendamt und "
        "Schulverwaltung eingerichtet. Das Netzwerk Integration mit 31 Akteuren traf sich "
        "dreimal; der Sozialausschuss wurde zweimal unterrichtet."),
    ],
    "interkommunal": [
        ("Regelmäßiger Austausch mit den Integrationsmanagerinnen und -managern der "
        "Nachbarkommunen, zuletzt bei einem Regionaltreffen im Oktober."),
    ],
    "oeffentlichkeit": [
        ("Die Interkulturelle Woche wurde mit 14 Veranstaltungen begleitet; ein Wegweiser "
        "Integration erschien in vier Sprachen; die Lokalpresse berichtete mehrfach."),
    ],
    "land": [
        ("Teilnahme an allen Jour-fixe-Terminen des MFFKI und an den Fachtagen der Dialog- und "
        "Beratungsstelle Kommunale Integration (DBKI); die Berichterstattung an das Fachreferat "
        "erfolgte fristgerecht."),
    ],
    "konzept": [
        ("Das Integrationskonzept wird derzeit fortgeschrieben; ein Entwurf soll im Frühjahr "
        "den Gremien vorgelegt werden."),
    ],
    "ausblick": [
        ("Im kommenden Jahr stehen die Fortschreibung des Integrationskonzepts, ein Fachtag "
        "Arbeitsmarktintegration und der Ausbau der Sprachmittlung im Mittelpunkt."),
    ],
}


def _mittel_tabelle(p: dict) -> dict:
    stil = p.get("betrag_stil", "std")
    rows = [["Position", "bewilligt", "verausgabt"]]
    tot_b, tot_v = Decimal(0), Decimal(0)
    for label, b, v in p["mittel"]:
        rows.append([label, eur(b, stil) if b else "–", eur(v, stil)])
        tot_b += Decimal(b or 0)
        tot_v += Decimal(v)
    if p.get("mittel_summe", True):
        rows.append(["Summe", eur(str(tot_b), stil), eur(str(tot_v), stil)])
    return {"tabelle": rows}


def _jb_personal(p: dict) -> list[dict]:
    out: list[dict] = []
    if p.get("personal_text"):
        out += [{"p": t} for t in p["personal_text"]]
    if p.get("stellen"):
        kopf = p.get("stellen_kopf", ["Name", "Stellenanteil", "im KIM seit"])
        out.append({"tabelle": [kopf] + [list(s) for s in p["stellen"]]})
    for t in p.get("personal_nach", ()):
        out.append({"p": t})
    return out


def jahresbericht(p: dict) -> list[dict]:
    """A Jahresbericht with one part per task area, headings in the entry's variant and
    numbering, the report's date as a place-and-date line, a colophon line or a footer, an
    optional receipt stamp at the top and two-column body."""
    k = _k(p)
    stil = p.get("kopf", "zahl")
    v = p.get("variante", 0)
    d = datum(p["datum"], p.get("datum_stil", "punkt"))
    ohne = set(p.get("ohne", ()))
    out: list[dict] = []
    if p.get("eingang"):
        out.append({"p": p["eingang"]})
    out.append({"briefkopf": [k["verwaltung"], k["amt"]]})
    out.append({"titel": p.get("titel", f"Jahresbericht {p['jahr']} – Kommunales "
                                          "Integrationsmanagement")})
    out.append({"p": f"{k['name']} · Berichtsjahr {p['jahr']} · Förderung seit "
                     f"{datum(p['seit'], p.get('seit_stil', 'punkt'))}"})
    if p.get("datum_ort", "zeile") == "kopf":
        out.append({"rechts": f"{p.get('ort', k['ort'])}, {d}"})
    if p.get("spalten"):
        out.append({"spalten": p["spalten"]})
    n = 0
    titel = {t: JB_TITEL[t][v % len(JB_TITEL[t])] for t in JB_TITEL}
    titel.update(p.get("titel_ersatz", {}))
    for teil in ("personal", "infrastruktur", "vernetzung", "interkommunal", "oeffentlichkeit",
                 "land", "konzept", "mittel", "ausblick"):
        if teil in ohne:
            continue
        n += 1
        out.append({"h1": _kopf(stil, n, titel[teil])})
        if teil == "personal":
            out += _jb_personal(p)
        elif teil == "mittel":
            if p.get("spalten"):
                out.append({"spalten": 1})
            out.append({"p": p.get("mittel_satz", f"Verwendung der Zuwendung im Haushaltsjahr "
                                                  f"{p['jahr']}:")})
            if p.get("mittel_tabelle"):
                item = {"tabelle": p["mittel_tabelle"]}
                if p.get("mittel_verbunden"):
                    item["verbunden"] = p["mittel_verbunden"]
                out.append(item)
            else:
                out.append(_mittel_tabelle(p))
            for t in p.get("mittel_nach", ()):
                out.append({"p": t})
        else:
            out += [{"p": t} for t in JB_TEXT[teil]]
    if p.get("fragebogen", True):
        out.append({"fett": "Anlagen"})
        out.append({"liste": p.get("anlagen", [("Ausgefüllter Fragebogen des MFFKI zur "
                                               "Evaluierung des KIM"),
                                               "Übersicht der Netzwerktreffen"])})
    elif p.get("anlagen"):
        out.append({"fett": "Anlagen"})
        out.append({"liste": p["anlagen"]})
    wo = p.get("datum_ort", "zeile")
    if wo == "zeile":
        out.append({"p": f"{p.get('ort', k['ort'])}, {d}"})
        out.append({"p": f"{p.get('unterzeichner', 'gez. ' + k['chef'])}"})
    elif wo == "kolophon":
        out.append({"p": f"{k['verwaltung']} · {k['amt']} · {p.get('ort', k['ort'])}, {d} · "
                         f"{p.get('kolophon_anlage', 'Anlage: Fragebogen des MFFKI')}"})
    elif wo == "fusszeile":
        out.append({"fusszeile": [(f"{k['verwaltung']} · Jahresbericht KIM {p['jahr']} · Stand "
                                  f"{d} · Seite #")]})
    return out


def jahresbericht_querformat(p: dict) -> list[dict]:
    """The Mittelverwendung as a landscape page with merged year headers (printed by
    LibreOffice, the page stored turned with /Rotate)."""
    p = dict(p)
    p["mittel_tabelle"] = None
    base = jahresbericht({**p, "ohne": [*list(p.get("ohne", ())), "mittel", "ausblick"]})
    # keep everything before the Anlagen/closing; insert the landscape part before them
    cut = next(i for i, item in enumerate(base) if item.get("fett") == "Anlagen")
    stil = p.get("betrag_stil", "std")
    n = len([t for t in ("personal", "infrastruktur", "vernetzung", "interkommunal",
                         "oeffentlichkeit", "land", "konzept") if t not in set(p.get("ohne", ()))])
    teil = [{"querformat": True},
            {"h1": _kopf(p.get("kopf", "zahl"), n + 1, "Mittelverwendung")},
            {"p": "Bewilligte und verausgabte Mittel je Haushaltsjahr (in EUR)"}]
    jahre = p["jahre_mittel"]
    kopf1 = ["Kostenart"]
    kopf2 = [""]
    verbunden = []
    for i, j in enumerate(jahre):
        kopf1 += [f"Haushaltsjahr {j['jahr']}", ""]
        kopf2 += ["bewilligt", "verausgabt"]
        verbunden.append([0, 1 + 2 * i, 2 + 2 * i])
    rows = [kopf1, kopf2]
    for label, key in (("Personalkosten", "personal"), ("Sachkosten", "sach")):
        row = [label]
        for j in jahre:
            row += [eur(j[key][0], stil), eur(j[key][1], stil)]
        rows.append(row)
    summe = ["Summe"]
    for j in jahre:
        summe += [eur(str(Decimal(j["personal"][0]) + Decimal(j["sach"][0])), stil),
                  eur(str(Decimal(j["personal"][1]) + Decimal(j["sach"][1])), stil)]
    rows.append(summe)
    teil.append({"tabelle": rows, "verbunden": verbunden})
    teil.append({"querformat": False})
    teil.append({"h1": _kopf(p.get("kopf", "zahl"), n + 2, "Ausblick")})
    teil += [{"p": t} for t in JB_TEXT["ausblick"]]
    return base[:cut] + teil + base[cut:]


# --- Bescheide -------------------------------------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    """A Zuwendungsbescheid of the MFFKI: letterhead with file number, recipient, date, the
    grant per Haushaltsjahr (as a table with a sum row, or per year in sentences with the
    Personal- and Sachkosten parts named separately), the parts of the notice and the signature
    line."""
    k = _k(p)
    stil = p.get("betrag_stil", "eur")
    d = datum(p["datum"], p.get("datum_stil", "punkt"))
    beginn, ende = (datum(x, "punkt") for x in p["zeitraum"])
    kopf = p.get("kopf", "zahl")
    t = {"bewilligung": "Bewilligung", "finanz": "Finanzierungsart und zuwendungsfähige Ausgaben",
         "auszahlung": "Auszahlung", "bericht": "Jahresbericht und Verwendungsnachweis",
         "neben": "Nebenbestimmungen", "begruendung": "Begründung",
         "rechtsbehelf": "Rechtsbehelfsbelehrung"}
    t.update(p.get("titel_ersatz", {}))
    ohne = set(p.get("ohne", ()))
    out: list[dict] = [
        {"briefkopf": [*MINISTERIUM, f"Mein Aktenzeichen: {p.get('az', '745-0003#2026/0117-0701')}", f"Ihr Schreiben vom {datum(p['antrag_vom'], 'punkt')}"]},
        {"p": k["verwaltung"]},
        {"p": k["amt"]},
        {"p": k["anschrift"]},
        {"rechts": f"Mainz, {d}"},
        {"titel": p.get("titel", "Zuwendungsbescheid")},
        {"fett": "Förderprogramm „Kommunales Integrationsmanagement“ (KIM)"},
        {"p": "Sehr geehrte Damen und Herren,"},
        {"p": "auf Ihren Antrag ergeht folgender Bescheid:"},
    ]
    n = 0

    def h(text):
        nonlocal n
        n += 1
        out.append({"h1": _kopf(kopf, n, text)})

    h(t["bewilligung"])
    empfaenger = _dat(k)[0].upper() + _dat(k)[1:]
    out.append({"p": f"{empfaenger} wird für die Stelle einer Integrationsmanagerin bzw. "
                     f"eines Integrationsmanagers im Umfang von {p['vzae_text']} für den "
                     f"Bewilligungszeitraum vom {beginn} bis {ende} eine Zuwendung als "
                     "Zuweisung bewilligt. Zuwendungszweck ist der Aufbau eines kommunalen "
                     "Integrationsmanagements nach dem Konzept des Landes."})
    if p.get("darstellung", "tabelle") == "tabelle":
        rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Zuwendung"]]
        tp, ts = Decimal(0), Decimal(0)
        for j in p["jahre"]:
            rows.append([str(j["jahr"]), eur(j["personal"], stil), eur(j["sach"], stil),
                         eur(str(Decimal(j["personal"]) + Decimal(j["sach"])), stil)])
            tp += Decimal(j["personal"])
            ts += Decimal(j["sach"])
        gesamt = p.get("summe_falsch") or str(tp + ts)
        rows.append(["Summe", eur(str(tp), stil), eur(str(ts), stil), eur(gesamt, stil)])
        out.append({"tabelle": rows})
    else:  # the grant per year in sentences, the parts named separately
        for j in p["jahre"]:
            z = Decimal(j["personal"]) + Decimal(j["sach"])
            out.append({"p": f"Zuwendung {j['jahr']}: {eur(str(z), stil)} (davon Personalkosten "
                             f"{eur(j['personal'], stil)}, Sachkosten {eur(j['sach'], stil)})"})
        gesamt = sum((Decimal(j["personal"]) + Decimal(j["sach"]) for j in p["jahre"]), Decimal(0))
        out.append({"p": f"Die Zuwendung beträgt insgesamt höchstens {eur(str(gesamt), stil)}."})
    h(t["finanz"])
    out.append({"p": "Die Zuwendung wird im Wege der Festbetragsfinanzierung gewährt: je "
                     "Vollzeitäquivalent und Jahr höchstens 60.000 EUR Personalkosten "
                     "(Höchstbetrag), für Sachkosten höchstens 20.000 EUR je Jahr, jeweils "
                     "anteilig nach vollen Kalendermonaten. Zuwendungsfähig sind die "
                     "Personalausgaben der Stelle und Sachausgaben für Vernetzung, "
                     "Veranstaltungen und Öffentlichkeitsarbeit; Overheadkosten sind nicht "
                     "zuwendungsfähig."})
    h(t["auszahlung"])
    out.append({"p": "Die Zuwendung wird auf Anforderung ausgezahlt, soweit sie binnen zwei "
                     "Monaten nach der Auszahlung für fällige Zahlungen benötigt wird."})
    h(t["bericht"])
    out.append({"p": "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem "
                     "ausgefüllten Fragebogen des Fachreferats vorzulegen. Der "
                     "Verwendungsnachweis ist innerhalb von sechs Monaten nach Ablauf des "
                     "Bewilligungszeitraums vorzulegen."})
    h(t["neben"])
    out.append({"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
                     "kommunale Körperschaften (ANBest-K) sind Bestandteil dieses Bescheids. "
                     "Nicht verwendete Beträge sind zu erstatten und nach § 49a VwVfG zu "
                     "verzinsen."})
    h(t["begruendung"])
    out.append({"p": "Rechtsgrundlage sind § 44 LHO und die Verwaltungsvorschriften dazu sowie "
                     "das Konzept Kommunales Integrationsmanagement. Auf die Zuwendung besteht "
                     "kein Rechtsanspruch; die Bewilligungsbehörde entscheidet nach "
                     "pflichtgemäßem Ermessen im Rahmen der verfügbaren Haushaltsmittel. Der "
                     "Antrag erfüllt die Fördervoraussetzungen."})
    if "rechtsbehelf" not in ohne:
        h(t["rechtsbehelf"])
        out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                         f"Klage beim {p['gericht']} erhoben werden. Ein Widerspruchsverfahren "
                         "findet nicht statt (§ 68 Abs. 1 Satz 2 Nr. 1 VwGO). Die Klage ist "
                         "elektronisch zu erheben (§ 55d VwGO)."})
    if "zeichnung" not in ohne:
        out.append({"p": p.get("zeichnung", "Im Auftrag")})
        out.append({"p": p.get("zeichner", "Dr. Jana Muster")})
    return out


# --- Unterrichtungsvorlagen ------------------------------------------------------------------

def vorlage(p: dict) -> list[dict]:
    """An Unterrichtungsvorlage: the head as label/value table (or lines), the Gremienweg as a
    table with result boxes, then the text parts and the Anlagen."""
    k = _k(p)
    ohne = set(p.get("ohne", ()))
    t = {"betreff": "Betreff", "gremien": "Gremienweg", "hintergrund": "Hintergrund",
         "umsetzung": "Umsetzung", "sachstand": "Sachstand", "anlagen": "Anlagen"}
    t.update(p.get("titel_ersatz", {}))
    kopf = p.get("kopf", "keine")
    out: list[dict] = [{"titel": p.get("titel", "Unterrichtungsvorlage")}]
    head = [["Vorlage-Nr.", p["nummer"]], ["Datum", datum(p["datum"], p.get("datum_stil", "punkt"))],
            ["Dezernat / Amt", p.get("dezernat", f"Dezernat II / {k['amt']}")],
            ["Aktenzeichen", p.get("az", "50 12 01")]]
    if "betreff" not in ohne:
        head.append([t["betreff"], p.get("betreff", "Kommunales Integrationsmanagement (KIM) – "
                                                    "Bericht über die Umsetzung")])
    out.append({"formular": head})
    if "gremien" not in ohne:
        out.append({"fett": t["gremien"]})
        rows = [["Datum", "Gremium", "Zuständigkeit", "Ergebnis"]]
        for g in p["gremien"]:
            rows.append([g[0], g[1], g[2] if len(g) > 2 else "Kenntnisnahme",
                         "☐ Kenntnis ☐ vertagt ☐ verwiesen"])
        out.append({"tabelle": rows})
    n = 0
    for teil in ("hintergrund", "umsetzung", "sachstand"):
        if teil in ohne:
            continue
        n += 1
        out.append({"h1": _kopf(kopf, n, t[teil])})
        out += [{"p": x} for x in VORLAGE_TEXT[teil](k)]
    if "anlagen" not in ohne:
        n += 1
        out.append({"h1": _kopf(kopf, n, t["anlagen"])})
        out.append({"liste": ["Konzept Kommunales Integrationsmanagement",
                              "Förderrichtlinie KIM", "Präsentation der Integrationsmanagerin"]})
    return out


VORLAGE_TEXT = {
    "hintergrund": lambda k: [
        ("Das Land Rheinland-Pfalz fördert seit dem 11.08.2025 mit dem Programm „Kommunales "
        "Integrationsmanagement“ (KIM) in den 36 Landkreisen und kreisfreien Städten die Stelle "
        "einer Integrationsmanagerin bzw. eines Integrationsmanagers mit bis zu 60.000 € je "
        "Vollzeitäquivalent und Jahr sowie bis zu 20.000 € Sachkosten jährlich."),
        "Anträge können zunächst bis Ende 2026 gestellt werden."],
    "umsetzung": lambda k: [
        ("Die Dialog- und Beratungsstelle Kommunale Integration (DBKI) begleitet die Kommunen; "
        "regelmäßige Jours fixes mit dem MFFKI dienen dem Austausch."),
        f"Die Stelle ist in der {k['verwaltung']} beim {k['amt']} angesiedelt."],
    "sachstand": lambda k: [
        (f"Der Antrag von {k['kurz']} wurde bewilligt; die Stelle ist seit Jahresbeginn mit zwei "
        "Teilzeitkräften zu je 50 % besetzt."),
        ("Die Bestandsaufnahme der Integrationsangebote ist abgeschlossen; ein Netzwerktreffen "
        "mit 28 Akteuren hat stattgefunden.")],
}


BUILDERS = {
    "antrag-gliederung": antrag_gliederung,
    "antrag-brief": antrag_brief,
    "antrag-formular": antrag_formular,
    "antrag-postenliste": antrag_postenliste,
    "jahresbericht": jahresbericht,
    "jahresbericht-querformat": jahresbericht_querformat,
    "bescheid": bescheid,
    "vorlage": vorlage,
}
