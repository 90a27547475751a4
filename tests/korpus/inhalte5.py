"""Contents of the development corpus, probe round 4 (issue 19): manifest.yaml entries whose
`inhalt` starts with "s-" (wired into inhalte.BUILDERS).

Jahresberichte and Unterrichtungsvorlagen in habits the older contents do not have: a
Jahresbericht as a slide deck (one landscape page per slide, short bullet lines, the money as
bullets); a long report with a table of contents (dotted leaders and page numbers) and
chapters numbered "3.2 Netzwerkarbeit"; case numbers and statistics tables (per
Verbandsgemeinde, topics counted with Mehrfachnennungen) full of figures that are no money;
staff named only by their role; staff beside the funded post that KIM does not pay; reports in
the first person plural; Ausblick dates in the next year; council-system prints with their
header metadata, a Sitzungsdaten table, "Sachdarstellung"/"Begründung", a "Finanzielle
Auswirkungen: ja ☒ nein ☐" box and the next years' budget. Every figure an expectation depends
on is a parameter of the manifest entry.
"""

from __future__ import annotations

from korpus.inhalte2 import eur
from korpus.inhalte4 import KOMMUNEN as _K4
from korpus.inhalte4 import kommune as _kommune4

KOMMUNEN = {
    "ahrweiler": ("Landkreis Ahrweiler", "Kreisverwaltung Ahrweiler", "Bad Neuenahr-Ahrweiler",
                  "Wilhelmstraße 24–30, 53474 Bad Neuenahr-Ahrweiler", "07131", "Landrätin",
                  "Cornelia Weigand", "Abteilung 3.2 – Migration und Integration", "VG Koblenz"),
    "germersheim": ("Landkreis Germersheim", "Kreisverwaltung Germersheim", "Germersheim",
                    "Luitpoldplatz 1, 76726 Germersheim", "07334", "Landrat", "Martin Brandl",
                    "Referat 22 – Soziales und Integration", "VG Neustadt"),
    "mayen-koblenz": ("Landkreis Mayen-Koblenz", "Kreisverwaltung Mayen-Koblenz", "Koblenz",
                      "Bahnhofstraße 9, 56068 Koblenz", "07137", "Landrat", "Marko Boos",
                      "Abteilung 6 – Soziales, Integrationsbüro", "VG Koblenz"),
    "bad-duerkheim": ("Landkreis Bad Dürkheim", "Kreisverwaltung Bad Dürkheim", "Bad Dürkheim",
                      "Philipp-Fauth-Straße 11, 67098 Bad Dürkheim", "07332", "Landrat",
                      "Hans-Ulrich Ihlenfeld", "Referat 51 – Soziales und Integration", "VG Neustadt"),
}
_FELDER = ("name", "verwaltung", "ort", "anschrift", "schluessel", "spitze", "chef", "amt", "gericht")


def kommune(key: str) -> dict:
    if key in KOMMUNEN:
        return dict(zip(_FELDER, KOMMUNEN[key]))
    return _kommune4(key)


assert not set(KOMMUNEN) & set(_K4)

