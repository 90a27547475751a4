"""The periods a document names: Förderzeitraum, Bewilligungszeitraum, Berichtszeitraum
(Zeitraum). Read from a labelled value ("Bewilligungszeitraum: 01.01.2026 – 31.12.2026"), a
sentence ("für die Zeit vom … bis …"), or the two dates under a heading about it."""

from __future__ import annotations

import re
from datetime import date

from kimdocs.facts.context import Family, Pair, Passage
from kimdocs.facts.model import Fakten, Zeitraum
from kimdocs.facts.superseded import former_date, of_earlier_grant, speaks_of_request
from kimdocs.readers.document import FIELD_LINE, Figure, Table

_PERIOD_WORDS = (("bewilligung", "bewilligungszeitraum"), ("bericht", "berichtszeitraum"),
                 ("foerder", "förderzeitraum"), ("foerder", "foerderzeitraum"),
                 ("foerder", "durchführungszeitraum"), ("foerder", "laufzeit"),
                 ("foerder", "zeitraum"))
_TIME_SPAN = re.compile(r"\b(?:für|in) die zeit(?= vom\b)|\bfür die zeit von\b")
_PERIOD_IN_SECTION = re.compile("zeitraum|laufzeit", re.IGNORECASE)
# what may stand between a period's two dates on their own line: "vom … bis …", a dash
_BETWEEN = re.compile(r"\b(?:vom|von|ab|bis(?:\s+zum)?|zum)\b|[-–—]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d]{3,}")
_LETTER_DATE = re.compile(r"(?:bescheid|antrag|antrags|schreiben|beschluss|mitteilung|vertrag)\w*"
                          r"(?:\s+[^\W\d]+){0,3}?\s+vom\s*$", re.IGNORECASE)


def is_period_label(key: str) -> bool:
    return "zeitraum" in key or "laufzeit" in key


def period_reading(p: Passage) -> tuple[str, list[Figure]]:
    """The passage's words and dates as a period reads them: "für die Zeit vom … bis …" names
    a Zeitraum, and where the period's word follows other dates ("auf Ihren Antrag vom … für
    den Zeitraum vom … bis …"), its dates are the ones after the word."""
    low, text = p.low, p.text
    dates = [g for g in p.figures if g.kind == "datum"]
    if "die zeit" in low and _TIME_SPAN.search(low) and "zeitraum" not in low:
        low = _TIME_SPAN.sub(" zeitraum ", low)
    at = max(low.find("zeitraum"), low.find("laufzeit"))
    # the date of a letter cited ("Der Bewilligungszeitraum unseres Bescheids vom 03.12.2025
    # endet am 31.08.2026", blind31) is no bound of a period
    dates = [g for g in dates if not _LETTER_DATE.search(text[:max(text.find(g.text), 0)])]
    former = [g for g in dates if former_date(text, text.find(g.text), g.text)]
    if former:  # "beginnt statt am 01.01.2026 nunmehr am 01.04.2026": one date changed
        dates = [g for g in dates if g not in former and text.find(g.text) > at]
    if at > 0 and len(dates) > 2:
        later, pos = [], 0
        for g in dates:
            pos = text.find(g.text, pos)
            if pos > at:
                later.append(g)
            pos += len(g.text)
        dates = later if len(later) >= 2 else dates
    return low, dates


# a report's form field of the start alone: "Förderung seit | 01.07.2026", "Förderbeginn"
_SINCE = re.compile(r"förder\w*\s+seit|gefördert\s+seit|förderbeginn|beginn\s+der\s+förderung")


