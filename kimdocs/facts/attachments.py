"""What comes with the document: its Anlagen (a list "Anlagen: …" or the lines under a heading
"Anlagen"), and the Fragebogen a Jahresbericht must include (named, or named as missing)."""

from __future__ import annotations

import re

from kimdocs.facts.context import Family, Passage
from kimdocs.facts.model import Erwaehnung, Fakten
from kimdocs.facts.text import SENTENCE
from kimdocs.readers.document import Table

_ATTACHMENTS = re.compile(r"^\s*(anlagen?|anlagenverzeichnis)\s*:?\s*(.*)$", re.IGNORECASE | re.S)
_ITEM_GAP = re.compile(r"[\n;]")
_BULLETS = " -•–"
# the questionnaire by its other names: "Erhebungsbogen des MFFKI", "Evaluationsbogen"
_QUESTIONNAIRE = re.compile(r"(frage|erhebungs|evaluations|evaluierungs)b(o|ö)gen", re.IGNORECASE)
# a separable verb of sending later, its "nach" closing the clause ("Den Fragebogen reichen wir
# im Januar 2027 nach, da …", blind21, blind22), or "folgt später / gesondert / bis …"
# ("wird nach Abschluss der Auswertung im Januar 2027 gesondert übersandt", blind29; never
# "wurde bereits gesondert übersandt")
_SENT_LATER = (r"\b(?:reich|liefer|send|schick)(?:en|t)\b[^.;:!?]{0,80}?\bnach\s*(?:[,.;!]|$)|"
               r"\b(?:folgt|folgen)\s+(?:bis|gesondert|später|nach)\b|"
               r"\b(?:wird|werden)\b[^.;:!?]{0,100}?\b(?:gesondert|separat|später|nachträglich)\b"
               r"[^.;:!?]{0,30}?\b(?:übersandt|übermittelt|vorgelegt|eingereicht|zugesandt|"
               r"zugeleitet|geschickt)\b")
_MISSING = re.compile(rf"\b(?:nicht|kein|nachgereicht|fehlt)\b|{_SENT_LATER}", re.IGNORECASE)


def _mention(f: Fakten, mention: Erwaehnung) -> None:
    """The first mention of the questionnaire counts – unless a later one says it is missing
    ("… erfolgt mit diesem Bericht und dem Fragebogen." and further down "Den Fragebogen …
    wird im Januar 2027 nachgereicht.", blind14): then it is not attached."""
    if f.fragebogen is None or (mention.verneint and not f.fragebogen.verneint and any(
            _QUESTIONNAIRE.search(x) and _LATER.search(x) for x in SENTENCE.split(mention.text))):
        f.fragebogen = mention


# the questionnaire's own sentence says it comes later (a mere "nicht" may concern its content)
_LATER = re.compile(r"nachgereicht|nachreich|nachgeliefert|noch nicht|nicht beigefügt|"
                    rf"liegt\s+nicht\s+bei|{_SENT_LATER}", re.IGNORECASE)


class Attachments(Family):
    def passage(self, f: Fakten, p: Passage) -> None:
        if "bogen" in p.low and _QUESTIONNAIRE.search(p.text):
            _mention(f, Erwaehnung(p.text, self.ctx.at(p.location, p.text),
                                   bool(_MISSING.search(p.text))))
        m = _ATTACHMENTS.match(p.text)
        if m:
            f.anlagen += [a.strip(_BULLETS) for a in _ITEM_GAP.split(m.group(2))
                          if a.strip(_BULLETS)]
        elif p.section[:6].casefold().startswith("anlage") and p.kind != "heading":
            f.anlagen.append(p.text.strip(_BULLETS))

    def row(self, f: Fakten, i: int, table: Table, r: int, cells) -> None:
        row = table.rows[r]
        if any(_QUESTIONNAIRE.search(c) for c in row):
            text = " | ".join(row)
            where = table.location.in_cell(r, 1 if len(row) > 1 else 0)
            _mention(f, Erwaehnung(text, self.ctx.at(where, text), bool(_MISSING.search(text))))
