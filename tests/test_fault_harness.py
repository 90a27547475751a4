"""Fault harness: hostile paths and documents through the real CLI, and interrupts.

Every case runs `kimdocs` as its own process, in its own session, with TMPDIR pointed at a
fresh folder, and asserts what a user and the machine must see afterwards: the documented exit
code, a German message naming the file, no traceback, a bounded peak memory, nothing left in
the output folder or TMPDIR, and no process of the CLI's session still alive.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from dokumente import JAHRESBERICHT, write_docx

from kimdocs.errors import ReadError

KIMDOCS = [sys.executable, "-m", "kimdocs"]
BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"
PEAK_MB = 1500  # the CLI and its children together, far below what a runaway would take
HANG_GUARD = 120  # seconds; a guard against a hang, not a timing assertion


# --- running the CLI -----------------------------------------------------------------------

def _session_processes(sid: int) -> list[str]:
    """Processes still alive in session `sid` (the CLI's, see start_new_session)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[3]) == sid:  # state, ppid, pgrp, session
            found.append(entry)
    return found


def _processes_using(folder: Path) -> list[str]:
    """Processes whose command line names `folder` (LibreOffice runs in a session of its own)."""
    found = []
    needle = str(folder).encode()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as fh:
                    if needle in fh.read():
                        found.append(entry)
            except OSError:
                pass
    return found


class Run:
    def __init__(self, args, tmp: Path, cwd: Path):
        self.tmp = tmp
        env = {**os.environ, "TMPDIR": str(tmp), "LC_ALL": "C.UTF-8", "PYTHONFAULTHANDLER": ""}
        self.proc = subprocess.Popen([*KIMDOCS, *map(str, args)], cwd=cwd, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     start_new_session=True)

    def wait(self):
        out, err = self.proc.communicate(timeout=HANG_GUARD)
        self.stdout, self.stderr = out.decode(), err.decode()
        self.code = self.proc.returncode
        return self


def _rusage_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


@pytest.fixture
def kimdocs(tmp_path):
    """Run the CLI like a user would, then check it left nothing behind."""
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    runs: list[Run] = []

    def run(*args, cwd=tmp_path) -> Run:
        runs.append(Run(args, tmp, cwd).wait())
        return runs[-1]

    yield run
    for r in runs:
        assert _all_gone(r, tmp), "a process outlived the CLI"
    assert list(tmp.iterdir()) == [], "the CLI left something in TMPDIR"
    assert _rusage_peak_mb() < PEAK_MB


def _clean(run: Run, *fragments: str) -> str:
    text = run.stdout + run.stderr
    assert "Traceback" not in text and 'File "' not in text, text
    for fragment in fragments:
        assert fragment in text, text
    return text


# --- hostile documents ---------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/{main}" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="{main}"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _body(paragraphs: list[str]) -> str:
    ps = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return f'<w:document xmlns:w="{_W}"><w:body>{ps}</w:body></w:document>'


def _docx(path: Path, document: bytes, *, main: str = "word/document.xml") -> Path:
    """A minimal DOCX whose main part (named `main`) holds `document`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES.format(main=main))
        zf.writestr("_rels/.rels", _RELS.format(main=main))
        if main != "word/document.xml":  # what makes it look like a DOCX from outside
            zf.writestr("word/document.xml", _body(["Tarnung"]))
        zf.writestr(main, document)
    return path


_DTD = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + _body(["&x;"]))


def _hostile_documents(folder: Path) -> dict[str, tuple[str, ...]]:
    """Generated hostile documents -> fragments the report must show for each."""
    cases: dict[str, tuple[str, ...]] = {}

    (folder / "nullbytes.pdf").write_bytes(b"\x00" * (4 * 1024 * 1024))
    cases["nullbytes.pdf"] = ("nur aus Nullbytes", "4.194.304 Bytes")
    (folder / "leer.docx").write_bytes(b"")
    cases["leer.docx"] = ("leer",)
    (folder / "nur-leerzeichen.odt").write_bytes(b" \n" * 100)
    cases["nur-leerzeichen.odt"] = ("leer",)
    for name, encoding in (("utf32le", "utf-32-le"), ("utf32be", "utf-32-be"),
                           ("utf16le", "utf-16-le"), ("utf16be", "utf-16-be")):
        bom = "\ufeff".encode(encoding)
        _docx(folder / f"dtd-{name}.docx", bom + _DTD.replace('"1.0"?', f'"1.0" encoding="{encoding[:6].upper()}"?').encode(encoding))
        cases[f"dtd-{name}.docx"] = ("DTD", "XXE")
    _docx(folder / "dtd-ohne-bom-utf32.docx", _DTD.encode("utf-32-le"))
    cases["dtd-ohne-bom-utf32.docx"] = ("DTD",)
    _docx(folder / "dtd-hauptteil-bin.docx", _DTD.encode(), main="word/inhalt.bin")
    cases["dtd-hauptteil-bin.docx"] = ("DTD", "word/inhalt.bin")
    # One valid text node over libxml2's 10 MB limit; hex text so it is no zip bomb.
    _docx(folder / "riesiger-textknoten.docx",
          _body([os.urandom(5_100_000).hex()]).encode())
    cases["riesiger-textknoten.docx"] = ("10.000.000 Zeichen", "unplausibel")
    _docx(folder / "zu-viele-absaetze.docx", _body(["Absatz"] * 20_001).encode())
    cases["zu-viele-absaetze.docx"] = ("20001 Absätzen", "höchstens 20000 Absätze")
    (folder / "text.pdf").write_text("Das ist kein PDF.\n")
    cases["text.pdf"] = ("Textdatei",)
    _docx(folder / "dtd-nur-entity.docx",
          b'<?xml version="1.0"?><!ENTITY x "y">' + _body(["x"]).encode())
    cases["dtd-nur-entity.docx"] = ("DTD",)
    with zipfile.ZipFile(_docx(folder / "dtd-in-rels.docx", _body(["x"]).encode()), "a") as zf:
        zf.writestr("word/_rels/document.xml.rels", _DTD)
    cases["dtd-in-rels.docx"] = ("DTD", "word/_rels/document.xml.rels")
    _docx(folder / "kommentarflut.docx",
          ("<!--" + "k" * 70_000 + "-->" + _body(["x"])).encode())
    cases["kommentarflut.docx"] = ("64 KB Kommentaren",)
    with zipfile.ZipFile(_docx(folder / "zip-bombe.docx", _body(["x"]).encode()), "a",
                         zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/media/nullen.bin", b"\x00" * (8 * 1024 * 1024))
    cases["zip-bombe.docx"] = ("ZIP-Bombe",)
    whole = _docx(folder / "abgeschnitten.docx", _body(["x"] * 200).encode()).read_bytes()
    (folder / "abgeschnitten.docx").write_bytes(whole[: len(whole) // 2])
    cases["abgeschnitten.docx"] = ("beschädigt",)
    (folder / "nur-kopf.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    cases["nur-kopf.pdf"] = ("beschädigt",)
    (folder / "altes-word.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    cases["altes-word.docx"] = ("alten Office-Format",)
    pages = "".join('<w:p><w:r><w:lastRenderedPageBreak/><w:t>Seite</w:t></w:r></w:p>'
                    for _ in range(2001))
    _docx(folder / "zu-viele-seiten.docx",
          f'<w:document xmlns:w="{_W}"><w:body>{pages}</w:body></w:document>'.encode())
    cases["zu-viele-seiten.docx"] = ("2002 Seiten", "höchstens 2000 Seiten")
    return cases


def _hostile_paths(folder: Path) -> dict[str, tuple[str, ...]]:
    """Paths that are no regular file -> fragments of their reason."""
    os.mkfifo(folder / "fifo.pdf")
    (folder / "nullgeraet.pdf").symlink_to("/dev/zero")
    (folder / "ordner.pdf").mkdir()
    (folder / "ins-leere.docx").symlink_to(folder / "gibt-es-nicht.docx")
    (folder / "kreis-a.pdf").symlink_to("kreis-b.pdf")
    (folder / "kreis-b.pdf").symlink_to("kreis-a.pdf")
    os.mkfifo(folder / "zeilen\numbruch.pdf")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "socket.odt"))
    sock.close()
    return {
        "fifo.pdf": ("benannte Pipe (FIFO)", "nicht geöffnet"),
        "nullgeraet.pdf": ("Gerätedatei", "/dev/zero"),
        "ordner.pdf": ("Verzeichnis",),
        "ins-leere.docx": ("zeigt ins Leere",),
        "socket.odt": ("Socket",),
        "kreis-a.pdf": ("führt im Kreis",),
        "kreis-b.pdf": ("führt im Kreis",),
        "zeilen\numbruch.pdf": ("benannte Pipe (FIFO)",),
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("feindlich")
    cases = {**_hostile_documents(folder), **_hostile_paths(folder)}
    write_docx(JAHRESBERICHT, folder / "gut.docx")
    return folder, cases


def test_a_hostile_folder_gets_a_verdict_for_every_path(hostile, kimdocs):
    folder, cases = hostile
    run = kimdocs("pruefen", folder, "--format", "json", "--zeitlimit", "30")
    _clean(run)
    assert run.code == 2
    import json

    reports = {Path(r["datei"]).name: r for r in json.loads(run.stdout)["berichte"]}
    assert set(reports) == {*cases, "gut.docx"}  # every path named, none skipped silently
    for name, fragments in cases.items():
        report = reports[name]
        assert report["urteil"] == "nicht_pruefbar", name
        for fragment in fragments:
            assert fragment in report["fehler"], (name, report["fehler"])
    assert reports["gut.docx"]["urteil"] != "nicht_pruefbar"  # good ones beside keep theirs


@pytest.mark.parametrize("name", ["fifo.pdf", "nullgeraet.pdf", "ordner.pdf", "ins-leere.docx",
                                  "socket.odt"])
def test_a_hostile_path_alone(hostile, kimdocs, name):
    folder, cases = hostile
    run = kimdocs("pruefen", name, cwd=folder)
    _clean(run, name, *cases[name])
    assert run.code == 2


def test_lesen_does_not_open_a_fifo(hostile, kimdocs):
    folder, cases = hostile
    run = kimdocs("lesen", "fifo.pdf", cwd=folder)
    _clean(run, "fifo.pdf", *cases["fifo.pdf"])
    assert run.code == 2


# --- bounded: the whole check, not only the read -----------------------------------------

def test_a_document_slow_to_check_is_stopped_at_the_bound(tmp_path, kimdocs):
    # Many thousand staff lines: slow to read and to check; 0.5 s is far below what it takes.
    slow = _docx(tmp_path / "langsam.docx", _body(
        ["Antrag auf Förderung"] + [f"Stelle {k}: Integrationsmanagerin mit 0,5 VZÄ"
                                    for k in range(15_000)]).encode())
    run = kimdocs("pruefen", slow, "--zeitlimit", "0.5")
    _clean(run, "langsam.docx", "nicht innerhalb von 0,5 s geprüft", "NICHT PRÜFBAR")
    assert run.code == 2


def test_a_slow_file_does_not_hold_up_its_folder(tmp_path, monkeypatch):
    """In-process: the rules of one file never end (patched, inherited by the forked child);
    the other files of the folder are reported before that file's deadline is up."""
    from kimdocs.check import files as checker

    folder = tmp_path / "ordner"
    folder.mkdir()
    for name in ("a-langsam.docx", "b-gut.docx", "c-gut.docx"):
        write_docx(JAHRESBERICHT, folder / name)
    real = checker.check_document

    def check_document(document, **kwargs):
        while "langsam" in document.path:
            time.sleep(0.05)
        return real(document, **kwargs)

    monkeypatch.setattr(checker, "check_document", check_document)
    order: list[str] = []
    reports = checker.check_files([folder], jobs=3, timeout=6,
                                  progress=lambda p: order.append(p.name))
    slow, *good = reports
    assert slow.urteil == "nicht_pruefbar" and "innerhalb von 6 s geprüft" in slow.fehler
    assert [r.urteil for r in good] == ["einreichungsfaehig"] * 2
    assert order[-1] == "a-langsam.docx"  # the others did not wait for it


def test_the_rules_share_the_memory_limit_of_the_read(tmp_path, monkeypatch):
    from kimdocs.check import files as checker

    def greedy(document, **kwargs):
        return [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GiB

    monkeypatch.setattr(checker, "check_document", greedy)  # inherited by the forked child
    report = checker.check_file(write_docx(JAHRESBERICHT, tmp_path / "bericht.docx"),
                                memory_mb=512)
    assert report.urteil == "nicht_pruefbar"
    assert "beim Prüfen mehr als 512 MB Arbeitsspeicher" in report.fehler


def test_a_fault_in_the_rules_is_named_as_one(tmp_path, monkeypatch):
    from kimdocs.check import files as checker

    def broken(document, **kwargs):
        raise KeyError("regel")

    monkeypatch.setattr(checker, "check_document", broken)  # inherited by the forked child
    report = checker.check_file(write_docx(JAHRESBERICHT, tmp_path / "bericht.docx"))
    assert report.urteil == "nicht_pruefbar"
    assert "internen Fehler" in report.fehler and "KeyError" in report.fehler
    assert "beschädigt" not in report.fehler


def test_no_process_to_be_had_is_a_german_verdict(tmp_path, monkeypatch):
    from kimdocs.check import check_files
    from kimdocs.readers import sandbox

    def no_fork(*args, **kwargs):
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(sandbox, "_start", no_fork)
    path = write_docx(JAHRESBERICHT, tmp_path / "bericht.docx")
    (report,) = check_files([path])
    assert report.urteil == "nicht_pruefbar"
    assert "kein eigener Prozess gestartet" in report.fehler and report.datei.endswith("bericht.docx")
    assert "vorübergehend keine Betriebsmittel frei" in report.fehler  # German, not errno


def test_the_report_crosses_the_process_boundary_whole(tmp_path):
    from kimdocs.check import check_document, check_file
    from kimdocs.readers import read_document_unsandboxed
    from kimdocs.check import stamp

    path = write_docx(JAHRESBERICHT, tmp_path / "bericht.docx")
    here = stamp(check_document(read_document_unsandboxed(path)))  # + version, hash, size
    assert check_file(path) == here


def test_an_embedded_svg_with_its_doctype_is_no_dtd_attack(tmp_path):
    from kimdocs.readers.sniff import check_zip

    path = _docx(tmp_path / "bild.docx", _body(["Text"]).encode())
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("word/media/image1.svg", '<?xml version="1.0"?><!DOCTYPE svg PUBLIC '
                    '"-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'
                    '<svg xmlns="http://www.w3.org/2000/svg"/>')
    check_zip(path)  # no ReadError
    _docx(path, _DTD.replace("w:document [", "svg [").encode(), main="word/bild.svg")
    with pytest.raises(ReadError, match="DTD"):  # the root decides, not the name
        check_zip(path)


def test_page_and_paragraph_limits_are_configurable(tmp_path):
    from kimdocs.check import check_file

    path = _docx(tmp_path / "kurz.docx", _body(["Absatz"] * 30).encode())
    report = check_file(path, max_paragraphs=20)
    assert report.urteil == "nicht_pruefbar"
    assert "30 Absätzen; gelesen werden höchstens 20 Absätze" in report.fehler
    assert "Absätze" not in (check_file(path, max_paragraphs=30).fehler or "")


def test_an_unusable_temp_folder_is_named(tmp_path, monkeypatch):
    import tempfile

    from kimdocs.check import check_bytes

    not_a_folder = tmp_path / "datei"
    not_a_folder.write_text("")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    report = check_bytes(write_docx(JAHRESBERICHT, tmp_path / "b.docx").read_bytes(), "b.docx")
    assert report.urteil == "nicht_pruefbar"
    assert "temporären Ordner" in report.fehler and "TMPDIR" in report.fehler


@pytest.mark.skipif(shutil.which("soffice") is None and not os.environ.get("KIMDOCS_SOFFICE"),
                    reason="LibreOffice fehlt")
def test_an_unusable_temp_folder_stops_pdf_output_with_its_name(tmp_path, monkeypatch):
    import tempfile

    from click.testing import CliRunner

    from kimdocs.cli.commands import main

    not_a_folder = tmp_path / "datei"
    not_a_folder.write_text("")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    out = tmp_path / "out"
    args = ["erstellen", "bescheid", str(BEISPIELE / "koblenz" / "bescheid.yaml"), "-o", str(out)]
    result = CliRunner().invoke(main, [*args, "--format", "pdf"])
    assert result.exit_code == 2 and "temporären Ordner" in result.output, result.output
    assert "Traceback" not in result.output and "DOCX" not in result.output
    assert list(out.iterdir()) == []
    # DOCX output needs no temporary folder at all
    assert CliRunner().invoke(main, [*args, "--format", "docx"]).exit_code == 0


def test_a_bescheid_that_is_a_fifo_is_refused_at_once(tmp_path):
    from kimdocs.check import check_files

    os.mkfifo(tmp_path / "bescheid.yaml")
    path = write_docx(JAHRESBERICHT, tmp_path / "bericht.docx")
    (report,) = check_files([path], bescheid=tmp_path / "bescheid.yaml", timeout=HANG_GUARD)
    # never opened; only the cross-check against it is nicht prüfbar, with the reason (issue 8)
    cross = next(b for b in report.ergebnisse if b.code == "KIM-113")
    assert cross.status == "nicht_pruefbar" and "Pipe" in cross.meldung
    assert all(b.status != "nicht_pruefbar" for b in report.ergebnisse if b.code != "KIM-113")


def test_collect_names_what_a_folder_holds_but_is_not_checked(tmp_path):
    from kimdocs.check import collect

    (tmp_path / "notiz.txt").write_text("x")
    (tmp_path / "~$bericht.docx").write_bytes(b"x")
    (tmp_path / "bericht.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "schleife").symlink_to(tmp_path)
    found = collect([tmp_path])
    assert found == [tmp_path / "bericht.pdf"]
    skipped = dict(found.uebersprungen)
    assert set(skipped) == {tmp_path / "notiz.txt", tmp_path / "~$bericht.docx",
                            tmp_path / "schleife"}
    assert "nicht durchsucht" in skipped[tmp_path / "schleife"]


# --- interrupts ------------------------------------------------------------------------------

def _wait_for(condition, what: str, limit: float = 90):
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.05)
    pytest.fail(f"nicht eingetreten: {what}")


def _all_gone(run: Run, tmp: Path) -> bool:
    """Within 2 s of the CLI's end, nothing of its session or using TMPDIR is alive (a
    child killed at the end may need a moment to be gone from /proc)."""
    end = time.monotonic() + 2
    while time.monotonic() < end and (_session_processes(run.proc.pid) or _processes_using(tmp)):
        time.sleep(0.05)
    return _session_processes(run.proc.pid) == [] and _processes_using(tmp) == []


@pytest.mark.skipif(shutil.which("soffice") is None and not os.environ.get("KIMDOCS_SOFFICE"),
                    reason="LibreOffice fehlt")
def test_sigterm_during_pdf_conversion_leaves_nothing(tmp_path):
    tmp, out = tmp_path / "tmpdir", tmp_path / "out"
    tmp.mkdir()
    run = Run(["erstellen", "bescheid", "--tabelle", BEISPIELE / "antraege.csv", "-o", out,
               "--format", "beide"], tmp, tmp_path)
    _wait_for(lambda: _processes_using(tmp), "LibreOffice läuft")
    run.proc.send_signal(signal.SIGTERM)
    _, err = run.proc.communicate(timeout=HANG_GUARD)
    assert run.proc.returncode != 0
    assert b"Traceback" not in err
    assert _all_gone(run, tmp)
    assert list(tmp.iterdir()) == []
    assert [p.name for p in out.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"] == []


@pytest.mark.skipif(shutil.which("soffice") is None and not os.environ.get("KIMDOCS_SOFFICE"),
                    reason="LibreOffice fehlt")
def test_after_sigkill_the_next_run_stops_libreoffice_and_sweeps(tmp_path):
    from kimdocs import interrupts

    tmp, out = tmp_path / "tmpdir", tmp_path / "out"
    tmp.mkdir()
    run = Run(["erstellen", "bescheid", "--tabelle", BEISPIELE / "antraege.csv", "-o", out,
               "--format", "pdf"], tmp, tmp_path)
    _wait_for(lambda: _processes_using(tmp), "LibreOffice läuft")
    run.proc.kill()  # no handler sees this
    run.proc.communicate(timeout=HANG_GUARD)
    assert _processes_using(tmp), "LibreOffice runs on after its kimdocs was killed"
    left = list(tmp.iterdir()) + [p for p in out.iterdir() if p.name.startswith(".")]
    assert left
    next_run = Run(["regeln"], tmp, tmp_path).wait()
    assert next_run.code == 0
    end = time.monotonic() + 2
    while time.monotonic() < end and _processes_using(tmp):
        time.sleep(0.05)
    assert _processes_using(tmp) == []
    old = time.time() - interrupts.STALE_AFTER - 60
    for path in left:
        if path.exists():
            os.utime(path, (old, old))
    Run(["erstellen", "bescheid", BEISPIELE / "koblenz" / "bescheid.yaml", "-o", out,
         "--force"], tmp, tmp_path).wait()
    assert list(tmp.iterdir()) == []
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_sigint_during_a_folder_check_stops_it(tmp_path):
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    folder = tmp_path / "ordner"
    folder.mkdir()
    for k in range(3):  # slow enough that the check is surely still running
        _docx(folder / f"langsam{k}.docx", _body(
            [f"Stelle {n}: Integrationsmanagerin mit 0,5 VZÄ" for n in range(15_000)]).encode())
    run = Run(["pruefen", folder], tmp, tmp_path)
    _wait_for(lambda: len(_session_processes(run.proc.pid)) > 1, "ein Prüf-Kindprozess läuft")
    run.proc.send_signal(signal.SIGINT)
    _, err = run.proc.communicate(timeout=HANG_GUARD)
    assert b"Traceback" not in err and run.proc.returncode != 0
    assert _all_gone(run, tmp)
    assert list(tmp.iterdir()) == []


def test_the_next_run_sweeps_what_a_killed_run_left(tmp_path, kimdocs):
    from kimdocs import interrupts

    dead = subprocess.Popen(["true"])
    dead.wait()  # a PID that is surely gone
    tmp = tmp_path / "tmpdir"
    old = time.time() - interrupts.STALE_AFTER - 60
    left = [tmp / f"kimdocs-lo-{dead.pid}-abc", tmp / f"kimdocs-docx-{dead.pid}-def"]
    for folder in left:
        (folder / "profil").mkdir(parents=True)
        os.utime(folder, (old, old))
    young = tmp / f"kimdocs-lo-{dead.pid}-jung"  # maybe a run in another container: kept
    young.mkdir()
    fremd = tmp / "fremd-alt"
    fremd.mkdir()
    os.utime(fremd, (old, old))
    out = tmp_path / "out"
    out.mkdir()
    stale_tmp = out / f".kimdocs-tmp-{dead.pid}-Bescheid.docx.x.tmp"
    stale_tmp.write_bytes(b"halb")
    os.utime(stale_tmp, (old, old))

    run = kimdocs("erstellen", "bescheid", BEISPIELE / "koblenz" / "bescheid.yaml", "-o", out)
    _clean(run)
    assert run.code == 0
    assert sorted(p.name for p in tmp.iterdir()) == sorted([young.name, fremd.name])
    assert [p.suffix for p in out.iterdir()] == [".docx"]
    shutil.rmtree(young), shutil.rmtree(fremd)  # the fixture wants TMPDIR empty


def test_a_normal_check_leaves_no_process_behind(tmp_path, kimdocs):
    path = write_docx(JAHRESBERICHT, tmp_path / "bericht.docx")
    run = kimdocs("pruefen", path)
    assert run.code == 0
    # checked right at exit, before any grace period: no forkserver, no resource tracker
    assert _session_processes(run.proc.pid) == []
