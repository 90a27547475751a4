"""Checking a read document against the guideline: every applicable rule, a verdict.

Every rule ends *erfuellt*, *verletzt* or *nicht_pruefbar* (with the reason). A rule whose
figure is not in the document is never *erfuellt*. The verdict:
`einreichungsfaehig` (no Fehler, every Fehler rule checked), `maengel` (at least one Fehler
verletzt), `nicht_pruefbar` (unreadable, or a Fehler rule could not be checked).

Cross-document rules (art: quer) apply only when a Bescheid is given; portfolio rules apply
to batches (kimdocs.calculator / erstellen --tabelle), not to a single document.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import errors, limits
from .findings import Befund, Fundstelle
from .formatting import format_date, format_eur, round_cents
from .guideline import Regel, Richtlinie, load_guideline
from .kommunen import load_list, normalize_name
from .model import DOCUMENT_TITLES
from .readers import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT
from .readers.document import Document, Figure, Heading, Table
from .sections import find_sections, normalize

VERDICT_EXIT = {"einreichungsfaehig": errors.EXIT_OK, "maengel": errors.EXIT_FINDINGS,
                "nicht_pruefbar": errors.EXIT_INPUT}
VERDICT_TEXT = {"einreichungsfaehig": "einreichungsfähig", "maengel": "Mängel",
                "nicht_pruefbar": "nicht prüfbar"}


@dataclass
class Pruefbericht:
    """The outcome for one file; `to_dict()` is the published JSON contract
    (kimdocs/schemas/pruefbericht.schema.json)."""

    datei: str
    art: str | None
    richtlinie: str
    urteil: str
    ergebnisse: list[Befund] = field(default_factory=list)
    fehler: str | None = None
    art_erkannt: bool = False  # recognised from the content (not given with --art)
    # what the report was made from and with (kimdocs.report.stamp fills them in)
    richtlinie_version: str | None = None
    sha256: str | None = None
    groesse: int | None = None

    @property
    def exit_code(self) -> int:
        return VERDICT_EXIT[self.urteil]

    def to_dict(self) -> dict[str, Any]:
        from . import __version__

        out: dict[str, Any] = {"kimdocs_version": __version__, "datei": self.datei,
                               "art": self.art, "richtlinie": self.richtlinie}
        for key in ("richtlinie_version", "sha256", "groesse"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        out["urteil"] = self.urteil
        if self.fehler is not None:
            out["fehler"] = self.fehler
        out["ergebnisse"] = [b.to_dict() for b in self.ergebnisse]
        return out


def verdict(befunde: list[Befund]) -> str:
    fehler = [b for b in befunde if b.schwere == "fehler"]
    if any(b.status == "verletzt" for b in fehler):
        return "maengel"
    if any(b.status == "nicht_pruefbar" for b in fehler):
        return "nicht_pruefbar"
    return "einreichungsfaehig"


# --- entry points ---------------------------------------------------------------------------

def check_file(path: Path | str, *, art: str | None = None,
               richtlinie: Richtlinie | str | None = None, eingang: date | None = None,
               bescheid: Path | str | None = None, timeout: float = DEFAULT_TIMEOUT,
               memory_mb: int = DEFAULT_MEMORY_MB, **read_limits) -> Pruefbericht:
    """Read a PDF/DOCX/ODT file and check it, both in one bounded child process: at most
    `timeout` seconds and `memory_mb` MiB for the whole check; over it, nicht_pruefbar.
    `read_limits`: max_pages, max_paragraphs (kimdocs.readers.read_document)."""
    return check_files(Sammlung([Path(path)]), jobs=1, art=art, richtlinie=richtlinie,
                       eingang=eingang, bescheid=bescheid, timeout=timeout,
                       memory_mb=memory_mb, **read_limits)[0]


def check_bytes(data: bytes, name: str, **kwargs) -> Pruefbericht:
    """The same for a file held in memory (e.g. an upload); `name` gives the extension."""
    from .interrupts import temporary_directory

    suffix = Path(name).suffix
    try:
        with temporary_directory("check") as tmp:
            path = tmp / f"dokument{suffix}"
            path.write_bytes(data)
            report = check_file(path, **kwargs)
    except (errors.KimdocsError, OSError) as exc:
        reason = exc.message if isinstance(exc, errors.KimdocsError) else (
            f"Die Datei kann im temporären Ordner nicht abgelegt werden "
            f"({errors.os_reason(exc)}).")
        r = _guideline(kwargs.get("richtlinie"))
        return Pruefbericht(name, kwargs.get("art"), r.id, "nicht_pruefbar", fehler=reason)
    report.datei = name
    return report


def check_document(document: Document, *, art: str | None = None,
                   richtlinie: Richtlinie | str | None = None, eingang: date | None = None,
                   granted: dict[int, dict[str, Decimal]] | None = None) -> Pruefbericht:
    """Check an already read document. `granted`: the Bescheid's amounts per year
    ({2026: {"personalkosten": …, "sachkosten": …}}) for the cross-document rules."""
    r = _guideline(richtlinie)
    recognised = art is None
    if art is None:
        art = recognise(document, r)
        if art is None:
            return Pruefbericht(document.path, None, r.id, "nicht_pruefbar",
                                fehler=f"{document.path}: Dokumentart nicht erkannt (weder Antrag, "
                                       "Bescheid, Vorlage noch Jahresbericht); bitte mit --art angeben")
    ctx = _Context(document, r, art, eingang, granted)
    befunde = []
    sections = {m.regel.code: m for m in find_sections(document, r.abschnitte(art))}
    previous = None  # the last part found, in catalogue order: a missing one belongs after it
    for regel in r.regeln_fuer(art):
        if regel.art == "abschnitt":
            match = sections[regel.code]
            befunde.append(_section_finding(match, document, previous))
            previous = match.block or previous
        elif regel.art == "portfolio" or (regel.art == "quer" and granted is None):
            continue  # not applicable to one document on its own
        else:
            check = FIGURE_CHECKS.get(regel.name)
            if check is None:
                befunde.append(Befund.of(regel, "nicht_pruefbar",
                                         "Für diese Regel gibt es keine Prüfung in Dokumenten."))
            else:
                befunde.append(check(ctx, regel))
    return Pruefbericht(document.path, art, r.id, verdict(befunde), befunde,
                        art_erkannt=recognised)


def _guideline(richtlinie) -> Richtlinie:
    if isinstance(richtlinie, Richtlinie):
        return richtlinie
    return load_guideline(richtlinie) if richtlinie else load_guideline()


# --- recognising the document type ----------------------------------------------------------

_TITLE_WORDS = {"antrag": ["antrag auf", "antrag"], "bescheid": ["bewilligungsbescheid",
                "zuwendungsbescheid", "bescheid"], "vorlage": ["unterrichtungsvorlage",
                "beschlussvorlage", "vorlage"], "jahresbericht": ["jahresbericht", "sachbericht"]}


def recognise(document: Document, r: Richtlinie) -> str | None:
    """The document type whose required parts are best present; the title breaks ties."""
    opening = " ".join(normalize(b.text) for b in document.blocks[:6] if not isinstance(b, Table))
    best, best_score = None, 0.0
    for kind in DOCUMENT_TITLES:
        rules = r.abschnitte(kind)
        matches = find_sections(document, rules, tolerant=False)
        score = sum(m.found for m in matches) / len(rules) if rules else 0.0
        words = _TITLE_WORDS[kind]
        if any(re.search(rf"\b{w}\b", opening) for w in words[:1]):
            score += 0.5
        elif any(re.search(rf"\b{w}\b", opening) for w in words[1:]):
            score += 0.2
        if score > best_score:
            best, best_score = kind, score
    return best if best_score >= 0.4 else None


# --- section rules --------------------------------------------------------------------------

def _section_finding(match, document: Document, previous) -> Befund:
    regel = match.regel
    if match.found:
        block = match.block
        where = {"ueberschrift": "Überschrift", "alternative": "Überschrift (andere Wortwahl)",
                 "text": "Zeile im Text", "inhalt": "am Inhalt erkannt unter"}[match.how]
        return Befund.of(regel, "erfuellt", f"{regel.titel}: {where} „{block.text[:80]}“.",
                         [Fundstelle.at(block.location, block.text[:200])])
    alts = ", ".join(f"„{a}“" for a in regel.alternativen[:4])
    where = (Fundstelle.at(previous.location, f"erwartet nach „{previous.text[:80]}“")
             if previous is not None else Fundstelle(1 if document.pages else None,
                                                     "erwartet am Anfang des Dokuments"))
    return Befund.of(regel, "verletzt",
                     f"Abschnitt „{regel.ueberschrift}“ fehlt. Bitte einen Abschnitt mit dieser "
                     f"Überschrift ergänzen{' (auch: ' + alts + ')' if alts else ''}: "
                     f"{regel.beschreibung}", [where])


# --- figures and their meaning --------------------------------------------------------------

_TOTAL = re.compile(r"\b(summe|gesamt|insgesamt|zusammen|total)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(20\d{2})\b")
# Which amounts count for which document: an Antrag's cap applies to what is requested, a
# Bescheid's to what is granted, a Jahresbericht's to what was spent (never to other roles).
_REQUESTED_WORDS = ("beantragt", "zuwendung", "förderung", "foerderung", "zuschuss")
_NOT_ROLE = {
    "antrag": ("ausgaben", "geplant", "kosten der stelle"),
    "bescheid": ("beantragt", "ausgaben"),
    "jahresbericht": ("bewilligt", "beantragt", "zuwendung"),
}
_LINE_WORDS = {"personalkosten": ("personalkosten", "personal"),
               "sachkosten": ("sachkosten", "sachausgaben")}


@dataclass
class _Context:
    document: Document
    r: Richtlinie
    art: str
    eingang: date | None
    granted: dict[int, dict[str, Decimal]] | None

    def fundstelle(self, figure: Figure) -> Fundstelle:
        label = f"{figure.label}: " if figure.label else ""
        return Fundstelle.at(figure.location, f"{label}{figure.text}")

    def year_of(self, figure: Figure) -> int | None:
        years = _YEAR.findall(figure.label) or _YEAR.findall(self.caption(figure))
        return int(years[0]) if years else self.report_year()

    def report_year(self) -> int | None:
        """Berichtsjahr of a Jahresbericht ("Jahresbericht 2026", "Berichtsjahr: 2026")."""
        if self.art != "jahresbericht":
            return None
        for block in self.document.blocks[:12]:
            m = re.search(r"(?:Jahresbericht|Berichtsjahr)\D{0,12}(20\d{2})", block.text)
            if m:
                return int(m.group(1))
        return None

    def caption(self, figure: Figure) -> str:
        """For a figure in a table: the line just above the table ("Beantragte Zuwendung")."""
        index = figure.location.block_index if figure.location else 0
        blocks = self.document.blocks
        if 0 < index < len(blocks) and isinstance(blocks[index], Table) \
                and not isinstance(blocks[index - 1], Table) and len(blocks[index - 1].text) < 120:
            return blocks[index - 1].text
        return ""

    def amounts(self, line: str) -> list[Figure]:
        """Amounts of one budget line (Personalkosten / Sachkosten) in this document's role.
        The figure's own label decides; the table caption only where the label is silent."""
        out = []
        for f in self.document.figures:
            label = f.label.casefold()
            if f.kind != "betrag" or not any(w in label for w in _LINE_WORDS[line]) \
                    or self.is_total(f) or any(w in label for w in _NOT_ROLE[self.art]):
                continue
            # Planned spending in an Antrag may exceed the cap: only the requested grant counts.
            if self.art == "antrag" and not any(w in label for w in _REQUESTED_WORDS):
                caption = self.caption(f).casefold()
                if not any(w in caption for w in _REQUESTED_WORDS) \
                        or any(w in caption for w in _NOT_ROLE["antrag"]):
                    continue
            out.append(f)
        return out

    def period(self) -> tuple[date, date] | None:
        """The funding period: the first paragraph naming a Zeitraum with two dates."""
        for block in self.document.blocks:
            if "zeitraum" not in block.text.casefold():
                continue
            dates = [f.value for f in self.document.figures if f.kind == "datum"
                     and f.location and f.location.block_index == block.location.block_index]
            if len(dates) >= 2:
                return dates[0], dates[1]
            text_under = [f.value for f in self.document.figures if f.kind == "datum" and
                          f.location and block.location.block_index < f.location.block_index
                          <= block.location.block_index + 2]
            if isinstance(block, Heading) and len(text_under) >= 2:
                return text_under[0], text_under[1]
        return None

    def staff_vzae(self) -> list[Figure]:
        """VZÄ figures (also from weekly hours) of the individual positions, not totals."""
        figures = [f for f in self.document.figures if f.kind in ("vzae", "stunden")
                   and not self.is_total(f)]
        # "eine halbe Stelle (0,5 VZÄ)" names one position twice: drop the bracketed repeat
        figures = [f for f in figures if not any(
            g is not f and g.value == f.value and g.location == f.location
            and f"({f.text}" in self.block_text(f) for g in figures)]
        # "Stellenumfang: 1 VZÄ" after the parts is their total, however it is labelled
        values = [_vzae_value(self, f) for f in figures]
        if len(figures) >= 3:
            for i, value in enumerate(values):
                if value == sum(values) - value:
                    return figures[:i] + figures[i + 1:]
        return figures

    def is_total(self, figure: Figure) -> bool:
        """A sum, by its label or by the words just before it ("Stellenumfang insgesamt:")."""
        if _TOTAL.search(figure.label):
            return True
        index = figure.location.block_index if figure.location else -1
        if not 0 <= index < len(self.document.blocks) \
                or isinstance(self.document.blocks[index], Table):
            return False  # a table cell's label already names its row and column
        before = self.block_text(figure).split(figure.text, 1)[0][-40:]
        return bool(_TOTAL.search(before))

    def block_text(self, figure: Figure) -> str:
        index = figure.location.block_index if figure.location else -1
        return self.document.blocks[index].text if 0 <= index < len(self.document.blocks) else ""


