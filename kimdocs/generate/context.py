"""The plain template context of each document type: model + guideline + calculator.

Templates only place text; every decision is made here: amounts come from the calculator
and are formatted after DIN 5008 (kimdocs.formatting), section headings come from the
guideline's section rules, the court from the Kommune → court table. Values are strings,
booleans and lists of them, never None: a template must not print "None" into a notice.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from kimdocs.formatting import format_date, format_eur, format_vzae
from kimdocs.generate.bescheid import bescheid_context
from kimdocs.generate.parts import (
    CHECKED,
    LEER,
    UNCHECKED,
    common_of,
    kommune_of,
    legal_name,
    paragraphs,
    period_of,
    person_of,
    text_or_empty,
    zusatz_text,
)
from kimdocs.generate.verwendung import verwendung_context, verwendung_year
from kimdocs.guideline import Richtlinie
from kimdocs.guideline.textbausteine import fill, load_textbausteine
from kimdocs.model import (
    DOCUMENT_TITLES,
    Antrag,
    Bewilligungsbescheid,
    Jahresbericht,
    Kommune,
    Unterrichtungsvorlage,
    Verwendungsnachweis,
    group_iban,
)
from kimdocs.rules.caps import full_months
from kimdocs.version import __version__


@dataclass(frozen=True)
class Metadaten:
    """DOCX core properties: who made the document and from which data."""

    title: str
    author: str
    subject: str
    keywords: str
    comments: str
    identifier: str  # "sha256:<hex>" of the input data, see data_hash()
    created: datetime  # from the document's own date, so output is reproducible


def data_hash(doc) -> str:
    """SHA-256 of the validated input data as canonical JSON (sorted keys, UTF-8).

    Canonical rather than the file bytes, so YAML comments or a table layout do not change
    it, and a Bescheid's hash covers the Antrag it embeds."""
    payload = json.dumps(doc.model_dump(mode="json"), sort_keys=True, ensure_ascii=False,
                         separators=(",", ":"))
    return "sha256:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --- Antrag -----------------------------------------------------------------------------------

