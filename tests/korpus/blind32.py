"""Contents of the thirty-second held-out corpus (manifest_blind32.yaml), issue 19 item 4.

How it was written: from the guideline alone (kim-rlp-2025.yaml and its rule page, the list of
Kommunen, fachwissen.md, the Koblenz Unterrichtungsvorlage) and the build contract in bauen.py.
The author had not seen the checker's fact layer, its readers, rules or checks, the earlier rounds
or the development corpus, and fixed every expectation in the manifest before the checker ever
ran on these documents.

What is new: the papers of a single clerk in a small Verwaltung in a hurry – one-page Anträge in
Stichpunkten with "Bezug:" and "Az.:" lines, abbreviations everywhere (VZÄ, Wo.-Std., TEUR, T€,
PK/SK, EM, lfd. Nr., Ziff., gem., i. H. v., zzgl., p. a., mtl., HHJ), plans with a monthly
column beside the yearly one, years as columns or rows, tables with short or no headers,
Jahresberichte as short e-mails with a mail header, brief ministry Bescheide with roman part
numbers and brief council Vorlagen with a Beratungsfolge table and a Beschlussvorschlag.

Every figure the expectation depends on (dates, periods, shares, amounts) comes from the
manifest entry's parameters; the builders only add the clerk's boilerplate around them.
"""

from __future__ import annotations

MFFKI = ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
         "Ref. 745 – Kaiser-Friedrich-Str. 5a – 55116 Mainz"]


def kopfzeile(e) -> str:
    return f"Ratsinformationssystem {e.parameter.get('ris', 'Kommune')} · Druckansicht"


def _h(p: dict, key: str, default: str) -> str:
    return p.get("h", {}).get(key, default)


def _ohne(p: dict, key: str) -> bool:
    return key in p.get("ohne", ())


# --- Anträge -----------------------------------------------------------------------------

_AUFGABEN = ["Bestandsaufnahme Angebote/Lücken, Fortschreibung Handlungsfelder",
             "Koordination Akteure (JC, ABH, Sozialamt, Träger), Einzelfallkoord. bei Bedarf",
             "Steuerungsgruppe Integration einrichten/leiten",
             "ÖA, Berichtswesen ggü. MFFKI/DBKI"]
_ERKL = ["☒ Mit der Maßnahme wurde noch nicht begonnen (kein vorzeitiger Beginn).",
         "☒ Keine Doppelförderung: für die Stelle werden keine weiteren Fördermittel beantragt "
         "oder bezogen.",
         "☒ Angaben vollständig und richtig; ANBest-K werden anerkannt."]


def _antrag_teile(p: dict, form: bool) -> list[dict]:
    out: list[dict] = []
    n = [0]

    def head(key: str, default: str) -> None:
        n[0] += 1
        out.append({"h1": f"{n[0]}. {_h(p, key, default)}"})

    def block(rows: list[list[str]]) -> None:
        if form:
            out.append({"formular": rows})
        else:
            out.append({"liste": [f"{a}: {b}" if a else b for a, b in rows]})

    if not _ohne(p, "antragsteller"):
        head("antragsteller", "Antragsteller")
        block([["Name", p["antragsteller"]], ["Anschrift", p["anschrift"]],
               [p.get("schluessel_label", "Kreisschl."), p["schluessel"]]])
    if not _ohne(p, "kontakt"):
        head("kontakt", "Ansprechpartner")
        block([["Name", p.get("kontakt", "Hr. Weber, SB")],
               ["Tel./Mail", p.get("kontakt_tel", "Tel. 0261 1234-210, integration@kv.example")]])
    head("stelle", "Stelle/Personal")
    if p.get("personal_tabelle"):
        out.append({"tabelle": p["personal_tabelle"]})
    for line in p.get("personal", ()):
        out.append({"p": line})
    if not _ohne(p, "anbindung"):
        head("anbindung", "Organisatorische Anbindung")
        out.append({"p": p["anbindung"]})
    head("aufgaben", "Aufgaben")
    out.append({"liste": p.get("aufgaben", _AUFGABEN)})
    if not _ohne(p, "konzept"):
        head("konzept", "Integrationskonzept")
        out.append({"p": p.get("konzept", "Integrationskonzept (KT-Beschl. 2019) liegt vor, "
                                          "Fortschreibung 2026 geplant.")})
    head("zeitraum", "Förderzeitraum")
    out.append({"p": p["zeitraum"]})
    head("plan", "Finanzierungsplan")
    for line in p.get("plan_vor", ()):
        out.append({"p": line})
    out.append({"tabelle": p["plan"]})
    for line in p.get("plan_nach", ()):
        out.append({"p": line})
    if p.get("plan2"):
        out.append({"tabelle": p["plan2"]})
    if not _ohne(p, "erklaerungen"):
        head("erklaerungen", "Erklärungen")
        erkl = p.get("erklaerungen", _ERKL)
        if form:
            out.append({"formular": [[x[:1], x[2:]] for x in erkl]})
        else:
            out.append({"liste": erkl})
    if not _ohne(p, "unterschrift"):
        if form:
            out.append({"formular": [["Ort, Datum", p["ort_datum"]],
                                     ["Unterschrift", p["unterschrift"]]]})
        else:
            out.append({"p": p["ort_datum"]})
            out.append({"p": p["unterschrift"]})
            if p.get("funktion"):
                out.append({"p": p["funktion"]})
    for line in p.get("anlagen", ()):
        out.append({"p": line})
    return out


