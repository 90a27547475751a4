"""The facts the guideline speaks of, read once from a document (one linear pass).

A rule never digs in the raw text: it judges `Fakten`, which come either from a read
Document (`from_document`, here) or from YAML data (`kimdocs.facts.from_data`). Each fact
keeps its Fundstelle. Where two readings of a fact conflict, the fact carries the reason in
`unklar`, and a rule that needs it is *nicht prüfbar* — never a guessed Fehler.

Cost: one pass over the blocks builds indexes (figures per block, the section and the
caption of each block, the header rows of each table); everything after that looks up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache

from kimdocs.facts.overhead import compact as _compact
from kimdocs.facts.overhead import is_overhead_text
from kimdocs.facts.overhead import overhead_search as _overhead_search
from kimdocs.findings import Fundstelle
from kimdocs.guideline import Richtlinie
from kimdocs.readers.document import Document, Figure, Heading, Paragraph, Table

# --- the facts ------------------------------------------------------------------------------


@dataclass
class Antragsteller:
    name: str | None = None
    art: str | None = None  # landkreis, kreisfreie_stadt, verbandsgemeinde, verein, …
    schluessel: str | None = None  # Kreisschlüssel (5) or Gemeindeschlüssel (8 digits)
    fundstelle: Fundstelle | None = None
    unklar: str | None = None


@dataclass
class Ansiedlung:
    einheit: str | None = None
    extern: bool | None = None  # True: at an outside body; False: inside the administration
    traeger: str | None = None
    fundstelle: Fundstelle | None = None
    unklar: str | None = None


@dataclass
class Stellenanteil:
    wer: str  # the person, or "unbesetzte Stelle"
    vzae: Decimal
    beginn: date | None = None
    ende: date | None = None
    fundstellen: list[Fundstelle] = field(default_factory=list)
    besetzt: bool = True
    # successive holders merged into this part (_merge_successive), each with its own dates:
    # the months between them (a change of holder, parental leave) are not funded
    abschnitte: list[Stellenanteil] = field(default_factory=list)


@dataclass
class Zeitraum:
    art: str  # foerder, bewilligung, bericht
    beginn: date
    ende: date
    fundstelle: Fundstelle | None = None


@dataclass
class Betrag:
    wert: Decimal
    posten: str | None  # personal, sach, overhead, eigenanteil, gesamt
    rolle: str | None  # beantragt, geplant, bewilligt, verausgabt, zuwendung
    jahr: int | None
    bezeichnung: str
    fundstelle: Fundstelle | None = None
    summe: bool = False  # a stated sum or subtotal, not an item


@dataclass
class Summe:
    """A stated sum and the items it should add up to; `gleich` lists accepted readings."""

    angegeben: Decimal
    lesarten: list[Decimal]
    bezeichnung: str
    fundstelle: Fundstelle | None = None

    @property
    def stimmt(self) -> bool:
        return self.angegeben in self.lesarten


@dataclass
class Datum:
    wert: date
    fundstelle: Fundstelle | None = None


@dataclass
class Erwaehnung:
    """A passage that matters to a rule (an overhead item, the questionnaire, a signature)."""

    text: str
    fundstelle: Fundstelle | None = None
    verneint: bool = False


@dataclass
class Fakten:
    art: str
    quelle: str = "dokument"  # or "daten"
    antragsteller: Antragsteller = field(default_factory=Antragsteller)
    ansiedlung: Ansiedlung = field(default_factory=Ansiedlung)
    stellen: list[Stellenanteil] = field(default_factory=list)
    stellen_gesamt: Decimal | None = None  # a stated total share
    stellen_unklar: str | None = None
    zeitraeume: list[Zeitraum] = field(default_factory=list)
    datum: Datum | None = None
    berichtsjahr: int | None = None
    betraege: list[Betrag] = field(default_factory=list)
    summen: list[Summe] = field(default_factory=list)
    overhead: list[Erwaehnung] = field(default_factory=list)
    fragebogen: Erwaehnung | None = None
    anlagen: list[str] = field(default_factory=list)
    zeichnung: Erwaehnung | None = None
    aktenzeichen: str | None = None
    eingang: date | None = None
    # the Bescheid for the cross-checks: granted amounts per year and line, or why not
    bewilligt: dict[int, dict[str, Decimal]] | None = None
    bescheid_problem: str | None = None
    bescheid_kommune: str | None = None
    bescheid_aktenzeichen: str | None = None

    def zeitraum(self) -> Zeitraum | None:
        """The funding period: the Bewilligungszeitraum, else the Förderzeitraum."""
        for kind in ("bewilligung", "foerder", "bericht"):
            found = [z for z in self.zeitraeume if z.art == kind]
            if found:
                return found[0]
        return None

    def zeitraum_unklar(self) -> str | None:
        for kind in ("bewilligung", "foerder"):
            found = {(z.beginn, z.ende) for z in self.zeitraeume if z.art == kind}
            if len(found) > 1:
                return f"Das Dokument nennt verschiedene Zeiträume ({_periods(found)})."
        return None


def _periods(found) -> str:
    from kimdocs.formatting import format_date

    return "; ".join(f"{format_date(a)} bis {format_date(b)}" for a, b in sorted(found))


# --- words ----------------------------------------------------------------------------------

TOTAL = re.compile(r"\b(summe|gesamt|gesamtsumme|gesamtbetrag|insgesamt|zusammen|total)\b",
                   re.IGNORECASE)
_YEAR = re.compile(r"\b(20\d{2})\b")
_NEGATION = re.compile(r"\b(nicht|kein\w*|ohne|entf[aä]ll\w*)\b", re.IGNORECASE)
_LINES = (  # (posten, words in the label), first match wins; overhead comes from the guideline
    ("eigenanteil", ("eigenanteil", "eigenmittel", "eigene mittel", "kommunaler anteil",
                     "eigenbeteiligung", "eigenleistung")),
    ("personal", ("personal",)),
    ("sach", ("sachkosten", "sachausgaben", "sachmittel", "sachaufwand")),
)
_ROLES = (  # (rolle, words), first match wins
    ("zuwendung", ("davon zuwendung", "davon aus der zuwendung", "davon förder",
                   "davon kim", "davon landes")),
    ("verausgabt", ("verausgabt", "ist-ausgaben", "ist ausgaben", "tatsächlich", "ausgegeben",
                    "verwendet", "ist-kosten")),
    ("bewilligt", ("bewilligt", "bewilligung", "gewährt")),
    ("beantragt", ("beantragt", "antragssumme", "beantragte")),
    ("zuwendung", ("zuwendung", "zuschuss", "förderung", "fördermittel", "förderbetrag",
                   "landesmittel", "zuweisung", "förderfähig")),
    ("geplant", ("geplant", "ausgaben", "gesamtkosten", "kosten der stelle", "voraussichtlich",
                 "kalkul")),
)
# "Festbeträge der Personalausgaben je Stellenanteil und Jahr": amounts per position are
# shares of the year's line, never the line itself
_BREAKDOWN = re.compile(r"\bje\s+(stellenanteil|stelle|person|mitarbeiter\w*|beschäftigte\w*)\b",
                        re.IGNORECASE)
_VACANT = re.compile(r"\b(n\.\s?n\.|unbesetzt|vakant|nicht besetzt|offen|noch zu besetzen|"
                     r"ausgeschrieben|vakanz)\b", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:Frau|Herr|Hr\.|Fr\.)\s+(?:Dr\.\s+)?([A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)?)")
_STAFF_HEADER = re.compile(r"vzä|vzae|stellenanteil|stellenumfang|umfang|wochenstunden|"
                           r"arbeitszeit|stunden|anteil", re.IGNORECASE)
_PERIOD_WORDS = (("bewilligung", "bewilligungszeitraum"), ("bericht", "berichtszeitraum"),
                 ("foerder", "förderzeitraum"), ("foerder", "foerderzeitraum"),
                 ("foerder", "durchführungszeitraum"), ("foerder", "laufzeit"),
                 ("foerder", "zeitraum"))
_REPORT_WORDS = re.compile(r"(?:Jahresbericht|Berichtsjahr|Sachbericht)\D{0,12}(20\d{2})")
# "Bericht über das Kommunale Integrationsmanagement im Jahr 2025", "Bericht … für das Jahr 2026"
_REPORT_YEAR = re.compile(r"\bBericht\w*\b[^.\n]{0,90}?\b(?:im|für das|über das)\s+"
                          r"(?:Jahr|Berichtsjahr|Haushaltsjahr)\s+(20\d{2})\b")
_PLACE_DATE = re.compile(r"^\s*[A-ZÄÖÜ][\w .()/-]{1,60},\s*(den\s+)?\d{1,2}\.")
_GEZ = re.compile(r"\bgez\.\s")
_SIGNATURE = re.compile(r"^\s*(im auftrag|in vertretung|i\.\s?a\.|i\.\s?v\.|gez\.|"
                        r"mit freundlichen grüßen|unterschrift)", re.IGNORECASE)
_APPLICANT_KEYS = ("antragsteller", "antragstellerin", "antragstellende", "zuwendungsempfänger",
                   "name der kommune", "kommune", "gebietskörperschaft", "träger der maßnahme")
_KEY_KEYS = ("kreisschlüssel", "gemeindeschlüssel", "ags", "amtlicher gemeindeschlüssel")
_BODY = (r"(?:Verbandsgemeinde|Ortsgemeinde|Gemeinde|Stadt|Landkreis|Kreis|Kreisverwaltung|"
         r"Stadtverwaltung|Große Kreisstadt)")
_NAME = r"[A-ZÄÖÜ][\w\-]+(?:\s+(?:am|an|in|der|im|(?:a\.|i\.|d\.)\s?\w+\.?|[A-ZÄÖÜ(][\w\-()]+))*"
_APPLICANT_SENTENCE = re.compile(
    rf"(?P<name>(?:{_BODY}\s+{_NAME})|(?:{_NAME}\s+(?:e\.\s?V\.|gGmbH|GmbH)))\s+"
    rf"(?:beantragt|stellt\s+(?:hiermit\s+)?(?:den|einen)\s+Antrag)")
# (?<=[.!?]) first: a cheap test that fails at almost every position of a text
_SENTENCE = re.compile(
    r"(?<=[.!?])(?:(?<=[a-zäöüß)\d]{2}[.!?])|(?<=\s€[.!?])|(?<=EUR[.!?]))\s+(?=[A-ZÄÖÜ])")
_EXTERNAL = re.compile(r"(e\.\s?V\.|\bgGmbH\b|\bGmbH\b|verein\b|verband\b|freie[nrm]?\s+träger|"
                       r"\bcaritas|\bdiakoni|\bawo\b|\bdrk\b|\bstiftung\b|wohlfahrt)",
                       re.IGNORECASE)
_EXTERNAL_PLACEMENT = re.compile(
    r"(?:angesiedelt|eingerichtet|angestellt|beschäftigt|verortet|anstellungsträger|"
    r"\bträger\b|trägerschaft)", re.IGNORECASE)
_INTERNAL = re.compile(r"verwaltung|(?<!ges)amt\b|referat|abteilung|fachbereich|stabsstelle|"
                       r"dezernat|fachdienst|geschäftsbereich|büro", re.IGNORECASE)
_QUESTIONNAIRE = re.compile(r"fragebogen", re.IGNORECASE)
_POINTER = re.compile(r"^(?:siehe|s\.|vgl\.|wie)\s+(?:im\s+)?(?:briefkopf|kopf|oben|absender)\b",
                      re.IGNORECASE)
_LETTERHEAD_BODY = re.compile(rf"{_BODY}(?:\s+des|\s+der)?\s+{_NAME}")
_LABEL_START = re.compile(r"^[^:\n.]{2,40}:\s")
_INNER_PLACE_DATE = re.compile(r"(?<=\s)([A-ZÄÖÜ][\w()/-]*(?: [\w()/-]+){0,3}),\s*(?:den\s+)?"
                               r"(\d{1,2}\.\d{1,2}\.\d{4})\b")
# a staff table's share cell that tries to say a share ("Teilzeit (24 Std.)", "3/4", "60 %")
_SHARE_ATTEMPT = re.compile(r"\d|teilzeit|vollzeit|halbtags|stelle|std|stunden|\bvz",
                            re.IGNORECASE)
MELDUNG_UNLESBAR = ("Der Stellenumfang ist nicht lesbar angegeben: {teile}. Ohne ihn sind "
                    "Gesamtumfang und Höchstbetrag nicht bestimmbar.")
_ATTACHMENTS = re.compile(r"^\s*(anlagen?|anlagenverzeichnis)\s*:?\s*(.*)$", re.IGNORECASE | re.S)


def classify_line(label: str, overhead_terms: list[str]) -> str | None:
    low = label.casefold()
    if is_overhead_text(label, overhead_terms):
        return "overhead"
    for posten, words in _LINES:
        if any(w in low for w in words):
            return posten
    if TOTAL.search(low):
        return "gesamt"
    return None


def classify_role(*texts: str) -> str | None:
    """The role of an amount: the nearest text (its own label first) that names one."""
    for text in texts:
        role = _role_named(text)
        if role is not None:
            return role
    return None


_ROLE_WORDS = [(role, re.compile("|".join(map(re.escape, words)))) for role, words in _ROLES]
_DAVON_WORD = re.compile(r"\bdavon\b")
_OWN_OR_THIRD = re.compile(r"eigen|dritt")
_PLANNED_SPENDING = re.compile(r"(?<![a-zäöü])ausgaben|gesamtausgaben|geplant|gesamtkosten|"
                               r"kosten der|voraussicht|kalkul")


@lru_cache(maxsize=8192)  # section titles and captions come back for every amount under them
def _role_named(text: str) -> str | None:
    """The first role (in the order of _ROLES) that one text names."""
    low = text.casefold()
    # "davon gefördert", "davon aus KIM-Mitteln": the part of an amount the grant pays
    if _DAVON_WORD.search(low) and not _OWN_OR_THIRD.search(low):
        return "zuwendung"
    for role, words in _ROLE_WORDS:
        if words.search(low):
            # "Personalausgaben" names the line, not planned spending
            if role == "geplant" and "ausgaben" in low and not _PLANNED_SPENDING.search(low):
                continue
            return role
    return None


# --- reading a document ---------------------------------------------------------------------


def from_document(document: Document, r: Richtlinie, art: str, *,
                  eingang: date | None = None) -> Fakten:
    return _Reader(document, r, art).run(eingang)


class _Reader:
    def __init__(self, document: Document, r: Richtlinie, art: str):
        self.d = document
        self.r = r
        self.art = art
        self.terms = tuple(t.casefold() for t in r.parameter.overhead_begriffe)
        self.overhead = _overhead_search(self.terms)  # any overhead word, in compact form
        self.fulltime = r.parameter.vollzeit_wochenstunden
        blocks = document.blocks
        # indexes, one pass each
        self.by_block: dict[int, list[Figure]] = {}
        for f in document.figures:
            index = f.location.block_index if f.location else -1
            self.by_block.setdefault(index, []).append(f)
        self.section: list[str] = []
        self.caption: list[str] = []
        current = ""
        for i, b in enumerate(blocks):
            if isinstance(b, Heading):
                current = b.title
            elif _is_label_line(b):  # "Anbindung in der Verwaltung:" alone on its line
                current = b.text.strip().rstrip(":").strip()
            self.section.append(current)
            prev = blocks[i - 1] if i else None
            self.caption.append(prev.text if isinstance(b, Table) and prev is not None
                                and not isinstance(prev, Table) and len(prev.text) < 160
                                else "")
        self.headers: dict[int, list[str]] = {}  # table block -> header text per column
        # staff rows whose share is written in a way not read: (who, cell text)
        self.unreadable_shares: list[tuple[str, str]] = []
        self._cost_tables: dict[int, int] = {}  # table block -> end of its cost items (0: none)

    # -- helpers
    def at(self, location, text: str) -> Fundstelle:
        return Fundstelle.at(location, " ".join(text.split())[:200])

    def column_header(self, index: int, table: Table, col: int) -> str:
        """All header rows over a column (multi-row and merged headers): the rows before the
        first row that holds a figure, going left past merged (empty) cells."""
        if index not in self.headers:
            rows = table.rows
            with_figures = {f.location.cell[0] for f in self.by_block.get(index, [])
                            if f.location and f.location.cell
                            and f.kind in ("betrag", "vzae", "stunden", "prozent")}
            first_data = max(1, min((k for k in with_figures if k < len(rows)), default=1))
            width = max((len(row) for row in rows), default=0)
            cols = []
            for c in range(width):
                parts = []
                for row in rows[:first_data]:
                    k = min(c, len(row) - 1)
                    while k > 0 and not row[k].strip():
                        k -= 1
                    text = " ".join(row[k].split()) if k >= 0 and row else ""
                    if text and text not in parts:
                        parts.append(text)
                cols.append(" ".join(parts))
            self.headers[index] = cols
        cols = self.headers[index]
        return cols[col] if col < len(cols) else ""

    def year_in(self, *texts: str) -> int | None:
        for text in texts:
            years = _YEAR.findall(text)
            if len(set(years)) == 1:
                return int(years[0])
        return None

    # -- the pass
    def run(self, eingang: date | None) -> Fakten:
        f = Fakten(self.art, eingang=eingang)
        mentions: list[tuple[int, str, list[tuple[Decimal, Figure | None, int]]]] = []
        table_parts: list[Stellenanteil] = []
        for i, block in enumerate(self.d.blocks):
            figures = self.by_block.get(i, [])
            if isinstance(block, Table):
                self._table(f, i, block, figures, table_parts, mentions)
            else:
                self._text(f, i, block, figures, mentions)
        self._report_year(f)
        self._amounts(f)
        self._staff(f, table_parts, mentions)
        if self.unreadable_shares and f.stellen_unklar is None:
            f.stellen_unklar = MELDUNG_UNLESBAR.format(teile="; ".join(
                f"{who} „{text}“" for who, text in self.unreadable_shares))
        return f

    # tables: key-value rows (applicant, periods, dates), staff tables, sums, overhead rows
    def _table(self, f: Fakten, i: int, table: Table, figures: list[Figure],
               parts: list[Stellenanteil], mentions) -> None:
        rows = table.rows
        if not rows:
            return
        cells: dict[tuple[int, int], list[Figure]] = {}
        for fig in figures:
            if fig.location and fig.location.cell:
                cells.setdefault(fig.location.cell, []).append(fig)
        for r_index, row in enumerate(rows):
            key = _key(row[0]) if row else ""
            rest = " ".join(c for c in row[1:] if c.strip())
            where = table.location.in_cell(r_index, 1 if len(row) > 1 else 0)
            if key and rest and len(row) >= 2:
                self._key_value(f, key, rest, row[0], where,
                                [g for c in range(1, len(row)) for g in cells.get((r_index, c), [])])
            for c, cell in enumerate(row):  # a form: a long cell is prose under its row's label
                if len(cell) > PROSE_CELL:
                    self._prose(f, i, cell, table.location.in_cell(r_index, c),
                                row[0] if c else self.section[i], "cell",
                                cells.get((r_index, c), []), mentions)
            # overhead named in a row with a non-zero amount
            if row and is_overhead_text(row[0], self.terms) and not _NEGATION.search(" ".join(row)):
                if any(g.kind in ("betrag", "prozent") and g.value != 0
                       for c in range(len(row)) for g in cells.get((r_index, c), [])) or any(
                        re.search(r"[1-9]", c) for c in row[1:]):
                    f.overhead.append(Erwaehnung(" | ".join(row), self.at(
                        table.location.in_cell(r_index, 0), " | ".join(row))))
            if any(_QUESTIONNAIRE.search(c) for c in row) and f.fragebogen is None:
                text = " | ".join(row)
                f.fragebogen = Erwaehnung(text, self.at(where, text),
                                          bool(re.search(r"\b(nicht|kein|nachgereicht|fehlt)\b",
                                                         text, re.IGNORECASE)))
        self._staff_table(i, table, cells, parts)
        self._table_sums(f, i, table, cells)

    def _key_value(self, f: Fakten, key: str, value: str, raw_key: str, where,
                   figures: list[Figure]) -> None:
        if any(key == k or key.startswith(k + " ") for k in _KEY_KEYS):
            m = re.search(r"\b(07\d{3}(?:\d{3})?)\b", value)
            if m:
                self._set_key(f, m.group(1), self.at(where, f"{raw_key}: {value}"))
        elif any(key == k or key.startswith(k) for k in _APPLICANT_KEYS[:5]) or key in _APPLICANT_KEYS:
            self._set_applicant(f, _name_part(value), self.at(where, f"{raw_key}: {value}"))
            m = re.search(r"(?:kreisschlüssel|gemeindeschlüssel|\bags\b)\D{0,20}(07\d{3}(?:\d{3})?)\b",
                          value, re.IGNORECASE)
            if m:
                self._set_key(f, m.group(1), self.at(where, f"{raw_key}: {value}"))
        elif key in ("träger", "anstellungsträger", "trägerschaft") and value.strip(" –-"):
            self._placement(f, f"Träger: {value}", where)
        elif key in ("amt", "abteilung", "organisationseinheit", "fachbereich", "referat",
                     "ansiedlung", "organisatorische anbindung", "dienststelle") \
                and value.strip(" –-"):
            if f.ansiedlung.einheit is None:
                f.ansiedlung.einheit = value.strip()
                f.ansiedlung.fundstelle = f.ansiedlung.fundstelle or self.at(where, f"{raw_key}: {value}")
            self._placement(f, value, where, label=True)
        dates = [g for g in figures if g.kind == "datum"]
        if "zeitraum" in key or "laufzeit" in key:
            if len(dates) >= 2:
                self._add_period(f, key, dates[0].value, dates[1].value,
                                 self.at(where, f"{raw_key}: {value}"))
        elif (re.search(r"\b(datum|stand|antragsdatum|unterschrift)\b", key)
              or _PLACE_DATE.match(value)) and dates and f.datum is None:
            f.datum = Datum(dates[0].value, self.at(where, f"{raw_key}: {value}"))
        elif key in ("aktenzeichen", "az", "az.", "unser zeichen", "mein zeichen",
                     "geschäftszeichen") and f.aktenzeichen is None:
            f.aktenzeichen = value.strip()

    def _staff_table(self, i: int, table: Table, cells, parts: list[Stellenanteil]) -> None:
        rows = table.rows
        share_cols = [c for c in range(len(rows[0])) if _STAFF_HEADER.search(
            self.column_header(i, table, c))]
        has_share = any(g.kind in ("vzae", "stunden") for gs in cells.values() for g in gs)
        if not share_cols and not has_share:
            return
        for r_index, row in enumerate(rows):
            found = [g for c in range(len(row)) for g in cells.get((r_index, c), [])
                     if len(row[c]) <= PROSE_CELL]
            if any(g.kind == "betrag" for g in found):
                continue  # "Personalkosten (1,0 VZÄ) | 60.000 EUR": a cost row, not a post
            shares = [g for g in found if g.kind in ("vzae", "stunden")]
            if not shares and share_cols:
                shares = [g for g in found if g.kind == "prozent"
                          and g.location.cell[1] in share_cols]
            if not shares:
                # a person's row whose share cell says something we cannot read: the total
                # and every cap from it are unknown, not smaller (never a guessed Fehler)
                written = [row[c].strip() for c in share_cols if r_index and c < len(row)
                           and _SHARE_ATTEMPT.search(row[c]) and len(row[c]) <= PROSE_CELL]
                who = next((c.strip() for c in row if c.strip() and _PERSON.search(c)), "")
                if written and (who or _VACANT.search(" ".join(row))) \
                        and not TOTAL.search(" ".join(row[:1])):
                    self.unreadable_shares.append((who or "unbesetzte Stelle", written[0]))
                continue
            head = " ".join(row[:1])
            if TOTAL.search(head) or TOTAL.search(shares[0].label):
                continue
            value = self._share(shares[0])
            if value is None or value <= 0 or value > 2:
                continue
            dates = [g for g in found if g.kind == "datum"]
            beginn = ende = None
            for g in dates:
                label = (g.label + " " + self.column_header(i, table, g.location.cell[1])).casefold()
                cell = rows[r_index][g.location.cell[1]]
                just_before = cell[:cell.find(g.text)][-16:].casefold()
                # "01.01.2026 – 30.06.2026" in one cell: the second date ends the part
                if re.search(r"\b(ende|bis|befristet|austritt)\W*$", just_before) or (
                        beginn is not None and re.search(r"\d\s*[–—-]\s*$", just_before)) or (
                        not re.search(r"\b(ab|seit|beginn)\W*$", just_before)
                        and re.search(r"\b(ende|bis|befristet|austritt)", label)):
                    ende = g.value
                else:
                    beginn = beginn or g.value
            who = next((c.strip() for c in row if c.strip() and not re.search(r"\d", c)), "")
            vacant = bool(_VACANT.search(" ".join(row)))
            parts.append(Stellenanteil("unbesetzte Stelle" if vacant else who or "Stelle", value,
                                       beginn, ende, [self.at(shares[0].location,
                                                              f"{shares[0].label}: {shares[0].text}")],
                                       not vacant))

    def _share(self, g: Figure) -> Decimal | None:
        if g.kind in ("vzae", "stunden"):
            return g.vzae(self.fulltime)
        if g.kind == "prozent" and 0 < g.value <= 100:
            return (g.value / 100).normalize()
        return None

    def _table_sums(self, f: Fakten, i: int, table: Table, cells) -> None:
        from kimdocs.facts.amounts import bare_amount

        rows = table.rows
        width = max(len(row) for row in rows)
        if not any(row and TOTAL.search(row[0]) for row in rows) and not any(
                TOTAL.search(self.column_header(i, table, c)) for c in range(1, width)):
            return  # no stated sum: nothing to add up

        def value(r_index: int, c: int) -> Decimal | None:
            if c >= len(rows[r_index]):
                return None
            found = [g for g in cells.get((r_index, c), ()) if g.kind == "betrag"]
            return found[0].value if found else bare_amount(rows[r_index][c])

        values = [[value(r_index, c) for c in range(width)] for r_index in range(len(rows))]
        totals = [bool(row) and bool(TOTAL.search(row[0])) for row in rows]
        header_rows = next((k for k, row in enumerate(values) if any(
            v is not None for v in row[1:])), len(rows))
        # column sums: a total row under its items (subtotals: the items since the last sum)
        for r_index, row in enumerate(rows):
            if not totals[r_index] or r_index < header_rows:
                continue
            subtotal = bool(re.search(r"(personal|sach|overhead|eigen)", row[0], re.IGNORECASE))
            for c in range(1, width):
                stated = values[r_index][c]
                if stated is None:
                    continue
                items = [values[k][c] for k in range(header_rows, r_index) if not totals[k]
                         and values[k][c] is not None]
                if not items:
                    continue
                readings = {sum(items)}
                subs = [values[k][c] for k in range(header_rows, r_index)
                        if totals[k] and values[k][c] is not None]
                if subs:
                    readings.add(sum(subs))
                if subtotal:  # "Summe Sachkosten": the items just above it
                    acc = Decimal(0)
                    for k in range(r_index - 1, header_rows - 1, -1):
                        if totals[k]:
                            break
                        if values[k][c] is not None:
                            acc += values[k][c]
                            readings.add(acc)
                header = self.column_header(i, table, c)
                primary = sum(items)
                f.summen.append(Summe(stated, [primary, *sorted(readings - {primary})], f"{row[0]} {header}".strip(),
                                      self.at(table.location.in_cell(r_index, c),
                                              f"{row[0]} {header}: {row[c]}")))
        # row sums: a "Gesamt" column over the line columns of the same row
        heads = [self.column_header(i, table, c) for c in range(width)]
        total_cols = [c for c in range(1, width) if TOTAL.search(heads[c])
                      and classify_line(heads[c], self.terms) in (None, "gesamt")]
        line_cols = [c for c in range(1, width) if c not in total_cols
                     and classify_line(heads[c], self.terms) in ("personal", "sach", "overhead")]
        if len(total_cols) != 1 or len(line_cols) < 2 or any(
                classify_line(h, self.terms) == "eigenanteil" or "davon" in h.casefold()
                for h in heads):
            return
        c = total_cols[0]
        for r_index in range(header_rows, len(rows)):
            stated = values[r_index][c]
            items = [values[r_index][k] for k in line_cols if values[r_index][k] is not None]
            if stated is None or len(items) < 2:
                continue
            f.summen.append(Summe(stated, [sum(items)], f"{rows[r_index][0]} {heads[c]}".strip(),
                                  self.at(table.location.in_cell(r_index, c),
                                          f"{rows[r_index][0]} {heads[c]}: {rows[r_index][c]}")))

    # text blocks: applicant, placement, periods, dates, staff mentions, overhead, attachments
    def _text(self, f: Fakten, i: int, block, figures: list[Figure], mentions) -> None:
        kind = "heading" if isinstance(block, Heading) or _is_label_line(block) else "paragraph"
        if kind == "paragraph" and f.antragsteller.name is None and _APPLICANT_SECTION.search(
                self.section[i]) and _looks_like_name(block.text):
            self._set_applicant(f, _name_part(block.text), self.at(block.location, block.text))
        self._prose(f, i, block.text, block.location, self.section[i], kind, figures, mentions)
        if kind == "paragraph" and f.datum is None and _LABEL_START.match(block.text):
            # "Berichtsjahr: 2026 Mainz, 08.12.2026": a PDF reader joined the place-and-date
            # line to the label line above it
            m = _INNER_PLACE_DATE.search(block.text)
            dates = [g for g in figures if g.kind == "datum" and m and g.text == m.group(2)]
            if dates:
                f.datum = Datum(dates[0].value, self.at(block.location, m.group(0)))

    def _prose(self, f: Fakten, i: int, text: str, location, section: str, kind: str,
               figures: list[Figure], mentions) -> None:
        low = text.casefold()
        if ":" in text[:60] and kind == "paragraph":
            key, _, value = text.partition(":")
            if value.strip() and len(key) <= 40:
                self._key_value(f, _key(key), value.strip(), key.strip(), location, figures)
        m = _APPLICANT_SENTENCE.search(text) if f.antragsteller.name is None and (
            "beantragt" in low or "antrag" in low) else None
        if m:
            self._set_applicant(f, m.group("name"), self.at(location, text))
        if f.antragsteller.schluessel is None and ("schlüssel" in low or "ags" in low):
            m = re.search(r"(?:kreisschlüssel|gemeindeschlüssel|\bags\b)\D{0,20}(07\d{3}(?:\d{3})?)\b",
                          low)
            if m:
                self._set_key(f, m.group(1), self.at(location, text))
        if (_PLACEMENT_HINT.search(low) or _PLACEMENT_SECTION.search(section)) and (
                _EXTERNAL_PLACEMENT.search(text) or (_INTERNAL.search(text) and (
                    "angesiedelt" in low or (kind != "heading"
                                             and _PLACEMENT_HEADING.search(section))))):
            self._placement(f, text, location)
        dates = [g for g in figures if g.kind == "datum"]
        if "die zeit" in low and _TIME_SPAN.search(low) and "zeitraum" not in low:  # "für die Zeit vom … bis …"
            low = _TIME_SPAN.sub(" zeitraum ", low)
        at = max(low.find("zeitraum"), low.find("laufzeit"))
        if at > 0 and len(dates) > 2:  # "auf Ihren Antrag vom … für den Zeitraum vom … bis …"
            later, pos = [], 0
            for g in dates:
                pos = text.find(g.text, pos)
                if pos > at:
                    later.append(g)
                pos += len(g.text)
            dates = later if len(later) >= 2 else dates
        if len(dates) >= 2 and ("zeitraum" in low or "laufzeit" in low or (
                kind == "cell" and re.search("zeitraum|laufzeit", section, re.IGNORECASE))):
            self._add_period(f, low if "zeitraum" in low or "laufzeit" in low else
                             section.casefold(), dates[0].value, dates[1].value,
                             self.at(location, text))
        elif kind == "heading" and ("zeitraum" in low or "laufzeit" in low):
            under = [g for k in (i + 1, i + 2) for g in self.by_block.get(k, [])
                     if g.kind == "datum"]
            if len(under) >= 2:
                self._add_period(f, low, under[0].value, under[1].value, self.at(location, text))
        if dates and f.datum is None and kind != "heading":
            if _PLACE_DATE.match(text) or any(re.search(r"\b(datum|stand|den)\b", g.label,
                                                        re.IGNORECASE) for g in dates[:1]):
                f.datum = Datum(dates[0].value, self.at(location, text))
        if kind != "heading" and f.zeichnung is None and (
                _SIGNATURE.match(text) or ("gez." in text and _GEZ.search(text))):
            f.zeichnung = Erwaehnung(text, self.at(location, text))
        if _QUESTIONNAIRE.search(text) and f.fragebogen is None:
            f.fragebogen = Erwaehnung(text, self.at(location, text), bool(
                re.search(r"\b(nicht|kein|nachgereicht|fehlt)\b", text, re.IGNORECASE)))
        m = _ATTACHMENTS.match(text)
        if m:
            f.anlagen += [a.strip(" -•–") for a in re.split(r"[\n;]", m.group(2)) if a.strip(" -•–")]
        elif section.casefold().startswith("anlage") and kind != "heading":
            f.anlagen.append(text.strip(" -•–"))
        if self.overhead(_compact(text)):
            money = [g.text for g in figures if g.kind in ("betrag", "prozent")]
            for sentence in _SENTENCE.split(text):
                # claimed only with an amount or a rate: "Fachbereich 1 (Querschnittsdienste)"
                # or "seit 2024" is no cost
                if is_overhead_text(sentence, self.terms) and any(m in sentence for m in money) \
                        and not _NEGATION.search(sentence):
                    f.overhead.append(Erwaehnung(sentence, self.at(location, sentence)))
        self._mentions(location, text, figures, mentions)

    def _mentions(self, location, text: str, figures: list[Figure], mentions) -> None:
        """Staff shares in a sentence: VZÄ, weekly hours, percent of a post, "halbe Stelle",
        "Vollzeit"; a bracketed restatement is the same part."""
        shares = []
        for g in figures:
            if g.kind in ("vzae", "stunden"):
                value = g.vzae(self.fulltime)
            elif g.kind == "prozent" and re.search(r"stelle|vzä|teilzeit|beschäftigungsumfang|"
                                                     r"stellenanteil|integrationsmanager|umfang",
                                                     text, re.IGNORECASE):
                value = self._share(g)
            else:
                continue
            if value is None or value <= 0 or value > 2:
                continue
            pos = text.find(g.text)
            shares.append((pos, value, g))
        if not shares and "Vollzeit" in text:
            for m in re.finditer(r"\bin Vollzeit\b|\bVollzeit\b(?!äquivalent|stelle)", text):
                if re.search(r"stelle|integrationsmanager|beschäftigt|eingestellt", text,
                             re.IGNORECASE):
                    shares.append((m.start(), Decimal(1), None))
                    break
        if shares:
            mentions.append((location, text, shares))

    def _staff(self, f: Fakten, table_parts: list[Stellenanteil], mentions) -> None:
        parts = list(table_parts)
        prose: list[Stellenanteil] = []
        for location, text, shares in mentions:
            shares.sort(key=lambda s: s[0])
            groups: list[list] = []
            for pos, value, g in shares:
                if groups:
                    last_pos, last_value, last_g = groups[-1][-1]
                    end = last_pos + (len(last_g.text) if last_g else 8)
                    between = text[end:pos] if pos >= end else ""
                    if value == last_value and re.fullmatch(
                            r"[\s(,;=/:]*(?:bzw\.|d\.\s?h\.|entspricht|entsprechend|also|das sind|"
                            r"in Vollzeit|Vollzeit|Teilzeit|mit|[\s(,;=/:])*", between):
                        groups[-1].append((pos, value, g))
                        continue
                groups.append([(pos, value, g)])
            for group in groups:
                pos, value, g = group[0]
                clause = text[max(0, pos - 60):pos + 40]
                if TOTAL.search(text[max(0, pos - 40):pos]) or (g and TOTAL.search(g.label)):
                    f.stellen_gesamt = value
                    continue
                times = 2 if re.search(r"\b(zweimal|zwei|2\s?x|2\s?×)\s*(?:je\s*)?$",
                                       text[max(0, pos - 14):pos], re.IGNORECASE) else 1
                # "Frau A und Herr B … mit jeweils 19,5 Wochenstunden": one part each
                each = [m.group(0) for m in _PERSON.finditer(_sentence_at(text, g.text) if g
                                                            else text)]
                each = list(dict.fromkeys(each))
                if re.search(r"\bje\b|\bjeweils\b|zu je", text[max(0, pos - 12):pos]):
                    if len(each) >= 2:
                        times = len(each)
                    elif re.search(r"\b(beide|zwei|2)\b", text, re.IGNORECASE):
                        times = 2
                else:
                    each = []
                named = list(_PERSON.finditer(text[max(0, pos - 80):pos]))
                who = named[-1].group(0) if named else ""
                vacant = bool(_VACANT.search(clause))
                where = self.at(location, text)
                for k in range(times):  # "zweimal 0,5 VZÄ": two parts, not one repeated
                    if len(each) == times:
                        prose.append(Stellenanteil(each[k], value, None, None, [where], True))
                        continue
                    wer = "unbesetzte Stelle" if vacant else who or "Stelle"
                    prose.append(Stellenanteil(f"{wer} {k + 1} von {times}" if times > 1 else wer,
                                               value, None, None, [where], not vacant))
        # the same part named again in prose is not a new part: a named one by its name, an
        # unnamed one ("zweimal 0,5 VZÄ", "die Stelle (1,0 VZÄ)") by an equal part named
        # elsewhere, each part restated at most once
        restated: set[int] = set()
        for p in prose:
            if p.wer.startswith(("Stelle", "unbesetzte Stelle")):
                same = next((q for q in parts if q.vzae == p.vzae and id(q) not in restated
                             and not _same_place(p, q)), None)
                if same is not None:
                    restated.add(id(same))
                    same.fundstellen += p.fundstellen
                    continue
            known = [q for q in parts if not p.wer.startswith(("Stelle", "unbesetzte Stelle"))
                     and _same_person(p.wer, q.wer)]
            if known:
                known[0].fundstellen += p.fundstellen
                continue
            if parts and p.wer == "Stelle" and f.stellen_gesamt is None and \
                    p.vzae == sum((q.vzae for q in parts), Decimal(0)) and len(parts) > 1:
                f.stellen_gesamt = p.vzae
                continue
            parts.append(p)
        # a stated total among the parts ("Stellenumfang: 1 VZÄ" after 0,5 + 0,5)
        if len(parts) >= 3:
            values = [p.vzae for p in parts]
            for k, value in enumerate(values):
                if value == sum(values) - value and parts[k].wer in ("Stelle", ""):
                    f.stellen_gesamt = value
                    parts = parts[:k] + parts[k + 1:]
                    break
        f.stellen = _merge_successive(parts)

    def _amounts(self, f: Fakten) -> None:
        period = None
        for fig in self.d.figures:
            if fig.kind != "betrag":
                continue
            index = fig.location.block_index if fig.location else -1
            block = self.d.blocks[index] if 0 <= index < len(self.d.blocks) else None
            header = corner = ""
            before = sentence = ""
            if isinstance(block, Table) and fig.location.cell:
                header = self.column_header(index, block, fig.location.cell[1])
                if fig.location.cell[1]:  # the table's own title cell: "Ausgaben 2026", "2026"
                    corner = self.column_header(index, block, 0)
            elif block is not None:
                before = block.text.split(fig.text, 1)[0][-80:]
                sentence = _sentence_at(block.text, fig.text)
            # "Die Personalausgaben beliefen sich auf 75.000 €, davon wurden 60.000 € aus der
            # Zuweisung finanziert": the role of each amount is in its own clause
            clauses = _DAVON.split(sentence)
            clause = next((c for c in clauses if fig.text in c), sentence)
            if len(clauses) > 1 and clause == clauses[0]:
                # "80.000 € Zuweisung, davon 60.000 € Personalkosten …": the whole, not a line
                sentence = clause
            caption = self.caption[index] if index >= 0 else ""
            section = self.section[index] if index >= 0 else ""
            label = fig.label if header in fig.label else f"{fig.label} {header}".strip()
            posten = classify_line(label, self.terms) or (self._one_line(sentence)
                                                          if sentence else None)
            if posten is None and caption:
                posten = classify_line(caption, self.terms)
            rolle = classify_role(label, clause, corner, caption, section)
            if rolle == "geplant" and self.art == "jahresbericht" and not _PLAN_WORDS.search(
                    " ".join((label, sentence, corner, caption, section))):
                rolle = "verausgabt"  # a report's "Ausgaben" are what was spent
            caps = {m.group(0).casefold() for m in _CAP_WORDS.finditer(sentence or "")}
            if caps and not (caps <= {"bis zu"} and _GRANT_VERB.search(sentence)):
                rolle = "hoechstbetrag"  # the guideline's cap quoted, not claimed
                # (but "bewillige ich … eine Zuweisung von bis zu 80.000 €" is the grant)
            elif _BREAKDOWN.search(f"{caption} {header}"):  # a share of a line, not the line
                rolle = "anteil"
            jahr = self.year_in(fig.label, header, before[-40:], sentence, corner, caption,
                                section)
            if jahr is None:
                if period is None:
                    period = f.zeitraum()
                if period and period.beginn.year == period.ende.year:
                    jahr = period.beginn.year
                jahr = jahr or f.berichtsjahr
            total = bool(TOTAL.search(label) or (before and TOTAL.search(before[-40:])))
            if isinstance(block, Table) and fig.location.cell and posten in (None, "gesamt") \
                    and self._sach_item(index, block, fig.location.cell[0]):
                posten, total = "sach", False  # "Netzwerktreffen" under "Personalausgaben"
            f.betraege.append(Betrag(fig.value, posten, rolle, jahr, label,
                                     self.at(fig.location, f"{label}: {fig.text}"), total))
        self._column_roles(f)

    def _one_line(self, sentence: str) -> str | None:
        """The line of an amount whose own label names none, from its sentence – only where
        the sentence speaks of one line: "80.000 € (Personalausgaben 60.000 €,
        Sachausgaben 20.000 €)" leaves the 80.000 € without a line."""
        if is_overhead_text(sentence, self.terms):
            return "overhead"
        low = sentence.casefold()
        named = {posten for posten, words in _LINES if any(w in low for w in words)}
        return named.pop() if len(named) == 1 else None

    def _sach_item(self, index: int, table: Table, r: int) -> bool:
        """A cost item of a cost plan without a line word ("Netzwerktreffen und
        Veranstaltungen", "Sprachmittlung"): in a table that has a personnel row, every other
        item row is a Sachkosten item – the programme funds only these two lines (Konzept
        Nr. 5). Not a total, an own contribution, a financing row, overhead or a year row."""
        rows = table.rows
        if index not in self._cost_tables:
            personal = [k for k, row in enumerate(rows) if k and row
                        and classify_line(row[0], self.terms) == "personal"]
            # the cost items end at the first total: below it a plan lists its financing
            end = next((k for k, row in enumerate(rows) if k and row and _total_row(row[0])),
                       len(rows))
            self._cost_tables[index] = end if personal and personal[0] < end else 0
        end = self._cost_tables[index]
        if not end or r == 0 or r >= end or not rows[r]:
            return False
        head = " ".join(rows[r][0].split())
        return bool(head) and classify_line(head, self.terms) is None \
            and not _total_row(head) and not _FINANCE_ROW.search(head) \
            and not _PAY_ROW.search(head) and not _YEAR.search(head) \
            and len(re.findall(r"[^\W\d_]", head)) >= 3

    def _column_roles(self, f: Fakten) -> None:
        """A column whose stated total adds up its items and whose rows name a grant
        ("Personalkostenzuschuss", "Beantragte Zuweisung gesamt") is a grant column: its items
        without a role word of their own are grant items too (not planned costs)."""
        by_cell: dict[tuple[int, int], list[Betrag]] = {}
        for b in f.betraege:
            fs = b.fundstelle
            if fs is not None and fs.zelle is not None and fs.block is not None:
                by_cell.setdefault((fs.block, fs.zelle[1]), []).append(b)
        for (index, _col), column in by_cell.items():
            table = self.d.blocks[index]
            if not isinstance(table, Table):
                continue
            totals = [b for b in column if b.summe]
            items = [b for b in column if not b.summe]
            if len(totals) != 1 or len(items) < 2 or \
                    totals[0].wert != sum((b.wert for b in items), Decimal(0)):
                continue
            own = {classify_role(_row_label(table, b)) for b in column}
            grant = [x for x in ("beantragt", "zuwendung") if x in own]
            if not grant:
                continue
            for b in items:
                if b.rolle in (None, "geplant") and classify_role(_row_label(table, b)) is None:
                    b.rolle = grant[0]

    def _report_year(self, f: Fakten) -> None:
        if self.art != "jahresbericht":
            return
        # the usual words first in all the head, then "Bericht … im Jahr 2025"
        for pattern in (_REPORT_WORDS, _REPORT_YEAR):
            for block in self.d.blocks[:12]:
                m = pattern.search(block.text)
                if m:
                    f.berichtsjahr = int(m.group(1))
                    return
        period = next((z for z in f.zeitraeume if z.art == "bericht"), None)
        if period and period.beginn.year == period.ende.year:
            f.berichtsjahr = period.beginn.year

    # -- single facts
    def _set_applicant(self, f: Fakten, name: str, where: Fundstelle) -> None:
        name = " ".join(name.split()).strip(" ,;")
        if not name or name in ("–", "-"):
            return
        if _POINTER.match(name):  # "siehe Briefkopf": the body named in the letterhead
            head = self._letterhead_body()
            if head is None:
                return
            name, where = head
        if f.antragsteller.name is None:
            f.antragsteller.name = name
            f.antragsteller.art = body_kind(name)
            f.antragsteller.fundstelle = where

    def _letterhead_body(self) -> tuple[str, Fundstelle] | None:
        """The authority a letterhead names ("Kreisverwaltung Bad Dürkheim"): a line that is
        only a body's name, before the document's first heading."""
        for block in self.d.blocks:
            if isinstance(block, Heading):
                return None
            if isinstance(block, Paragraph) and _LETTERHEAD_BODY.fullmatch(block.text.strip()):
                return block.text.strip(), self.at(block.location, block.text)
        return None

    def _set_key(self, f: Fakten, key: str, where: Fundstelle) -> None:
        a = f.antragsteller
        if a.schluessel is None:
            a.schluessel = key
            a.fundstelle = a.fundstelle or where
        elif a.schluessel != key and not (len(key) == 8 and key.endswith("000")
                                          and key[:5] == a.schluessel):
            a.unklar = f"Das Dokument nennt zwei Schlüssel ({a.schluessel}, {key})."

    def _placement(self, f: Fakten, text: str, location, label: bool = False) -> None:
        a = f.ansiedlung
        for sentence in _SENTENCE.split(text):
            low = sentence.casefold()
            outside = _EXTERNAL.search(sentence)
            placing = label or _EXTERNAL_PLACEMENT.search(sentence) or "angesiedelt" in low
            if outside and placing and not re.search(
                    r"\b(nicht|kein\w*)\b[^.]{0,40}(träger|verein|verband|e\.\s?v)", low) and not \
                    re.search(r"(zusammenarbeit|kooperation|partner|vertreten|beteiligt|netzwerk)",
                              low):
                if a.extern is False and a.fundstelle and not label:
                    pass
                a.extern = True
                a.traeger = a.traeger or _body_named(sentence)
                a.fundstelle = self.at(location, sentence)
                return
            if _INTERNAL.search(sentence) and a.extern is None and (
                    label or "angesiedelt" in low or "verwaltung" in low or "anbindung" in low):
                a.extern = False
                a.fundstelle = self.at(location, sentence)

    def _add_period(self, f: Fakten, key: str, beginn: date, ende: date, where) -> None:
        # one date named twice ("beginnt am 01.02.2026 … Ausgaben ab dem 01.02.2026") is no
        # period, and no period runs backwards
        if beginn >= ende:
            return
        kind = next((k for k, w in _PERIOD_WORDS if w in key), "foerder")
        if self.art == "bescheid" and kind == "foerder":
            kind = "bewilligung"
        if self.art == "jahresbericht" and kind == "foerder" and "bericht" in key:
            kind = "bericht"
        if not any(z.art == kind and z.beginn == beginn and z.ende == ende for z in f.zeitraeume):
            f.zeitraeume.append(Zeitraum(kind, beginn, ende, where))