def _vzae_value(ctx: _Context, f: Figure) -> Decimal:
    return f.vzae(ctx.r.parameter.vollzeit_wochenstunden)


def _no_figure(regel: Regel, what: str) -> Befund:
    return Befund.of(regel, "nicht_pruefbar", f"{what} wurde im Dokument nicht gefunden; die "
                                              "Regel kann nicht geprüft werden.")


def _check_vzae_max(ctx: _Context, regel: Regel) -> Befund:
    figures = ctx.staff_vzae()
    if ctx.r.parameter.vzae_hoechstens is not None and not figures:
        return _no_figure(regel, "Kein Stellenanteil (VZÄ oder Wochenstunden)")
    total = sum((_vzae_value(ctx, f) for f in figures), Decimal(0))
    status, text = limits.vzae_total(total, ctx.r)
    return Befund.of(regel, status, text, [ctx.fundstelle(f) for f in figures])


def _check_vzae_min(ctx: _Context, regel: Regel) -> Befund:
    figures = ctx.staff_vzae()
    if ctx.r.parameter.vzae_mindestanteil is not None and not figures:
        return _no_figure(regel, "Kein Stellenanteil (VZÄ oder Wochenstunden)")
    status, text, small = limits.vzae_parts([(f.text, _vzae_value(ctx, f)) for f in figures],
                                            ctx.r)
    shown = [figures[i] for i in small] or figures
    return Befund.of(regel, status, text, [ctx.fundstelle(f) for f in shown])


