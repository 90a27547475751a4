"""Checking several files: which files a folder holds (and why others are skipped), each one
read and checked in its own bounded child process, every report stamped with the guideline
version and the file's hash and size."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import stat
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kimdocs import errors
from kimdocs.check.bescheid import Bewilligung, load_bescheid
from kimdocs.check.checker import Pruefbericht, check_document, guideline_of
from kimdocs.guideline import Richtlinie
from kimdocs.interrupts import temporary_directory
from kimdocs.limits import Limits, limits_of
from kimdocs.readers import read_document_unsandboxed
from kimdocs.readers.sandbox import Task, run_each
from kimdocs.readers.sniff import not_regular
from kimdocs.rules import load_guideline

if TYPE_CHECKING:
    from kimdocs.config import Config

SUFFIXES = (".pdf", ".docx", ".odt", ".jpg", ".jpeg", ".png", ".tif", ".tiff")
OCR_CHOICES = ("auto", "immer", "nie")


def check_file(path: Path | str, *, art: str | None = None,
               richtlinie: Richtlinie | str | None = None, eingang: date | None = None,
               bescheid: Path | str | Bewilligung | None = None,
               limits: Limits | None = None, ocr: str = "auto", on_page=None,
               **one_limit: float | None) -> Pruefbericht:
    """Read a PDF/DOCX/ODT file or a scan (PDF, TIFF, PNG, JPEG) and check it, both in one
    bounded child process under `limits` (kimdocs.limits.Limits): at most `limits.timeout`
    seconds – and OCR_SECONDS_PER_PAGE more for each page recognised by OCR – and
    `limits.memory_mb` MiB for the whole check; over it, nicht_pruefbar. `bescheid`: a
    Bescheid file, or what `load_bescheid` read from one. `ocr`: 'auto' (pages without a
    usable text layer, and images), 'immer' (every page), 'nie'. `on_page(path, n, total)`
    before the n-th page recognised. `one_limit`: timeout, memory_mb, max_pages,
    max_paragraphs given on their own, folded into `limits`."""
    return check_files(Sammlung([Path(path)]), jobs=1, art=art, richtlinie=richtlinie,
                       eingang=eingang, bescheid=bescheid, ocr=ocr, on_page=on_page,
                       limits=limits_of(limits, **one_limit))[0]


def check_bytes(data: bytes, name: str, **kwargs) -> Pruefbericht:
    """The same for a file held in memory (e.g. an upload); `name` gives the extension."""
    suffix = Path(name).suffix
    try:
        with temporary_directory("check") as tmp:
            path = tmp / f"dokument{suffix}"
            path.write_bytes(data)
            report = check_file(path, **kwargs)
    except (errors.KimdocsError, OSError) as exc:
        reason = exc.message if isinstance(exc, errors.KimdocsError) else (
            f"Die Datei kann im temporären Ordner nicht abgelegt werden "
            f"({errors.os_reason(exc)}).")
        r = guideline_of(kwargs.get("richtlinie"))
        return Pruefbericht(name, kwargs.get("art"), r.id, "nicht_pruefbar", fehler=reason)
    report.datei = name
    return report


class Sammlung(list):
    """The files to check (a list of Path, in order), and `uebersprungen`: what a folder held
    that is not checked, as (Path, German reason). A path that is not a regular file but has
    a document suffix, or was named directly, stays in the list: its report says why it could
    not be checked (check_files), so every path a user gave shows up."""

    def __init__(self, files=(), uebersprungen=()):
        super().__init__(files)
        self.uebersprungen: list[tuple[Path, str]] = list(uebersprungen)


def collect(paths: list[Path | str]) -> Sammlung:
    """Files to check: the paths given, and every PDF/DOCX/ODT and image (JPEG, PNG, TIFF:
    a scan, read by OCR) inside a given folder. Folders
    are walked without following links to folders (no loops); nothing is opened here."""
    out = Sammlung()
    for p in map(Path, paths):
        if not p.is_dir() or p.suffix.lower() in SUFFIXES:  # "x.pdf" meant a file: say why not
            out.append(p)
            continue
        for root, dirs, names in os.walk(p):
            dirs.sort()
            base = Path(root)
            for name in sorted(names + [d for d in dirs if Path(d).suffix.lower() in SUFFIXES
                                        or (base / d).is_symlink()]):
                f = base / name
                if f.is_symlink() and f.is_dir() and f.suffix.lower() not in SUFFIXES:
                    out.uebersprungen.append(
                        (f, "Verknüpfung auf einen Ordner; wird nicht durchsucht"))
                elif reason := skip_reason(f):
                    out.uebersprungen.append((f, reason))
                else:
                    out.append(f)
    return out


def _check_in_child(path: Path, *, art, richtlinie, eingang, bescheid,
                    limits: Limits, ocr: str = "auto", progress=None) -> Pruefbericht:
    """Runs in the bounded child: read and check, one budget."""
    document = read_document_unsandboxed(path, limits=limits, ocr=ocr, progress=progress)
    return check_document(document, art=art, richtlinie=richtlinie, eingang=eingang,
                          granted=bescheid)


def check_files(paths: list[Path | str], *, jobs: int | None = None, progress=None,
                art: str | None = None, richtlinie: Richtlinie | str | None = None,
                eingang: date | None = None, bescheid: Path | str | Bewilligung | None = None,
                limits: Limits | None = None, ocr: str = "auto", on_page=None,
                **one_limit: float | None) -> list[Pruefbericht]:
    """Check several files, each read AND checked in its own child process with its own
    deadline (`limits.timeout` seconds) and memory limit, up to `jobs` at once. A file over
    its bound gets nicht_pruefbar with the reason, without holding up the others; one broken
    file never stops the others; anything that is not a regular file is never opened. The
    reports come back in the order of `paths`. art, richtlinie, eingang, bescheid, limits,
    ocr, on_page and the single limits as for check_file."""
    limits = limits_of(limits, **one_limit)
    ocr = check_ocr(ocr)
    # A Sammlung is already collected: walking it again would open up a folder named x.pdf.
    files = paths if isinstance(paths, Sammlung) else collect(paths)
    r = guideline_of(richtlinie)
    # The Bescheid is read once for the run, under the same limits; when it cannot be read,
    # only the cross-checks (KIM-112/113) become nicht prüfbar, with the reason.
    if bescheid and not isinstance(bescheid, Bewilligung):
        bescheid = load_bescheid(bescheid, r, limits=limits)
    options = {"art": art, "richtlinie": r, "eingang": eingang, "bescheid": bescheid,
               "limits": limits, "ocr": ocr}
    reports: list[Pruefbericht | None] = [None] * len(files)
    tasks, where = [], []
    for i, path in enumerate(files):
        problem = not_regular(path)
        if problem:
            # the report names the file; `fehler` holds the reason alone
            reports[i] = Pruefbericht(str(path), art, r.id, "nicht_pruefbar", fehler=problem)
            if progress:
                progress(path)
        else:
            tasks.append(Task(_check_in_child, path, options, progress=True))
            where.append(i)

    def done(n: int, result) -> None:
        if not isinstance(result, Pruefbericht):
            reason = result.message if isinstance(result, errors.KimdocsError) else str(result)
            result = Pruefbericht(str(files[where[n]]), art, r.id, "nicht_pruefbar",
                                  fehler=reason)
        reports[where[n]] = result
        if progress:
            progress(files[where[n]])

    def page(n: int, number: int, total: int) -> None:
        if on_page:
            on_page(files[where[n]], number, total)

    run_each(tasks, limits=limits, verb="geprüft",
             jobs=jobs or os.cpu_count() or 1, on_done=done, on_progress=page)
    # every report names the guideline version and the file's hash and size (the contract)
    return [stamp(report) for report in reports]  # type: ignore[arg-type]


def check_ocr(ocr: str | None) -> str:
    """'auto', 'immer' or 'nie' (any case); a UsageError in German for anything else."""
    value = (ocr or "auto").strip().casefold()
    if value not in OCR_CHOICES:
        raise errors.UsageError(f"Unbekannte Einstellung für die Texterkennung: „{ocr}“ "
                                "(erlaubt: auto, immer, nie).", field="ocr")
    return value


# Why a file in a checked folder is not checked, by suffix (everything else: not a document).
_SKIP_REASONS = {
    ".doc": "altes Word-Format, bitte als DOCX speichern",
    ".rtf": "RTF, bitte als DOCX oder PDF speichern",
    ".xls": "altes Excel-Format, kein Textdokument",
    ".xlsx": "Tabelle, kein Textdokument",
    ".csv": "Tabelle, kein Textdokument",
    ".ods": "Tabelle, kein Textdokument",
    ".odp": "Präsentation, kein Textdokument",
    ".ppt": "Präsentation, kein Textdokument",
    ".pptx": "Präsentation, kein Textdokument",
    ".txt": "reiner Text, bitte als DOCX oder PDF einreichen",
    ".gif": "Bild im GIF-Format; gelesen werden JPEG, PNG und TIFF",
    ".heic": "Foto im HEIC-Format, bitte als JPEG oder PDF speichern",
    ".zip": "Archiv, bitte entpacken",
    ".msg": "E-Mail, bitte die Anhänge einzeln speichern",
    ".eml": "E-Mail, bitte die Anhänge einzeln speichern",
    ".yaml": "Datendatei, prüfen mit `kimdocs validieren`",
    ".yml": "Datendatei, prüfen mit `kimdocs validieren`",
    ".json": "Datendatei, prüfen mit `kimdocs validieren`",
}


def skip_reason(path: Path | str) -> str | None:
    """Why a file found in a folder is not checked (by its suffix), None if it is checked.
    Hidden files and Word's lock files (`~$…`) are skipped with a reason too."""
    p = Path(path)
    if p.name.startswith("~$"):
        return "Sperrdatei von Word, kein Dokument"
    if p.name.startswith("."):
        return "versteckte Datei"
    suffix = p.suffix.lower()
    if suffix in SUFFIXES:
        return None
    return _SKIP_REASONS.get(suffix, "kein PDF, DOCX, ODT oder Bild (JPEG, PNG, TIFF)")


def file_facts(path: Path | str) -> tuple[str, int] | None:
    """sha256 and size of a regular file (None for anything else: never opens a FIFO)."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return None
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest(), st.st_size
    except OSError:
        return None


def stamp(report: Pruefbericht, config: Config | None = None) -> Pruefbericht:
    """The report with the guideline version, the file's hash and size (kimdocs.check.checker
    stamps every report), and the configured severities applied where a config is given."""
    facts = file_facts(report.datei)
    try:
        version: str | None = load_guideline(report.richtlinie).version
    except Exception:  # a guideline given by a path that has gone: leave the version out
        version = None
    report = dataclasses.replace(report, richtlinie_version=version,
                                 sha256=facts[0] if facts else report.sha256,
                                 groesse=facts[1] if facts else report.groesse)
    return config.apply_to_report(report) if config is not None else report


