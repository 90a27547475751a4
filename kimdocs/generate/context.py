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

from kimdocs.calculator import calculate_grant, funded_vzae
from kimdocs.errors import RenderError
from kimdocs.formatting import (
    format_date,
    format_date_long,
    format_decimal,
    format_eur,
    format_vzae,
    round_cents,
)
from kimdocs.guideline import Richtlinie
from kimdocs.guideline.kommunen import load_list, lookup
from kimdocs.guideline.textbausteine import fill, load_textbausteine
from kimdocs.model import (
    DOCUMENT_TITLES,
    Antrag,
    Bewilligungsbescheid,
    Jahresbericht,
    Kommune,
    Person,
    Unterrichtungsvorlage,
    Zeitraum,
    group_iban,
)
from kimdocs.version import __version__

LEER = ""  # an optional field left empty stays empty (a dash reads as a value in a letter)
CHECKED, UNCHECKED = "☒", "☐"


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


# --- small helpers ----------------------------------------------------------------------------

def _text(value: str | None) -> str:
    return value if value else LEER


def _paragraphs(text: str | None) -> list[str]:
    """Split a YAML block into paragraphs at blank lines; inner line breaks become spaces."""
    if not text:
        return []
    blocks = [" ".join(line.strip() for line in block.splitlines()).strip()
              for block in text.strip().split("\n\n")]
    return [b for b in blocks if b]


def _zeitraum(z: Zeitraum) -> dict[str, str]:
    return {"beginn": format_date(z.beginn), "ende": format_date(z.ende)}


def _person(p: Person) -> dict[str, str]:
    # empty stays empty: a letter leaves out a line rather than printing a dash
    return {"name": p.name, "funktion": p.funktion or "", "telefon": p.telefon or "",
            "fax": p.fax or "", "email": p.email or ""}


def legal_name(kommune: Kommune) -> str:
    """The body as a legal person: 'Stadt Koblenz', 'Landkreis Germersheim'."""
    prefix = {"kreisfreie_stadt": "Stadt", "landkreis": "Landkreis"}.get(kommune.art or "")
    if prefix is None or kommune.name.lower().endswith("kreis") or "kreis " in kommune.name:
        return kommune.name  # 'Westerwaldkreis', 'Eifelkreis Bitburg-Prüm'
    return f"{prefix} {kommune.name}"


def _kommune(k: Kommune) -> dict:
    return {
        "name": k.name,
        "bezeichnung": k.anzeigename,
        "rechtstraeger": legal_name(k),
        "kreisschluessel": _text(k.kreisschluessel),
        "ags": _text(k.ags),
        "anschrift": k.anschrift.zeilen() if k.anschrift else [],
    }


def _headings(richtlinie: Richtlinie, kind: str) -> dict[str, str]:
    """Section headings keyed by rule name with '_' for '-' (`h.bescheid_bewilligung`)."""
    return {r.name.replace("-", "_"): r.ueberschrift for r in richtlinie.abschnitte(kind)}


def _common(kind: str, richtlinie: Richtlinie) -> dict:
    return {
        "h": _headings(richtlinie, kind),
        "titel": DOCUMENT_TITLES[kind],
        "programm": richtlinie.titel,
        "behoerde": _behoerde(richtlinie),
    }


def _behoerde(richtlinie: Richtlinie) -> dict:
    b = richtlinie.parameter.bewilligungsbehoerde
    ort = b.anschrift[-1].split(" ", 1)[-1] if b.anschrift else ""
    return {"name": b.name, "kurz": b.kurz, "anschrift": list(b.anschrift), "ort": ort,
            "oberste_landesbehoerde": b.oberste_landesbehoerde}


def _frist_text(richtlinie: Richtlinie) -> str:
    frist = richtlinie.need("jahresbericht_frist")
    return f"{frist.tag:02d}.{frist.monat:02d}."