def _cap(ctx: _Context, line: str, year: int | None) -> Decimal | None:
    """The cap of one line in one year (kimdocs.calculator): pro rata when the document
    states its period and it covers a full month of that year, else a full year."""
    from .calculator import Anteil, full_months, personnel_cap, sach_cap
    from .model import Zeitraum

    p = ctx.r.parameter
    base = p.personalkosten_je_vzae if line == "personalkosten" else p.sachkosten_je_jahr
    if base is None:
        return None
    year = year or date.today().year
    period = ctx.period()
    zeitraum = Zeitraum.model_construct(beginn=date(year, 1, 1), ende=date(year, 12, 31))
    if period and period[0] <= period[1]:
        stated = Zeitraum.model_construct(beginn=period[0], ende=period[1])
        if full_months(stated, year):
            zeitraum = stated
    if line == "sachkosten":
        return round_cents(sach_cap(zeitraum, year, ctx.r))
    staff = [Anteil(_vzae_value(ctx, f)) for f in ctx.staff_vzae()]
    if not staff:
        if p.vzae_hoechstens is None:
            return None
        staff = [Anteil(p.vzae_hoechstens)]
    return round_cents(personnel_cap(staff, zeitraum, year, ctx.r))


def _check_cap(ctx: _Context, regel: Regel, line: str) -> Befund:
    label = "Personalkosten" if line == "personalkosten" else "Sachkosten"
    figures = ctx.amounts(line)
    if not figures:
        return _no_figure(regel, f"Kein Betrag für {label}")
    over, checked = [], []
    for f in figures:
        cap = _cap(ctx, line, ctx.year_of(f))
        if cap is None:
            return Befund.of(regel, "nicht_pruefbar",
                             f"Die Richtlinie legt keinen Höchstbetrag für {label} fest.")
        checked.append(f)
        if f.value > cap:
            over.append((f, cap))
    if over:
        return Befund.of(regel, "verletzt", "; ".join(
            f"{label} {format_eur(f.value)} ({f.label}) über dem Höchstbetrag von {format_eur(cap)}"
            for f, cap in over) + ".", [ctx.fundstelle(f) for f, _ in over])
    return Befund.of(regel, "erfuellt", f"{label} innerhalb des Höchstbetrags.",
                     [ctx.fundstelle(f) for f in checked])