def antrag_brief(p: dict) -> list[dict]:
    out: list[dict] = [{"briefkopf": p["briefkopf"]}]
    out.append({"p": "An: " + ", ".join(p.get("an", MFFKI))})
    for line in p.get("kopfzeilen", ()):
        out.append({"p": line})
    if p.get("datum_rechts"):
        out.append({"rechts": p["datum_rechts"]})
    out.append({"titel": p.get("titel", "Antrag auf Förderung KIM")})
    if p.get("einleitung"):
        out.append({"p": p["einleitung"]})
    out += _antrag_teile(p, form=False)
    return out


def antrag_formular(p: dict) -> list[dict]:
    out: list[dict] = []
    if p.get("briefkopf"):
        out.append({"briefkopf": p["briefkopf"]})
    out.append({"titel": p.get("titel", "Antrag KIM – Kurzformular")})
    for line in p.get("kopfzeilen", ()):
        out.append({"p": line})
    out += _antrag_teile(p, form=True)
    return out


def antrag_mail(p: dict) -> list[dict]:
    out: list[dict] = [{"formular": p["mailkopf"]}]
    out.append({"titel": p.get("titel", "Antrag KIM")})
    out.append({"p": p.get("einleitung", "Sehr geehrte Damen und Herren,")})
    out.append({"p": "anbei in Kurzform unser Antrag; Original folgt per Post."})
    out += _antrag_teile(p, form=False)
    return out


# --- Jahresberichte --------------------------------------------------------------------------

_JB_TEXT = {
    "infrastruktur": ("Bestandsaufnahme", [
        "Angebote erfasst (Sprachkurse, MBE, JMD, Ehrenamt) – Übersicht als Datei.",
        "Lücken: Kinderbetreuung während Sprachkurs, ÖPNV ländl. Raum."]),
    "vernetzung": ("Vernetzung", [
        "Steuerungsgruppe (JC, ABH, Sozialamt, Schulamt) 4x getagt.",
        "Runder Tisch Integration mit Trägern, Beiräten: 2x."]),
    "interkommunal": ("Interkommunale Vernetzung", [
        "Austausch mit IM der Nachbarkreise quartalsweise, gem. Fortbildung."]),
    "oeffentlichkeit": ("Öffentlichkeitsarbeit", [
        "2 Pressemitt., Infoseite auf Homepage, Flyer (5 Sprachen)."]),
    "land": ("Kooperation mit dem Land", [
        "Teilnahme Jour fixe MFFKI/DBKI (3x), Fachtag KIM in Mainz."]),
    "konzept": ("Integrationskonzept", [
        "Fortschreibung begonnen, Entwurf Q2 nächsten Jahres in den Ausschuss."]),
    "ausblick": ("Ausblick", [
        "Nächstes Jahr: Konzept verabschieden, Lotsenprojekt mit Ehrenamt starten."]),
    "steuerung": ("Steuerungsgruppe", ["s. o., Geschäftsordnung beschlossen."]),
}
_JB_FOLGE = ("personal", "infrastruktur", "vernetzung", "interkommunal", "oeffentlichkeit",
             "land", "konzept", "mittel", "ausblick")


def jahresbericht(p: dict) -> list[dict]:
    out: list[dict] = []
    if p.get("mailkopf"):
        out.append({"formular": p["mailkopf"]})
    if p.get("briefkopf"):
        out.append({"briefkopf": p["briefkopf"]})
    out.append({"titel": p["titel"]})
    for line in p.get("einleitung", ()):
        out.append({"p": line})
    n = 0
    for key in p.get("folge", _JB_FOLGE):
        if _ohne(p, key):
            continue
        n += 1
        pre = f"{n}. " if p.get("nummern", True) else ""
        if key == "personal":
            out.append({"h1": pre + _h(p, key, "Personal")})
            if p.get("personal_tabelle"):
                out.append({"tabelle": p["personal_tabelle"]})
            out += [{"p": x} for x in p.get("personal", ())]
        elif key == "mittel":
            out.append({"h1": pre + _h(p, key, "Mittelverwendung")})
            out += [{"p": x} for x in p.get("mittel_vor", ())]
            out.append({"tabelle": p["mittel"]})
            out += [{"p": x} for x in p.get("mittel_nach", ())]
        else:
            head, lines = _JB_TEXT[key]
            out.append({"h1": pre + _h(p, key, head)})
            out.append({"liste": p.get("text", {}).get(key, lines)})
    out += [{"p": x} for x in p.get("schluss", ())]
    return out