def _aufzaehlung(items: list[str]) -> str:
    """'2025 und 2026', 'A, B und C'."""
    items = [str(i) for i in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " und " + items[-1]


# --- Bewilligungsbescheid ---------------------------------------------------------------------

def _gericht(richtlinie: Richtlinie, kommune: Kommune) -> dict[str, str]:
    """The competent Verwaltungsgericht from the Kommune → court table (§ 52 Nr. 3 VwGO)."""
    liste = load_list(richtlinie.parameter.berechtigte or "kommunen-rlp")
    treffer = lookup(liste, kommune)
    key = treffer.eintrag.verwaltungsgericht if treffer.eintrag else None
    gericht = liste.gerichte.get(key) if key else None
    if gericht is None:
        why = treffer.problem or f"kein Verwaltungsgericht für {kommune.name} hinterlegt"
        raise RenderError(
            f"Rechtsbehelfsbelehrung: zuständiges Verwaltungsgericht nicht ermittelbar ({why})")
    return {"name": gericht.name, "anschrift": gericht.anschrift}


def _jahre_text(jahre: list[int]) -> str:
    """'das Haushaltsjahr 2026' / 'die Haushaltsjahre 2025 und 2026'."""
    word = "das Haushaltsjahr" if len(jahre) == 1 else "die Haushaltsjahre"
    return f"{word} {_aufzaehlung(jahre)}"


def _add_months(day: date, months: int) -> date:
    """The last day of the month `months` after `day`'s month (deadline after a period)."""
    import calendar

    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def _gruende(j, tb: dict, richtlinie: Richtlinie, zeitraum: Zeitraum) -> str:
    g = tb["bescheid"]["gruende"]
    out = []
    for k in j.kuerzungen:
        values = {"beantragt": format_eur(k.beantragt), "bewilligt": format_eur(k.bewilligt),
                  "monate": _monate(j.monate), "beginn": format_date(zeitraum.beginn),
                  "ende": format_date(zeitraum.ende),
                  "personal_je_vzae": format_eur(richtlinie.need("personalkosten_je_vzae")),
                  "sach_je_jahr": format_eur(richtlinie.need("sachkosten_je_jahr")),
                  "vzae_monate": _monate(j.vzae_monate, "VZÄ-Monat"),
                  "stellen_monate": "; ".join(f"{s.bezeichnung}, {format_vzae(s.vzae)}: "
                                              f"{_monate(s.monate)}" for s in j.stellen)}
        key = "zeitraum" if k.grund == "zeitraum" else f"{k.grund}_{k.zeile}"
        text = fill(g[key], **values)
        if text not in out:
            out.append(text)
    return "; ".join(out)


def _monate(n, word: str = "Monat") -> str:
    return f"{format_decimal(n)} {word}{'' if n == 1 else 'e'}"


def bescheid_context(b: Bewilligungsbescheid, richtlinie: Richtlinie) -> dict:
    antrag = b.antrag
    if not isinstance(antrag, Antrag):
        raise RenderError(f"Bescheid {b.aktenzeichen}: Antrag nicht geladen ({antrag})")
    zeitraum = b.zeitraum
    berechnung = calculate_grant(antrag, richtlinie, zeitraum)
    # Breaks no notice can cure (the guideline marks them); the others (amounts over a cap,
    # overhead items, VZÄ over the maximum) are cut back by the calculator.
    blocking = [f for f in berechnung.verstoesse if richtlinie.regel(f.code).sperrt_bescheid]
    if blocking:
        raise RenderError("Bescheid nicht erstellt, der Antrag verletzt " + "; ".join(
            f"{f.code} ({f.meldung})" for f in blocking))
    if not berechnung.jahre:
        raise RenderError(f"Bescheid {b.aktenzeichen}: im Bewilligungszeitraum ist nichts "
                          "zuwendungsfähig")
    tb = load_textbausteine(richtlinie.id)
    if not tb:
        raise RenderError(f"Richtlinie {richtlinie.id}: keine Textbausteine für den Bescheid")
    t = tb["bescheid"]
    jahre = [{"jahr": str(j.jahr), "monate": str(j.monate),
              "personalkosten": format_eur(j.personalkosten), "sachkosten": format_eur(j.sachkosten),
              "gesamt": format_eur(j.gesamt)} for j in berechnung.jahre]
    stellen = [{"jahr": str(j.jahr), "person": s.bezeichnung, "vzae": format_vzae(s.vzae),
                "monate": str(s.monate), "betrag": format_eur(round_cents(s.hoechstbetrag))}
               for j in berechnung.jahre for s in j.stellen if s.monate]
    summe_p = sum((j.personalkosten for j in berechnung.jahre), Decimal("0.00"))
    summe_s = sum((j.sachkosten for j in berechnung.jahre), Decimal("0.00"))
    p = richtlinie.parameter
    behoerde = _behoerde(richtlinie)
    klage = p.bewilligungsbehoerde.oberste_landesbehoerde
    antragsdatum = format_date(b.ihr_schreiben_vom or antrag.unterschrift.datum)
    granted_years = [j.jahr for j in berechnung.jahre]
    kurz = behoerde["kurz"]
    common = {"behoerde": kurz, "programm": richtlinie.titel, "antragsdatum": antragsdatum,
              "vzae": format_vzae(funded_vzae(antrag, richtlinie)),
              "zuwendungsform": p.zuwendungsform, "finanzierungsart": p.finanzierungsart,
              "personal_je_vzae": format_eur(richtlinie.need("personalkosten_je_vzae")),
              "sach_je_jahr": format_eur(richtlinie.need("sachkosten_je_jahr")),
              "haushaltsjahre": _aufzaehlung(granted_years), "frist": _frist_text(richtlinie)}
    stellen_text = "; ".join(
        f"{s.person or 'unbesetzt'}, {format_vzae(s.vzae)} ab {format_date(s.beginn)}"
        + (f" bis {format_date(s.ende)}" if s.ende else "") for s in antrag.stellen)
    vakanzen = [s for s in antrag.stellen if not s.besetzt]
    nb = tb["nebenbestimmungen"]
    vn_monate = tb["verwendungsnachweis_frist_monate"]
    abweichend = "" if vn_monate == nb["verwendungsnachweis_frist_monate_anbest"] else fill(
        t["verwendungsnachweis_abweichend"], nummer=nb["verwendungsnachweis_nummer"],
        kurz=nb["kurz"])
    beigefuegt = fill(t["nebenbestimmungen_beigefuegt"] if nb["beigefuegt"]
                      else t["nebenbestimmungen_nicht_beigefuegt"], fundort=nb["fundort"])
    ohne_haushalt = [y for y in granted_years if y not in p.budget_je_jahr]
    abgelehnt = [j for j in (*berechnung.jahre, *berechnung.abgelehnte_jahre) if j.abgelehnt]
    gericht = _gericht(richtlinie, antrag.antragsteller) if klage else None
    return {
        **_common("bescheid", richtlinie),
        "aktenzeichen": b.aktenzeichen,
        "datum": format_date(b.datum),
        "datum_lang": format_date_long(b.datum),
        "antragsdatum": antragsdatum,
        "ihr_zeichen": b.ihr_zeichen or "",
        "sachbearbeitung": _person(b.sachbearbeitung),
        "zeichnung": {**_person(b.zeichnung), "zusatz": _zusatz(b.zeichnung.zusatz)},
        "empfaenger": _kommune(antrag.antragsteller),
        "zeitraum": _zeitraum(zeitraum),
        "vzae": common["vzae"],
        "jahre": jahre,
        "stellen": stellen,
        "haushaltsjahre": _aufzaehlung(granted_years),
        "haushaltsjahre_text": _jahre_text(granted_years),
        "summe": {"personalkosten": format_eur(summe_p), "sachkosten": format_eur(summe_s),
                  "gesamt": format_eur(berechnung.gesamt)},
        "beantragt_gesamt": format_eur(berechnung.beantragt),
        # granted less than asked: the rest is refused, per year with its reason
        "teilablehnung": bool(abgelehnt),
        "ablehnung": {
            "einleitung": fill(t["teilablehnung_einleitung"],
                               beantragt=format_eur(berechnung.beantragt),
                               bewilligt=format_eur(berechnung.gesamt)),
            "jahre": [fill(t["teilablehnung_jahr"], jahr=j.jahr, betrag=format_eur(j.abgelehnt),
                           gruende=_gruende(j, tb, richtlinie, zeitraum))
                      for j in sorted(abgelehnt, key=lambda j: j.jahr)],
        },
        "finanzierungsart": p.finanzierungsart,
        "zuwendungsform": p.zuwendungsform,
        "personal_je_vzae": common["personal_je_vzae"],
        "sach_je_jahr": common["sach_je_jahr"],
        "anteilig": p.anteilig == "volle_kalendermonate",
        "frist": _frist_text(richtlinie),
        "auszahlung_hinweis": b.auszahlung_hinweis or "",
        "rechtsgrundlagen": list(tb["rechtsgrundlagen"]),
        "tb": {
            "zuwendungszweck": fill(t["zuwendungszweck"], **common, stellen=stellen_text),
            "antrag_bestandteil": fill(t["antrag_bestandteil"], **common),
            "finanzierung": [fill(t["finanzierungsart"], **common), fill(t["sachkosten"])]
            + ([fill(t["leerstand"])] if p.leerstand == "nicht_gefoerdert" else []),
            "bedingung": fill(t["bedingung_vakanz"], **common, vakanzen="; ".join(
                f"{format_vzae(s.vzae)}, geplanter Beginn {format_date(s.beginn)}"
                for s in vakanzen)) if vakanzen else "",
            "jahresbericht": fill(t["jahresbericht"], **common),
            "verwendungsnachweis": fill(
                t["verwendungsnachweis"], monate=vn_monate, abweichend=abweichend,
                vn_frist=format_date(_add_months(zeitraum.ende, vn_monate))),
            "nebenbestimmungen": fill(t["nebenbestimmungen"], name=nb["name"], kurz=nb["kurz"],
                                      beigefuegt=beigefuegt),
            "anlage": f"{nb['name']} ({nb['kurz']})" if nb["beigefuegt"] else "",
            "pruefungsrecht": fill(t["pruefungsrecht"], **common),
            "vorzeitiger_beginn": fill(t["vorzeitiger_beginn"],
                                       beginn=format_date(zeitraum.beginn))
            if zeitraum.beginn < b.datum else "",
            "haushaltsvorbehalt": fill(t["haushaltsvorbehalt"], jahre=_jahre_text(ohne_haushalt))
            if ohne_haushalt else "",
            "haushaltsstelle": fill(t["haushaltsstelle"], haushaltsstelle=b.haushaltsstelle)
            if b.haushaltsstelle else "",
            "klage": fill(t["rechtsbehelf_klage"], gericht=gericht["name"],
                          gericht_anschrift=gericht["anschrift"]) if gericht else "",
            "kein_widerspruch": fill(t["rechtsbehelf_kein_widerspruch"]) if klage else "",
        },
        "rechtsbehelf": {
            "klage": klage,
            # the court is only needed (and only looked up) for the Klage variant
            "gericht": gericht or {"name": "", "anschrift": ""},
            "stelle": behoerde["name"],
            "stelle_anschrift": ", ".join(behoerde["anschrift"]),
        },
    }


def _zusatz(zusatz: str) -> str:
    """The Zeichnung line above the name: nothing for a signature without Zusatz."""
    return "" if zusatz == "ohne Zusatz" else zusatz


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
    antragsteller = _kommune(a.antragsteller)
    if a.antragsteller.art == "landkreis":  # a Landkreis has a Kreisschlüssel, no AGS
        antragsteller["ags"] = "entfällt (Landkreis: maßgeblich ist der Kreisschlüssel)"
    return {
        **_common("antrag", richtlinie),
        "antragsteller": antragsteller,
        "absender": ", ".join([a.antragsteller.anzeigename, *(
            a.antragsteller.anschrift.zeilen() if a.antragsteller.anschrift else [])]),
        "ansprechperson": _person(a.ansprechperson),
        "stellen": [{"person": s.person or "unbesetzt (geplanter Beginn)",
                     "vzae": format_vzae(s.vzae), "entgeltgruppe": s.entgeltgruppe,
                     "beginn": format_date(s.beginn)
                     + (f" bis {format_date(s.ende)}" if s.ende else ""),
                     "funktion": _text(s.funktion), "schwerpunkt": _text(s.schwerpunkt)}
                    for s in a.stellen],
        "vzae_gesamt": format_vzae(a.vzae_gesamt),
        "organisation": {"amt": org.amt, "abteilung": _text(org.abteilung),
                         "in_verwaltung": org.in_kommunalverwaltung and not org.traeger,
                         "traeger": org.traeger or ""},
        "aufgaben": list(a.aufgaben),
        "integrationskonzept": {"vorhanden": a.integrationskonzept.vorhanden,
                                "beschreibung": a.integrationskonzept.beschreibung or ""},
        "zeitraum": _zeitraum(a.zeitraum),
        "plan": plan,
        "erklaerungen": {
            "keine_doppelfoerderung": CHECKED if e.keine_doppelfoerderung else UNCHECKED,
            "kein_vorzeitiger_beginn": CHECKED if e.kein_vorzeitiger_beginn else UNCHECKED,
            "richtigkeit": CHECKED if e.richtigkeit else UNCHECKED,
        },
        "unterschrift": {"ort": a.unterschrift.ort, "datum": format_date(a.unterschrift.datum),
                         "name": a.unterschrift.name, "funktion": a.unterschrift.funktion or "",
                         "zusatz": _zusatz(a.unterschrift.zusatz)},
        # a Landkreis has a Kreisschlüssel, no AGS (that is a Gemeinde's key)
        "bank": {"kontoinhaber": bank.kontoinhaber, "iban": group_iban(bank.iban), "bic": bank.bic or "",
                 "kreditinstitut": bank.kreditinstitut or ""} if bank else None,
        "vorsteuer": "" if a.vorsteuerabzugsberechtigt is None else (
            "Der Antragsteller ist zum Vorsteuerabzug berechtigt; die Ausgaben sind netto "
            "angegeben." if a.vorsteuerabzugsberechtigt else
            "Der Antragsteller ist nicht zum Vorsteuerabzug berechtigt."),
    }


# --- Unterrichtungsvorlage --------------------------------------------------------------------

def vorlage_context(v: Unterrichtungsvorlage, richtlinie: Richtlinie) -> dict:
    return {
        **_common("vorlage", richtlinie),
        "kommune": _kommune(v.kommune),
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
        "hintergrund": _paragraphs(v.hintergrund),
        "umsetzung": _paragraphs(v.umsetzung),
        "sachstand": _paragraphs(v.sachstand),
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
    # zahlenmäßiger Nachweis per year: all spending incl. Eigenanteil, and the grant received
    nachweis = [{
        "jahr": str(m.jahr),
        "ausgaben": format_eur(m.verausgabt_gesamt + (m.eigenanteil_verausgabt or 0)),
        "eigenanteil": format_eur(m.eigenanteil_verausgabt)
        if m.eigenanteil_verausgabt is not None else "",
        "erhalten": format_eur(m.erhalten) if m.erhalten is not None else "",
    } for m in sorted(j.mittelverwendung, key=lambda m: m.jahr)]
    teile = {name: _paragraphs(getattr(a, name)) for name in (
        "einbindung_gemeinden", "steuerungsgremien", "fallkoordination",
        "interkulturelle_oeffnung", "massnahmenplanung", "zielerreichung")}
    return {
        **_common("jahresbericht", richtlinie),
        "absender": {"bezeichnung": j.kommune.anzeigename,
                     "zeile": ", ".join([j.kommune.anzeigename, *(
                         j.kommune.anschrift.zeilen() if j.kommune.anschrift else [])])},
        "bescheid": {"aktenzeichen": j.bescheid_aktenzeichen or "",
                     "datum": format_date(j.bescheid_datum) if j.bescheid_datum else ""},
        "ist_landkreis": j.kommune.art == "landkreis",
        "teile": teile,
        "nachweis": nachweis,
        "wirtschaftlich_sparsam": bool(j.wirtschaftlich_sparsam),
        "kommune": _kommune(j.kommune),
        "berichtsjahr": str(j.berichtsjahr),
        "datum": format_date(j.datum),
        "frist": format_date(richtlinie.need("jahresbericht_frist").im_jahr(j.berichtsjahr)),
        "personal": [{"name": p.name or "unbesetzt", "vzae": format_vzae(p.vzae),
                      "seit": format_date(p.seit) if p.seit else LEER,
                      "funktion": _text(p.funktion), "schwerpunkt": _text(p.schwerpunkt)}
                     for p in j.personal],
        "integrationsinfrastruktur": _paragraphs(a.integrationsinfrastruktur),
        "bestandsaufnahme": _paragraphs(a.bestandsaufnahme),
        "handlungsfelder": list(a.handlungsfelder),
        "vernetzung_kommune": _paragraphs(a.vernetzung_kommune),
        "netzwerkrunden": list(a.netzwerkrunden),
        "interkommunale_vernetzung": _paragraphs(a.interkommunale_vernetzung),
        "oeffentlichkeitsarbeit": _paragraphs(a.oeffentlichkeitsarbeit),
        "kooperation_land": _paragraphs(a.kooperation_land),
        "integrationskonzept": _paragraphs(j.integrationskonzept),
        "mittel": rows,
        "mittel_summe": summe,
        "ausblick": _paragraphs(j.ausblick),
        "fragebogen_beigefuegt": j.fragebogen_beigefuegt,
        "anlagen": anlagen,
        "unterschrift": {"ort": j.unterschrift.ort, "datum": format_date(j.unterschrift.datum),
                         "name": j.unterschrift.name, "funktion": j.unterschrift.funktion or "",
                         "zusatz": _zusatz(j.unterschrift.zusatz)},
    }


# --- dispatch ---------------------------------------------------------------------------------

_BUILDERS = {
    "antrag": antrag_context,
    "bescheid": bescheid_context,
    "vorlage": vorlage_context,
    "jahresbericht": jahresbericht_context,
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


def document_year(doc) -> int:
    """The year in the file name: first Haushaltsjahr, Berichtsjahr, or the Vorlage's date."""
    if isinstance(doc, Bewilligungsbescheid):
        return min(p.jahr for p in doc.antrag.finanzierungsplan)
    if isinstance(doc, Antrag):
        return min(p.jahr for p in doc.finanzierungsplan)
    if isinstance(doc, Jahresbericht):
        return doc.berichtsjahr
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
        title=f"{DOCUMENT_TITLES[kind]} {legal_name(kommune)} {year}",
        author=author,
        subject=richtlinie.titel,
        keywords=f"KIM; {DOCUMENT_TITLES[kind]}; {kommune.kreisschluessel or kommune.name}; "
                 f"{richtlinie.id} {richtlinie.version}",
        comments=(f"Erstellt mit kimdocs {__version__} nach Richtlinie {richtlinie.id} "
                  f"(Fassung {richtlinie.version}) aus Eingabedaten {digest}"),
        identifier=digest,
        created=datetime.combine(document_date(doc), datetime.min.time()),
    )