def _check_overhead(ctx: _Context, regel: Regel) -> Befund:
    terms = [t.casefold() for t in ctx.r.parameter.overhead_begriffe]
    hits = [f for f in ctx.document.figures if f.kind == "betrag" and f.value > 0
            and any(t in f.label.casefold() for t in terms)]
    for table in ctx.document.tables():
        for row in table.rows:
            if row and any(t in row[0].casefold() for t in terms) and any(
                    re.search(r"\d", cell) and not re.fullmatch(r"[\s0,.\-€EUR]*", cell)
                    for cell in row[1:]):
                hits.append(Figure("betrag", Decimal(0), " | ".join(row), row[0], table.location))
    if hits:
        return Befund.of(regel, "verletzt", "Overhead- oder Gemeinkosten werden geltend gemacht; "
                                            "sie werden nicht übernommen.",
                         [ctx.fundstelle(f) for f in hits])
    return Befund.of(regel, "erfuellt", "Kein Betrag für Overhead- oder Gemeinkosten.")


def _check_sums(ctx: _Context, regel: Regel) -> Befund:
    """Every table with a total row: the items above add up to it, per column."""
    wrong, checked = [], 0
    for table in ctx.document.tables():
        wrong += _table_sum_errors(table)
        checked += any(row and _TOTAL.search(row[0]) for row in table.rows)
    if wrong:
        return Befund.of(regel, "verletzt", "Summe stimmt nicht: " + "; ".join(
            w.text for w in wrong) + ".", wrong)
    if not checked:
        return Befund.of(regel, "erfuellt", "Das Dokument gibt keine Summenzeile an; es gibt "
                                            "nichts nachzurechnen.")
    return Befund.of(regel, "erfuellt", f"{checked} Summenzeile(n) nachgerechnet: stimmig.")


