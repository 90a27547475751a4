"""Reading German figures back out of text: amounts, VZÄ, percent, weekly hours, dates.

Submitted documents write the same figure in many ways (fachwissen §5): `60.000 €`,
`60.000,00 EUR`, `EUR 60.000,-`, `60 T€`, `1,5 Mio. Euro`, `0,5 VZÄ`, `halbe Stelle`,
`19,5 Std./Woche`, `15. Dezember 2026` ... `find_figures` finds them all in a piece of text;
`extract_figures` does it for a whole Document and ties each figure to its label (the words
before it, or a table cell's row and column headers). Everything the kimdocs.formatting
helpers write parses back to the same value. Money is Decimal, never float.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from kimdocs.formatting import MONATE, parse_number
from kimdocs.readers.cost_nouns import noun_after
from kimdocs.readers.document import (
    FIELD_LINE,
    Document,
    Figure,
    Heading,
    Location,
    Paragraph,
    Table,
)
from kimdocs.readers.money_columns import MONEY_DASH as _MONEY_DASH
from kimdocs.readers.money_columns import UNIT_IN_HEADER as _UNIT_IN_HEADER
from kimdocs.readers.money_columns import money_columns

# Any horizontal or vertical space, including NBSP (U+00A0), narrow NBSP and line breaks:
# a PDF line may end between "60.000,00" and "EUR".
_S = r"[\s\u00a0\u202f\u2009]"
_SP = _S + "*"

# German number: 60.000 / 60.000,00 / 1,5 / 60000 / 60 000 (a space, NBSP or narrow NBSP as
# thousands separator, DIN 5008 allows it; never inside a longer number); optional sign
# (minus or U+2212); never the tail of a field number or date ("3.1 Wochenstunden" is no 1 hour).
_NUM = (r"(?<!\d\.)(?P<num>[-\u2212]?(?:\d{1,3}(?:\.\d{3})+|(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+"
        r"(?![\d.]|[ \u00a0\u202f]\d)|\d+)(?:,\d+)?)(?:,-{1,2}|,\u2013)?")
_EUR = r"(?:€|EUR\b|Euro\b)"

_MONTHS = {name.casefold(): i + 1 for i, name in enumerate(MONATE)}
_MONTHS.update({"jan": 1, "feb": 2, "mär": 3, "maerz": 3, "märz": 3, "apr": 4, "jun": 6,
                "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12})
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))

# (kind, multiplier or special, needs, pattern). `needs`: words of which the lowercased text
# must hold at least one for the pattern to match at all (empty: always try). Most paragraphs
# name no unit at all, and the patterns that start with a number try at every digit, so this
# cheap test saves most of the reading time spent here. Order matters only for ties at the
# same start.
_PATTERNS: list[tuple[str, object, tuple[str, ...], re.Pattern]] = [
    (
        "datum",
        "long",
        tuple(_MONTHS),
        re.compile(rf"\b(?P<d>\d{{1,2}})\.{_SP}(?P<m>{_MONTH_RE})\.?{_SP}(?P<y>\d{{4}})\b", re.IGNORECASE),
    ),
    ("datum", "dmy", (".",), re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?!\d|,\d)")),
    ("datum", "iso", ("-",), re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    (
        "betrag",
        Decimal(1_000_000_000),
        ("mrd.", "milliarde"),
        re.compile(rf"{_NUM}{_SP}(?:Mrd\.|Milliarden?){_SP}{_EUR}", re.IGNORECASE),
    ),
    (
        "betrag",
        Decimal(1_000_000),
        ("mio.", "million"),
        re.compile(rf"{_NUM}{_SP}(?:Mio\.|Millionen?){_SP}{_EUR}", re.IGNORECASE),
    ),
    (
        "betrag",
        Decimal(1000),
        ("t€", "teur", "tsd.", "tausend"),
        re.compile(rf"{_NUM}{_SP}(?:T€|TEUR\b|Tsd\.{_SP}{_EUR}|Tausend{_SP}{_EUR})", re.IGNORECASE),
    ),
    ("betrag", Decimal(1), ("€", "eur"), re.compile(rf"{_NUM}{_SP}{_EUR}", re.IGNORECASE)),
    (
        "betrag",
        Decimal(1),
        ("€", "eur"),
        re.compile(rf"(?<![\w.])(?:€|EUR|Euro){_SP}{_NUM}", re.IGNORECASE),
    ),
    # whole euros with a dash for the cents and no currency ("Personalkosten 55.000,-- (2026)",
    # blind18): the notation is money's alone
    ("betrag", Decimal(1), (",-", ",\u2013"),
     # a sign only after space or bracket ("Abweichung -900,--", blind31), never a range's dash
     re.compile(r"(?P<num>(?:(?<![^\s(])[-\u2212])?(?:(?<![\d.,])\d{1,3}(?:\.\d{3})+|(?<![\d.,])\d+))"
                r"(?:,-{1,2}|,\u2013)(?![\w-])")),
    (
        "vzae",
        "percent_of_post",
        ("%", "prozent", "v."),
        re.compile(
            rf"{_NUM}{_SP}(?:%|Prozent|v\.{_SP}?H\.){_SP}(?:einer|der){_SP}"
            rf"(?:Vollzeitstelle|Vollzeit-?{_SP}?stelle|Stelle|Vollzeit)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "vzae",
        Decimal(1),
        ("vz", "vollzeitäquivalent", "vk", "stelle"),
        re.compile(
            rf"(?<![\d/⁄]){_NUM}{_SP}(?:VZÄ|VZAE|VZÄs|VZA\b|VZ\b|Vollzeitäquivalente?n?|VK\b|"
            r"Stellenanteile?|Stellen?\b)",
            re.IGNORECASE,
        ),
    ),
    # the label before the share: "Vollzeitäquivalent 0,75", "VZÄ: 0,5", "Stellenanteil von 1,0"
    # (a decimal share only – "Stellenanteil 1" numbers a table's row; never a year, an amount,
    # hours or percent after it)
    (
        "vzae",
        Decimal(1),
        ("vzä", "vzae", "vollzeitäquivalent", "stellenanteil"),
        re.compile(rf"\b(?:Vollzeitäquivalente?|VZÄ|VZAE|Stellenanteil){_SP}(?::|von|=)?{_SP}"
                   rf"(?P<num>\d,\d{{1,4}})(?![\d.,]|{_SP}(?:%|Prozent|v\.|Std|Stunden|h\b|"
                   rf"Wochen|€|EUR|T€|TEUR|Tsd|Mio))(?:{_SP}(?:VZÄ|VZAE)\b)?", re.IGNORECASE),
    ),
    # a fraction of a post: "1/2 Stelle", "3/4-Stelle", "½ Stelle" (never "2 Stelle" of "1/2")
    (
        "vzae",
        "fraction",
        ("/", "⁄", "½", "¼", "¾"),
        re.compile(rf"(?<![\d/.,⁄])(?:(?P<z>[1-9]){_SP}[/⁄]{_SP}(?P<n>[2-9])(?![\d/.,])|(?P<u>[½¼¾]))"
                   rf"{_SP}-?{_SP}(?:Vollzeit-?)?(?:Stellen?|VZÄ|Vollzeitstelle)\b", re.IGNORECASE),
    ),
    (
        "vzae",
        Decimal("0.5"),
        ("halbe",),
        re.compile(rf"\bhalbe[nrms]?{_SP}(?:Vollzeit)?stelle\b", re.IGNORECASE),
    ),
    # "halbtags" alone is half a post; "halbtags (19,5 Std.)" reads as the hours (below)
    ("vzae", Decimal("0.5"), ("halbtags",), re.compile(r"\bhalbtags\b", re.IGNORECASE)),
    (
        "vzae",
        Decimal("0.25"),
        ("viertel",),
        re.compile(rf"\b(?:Viertelstelle|viertel{_SP}Stelle)\b", re.IGNORECASE),
    ),
    ("vzae", Decimal("0.75"), ("dreiviertel",), re.compile(r"\bDreiviertelstelle\b", re.IGNORECASE)),
    (
        "vzae",
        Decimal(1),
        ("stelle",),
        re.compile(rf"\b(?:Vollzeitstelle|(?:volle[nrms]?|ganze[nrms]?){_SP}Stelle)\b", re.IGNORECASE),
    ),
    (
        "stunden",
        Decimal(1),
        ("wo",),
        re.compile(
            rf"{_NUM}{_SP}(?:(?:Std\.?|Stunden|h)(?:{_SP}(?:/|pro|je|in{_SP}der|die){_SP}|/)"
            rf"(?:Woche|Wo\.?)|Wochenstunden|Wochenarbeitsstunden|WoStd\.?)",
            re.IGNORECASE,
        ),
    ),
    # "Teilzeit (19,5 Std.)", "halbtags mit 19,5 Stunden": after a working-time word the
    # hours are weekly hours even without "/Woche"
    (
        "stunden",
        Decimal(1),
        ("teilzeit", "halbtags", "vollzeit"),
        re.compile(
            rf"\b(?:Teilzeit|halbtags|Vollzeit)\b{_SP}[(,:]?{_SP}(?:mit{_SP}|zu{_SP}|je{_SP})?"
            rf"{_NUM}{_SP}(?:Std\.?|Stunden\b|h\b)(?:{_SP}\))?",
            re.IGNORECASE,
        ),
    ),
    (
        "prozent",
        Decimal(1),
        ("%", "prozent", "v."),
        re.compile(rf"{_NUM}{_SP}(?:%|Prozent\b|v\.{_SP}?H\.)", re.IGNORECASE),
    ),
]


@dataclass(frozen=True)
class Match:
    """One figure inside a string: its kind, value and span."""

    kind: str
    value: Decimal | date
    start: int
    end: int
    text: str


_FRACTION_GLYPHS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4)}


def fraction_of_post(numerator: str | None, denominator: str | None,
                     glyph: str | None = None) -> Decimal | None:
    """A share written as a fraction ("1/2", "3/4", "½"): a part of one post, or None where it
    is none ("3/2")."""
    z, n = _FRACTION_GLYPHS[glyph] if glyph else (int(numerator or 0), int(denominator or 1))
    return (Decimal(z) / n).quantize(Decimal("0.0001")).normalize() if 0 < z < n else None


def _value(kind: str, how: object, m: re.Match) -> Decimal | date | None:
    try:
        if kind == "datum":
            y, d = int(m["y"]), int(m["d"])
            mo = m["m"]
            month = int(mo) if mo.isdigit() else _MONTHS[mo.casefold().rstrip(".")]
            if y < 100:  # "15.12.26": the programme runs in this century
                y += 2000
            return date(y, month, d)
        if how == "percent_of_post":
            return (parse_number(m["num"]) / 100).normalize()
        if how == "fraction":  # "3/4 Stelle", "½ Stelle": a part of one post, never more
            return fraction_of_post(m["z"], m["n"], m["u"])
        if "num" not in m.re.groupindex:  # a word form: "halbe Stelle"
            return how  # type: ignore[return-value]
        value = parse_number(m["num"]) * how  # type: ignore[operator]
        # Keep the written precision for plain numbers, drop exponent noise from multipliers.
        return (
            value
            if how == 1
            else value.quantize(Decimal(1))
            if value == value.to_integral_value()
            else value
        )
    except (ValueError, KeyError, InvalidOperation):
        return None


# The patterns with their words as one search each (faster than testing words one by one);
# those that can match text without a digit ("halbe Stelle", "Vollzeitstelle") apart.
_SEARCH = [
    (kind, how, re.compile("|".join(map(re.escape, needs))) if needs else None, pattern)
    for kind, how, needs, pattern in _PATTERNS
]
_WORD_SEARCH = [p for p in _SEARCH if not {"num", "y"} & set(p[3].groupindex)]
_DIGIT = re.compile(r"\d")
# A year before an amount: "2026 EUR 25.000,-" is 25.000 € for 2026, not 2026 €; so is a pay
# grade ("E 11 EUR 54.500,-", a table row a PDF reader ran together: generator seed 71020).
_YEAR_AMOUNT = re.compile(rf"(?:(?:19|20)\d\d|\d{{1,2}}){_SP}{_EUR}", re.IGNORECASE)


def find_figures(text: str) -> list[Match]:
    """All figures in `text`, left to right, without overlaps (the earliest, then longest wins)."""
    found: list[Match] = []
    low = text.lower()
    for kind, how, needs, pattern in (_SEARCH if _DIGIT.search(text) else _WORD_SEARCH):
        if needs is not None and not needs.search(low):
            continue
        for m in pattern.finditer(text):
            value = _value(kind, how, m)
            if value is not None:
                found.append(Match(kind, value, m.start(), m.end(), m.group(0)))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Match] = []
    end = -1
    for i, f in enumerate(found):
        if f.start < end:
            continue
        if f.kind == "betrag" and _YEAR_AMOUNT.fullmatch(f.text) and any(
            g.kind == "betrag" and f.start < g.start < f.end and (f.value >= 1900 or "." in g.text)
            for g in found[i + 1 :]
        ):
            continue  # the amount that follows the year (or the pay grade) wins
        out.append(f)
        end = f.end
    return out


def parse_figure(text: str, kind: str | None = None) -> Decimal | date | None:
    """The value of the first figure (of `kind`, if given) in `text`, or None."""
    for f in find_figures(text):
        if kind is None or f.kind == kind:
            return f.value
    return None


# ---------------------------------------------------------------------------------------------
# Labels

# Verbs and conjunctions end a label: "Im Jahr 2026 wird eine Zuweisung von ..." -> "Zuweisung".
_BREAKERS = {
    "betragen", "beträgt", "betrug", "betrugen", "wird", "werden", "wurde", "wurden", "ist",
    "sind", "war", "waren", "bewilligt", "beantragt", "gewährt", "verausgabt", "ausgezahlt",
    "stehen", "steht", "belaufen", "gefördert", "erstattet", "bewillige", "gewähre", "erhält",
    "erhalten", "beantrage", "beantragen", "beläuft", "und", "sowie", "bzw.", "oder", "als",
    "dass", "mit", "hat", "haben", "umfasst", "umfassen", "umfasste", "bis", "zum", "zur",
    "ab", "seit", "vom", "am", "beginnt", "endet", "liegt", "liegen",
}
# Filler around the figure: "in Höhe von", "insgesamt", "rund", articles and prepositions.
_FILLER = {
    "in", "höhe", "von", "i.", "h.", "v.", "ihv", "i.h.v.", "insgesamt", "rund", "ca.",
    "circa", "etwa", "max.", "maximal", "höchstens", "mindestens", "zu", "je", "pro", "über",
    "auf", "für", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen",
    "einem", "eines", "im", "jeweils", "davon", "damit", "sich", "also", "nur", "noch",
    "bereits", "-", "–", "=", "a)", "b)", "c)", "ich", "ihnen", "sie", "wir", "es", "er",
    "uns", "hiermit",
}
_INDEFINITE = {"ein", "eine", "einen", "einem", "einer", "eines"}
_CLAUSE_SPLIT = re.compile(r"(?<=[.;!?])(?<!Tsd\.)(?<!Mio\.)\s+(?=[A-ZÄÖÜ0-9])|[;\n•|]")
_MAX_LABEL_WORDS = 6


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\u00a0()]+", text.strip(" ,:()")) if w]


def _trim(words: list[str]) -> list[str]:
    while words and words[-1].casefold().strip(",:") in _FILLER | _BREAKERS:
        words = words[:-1]
    for i in range(len(words) - 1, -1, -1):
        if words[i].casefold().strip(",") in _BREAKERS:
            words = words[i + 1 :]
            break
    # An indefinite article opens the thing being counted: "für 2026 eine Zuweisung" -> "Zuweisung".
    for i in range(len(words) - 2, -1, -1):
        if words[i].casefold() in _INDEFINITE:
            words = words[i + 1 :]
            break
    while words and words[0].casefold().strip(",:") in _FILLER:
        words = words[1:]
    return [w.strip(",:") for w in words[-_MAX_LABEL_WORDS:]]


def label_before(text: str, start: int, floor: int = 0) -> str:
    """The words before `start` in their clause: "Die Sachkosten betragen" -> "Sachkosten"."""
    before = text[floor:start]
    parts = _CLAUSE_SPLIT.split(before)
    clause = parts[-1] if parts else ""
    return " ".join(_trim(_words(clause)))


def label_after(text: str, end: int) -> str:
    """Fallback for a figure that opens its clause: "20.000 € für Sachkosten" -> "Sachkosten"."""
    after = _CLAUSE_SPLIT.split(text[end:], maxsplit=1)[0]
    after = re.split(r"[,.]\s", after, maxsplit=1)[0]
    words = _words(after)
    while words and words[0].casefold().strip(",:") in _FILLER | _BREAKERS:
        words = words[1:]
    # a verb, or the next figure ("… und 17.640,00 € Sachkosten"), ends it
    cut = next((i for i, w in enumerate(words) if w.casefold() in _BREAKERS
                or re.search(r"\d", w)), len(words))
    return " ".join(w.strip(",:.") for w in words[: min(cut, 4)])


_LINE_WORD = re.compile(r"personal|sach|eigen", re.IGNORECASE)
_ASIDE = re.compile(r"\s*\(\s*([^()\d]{0,40}?)\s*")


def _figures_in_text(text: str, location: Location, section: str) -> list[Figure]:
    out = []
    previous_end = 0
    money_end = start = 0  # the end of the amount before, the start of the figure before
    for m in find_figures(text):
        before = label_before(text, m.start, previous_end)
        opened = text.rfind("(", money_end, start) if out and out[-1].kind != "betrag" else -1
        closed = text.find(")", previous_end, m.start) if opened >= 0 else -1
        if m.kind == "betrag" and closed >= 0 and "(" not in text[opened + 1:closed]:
            # "Personalkosten (2 × 0,5 VZÄ) in Höhe von 60.000 €": the bracket is an aside,
            # the label stands before it (issue 19, class 2)
            masked = text[:opened] + " " * (closed + 1 - opened) + text[closed + 1:]
            before = label_before(masked, m.start, money_end) or before
        start = m.start
        if m.kind == "betrag":
            money_end = m.end
        after, after_end = noun_after(text, m.end) if m.kind == "betrag" else ("", m.end)
        aside = _ASIDE.fullmatch(text[previous_end:m.start]) if out else None
        if aside:  # "60.000,00 € Personalkosten (bewilligt 60.000,00 €)": the same line
            label = f"{out[-1].label} {aside.group(1)}".strip()
        elif after:  # the noun is this figure's, not the next one's
            label = f"{before} {after}" if _LINE_WORD.search(before) else after
        else:
            label = before or label_after(text, m.end) or section
        out.append(Figure(m.kind, m.value, m.text, label, location))
        previous_end = after_end
    return out


_BARE_NUMBER = re.compile(r"^[\s\u00a0]*" + _NUM + r"[\s\u00a0]*$")
# a footnote mark after a cell's figure: "59.100,00¹", "36.000 EUR¹" (blind24), "0,5*"
FOOTNOTE_MARK = re.compile(r"(?:(?<=\S)[\u00b9\u00b2\u00b3\u2070-\u2079]+|(?<=[\d%.])\*+)\s*$")
_YEAR_CELL = re.compile(r"[\s\u00a0]*(?:19|20)\d{2}[\s\u00a0]*")


def _unit_kind(unit: re.Match) -> tuple[str, int]:
    """The kind of a bare figure and its factor by the unit `_UNIT_IN_HEADER` found."""
    return ("betrag", 1000) if unit.group(1) else ("betrag", 1) if unit.group(2) else \
        ("vzae", 1) if unit.group(3) else ("prozent", 1)


def _header(cells: Iterable[str]) -> str:
    """The nearest non-empty cell, going back (a merged header keeps its text at its start)."""
    for cell in cells:
        if cell.strip():
            return " ".join(cell.split())
    return ""


def _is_key_value(rows: list[list[str]]) -> bool:
    """Two columns of key and value ("Bewilligungszeitraum | 01.12.2025 bis ..."): the key
    alone is the label. Unless the first row is a header over a column of figures
    ("Haushaltsjahr | Personalkosten beantragt" / "2026 | 60.000,00 EUR")."""
    if len(rows[0]) != 2 or len(rows) < 2:
        return False
    kinds = set()
    for row in rows[1:]:
        if row[1].strip():
            found = find_figures(row[1])
            kinds.add(found[0].kind if found else "zahl" if _BARE_NUMBER.match(row[1]) else "text")
    # A header stands over one kind of figure; keys have values of every kind
    # ("Kreisschlüssel | 07111", "Vorzulegen bis | 15.12.2026").
    header_over_figures = (
        not re.search(r"\d", rows[0][1]) and len(kinds) == 1 and "text" not in kinds
    )
    return not header_over_figures


def _row_header(rows: list[list[str]], r: int, c: int) -> str:
    """The first cell of the row (going up past vertically merged cells), and the text cells
    between it and column `c`: "2026 | Sachkosten | 20.000,00 EUR" -> "2026 Sachkosten"."""
    first = _header(rows[k][0] for k in range(r, -1, -1))
    between = [" ".join(x.split()) for x in rows[r][1:c]
               if x.strip() and not _BARE_NUMBER.match(x) and not find_figures(x)]
    return " ".join(p for p in (first, *between) if p)


def _figures_in_table(table: Table) -> list[Figure]:
    out = []
    rows = table.rows
    if not rows:
        return out
    header_row = rows[0]
    key_value = _is_key_value(rows)
    dashed = money_columns(rows)  # "36.000,--", "10.000,00", a year's column of a terse plan
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if not cell.strip() or (r == 0 and c == 0):
                continue
            # Row header: the first column (going up past vertically merged cells); column
            # header: the first row (going left past horizontally merged cells).
            row_header = _row_header(rows, r, c) if c else ""
            last = min(c, len(header_row) - 1)  # a row may be longer than the header row
            col_header = _header(header_row[k] for k in range(last, -1, -1)) if r else ""
            parts = [p for p in (row_header, "" if key_value else col_header) if p]
            label = " / ".join(parts)
            cell = FOOTNOTE_MARK.sub("", cell)  # "36.000 EUR¹": the figure, its mark aside
            matches = find_figures(cell)
            if not matches:
                if r == 0 and _YEAR_CELL.fullmatch(cell):
                    continue  # "Kostenart (in T€) | 2026": a year over its column (blind24)
                # A bare number under a header that names the unit: "Betrag in EUR" / "60.000,00".
                bare = _BARE_NUMBER.match(cell)
                # the column's header, else the table's title cell ("Finanzierungsplan 2026
                # (Beträge in T€)"), else the row's: "Personalausgaben (1,0 VZÄ)" over T€
                # cells is a cost row, not a share
                unit = _UNIT_IN_HEADER.search(col_header) or (
                    _UNIT_IN_HEADER.search(header_row[0]) if r and c else None) or \
                    _UNIT_IN_HEADER.search(row_header)
                if bare and (unit or _MONEY_DASH.search(cell) or (
                        c in dashed and _CENTS.search(cell))):
                    kind, factor = ("betrag", 1) if unit is None else _unit_kind(unit)
                    if kind != "betrag" and c in dashed and not _UNIT_IN_HEADER.search(col_header):
                        kind, factor = "betrag", 1  # a money column; "(2 × 0,5 VZÄ)" names the post
                    try:
                        value = parse_number(bare["num"]) * factor
                    except InvalidOperation:
                        continue
                    out.append(
                        Figure(kind, value, cell.strip(), label or col_header,
                               table.location.in_cell(r, c))
                    )
                continue
            previous_end = 0
            for m in matches:
                # A key inside the cell ("Datum: 24.03.2026") says more than the headers.
                own = label_before(cell, m.start, previous_end)
                keyed = cell[previous_end : m.start].rstrip().endswith(":")
                out.append(
                    Figure(
                        m.kind,
                        m.value,
                        m.text,
                        (own if keyed else label) or own or label,
                        table.location.in_cell(r, c),
                    )
                )
                previous_end = m.end
    return out


# "Beträge in EUR" (or a line ending in "(in EUR):", issue 19 probe) over a list whose amounts
# name no currency; a bare amount with cents or grouped thousands ("71.500") under it
_UNIT_NOTE = re.compile(r"\b(?:Beträge|Angaben|alle Werte)\s+in\s+(?:(T€|TEUR|Tsd\.\s?EUR)|"
                        r"(€|EUR\b|Euro\b))|\(in\s+(?:(T€|TEUR|Tsd\.\s?EUR)|(€|EUR|Euro))\)\W*$")
# (also a money column's bare amount in `_figures_in_table`, where an earlier twin of this name
# was always replaced by this one)
_CENTS = re.compile(r"^[\s\u00a0]*(\d{1,3}(?:(?:\.\d{3})*,\d{2}|(?:\.\d{3})+))[\s\u00a0]*$")
# under a note in thousands ("in T€") also "55,0", "18,333" – a decimal comma, never a bare "55"
_THOUSANDS = re.compile(r"^[\s\u00a0]*(\d{1,3}(?:\.\d{3})*,\d{1,3})[\s\u00a0]*$")


def _noted(block: Paragraph | Table, factor: Decimal) -> list[Figure]:
    """The bare amounts ("60.000,00") of a paragraph or table under a note naming their unit."""
    out, cells = [], [((r, c), cell) for r, row in enumerate(block.rows) for c, cell in
                      enumerate(row)] if isinstance(block, Table) else [(None, block.text)]
    for at, text in cells:
        m = (_THOUSANDS if factor == 1000 else _CENTS).match(text)
        if m and not (at and _UNIT_IN_HEADER.search(" ".join(block.rows[0]))):
            label = _row_header(block.rows, *at) if at and at[1] else ""
            where = block.location.in_cell(*at) if at else block.location
            out.append(Figure("betrag", parse_number(m[1]) * factor, m[1], label, where))
    return out


# a form's line "Label (unit): figure" – the unit in the label, the figure bare: "7.1
# Personalkosten 2026 (EUR): 60.000,00", "3.1 Stellenumfang (VZÄ): 1,0", "Wochenstunden: 19,5"
# (an online portal's printout, a form's fields typed as lines)
_LABELLED = re.compile(r"^\s*(?P<label>[^:\n]{2,70}?)\s*:[\s\u00a0]*" + _NUM + r"[\s\u00a0]*$")
_HOURS_IN_LABEL = re.compile(r"wochenstunden|wochenarbeitszeit|std\.?\s*/\s*woche|stunden\s*(?:je|pro|/)\s*woche",
                             re.IGNORECASE)


# a post's extent field answered in a word: "3.1 Frau Sofia Brandt, Stellenumfang: Vollzeit"
_FULL_TIME_FIELD = re.compile(r"^\s*(?P<label>[^:\n]{2,70}?(?:umfang|anteil|arbeitszeit))\s*:\s*"
                              r"(?P<v>Vollzeit(?:stelle)?|volle Stelle)\s*$", re.IGNORECASE)


def _labelled(block: Paragraph | Heading) -> list[Figure]:
    """The figure of such a line, of the kind its label's unit names; [] for any other."""
    if full := _FULL_TIME_FIELD.match(block.text):
        return [Figure("vzae", Decimal(1), full["v"], full["label"].strip(), block.location)]
    m = _LABELLED.match(FOOTNOTE_MARK.sub("", block.text))
    if m is None:
        return []
    label = m["label"]  # (its last unit is the figure's: "Personalkosten (1,0 VZÄ) (EUR)")
    unit = next(reversed(list(_UNIT_IN_HEADER.finditer(label))), None)
    if unit is None and not _HOURS_IN_LABEL.search(label):
        return []
    kind, factor = ("stunden", 1) if unit is None else _unit_kind(unit)
    try:
        value = parse_number(m["num"]) * factor
    except InvalidOperation:
        return []
    text = block.text[m.start("num"):].strip()
    return [Figure(kind, value, FOOTNOTE_MARK.sub("", text).strip(), label.strip(), block.location)]