_DAVON = re.compile(r"[,;]\s*(?=(?:und\s+)?(?:davon|wovon|hiervon|darunter)\b)", re.IGNORECASE)
_TIME_SPAN = re.compile(r"\b(?:für|in) die zeit(?= vom\b)|\bfür die zeit von\b")
# a sentence places the post only with one of these words, or under a heading about it
_PLACEMENT_HINTS = ("angesiedelt", "eingerichtet", "angestellt", "beschäftigt", "verortet",
                    "trägerschaft", "anstellungsträger", "träger:")
_PLACEMENT_HINT = re.compile("|".join(map(re.escape, _PLACEMENT_HINTS)))
_PLACEMENT_SECTION = re.compile(r"anbindung|ansiedlung|organisation|einbindung|stelle",
                                re.IGNORECASE)
# a heading whose whole part is about where the post sits ("Einbindung in die Verwaltung")
_PLACEMENT_HEADING = re.compile(r"anbindung|ansiedlung|einbindung|organisatorisch|"
                                r"organisationseinheit", re.IGNORECASE)
_CAP_WORDS = re.compile(r"höchstbetrag|höchstens|bis zu|je vzä|pro vzä|je vollzeit|"
                        r"maximalförderung|maximal|obergrenze|förderhöchst", re.IGNORECASE)