def _amount(cell: str) -> Decimal | None:
    from .readers.figures import find_figures, parse_number

    found = [m for m in find_figures(cell) if m.kind == "betrag"]
    if found:
        return found[0].value
    bare = re.fullmatch(r"\s*-?[\d.]+(,\d+)?\s*", cell)
    return parse_number(cell) if bare else None


def _table_sum_errors(table: Table) -> list[Fundstelle]:
    out = []
    for r_index, row in enumerate(table.rows):
        if not row or not _TOTAL.search(row[0]):
            continue
        for c in range(1, len(row)):
            stated = _amount(row[c])
            if stated is None:
                continue
            items = [_amount(table.rows[k][c]) for k in range(1, r_index)
                     if c < len(table.rows[k]) and not _TOTAL.search(table.rows[k][0])]
            items = [v for v in items if v is not None]
            if items and sum(items) != stated:
                header = table.rows[0][c] if c < len(table.rows[0]) else ""
                out.append(Fundstelle.at(table.location.in_cell(r_index, c), f"{row[0]} {header}: angegeben {format_eur(stated)}, "
                                            f"Summe der Posten {format_eur(sum(items))}"))
    return out


def _document_date(ctx: _Context) -> Figure | None:
    """The document's own date: the first date labelled "Datum", "Stand" or "den", or
    standing in a place-and-date line."""
    dates = [f for f in ctx.document.figures if f.kind == "datum"]
    labelled = [f for f in dates if re.search(r"\b(datum|stand|den)\b", f.label, re.IGNORECASE)
                or _PLACE_DATE.match(ctx.block_text(f))]
    return labelled[0] if labelled else None


# "Koblenz, den 15.10.2025" / "Mainz, 20. November 2025": the place-and-date line
_PLACE_DATE = re.compile(r"^\s*[A-ZÄÖÜ][\w .()/-]{1,60},\s*(den\s+)?\d{1,2}\.")


def _check_report_deadline(ctx: _Context, regel: Regel) -> Befund:
    frist = ctx.r.parameter.jahresbericht_frist
    if frist is None:
        return Befund.of(regel, "nicht_pruefbar", "Die Richtlinie legt keine Berichtsfrist fest.")
    year = ctx.report_year()
    if year is None:
        return _no_figure(regel, "Das Berichtsjahr")
    deadline = frist.im_jahr(year)
    if ctx.eingang:
        when, source, where = ctx.eingang, "Eingang", []
    else:
        own = _document_date(ctx)
        if own is None:
            return _no_figure(regel, "Ein Datum des Berichts (oder --eingang)")
        when, source, where = own.value, "Datum des Berichts", [ctx.fundstelle(own)]
    if when > deadline:
        return Befund.of(regel, "verletzt", f"{source} {format_date(when)} nach der Frist "
                                            f"{format_date(deadline)}.", where)
    return Befund.of(regel, "erfuellt", f"{source} {format_date(when)}, Frist "
                                        f"{format_date(deadline)}.", where)


