"""The signature (Zeichnung): a line that signs the document ("Im Auftrag", "gez. Müller",
"Mit freundlichen Grüßen"), or the signer's name with a function right under a place-and-date
line ("Kusel, 14.10.2025" / "Otto Rubly, Landrat"). A place-and-date line alone, or a date in
the letterhead, signs nothing (issue 19, blind5: an unsigned Antrag taken as signed). Nor does
the label of the signature place ("Ort, Datum, Unterschrift", "Unterschrift:") alone: only a
signer beside it, in the few lines under it ("gez. Dr. Müller", "i. A. Schmitt", a name) or
typed right over it (a form's signature line) signs (issue 19)."""

from __future__ import annotations

import re

from kimdocs.facts.context import Family, Pair, Passage
from kimdocs.facts.model import Erwaehnung, Fakten
from kimdocs.facts.text import holds_any

_SIGNATURE = re.compile(r"^\s*(im auftrag|in vertretung|i\.\s?a\.|i\.\s?v\.|gez\.|"
                        r"mit freundlichen grüßen)", re.IGNORECASE)
_GEZ = re.compile(r"\bgez\.\s")
# a signer under a signing phrase by the surname alone, maybe with a function ("Thielen",
# "Klein, Erster Kreisbeigeordneter")
_SURNAME_ALONE = re.compile(r"\s*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:,\s*[A-ZÄÖÜ][\w .-]{2,60})?\s*")
_PHRASE_ONLY = re.compile(r"(?:\s*(?:mit freundlichen grüßen|freundliche grüße|im auftrag|"
                          r"in vertretung|i\.\s?a\.|i\.\s?v\.|gez\.)\s*[.,]?)+\s*", re.IGNORECASE)
# "Kusel, 14.10.2025", "Pirmasens, den 02.12.2025", a form's "Bad Dürkheim, 20.01.26" (the year
# in two digits; blind7 a03, blind10), "Mainz, 3. November 2025"
_PLACE_DATE_START = (r"^\s*[A-ZÄÖÜ][\w .()/-]{1,60},\s*(?:den\s+)?(?:\d{1,2}\.\s?\d{1,2}\."
                     r"\s?(?:\d{4}|\d{2}(?![\d.]))|\d{4}-\d{2}-\d{2}|"
                     r"\d{1,2}\.\s+[A-ZÄÖÜ][a-zäöü]+\.?\s+\d{4})")
_PLACE_DATE = re.compile(_PLACE_DATE_START + r"\s*$")
# "Otto Rubly, Landrat", "Dr. Maria Schmitt, Oberbürgermeisterin": a name, a comma, a function
_NAME_FUNCTION = re.compile(r"^\s*(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*(?:\s+[A-ZÄÖÜ]"
                            r"[\w'-]+){1,3},\s+[A-ZÄÖÜ][\w -]{2,60}\s*$")
# the label of the signature place: "Ort, Datum, Unterschrift", "10. Unterschrift der
# Antragstellerin:", a portal's field "10.3 Unterschrift" (blind29), "Rechtsverbindliche
# Unterschrift: gez. …" (`rest`: what stands beside it)
_LABEL = re.compile(r"^\s*(?:(?:\d+(?:\.\d+)*\.?|[ivxl]+\.)\s+|(?:\d+|[ivxl]+)\.)?"
                    r"(?:(?:ort|datum)\s*(?:,|und|/)?\s*)*"
                    r"(?:rechtsverbindliche\s+)?(?:unterschrift|unterzeichnung)\b[^:]{0,50}?\s*(?::\s*(?P<rest>.*))?$",
                    re.IGNORECASE | re.DOTALL)
# a signer's name on its own: with a title ("Dr. Müller", "Frau Schmitt") or two to four
# capitalised words that are no office, place word or label ("Otto Rubly")
_TITLED = re.compile(r"^\s*(?:(?:Dr|Prof)\.\s*|Frau\s+|Herr\s+)+[A-ZÄÖÜ][\w'-]+"
                     r"(?:\s+[A-ZÄÖÜ][\w'-]+){0,3}(?:,\s+[A-ZÄÖÜ][\w -]{2,60})?\s*$")
