"""The signature (Zeichnung): a line that signs the document ("Im Auftrag", "gez. Müller",
"Mit freundlichen Grüßen")."""

from __future__ import annotations

import re

from kimdocs.facts.context import Family, Passage
from kimdocs.facts.model import Erwaehnung, Fakten

_SIGNATURE = re.compile(r"^\s*(im auftrag|in vertretung|i\.\s?a\.|i\.\s?v\.|gez\.|"
                        r"mit freundlichen grüßen|unterschrift)", re.IGNORECASE)
_GEZ = re.compile(r"\bgez\.\s")


class Signature(Family):
    def passage(self, f: Fakten, p: Passage) -> None:
        if p.kind != "heading" and f.zeichnung is None and (
                _SIGNATURE.match(p.text) or ("gez." in p.text and _GEZ.search(p.text))):
            f.zeichnung = Erwaehnung(p.text, self.ctx.at(p.location, p.text))
