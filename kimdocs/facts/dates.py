"""When and under which number: the document's own date (Datum: "Mainz, den 12.03.2026", a
label "Datum:", a place and date inside a closing line "… · Mainz, 03.12.2026 · Anlage: …"), the
Berichtsjahr of a Jahresbericht, and the Aktenzeichen. (The Eingang is not read: it is given
with the document, `from_document(…, eingang=…)`.)

A document's own date is never a date it quotes (the start of the funded period, "Ihr Antrag
vom …"). The place-and-date line, the "Datum" field and the closing line are its own; a date
"Stand: …" only where none of them is. Where those disagree, `Fakten.datum_andere` holds the
others and a deadline rule decides only when every one gives the same verdict (issue 19,
class 7)."""

from __future__ import annotations

import calendar
import re
from datetime import date

from kimdocs.facts.context import Family, Pair, Passage
from kimdocs.facts.model import Datum, Fakten
from kimdocs.facts.periods import is_period_label, period_reading
from kimdocs.facts.text import PLACE_DATE
from kimdocs.findings import Fundstelle
from kimdocs.readers.document import Heading

_DATE_KEY = re.compile(r"\b(datum|stand|antragsdatum|unterschrift)\b")
# an e-mail's head: its sent line is the date of the mail and of the report in it ("Gesendet:
# Mi 09.12.2026 14:12", blind32) – the label alone, not "Ihr Antrag gesendet am …"
_SENT_KEYS = ("gesendet", "gesendet am", "versendet", "versendet am", "versandt", "versandt am",
              "sent")
# a date figure's own label: "Datum", "Stand", or "den" right before it ("Mainz, den 12.03.2026")
# – not the "den" of "für den Zeitraum vom 01.12.2025" (issue 19, class 7)
_DATE_LABEL = re.compile(r"\b(datum|stand)\b|\bden\s*$", re.IGNORECASE)
_FILE_KEYS = ("aktenzeichen", "az", "az.", "unser zeichen", "mein zeichen", "geschäftszeichen")
_REPORT_WORDS = re.compile(r"(?:Jahresbericht|Berichtsjahr|Sachbericht)\D{0,12}(20\d{2})")
# "Bericht über das Kommunale Integrationsmanagement im Jahr 2025", "Bericht … für das Jahr 2026"
_REPORT_YEAR = re.compile(r"\bBericht\w*\b[^.\n]{0,90}?\b(?:im|für das|über das)\s+"
                          r"(?:Jahr|Berichtsjahr|Haushaltsjahr)\s+(20\d{2})\b")
# "Berichtszeitraum: Januar bis Dezember 2026", "Berichtszeitraum | Jan.–Dez. 2026": months
# of one year (issue 19, probe round 3)
_MONTH = r"(?:Jan|Feb|März|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)[a-zä]*\.?"
# a place-and-date line that names the month only: "Mainz, Okt. 2026", "Trier, im Januar 2027"
# (blind26) – the document's date only where no line names the day
_PLACE_MONTH = re.compile(rf"\s*[A-ZÄÖÜ][\w .()/-]{{1,60}},\s*(?:im\s+)?({_MONTH})\s+(20\d{{2}})\s*")
_MONTH_KEYS = ("jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez")
_REPORT_MONTHS = re.compile(rf"Berichtszeitraum\W{{0,4}}{_MONTH}\s*(?:bis|–|-)\s*{_MONTH}\s+"
                            r"(20\d{2})\b(?!\s*(?:bis|–|-))")