# (a double first name: "Hans-Ulrich Ihlenfeld")
_NAME = re.compile(r"^\s*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*(?:\s+[A-ZÄÖÜ][\w'-]+){1,3}\s*$")
_NOT_NAME = re.compile(r"\b(?:Anlagen?|Seite|Verwaltung|Kreisverwaltung|Stadtverwaltung|Landkreis|"
                       r"Stadt|Verbandsgemeinde|Gemeinde|Abteilung|Referat|Amt|Datum|Ort|"
                       r"Unterschrift|Stempel|Dienstsiegel|Name|Funktion|Stellenbeschreibung|"
                       r"Integrationsmanagement|Erklärung\w*)\b")
_SIGNER_LABEL = re.compile(r"zeichnungsberechtigt|unterzeichne(?:nde|r)\b", re.IGNORECASE)
_UNDER = 3  # how many lines under the label a signer may stand
# no line of its own for that count: the signing line, a page number printed in the flow, a
# check box line a PDF form's export moved under the label (LibreOffice)
_FILLER = re.compile(r"^\s*(?:[_.\-–]{3,}|Seite\s+\d+(?:\s*(?:von|/)\s*\d+)?|[☒☐☑].*)\s*$")
# before a signer on one line: the place and date, a bracketed label
_PLACE_DATE_BEFORE = re.compile(_PLACE_DATE_START + r"[\s,;]*")
_BRACKETED_LABEL = re.compile(r"\((?:ort|datum|unterschrift|name)[^)]{0,40}\)\s*", re.IGNORECASE)


# a signing line a PDF reader joined to the end of the paragraph before it ("… erhoben werden.
# In Vertretung Dr. Paul Eckert, Staatssekretär"): the phrase and a name close the paragraph
_SIGNED_TAIL = re.compile(r"(?<=[.!?])\s+(?P<tail>(?:Im Auftrag|In Vertretung|i\.\s?A\.|i\.\s?V\.|"
                          r"gez\.|Mit freundlichen Grüßen)\s+(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][\w'-]+"
                          r"(?:\s+[A-ZÄÖÜ][\w'-]+){0,3}(?:,\s+[A-ZÄÖÜ][\w -]{2,60})?)\s*$")


# the signing phrase alone at a paragraph's end, the signer in the next line (a Chromium PDF
# letter: "… geltend gemacht werden. Mit freundlichen Grüßen i. A." / "Müller", blind25)
_PHRASE_TAIL = re.compile(r"(?<=[.!?])\s+(?P<tail>(?:(?:Mit freundlichen Grüßen|Im Auftrag|In Vertretung|"
                          r"i\.\s?A\.|i\.\s?V\.|gez\.)\s*[.,]?\s*)+)$")
_TAIL_WORD = re.compile(r"Auftrag|Vertretung|i\. ?[AV]\.|gez\.|Grüßen")
_TAIL_LITERALS = ("Auftrag", "Vertretung", "i.", "gez.", "Grüßen")  # (its cheap test first)


def signs(text: str) -> bool:
    """A text that is a signature: a signing phrase, "gez." or the signer's name."""
    text = " ".join(text.split())
    if not text:
        return False
    if _SIGNATURE.match(text) or ("gez." in text and _GEZ.search(text)):
        return True
    if _TITLED.match(text) or _NAME_FUNCTION.match(text):
        return True
    return bool(_NAME.match(text)) and not _NOT_NAME.search(text)


def signed_value(value: str) -> bool:
    """A text that holds a signer after the place and date it may begin with and a bracketed
    label ("Germersheim, 20.01.2026 (Unterschrift) Martin Brandl, Landrat")."""
    return any(signs(text) for line in value.splitlines() if line.strip()
               for text in (line, _BRACKETED_LABEL.sub("", _PLACE_DATE_BEFORE.sub("", line))))


_PHRASE_START = re.compile(r"(?:\s*(?:mit freundlichen grüßen|freundliche grüße|im auftrag|"
                           r"in vertretung|i\.\s?a\.|i\.\s?v\.|gez\.)\s*[.,]?)+\s*", re.IGNORECASE)


def _signer_after_phrase(text: str) -> bool:
    """A signing phrase with the signer after it ("i. A. Kettern", "gez. Dr. Anna Berger,
    Landrätin"): the phrase alone, or one before no name, signs nothing."""
    m = _PHRASE_START.match(text)
    if m is None or m.end() == 0:
        return False
    rest = text[m.end():]
    return (bool(_SURNAME_ALONE.fullmatch(rest)) and not _NOT_NAME.search(rest)) or signs(rest)


