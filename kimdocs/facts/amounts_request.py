"""What an Antrag requests when it says so once for the whole plan (issue 19, blind7 a03): a
filled-in form's plan table states the costs per year ("Ausgabenart | 2026 | 2027 | Summe")
and one sentence under it the request, "Beantragte Zuwendung: 63.000,00 € (entspricht den
Gesamtausgaben; Eigenmittel: keine)". A line word the sentence denies ("Eigenmittel: keine")
names no line of that amount; and a request without a year equal to the plan's total over all
years, with no Eigenanteil, makes every planned line of every year a requested one – only where
the plan's years add up to that total (else a plan stays a plan: the request may be less)."""

from __future__ import annotations

import re
from decimal import Decimal

from kimdocs.facts import table_parts
from kimdocs.facts.model import Fakten

# "Eigenmittel: keine", "Eigenanteil entfällt", "Eigenmittel 0,00 €", "keine Eigenmittel",
# "ohne Eigenanteil"
_NONE_AFTER = r"\s*[:=]?\s*(?:keine?\b|entfällt\b|nicht\s+vorgesehen\b|0(?:,0+)?\s*(?:€|eur\b))"
_NONE_BEFORE = r"\b(?:keine?|ohne)\s+"


def denied(low: str, word: str) -> bool:
    """The line word `word` in `low` (casefolded) only where the text says there is none."""
    spots = [m.start() for m in re.finditer(re.escape(word), low)]
    return bool(spots) and all(
        re.match(rf"{re.escape(word)}\w*{_NONE_AFTER}", low[k:])
        or re.search(rf"{_NONE_BEFORE}$", low[:k]) for k in spots)


def requested_overall(f: Fakten) -> None:
    """Every planned Personal- and Sachkosten amount of a year becomes requested where the
    document names no requested amount of a line, requests one amount without a year, that
    amount is the plan's stated total over all years, the lines of the years add up to it, and
    no Eigenanteil is named."""
    if any(b.rolle in ("beantragt", "zuwendung") and b.posten in ("personal", "sach")
           for b in f.betraege):
        return
    if any(b.posten == "eigenanteil" and b.wert > 0 for b in f.betraege):
        return
    asked = {b.wert for b in f.betraege if b.rolle in ("beantragt", "zuwendung")
             and b.posten in (None, "gesamt") and b.jahr is None}
    planned_total = {b.wert for b in f.betraege if b.rolle == "geplant" and b.summe
                     and b.posten in (None, "gesamt") and b.jahr is None}
    lines = [b for b in f.betraege if b.rolle == "geplant" and b.posten in ("personal", "sach")
             and b.jahr is not None and not b.summe]
    if len(asked) != 1 or asked != planned_total or not lines:
        return
    if sum((b.wert for b in lines), Decimal(0)) != next(iter(asked)):
        return
    for b in lines:
        b.rolle = "beantragt"


def requested_in_full(f: Fakten) -> None:
    """An Antrag whose plan states its costs ("Ausgaben 2026": Personalkosten, Sachkosten,
    "Gesamtsumme der Ausgaben" 78.000 €) and requests exactly that total ("beantragte
    Zuwendung" 78.000 €, no Eigenanteil): the planned amount of a line is what is requested for
    it, where the document names no requested amount of that line and year. Only where the
    totals reconcile, or a sentence requests the Ausgaben themselves ("Beantragt wird eine
    Zuweisung in Höhe der Gesamtausgaben", kimdocs.facts.request) – else a planned amount stays
    a plan, which bounds the request from above only (the request may be less)."""
    stated = f.beantragt_wie_ausgaben is not None
    years = {b.jahr for b in f.betraege if b.jahr}
    for jahr in years:
        of_year = [b for b in f.betraege if b.jahr == jahr]
        planned = {b.wert for b in of_year if b.rolle == "geplant" and b.posten in (None, "gesamt")
                   and table_parts.grand_total(b.bezeichnung, b.summe)}
        asked = {b.wert for b in of_year if b.rolle in ("beantragt", "zuwendung")
                 and b.posten in (None, "gesamt")}
        own = any(b.posten == "eigenanteil" and b.wert > 0 for b in of_year)
        if not stated and (own or len(planned) != 1 or planned != asked):
            continue
        named = {b.posten for b in of_year if b.rolle in ("beantragt", "zuwendung")}
        for b in of_year:
            if b.rolle == "geplant" and b.posten in ("personal", "sach") and b.posten not in named:
                b.rolle = "beantragt"