# a report's title that ends with its year, the words between without a figure: "Jahresbericht
# Kommunales Integrationsmanagement Zweibrücken 2026", "Bericht über das Kommunale
# Integrationsmanagement 2026" (blind7)
_REPORT_TITLE = re.compile(r"(?:Jahres|Sach|Tätigkeits)?[Bb]ericht\b[^\d\n]{0,90}\s(20\d{2})\s*")
# (also an abbreviated label: "Az.: 5-KIM/27 Bitburg, 11.01.2027 Betreff: …", blind16)
_LABEL_START = re.compile(r"^(?:[^:\n.]{2,40}|[A-ZÄÖÜ][a-zäöü]{0,5}\.)\s?:\s")
# the parts of a closing line or footer: "Stadtverwaltung Frankenthal (Pfalz) · Bereich Soziales ·
# Frankenthal (Pfalz), 03.12.2026 · Anlage: …"
_COLOPHON_GAP = re.compile(r"\s[·|•]\s")
_STAND = re.compile(r"\bstand\b")
_PRINTED = re.compile(r"druckansicht|gedruckt|druckdatum|ausgedruckt", re.IGNORECASE)
# a line of a place and a date alone ("Germersheim, 03.11.2025"): the place-and-date line
# even where a scan's layout took it for a heading (its strokes read as bold)
_PLACE_DATE_ALONE = re.compile(r"\s*[A-ZÄÖÜ][\w .()/-]{1,60},\s*(?:den\s+)?\d{1,2}\.\d{1,2}\."
                               r"\d{4}\s*")
_INNER_PLACE_DATE = re.compile(r"(?<=\s)([A-ZÄÖÜ][\w()/-]*(?: [\w()/-]+){0,3}),\s*(?:den\s+)?"
                               r"(\d{1,2}\.\d{1,2}\.\d{4})\b")
# the place right before a date inside a joined line: "… Mainz, 08.12.2026", "… Frau Greta
# Lindner Neustadt an der Weinstraße, 11. Januar 2027" (a place of up to four words)
_PLACE_BEFORE = re.compile(r"(?<=\s)[A-ZÄÖÜ][\w()/-]*(?: [\w()/-]+){0,3},\s*(?:den\s+)?$")
# the next label on a reference line ("… Auskunft: ", "… Telefon: ", "… Datum: ")
_NEXT_LABEL = re.compile(r"\s+[A-ZÄÖÜ][\w.-]*(?: [\w.-]+)?:(?:\s|$)")
# a label anywhere in a joined line: a letter's "Unser Zeichen: …", "Auskunft: …"
_ANY_LABEL = re.compile(r"(?:^|\s)[A-ZÄÖÜ][^:\n.]{1,30}:\s")


