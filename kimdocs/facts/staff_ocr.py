"""Staff shares a scan misread (issue 18): „10 VZÄ“ for 1,0 VZÄ, „O5VZA“ for 0,5 VZÄ – the
decimal comma lost, a zero read as the letter O. No one holds more than a full post, so a share
above 1,0 VZÄ for one person on a page read by OCR is doubtful.

A doubtful share is reconciled only where the document states the value twice and both agree:
the misread cell must allow it (its digits, misread letters undone, with the comma restored),
and a second place must say it – the same person's share elsewhere (a cost table's row, a
sentence, another table) or the stated total less the other shares. A value never comes from
the total alone, nor from a guess between readings. Not reconciled, a share up to 2 VZÄ stays
as read but unsure (a rule it would break is *nicht prüfbar*, kimdocs.rules.registry.doubtful);
one impossible as read makes the staff unreadable (Fakten.stellen_unklar)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from kimdocs.facts.model import Fakten, Stellenanteil
from kimdocs.findings import Fundstelle
from kimdocs.readers.document import Document, Location

# the digits of a share as Tesseract may give them: O for 0, I/l/| for 1, S for 5, B for 8
_DIGITS = str.maketrans("OoIl|SB", "0011158")
_SPELLED = re.compile(r"(?<![^\W\d_])([0-9OoIl|SB][0-9OoIl|SB,.]*?)[\s.,]*[Vv]\s*[Zz]")
_ONE = Decimal(1)
_DIGIT = re.compile(r"\d")
UNSICHER = ("Stellenanteil auf Seite {seite} unsicher erkannt: „{gelesen}“ (mehr als 1,0 VZÄ "
            "für eine Person)")


def read_by_ocr(document: Document, location: Location | None) -> bool:
    """Whether the page of `location` was read by OCR."""
    return location is not None and any(p.page == location.page for p in document.ocr_pages)


def cost_row_shares(row: list[str], found, label: re.Pattern) -> list[tuple[str, Decimal]]:
    """A cost row's person and share, read sure ("Miriam Beispiel | E 11 | 1,0 VZÄ |
    68.000,00 EUR"): a second place that states a person's share. `label`: a staff table's
    header words, which name no person."""
    who = next((c.strip() for c in row if c.strip() and not _DIGIT.search(c)), "")
    if not who or label.search(who):
        return []
    return [(who, g.value) for g in found if g.kind == "vzae" and not g.uncertain
            and 0 < g.value <= 1]


def readings(cell: str, value: Decimal) -> set[Decimal]:
    """The shares a misread cell may mean: its figure as written where that has a decimal
    comma and is at most 2 VZÄ, else the digits with a comma restored, at most 1,0 VZÄ
    („10“ → 1,0; „O5“ → 0,5; „075“ → 0,75)."""
    found = _SPELLED.search(cell)
    spelled = found.group(1) if found else format(value, "f")
    digits = spelled.translate(_DIGITS)
    if not digits.replace(",", "").replace(".", "").isdigit():
        return set()
    if "," in digits or "." in digits:
        try:
            read = Decimal(digits.replace(".", ",").replace(",", ".", 1).replace(",", ""))
        except InvalidOperation:
            return set()
        return {read} if 0 < read <= 2 else set()
    out = {Decimal(f"{digits[:k]}.{digits[k:]}") for k in range(1, len(digits))}
    return {v for v in out if 0 < v <= _ONE}


def _name(who: str) -> str:
    return " ".join(who.split()).casefold()


def _sure(p: Stellenanteil) -> bool:
    return not any(w.unsicher for w in p.fundstellen)


def reconcile(f: Fakten, doubtful: list[tuple[Stellenanteil, str]],
              elsewhere: list[tuple[str, Decimal]], unreadable: list[tuple[str, str]]) -> None:
    """Add the doubtful table shares (part as read, its cell's text) to `f.stellen`, each
    reconciled, unsure, or named in `unreadable` (see the module)."""
    left = []
    for part, cell in doubtful:
        options = readings(cell, part.vzae)
        said = {v for who, v in elsewhere if _name(who) == _name(part.wer)}
        said |= {p.vzae for p in f.stellen if _name(p.wer) == _name(part.wer) and _sure(p)}
        if len(said) == 1 and said <= options:
            _take(f, part, said.pop())
        else:
            left.append((part, cell, options, said))
    if len(left) == 1 and f.stellen_gesamt is not None and not left[0][3]:
        part, _, options, _ = left[0]
        rest = f.stellen_gesamt - sum((p.vzae for p in f.stellen), Decimal(0))
        if rest in options:
            _take(f, part, rest)
            left = []
    for part, cell, _, said in left:
        if part.vzae <= 2 and not said:
            part.fundstellen = [_unsure(w, cell) for w in part.fundstellen]
            _insert(f.stellen, part)
        else:
            unreadable.append((part.wer, cell.strip()))


def _unsure(where: Fundstelle, cell: str) -> Fundstelle:
    if where.unsicher:
        return where
    return replace(where, unsicher=UNSICHER.format(seite=where.seite, gelesen=" ".join(
        cell.split())))


def _take(f: Fakten, part: Stellenanteil, value: Decimal) -> None:
    """The part, read as `value` (the document says it twice): sure; merged into the same
    person's part where one is listed."""
    part.vzae = value
    part.fundstellen = [replace(w, unsicher=None) for w in part.fundstellen]
    same = next((p for p in f.stellen if _name(p.wer) == _name(part.wer)), None)
    if same is not None:
        same.fundstellen = part.fundstellen + same.fundstellen
        return
    _insert(f.stellen, part)


def _insert(parts: list[Stellenanteil], part: Stellenanteil) -> None:
    """In the order of the document: before the first part that stands after it."""
    def at(p: Stellenanteil) -> tuple[int, tuple[int, int]]:
        w = p.fundstellen[0] if p.fundstellen else None
        if w is None or w.block is None:
            return (1 << 30, (0, 0))
        return (w.block, w.zelle or (0, 0))
    key = at(part)
    k = next((k for k, p in enumerate(parts) if at(p) > key), len(parts))
    parts.insert(k, part)