# the chapters of a report: key → (title, text in the first person plural)
TEXTE = {
    "einleitung": ("Vorbemerkung", "Mit diesem Bericht legen wir dar, was wir im Berichtsjahr im "
                   "Kommunalen Integrationsmanagement erreicht haben und wo wir noch Lücken sehen."),
    "infrastruktur": ("Integrationsinfrastruktur", "Wir haben die Angebote der Träger in den "
                      "Handlungsfeldern Sprache, Arbeit, Wohnen und Gesundheit erhoben (71 Angebote "
                      "von 29 Trägern) und sie in einem Online-Wegweiser veröffentlicht."),
    "steuerung": ("Steuerungsgruppe", "Die Steuerungsgruppe Integration (Sozialamt, Jugendamt, "
                  "Ausländerbehörde, Jobcenter) haben wir im März eingerichtet; sie tagte viermal."),
    "vernetzung": ("Netzwerkarbeit", "Wir laden die Träger, Migrantenorganisationen und "
                   "Ehrenamtlichen zweimal im Jahr zu einem Netzwerktreffen ein (zuletzt 58 "
                   "Teilnehmende)."),
    "interkommunal": ("Interkommunale Vernetzung", "Mit den Integrationsmanagerinnen und "
                      "-managern der Nachbarkreise treffen wir uns vierteljährlich zum Austausch."),
    "oeffentlichkeit": ("Öffentlichkeitsarbeit", "Wir haben sechs Pressemitteilungen "
                        "veröffentlicht und den Wegweiser in vier Sprachen drucken lassen "
                        "(Auflage 2.000)."),
    "land": ("Kooperation mit dem Land", "Wir nahmen an den Jours fixes des MFFKI und an den "
             "Fachtagen der DBKI teil und haben die Quartalsberichte fristgerecht geliefert."),
    "konzept": ("Integrationskonzept", "Die Fortschreibung unseres Integrationskonzepts haben "
                "wir mit einer Bürgerbeteiligung begonnen; der Entwurf liegt seit Oktober vor."),
    "ausblick": ("Ausblick", "Im kommenden Jahr wollen wir das Integrationskonzept "
                 "beschließen lassen und einen Fachtag Wohnen ausrichten."),
}
STANDARD = ["personal", "infrastruktur", "vernetzung", "interkommunal", "oeffentlichkeit",
            "land", "konzept", "fallzahlen", "mittel", "ausblick"]


def _titel(p: dict, key: str) -> str:
    if key.startswith("="):  # a chapter heading over sub-chapters, no text of its own
        return key[1:]
    return dict(p.get("titel_ersatz", {})).get(key, {"personal": "Personal",
                                                       "fallzahlen": "Fallzahlen und Statistik",
                                                       "mittel": "Mittelverwendung",
                                                       "vg": "Die Verbandsgemeinden"}.get(key)
                                               or TEXTE[key][0])


def _statistik(p: dict) -> list[dict]:
    out: list[dict] = []
    for tab in p.get("statistik", ()):
        if tab.get("vorsatz"):
            out.append({"p": tab["vorsatz"]})
        out.append({"tabelle": [list(map(str, r)) for r in tab["zeilen"]]})
        if tab.get("nachsatz"):
            out.append({"p": tab["nachsatz"]})
    return out


def _mittel_tabelle(p: dict) -> list[dict]:
    stil = p.get("betrag_stil", "std")
    rows = [list(p.get("mittel_kopf", ["Kostenart", "bewilligt", "verausgabt"]))]
    for z in p["mittel"]:
        rows.append([z[0], *(eur(v, stil) if v not in ("", None) else "" for v in z[1:])])
    return [{"tabelle": rows}]


def _kapitel(p: dict, key: str, folien: bool) -> list[dict]:
    if key.startswith("="):
        return []
    if key == "personal":
        if folien:
            return [{"liste": p["personal"]}]
        return [{"p": t} for t in p["personal"]]
    if key == "fallzahlen":
        out = [{"liste": p["fallzahlen_punkte"]}] if p.get("fallzahlen_punkte") else []
        return out + _statistik(p)
    if key == "mittel":
        out = [{"p": p["mittel_vorsatz"]}] if p.get("mittel_vorsatz") else []
        if p.get("mittel_punkte"):
            out.append({"liste": p["mittel_punkte"]})
        if p.get("mittel"):
            out += _mittel_tabelle(p)
        return out
    if key == "vg":
        return [{"p": p["vg_satz"]}]
    text = dict(p.get("texte", {})).get(key, TEXTE[key][1])
    if folien:  # a slide: short bullet lines cut at the sentence
        return [{"liste": [s.strip().rstrip(".") for s in text.replace("; ", ". ").split(". ")]}]
    return [{"p": text}]


def _nummern(kapitel: list) -> list[tuple[str, str]]:
    """key or [key, "3.2"] → (number, key); plain keys are numbered 1, 2, 3 …"""
    out, n = [], 0
    for k in kapitel:
        if isinstance(k, str):
            n += 1
            out.append((f"{n}", k))
        else:
            out.append((k[1], k[0]))
            if "." not in k[1]:
                n = int(k[1])
    return out


