"""The draft back with the findings on it: a copy of a checked DOCX, ODT or PDF with a
comment at each place that must change and a summary of the verdict at the start.

    annotate(path, bericht, out_path)   write the marked copy (atomically); its path
    annotated_name(path)                "antrag.docx" -> "antrag.geprueft.docx"
    annotate_reports(reports, ordner)   a copy for each checked file (`pruefen --markieren`)
    annotate_upload(daten, name, bericht)  the copy of an upload (check_bytes) as bytes

One module per format (docx.py: Word comments, odt.py: ODF annotations, pdf.py: highlight
annotations with pop-up notes); text.py holds the German wording they share. The original is
only read. The file is parsed again here, so that happens in the same bounded child process
as the check's own reading (kimdocs.readers.sandbox); a broken file gives the usual German
ReadError and no copy. Marking never changes the text: reading the copy gives the same
Document and the same verdict.

A marked copy may come back (the user works on in it and checks it again): kimdocs's own
earlier notes are taken out and replaced, a person's stay (text.is_own: the author "kimdocs"
with the initials "KD", in a PDF with the annotation name "kimdocs-…").
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from kimdocs.errors import KimdocsError, ReadError, RenderError, os_reason
from kimdocs.generate.output import atomic_write
from kimdocs.limits import Limits, limits_of
from kimdocs.readers import read_document_unsandboxed
from kimdocs.readers.sandbox import run_isolated
from kimdocs.readers.sniff import detect_format

SUFFIX = ".geprueft"

__all__ = ["SUFFIX", "annotate", "annotate_file", "annotate_reports", "annotate_upload",
           "annotated_bytes", "annotated_name"]


def annotated_name(path: Path | str) -> str:
    """The name of the marked copy, next to the name of the original (a file whose content
    does not match its extension is refused by the reader, so the extension is the format)."""
    path = Path(path)
    return f"{path.stem}{SUFFIX}{path.suffix.lower()}"


def annotated_bytes(path: Path | str, bericht, limits: Limits | None = None,
                    progress=None) -> bytes:
    """The marked copy as bytes, in this process (for trusted files and the sandbox child);
    the file is read under the pages and paragraphs of `limits` (a scan by OCR again, each
    page reported to `progress(n, total)`: the sandbox gives it its time)."""
    path = Path(path)
    # checks the zip before python-docx opens it
    document = read_document_unsandboxed(path, limits=limits, progress=progress)
    # lazy: each format module imports its heavy library at the top; only the one this file
    # needs is loaded, in the sandbox child (test_architektur.LAZY)
    try:
        if document.format == "docx":
            from kimdocs.annotate.docx import annotate_docx  # python-docx

            return annotate_docx(path, bericht, document)
        if document.format == "odt":
            from kimdocs.annotate.odt import annotate_odt  # lxml

            return annotate_odt(path, bericht, document)
        from kimdocs.annotate.pdf import annotate_pdf  # pypdf, pypdfium2

        return annotate_pdf(path, bericht, document)
    except ReadError:
        raise
    except ValueError as exc:
        raise ReadError(f"Keine markierte Kopie möglich: {exc}.", path=path) from exc


def annotate(path: Path | str, bericht, out_path: Path | str, *, limits: Limits | None = None,
             timeout: float | None = None, memory_mb: int | None = None) -> Path:
    """Write a copy of `path` with the findings of `bericht` (a checker.Pruefbericht) on it
    to `out_path`, parsed in the sandbox under the time and memory of `limits` (or of
    `timeout`/`memory_mb` given on their own). An earlier marked copy there is replaced: it
    is derived from the draft and the report, so nothing of the user's is lost. Raises
    ReadError (German) for a file that cannot be read; then nothing is written."""
    limits = limits_of(limits, timeout=timeout, memory_mb=memory_mb)
    path, out_path = Path(path), Path(out_path)
    if path.resolve() == out_path.resolve():
        raise ReadError("Die markierte Kopie darf das Original nicht ersetzen.", path=path)
    detect_format(path, inspect_zip=False)  # the usual German message for a file of the wrong kind, at no cost
    data = run_isolated(functools.partial(annotated_bytes, limits=limits), path, limits=limits,
                        bericht=bericht, progress=True)
    atomic_write(out_path, data, force=True)
    return out_path


annotate_file = annotate  # the name under which `kimdocs` offers it


def annotate_upload(data: bytes, name: str, bericht, *, limits: Limits | None = None,
                    timeout: float | None = None, memory_mb: int | None = None) -> bytes:
    """The marked copy of a file held in memory (an upload checked with `check_bytes`), as
    bytes for a download, under `limits` as for `annotate`; ReadError (German, naming
    `name`) if it cannot be read."""
    limits = limits_of(limits, timeout=timeout, memory_mb=memory_mb)
    suffix = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory(prefix="kimdocs-") as tmp:
        path = Path(tmp) / f"dokument{suffix}"
        path.write_bytes(data)
        try:
            return run_isolated(functools.partial(annotated_bytes, limits=limits), path,
                                limits=limits, bericht=bericht, progress=True)
        except ReadError as exc:
            raise ReadError(str(exc).replace(str(path), name)) from None


_IMAGES = (".jpg", ".jpeg", ".png", ".tif", ".tiff")


def annotate_reports(reports, out_dir: Path | str, *, limits: Limits | None = None,
                     **one_limit: float | None) -> list[tuple[str, bool]]:
    """A marked copy of every checked file of `reports` in `out_dir`, each under `limits` as
    for `annotate`: German lines for the user, each with whether it went well. A file that
    could not be read or checked gets no copy; two drafts of the same name in one run are
    not written over each other."""
    limits = limits_of(limits, **one_limit)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"Ordner kann nicht angelegt werden ({os_reason(exc)})",
                          path=out_dir) from None
    lines: list[tuple[str, bool]] = []
    claimed: dict[Path, str] = {}
    for report in reports:
        if report.fehler is not None:
            lines.append(((f"{report.datei}: keine markierte Kopie, die Datei wurde nicht "
                          "geprüft (siehe Bericht)."), False))
            continue
        source = Path(report.datei)
        if source.suffix.lower() in _IMAGES:  # a scan as an image: read by OCR, not marked
            lines.append(((f"{report.datei}: keine markierte Kopie – ein Bild wird nicht "
                          "markiert; die Fundstellen im Bericht nennen Seite und Text."), True))
            continue
        target = out_dir / annotated_name(report.datei)
        if source.stem.endswith(SUFFIX):
            # A marked copy checked again: the new copy keeps its name, unless that is the
            # file being checked itself (the user's working copy is never written over).
            same = out_dir / f"{source.stem}{source.suffix.lower()}"
            if same.resolve() != source.resolve():
                target = same
        if target in claimed:
            lines.append(((f"{report.datei}: keine markierte Kopie, {target.name} kommt in "
                          f"diesem Lauf schon von {claimed[target]}."), False))
            continue
        claimed[target] = report.datei
        try:
            annotate(report.datei, report, target, limits=limits)
        except KimdocsError as exc:
            lines.append((f"{exc} Keine markierte Kopie geschrieben.", False))
        else:
            lines.append((f"Markierte Kopie geschrieben: {target}", True))
    return lines
