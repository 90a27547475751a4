"""Amounts a document names but does not claim or grant (issue 19, probe round 5): the former
amount of a change ("bei den Personalausgaben von 60.000,00 € auf 40.000,00 € herabgesetzt",
"statt bisher 30.000 €", "bisher 60.000,00 €, künftig 45.000,00 €"), a change by a difference
("um 5.000 € erhöht"), a column of former amounts or changes ("bisher bewilligt",
"Veränderung"), and, in a Bescheid, the Antrag's figures quoted before the grant ("Mit Ihrem
Antrag vom … haben Sie folgende Ausgaben angemeldet:" and the list under it, a column "lt.
Antrag"), and in a Folgeantrag the amounts the earlier Bescheid granted ("Mit Bescheid vom
… wurden für 2026 … bewilligt"). The former amount and the difference get the role "bisher", which no rule reads as
the line; the new amount of a change takes the line its clause names before "von"/"bisher"
("bei den Sachausgaben von 20.000 € auf 13.000 €": Sachausgaben), not a line word that follows
it; a quoted request gets the role "beantragt"."""

from __future__ import annotations

import re

from kimdocs.facts.text import SENTENCE, figure_offsets
from kimdocs.readers.document import Paragraph, Table

_UNIT = r"(?:€|EUR\b|Euro\b)"
_NUMBER = r"[-\u2212]?\d[\d.\u00a0\u202f ]*(?:,\d+|,-{1,2})?"
_AMOUNT = rf"(?:{_UNIT}\s*)?{_NUMBER}\s*{_UNIT}?"
# the figure is the former amount: "… von [bisher] 60.000,00 € auf …", "statt [bisher] …"
_BEFORE_OLD = re.compile(r"(?:\bvon\s+(?:bisher\s+|zuvor\s+)?|\b(?:statt|anstelle|anstatt)\s+"
                         r"(?:der\s+|des\s+|den\s+|am\s+|zum\s+|dem\s+)?"
                         r"(?:bisher(?:igen)?\s+|beantragten\s+)?)$", re.IGNORECASE)
# (the line may stand between: "statt 60.000,00 € Personalkosten werden nunmehr 45.000,00 €")
_AFTER_OLD = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}?(?:auf|nunmehr|nun|werden|wird|jetzt)\b",
                        re.IGNORECASE)
# the figure is a difference: "um 5.000 € erhöht", "um 2.000 € gekürzt"
_BEFORE_DIFF = re.compile(r"\bum\s+$", re.IGNORECASE)
_AFTER_DIFF = re.compile(r"^\s*(?:erhöht|verringert|vermindert|gekürzt|herabgesetzt|reduziert|"
                         r"aufgestockt|angehoben|abgesenkt)\b", re.IGNORECASE)
# the figure is the new amount: "… von 60.000,00 € auf 40.000,00 €"
_BEFORE_NEW = re.compile(rf"\bvon\s+(?:bisher\s+|zuvor\s+)?{_AMOUNT}\s+auf\s+$", re.IGNORECASE)
_AN_AMOUNT = re.compile(rf"{_NUMBER}\s*{_UNIT}|{_UNIT}\s*{_NUMBER}")
# "statt 60.000,00 € Personalkosten werden nunmehr 45.000,00 €": the line after the former
_BEFORE_INSTEAD = re.compile(rf"\b(?:statt|anstelle|anstatt)\s+(?:bisher(?:igen)?\s+)?{_AMOUNT}"
                             r"(?P<line>(?:\s+[^\W\d]+){0,2}?)\s+(?:werden\s+|wird\s+)?"
                             r"(?:nunmehr|nun|jetzt|künftig)\s*$", re.IGNORECASE)
# "Bisher bewilligt waren: 2026: Personalkosten 60.000,00 €, …": a sentence of former amounts
_FORMER_SENTENCE = re.compile(r"^\W*(?:bisher|bislang|ursprünglich|zuvor)\b[^.:;]{0,30}?"
                              r"\b(?:bewilligt|gewährt|festgesetzt|beantragt)\b", re.IGNORECASE)
