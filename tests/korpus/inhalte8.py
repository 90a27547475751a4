"""Contents of the development corpus, probe round 7 (issue 19): manifest.yaml entries whose
`inhalt` starts with "v-" (wired into inhalte.BUILDERS).

Correct documents full of figures that are no amounts, shares or dates, and the defects hidden
among them: Aktenzeichen with numbers and dates („Az. 50.2-KIM/2026-01“), Haushaltsstellen and
Produktkonten („1.3110.7150“, „31.10.01“), Gemeindeschlüssel, phone numbers, IBAN, Entgeltgruppe
and Stufe, „Förderquote 100 %“, „Tarifsteigerung 2,5 %“, „Eigenanteil 10 %“, Fallzahlen,
paragraph numbers („§ 44 LHO“, „Nr. 5.1“); documents mixing notations (a share as % in a table
and as Std. in the text; amounts in T€ in one table and € in another); totals stated twice;
footnotes. The four builders take the older builders' documents (inhalte6: Antrag as a cover
letter with attachments, Bescheid; inhalte4: Jahresbericht, Vorlage) and put the manifest's own
blocks into them:

  einschub: [{nach: TEXT, elemente: [...]}]  after the first item whose text contains TEXT
            ({vor: TEXT, …} before it)
  ersetze:  [{text: TEXT, elemente: [...]}]  the first item whose text contains TEXT replaced
  anhang:   [...]                            appended at the end
  vorne:    [...]                            put after the first item (the letterhead)

Every figure an expectation depends on is written in the manifest entry itself.
"""

from __future__ import annotations

from korpus import inhalte4 as _r
from korpus import inhalte6 as _t


def _text(item: dict) -> str:
    value = next(iter(item.values()))
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return " ".join(" ".join(map(str, v)) if isinstance(v, list) else str(v) for v in value)
    return ""


def _finde(out: list[dict], text: str) -> int:
    for n, item in enumerate(out):
        if text in _text(item):
            return n
    raise ValueError(f"Einschub: „{text}“ kommt im Dokument nicht vor")


def _elemente(raw: list) -> list[dict]:
    """Manifest items as outline items: tables' cells as strings."""
    out = []
    for item in raw:
        key, value = next(iter(item.items()))
        if key in ("tabelle", "formular"):
            value = [[str(c) for c in row] for row in value]
        out.append({key: value})
    return out


def _einsetzen(out: list[dict], p: dict) -> list[dict]:
    for e in p.get("ersetze", ()):
        n = _finde(out, e["text"])
        out[n:n + 1] = _elemente(e["elemente"])
    for e in p.get("einschub", ()):
        if "vor" in e:
            n = _finde(out, e["vor"])
        else:
            n = _finde(out, e["nach"]) + 1
        out[n:n] = _elemente(e["elemente"])
    if p.get("vorne"):
        out[1:1] = _elemente(p["vorne"])
    out += _elemente(p.get("anhang", ()))
    return out


def antrag(p: dict) -> list[dict]:
    return _einsetzen(_t.antrag_anlagen(p), p)


def bescheid(p: dict) -> list[dict]:
    return _einsetzen(_t.bescheid(p), p)


def jahresbericht(p: dict) -> list[dict]:
    return _einsetzen(_r.jahresbericht(p), p)


def vorlage(p: dict) -> list[dict]:
    return _einsetzen(_r.vorlage(p), p)


KOMMUNEN: dict = {}


def kommune(key: str) -> dict:  # the Kommunen come from inhalte4 / inhalte6
    return _t.kommune(key)


BUILDERS = {"v-antrag": antrag, "v-bescheid": bescheid, "v-jahresbericht": jahresbericht,
            "v-vorlage": vorlage}
