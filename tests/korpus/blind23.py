"""Held-out corpus, round 23 (issue 19, item 4): everyday files by busy clerks.

How it was written: from the guideline's rule page (kim-rlp-2025.md), the list of Kommunen, the
build script bauen.py and the task text only. The author had not seen the checker's fact layer,
readers, rules or any earlier corpus, and the expectations in manifest_blind23.yaml were fixed
before the checker ran on any of these documents.

What is new: short, plain documents in officialese – nominal style ("i. H. v.", "lt.", "gem.",
"ca.", "Std.", "Lfd. Nr.", "o. g.", "s. o."), long sentences carrying several facts (staff,
dates, amounts inside the running text), passive voice, short tables. Anträge as Kreis/city
letters or as label/value forms with ☒/☐ boxes, Jahresberichte of a few lines per part,
ministry Bescheide with numbered parts, council Vorlagen of one page. All figures come from the
manifest entry (the builder only arranges them), so the manifest states every figure the
expectation depends on.
"""

from __future__ import annotations

ABSCHNITTE_JB = {
    "personal": "Personelle Besetzung",
    "infrastruktur": "Bestandsaufnahme",
    "vernetzung": "Vernetzung in der Kommune",
    "interkommunal": "Interkommunaler Austausch",
    "oeffentlichkeit": "Öffentlichkeitsarbeit",
    "land": "Zusammenarbeit mit dem Land",
    "konzept": "Integrationskonzept",
    "mittel": "Verwendung der Mittel",
    "ausblick": "Ausblick",
}

TEXTE_JB = {
    "infrastruktur": "Die Bestandsaufnahme der Integrationsangebote im Kreisgebiet wurde lt. "
                     "Beschluss der Steuerungsgruppe fortgeschrieben; Lücken bestehen weiterhin "
                     "bei Sprachkursen mit Kinderbetreuung und bei der Anerkennungsberatung.",
    "vernetzung": "Es fanden im Berichtsjahr insg. 4 Netzwerkrunden mit Jobcenter, "
                  "Ausländerbehörde, Migrationsberatung und Ehrenamt statt, die Protokolle "
                  "liegen beim Fachbereich vor.",
    "interkommunal": "Mit den Nachbarkommunen wurde gem. Absprache ein halbjährlicher "
                     "Austausch der Integrationsmanagerinnen und -manager eingerichtet (s. o.).",
    "oeffentlichkeit": "Es wurden 2 Pressemitteilungen veröffentlicht, die Internetseite wurde "
                       "überarbeitet und ein Flyer in 5 Sprachen i. H. v. 2.000 Stück gedruckt.",
    "land": "Am Jour fixe des MFFKI und an den Fachtagen der DBKI wurde regelmäßig "
            "teilgenommen; Rückfragen des Fachreferats wurden zeitnah beantwortet.",
    "konzept": "Das Integrationskonzept aus dem Jahr 2019 wird derzeit fortgeschrieben, die "
               "Beschlussfassung im Kreistag ist für das 2. Halbjahr des Folgejahres vorgesehen.",
    "ausblick": "Für das Folgejahr sind die Fortschreibung des Integrationskonzepts sowie ca. "
                "3 Netzwerkrunden geplant.",
}


def kopfzeile(e) -> str:
    """The running header of a council system's browser print (Chromium documents)."""
    name = (e.parameter.get("briefkopf") or ["Kommune"])[0]
    return f"Ratsinformationssystem {name} · Druckansicht"


def _h(p: dict, text: str) -> str:
    """A heading; without its typed number ("3.", "C.", "IV.") where Word numbers it itself."""
    erstes, _, rest = text.partition(" ")
    if p.get("ohne_nummern") and rest and erstes.endswith(".") and len(erstes) <= 5:
        return rest
    return text


def _kopf(p: dict) -> list[dict]:
    out = [{"briefkopf": p["briefkopf"]}] if p.get("briefkopf") else []
    if p.get("az"):
        out.append({"p": p["az"]})
    if p.get("ortdatum"):
        out.append({"rechts": p["ortdatum"]})
    return out


def _schluss(p: dict) -> list[dict]:
    out = []
    if p.get("anlagen"):
        out += [{"fett": "Anlagen"}, {"liste": p["anlagen"]}]
    if p.get("fusszeile"):
        out.append({"fusszeile": p["fusszeile"]})
    return out


