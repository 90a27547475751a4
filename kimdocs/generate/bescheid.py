"""The template context of the Bewilligungsbescheid: the amounts from the calculator, one
Festbetrag per part and year adding up to the tenor, the Teilablehnung with its reasons, the
legal text blocks from the guideline's Textbausteine, the court of the Kommune."""

from __future__ import annotations

from decimal import Decimal

from kimdocs.calculator import Stellenjahr, calculate_grant, funded_vzae
from kimdocs.errors import RenderError
from kimdocs.formatting import (
    format_date,
    format_date_long,
    format_eur,
    format_vzae,
    round_cents,
)
from kimdocs.generate.parts import (
    aufzaehlung,
    behoerde_of,
    common_of,
    frist_text,
    jahre_text,
    kommune_of,
    monate_text,
    period_of,
    person_of,
    zusatz_text,
)
from kimdocs.guideline import Richtlinie
from kimdocs.guideline.kommunen import eligible_list, lookup
from kimdocs.guideline.textbausteine import fill, load_textbausteine
from kimdocs.model import Antrag, Bewilligungsbescheid, Kommune, Zeitraum
from kimdocs.rules.verwendung import nachweis_frist

ZEILEN_TEXT = {"personalkosten": "Personalkosten", "sachkosten": "Sachkosten"}


def _gericht(richtlinie: Richtlinie, kommune: Kommune) -> dict[str, str]:
    """The competent Verwaltungsgericht from the Kommune → court table (§ 52 Nr. 3 VwGO)."""
    liste = eligible_list(richtlinie)
    if liste is None:
        raise RenderError("Rechtsbehelfsbelehrung: zuständiges Verwaltungsgericht nicht "
                          f"ermittelbar (die Richtlinie {richtlinie.id} nennt keine Liste der "
                          "Kommunen mit ihren Gerichten)")
    treffer = lookup(liste, kommune)
    key = treffer.eintrag.verwaltungsgericht if treffer.eintrag else None
    gericht = liste.gerichte.get(key) if key else None
    if gericht is None:
        why = treffer.problem or f"kein Verwaltungsgericht für {kommune.name} hinterlegt"
        raise RenderError(
            f"Rechtsbehelfsbelehrung: zuständiges Verwaltungsgericht nicht ermittelbar ({why})")
    return {"name": gericht.name, "anschrift": gericht.anschrift}


_ZAHLWORT = ("null", "einem", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
             "zehn", "elf", "zwölf")


def _monate_wort(n: int) -> str:
    """'sechs Monaten', 'einem Monat' (DIN 5008: numbers up to twelve in words)."""
    word = _ZAHLWORT[n] if 0 <= n < len(_ZAHLWORT) else str(n)
    return f"{word} Monat" + ("" if n == 1 else "en")


def _vzae_monate(value: Decimal) -> str:
    """VZÄ-months for a notice: rounded to two places, never a long decimal."""
    return monate_text(value.quantize(Decimal("0.01")).normalize(), "VZÄ-Monat")


def festbetraege(personalkosten: Decimal, anteile: list[Stellenjahr]) -> list[Decimal]:
    """The year's granted Personalkosten split over the parts in proportion to their caps,
    in cents, the rounding difference on the last part: the table adds up to the tenor even
    when less than the cap is granted (planned or requested below it)."""
    total = sum((s.hoechstbetrag for s in anteile), Decimal(0))
    if not anteile or total == 0:
        return [Decimal("0.00")] * len(anteile)
    shares = [round_cents(personalkosten * s.hoechstbetrag / total) for s in anteile]
    shares[-1] = personalkosten - sum(shares[:-1], Decimal("0.00"))
    return shares


def _stellen_rows(berechnung) -> list[dict[str, str]]:
    rows = []
    for j in berechnung.jahre:
        anteile = [s for s in j.stellen if s.monate]
        for s, betrag in zip(anteile, festbetraege(j.personalkosten, anteile), strict=True):
            rows.append({"jahr": str(j.jahr), "person": s.bezeichnung,
                         "vzae": format_vzae(s.vzae), "monate": str(s.monate),
                         "betrag": format_eur(betrag),
                         "monatsbetrag": format_eur(round_cents(betrag / s.monate))})
    return rows


def _over_maximum(berechnung, richtlinie: Richtlinie) -> list[str]:
    """Years in which parts were filled at the same time beyond the VZÄ maximum: the
    calculator then counts each in proportion (0,33 of 0,5), which no notice may fund."""
    return [str(j.jahr) for j in berechnung.jahre
            if any(s.vzae_monate != s.vzae * s.monate for s in j.stellen)]