class Periods(Family):
    def __init__(self, ctx):
        super().__init__(ctx)
        self._since: tuple[date, object] | None = None

    def pair(self, f: Fakten, pair: Pair) -> None:
        dates = [g for g in pair.figures if g.kind == "datum"]
        if is_period_label(pair.key):
            if len(dates) >= 2:
                self._add(f, pair.key, dates[0].value, dates[1].value,
                          self.ctx.at(pair.where, f"{pair.label}: {pair.value}"))
        elif len(dates) == 1 and self._since is None and _SINCE.search(pair.key):
            self._since = dates[0].value, self.ctx.at(pair.where, f"{pair.label}: {pair.value}")

    def finish(self, f: Fakten) -> None:
        """A Jahresbericht that gives only the start of the funding in the year it reports
        on ("Förderung seit | 01.07.2026" under "Jahresbericht 2026"): its funding in that
        year runs from the start to the year's end – the latest end, so a cap from it is the
        most the year allows (blind19). Only where the document names no period."""
        if self.ctx.art != "jahresbericht" or self._since is None or f.zeitraeume:
            return
        since, where = self._since
        head = " ".join(b.text for b in self.ctx.document.blocks[:12]
                        if "bericht" in b.text.casefold())
        if str(since.year) in head and (since.month, since.day) != (1, 1):
            f.zeitraeume.append(Zeitraum("foerder", since, date(since.year, 12, 31), where))

    def passage(self, f: Fakten, p: Passage) -> None:
        if p.kind != "cell" and "zeit" not in p.low:
            return  # no period's word: only a form's cell under a label "Zeitraum" has one
        low, dates = period_reading(p)
        if self.ctx.art == "antrag" and dates and of_earlier_grant(p.text, p.text.find(
                dates[0].text)):
            return  # the period an earlier Bescheid granted, cited in a Folgeantrag (blind26)
        if len(dates) >= 2 and ("zeitraum" in low or "laufzeit" in low or (
                p.kind == "cell" and _PERIOD_IN_SECTION.search(p.section))):
            self._add(f, low if "zeitraum" in low or "laufzeit" in low else p.section.casefold(),
                      dates[0].value, dates[1].value, self.ctx.at(p.location, p.text))
        elif p.kind == "heading" and ("zeitraum" in low or "laufzeit" in low):
            under = self._dates_under(p.index)
            if len(under) >= 2:
                self._add(f, low, under[0].value, under[1].value, self.ctx.at(p.location, p.text))

    def _dates_under(self, index: int) -> list:
        """The dates in the lines under a period's heading: the next two, or the fields of a
        portal's printout up to the next heading ("7.1 Beginn: …", a page's head between them,
        "7.2 Ende: …")."""
        blocks, under = self.ctx.document.blocks, []
        for k in range(index + 1, min(index + 7, len(blocks))):
            field = not isinstance(blocks[k], Table) and FIELD_LINE.match(blocks[k].text)
            # a line of the two dates alone that a reader took for a heading ("1. Juli 2026 –
            # 31. Dezember 2026" under "Laufzeit", blind30) is the period's, no new section
            dates_only = len(self.ctx.by_block.get(k, [])) >= 2 and all(
                g.kind == "datum" for g in self.ctx.by_block[k]) and not _WORD.search(
                _BETWEEN.sub(" ", _without(blocks[k].text, self.ctx.by_block[k])))
            if self.ctx.heading[k] and not field and not (k == index + 1 and dates_only):
                break
            if k <= index + 2 or field:
                under += [g for g in self.ctx.by_block.get(k, []) if g.kind == "datum"]
            if len(under) >= 2:
                break
        return under

    def _add(self, f: Fakten, key: str, beginn: date, ende: date, where) -> None:
        # one date named twice ("beginnt am 01.02.2026 … Ausgaben ab dem 01.02.2026") is no
        # period, and no period runs backwards
        if beginn >= ende:
            return
        kind = next((k for k, w in _PERIOD_WORDS if w in key), "foerder")
        if self.ctx.art == "bescheid" and kind == "foerder":
            # the Antrag's period quoted before the grant is not the Bewilligungszeitraum
            kind = "antrag" if speaks_of_request(key) else "bewilligung"
        if self.ctx.art == "jahresbericht" and kind == "foerder" and "bericht" in key:
            kind = "bericht"
        if not any(z.art == kind and z.beginn == beginn and z.ende == ende for z in f.zeitraeume):
            f.zeitraeume.append(Zeitraum(kind, beginn, ende, where))


def _without(text: str, figures: list[Figure]) -> str:
    """The text with the figures' own words taken out."""
    for g in figures:
        text = text.replace(g.text, " ")
    return text
