"""Small pieces every document's template context shares: texts, persons, the Kommune,
periods, headings from the guideline, enumerations. Values are strings, never None."""

from __future__ import annotations

from kimdocs.formatting import format_date, format_decimal
from kimdocs.guideline import Richtlinie
from kimdocs.model import DOCUMENT_TITLES, Kommune, Person, Zeitraum

LEER = ""  # an optional field left empty stays empty (a dash reads as a value in a letter)


CHECKED, UNCHECKED = "☒", "☐"


def text_or_empty(value: str | None) -> str:
    return value if value else LEER


def paragraphs(text: str | None) -> list[str]:
    """Split a YAML block into paragraphs at blank lines; inner line breaks become spaces."""
    if not text:
        return []
    blocks = [" ".join(line.strip() for line in block.splitlines()).strip()
              for block in text.strip().split("\n\n")]
    return [b for b in blocks if b]


def period_of(z: Zeitraum) -> dict[str, str]:
    return {"beginn": format_date(z.beginn), "ende": format_date(z.ende)}


def person_of(p: Person) -> dict[str, str]:
    # empty stays empty: a letter leaves out a line rather than printing a dash
    return {"name": p.name, "funktion": p.funktion or "", "telefon": p.telefon or "",
            "fax": p.fax or "", "email": p.email or ""}


def legal_name(kommune: Kommune) -> str:
    """The body as a legal person: 'Stadt Koblenz', 'Landkreis Germersheim'."""
    prefix = {"kreisfreie_stadt": "Stadt", "landkreis": "Landkreis"}.get(kommune.art or "")
    if prefix is None or kommune.name.lower().endswith("kreis") or "kreis " in kommune.name:
        return kommune.name  # 'Westerwaldkreis', 'Eifelkreis Bitburg-Prüm'
    return f"{prefix} {kommune.name}"


def kommune_of(k: Kommune) -> dict:
    return {
        "name": k.name,
        "bezeichnung": k.anzeigename,
        "rechtstraeger": legal_name(k),
        "kreisschluessel": text_or_empty(k.kreisschluessel),
        "ags": text_or_empty(k.ags),
        "anschrift": k.anschrift.zeilen() if k.anschrift else [],
    }


def headings_of(richtlinie: Richtlinie, kind: str) -> dict[str, str]:
    """Section headings keyed by rule name with '_' for '-' (`h.bescheid_bewilligung`)."""
    return {r.name.replace("-", "_"): r.ueberschrift for r in richtlinie.abschnitte(kind)}


def common_of(kind: str, richtlinie: Richtlinie) -> dict:
    return {
        "h": headings_of(richtlinie, kind),
        "titel": DOCUMENT_TITLES[kind],
        "programm": richtlinie.titel,
        "behoerde": behoerde_of(richtlinie),
    }


def behoerde_of(richtlinie: Richtlinie) -> dict:
    b = richtlinie.parameter.bewilligungsbehoerde
    ort = b.anschrift[-1].split(" ", 1)[-1] if b.anschrift else ""
    return {"name": b.name, "kurz": b.kurz, "anschrift": list(b.anschrift), "ort": ort,
            "oberste_landesbehoerde": b.oberste_landesbehoerde}


def frist_text(richtlinie: Richtlinie) -> str:
    frist = richtlinie.need("jahresbericht_frist")
    return f"{frist.tag:02d}.{frist.monat:02d}."


def aufzaehlung(items: list[str]) -> str:
    """'2025 und 2026', 'A, B und C'."""
    items = [str(i) for i in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " und " + items[-1]


def jahre_text(jahre: list[int]) -> str:
    """'das Haushaltsjahr 2026' / 'die Haushaltsjahre 2025 und 2026'."""
    word = "das Haushaltsjahr" if len(jahre) == 1 else "die Haushaltsjahre"
    return f"{word} {aufzaehlung(jahre)}"


def monate_text(n, word: str = "Monat") -> str:
    return f"{format_decimal(n)} {word}{'' if n == 1 else 'e'}"


def zusatz_text(zusatz: str) -> str:
    """The Zeichnung line above the name: nothing for a signature without Zusatz."""
    return "" if zusatz == "ohne Zusatz" else zusatz
