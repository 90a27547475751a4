"""Amounts (Beträge): each with its line (Personal, Sach, Overhead, Eigenanteil, Gesamt), its
role (beantragt, geplant, bewilligt, verausgabt, Zuwendung, a cap quoted, a share of a line)
and its year; and the sums a table states (Summen) with the readings its items give. Also the
amount of a single table cell (the calculator and the Bescheid use it)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import pairwise

from kimdocs.facts import amounts_parts, superseded, table_parts
from kimdocs.facts.amounts_columns import column_roles, plan_beside_spent
from kimdocs.facts.amounts_request import denied, requested_in_full, requested_overall
from kimdocs.facts.context import Family
from kimdocs.facts.model import Betrag, Fakten, Summe
from kimdocs.facts.month_columns import (
    closed_cut_words,
    line_of_cut_word,
    month_columns,
    month_rows,
)
from kimdocs.facts.overhead import charges_central, is_overhead_text
from kimdocs.facts.statistics import statistics_table
from kimdocs.facts.text import (
    SENTENCE,
    TOTAL,
    YEAR,
    figure_offsets,
    holds_any,
    role_clause,
    sentence_at,
    spots_of,
)
from kimdocs.formatting import parse_number
from kimdocs.readers.document import Figure, Paragraph, Table
from kimdocs.readers.figures import find_figures

# --- a cell's amount ------------------------------------------------------------------------

_BARE = re.compile(r"\s*-?[\d.]+(,\d+)?(,-{1,2})?\s*")
_BARE_YEAR = re.compile(r"\s*(19|20)\d{2}\s*")
_DIGIT = re.compile(r"\d")
# a year by itself ("für 2026", "2026:"), not the year of a date ("01.04.2026") or a file number
_CLOSED = (".", "!", "?", ":", ";", ")")  # a paragraph that ends a sentence (or a label line)
# (the "2" first and the look back after it: a search that starts with a look back tries
# every position of a paragraph, one that starts with a letter jumps to it)
_YEAR_MARK = re.compile(r"(2(?<![\d./#-]2)0\d{2})\b(?![./-]\d)")


def cell_amount(cell: str) -> Decimal | None:
    found = [m for m in find_figures(cell) if m.kind == "betrag"]
    return found[0].value if found else bare_amount(cell)


def bare_amount(cell: str) -> Decimal | None:
    """A number without unit (the header names it), never a year."""
    if not _BARE.fullmatch(cell) or _BARE_YEAR.fullmatch(cell):  # a year, not an amount
        return None
    if _DIGIT.search(cell):
        try:
            return parse_number(cell.strip().rstrip("-").rstrip(","))
        except (InvalidOperation, ValueError):
            return None
    return None


# --- lines and roles ------------------------------------------------------------------------

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
                   "landesmittel", "zuweisung", "förderfähig", "zuw.", "zuwend.")),  # "Zuw. PK"
    ("geplant", ("geplant", "ausgaben", "gesamtkosten", "kosten der stelle", "voraussichtlich",
                 "kalkul")),
)
# the lines abbreviated in terse plans: "PK"/"SK", "Pers.-Kosten", "Sachk."
_LINE_ABBREVIATIONS = re.compile(r"\b(?:PK|SK)\b|\bPers\.\s?-?\s?[Kk]osten|\bSachk\.")
_DAVON_WORD = re.compile(r"\bdavon\b")
_PLANNED_SPENDING = re.compile(r"(?<![a-zäöü])ausgaben|gesamtausgaben|geplant|gesamtkosten|"
                               r"kosten der|voraussicht|kalkul")


def classify_line(label: str, overhead_terms: list[str]) -> str | None:
    low = label.casefold()
    if is_overhead_text(label, overhead_terms):
        return "overhead"
    if amounts_parts.PARTS_IN_BRACKET.search(label):  # "Zuwendung (Personal 60.000 €, Sach 15.000 €)": their sum
        return "gesamt"
    for posten, words in _LINES:
        if any(w in low for w in words):
            return posten
    if abbreviated := _LINE_ABBREVIATIONS.search(label):  # "PK 2026", "SK (€)" (blind16)
        return "personal" if abbreviated.group(0)[0] == "P" else "sach"
    if cut := line_of_cut_word(label, _LINES):  # a word a narrow cell broke
        return cut
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


@lru_cache(maxsize=8192)  # section titles and captions come back for every amount under them
def _role_named(text: str) -> str | None:
    """The first role (in the order of _ROLES) that one text names."""
    low = text.casefold()
    # "davon gefördert", "davon aus KIM-Mitteln": the part of an amount the grant pays
    if "davon" in low and _DAVON_WORD.search(low) and not amounts_parts.OWN_FUNDS.search(low):
        return "zuwendung"
    found = _role_words_in(low)
    if found is None and (cut := closed_cut_words(text)):  # a narrow cell's "Zuschus s"
        found = _role_words_in(cut)
    return found


def _role_words_in(low: str) -> str | None:
    for role, words in _ROLES:
        if holds_any(low, words):
            # "Personalausgaben" names the line, not planned spending
            if role == "geplant" and "ausgaben" in low and not _PLANNED_SPENDING.search(low):
                continue
            return role
    return None


# "Festbeträge der Personalausgaben je Stellenanteil und Jahr": amounts per position are
# shares of the year's line, never the line itself
_BREAKDOWN = re.compile(r"\bje\s+(stellenanteil|stelle|person|mitarbeiter\w*|beschäftigte\w*)\b",
                        re.IGNORECASE)
_CAP_WORDS = re.compile(r"höchstbetrag|höchstens|bis zu|je vzä|pro vzä|je vollzeit|"
                        r"maximalförderung|maximal|obergrenze|förderhöchst", re.IGNORECASE)
_GRANT_VERB = re.compile(r"bewillig|gewähr", re.IGNORECASE)
# a plan, not spending: in a Jahresbericht "Ausgaben" alone are the spending. ("plan" and "soll"
# once stood here between backspace characters and never matched: left out, as scored.)
_PLAN_WORDS = re.compile(r"geplant|voraussicht|kalkul|planung|ansatz", re.IGNORECASE)
# rows of a plan that are financing or own contribution, not a cost item
_FINANCE_ROW = re.compile(r"zuwendung|zuweisung|zuschuss|förder|eigen|drittmittel|finanzierung|"
                          r"einnahme|landesmittel|beantragt|bewilligt|anteil|davon|erstattung|"
                          r"spende|sponsor|erlös|ertr[aä]g|mittel\b|umlage|pauschal",
                          re.IGNORECASE)
# parts of the pay of the post, not Sachkosten: "Arbeitgeberanteil", "Zusatzversorgung (ZVK)"
_PAY_ROW = re.compile(r"arbeitgeber|sozialversicherung|zusatzversorgung|\bzvk\b|sonderzahlung|"
                      r"entgelt|gehalt|lohn|brutto|tvöd|besoldung|vergütung|beihilfe|"
                      r"\b(?:eg|e|s)\s?\d{1,2}\b|stufe", re.IGNORECASE)
_SUM_WORD = re.compile(r"gesamt|summe", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
# a subtotal names its line: "Summe Sachkosten", "Zwischensumme SK"
_SUBTOTAL = re.compile(rf"(?i:personal|sach|overhead|eigen)|{_LINE_ABBREVIATIONS.pattern}")
# a sum as one word: "Zwischensumme Sachkosten", "Teilsumme", "Endsumme" (issue 19 class 4)
_SUM_COMPOUND = re.compile(r"\b(?:zwischen|teil|end|gesamt)summe\b", re.IGNORECASE)
# "Zuwendung 2025: 13.333,33 EUR (davon Sachkosten 3.333,33 EUR)": a whole and its parts
_PARTS_START = re.compile(r"\s*\(?\s*(?:davon|hiervon|darunter|wovon)\b", re.IGNORECASE)
_PARTS_AFTER = re.compile(r"\b(?:davon|hiervon|darunter|wovon|darin|hierin|enthalten)\b",
                          re.IGNORECASE)


def is_sum_label(text: str) -> bool:
    """A row that states a sum: "Summe", "Gesamt", "insgesamt", "Zwischensumme …"."""
    return bool(TOTAL.search(text) or _SUM_COMPOUND.search(text))


def _total_row(head: str) -> bool:
    """"Summe", "Gesamt", and the compounds "Gesamtausgaben", "Zwischensumme", "Gesamtkosten"."""
    return bool(TOTAL.search(head) or _SUM_WORD.search(head))


def _year_in(*texts: str) -> int | None:
    for text in texts:
        years = YEAR.findall(text)
        if len(set(years)) == 1:
            return int(years[0])
    return None


class Amounts(Family):
    def __init__(self, ctx):
        super().__init__(ctx)
        self._cost_tables: dict[int, int] = {}  # table block -> end of its cost items (0: none)
        self._undated: list[Betrag] = []  # the year is the document's period (known at the end)
        self._made: list[tuple[Figure, Betrag]] = []

    def figures(self, f: Fakten, i: int, block, figures: list[Figure]) -> None:
        for fig in figures:
            if fig.kind == "betrag":
                self._amount(f, fig, i, block)

    def table(self, f: Fakten, i: int, table: Table, cells) -> None:
        _table_sums(self.ctx, f, i, table, cells)

    def finish(self, f: Fakten) -> None:
        for fig in self.ctx.orphans:  # figures of no block (a Document built by hand)
            if fig.kind == "betrag":
                self._amount(f, fig, fig.location.block_index if fig.location else -1, None)
        if not self.ctx.in_order:  # the amounts in the order of the document's figures
            order = {id(g): k for k, g in enumerate(self.ctx.document.figures)}
            f.betraege[:] = [b for _, b in sorted(self._made, key=lambda m: order[id(m[0])])]
        if self._undated:
            period = f.zeitraum()
            jahr = period.beginn.year if period and period.beginn.year == period.ende.year \
                else None
            for b in self._undated:
                b.jahr = jahr or f.berichtsjahr
        self._sums_over_years()
        amounts_parts.earlier_years(f, [b for _, b in self._made])
        column_roles(self.ctx.document.blocks, f, classify_role)
        month_columns(self.ctx, f, self._made)
        month_rows(self.ctx, f, self._made)
        if self.ctx.art == "antrag":
            requested_in_full(f)
            requested_overall(f)

    def _sums_over_years(self) -> None:
        """A total row under rows naming several years ("2025", "2026") has none (blind5)."""
        years: dict[int, set[int]] = {}  # table block -> the years its rows name themselves
        for fig, b in self._made:
            own = _year_in(b.bezeichnung)
            if own and not b.summe and fig.location and fig.location.cell:
                years.setdefault(fig.location.block_index, set()).add(own)
        for fig, b in self._made:
            if b.summe and fig.location and fig.location.cell and \
                    _year_in(b.bezeichnung) is None and \
                    len(years.get(fig.location.block_index, ())) > 1:
                b.jahr = None

    def _amount(self, f: Fakten, fig: Figure, index: int, block) -> None:
        ctx = self.ctx
        header = corner = ""
        before = sentence = ""
        own_label = fig.label
        if isinstance(block, Table) and fig.location.cell:
            header = ctx.column_header(index, block, fig.location.cell[1])
            if fig.location.cell[1]:  # the table's own title cell: "Ausgaben 2026", "2026"
                corner = ctx.column_header(index, block, 0)
        elif block is not None:
            before = block.text.split(fig.text, 1)[0][-80:]
            sentence = sentence_at(block.text, fig.text)
            if block.text.strip() == fig.text.strip():
                # an amount alone on its line: a row of an item list whose label stands on the
                # line before (a borderless PDF list read as paragraphs, the label wrapped)
                own_label = amounts_parts.label_before(ctx, index) or own_label
        clause, sentence = role_clause(sentence, fig.text)  # the amount's own clause
        inside = 0 <= index < len(ctx.section)
        caption = ctx.caption[index] if inside else ""
        section = ctx.section[index] if inside else ""
        label = own_label if header in own_label else f"{own_label} {header}".strip()
        posten = classify_line(label, ctx.terms) or (
            self._one_line(sentence, fig.text) if sentence else None)
        if posten == "personal" and charges_central(label, ctx.central):  # "Anteilige Kosten
            posten = "overhead"  # von Personalamt, Kämmerei … (pauschal 8 %)": seed 71873
        if posten is None and sentence and not isinstance(block, Table):
            posten = amounts_parts.davon_part(sentence, clause, fig.text,
                                              lambda text: classify_line(text, ctx.terms))
        if posten is None and isinstance(block, Table) and fig.location.cell:
            posten = table_parts.parent_line(block.rows, fig.location.cell[0],
                                             lambda head: classify_line(head, ctx.terms))
        if posten in (None, "gesamt") and corner:  # "Sachkosten | verausgabt": its items
            posten = table_parts.corner_line(block.rows, corner, lambda head: classify_line(
                head, ctx.terms)) or posten
        if posten is None and caption:  # not where it names two lines (blind26)
            posten = amounts_parts.caption_line(caption, lambda t: classify_line(t, ctx.terms))
        rolle = classify_role(label, clause, corner, caption, section)
        if isinstance(block, Table) and fig.location.cell and (part := amounts_parts.bracket_part(
                block.rows[fig.location.cell[0]][fig.location.cell[1]], fig.text,
                [g.text for g in ctx.by_block.get(index, ()) if g.location == fig.location])):
            posten = classify_line(part[0], ctx.terms) or posten  # "(Personal 60.000,-, …)"
            rolle = classify_role(part[0], part[1], corner, caption, section)
        if amounts_parts.spent_header(header) and rolle in (None, "zuwendung", "geplant"):
            rolle = "verausgabt"  # "Personalkosten (Zuwendung Land) | Ist 2025"
        if rolle == "zuwendung" and isinstance(block, Table) and fig.location.cell and (
                whole := table_parts.whole_of_line_part(block.rows, fig.location.cell[0])):
            rolle = classify_role(whole, corner, caption, section)  # "Gesamtausgaben / davon …"
        if rolle == "geplant" and ctx.art == "jahresbericht" and not _PLAN_WORDS.search(
                " ".join((label, sentence, corner, caption, section))):
            rolle = "verausgabt"  # a report's "Ausgaben" are what was spent
        if rolle in (None, "zuwendung") and isinstance(block, Table) and fig.location.cell and \
                plan_beside_spent(ctx, index, block, fig.location.cell):
            rolle = "geplant"  # "Sachkosten (aus Fördermitteln) | Plan | Ist" (blind25)
        caps = {m.group(0).casefold() for m in _CAP_WORDS.finditer(sentence or "")}
        if caps and not (caps <= {"bis zu"} and _GRANT_VERB.search(sentence)):
            rolle = "hoechstbetrag"  # the guideline's cap quoted, not claimed
            # (but "bewillige ich … eine Zuweisung von bis zu 80.000 €" is the grant)
        elif _BREAKDOWN.search(f"{caption} {header}") or amounts_parts.is_difference(
                own_label, clause):  # a share of a line or a difference, not the line
            rolle = "anteil"
        if block is not None:
            posten, rolle = superseded.amount_reading(self.ctx, index, sentence, fig, posten,
                                                      rolle, classify_line, header)
        jahr, several = (self._year_in_prose(index, block, fig)
                         if block is not None and not isinstance(block, Table) else (None, False))
        if not several:
            jahr = _year_in(own_label, header, before[-40:], sentence, corner, caption, section)
        elif jahr is None:  # years and amounts do not alternate: only the amount's own words
            jahr = _year_in(own_label, header)
        if jahr is None and not isinstance(block, Table) and block is not None:
            jahr = self._year_of_whole(index, block)
        total = bool(is_sum_label(label) or (before and TOTAL.search(before[-40:])))
        if total and posten in ("personal", "sach") and amounts_parts.whole_of_lines(
                sentence, fig.text, lambda text: classify_line(text, ctx.terms)):
            posten = "gesamt"
        if isinstance(block, Table) and fig.location.cell and posten in (None, "gesamt") \
                and self._sach_item(index, block, fig.location.cell[0]):
            posten, total = "sach", False  # "Netzwerktreffen" under "Personalausgaben"
        b = Betrag(fig.value, posten, rolle, jahr, label,
                   ctx.at(fig.location, f"{label}: {fig.text}"), total)
        f.betraege.append(b)
        self._made.append((fig, b))
        if jahr is None:
            self._undated.append(b)

    def _year_in_prose(self, index: int, block, fig: Figure) -> tuple[int | None, bool]:
        """The Haushaltsjahr of an amount in a sentence that names several ("für 2026
        Personalkosten von 45.000,00 € und Sachkosten von 15.000,00 €; für 2027 …"): the year
        that opens its part of the sentence – where years and amounts alternate and every year
        stands before the amounts it opens ("2026: …, 2027: …"), or every year after them
        ("45.000 € für 2026 und 30.000 € für 2027"); otherwise None (the amount is read without
        a year: its rule weighs every year). A sentence a reader broke into paragraphs (a line
        without closing punctuation) is read whole. The second value: whether the amount's own
        sentence names several years."""
        run = self._run(index)
        text = " ".join(self.ctx.document.blocks[k].text for k in run) + " "
        if len(set(_YEAR_MARK.findall(text))) < 2:  # the common case: at most one year
            return None, False
        spots, at = self._spots(run, fig)
        if at < 0:
            return None, False
        start = max((m.end() for m in SENTENCE.finditer(text, 0, at)), default=0)
        ends = [m.start() for m in SENTENCE.finditer(text, at)]
        end = ends[0] if ends else len(text)
        years = [(m.start(), int(m.group(1))) for m in _YEAR_MARK.finditer(text, start, end)]
        if len({y for _, y in years}) < 2:
            return None, False
        spots = [s for s in spots if start <= s < end]
        own = len({int(y) for y in _YEAR_MARK.findall(block.text)}) > 1
        if any(not any(a < s < b for s in spots) for (a, _), (b, _) in pairwise(years)):
            return None, own  # "für 2026 und 2027 je …": two years over the same amounts
        before = [y for s, y in years if s < at]
        after = [y for s, y in years if s > at]
        if years[0][0] < spots[0] and spots[-1] > years[-1][0] and before:
            return before[-1], True  # each year opens the amounts after it
        if spots[0] < years[0][0] and years[-1][0] > spots[-1] and after:
            return after[0], True  # each year closes the amounts before it
        return None, own

    def _run(self, index: int) -> range:
        """The paragraphs that form one sentence with block `index`: a line without closing
        punctuation continues in the next paragraph (a sentence a reader broke up)."""
        blocks = self.ctx.document.blocks

        def goes_on(k: int) -> bool:
            return 0 <= k < len(blocks) - 1 and type(blocks[k]) is Paragraph \
                and type(blocks[k + 1]) is Paragraph and not blocks[k].text.rstrip().endswith(_CLOSED)

        lo = hi = index
        while lo > index - 3 and goes_on(lo - 1):
            lo -= 1
        while hi < index + 3 and goes_on(hi):
            hi += 1
        return range(lo, hi + 1)

    def _spots(self, run: range, fig: Figure) -> tuple[list[int], int]:
        """Where the amounts of the paragraphs `run` stand in their text joined by spaces,
        and where `fig` does (-1: not found)."""
        blocks = self.ctx.document.blocks
        spots, at, shift = [], -1, 0
        for k in run:
            part = blocks[k].text
            figs = [g for g in self.ctx.by_block.get(k, ()) if g.kind == "betrag"]
            for g, o in zip(figs, figure_offsets(part, figs)):
                if o >= 0:
                    spots.append(shift + o)
                    if g is fig:
                        at = shift + o
            shift += len(part) + 1
        return sorted(set(spots)), at

    def _year_of_whole(self, index: int, block) -> int | None:
        """"Zuwendung 2025: 13.333,33 EUR" and on the next line "davon Personalkosten … und
        Sachkosten …": the parts are of the year of the whole they continue (issue 19
        class 5)."""
        blocks = self.ctx.document.blocks
        if index < 1 or index > len(blocks) or not _PARTS_START.match(block.text):
            return None
        prev = blocks[index - 1]
        if isinstance(prev, Table) or not any(
                g.kind == "betrag" for g in self.ctx.by_block.get(index - 1, ())):
            return None
        return _year_in(prev.text)

    def _one_line(self, sentence: str, figure: str = "") -> str | None:
        """The line of an amount whose own label names none, from its sentence – only where
        the sentence speaks of one line: "80.000 € (Personalausgaben 60.000 €,
        Sachausgaben 20.000 €)" leaves the 80.000 € without a line, and so does "Zuwendung
        2025: 13.333,33 EUR (davon Sachkosten 3.333,33 EUR)": the whole before its parts."""
        spot = spots_of(sentence, figure)[:1] if figure else None
        if spot:
            head, tail = sentence[:spot[0]], sentence[spot[0] + len(figure):]
            low_head = head.casefold()
            if _PARTS_AFTER.search(tail) and not any(
                    w in low_head for _, words in _LINES for w in words):
                return None
        if is_overhead_text(sentence, self.ctx.terms):
            return "overhead"
        low = sentence.casefold()
        named = {posten for posten, words in _LINES
                 if any(w in low and not denied(low, w) for w in words)}
        return named.pop() if len(named) == 1 else None

    def _sach_item(self, index: int, table: Table, r: int) -> bool:
        """A cost item of a cost plan without a line word ("Netzwerktreffen und
        Veranstaltungen", "Sprachmittlung"): in a table that has a personnel row, every other
        item row is a Sachkosten item – the programme funds only these two lines (Konzept
        Nr. 5). Not a total, an own contribution, a financing row, overhead or a year row."""
        rows = table.rows
        terms = self.ctx.terms
        if index not in self._cost_tables:
            personal = [k for k, row in enumerate(rows) if k and row
                        and classify_line(row[0], terms) == "personal"]
            # the cost items end at the first total: below it a plan lists its financing
            end = next((k for k, row in enumerate(rows) if k and row and _total_row(row[0])),
                       len(rows))
            self._cost_tables[index] = end if personal and personal[0] < end else 0
        end = self._cost_tables[index]
        if not end or r == 0 or r >= end or not rows[r]:
            return False
        head = " ".join(rows[r][0].split())
        return bool(head) and classify_line(head, terms) is None \
            and not _total_row(head) and not _FINANCE_ROW.search(head) \
            and not _PAY_ROW.search(head) and not YEAR.search(head) \
            and len(_LETTER.findall(head)) >= 3


