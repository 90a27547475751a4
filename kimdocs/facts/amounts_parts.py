"""Amounts whose own cell or column says more than the row's label (issue 19, blind19/20):
the parts a label cell names in brackets ("beantragte Zuwendung des Landes (Personal
60.000,-, Sachkosten 20.000,-)"), a column headed "Ist 2025" (what was spent), a difference
("Mehrausgaben … 6.400 €"), and a report's column of a year before its Berichtsjahr."""

from __future__ import annotations

import re

from kimdocs.facts.model import Betrag, Fakten
from kimdocs.facts.text import PROSE_CELL
from kimdocs.readers.document import Heading, Table

# "(Personal 60.000,-, Sachkosten 20.000,-)", "(PK 45.000 €; SK 15.000 €)": a bracket that
# holds two amounts or more, each with its unit or the ",-" of a whole sum
# – or written with thousands and cents, "(Personal 60.000,00 / Sach 20.000,00)" (blind28)
_AMOUNT_MARK = r"(?:\d\s*(?:€|EUR|,-(?!\d))|(?:€|EUR)\s*\d|\d\.\d{3},\d{2}(?!\d))"
PARTS_IN_BRACKET = re.compile(rf"\([^)]*{_AMOUNT_MARK}[^)]*{_AMOUNT_MARK}[^)]*\)", re.IGNORECASE)
# a column of what was spent: "Ist", "Ist 2025", "Ist-Ergebnis 2025" – the word alone in its
# header (the verb "ist" of a sentence never stands so)
_SPENT_HEADER = re.compile(r"\s*ist(?:[- ]?(?:ergebnis|werte?|stand))?\s*((19|20)\d{2})?\s*:?\s*",
                           re.IGNORECASE)
# a difference to the plan, not the line: "Die Mehrausgaben beim Fachtag in Höhe von 6.400 €",
# "Minderausgaben", "Überschreitung", "Mehrkosten"
_DIFFERENCE = re.compile(r"\b(?:mehr|minder)(?:ausgaben|kosten|bedarf)\b|überschreitung|"
                         r"\bdifferenz\b|\bunterschreitung", re.IGNORECASE)


def bracket_part(cell: str, figure: str, figures: list[str]) -> tuple[str, str] | None:
    """The words of one part in a label cell's bracket of parts and the words before the
    bracket (the whole the parts belong to): for "beantragte Zuwendung (Personal 60.000,-,
    Sachkosten 20.000,-)" and "20.000,-": ("Sachkosten", "beantragte Zuwendung"). None when
    the figure stands in no such bracket."""
    for m in PARTS_IN_BRACKET.finditer(cell):
        inner_start = m.start() + 1
        at = cell.find(figure, inner_start, m.end())
        if at < 0:
            continue
        start = inner_start
        for other in figures:  # the part begins after the amount before it
            k = cell.find(other, inner_start, at)
            if k >= 0 and other != figure:
                start = max(start, k + len(other))
        part = cell[start:at].strip(" ,;:/-")
        return part, cell[:m.start()].strip()
    return None


def spent_header(header: str) -> bool:
    """A column headed "Ist" or "Ist 2025": the amounts spent."""
    return bool(header) and bool(_SPENT_HEADER.fullmatch(header))


def is_difference(label: str, sentence: str) -> bool:
    """An amount that is a difference to the plan ("Mehrausgaben"), not the line itself."""
    return bool(_DIFFERENCE.search(label) or _DIFFERENCE.search(sentence))


