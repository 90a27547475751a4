"""Making files: names, atomic writes, and a run that renders DOCX and converts them to PDF.

Everything a run will write is known and checked before the first byte is written: an
existing file without `force` stops the run (exit 2) with nothing touched. Each file is
written to a temporary file in the target folder and renamed into place, so a crash never
leaves half a document. PDFs come from ONE LibreOffice batch (kimdocs.generate.libreoffice).
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from kimdocs.calculator import calculate_bescheid
from kimdocs.errors import ConversionError, KimdocsError, RenderError, os_reason
from kimdocs.generate.context import document_kommune, document_title, document_year, kind_of
from kimdocs.generate.libreoffice import convert_to_pdf, find_soffice
from kimdocs.generate.render import render_document, template_path
from kimdocs.guideline import Richtlinie
from kimdocs.guideline.kommunen import eligible_list, normalize_name
from kimdocs.interrupts import (
    register_path,
    sweep,
    temp_prefix,
    temporary_directory,
    unregister_path,
)
from kimdocs.model import Kommune
from kimdocs.rules import budget

FORMATS = ("docx", "pdf", "beide")
_UMASK = os.umask(0o022)
os.umask(_UMASK)
EXISTS = "Datei existiert bereits (mit --force überschreiben)"


# --- file names -------------------------------------------------------------------------------

def safe_name(text: str, fallback: str = "Dokument") -> str:
    """A file-name part: letters (umlauts too), digits and '-'; no '/', spaces or '_'."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[^\w-]|_", "-", text)
    text = re.sub(r"-{2,}", "-", text).strip("-.")
    return text[:80] or fallback


def kommune_label(kommune: Kommune, richtlinie: Richtlinie) -> str:
    """The Kommune's name; with 'Stadt'/'Landkreis' where the name alone is ambiguous."""
    liste = eligible_list(richtlinie)
    same = [e for e in (liste.eintraege if liste else ())
            if normalize_name(e.name) == normalize_name(kommune.name)]
    if len(same) < 2:
        return kommune.name
    art = kommune.art or next(
        (e.art for e in same if e.kreisschluessel == kommune.kreisschluessel), None)
    prefix = {"kreisfreie_stadt": "Stadt", "landkreis": "Landkreis"}.get(art or "")
    return f"{prefix} {kommune.name}" if prefix else f"{kommune.name} {kommune.kreisschluessel}"


def file_stem(doc, richtlinie: Richtlinie) -> str:
    """`Bewilligungsbescheid_Koblenz_2025`: type (a Zwischennachweis by its own title),
    Kommune, first Haushaltsjahr/Berichtsjahr."""
    kommune = kommune_label(document_kommune(doc), richtlinie)
    return "_".join((document_title(doc), safe_name(kommune, "Kommune"),
                     str(document_year(doc))))


# --- writing ----------------------------------------------------------------------------------

def atomic_write(path: Path, data: bytes, *, force: bool) -> None:
    """Write via a temporary file in the same folder; never replace an existing file unless
    `force` (the no-overwrite case uses a hard link, which fails atomically if it exists)."""
    path = Path(path)
    tmp = None
    try:
        # A recognisable name with our PID: an interrupt removes it, and after a SIGKILL the
        # next run does (kimdocs.interrupts).
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{temp_prefix('tmp')}{path.name}.",
                                   suffix=".tmp")
        register_path(tmp)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; a document is an ordinary file
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, path)
            return
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise RenderError(EXISTS, path=path) from None
        except OSError:  # no hard links on this file system
            if path.exists():
                raise RenderError(EXISTS, path=path) from None
            os.replace(tmp, path)
    except OSError as exc:
        raise RenderError(f"Datei kann nicht geschrieben werden ({os_reason(exc)})",
                          path=path) from None
    finally:
        if tmp is not None:
            unregister_path(tmp)
            if os.path.exists(tmp):
                os.unlink(tmp)


# --- a run ------------------------------------------------------------------------------------

@dataclass
class Auftrag:
    """One document to make: validated data (or None when the row already failed)."""

    label: str  # for messages: a file name or "Zeile 3 (Koblenz)"
    doc: object | None = None
    fehler: str | None = None


@dataclass
class Fehler:
    label: str
    meldung: str
    exit_code: int = 2


@dataclass
class Ergebnis:
    dateien: list[Path] = field(default_factory=list)
    fehler: list[Fehler] = field(default_factory=list)
    gemacht: list[object] = field(default_factory=list)  # the docs that gave every file
    abgelehnt: list[Auftrag] = field(default_factory=list)  # refused by the last gate (approve)