# --- Bescheide ---------------------------------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    out: list[dict] = [{"briefkopf": p.get("briefkopf", MFFKI)}]
    out.append({"p": "Az.: " + p["az"]})
    out.append({"p": p["empfaenger_anschrift"]})
    out.append({"rechts": p["datum_rechts"]})
    out.append({"titel": p.get("titel", "Zuwendungsbescheid")})
    out.append({"p": "Bezug: " + p["bezug"]})
    r = ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."]
    i = 0

    def head(key: str, default: str) -> None:
        nonlocal i
        out.append({"h1": f"{r[i]} {_h(p, key, default)}"})
        i += 1

    head("bewilligung", "Bewilligung")
    out.append({"p": p["tenor"]})
    out.append({"tabelle": p["betraege"]})
    head("finanzierung", "Finanzierungsart")
    out.append({"p": p.get("finanzierung", "Festbetragsfinanzierung je VZÄ (PK) bzw. je Jahr "
                                           "(SK); jeder Betrag zugl. Höchstbetrag seiner Zeile "
                                           "im HHJ. Zuwendungsfähig: PK der IM-Stelle, SK "
                                           "(Fortbildung, Material, ÖA, Dolmetsch). Overhead "
                                           "nicht zuwendungsfähig.")})
    head("auszahlung", "Auszahlung")
    out.append({"p": p.get("auszahlung", "Auf Abruf, je HHJ in zwei Raten (zum 01.03. bzw. "
                                         "01.09.), frühestens nach Bestandskraft oder "
                                         "Rechtsbehelfsverzicht.")})
    head("bericht", "Jahresbericht und Verwendungsnachweis")
    out.append({"p": p.get("bericht", "Jahresbericht mit ausgefülltem Fragebogen des MFFKI "
                                      "bis 15.12. jedes Jahres; Verwendungsnachweis binnen 6 "
                                      "Monaten nach Ende des Bewilligungszeitraums, "
                                      "Zwischennachweis bis 30.04. des Folgejahres.")})
    head("nebenbest", "Nebenbestimmungen")
    out.append({"p": "ANBest-K (am Tag dieses Bescheids geltende Fassung) sind Bestandteil. "
                     "Erstattung und Verzinsung gem. § 49a VwVfG."})
    if not _ohne(p, "begruendung"):
        head("begruendung", "Begründung")
        out.append({"p": p.get("begruendung", "Antrag vollständig, Antragsteller berechtigt, "
                                              "Voraussetzungen des Konzepts KIM Nr. 5 erfüllt. "
                                              "Ermessen zugunsten der Förderung ausgeübt; Mittel "
                                              "im Haushalt verfügbar. Rechtsgrundlage: § 44 LHO "
                                              "i. V. m. VV, Förderkonzept KIM.")})
    out.append({"h1": _h(p, "rbb", "Rechtsbehelfsbelehrung")})
    out.append({"p": p["rbb"]})
    if not _ohne(p, "zeichnung"):
        out.append({"p": p.get("zeichnung", "Im Auftrag")})
        out.append({"p": p.get("zeichner", "gez. Dr. Hoffmann")})
    out.append({"p": "Anlage: ANBest-K"})
    if p.get("fuss"):
        out.append({"fusszeile": p["fuss"]})
    return out


# --- Vorlagen -----------------------------------------------------------------------------

def vorlage(p: dict) -> list[dict]:
    out: list[dict] = []
    if p.get("navigation"):
        out.append({"navigation": p["navigation"]})
    out.append({"titel": p["titel"]})
    out.append({"formular": p["kopf"]})
    if not _ohne(p, "beratung"):
        out.append({"fett": _h(p, "beratung", "Beratungsfolge")})
        out.append({"tabelle": p["beratung"]})
    if p.get("beschlussvorschlag"):
        out.append({"h1": "Beschlussvorschlag"})
        out.append({"p": p["beschlussvorschlag"]})
    for key, default in (("hintergrund", "Sachverhalt"), ("umsetzung", "Umsetzung"),
                         ("sachstand", "Sachstand")):
        if _ohne(p, key):
            continue
        out.append({"h1": _h(p, key, default)})
        for line in p[key]:
            out.append({"liste": line} if isinstance(line, list) else {"p": line})
    if p.get("finanzen"):
        out.append({"h1": "Finanzielle Auswirkungen"})
        out.append({"p": p["finanzen"]})
    if not _ohne(p, "anlagen"):
        out.append({"h1": "Anlagen"})
        out.append({"liste": p.get("anlagen", ["Fördergrundsätze KIM (Auszug)"])})
    if p.get("zeichnung"):
        out.append({"p": p["zeichnung"]})
    return out


BUILDERS = {
    "b32_antrag_brief": antrag_brief,
    "b32_antrag_formular": antrag_formular,
    "b32_antrag_mail": antrag_mail,
    "b32_jahresbericht": jahresbericht,
    "b32_bescheid": bescheid,
    "b32_vorlage": vorlage,
}