def antrag_context(a: Antrag, richtlinie: Richtlinie) -> dict:
    plan = []
    for p in sorted(a.finanzierungsplan, key=lambda p: p.jahr):
        items = p.beantragt_personalkosten + p.beantragt_sachkosten
        plan.append({
            "jahr": str(p.jahr),
            "personalausgaben": format_eur(p.personalausgaben),
            "sachposten": [{"bezeichnung": s.bezeichnung, "betrag": format_eur(s.betrag)}
                           for s in p.sachausgaben],
            "ausgaben_summe": format_eur(p.personalausgaben + p.sachausgaben_summe),
            "beantragt_personalkosten": format_eur(p.beantragt_personalkosten),
            "beantragt_sachkosten": format_eur(p.beantragt_sachkosten),
            # the stated total as the applicant wrote it: a wrong sum must stay visible
            "beantragt_gesamt": format_eur(p.beantragt_gesamt if p.beantragt_gesamt is not None
                                           else items),
            # Finanzierung: Gesamtausgaben against requested grant + Einnahmen
            "gesamtausgaben": format_eur(p.ausgaben_gesamt),
            "zuwendung": format_eur(p.beantragt_summe),
            "eigenanteil": format_eur(p.eigenanteil or Decimal("0.00")),
            "drittmittel": [{"bezeichnung": d.bezeichnung, "betrag": format_eur(d.betrag)}
                            for d in p.drittmittel],
            "gesamtfinanzierung": format_eur(p.finanzierung_gesamt),
        })
    org = a.organisation
    e = a.erklaerungen
    bank = a.bankverbindung
    antragsteller = kommune_of(a.antragsteller)
    behoerde = richtlinie.parameter.bewilligungsbehoerde
    ta = load_textbausteine(richtlinie.id).get("antrag")
    if a.antragsteller.art == "landkreis":  # a Landkreis has a Kreisschlüssel, no AGS
        antragsteller["ags"] = "entfällt (Landkreis: maßgeblich ist der Kreisschlüssel)"
    return {
        **common_of("antrag", richtlinie),
        "antragsteller": antragsteller,
        "absender": ", ".join([a.antragsteller.anzeigename, *(
            a.antragsteller.anschrift.zeilen() if a.antragsteller.anschrift else [])]),
        "ansprechperson": person_of(a.ansprechperson),
        "stellen": [{"person": s.person or "unbesetzt (geplanter Beginn)",
                     "vzae": format_vzae(s.vzae), "entgeltgruppe": s.entgeltgruppe,
                     "beginn": format_date(s.beginn)
                     + (f" bis {format_date(s.ende)}" if s.ende else ""),
                     "funktion": text_or_empty(s.funktion), "schwerpunkt": text_or_empty(s.schwerpunkt)}
                    for s in a.stellen],
        "vzae_gesamt": format_vzae(a.vzae_gesamt),
        # the calculation of the personnel costs per part, where the Antrag gives it
        "personalkosten_berechnung": [{
            "person": s.person or "unbesetzt", "entgeltgruppe": s.entgeltgruppe,
            "vzae": format_vzae(s.vzae), "entgelt": format_eur(s.entgelt_jahr),
            "arbeitgeberanteile": format_eur(s.arbeitgeberanteile_jahr or Decimal("0.00")),
            "summe": format_eur(s.entgelt_jahr + (s.arbeitgeberanteile_jahr or Decimal("0.00"))),
        } for s in a.stellen if s.entgelt_jahr is not None],
        "organisation": {"amt": org.amt, "abteilung": text_or_empty(org.abteilung),
                         "in_verwaltung": org.in_kommunalverwaltung and not org.traeger,
                         "traeger": org.traeger or ""},
        "aufgaben": list(a.aufgaben),
        "integrationskonzept": {"vorhanden": a.integrationskonzept.vorhanden,
                                "beschreibung": a.integrationskonzept.beschreibung or ""},
        "zeitraum": period_of(a.zeitraum),
        "plan": plan,
        "erklaerungen": {
            "keine_doppelfoerderung": CHECKED if e.keine_doppelfoerderung else UNCHECKED,
            "kein_vorzeitiger_beginn": CHECKED if e.kein_vorzeitiger_beginn else UNCHECKED,
            "richtigkeit": CHECKED if e.richtigkeit else UNCHECKED,
        },
        "unterschrift": {"ort": a.unterschrift.ort, "datum": format_date(a.unterschrift.datum),
                         "name": a.unterschrift.name, "funktion": a.unterschrift.funktion or "",
                         "zusatz": zusatz_text(a.unterschrift.zusatz)},
        # a Landkreis has a Kreisschlüssel, no AGS (that is a Gemeinde's key)
        "bank": {"kontoinhaber": bank.kontoinhaber, "iban": group_iban(bank.iban), "bic": bank.bic or "",
                 "kreditinstitut": bank.kreditinstitut or ""} if bank else None,
        "vorzeitiger_beginn": {"ab": format_date(a.vorzeitiger_beginn.ab),
                               "begruendung": a.vorzeitiger_beginn.begruendung}
        if a.vorzeitiger_beginn else None,
        "datenschutz": [fill(absatz, behoerde_name=behoerde.name,
                             behoerde_anschrift=", ".join(behoerde.anschrift),
                             speicherdauer=ta["speicherdauer"]) for absatz in ta["datenschutz"]]
        if ta else [],
        "eigenmittel_gesichert": fill(ta["eigenmittel_gesichert"])
        if ta and e.eigenmittel_gesichert else "",
        "vorsteuer": "" if a.vorsteuerabzugsberechtigt is None else (
            "Der Antragsteller ist zum Vorsteuerabzug berechtigt; die Ausgaben sind netto "
            "angegeben." if a.vorsteuerabzugsberechtigt else
            "Der Antragsteller ist nicht zum Vorsteuerabzug berechtigt."),
    }


# --- Unterrichtungsvorlage --------------------------------------------------------------------

def vorlage_context(v: Unterrichtungsvorlage, richtlinie: Richtlinie) -> dict:
    return {
        **common_of("vorlage", richtlinie),
        "kommune": kommune_of(v.kommune),
        "nummer": v.nummer,
        "datum": format_date(v.datum),
        "dezernat": v.dezernat,
        "verfasser": v.verfasser,
        "aktenzeichen": v.aktenzeichen,
        "betreff": v.betreff,
        "gremienweg": [{"datum": format_date(g.datum), "gremium": g.gremium,
                        "zustaendigkeit": g.zustaendigkeit,
                        "oeffentlich": CHECKED if g.oeffentlich else UNCHECKED,
                        "nichtoeffentlich": UNCHECKED if g.oeffentlich else CHECKED,
                        "top": g.top or ""} for g in v.gremienweg],
        "hintergrund": paragraphs(v.hintergrund),
        "umsetzung": paragraphs(v.umsetzung),
        "sachstand": paragraphs(v.sachstand),
        "anlagen": list(v.anlagen),
    }