_GRANT_VERB = re.compile(r"bewillig|gewähr", re.IGNORECASE)
# a plan, not spending: in a Jahresbericht "Ausgaben" alone are the spending
_PLAN_WORDS = re.compile(r"geplant|voraussicht|kalkul|plan|planung|soll|ansatz",
                         re.IGNORECASE)
PROSE_CELL = 80  # a table cell longer than this is prose (a form's answer field)
_APPLICANT_SECTION = re.compile(r"antragstell|zuwendungsempfänger", re.IGNORECASE)
_NAME_END = re.compile(r"\s*(?:\bAnschrift\b|\bKreisschlüssel\b|\bGemeindeschlüssel\b|\bAGS\b|"
                       r"\bVereinsregister\b|\bHandelsregister\b|\bvertreten\b|[,;(:]|\n|"
                       r"\b[A-ZÄÖÜ][a-zäöüß-]+(?:straße|str\.|platz|weg|allee)\b|\d{5}).*$", re.S)


_LABEL_ALONE = re.compile(r"^[A-ZÄÖÜ][^:\n.]{1,58}:$")


def _is_label_line(block) -> bool:
    """A paragraph that is only a label ("Anbindung in der Verwaltung:"): in a letter or a
    bold-lines document it opens a part, as a heading does."""
    return not isinstance(block, (Heading, Table)) and bool(_LABEL_ALONE.match(block.text.strip()))


