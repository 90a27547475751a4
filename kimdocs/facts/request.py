"""What an Antrag requests, where its plan lists only the Ausgaben: a sentence that puts the
requested Zuweisung at the Ausgaben themselves ("Beantragt wird eine Zuweisung in Höhe der
Gesamtausgaben je Haushaltsjahr"). Then each line's planned Ausgaben are its request
(`amounts_request.requested_in_full`); without such a sentence they only bound the request
from above (kimdocs.rules.limits)."""

from __future__ import annotations

import re

from kimdocs.facts.context import Family, Passage
from kimdocs.facts.model import Erwaehnung, Fakten

# "Zuweisung in Höhe der (gesamten|zuwendungsfähigen) (Gesamt)ausgaben", "Zuwendung in voller
# Höhe der geplanten Kosten", "in Höhe der Gesamtkosten": the grant is the Ausgaben
_AS_SPENT = re.compile(
    r"\bzu(?:weisung|wendung)\w*\b[^.;]{0,60}?\bin\s+(?:voller\s+)?h(?:ö|oe)he\s+der\s+"
    r"(?:gesamten\s+|zuwendungsf(?:ä|ae)higen\s+|geplanten\s+|vorgenannten\s+|oben\s+genannten\s+)?"
    r"(?:gesamt)?(?:ausgaben|kosten)\b", re.IGNORECASE)
# a part of them only: "abzüglich der Eigenmittel", "ohne den Eigenanteil", "nicht in voller Höhe"
_LESS = re.compile(r"\b(?:abz(?:ü|ue)glich|abzgl|ohne|nicht|teilweise|anteilig|eigen\w*|"
                   r"drittmittel\w*)\b", re.IGNORECASE)


class Request(Family):
    def passage(self, f: Fakten, p: Passage) -> None:
        if f.art != "antrag" or f.beantragt_wie_ausgaben is not None or "he der" not in p.low:
            return
        for sentence in re.split(r"(?<=[.;])\s+", p.text):
            if _AS_SPENT.search(sentence) and not _LESS.search(sentence):
                f.beantragt_wie_ausgaben = Erwaehnung(sentence, self.ctx.at(p.location, sentence))
                return
