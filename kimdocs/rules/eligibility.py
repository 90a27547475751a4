"""KIM-101 (antragsberechtigt) and KIM-102 (Stelle in der Kommunalverwaltung)."""

from __future__ import annotations

from kimdocs.facts import Fakten
from kimdocs.findings import Befund
from kimdocs.guideline import Regel, Richtlinie
from kimdocs.guideline.kommunen import eligible_list, lookup, normalize_name
from kimdocs.model import Kommune
from kimdocs.rules.common import not_found
from kimdocs.rules.registry import implements

MELDUNGEN = {
    "berechtigt": "{name} ({art}, {schluessel}) ist antragsberechtigt.",
    "art": "{name} ist als {art} nicht antragsberechtigt (nur Landkreise und kreisfreie Städte).",
    "grosse_stadt": "{name} ist eine große kreisangehörige Stadt im Landkreis {kreis} und nicht "
                    "antragsberechtigt; antragsberechtigt ist der Landkreis.",
    "gemeindeschluessel": "Gemeindeschlüssel {schluessel} gehört zu einer kreisangehörigen "
                          "Gemeinde (Kreis {kreis}), nicht zu einer berechtigten Kommune.",
    "unklar": "Antragsteller nicht eindeutig: {grund}",
    "intern": "Die Stelle ist in der Kommunalverwaltung angesiedelt ({einheit}).",
    "extern": "Die Stelle soll außerhalb der Kommunalverwaltung angesiedelt werden ({wo}); sie "
              "muss in der Kommunalverwaltung liegen.",
}


@implements("antragsteller-berechtigt", liest=("berechtigte",))
def eligible(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    liste = eligible_list(r)
    a = f.antragsteller
    where = [a.fundstelle] if a.fundstelle else []
    if a.unklar:
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["unklar"].format(grund=a.unklar), where)
    name = a.name or ""
    if a.art in liste.nicht_berechtigt:
        return Befund.of(regel, "verletzt", MELDUNGEN["art"].format(
            name=name, art=liste.nicht_berechtigt[a.art]), where)
    kreis = liste.grosse_staedte.get(normalize_name(name)) if a.art != "landkreis" else None
    if kreis and (a.art == "stadt" or not a.schluessel or len(a.schluessel) == 8
                  or a.schluessel == kreis):
        entry = liste.by_key(kreis)
        return Befund.of(regel, "verletzt", MELDUNGEN["grosse_stadt"].format(
            name=name, kreis=entry.name if entry else kreis), where)
    key = a.schluessel
    if key and len(key) == 8:
        entry = liste.by_key(key[:5])
        if entry is None or not key.endswith("000"):
            return Befund.of(regel, "verletzt", MELDUNGEN["gemeindeschluessel"].format(
                schluessel=key, kreis=entry.name if entry else key[:5]), where)
        key = key[:5]
    if not name and not key:
        return not_found(regel, f, "Ein eindeutiger Antragsteller (Name oder Kreisschlüssel)")
    art = {"stadt": "kreisfreie_stadt", "landkreis": "landkreis"}.get(a.art or "")
    if not name:  # a key alone
        entry = liste.by_key(key)
        if entry is None:
            return Befund.of(regel, "verletzt", f"Kreisschlüssel {key} gehört zu keiner "
                                                "antragsberechtigten Kommune.", where)
        return Befund.of(regel, "erfuellt", MELDUNGEN["berechtigt"].format(
            name=entry.name, art=entry.art_text, schluessel=entry.kreisschluessel), where,
            [_key(entry)])
    if key and f.quelle == "dokument":  # the key decides; the name only has to fit it
        entry = liste.by_key(key)
        if entry is not None and normalize_name(entry.name).replace(" ", "") in \
                normalize_name(name).replace(" ", ""):
            return Befund.of(regel, "erfuellt", MELDUNGEN["berechtigt"].format(
                name=entry.name, art=entry.art_text, schluessel=entry.kreisschluessel), where,
                [_key(entry)])
    treffer = lookup(liste, Kommune.model_construct(name=name, kreisschluessel=key, art=art))
    if treffer.eintrag:
        e = treffer.eintrag
        return Befund.of(regel, "erfuellt", MELDUNGEN["berechtigt"].format(
            name=e.name, art=e.art_text, schluessel=e.kreisschluessel), where,
            [_key(e)])
    if f.quelle == "dokument" and key and treffer.problem and "nicht zu" in treffer.problem:
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["unklar"].format(
            grund=treffer.problem + "."), where)
    return Befund.of(regel, "nicht_pruefbar" if treffer.mehrdeutig else "verletzt",
                     f"{treffer.problem}.", where)


def _key(entry) -> dict:
    """The eligible Kommune's Kreisschlüssel as a value of the finding: the report names it
    (`Pruefbericht.kreisschluessel`) without reading it back out of the message."""
    return {"art": "kreisschluessel", "wert": entry.kreisschluessel}


@implements("stelle-in-verwaltung")
def in_administration(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    a = f.ansiedlung
    where = [a.fundstelle] if a.fundstelle else []
    if a.unklar:
        return Befund.of(regel, "nicht_pruefbar", a.unklar, where)
    if a.extern:
        return Befund.of(regel, "verletzt", MELDUNGEN["extern"].format(
            wo=a.traeger or a.einheit or "freier Träger"), where)
    if a.extern is False:
        return Befund.of(regel, "erfuellt", MELDUNGEN["intern"].format(
            einheit=a.einheit or (a.fundstelle.text[:80] if a.fundstelle else "Verwaltung")), where)
    return not_found(regel, f, "Die Angabe zur organisatorischen Anbindung")