# "… betragen die Personalausgaben bisher 60.000,00 €, künftig 45.000,00 €"
_NEXT = r"(?:künftig|zukünftig|nunmehr|neu|jetzt)"
_BEFORE_SO_FAR = re.compile(r"\bbisher\s*:?\s*$", re.IGNORECASE)
_AFTER_SO_FAR = re.compile(rf"^\s*[,;]?\s*(?:und\s+|jedoch\s+)?{_NEXT}\b", re.IGNORECASE)
_BEFORE_NEXT = re.compile(rf"\bbisher\s*:?\s*{_AMOUNT}\s*[,;]?\s*(?:und\s+|jedoch\s+)?{_NEXT}"
                          r"\s*:?\s*$", re.IGNORECASE)
# a lead-in that quotes the request rather than granting it
_REQUEST = re.compile(r"\b(?:beantragt|angemeldet|geltend gemacht|beantragten|veranschlagt)\b",
                      re.IGNORECASE)
_GRANT = re.compile(r"bewillig|gewähr|festgesetzt|erhalten sie", re.IGNORECASE)
_ITEMS_BACK = 8  # list items between a lead-in and an amount of its list


def change_reading(text: str, at: int, figure: str) -> tuple[str | None, str | None]:
    """(role, line-label) of the amount spelt `figure` at offset `at` of `text` in a
    sentence that changes an amount: role "bisher" for the former amount or a difference,
    and for the new amount the words that name its line (before "von"); (None, None) where
    the sentence changes nothing."""
    if at < 0 or not figure or text[at:at + len(figure)] != figure:
        return None, None
    head = text[:at]
    head = head[max((m.end() for m in SENTENCE.finditer(head)), default=0):]
    tail = text[at + len(figure):]
    if _BEFORE_OLD.search(head) and _AFTER_OLD.search(tail):
        return "bisher", None
    if _BEFORE_DIFF.search(head) and _AFTER_DIFF.search(tail):
        return "bisher", None
    if _BEFORE_SO_FAR.search(head) and _AFTER_SO_FAR.search(tail):
        return "bisher", None
    instead = _BEFORE_INSTEAD.search(head)
    if instead and instead.group("line").strip():
        return None, instead.group("line")
    new = _BEFORE_NEW.search(head) or _BEFORE_NEXT.search(head) or instead
    if new:
        clause = _AN_AMOUNT.split(head[:new.start()])[-1]  # the words since the last amount
        return None, clause
    return None, None


def quoted_request(blocks, index: int, sentence: str, figures_of) -> bool:
    """Does a Bescheid's amount quote the Antrag: its own sentence, or the lead-in line of
    the list it stands in ("… haben Sie folgende Ausgaben angemeldet:"), speaks of the
    request and not of a grant. `figures_of(k)` gives the amounts of block k."""
    if _REQUEST.search(sentence):
        return speaks_of_request(sentence)
    if not 0 < index < len(blocks):
        return False
    for k in range(index - 1, max(index - 1 - _ITEMS_BACK, -1), -1):
        b = blocks[k]
        if type(b) is not Paragraph:
            return False
        text = b.text.strip()
        if text.endswith(":"):
            return speaks_of_request(text)
        if len(text) > 200 or not figures_of(k):  # not an item of the same list
            return False
    return False


def speaks_of_request(text: str) -> bool:
    """Does a Bescheid's passage speak of what was requested ("Mit Ihrem Antrag … haben Sie
    für den Zeitraum … angemeldet") and not of what is granted?"""
    return bool(_REQUEST.search(text)) and not _GRANT.search(text)


# a column of the former amounts or of the changes: "bisher bewilligt", "Veränderung"
_REQUEST_COLUMN = re.compile(r"\b(?:antrag|anträge|angemeldet|beantragt\w*)\b", re.IGNORECASE)
# ("Änderungsantrag" is the new request, no change column)
_FORMER_COLUMN = re.compile(r"\bbisher(?:ige[nrs]?)?\b|\bursprünglich|\balte?\b|\bvorher\b|"
                            r"\bveränderung\b|\bdifferenz\b|\bänderung\b|\babweichung\b",
                            re.IGNORECASE)