def earlier_years(f: Fakten, made: list[Betrag]) -> None:
    """In a Jahresbericht, a table's column of a year before the Berichtsjahr beside the
    columns of the Berichtsjahr ("Ist 2025 | bewilligt 2026 | verausgabt 2026") shows the
    previous year (reported then): its amounts are neither spent nor granted in the year
    this report is about (blind20). Their role "vorjahr" no rule reads as a line."""
    if f.art != "jahresbericht" or not f.berichtsjahr:
        return
    by_table: dict[int, list[Betrag]] = {}
    for b in made:
        fs = b.fundstelle
        if fs is not None and fs.zelle is not None and fs.block is not None:
            by_table.setdefault(fs.block, []).append(b)
    period = f.zeitraum()  # a report that begins in the year before covers it
    first = min(f.berichtsjahr, period.beginn.year) if period else f.berichtsjahr
    for amounts in by_table.values():
        if not any(b.jahr == f.berichtsjahr for b in amounts):
            continue
        for b in amounts:
            if b.jahr and b.jahr < first:
                b.rolle = "vorjahr"


def label_before(ctx, index: int) -> str:
    """The text of the block before `index` when it is a short paragraph without an
    amount (the label of an amount that stands alone on the next line)."""
    blocks = ctx.document.blocks
    if index < 1 or index > len(blocks):
        return ""
    prev = blocks[index - 1]
    if isinstance(prev, (Table, Heading)) or len(prev.text) > 2 * PROSE_CELL or any(
            g.kind == "betrag" for g in ctx.by_block.get(index - 1, ())):
        return ""
    return " ".join(prev.text.split())


OWN_FUNDS = re.compile(r"eigen|dritt", re.IGNORECASE)  # own or third parties' money
_NEXT_AMOUNT = re.compile(r"\d")


def davon_part(sentence: str, clause: str, figure: str, line_of) -> str | None:
    """The line of an amount in a "davon" clause whose whole names one line: "Die
    Personalkosten betrugen 2026 insgesamt 71.800 €; davon wurden 60.000 € aus der Zuwendung
    und 11.800 € aus Eigenmitteln finanziert": the 60.000 € are Personalkosten, the 11.800 €
    the own contribution to them (blind20). None where the whole names no single line."""
    at = sentence.find(clause) if clause and clause != sentence else -1
    if at <= 0 or figure not in clause:
        return None
    line = line_of(sentence[:at])
    if line not in ("personal", "sach"):
        return None
    start = clause.find(figure)
    after = clause[start + len(figure):]
    stop = _NEXT_AMOUNT.search(after)
    own = after[:stop.start()] if stop else after
    return "eigenanteil" if OWN_FUNDS.search(own) else line


# the bracket after an amount, maybe after its verb: "insgesamt 60.000,00 € bewilligt
# (Personalausgaben für 1,0 VZÄ und Sachausgaben, s. Tabelle)"
_BRACKET_AFTER = re.compile(r"(?:\s+[^\s(),.;:]+){0,2}\s*\(([^()]{3,160})\)")


def whole_of_lines(sentence: str, figure: str, line_of) -> bool:
    """An amount "insgesamt" whose bracket after it names two or more lines is their whole, not
    the first line it names (blind23: a Bescheid's total grant read as its Personalausgaben)."""
    at = sentence.find(figure)
    m = _BRACKET_AFTER.match(sentence, at + len(figure)) if at >= 0 else None
    if m is None:
        return False
    lines = {line_of(part) for part in re.split(r"\s*(?:,|\bund\b|\bsowie\b|/)\s*", m.group(1))}
    return len(lines & {"personal", "sach", "overhead"}) >= 2


_CAPTION_PARTS = re.compile(r"\s*(?:[,;()]|\bund\b|\bsowie\b|\bzzgl\.|\bzuzüglich\b)\s*",
                            re.IGNORECASE)


def caption_line(caption: str, line_of) -> str | None:
    """The line a table's caption (the line above it) gives the rows that name none: the
    line it names – not where it names two or more ("Für 11 Monate 2027 werden 55.000,00 €
    Personalkosten und 18.000,00 € Sachkosten beantragt.": the rows "Gesamtausgaben" and
    "Zuwendung des Landes" under it are of neither line; blind26)."""
    line = line_of(caption)
    if line in ("personal", "sach", "overhead") and len(
            {line_of(part) for part in _CAPTION_PARTS.split(caption)}
            & {"personal", "sach", "overhead"}) > 1:
        return None
    return line
