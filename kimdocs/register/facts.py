"""Plain facts for the register, from the public data models and from report dicts.

The register stores facts and hashes, never the uploaded file. Amounts are strings (no float
touches money), dates ISO strings. Which Kommune a checked file belongs to is taken, in this
order, from the caller, from the report (its field `kreisschluessel`: the Kommune KIM-101
found eligible), or from the file name (`Jahresbericht_Koblenz_2026.pdf`). The register reads
the report's fields, never the messages (those are for people).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kimdocs.errors import KimdocsError
from kimdocs.guideline.kommunen import eligible_list
from kimdocs.register.fehler import RegisterError
from kimdocs.rules import load_guideline

_JAHR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")


@dataclass(frozen=True)
class Eintrag:
    """What recording a document did: `neu`, `bekannt` (same sha256) or `ersetzt`."""

    dokument_id: int
    status: str
    ersetzt: int | None = None
    kommune: str | None = None


@dataclass(frozen=True)
class KommuneRef:
    kreisschluessel: str
    name: str
    art: str | None = None


@lru_cache(maxsize=8)
def kommunen(richtlinie_id: str | None = None) -> tuple[KommuneRef, ...]:
    """The eligible Kommunen the guideline names (`parameter.berechtigte`, e.g.
    kimdocs/guideline/listen/kommunen-rlp.yaml); none when it names no list."""
    try:
        liste = eligible_list(load_guideline(richtlinie_id) if richtlinie_id
                              else load_guideline())
    except KimdocsError as exc:
        raise RegisterError(f"Liste der Kommunen nicht lesbar ({exc})") from None
    if liste is None:
        return ()
    return tuple(KommuneRef(e.kreisschluessel, e.name, e.art) for e in liste.eintraege)


def find_kommune(value: Any, richtlinie_id: str | None = None) -> KommuneRef:
    """A Kommune from a Kreisschlüssel, a name, a dict or a data model's `Kommune`, looked up
    in the guideline's list of eligible Kommunen (a guideline without a list: as given)."""
    if isinstance(value, KommuneRef):
        return value
    if value is not None and not isinstance(value, str | dict):  # kimdocs.model.Kommune
        value = {"name": value.name, "kreisschluessel": value.kreisschluessel, "art": value.art}
    if isinstance(value, dict):
        ks, name = value.get("kreisschluessel"), value.get("name")
        if ks:
            known = next((k for k in kommunen(richtlinie_id) if k.kreisschluessel == ks), None)
            return KommuneRef(ks, (known.name if known else name) or ks,
                              value.get("art") or (known.art if known else None))
        value = name
    text = (value or "").strip()
    liste = kommunen(richtlinie_id)
    if not liste and text:
        return KommuneRef(text, text)
    hit = [k for k in liste if text in (k.kreisschluessel, k.name)]
    if len(hit) == 1:
        return hit[0]
    if len(hit) > 1:
        raise RegisterError(f"Kommune „{text}“ ist mehrdeutig; bitte den Kreisschlüssel "
                            f"angeben ({', '.join(k.kreisschluessel for k in hit)})",
                            field="kommune")
    raise RegisterError(f"Kommune „{text}“ ist nicht in der Liste der Kommunen",
                        field="kommune")


def kommune_from_report(bericht: dict[str, Any]) -> KommuneRef | None:
    """The Kommune a report names: its `kreisschluessel` (KIM-101 erfüllt), else the file
    name."""
    if bericht.get("kreisschluessel"):
        return find_kommune(str(bericht["kreisschluessel"]), bericht.get("richtlinie") or None)
    stem = Path(str(bericht.get("datei", ""))).stem.replace("_", " ").replace("-", " ")
    words = f" {stem.lower()} "
    hits = [k for k in kommunen(bericht.get("richtlinie") or None)
            if f" {k.name.lower()} " in words]
    # the longest name wins (Kaiserslautern vs. Landkreis Kaiserslautern is left undecided)
    if hits:
        best = max(hits, key=lambda k: len(k.name))
        if sum(k.name == best.name for k in hits) == 1:
            return best
    return None


def kind_and_year(bericht: dict[str, Any], art: str | None) -> tuple[str | None, int | None]:
    """What a checked document is in the register, and its year: a Verwendungsnachweis the
    checker recognised as a Zwischennachweis is one (its finished Haushaltsjahr); a
    Jahresbericht has its Berichtsjahr."""
    if art == "verwendungsnachweis" and bericht.get("zwischennachweis_jahr"):
        return "zwischennachweis", int(bericht["zwischennachweis_jahr"])
    return art, year_from_report(bericht) if art == "jahresbericht" else None


def year_from_report(bericht: dict[str, Any]) -> int | None:
    """The Berichtsjahr: the report's `berichtsjahr`, else a year in the file name."""
    if bericht.get("berichtsjahr"):
        return int(bericht["berichtsjahr"])
    m = _JAHR.search(Path(str(bericht.get("datei", ""))).stem)
    return int(m[1]) if m else None


def data_sha256(doc: Any) -> str:
    """sha256 of a data model's canonical JSON: the same data, the same entry."""
    data = doc.model_dump(mode="json") if hasattr(doc, "model_dump") else doc
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def zeitraum_dict(z: Any) -> dict[str, str]:
    return {"beginn": z.beginn.isoformat(), "ende": z.ende.isoformat()}


def stellen(antrag: Any) -> list[dict[str, Any]]:
    return [{"person": s.person, "vzae": str(s.vzae), "beginn": s.beginn.isoformat(),
             "ende": s.ende.isoformat() if s.ende else None} for s in antrag.stellen]


def antrag_facts(antrag: Any) -> dict[str, Any]:
    return {"zeitraum": zeitraum_dict(antrag.zeitraum), "stellen": stellen(antrag),
            "beantragt": {str(p.jahr): {"personalkosten": str(p.beantragt_personalkosten),
                                        "sachkosten": str(p.beantragt_sachkosten)}
                          for p in antrag.finanzierungsplan}}


def berechnung_facts(berechnung: Any) -> dict[str, Any]:
    return {"jahre": {str(j.jahr): {"personalkosten": str(j.personalkosten),
                                    "sachkosten": str(j.sachkosten), "gesamt": str(j.gesamt),
                                    "monate": j.monate} for j in berechnung.jahre},
            "gesamt": str(berechnung.gesamt)}


def mitberichtet(jahre: dict[str, Any], mindestmonate: int) -> int | None:
    """The first Haushaltsjahr of a Bescheid when it has fewer full months than the guideline's
    minimum and is reported with the next year (as the Bescheid says), else None. `jahre`:
    the booked facts' {"2025": {"monate": 1, …}, …}."""
    ordered = sorted((int(j), int(v.get("monate") or 0)) for j, v in (jahre or {}).items())
    if len(ordered) > 1 and ordered[0][1] < mindestmonate:
        return ordered[0][0]
    return None


def report_findings(bericht: dict[str, Any]) -> list[dict[str, Any]]:
    """The findings worth keeping: what is not fulfilled, with code and message."""
    keep = ("code", "name", "status", "schwere", "meldung", "klausel")
    return [{k: b.get(k) for k in keep} | {"seite": next(
        (f.get("seite") for f in b.get("fundstellen", []) if f.get("seite")), None)}
        for b in bericht.get("ergebnisse", []) if b.get("status") != "erfuellt"]