# --- Jahresbericht ----------------------------------------------------------------------------

def _mittel_rows(j: Jahresbericht) -> tuple[list[dict], dict]:
    rows, bew, ver = [], Decimal("0.00"), Decimal("0.00")
    for m in sorted(j.mittelverwendung, key=lambda m: m.jahr):
        lines = [("Personalkosten", m.personalkosten_bewilligt, m.personalkosten_verausgabt),
                 ("Sachkosten", m.sachkosten_bewilligt, m.sachkosten_verausgabt)]
        if m.overheadkosten:  # nothing is granted for overhead; shown so it stays visible
            lines.append(("Overheadkosten", Decimal("0.00"), m.overheadkosten))
        for label, b, v in lines:
            rows.append({"jahr": str(m.jahr), "position": label, "bewilligt": format_eur(b),
                         "verausgabt": format_eur(v)})
            bew, ver = bew + b, ver + v
    return rows, {"bewilligt": format_eur(bew), "verausgabt": format_eur(ver)}


def jahresbericht_context(j: Jahresbericht, richtlinie: Richtlinie) -> dict:
    a = j.aufgabenbereiche
    anlagen = list(j.anlagen)
    if j.fragebogen_beigefuegt and not any("fragebogen" in x.lower() for x in anlagen):
        anlagen.append(f"Fragebogen des {richtlinie.parameter.bewilligungsbehoerde.kurz}")
    rows, summe = _mittel_rows(j)
    # zahlenmäßiger Nachweis per year: all spending incl. Eigenmittel where they are entered;
    # without them the line says what it is (a Kommune must not sign a wrong total)
    nachweis = [{
        "jahr": str(m.jahr),
        "ausgaben_text": "Ausgaben insgesamt (einschließlich Eigenmittel)"
        if m.eigenanteil_verausgabt is not None
        else "Ausgaben aus der Zuwendung (Eigenmittel nicht angegeben)",
        "ausgaben": format_eur(m.verausgabt_gesamt + (m.eigenanteil_verausgabt or 0)),
        "eigenanteil": format_eur(m.eigenanteil_verausgabt)
        if m.eigenanteil_verausgabt is not None else "",
        "erhalten": format_eur(m.erhalten) if m.erhalten is not None else "",
        # a report dated before the year ends shows figures as of its date, provisionally
        "stand": f"Stand {format_date(j.datum)} (vorläufig)"
        if m.jahr == j.berichtsjahr and j.datum < date(m.jahr, 12, 31) else "",
    } for m in sorted(j.mittelverwendung, key=lambda m: m.jahr)]
    teile = {name: paragraphs(getattr(a, name)) for name in (
        "einbindung_gemeinden", "steuerungsgremien", "fallkoordination",
        "interkulturelle_oeffnung", "massnahmenplanung", "zielerreichung")}
    return {
        **common_of("jahresbericht", richtlinie),
        "absender": {"bezeichnung": j.kommune.anzeigename,
                     "zeile": ", ".join([j.kommune.anzeigename, *(
                         j.kommune.anschrift.zeilen() if j.kommune.anschrift else [])])},
        "bescheid": {"aktenzeichen": j.bescheid_aktenzeichen or "",
                     "datum": format_date(j.bescheid_datum) if j.bescheid_datum else ""},
        "ist_landkreis": j.kommune.art == "landkreis",
        "teile": teile,
        "nachweis": nachweis,
        "wirtschaftlich_sparsam": bool(j.wirtschaftlich_sparsam),
        "kommune": kommune_of(j.kommune),
        "berichtsjahr": str(j.berichtsjahr),
        "datum": format_date(j.datum),
        "frist": format_date(richtlinie.need("jahresbericht_frist").im_jahr(j.berichtsjahr)),
        "personal": [{"name": p.name or "unbesetzt", "vzae": format_vzae(p.vzae),
                      "seit": format_date(p.seit) if p.seit else LEER,
                      "funktion": text_or_empty(p.funktion), "schwerpunkt": text_or_empty(p.schwerpunkt)}
                     for p in j.personal],
        "integrationsinfrastruktur": paragraphs(a.integrationsinfrastruktur),
        "bestandsaufnahme": paragraphs(a.bestandsaufnahme),
        "handlungsfelder": list(a.handlungsfelder),
        "vernetzung_kommune": paragraphs(a.vernetzung_kommune),
        "netzwerkrunden": list(a.netzwerkrunden),
        "interkommunale_vernetzung": paragraphs(a.interkommunale_vernetzung),
        "oeffentlichkeitsarbeit": paragraphs(a.oeffentlichkeitsarbeit),
        "kooperation_land": paragraphs(a.kooperation_land),
        "integrationskonzept": paragraphs(j.integrationskonzept),
        "mittel": rows,
        "mittel_summe": summe,
        "ausblick": paragraphs(j.ausblick),
        "fragebogen_beigefuegt": j.fragebogen_beigefuegt,
        "anlagen": anlagen,
        "unterschrift": {"ort": j.unterschrift.ort, "datum": format_date(j.unterschrift.datum),
                         "name": j.unterschrift.name, "funktion": j.unterschrift.funktion or "",
                         "zusatz": zusatz_text(j.unterschrift.zusatz)},
    }


