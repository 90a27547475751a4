"""What comes with the document: its Anlagen (a list "Anlagen: …" or the lines under a heading
"Anlagen"), and the Fragebogen a Jahresbericht must include (named, or named as missing)."""

from __future__ import annotations

import re

from kimdocs.facts.context import Family, Passage
from kimdocs.facts.model import Erwaehnung, Fakten
from kimdocs.readers.document import Table

_ATTACHMENTS = re.compile(r"^\s*(anlagen?|anlagenverzeichnis)\s*:?\s*(.*)$", re.IGNORECASE | re.S)
_ITEM_GAP = re.compile(r"[\n;]")
_BULLETS = " -•–"
# the questionnaire by its other names: "Erhebungsbogen des MFFKI", "Evaluationsbogen"
_QUESTIONNAIRE = re.compile(r"(frage|erhebungs|evaluations|evaluierungs)b(o|ö)gen", re.IGNORECASE)
_MISSING = re.compile(r"\b(nicht|kein|nachgereicht|fehlt)\b", re.IGNORECASE)


class Attachments(Family):
    def passage(self, f: Fakten, p: Passage) -> None:
        if f.fragebogen is None and "bogen" in p.low and _QUESTIONNAIRE.search(p.text):
            f.fragebogen = Erwaehnung(p.text, self.ctx.at(p.location, p.text),
                                      bool(_MISSING.search(p.text)))
        m = _ATTACHMENTS.match(p.text)
        if m:
            f.anlagen += [a.strip(_BULLETS) for a in _ITEM_GAP.split(m.group(2))
                          if a.strip(_BULLETS)]
        elif p.section[:6].casefold().startswith("anlage") and p.kind != "heading":
            f.anlagen.append(p.text.strip(_BULLETS))

    def row(self, f: Fakten, i: int, table: Table, r: int, cells) -> None:
        row = table.rows[r]
        if any(_QUESTIONNAIRE.search(c) for c in row) and f.fragebogen is None:
            text = " | ".join(row)
            where = table.location.in_cell(r, 1 if len(row) > 1 else 0)
            f.fragebogen = Erwaehnung(text, self.ctx.at(where, text), bool(_MISSING.search(text)))
