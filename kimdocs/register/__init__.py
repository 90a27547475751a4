"""The register (issue 22): every Antrag, Bescheid, report and Nachweis of a programme, the
budget as it is committed, and what is due — SQLite by default, PostgreSQL by URL.

    from kimdocs.register import open_register
    reg = open_register("kimdocs.sqlite")          # or "postgresql+psycopg://…"
    reg.record_check(bericht.to_dict(), eingang=date(2026, 12, 1), kommune="07111")
    buchung = reg.record_bescheid(bescheid, berechnung, richtlinie)
    rows = overview(reg, stichtag=date(2026, 12, 16))
"""

from __future__ import annotations

from .db import RegisterError, make_engine, migrate, resolve_url
from .store import Buchung, Eintrag, Register, open_register

__all__ = ["Buchung", "Eintrag", "Register", "RegisterError", "make_engine", "migrate",
           "open_register", "resolve_url"]