def produce(auftraege: Sequence[Auftrag], out_dir: Path, richtlinie: Richtlinie, *,
            fmt: str = "docx", pdfa: bool = False, force: bool = False,
            vorlagen: Path | None = None,
            on_planned: Callable[[list[Auftrag]], None] | None = None,
            on_done: Callable[[Auftrag], None] | None = None,
            approve: Callable[[list[Auftrag]], list[Auftrag]] | None = None) -> Ergebnis:
    """Render each Auftrag to DOCX and/or PDF in `out_dir`.

    A bad Auftrag is reported in `Ergebnis.fehler` and the others are still made. Raises
    (exit 2) before writing anything when LibreOffice is missing for PDF output or a target
    exists without `force`. Progress counts documents, not steps: `on_planned` gets the
    documents that will be made once nothing else can stop the run, `on_done` each of them
    exactly once when its last file is written or it failed."""
    if fmt not in FORMATS:
        raise RenderError(f"unbekanntes Format {fmt!r}; erlaubt: {', '.join(FORMATS)}")
    want_docx, want_pdf = fmt in ("docx", "beide"), fmt in ("pdf", "beide")
    if want_pdf:
        find_soffice()  # no LibreOffice: stop now, with the install hint, before writing
    out_dir = Path(out_dir)
    result = Ergebnis()
    stems: dict[str, Auftrag] = {}
    for a in auftraege:
        if a.doc is None:
            result.fehler.append(Fehler(a.label, a.fehler or "ungültige Daten", 1))
            continue
        stem = file_stem(a.doc, richtlinie)
        if stem in stems:
            a.fehler = f"gleicher Dateiname {stem} wie {stems[stem].label}"
            result.fehler.append(Fehler(a.label, a.fehler, 1))
            continue
        stems[stem] = a
    for kind in {kind_of(a.doc) for a in stems.values()}:
        template_path(kind, vorlagen)  # a missing template stops the run, not every row
    targets = [out_dir / f"{s}.{ext}" for s in stems
               for ext, wanted in (("docx", want_docx), ("pdf", want_pdf)) if wanted]
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        names = ", ".join(t.name for t in existing[:5]) + (" …" if len(existing) > 5 else "")
        raise RenderError(f"{EXISTS}: {names}", path=out_dir)
    if approve is not None:
        # the last gate, once nothing else can stop the run (the register books each Bescheid
        # against the programme budget here): what it refuses is not made
        kept = {id(a) for a in approve(list(stems.values()))}
        result.abgelehnt = [a for a in stems.values() if id(a) not in kept]
        stems = {s: a for s, a in stems.items() if id(a) in kept}
    if on_planned:
        on_planned(list(stems.values()))
    done = on_done or (lambda _a: None)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"Ausgabeordner kann nicht angelegt werden ({os_reason(exc)})",
                          path=out_dir) from None

    sweep(out_dir)  # what a killed earlier run left here
    # DOCX only needed for the PDF go to a scratch folder; without that, TMPDIR is not touched
    with temporary_directory("docx") if not want_docx else nullcontext(out_dir) as docx_dir:
        rendered: dict[Path, Auftrag] = {}
        for stem, a in stems.items():
            target = docx_dir / f"{stem}.docx"
            try:
                atomic_write(target, render_document(a.doc, richtlinie, vorlagen), force=force)
            except KimdocsError as exc:
                result.fehler.append(Fehler(a.label, str(exc), exc.exit_code))
                done(a)
                continue
            rendered[target] = a
            if want_docx:
                result.dateien.append(target)
                result.gemacht.append(a.doc)
            if not want_pdf:
                done(a)
        if want_pdf and rendered:
            conversion = convert_to_pdf(list(rendered), out_dir, pdfa=pdfa, force=force,
                                        progress=lambda source: done(rendered[source]))
            for source, reason in conversion.failed.items():
                result.fehler.append(Fehler(rendered[source].label, f"PDF: {reason}",
                                            ConversionError.exit_code))
                done(rendered[source])
            for source, pdf in conversion.converted.items():
                result.dateien.append(pdf)
                if not want_docx:
                    result.gemacht.append(rendered[source].doc)
    return result


# --- programme budget (KIM-114) ---------------------------------------------------------------

def budget_lines(bescheide: Sequence[object], richtlinie: Richtlinie) -> list[str]:
    """Sum of the grants of a batch per Haushaltsjahr against the programme budget (the
    verdict and its words: kimdocs.rules.budget)."""
    return budget.budget_lines([calculate_bescheid(b, richtlinie) for b in bescheide],
                               richtlinie)
