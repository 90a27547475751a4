"""One call each for the places where the work happens (kimdocs pruefen, erstellen, web):
recording in the register, given plain data. The command line decides only *whether* a
register is configured (`--register`, `register = …` in kimdocs.toml, KIMDOCS_REGISTER).

This module is imported by `kimdocs/cli.py`, so it stays light: SQLAlchemy (about 0,2 s to
import) is loaded only when a register is used, and `Recorder` loads it in a background thread
while the documents are being checked — recording then costs `kimdocs pruefen` only the
writing itself (bench/bench_register.py measures it).
"""

from __future__ import annotations

import getpass
import os
import threading
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

import kimdocs
from kimdocs.formatting import format_eur

ENV = "KIMDOCS_REGISTER"


def configured(value: str | None = None, config: Any = None) -> str | None:
    """The register to use: the option, else kimdocs.toml (`register`), else KIMDOCS_REGISTER."""
    return value or getattr(config, "register", None) or os.environ.get(ENV) or None


def who() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unbekannt"


@lru_cache(maxsize=4)
def cached(url: str):
    """One open register per URL and process (the web app's requests share it)."""
    from .store import open_register

    return open_register(url)


class Recorder:
    """Opens the register in the background at once; `record(reports)` waits for it."""

    def __init__(self, url: str):
        self.url = url
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._open, daemon=True)
        if not os.environ.get("KIMDOCS_REG_NOTHREAD"):
            self._thread.start()

    def _open(self) -> None:
        try:
            cached(self.url)
        except BaseException as exc:  # handed to the caller in record()
            self._error = exc

    def record(self, reports: list[Any], *, eingang: date | None = None,
               wer: str | None = None, kommune: Any = None) -> list[str]:
        if self._thread.is_alive() or self._thread.ident is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error
        return record_reports(self.url, reports, eingang=eingang, wer=wer, kommune=kommune)


def record_reports(url: str, reports: list[Any], *, eingang: date | None = None,
                   wer: str | None = None, kommune: Any = None) -> list[str]:
    """`kimdocs pruefen --register`: each checked file (Pruefbericht or its dict) as received.
    Returns one German line per file for the console."""
    reg = cached(url)
    wer = wer or who()
    lines = []
    for rep in reports:
        data = rep.to_dict() if hasattr(rep, "to_dict") else rep
        if not data.get("sha256"):
            lines.append(f"Register: {data.get('datei')}: nicht eingetragen (nicht lesbar)")
            continue
        e = reg.record_check(data, eingang=eingang, wer=wer, kommune=kommune)
        wo = f" ({e.kommune})" if e.kommune else " (keiner Kommune zugeordnet)"
        text = {"neu": "eingetragen", "bekannt": "schon eingetragen",
                "ersetzt": "eingetragen, ersetzt die frühere Fassung"}[e.status]
        lines.append(f"Register: {data.get('datei')}{wo}: {text}")
    return lines


def book_bescheid(url: str, bescheid: Any, richtlinie: Any, *, wer: str | None = None,
                  berechnung: Any = None):
    """`kimdocs erstellen bescheid --register`: check the budget across time and book, before
    the document is made. Refused: KIM-114 in `buchung.befund`, nothing booked."""
    berechnung = berechnung or kimdocs.calculate_grant(bescheid.antrag, richtlinie,
                                                       bescheid.zeitraum)
    return cached(url).record_bescheid(bescheid, berechnung, richtlinie, wer=wer or who())


def book_all(url: str, auftraege: list[Any], richtlinie: Any) -> tuple[list[Any], list[str]]:
    """Book each Bescheid of `auftraege` (objects with `.doc` and `.label`, as kimdocs.output's
    Auftrag) one at a time; returns the ones that may be made and a line for each."""
    keep, lines = [], []
    for a in auftraege:
        if getattr(a, "doc", None) is None or getattr(a.doc, "art", None) != "bescheid":
            keep.append(a)
            continue
        b = book_bescheid(url, a.doc, richtlinie)
        lines.append(buchung_text(a.label, b))
        if b.eingetragen:
            keep.append(a)
    return keep, lines


def buchung_text(label: str, b: Any) -> str:
    if b.status == "bekannt":
        return f"Register: {label}: schon eingetragen"
    summe = sum((j.dieser for j in b.jahre), Decimal("0.00"))
    head = f"Register: {label}: " + (f"eingetragen ({format_eur(summe)})" if b.eingetragen
                                     else "nicht eingetragen")
    return head + (f" – {b.befund['code']}: {b.befund['meldung']}" if b.befund else "")
