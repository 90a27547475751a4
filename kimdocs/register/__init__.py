"""The register (issue 22): every Antrag, Bescheid, report and Nachweis of a programme, the
budget as it is committed, and what is due — SQLite by default, PostgreSQL by URL.

    from kimdocs.register import open_register
    reg = open_register("kimdocs.sqlite")          # or "postgresql+psycopg://…"
    reg.record_check(bericht.to_dict(), eingang=date(2026, 12, 1), kommune="07111")
    buchung = reg.record_bescheid(bescheid, berechnung, richtlinie)
    rows = overview(reg, stichtag=date(2026, 12, 16))
"""

from __future__ import annotations

import importlib
from typing import Any

# public name -> module; loaded on first use, so that `kimdocs` commands without a register
# never import SQLAlchemy (kimdocs/cli/commands.py imports kimdocs.register.commands)
_EXPORTS = {"RegisterError": "db", "make_engine": "db", "migrate": "db", "resolve_url": "db",
            "Buchung": "store", "Eintrag": "store", "Register": "store",
            "open_register": "store", "overview": "overview", "Uebersicht": "overview"}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kimdocs.register' has no attribute {name!r}")
    return getattr(importlib.import_module(f"kimdocs.register.{module}"), name)