class Dates(Family):
    def __init__(self, ctx):
        super().__init__(ctx)
        self._own: list[Datum] = []  # place-and-date lines, "Datum" fields
        # a place and date inside a closing line or a joined line: only where no line of its
        # own says it (a print header "… · Mainz, 12.03.2026" is not the document's date)
        self._inner: list[Datum] = []
        self._stand: Datum | None = None  # "Stand: 01.12.2026": only where no own date is
        self._month: Datum | None = None  # "Mainz, Okt. 2026": only where no day is named

    def _found(self, value, where: Fundstelle, label: str = "", inner: bool = False) -> None:
        found = self._inner if inner else self._own
        if _STAND.search(label.casefold()) and not re.search(r"\bdatum\b", label.casefold()):
            self._stand = self._stand or Datum(value, where)
        elif not any(d.wert == value for d in found):
            found.append(Datum(value, where))

    def pair(self, f: Fakten, pair: Pair) -> None:
        if is_period_label(pair.key):
            return  # the period's dates (kimdocs.facts.periods)
        dates = [g for g in pair.figures if g.kind == "datum"]
        if (_DATE_KEY.search(pair.key) or pair.key in _SENT_KEYS or PLACE_DATE.match(pair.value)) \
                and dates:
            self._found(dates[0].value, self.ctx.at(pair.where, f"{pair.label}: {pair.value}"),
                        pair.key)
        elif pair.key in _FILE_KEYS and f.aktenzeichen is None:
            # a letter's reference line holds more labels: "Unser Zeichen: 50.2-KIM
            # Auskunft: Frau Oswald" – the number ends where the next label begins
            f.aktenzeichen = _NEXT_LABEL.split(pair.value, 1)[0].strip() or None

    def passage(self, f: Fakten, p: Passage) -> None:
        if self._month is None and p.kind == "paragraph" and len(p.text) < 90:
            self._month = _month_date(p.text, self.ctx.at(p.location, p.text))
        if not any(g.kind == "datum" for g in p.figures) or (
                p.kind == "heading" and not _PLACE_DATE_ALONE.fullmatch(p.text)):
            return
        # a date the document quotes ("auf Ihren Antrag vom …" before the period) is not its own
        dates = period_reading(p)[1]
        if PLACE_DATE.match(p.text) or any(_DATE_LABEL.search(g.label) for g in dates[:1]):
            self._found(dates[0].value, self.ctx.at(p.location, p.text), dates[0].label)
            return
        if p.kind == "paragraph" and ":" in p.text:
            joined = _joined_place_date(p)
            if joined:
                self._found(joined[0].value, self.ctx.at(p.location, joined[1]), inner=True)
                return
        if ("·" in p.text or "|" in p.text or "•" in p.text) and _COLOPHON_GAP.search(p.text) \
                and not _PRINTED.search(p.text):
            for part in _COLOPHON_GAP.split(p.text)[1:]:
                if PLACE_DATE.match(part):
                    dates = [g for g in p.figures if g.kind == "datum" and g.text in part]
                    if dates:
                        self._found(dates[0].value, self.ctx.at(p.location, part.strip()),
                                    inner=True)
                        return
        after = _after_dated_line(p)
        if after:
            self._found(after[0].value, self.ctx.at(p.location, after[1]), inner=True)

    def finish(self, f: Fakten) -> None:
        if f.datum is None:
            own = self._own or self._inner or ([self._stand] if self._stand else []) or \
                ([self._month] if self._month else []) or _meeting_on_title(self.ctx)
            if own:
                f.datum, f.datum_andere = own[0], own[1:]
        if self.ctx.art != "jahresbericht":
            return
        # the Berichtsjahr: the usual words first in all the head, then "Bericht … im Jahr 2025"
        for pattern in (_REPORT_WORDS, _REPORT_YEAR, _REPORT_MONTHS):
            for block in self.ctx.document.blocks[:12]:
                m = pattern.search(block.text) or _in_capitals(pattern, block.text)
                if m:
                    f.berichtsjahr = int(m.group(1))
                    return
        period = next((z for z in f.zeitraeume if z.art == "bericht"), None)
        if period and period.beginn.year == period.ende.year:
            f.berichtsjahr = period.beginn.year
        elif period and period.beginn < period.ende and (period.ende.month, period.ende.day) == (12, 31):
            # a report over a short first year and the next ("01.11.2025 – 31.12.2026"): it
            # reports on the year it ends with, at that year's end (probe round 3)
            f.berichtsjahr = period.ende.year
        if f.berichtsjahr is None and period is None:
            f.berichtsjahr = _title_year(self.ctx.document.blocks[:12], f.datum)


def _month_date(text: str, where: Fundstelle) -> Datum | None:
    """A place-and-date line that names the month only, as the month's first and last day."""
    m = _PLACE_MONTH.fullmatch(text)
    if m is None or m.group(1)[:3].casefold() not in _MONTH_KEYS:
        return None
    year, month = int(m.group(2)), _MONTH_KEYS.index(m.group(1)[:3].casefold()) + 1
    last = calendar.monthrange(year, month)[1]
    return Datum(date(year, month, 1), where, bis=date(year, month, last))


def _in_capitals(pattern: re.Pattern, text: str) -> re.Match | None:
    """The words of `pattern` typed in capitals ("JAHRESBERICHT 2026 – KOMMUNALES
    INTEGRATIONSMANAGEMENT", a title typed without Word's headings, blind18): the words before
    the year all in capitals, never a lower-case word the pattern spells with a capital."""
    if "BERICHT" not in text:  # (the cheap test first: every pattern names a Bericht)
        return None
    for m in re.compile(pattern.pattern, pattern.flags | re.IGNORECASE).finditer(text):
        words = text[m.start():m.start(1)]
        if any(c.isalpha() for c in words) and not any(c.islower() for c in words):
            return m
    return None


# a title page's line of the meeting the report is given at: "Sitzung des Sozialausschusses am
# 09.12.2026", "Kreisausschuss am 07.12.2026" – a slide deck's only date (probe round 4)
_MEETING = re.compile(r"\s*(?:(?:Öffentliche\s+)?Sitzung|Vorstellung|Vortrag|Präsentation)\b"
                      r"[^.\d]{0,80}\bam\s+(\d{1,2}\.\d{1,2}\.\d{4})\s*|\s*[\w-]*(?:ausschuss|"
                      r"Kreistag|Stadtrat|Gemeinderat|Ortsbeirat)\b[^.\d]{0,60}\bam\s+"
                      r"(\d{1,2}\.\d{1,2}\.\d{4})\s*")