# rows of a plan that are financing or own contribution, not a cost item
_FINANCE_ROW = re.compile(r"zuwendung|zuweisung|zuschuss|förder|eigen|drittmittel|finanzierung|"
                          r"einnahme|landesmittel|beantragt|bewilligt|anteil|davon|erstattung|"
                          r"spende|sponsor|erlös|ertr[aä]g|mittel\b|umlage|pauschal",
                          re.IGNORECASE)
# parts of the pay of the post, not Sachkosten: "Arbeitgeberanteil", "Zusatzversorgung (ZVK)"
_PAY_ROW = re.compile(r"arbeitgeber|sozialversicherung|zusatzversorgung|\bzvk\b|sonderzahlung|"
                      r"entgelt|gehalt|lohn|brutto|tvöd|besoldung|vergütung|beihilfe|"
                      r"\b(?:eg|e|s)\s?\d{1,2}\b|stufe", re.IGNORECASE)


def _total_row(head: str) -> bool:
    """"Summe", "Gesamt", and the compounds "Gesamtausgaben", "Zwischensumme", "Gesamtkosten"."""
    return bool(TOTAL.search(head) or re.search(r"gesamt|summe", head, re.IGNORECASE))


def _row_label(table: Table, b: Betrag) -> str:
    r = b.fundstelle.zelle[0] if b.fundstelle and b.fundstelle.zelle else -1
    return table.rows[r][0] if 0 <= r < len(table.rows) and table.rows[r] else ""