def extract_figures(document: Document) -> list[Figure]:
    """Every figure of the document with its label and location, in reading order.
    Headings contribute figures too ("Bewilligungszeitraum 01.12.2025 bis 31.12.2026")."""
    out: list[Figure] = []
    section = ""
    level = heading_level = 0  # the level of the section a unit note stands in (0: no note)
    factor = Decimal(1)
    previous: tuple[Table, int] | None = None  # the table just read and where its figures end
    for block in document.blocks:
        level = 0 if isinstance(block, Heading) and block.level <= level else level
        found = _figures_in_table(block) if isinstance(block, Table) else [] \
            if not isinstance(block, (Heading, Paragraph)) else \
            _figures_in_text(block.text, block.location, section)
        if isinstance(block, (Heading, Paragraph)) and ":" in block.text:
            found += _labelled(block)  # (a bare figure: none of those found before)
        if level and not isinstance(block, Heading) and all(f.kind != "betrag" for f in found):
            found += _noted(block, factor)
        _note_below(block, previous, out)
        previous = (block, len(out) + len(found)) if isinstance(block, Table) and all(
            f.kind != "betrag" for f in found) else None
        out.extend(found)
        # a field a PDF reader took for a heading ("8.4 Sachkosten 2027: EUR 800,-") is no
        # section for the lines after it (generator seeds 100019, 101692)
        if isinstance(block, Heading) and not FIELD_LINE.match(block.text):
            section, heading_level = block.title, block.level
        if note := _UNIT_NOTE.search(block.text) if isinstance(block, Paragraph) else None:
            level = heading_level or 1
            factor = Decimal(1000) if note.group(1) or note.group(3) else Decimal(1)
    return out


def _note_below(block, previous: tuple[Table, int] | None, out: list[Figure]) -> None:
    """A unit note as a footnote right under a table without currencies ("Alle Beträge in
    Euro." below the Vordruck's plan; issue 19, probe round 2): the table's bare amounts are
    read as its note says. Only a short line that is the note alone, right after the table."""
    if previous is None or not isinstance(block, Paragraph) or len(block.text) > 60:
        return
    note = _UNIT_NOTE.search(block.text)
    if not note:
        return
    table, end = previous
    factor = Decimal(1000) if note.group(1) or note.group(3) else Decimal(1)
    out[end:end] = _noted(table, factor)
