"""Issue 17, "no clock in a rule": a verdict depends on the document, the guideline and a
stated reference date (--eingang) — never on the day the check runs."""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path

import pytest
from test_regelfaelle import build_document

from kimdocs.check import check_document
from kimdocs.rules import load_guideline

PACKAGE = Path(__file__).resolve().parent.parent / "kimdocs"
REAL_DATE = datetime.date

# The example of the issue: Förderzeitraum 01.12.2025–30.11.2026, 1,0 VZÄ, 30.000 €
# Personalkosten without a year. Checked by the day, it was verletzt in 2025 (cap of
# December 2025: 5.000 €) and erfüllt in 2026 (cap of eleven months: 55.000 €).
CLOCK_EXAMPLE = [
    {"h1": "Förderzeitraum"}, {"p": "Förderzeitraum: 01.12.2025 bis 30.11.2026"},
    {"h1": "Stelle und Personal"}, {"p": "Beantragt wird eine Vollzeitstelle (1,0 VZÄ)."},
    {"h1": "Finanzierungsplan"}, {"p": "Beantragt werden 30.000,00 EUR Personalkosten."},
]


class _Clock(type):
    def __instancecheck__(cls, obj):  # a real date is still a date
        return isinstance(obj, REAL_DATE)


class FixedDate(REAL_DATE, metaclass=_Clock):
    fixed = REAL_DATE(2000, 1, 1)

    @classmethod
    def today(cls):
        return cls.fixed


@pytest.fixture
def clock(monkeypatch):
    """Set "today" in every loaded kimdocs module that holds datetime.date or datetime."""
    def set_to(day: REAL_DATE) -> int:
        FixedDate.fixed = day
        patched = 0
        for name, module in list(sys.modules.items()):
            if not name.startswith("kimdocs") or module is None:
                continue
            for attr, value in list(vars(module).items()):
                if value is REAL_DATE or value is FixedDate:
                    monkeypatch.setattr(module, attr, FixedDate)
                    patched += 1
        return patched
    return set_to


def _verdict(eingang=None):
    report = check_document(build_document(CLOCK_EXAMPLE), art="antrag",
                            richtlinie=load_guideline(), eingang=eingang)
    return next(b for b in report.ergebnisse if b.code == "KIM-105")


def test_same_verdict_whatever_today_is(clock):
    seen = {}
    for year in (2025, 2026):
        assert clock(REAL_DATE(year, 6, 15)) > 0  # the rule and fact modules were reached
        from kimdocs.rules import money
        assert money.date.today().year == year
        befund = _verdict()
        seen[year] = (befund.status, befund.meldung)
    assert seen[2025] == seen[2026]
    status, meldung = seen[2025]
    # ambiguous: the amount has no year, and the two years of the period give two answers
    assert status == "nicht_pruefbar"
    assert "ohne Haushaltsjahr" in meldung and "2025 und 2026" in meldung
    assert "5.000,00" in meldung and "55.000,00" in meldung


def test_an_eingang_does_not_make_the_amount_a_years_amount(clock):
    clock(REAL_DATE(2026, 6, 15))
    assert _verdict(eingang=REAL_DATE(2025, 11, 3)).status == "nicht_pruefbar"


def test_the_year_stated_decides(clock):
    """Where the document names the year, that year's cap: 30.000 in 2026 is within 55.000,
    in 2025 over 5.000 — on any day."""
    for today in (REAL_DATE(2025, 1, 1), REAL_DATE(2027, 1, 1)):
        clock(today)
        for year, expected in (("2026", "erfuellt"), ("2025", "verletzt")):
            outline = [*CLOCK_EXAMPLE[:-1], {"p": f"Beantragt werden für {year} 30.000,00 EUR "
                                                  "Personalkosten."}]
            report = check_document(build_document(outline), art="antrag",
                                    richtlinie=load_guideline())
            assert next(b for b in report.ergebnisse if b.code == "KIM-105").status == expected


def test_no_clock_in_rules_facts_or_calculator():
    clock_call = re.compile(r"\b(?:date|datetime)\.(?:today|now|utcnow)\(|\btime\.time\(")
    places = [*PACKAGE.joinpath("rules").rglob("*.py"), *PACKAGE.joinpath("facts").rglob("*.py"),
              PACKAGE / "calculator.py"]
    found = [f"{p.relative_to(PACKAGE.parent)}:{n}" for p in places
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if clock_call.search(line)]
    assert found == []
