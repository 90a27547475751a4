"""Small helpers the rule groups share: Befund construction and the facts' amounts."""

from __future__ import annotations

from decimal import Decimal

from kimdocs.facts import Betrag, Fakten
from kimdocs.findings import Befund
from kimdocs.guideline import Regel

NOT_FOUND = "{was} wurde im Dokument nicht gefunden; die Regel kann nicht geprüft werden."
NOT_FOUND_DATA = "{was} fehlt in den Daten; die Regel kann nicht geprüft werden."

# which amounts count for a document type, in order (unlabelled amounts after): in a
# Jahresbericht with an Eigenanteil, and in a Verwendungsnachweis, the spending "davon aus der
# Zuwendung" is held to the cap and to the grant (KIM-113)
ROLES = {"antrag": ("beantragt", "zuwendung"), "bescheid": ("bewilligt", "zuwendung"),
         "jahresbericht": ("zuwendung", "verausgabt"),
         "verwendungsnachweis": ("zuwendung", "verausgabt"), "vorlage": ()}
OTHER_ROLES = {"geplant", "eigenanteil"}


def not_found(regel: Regel, f: Fakten, was: str) -> Befund:
    text = NOT_FOUND_DATA if f.quelle == "daten" else NOT_FOUND
    return Befund.of(regel, "nicht_pruefbar", text.format(was=was))


def amounts(f: Fakten, posten: str, roles: tuple[str, ...] | None = None
            ) -> tuple[list[Betrag], bool]:
    """The amounts of one line in this document's role (or in `roles`), per year the largest
    (a total of the line where one is stated); and whether they were taken without a role
    word."""
    found = []
    pool = [b for b in f.betraege if b.posten == posten and not _after_report(f, b)]
    for role in ROLES.get(f.art, ()) if roles is None else roles:  # the document's own first
        found = [b for b in pool if b.rolle == role]
        if found:
            break
    fallback = False
    if not found:
        found = [b for b in pool if b.rolle is None]
        fallback = bool(found)
    if any(b.jahr for b in found):  # a sum over the years stands without a year
        found = [b for b in found if b.jahr]
    found = _column_sums(found) if posten == "sach" else found
    by_year: dict[int | None, Betrag] = {}
    for b in found:
        best = by_year.get(b.jahr)
        if best is None or (b.summe, b.wert) > (best.summe, best.wert):
            by_year[b.jahr] = b
    return list(by_year.values()), fallback


def _after_report(f: Fakten, b: Betrag) -> bool:
    """An amount of a Jahresbericht for a year after its Berichtsjahr: a plan in its Ausblick
    ("Für 2027 planen wir Sachkosten von 24.000 €"), neither spent nor granted in the years it
    reports on (issue 19, probe round 4)."""
    return f.art == "jahresbericht" and bool(f.berichtsjahr and b.jahr) and \
        b.jahr > f.berichtsjahr  # type: ignore[operator]


def _column_sums(found: list[Betrag]) -> list[Betrag]:
    """Sachkosten items in the rows of one table column ("Netzwerkarbeit", "Sprachmittlung",
    …) stand for their sum, not each for the line: one amount per column and year."""
    from dataclasses import replace

    out, columns = [], {}
    for b in found:
        fs = b.fundstelle
        if b.summe or fs is None or fs.zelle is None or fs.block is None:
            out.append(b)
        else:
            columns.setdefault((b.jahr, fs.block, fs.zelle[1]), []).append(b)
    for items in columns.values():
        if len(items) == 1:
            out.append(items[0])
            continue
        out.append(replace(items[0], wert=total(b.wert for b in items),
                           bezeichnung=" + ".join(b.bezeichnung.split(" / ")[0] for b in items)))
    return out


def total(values) -> Decimal:
    return sum(values, Decimal(0))