_KEY_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\))\s*")


def _key(text: str) -> str:
    """A form label: "1. Antragsteller:" -> "antragsteller"."""
    return _KEY_NUMBER.sub("", text.strip()).rstrip(": ").casefold()


def _name_part(text: str) -> str:
    return _NAME_END.sub("", text.strip()).strip()


def _looks_like_name(text: str) -> bool:
    """The first line under "Antragsteller": a body ("Verbandsgemeinde Nastätten") or a
    proper name of capitalised words, not a sentence ("Angaben folgen.")."""
    text = text.strip()
    if not (3 <= len(text) <= 120 and text[0].isupper() and ":" not in text[:40]
            and not _PLACE_DATE.match(text) and len(_name_part(text)) >= 3):
        return False
    name = _name_part(text)
    words = [w for w in name.split() if w not in ("am", "an", "der", "des", "in", "im", "e.", "V.")]
    return body_kind(name) is not None or (not name.endswith(".") and all(
        w[:1].isupper() or w[:1] == "(" for w in words))


def _sentence_at(text: str, part: str) -> str:
    """The sentence of `text` in which `part` stands."""
    for sentence in _SENTENCE.split(text):
        if part in sentence:
            return sentence
    return ""


def _same_place(p: Stellenanteil, q: Stellenanteil) -> bool:
    a, b = p.fundstellen[:1], q.fundstellen[:1]
    return bool(a and b) and (a[0].block, a[0].zelle) == (b[0].block, b[0].zelle)