def _check_questionnaire(ctx: _Context, regel: Regel) -> Befund:
    for block in ctx.document.blocks:
        text = block.text
        if re.search(r"fragebogen", text, re.IGNORECASE):
            if re.search(r"\b(nicht|kein|nachgereicht|fehlt)\b", text, re.IGNORECASE):
                return Befund.of(regel, "verletzt", "Der Fragebogen ist nach dem Text nicht "
                                                    "beigefügt.", [Fundstelle.at(block.location, text[:200])])
            return Befund.of(regel, "erfuellt", "Der Fragebogen wird als beigefügt genannt.",
                             [Fundstelle.at(block.location, text[:200])])
    return Befund.of(regel, "verletzt", "Der Fragebogen des Ministeriums wird weder als Anlage "
                                        "noch als beigefügt genannt. Bitte beifügen und in den "
                                        "Anlagen aufführen.")


def _check_application_deadline(ctx: _Context, regel: Regel) -> Befund:
    own = _document_date(ctx)
    if own is None:
        return _no_figure(regel, "Ein Datum des Antrags")
    status, text = limits.application_date(own.value, ctx.r)
    return Befund.of(regel, status, text, [ctx.fundstelle(own)])


def _check_eligible(ctx: _Context, regel: Regel) -> Befund:
    list_id = ctx.r.parameter.berechtigte
    if list_id is None:
        return Befund.of(regel, "nicht_pruefbar", "Die Richtlinie hinterlegt keine Liste.")
    liste = load_list(list_id)
    text = ctx.document.full_text()
    for m in re.finditer(r"\b(07\d{3})(?:\d{3})?\b", text):
        entry = next((e for e in liste.eintraege if e.kreisschluessel == m.group(1)), None)
        if entry:
            return Befund.of(regel, "erfuellt", f"{entry.name} ({entry.art_text}, "
                                                f"{entry.kreisschluessel}) ist antragsberechtigt.",
                             [Fundstelle(None, m.group(0))])
    if re.search(r"\b(verbandsgemeinde|ortsgemeinde|e\.\s?v\.|ggmbh)\b.{0,40}\b(beantragt|"
                 r"antragsteller)", text, re.IGNORECASE):
        return Befund.of(regel, "verletzt", "Antragsteller ist keine kreisfreie Stadt und kein "
                                            "Landkreis.")
    names = {normalize_name(e.name): e for e in liste.eintraege}
    found = [e for n, e in names.items() if re.search(rf"\b{re.escape(n)}\b",
                                                     normalize_name(text))]
    if len(found) == 1:
        e = found[0]
        return Befund.of(regel, "erfuellt", f"{e.name} ({e.art_text}) ist antragsberechtigt.")
    return _no_figure(regel, "Ein eindeutiger Antragsteller (Name mit Kreisschlüssel)")


def _check_in_administration(ctx: _Context, regel: Regel) -> Befund:
    match = find_sections(ctx.document, [r for r in ctx.r.abschnitte(ctx.art)
                                         if r.name == "antrag-organisation"])
    block = match[0].block if match else None
    if block is None:
        return _no_figure(regel, "Die Angabe zur organisatorischen Anbindung")
    text = block.text + "\n" + ctx.document.text_under(block) if isinstance(block, Heading) \
        else block.text
    where = [Fundstelle.at(block.location, text[:200])]
    if re.search(r"\b(freie[nrm]? träger|träger:|e\.\s?v\.|ggmbh|verein)\b", text, re.IGNORECASE):
        return Befund.of(regel, "verletzt", "Die Stelle soll bei einem externen Träger "
                                            "angesiedelt werden.", where)
    if re.search(r"verwaltung|\bamt\b|referat|abteilung|fachbereich", text, re.IGNORECASE):
        return Befund.of(regel, "erfuellt", "Die Stelle ist in der Verwaltung angesiedelt.", where)
    return _no_figure(regel, "Die Angabe zur Verwaltungseinheit")


def _cross(ctx: _Context, regel: Regel, *, spent: bool) -> Befund:
    """KIM-112 (Antrag: granted ≤ requested) and KIM-113 (Jahresbericht: spent ≤ granted)."""
    assert ctx.granted is not None
    wrong, checked = [], []
    for line in ("personalkosten", "sachkosten"):
        for f in ctx.amounts(line):
            year = ctx.year_of(f)
            granted = (ctx.granted.get(year) or {}).get(line) if year else None
            if granted is None:
                continue
            checked.append(f)
            bad = f.value > granted if spent else granted > f.value
            if bad:
                wrong.append((f, granted))
    if not checked:
        return _no_figure(regel, "Ein Betrag mit Haushaltsjahr, der zum Bescheid passt,")
    if wrong:
        verb = "verausgabt" if spent else "beantragt"
        return Befund.of(regel, "verletzt", "; ".join(
            f"{f.label}: {verb} {format_eur(f.value)}, bewilligt {format_eur(g)}"
            for f, g in wrong) + ".", [ctx.fundstelle(f) for f, _ in wrong])
    return Befund.of(regel, "erfuellt", "Die Beträge passen zum Bescheid.",
                     [ctx.fundstelle(f) for f in checked])