def _worded_by(g: dict, key: str, code: str | None) -> bool:
    """Whether the Textbaustein `key` gives the reason of a cut by rule `code` (the
    Textbausteine name the rule each text words; a text without one words any cut)."""
    if key not in g:
        return False
    owner = (g.get("regeln") or {}).get(key)
    return owner is None or code is None or owner == code


def _other_rule(g: dict, k, richtlinie: Richtlinie, values: dict) -> str:
    """A cut by a rule no Textbaustein words: the rule's own title and clause from the
    guideline data."""
    if k.regel is None or "andere_regel" not in g:
        raise RenderError(f"Textbausteine: kein Grund für die Kürzung „{k.grund}“ der "
                          f"{ZEILEN_TEXT[k.zeile]}")
    regel = richtlinie.regel(k.regel)
    fundstelle = "" if "Annahme" in regel.klausel else f" ({regel.klausel})"
    return fill(g["andere_regel"], zeile=ZEILEN_TEXT[k.zeile], titel=regel.titel,
                fundstelle=fundstelle, **values)


def _gruende(j, tb: dict, richtlinie: Richtlinie, zeitraum: Zeitraum) -> str:
    g = tb["bescheid"]["gruende"]
    out = []
    for k in j.kuerzungen:
        values = {"beantragt": format_eur(k.beantragt), "bewilligt": format_eur(k.bewilligt),
                  "monate": monate_text(j.monate), "beginn": format_date(zeitraum.beginn),
                  "ende": format_date(zeitraum.ende),
                  "personal_je_vzae": format_eur(richtlinie.need("personalkosten_je_vzae")),
                  "sach_je_jahr": format_eur(richtlinie.need("sachkosten_je_jahr")),
                  "vzae_monate": _vzae_monate(j.vzae_monate),
                  "stellen_monate": "; ".join(f"{s.bezeichnung}, {format_vzae(s.vzae)}: "
                                              f"{monate_text(s.monate)}" for s in j.stellen)}
        key = "zeitraum" if k.grund == "zeitraum" else f"{k.grund}_{k.zeile}"
        text = fill(g[key], **values) if _worded_by(g, key, k.regel) else \
            _other_rule(g, k, richtlinie, values)
        if text not in out:
            out.append(text)
    return "; ".join(out)