def _same_person(a: str, b: str) -> bool:
    generic = {"Frau", "Herr", "Dr", "Stelle", "Vakanz", "N"}
    wa = {w for w in re.findall(r"[A-ZÄÖÜ][\w\-]+", a) if w not in generic}
    wb = {w for w in re.findall(r"[A-ZÄÖÜ][\w\-]+", b) if w not in generic}
    return bool(wa & wb)


def _merge_successive(parts: list[Stellenanteil]) -> list[Stellenanteil]:
    """Successive holders of one position (one ends before the next begins, same share) are
    one part."""
    out: list[Stellenanteil] = []
    for p in sorted(parts, key=lambda p: (p.beginn or date.min)):
        prev = next((q for q in out if q.ende and p.beginn and q.ende < p.beginn
                     and q.vzae == p.vzae), None)
        if prev is not None:
            if not prev.abschnitte:
                prev.abschnitte = [replace(prev, fundstellen=list(prev.fundstellen))]
            prev.abschnitte.append(p)
            prev.wer = f"{prev.wer}, danach {p.wer}"
            prev.ende = p.ende
            prev.fundstellen += p.fundstellen
            continue
        out.append(p)
    order = {id(p): k for k, p in enumerate(parts)}
    return sorted(out, key=lambda p: order.get(id(p), 0))