def _check_balanced(ctx: _Context, regel: Regel) -> Befund:
    """KIM-115: per year, the stated Gesamtausgaben equal the stated Gesamtfinanzierung."""
    by_year: dict[int | None, dict[str, Figure]] = {}
    for f in ctx.document.figures:
        label = f.label.casefold()
        key = ("ausgaben" if "gesamtausgaben" in label else
               "finanzierung" if "gesamtfinanzierung" in label else None)
        if f.kind == "betrag" and key:
            by_year.setdefault(ctx.year_of(f), {}).setdefault(key, f)
    pairs = [(y, v["ausgaben"], v["finanzierung"]) for y, v in sorted(
        by_year.items(), key=lambda i: i[0] or 0) if len(v) == 2]
    if not pairs:
        return _no_figure(regel, "Eine Gegenüberstellung von Gesamtausgaben und "
                                 "Gesamtfinanzierung")
    wrong = [(y, a, f) for y, a, f in pairs if a.value != f.value]
    if wrong:
        return Befund.of(regel, "verletzt", "Finanzierungsplan nicht ausgeglichen – " + "; ".join(
            f"{y or 'ohne Jahr'}: Gesamtausgaben {format_eur(a.value)}, Gesamtfinanzierung "
            f"{format_eur(f.value)}" for y, a, f in wrong) + ".",
            [ctx.fundstelle(x) for _, a, f in wrong for x in (a, f)])
    return Befund.of(regel, "erfuellt", "Gesamtausgaben und Gesamtfinanzierung stimmen überein.",
                     [ctx.fundstelle(x) for _, a, f in pairs for x in (a, f)])


FIGURE_CHECKS = {
    "antragsteller-berechtigt": _check_eligible,
    "stelle-in-verwaltung": _check_in_administration,
    "vzae-hoechstens": _check_vzae_max,
    "vzae-mindestanteil": _check_vzae_min,
    "personalkosten-hoechstbetrag": lambda c, r: _check_cap(c, r, "personalkosten"),
    "sachkosten-hoechstbetrag": lambda c, r: _check_cap(c, r, "sachkosten"),
    "keine-overheadkosten": _check_overhead,
    "summen-stimmig": _check_sums,
    "jahresbericht-frist": _check_report_deadline,
    "fragebogen-beigefuegt": _check_questionnaire,
    "antragsfrist": _check_application_deadline,
    "finanzierungsplan-ausgeglichen": _check_balanced,
    "bewilligung-nicht-ueber-antrag": lambda c, r: _cross(c, r, spent=False),
    "verwendung-nicht-ueber-bewilligung": lambda c, r: _cross(c, r, spent=True),
}


# --- the Bescheid for cross-checks -----------------------------------------------------------

def load_granted(path: Path | str, r: Richtlinie) -> dict[int, dict[str, Decimal]]:
    """Granted amounts per year from a Bescheid: a data file (computed by the calculator) or
    a Bescheid as PDF/DOCX/ODT (its amounts read from the text)."""
    path = Path(path)
    if path.suffix.lower() in (".yaml", ".yml", ".json"):
        from .calculator import calculate_bescheid
        from .model import load_data

        bescheid = load_data(path, "bescheid")
        result = calculate_bescheid(bescheid, r)  # over the Bescheid's own period
        return {j.jahr: {"personalkosten": j.personalkosten, "sachkosten": j.sachkosten}
                for j in result.jahre}
    from .readers import read_document

    document = read_document(path)
    ctx = _Context(document, r, "bescheid", None, None)
    granted: dict[int, dict[str, Decimal]] = {}
    for line in ("personalkosten", "sachkosten"):
        for f in ctx.amounts(line):
            year = ctx.year_of(f)
            if year:
                granted.setdefault(year, {}).setdefault(line, f.value)
    if not granted:
        raise errors.InputError("im Bescheid keine Beträge je Haushaltsjahr gefunden", path=path)
    return granted


# --- several files ------------------------------------------------------------------------

SUFFIXES = (".pdf", ".docx", ".odt")