def antrag_brief(p: dict) -> list[dict]:
    """A Kreis or city letter: sections with headings, staff and plan as short tables or prose."""
    o = _kopf(p)
    o.append({"p": p["anschrift_mffki"]})
    o.append({"titel": p["titel"]})
    o.append({"p": p["einleitung"]})
    o += [{"h1": _h(p, "1. Antragsteller")}, {"p": p["antragsteller"]}]
    o += [{"h1": _h(p, "2. Ansprechpartner")}, {"p": p["kontakt"]}]
    o.append({"h1": _h(p, "3. Angaben zur Stelle")})
    if p.get("personal_text"):
        o.append({"p": p["personal_text"]})
    if p.get("personal"):
        o.append({"tabelle": p["personal"]})
    o += [{"h1": _h(p, "4. Organisatorische Anbindung")}, {"p": p["anbindung"]}]
    o += [{"h1": _h(p, "5. Aufgaben und Schwerpunkte")}, {"p": p.get("aufgaben", (
        "Aufbau und Pflege der Netzwerke, Koordinierung der Akteure im Einzelfall, "
        "Fortschreibung des Integrationskonzepts sowie Berichterstattung an das MFFKI."))}]
    o += [{"h1": _h(p, "6. Integrationskonzept")}, {"p": p.get("konzept", (
        "Ein Integrationskonzept liegt vor (Beschluss vom 14.05.2021) und wird fortgeschrieben."))}]
    o += [{"h1": _h(p, "7. Förderzeitraum")}, {"p": p["zeitraum"]}]
    o.append({"h1": _h(p, "8. Finanzierungsplan")})
    if p.get("plan_text"):
        o.append({"p": p["plan_text"]})
    if p.get("plan"):
        o.append({"tabelle": p["plan"]})
    if p.get("finanzierung"):
        o.append({"p": p["finanzierung"]})
    if p.get("erklaerungen", True):
        o += [{"h1": _h(p, "9. Erklärungen")}, {"p": p.get("erklaerung_text", (
            "Es wird erklärt, dass für die o. g. Stelle keine weiteren Fördermittel beantragt "
            "oder bewilligt wurden (keine Doppelförderung) und dass mit der Maßnahme vor "
            "Bewilligung nicht begonnen wurde bzw. ein vorzeitiger Maßnahmebeginn nicht "
            "erfolgt ist."))}]
    if p.get("unterschrift"):
        o += [{"h1": _h(p, "10. Ort, Datum, Unterschrift")}, {"p": p["ortdatum_unten"]},
              {"p": p["unterschrift"]}]
    return o + _schluss(p)


def antrag_formular(p: dict) -> list[dict]:
    """A label/value form with ☒/☐ boxes, filled in by the clerk."""
    o = _kopf(p)
    o.append({"titel": p["titel"]})
    o += [{"h1": _h(p, "A. Antragsteller")}, {"formular": p["antragsteller_form"]}]
    o += [{"h1": _h(p, "B. Ansprechperson")}, {"formular": p["kontakt_form"]}]
    o += [{"h1": _h(p, "C. Stellenanteile")}, {"tabelle": p["personal"]}]
    if p.get("personal_text"):
        o.append({"p": p["personal_text"]})
    o += [{"h1": _h(p, "D. Organisatorische Anbindung")}, {"formular": p["anbindung_form"]}]
    o += [{"h1": _h(p, "E. Aufgaben")}, {"p": p.get("aufgaben", (
        "Lt. Stellenbeschreibung: Netzwerkarbeit, Fallkoordination, Steuerungsgruppe, "
        "Berichtswesen ggü. dem Land."))}]
    o += [{"h1": _h(p, "F. Integrationskonzept")}, {"formular": [
        ["Integrationskonzept vorhanden", p.get("konzept_box", "☒ ja   ☐ nein")],
        ["Stand", p.get("konzept_stand", "Kreistagsbeschluss vom 22.09.2022")]]}]
    o += [{"h1": _h(p, "G. Förderzeitraum")}, {"formular": [["Zeitraum", p["zeitraum"]]]}]
    o += [{"h1": _h(p, "H. Kosten- und Finanzierungsplan")}, {"tabelle": p["plan"]}]
    if p.get("finanzierung"):
        o.append({"p": p["finanzierung"]})
    o += [{"h1": _h(p, "I. Erklärungen des Antragstellers")},
          {"p": "Der Antragsteller erklärt (Zutreffendes bitte ankreuzen):"},
          {"liste": p["boxen"]}]
    o += [{"h1": _h(p, "J. Unterschrift")}, {"formular": [["Ort, Datum", p["ortdatum_unten"]],
                                                  ["Unterschrift", p.get("unterschrift", "")]]}]
    return o + _schluss(p)


