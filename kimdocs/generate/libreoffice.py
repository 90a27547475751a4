"""The one module that talks to LibreOffice: DOCX -> PDF (optionally PDF/A-2b).

Measured facts this code is built around (see /work/shared/messungen.md):
- One ``soffice --convert-to`` call for a whole batch is far faster than one start per
  document (36 small documents: about 3 s vs. 27 s here).
- ``soffice`` exits 0 even when it could not load an input, so outputs are checked, not the
  exit code.
- ``soffice`` is a wrapper around ``oosplash``/``soffice.bin``; killing the wrapper leaves
  ``soffice.bin`` running, so it is started in its own session and killed as a group.
- Two processes sharing a profile collide, so every process start gets a fresh profile.
- LibreOffice writes ``.~lock.NAME.pdf#`` before it starts writing ``NAME.pdf`` and removes it
  when done: a PDF without its lock file is complete.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from kimdocs import interrupts
from kimdocs.errors import ConversionError, ReadError, os_reason

SOFFICE_ENV = "KIMDOCS_SOFFICE"
INSTALL_HINT = (
    "LibreOffice wurde nicht gefunden. Für PDF-Ausgabe bitte installieren: "
    "apt-get install libreoffice-writer-nogui (DOCX-Ausgabe funktioniert auch ohne)."
)
PDF_FILTER = "pdf:writer_pdf_Export"
PDFA2_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'

# A fresh process first has to start and create its profile (about 1 s here, more on a busy
# CI machine); that must not count against the first document.
STARTUP_GRACE = 10.0
# Each restart happens only after a document was given up, so the loop always ends; this
# additionally stops a LibreOffice that never produces anything from costing N timeouts.
MAX_FRUITLESS_STARTS = 3
POLL_INTERVAL = 0.1
SHUTDOWN_GRACE = 5.0

_PDFAID_NS = "http://www.aiim.org/pdfa/ns/id/"


@dataclass
class ConversionResult:
    converted: dict[Path, Path] = field(default_factory=dict)  # input docx -> final pdf
    failed: dict[Path, str] = field(default_factory=dict)  # input docx -> German reason


@dataclass
class _Doc:
    source: Path  # as given by the caller
    copy: Path  # unique name in the temp dir, so equal stems cannot collide in soffice's outdir
    target: Path  # final PDF in out_dir


def find_soffice() -> str:
    """Path of the LibreOffice binary; ``KIMDOCS_SOFFICE`` overrides the search."""
    override = os.environ.get(SOFFICE_ENV)
    if override:
        if os.path.isfile(override) and os.access(override, os.X_OK):
            return override
        found = shutil.which(override)
        if found:
            return found
        raise ConversionError(
            f"{INSTALL_HINT} ({SOFFICE_ENV}={override} ist kein ausführbares Programm.)"
        )
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in (
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ):
        if os.access(candidate, os.X_OK):
            return candidate
    raise ConversionError(INSTALL_HINT)


def convert_to_pdf(
    docx_paths: Sequence[Path],
    out_dir: Path,
    *,
    pdfa: bool = False,
    timeout_per_document: float = 60.0,
    progress: Callable[[Path], None] | None = None,
    force: bool = True,
) -> ConversionResult:
    """Convert DOCX files to ``out_dir/STEM.pdf``, using as few soffice starts as possible.

    Per-document problems end up in ``result.failed`` with a German reason; only a missing
    LibreOffice or an unusable ``out_dir`` raise ``ConversionError``. ``progress`` is called
    with each input as soon as its PDF is in place.
    """
    soffice = find_soffice()  # fail before touching anything
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        # Finished PDFs are staged inside out_dir so the final os.replace is atomic.
        interrupts.sweep(out_dir)  # what a killed earlier run left here
        staging = Path(tempfile.mkdtemp(prefix=interrupts.temp_prefix("tmp"), dir=out_dir))
        interrupts.register_path(staging)
    except OSError as exc:
        raise ConversionError(
            f"Ausgabeordner nicht beschreibbar: {os_reason(exc)}", path=out_dir
        ) from exc

    result = ConversionResult()
    # soffice itself works in the system temp dir, not in the user's out_dir: it percent-decodes
    # --outdir ("a%20b" -> "a b") and fails ("no export filter") when it contains ";".
    try:
        work = Path(tempfile.mkdtemp(prefix=interrupts.temp_prefix("lo")))
        interrupts.register_path(work)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        interrupts.unregister_path(staging)
        raise ConversionError(
            f"Im temporären Ordner {tempfile.gettempdir()} kann nichts angelegt werden "
            f"({os_reason(exc)}); bitte TMPDIR auf einen beschreibbaren Ordner setzen."
        ) from exc
    try:
        docs = _prepare(docx_paths, out_dir, work, force, result)

        def place(doc: _Doc, pdf: Path) -> None:
            _place(doc, pdf, staging, force, progress, result)

        if docs:
            _convert(
                soffice,
                docs,
                work,
                PDFA2_FILTER if pdfa else PDF_FILTER,
                timeout_per_document,
                place,
                result,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(staging, ignore_errors=True)
        interrupts.unregister_path(work)
        interrupts.unregister_path(staging)
    return result


def _prepare(
    docx_paths: Sequence[Path], out_dir: Path, work: Path, force: bool, result: ConversionResult
) -> list[_Doc]:
    """Check inputs and targets up front; copy the good ones into work under unique names."""
    docs: list[_Doc] = []
    claimed: dict[Path, Path] = {}  # target -> source that gets it
    for source in dict.fromkeys(Path(p) for p in docx_paths):
        target = out_dir / f"{source.stem}.pdf"
        reason = _input_problem(source)
        if reason is None and target in claimed:
            reason = (
                f"Gleicher Zielname {target.name} wie {claimed[target]} in diesem Lauf; "
                "bitte eine Datei umbenennen"
            )
        if reason is None and not force and target.exists():
            reason = "Datei existiert bereits (mit --force überschreiben)"
        if reason is None:
            copy = work / f"{len(docs):04d}.docx"
            try:
                shutil.copyfile(source, copy)
            except OSError as exc:
                reason = f"Datei kann nicht gelesen werden: {os_reason(exc)}"
        if reason is not None:
            result.failed[source] = reason
            continue
        claimed[target] = source
        docs.append(_Doc(source, copy, target))
    return docs


def _input_problem(source: Path) -> str | None:
    # soffice would happily turn a text file into "a PDF of the text" and an empty file into a
    # blank page, so anything that is not even a ZIP archive is refused here.
    if not source.is_file():
        return "Datei nicht gefunden"
    if source.stat().st_size == 0:
        return "Leere Datei, keine DOCX-Datei"
    try:
        with open(source, "rb") as fh:
            if fh.read(8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # OLE container
                return "Keine DOCX-Datei: verschlüsselte Datei oder altes Word-Format (.doc)"
        if not zipfile.is_zipfile(source):
            return "Keine DOCX-Datei (kein ZIP-Archiv)"
    except OSError as exc:
        return f"Datei kann nicht gelesen werden: {os_reason(exc)}"
    return None


def _convert(
    soffice: str,
    docs: list[_Doc],
    work: Path,
    convert_to: str,
    timeout: float,
    place: Callable[[_Doc, Path], None],
    result: ConversionResult,
) -> None:
    pending = docs
    fruitless = 0
    for start in range(1, len(docs) + 1):  # each round settles at least one document
        # Fresh outdir and profile per start: no leftovers or stale locks from a killed process.
        outdir = work / f"out{start}"
        ready: list[_Doc] = []
        outcome, detail = _run_once(
            soffice, pending, outdir, work / f"profile{start}", convert_to, timeout, place, ready
        )
        last_ready = max((pending.index(d) for d in ready), default=-1)
        left = [d for d in pending if d not in ready]
        # Documents soffice passed over (before the last finished one) could not be loaded;
        # a 0-byte PDF is just as useless.
        for doc in left:
            if pending.index(doc) < last_ready or outcome == "exit-0":  # exit 0: it tried them all
                result.failed[doc.source] = _no_pdf_reason(outdir, doc)
        left = [d for d in left if d.source not in result.failed]
        if not left:
            return
        # The first unfinished document is the one soffice was on when it hung or died.
        result.failed[left[0].source] = detail
        pending = left[1:]
        fruitless = fruitless + 1 if not ready else 0
        if fruitless >= MAX_FRUITLESS_STARTS:
            for doc in pending:
                result.failed[doc.source] = (
                    f"Nicht umgewandelt: LibreOffice ist {fruitless}-mal hintereinander "
                    f"ohne Ergebnis abgebrochen (zuletzt: {detail})"
                )
            return
        if not pending:
            return


def _run_once(
    soffice: str,
    pending: list[_Doc],
    outdir: Path,
    profile: Path,
    convert_to: str,
    timeout: float,
    place: Callable[[_Doc, Path], None],
    ready: list[_Doc],
) -> tuple[str, str]:
    """Run one soffice process over ``pending``; place finished PDFs and append them to ``ready``.

    Returns (outcome, German reason for the document it was stuck on).
    """
    outdir.mkdir()
    log_path = outdir.parent / f"{outdir.name}.log"
    cmd = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nologo",
        "--convert-to",
        convert_to,
        # Plain relative names (cwd=work), see the --outdir quirks in convert_to_pdf.
        "--outdir",
        outdir.name,
        *(d.copy.name for d in pending),
    ]
    waiting = list(pending)
    # soffice keeps its own temporary files (lu*.tmp) in TMPDIR and cannot remove them when
    # it is killed: point it into our work folder, which goes as a whole.
    scratch = outdir.parent / "tmp"
    scratch.mkdir(exist_ok=True)
    env = {**os.environ, "TMPDIR": str(scratch), "TMP": str(scratch), "TEMP": str(scratch)}
    with open(log_path, "wb") as log:
        try:
            proc = subprocess.Popen(
                cmd,
                cwd=outdir.parent,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                env=env,
                start_new_session=True,
            )
            interrupts.register_group(proc.pid)  # SIGINT/SIGTERM kill the whole group
        except OSError as exc:
            raise ConversionError(
                f"LibreOffice kann nicht gestartet werden: {os_reason(exc)}", path=soffice
            ) from exc
        try:
            deadline = time.monotonic() + timeout + STARTUP_GRACE
            while True:
                exited = proc.poll() is not None
                names = set(os.listdir(outdir))
                for doc in list(waiting):
                    pdf = outdir / f"{doc.copy.stem}.pdf"
                    if (
                        pdf.name in names
                        and f".~lock.{pdf.name}#" not in names
                        and pdf.stat().st_size > 0
                    ):
                        waiting.remove(doc)
                        ready.append(doc)
                        place(doc, pdf)
                        deadline = time.monotonic() + timeout
                if not waiting:
                    try:  # let it shut down cleanly; _kill_group ends it otherwise
                        proc.wait(timeout=SHUTDOWN_GRACE)
                    except subprocess.TimeoutExpired:
                        pass
                    return "done", ""
                if exited:
                    break
                if time.monotonic() > deadline:
                    return "timeout", f"Zeitüberschreitung nach {timeout:g} s bei der Umwandlung"
                time.sleep(POLL_INTERVAL)
            rc = proc.wait()
        finally:
            _kill_group(proc)
    if rc == 0:
        return "exit-0", ""
    last = _last_line(log_path)
    how = f"Signal {-rc}" if rc < 0 else f"Exit-Code {rc}"
    return "crash", f"LibreOffice ist bei der Umwandlung abgebrochen ({how})" + (
        f": {last}" if last else ""
    )


def _kill_group(proc: subprocess.Popen) -> None:
    # Also after a normal exit: nothing of this run may stay behind.
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()
    interrupts.unregister_group(proc.pid)


def _no_pdf_reason(outdir: Path, doc: _Doc) -> str:
    pdf = outdir / f"{doc.copy.stem}.pdf"
    if pdf.exists() and pdf.stat().st_size == 0:
        return "LibreOffice lieferte ein leeres Ergebnis (PDF mit 0 Byte)"
    return (
        "LibreOffice konnte die Datei nicht laden (beschädigte oder keine DOCX-Datei); "
        "kein PDF erzeugt"
    )


def _place(
    doc: _Doc,
    pdf: Path,
    staging: Path,
    force: bool,
    progress: Callable[[Path], None] | None,
    result: ConversionResult,
) -> None:
    if not force and doc.target.exists():  # appeared while we were converting
        result.failed[doc.source] = "Datei existiert bereits (mit --force überschreiben)"
        return
    staged = staging / doc.target.name
    try:
        shutil.copyfile(pdf, staged)  # may cross filesystems; the replace below does not
        os.replace(staged, doc.target)
    except OSError as exc:
        result.failed[doc.source] = f"PDF kann nicht gespeichert werden: {os_reason(exc)}"
        return
    result.converted[doc.source] = doc.target
    if progress is not None:
        progress(doc.source)


def _last_line(path: Path) -> str:
    try:
        lines = [ln.strip() for ln in path.read_text(errors="replace").splitlines()]
    except OSError:
        return ""
    lines = [ln for ln in lines if ln and not ln.startswith("Warning: failed to launch javaldx")]
    return lines[-1][:200] if lines else ""


def read_pdfa_claim(pdf_path: Path) -> tuple[str, str] | None:
    """The PDF/A claim in the PDF's XMP metadata as (part, conformance), e.g. ("2", "B"), or None.

    This reads what the file *claims*; it does not validate PDF/A conformance.
    """
    try:
        data = Path(pdf_path).read_bytes()
    except OSError as exc:
        raise ReadError(f"PDF kann nicht gelesen werden: {os_reason(exc)}", path=pdf_path) from exc
    for packet in _xmp_packets(data):
        claim = _claim_from_xmp(packet)
        if claim is not None:
            return claim
    return None


_XMP_RE = re.compile(rb"<x:xmpmeta\b.*?</x:xmpmeta\s*>", re.DOTALL)
_METADATA_STREAM_RE = re.compile(rb"/Type\s*/Metadata\b[^>]*>>\s*stream\r?\n", re.DOTALL)


def _xmp_packets(data: bytes):
    yield from _XMP_RE.findall(data)  # LibreOffice writes the metadata stream uncompressed
    for match in _METADATA_STREAM_RE.finditer(data):  # others may Flate-compress it
        end = data.find(b"endstream", match.end())
        try:
            yield from _XMP_RE.findall(
                zlib.decompressobj().decompress(data[match.end() : end], 10_000_000)
            )
        except zlib.error:
            continue


def _claim_from_xmp(packet: bytes) -> tuple[str, str] | None:
    try:
        root = ElementTree.fromstring(packet)
    except ElementTree.ParseError:
        return None
    part = conformance = None
    # XMP allows both <pdfaid:part>2</pdfaid:part> and pdfaid:part="2" on rdf:Description.
    for el in root.iter():
        part = part or el.get(f"{{{_PDFAID_NS}}}part")
        conformance = conformance or el.get(f"{{{_PDFAID_NS}}}conformance")
        if el.tag == f"{{{_PDFAID_NS}}}part" and el.text:
            part = el.text.strip()
        elif el.tag == f"{{{_PDFAID_NS}}}conformance" and el.text:
            conformance = el.text.strip()
    if part is None:
        return None
    return part, (conformance or "").upper()
