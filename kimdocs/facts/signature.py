"""The signature (Zeichnung): a line that signs the document ("Im Auftrag", "gez. Müller",
"Mit freundlichen Grüßen"), or the signer's name with a function right under a place-and-date
line ("Kusel, 14.10.2025" / "Otto Rubly, Landrat"). A place-and-date line alone, or a date in
the letterhead, signs nothing (issue 19, blind5: an unsigned Antrag taken as signed)."""

from __future__ import annotations

import re

from kimdocs.facts.context import Family, Passage
from kimdocs.facts.model import Erwaehnung, Fakten

_SIGNATURE = re.compile(r"^\s*(im auftrag|in vertretung|i\.\s?a\.|i\.\s?v\.|gez\.|"
                        r"mit freundlichen grüßen|unterschrift)", re.IGNORECASE)
_GEZ = re.compile(r"\bgez\.\s")
# "Kusel, 14.10.2025", "Pirmasens, den 02.12.2025"
_PLACE_DATE = re.compile(r"^\s*[A-ZÄÖÜ][\w .()/-]{1,60},\s*(?:den\s+)?(?:\d{1,2}\.\s?\d{1,2}\."
                         r"\s?\d{4}|\d{4}-\d{2}-\d{2})\s*$")
# "Otto Rubly, Landrat", "Dr. Maria Schmitt, Oberbürgermeisterin": a name, a comma, a function
_NAME_FUNCTION = re.compile(r"^\s*(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][a-zäöüß-]+(?:\s+[A-ZÄÖÜ]"
                            r"[\w'-]+){1,3},\s+[A-ZÄÖÜ][\w -]{2,60}\s*$")


class Signature(Family):
    def __init__(self, ctx):
        super().__init__(ctx)
        self._dated = -2  # the block of the last place-and-date line

    def passage(self, f: Fakten, p: Passage) -> None:
        if p.kind == "heading" or f.zeichnung is not None:
            return
        if _SIGNATURE.match(p.text) or ("gez." in p.text and _GEZ.search(p.text)) or (
                p.index == self._dated + 1 and _NAME_FUNCTION.match(p.text)):
            f.zeichnung = Erwaehnung(p.text, self.ctx.at(p.location, p.text))
        elif p.kind == "paragraph" and _PLACE_DATE.match(p.text):
            self._dated = p.index
