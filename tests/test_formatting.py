"""DIN 5008 formatting, in one place."""

from datetime import date
from decimal import Decimal

import pytest

from kimdocs.formatting import (
    NBSP,
    format_date,
    format_date_long,
    format_eur,
    format_euro_short,
    format_percent,
    format_vzae,
)


@pytest.mark.parametrize("func,value,expected", [
    (format_eur, Decimal(60000), "60.000,00 EUR"),
    (format_eur, Decimal("1666.665"), "1.666,67 EUR"),
    (format_eur, Decimal("0.5"), "0,50 EUR"),
    (format_eur, Decimal(1500000), "1.500.000,00 EUR"),
    (format_euro_short, Decimal("60000.00"), "60.000 €"),
    (format_euro_short, Decimal("1666.67"), "1.666,67 €"),
    (format_date, date(2026, 12, 15), "15.12.2026"),
    (format_date, date(2025, 1, 5), "05.01.2025"),
    (format_date_long, date(2026, 12, 15), "15. Dezember 2026"),
    (format_date_long, date(2026, 3, 1), "1. März 2026"),
    (format_vzae, Decimal("0.5"), "0,5 VZÄ"),
    (format_vzae, Decimal("1.00"), "1,0 VZÄ"),
    (format_vzae, Decimal("0.25"), "0,25 VZÄ"),
    (format_percent, Decimal(50), "50 %"),
    (format_percent, Decimal("12.5"), "12,5 %"),
])
def test_din5008(func, value, expected):
    assert func(value).replace(NBSP, " ") == expected


def test_unit_is_joined_by_a_protected_space():
    assert format_eur(Decimal(1)) == f"1,00{NBSP}EUR"


def test_import_kimdocs_stays_light():
    import subprocess
    import sys
    code = ("import sys, kimdocs; kimdocs.load_guideline; "
            "heavy = [m for m in ('docxtpl', 'docx', 'pdfplumber', 'pypdfium2', 'openpyxl', "
            "'lxml') if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_public_names_resolve():
    import kimdocs
    for name in kimdocs.__all__:
        assert getattr(kimdocs, name) is not None, name
