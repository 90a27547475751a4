"""A share the document names only as what is left after a reduction (issue 19, probe round
5): "Die Stelle ist seit dem 01.05.2026 nur noch mit 0,5 VZÄ besetzt" – before that date the
post had a larger share the document does not state. Read as the extent of the whole year it
would set the personnel cap too low (a false Fehler on a correct Änderungsbescheid); the
earlier share is unknown, so the staff is unclear (Fakten.stellen_unklar) and the rules that
depend on it are nicht prüfbar with the reason."""

from __future__ import annotations

import re

from kimdocs.facts.context import Family
from kimdocs.facts.model import Fakten

MELDUNG_REST = ("Das Dokument nennt den Stellenanteil nur als den nach einer Verringerung "
                "verbliebenen („{text}“); den Anteil davor nennt es nicht, und davon hängt der "
                "Höchstbetrag ab. Bitte die Stellenanteile mit Beginn und Ende angeben.")
# "nur noch", "lediglich noch" with a date the remaining share holds from
_REST = re.compile(r"\b(?:nur|lediglich)\s+noch\b", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:seit|ab|zum|mit wirkung vom)\b", re.IGNORECASE)


class ReducedShare(Family):
    def finish(self, f: Fakten) -> None:
        if f.stellen_unklar is not None or len(f.stellen) != 1:
            return  # the earlier share stated as a part of its own: the parts say it all
        p = f.stellen[0]
        text = p.fundstellen[0].text if p.fundstellen and p.fundstellen[0].text else ""
        period = f.zeitraum()
        later = p.beginn is None or (period is not None and p.beginn > period.beginn)
        if later and not p.abschnitte and _REST.search(text) and _SINCE.search(text):
            f.stellen_unklar = MELDUNG_REST.format(text=" ".join(text.split())[:160])
