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

from pathlib import Path

from kimdocs.errors import ReadError, os_reason

SUFFIX = ".geprueft"

__all__ = ["SUFFIX", "annotate", "annotate_file", "annotate_reports", "annotate_upload",
           "annotated_bytes", "annotated_name"]


def annotated_name(path: Path | str) -> str:
    """The name of the marked copy, next to the name of the original (a file whose content
    does not match its extension is refused by the reader, so the extension is the format)."""
    path = Path(path)
    return f"{path.stem}{SUFFIX}{path.suffix.lower()}"


def annotated_bytes(path: Path | str, bericht) -> bytes:
    """The marked copy as bytes, in this process (for trusted files and the sandbox child)."""
    from kimdocs.readers import read_document_unsandboxed

    path = Path(path)
    document = read_document_unsandboxed(path)  # checks the zip before python-docx opens it
    try:
        if document.format == "docx":
            from kimdocs.annotate.docx import annotate_docx

            return annotate_docx(path, bericht, document)
        if document.format == "odt":
            from kimdocs.annotate.odt import annotate_odt

            return annotate_odt(path, bericht, document)
        from kimdocs.annotate.pdf import annotate_pdf

        return annotate_pdf(path, bericht, document)
    except ReadError:
        raise
    except ValueError as exc:
        raise ReadError(f"Keine markierte Kopie möglich: {exc}.", path=path) from exc


def annotate(path: Path | str, bericht, out_path: Path | str, *, timeout: float = 60,
             memory_mb: int = 1024) -> Path:
    """Write a copy of `path` with the findings of `bericht` (a checker.Pruefbericht) on it
    to `out_path`. An earlier marked copy there is replaced: it is derived from the draft
    and the report, so nothing of the user's is lost. Raises ReadError (German) for a file
    that cannot be read; then nothing is written."""
    from kimdocs.generate.output import atomic_write
    from kimdocs.readers.sandbox import run_isolated
    from kimdocs.readers.sniff import detect_format

    path, out_path = Path(path), Path(out_path)
    if path.resolve() == out_path.resolve():
        raise ReadError("Die markierte Kopie darf das Original nicht ersetzen.", path=path)
    detect_format(path, inspect_zip=False)  # the usual German message for a file of the wrong kind, at no cost
    data = run_isolated(annotated_bytes, path, timeout=timeout, memory_mb=memory_mb,
                        bericht=bericht)
    atomic_write(out_path, data, force=True)
    return out_path


annotate_file = annotate  # the name under which `kimdocs` offers it


def annotate_upload(data: bytes, name: str, bericht, *, timeout: float = 60,
                    memory_mb: int = 1024) -> bytes:
    """The marked copy of a file held in memory (an upload checked with `check_bytes`), as
    bytes for a download; ReadError (German, naming `name`) if it cannot be read."""
    import tempfile

    from kimdocs.readers.sandbox import run_isolated

    suffix = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory(prefix="kimdocs-") as tmp:
        path = Path(tmp) / f"dokument{suffix}"
        path.write_bytes(data)
        try:
            return run_isolated(annotated_bytes, path, timeout=timeout, memory_mb=memory_mb,
                                bericht=bericht)
        except ReadError as exc:
            raise ReadError(str(exc).replace(str(path), name)) from None


def annotate_reports(reports, out_dir: Path | str, **limits) -> list[tuple[str, bool]]:
    """A marked copy of every checked file of `reports` in `out_dir`: German lines for the
    user, each with whether it went well. A file that could not be read or checked gets
    no copy; two drafts of the same name in one run are not written over each other."""
    from kimdocs.errors import KimdocsError, RenderError

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
        target = out_dir / annotated_name(report.datei)
        source = Path(report.datei)
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
            annotate(report.datei, report, target, **limits)
        except KimdocsError as exc:
            lines.append((f"{exc} Keine markierte Kopie geschrieben.", False))
        else:
            lines.append((f"Markierte Kopie geschrieben: {target}", True))
    return lines
