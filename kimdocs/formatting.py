"""German number and date formatting after DIN 5008, in one place.

Every document, report and message of kimdocs formats through these helpers, and the
figure parser (kimdocs.readers.figures) reads their output back, so the two stay in step.
The unit follows the number after a protected space (U+00A0), as DIN 5008 asks.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"
CENT = Decimal("0.01")

MONATE = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)


def round_cents(value: Decimal) -> Decimal:
    """Round to whole cents, half up (kaufmännisches Runden)."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def _group(integer_digits: str) -> str:
    """Insert a dot every three digits from the right: 1234567 -> 1.234.567."""
    groups = []
    while len(integer_digits) > 3:
        groups.insert(0, integer_digits[-3:])
        integer_digits = integer_digits[:-3]
    groups.insert(0, integer_digits)
    return ".".join(groups)


def format_number(value: Decimal | int, places: int = 2) -> str:
    """`60000` -> `60.000,00` (places=2), `60.000` (places=0)."""
    quantum = Decimal(1).scaleb(-places)
    q = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    text = f"{abs(q):f}"
    integer, _, fraction = text.partition(".")
    out = sign + _group(integer)
    return f"{out},{fraction}" if places else out


def format_eur(value: Decimal | int) -> str:
    """`60.000,00 EUR`: the form for notices and tables."""
    return f"{format_number(value, 2)}{NBSP}EUR"


def format_euro_short(value: Decimal | int) -> str:
    """`60.000 €` for whole amounts, `1.666,67 €` otherwise: the form for running text."""
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 2
    return f"{format_number(value, places)}{NBSP}€"


def format_date(value: date) -> str:
    """`15.12.2026`."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def format_date_long(value: date) -> str:
    """`15. Dezember 2026`."""
    return f"{value.day}. {MONATE[value.month - 1]} {value.year}"


def format_decimal(value: Decimal | int) -> str:
    """A plain decimal without trailing zeros, German comma: `0.50` -> `0,5`, `1` -> `1`."""
    value = Decimal(value)
    text = f"{value.normalize():f}" if value != 0 else "0"
    integer, _, fraction = text.partition(".")
    out = ("-" if integer.startswith("-") else "") + _group(integer.lstrip("-"))
    return f"{out},{fraction}" if fraction else out


def format_vzae(value: Decimal | int) -> str:
    """`0,5 VZÄ`, `1,0 VZÄ`: at least one decimal, so a whole post reads as a VZÄ figure."""
    text = format_decimal(value)
    return f"{text if ',' in text else text + ',0'}{NBSP}VZÄ"


def format_percent(value: Decimal | int) -> str:
    """`50 %` (the value is already in percent)."""
    return f"{format_decimal(value)}{NBSP}%"


def parse_number(text: str) -> Decimal:
    """German number to Decimal: `60.000,50` -> Decimal('60000.50'), `60.000,-` -> 60000."""
    text = re.sub(r"[ \u00a0\u202f]", "", text.replace("\u2212", "-"))
    text = re.sub(r",(-{1,2}|\u2013)$", "", text)
    return Decimal(text.replace(".", "").replace(",", "."))


def read_date(text: str) -> date | None:
    """A date as people type it, TT.MM.JJJJ or JJJJ-MM-TT; None when it is neither (each
    caller says so in its own words: a command-line option, a form field)."""
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            pass
    return None
