"""One call each for the places where the work happens (kimdocs pruefen, erstellen, web):
recording in the register, given plain data. The command line decides only *whether* a
register is configured (`--register`, `register = …` in kimdocs.toml, KIMDOCS_REGISTER).

This module is imported by `kimdocs/cli/commands.py`, so it stays light: SQLAlchemy (about 0,2 s of
CPU to import) is loaded only when a register is used through it; `kimdocs pruefen` into an
SQLite register needs only sqlite3 (bench/bench_register.py measures what recording adds).
"""

from __future__ import annotations

import getpass
import hashlib
import os
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from kimdocs.calculator import calculate_grant
from kimdocs.formatting import format_eur
from kimdocs.register.fehler import RegisterError
from kimdocs.rules import load_guideline

ENV = "KIMDOCS_REGISTER"
ENV_ARCHIV = "KIMDOCS_ARCHIV"


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
    from kimdocs.register.store import open_register

    return open_register(url)


def record_reports(url: str, reports: list[Any], *, eingang: date | None = None,
                   wer: str | None = None, kommune: Any = None,
                   archiv: str | None = None) -> list[str]:
    """`kimdocs pruefen --register`: each checked file (Pruefbericht or its dict) as received.
    An SQLite register at the newest revision is written with sqlite3 alone
    (kimdocs.register.schnell); anything else through SQLAlchemy. One German line per file.
    With an archive folder (`archiv` in kimdocs.toml, or KIMDOCS_ARCHIV) each file is copied
    there first, named by its sha256; without one the register keeps no file."""
    from kimdocs.register.schnell import record_checks, sqlite_path

    wer = wer or who()
    archiv = archiv or os.environ.get(ENV_ARCHIV) or None
    lines, lesbar = [], []
    for rep in reports:
        data = rep.to_dict() if hasattr(rep, "to_dict") else rep
        if not data.get("sha256"):
            lines.append(f"Register: {data.get('datei')}: nicht eingetragen (nicht lesbar)")
            continue
        if archiv:
            try:
                data = {**data, "archiv": archive_copy(archiv, Path(data["datei"]),
                                                       data["sha256"])}
            except RegisterError as exc:
                lines.append(f"Register: {data.get('datei')}: nicht eingetragen ({exc.message})")
                continue
        lesbar.append(data)
    if not lesbar:
        return lines
    r = load_guideline(lesbar[0].get("richtlinie") or None)
    path = sqlite_path(url)
    eintraege = record_checks(path, lesbar, richtlinie=r, eingang=eingang, kommune=kommune,
                              wer=wer) if path else None
    if eintraege is None:
        reg = cached(url)
        eintraege = [reg.record_check(d, eingang=eingang, wer=wer, kommune=kommune,
                                      richtlinie=r) for d in lesbar]
    for data, e in zip(lesbar, eintraege, strict=True):
        wo = f" ({e.kommune})" if e.kommune else " (keiner Kommune zugeordnet)"
        text = {"neu": "eingetragen", "bekannt": "schon eingetragen",
                "ersetzt": "eingetragen, ersetzt die frühere Fassung"}[e.status]
        lines.append(f"Register: {data.get('datei')}{wo}: {text}")
    return lines


def archive_copy(archiv: str, source: Path, sha256: str) -> str:
    """Copy a checked file into the archive folder as `<sha256[:2]>/<sha256><suffix>` (the
    same file twice is one copy) and return that path. The copy is written under a temporary
    name and renamed, and its hash is compared with the checked one: a file changed since it
    was checked is not archived under the old hash."""
    target = (Path(archiv) / sha256[:2] / f"{sha256}{source.suffix.lower()}").absolute()
    if target.is_file():
        return str(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        data = source.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise RegisterError(f"Datei seit der Prüfung verändert, nicht archiviert: {source}",
                                path=source)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise RegisterError(f"Archivordner nicht beschreibbar: {archiv} "
                            f"({exc.strerror or exc})", path=archiv) from None
    return str(target)


def book_bescheid(url: str, bescheid: Any, richtlinie: Any, *, wer: str | None = None,
                  berechnung: Any = None):
    """`kimdocs erstellen bescheid --register`: check the budget across time and book, before
    the document is made. Refused: KIM-114 in `buchung.befund`, nothing booked."""
    berechnung = berechnung or calculate_grant(bescheid.antrag, richtlinie,
                                                       bescheid.zeitraum)
    return cached(url).record_bescheid(bescheid, berechnung, richtlinie, wer=wer or who())


def book_all(url: str, auftraege: list[Any], richtlinie: Any,
             wer: str | None = None) -> tuple[list[Any], list[str]]:
    """Book each Bescheid of `auftraege` (objects with `.doc` and `.label`, as kimdocs.output's
    Auftrag) one at a time; returns the ones that may be made and a line for each."""
    keep, lines = [], []
    for a in auftraege:
        if getattr(a, "doc", None) is None or getattr(a.doc, "art", None) != "bescheid":
            keep.append(a)
            continue
        b = book_bescheid(url, a.doc, richtlinie, wer=wer)
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
