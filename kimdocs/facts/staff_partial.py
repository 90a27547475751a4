"""A document that names only one part of the post (issue 19, blind31 b10): a Bescheid grants
"Der auf den unbesetzten Stellenanteil (0,5 VZÄ, N. N., geplanter Beginn 01.04.2027)
entfallende Betrag von 22.500 EUR wird unter der Bedingung bewilligt, …" – the definite "den
unbesetzten Stellenanteil" is one part of a post whose other parts the text does not name.
Its 0,5 VZÄ are not the post: the personnel cap of that part alone (22.500 EUR) is no cap of
the grant (52.500 EUR). A Bescheid need not repeat the shares of its Antrag: its amounts are
held to the cap of the whole post, as where it names none (kimdocs.rules.money); in an Antrag
or a report, which must state them, the staff is unclear – nicht prüfbar, never a guess."""

from __future__ import annotations

import re

from kimdocs.facts.model import Fakten
from kimdocs.facts.staff_match import UNNAMED

MELDUNG_TEIL = ("Das Dokument nennt nur einen Teil der Stelle („{text}“), die übrigen Anteile "
                "nicht; Gesamtumfang und Höchstbetrag sind so nicht bestimmbar. Bitte alle "
                "Stellenanteile angeben.")
# the definite part of a post: "den unbesetzten Stellenanteil", "der übrige Anteil", "des noch
# freien Stellenanteils"
_ONE_PART = re.compile(r"\b(?:der|den|des|dem)\s+(?:noch\s+)?(?:unbesetzte|vakante|freie|übrige|"
                       r"restliche|verbleibende)[nrs]?\s+(?:Stellen)?anteils?\b", re.IGNORECASE)


def only_a_part(f: Fakten, art: str) -> None:
    """Where every part read is unnamed and stands in a text that calls it one part of the
    post, and no total is stated: a Bescheid keeps no part, another document's staff is
    unclear."""
    if not f.stellen or f.stellen_gesamt is not None or f.stellen_unklar:
        return
    texts = []
    for p in f.stellen:
        text = p.fundstellen[0].text if p.fundstellen and p.fundstellen[0].text else ""
        if p.wer not in UNNAMED or p.abschnitte or not _ONE_PART.search(text):
            return
        texts.append(text)
    if art == "bescheid":
        f.stellen = []
    else:
        f.stellen_unklar = MELDUNG_TEIL.format(text=" ".join(texts[0].split())[:120])