# a Folgeantrag citing the earlier Bescheid: "Mit Bescheid vom 06.10.2025 … hat das MFFKI …
# Zuwendungen bewilligt: für 2025 Personalkosten 10.000,00 € …", "Bezug: Zuwendungsbescheid
# des MFFKI vom 21.11.2025, Az. …, über 40.000 EUR Personalkosten"
_DATED_BESCHEID = re.compile(r"bescheid\w*(?:\s+[^\W\d]+){0,3}?\s+vom\s+\d", re.IGNORECASE)
_ASKS = re.compile(r"antrag|beantrag", re.IGNORECASE)


def of_earlier_grant(text: str, at: int) -> bool:
    """In an Antrag: is the figure at offset `at` of `text` one an earlier Bescheid granted –
    its sentence names a dated Bescheid before it and no request stands between the two
    ("Unter Bezug auf den Bewilligungsbescheid vom 03.11.2025, mit dem für 2026 80.000,00 €
    bewilligt wurden, beantragt die Stadt …": the 80.000 € are the former grant; blind26)."""
    if at < 0:
        return False
    head = text[:at]
    head = head[max((m.end() for m in SENTENCE.finditer(head)), default=0):]
    cited = next(reversed(list(_DATED_BESCHEID.finditer(head))), None)  # the last one
    return cited is not None and not _ASKS.search(head, cited.end())


def amount_reading(ctx, index: int, sentence: str, fig, posten: str | None, rolle: str | None,
                   classify_line, header: str = "") -> tuple[str | None, str | None]:
    """(posten, rolle) of an amount of block `index`: a former amount or a difference gets
    "bisher" (in prose, or in a Bescheid's or Antrag's column "bisher bewilligt",
    "Veränderung"), the new amount of a change the line its clause names, an amount a Bescheid
    quotes from the Antrag "beantragt"; any other keeps its reading. `classify_line`:
    kimdocs.facts.amounts' reading of the line words name (passed in: amounts imports this
    module)."""
    block = ctx.document.blocks[index]
    if isinstance(block, Table):
        if ctx.art in ("bescheid", "antrag") and _FORMER_COLUMN.search(header or ""):
            return posten, "bisher"
        if ctx.art == "bescheid" and _REQUEST_COLUMN.search(header or "") and not _GRANT.search(
                header or ""):  # a Bescheid's column "lt. Antrag", "Antrag", "angemeldet"
            return posten, "beantragt"
        return posten, rolle
    figs = [g for g in ctx.by_block.get(index, ()) if g.kind == "betrag"]
    at = next((o for g, o in zip(figs, figure_offsets(block.text, figs)) if g is fig), -1)
    role, clause = change_reading(block.text, at, fig.text)
    if role:
        return posten, role
    if ctx.art in ("bescheid", "antrag") and _FORMER_SENTENCE.search(sentence):
        return posten, "bisher"  # "Bisher bewilligt waren: …" (blind20)
    if ctx.art == "antrag" and of_earlier_grant(block.text, at):
        return posten, "bisher"  # a Folgeantrag's "Mit Bescheid vom … bewilligt: …" (blind26)
    if clause is not None:  # the new amount of a change: the line its clause names
        return classify_line(clause, ctx.terms) or posten, rolle
    if ctx.art == "bescheid" and rolle != "hoechstbetrag" and quoted_request(
            ctx.document.blocks, index, sentence,
            lambda k: [g for g in ctx.by_block.get(k, ()) if g.kind == "betrag"]):
        return posten, "beantragt"
    return posten, rolle


def former_date(text: str, at: int, figure: str) -> bool:
    """A date a change replaces: "Der Bewilligungszeitraum beginnt statt am 01.01.2026
    nunmehr am 01.04.2026" – the first date is neither beginning nor end (blind20)."""
    return change_reading(text, at, figure)[0] == "bisher"