class Sammlung(list):
    """The files to check (a list of Path, in order), and `uebersprungen`: what a folder held
    that is not checked, as (Path, German reason). A path that is not a regular file but has
    a document suffix, or was named directly, stays in the list: its report says why it could
    not be checked (check_files), so every path a user gave shows up."""

    def __init__(self, files=(), uebersprungen=()):
        super().__init__(files)
        self.uebersprungen: list[tuple[Path, str]] = list(uebersprungen)


def collect(paths: list[Path | str]) -> Sammlung:
    """Files to check: the paths given, and every PDF/DOCX/ODT inside a given folder. Folders
    are walked without following links to folders (no loops); nothing is opened here."""
    from .report import skip_reason

    out = Sammlung()
    for p in map(Path, paths):
        if not p.is_dir() or p.suffix.lower() in SUFFIXES:  # "x.pdf" meant a file: say why not
            out.append(p)
            continue
        for root, dirs, names in os.walk(p):
            dirs.sort()
            base = Path(root)
            for name in sorted(names + [d for d in dirs if Path(d).suffix.lower() in SUFFIXES
                                        or (base / d).is_symlink()]):
                f = base / name
                if f.is_symlink() and f.is_dir() and f.suffix.lower() not in SUFFIXES:
                    out.uebersprungen.append(
                        (f, "Verknüpfung auf einen Ordner; wird nicht durchsucht"))
                elif reason := skip_reason(f):
                    out.uebersprungen.append((f, reason))
                else:
                    out.append(f)
    return out


def _bescheid_problem(bescheid: Path | str) -> str | None:
    from .readers.sniff import not_regular

    problem = not_regular(Path(bescheid))
    return f"Bescheid {bescheid}: {problem}" if problem else None


def _check_in_child(path: Path, *, art, richtlinie, eingang, bescheid,
                    limits: dict) -> Pruefbericht:
    """Runs in the bounded child: read and check, one budget."""
    from .readers import read_document_unsandboxed

    document = read_document_unsandboxed(path, **limits)
    granted = load_granted(bescheid, richtlinie) if bescheid else None
    return check_document(document, art=art, richtlinie=richtlinie, eingang=eingang,
                          granted=granted)


def check_files(paths: list[Path | str], *, jobs: int | None = None, progress=None,
                timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB,
                **kwargs) -> list[Pruefbericht]:
    """Check several files, each read AND checked in its own child process with its own
    deadline (`timeout` seconds) and memory limit, up to `jobs` at once. A file over its bound
    gets nicht_pruefbar with the reason, without holding up the others; one broken file never
    stops the others; anything that is not a regular file is never opened. The reports come
    back in the order of `paths`. Keywords: art, richtlinie, eingang, bescheid as for
    check_file; max_pages, max_paragraphs as for kimdocs.readers.read_document."""
    from .readers.sandbox import Task, run_each
    from .readers.sniff import not_regular

    # A Sammlung is already collected: walking it again would open up a folder named x.pdf.
    files = paths if isinstance(paths, Sammlung) else collect(paths)
    r = _guideline(kwargs.pop("richtlinie", None))
    art = kwargs.get("art")
    options = {"art": art, "richtlinie": r, "eingang": kwargs.get("eingang"),
               "bescheid": kwargs.get("bescheid"),
               "limits": {k: kwargs[k] for k in ("max_pages", "max_paragraphs") if k in kwargs}}
    reports: list[Pruefbericht | None] = [None] * len(files)
    tasks, where = [], []
    bescheid = kwargs.get("bescheid")
    for i, path in enumerate(files):
        # A --bescheid that is no regular file would only block each child until its deadline
        problem = not_regular(path) or (bescheid and _bescheid_problem(bescheid))
        if problem:
            # the report names the file; `fehler` holds the reason alone
            reports[i] = Pruefbericht(str(path), art, r.id, "nicht_pruefbar", fehler=problem)
            if progress:
                progress(path)
        else:
            tasks.append(Task(_check_in_child, path, options))
            where.append(i)

    def done(n: int, result) -> None:
        if not isinstance(result, Pruefbericht):
            reason = result.message if isinstance(result, errors.KimdocsError) else str(result)
            result = Pruefbericht(str(files[where[n]]), art, r.id, "nicht_pruefbar",
                                  fehler=reason)
        reports[where[n]] = result
        if progress:
            progress(files[where[n]])

    run_each(tasks, timeout=timeout, memory_mb=memory_mb, verb="geprüft",
             jobs=jobs or os.cpu_count() or 1, on_done=done)
    from .report import stamp

    # every report names the guideline version and the file's hash and size (the contract)
    return [stamp(report) for report in reports]  # type: ignore[arg-type]