_KINDS = (  # (kind, pattern on the name); the guideline's list decides what is eligible
    ("verein", r"e\.\s?v\.|\bverein\b|verband\b"),
    ("ggmbh", r"\bg?gmbh\b|\bag\b|stiftung"),
    ("verbandsgemeinde", r"\bverbandsgemeinde|\bvg\b"),
    ("ortsgemeinde", r"\bortsgemeinde"),
    ("verbandsfreie_gemeinde", r"\bverbandsfreie\b|^gemeinde\b"),
    # also abbreviated: "Lkr. Neuwied", "LK Kusel", "KV Cochem-Zell", "Kreisverw. Kusel"
    ("landkreis", (r"\blandkreis\b|\bkreisverwaltung\b|\bkreis\b|rhein-|\w+-kreis\b|"
                  r"\blkr\.|\blk\b|\bkv\b|\bkreisverw\.|\beifelkreis\b")),
    ("stadt", r"\bstadt\b|stadtverwaltung|\bstadtverw\.|\bstadtv\."),
)


def body_kind(name: str) -> str | None:
    low = name.casefold()
    for kind, pattern in _KINDS:
        if re.search(pattern, low):
            return kind
    return None


def _body_named(sentence: str) -> str:
    """The outside body a placement sentence names: after its colon, or after "bei(m)"."""
    text = " ".join(sentence.split())
    if ":" in text:
        text = text.rsplit(":", 1)[1]
    else:
        m = re.search(r"\bbei(?:m| dem| der| einem| einer)?\s+(.+?)(?:\s+(?:angesiedelt|"
                      r"eingerichtet|angestellt|beschäftigt|verortet)\b|$)", text)
        text = m.group(1) if m else text
    return text.strip(" .")[:120] + ("." if text.strip(" .").endswith(("e. V", "e.V")) else "")