def _cell_amount(rows, cells, r_index: int, c: int) -> Decimal | None:
    """A table cell's amount: a figure read there, else a bare number ("60.000")."""
    if c >= len(rows[r_index]):
        return None
    found = [g for g in cells.get((r_index, c), ()) if g.kind == "betrag"]
    return found[0].value if found else bare_amount(rows[r_index][c])


def _table_sums(ctx, f: Fakten, i: int, table: Table, cells) -> None:
    """The sums a table states: a total row under its items (subtotals: the items since the
    last sum), and a "Gesamt" column over the line columns of its row."""
    rows = table_parts.labelled_rows(table.rows)  # "Pos. | Bez. | Betrag"
    width = max(len(row) for row in rows)
    if statistics_table(ctx, i, table, cells):
        return  # case numbers: a "Gesamt" of persons is no sum of amounts (Mehrfachnennungen)

    def line_of(head: str) -> str | None:
        return classify_line(head, ctx.terms)

    parts = any(row and table_parts.is_part_row(row[0]) for row in rows)  # "davon …" rows
    labelled = [bool(row) and (is_sum_label(row[0]) or table_parts.cost_total(row[0]))
                for row in rows]
    sums = any(labelled) or any(
        TOTAL.search(ctx.column_header(i, table, c)) for c in range(1, width))
    if not (sums or parts):
        return  # no stated sum: nothing to add up
    values = [[_cell_amount(rows, cells, r_index, c) for c in range(width)]
              for r_index in range(len(rows))]
    for r_index, c, stated, whole in table_parts.sums_before_parts(
            rows, values, lambda head: _total_row(head) or is_sum_label(head),
            lambda head: classify_line(head, ctx.terms)) if parts else ():
        header = ctx.column_header(i, table, c)
        f.summen.append(Summe(stated, [whole], f"{rows[r_index][0]} {header}".strip(), ctx.at(
            table.location.in_cell(r_index, c), f"{rows[r_index][0]} {header}: {rows[r_index][c]}")))
    if not sums:
        return
    totals = labelled
    header_rows = next((k for k, row in enumerate(values) if any(v is not None for v in row[1:])
                        and not (k == 0 and table_parts.year_header(rows[0]))), len(rows))
    # a table without a header row may be the rest of a list whose first rows a PDF reader
    # gave as paragraphs (a wrapped label): their amounts may belong to its sums
    loose = table_parts.loose_items(ctx, i) if header_rows == 0 else []
    # column sums: a total row under its items (subtotals: the items since the last sum)
    for r_index, row in enumerate(rows):
        if not totals[r_index] or r_index < header_rows:
            continue
        subtotal = bool(_SUBTOTAL.search(row[0]))
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
            if subs:  # the subtotals; a sum said twice ("Sachkosten gesamt", "Zwischensumme
                readings.add(sum(subs))  # Sachkosten": 15.000 each) counted once (blind9)
                readings.add(sum(items) + sum(v for k, v in enumerate(subs) if not k or v != subs[k - 1]))
            # the items since the last sum ("Summe 2025" / … / "Summe 2026", blind22); for
            # "Summe Sachkosten" also any run of items just above it
            acc = Decimal(0)
            for k in range(r_index - 1, header_rows - 1, -1):
                if totals[k]:
                    break
                if values[k][c] is not None:
                    acc += values[k][c]
                    if subtotal or k == header_rows or totals[k - 1]:
                        readings.add(acc)
            header = ctx.column_header(i, table, c)
            primary = sum(items)
            by_role = table_parts.role_items(rows, values, totals, header_rows, r_index, c)
            if by_role is not None:
                readings.add(by_role)
            if loose and not subtotal:
                readings.add(primary + sum(loose))
            readings |= table_parts.difference_readings(header, values[r_index], c)
            if header_rows == 0 and stated not in readings and stated > max(readings):
                continue  # the items may begin above the table: nothing sure to compare
            if subtotal:  # "Summe Sachkosten": the items of its line, never another line's row
                own = table_parts.line_items(rows, values, totals, header_rows, r_index, c, line_of)
                if own:
                    primary = sum(own)
                    readings.add(primary)
                elif line_of(row[0]) in table_parts.LINES:
                    continue  # no item of its line in this column ("bewilligt"): nothing to add
            elif subs:  # the lines' subtotals and the rows of lines without one (Personalkosten)
                readings.add(sum(subs) + table_parts.outside_subtotals(
                    rows, values, totals, header_rows, r_index, c, line_of,
                    lambda head: bool(_SUBTOTAL.search(head))))
            f.summen.append(Summe(stated, [primary, *sorted(readings - {primary})],
                                  f"{row[0]} {header}".strip(),
                                  ctx.at(table.location.in_cell(r_index, c),
                                         f"{row[0]} {header}: {row[c]}")))
    # row sums: a "Gesamt" column over the line columns of the same row
    heads = [ctx.column_header(i, table, c) for c in range(width)]
    total_cols = [c for c in range(1, width) if TOTAL.search(heads[c])
                  and classify_line(heads[c], ctx.terms) in (None, "gesamt")]
    line_cols = [c for c in range(1, width) if c not in total_cols
                 and classify_line(heads[c], ctx.terms) in ("personal", "sach", "overhead")]
    if len(total_cols) != 1 or len(line_cols) < 2 or any(
            classify_line(h, ctx.terms) == "eigenanteil" or "davon" in h.casefold()
            for h in heads):
        return
    c = total_cols[0]
    # the lines of the total's own role: "Ausgaben gesamt" adds up "Personal" and "Sachkosten",
    # not the "Zuwendung Personal" beside them (blind13); the columns left of it as a reading
    role = _role_named(heads[c])
    line_cols = [k for k in line_cols if role is None or _role_named(heads[k]) in (None, role)]
    for r_index in range(header_rows, len(rows)):
        stated = values[r_index][c]
        items = [values[r_index][k] for k in line_cols if values[r_index][k] is not None]
        if stated is None or len(items) < 2:
            continue
        left = [values[r_index][k] for k in line_cols if k < c and values[r_index][k] is not None]
        readings = [sum(items)] + ([sum(left)] if len(left) >= 2 and sum(left) != sum(items) else [])
        f.summen.append(Summe(stated, readings, f"{rows[r_index][0]} {heads[c]}".strip(),
                              ctx.at(table.location.in_cell(r_index, c),
                                     f"{rows[r_index][0]} {heads[c]}: {rows[r_index][c]}")))