# --- Jahresbericht as a slide deck ------------------------------------------------------------

def folien(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    kapitel = _nummern(p.get("kapitel", STANDARD))
    nummern = p.get("nummern", True)
    out: list[dict] = []
    if p.get("fusszeile", True):
        out.append({"fusszeile": [f"{k['verwaltung']} | KIM | #"]})
    out.append({"titel": p.get("titel", f"Jahresbericht {p['jahr']}")})
    out.append({"p": p.get("untertitel", "Kommunales Integrationsmanagement (KIM)")})
    out.append({"p": k["name"]})
    out.append({"p": p["datum_zeile"]})
    if p.get("inhalt_folie"):
        out.append({"querformat": True})
        out.append({"h1": "Inhalt"})
        out.append({"liste": [f"{nr} {_titel(p, key)}" if nummern else _titel(p, key)
                              for nr, key in kapitel + [(n, key) for n, key in
                                                        p.get("nur_im_inhalt", ())]]})
    for nr, key in kapitel:
        out.append({"querformat": True})
        out.append({"h1": f"{nr} {_titel(p, key)}" if nummern else _titel(p, key)})
        out += _kapitel(p, key, folien=True)
    out.append({"querformat": True})
    out.append({"h1": p.get("schluss_titel", "Anlagen und Kontakt")})
    out.append({"liste": p.get("schluss", ["Anlage: ausgefüllter Fragebogen des MFFKI zur "
                                           "Evaluierung des KIM",
                                           f"Kontakt: {k['amt']}"])})
    return out


# --- Jahresbericht as a long report with a table of contents ----------------------------------

def bericht(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    kapitel = _nummern(p.get("kapitel", ["einleitung", *STANDARD]))
    out: list[dict] = []
    if p.get("briefkopf", True):
        out.append({"briefkopf": [k["verwaltung"], k["amt"]]})
    if p.get("fusszeile"):
        out.append({"fusszeile": [p["fusszeile"]]})
    out.append({"titel": p.get("titel", f"Jahresbericht {p['jahr']}")})
    out.append({"p": p.get("untertitel", f"Kommunales Integrationsmanagement im {k['name']}")})
    for line in p.get("titel_zeilen", ()):
        out.append({"p": line})
    if p.get("inhaltsverzeichnis", True):
        out.append({"fett": "Inhaltsverzeichnis"})
        seite, zeilen = 3, []
        eintraege = kapitel + [tuple(x) for x in p.get("nur_im_inhalt", ())]
        for nr, key in sorted(eintraege, key=lambda t: [int(x) for x in t[0].split(".")]):
            titel = _titel(p, key)
            punkte = "." * max(4, 60 - len(nr) - len(titel))
            zeilen.append([f"{nr} {titel} {punkte}", str(seite)] if p.get("toc_tabelle")
                          else [f"{nr} {titel} {punkte} {seite}"])
            seite += 1
        if p.get("toc_tabelle"):
            out.append({"tabs": zeilen})
        else:
            out += [{"p": z[0]} for z in zeilen]
    for nr, key in kapitel:
        level = "h2" if "." in nr else "h1"
        out.append({level: f"{nr} {_titel(p, key)}"})
        out += _kapitel(p, key, folien=False)
        out += _statistik({"statistik": dict(p.get("tabellen_in", {})).get(key, ())})
        for sub in dict(p.get("unterkapitel", {})).get(key, ()):
            out.append({"h2": sub[0]})
            out.append({"p": sub[1]})
    if p.get("fragebogen_satz", True):
        out.append({"p": p.get("fragebogen_text", "Den ausgefüllten Fragebogen des MFFKI zur "
                                                  "Evaluierung des KIM fügen wir als Anlage bei.")})
    out.append({"p": p.get("schluss", f"{k['ort']}, {p['datum']}")})
    out.append({"p": p.get("zeichnung", "Im Auftrag\nLeitung Integrationsbüro")})
    return out


# --- Vorlage as a council-information-system print --------------------------------------------

VORLAGE_TEXTE = {
    "hintergrund": "Das Land fördert seit August 2025 mit dem Kommunalen Integrationsmanagement "
                   "(KIM) je Kommune eine Stelle für das Integrationsmanagement mit bis zu "
                   "60.000 EUR Personalkosten und 20.000 EUR Sachkosten im Jahr.",
    "umsetzung": "Die Stelle ist im Integrationsbüro angesiedelt und seit dem 01.02.2026 mit "
                 "einer Vollzeitkraft besetzt. Wir arbeiten eng mit der Ausländerbehörde, dem "
                 "Jobcenter und den Verbandsgemeinden zusammen.",
    "sachstand": "Die Bestandsaufnahme der Angebote ist abgeschlossen, die Steuerungsgruppe "
                 "tagt seit Mai 2026, die Fortschreibung des Integrationskonzepts läuft.",
}


def vorlage(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    ohne = set(p.get("ohne", ()))
    art = p.get("vorlagenart", "Informationsvorlage")
    out: list[dict] = []
    if p.get("navigation"):
        out.append({"navigation": p["navigation"]})
    if p.get("fusszeile"):
        out.append({"fusszeile": [p["fusszeile"]]})
    out.append({"p": k["verwaltung"]})
    out.append({"titel": f"{art} {p['nummer']}" if p.get("nummer_im_titel") else art})
    kopf = [["Vorlage-Nr.", p["nummer"]], ["Status", "öffentlich"], ["Datum", p["datum"]],
            ["Federführung", k["amt"]], ["Beteiligt", p.get("beteiligt", "Kämmerei; Jobcenter")],
            ["Verfasser/-in", p.get("verfasser", "Integrationsmanagerin")]]
    if "betreff" not in ohne:
        kopf.insert(1, [p.get("betreff_label", "Betreff"),
                        p.get("betreff", "Kommunales Integrationsmanagement (KIM) – Bericht "
                                         "über den Stand der Umsetzung")])
    kopf += [list(z) for z in p.get("kopf_extra", ())]
    out.append({"formular": kopf})
    if "gremien" not in ohne:
        if p.get("gremien_titel", "Beratungsfolge"):  # "": the title is the table's first cell
            out.append({"fett": p.get("gremien_titel", "Beratungsfolge")})
        rows = [list(p.get("gremien_kopf", ["Gremium", "Sitzungstermin", "Behandlung"]))]
        rows += [list(r) for r in p["gremien"]]
        out.append({"tabelle": rows})
    for satz in p.get("vor_text", ()):
        out.append({"p": satz})
    if p.get("beschlussvorschlag"):
        out.append({"fett": "Beschlussvorschlag:"})
        out.append({"p": p["beschlussvorschlag"]})
    if p.get("ueberschrift"):  # one heading over all parts: "Sachdarstellung:", "Begründung:"
        out.append({"fett": p["ueberschrift"]})
    teile = p.get("teile", [["Hintergrund", "hintergrund"], ["Umsetzung", "umsetzung"],
                            ["Sachstand", "sachstand"]])
    texte = {**VORLAGE_TEXTE, **dict(p.get("texte", {}))}
    for titel, key in teile:
        if key in ohne:
            continue
        if titel:
            out.append({p.get("teil_stil", "h2"): titel})
        out.append({"p": texte[key]})
    if p.get("finanzen", True):
        out.append({"fett": "Finanzielle Auswirkungen:"})
        out.append({"p": p.get("finanzen_box", "ja ☒    nein ☐")})
        if p.get("finanzen_tabelle"):
            out.append({"tabelle": [list(map(str, r)) for r in p["finanzen_tabelle"]]})
        for satz in p.get("finanzen_saetze", ()):
            out.append({"p": satz})
    if "anlagen" not in ohne:
        out.append({"fett": p.get("anlagen_titel", "Anlagen:")})
        out.append({"liste": p.get("anlagen", ["Präsentation des Integrationsbüros"])})
    out.append({"p": p.get("zeichnung", f"{k['chef']}\n{k['spitze']}")})
    return out


BUILDERS = {"s-folien": folien, "s-bericht": bericht, "s-vorlage": vorlage}