class Signature(Family):
    def __init__(self, ctx):
        super().__init__(ctx)
        self._dated = -2  # the block of the last place-and-date line
        self._label: int | None = None  # the block of the last signature label
        self._filler = 0  # signing lines and page numbers since that label
        self._named: tuple | None = None  # the last line that is a name: (block, text, where)
        self._phrase = (-2, "")  # the last signing phrase standing alone: (block, text)

    def passage(self, f: Fakten, p: Passage) -> None:
        if f.zeichnung is not None:
            return
        if self._label_line(f, p) or p.kind == "heading":
            return
        if self._label is not None and _FILLER.match(p.text):
            self._filler += 1
            return
        # "Mit freundlichen Grüßen", "gez." alone sign nothing: the signer stands under them
        # (blind17), maybe by the surname alone ("Thielen", blind16); a PDF reader may have
        # joined the place-and-date line before them ("Bad Dürkheim, den 9. Februar 2026 Mit
        # freundlichen Grüßen gez.", blind18)
        dated = _PLACE_DATE_BEFORE.match(p.text) if p.kind == "paragraph" else None
        phrase = p.text[dated.end():] if dated else p.text
        if _PHRASE_ONLY.fullmatch(phrase):
            self._label, self._filler = p.index, 0
            self._phrase = (p.index, phrase.strip())
            return
        signing = p.kind == "paragraph" and holds_any(p.text, _TAIL_LITERALS) and \
            _TAIL_WORD.search(p.text)
        tail = _SIGNED_TAIL.search(p.text) if signing else None
        alone = _PHRASE_TAIL.search(p.text) if signing and tail is None else None
        if alone is not None:
            self._label, self._filler = p.index, 0
            self._phrase = (p.index, alone["tail"].strip())
        elif tail is not None:
            f.zeichnung = Erwaehnung(tail["tail"], self.ctx.at(p.location, tail["tail"]))
        elif dated and _signer_after_phrase(phrase):
            # the place and date and the signing line joined on one line ("Trier, 08.01.2027
            # i. A. Kettern": a Chromium PDF of a mail, blind32)
            f.zeichnung = Erwaehnung(phrase.strip(), self.ctx.at(p.location, phrase.strip()))
        elif _SIGNATURE.match(p.text) or ("gez." in p.text and _GEZ.search(p.text)) or (
                p.index == self._dated + 1 and _NAME_FUNCTION.match(p.text)) or (
                self._label is not None and p.index <= self._label + self._filler + _UNDER
                and signed_value(p.text)) or (
                p.index == self._phrase[0] + 1 and _SURNAME_ALONE.fullmatch(p.text)):
            # the phrase over the signer belongs to the signature ("Im Auftrag" / name: KIM-118)
            near = self._phrase[0] == self._label and p.index <= self._label + self._filler + _UNDER
            text = f"{self._phrase[1]} {p.text}" if near else p.text
            f.zeichnung = Erwaehnung(text, self.ctx.at(p.location, text))
        elif p.kind == "paragraph" and _PLACE_DATE.match(p.text):
            self._dated = p.index
        elif p.kind == "paragraph" and len(p.text) <= 160 and signs(p.text):  # a name: short
            self._named = (p.index, p.text, p.location)

    def pair(self, f: Fakten, pair: Pair) -> None:
        """A form's row "10. Unterschrift | Mainz, 14.11.2025 gez. Dr. Anna Berger": signed
        where its value holds a signer; so is a portal's field "Name der zeichnungsberechtigten
        Person: Anke Beilstein, Landrätin"."""
        if f.zeichnung is None and (_LABEL.match(pair.label) or _SIGNER_LABEL.search(
                pair.label)) and signed_value(pair.value):
            f.zeichnung = Erwaehnung(pair.value, self.ctx.at(pair.where, pair.value))

    def _label_line(self, f: Fakten, p: Passage) -> bool:
        """The label of the signature place: signed where a signer stands beside it; else
        the lines under it are looked at (a heading ends them)."""
        m = _LABEL.match(p.text)
        if m is None or len(p.text) > 120:
            if p.kind == "heading":
                self._label = None
            return False
        rest = m.group("rest") or ""
        above = self._named
        if signs(rest):
            f.zeichnung = Erwaehnung(p.text, self.ctx.at(p.location, p.text))
        elif above is not None and p.index - 2 <= above[0] < p.index:
            # a form's signature line: the signer's name (and function) typed over its label
            # ("Erik Beispielmann" / "Oberbürgermeister" / "Unterschrift der … Person")
            f.zeichnung = Erwaehnung(above[1], self.ctx.at(above[2], above[1]))
        else:
            self._label, self._filler = p.index, 0
        return True