def _meeting_on_title(ctx) -> list[Datum]:
    """The date of such a line among the lines under the title, before the first part's
    heading: only where the document names no date of its own."""
    blocks = ctx.document.blocks
    for i, block in enumerate(blocks[:10]):
        if isinstance(block, Heading) and i > 0:
            break
        if isinstance(block, Heading) or not _MEETING.fullmatch(block.text):
            continue
        dates = [g for g in ctx.by_block.get(i, ()) if g.kind == "datum"]
        if len(dates) == 1:
            return [Datum(dates[0].value, ctx.at(block.location, block.text))]
    return []


def _title_year(blocks, datum) -> int | None:
    """The year a report's title heading ends with, never one after the document's own date
    (a report is written after its year begins, not before)."""
    for block in blocks:
        if isinstance(block, Heading):
            m = _REPORT_TITLE.fullmatch(block.text.strip())
            if m and (datum is None or int(m.group(1)) <= datum.wert.year):
                return int(m.group(1))
    return None


# a line that ends with a date: "… Berichtszeitraum 01.01.2026 – 31.12.2026"
_ENDS_WITH_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}\s*$")


def _after_dated_line(p: Passage):
    """A place-and-date line a PDF reader joined to the head line above it that ends with a
    date ("Westerwaldkreis · Berichtszeitraum 01.01.2026 – 31.12.2026 Montabaur, 14.12.2026";
    blind8 j05): the paragraph ends with the place and the date, right after the other date.
    Never in a print header."""
    if p.kind != "paragraph" or len(p.figures) < 2:  # (the cheap tests first)
        return None
    dates = [g for g in p.figures if g.kind == "datum"]
    if len(dates) < 2 or _PRINTED.search(p.text):
        return None
    g, text = dates[-1], p.text
    i = text.rfind(g.text)
    if i <= 0 or text[i + len(g.text):].strip(" ."):
        return None
    m = _PLACE_BEFORE.search(text, 0, i)
    if m is None or not _ENDS_WITH_DATE.search(text, 0, m.start()):
        return None
    return g, text[m.start():i + len(g.text)]


def _joined_place_date(p: Passage):
    """A place-and-date line a PDF reader joined to the label lines above it: after a label
    at the start ("Berichtsjahr: 2026 Mainz, 08.12.2026"), or at the end of a letter's head
    with a label in it ("… 55116 Mainz Unser Zeichen: 50.2-KIM Auskunft: Frau Greta Lindner
    Neustadt an der Weinstraße, 11. Januar 2027"). The date and a place right before it, the
    date as figures or with the month's name; never in a print header."""
    at_start = bool(_LABEL_START.match(p.text))
    text = p.text
    for g in p.figures:
        if g.kind != "datum":
            continue
        i = text.find(g.text)
        m = _PLACE_BEFORE.search(text, 0, i) if i > 0 else None
        if m is None:
            continue
        end = i + len(g.text)
        if at_start or (not text[end:].strip(" .") and _ANY_LABEL.search(text, 0, m.start())
                        and not _PRINTED.search(text)) or _before_references(text, end):
            return g, text[m.start():end]
    return None


# the reference lines a letter puts under its place-and-date line: "Unser Zeichen: …",
# "Ihr Zeichen: …", "Aktenzeichen: …", "Az.: …", "Auskunft: …"
_REFERENCE_LABEL = re.compile(r"\s*(?:unser|ihr|mein)\s+zeichen\b|\s*(?:aktenzeichen|az\.|"
                              r"geschäftszeichen|auskunft(?:\s+erteilt)?)\s*:", re.IGNORECASE)


def _before_references(text: str, end: int) -> bool:
    """A place and date the reader joined to the reference lines under it ("… 55116 Mainz
    Neuwied, 28.10.2025 Unser Zeichen: 50.3-KIM/2026 · Auskunft: …": a browser-printed
    letter, issue 19 probe round 5): the letter's own date; never in a print header."""
    return bool(_REFERENCE_LABEL.match(text, end)) and not _PRINTED.search(text)