def jahresbericht(p: dict) -> list[dict]:
    """A short annual report: a few lines per part, staff in a sentence or a short table."""
    o = _kopf(p)
    o.append({"titel": p["titel"]})
    if p.get("einleitung"):
        o.append({"p": p["einleitung"]})
    ohne = set(p.get("ohne", ()))
    namen = {**ABSCHNITTE_JB, **p.get("namen", {})}
    for n, teil in enumerate(k for k in ABSCHNITTE_JB if k not in ohne):
        o.append({"h1": _h(p, f"{n + 1}. {namen[teil]}")})
        if teil == "personal":
            o.append({"p": p["personal_text"]})
            if p.get("personal"):
                o.append({"tabelle": p["personal"]})
        elif teil == "mittel":
            if p.get("mittel_text"):
                o.append({"p": p["mittel_text"]})
            if p.get("mittel"):
                o.append({"tabelle": p["mittel"]})
        else:
            o.append({"p": p.get("texte", {}).get(teil, TEXTE_JB[teil])})
    if p.get("fragebogen_text"):
        o.append({"p": p["fragebogen_text"]})
    o.append({"p": p["zeichnung"]})
    return o + _schluss(p)


def bescheid(p: dict) -> list[dict]:
    """A ministry Bescheid with roman part numbers, amounts in the running text."""
    o = _kopf(p)
    o += [{"p": p["empfaenger"]}, {"titel": p["titel"]}, {"p": p["bezug"]}]
    ohne = set(p.get("ohne", ()))
    o += [{"h1": _h(p, "I. Bewilligung")}, {"p": p["tenor"]}]
    if p.get("tabelle"):
        o.append({"tabelle": p["tabelle"]})
    o += [{"h1": _h(p, "II. Art und Umfang der Zuwendung")}, {"p": p.get("finanzierung", (
        "Die Zuwendung wird als Festbetragsfinanzierung im Wege der Projektförderung gewährt; "
        "zuwendungsfähig sind die Personalausgaben der o. g. Stelle und Sachausgaben, "
        "Overheadkosten sind nicht zuwendungsfähig."))}]
    o += [{"h1": _h(p, "III. Auszahlung")}, {"p": p.get("auszahlung", (
        "Die Mittel werden auf Anforderung (Mittelabruf) in Teilbeträgen ausgezahlt, soweit "
        "sie innerhalb von zwei Monaten nach Auszahlung benötigt werden."))}]
    o += [{"h1": _h(p, "IV. Jahresbericht und Verwendungsnachweis")}, {"p": p.get("bericht", (
        "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten "
        "Fragebogen des MFFKI vorzulegen; der Verwendungsnachweis ist binnen sechs Monaten "
        "nach Ablauf des Bewilligungszeitraums vorzulegen."))}]
    if "nebenbestimmungen" not in ohne:
        o += [{"h1": _h(p, "V. Nebenbestimmungen")}, {"p": (
            "Die ANBest-K in der am Tag dieses Bescheids geltenden Fassung sind Bestandteil "
            "dieses Bescheids. Auf die Erstattungs- und Verzinsungspflicht nach § 49a VwVfG "
            "wird hingewiesen.")}]
    o += [{"h1": _h(p, "VI. Begründung")}, {"p": p.get("begruendung", (
        "Der Antrag erfüllt die Voraussetzungen des Konzepts KIM; nach pflichtgemäßem "
        "Ermessen wurde die Zuwendung in o. g. Höhe bewilligt (§ 44 LHO)."))}]
    if "rechtsbehelf" not in ohne:
        o += [{"h1": _h(p, "VII. Rechtsbehelfsbelehrung")}, {"p": p["rechtsbehelf"]}]
    if p.get("zeichnung"):
        o += [{"p": z} for z in p["zeichnung"]]
    return o + _schluss(p)


def vorlage(p: dict) -> list[dict]:
    """A one-page council Vorlage (Unterrichtung/Mitteilung)."""
    o = _kopf(p)
    o.append({"titel": p["titel"]})
    o.append({"formular": p["kopf_form"]})
    ohne = set(p.get("ohne", ()))
    if "beratung" not in ohne:
        o += [{"fett": p.get("beratung_titel", "Beratungsfolge")}, {"tabelle": p["beratung"]}]
    if p.get("beschlussvorschlag"):
        o += [{"h1": _h(p, "Beschlussvorschlag")}, {"p": p["beschlussvorschlag"]}]
    o += [{"h1": p.get("hintergrund_titel", "Sachverhalt")}, {"p": p["hintergrund"]}]
    if "umsetzung" not in ohne:
        o += [{"h1": _h(p, "Umsetzung")}, {"p": p["umsetzung"]}]
    if "sachstand" not in ohne:
        o += [{"h1": p.get("sachstand_titel", "Sachstand")}, {"p": p["sachstand"]}]
    if p.get("zeichnung"):
        o += [{"p": z} for z in p["zeichnung"]]
    return o + _schluss(p)


BUILDERS = {
    "b23-antrag-brief": antrag_brief,
    "b23-antrag-formular": antrag_formular,
    "b23-jahresbericht": jahresbericht,
    "b23-bescheid": bescheid,
    "b23-vorlage": vorlage,
}