def bescheid_context(b: Bewilligungsbescheid, richtlinie: Richtlinie) -> dict:
    antrag = b.antrag
    if not isinstance(antrag, Antrag):
        raise RenderError(f"Bescheid {b.aktenzeichen}: Antrag nicht geladen ({antrag})")
    zeitraum = b.zeitraum
    ausgenommen = {n.stelle for n in b.nicht_gefoerdert}
    gefoerdert = antrag.model_copy(update={"stellen": [
        s for i, s in enumerate(antrag.stellen, 1) if i not in ausgenommen]})
    if not gefoerdert.stellen:
        raise RenderError(f"Bescheid {b.aktenzeichen}: nicht_gefoerdert nennt alle "
                          "Stellenanteile; für eine Ablehnung gibt es keinen Bewilligungsbescheid")
    berechnung = calculate_grant(gefoerdert, richtlinie, zeitraum)
    # Breaks no notice can cure (the guideline marks them); the others (amounts over a cap,
    # overhead items, VZÄ over the maximum) are cut back by the calculator.
    blocking = [f for f in berechnung.verstoesse if richtlinie.regel(f.code).sperrt_bescheid]
    if blocking:
        raise RenderError("Bescheid nicht erstellt, der Antrag verletzt " + "; ".join(
            f"{f.code} ({f.meldung})" for f in blocking))
    if over := _over_maximum(berechnung, richtlinie):
        raise RenderError(
            f"Bescheid {b.aktenzeichen} nicht erstellt: die Stellenanteile des Antrags sind "
            f"{aufzaehlung(over)} zugleich mit zusammen mehr als "
            f"{format_vzae(richtlinie.parameter.vzae_hoechstens or 0)} besetzt (KIM-103). "
            "Ein Bescheid fördert keine anteilig gekürzten Stellenanteile: bitte im Feld "
            "nicht_gefoerdert die Stellenanteile nennen, die nicht gefördert werden (Nummer im "
            "Antrag und Grund), oder den Antrag berichtigen")
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
    stellen = _stellen_rows(berechnung)
    summe_p = sum((j.personalkosten for j in berechnung.jahre), Decimal("0.00"))
    summe_s = sum((j.sachkosten for j in berechnung.jahre), Decimal("0.00"))
    p = richtlinie.parameter
    behoerde = behoerde_of(richtlinie)
    klage = p.bewilligungsbehoerde.oberste_landesbehoerde
    antragsdatum = format_date(b.ihr_schreiben_vom or antrag.unterschrift.datum)
    granted_years = [j.jahr for j in berechnung.jahre]
    kurz = behoerde["kurz"]
    common = {"behoerde": kurz, "programm": richtlinie.titel, "antragsdatum": antragsdatum,
              "vzae": format_vzae(funded_vzae(gefoerdert, richtlinie)),
              "zuwendungsform": p.zuwendungsform, "finanzierungsart": p.finanzierungsart,
              "personal_je_vzae": format_eur(richtlinie.need("personalkosten_je_vzae")),
              "sach_je_jahr": format_eur(richtlinie.need("sachkosten_je_jahr")),
              "haushaltsjahre": aufzaehlung(granted_years), "frist": frist_text(richtlinie)}
    stellen_text = "; ".join(
        f"{s.person or 'unbesetzt'}, {format_vzae(s.vzae)} ab {format_date(s.beginn)}"
        + (f" bis {format_date(s.ende)}" if s.ende else "") for s in gefoerdert.stellen)
    vakanzen = [s for s in gefoerdert.stellen if not s.besetzt]
    nb = tb["nebenbestimmungen"]
    vn_monate = tb["verwendungsnachweis_frist_monate"]
    nicht = [fill(t["nicht_gefoerdert"], nummer=n.stelle,
                  person=antrag.stellen[n.stelle - 1].person or "unbesetzt",
                  vzae=format_vzae(antrag.stellen[n.stelle - 1].vzae), grund=n.grund.rstrip("."))
             + "." for n in sorted(b.nicht_gefoerdert, key=lambda n: n.stelle)]
    berichtsjahre, mitberichtet = _berichtsjahre(berechnung, tb)
    abweichend = "" if vn_monate == nb["verwendungsnachweis_frist_monate_anbest"] else fill(
        t["verwendungsnachweis_abweichend"], nummer=nb["verwendungsnachweis_nummer"],
        kurz=nb["kurz"])
    fassung = fill(nb.get("fassung", ""), datum=format_date(b.datum))
    beigefuegt = fill(t["nebenbestimmungen_beigefuegt"] if nb["beigefuegt"]
                      else t["nebenbestimmungen_nicht_beigefuegt"], fundort=nb["fundort"],
                      fassung=fassung)
    ohne_haushalt = [y for y in granted_years if y not in p.budget_je_jahr]
    abgelehnt = [j for j in (*berechnung.jahre, *berechnung.abgelehnte_jahre) if j.abgelehnt]
    gericht = _gericht(richtlinie, antrag.antragsteller) if klage else None
    return {
        **common_of("bescheid", richtlinie),
        "aktenzeichen": b.aktenzeichen,
        "datum": format_date(b.datum),
        "datum_lang": format_date_long(b.datum),
        "antragsdatum": antragsdatum,
        "ihr_zeichen": b.ihr_zeichen or "",
        "sachbearbeitung": person_of(b.sachbearbeitung),
        "zeichnung": {**person_of(b.zeichnung), "zusatz": zusatz_text(b.zeichnung.zusatz)},
        "empfaenger": kommune_of(antrag.antragsteller),
        "zeitraum": period_of(zeitraum),
        "vzae": common["vzae"],
        "jahre": jahre,
        "stellen": stellen,
        "haushaltsjahre": aufzaehlung(granted_years),
        "haushaltsjahre_text": jahre_text(granted_years),
        "summe": {"personalkosten": format_eur(summe_p), "sachkosten": format_eur(summe_s),
                  "gesamt": format_eur(berechnung.gesamt)},
        "beantragt_gesamt": format_eur(berechnung.beantragt),
        # granted less than asked: the rest is refused, per year with its reason
        "teilablehnung": bool(abgelehnt or nicht),
        "ablehnung": {
            "einleitung": fill(t["teilablehnung_einleitung"],
                               beantragt=format_eur(berechnung.beantragt),
                               bewilligt=format_eur(berechnung.gesamt)),
            "jahre": [fill(t["teilablehnung_jahr"], jahr=j.jahr, betrag=format_eur(j.abgelehnt),
                           gruende=_gruende(j, tb, richtlinie, zeitraum))
                      for j in sorted(abgelehnt, key=lambda j: j.jahr)],
            "stellen": nicht,
        },
        # the Ministry's reasons for a shorter period (§ 39 Abs. 1 Satz 3 VwVfG), from the data
        "zeitraum_gruende": fill(
            t["zeitraum_gruende"], **period_of(zeitraum), gruende=b.begruendung_zeitraum,
            antrag_beginn=format_date(antrag.zeitraum.beginn),
            antrag_ende=format_date(antrag.zeitraum.ende)) if b.begruendung_zeitraum else "",
        "finanzierungsart": p.finanzierungsart,
        "zuwendungsform": p.zuwendungsform,
        "personal_je_vzae": common["personal_je_vzae"],
        "sach_je_jahr": common["sach_je_jahr"],
        "anteilig": p.anteilig == "volle_kalendermonate",
        "frist": frist_text(richtlinie),
        "auszahlung_hinweis": b.auszahlung_hinweis or "",
        "rechtsgrundlagen": list(tb["rechtsgrundlagen"]),
        "tb": {
            "zuwendungszweck": fill(t["zuwendungszweck"], **common, stellen=stellen_text),
            "antrag_bestandteil": fill(t["antrag_bestandteil"], **common),
            "finanzierung": [fill(t["finanzierungsart"], **common), fill(t["bemessung"], **common),
                             fill(t["sachkosten"])]
            + ([fill(t["leerstand"])] if p.leerstand == "nicht_gefoerdert" else []),
            "bedingung": fill(t["bedingung_vakanz"], **common, vakanzen="; ".join(
                f"{format_vzae(s.vzae)}, geplanter Beginn {format_date(s.beginn)}"
                for s in vakanzen)) if vakanzen else "",
            "jahresbericht": fill(t["jahresbericht"], **common,
                                  berichtsjahre=jahre_text(berichtsjahre)),
            "jahresbericht_mitberichtet": fill(
                t["jahresbericht_mitberichtet"], jahr=mitberichtet,
                mindestmonate=_ZAHLWORT[tb["jahresbericht_mindestmonate"]],
                folgejahr=berichtsjahre[0]) if mitberichtet else "",
            "verwendungsnachweis": fill(
                t["verwendungsnachweis"], monate=_monate_wort(vn_monate), abweichend=abweichend,
                vn_frist=format_date(nachweis_frist(zeitraum, None, tb))),
            "zwischennachweis": fill(
                t["zwischennachweis"], jahre=aufzaehlung(zeitraum.jahre()[:-1]),
                frist=_frist_tag(tb["zwischennachweis_frist"]))
            if len(zeitraum.jahre()) > 1 else "",
            "personen": fill(t["personen"], **common),
            "nebenbestimmungen": fill(t["nebenbestimmungen"], name=nb["name"], kurz=nb["kurz"],
                                      beigefuegt=beigefuegt),
            "anlage": f"{nb['name']} ({nb['kurz']}) {fassung}".strip() if nb["beigefuegt"]
            else "",
            "pruefungsrecht": fill(t["pruefungsrecht"], **common),
            # only with the recorded prior consent (the model refuses a period that begins
            # before the Bescheid without one): the Bescheid cites that letter
            "vorzeitiger_beginn": fill(
                t["vorzeitiger_beginn"], **common, beginn=format_date(zeitraum.beginn),
                zugestimmt_am=format_date(b.vorzeitiger_beginn.zugestimmt_am),
                az=f", Az. {b.vorzeitiger_beginn.aktenzeichen}"
                if b.vorzeitiger_beginn.aktenzeichen else "")
            if b.vorzeitiger_beginn and zeitraum.beginn < b.datum else "",
            "haushaltsvorbehalt": fill(t["haushaltsvorbehalt"], jahre=jahre_text(ohne_haushalt))
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


def _frist_tag(frist: dict) -> str:
    return f"{int(frist['tag']):02d}.{int(frist['monat']):02d}."


def _berichtsjahre(berechnung, tb: dict) -> tuple[list[int], int | None]:
    """The years a Jahresbericht is due for; a first year with fewer full months than the
    minimum is reported with the next one (else the first report falls due weeks after the
    start). Returns (years, the year reported with the next or None)."""
    jahre = [j.jahr for j in berechnung.jahre]
    first = berechnung.jahre[0]
    if len(jahre) > 1 and first.monate < tb.get("jahresbericht_mindestmonate", 0):
        return jahre[1:], first.jahr
    return jahre, None