# --- dispatch ---------------------------------------------------------------------------------

_BUILDERS = {
    "antrag": antrag_context,
    "bescheid": bescheid_context,
    "vorlage": vorlage_context,
    "jahresbericht": jahresbericht_context,
    "verwendungsnachweis": verwendung_context,
}


def kind_of(doc) -> str:
    return doc.art


def build_context(doc, richtlinie: Richtlinie) -> dict:
    """The template context of a validated document (any of the four types)."""
    return _BUILDERS[kind_of(doc)](doc, richtlinie)


def document_kommune(doc) -> Kommune:
    if isinstance(doc, Bewilligungsbescheid):
        return doc.antrag.antragsteller
    if isinstance(doc, Antrag):
        return doc.antragsteller
    return doc.kommune


def document_date(doc) -> date:
    """The date that stands on the document; also the DOCX's created/modified date."""
    if isinstance(doc, Antrag):
        return doc.unterschrift.datum
    return doc.datum


def document_title(doc) -> str:
    """The document's title: its type's, a Zwischennachweis's own."""
    if isinstance(doc, Verwendungsnachweis):
        return doc.titel_art
    return DOCUMENT_TITLES[kind_of(doc)]


def document_year(doc) -> int:
    """The year in the file name: the first Haushaltsjahr granted (a Bescheid for 2026 alone
    is not named _2025) or requested, the Berichtsjahr, or the Vorlage's date."""
    if isinstance(doc, Bewilligungsbescheid):
        zeitraum = doc.zeitraum
        return next((y for y in zeitraum.jahre() if full_months(zeitraum, y)),
                    zeitraum.beginn.year)
    if isinstance(doc, Antrag):
        return min(p.jahr for p in doc.finanzierungsplan)
    if isinstance(doc, Jahresbericht):
        return doc.berichtsjahr
    if isinstance(doc, Verwendungsnachweis):
        return verwendung_year(doc)
    return doc.datum.year


def metadata(doc, richtlinie: Richtlinie) -> Metadaten:
    kind = kind_of(doc)
    kommune = document_kommune(doc)
    behoerde = richtlinie.parameter.bewilligungsbehoerde
    # the Bescheid is the ministry's document, the other three are the Kommune's
    author = behoerde.name if kind == "bescheid" else kommune.anzeigename
    year = document_year(doc)
    digest = data_hash(doc)
    return Metadaten(
        title=f"{document_title(doc)} {legal_name(kommune)} {year}",
        author=author,
        subject=richtlinie.titel,
        keywords=f"KIM; {DOCUMENT_TITLES[kind]}; {kommune.kreisschluessel or kommune.name}; "
                 f"{richtlinie.id} {richtlinie.version}",
        comments=(f"Erstellt mit kimdocs {__version__} nach Richtlinie {richtlinie.id} "
                  f"(Fassung {richtlinie.version}) aus Eingabedaten {digest}"),
        identifier=digest,
        created=datetime.combine(document_date(doc), datetime.min.time()),
    )
